package site

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"

	"claimtrack/internal/claims"
	"claimtrack/internal/config"
)

// testCard is an opaque picture like a share card: flat colour, a band,
// and noise standing in for anti-aliased text.
func testCard() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, cardWidth, cardHeight))
	r := rand.New(rand.NewPCG(1, 2))
	for y := range cardHeight {
		for x := range cardWidth {
			c := color.RGBA{0xfd, 0xfd, 0xfc, 0xff}
			switch {
			case x < 24:
				c = color.RGBA{0xa3, 0x4a, 0x00, 0xff}
			case y > 200 && y < 500 && r.IntN(4) == 0:
				v := uint8(r.IntN(256))
				c = color.RGBA{v, v, uint8(r.IntN(256)), 0xff}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// TestEncodeCard reads the card's PNG back with image/png: the same
// pixels, every one.
func TestEncodeCard(t *testing.T) {
	img := testCard()
	b, err := encodeCard(img)
	if err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != img.Bounds() {
		t.Fatalf("bounds %v, want %v", got.Bounds(), img.Bounds())
	}
	for y := range cardHeight {
		for x := range cardWidth {
			r1, g1, b1, a1 := got.At(x, y).RGBA()
			r2, g2, b2, a2 := img.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				t.Fatalf("pixel %d,%d: %v, want %v", x, y, got.At(x, y), img.At(x, y))
			}
		}
	}
}

// BenchmarkCardPNG compares encodeCard with image/png at its fastest on
// a real card; the size metric shows what each costs in bytes.
func BenchmarkCardPNG(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, cardWidth, cardHeight))
	c := &claimView{Claim: &claims.Claim{Text: "Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.", Kind: "direct"},
		Rating: config.Rating{Label: "Not fulfilled", Color: "#b3261e"}}
	if err := drawCard(img, c, "claimtrack demo"); err != nil {
		b.Fatal(err)
	}
	b.Run("encodeCard", func(b *testing.B) {
		for b.Loop() {
			out, _ := encodeCard(img)
			b.ReportMetric(float64(len(out)), "bytes/card")
		}
	})
	b.Run("image-png", func(b *testing.B) {
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		for b.Loop() {
			var buf bytes.Buffer
			enc.Encode(&buf, img)
			b.ReportMetric(float64(buf.Len()), "bytes/card")
		}
	})
}
