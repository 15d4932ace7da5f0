package site

import (
	"sort"
	"time"

	"claimtrack/internal/claims"
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

// history is the claim's timeline: first report, later coverage and its
// statuses with their evidence, by date.
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
