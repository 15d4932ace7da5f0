package extract

import (
	"slices"
	"sort"
	"strings"

	"claimtrack/internal/claims/names"
)

// Genders the lists do not give: an article tells a person's gender by the
// pronouns it uses of them, when nothing else stands between.

// learnGenders takes people's gender from the article's own usage when no
// name list or title gave it: "Okonjo said she ..." makes Okonjo a she, when
// nobody else stands between the name and the pronoun, and a verb of
// saying does, or the name opens the sentence ("Kody alone made the choice
// he did", "For Megda Belkacemi, Friday is a day she has been awaiting").
func (c *cast) learnGenders(ms []*mention) {
	for _, m := range ms {
		if m.kind == byName && m.t0 >= 0 && m.ent != nil && !m.ent.org && statesThey(m.p, m.t1) {
			m.ent.they, m.ent.person = true, true // "Ellis, who uses they/them pronouns, said"
		}
	}
	kinGenders(ms)
	for _, m := range ms {
		if m.kind == byName && m.t0 >= 0 && m.ent != nil && m.ent.gender == 0 && !m.ent.org && !m.poss {
			if g := relativeOwner(m.p, m.t1); g != 0 {
				m.ent.gender, m.ent.person = g, true // "Sandy Phillips, who lost her daughter": a woman
			}
		}
	}
	for i, m := range ms {
		if m.kind != byName || m.t0 < 0 || m.ent == nil || m.ent.gender != 0 && !m.ent.disputed || m.ent.org || m.poss || placeEnds(m.p.toks, m.t1) ||
			afterLocative(m.p, m) || names.IsPlace(m.ent.key) || afterPreposition(m.p, m) && !m.p.toks[m.t0-1].is(fSubordinator) && !fronted(m.p, m) {
			// not "the South China Sea, it is his job, he said", nor "grew
			// up in Barbados, where he watched", nor the object of a phrase
			// ("In an interview with Vogue, the singer said she"; but "Ever
			// since Sanders announced ..., he said" names the subject), nor
			// a transcript's label (no token)
			continue
		}
		end := setOffEnd(m.p, m.t1) // "Lee Finell, health education manager with Dairy Farmers of Canada, said she"
		for _, n := range ms[i+1:] {
			if n.p == m.p && n.t0 >= m.t1 && n.t1 <= end {
				continue // named in the description set off after the name
			}
			if n.p != m.p || n.t0 > end+6 && !(n.t0 <= end+10 && saidBetween(m.p, end, n.t0)) || n.kind == byName || sentenceBetween(m.p, m.t1, n.t0) {
				// too far, someone else is nearer, or another sentence
				// ("Labor had questions. She told ..."); a verb of saying
				// reaches past its setting ("said in a message to
				// employees that he was pleased")
				break
			}
			if n.kind == byPronoun && (n.gender == 'm' || n.gender == 'f') {
				// A disputed name's gender gives way only to "X said she".
				// Nor does a name that says it is no person: "Air Canada
				// said in a statement that she had opened doors".
				if couldBePerson(m.ent) && (saidBetween(m.p, m.t1, n.t0) || m.ent.gender == 0 && (opensSentence(m.p, m.p.sentenceOf(m.t0).Start, m.t0) || fronted(m.p, m)) && !tagSpeaker(m.p, n)) {
					m.ent.gender, m.ent.person, m.ent.disputed = n.gender, true, false
				}
				break
			}
		}
	}
	for _, m := range ms {
		if m.kind == byName && m.t0 >= 0 && m.ent != nil && m.ent.gender == 0 && !m.ent.org && !m.poss {
			if g := ownerGender(m); g != 0 && couldBePerson(m.ent) {
				m.ent.gender, m.ent.person = g, true
			}
		}
	}
	for i, m := range ms {
		if g := pronounNext(ms, i); g != 0 {
			m.ent.gender, m.ent.disputed = g, false
		}
	}
}

