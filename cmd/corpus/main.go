// Command corpus writes a deterministic synthetic corpus of news-like
// articles for measuring claimtrack at scale: Markdown files with front
// matter (title, address, publisher, date, authors), several paragraphs
// each with direct and reported quotes by recurring speakers named in full
// with their roles and then by surname or pronoun, dates across years,
// some stories updated at the same address, and verdict files for some of
// the claims. Nothing in it is copied from any evaluation text: it is
// made from the word lists below.
//
//	corpus -claims 100000 -out corpus
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/extract"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(_ context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	want := fs.Int("claims", 1000, "write articles until extraction finds about this many `claims`")
	out := fs.String("out", "corpus", "the `folder` to write (articles/ and claims/ under it)")
	seed := fs.Uint64("seed", 1, "the `seed` of the generator: the same seed writes the same corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return errors.New("corpus takes flags only")
	}
	g := newGen(*seed)
	arts, verdicts := filepath.Join(*out, "articles"), filepath.Join(*out, "claims")
	for _, d := range []string{arts, verdicts} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	found, n := 0, 0
	for found < *want {
		a := g.article(n)
		text := a.markdown()
		qs := extract.ExtractArticle(a.title, a.body())
		found += len(qs)
		if err := os.WriteFile(filepath.Join(arts, fmt.Sprintf("%06d.md", n)), []byte(text), 0o644); err != nil {
			return err
		}
		// One claim in forty gets a verdict; a story in fifty is updated later at the same address.
		for i, q := range qs {
			if (n+i)%40 == 0 && q.Speaker.Name != "" {
				id := claims.ClaimID(q.Text, q.Speaker.Name) // as the store names it
				v := fmt.Sprintf("+++\n[[status]]\nstatus = %q\ndate = %s\nnote = \"Checked against the record.\"\n+++\n\nSynthetic verdict.\n",
					g.pick(verdictStatuses), a.date.AddDate(0, 1, 0).Format("2006-01-02"))
				if err := os.WriteFile(filepath.Join(verdicts, id+".md"), []byte(v), 0o644); err != nil {
					return err
				}
			}
		}
		if n%50 == 7 {
			u := a.update(g)
			if err := os.WriteFile(filepath.Join(arts, fmt.Sprintf("%06d-update.md", n)), []byte(u.markdown()), 0o644); err != nil {
				return err
			}
		}
		n++
	}
	fmt.Fprintf(stdout, "corpus: %d articles, about %d claims, in %s\n", n, found, *out)
	return nil
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
