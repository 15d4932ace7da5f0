package extract

import (
	"slices"
	"strings"
	"unicode"

	"claimtrack/internal/claims"
)

// quoteClaim attributes the quote at token ti of sentence at and reports
// whether it is a claim at all.
func (d *doc) quoteClaim(at sentRef, ti int) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	q := p.toks[ti].q
	text := d.body[q.Start:q.End]
	if notSpeech(p, ti, p.headline) {
		if by, c, ok := speakerDescribed(p, ti); ok { // '"One!" says the affable proprietor.': no claim, but someone speaks
			q.described = true
			if by != nil {
				q.speaker, q.cue, q.cueSpan = kept(resolved{m: by, role: by.role}), p.toks[c].lower(), p.toks[c].Span
			}
		}
		return claims.Quote{}, false
	}
	a, attributedAfter := attributionOf(p, s, ti, text)
	var by *mention
	cue, described := -1, false
	if a == nil {
		by, cue, described = speakerDescribed(p, ti)
	}
	q.described = described
	switch {
	case a != nil:
		q.speaker, q.cue, q.cueSpan = kept(d.resolve(a.m, at)), a.cue, a.span(p)
	case by != nil:
		q.speaker, q.cue, q.cueSpan = kept(resolved{m: by, role: by.role}), p.toks[cue].lower(), p.toks[cue].Span
	case !described:
		if m, v := tagAfter(p, ti, text); m != nil {
			q.speaker, q.cue, q.cueSpan = kept(d.resolve(m, at)), p.toks[v].lower(), p.toks[v].Span
		} else {
			q.speaker, q.cue, q.cueSpan = d.inherit(at, ti)
		}
	}
	if q.speaker == nil && q.runsOn() {
		q.speaker, q.cue, q.cueSpan = d.ahead(q, 4)
	}
	topical := false
	if q.speaker == nil && a == nil && !described && ti > s.Start && addedOpening(p, s.Start, ti) {
		// 'Maher stated that the report "wasn't good." Adding, "Now,
		// ..."': the participle goes on with the sentence before, whose
		// speaker is the one it is about
		if e := d.topic(at, q.Start); e != nil {
			q.speaker = kept(resolved{m: &mention{}, ent: e, name: e.name, role: e.role, kind: e.kind.speaker()})
			q.cue, q.cueSpan = p.toks[s.Start].lower(), p.toks[s.Start].Span
		}
	}
	if q.speaker == nil && a == nil && !described && opensSentence(p, s.Start, ti) && !(allCaps(text) && wordsUpTo(text, 3) >= 3) && !describedSpeakerBefore(p, q) && !d.describedSpoke(at) {
		// A quote standing alone is the words of the person the
		// sentences before are about: 'Gillis was diagnosed with
		// Crohn's disease. ¶ "My condition ... is getting worse."'
		// One whose attribution names no one known ("it said") is not,
		// nor one in capitals, a headline: "‘EUROPEANS ASK IF VIOLENCE
		// IS BECOMING FACT OF LIFE’".
		if e := d.topic(at, q.Start); e != nil {
			q.speaker, topical = kept(resolved{m: &mention{}, ent: e, name: e.name, role: e.role, kind: e.kind.speaker()}), true
		}
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
		p.spend(a.at, q)
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
	if topical {
		c.Confidence = topicalConfidence
	}
	c.Speaker = mentionOf(q.speaker)
	return c, true
}

