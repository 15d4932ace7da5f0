package site

import (
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// The share card is the picture social sites show with a link to a rated
// claim: 1200 by 630 pixels (Open Graph's size), the quote, who said it,
// and the verdict in the scale's colour. It is drawn here with the Go
// fonts (BSD licence, embedded in the binary), so that building a site
// needs no browser and no font on the machine.
const (
	cardWidth, cardHeight = 1200, 630
	cardMargin            = 64
)

// cardFonts are the Go fonts, parsed once. A font.Face keeps buffers of
// its own and is not safe for concurrent use, so each card makes its
// faces from these (cards are drawn on every core).
var cardFonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	var fonts [2]*opentype.Font
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return fonts, err
		}
		fonts[i] = f
	}
	return fonts, nil
})

// cardFaces are one card's faces: the quote, the small print, the verdict.
func cardFaces() (quote, small, verdict font.Face, err error) {
	fonts, err := cardFonts()
	if err != nil {
		return nil, nil, nil, err
	}
	face := func(f *opentype.Font, size float64) font.Face {
		if err != nil {
			return nil
		}
		var fc font.Face
		fc, err = opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		return fc
	}
	regular, bold := fonts[0], fonts[1]
	quote, small, verdict = face(bold, 46), face(regular, 30), face(bold, 40)
	return quote, small, verdict, err
}

// shareCard draws a rated claim's card as a PNG.
func shareCard(c *claimView, site string) ([]byte, error) {
	img := cardImages.Get().(*image.RGBA)
	defer cardImages.Put(img)
	if err := drawCard(img, c, site); err != nil {
		return nil, err
	}
	return encodeCard(img)
}

// drawCard draws a rated claim's card on img.
func drawCard(img *image.RGBA, c *claimView, site string) error {
	quoteFace, smallFace, verdictFace, err := cardFaces()
	if err != nil {
		return err
	}
	draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{0xfd, 0xfd, 0xfc, 0xff}), image.Point{}, draw.Src)
	rgb, _ := parseHex(c.Rating.Color)
	accent := readable(rgb, lightBackgrounds, [3]float64{0, 0, 0})
	band := color.RGBA{uint8(accent[0]), uint8(accent[1]), uint8(accent[2]), 0xff}
	draw.Draw(img, image.Rect(0, 0, 24, cardHeight), image.NewUniform(band), image.Point{}, draw.Src)
	ink := image.NewUniform(color.RGBA{0x1b, 0x1b, 0x1f, 0xff})
	muted := image.NewUniform(color.RGBA{0x5a, 0x5a, 0x66, 0xff})
	write := func(face font.Face, src image.Image, x, y int, s string) {
		d := font.Drawer{Dst: img, Src: src, Face: face, Dot: fixed.P(x, y)}
		d.DrawString(s)
	}
	// The verdict, as a label in a box of its colour.
	label := strings.ToUpper(c.Rating.Label)
	w := font.MeasureString(verdictFace, label).Ceil()
	box := image.Rect(cardMargin, cardMargin, cardMargin+w+40, cardMargin+64)
	draw.Draw(img, box, image.NewUniform(band), image.Point{}, draw.Src)
	write(verdictFace, image.White, box.Min.X+20, box.Min.Y+47, label)
	// The quote, wrapped, and cut with an ellipsis when it is too long.
	text := c.Text
	if c.Kind == "direct" {
		text = "“" + quoted(c.Text) + "”"
	}
	lines := wrap(quoteFace, text, cardWidth-2*cardMargin, 6)
	for i, l := range lines {
		write(quoteFace, ink, cardMargin, 230+i*58, l)
	}
	who := "Unattributed"
	if c.Speaker != nil {
		who = "— " + c.Speaker.Name
	}
	write(smallFace, ink, cardMargin, cardHeight-cardMargin-40, who)
	write(smallFace, muted, cardMargin, cardHeight-cardMargin, site)
	return nil
}

// cardImages keep the canvases (three megabytes each) from one card to
// the next: a build of thousands of cards allocated gigabytes and peaked
// near a gigabyte of memory without.
var cardImages = sync.Pool{New: func() any { return image.NewRGBA(image.Rect(0, 0, cardWidth, cardHeight)) }}

// cardVersion changes whenever shareCard draws differently, so that cards
// drawn before are drawn again.
const cardVersion = "1"

// cardKey names what a claim's card shows: a short hash of everything
// drawn on it.
func cardKey(c *claimView, site string) string {
	speaker := ""
	if c.Speaker != nil {
		speaker = c.Speaker.Name
	}
	h := sha256.New()
	for _, s := range []string{cardVersion, c.Rating.Label, c.Rating.Color, string(c.Kind), c.Text, speaker, site} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// wrap breaks text into at most max lines no wider than width pixels,
// the last one ending in an ellipsis when words are left over.
func wrap(face font.Face, text string, width, max int) []string {
	var lines []string
	line := ""
	words := strings.Fields(text)
	for _, w := range words {
		try := strings.TrimSpace(line + " " + w)
		if font.MeasureString(face, try).Ceil() <= width || line == "" {
			line = try
			continue
		}
		lines = append(lines, line)
		line = w
		if len(lines) == max {
			last := lines[max-1]
			for font.MeasureString(face, last+" …").Ceil() > width && strings.Contains(last, " ") {
				last = last[:strings.LastIndexByte(last, ' ')]
			}
			lines[max-1] = last + " …"
			return lines
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
