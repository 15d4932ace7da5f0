// Package extract finds the quotes and reported claims in a news article and
// names who made them.
//
// It reads an article body in passes. Paragraphs come first, with site
// furniture (ALL-CAPS related-story links, "The post ... appeared first on",
// photo credits) set aside. Quotation marks are paired within each paragraph,
// by the spacing around them rather than their glyph, and a quote left open
// at the end of a paragraph runs on into the next. The reporter's own words
// around the quotes are split into tokens and sentences, and the possible
// speakers in them found: names with their roles split off wherever the
// article writes them ("Union commerce minister Piyush Goyal", "The shadow
// health secretary, Victoria Atkins,", "Carsten Brzeski, chief economist at
// ING"), pronouns, and role nouns such as "the Kremlin chief". Names are
// gathered into the article's cast, one entity per person however named.
//
// Each quote is then attributed from the speech cue beside it, after it
// ('"...," he added') or before it ('Zelenskyy took to X and said, "..."'),
// falling back on the quote it continues, a colon at the end of the paragraph
// before, or the speaker of the quote just before. Pronouns and role nouns
// resolve to the cast; a relative pronoun ("..., who said", "..., which
// has denied") to whoever the phrase before it names, past a description
// set off after a name, while the pronoun stays the attribution's mention.
// A subject is found past asides that a relative pronoun or a participle
// opens, auxiliaries and adverbs. Last, each sentence is read for reported
// speech: "X said (that) ...", "..., X said.", "according to X, ...",
// stances such as "X's claim that ..." and topics such as "X spoke about
// ...". Every
// statement found is weighed by the statement model (weigh.go), trained on
// annotated news, which drops the ones unlikely to be attributions and
// gives the rest their confidence; quotes inside a statement take its
// speaker when they have none of their own.
package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// doc is one article body under extraction.
type doc struct {
	body   string
	paras  []*para
	ms     []*mention // every mention, in order
	cast   cast
	record recorder // when training: every reported statement, unweighed
}

// recorder is told of each reported statement the rules find, with the
// claim it makes, before the statement model weighs it.
type recorder func(toks []token, base int, st statement, q claims.Quote)

// Extract returns the claims in an article body, in order of position.
func Extract(body string) []claims.Quote {
	return extract(body, 0, nil)
}

// ExtractArticle returns the claims of an article's title and body. The
// body's claims have spans into the body. The title's claims are only the
// quotes it attributes to someone ('Flynn says Trump 'absolutely right”),
// marked Headline, with spans into the title: a headline's own words are
// not speech. Reading both at once lets "Zelenskyy" in the title be the
// "Volodymyr Zelenskyy" of the body.
func ExtractArticle(title, body string) []claims.Quote {
	title = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, title)
	if strings.TrimSpace(title) == "" {
		return extract(body, 0, nil)
	}
	shift := len(title) + 2
	qs := extract(title+"\n\n"+body, len(title), nil)
	for i := range qs {
		q := &qs[i]
		if q.Headline {
			continue
		}
		for _, s := range []*claims.Span{&q.Span, &q.Paragraph, &q.Speaker.Span, &q.CueSpan} {
			if s.End > 0 {
				s.Start, s.End = s.Start-shift, s.End-shift
			}
		}
		for k := range q.Parts {
			q.Parts[k].Start -= shift
			q.Parts[k].End -= shift
		}
	}
	return qs
}

// tokenBufs keep token slices from one article for the next: tokens are
// most of what extraction allocates, and none outlive it.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens keeps the pool from holding on to a huge article's
// tokens (and so its text).
const maxPooledTokens = 1 << 16

