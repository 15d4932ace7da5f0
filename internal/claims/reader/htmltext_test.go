package reader

import "testing"

func TestNamesFurniture(t *testing.T) {
	for _, tt := range []struct {
		token string
		want  bool
	}{
		{"share-buttons", true}, {"ad-slot", true}, {"related_links", true}, {"sidebar", true}, {"ad", true},
		{"story-share-wrapper", true},
		{"has-big-ad", false}, {"ads-enabled", false}, {"enable-ad-placeholder", false},
		{"js-social-anchor-start", false}, {"gigya-share-btns-2_gig_containerparent", false},
		{"l-sidebar-fixed", false}, {"ad-portal", false}, {"page-ad-margins", false}, {"article-body", false},
		{"header", false}, // a part alone names no furniture
	} {
		if got := namesFurniture(tt.token); got != tt.want {
			t.Errorf("namesFurniture(%q) = %v, want %v", tt.token, got, tt.want)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"three plain words", 3}, {"  spaced\n\nout  ", 2}, {"", 0},
		{"北京市今天宣布", 4}, {"東京都は発表した", 4}, {"Tokyo 東京 said", 3},
	} {
		if got := countWords(tt.s); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
