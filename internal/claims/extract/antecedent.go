package extract

import (
	"sort"
	"strings"

	"claimtrack/internal/claims/names"
)

// Antecedents: whom a relative pronoun or a description set off by commas
// stands for, past the places, ages and asides that sit between them and
// the name.

// setOffPerson is the person named before a description set off by
// commas that ", who" closes: in "Pierre de Vos, a professor in public
// law at the University of Cape Town in South Africa, who likened", de
// Vos. Nil when no comma stands before the relative, when a person's name
// ends the description ("Robert DeNiro, Patti LaBelle and Stevie Wonder,
// who": Wonder), or no person's name stands before it.
func setOffPerson(p *para, ms []*mention, m *mention) *mention {
	if m.t0 < 2 || p.toks[m.t0-1].text != "," {
		return nil
	}
	for j := len(ms) - 1; j >= 0 && ms[j].t1 >= m.t0-1; j-- {
		if n := ms[j]; n.t1 == m.t0-1 && n.kind == byName && n.ent != nil && n.ent.kind == kindPerson {
			return nil // "... close friend of Gov. Mike Pence, who": Pence himself
		}
	}
	k := m.t0 - 2
	for ; k > 0 && m.t0-k < 16 && p.toks[k].text != ","; k-- {
		if t := p.toks[k]; !t.isWord() && t.text != "'" && t.text != "’" && t.text != "-" || p.sentenceStart(k) {
			return nil
		}
	}
	if k <= 0 || p.toks[k].text != "," {
		return nil
	}
	for j := len(ms) - 1; j >= 0; j-- {
		if n := ms[j]; n.t1 == k {
			if n.kind == byName && n.ent != nil && n.ent.kind == kindPerson && !n.poss {
				return n
			}
			return nil
		}
	}
	return nil
}

// firstRelative is the relative pronoun of the sentence that a "who"
// after "and" or "but" goes on from, as a mention of its place: its
// clause adds to the same noun's ("whose district went for her but who
// suggested"). nil for any other relative.
func firstRelative(m *mention) *mention {
	toks := m.p.toks
	if m.t0 < 2 || !strings.EqualFold(m.text, "who") || toks[m.t0-1].low != "but" && toks[m.t0-1].low != "and" {
		return nil
	}
	for k := m.t0 - 2; k > 0 && !m.p.sentenceStart(k); k-- {
		if w := toks[k].low; w == "who" || w == "whose" {
			r := *m
			r.Span, r.t0, r.t1, r.text = toks[k].Span, k, k+1, "who"
			return &r
		}
	}
	return nil
}

// personBefore is the mention a "who" after ms[i] stands for when ms[i]
// is a place after a preposition, or what that place's phrase hangs on:
// in "a former staff member for the Sanders campaign in Philadelphia who
// said", the member, not Philadelphia nor the campaign. A place is no
// "who", nor is a body a person works at; i is kept when nothing stands
// before it.
func personBefore(p *para, ms []*mention, i int) int {
	a := ms[i]
	if a.kind == byName && (a.org || a.ent != nil && a.ent.kind == kindOrg) && i > 0 {
		// "A nurse at the Halifax Infirmary, who asked not to be named":
		// the nurse, not the hospital she works at
		at := a.t0 - 1
		if at > 0 && p.toks[at].low == "the" {
			at--
		}
		if n := ms[i-1]; at > 0 && p.toks[at].low == "at" && n.t1 == at && n.kind == byNominal && n.person && !n.org {
			return i - 1
		}
		return i
	}
	if !namedPlace(a) {
		return i
	}
	in := locativeOf(p, a)
	for steps := 0; steps < 3 && in > 0 && i > 0 && ms[i-1].t1 == in; steps++ {
		i-- // the phrase the preposition hangs on; not "in Philadelphia, who"
		if in = ms[i].t0 - 1; in > 0 && p.toks[in].low == "the" {
			in-- // "at the University of Cape Town"
		}
		if in < 0 || !p.toks[in].is(fPreposition) {
			break
		}
	}
	return i
}

