package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Namesakes: people of one surname, whom a bare surname cannot tell apart
// when the article brings them in together, whom the pronouns after it
// tell apart when one is a man and the other a woman, and of whom the one
// the article has had speak is meant when nothing else tells.

// sharedSurname reports a bare surname that another person bears whom the
// article brought in beside best, joined by "and", named in full before
// pos as often, and whom no gender tells apart: "Sedin added" after
// "Daniel and Henrik Sedin" is either twin's, and a record of who said
// what names neither; but "a march with Ammon Bundy" after "Ammon and Ryan
// Bundy" singles one out. A relative named in passing ("the daughter of Dick Cheney",
// "her brother, Jordan Moar,") leaves the surname to the person the story
// is about, as news most often does.
func (c *cast) sharedSurname(cands []*entity, best *entity, key string, pos int, gender, hint byte) bool {
	for _, e := range cands {
		if e == best || !e.person || e.nobody || !e.full || e.final != key || e.first == best.first || e.named != best.named || e.last >= pos || !pairedIntro(e.intro, best.intro) {
			continue
		}
		if gender != 0 && e.gender != gender || hint != 0 && e.gender != hint && best.gender == hint {
			continue // "Mrs. Obama" after "Barack and Michelle Obama"; "Belkacemi says she"
		}
		return true
	}
	return false
}

// pairedIntro reports two first mentions joined by "and" alone: "Gordon
// Rafuse and Ellen Rafuse", "Daniel and Henrik Sedin".
func pairedIntro(a, b *mention) bool {
	if a == nil || b == nil || a.p != b.p || a.t0 < 0 || b.t0 < 0 {
		return false
	}
	if a.t0 > b.t0 {
		a, b = b, a
	}
	return b.t0 == a.t1+1 && a.t1 < len(a.p.toks) && a.p.toks[a.t1].low == "and"
}

// ambiguous is the one entity of the article that stands for a bare
// surname two people share: no one the database can follow, whom its
// claims show by the name as written.
func (c *cast) ambiguous(name string) *entity {
	for _, e := range c.ents {
		if e.nobody && e.phrase == name {
			return e
		}
	}
	e := c.newEntity()
	e.kind, e.person, e.nobody, e.phrase, e.last = kindPerson, true, true, name, -1
	e.bare, e.subject = true, true
	return e
}

// surnameVotes is the gender the pronouns that take up a bare surname
// tell, for each surname a man and a woman of the article share, when
// those pronouns all agree: "Clinton proposed new rules that would end
// what she said were unfair" after Hillary and Bill Clinton are each named
// in full says which Clinton the bare surname means, here and wherever
// nothing nearer tells. A count of full names would not: an article about
// her may name him as often, in passing.
func (c *cast) surnameVotes(ms []*mention) map[string]byte {
	var votes map[string][2]int
	for _, m := range ms {
		if m.kind != byName || m.ent != nil || m.poss || m.t0 < 0 || wordsUpTo(m.name, 1) > 1 || m.gender != 0 {
			continue // not "Mrs. Clinton ... She told": the title told already, and votes for no bare "Clinton"
		}
		key := c.key(m.name)
		if !c.sharedByGenders(key) {
			continue
		}
		if votes == nil {
			votes = map[string][2]int{}
		}
		v := votes[key]
		switch pronounAfter(m) {
		case 'm':
			v[0]++
		case 'f':
			v[1]++
		}
		votes[key] = v
	}
	var out map[string]byte
	for key, v := range votes {
		g := byte(0)
		switch {
		case v[0] > 0 && v[1] == 0:
			g = 'm'
		case v[1] > 0 && v[0] == 0:
			g = 'f'
		default:
			continue
		}
		if out == nil {
			out = map[string]byte{}
		}
		out[key] = g
	}
	return out
}

// sharedByGenders reports a surname that a man and a woman the article
// names in full both bear.
func (c *cast) sharedByGenders(key string) bool {
	var m, f bool
	for _, e := range c.keyed(key) {
		if e.person && e.full && e.final == key {
			m, f = m || e.gender == 'm', f || e.gender == 'f'
		}
	}
	return m && f
}

