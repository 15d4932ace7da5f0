package extract

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds extraction arbitrary text: it must never panic, and
// every claim's spans must lie inside the text and hold the claim's words.
// The seeds run with every go test; `go test -fuzz FuzzExtract` explores.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "\"", "''", "'", "\u2018", "\"a,\" he said", "According to ,", "According to X", ", said", "said",
		"X said, \"", "\"A\" - B said.", "PENCE:", "PENCE: \"", "a, he said, b.", "The post x appeared first on y",
		"He said that \"\" and ''", "\u201cA\u201d \u2018b\u2019 c, said Sen. D, R-Ky., Tuesday.",
		"Intro.\n\nSAM LEE: I think a.\n\nMARC ROE: I b.\n\nSAM LEE: She said c.", "\"My hope,\" he said, \"is that a.\"", "A man said b. She, who c, said d.", "A b, Trump told",
	} {
		f.Add("", s)
	}
	if b, err := os.ReadFile("../../../testdata/trump-putin-call.txt"); err == nil {
		f.Add("Title", string(b))
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		if !utf8.ValidString(title) || !utf8.ValidString(body) {
			return // readers only pass valid UTF-8
		}
		for _, q := range ExtractArticle(title, body) {
			text := body
			if q.Headline {
				text = strings.Map(func(r rune) rune {
					if r == '\n' || r == '\r' {
						return ' '
					}
					return r
				}, title)
			}
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End {
				t.Fatalf("claim %q: span %v outside the text (%d bytes)", q.Text, q.Span, len(text))
			}
			if len(q.Parts) == 0 && text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("claim %q: span %v holds %q", q.Text, q.Span, text[q.Span.Start:q.Span.End])
			}
		}
	})
}
