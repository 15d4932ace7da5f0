package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"claimtrack/internal/claims/store/dbdump"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
	"claimtrack/internal/corpus"
)

// TestManyWriters runs two ingests of half a corpus each, ten ingest
// -status calls and builds, all at once on one database: none fails or
// meets a lock, every status is kept, and the database ends with the
// articles, claims, speakers and later coverage of the two ingests run one
// after the other.
func TestManyWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the ingest command and ingests a corpus twice")
	}
	dir := t.TempDir()
	ingestBin := filepath.Join(dir, "ingest")
	if out, err := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", ingestBin, "claimtrack/cmd/ingest").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if _, _, err := corpus.Write(dir, 3000, 11); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*"))
	sort.Strings(files)
	halves := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}
	for i, f := range files {
		h := halves[i%2]
		os.MkdirAll(h, 0o755)
		if err := os.Rename(f, filepath.Join(h, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	content := filepath.Join(dir, "content")
	ingest := func(db string, args ...string) error {
		var errOut bytes.Buffer
		cmd := exec.Command(ingestBin, append([]string{"-q", "-now", "2026-01-01", "-config", "../../site.toml", "-content", content, "-db", db}, args...)...)
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("ingest %v: %v: %s", args, err, errOut.String())
		}
		if strings.Contains(errOut.String(), "locked") {
			return fmt.Errorf("ingest %v: %s", args, errOut.String())
		}
		return nil
	}
	fixture := "../../content/articles/trump-putin-call.md"
	ref, db := filepath.Join(dir, "ref.db"), filepath.Join(dir, "shared.db")
	for _, args := range [][]string{{fixture}, {halves[0]}, {halves[1]}} {
		if err := ingest(ref, args...); err != nil {
			t.Fatal(err)
		}
	}
	if err := ingest(db, fixture); err != nil {
		t.Fatal(err)
	}
	const claim = "84d4d0561d8d"

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	writers := sync.WaitGroup{}
	for _, h := range halves {
		writers.Go(func() { errs <- ingest(db, h) })
	}
	for i := range 10 {
		writers.Go(func() {
			errs <- ingest(db, "-status", claim, "-set", "pending", "-date", fmt.Sprintf("2025-06-%02d", i+1), "-note", fmt.Sprintf("check %d", i))
		})
	}
	done := make(chan struct{})
	wg.Go(func() { writers.Wait(); close(done) })
	builds := 0
	for k := 0; ; k++ {
		out := filepath.Join(dir, fmt.Sprintf("public%d", k%2))
		var errOut strings.Builder
		if err := run(t.Context(), []string{"-q", "-config", "../../site.toml", "-db", db, "-content", content, "-out", out}, io.Discard, &errOut); err != nil {
			errs <- fmt.Errorf("build while writing: %v: %s", err, errOut.String())
		}
		builds++
		select {
		case <-done:
		default:
			continue
		}
		break
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	t.Logf("%d builds ran while the writers wrote", builds)
	cfg, _ := config.Load("../../site.toml", false)
	v, err := verdict.Read(filepath.Join(content, "claims", claim+".md"), cfg.Settable)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Entries) != 10 {
		t.Errorf("%d of 10 statuses kept", len(v.Entries))
	}
	got, err := dbdump.Contents(db)
	if err != nil {
		t.Fatal(err)
	}
	want, err := dbdump.Contents(ref)
	if err != nil {
		t.Fatal(err)
	}
	if diff := dbdump.Difference(got, want); diff != "" {
		t.Fatalf("written at once, the database differs from one written in turn, %s", diff)
	}
}
