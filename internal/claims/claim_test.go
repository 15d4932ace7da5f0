package claims

import (
	"strings"
	"testing"
	"unicode"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Let the process begin,", "let the process begin"},
		{"  “We’ll   win.”  ", "we'll win"},
		{"An END to\u00a0the War.", "an end to the war"},
		{"Russia–Ukraine talks", "russia-ukraine talks"},
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClaimIDStable(t *testing.T) {
	a := ClaimID("Russia and Ukraine will immediately start negotiations.", "Donald Trump")
	tests := []struct {
		name, text, speaker string
		same                bool
	}{
		{"other speaker resolution", "Russia and Ukraine will immediately start negotiations.", "Trump", true},
		{"quote glyphs, case, spacing", "russia and Ukraine  will immediately start negotiations", "", true},
		{"other words", "Russia and Ukraine will start negotiations.", "Donald Trump", false},
	}
	for _, tt := range tests {
		if got := ClaimID(tt.text, tt.speaker) == a; got != tt.same {
			t.Errorf("%s: same ID = %v, want %v", tt.name, got, tt.same)
		}
	}
	if len(a) != 12 {
		t.Errorf("ID %q: want 12 hex digits", a)
	}
	// Short quotes are common words: the speaker tells them apart.
	if ClaimID("useful", "Vladimir Putin") == ClaimID("useful", "Donald Trump") {
		t.Error("one-word quotes of two speakers share an ID")
	}
}

// TestClaimIDGolden pins IDs already published: verdict files and claim
// pages are named after them, so no change to how they are computed may
// change one.
func TestClaimIDGolden(t *testing.T) {
	for _, c := range [][3]string{
		{"Russia and Ukraine will immediately start negotiations.", "Donald Trump", "3d4055586a1e"},
		{"useful", "Vladimir Putin", "facc251c04e6"},
		{" “We’ll   win.”  ", "Keir Starmer", "79a1b6bcda9c"},
		{"An END to\u00a0the War, it said .", "", "ba33195a7b11"},
		{"three words only", "Zelenskyy", "aef4f2326f28"},
		{"...", "Ann Lee", "89ced942d20a"},
		{"Don’t — ever — stop.", "Ana Ruiz", "d090a9d77f43"},
	} {
		if got := ClaimID(c[0], c[1]); got != c[2] {
			t.Errorf("ClaimID(%q, %q) = %s, want %s", c[0], c[1], got, c[2])
		}
	}
}

func TestSpeakerKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelensky"},
		{"Emmanuel Macron", "emmanuel  MACRON"},
		{"François Hollande", "Francois Hollande"},
		{"James O'Neill", "James O’Neill"},
	}
	for _, tt := range tests {
		if SpeakerKey(tt.a) != SpeakerKey(tt.b) {
			t.Errorf("SpeakerKey(%q) = %q but SpeakerKey(%q) = %q", tt.a, SpeakerKey(tt.a), tt.b, SpeakerKey(tt.b))
		}
	}
	if SpeakerKey("Donald Trump") == SpeakerKey("Melania Trump") {
		t.Error("two people of one surname share a key")
	}
	if got := Slug("Pope Leo XIV"); got != "pope-leo-xiv" {
		t.Errorf("Slug = %q", got)
	}
	if got := Slug("François Hollande"); got != "francois-hollande" {
		t.Errorf("Slug = %q", got)
	}
	if got := Surname("James O'Neill"); got != "oneill" {
		t.Errorf("Surname = %q", got)
	}
	if got := Surname("President Donald Trump"); got != "trump" {
		t.Errorf("Surname = %q", got)
	}
}

// TestASCIIKey checks that the one-pass key of an ASCII name is the key the
// general path makes.
func TestASCIIKey(t *testing.T) {
	for _, name := range []string{"Donald J. Trump", "Volodymyr Zelenskyy", "Zelenskiy", "O'Neill", "  Leo  XIV ",
		"Bill de Blasio", "Mr. Smith-Jones", "A", "", "...", "Dmitriy Peskov,", "K. Chandrashekar Rao", "G7 leaders"} {
		fast, ok := asciiKey(name)
		if !ok {
			t.Fatalf("asciiKey(%q) refused an ASCII name", name)
		}
		var words []string
		folded := strings.ToLower(strings.ReplaceAll(name, "'", ""))
		for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len(w) > 4 && (strings.HasSuffix(w, "iy") || strings.HasSuffix(w, "yy") || strings.HasSuffix(w, "yi")) {
				w = w[:len(w)-2] + "y"
			}
			words = append(words, w)
		}
		if slow := strings.Join(words, " "); fast != slow {
			t.Errorf("asciiKey(%q) = %q, want %q", name, fast, slow)
		}
	}
	if _, ok := asciiKey("Zelenskyy Володимир"); ok {
		t.Error("asciiKey took a name in Cyrillic")
	}
}
