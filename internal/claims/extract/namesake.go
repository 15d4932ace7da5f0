package extract

import (
	"slices"
	"strconv"
	"strings"

	"claimtrack/internal/claims/names"
)

// Namesakes: people of one surname, whom a bare surname cannot tell apart
// when the article brings them in together, and whom the pronouns after it
// tell apart when one is a man and the other a woman.

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
		if m.kind != byName || m.ent != nil || m.poss || m.t0 < 0 || wordsUpTo(m.name, 1) > 1 {
			continue
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
// paragraph: whom the pronoun most likely takes up. Not after a name that is an object ("a superdelegate supporting
// Clinton, said he"): the pronoun is as likely the subject's.
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

// seniorNamesake is whom "the younger Nielsen" or "the elder Mr. Murdoch"
// means of the people the article has named in full with that surname:
// the eldest or the youngest by what the article tells of them, their
// ages set off after their names ("Kyle Nielsen, 34,"), their kin ("His
// son, Kyle Nielsen": the son of the namesake named before; "Kyle's
// mother, Linda Nielsen") or suffixes ("Jr."). "The elder Mr. Murdoch" is
// Rupert Murdoch, 85, beside "his two sons, Lachlan, 44, and James, 43".
// When that leaves two, either may be meant, and no one is named; when it
// tells nothing, nil, and findShort decides as for any surname. Beside one
// namesake only, "the younger" is someone else: a child the article calls
// by given name ("His son Donald Jr."), whom the surname cannot tell.
func (c *cast) seniorNamesake(m *mention, ms []*mention) *entity {
	toks := m.p.toks
	i := m.t0 - 1
	if i >= 0 && honorifics[toks[i].low] {
		i--
	}
	if i < 1 || toks[i-1].low != "the" || strings.Contains(m.name, " ") {
		return nil
	}
	younger := toks[i].low == "younger"
	if !younger && toks[i].low != "elder" && toks[i].low != "older" {
		return nil
	}
	key := c.key(m.name)
	var cands []*entity
	for _, n := range ms {
		if n.Start < m.Start && n.ent != nil && n.ent.person && n.ent.full && n.ent.final == key && !slices.Contains(cands, n.ent) {
			cands = append(cands, n.ent)
		}
	}
	switch {
	case len(cands) == 1 && younger:
		return c.ambiguous(m.name)
	case len(cands) < 2:
		return nil
	}
	older := c.seniority(cands, ms)
	told := false
	for _, row := range older {
		told = told || slices.Contains(row, true)
	}
	if !told {
		return nil // namesakes of whom the article tells nothing of the kind: the one it names most, as ever
	}
	// the one shown older (younger) than someone, whom no one is shown
	// older (younger) than: the eldest, though the article tells nothing
	// of how a third compares
	found := -1
	for a := range cands {
		above, below := false, false
		for b := range cands {
			if younger {
				above, below = above || older[a][b], below || older[b][a]
			} else {
				above, below = above || older[b][a], below || older[a][b]
			}
		}
		if below && !above {
			if found >= 0 {
				found = -2
				break
			}
			found = a
		}
	}
	if found >= 0 {
		return cands[found]
	}
	return c.ambiguous(m.name) // "the elder Nielsen" of a father, a son and the son's mother: either parent
}

// seniority tells, for each pair of namesakes, whether the article shows
// the first older than the second: by their ages, their kin, their
// suffixes, and what follows from those.
func (c *cast) seniority(cands []*entity, ms []*mention) [][]bool {
	older := make([][]bool, len(cands))
	for a := range older {
		older[a] = make([]bool, len(cands))
	}
	age := make([]int, len(cands))
	last := -1 // the namesake named last, whom "his" or "her" before a kin word means
	for _, n := range ms {
		a := slices.Index(cands, n.ent)
		if a < 0 || n.t0 < 0 {
			continue
		}
		nt := n.p.toks
		if n.t1+2 < len(nt) && nt[n.t1].text == "," && (nt[n.t1+2].text == "," || nt[n.t1+2].text == ".") && len(nt[n.t1+1].text) <= 3 && number(nt[n.t1+1].text) {
			age[a], _ = strconv.Atoi(nt[n.t1+1].text)
		}
		k := n.t0 - 1
		if k >= 0 && nt[k].text == "," {
			k--
		}
		if k >= 1 && kinSeniority[nt[k].low] != 0 {
			rel := last
			if w, poss := cutPossessive(nt[k-1].low); poss {
				rel = slices.IndexFunc(cands, func(e *entity) bool { return e.first == w })
			}
			if rel >= 0 && rel != a {
				if kinSeniority[nt[k].low] > 0 {
					older[a][rel] = true
				} else {
					older[rel][a] = true
				}
			}
		}
		last = a
	}
	for a := range cands {
		for b := range cands {
			if age[a] != 0 && age[b] != 0 && age[a] > age[b] || suffixSeniority(cands[a].name) > suffixSeniority(cands[b].name) {
				older[a][b] = true
			}
		}
	}
	for k := range cands { // what follows: a parent's parent is older too
		for a := range cands {
			for b := range cands {
				older[a][b] = older[a][b] || older[a][k] && older[k][b]
			}
		}
	}
	return older
}

// suffixSeniority is 1 for a name a parent's suffix ends ("Sr."), -1 for
// a child's ("Jr.", "II"), 0 otherwise.
func suffixSeniority(name string) int {
	switch name[strings.LastIndexByte(name, ' ')+1:] {
	case "Sr.", "Sr":
		return 1
	case "Jr.", "Jr", "II", "III":
		return -1
	}
	return 0
}

// kinSeniority is what a word for a relative right before a name ("His
// son, Kyle Nielsen") says of its bearer: -1 a child, 1 a parent.
var kinSeniority = map[string]int{
	"son": -1, "daughter": -1, "grandson": -1, "granddaughter": -1, "nephew": -1, "niece": -1,
	"father": 1, "mother": 1, "dad": 1, "mom": 1, "mum": 1, "grandfather": 1, "grandmother": 1, "uncle": 1, "aunt": 1,
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
