package site

import (
	"sort"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/store"
)

// statusLabels name the statuses a claim can have before verdicts exist.
var statusLabels = map[string]string{claims.Unrated: "Unrated", claims.Pending: "Pending"}

// claimView is a claim with what its pages show resolved.
type claimView struct {
	*claims.Claim
	Speaker     *speakerView // nil when nobody could be named
	Role        string       // the speaker's role in the first report
	Status      string
	StatusLabel string
	Appearances []appearanceView
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
}

type speakerView struct {
	*claims.Speaker
	Role   string // the latest role an article gave
	Claims []*claimView
}

type articleView struct {
	*claims.Article
	Claims []*claimView // in order of position
}

// model indexes the database's contents for rendering.
type model struct {
	claims   []*claimView
	speakers []*speakerView
	articles []*articleView
	counts   []statusCount
}

type statusCount struct {
	Key, Label string
	N          int
}

// newModel indexes d for rendering, leaving out claims below minConfidence
// (and speakers and articles left with none are still listed).
func newModel(d *store.Data, minConfidence float64) *model {
	m := &model{}
	arts := map[int64]*articleView{}
	for i := range d.Articles {
		a := &articleView{Article: &d.Articles[i]}
		arts[a.ID] = a
		m.articles = append(m.articles, a)
	}
	sps := map[int64]*speakerView{}
	for i := range d.Speakers {
		s := &speakerView{Speaker: &d.Speakers[i]}
		sps[s.ID] = s
		m.speakers = append(m.speakers, s)
	}
	count := map[string]int{}
	for i := range d.Claims {
		if d.Claims[i].Confidence < minConfidence {
			continue
		}
		c := &claimView{Claim: &d.Claims[i], Speaker: sps[d.Claims[i].SpeakerID]}
		c.Status = c.Claim.Status()
		c.StatusLabel = statusLabels[c.Status]
		count[c.Status]++
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
			}
			c.Appearances = append(c.Appearances, v)
			a.Claims = append(a.Claims, c)
		}
		if f := c.First(); f != nil {
			c.Role = f.Role
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
	}
	for _, k := range []string{claims.Unrated, claims.Pending} {
		m.counts = append(m.counts, statusCount{k, statusLabels[k], count[k]})
	}
	return m
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
