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
	f, err := os.Open(filepath.Join(out, "claims", d.Claims[0].ID, "card.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 630 {
		t.Fatalf("card: %v %v", err, img)
	}
	page, _ := os.ReadFile(filepath.Join(out, "claims", d.Claims[0].ID, "index.html"))
	if !strings.Contains(string(page), `<meta property="og:image" content="https://example.org/claims/`+d.Claims[0].ID+`/card.png">`) {
		t.Error("the rated claim's page does not name its card")
	}
	if _, err := os.Stat(filepath.Join(out, "claims", d.Claims[40].ID, "card.png")); err == nil {
		t.Error("an unrated claim has a card")
	}
}
