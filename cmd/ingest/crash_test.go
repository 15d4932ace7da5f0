package main

import (
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimtrack/internal/claims/store/dbdump"
	"claimtrack/internal/corpus"
)

// TestMain lets the tests run this test binary as the ingest command
// itself, in a process of its own that they can kill.
func TestMain(m *testing.M) {
	if os.Getenv("CLAIMTRACK_AS_INGEST") == "1" {
		os.Args = append([]string{"ingest"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// asIngest is a command that runs ingest with args in another process.
func asIngest(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CLAIMTRACK_AS_INGEST=1")
	return cmd
}

// TestCrash kills ingest (kill -9) at random moments of a run: each time
// the database passes SQLite's integrity check, every article in it has
// all its claims (none is half stored), and running ingest again ends
// with the database a run never interrupted makes.
func TestCrash(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := corpus.Write(dir, 8000, 7); err != nil {
		t.Fatal(err)
	}
	articles := filepath.Join(dir, "articles")
	args := func(db string) []string { return []string{"-q", "-now", "2026-01-01", "-db", db, articles} }
	want := filepath.Join(dir, "want.db")
	start := time.Now()
	if out, err := asIngest(args(want)...).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	wantRows := contents(t, want)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 4 {
		db := filepath.Join(dir, "crash"+string(rune('a'+trial))+".db")
		cmd := asIngest(args(db)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(took/10 + time.Duration(rng.Int64N(int64(took*8/10)))) // within the run, whatever the machine's speed
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		conn, err := sql.Open("sqlite3", db)
		if err != nil {
			t.Fatal(err)
		}
		var check string
		if err := conn.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil && !strings.Contains(err.Error(), "no such table") {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if check != "ok" && check != "" {
			t.Fatalf("trial %d: integrity_check: %s", trial, check)
		}
		conn.Close()
		got := contents(t, db)
		for hash, claims := range got.appearances {
			if claims != wantRows.appearances[hash] {
				t.Fatalf("trial %d: article %s stored with claims\n%s\nwant\n%s", trial, hash, claims, wantRows.appearances[hash])
			}
		}
		t.Logf("trial %d: killed with %d of %d articles stored", trial, len(got.appearances), len(wantRows.appearances))
		if out, err := asIngest(args(db)...).CombinedOutput(); err != nil {
			t.Fatalf("trial %d: ingest again: %v\n%s", trial, err, out)
		}
		if diff := dbdump.Difference(contents(t, db).all, wantRows.all); diff != "" {
			t.Fatalf("trial %d: run again after the kill, the database differs from one never interrupted, %s", trial, diff)
		}
	}
}

// stored is what a database holds, by article body rather than by row
// numbers: each article's claims (appearances), and all of it as text
// (dbdump.Contents).
type stored struct {
	appearances map[string]string // article hash -> its appearances, sorted
	all         string
}

func contents(t *testing.T, db string) stored {
	t.Helper()
	s := stored{appearances: map[string]string{}}
	if _, err := os.Stat(db); err != nil {
		return s // killed before it made the file
	}
	conn, err := sql.Open("sqlite3", db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var tables int
	conn.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'appearances'`).Scan(&tables)
	if tables == 0 {
		return s
	}
	rows, err := conn.Query(`SELECT a.hash, coalesce(group_concat(p.claim_id || '@' || p.start, ' '), '') FROM articles a
		LEFT JOIN (SELECT * FROM appearances ORDER BY claim_id, start) p ON p.article_id = a.id GROUP BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var hash, claims string
		if err := rows.Scan(&hash, &claims); err != nil {
			t.Fatal(err)
		}
		s.appearances[hash] = claims
	}
	rows.Close()
	all, err := dbdump.Contents(db)
	if err != nil {
		t.Fatal(err)
	}
	s.all = all
	return s
}

// TestWaitsForAnotherWriter holds the database's write lock while ingest
// runs: ingest says it is waiting, then stores its article once the lock
// is released, failing nothing.
func TestWaitsForAnotherWriter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	first := write(t, dir, "a.txt", "One\n\n\"We will open three libraries next year,\" Mayor Ana Ruiz said.\n")
	if _, errOut, err := ingest(t, "", "-db", db, first); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	conn, err := sql.Open("sqlite3", db+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	tx, err := conn.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { waitNotice = d }(waitNotice)
	waitNotice = 100 * time.Millisecond
	second := write(t, dir, "b.txt", "Two\n\n\"We will open two pools next year,\" Mayor Ana Ruiz said.\n")
	type result struct {
		out, errOut string
		err         error
	}
	done := make(chan result)
	go func() {
		out, errOut, err := ingest(t, "", "-db", db, second)
		done <- result{out, errOut, err}
	}()
	time.Sleep(700 * time.Millisecond)
	tx.Commit()
	r := <-done
	if r.err != nil || !strings.Contains(r.errOut, "waiting for another writer") || !strings.Contains(r.out, "1 new") {
		t.Errorf("ingest while another writer held the database: %v\nstdout: %s\nstderr: %s", r.err, r.out, r.errOut)
	}
}