// pronounNext is the gender the article gives the person a sentence opens
// with, against the lists' word for the given name, when the next sentence
// of the paragraph opens with a pronoun of the other gender and no one
// else could be meant: 'Bryn Thomas, a lawyer, said the will was clear.
// She said a judge could order a sale' with no woman named before in the
// article and no "his" in the sentence. A title's gender ("Mr.") stands.
// 0 when the article does not say otherwise.
func pronounNext(ms []*mention, i int) byte {
	m := ms[i]
	if m.kind != byName || m.t0 < 0 || m.poss || m.ent == nil || !m.ent.person || m.ent.org || m.ent.gender != 'm' && m.ent.gender != 'f' || !m.p.sentenceStart(m.t0) {
		return 0
	}
	s := m.p.sentenceOf(m.t0)
	for _, t := range m.p.toks[m.t1:s.End] {
		if pronouns[t.low] == m.ent.gender || possessivePronouns[t.low] == m.ent.gender || objectGender[t.low] == m.ent.gender {
			return 0 // "Dr. Carl Tremblay said many of his patients ... She added": his, as the lists say
		}
	}
	var n *mention
	for _, o := range ms[i+1:] {
		if o.p != m.p || o.t0 > s.End {
			break
		}
		if o.t0 < s.End && o.kind == byName && o.ent != nil && o.ent != m.ent && o.ent.person && !o.poss {
			return 0 // someone else in the sentence
		}
		if o.t0 == s.End {
			n = o
		}
	}
	want := byte('f')
	if m.ent.gender == 'f' {
		want = 'm'
	}
	if n == nil || n.kind != byPronoun || n.gender != want {
		return 0
	}
	// The walks over the whole article come last, for the few names a
	// pronoun of the other gender follows.
	for _, o := range ms[:i] {
		if o.ent != nil && o.ent.person && o.ent.gender == want {
			return 0 // "Mary Smith spoke first. John Brown agreed. She said": Mary
		}
	}
	for _, o := range ms {
		if o.ent == m.ent && o.t0 >= 0 && slices.ContainsFunc(o.p.toks[o.t0:o.t1], func(t token) bool { return titleGender[t.low] != 0 }) {
			return 0 // "Mr. Robin Lee": a title's gender stands
		}
	}
	return want
}

// kinGenders takes the gender of the people named right after a noun of
// kin set off by a comma, "with her sister, Elena,", or owned and not set
// off, "she and her brother Jordan took over": a sister is a woman, and
// a brother no country. The cast asks it once the full names are
// gathered, before a bare surname joins one of them, so that of "her
// brother, Jordan Lavallee" and Tanya Lavallee, "Lavallee said she" is
// Tanya; and again once all names are.
func kinGenders(ms []*mention) {
	for _, m := range ms {
		if m.kind != byName || m.t0 < 2 || m.ent == nil || m.ent.gender != 0 || m.ent.org {
			continue
		}
		toks := m.p.toks
		k := m.t0 - 1
		if toks[k].text == "," {
			k--
		} else if !kin[toks[k].low] || possessivePronouns[toks[k-1].low] == 0 && !isPossessive(toks[k-1].text) {
			continue
		}
		if g := gendered[toks[k].low]; g != 0 {
			m.ent.gender, m.ent.person = g, true
		}
	}
}

// ownerGender is 'm' when "his" follows later in the sentence a name
// opens, with nobody else named between: "Wang made the remarks in Beijing
// alongside his Brazilian counterpart" makes Wang a man (a place is
// nobody). Not "her": "Sanders endorsed and has fundraised for her
// primary challenger" is someone else's, as an object "her" is; nor a
// pronoun inside a quote.
func ownerGender(m *mention) byte {
	p := m.p
	s := p.sentenceOf(m.t0)
	if !opensSentence(p, s.Start, m.t0) {
		return 0
	}
	ms := p.mentionsIn(m.t1, s.End)
	for k := m.t1; k < s.End; k++ {
		t := p.toks[k]
		for len(ms) > 0 && ms[0].t0 < k {
			if n := ms[0]; n.kind != byName || n.poss || n.ent == nil || couldBePerson(n.ent) {
				return 0
			}
			ms = ms[1:]
		}
		switch {
		case t.q != nil || t.low == "her" || t.low == "she" || t.low == "he" || t.low == "him":
			return 0
		case t.low == "his":
			return 'm'
		}
	}
	return 0
}

