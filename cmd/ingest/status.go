package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
)

// recordStatus writes a status into a claim's verdict file, creating the
// file if need be, so that editors need not write TOML by hand:
//
//	ingest -status 84d4d0561d8d -set not-fulfilled -date 2025-06-02 -note "..." -evidence https://...
func recordStatus(ctx context.Context, o options, fs *flag.FlagSet, stdout io.Writer) error {
	if fs.NArg() > 0 {
		return fmt.Errorf("-status takes no paths (got %q)", fs.Arg(0))
	}
	if o.set == "" || o.date == "" {
		return errors.New("-status needs -set STATUS and -date YYYY-MM-DD")
	}
	cfg, err := o.loadConfig(fs)
	if err != nil {
		return err
	}
	date, err := time.Parse(time.DateOnly, o.date)
	if err != nil {
		return fmt.Errorf("-date %q: write it as 2025-06-02", o.date)
	}
	if _, err := os.Stat(o.db); err != nil {
		return fmt.Errorf("database %s: %w (run ingest first)", o.db, errors.Unwrap(err))
	}
	st, err := store.Open(ctx, o.db)
	if err != nil {
		return err
	}
	ok, err := st.HasClaim(ctx, o.status)
	st.Close()
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("no claim %q in %s: copy the ID from the claim's page", o.status, o.db)
	}
	e := verdict.Entry{Status: o.set, Date: date, Recorded: o.now, Note: o.note}
	for _, u := range o.evidence {
		e.Evidence = append(e.Evidence, verdict.Evidence{URL: u})
	}
	dir := filepath.Join(cfg.Content, "claims")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	file := filepath.Join(dir, o.status+".md")
	if err := verdict.Append(file, e, cfg.Settable); err != nil {
		return err
	}
	if o.due != "" {
		if err := verdict.SetDue(file, o.due, cfg.Settable); err != nil {
			return err
		}
	}
	if !o.quiet {
		fmt.Fprintf(stdout, "%s: %s as of %s\n", file, o.set, o.date)
	}
	return nil
}
