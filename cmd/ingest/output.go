package main

import (
	"fmt"
	"io"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/store"
)

// summary counts what a run did.
type summary struct {
	read, new, unchanged, failed     int
	replaced                         int // stored before in another version, which this one replaced
	older                            int // older than the version stored, and not stored
	claimsNew, claimsSeen, speakersN int
	duplicates                       int // feed items dropped for a newer item with their link
	foreign                          int // articles read but not analysed: not in English

	// Where the time went: reading and extracting, summed over the
	// workers; storing, on the single writer; the whole run.
	extracting, storing, all time.Duration
	workers                  int
}

func (s *summary) add(a store.Added) {
	if a.Older {
		s.older++
		return
	}
	if a.Unchanged {
		s.unchanged++
		return
	}
	if a.Replaced {
		s.replaced++
	} else {
		s.new++
	}
	s.claimsNew += a.ClaimsNew
	s.claimsSeen += a.ClaimsSeen
	s.speakersN += a.SpeakersNew
}

func (s *summary) print(w io.Writer, dryRun bool) {
	var notes string
	if s.foreign > 0 {
		notes += fmt.Sprintf("; %d not in English, stored without analysis", s.foreign)
	}
	if s.older > 0 {
		notes += fmt.Sprintf("; %d older than the version stored, not stored", s.older)
	}
	if s.duplicates > 0 {
		items := "feed items"
		if s.duplicates == 1 {
			items = "feed item"
		}
		notes += fmt.Sprintf("; %d %s dropped for a newer item with the same link", s.duplicates, items)
	}
	defer s.printTime(w)
	if dryRun {
		fmt.Fprintf(w, "articles: %d read, %d failed%s; claims: %d found (dry run: nothing stored)\n",
			s.read, s.failed, notes, s.claimsNew)
		return
	}
	replaced := ""
	if s.replaced > 0 {
		replaced = fmt.Sprintf(", %d replaced (an updated version)", s.replaced)
	}
	fmt.Fprintf(w, "articles: %d read, %d new%s, %d unchanged, %d failed%s\n", s.read, s.new, replaced, s.unchanged, s.failed, notes)
	fmt.Fprintf(w, "claims: %d new, %d seen again; speakers: %d new\n", s.claimsNew, s.claimsSeen, s.speakersN)
}

// printTime says where the run's time went.
func (s *summary) printTime(w io.Writer) {
	if s.all == 0 {
		return
	}
	line := "time: " + s.all.Round(time.Millisecond).String() + " in all"
	if s.extracting > 0 {
		line += fmt.Sprintf("; reading and extracting %s (on %d workers)", s.extracting.Round(time.Millisecond), s.workers)
	}
	if s.storing > 0 {
		line += fmt.Sprintf("; storing %s", s.storing.Round(time.Millisecond))
	}
	fmt.Fprintln(w, line)
}

// printClaims prints an article's claims, one a line: as text, or as
// JSON (claimJSON); shown is whether the site lists a claim by default
// (claims.Shown with site.toml's min_confidence). It writes them through
// buf, which it returns for the next article's use.
func printClaims(w io.Writer, buf []byte, a claims.Article, qs []claims.Quote, asJSON bool, minConfidence float64) ([]byte, error) {
	buf = buf[:0]
	if asJSON {
		buf = articleJSON(buf, a)
	}
	for _, q := range qs {
		if asJSON {
			buf = claimJSON(buf, a, q, minConfidence)
			continue
		}
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
		buf = fmt.Appendf(buf, "%s:%d\t%s\t%s\t%s\n", a.Source, where, who, q.Kind, q.Text)
	}
	_, err := w.Write(buf)
	return buf, err
}