// extract reads text whose first titleEnd bytes are a title.
func extract(body string, titleEnd int, record recorder) []claims.Quote {
	folded := foldASCII(body)
	d := &doc{body: body, paras: paragraphs(body, folded), record: record}
	for _, p := range d.paras {
		if p.End <= titleEnd {
			p.headline = true
			p.skip = false // a title in capitals is not a related-story link
		}
	}
	bp := tokenBufs.Get().(*[]token)
	buf := (*bp)[:0]
	if n := len(body)/5 + 16; cap(buf) < n {
		buf = make([]token, 0, n)
	}
	defer func() {
		if cap(buf) <= maxPooledTokens {
			*bp = buf[:0]
			tokenBufs.Put(bp)
		}
	}()
	labels, first := 0, (*para)(nil)
	for _, p := range d.paras {
		if p.skip || p.headline {
			continue
		}
		if first == nil {
			first = p
		}
		if p.speaker, p.spoken = transcriptSpeaker(body, p); p.speaker != nil {
			labels++
		}
	}
	if labels == 1 && first.speaker != nil {
		first.speaker = nil // "NEW DELHI: Prime Minister ...": a dateline, not a transcript
	}
	for _, p := range d.paras {
		if p.skip {
			continue
		}
		scanQuotes(body, p)
		buf = tokenize(body, folded, p, buf)
		splitSentences(p)
		p.ms = findMentions(p)
		if p.speaker != nil {
			d.ms = append(d.ms, p.speaker)
		}
		d.ms = append(d.ms, p.ms...)
	}
	linkRunOns(d.paras)
	d.cast.build(d.ms)
	d.cast.learnGenders(d.ms)
	sents := 0
	for _, p := range d.paras {
		sents += len(p.sents)
	}
	out := make([]claims.Quote, 0, sents/2+4) // about one claim in two sentences
	var quoted []claims.Quote
	for pi, p := range d.paras {
		if p.speaker != nil && len(p.sents) > 0 {
			if c, ok := d.transcriptClaim(sentRef{pi, 0}); ok {
				out = append(out, c)
			}
			continue
		}
		if c, ok := d.blockQuote(pi); ok {
			out = append(out, c)
			continue
		}
		for si, s := range p.sents {
			at := sentRef{pi, si}
			quoted = quoted[:0]
			for ti := s.Start; ti < s.End; ti++ {
				if q := p.toks[ti].q; q != nil {
					if c, ok := d.quoteClaim(at, ti); ok {
						quoted = append(quoted, c)
					}
				}
			}
			if p.headline { // only what the title attributes to someone
				for _, c := range quoted {
					if c.Kind != claims.Indirect && c.Speaker.Name != "" {
						c.Headline = true
						out = append(out, c)
					}
				}
				continue
			}
			var spoken []spokenBy
			out, spoken = d.reported(at, out)
			out = append(out, d.attributeWithin(quoted, spoken)...)
		}
	}
	slices.SortStableFunc(out, func(a, b claims.Quote) int { return a.Span.Start - b.Span.Start })
	for i := range out {
		out[i].Cue = asWritten(body, out[i].Cue, out[i].CueSpan)
	}
	return out
}

// asWritten gives a cue the spelling of the article ("criticised"), which
// the extractor read in the spelling of its lists.
func asWritten(body, cue string, at claims.Span) string {
	if at.End <= at.Start {
		return cue
	}
	first, rest, _ := strings.Cut(cue, " ")
	if w := strings.ToLower(body[at.Start:at.End]); w != first && britishSpelling(first) == w {
		return strings.TrimSpace(w + " " + rest)
	}
	return cue
}