// relativeOwner is the gender of the possessive pronoun in a relative
// clause set off after a name, as the object of the clause's verb:
// "Sandy Phillips, who lost her daughter in the shooting,"
// tells a woman. Not "who told her" nor "who gave her a ride": an object,
// someone else.
func relativeOwner(p *para, i int) byte {
	if i+2 >= len(p.toks) || p.toks[i].text != "," || p.toks[i+1].low != "who" {
		return 0
	}
	for j := i + 2; j < len(p.toks) && j < i+5; j++ {
		t := p.toks[j]
		g := possessivePronouns[t.low]
		switch {
		case g == 'm':
			return g
		case g == 'f': // "her" may be an object: "who gave her a ride"
			if j+1 < len(p.toks) && p.toks[j+1].isWord() && !p.toks[j+1].isCap() && !p.toks[j+1].is(fPreposition|fDeterminer|fPronoun|fConjunction|fCoordinator) {
				return g
			}
			return 0
		case t.q != nil || t.isCap() || !t.isWord() || t.is(fPreposition|fDeterminer|fObject):
			return 0 // the pronoun right after the clause's verb: not "who cites them as evidence of her ties"
		}
	}
	return 0
}

// statesThey reports the words after a name, within its sentence, that
// say the person goes by "they": "who uses they/them pronouns".
func statesThey(p *para, from int) bool {
	for j := from; j+2 < len(p.toks) && j < from+8 && !sentenceBetween(p, from, j); j++ {
		if p.toks[j].low == "they" && p.toks[j+1].text == "/" && p.toks[j+2].low == "them" {
			return true
		}
	}
	return false
}

// tagSpeaker reports a pronoun that speaks in a tag after what it says,
// ", he said": someone met before, not the sentence's own subject
// ("Evacuees were relying on instant noodles, he said").
func tagSpeaker(p *para, n *mention) bool {
	if n.t0 <= 0 || p.toks[n.t0-1].text != "," || n.t1 >= len(p.toks) || !p.toks[n.t1].is(fSpeech) {
		return false
	}
	// the tag ends the sentence or is set off: not "Though Justice Dunphy
	// said he was loath to ..., he believed the station had acted improperly"
	next := n.t1 + 1
	return next >= len(p.toks) || !p.toks[next].isWord() && p.toks[next].q == nil
}

// compoundGiven is the gender a hyphenated given name no list holds tells
// by its parts, when both are given names ("Yves-François",
// "Marie-Claude"): the first part's; a first part given to either takes a
// man's second part ("Jean-Pierre"), not a woman's, as French men are
// named "Jean-Marie". Asked only of a name's first word with a surname
// after it: "Clinton-Warren" alone is a ticket.
func compoundGiven(low string) byte {
	first, second, ok := strings.Cut(low, "-")
	if !ok {
		return 0
	}
	g1, g2 := givenGender(first), givenGender(second)
	switch {
	case g1 == 0 || g2 == 0:
		return 0
	case g1 == 'm' || g1 == 'f':
		return g1
	case g2 == 'm':
		return 'm'
	}
	return 0
}

