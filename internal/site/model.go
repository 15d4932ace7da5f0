package site

import (
	"fmt"
	"sort"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/profile"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// claimView is a claim with what its pages show resolved.
type claimView struct {
	*claims.Claim
	Speaker     *speakerView     // nil when nobody could be named
	Corrected   bool             // the editors gave it its speaker (a verdict file's speaker)
	Role        string           // the speaker's role in the first report
	Status      string           // the current status's key: a verdict's, overdue, or the starting one
	Rating      config.Rating    // the current status's: its label and colour
	Verdict     *verdict.Verdict // nil when no editor has written one
	Appearances []appearanceView
	Coverage    []coverageView // later articles that bear on the claim, oldest first
	Card        string         // its share card's path from the root, when it has a ruling
	// The rating scale, for History; every page sums it as page.Site.
	cfg *config.Config `fingerprint:"-"`
}

// History is the claim's timeline: first report, coverage and statuses, by
// date. It is made when a page asks for it, not kept: at 100,000 claims
// the timelines held a quarter of a build's memory.
func (c *claimView) History() []event { return c.history(c.cfg) }

// coverageView is a later article linked to a claim, with the sentence
// that bears on it.
type coverageView struct {
	Article  *claims.Article
	Score    float64
	Sentence string
}

// event is one dated line of a claim's timeline.
type event struct {
	Date     time.Time
	Kind     string // "reported", "coverage", "status" or "moved"
	Article  *claims.Article
	Sentence string
	Status   config.Rating
	By       string // the editor who ruled
	Note     string
	Evidence []verdict.Evidence
}

// First is the earliest report of the claim.
func (c *claimView) First() *appearanceView {
	if len(c.Appearances) == 0 {
		return nil
	}
	return &c.Appearances[0]
}

// appearanceView is one report of a claim with its paragraph split around
// the quote, so templates can mark the quote without building HTML.
type appearanceView struct {
	claims.Appearance
	Article              *claims.Article
	Before, Quote, After string
	// SentenceBefore and SentenceAfter cut Before and After to the
	// sentence the claim stands in: what a card shows around a claim in
	// the reporter's words.
	SentenceBefore, SentenceAfter string
}

type speakerView struct {
	*claims.Speaker
	Name    string           // the name to show: the editors' if they gave one
	Role    string           // the editors' role, or the latest one an article gave
	Profile *profile.Profile // the editors' speaker file, or nil
	// Only the speaker's own page and feed list the claims; the index
	// shows how many, which speakersData.Counts sums for it. So a new claim
	// does not touch the pages of the speaker's other claims.
	Claims []*claimView `fingerprint:"root"`
}

type articleView struct {
	*claims.Article
	Claims   []*claimView `fingerprint:"len"` // in order of position
	Unlisted []unlisted   `fingerprint:"len"` // what extraction found but the site does not list, in order of position
}

// unlisted is a passage of an article that extraction stored but the site
// does not list as a claim: a state of mind, words inside a longer claim,
// or a statement extraction is unsure of. The article's page shows them on
// request, with the reason.
type unlisted struct {
	Text    string
	Speaker *speakerView
	Why     string
	at      int
}

// model indexes the database's contents for rendering.
type model struct {
	claims    []*claimView
	speakers  []*speakerView
	articles  []*articleView
	counts    []statusCount
	redirects []redirect
	orphans   []*verdict.Verdict // verdict files whose claim is not in the database
}

// redirect is the page at an old speaker slug: where its speaker is now.
type redirect struct {
	Slug string
	To   *speakerView
}

type statusCount struct {
	config.Rating
	N int
}

// newModel indexes d for rendering, leaving out claims below minConfidence
// (and speakers and articles left with none are still listed).
func newModel(d *store.Data, cfg *config.Config, verdicts []*verdict.Verdict, profiles profile.Set, now time.Time) (*model, error) {
	m := &model{}
	arts := map[int64]*articleView{}
	for i := range d.Articles {
		a := &articleView{Article: &d.Articles[i]}
		arts[a.ID] = a
		m.articles = append(m.articles, a)
	}
	sps := map[int64]*speakerView{}
	for i := range d.Speakers {
		s := &speakerView{Speaker: &d.Speakers[i], Name: d.Speakers[i].Name}
		sps[s.ID] = s
		m.speakers = append(m.speakers, s)
	}
	bySlug, merged, err := applyProfiles(d, sps, profiles)
	if err != nil {
		return nil, err
	}
	byID := map[string]*verdict.Verdict{}
	for _, v := range verdicts {
		byID[v.ClaimID] = v
	}
	known := map[string]bool{}
	for i := range d.Claims {
		known[d.Claims[i].ID] = true
	}
	for _, v := range verdicts {
		if !known[v.ClaimID] {
			m.orphans = append(m.orphans, v) // an editor's work is never dropped: the review page lists it
		}
	}
	coverage := map[string][]store.Coverage{}
	for _, c := range d.Coverage {
		coverage[c.ClaimID] = append(coverage[c.ClaimID], c)
	}
	count := map[string]int{}
	nested := nestedClaims(d, cfg.MinConfidence)
	for i := range d.Claims {
		c := &claimView{Claim: &d.Claims[i], Speaker: sps[d.Claims[i].SpeakerID], Verdict: byID[d.Claims[i].ID]}
		if to := merged[d.Claims[i].SpeakerID]; to != nil {
			c.Speaker = to // a name the editors merged into another speaker
		}
		if v := c.Verdict; v != nil && v.Speaker != "" {
			if c.Speaker = bySlug[v.Speaker]; c.Speaker == nil {
				return nil, fmt.Errorf("%s: no speaker %q in the database: copy the slug from the speaker page's address", v.File, v.Speaker)
			}
			c.Corrected = true
		}
		if v := c.Verdict; v != nil && v.Hidden {
			for _, p := range c.Claim.Appearances {
				if a := arts[p.ArticleID]; a != nil {
					a.Unlisted = append(a.Unlisted, unlisted{Text: c.Text, Speaker: c.Speaker, Why: "hidden by the editors: " + v.Reason, at: p.Span.Start})
				}
			}
			continue
		}
		if len(c.Claim.Appearances) == 0 && c.Verdict == nil {
			continue // no article reports it any more, and its verdict has moved to the claim that took its place
		}
		if (!c.Claim.Shown(cfg.MinConfidence) || nested[c.ID]) && c.Verdict == nil { // a verdict shows a claim whatever extraction thought of it
			for _, p := range c.Claim.Appearances {
				if a := arts[p.ArticleID]; a != nil {
					a.Unlisted = append(a.Unlisted, unlisted{Text: c.Text, Speaker: c.Speaker, Why: whyUnlisted(c.Claim, cfg), at: p.Span.Start})
				}
			}
			continue
		}
		for _, p := range c.Claim.Appearances {
			a := arts[p.ArticleID]
			if a == nil {
				continue
			}
			v := appearanceView{Appearance: p, Article: a.Article}
			body := a.Body
			if p.InTitle {
				body = a.Title
			}
			if p.Paragraph.Start <= p.Span.Start && p.Span.End <= p.Paragraph.End && p.Paragraph.End <= len(body) {
				v.Before = body[p.Paragraph.Start:p.Span.Start]
				v.Quote = body[p.Span.Start:p.Span.End]
				v.After = body[p.Span.End:p.Paragraph.End]
				v.SentenceBefore, v.SentenceAfter = sentenceAround(v.Before, v.After)
				v.Before, v.After = lastWords(v.Before, contextBytes), firstWords(v.After, contextBytes)
				v.SentenceBefore, v.SentenceAfter = lastWords(v.SentenceBefore, contextBytes), firstWords(v.SentenceAfter, contextBytes)
			}
			c.Appearances = append(c.Appearances, v)
			a.Claims = append(a.Claims, c)
		}
		for _, cv := range coverage[c.ID] {
			if a := arts[cv.ArticleID]; a != nil {
				c.Coverage = append(c.Coverage, coverageView{a.Article, cv.Score, cv.Sentence})
			}
		}
		sort.SliceStable(c.Coverage, func(i, j int) bool {
			return articleDate(c.Coverage[i].Article).Before(articleDate(c.Coverage[j].Article))
		})
		c.setStatus(cfg, now)
		c.cfg = cfg
		count[c.Status]++
		if f := c.First(); f != nil {
			name := ""
			if c.Speaker != nil {
				name = c.Speaker.Name
			}
			c.Role = displayRole(f.Role, name)
		}
		if c.Speaker != nil {
			c.Speaker.Claims = append(c.Speaker.Claims, c)
			if c.Role != "" && c.Speaker.Role == "" {
				c.Speaker.Role = c.Role // claims come newest first
			}
		}
		m.claims = append(m.claims, c)
	}
	for _, a := range m.articles {
		sort.SliceStable(a.Claims, func(i, j int) bool {
			return a.Claims[i].spanIn(a.ID) < a.Claims[j].spanIn(a.ID)
		})
		sort.SliceStable(a.Unlisted, func(i, j int) bool { return a.Unlisted[i].at < a.Unlisted[j].at })
	}
	for _, r := range cfg.Ratings {
		m.counts = append(m.counts, statusCount{r, count[r.Key]})
	}
	var kept []*speakerView
	for _, s := range m.speakers {
		if to := merged[s.ID]; to != nil {
			m.redirects = append(m.redirects, redirect{s.Slug, to}) // its page sends readers on
			continue
		}
		kept = append(kept, s)
	}
	m.speakers = kept
	taken := map[string]bool{}
	for _, s := range m.speakers {
		taken[s.Slug] = true
	}
	for _, r := range d.Redirects {
		to := sps[r.SpeakerID]
		if t := merged[r.SpeakerID]; t != nil {
			to = t
		}
		if to != nil && !taken[r.Slug] {
			m.redirects = append(m.redirects, redirect{r.Slug, to})
		}
	}
	sort.SliceStable(m.redirects, func(i, j int) bool { return m.redirects[i].Slug < m.redirects[j].Slug })
	return m, nil
}

// applyProfiles puts the editors' speaker files to the speakers: the name
// and role to show, and the speakers stored under one of a file's aliases,
// which merge into the file's speaker (merged maps their IDs to it). It
// returns every speaker by slug, old slugs of redirects included.
func applyProfiles(d *store.Data, sps map[int64]*speakerView, profiles profile.Set) (bySlug map[string]*speakerView, merged map[int64]*speakerView, err error) {
	bySlug = map[string]*speakerView{}
	for _, s := range sps {
		bySlug[s.Slug] = s
	}
	for _, r := range d.Redirects {
		if s := sps[r.SpeakerID]; s != nil && bySlug[r.Slug] == nil {
			bySlug[r.Slug] = s
		}
	}
	merged = map[int64]*speakerView{}
	slugs := make([]string, 0, len(profiles))
	for slug := range profiles {
		slugs = append(slugs, slug)
	}
	sort.Strings(slugs)
	for _, slug := range slugs {
		p := profiles[slug]
		s := bySlug[slug]
		if s == nil {
			return nil, nil, fmt.Errorf("%s: no speaker %q in the database: name the file after a speaker page's address", p.File, slug)
		}
		s.Profile = p
		if p.Name != "" {
			s.Name = p.Name
		}
		if p.Role != "" {
			s.Role = p.Role
		}
		for _, a := range p.Aliases {
			key := claims.SpeakerKey(a)
			for _, o := range sps {
				if o != s && (claims.SpeakerKey(o.Speaker.Name) == key || o.Slug == claims.Slug(a)) {
					merged[o.ID] = s
				}
			}
		}
	}
	return bySlug, merged, nil
}

// whyUnlisted says why the site does not list a claim.
func whyUnlisted(c *claims.Claim, cfg *config.Config) string {
	switch {
	case c.Act == claims.Stance:
		return "a stance with no statement in it to check"
	case !c.Act.Checkable():
		return "a belief, wish, plan or perception: no one can check a state of mind"
	case c.Confidence < cfg.MinConfidence:
		return "extraction is unsure that this is someone's claim"
	}
	return "part of a longer claim of the article"
}

// articleDate is when an article appeared, or when it was read if unknown.
func articleDate(a *claims.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Ingested
}

// spanIn is where the claim first appears in the article, for ordering.
func (c *claimView) spanIn(article int64) int {
	for _, p := range c.Appearances {
		if p.ArticleID == article {
			return p.Span.Start
		}
	}
	return 0
}
