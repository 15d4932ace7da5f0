package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// token is a word, a punctuation mark, or a whole quote standing as one unit
// in the reporter's sentence around it.
type token struct {
	claims.Span
	text  string
	low   string // text in lower case, computed once
	q     *quote
	flags wordFlag // what the word lists say of it, looked up once
	given byte     // givenGender's answer with seenGiven set, once asked (given)
	shape byte     // word and capital: what its first letter is, read once
}

// A token's shape: a word (not a quote) that starts with a letter or a
// digit, and one that starts with a capital. The extractor asks both of
// every token many times over.
const (
	shapeWord byte = 1 << iota
	shapeCap
	shapeOpens // opens a sentence (splitSentences), asked of many tokens
)

// shapeOf is the shape of a token of text that is no quote.
func shapeOf(text string) byte {
	r, _ := utf8.DecodeRuneInString(text)
	var s byte
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		s |= shapeWord
	}
	if unicode.IsUpper(r) || (r == 'a' || r == 'e') && particleSurname(text) {
		s |= shapeCap
	}
	return s
}

// particleSurname reports an Arabic surname written with its article in lower
// case, "al-Sudani", "el-Sisi": a capitalised name as the surname alone.
func particleSurname(text string) bool {
	rest, ok := strings.CutPrefix(text, "al-")
	if !ok {
		rest, ok = strings.CutPrefix(text, "el-")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r)
}

// seenGiven marks a token's given field as looked up.
const seenGiven = 0x80

// given is the gender the word at toks[i] tells as a given name
// (givenGender), looked up once: names is asked of every capitalised
// word several times over.
func given(toks []token, i int) byte {
	t := &toks[i]
	if t.given == 0 {
		t.given = seenGiven
		capsRun := func(j int) bool {
			return j >= 0 && j < len(toks) && len(toks[j].text) > 1 && toks[j].isWord() && allCaps(toks[j].text)
		}
		if len(t.text) < 2 || !allCaps(t.text) || capsRun(i-1) || capsRun(i+1) {
			t.given |= givenGender(t.low) // not "an AI bubble": an acronym alone, though "Ai" is a given name; "JANE DOE" is a name
		}
	}
	return t.given &^ seenGiven
}

func (t token) is(f wordFlag) bool { return t.flags&f != 0 }

func (t token) isWord() bool { return t.shape&shapeWord != 0 }

func (t token) lower() string { return t.low }

// isCap reports a word that starts with a capital letter.
func (t token) isCap() bool { return t.shape&shapeCap != 0 }

// abbreviations end in a period that does not end a sentence.
var abbreviations = set("mr mrs ms dr sen rep gov gen lt col sgt capt adm prof st jr sr inc corp co ltd " +
	"jan feb mar apr jun jul aug sep sept oct nov dec no vs mt ft rev hon pres atty supt dept univ cos " +
	"est approx gov't maj cmdr det insp cpl pvt sec ave blvd rd const cst pte ste")

// tokenize splits a paragraph into tokens, each of its quotes one token.
// The tokens are appended to buf, which all paragraphs of an article share
// to spare allocations; the grown buffer is returned.
func tokenize(body, folded string, p *para, buf []token) []token {
	first := len(buf)
	defer func() { p.toks = buf[first:len(buf):len(buf)] }()
	qi := 0
	for i := p.Start; i < p.End; {
		if qi < len(p.quotes) && i >= p.quotes[qi].open {
			q := p.quotes[qi]
			text := body[q.outer.Start:q.outer.End]
			q.words = countWords(text)
			buf = append(buf, token{Span: q.outer, text: text, q: q})
			i, qi = q.outer.End, qi+1
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case isBlank(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(body, i, p.End)
			if qi < len(p.quotes) && j > p.quotes[qi].open {
				j = p.quotes[qi].open
			}
			low := folded[i:j]
			if body[i] >= utf8.RuneSelf {
				low = strings.ToLower(low) // "École", "Élections": folded lowers ASCII capitals alone
			}
			f := wordFlags[low]
			if f&fBritish != 0 {
				low = americanSpelling[low]
				f = wordFlags[low]
			}
			if f == 0 && len(low) > 4 {
				f = compoundTitle(low)
			} else if f&fOrg != 0 && acronymBodies[low] && !allCaps(body[i:j]) {
				f &^= fOrg // "Kim Jong Un", "Who": no UN or WHO but in capitals
			}
			buf = append(buf, token{Span: claims.Span{Start: i, End: j}, text: body[i:j], low: low, flags: f, shape: shapeOf(body[i:j])})
			i = j
		case r == '-' && negativeNumber(body, i, p.Start, p.End):
			// "fall to -15 C": a sign, which is no dash that ends a clause
			j := wordEnd(body, i+1, p.End)
			buf = append(buf, token{Span: claims.Span{Start: i, End: j}, text: body[i:j], low: folded[i:j], shape: shapeWord})
			i = j
		default:
			j := i + n
			for r == '.' && j < p.End && body[j] == '.' { // an ellipsis is one mark
				j++
			}
			buf = append(buf, token{Span: claims.Span{Start: i, End: j}, text: body[i:j], low: body[i:j], shape: shapeOf(body[i:j])})
			i = j
		}
	}
	return buf
}

// negativeNumber reports a hyphen at i, in a paragraph of body [start,
// end), that is a number's sign: a digit right after it, and a space or
// an opening bracket (or nothing) before it.
func negativeNumber(body string, i, start, end int) bool {
	return i+1 < end && isDigit(body[i+1]) && (i == start || body[i-1] == ' ' || body[i-1] == '(')
}

// wordEnd finds the end of the word starting at i: letters and digits, joined
// by inner apostrophes, hyphens and periods (don't, al-Assad, U.S, 3.5), and
// the period of an abbreviation or initial.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func wordEnd(body string, i, end int) int {
	j := i
	for j < end {
		if b := body[j]; b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
			j++ // most of news is ASCII: no decoding
			continue
		}
		r, n := utf8.DecodeRuneInString(body[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' {
			next, _ := utf8.DecodeRuneInString(body[j+n:])
			if j+n < end && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				j += n
				continue
			}
		}
		if r == '.' && j+2 < end && body[j+1] == '-' && body[j+2] >= 'a' && body[j+2] <= 'z' {
			j += 2 // "Ont.-based", "U.S.-backed": an abbreviation joined to a word, one word; not "A.F.L.-C.I.O."
			continue
		}
		if r == ',' && j > i && j+1 < end && isDigit(body[j-1]) && isDigit(body[j+1]) {
			j++ // "2,400": a number's thousands
			continue
		}
		break
	}
	if j < end && body[j] == '.' {
		w := body[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		if abbreviations[lowerASCII(w)] || strings.Contains(w, ".") && !number(w) && !webAddress(w) || // "U.S.", not "$27.16." nor "Rentals.ca."
			utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first) || abbreviationBefore(body, j+1, end) || titleBefore(w, body, j+1, end) {
			j++
		}
	}
	return j
}

