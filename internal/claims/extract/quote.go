package extract

import (
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
	speaker     *resolved   // who said it, once attributed
	cue         string
	kind        claims.Kind
}

// markRole says whether a double quotation mark at byte i of text opens or
// closes a quote. Writers mix curly and straight marks freely ("useful,"),
// so the spacing around the mark decides and the glyph only breaks ties.
func markRole(text string, i, w int, r rune) (open bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+w:])
	before := i == 0 || isBlank(prev) || isOpener(prev) && prev != '\''
	after := i+w >= len(text) || isBlank(next) || unicode.IsPunct(next) && !isOpener(next) && !isDoubleMark(next)
	switch {
	case before && !after:
		return true
	case after && !before:
		return false
	case r == '“' || r == '„' || r == '«':
		return true
	case r == '”' || r == '»':
		return false
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
// or 0. Two apostrophes stand for one double mark, as in the house style of
// some newspapers (”We're anxious,” she said).
func markAt(text string, i int) (int, rune) {
	if strings.HasPrefix(text[i:], "''") {
		return 2, '"'
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isDoubleMark(r) {
		return n, r
	}
	return 0, r
}

// scanQuotes pairs the double quotation marks of a paragraph. A second
// opening mark inside an open quote is taken as a nested or stray mark and
// skipped; a closing mark with nothing open is stray.
func scanQuotes(body string, p *para) {
	open, openW := -1, 0
	for i := 0; i < len(p.text); {
		w, r := markAt(p.text, i)
		if w == 0 {
			i += utf8.RuneLen(r)
			if r == utf8.RuneError {
				i++
			}
			continue
		}
		if markRole(p.text, i, w, r) {
			if open < 0 {
				open, openW = i, w
			}
		} else if open >= 0 {
			p.addQuote(body, open, openW, i, w)
			open = -1
		}
		i += w
	}
	if open >= 0 {
		p.addQuote(body, open, openW, -1, 0)
	}
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
			p.quotes[0].prev = last
		}
		last = nil
		if n := len(p.quotes); n > 0 {
			last = p.quotes[n-1]
		}
	}
}
