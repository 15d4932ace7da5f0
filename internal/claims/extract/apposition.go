package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Appositions: a name set off by commas beside the words that say who or
// what it is, whose owner is the verb's subject.

// apposName is the person named between commas ending at token c, after
// the role that names them first: "The children's commissioner for
// England, Dame Rachel de Souza,".
func apposName(p *para, c int) *mention {
	m := p.mentionEndingAt(c)
	if m == nil {
		m = namedInAside(p, c)
	}
	if m == nil || m.kind != byName || m.poss || m.t0 < 2 {
		return nil
	}
	if n := memberSetOff(p, m); n != nil {
		return n // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": the pastor
	}
	if !m.person || m.ent != nil && m.ent.kind == kindOrg {
		// "The bank that lent Voltra its capital, Nordbank, said": a body's
		// name set off after a noun in lower case; no place ("Officials in
		// the capital, Kyiv, said"), nor a body in a person's description
		// ("Giovanni Maria Vian, the editor in chief of the Vatican's
		// newspaper, L'Osservatore Romano, said")
		if b := p.toks[m.t0-2]; p.toks[m.t0-1].text == "," && (!b.isCap() && nounish(b) || openingNoun(p, m.t0-1)) && m.ent != nil && m.ent.kind != kindPlace && m.ent.kind.speaks() && !names.IsPlace(m.ent.key) &&
			!describedBefore(p, m.t0-1, 0) {
			return m
		}
		return nil
	}
	if p.toks[m.t0-1].text == "," {
		if pluralHolder(p, m) {
			return nil
		}
		return m
	}
	if k := m.t0 - 1; k >= 2 && isPossessive(p.toks[k].text) && p.toks[k].isCap() && p.toks[k-1].low == "the" && p.toks[k-2].text == "," {
		return m // "A third candidate, the NDP's Paul Ryan,": whose candidate said between
	}
	if k := m.t0 - 3; k > 0 && p.toks[k].text == "," && possessivePronouns[p.toks[k+1].low] != 0 && kin[p.toks[k+2].low] {
		return m // "His passenger, his wife Carol, said": the one her kin names
	}
	if namingParticiples[p.toks[m.t0-1].low] {
		// "The owner, a man named Thomas Reilly, told": the name the
		// aside gives
		for j := m.t0 - 2; j > 0 && j >= m.t0-5; j-- {
			if p.toks[j].low == "a" || p.toks[j].low == "an" {
				if p.toks[j-1].text == "," {
					return m
				}
				return nil
			}
			if !p.toks[j].isWord() || p.toks[j].isCap() {
				return nil
			}
		}
	}
	return nil
}

// namedInAside is the name an aside closed by the comma at c gives after
// "a" or "an", a noun and "named" or "called", with a relative clause
// after it: "The driver, a woman named Pauline Okoro who has driven the
// route for 11 years, told me".
func namedInAside(p *para, c int) *mention {
	for j := c - 1; j > 0 && j >= c-30; j-- {
		t := p.toks[j]
		if t.q != nil || t.is(fCue) && !namingParticiples[t.low] {
			return nil
		}
		if t.text != "," {
			continue
		}
		k := j + 1
		if k >= c || p.toks[k].low != "a" && p.toks[k].low != "an" {
			return nil
		}
		for k++; k < c && k <= j+5 && !namingParticiples[p.toks[k].low]; k++ {
			if !p.toks[k].isWord() || p.toks[k].isCap() {
				return nil
			}
		}
		if m := p.mentionAt(k + 1); k < c && m != nil && m.t1 < c && isRelative(p.toks[m.t1].low) {
			return m
		}
		return nil
	}
	return nil
}

