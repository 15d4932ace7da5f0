package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// The fuzz targets feed each reader arbitrary input, seeded with the
// test inputs of its format: a reader must never panic, an error must name
// the file, and every article must hold valid UTF-8 and offsets inside the
// file. The seeds run with every go test; `make fuzz` explores.

// seed adds the test inputs whose names end in one of exts.
func seed(f *testing.F, exts ...string) {
	files, _ := filepath.Glob("../../../testdata/inputs/*")
	for _, file := range files {
		for _, ext := range exts {
			if strings.HasSuffix(file, ext) {
				if b, err := os.ReadFile(file); err == nil {
					f.Add(b)
				}
			}
		}
	}
	f.Add([]byte(""))
}

// check reads data with r as the file name and checks what came out.
func check(t *testing.T, r Reader, name string, data []byte) {
	if !utf8.Valid(data) {
		return // Read gives the readers decoded text; FuzzRead covers the rest
	}
	as, err := r.Read(name, data)
	if err != nil {
		if !strings.Contains(err.Error(), name) {
			t.Fatalf("error does not name the file: %v", err)
		}
		return
	}
	checkArticles(t, as, len(data))
}

func checkArticles(t *testing.T, as []claims.Article, size int) {
	for _, a := range as {
		if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Publisher) {
			t.Fatalf("article %q holds invalid UTF-8", a.Title)
		}
		if a.Offset < 0 || a.Offset > size || a.TitleOffset > size {
			t.Fatalf("article %q: offsets %d, %d outside the file (%d bytes)", a.Title, a.Offset, a.TitleOffset, size)
		}
	}
}

func FuzzText(f *testing.F) {
	seed(f, ".txt")
	f.Fuzz(func(t *testing.T, data []byte) { check(t, Text{}, "in.txt", data) })
}

func FuzzMarkdown(f *testing.F) {
	seed(f, ".md")
	f.Fuzz(func(t *testing.T, data []byte) { check(t, Markdown{}, "in.md", data) })
}

func FuzzHTML(f *testing.F) {
	seed(f, ".html", ".htm")
	f.Fuzz(func(t *testing.T, data []byte) { check(t, HTML{}, "in.html", data) })
}

func FuzzFeed(f *testing.F) {
	seed(f, ".rss", ".atom", ".xml", ".rdf")
	f.Fuzz(func(t *testing.T, data []byte) { check(t, Feed{}, "in.xml", data) })
}

func FuzzJSONLines(f *testing.F) {
	seed(f, ".jsonl")
	f.Fuzz(func(t *testing.T, data []byte) { check(t, JSONLines{}, "in.jsonl", data) })
}

// FuzzRead covers decoding (byte order marks, UTF-16, declared and
// guessed charsets) and the choice of reader: whatever the bytes, the
// articles are valid UTF-8 and any URL kept is a web address.
func FuzzRead(f *testing.F) {
	seed(f, "")
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("\xef\xbb\xbf+++\ntitle = \"x\"\n+++\nbody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.txt", "in.html", "in.xml", "in.md", "in.jsonl"} {
			as, err := Read(name, data)
			if err != nil {
				if !strings.Contains(err.Error(), name) {
					t.Fatalf("error does not name the file: %v", err)
				}
				continue
			}
			checkArticles(t, as, len(data))
			for _, a := range as {
				if a.URL != "" && !claims.WebAddress(a.URL) {
					t.Fatalf("%s: URL %q kept", name, a.URL)
				}
			}
		}
	})
}
