package main

import (
	"fmt"
	"io"
	"time"

	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
)

// reattach moves each verdict file whose claim no article reports any
// more (gone from the database, or kept there only by the file) to the
// claim that has taken its place (verdict.Match: the same source, the
// most similar text), says so, and returns the verdicts as they now are. A
// file that matches nothing stays as it is: the site lists it as orphaned
// when its claim is gone.
func reattach(d *store.Data, vs []*verdict.Verdict, scale verdict.Scale, now time.Time, stderr io.Writer) ([]*verdict.Verdict, error) {
	known := make(map[string]bool, len(d.Claims)) // reported by some article
	for i := range d.Claims {
		known[d.Claims[i].ID] = len(d.Claims[i].Appearances) > 0
	}
	var lost []*verdict.Verdict
	taken := map[string]bool{}
	for _, v := range vs {
		if known[v.ClaimID] {
			taken[v.ClaimID] = true
		} else {
			lost = append(lost, v)
		}
	}
	if len(lost) == 0 {
		return vs, nil
	}
	cands := candidates(d)
	out := vs[:0:0]
	for _, v := range vs {
		i := -1
		if !known[v.ClaimID] {
			i = verdict.Match(v, cands, func(id string) bool { return taken[id] })
		}
		if i < 0 {
			out = append(out, v)
			continue
		}
		c := cands[i]
		file, err := verdict.Reattach(v, c.ID, verdict.Record{Text: c.Text, Speaker: c.Speaker, Source: v.Claim.Source}, now, scale)
		if err != nil {
			return nil, err
		}
		moved, err := verdict.Read(file, scale)
		if err != nil {
			return nil, err
		}
		taken[c.ID] = true
		fmt.Fprintf(stderr, "build: %s: its claim is now %s (%q): moved to %s\n", v.File, c.ID, c.Text, file)
		out = append(out, moved)
	}
	return out, nil
}

// candidates are the database's claims as verdict.Match reads them.
func candidates(d *store.Data) []verdict.Candidate {
	names := make(map[int64]string, len(d.Speakers))
	for _, s := range d.Speakers {
		names[s.ID] = s.Name
	}
	sources := make(map[int64]string, len(d.Articles))
	for _, a := range d.Articles {
		sources[a.ID] = a.URL
		if a.URL == "" {
			sources[a.ID] = a.Source
		}
	}
	cands := make([]verdict.Candidate, len(d.Claims))
	for i := range d.Claims {
		c := &d.Claims[i] // one no article reports has no source: it never matches
		cands[i] = verdict.Candidate{ID: c.ID, Text: c.Text, Speaker: names[c.SpeakerID]}
		for _, ap := range c.Appearances {
			cands[i].Sources = append(cands[i].Sources, sources[ap.ArticleID])
		}
	}
	return cands
}