// quoteClaim attributes the quote at token ti of sentence at and reports
// whether it is a claim at all.
func (d *doc) quoteClaim(at sentRef, ti int) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	q := p.toks[ti].q
	text := d.body[q.Start:q.End]
	if notSpeech(p, ti, p.headline) {
		return claims.Quote{}, false
	}
	a, attributedAfter := attributionOf(p, s, ti, text)
	if a != nil {
		q.speaker, q.cue, q.cueSpan = d.resolve(a.m, at), a.cue, a.span(p)
	} else {
		q.speaker, q.cue, q.cueSpan = d.inherit(at, ti)
	}
	if q.speaker == nil && q.runsOn() {
		q.speaker, q.cue, q.cueSpan = d.ahead(q)
	}
	if q.speaker == nil && countWords(text) <= 4 {
		return claims.Quote{}, false // a scare quote or a term, not speech
	}
	kind := claims.Kind(kindOf(p, ti, text, attributedAfter))
	span := q.Span
	if kind == claims.Fragment { // the comma of '"useful," but' is the reporter's
		for strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") {
			text, span.End = text[:len(text)-1], span.End-1
		}
		if strings.TrimSpace(text) == "" {
			return claims.Quote{}, false
		}
	}
	q.kind = kind
	if a != nil && kind == claims.Direct { // its cue is spent on the quote
		if p.used == nil {
			p.used = map[int]*quote{}
		}
		p.used[a.at] = q
	}
	c := claims.Quote{
		Text:       text,
		Span:       span,
		Kind:       kind,
		Cue:        q.cue,
		CueSpan:    q.cueSpan,
		Paragraph:  p.Span,
		Prediction: isPrediction(text, q.cue),
		Confidence: confidence(q.cue, true, q.speaker != nil),
	}
	c.Speaker = mentionOf(q.speaker)
	return c, true
}

// attributionOf finds the attribution of the quote at token ti of
// sentence s in its own sentence, and reports whether it follows the quote.
func attributionOf(p *para, s claims.Span, ti int, text string) (*attribution, bool) {
	if a := after(p, ti, s.End); a != nil {
		return a, true
	}
	a := before(p, ti, s.Start, maxCueGap)
	if a == nil && (kindOf(p, ti, text, false) == string(claims.Fragment) || ti > 0 && p.toks[ti-1].text == ":") {
		a = before(p, ti, s.Start, maxFragmentCueGap) // a fragment, or a quote its sentence announces with a colon
	}
	if a == nil {
		a = labelled(p, ti, s.Start)
	}
	if a == nil && ti > s.Start && p.toks[ti-1].text == ":" {
		a = announced(p, s.Start, ti-1)
	}
	return a, false
}

// announced finds the speaker of a quote that a colon introduces, when the
// clause before the colon opens with its subject and no cue word names the
// speech: "Mr. Christie gloated: ...", "Kasich resisted: ...", "Frank
// Newport and Jim Harter: ...".
func announced(p *para, start, colon int) *attribution {
	from := start
	for from < colon && (connectives[p.toks[from].low] || p.toks[from].text == ",") {
		from++ // "And Mr. Christie gloated:"
	}
	m := p.mentionAt(from)
	if m == nil || m.poss || m.kind == byRelative || colon-from > 12 {
		return nil
	}
	return &attribution{m, ":", -1}
}

// ahead finds the speaker of a quote that runs on into the paragraphs after
// it and is attributed only there: '"We are confident. ¶ "Inflation is
// under control," she told reporters.'
func (d *doc) ahead(q *quote) (*resolved, string, claims.Span) {
	for n, hops := q.next, 0; n != nil && hops < 4; n, hops = n.next, hops+1 {
		pi := slices.Index(d.paras, n.para)
		p := d.paras[pi]
		for si, s := range p.sents {
			for ti := s.Start; ti < s.End; ti++ {
				if p.toks[ti].q != n {
					continue
				}
				if a, _ := attributionOf(p, s, ti, d.body[n.Start:n.End]); a != nil {
					return d.resolve(a.m, sentRef{pi, si}), a.cue, a.span(p)
				}
				break
			}
		}
		if !n.runsOn() {
			break
		}
	}
	return nil, "", claims.Span{}
}

// attributeWithin gives a quote that found no attribution of its own the
// speaker of the reported statement it stands in or closes: 'the Vermont senator
// acknowledged that there are still "some people" who feel that way'.
func (d *doc) attributeWithin(quoted []claims.Quote, spoken []spokenBy) []claims.Quote {
	for i := range quoted {
		c := &quoted[i]
		if c.Speaker.Text != "" {
			continue
		}
		for _, st := range spoken {
			within := st.span.Start <= c.Span.Start && c.Span.End <= st.span.End
			// or right after it, past a dash or colon: 'Mr. Obama said the
			// museum would tell the stories of Americans -- "the
			// president but also the slave"'
			after := st.span.End <= c.Span.Start && strings.Trim(d.body[st.span.End:c.Span.Start], " -—–:\"'“”‘’") == ""
			if within || after {
				c.Speaker, c.Cue, c.CueSpan = st.speaker, st.cue, st.cueSpan
				c.Confidence = confidence(c.Cue, true, true)
				break
			}
		}
	}
	return quoted
}

