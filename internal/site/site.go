// Package site renders the claims database as a static website.
//
// Build loads nothing itself: it takes the database's contents (store.Data),
// the site settings and the templates, and writes every page into the output
// folder. Pages link to each other by relative paths, so the site works from
// a local server, under a sub-path of a domain, or anywhere it is copied.
// Builds are deterministic (the same data gives the same bytes) and
// incremental: a file whose bytes have not changed is not rewritten, and
// files no page produced any more are removed.
//
// Templates are html/template files, one base layout with blocks and one file
// per kind of page, parsed once per build. Article text reaches them only as
// plain strings, so it is always escaped.
package site

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"time"

	"claimtrack/internal/claims/profile"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// Options is what a build needs.
type Options struct {
	Config    config.Config
	Data      *store.Data
	Templates fs.FS  // base.html, one file per page kind, and static/
	Content   string // the content folder: pages/ is rendered as plain pages
	Verdicts  []*verdict.Verdict
	// Progress, when set, is told how many pages of how many are
	// rendered, from the workers as they go.
	Progress func(done, total int)
	Profiles profile.Set // the editors' speaker files
	Out      string      // the output folder
	Now      time.Time   // what "overdue" is measured against
	// Database is the file of a snapshot of the SQLite database, published
	// in data/ with the rest of the open data; "" leaves it out.
	Database string
	// Full renders every page, even those whose fingerprint says the
	// last build's file is still right (see fingerprint.go).
	Full bool
}

// Stats says what a build did to the output folder.
type Stats struct {
	Pages     int // pages and files the site has
	Written   int // of those, written because new or changed
	Removed   int // files of an earlier build that no page produces now
	Unchanged int
	Reused    int // of the unchanged, pages not rendered again: their fingerprints held
	// Phases is the time each part of the build took, in order.
	Phases []Phase
	// Orphans are the verdict files whose claim is not in the database
	// (its text changed, or its article is gone): the review page lists
	// them, and the build says so.
	Orphans []string
}

// Phase is one part of a build and the time it took.
type Phase struct {
	Name string
	Took time.Duration
}

// Build renders the whole site into o.Out.
func Build(ctx context.Context, o Options) (Stats, error) {
	var phases []Phase
	began := time.Now()
	phase := func(name string) {
		phases = append(phases, Phase{name, time.Since(began)})
		began = time.Now()
	}
	t, err := parseTemplates(o.Templates)
	if err != nil {
		return Stats{}, err
	}
	w := newWriter(o.Out)
	m, err := newModel(o.Data, &o.Config, o.Verdicts, o.Profiles, o.Now)
	if err != nil {
		return Stats{}, fmt.Errorf("site: %w", err)
	}
	pages, err := loadPages(o.Content)
	if err != nil {
		return Stats{}, err
	}
	phase("model")
	fp, err := newFingerprinter(o.Templates)
	if err != nil {
		return Stats{}, err
	}
	r := &renderer{cfg: &o.Config, t: t, w: w, m: m, pages: pages, progress: o.Progress, fp: fp, full: o.Full}
	r.start(runtime.GOMAXPROCS(0))
	for _, step := range []func() error{r.home, r.claimPages, r.speakerPages, r.speakerRedirects, r.articlePages, r.statusPages, r.reviewQueue, r.plainPages,
		r.searchPages, r.notFound, r.crawling, r.feeds, func() error { return r.openData(o.Database) }, func() error { return copyStatic(o.Templates, w) }} {
		if err := ctx.Err(); err != nil {
			return Stats{}, err
		}
		if err := step(); err != nil {
			return Stats{}, fmt.Errorf("site: %w", err)
		}
	}
	phase("pages planned")
	if err := r.wait(ctx); err != nil {
		return Stats{}, fmt.Errorf("site: %w", err)
	}
	phase("pages rendered")
	if err := w.finish(); err != nil {
		return Stats{}, fmt.Errorf("site: %w", err)
	}
	phase("old files removed")
	w.stats.Phases = phases
	for _, v := range m.orphans {
		w.stats.Orphans = append(w.stats.Orphans, fmt.Sprintf("%s:1: no claim %s in the database: check the file's name against the claim's ID", v.File, v.ClaimID))
	}
	return w.stats, nil
}
