package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"claimtrack/internal/claims"
)

// Sharded extraction: extraction is a pure function of the article, so
// `ingest -dry-run -json` may run on shards of a collection anywhere (GNU
// parallel here, Hadoop streaming or Spark's pipe elsewhere), and
// `ingest -load` stores what the shards printed, articles and claims as
// they were found, extracting nothing again.

// line is one line of -dry-run -json (json.go writes them): an article
// (Type "article") or one of its claims, which follow it.
type line struct {
	Type          string   `json:"type"`
	File          string   `json:"file"`
	URL           string   `json:"url"`
	Title         string   `json:"title"`
	TitleOffset   int      `json:"title_offset"`
	Offset        int      `json:"offset"`
	Publisher     string   `json:"publisher"`
	Published     string   `json:"published"`
	Language      string   `json:"language"`
	Authors       []string `json:"authors"`
	TitleFromText bool     `json:"title_from_text"`
	Duplicates    int      `json:"duplicates"`
	Whole         bool     `json:"whole"`
	Body          string   `json:"body"`
	ID            string   `json:"id"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
	Parts         [][2]int `json:"parts"`
	Text          string   `json:"text"`
	Kind          string   `json:"kind"`
	Act           string   `json:"act"`
	Prediction    bool     `json:"prediction"`
	Confidence    float64  `json:"confidence"`
	Speaker       *string  `json:"speaker"` // the name, else the mention\'s words; null when none
	Role          string   `json:"role"`
	SpeakerStart  *int     `json:"speaker_start"`
	SpeakerEnd    *int     `json:"speaker_end"`
	Headline      bool     `json:"headline"`
	Cue           string   `json:"cue"`
	CueStart      *int     `json:"cue_start"`
	CueEnd        *int     `json:"cue_end"`
	Name          string   `json:"name"`
	Mention       string   `json:"mention"`
	SpeakerKind   string   `json:"speaker_kind"`
	Aliases       []string `json:"aliases"`
	Paragraph     *[2]int  `json:"paragraph"`
	Inside        bool     `json:"inside"`
	Shown         bool     `json:"shown"`
}

// maxLine is the longest line -load reads: an article's body is on one.
const maxLine = 64 << 20

// loadLines stores the articles of the JSON lines files, each with the claims
// that follow it. A line that is not such JSON, or a claim that does not
// fit its article, fails that article alone (named by file and line),
// and nothing of it is stored.
func loadLines(ctx context.Context, inputs []input, stdin io.Reader, w *batcher, sum *summary, now time.Time, report func(error)) error {
	for _, in := range inputs {
		if err := loadFile(ctx, in, stdin, w, sum, now, report); err != nil {
			return err
		}
	}
	return nil
}

func loadFile(ctx context.Context, in input, stdin io.Reader, w *batcher, sum *summary, now time.Time, report func(error)) error {
	r := stdin
	if in.name != "-" {
		f, err := os.Open(in.name)
		if err != nil {
			sum.failed++
			report(fmt.Errorf("%s: %w", in.name, unwrapPath(err)))
			return nil
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	var cur *article
	var bad error // what is wrong with the article being read
	finish := func() error {
		if cur == nil {
			return nil
		}
		a := cur
		cur = nil
		sum.read++
		if bad != nil {
			sum.failed++
			report(bad)
			bad = nil
			return nil
		}
		sum.duplicates += a.article.Duplicates
		if !claims.Analysed(a.article.Language) {
			sum.foreign++
		}
		return w.add(ctx, &a.article, a.quotes, now)
	}
	for n := 1; sc.Scan(); n++ {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			if cur == nil {
				sum.failed++
				report(fmt.Errorf("%s:%d: not a line of ingest -dry-run -json: %v", in.name, n, err))
			} else if bad == nil {
				bad = fmt.Errorf("%s:%d: not a line of ingest -dry-run -json: %v", in.name, n, err)
			}
			continue
		}
		if l.Type == "article" {
			if err := finish(); err != nil {
				return err
			}
			a, err := l.toArticle()
			if err != nil {
				bad = fmt.Errorf("%s:%d: %v", in.name, n, err)
			}
			cur = &article{article: a}
			continue
		}
		if cur == nil || l.File != cur.article.Source {
			sum.failed++
			report(fmt.Errorf("%s:%d: a claim of %q before its article's line", in.name, n, l.File))
			continue
		}
		q, err := l.toQuote(&cur.article)
		if err != nil && bad == nil {
			bad = fmt.Errorf("%s:%d: %v", in.name, n, err)
		}
		cur.quotes = append(cur.quotes, q)
	}
	if err := sc.Err(); err != nil && bad == nil && cur != nil {
		bad = fmt.Errorf("%s: %v", in.name, err)
	}
	return finish()
}

func (l *line) toArticle() (claims.Article, error) {
	a := claims.Article{Source: l.File, URL: l.URL, Title: l.Title, TitleOffset: l.TitleOffset, Offset: l.Offset,
		Publisher: l.Publisher, Language: l.Language, Authors: l.Authors, Body: l.Body, TitleFromText: l.TitleFromText,
		Duplicates: l.Duplicates, Whole: l.Whole}
	if l.Published != "" {
		t, err := time.Parse(time.RFC3339, l.Published)
		if err != nil {
			return a, fmt.Errorf("published %q: not an RFC 3339 time", l.Published)
		}
		a.Published = t
	}
	if a.Source == "" {
		return a, fmt.Errorf("an article with no file")
	}
	if a.URL != "" && !claims.WebAddress(a.URL) {
		return a, fmt.Errorf("url %q is no http(s) address", a.URL)
	}
	return a, nil
}

// toQuote turns a claim line back into the quote extraction found, its
// offsets into the file made offsets into the body (or the title) again.
func (l *line) toQuote(a *claims.Article) (claims.Quote, error) {
	base, text := a.Offset, a.Body
	if l.Headline {
		base, text = max(a.TitleOffset, 0), a.Title
	}
	span := func(s, e int) (claims.Span, error) {
		sp := claims.Span{Start: s - base, End: e - base}
		if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
			return sp, fmt.Errorf("offsets %d-%d lie outside the article", s, e)
		}
		return sp, nil
	}
	q := claims.Quote{Text: l.Text, Kind: claims.Kind(l.Kind), Act: claims.Act(l.Act), Prediction: l.Prediction,
		Confidence: l.Confidence, Cue: l.Cue, Headline: l.Headline, Inside: l.Inside,
		Speaker: claims.Mention{Name: l.Name, Text: l.Mention, Role: l.Role, Kind: claims.SpeakerKind(l.SpeakerKind), Aliases: l.Aliases}}
	if l.Paragraph == nil || q.Text == "" {
		return q, fmt.Errorf("a claim with no paragraph or text")
	}
	var err error
	if q.Span, err = span(l.Start, l.End); err != nil {
		return q, err
	}
	if q.Paragraph, err = span(l.Paragraph[0], l.Paragraph[1]); err != nil {
		return q, err
	}
	for _, p := range l.Parts {
		sp, err := span(p[0], p[1])
		if err != nil {
			return q, err
		}
		q.Parts = append(q.Parts, sp)
	}
	if l.SpeakerStart != nil && l.SpeakerEnd != nil {
		if q.Speaker.Span, err = span(*l.SpeakerStart, *l.SpeakerEnd); err != nil {
			return q, err
		}
	}
	if l.CueStart != nil && l.CueEnd != nil {
		if q.CueSpan, err = span(*l.CueStart, *l.CueEnd); err != nil {
			return q, err
		}
	}
	return q, nil
}
