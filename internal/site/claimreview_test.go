package site

import (
	"context"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// TestClaimReviewEscaped rates a claim whose words try to close the
// script: they stay inside the JSON-LD, which parses back to them, and a
// claim with a status that publishes no rating has no ClaimReview.
func TestClaimReviewEscaped(t *testing.T) {
	d := data(2)
	d.Claims[0].Text = `</script><script>alert("x")</script> & more`
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	vs := []*verdict.Verdict{
		{ClaimID: d.Claims[0].ID, Entries: []verdict.Entry{{Status: "false", Date: day, By: "Ana Editor"}}},
		{ClaimID: d.Claims[1].ID, Entries: []verdict.Entry{{Status: "unverifiable", Date: day}}},
	}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Verdicts: vs, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "claims", d.Claims[0].ID, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(page), `<script>alert`) {
		t.Fatal("the claim's words closed the script")
	}
	m := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD on the rated claim's page")
	}
	var review struct {
		Type          string `json:"@type"`
		ClaimReviewed string
		ReviewRating  struct{ RatingValue, BestRating, WorstRating int }
		Editor        struct{ Name string }
	}
	if err := json.Unmarshal(m[1], &review); err != nil {
		t.Fatalf("%v: %s", err, m[1])
	}
	if review.Type != "ClaimReview" || review.ClaimReviewed != d.Claims[0].Text || review.ReviewRating.RatingValue != 1 ||
		review.ReviewRating.BestRating != 5 || review.Editor.Name != "Ana Editor" {
		t.Errorf("ClaimReview %+v", review)
	}
	other, err := os.ReadFile(filepath.Join(out, "claims", d.Claims[1].ID, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(other), "ClaimReview") {
		t.Error("an unverifiable claim has a ClaimReview")
	}
}

// TestShareCard draws the cards of rated claims, many at once (as the
// build does, on every core): each a PNG of Open Graph's size, linked
// from its page as og:image when the site has an absolute address; an
// unrated claim has none.
func TestShareCard(t *testing.T) {
	d := data(41)
	cfg := config.Defaults()
	cfg.BaseURL = "https://example.org/"
	var vs []*verdict.Verdict
	for _, c := range d.Claims[:40] {
		vs = append(vs, &verdict.Verdict{ClaimID: c.ID, Entries: []verdict.Entry{{Status: "false", Date: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}}})
	}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: cfg, Data: d, Verdicts: vs, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	cards, _ := filepath.Glob(filepath.Join(out, "claims", d.Claims[0].ID, "card-*.png"))
	if len(cards) != 1 {
		t.Fatalf("cards of the first claim: %v", cards)
	}
	f, err := os.Open(cards[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 630 {
		t.Fatalf("card: %v %v", err, img)
	}
	page, _ := os.ReadFile(filepath.Join(out, "claims", d.Claims[0].ID, "index.html"))
	if !strings.Contains(string(page), `<meta property="og:image" content="https://example.org/claims/`+d.Claims[0].ID+`/`+filepath.Base(cards[0])+`">`) {
		t.Error("the rated claim's page does not name its card")
	}
	if more, _ := filepath.Glob(filepath.Join(out, "claims", d.Claims[40].ID, "card-*.png")); len(more) > 0 {
		t.Error("an unrated claim has a card")
	}
	// Built again, the cards are kept, not drawn again; a new ruling draws
	// a new card in place of the old.
	stats, err := Build(context.Background(), Options{Config: cfg, Data: d, Verdicts: vs, Templates: os.DirFS("../../templates"), Out: out})
	if err != nil || stats.Written != 0 {
		t.Fatalf("a second build wrote %d files (%v)", stats.Written, err)
	}
	vs[0].Entries = append(vs[0].Entries, verdict.Entry{Status: "true", Date: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)})
	if _, err := Build(context.Background(), Options{Config: cfg, Data: d, Verdicts: vs, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	if now, _ := filepath.Glob(filepath.Join(out, "claims", d.Claims[0].ID, "card-*.png")); len(now) != 1 || now[0] == cards[0] {
		t.Errorf("after a new ruling the cards are %v (were %v)", now, cards)
	}
}