// antecedentOf is the mention a relative pronoun stands for: the one just
// before it, or the name a description of it is set off after ("said Lionel
// Sosa, a media consultant and an influential Republican who said ...").
func antecedentOf(m *mention) *mention {
	if r := firstRelative(m); r != nil {
		return antecedentOf(r) // "a Clinton endorser whose district went for her but who suggested": the endorser's
	}
	ms := m.p.ms
	i := len(ms) - 1
	for i >= 0 && ms[i].Start >= m.Start {
		i--
	}
	if n, ok := groupBeforeComma(m, ms, i); ok {
		return n
	}
	if i < 0 || ms[i].kind == byRelative || m.t0 > 0 && m.p.toks[m.t0-1].low == "those" {
		return nil // "is among those who say": people no one names, not the place before
	}

	if strings.EqualFold(m.text, "which") && unnamedBefore(m, ms[i]) {
		return nil // "criticized by labor unions, which say": the unions, no one named, not the one criticized
	}
	i = placeOwner(m.p, ms, i) // "Ann Lee, of Silver Spring, Md., who": the one from there
	if i > 0 && ms[i].kind == byName && strings.Contains(ms[i].text, "-") && names.IsStateAbbreviation(ms[i].text) {
		i-- // "Gov. Butch Otter (R-Idaho), an early endorser, who": the lawmaker the tag follows
	}
	if a := ms[i]; m.t1-m.t0 > 1 && a.t0 > 0 && m.p.toks[a.t0-1].low == "and" {
		return nil // "Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio (R-Fla.), all of whom": all three, no one of them
	}
	if w := strings.ToLower(m.text); w == "who" || w == "who's" || w == "who’s" {
		if n := setOffPerson(m.p, ms, m); n != nil {
			return n // "Senator Jeff Flake, Republican of Arizona, who": Flake
		}
		if a := ms[i]; a.kind == byName && a.t1 == m.t0-1 && modifiesNoun(m.p.toks, a.t1) {
			// "a Clinton endorser whose district": the endorser, whom the
			// name only qualifies; the one named before the description
			// if it is set off ("Braynard, a South Carolina native who")
			if np := nounPhraseBefore(m.p, m.t0, m.p.sentenceOf(m.t0).Start); np != nil && np.t0 > 1 && m.p.toks[np.t0-1].text == "," {
				if n := m.p.mentionEndingAt(np.t0 - 1); n != nil && n.kind == byName && !n.poss && !n.org {
					return n
				}
			}
			return nil
		}
		if nounBefore(m.p, ms[i], m) {
			return nil // "as Election Day nears: a figure who can argue": the figure, whom no one names
		}
		i = personBefore(m.p, ms, i)
	}
	a := ms[i]
	if a.poss {
		return nil // "Mr. Rubio's campaign manager, who": the manager, whom no one names
	}
	if i > 0 && joinedAfter(m.p, ms[i-1], a) && !singularAfter(m.p.toks, m.t1) {
		return nil // "from Brazil and Argentina, which say": both of them, so neither alone; not "Trump and Cruz, who has"
	}
	if a.kind != byNominal || a.org {
		return a
	}
	if a.t0 > 1 && m.p.toks[a.t0-1].text == "," {
		if n := m.p.mentionEndingAt(a.t0 - 1); n != nil && n.kind == byName && n.person && !n.poss {
			return n // "Senator James Lankford, an Oklahoma Republican who warned": Lankford
		}
	}
	if personRoles[a.head] {
		return a
	}
	start := m.p.sentenceOf(m.t0).Start
	for j := i - 1; j >= 0 && a.t0-ms[j].t1 <= 8 && ms[j].t0 >= start; j-- { // not "Meny Grauman, an analyst at Scotiabank, said ... Another analyst, who"
		if n := ms[j]; n.kind == byName && n.t1 < len(m.p.toks) && m.p.toks[n.t1].text == "," {
			return n
		}
	}
	return a
}

// nounBefore reports a relative pronoun m right after a noun in lower
// case that the phrase an article or a preposition opens after the
// mention before it (last) ends with: "a figure who", "from shareholder
// groups who". The clause is about that phrase, not
// about last, unless the phrase is set off or said of what comes before,
// which it describes ("Ann Lee, a retired plumber who", "Crutcher, 40 — a
// father who", "Warren is the party unifier who").
func nounBefore(p *para, last, m *mention) bool {
	k := m.t0 - 1
	if k <= last.t1 || !p.toks[k].isWord() || p.toks[k].isCap() || !nounish(p.toks[k]) || p.toks[k].is(fCue) {
		return false
	}
	for d := k - 1; d >= last.t1 && d >= k-4; d-- {
		t := p.toks[d]
		if t.low == "a" || t.low == "an" || t.low == "the" {
			b := p.toks[d-1] // the token before the article: d >= last.t1 >= 1
			return !(b.text == "," || isDash(b.text) || b.is(fBe))
		}
		if t.is(fPreposition) && d < k {
			return true // "criticism from shareholder groups who say": a plural with no article
		}
		if !t.isWord() {
			return false
		}
	}
	return false
}