// pluralHolder reports a person's name set off after people who act for
// someone: "Lawyers for the whistleblower, Gail Tremont, said" names the
// whistleblower, and the lawyers, being many, are the subject.
func pluralHolder(p *para, m *mention) bool {
	n := p.mentionEndingAt(m.t0 - 1)
	if n == nil || n.kind != byNominal || !n.person || n.t0 < 2 || !p.toks[n.t0-1].is(fPreposition) {
		return false
	}
	h := p.mentionEndingAt(n.t0 - 1)
	return h != nil && h.person && isGroup(h)
}

// memberSetOff is the person named right after a comma whose body, or
// the place of it, m names at the end of the same set-off words: Darran
// Whiting in ", Darran Whiting of Liberty Baptist Church in Marion,".
func memberSetOff(p *para, m *mention) *mention {
	if m.ent == nil || m.ent.kind == kindPerson || m.ent.kind == kindUnknown {
		return nil
	}
	for j := m.t0 - 1; j > 0 && j >= m.t0-10; j-- {
		t := p.toks[j]
		if t.text == "," {
			if n := p.mentionAt(j + 1); n != nil && n != m && n.kind == byName && !n.poss && n.ent != nil && (n.ent.kind == kindPerson || n.ent.kind == kindUnknown && n.ent.full) &&
				n.t1 < m.t0 && roleLinks[p.toks[n.t1].low] {
				return n
			}
			return nil
		}
		if t.q != nil || t.is(fCoordinator) || t.is(fCue) {
			return nil
		}
	}
	return nil
}

// workerIn is the person a noun names before "in" and the part of a body
// after it, when the sentence opens with them: "One engineer in the
// company's Austin office". The office holds the engineer; it speaks for
// no one. Nil when m is no such part of a body.
func workerIn(p *para, m *mention, start int) *mention {
	in := m.t0 - 1
	if m.kind != byNominal || !m.org || in <= start || p.toks[in].low != "in" || !names.PersonNoun(p.toks[in-1].low) {
		return nil
	}
	if np := nounPhraseBefore(p, in, start); np != nil && np.t0 == start {
		np.person = true
		return np
	}
	return nil
}

