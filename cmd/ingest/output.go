package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/store"
)

// summary counts what a run did.
type summary struct {
	read, new, unchanged, failed     int
	claimsNew, claimsSeen, speakersN int
}

func (s *summary) add(a store.Added) {
	if a.Unchanged {
		s.unchanged++
		return
	}
	s.new++
	s.claimsNew += a.ClaimsNew
	s.claimsSeen += a.ClaimsSeen
	s.speakersN += a.SpeakersNew
}

func (s *summary) print(w io.Writer, dryRun bool) {
	if dryRun {
		fmt.Fprintf(w, "articles: %d read, %d failed; claims: %d found (dry run: nothing stored)\n",
			s.read, s.failed, s.claimsNew)
		return
	}
	fmt.Fprintf(w, "articles: %d read, %d new, %d unchanged, %d failed\n", s.read, s.new, s.unchanged, s.failed)
	fmt.Fprintf(w, "claims: %d new, %d seen again; speakers: %d new\n", s.claimsNew, s.claimsSeen, s.speakersN)
}

// jsonClaim is one claim as -dry-run -json prints it; offsets are bytes into
// the input file, as ../shared/eval/README.md describes.
type jsonClaim struct {
	File         string      `json:"file"`
	ID           string      `json:"id"`
	Start        int         `json:"start"`
	End          int         `json:"end"`
	Parts        [][2]int    `json:"parts,omitempty"`
	Text         string      `json:"text"`
	Kind         claims.Kind `json:"kind"`
	Act          claims.Act  `json:"act"`
	Prediction   bool        `json:"prediction"`
	Confidence   float64     `json:"confidence"`
	Speaker      *string     `json:"speaker"`
	Role         string      `json:"role,omitempty"`
	SpeakerStart *int        `json:"speaker_start"`
	SpeakerEnd   *int        `json:"speaker_end"`
	Headline     bool        `json:"headline,omitempty"`
	Cue          string      `json:"cue"`
	CueStart     *int        `json:"cue_start,omitempty"`
	CueEnd       *int        `json:"cue_end,omitempty"`
	Shown        bool        `json:"shown"`
}

// printClaims prints an article's claims, one a line; shown is whether
// the site lists a claim by default (claims.Shown with site.toml's
// min_confidence).
func printClaims(w io.Writer, a claims.Article, qs []claims.Quote, asJSON bool, minConfidence float64) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		if !asJSON {
			who := q.Speaker.Name
			if who == "" {
				who = "(unattributed)"
				if q.Speaker.Text != "" {
					who = q.Speaker.Text
				}
			}
			where := a.Offset + q.Span.Start
			if q.Headline {
				where = max(a.TitleOffset, 0) + q.Span.Start
			}
			if _, err := fmt.Fprintf(w, "%s:%d\t%s\t%s\t%s\n", a.Source, where, who, q.Kind, q.Text); err != nil {
				return err
			}
			continue
		}
		// Offsets are into the file: the body's from where it starts, a
		// headline's from where the title does (into the title itself when
		// it came from front matter).
		base := a.Offset
		if q.Headline {
			base = max(a.TitleOffset, 0)
		}
		j := jsonClaim{File: a.Source, ID: claims.ClaimID(q.Text, q.Speaker.Name), Start: base + q.Span.Start,
			End: base + q.Span.End, Text: q.Text, Kind: q.Kind, Act: q.Act, Prediction: q.Prediction, Confidence: q.Confidence,
			Role: q.Speaker.Role, Headline: q.Headline, Cue: q.Cue, Shown: claims.Shown(q.Act, q.Confidence, minConfidence, q.Inside)}
		for _, p := range q.Parts {
			j.Parts = append(j.Parts, [2]int{base + p.Start, base + p.End})
		}
		if name := q.Speaker.Name; name != "" {
			j.Speaker = &name
		} else if q.Speaker.Text != "" {
			j.Speaker = &q.Speaker.Text
		}
		if q.Speaker.Span.End > 0 {
			s, e := base+q.Speaker.Span.Start, base+q.Speaker.Span.End
			j.SpeakerStart, j.SpeakerEnd = &s, &e
		}
		if q.CueSpan.End > 0 {
			s, e := base+q.CueSpan.Start, base+q.CueSpan.End
			j.CueStart, j.CueEnd = &s, &e
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}

// progress draws a one-line progress bar on a terminal. A nil progress
// draws nothing, so callers need not check.
type progress struct {
	w     io.Writer
	total int
	n     int
	start time.Time
	drawn time.Time
}

func (p *progress) step() {
	if p == nil {
		return
	}
	p.n++
	if time.Since(p.drawn) < 100*time.Millisecond && p.n < p.total {
		return
	}
	p.drawn = time.Now()
	const width = 30
	filled := width * p.n / p.total
	rate := float64(p.n) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d articles, %.0f/s ", strings.Repeat("#", filled),
		strings.Repeat(".", width-filled), p.n, p.total, rate)
}

// clear wipes the bar so that an error line prints cleanly.
func (p *progress) clear() {
	if p != nil {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) done() {
	if p != nil {
		p.clear()
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