// attributionOf finds the attribution of the quote at token ti of
// sentence s in its own sentence, and reports whether it follows the quote.
func attributionOf(p *para, s claims.Span, ti int, text string) (*attribution, bool) {
	if a := after(p, ti, s.End); a != nil && !(a.at >= 0 && a.at+2 < len(p.toks) && p.toks[a.at+1].text == ":" && p.toks[a.at+2].q != nil) {
		return a, true // not '"We are not terrorists." Mr. Zahed said: "..."': his colon announces the quote after it
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
	if a == nil {
		a = inWords(p, s.Start, ti)
	}
	return a, false
}

// inWords finds whose words the sentence says the quote holds, before it:
// 'It had, in her words, become "unhealthy."', 'The policy was, in the
// words of Senator Jane Roe, "a disaster ..."', 'in Mr. Smith's words'.
func inWords(p *para, start, ti int) *attribution {
	for k := start; k+2 < ti; k++ {
		if p.toks[k].low != "in" {
			continue
		}
		t := p.toks[k+1]
		if g := possessivePronouns[t.low]; (g == 'm' || g == 'f') && p.toks[k+2].low == "words" {
			m := p.mention(mention{Span: t.Span, kind: byPronoun, text: t.text, gender: g, person: true, t0: k + 1, t1: k + 2, p: p})
			return &attribution{m, "in " + t.low + " words", k}
		}
		if m := p.mentionAt(k + 1); m != nil && m.poss && m.kind == byName && m.t1 < ti && p.toks[m.t1].low == "words" {
			return &attribution{m, "in " + m.text + " words", k}
		}
		if t.low == "the" && p.toks[k+2].low == "words" && k+4 < ti && p.toks[k+3].low == "of" {
			if m := p.mentionAt(k + 4); m != nil && m.kind == byName {
				return &attribution{m, "in the words of", k}
			}
		}
	}
	return nil
}

// announced finds the speaker of a quote that a colon introduces, when the
// clause before the colon opens with its subject and no cue word names the
// speech: "Mr. Christie gloated: ...", "Kasich resisted: ...", "Frank
// Newport and Jim Harter: ...".
func announced(p *para, start, colon int) *attribution {
	from := start
	for from < colon && (p.toks[from].is(fConnective) || p.toks[from].text == ",") {
		from++ // "And Mr. Christie gloated:"
	}
	m := p.mentionAt(from)
	if m == nil || m.poss || m.kind == byRelative || m.kind == byPronoun && strings.HasPrefix(p.toks[m.t0].low, "it") {
		return nil // "It's what professional golfers do: ...": no one speaks by a colon as "it"
	}
	words := colon - from
	if m.t1 < colon && p.toks[m.t1].text == "," {
		// "Martell, the addictions doctor on Nova Scotia's South
		// Shore, is more blunt:": the apposition describes the subject.
		for k := m.t1 + 1; k < colon; k++ {
			if p.toks[k].text == "," {
				words -= k - m.t1
				break
			}
		}
	}
	if words > 12 {
		return nil
	}
	if last := p.mentionEndingAt(colon); last != nil && last != m {
		if pair := namedPair(p, last, start); pair != nil && pair.t0 == m.t0 {
			m = pair // "Frank Newport and Jim Harter:": the two, no one of them
		}
	}
	return &attribution{m, ":", -1}
}

// ahead finds the speaker of a quote that runs on into the paragraphs after
// it and is attributed only there, at most hops paragraphs on: '"We are
// confident. ¶ "Inflation is under control," she told reporters.'
func (d *doc) ahead(q *quote, hops int) (*resolved, string, claims.Span) {
	for n := q.next; n != nil && hops > 0; n, hops = n.next, hops-1 {
		pi := slices.Index(d.paras, n.para)
		p := d.paras[pi]
		ti := slices.IndexFunc(p.toks, func(t token) bool { return t.q == n })
		si := slices.IndexFunc(p.sents, func(s claims.Span) bool { return s.Start <= ti && ti < s.End })
		if ti < 0 || si < 0 {
			break
		}
		if a, _ := attributionOf(p, p.sents[si], ti, d.body[n.Start:n.End]); a != nil {
			return kept(d.resolve(a.m, sentRef{pi, si})), a.cue, a.span(p)
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
	out := quoted[:0]
	for i := range quoted {
		c := &quoted[i]
		// A fragment tied only by a weak cue ("Walsh had shown"), or a
		// quote that opens in lower case ('had shown "a complete disregard
		// for human life."'), is the words of whoever reports the
		// statement it stands in.
		weak := (c.Kind == claims.Fragment || lowerOpening(c.Text)) && !speechVerbs[c.Cue] && !fragmentCues[c.Cue]
		if c.Speaker.Text != "" && !weak {
			out = append(out, *c)
			continue
		}
		for _, st := range spoken {
			within := st.span.Start <= c.Span.Start && c.Span.End <= st.span.End
			// or right after it, past a dash or colon: 'Mr. Obama said the
			// museum would tell the stories of Americans -- "the
			// president but also the slave"'
			after := st.span.End <= c.Span.Start && strings.Trim(d.body[st.span.End:c.Span.Start], " -—–:\"'“”‘’") == ""
			if (within || after) && (c.Speaker.Text == "" || within && speechVerbs[st.cue]) {
				c.Speaker, c.Cue, c.CueSpan = st.speaker, st.cue, st.cueSpan
				c.Confidence = confidence(c.Cue, true, true)
				break
			}
		}
		if c.Speaker.Text != "" || c.Speaker.Name != "" || c.Kind != claims.Fragment && wordsUpTo(c.Text, 4) > 4 {
			out = append(out, *c) // a fragment no one is said to speak is a scare quote, a term or a title
		}
	}
	return out
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
		return kept(d.resolve(pp.speaker, prev)), ":", pp.speaker.Span
	}
	if prev.p != at.p && pp.toks[ps.End-1].text == ":" {
		if a := before(pp, ps.End, ps.Start, maxCueGap); a != nil {
			return kept(d.resolve(a.m, prev)), a.cue, a.span(pp)
		}
		// "On July 6, Sanders made the following comment:"
		if m := openingMention(pp, ps.Start, ps.End-1); m != nil && m.kind == byName && pp.toks[m.t1].isWord() && !pp.toks[m.t1].isCap() {
			return kept(d.resolve(m, prev)), ":", m.Span
		}
	}
	if ti != 0 && prev.p == at.p || ti == 0 && len(p.sents) == 1 {
		for j := ps.End - 1; j >= ps.Start; j-- {
			if pq := pp.toks[j].q; pq != nil && pq.speaker != nil && !inscribed(pq.speaker) {
				return pq.speaker, pq.cue, pq.cueSpan // not a sign's words: '... carried a sign reading "Rent is theft." "I'm not asking"'
			}
		}
	}
	if pq := goesOn(p, q); pq != nil {
		return pq.speaker, pq.cue, pq.cueSpan
	}
	if q.runsOn() {
		// A quote that runs on into a paragraph attributed there is the
		// words of whoever it names, not of the sentence before's
		// speaker: 'The head of the union said ... ¶ "We have been
		// patient. ¶ "We are asking for our share," said Rob Ashton.'
		// Only the next paragraph: further on, a chain of quoted
		// paragraphs may be an excerpt quoting others in its turn.
		if r, cue, span := d.ahead(q, 1); r != nil {
			return r, cue, span
		}
	}
	if prev.p == at.p || ti == p.sents[at.s].Start && at.s == 0 {
		// The sentence before has someone speak without quoting them:
		// 'Sanders identified young voters' exhaustion as a reason. "The
		// young people ..."'.
		described := false // a cue whose subject is a description: "Another player says he knows"
		// The main clause's cue first: "When I asked whether she'd ever
		// leave, she laughed. "Where would I go?"" is hers, not the
		// asker's of the clause set before it.
		main := ps.Start + mainClause(pp.toks[ps.Start:ps.End], ps.End-ps.Start)
		for i := ps.Start; i < ps.End; i++ {
			c := main + i - ps.Start
			if c >= ps.End {
				c -= ps.End - ps.Start
			}
			if w := pp.toks[c].lower(); isCue(w) && cueAt(pp, c) {
				m := subject(pp, c, ps.Start)
				if m != nil && m.kind == byPronoun && described {
					continue // the "he" of a cue in a description's statement is that one, not someone the quote may be given to
				}
				if m != nil && m.kind != byNominal {
					return kept(d.resolve(m, prev)), pp.toks[c].lower(), pp.toks[c].Span
				}
				described = described || m != nil
			}
		}
	}
	return nil, "", claims.Span{}
}

// goesOn is the quote before q in its paragraph whose speaker, a person,
// goes on speaking in q: no other person is named between them. In
// '"We dedicate ourselves ...," says the 39-year-old founder of
// Studiocomix Press. The operation is the region's sole indie comic-book
// store ... "If you want Marvel, you can go to another comic book
// shop."', the founder speaks again.
func goesOn(p *para, q *quote) *quote {
	if describedSpeakerBefore(p, q) {
		return nil
	}
	var last *quote
	for _, t := range p.toks {
		if t.Start >= q.Start {
			break
		}
		if t.q != nil && t.q.speaker != nil {
			last = t.q
		}
	}
	if last == nil || last.speaker.ent == nil || last.speaker.ent.kind != kindPerson {
		return nil
	}
	for _, m := range p.ms {
		if m.Start > last.End && m.Start < q.Start && m.kind == byName && m.ent != nil && m.ent != last.speaker.ent && m.ent.kind == kindPerson {
			return nil
		}
	}
	return last
}

// opensSentence reports whether the quote at token ti opens its sentence,
// but for a connective: 'Trump said. Instead, "he acts like a defeated
// man."'
func opensSentence(p *para, start, ti int) bool {
	for j := start; j < ti; j++ {
		if t := p.toks[j]; t.text != "," && !t.is(fConnective) {
			return false
		}
	}
	return true
}

// addedOpening reports a sentence that opens with a participle of saying
// and goes straight on to the quote at ti: "Adding, \"...\"", "Noting:
// \"...\"".
func addedOpening(p *para, start, ti int) bool {
	t := p.toks[start]
	if !t.is(fReporting) || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	for j := start + 1; j < ti; j++ {
		if p.toks[j].text != "," && p.toks[j].text != ":" {
			return false
		}
	}
	return true
}

// connectives link a sentence to the one before without a speaker of their
// own.
var connectives = set(`instead but and still yet so then also however indeed meanwhile`)

// lowerOpening reports a quote whose first letter is in lower case: words
// from within a sentence, whatever mark ends them.
func lowerOpening(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
