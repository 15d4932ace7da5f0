package verdict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// scale is a small rating scale: overdue is computed.
func scale(s string) (bool, bool) {
	switch s {
	case "pending", "not-fulfilled", "false", "true":
		return true, true
	case "overdue":
		return false, true
	}
	return false, false
}

const good = `+++
due = 2025-12-31
tags = ["ukraine", "ceasefire"]

[[status]]
status = "not-fulfilled"
date = 2025-06-02
note = "Talks agreed prisoner exchanges only."

  [[status.evidence]]
  url = "https://example.org/talks"
  title = "Talks in Istanbul"
  date = 2025-06-02

[[status]]
status = "pending"
date = 2025-05-19
+++

Russia *rejected* an unconditional ceasefire. <script>alert(1)</script>
`

func TestRead(t *testing.T) {
	f := filepath.Join(t.TempDir(), "84d4d0561d8d.md")
	os.WriteFile(f, []byte(good), 0o644)
	v, err := Read(f, scale)
	if err != nil {
		t.Fatal(err)
	}
	if v.ClaimID != "84d4d0561d8d" || v.Due.Format(time.DateOnly) != "2025-12-31" || strings.Join(v.Tags, ",") != "ukraine,ceasefire" {
		t.Errorf("verdict %+v", v)
	}
	if len(v.Entries) != 2 || v.Entries[0].Status != "pending" || v.Current().Status != "not-fulfilled" {
		t.Errorf("entries not in date order: %+v", v.Entries)
	}
	if ev := v.Current().Evidence; len(ev) != 1 || ev[0].URL != "https://example.org/talks" {
		t.Errorf("evidence %+v", ev)
	}
	if !strings.Contains(v.Body, "<em>rejected</em>") || strings.Contains(v.Body, "<script>") {
		t.Errorf("body %q", v.Body)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown status", "+++\n[[status]]\nstatus = \"maybe\"\ndate = 2025-01-01\n+++\n", "x.md:2: unknown status \"maybe\""},
		{"computed status", "+++\n[[status]]\nstatus = \"overdue\"\ndate = 2025-01-01\n+++\n", "x.md:2: status \"overdue\" is computed"},
		{"no date", "+++\n\n[[status]]\nstatus = \"false\"\n+++\n", "x.md:3: status \"false\" has no date"},
		{"bad date", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-13-45\n+++\n", "x.md:4:"},
		{"string date", "+++\n[[status]]\nstatus = \"false\"\ndate = \"June\"\n+++\n", "x.md:"},
		{"unknown key", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-01-01\nverdict = \"x\"\n+++\n", "x.md:5: unknown key status.verdict"},
		{"key not in lower case", "+++\n[[Status]]\nstatus = \"false\"\ndate = 2025-01-01\n+++\n", "x.md: key Status: write it in lower case, status"},
		{"no status", "+++\ndue = 2025-01-01\n+++\n", "x.md: no [[status]] entry"},
		{"unclosed", "+++\n[[status]]\n", "x.md:1: front matter opened with +++ is never closed"},
		{"no front matter", "Just words.\n", "x.md:1: a verdict file starts with +++"},
		{"bad evidence url", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-01-01\n  [[status.evidence]]\n  url = \"example.org\"\n+++\n", "must be a web address"},
		{"script archive url", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-01-01\n  [[status.evidence]]\n  url = \"https://example.org\"\n  archive = \"javascript:alert(1)\"\n+++\n", "archive \"javascript:alert(1)\" must be a web address"},
	}
	for _, tt := range tests {
		_, err := parse("x.md", []byte(tt.src), scale)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestAppend(t *testing.T) {
	f := filepath.Join(t.TempDir(), "abc.md")
	first := Entry{Status: "pending", Date: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC), Note: `Said "soon"`}
	if err := Append(f, first, scale); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(f, append(mustRead(t, f), []byte("The editor's explanation.\n")...), 0o644)
	second := Entry{Status: "not-fulfilled", Date: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC),
		Evidence: []Evidence{{URL: "https://example.org/a", Title: "A report", Date: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)}}}
	if err := Append(f, second, scale); err != nil {
		t.Fatal(err)
	}
	v, err := Read(f, scale)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Entries) != 2 || v.Entries[0].Note != `Said "soon"` || v.Current().Status != "not-fulfilled" ||
		v.Current().Evidence[0].Title != "A report" || !strings.Contains(v.Body, "explanation") {
		t.Errorf("after two appends: %+v", v)
	}
	before := mustRead(t, f)
	if err := Append(f, Entry{Status: "maybe", Date: time.Now()}, scale); err == nil || !strings.Contains(err.Error(), "unknown status") {
		t.Errorf("appending an unknown status: %v", err)
	}
	if string(mustRead(t, f)) != string(before) {
		t.Error("a refused status changed the file")
	}
}

func mustRead(t *testing.T, f string) []byte {
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCorrect writes the editors' corrections into verdict files: a new
// file with a speaker alone, a hidden claim with its reason, and a
// correction replaced in a file that has a status.
func TestCorrect(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "84d4d0561d8d.md")
	if err := Correct(file, Correction{Speaker: "pope-leo-xiv"}, scale); err != nil {
		t.Fatal(err)
	}
	v, err := Read(file, scale)
	if err != nil || v.Speaker != "pope-leo-xiv" || v.Hidden || len(v.Entries) != 0 {
		t.Fatalf("after a speaker correction: %+v, %v", v, err)
	}
	if err := Append(file, Entry{Status: "pending", Date: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)}, scale); err != nil {
		t.Fatal(err)
	}
	if err := Correct(file, Correction{Speaker: "donald-trump"}, scale); err != nil {
		t.Fatal(err)
	}
	if err := Correct(file, Correction{Hidden: true, Reason: "a \"scare quote\", no claim"}, scale); err != nil {
		t.Fatal(err)
	}
	if v, err = Read(file, scale); err != nil || v.Speaker != "donald-trump" || !v.Hidden || v.Reason != `a "scare quote", no claim` || len(v.Entries) != 1 {
		t.Errorf("after three writes: %+v, %v", v, err)
	}
	for _, bad := range []Correction{{Speaker: "Not A Slug"}, {Hidden: true}} {
		if err := Correct(file, bad, scale); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
	if v2, _ := Read(file, scale); v2.Speaker != "donald-trump" {
		t.Errorf("a refused correction changed the file: %+v", v2)
	}
}
