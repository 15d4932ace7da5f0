package extract

import (
	"regexp"
	"strings"

	"claimtrack/internal/claims"
)

// postSignature is how an embedded post signs off when a page that embeds
// it becomes text: "... — Donald J. Trump (@realDonaldTrump) June 29,
// 2016", the author's name, handle and date after a dash.
var postSignature = regexp.MustCompile(`\s(?:—|–|--)\s+([^()—–\n]{2,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\W*(?:</tweet>\W*)?$`)

// postLink matches what a post's text ends with besides words: its links.
var postLink = regexp.MustCompile(`\s*(?:(?:https?://|pic\.twitter\.com/)\S*|pic\.)\s*$`)

// postAuthor reads a paragraph that is an embedded post as its author's
// words: it returns the author's mention (the one the mention finder read
// in the signature) and the post's words, without the links and the
// markup around them. A post whose author was not read as a name is left
// to be read as any paragraph is.
func postAuthor(p *para) (*mention, claims.Span) {
	if !strings.Contains(p.text, "(@") {
		return nil, claims.Span{} // the handle first: far cheaper than the expression
	}
	sig := postSignature.FindStringSubmatchIndex(p.text)
	if sig == nil {
		return nil, claims.Span{}
	}
	name := p.Start + sig[2]
	var m *mention
	for _, n := range p.ms {
		if n.Start == name && n.kind == byName && !n.poss {
			m = n
		}
	}
	if m == nil {
		return nil, claims.Span{}
	}
	text := p.text[:sig[0]]
	start := 0
	if strings.HasPrefix(text, "<tweet") {
		if i := strings.IndexByte(text, '>'); i > 0 {
			start = i + 1 // the markup some archives keep around a post
		}
	}
	for {
		link := postLink.FindStringIndex(text[start:])
		if link == nil || link[0] == 0 {
			break
		}
		text = text[:start+link[0]]
	}
	s, e := trimSpan(p.text, start, len(text))
	if s >= e {
		return nil, claims.Span{}
	}
	return m, claims.Span{Start: p.Start + s, End: p.Start + e}
}

// signQuotes gives a paragraph that is one quotation and nothing else to
// the person the next paragraph names alone after a dash, as a signature
// ('"I will look into it." / "- Hillary Clinton."'): a fact-check's way of
// setting out what each candidate said. A dash and a name after any other
// paragraph is a byline.
func (d *doc) signQuotes() {
	for i := 0; i+1 < len(d.paras); i++ {
		p, sig := d.paras[i], d.paras[i+1]
		if p.speaker != nil || p.skip || p.headline || len(p.quotes) != 1 || !p.quotes[0].closed {
			continue
		}
		m := signature(sig)
		if m == nil {
			continue
		}
		q := p.quotes[0]
		if strings.TrimSpace(p.text[:q.outer.Start-p.Start]) != "" || strings.Trim(p.text[q.outer.End-p.Start:], " .") != "" {
			continue // words of the reporter's around the quotation
		}
		p.speaker, p.spoken = m, q.Span
	}
}

// signature is the name a paragraph holds alone after a dash: "- Bernie
// Sanders.", "— Clinton"; or with how the words came after a comma:
// "-President Obama, tweeting after Clinton's speech."
func signature(p *para) *mention {
	if p.skip || len(p.ms) == 0 || len(p.toks) < 2 || !isDash(p.toks[0].text) {
		return nil
	}
	m := p.ms[0]
	if m.kind != byName || m.org || m.poss || m.t0 != 1 {
		return nil
	}
	if k := m.t1; k+1 < len(p.toks) && p.toks[k].text == "," && p.toks[k+1].is(fCue|fSpeech) && strings.HasSuffix(p.toks[k+1].low, "ing") {
		return m
	}
	if len(p.ms) != 1 || m.t1 < len(p.toks)-1 || m.t1 == len(p.toks)-1 && p.toks[m.t1].text != "." {
		return nil
	}
	return m
}
