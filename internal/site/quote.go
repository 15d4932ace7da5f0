package site

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoted prepares a direct quote to stand inside the typographic double
// quotation marks the templates write: its own enclosing marks go, so that
// none is doubled, and the marks within it become single ones ("very
// well" inside a quote reads ‘very well’), the doubled apostrophes of the
// New York Times archive (two apostrophes) among them.
func quoted(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "''", "\""))
	if r, n := utf8.DecodeRuneInString(s); isDoubleQuote(r) {
		s = s[n:]
	}
	if r, n := utf8.DecodeLastRuneInString(s); isDoubleQuote(r) && unbalanced(s) {
		s = s[:len(s)-n]
	}
	s = strings.TrimRight(s, ", ") // the comma before "he said" is the sentence's, not the quote's
	rs := []rune(s)
	for i, r := range rs {
		if !isDoubleQuote(r) {
			continue
		}
		prevWord := i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1]))
		nextWord := i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))
		if nextWord && !prevWord {
			rs[i] = '‘'
		} else {
			rs[i] = '’'
		}
	}
	return string(rs)
}

// unbalanced reports an odd number of double quotation marks: one of them
// closes a quotation opened outside the text.
func unbalanced(s string) bool {
	n := 0
	for _, r := range s {
		if isDoubleQuote(r) {
			n++
		}
	}
	return n%2 == 1
}

func isDoubleQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

// sentenceAround cuts the text before and after a claim in its paragraph
// to the sentence the claim stands in: from the end of the sentence
// before it to the end of its own.
func sentenceAround(before, after string) (string, string) {
	start := 0
	for i := len(before) - 1; i > 0; i-- {
		if sentenceEnds(before, i) {
			start = i + 1
			break
		}
	}
	end := len(after)
	for i := 0; i < len(after); i++ {
		if sentenceEnds(after, i) {
			end = i + 1
			for end < len(after) && strings.ContainsRune("\"”’'", rune(after[end])) {
				end++
			}
			break
		}
	}
	return strings.TrimLeft(before[start:], "\"”’' "), after[:end]
}

// sentenceEnds reports a full stop, question or exclamation mark at i
// that ends a sentence: followed by a space and a capital (or a quote
// mark and a capital), or by the end of the text.
func sentenceEnds(s string, i int) bool {
	if !strings.ContainsRune(".?!", rune(s[i])) {
		return false
	}
	rest := strings.TrimLeft(s[i+1:], "\"”’' ")
	if rest == "" {
		return i == len(strings.TrimRight(s, "\"”’' "))-1
	}
	if len(rest) == len(s[i+1:]) {
		return false // no space: "U.S." or "3.5"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !abbreviationAt(s, i)
}

// abbreviationAt reports a full stop that ends a title or an initial
// ("Mr.", "Sen.", "J.") rather than a sentence.
func abbreviationAt(s string, i int) bool {
	j := strings.LastIndexAny(s[:i], " (“\"") + 1
	w := s[j:i]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "prof", "lt", "col", "sgt", "capt", "jr", "sr", "no", "vs", "u.s", "u.k":
		return true
	}
	return false
}

// contextBytes bounds the text a page shows on either side of a claim: a
// paragraph can be a whole article (a transcript, a scraped page with no
// breaks), and a site whose every claim page carried it grew with the
// square of the article.
const contextBytes = 600

// lastWords is the end of s, at most n bytes, cut at a space and marked
// with an ellipsis when cut.
func lastWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	if i := strings.IndexByte(s[cut:], ' '); i >= 0 && i < n/2 {
		cut += i + 1
	}
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut++
	}
	return "…" + s[cut:]
}

// firstWords is the start of s, at most n bytes, cut at a space and marked
// with an ellipsis when cut.
func firstWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	if i := strings.LastIndexByte(s[:n], ' '); i > n/2 {
		cut = i
	}
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