// taggedGender is the gender of the pronoun that takes up a name's words
// after a verb of saying: 'she' of "Belkacemi says she will finally be able
// to turn the page", which tells Megda Belkacemi from her father Khaled;
// 'he' of "Patel, now 71, said he", past a description set off, or of
// "Dhillon said. He said", the sentence after; of the possessive in the
// participle after the tag ("says, wiping her hands"); or of the owner of
// kin brought in with the name: "Ebeling and her husband", "Khan and his
// wife".
func taggedGender(m *mention) byte {
	toks := m.p.toks
	k := m.t1
	if k > 0 && k+2 < len(toks) && toks[k].low == "and" && kin[toks[k+2].low] {
		if g := possessivePronouns[toks[k+1].low]; g == 'm' || g == 'f' {
			return g
		}
	}
	if k > 0 { // not a transcript's label
		k = setOffEnd(m.p, k)
	}
	if k > 0 && k+1 < len(toks) && toks[k].is(fSpeech) {
		if g := pronouns[toks[k+1].low]; g == 'm' || g == 'f' {
			return g
		}
		// '"...," Dhillon said. He said the transition had cost too
		// much': the next sentence's pronoun that speaks takes the name up
		if k+3 < len(toks) && toks[k+1].text == "." && m.p.sentenceStart(k+2) && toks[k+3].is(fSpeech) {
			if g := pronouns[toks[k+2].low]; g == 'm' || g == 'f' {
				return g
			}
		}
		k++ // past the verb, to a participle after it
	}
	// "the 34-year-old says, wiping her hands", "says the bow-tied
	// maverick, noting that his disability": a possessive pronoun in the
	// participle after the tag, which is the speaker's
	if k > 0 && k+2 < len(toks) && toks[k].text == "," && strings.HasSuffix(toks[k+1].low, "ing") {
		for j := k + 2; j < len(toks) && j <= k+3; j++ {
			if g := possessivePronouns[toks[j].low]; g == 'm' || g == 'f' {
				return g
			}
		}
	}
	return 0
}

// couldBePerson reports an entity whose name says nothing against its
// being a person: no place, organisation, date or ordinary words, nor a
// word that opens sentences ("Reprising his role, he said").
func couldBePerson(e *entity) bool {
	return !names.IsPlace(e.key) && !placeEdged(e.key) && !orgLooking(e.name) && !timeName(e.key) && !ordinaryName(e.key) && !opener(e.key)
}

// saidBetween reports a verb of saying among a paragraph's tokens [from,
// to): "Okonjo said she", "Jamil, who says she"; not "the Vancouver
// Charter are often rebuffed, he says", where the name is no one speaking.
func saidBetween(p *para, from, to int) bool {
	for i := from; i < to; i++ {
		if p.toks[i].is(fSpeech) {
			return true
		}
	}
	return false
}

// setOffEnd is the token after a description set off by commas right
// after token i ("Lee Finell, health education manager with Dairy
// Farmers of Canada, said"), or by "of" or "from" and a comma ("Darran
// Whiting of Liberty Baptist Church in Marion, said"), when a verb of
// saying follows it; else i.
func setOffEnd(p *para, i int) int {
	if i >= len(p.toks) || p.toks[i].text != "," && p.toks[i].low != "of" && p.toks[i].low != "from" {
		return i // "Darran Whiting of Liberty Baptist Church in Marion, said he" sets off where he is from too
	}
	for j := i + 1; j < len(p.toks) && j < i+16; j++ {
		switch t := p.toks[j]; {
		case t.q != nil || t.text == "." || t.text == ";":
			return i
		case t.text == ",":
			if j+1 < len(p.toks) && p.toks[j+1].is(fSpeech) {
				return j + 1
			}
			return i
		}
	}
	return i
}

// sentenceBetween reports whether a sentence ends among a paragraph's
// tokens [from, to). The sentences are in order, so the first to end after
// from tells, found by binary search: a paragraph of any length costs the
// same (statesThey asks it of every name, token by token).
func sentenceBetween(p *para, from, to int) bool {
	k := sort.Search(len(p.sents), func(k int) bool { return p.sents[k].End > from })
	return k < len(p.sents) && p.sents[k].End <= to
}
