package site

import (
	"strings"
	"testing"

	"claimtrack/internal/config"
)

// TestBadgeContrast checks every colour of the default scale, and a few
// that are too light or too dark, against both schemes' backgrounds.
func TestBadgeContrast(t *testing.T) {
	colors := []string{"#fff", "#000", "#ff0", "#777777"}
	for _, r := range config.DefaultRatings() {
		colors = append(colors, r.Color)
	}
	for _, c := range colors {
		style := string(badgeStyle(c))
		var light, dark string
		for _, decl := range strings.Split(style, "; ") {
			k, v, _ := strings.Cut(decl, ": ")
			switch k {
			case "--badge":
				light = v
			case "--badge-dark":
				dark = v
			}
		}
		for _, tt := range []struct {
			color string
			bgs   []string
		}{{light, lightBackgrounds}, {dark, darkBackgrounds}} {
			fg, ok := parseHex(tt.color)
			if !ok {
				t.Fatalf("%s: style %q", c, style)
			}
			for _, b := range tt.bgs {
				bg, _ := parseHex(b)
				if r := contrast(fg, bg); r < minContrast {
					t.Errorf("%s: %s on %s has contrast %.2f", c, tt.color, b, r)
				}
			}
		}
	}
	if got := badgeStyle("#1b6e2d"); !strings.HasPrefix(string(got), "--badge: #1b6e2d;") {
		t.Errorf("a colour that reads already is changed: %s", got)
	}
	if got := badgeStyle("red"); got != "" {
		t.Errorf("a colour that is not hex: %q", got)
	}
}
