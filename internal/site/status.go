package site

import (
	"sort"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// setStatus works out the claim's current status: its verdict's newest
// entry, overdue when that is pending (or in progress) past the due date,
// or else unrated, or pending for a prediction.
func (c *claimView) setStatus(cfg *config.Config, now time.Time) {
	c.Status = c.Claim.Status()
	if e := c.Verdict.Current(); e != nil {
		c.Status = e.Status
	}
	if c.Overdue(now) {
		c.Status = "overdue"
	}
	c.Rating, _ = cfg.Rating(c.Status)
}

// Overdue reports a prediction still pending, or in progress, after its
// verdict file's due date.
func (c *claimView) Overdue(now time.Time) bool {
	if c.Verdict == nil || c.Verdict.Due.IsZero() || !c.Verdict.Due.Before(now) {
		return false
	}
	s := c.Claim.Status()
	if e := c.Verdict.Current(); e != nil {
		s = e.Status
	}
	return s == claims.Pending || s == "in-progress"
}

// history is the claim's timeline: first report, later coverage, its
// statuses with their evidence and the moves of its verdict file, by date.
func (c *claimView) history(cfg *config.Config) []event {
	var h []event
	if f := c.First(); f != nil {
		h = append(h, event{Date: c.FirstSeen, Kind: "reported", Article: f.Article})
	}
	for _, cv := range c.Coverage {
		h = append(h, event{Date: articleDate(cv.Article), Kind: "coverage", Article: cv.Article, Sentence: cv.Sentence})
	}
	if c.Verdict != nil {
		for _, e := range c.Verdict.Entries {
			r, _ := cfg.Rating(e.Status)
			h = append(h, event{Date: e.Date, Kind: "status", Status: r, By: e.By, Note: e.Note, Evidence: e.Evidence})
		}
		for _, m := range c.Verdict.Moved {
			h = append(h, event{Date: m.Date, Kind: "moved", Note: m.From})
		}
	}
	sort.SliceStable(h, func(i, j int) bool { return h[i].Date.Before(h[j].Date) })
	return h
}

// InQueue reports a claim an editor should look at: later coverage newer
// than its newest status, or overdue.
func (c *claimView) InQueue() bool {
	if c.Status == "overdue" {
		return true
	}
	if len(c.Coverage) == 0 {
		return false
	}
	latest := articleDate(c.Coverage[len(c.Coverage)-1].Article)
	e := c.Verdict.Current()
	return e == nil || latest.After(e.Date)
}

// Ruling is the claim's newest status from its verdict file, or nil.
func (c *claimView) Ruling() *verdict.Entry { return c.Verdict.Current() }

// QueueReason says why a claim is in the review queue: overdue since its
// due date, or later coverage newer than its last status (or none yet).
func (c *claimView) QueueReason() string {
	if c.Status == "overdue" {
		return "Overdue since " + c.Verdict.Due.Format("2 January 2006") + ": the due date passed with no verdict."
	}
	if len(c.Coverage) == 0 {
		return ""
	}
	latest := articleDate(c.Coverage[len(c.Coverage)-1].Article).Format("2 January 2006")
	if e := c.Verdict.Current(); e != nil {
		return "New coverage on " + latest + ", after its last status on " + e.Date.Format("2 January 2006") + "."
	}
	return "Later coverage on " + latest + ", and no status yet."
}

// nestedClaims finds the claims the site shows that lie, in every article
// that reports them, within a longer shown claim of the same speaker: the
// words "very well" inside 'described the call as having gone "very
// well"'. Extraction marks most such quotes; this catches the rest, so
// that a card never repeats part of the card beside it.
func nestedClaims(d *store.Data, minConfidence float64) map[string]bool {
	type at struct {
		id      string
		span    claims.Span
		speaker int64
		title   bool
	}
	byArticle := map[int64][]at{}
	for i := range d.Claims {
		c := &d.Claims[i]
		if !c.Shown(minConfidence) {
			continue
		}
		for _, p := range c.Appearances {
			byArticle[p.ArticleID] = append(byArticle[p.ArticleID], at{c.ID, p.Span, c.SpeakerID, p.InTitle})
		}
	}
	within := func(b at, all []at) bool {
		for _, a := range all {
			if a.id != b.id && a.speaker == b.speaker && a.title == b.title && a.span.Start <= b.span.Start &&
				b.span.End <= a.span.End && a.span.End-a.span.Start > b.span.End-b.span.Start {
				return true
			}
		}
		return false
	}
	nested := map[string]bool{}
	for i := range d.Claims {
		c := &d.Claims[i]
		if !c.Shown(minConfidence) || len(c.Appearances) == 0 {
			continue
		}
		all := true
		for _, p := range c.Appearances {
			all = all && within(at{c.ID, p.Span, c.SpeakerID, p.InTitle}, byArticle[p.ArticleID])
		}
		nested[c.ID] = all
	}
	return nested
}
