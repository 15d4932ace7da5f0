package site

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuoted(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Russia and Ukraine will immediately start negotiations.", "Russia and Ukraine will immediately start negotiations."},
		{"“We are coming for you,“super predators.””", "We are coming for you,‘super predators.’"},
		{"They call them \"super predators\" now", "They call them ‘super predators’ now"},
		{"''We will win,'' he said", "We will win,’ he said"},
		{"\"Bills will fall,\"", "Bills will fall"},
		{"It went “very well” indeed", "It went ‘very well’ indeed"},
	} {
		if got := quoted(tt.in); got != tt.want {
			t.Errorf("quoted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentenceAround(t *testing.T) {
	for _, tt := range []struct{ before, after, wantBefore, wantAfter string }{
		{"The vote was close. Trump described the call as having gone ", " and left. Putin said nothing.",
			"Trump described the call as having gone ", " and left."},
		{"Sen. John Smith said ", " on Monday, Mr. Jones added. More later.", "Sen. John Smith said ", " on Monday, Mr. Jones added."},
		{"", "", "", ""},
		{"He said the U.S. economy ", " in 2025. \"We will see,\" she said.", "He said the U.S. economy ", " in 2025."},
		{"“It is over.” Then he said ", ".", "Then he said ", "."},
	} {
		b, a := sentenceAround(tt.before, tt.after)
		if b != tt.wantBefore || a != tt.wantAfter {
			t.Errorf("sentenceAround(%q, %q) = %q, %q; want %q, %q", tt.before, tt.after, b, a, tt.wantBefore, tt.wantAfter)
		}
	}
}

func TestWithoutControls(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain café text\n\ttab", "plain café text\n\ttab"},
		{"mojibake \u0083 here", "mojibake \uFFFD here"},
		{"bell \a and del \x7f", "bell \uFFFD and del \uFFFD"},
		{"Â« quotes Â»", "Â« quotes Â»"}, // C2 bytes that start ordinary characters stay
	} {
		if got := string(withoutControls([]byte(tt.in))); got != tt.want {
			t.Errorf("withoutControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContextBounded(t *testing.T) {
	long := strings.Repeat("word é ", 500)
	if got := lastWords(long, 100); len(got) > 100+len("…") || !strings.HasPrefix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("lastWords: %q", got)
	}
	if got := firstWords(long, 100); len(got) > 100+len("…") || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("firstWords: %q", got)
	}
	if got := firstWords("short", 100); got != "short" {
		t.Errorf("a short text is cut: %q", got)
	}
}
