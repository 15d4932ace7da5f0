// Package corpus writes a deterministic synthetic corpus of news-like
// articles for measuring claimtrack at scale: Markdown files with front
// matter (title, address, publisher, date, authors), several paragraphs
// each with direct and reported quotes by recurring speakers named in full
// with their roles and then by surname or pronoun, dates across years,
// some stories updated at the same address, and verdict files for some of
// the claims. Nothing in it is copied from any evaluation text: it is
// made from the word lists in gen.go.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/extract"
)

// Write writes articles into out/articles and verdict files into
// out/claims until extraction finds about want claims in the articles,
// and returns how many articles it wrote and how many claims extraction
// found in them. The same seed writes
// the same files.
func Write(out string, want int, seed uint64) (int, int, error) {
	g := newGen(seed)
	arts, verdicts := filepath.Join(out, "articles"), filepath.Join(out, "claims")
	for _, d := range []string{arts, verdicts} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return 0, 0, err
		}
	}
	found, n := 0, 0
	for found < want {
		a := g.article(n)
		text := a.markdown()
		qs := extract.ExtractArticle(a.title, a.body())
		found += len(qs)
		if err := os.WriteFile(filepath.Join(arts, fmt.Sprintf("%06d.md", n)), []byte(text), 0o644); err != nil {
			return 0, 0, err
		}
		// One claim in forty gets a verdict; a story in fifty is updated later at the same address.
		for i, q := range qs {
			if (n+i)%40 == 0 && q.Speaker.Name != "" {
				id := claims.ClaimID(q.Text, q.Speaker.Name) // as the store names it
				v := fmt.Sprintf("+++\n[[status]]\nstatus = %q\ndate = %s\nnote = \"Checked against the record.\"\n+++\n\nSynthetic verdict.\n",
					g.pick(verdictStatuses), a.date.AddDate(0, 1, 0).Format("2006-01-02"))
				if err := os.WriteFile(filepath.Join(verdicts, id+".md"), []byte(v), 0o644); err != nil {
					return 0, 0, err
				}
			}
		}
		if n%50 == 7 {
			u := a.update(g)
			if err := os.WriteFile(filepath.Join(arts, fmt.Sprintf("%06d-update.md", n)), []byte(u.markdown()), 0o644); err != nil {
				return 0, 0, err
			}
		}
		n++
	}
	return n, found, nil
}

var verdictStatuses = []string{"true", "mostly-true", "half-true", "mostly-false", "false", "misleading"}

// article is one generated story.
type article struct {
	n          int
	title, url string
	publisher  string
	author     string
	date       dateT
	paras      []string
}

func (a article) body() string { return strings.Join(a.paras, "\n\n") + "\n" }

func (a article) markdown() string {
	return fmt.Sprintf("+++\ntitle = %q\nurl = %q\npublisher = %q\npublished = %s\nauthors = [%q]\n+++\n\n%s",
		a.title, a.url, a.publisher, a.date.Format("2006-01-02"), a.author, a.body())
}

// update is the same story, corrected a day later: a paragraph more.
func (a article) update(g *gen) article {
	u := a
	u.date = a.date.AddDate(0, 0, 1)
	u.paras = append(append([]string(nil), a.paras...), g.reported(g.speaker()))
	return u
}
