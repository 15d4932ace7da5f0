package verdict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds the verdict parser arbitrary files: it must never panic,
// an error must name the file, and a file it accepts must still read once
// its claim is recorded in it (Describe) and once a status is added
// (Append), the two ways claimtrack itself writes a verdict file.
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
	})
}
