// Command ingest reads news articles, extracts their quotes and claims, and
// stores them in the claims database.
//
//	ingest [flags] PATH...
//
// A PATH is a file, a directory (read recursively for .txt, .md and
// .markdown files), a glob, or - for standard input. Each article is stored
// in one transaction; an article already stored adds nothing. With -dry-run
// nothing is stored and the claims are printed instead, as JSON lines with
// -json. ingest exits non-zero when any input failed.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/extract"
	"claimtrack/internal/claims/profile"
	"claimtrack/internal/claims/reader"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/config"
	"claimtrack/internal/cpuprof"
	"claimtrack/internal/progress"
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit) // and collect harder near it, on a large run
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second interrupt ends the process at once, even in a wait for the write lock
	}()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "ingest:", err)
		}
		os.Exit(1)
	}
}

// errReported means the failures were already printed, one line each.
var errReported = errors.New("some inputs failed")

// softMemoryLimit is where the garbage collector starts to work harder
// (GOMEMLIMIT overrides it): ingest and build keep well under a gigabyte.
const softMemoryLimit = 640 << 20

type options struct {
	status   string // with -set: record a status for this claim instead of ingesting
	set      string
	date     string
	note     string
	by       string
	evidence multi
	due      string
	now      time.Time // the clock: ingest times and recorded dates
	config   string
	db       string
	content  string
	dryRun   bool
	json     bool
	load     bool // the inputs are -dry-run -json output: store it as it is
	quiet    bool
	progress bool
	workers  int
	// reresolve reads every stored article again, resolving speakers
	// afresh (the mend for a database an older version built).
	reresolve  bool
	cpuprofile string // write a CPU profile of the run here
	fix        string // correct this claim: with -speaker or -hide
	speaker    string
	hide       bool
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.config, "config", "site.toml", "site settings `file` (optional)")
	fs.StringVar(&o.db, "db", "", "SQLite database `file` (default: database in site.toml, else claims.db)")
	fs.StringVar(&o.content, "content", "", "the content `folder`, whose verdict and speaker files ingest heeds (default: content_dir in site.toml)")
	fs.BoolVar(&o.dryRun, "dry-run", false, "extract and print claims; do not touch the database")
	fs.BoolVar(&o.json, "json", false, "with -dry-run: print one JSON object per article and per claim")
	fs.BoolVar(&o.load, "load", false, "store the articles and claims of JSON lines files that ingest -dry-run -json printed (extracted elsewhere), extracting nothing")
	fs.BoolVar(&o.quiet, "q", false, "print no summary, only errors")
	fs.BoolVar(&o.progress, "progress", progress.IsTerminal(stderr), "show a progress bar (default: when stderr is a terminal)")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "articles read and extracted at once")
	fs.BoolVar(&o.reresolve, "reresolve", false, "read every stored article again with today's extraction and speaker rules, mending speakers an older version merged or split (slugs stay; merged ones redirect)")
	fs.StringVar(&o.status, "status", "", "record a status for the claim with this `id` (with -set and -date) instead of ingesting")
	fs.StringVar(&o.set, "set", "", "with -status: the `status`, a key of the rating scale")
	fs.StringVar(&o.date, "date", "", "with -status: the `date` (YYYY-MM-DD) the claim came to be so")
	fs.StringVar(&o.note, "note", "", "with -status or -fix -hide: a short `note` on why")
	fs.StringVar(&o.by, "by", os.Getenv("CLAIMTRACK_EDITOR"), "with -status: the `editor` who rules (default: $CLAIMTRACK_EDITOR)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof reads it)")
	fs.StringVar(&o.fix, "fix", "", "correct the claim with this `id` in its verdict file (with -speaker or -hide)")
	fs.StringVar(&o.speaker, "speaker", "", "with -fix: the `slug` of the claim's true speaker")
	fs.BoolVar(&o.hide, "hide", false, "with -fix and -note: keep the claim off the site")
	fs.Var(&o.evidence, "evidence", "with -status: a `url` showing it (repeat for more)")
	fs.StringVar(&o.due, "due", "", "with -status: the `date` a prediction falls due (only for a new verdict file)")
	nowFlag := fs.String("now", "", "the `date` (YYYY-MM-DD) to take as today for ingest times and recorded dates (default: now), for reproducible runs")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ingest [flags] PATH...  (PATH: file, directory, glob, or - for stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	stopProfile, err := cpuprof.Start(o.cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	o.now = time.Now().UTC()
	if *nowFlag != "" {
		t, err := time.Parse(time.DateOnly, *nowFlag)
		if err != nil {
			return fmt.Errorf("-now %q: write the date as 2025-06-02", *nowFlag)
		}
		o.now = t
	}
	if o.status != "" {
		return recordStatus(ctx, o, fs, stdout)
	}
	if o.reresolve {
		return reresolve(ctx, o, fs, stdout, stderr)
	}
	if o.fix != "" {
		return fixClaim(ctx, o, fs, stdout)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no input: give files, directories, globs or -")
	}
	if o.json && !o.dryRun {
		return errors.New("-json goes with -dry-run")
	}
	if o.load && o.dryRun {
		return errors.New("-load stores what a dry run printed: it goes without -dry-run")
	}
	cfg, err := o.loadConfig(fs)
	if err != nil {
		return err
	}
	inputs, bad := expand(fs.Args())
	for _, err := range bad {
		fmt.Fprintln(stderr, "ingest:", err)
	}
	var st *store.Store
	if !o.dryRun {
		if st, err = store.Open(ctx, o.db); err != nil {
			return err
		}
		defer st.Close()
		if err := editorsWord(st, cfg); err != nil {
			return err
		}
	}
	sum := summary{failed: len(bad), workers: o.workers}
	began := time.Now()
	var bar *progress.Bar
	if o.progress && !o.quiet && len(inputs) > 1 {
		bar = progress.Always(stderr, len(inputs), "inputs")
	}
	w := &batcher{st: st, sum: &sum, report: func(err error) { bar.Clear(); fmt.Fprintln(stderr, "ingest:", err) }}
	defer w.rollback()
	if o.load {
		err = loadLines(ctx, inputs, stdin, w, &sum, o.now, w.report)
	} else {
		var out []byte // the dry run's output of one article, its buffer reused
		err = process(ctx, inputs, o.workers, limits{cfg.MaxInputBytes, cfg.MaxClaims}, stdin, func(r result) error {
			if r.last {
				defer bar.Step()
			}
			sum.extracting += r.took
			if r.err != nil {
				sum.failed++
				bar.Clear()
				fmt.Fprintln(stderr, "ingest:", r.err)
				return nil
			}
			for _, a := range r.articles {
				if a.err != nil {
					sum.failed++
					bar.Clear()
					fmt.Fprintln(stderr, "ingest:", a.err)
					continue
				}
				for _, w := range a.article.Warnings {
					bar.Clear()
					fmt.Fprintf(stderr, "ingest: %s: warning: %s\n", a.article.Source, w)
				}
				sum.read++
				sum.duplicates += a.article.Duplicates
				if !claims.Analysed(a.article.Language) {
					sum.foreign++
				}
				if o.dryRun {
					var err error
					if out, err = printClaims(stdout, out, a.article, a.quotes, o.json, cfg.MinConfidence); err != nil {
						return err
					}
					sum.claimsNew += len(a.quotes)
					continue
				}
				if err := w.add(ctx, &a.article, a.quotes, o.now); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err == nil {
		w.flush()
	}
	bar.Clear()
	if err == nil && st != nil {
		err = describeVerdicts(ctx, st, cfg, stderr)
	}
	if err != nil {
		return err
	}
	if !o.quiet {
		out := stdout
		if o.json {
			out = stderr
		}
		sum.all = time.Since(began)
		sum.print(out, o.dryRun)
	}
	if sum.failed > 0 {
		return errReported
	}
	return nil
}

// loadConfig reads site.toml (optional unless -config was given) and fills
// in the database path from it when -db was not.
func (o *options) loadConfig(fs *flag.FlagSet) (config.Config, error) {
	cfg, err := config.Load(o.config, !flagSet(fs, "config"))
	if err == nil && o.db == "" {
		o.db = cfg.Database
	}
	if o.content != "" {
		cfg.Content = o.content
	}
	return cfg, err
}

// editorsWord gives the store what the editors' files say: a claim with a
// verdict file outlives its reports, and the speaker files' aliases and
// names kept apart decide who is who.
func editorsWord(st *store.Store, cfg config.Config) error {
	dir := filepath.Join(cfg.Content, "claims")
	st.KeepClaim = func(id string) bool {
		_, err := os.Stat(filepath.Join(dir, id+".md"))
		return err == nil
	}
	profiles, err := profile.ReadDir(filepath.Join(cfg.Content, "speakers"))
	if err != nil {
		return err
	}
	st.Alias, st.Apart = profiles.AliasOf, profiles.Apart
	return nil
}

func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// article is one article read from an input, with its extracted claims,
// or the fault that stopped their extraction.
type article struct {
	article claims.Article
	quotes  []claims.Quote
	err     error
}

// limits are the most ingest reads of one input: bytes of a file, and
// claims kept of an article.
type limits struct {
	bytes  int64
	claims int
}

// readArticles reads the articles of one input. A fault in a reader fails
// this input alone, with its name, not the whole run.
func readArticles(in input, stdin io.Reader, lim limits) (arts []article, err error) {
	defer func() {
		if r := recover(); r != nil {
			arts, err = nil, fmt.Errorf("%s: reading failed (a bug: please report it with this file): %v", in.name, r)
		}
	}()
	data, err := in.read(stdin, lim.bytes)
	if err != nil {
		return nil, err
	}
	as, err := reader.Read(in.name, data)
	if err != nil {
		return nil, err
	}
	out := make([]article, len(as))
	for i, a := range as {
		out[i] = article{article: a}
	}
	return out, nil
}

// extractOne finds an article's claims. A fault in extraction fails this
// article alone, with its source, not the whole run.
func extractOne(a *article, lim limits) {
	defer func() {
		if r := recover(); r != nil {
			a.quotes, a.err = nil, fmt.Errorf("%s: extraction failed (a bug: please report it with this article): %v", a.article.Source, r)
		}
	}()
	if !claims.Analysed(a.article.Language) {
		return
	}
	a.quotes = extract.ExtractArticle(a.article.Title, a.article.Body)
	if n := len(a.quotes); n > lim.claims {
		a.quotes = mostConfident(a.quotes, lim.claims)
		a.article.Warnings = append(a.article.Warnings,
			fmt.Sprintf("%d claims found, only the %d most confident kept (max_claims_per_article)", n, lim.claims))
	}
}

// mostConfident keeps the n most confident claims (the first of equals),
// in order of position.
func mostConfident(qs []claims.Quote, n int) []claims.Quote {
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return qs[idx[a]].Confidence > qs[idx[b]].Confidence })
	idx = idx[:n]
	sort.Ints(idx)
	out := make([]claims.Quote, n)
	for k, i := range idx {
		out[k] = qs[i]
	}
	return out
}

// multi is a flag that may be given several times.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }
