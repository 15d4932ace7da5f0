package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// quote is a stretch of quoted text within one paragraph. A quote whose
// closing mark never comes runs on: by news convention the next paragraph
// reopens it, and that paragraph's first quote is its continuation.
type quote struct {
	claims.Span             // the quoted words, marks excluded
	outer       claims.Span // the marks included; to the paragraph's end when it runs on
	open        int         // byte offset of the opening mark
	closed      bool        //
	para        *para       //
	prev        *quote      // the run-on quote this one continues
	next        *quote      // the quote that continues this run-on one
	speaker     *resolved   // who said it, once attributed
	words       int         // its words, marks and all, counted once by tokenize
	cue         string
	cueSpan     claims.Span
	kind        claims.Kind
	described   bool // its speaker is described in words no mention reads: someone, just not anyone named (describedSpeaker)
}

// markRole says whether a double quotation mark at byte i of text opens or
// closes a quote. Writers mix curly and straight marks freely ("useful,"),
// so the spacing around the mark decides and the glyph only breaks ties.
func markRole(text string, i, w int, r rune, inQuote bool) (open bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+w:])
	before := i == 0 || isBlank(prev) || isOpener(prev) && prev != '\''
	after := i+w >= len(text) || isBlank(next) || unicode.IsPunct(next) && !isOpener(next) && !isDoubleMark(next)
	switch {
	case i == 0:
		return true // no paragraph opens with a closing mark: '” … he delivered ...,” Barabak wrote'
	case before && !after:
		return true
	case after && !before:
		return false
	case r == '“' || r == '„' || r == '«':
		return true
	case r == '”' || r == '»':
		return false
	case before && after: // a straight mark standing alone: '... outreach,' " Scott'
		return !inQuote
	}
	return before
}

