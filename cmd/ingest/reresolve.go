package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"claimtrack/internal/claims/extract"
)

// reresolve reads every stored article again with today's extraction and
// speaker rules, in one transaction:
//
//	ingest -reresolve
func reresolve(ctx context.Context, o options, fs *flag.FlagSet, stdout, stderr io.Writer) error {
	if fs.NArg() > 0 {
		return fmt.Errorf("-reresolve takes no paths (got %q): it reads the articles already stored", fs.Arg(0))
	}
	cfg, err := o.loadConfig(fs)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := editorsWord(st, cfg); err != nil {
		return err
	}
	if err := describeVerdicts(ctx, st, cfg, stderr); err != nil {
		return err // what each claim is, before its ID may change
	}
	res, err := st.Reresolve(ctx, extract.ExtractArticle)
	if err != nil {
		return err
	}
	if !o.quiet {
		fmt.Fprintf(stdout, "articles: %d read again; claims: %d no longer reported, dropped\n", res.Articles, res.ClaimsDropped)
		fmt.Fprintf(stdout, "speakers: %d before, %d after; %d kept their page, %d merged into another (their pages redirect), %d named no one any more\n",
			res.SpeakersBefore, res.SpeakersAfter, res.SpeakersKept, res.SpeakersMerged, res.SpeakersDropped)
	}
	return nil
}
