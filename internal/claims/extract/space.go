package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The space between a name's words, as pages leave it: no-break spaces,
// two spaces, soft hyphens and line ends.

// oneSpace is s with one plain space between its words: a name written
// with a no-break space ("Donald\u00a0Trump") or two spaces is named as
// a reader and the store know it.
func oneSpace(s string) string {
	if spacedOnce(s) {
		return s // most names: one look at each byte
	}
	s = strings.Map(func(r rune) rune { // "Doug \u00adAndres": a soft hyphen the page left
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// spacedOnce reports s with one plain space between its words and no
// character that takes no room: oneSpace's answer is s itself.
func spacedOnce(s string) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		case b < utf8.RuneSelf:
			if b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f' {
				return false
			}
		default:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) || invisible(r) {
				return false
			}
		}
	}
	return true
}

// invisible reports a character that takes no room on the page: a soft
// hyphen, a zero-width space, a byte-order mark.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\ufeff'
}

// lineBreak reports the space between two words of a line's end, or of
// two spaces or more where one was lost, but for the two some type after
// a period ("Sen.  Bernie Sanders"); a name's words have one between.
func lineBreak(gap string, period bool) bool {
	n := 0
	for _, r := range gap {
		if !invisible(r) {
			n++
		}
	}
	return strings.ContainsAny(gap, "\n\r") || !period && n > 1
}
