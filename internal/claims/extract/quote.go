package extract

import (
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// quote is a stretch of quoted text within one paragraph. A quote whose
// closing mark never comes runs on: by news convention the next paragraph
// reopens it, and that paragraph's first quote is its continuation.
type quote struct {
	claims.Span           // the quoted words, marks excluded
	open, close int       // byte offsets of the marks; close is -1 when it runs on
	para        *para     //
	prev        *quote    // the run-on quote this one continues
	speaker     *resolved // who said it, once attributed
	cue         string
	kind        claims.Kind
}

// markRole says whether a double quotation mark at byte i of text opens or
// closes a quote. Writers mix curly and straight marks freely ("useful,"),
// so the spacing around the mark decides and the glyph only breaks ties.
func markRole(text string, i int, r rune) (open bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
	before := i == 0 || isBlank(prev) || isOpener(prev)
	after := i+utf8.RuneLen(r) >= len(text) || isBlank(next) || unicode.IsPunct(next) && !isOpener(next) && !isDoubleMark(next)
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

// scanQuotes pairs the double quotation marks of a paragraph. A second
// opening mark inside an open quote is taken as a nested or stray mark and
// skipped; a closing mark with nothing open is stray.
func scanQuotes(body string, p *para) {
	open := -1
	for i, r := range p.text {
		if !isDoubleMark(r) {
			continue
		}
		if markRole(p.text, i, r) {
			if open < 0 {
				open = i
			}
			continue
		}
		if open >= 0 {
			p.addQuote(body, open, i)
			open = -1
		}
	}
	if open >= 0 {
		p.addQuote(body, open, -1)
	}
}

func (p *para) addQuote(body string, open, close int) {
	_, n := utf8.DecodeRuneInString(p.text[open:])
	s, e := p.Start+open+n, p.End
	if close >= 0 {
		e = p.Start + close
	}
	s, e = trimSpan(body, s, e)
	if s >= e {
		return
	}
	q := &quote{Span: claims.Span{Start: s, End: e}, open: p.Start + open, close: -1, para: p}
	if close >= 0 {
		q.close = p.Start + close
	}
	p.quotes = append(p.quotes, q)
}

// runsOn reports whether the quote's paragraph ended before its closing mark.
func (q *quote) runsOn() bool { return q.close < 0 }

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