func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '‘', '\'':
		return true
	}
	return isDoubleMark(r)
}

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// markAt returns the width of the double quotation mark at byte i of text,
// or 0. Two apostrophes or two single curly marks stand for one double
// mark, as in the house style of some newspapers (”We're anxious,” she
// said; “... local creators,’’ says).
func markAt(text string, i int) (int, rune, int) {
	switch {
	case strings.HasPrefix(text[i:], "'''") && i > 0 && text[i-1] != ' ' && text[i-1] != '\n':
		return 0, '\'', 1 // "... 'We'll bomb them,''' said": a single mark closes first, then the double
	case strings.HasPrefix(text[i:], "''"):
		return 2, '"', 2
	case strings.HasPrefix(text[i:], "’’"):
		return 6, '”', 6
	case strings.HasPrefix(text[i:], "‘‘"):
		return 6, '“', 6
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isDoubleMark(r) {
		return n, r, n
	}
	return 0, r, n
}

// scanQuotes pairs the double quotation marks of a paragraph. A second
// opening mark inside an open quote is taken as a nested or stray mark and
// skipped; a closing mark with nothing open is stray.
func scanQuotes(body string, p *para) {
	open, openW := -1, 0
	nested := 0 // curly quotes opened inside the open one: “... “hell” ...”
	for i := 0; i < len(p.text); {
		if b := p.text[i]; b < utf8.RuneSelf && b != '"' && b != '\'' {
			i++ // most bytes: no mark can start here
			continue
		}
		if j := attributeValueEnd(p.text, i); open < 0 && j > 0 {
			i = j // '<tweet pic="" author="HillaryClinton">': markup's values, no one's words
			continue
		}
		w, r, n := markAt(p.text, i)
		if w == 0 {
			i += n
			continue
		}
		if open >= 0 && inchMark(p.text, i) {
			i += w // "he's like 6’2”": a height in feet and inches, no closing mark
			continue
		}
		switch {
		case markRole(p.text, i, w, r, open >= 0):
			if open < 0 {
				open, openW = i, w
			} else if r == '“' {
				nested++
			}
		case open >= 0 && nested > 0 && r == '”':
			nested--
		case open >= 0:
			p.addQuote(body, open, openW, i, w)
			open, nested = -1, 0
		}
		i += w
	}
	if open >= 0 {
		p.addQuote(body, open, openW, -1, 0)
	}
	scanSingles(body, p)
}

// inchMark reports a double mark at byte i that ends a height in feet
// and inches: a digit, a single mark for feet, one or two digits, then the
// mark ("6’2”", "5'11"").
func inchMark(text string, i int) bool {
	k := i
	for k > 0 && i-k < 2 && isDigit(text[k-1]) {
		k--
	}
	if k == i {
		return false
	}
	feet := strings.TrimSuffix(text[:k], "’")
	if len(feet) == k {
		feet = strings.TrimSuffix(text[:k], "'")
	}
	return len(feet) < k && feet != "" && isDigit(feet[len(feet)-1])
}

// attributeValueEnd is the end of a markup attribute's value whose
// straight mark opens at i, right after "=" (author="MartinOMalley"), or 0.
func attributeValueEnd(text string, i int) int {
	if i == 0 || text[i] != '"' || text[i-1] != '=' {
		return 0
	}
	j := strings.IndexByte(text[i+1:], '"')
	if j < 0 || j > 200 || strings.ContainsAny(text[i+1:i+1+j], "\n<>") {
		return 0
	}
	return i + j + 2
}

// scanSingles pairs British-style single quotation marks ('We will win,' he
// said), telling them from apostrophes (don't, the '80s): an opening mark
// follows a space and precedes a letter, a closing one follows the quoted
// words and precedes a space or punctuation, and a pair must close within
// the paragraph. Single marks inside double quotes are nested quotes and
// stay inside theirs; double quotes inside single ones are the nested ones
// and give way.
func scanSingles(body string, p *para) {
	var singles []*quote
	open := -1
	for i := 0; i < len(p.text); {
		if b := p.text[i]; b < utf8.RuneSelf && b != '\'' {
			i++ // most bytes: no mark can start here
			continue
		}
		r, n := utf8.DecodeRuneInString(p.text[i:])
		if r != '\'' && r != '‘' && r != '’' {
			i += n
			continue
		}
		if w, _, _ := markAt(p.text, i); w > 0 {
			i += w // a double mark made of two
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(p.text[:i])
		next, _ := utf8.DecodeRuneInString(p.text[i+n:])
		before := i == 0 || isBlank(prev) || isOpener(prev) && prev != '\'' && prev != '‘'
		after := i+n >= len(p.text) || isBlank(next) || unicode.IsPunct(next) || isDoubleMark(next)
		switch {
		case open < 0 && before && (unicode.IsLetter(next) || unicode.IsDigit(next)) && r != '’':
			open = i
		case open >= 0 && after && !isBlank(prev) && r != '‘' && !pluralPossessive(p.text, i, n, prev):
			_, w := utf8.DecodeRuneInString(p.text[open:])
			if s, e := trimSpan(body, p.Start+open+w, p.Start+i); s < e {
				singles = append(singles, &quote{Span: claims.Span{Start: s, End: e},
					outer: claims.Span{Start: p.Start + open, End: p.Start + i + n}, open: p.Start + open, closed: true, para: p})
			}
			open = -1
		}
		i += n
	}
	if len(singles) == 0 {
		return
	}
	var kept []*quote
	for _, q := range p.quotes {
		if !inside(q.outer, singles) {
			kept = append(kept, q)
		}
	}
	for _, q := range singles {
		if !inside(q.outer, kept) {
			kept = append(kept, q)
		}
	}
	slices.SortFunc(kept, func(a, b *quote) int { return a.open - b.open })
	p.quotes = kept
}

// pluralPossessive reports an apostrophe at byte i (n bytes) that closes a
// plural's possessive ("the workers' right to strike") rather than a quote:
// after an s, before a word in lower case, with another mark later in the
// paragraph that could close the quote.
func pluralPossessive(text string, i, n int, prev rune) bool {
	if prev != 's' || i+n+1 >= len(text) || text[i+n] != ' ' {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(text[i+n+1:]); !unicode.IsLower(next) {
		return false
	}
	word := text[i+n+1:]
	if k := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		word = word[:k]
	}
	if notOwned[word] {
		return false // "'looking at all the options' to reduce": a possessive precedes a noun
	}
	for j := i + n; j < len(text); {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '\'' || r == '’' {
			after, _ := utf8.DecodeRuneInString(text[j+w:])
			if j+w >= len(text) || isBlank(after) || unicode.IsPunct(after) {
				return true // "... and they'll use it.'"
			}
		}
		j += w
	}
	return false
}

// notOwned are words that follow a closing quote but never a possessive.
var notOwned = set(`to and or but in on at for as from with by that which who is are was were if when than
because so while after before said says told`)

// inside reports whether span s lies within the outer span of one of qs.
func inside(s claims.Span, qs []*quote) bool {
	for _, q := range qs {
		if q.outer.Start <= s.Start && s.End <= q.outer.End {
			return true
		}
	}
	return false
}

func (p *para) addQuote(body string, open, openW, close, closeW int) {
	s, e := p.Start+open+openW, p.End
	outer := claims.Span{Start: p.Start + open, End: p.End}
	if close >= 0 {
		e = p.Start + close
		outer.End = e + closeW
	}
	s, e = trimSpan(body, s, e)
	if s >= e {
		return
	}
	p.quotes = append(p.quotes, &quote{Span: claims.Span{Start: s, End: e}, outer: outer, open: outer.Start,
		closed: close >= 0, para: p})
}

// runsOn reports whether the quote's paragraph ended before its closing mark.
func (q *quote) runsOn() bool { return !q.closed }

// linkRunOns marks the first quote of each paragraph that reopens a quote
// left running at the end of the paragraph before.
func linkRunOns(ps []*para) {
	var last *quote
	for _, p := range ps {
		if p.skip {
			continue
		}
		if last != nil && last.runsOn() && len(p.quotes) > 0 && p.quotes[0].open == p.Start {
			p.quotes[0].prev, last.next = last, p.quotes[0]
		}
		last = nil
		if n := len(p.quotes); n > 0 {
			last = p.quotes[n-1]
		}
	}
}

// speakerDescribed reports a quote whose speaker a verb of saying after
// it describes in words no mention reads ('"One!" says the affable
// proprietor.'): someone the article does not name, so the quote is not
// the last speaker's. It gives the verb's token, and the describing phrase
// when it is a noun phrase that closes the clause ("the affable
// proprietor", "one of the players"), for the claim to show.
func speakerDescribed(p *para, ti int) (by *mention, cue int, ok bool) {
	k := ti + 1
	if k < len(p.toks) && p.toks[k].text == "," {
		k++
	}
	if k+2 >= len(p.toks) || !p.toks[k].is(fSpeech) || !p.toks[k+1].is(fDeterminer) || !p.toks[k+2].isWord() {
		return nil, -1, false
	}
	j := k + 2
	for j < len(p.toks) && j < k+9 && (p.toks[j].isWord() || counted(p.toks[j])) && !isRelative(p.toks[j].low) && !verbish(p.toks[j].low) {
		j++
	}
	if j < len(p.toks) && p.toks[j].text != "." && p.toks[j].text != "," && p.toks[j].text != ";" || p.toks[j-1].is(fPreposition|fDeterminer) {
		return nil, k, true // "saying the city embodied ...": not a phrase that names a speaker
	}
	return phraseMention(p, k+1, j), k, true
}

// quoteComma reports a quote that ends its part of the sentence with a
// comma inside its closing mark: '"useful," but'.
func quoteComma(t token) bool {
	return t.q != nil && strings.HasSuffix(strings.TrimRight(t.text, "\"'”’ "), ",")
}
