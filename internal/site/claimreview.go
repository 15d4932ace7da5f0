package site

import (
	"time"
)

// claimReview is a claim page's ClaimReview (schema.org), the structured
// data search engines and fact-check aggregators read: what was claimed,
// by whom and where first, and the rating from the scale's numbers. Only a
// claim whose current status publishes a rating has one. The template
// writes it inside a JSON-LD script, where html/template encodes it as
// JSON and escapes it for the script element: the claim's words stay data.
func claimReview(p page) map[string]any {
	c, ok := p.Data.(*claimView)
	if !ok || c.Ruling() == nil || c.Rating.RatingValue == 0 {
		return nil
	}
	e := c.Ruling()
	org := map[string]any{"@type": "Organization", "name": p.Site.Title}
	if p.Canonical != "" {
		org["url"] = p.Site.BaseURL
	}
	claim := map[string]any{"@type": "Claim", "datePublished": c.FirstSeen.Format(time.DateOnly)}
	if c.Speaker != nil {
		kind := "Person"
		if c.Speaker.Kind == "organisation" || c.Speaker.Kind == "group" {
			kind = "Organization"
		}
		claim["author"] = map[string]any{"@type": kind, "name": c.Speaker.Name}
	}
	if f := c.First(); f != nil {
		work := map[string]any{"@type": "CreativeWork", "headline": f.Article.Title}
		if f.Article.URL != "" {
			work["url"] = f.Article.URL
		}
		if f.Article.Publisher != "" {
			work["publisher"] = map[string]any{"@type": "Organization", "name": f.Article.Publisher}
		}
		if !f.Article.Published.IsZero() {
			work["datePublished"] = f.Article.Published.Format(time.DateOnly)
		}
		claim["firstAppearance"] = work
		claim["appearance"] = work
	}
	review := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"claimReviewed": c.Text,
		"datePublished": e.Date.Format(time.DateOnly),
		"author":        org,
		"itemReviewed":  claim,
		"reviewRating": map[string]any{"@type": "Rating", "ratingValue": c.Rating.RatingValue,
			"bestRating": c.Rating.BestRating, "worstRating": c.Rating.WorstRating, "alternateName": c.Rating.Label},
	}
	if p.Canonical != "" {
		review["url"] = p.Canonical
	}
	if e.By != "" {
		review["editor"] = map[string]any{"@type": "Person", "name": e.By}
	}
	return review
}