// inherit finds the speaker of a quote with no attribution of its own: the
// quote it continues from the paragraph before, the speaker a colon ending
// the paragraph before introduced, or the speaker of the quote just before
// it when this quote opens its sentence.
func (d *doc) inherit(at sentRef, ti int) (*resolved, string, claims.Span) {
	p := d.paras[at.p]
	q := p.toks[ti].q
	if q.prev != nil && q.prev.speaker != nil {
		return q.prev.speaker, q.prev.cue, q.prev.cueSpan
	}
	if !opensSentence(p, p.sents[at.s].Start, ti) {
		return nil, "", claims.Span{}
	}
	prev, ok := d.prevSentence(at)
	if !ok {
		return nil, "", claims.Span{}
	}
	pp := d.paras[prev.p]
	ps := pp.sents[prev.s]
	if prev.p != at.p && pp.speaker != nil && ti == 0 {
		// The transcript goes on in a paragraph of quotation: 'PENCE: ...'
		// then '"But the truth is ...'.
		return d.resolve(pp.speaker, prev), ":", pp.speaker.Span
	}
	if prev.p != at.p && pp.toks[ps.End-1].text == ":" {
		if a := before(pp, ps.End-1, ps.Start, maxCueGap); a != nil {
			return d.resolve(a.m, prev), a.cue, a.span(pp)
		}
		// "On July 6, Sanders made the following comment:"
		if m := openingMention(pp, ps.Start, ps.End-1); m != nil && m.kind == byName && pp.toks[m.t1].isWord() && !pp.toks[m.t1].isCap() {
			return d.resolve(m, prev), ":", m.Span
		}
	}
	if ti != 0 && prev.p == at.p || ti == 0 && len(p.sents) == 1 {
		for j := ps.End - 1; j >= ps.Start; j-- {
			if pq := pp.toks[j].q; pq != nil && pq.speaker != nil {
				return pq.speaker, pq.cue, pq.cueSpan
			}
		}
	}
	if prev.p == at.p || ti == p.sents[at.s].Start && at.s == 0 {
		// The sentence before has someone speak without quoting them:
		// 'Sanders identified young voters' exhaustion as a reason. "The
		// young people ..."'.
		for c := ps.Start; c < ps.End; c++ {
			if w := pp.toks[c].lower(); isCue(w) && cueAt(pp, c) {
				if m := subject(pp, c, ps.Start); m != nil && m.kind != byNominal {
					return d.resolve(m, prev), pp.toks[c].lower(), pp.toks[c].Span
				}
			}
		}
	}
	return nil, "", claims.Span{}
}

// opensSentence reports whether the quote at token ti opens its sentence,
// but for a connective: 'Trump said. Instead, "he acts like a defeated
// man."'
func opensSentence(p *para, start, ti int) bool {
	for j := start; j < ti; j++ {
		if t := p.toks[j]; t.text != "," && !connectives[t.low] {
			return false
		}
	}
	return true
}

// connectives link a sentence to the one before without a speaker of their
// own.
var connectives = set(`instead but and still yet so then also however indeed meanwhile`)

// mentionOf turns a resolved speaker into the Mention a claim carries.
func mentionOf(r *resolved) claims.Mention {
	if r == nil {
		return claims.Mention{}
	}
	text := r.m.text
	if r.text != "" {
		text = r.text // "some economists", not "who"
	}
	return claims.Mention{Name: r.name, Role: r.role, Text: text, Span: r.m.Span, Org: r.org}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
