package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"claimtrack/internal/claims"
)

// TestRecordStatus writes and appends a verdict file with ingest -status,
// and refuses unknown claims, unknown or computed statuses and bad dates.
func TestRecordStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	content := filepath.Join(dir, "content")
	cfg := write(t, dir, "site.toml", "content_dir = \""+content+"\"\n")
	f := write(t, dir, "a.txt", "Title\n\n\"We will build twelve new bus lanes,\" Mayor Elena Rivera said.\n")
	if _, errOut, err := ingest(t, "", "-config", cfg, "-db", db, f); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	id := claims.ClaimID("We will build twelve new bus lanes,", "")
	file := filepath.Join(content, "claims", id+".md")
	out, errOut, err := ingest(t, "", "-config", cfg, "-db", db, "-now", "2025-05-20", "-status", id, "-set", "pending", "-date", "2025-05-19",
		"-note", `She said "twelve".`, "-due", "2026-12-31")
	if err != nil || !strings.Contains(out, file+": pending as of 2025-05-19") {
		t.Fatalf("%v: %s %s", err, out, errOut)
	}
	if _, _, err := ingest(t, "", "-config", cfg, "-db", db, "-status", id, "-set", "partly-fulfilled", "-date", "2026-06-01",
		"-evidence", "https://example.org/lanes", "-evidence", "https://example.org/lanes-2", "-by", "Ana Editor"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"due = 2026-12-31", `status = "pending"`, "recorded = 2025-05-20", `note = "She said \"twelve\"."`,
		`status = "partly-fulfilled"`, `by = "Ana Editor"`, `url = "https://example.org/lanes-2"`,
		"[claim]\ntext = \"We will build twelve new bus lanes,\"\nspeaker = \"Elena Rivera\"\nsource = \"" + f + "\"\n"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("verdict file lacks %q:\n%s", want, b)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-status", "000000000000", "-set", "false", "-date", "2025-01-01"}, "no claim \"000000000000\""},
		{[]string{"-status", id, "-set", "wrong", "-date", "2025-01-01"}, "unknown status \"wrong\""},
		{[]string{"-status", id, "-set", "overdue", "-date", "2025-01-01"}, "computed by claimtrack"},
		{[]string{"-status", id, "-set", "false", "-date", "1 June"}, "-date \"1 June\""},
		{[]string{"-status", id, "-set", "false"}, "needs -set STATUS and -date"},
	} {
		_, _, err := ingest(t, "", append([]string{"-config", cfg, "-db", db}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ingest %v: %v, want %q", tt.args, err, tt.want)
		}
	}
	after, _ := os.ReadFile(file)
	if string(after) != string(b) {
		t.Error("a refused status changed the verdict file")
	}
}

// TestFixClaim corrects a claim's speaker and hides another with ingest
// -fix, and refuses unknown claims and speakers and a hidden claim with no
// reason.
func TestFixClaim(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	content := filepath.Join(dir, "content")
	cfg := write(t, dir, "site.toml", "content_dir = \""+content+"\"\n")
	f := write(t, dir, "a.txt", "Title\n\n\"We will build twelve new bus lanes,\" Mayor Elena Rivera said.\n\n"+
		"\"The numbers simply do not add up,\" Councilman David Okafor said.\n")
	if _, errOut, err := ingest(t, "", "-config", cfg, "-db", db, f); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	id := claims.ClaimID("We will build twelve new bus lanes,", "")
	file := filepath.Join(content, "claims", id+".md")
	if out, errOut, err := ingest(t, "", "-config", cfg, "-db", db, "-fix", id, "-speaker", "david-okafor"); err != nil || !strings.Contains(out, "speaker david-okafor") {
		t.Fatalf("%v: %s %s", err, out, errOut)
	}
	if _, _, err := ingest(t, "", "-config", cfg, "-db", db, "-fix", id, "-hide", "-note", "read from a caption"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`speaker = "david-okafor"`, "hidden = true", `reason = "read from a caption"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("verdict file lacks %q:\n%s", want, b)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-fix", "000000000000", "-speaker", "david-okafor"}, `no claim "000000000000"`},
		{[]string{"-fix", id, "-speaker", "nobody"}, `no speaker "nobody"`},
		{[]string{"-fix", id, "-hide"}, "needs -note"},
		{[]string{"-fix", id}, "-fix needs -speaker SLUG or -hide"},
	} {
		_, _, err := ingest(t, "", append([]string{"-config", cfg, "-db", db}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ingest %v: %v, want %q", tt.args, err, tt.want)
		}
	}
	if after, _ := os.ReadFile(file); string(after) != string(b) {
		t.Error("a refused correction changed the verdict file")
	}
}

// TestContentFlag writes a status into the folder -content names, with no
// site.toml to say where content is.
func TestContentFlag(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	f := write(t, dir, "a.txt", "Title\n\n\"We will build twelve new bus lanes,\" Mayor Elena Rivera said.\n")
	content := filepath.Join(dir, "elsewhere")
	if _, errOut, err := ingest(t, "", "-db", db, "-content", content, f); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	id := claims.ClaimID("We will build twelve new bus lanes,", "")
	if _, _, err := ingest(t, "", "-db", db, "-content", content, "-status", id, "-set", "pending", "-date", "2025-05-19"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(content, "claims", id+".md")); err != nil {
		t.Errorf("the verdict file is not in the -content folder: %v", err)
	}
}

// TestConcurrentStatus records twenty statuses of one claim at once, as
// twenty editors or scripts might: every one of them is kept.
func TestConcurrentStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	content := filepath.Join(dir, "content")
	f := write(t, dir, "a.txt", "Title\n\n\"We will build twelve new bus lanes,\" Mayor Elena Rivera said.\n")
	if _, errOut, err := ingest(t, "", "-db", db, "-content", content, f); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	id := claims.ClaimID("We will build twelve new bus lanes,", "")
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errOut, err := ingest(t, "", "-db", db, "-content", content, "-status", id, "-set", "pending",
				"-date", fmt.Sprintf("2025-05-%02d", i+1), "-note", fmt.Sprintf("entry %d", i))
			if err != nil {
				errs <- fmt.Errorf("%v: %s", err, errOut)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	b, err := os.ReadFile(filepath.Join(content, "claims", id+".md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "[[status]]"); n != 20 {
		t.Errorf("%d of 20 statuses kept:\n%s", n, b)
	}
	if left, _ := filepath.Glob(filepath.Join(content, "claims", ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
