package site

import (
	"claimtrack/internal/config"
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
	"sync"
)

// The backgrounds a badge stands on in the stylesheet's light and dark
// schemes: the page and the grey of quoted context, whichever is closer to
// the badge's text.
var (
	lightBackgrounds = []string{"#fdfdfc", "#f3f3f0"}
	darkBackgrounds  = []string{"#141417", "#1e1e23"}
)

// minContrast is WCAG's least contrast for normal text (AA).
const minContrast = 4.5

// badgeStyle sets a badge's colours from the scale's: the colour itself,
// darkened when it is too light to read on the light page, and a variant
// for dark mode, lightened until it reads on the dark page. The scale's
// colours come from site.toml, checked as #rgb or #rrggbb, never from an
// article. A scale has a handful of colours and a site thousands of
// badges, so each colour's style is worked out once.
func badgeStyle(color string) template.CSS {
	if css, ok := badgeStyles.Load(color); ok {
		return css.(template.CSS)
	}
	css := computeBadgeStyle(color)
	badgeStyles.Store(color, css)
	return css
}

var badgeStyles sync.Map // colour → template.CSS

func computeBadgeStyle(color string) template.CSS {
	rgb, ok := parseHex(color)
	if !ok {
		return ""
	}
	light := readable(rgb, lightBackgrounds, [3]float64{0, 0, 0})
	dark := readable(rgb, darkBackgrounds, [3]float64{255, 255, 255})
	return template.CSS(fmt.Sprintf("--badge: %s; --badge-dark: %s", hexColor(light), hexColor(dark)))
}

// readable mixes c toward target (black or white) in small steps until it
// has minContrast against every background.
func readable(c [3]float64, backgrounds []string, target [3]float64) [3]float64 {
	for t := 0.0; t <= 1; t += 0.02 {
		m := mix(c, target, t)
		for i := range m {
			m[i] = math.Round(m[i]) // as it will be written
		}
		ok := true
		for _, b := range backgrounds {
			bg, _ := parseHex(b)
			if contrast(m, bg) < minContrast {
				ok = false
				break
			}
		}
		if ok {
			return m
		}
	}
	return target
}

func mix(a, b [3]float64, t float64) [3]float64 {
	var m [3]float64
	for i := range m {
		m[i] = a[i] + (b[i]-a[i])*t
	}
	return m
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is a colour's relative luminance (WCAG 2).
func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		s := v / 255
		if s <= 0.03928 {
			l[i] = s / 12.92
		} else {
			l[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

func parseHex(s string) ([3]float64, bool) {
	if len(s) == 4 && s[0] == '#' {
		s = "#" + string([]byte{s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	if len(s) != 7 || s[0] != '#' {
		return [3]float64{}, false
	}
	var c [3]float64
	for i := range c {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return [3]float64{}, false
		}
		c[i] = float64(v)
	}
	return c, true
}

func hexColor(c [3]float64) string {
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round(c[0])), int(math.Round(c[1])), int(math.Round(c[2])))
}

// meter draws a published rating as a row of bars, one for each step of
// the scale from worst to best, filled up to the rating: a picture beside
// the badge, which says the rating in words (so the picture is hidden
// from screen readers). A status with no published rating has none.
func meter(r config.Rating) template.HTML {
	steps := r.BestRating - r.WorstRating + 1
	if r.RatingValue == 0 || steps < 2 || steps > 10 {
		return ""
	}
	filled := r.RatingValue - r.WorstRating + 1
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="meter" style="%s" width="%d" height="14" viewBox="0 0 %d 14" aria-hidden="true" focusable="false">`,
		badgeStyle(r.Color), steps*14, steps*14)
	for i := 0; i < steps; i++ {
		fill := "none"
		if i < filled {
			fill = "currentColor"
		}
		fmt.Fprintf(&b, `<rect x="%d" y="1" width="11" height="12" rx="2" fill="%s" stroke="currentColor"/>`, i*14+1, fill)
	}
	b.WriteString("</svg>")
	return template.HTML(b.String()) // numbers and a colour checked as #rgb: nothing from an article
}