// linkAppositions joins a role to the name set off after it: in "The
// shadow health secretary, Victoria Atkins, said" the secretary is Atkins,
// who holds that role wherever the article names her. A name with no role
// takes the one set off after it: "said Carsten Brzeski, chief economist at
// ING."
func linkAppositions(p *para, ms []*mention) {
	toks := p.toks
	for _, n := range ms {
		if n.kind == byName && !n.org && !n.poss && !afterPreposition(p, n) && n.t1+1 < len(toks) && toks[n.t1].text == "," && toks[n.t1+1].low == "who" && (wordsUpTo(n.name, 2) == 2 || !strings.HasSuffix(n.name, "s")) {
			n.person = true // "Waye Mason, who championed the plan,", "Okonkwo, who spoke": "who" is for people, "which" for bodies; not "the Clintons, who"
		}
		if n.kind == byName && !n.person && !n.org && !n.poss && !afterPreposition(p, n) && wordsUpTo(n.name, 3) >= 2 && n.t1+2 < len(toks) && toks[n.t1].text == "," &&
			!firmName(n.name) && !orgLooking(n.name) && personSetOff(p, n.t1+1) { // not "Brightline Robotics, a leader in automation,"
			n.person = true // "Teal Baker, the national director of surrogates,", "Khin Zaw Win, an activist,": a name no list holds, a post only people hold
		}
		if n.kind == byName && n.role == "" && !n.org && !n.poss && roleAppos(n) {
			n.role = ownedPost(toks, n.t0-2) // "Canada's deputy prime minister, Chrystia Freeland,": "the minister" later
		}
		if head := bodyBefore(toks, n); n.kind == byName && (!n.person || n.role == "") && !n.poss && head != "" {
			// "Her record label, Aurora Music,", "Its parent company,
			// Alphabet,": a body, whatever given name opens its name
			n.org, n.person = true, false
			n.business = commercialHeads[head]
		}
		if n.kind == byName && n.org && !n.poss && given(toks, n.t0) != 0 && (setOffBefore(toks, n, names.PersonNoun) != "" || partyMemberAfter(toks, n.t1)) {
			// "His attorney, Susan Church,", "Leslie Church, the Liberal,":
			// a person, whatever body's word ends the name
			n.org, n.person = false, true
		}
		if head := bodySetOff(toks, n.t1); n.kind == byName && (!n.person || n.role == "") && !n.poss && head != "" {
			// "Entergy, the state's largest utility,", "Dixon Hall, a
			// non-profit agency,", "Tim Hortons, the coffee chain,": what
			// the name is, a body, whatever given name opens it
			n.org, n.person = true, false
			n.business = commercialHeads[head]
		}
		if n.kind == byName && n.role == "" && n.person && n.t1+2 < len(toks) && toks[n.t1].text == "," {
			n.role = roleAfter(p, n.t1+1)
		}
		if b := toks[max(n.t0-1, 0)].low; n.kind == byName && given(toks, n.t0) == 0 && !n.poss && n.t0 > 0 && (!toks[n.t0-1].isCap() && commercialHeads[b] || strings.HasSuffix(b, "-maker")) {
			n.org, n.person, n.business = true, false, true // "smartphone maker Orbit", "Botox-maker Allergan", not "developer Mel Sembler": a business by its trade
		}
	}
	for k := 0; k+1 < len(ms); k++ {
		// "the oil giant Exxon Mobil", "the carmaker Tesla": a name right
		// after a body's noun is the body's, whatever its words make of
		// it, unless a given name says a person bears it.
		if o, n := ms[k], ms[k+1]; o.kind == byNominal && n.kind == byName && n.t0 == o.t1 && orgHeads[o.head] && !placeHeads[o.head] &&
			(n.gender == 0 || firmName(n.name)) && !n.poss { // "the firm Dillon Consulting" too
			n.org, n.person, n.business = true, false, commercialHeads[o.head]
		}
	}
	for k := 0; k+1 < len(ms); k++ {
		// "Dan Backer, the fund's lawyer, treasurer and strategist, has
		// rejected": the description the name took its role from is the
		// name's, however far the list it opens runs on
		if n, m := ms[k], ms[k+1]; n.kind == byName && n.person && !n.poss && m.kind == byNominal && !m.org && m.t0 == n.t1+1 &&
			toks[n.t1].text == "," && n.role != "" && n.role == m.role {
			m.appos = n
		}
	}
	for k := 0; k+1 < len(ms); k++ {
		// "The premier of Alberta, Danielle Smith,": the name is the
		// premier's, and the clause that names "Alberta" means her.
		o, n := ms[k], ms[k+1]
		if o.kind == byName && o.t0 >= 2 && toks[o.t0-1].low == "of" && toks[o.t0-2].is(fTitle|fNominalHead) &&
			!toks[o.t0-2].isCap() && o.t1 < len(toks) && toks[o.t1].text == "," && n.kind == byName && !n.org &&
			n.t0 == o.t1+1 && n.t1 < len(toks) && toks[n.t1].text == "," {
			o.appos = n
			if n.role == "" {
				n.role = toks[o.t0-2].text + " of " + o.text
			}
		}
	}
	for k := 0; k+1 < len(ms); k++ {
		m, n := ms[k], ms[k+1]
		post := m.kind == byName && m.org && !m.poss && m.t1+1 < len(toks) && n.t0 == m.t1+2 && toks[m.t1+1].text == "," &&
			!toks[m.t1].isCap() && toks[m.t1].is(fTitle|fNominalHead)
		if post {
			// "The Bank of England governor, Andrew Bailey,": the post
			// is the organisation's and the person's name follows.
			m.t1, m.End = m.t1+1, toks[m.t1].End
			m.text = p.text[m.Start-p.Start : m.End-p.Start]
		}
		end := n.t1
		if k+2 < len(ms) && end+1 < len(toks) && (toks[end].low == "of" || toks[end].low == "from") && ms[k+2].kind == byName &&
			(ms[k+2].t0 == end+1 && names.IsPlace(ms[k+2].text) || ms[k+2].org && (ms[k+2].t0 == end+1 || ms[k+2].t0 == end+2 && toks[end+1].low == "the")) {
			// "Sen. Pat Roberts of Kansas,", "Dr. Borja del Pozo Cruz of
			// the University of Southern Denmark.": where the person is
			// from closes the name
			end = ms[k+2].t1
		}
		// "another friend, Mariam Emara told CNN": a comma missed before
		// the verb of a subject that opens its clause
		closed := end < len(toks) && (toks[end].text == "," || toks[end].text == "." ||
			toks[end].is(fSpeech) && (p.sentenceStart(m.t0) || m.t0 > 0 && quoteComma(toks[m.t0-1])))
		if !post && (m.kind != byNominal || m.org) || m.poss || n.kind != byName || n.org || n.poss ||
			n.t0 != m.t1+1 || toks[m.t1].text != "," || !closed {
			continue // "said its chief executive, Ruth Curtice.": the name closes the sentence
		}
		m.appos = n
		if m.kind == byNominal && m.person && !n.person && !firmName(n.name) && !orgLooking(n.name) {
			n.person = true // "His neighbour, Gord Lutz,": a name set off after a noun for a person names one, whatever the given name
		}
		if n.role == "" {
			n.role = m.role
			if m.kind == byName {
				n.role = strings.TrimPrefix(m.text, "The ")
			}
		}
	}
}

