// Command build renders the claims database as a static website.
//
//	build [flags]
//
// It reads the database, content/ (editors' pages) and the templates, and
// writes the site into the output folder, rendering only the pages whose
// inputs changed since the last build (their fingerprints, recorded in the
// folder), rewriting only the files that changed and removing those no
// page produces any more. With -serve ADDR it
// then serves the folder for a browser until interrupted.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"claimtrack"
	"claimtrack/internal/claims/profile"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
	"claimtrack/internal/cpuprof"
	"claimtrack/internal/progress"
	"claimtrack/internal/site"
)

// softMemoryLimit is where the garbage collector starts to work harder
// (GOMEMLIMIT overrides it): a build of a large site keeps well under a
// gigabyte, where the default would let garbage grow to twice what it
// holds.
const softMemoryLimit = 640 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "site.toml", "site settings `file` (optional)")
	db := fs.String("db", "", "SQLite database `file` (default: database in site.toml)")
	content := fs.String("content", "", "content `folder` (default: content_dir in site.toml)")
	templates := fs.String("templates", "", "templates `folder` overriding the built-in ones (default: templates_dir in site.toml)")
	out := fs.String("out", "", "output `folder` (default: output_dir in site.toml)")
	baseURL := fs.String("base-url", "", "address the site is published at, ending in / (default: base_url in site.toml)")
	serve := fs.String("serve", "", "after building, serve the site at this `address` (e.g. :8080)")
	quiet := fs.Bool("q", false, "print nothing but errors")
	nowFlag := fs.String("now", "", "the `date` (YYYY-MM-DD) overdue is measured against (default: today), for reproducible builds")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to `file` (go tool pprof reads it)")
	strict := fs.Bool("strict", false, "fail on a verdict file whose claim is not in the database (for CI), instead of warning")
	full := fs.Bool("full", false, "render every page, even those the last build's fingerprints say are still right")
	showProgress := fs.Bool("progress", progress.IsTerminal(stderr), "show a progress bar (default: when stderr is a terminal)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: build [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: build takes flags only", fs.Arg(0))
	}
	stopProfile, err := cpuprof.Start(*cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	cfg, err := config.Load(*configPath, !isSet(fs, "config"))
	if err != nil {
		return err
	}
	for _, o := range []struct {
		flag    string
		setting *string
	}{{*db, &cfg.Database}, {*content, &cfg.Content},
		{*templates, &cfg.Templates}, {*out, &cfg.Output}, {*baseURL, &cfg.BaseURL}} {
		if o.flag != "" {
			*o.setting = o.flag
		}
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	if _, err := os.Stat(cfg.Database); err != nil {
		return fmt.Errorf("database %s: %w (run ingest first)", cfg.Database, errors.Unwrap(err))
	}
	began := time.Now()
	st, err := store.OpenReadOnly(ctx, cfg.Database)
	if err != nil {
		return err
	}
	// The snapshot published in data/ is taken while the data is read,
	// and waits on disk: at 100,000 claims it is a hundred megabytes.
	tmp, err := os.MkdirTemp("", "claimtrack-build")
	if err != nil {
		st.Close()
		return err
	}
	defer os.RemoveAll(tmp)
	snapshot := filepath.Join(tmp, "claims.db")
	snapshotted := make(chan error, 1)
	go func() { snapshotted <- st.Snapshot(ctx, snapshot) }()
	data, err := st.Load(ctx)
	err = errors.Join(err, <-snapshotted)
	st.Close()
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	if *nowFlag != "" {
		if now, err = time.Parse(time.DateOnly, *nowFlag); err != nil {
			return fmt.Errorf("-now %q: write the date as 2025-06-02", *nowFlag)
		}
	}
	phases := []site.Phase{{Name: "database read", Took: time.Since(began)}}
	began = time.Now()
	verdicts, errs := verdict.ReadDir(filepath.Join(cfg.Content, "claims"), cfg.Settable)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if verdicts, err = reattach(data, verdicts, cfg.Settable, now, stderr); err != nil {
		return err
	}
	profiles, err := profile.ReadDir(filepath.Join(cfg.Content, "speakers"))
	if err != nil {
		return err
	}
	phases = append(phases, site.Phase{Name: "content read", Took: time.Since(began)})
	var bar *progress.Bar
	report := func(done, total int) {
		if bar == nil {
			bar = progress.Always(stderr, total, "pages")
		}
		bar.Set(done)
	}
	if !*showProgress || *quiet {
		report = nil
	}
	stats, err := site.Build(ctx, site.Options{Config: cfg, Data: data, Templates: defaultTemplates(cfg.Templates),
		Content: cfg.Content, Out: cfg.Output, Verdicts: verdicts, Profiles: profiles, Now: now, Database: snapshot, Progress: report, Full: *full})
	bar.Clear()
	if err != nil {
		return err
	}
	phases = append(phases, stats.Phases...)
	for _, o := range stats.Orphans {
		fmt.Fprintln(stderr, "build: warning:", o, "(listed on the review page as orphaned)")
	}
	if *strict && len(stats.Orphans) > 0 {
		return fmt.Errorf("%d orphaned verdict files (-strict)", len(stats.Orphans))
	}
	if !*quiet {
		var all time.Duration
		var took []string
		for _, p := range phases {
			all += p.Took
			took = append(took, fmt.Sprintf("%s %s", p.Name, p.Took.Round(time.Millisecond)))
		}
		fmt.Fprintf(stdout, "built %s: %d files (%d written, %d unchanged, %d removed; %d pages not rendered again, as their fingerprints held) from %d claims in %s\n",
			cfg.Output, stats.Pages, stats.Written, stats.Unchanged, stats.Removed, stats.Reused, len(data.Claims), all.Round(time.Millisecond))
		fmt.Fprintf(stdout, "time: %s\n", strings.Join(took, ", "))
	}
	if *serve == "" {
		return nil
	}
	return serveSite(ctx, *serve, cfg, stdout)
}

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// defaultTemplates lays the templates folder over the built-in templates.
func defaultTemplates(dir string) fs.FS {
	def, err := fs.Sub(claimtrack.Templates, "templates")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return site.Overlay(dir, def)
}

// serveSite serves the built site under base_url's path until ctx ends,
// answering unknown paths with the site's 404 page.
func serveSite(ctx context.Context, addr string, cfg config.Config, stdout io.Writer) error {
	prefix := "/"
	if i := strings.Index(cfg.BaseURL, "://"); i >= 0 {
		if j := strings.IndexByte(cfg.BaseURL[i+3:], '/'); j >= 0 {
			prefix = cfg.BaseURL[i+3+j:]
		}
	} else {
		prefix = cfg.BaseURL
	}
	files := http.FileServer(http.Dir(cfg.Output))
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(strings.TrimSuffix(prefix, "/"), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		if _, err := os.Stat(cfg.Output + p); err != nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			if b, err := os.ReadFile(cfg.Output + "/404.html"); err == nil {
				w.Write(b)
			}
			return
		}
		files.ServeHTTP(w, r)
	})))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "serving %s at http://%s%s (Ctrl-C stops)\n", cfg.Output, displayAddr(ln.Addr()), prefix)
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func displayAddr(a net.Addr) string {
	s := a.String()
	if strings.HasPrefix(s, "[::]:") || strings.HasPrefix(s, "0.0.0.0:") {
		return "localhost" + s[strings.LastIndexByte(s, ':'):]
	}
	return s
}