// unnamedBefore reports a relative pronoun m whose comma follows words,
// with no comma among them, that came after the mention before it (last):
// "Cantwell has been criticized by labor unions, which say". The clause is
// about the phrase right before the comma, which names no one the mention
// finder knows, not about last. A possessive's noun ("Trump's campaign,
// which") is that phrase too.
func unnamedBefore(m, last *mention) bool {
	toks, comma := m.p.toks, m.t0-1
	if comma <= last.t1 || toks[comma].text != "," {
		return false
	}
	for _, t := range toks[last.t1:comma] {
		if !t.isWord() {
			return false // "Ann Lee, 45, who": an aside of hers
		}
	}
	return true
}

// groupBeforeComma is what "who" after a comma stands for when a plural
// noun in lower case comes right before the comma: the group the noun
// phrase names ("objections from local merchants, who said", "a walkout
// by opposition parties, who said"), not a subject named before it. ms[i]
// is the last mention before m, if any; ok is false for any other "who".
func groupBeforeComma(m *mention, ms []*mention, i int) (*mention, bool) {
	p, comma := m.p, m.t0-1
	if !strings.EqualFold(m.text, "who") || comma < 1 || p.toks[comma].text != "," {
		return nil, false
	}
	if t := p.toks[comma-1]; !t.isWord() || t.isCap() || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || !nounish(t) {
		return nil, false
	}
	from := p.sentenceOf(m.t0).Start
	if i >= 0 && ms[i].t1 > from {
		if ms[i].t1 == comma && isGroup(ms[i]) {
			return ms[i], true
		}
		if !unnamedBefore(m, ms[i]) {
			return nil, false
		}
		from = ms[i].t1
	}
	for k := comma - 1; k > from; k-- {
		if p.toks[k-1].is(fPreposition) {
			from = k // the phrase after its preposition
			break
		}
	}
	return nounPhraseBefore(p, comma, from), true
}

// place reports a name ms[i] that says where the one named before it is
// from: "Ann Lee, of Silver Spring," or the state after it, "Md.,".
func place(p *para, ms []*mention, i int) bool {
	m, prev := ms[i], ms[i-1]
	if m.kind != byName || m.t0 < 2 {
		return false
	}
	switch p.toks[m.t0-1].low {
	case "of", "from": // "Ann Lee, of Silver Spring", "Rep. Tom Cole of Oklahoma"
		comma := m.t0 - 2
		if comma >= 2 && p.toks[comma].text == "," && isNumber(p.toks[comma-1].text) && p.toks[comma-2].text == "," {
			comma -= 2 // "Nicky Driscoll, 24, from Manchester": past the age
		}
		return prev.kind == byName && (prev.t1 == comma && p.toks[comma].text == "," || prev.t1 == m.t0-1 && prev.person ||
			names.IsPlace(m.text) && describedBefore(p, m.t0-1, p.sentenceOf(m.t0).Start)) // "Alan Berger, a gynecologist from Englewood"
	case ",":
		return prev.t1 == m.t0-1 && i >= 2 && place(p, ms, i-1)
	}
	return false
}

// placeOwner is the index of the one the mention ms[i] says where they
// are from ("Ann Lee, of Silver Spring, Md."), or i when it is no place.
func placeOwner(p *para, ms []*mention, i int) int {
	for i > 0 && place(p, ms, i) {
		i--
	}
	return i
}

// fromPlace is placeOwner for a mention of the paragraph.
func fromPlace(p *para, m *mention) *mention {
	i := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t0 >= m.t0 })
	if i > 0 && i < len(p.ms) && p.ms[i] == m {
		return p.ms[placeOwner(p, p.ms, i)]
	}
	return m
}

// joinedAfter reports b joined to a by "and" or "or" just before it: "the
// Teamsters and the Sierra Club".
func joinedAfter(p *para, a, b *mention) bool {
	k := b.t0 - 1
	if k >= 0 && p.toks[k].low == "the" {
		k--
	}
	return k >= 1 && (p.toks[k].low == "and" || p.toks[k].low == "or") && a.t1 == k
}

// singularAfter reports a verb at k, past an adverb in -ly, whose form
// tells one subject: "has", "was", "says".
func singularAfter(toks []token, k int) bool {
	if k+1 < len(toks) && strings.HasSuffix(toks[k].low, "ly") {
		k++ // "which openly opposes"
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].low; w {
	case "has", "is", "was", "does":
		return true
	default:
		f := names.Verb(w)
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && f&names.FiniteVerb != 0 && f&names.BaseVerb == 0
	}
}