// pastApposition is where a statement starts after the comma that ends
// its source, past a description of the source set off by a second comma:
// "According to Skymet, a private forecaster, the monsoon could be late",
// "According to the latest Newspoll, published on Sunday, Labor leads".
func pastApposition(p *para, toks []token, comma, end int) int {
	if comma+1 >= end {
		return comma + 1
	}
	n := toks[comma+1]
	described := (n.low == "a" || n.low == "an" || n.low == "one" && comma+2 < end && toks[comma+2].low == "of") && apposition(toks, comma, end) ||
		n.low == "the" && setOffPhrase(p, toks, comma+1, end)
	if described || n.isWord() && !n.isCap() && strings.HasSuffix(n.low, "ed") && !n.is(fSpeech) {
		for j := comma + 2; j < end; j++ {
			if toks[j].text == "," {
				return j + 1
			}
			if w := toks[j].low; w == "who" || w == "which" || w == "that" {
				return comma + 1
			}
		}
		if described {
			return end // "..., according to Brian Wieser, an analyst at Pivotal Research Group.": the description ends the sentence
		}
	}
	return comma + 1
}

// setOffPhrase reports a noun phrase from token i that "the" opens, closed
// by a comma before any verb: "According to SAFAR, the Centre's air
// quality forecasting agency, pollution levels ...", not "According to
// the report, the plant closed last year, and ...".
func setOffPhrase(p *para, toks []token, i, end int) bool {
	for j := i + 1; j < end && j <= i+maxAppositionWords; j++ {
		if toks[j].text == "," {
			return !clause(p.text[toks[i].Start-p.Start:toks[j-1].End-p.Start], false)
		}
		if !toks[j].isWord() && toks[j].text != "'s" && toks[j].text != "’s" || toks[j].is(fAux|fBe|fCue) || isRelative(toks[j].low) {
			return false
		}
	}
	return false
}

// describedName is the person named just before a description d that is set
// off after their name with a comma ("Gary Byrne, a former Secret Service
// agent for President Bill Clinton"), whom it describes; else nil.
func describedName(p *para, d *mention, start int) *mention {
	if d == nil || d.t0-1 <= start || p.toks[d.t0-1].text != "," {
		return nil
	}
	if n := p.mentionEndingAt(d.t0 - 1); n != nil && n.kind == byName && n.person && !n.poss {
		return n
	}
	return nil
}