// number reports a word of digits and the marks within numbers: "27.16",
// "2,400".
func number(w string) bool {
	return strings.Trim(w, "0123456789.,") == ""
}

// webAddress reports a word with a part of four letters or more between
// its periods, as a site's name has ("Rentals.ca", "Mic.com") and an
// abbreviation's parts ("U.S", "a.m", "Ph.D") have not.
func webAddress(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		if len(part) >= 4 {
			return true
		}
	}
	return false
}

// foldASCII lowers the ASCII capitals of s and leaves every other byte, so
// that offsets into s hold for the result: words are looked up by slicing
// it, with no allocation per word. Eight bytes are folded at once: it is
// done to every byte of every article.
func foldASCII(s string) string {
	if s == "" {
		return ""
	}
	buf := []byte(s)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(buf); i += 8 {
		w := binary.LittleEndian.Uint64(buf[i:])
		low7 := w &^ highs
		// A byte's high bit: set from 'A' up, and from past 'Z' up, in
		// its low seven bits; a capital is the first and not the second,
		// nor a byte of a multi-byte character.
		upper := (low7 + ones*(0x80-'A')) &^ (low7 + ones*(0x80-'Z'-1)) &^ w & highs
		binary.LittleEndian.PutUint64(buf[i:], w|upper>>2)
	}
	for ; i < len(buf); i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&buf[0], len(buf)) // buf is never written again: no copy
}

// lowerASCII lowercases a word, without allocating when it is already
// lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// countWords counts the white-space separated words of s without
// allocating.
func countWords(s string) int { return wordsUpTo(s, len(s)) }

// wordsUpTo counts the words of s as countWords does, but stops past max:
// it returns max+1 for any longer text, which is all a test of shortness
// needs to know of a quote that runs for paragraphs.
func wordsUpTo(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			if n++; n > max {
				return n
			}
		}
		in = !sp
	}
	return n
}

// isPossessive reports a word with a possessive ending (cutPossessive):
// "MSNBC's", "the workers'".
func isPossessive(w string) bool {
	_, poss := cutPossessive(w)
	return poss
}

// titleBefore reports a title's abbreviation that is also a state's or a
// word's (w, before the period at i-1) when a given name follows it: "Del.
// Stacey Plaskett", "Coun. Waye Mason", where "Dover, Del. The ..." ends a
// sentence.
func titleBefore(w, body string, i, end int) bool {
	if !titleAbbreviations[lowerASCII(w)] || i >= end || body[i] != ' ' {
		return false
	}
	next := body[i+1 : wordEnd(body, i+1, end)]
	return next != "" && names.Gender(next) != 0
}

var titleAbbreviations = set("del coun")

// abbreviationBefore reports whether the period just before i is an
// abbreviation's because of what follows it: a comma, the bracket that
// closes a short tag ("R-Ky.,", "(R-Fla.)"), or a word in lower case
// ("Calif. and").
func abbreviationBefore(body string, i, end int) bool {
	if i >= end {
		return false
	}
	if c := body[i]; c == ',' || c == ';' || c == ')' && shortBracket(body, i) {
		return true
	}
	for i < end && body[i] == ' ' {
		i++
	}
	r, _ := utf8.DecodeRuneInString(body[i:])
	return i < end && unicode.IsLower(r)
}

// shortBracket reports a closing bracket at i that closes a short tag,
// "(R-Fla.)", "(Calif.)", whose period is an abbreviation's; a sentence in
// brackets ends in a full stop: "(..., says tailor Ana Ruiz.)".
func shortBracket(body string, i int) bool {
	open := strings.LastIndexByte(body[max(0, i-12):i], '(')
	return open >= 0 && !strings.ContainsRune(body[max(0, i-12)+open:i], ' ')
}

// wordsIn counts the words among tokens.
func wordsIn(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.isWord() {
			n++
		}
	}
	return n
}

// wordsWithQuotes counts the words of toks, a fragment quote's words and
// all: 'The plan was "a disaster,"' is five. A direct quote counts as one,
// being a claim of its own.
func wordsWithQuotes(toks []token) int {
	n := 0
	for _, t := range toks {
		switch {
		case t.q != nil && t.q.kind == claims.Fragment:
			n += t.q.words
		case t.isWord():
			n++
		}
	}
	return n
}

// isNumber reports a token that starts with a digit.
func isNumber(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// amount reports a number or a sum of money: "5,000", "$2.2", "£40".
func amount(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	return isNumber(s) || n > 0 && currencySigns[s[:n]]
}
