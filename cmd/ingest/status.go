package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
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
	rec, err := checkClaim(ctx, o.db, o.status, "")
	if err != nil {
		return err
	}
	e := verdict.Entry{Status: o.set, Date: date, Recorded: o.now, Note: o.note, By: o.by}
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
	if err := verdict.Describe(file, rec, cfg.Settable); err != nil {
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

// openExisting opens a database ingest has made, and says so when there
// is none rather than make an empty one.
func openExisting(ctx context.Context, db string) (*store.Store, error) {
	if _, err := os.Stat(db); err != nil {
		return nil, fmt.Errorf("database %s: %w (run ingest first)", db, errors.Unwrap(err))
	}
	return store.Open(ctx, db)
}

// checkClaim reports an error unless the database holds the claim, and
// the speaker when slug is given, and returns what a verdict file records
// of the claim.
func checkClaim(ctx context.Context, db, id, slug string) (verdict.Record, error) {
	st, err := openExisting(ctx, db)
	if err != nil {
		return verdict.Record{}, err
	}
	defer st.Close()
	var rec verdict.Record
	text, speaker, source, ok, err := st.Record(ctx, id)
	if err != nil {
		return rec, err
	}
	if !ok {
		return rec, fmt.Errorf("no claim %q in %s: copy the ID from the claim's page", id, db)
	}
	rec = verdict.Record{Text: text, Speaker: speaker, Source: source}
	if slug != "" {
		if ok, err = st.HasSpeaker(ctx, slug); err != nil {
			return rec, err
		}
		if !ok {
			return rec, fmt.Errorf("no speaker %q in %s: copy the slug from the speaker page's address", slug, db)
		}
	}
	return rec, nil
}

// fixClaim writes the editors' correction of a claim into its verdict
// file, so that editors need not write TOML by hand:
//
//	ingest -fix 84d4d0561d8d -speaker pope-leo-xiv
//	ingest -fix 84d4d0561d8d -hide -note "a scare quote, no claim"
func fixClaim(ctx context.Context, o options, fs *flag.FlagSet, stdout io.Writer) error {
	if fs.NArg() > 0 {
		return fmt.Errorf("-fix takes no paths (got %q)", fs.Arg(0))
	}
	if (o.speaker == "") == !o.hide {
		return errors.New("-fix needs -speaker SLUG or -hide -note TEXT")
	}
	if o.hide && strings.TrimSpace(o.note) == "" {
		return errors.New("-fix -hide needs -note: why the claim is hidden")
	}
	cfg, err := o.loadConfig(fs)
	if err != nil {
		return err
	}
	rec, err := checkClaim(ctx, o.db, o.fix, o.speaker)
	if err != nil {
		return err
	}
	dir := filepath.Join(cfg.Content, "claims")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	file := filepath.Join(dir, o.fix+".md")
	c := verdict.Correction{Speaker: o.speaker, Hidden: o.hide, Reason: o.note}
	if err := verdict.Correct(file, c, cfg.Settable); err != nil {
		return err
	}
	if err := verdict.Describe(file, rec, cfg.Settable); err != nil {
		return err
	}
	if !o.quiet {
		if o.hide {
			fmt.Fprintf(stdout, "%s: hidden: %s\n", file, o.note)
		} else {
			fmt.Fprintf(stdout, "%s: speaker %s\n", file, o.speaker)
		}
	}
	return nil
}

// describeVerdicts records in each verdict file that records nothing yet
// what its claim is (verdict.Describe), so that the build can find the
// claim again should its ID change. A file it cannot read is left alone:
// the build reports it.
func describeVerdicts(ctx context.Context, st *store.Store, cfg config.Config, stderr io.Writer) error {
	vs, _ := verdict.ReadDir(filepath.Join(cfg.Content, "claims"), cfg.Settable)
	for _, v := range vs {
		if v.Claim.Text != "" {
			continue
		}
		text, speaker, source, ok, err := st.Record(ctx, v.ClaimID)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if err := verdict.Describe(v.File, verdict.Record{Text: text, Speaker: speaker, Source: source}, cfg.Settable); err != nil {
			fmt.Fprintln(stderr, "ingest: warning:", err)
		}
	}
	return nil
}