// bodyBefore is the noun for a body of a description set off before the
// name n, which a comma closes after it ("Her record label, Aurora
// Music,"), or "": the description opens with an article or an owner
// within four words of its noun, at a sentence's or a clause's start. A
// participle's phrase may follow the noun ("The union representing the
// workers, Unifor,").
func bodyBefore(toks []token, n *mention) string {
	return setOffBefore(toks, n, func(w string) bool { return orgHeads[w] })
}

// setOffBefore is the noun of a description set off before the name n, as
// bodyBefore reads it, when head holds it: "His attorney, Susan Church,"
// for a noun only people are.
func setOffBefore(toks []token, n *mention, head func(string) bool) string {
	h := n.t0 - 2
	if h < 1 || toks[n.t0-1].text != "," || n.t1 >= len(toks) || toks[n.t1].text != "," {
		return ""
	}
	for j := h - 1; j >= 1 && j >= h-6 && toks[j].isWord() && !head(toks[h].low); j-- {
		if head(toks[j].low) && !toks[j].isCap() && strings.HasSuffix(toks[j+1].low, "ing") {
			h = j // "The union representing the workers, Unifor,": the noun a participle's phrase follows
		}
	}
	if toks[h].isCap() || !head(toks[h].low) {
		return ""
	}
	k := phraseOpener(toks, h, 4)
	if k < 0 || k > 0 && toks[k-1].isWord() {
		return "" // "the face of the party, Donald J. Trump,", "at his high school, Justin Ki Hong": the noun is no description's head
	}
	return toks[h].low
}

// openingNoun reports a sentence that opens with an article and a noun in
// lower case whose phrase runs, with no comma, to the comma at token c: a
// description of the name set off after it, whatever names it holds
// ("The trustee overseeing the bankruptcy of Urban Homes Inc., Ernst &
// Young, said": the trustee is Ernst & Young).
func openingNoun(p *para, c int) bool {
	s := p.sentenceOf(c).Start
	if s+2 > c || !p.toks[s].is(fDeterminer) || p.toks[s+1].isCap() || !nounish(p.toks[s+1]) {
		return false
	}
	return !slices.ContainsFunc(p.toks[s:c], func(t token) bool { return !t.isWord() && t.text != "&" || t.is(fCue) })
}

// partyMemberAfter reports a party's member set off after a name from the
// comma at token i: ", the Liberal,", ", the Republican."; never after a
// transcript's label, which has no tokens (i < 0).
func partyMemberAfter(toks []token, i int) bool {
	return i >= 0 && i+3 < len(toks) && toks[i].text == "," && toks[i+1].low == "the" && toks[i+2].isCap() && parties[toks[i+2].low] && !toks[i+3].isWord()
}

// nameSetOff is the person named and set off by commas after a source
// described as one person, at the comma at token comma: "According to
// Gagnon's lawyer, Sarah Kwan, the city ...". Not a name the clause after
// goes on from as its subject ("According to police, John Smith, 45, was
// arrested", "According to his lawyer, Smith, who has no record, is").
func nameSetOff(p *para, toks []token, base int, src *mention, comma, end int) *mention {
	if src.kind == byName || comma+1 >= end || toks[comma].text != "," || strings.HasSuffix(src.head, "s") || !names.PersonNoun(src.head) {
		return nil
	}
	n := p.mentionAt(base + comma + 1)
	if n == nil || n.kind != byName || !n.person || n.poss {
		return nil
	}
	after := n.t1 - base
	if after+1 >= end || toks[after].text != "," {
		return nil
	}
	next := toks[after+1]
	if isRelative(next.low) || isNumber(next.text) || next.is(fAux|fBe) || !next.isCap() && verbish(next.low) {
		return nil
	}
	return n
}