// pronounAfter is the gender of the first "he" or "she" after a name
// that opens its sentence's main clause, with no one else named between,
// and on the same side of any quote, or opening the next sentence of the
// paragraph: whom the pronoun most likely takes up; or of the "his" or
// "her" that owns kin there ("Obama, speaking after his wife,"). Not after
// a name that is an object ("a superdelegate supporting Clinton, said
// he"): the pronoun is as likely the subject's.
func pronounAfter(m *mention) byte {
	p := m.p
	s := p.sentenceOf(m.t0)
	if !opensSentence(p, s.Start, m.t0) && !(p.toks[m.t0-1].text == "," && m.t1 < s.End && (verbish(p.toks[m.t1].low) || names.Verb(p.toks[m.t1].low)&names.FiniteVerb != 0)) {
		return 0
	}
	inQuote := p.toks[m.t0].q
	for k := m.t1; k < s.End; k++ {
		if p.toks[k].q != inQuote {
			continue
		}
		if g := possessivePronouns[p.toks[k].low]; (g == 'm' || g == 'f') && k+1 < s.End && kin[p.toks[k+1].low] {
			return g // "Obama, speaking after his wife, mocked": whose wife, the name's bearer
		}
		if n := p.mentionAt(k); n != nil && (n.kind != byPronoun || n.gender != 'm' && n.gender != 'f') && (n.person || n.kind == byName) {
			return 0 // "Clinton told Sanders he": his, as likely
		}
		if g := subjectPronoun(p.toks[k].low); g != 0 {
			return g
		}
	}
	if s.End < len(p.toks) && inQuote == nil && p.toks[s.End].q == nil {
		return subjectPronoun(p.toks[s.End].low) // "Tobin remembers the night ... He said he had radioed": the next sentence opens with it
	}
	return 0
}

// subjectPronoun is 'm' for "he", 'f' for "she", else 0.
func subjectPronoun(w string) byte {
	switch w {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// describedNamesake is the one of two people or more the article names in
// full with the surname m is, whom the words set off after m describe as
// words set off after that person's full name did: "Johnson, the store
// owner, said" after "Paul Johnson, who owns a hardware store," and "Mark
// Johnson, a retired firefighter,". Otherwise nil, and findShort decides.
func (c *cast) describedNamesake(m *mention, ms []*mention) *entity {
	toks := m.p.toks
	if m.t0 < 0 || m.t1+2 >= len(toks) || toks[m.t1].text != "," || !toks[m.t1+1].is(fDeterminer) || strings.Contains(m.name, " ") {
		return nil // most names: no look further
	}
	key := c.key(m.name)
	var namesakes []*entity
	for _, e := range c.keyed(key) {
		if e.person && e.full && e.final == key && !slices.Contains(namesakes, e) {
			namesakes = append(namesakes, e)
		}
	}
	if len(namesakes) < 2 {
		return nil
	}
	said := describingStems(toks, m.t1+1)
	var found *entity
	for _, n := range ms {
		if n == m || n.ent == nil || !slices.Contains(namesakes, n.ent) || n.t0 < 0 || n.t1 >= len(n.p.toks) || n.p.toks[n.t1].text != "," {
			continue
		}
		for _, s := range describingStems(n.p.toks, n.t1+1) {
			if slices.Contains(said, s) {
				if found != nil && found != n.ent {
					return nil // the words fit both
				}
				found = n.ent
			}
		}
	}
	return found
}

// describingStems are the first four letters of the words of four letters
// or more from token i to the next comma or period: what a description set
// off after a name says of its bearer ("a retired firefighter", "who owns
// a hardware store").
func describingStems(toks []token, i int) []string {
	var stems []string
	for k := i; k < len(toks) && k < i+10 && toks[k].isWord(); k++ {
		if w := toks[k].low; len(w) >= 4 && !toks[k].is(fDeterminer|fPreposition|fPronoun|fAux|fBe) {
			stems = append(stems, w[:4])
		}
	}
	return stems
}

// spokeBefore reports a person the article has had speak before pos:
// a mention of theirs right before a verb of saying, past an aside set off
// after it, or right after one ("Jeb Bush said", "His father, Ernie
// LeBlanc, says", "Kayla Moar, 27, testified", "said Ernie LeBlanc").
func (e *entity) spokeBefore(pos int) bool {
	return e.spokeAt > 0 && e.spokeAt-1 < pos
}

// noteSpeaking keeps where a mention of e first spoke, for spokeBefore.
func (e *entity) noteSpeaking(m *mention) {
	if e.spokeAt == 0 && speaksAround(m) {
		e.spokeAt = m.Start + 1
	}
}

// speaksAround reports a mention right before or after a verb of saying,
// as spokeBefore reads them.
func speaksAround(m *mention) bool {
	toks := m.p.toks
	if m.t0 < 0 || m.poss {
		return false
	}
	verb := func(t token) bool { return t.is(fSpeech) && !strings.HasSuffix(t.low, "ing") }
	if m.t0 > 0 && verb(toks[m.t0-1]) {
		return true
	}
	k := m.t1
	if k+1 < len(toks) && toks[k].text == "," && verb(toks[k+1]) {
		return true // "Her mother, Linh Tran, said": the name itself set off
	}
	if k < len(toks) && toks[k].text == "," {
		for j := k + 1; j < len(toks) && j < k+8; j++ {
			if toks[j].text == "," {
				k = j + 1 // ", 27,", ", the mayor,"
				break
			}
			if !toks[j].isWord() {
				return false
			}
		}
	}
	return k < len(toks) && verb(toks[k])
}
