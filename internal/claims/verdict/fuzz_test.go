package verdict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds the verdict parser arbitrary files: it must never panic,
// an error must name the file, and a file it accepts must still read once
// its claim is recorded in it (Describe), and Append and Correct change
// only what they are asked to or fail naming the file: the ways claimtrack
// itself writes a verdict file.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("+++\nspeaker = \"a\"\n[claim]\ntext = \"x\"\n[[moved]]\nfrom = \"y\"\ndate = 2025-01-01\n+++\n"))
	if files, _ := filepath.Glob("../../../content/claims/*.md"); len(files) > 0 {
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		const name = "0123456789ab.md"
		v, err := parse(name, src, scale)
		if err != nil {
			if !strings.Contains(err.Error(), name) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		described := withClaim(string(src), Record{Text: "a \"b\"\x01\n", Speaker: "c", Source: "https://example.org/"}, "")
		w, err := parse(name, []byte(described), scale)
		if err != nil {
			t.Fatalf("a valid file no longer reads once described: %v\n%s", err, described)
		}
		if w.Claim.Text != "a \"b\"\x01\n" || len(w.Entries) != len(v.Entries) || w.Speaker != v.Speaker {
			t.Fatalf("describing changed the verdict: %+v, was %+v", w, v)
		}

		// Append and Correct either change just what they are asked to, or
		// fail naming the file and leave it as it was.
		file := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		written := func(what string, err error, check func(*Verdict) bool) {
			t.Helper()
			now, rerr := os.ReadFile(file)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if err != nil {
				if !strings.Contains(err.Error(), name) || string(now) != string(src) {
					t.Fatalf("%s failed without naming the file, or changed it: %v", what, err)
				}
				return
			}
			got, err := parse(file, now, scale)
			if err != nil || !check(got) {
				t.Fatalf("%s wrote a file that reads %+v, %v\n%s", what, got, err, now)
			}
			src = now
		}
		written("Append", Append(file, Entry{Status: "false", Date: day(t, "2025-07-01")}, scale), func(u *Verdict) bool {
			return len(u.Entries) == len(v.Entries)+1 && u.Speaker == v.Speaker
		})
		n := len(mustParse(t, file).Entries)
		written("Correct", Correct(file, Correction{Speaker: "zz"}, scale), func(u *Verdict) bool {
			return u.Speaker == "zz" && len(u.Entries) == n
		})
	})
}

func mustParse(t *testing.T, file string) *Verdict {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	v, err := parse(file, b, scale)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
