//go:build pages

package reader

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// TestPages measures how well real saved news pages are read: the pages
// of go-readability's test suite (Mozilla's, from the BBC, CNN, the
// Guardian, the New York Times, the Washington Post, Yahoo, Le Monde and
// others), each with the story readability should find and its title.
// A page counts as read when the stored text holds at least 80% of the
// story's words and at most 20% other words. `make eval-pages` runs it
// with PAGES set to that suite's folder in the module cache; the pages
// stay there, never in this repository.
func TestPages(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(os.Getenv("PAGES"), "*", "source.html"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no pages under PAGES=%q (make eval-pages sets it)", os.Getenv("PAGES"))
	}
	var read, titles, refused int
	for _, src := range dirs {
		dir := filepath.Dir(src)
		page := filepath.Base(dir)
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dir, "expected.html"))
		if err != nil {
			t.Fatal(err)
		}
		var meta struct{ Title string }
		if b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json")); err == nil {
			_ = json.Unmarshal(b, &meta)
		}
		story := bag(plainText(string(want)))
		as, err := Read(page+".html", data)
		if err != nil {
			refused++
			fmt.Printf("%-30s %6d  refused: %v\n", page, story.total, err)
			continue
		}
		got := bag(as[0].Body)
		common := got.common(story)
		recall := float64(common) / float64(max(story.total, 1))
		other := 1 - float64(common)/float64(max(got.total, 1))
		ok := recall >= 0.8 && other <= 0.2
		title := strings.Join(strings.Fields(strings.ToLower(as[0].Title)), " ") == strings.Join(strings.Fields(strings.ToLower(meta.Title)), " ")
		if ok {
			read++
		}
		if title {
			titles++
		}
		fmt.Printf("%-30s %6d  read %-5v story %.2f other %.2f  title %v\n", page, story.total, ok, recall, other, title)
	}
	fmt.Printf("pages: %d; read %d; titles right %d; refused %d\n", len(dirs), read, titles, refused)
}

// words is a bag of lower-case words.
type words struct {
	n     map[string]int
	total int
}

func bag(s string) words {
	w := words{n: map[string]int{}}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w.n[f]++
		w.total++
	}
	return w
}

func (w words) common(o words) int {
	c := 0
	for k, n := range w.n {
		c += min(n, o.n[k])
	}
	return c
}

// plainText is the text of an HTML fragment.
func plainText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	return text(doc)
}
