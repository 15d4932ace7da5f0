package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Descriptions by a people's word: "the Italian", "The Argentine star".
// They stand for the one person named just before them, of that calling;
// else for someone the article has not named.

// demonym reports "the" and one capitalised noun for a person, which
// says where they are from or which party they are of: "the Welshman",
// "the Italian", "the Texan"; or "the", a people's word and a noun for a
// person that names no post, trade or body: "the Argentine star".
func demonym(m *mention) bool {
	toks := m.p.toks
	if m.t1-m.t0 == 3 && toks[m.t0].low == "the" && toks[m.t0+1].isCap() && names.Demonym(toks[m.t0+1].low) && !toks[m.t0+2].isCap() && !personRoles[m.head] &&
		!genericHeads[m.head] && !orgHeads[m.head] && !commercialHeads[m.head] && names.PersonNoun(m.head) {
		return true // "the Argentine star"; not "the French president", a post, nor "the Israeli military", no person
	}
	return m.t1-m.t0 == 2 && toks[m.t0].low == "the" && toks[m.t0+1].isCap() && !toks[m.t0+1].is(fTitle|fNominalHead) &&
		(names.PersonNoun(toks[m.t0+1].low) || demonymPerson(toks[m.t0+1].low)) // "the German"; not "the Republican", who is often the one the article is about
}

// soleNamed is the one person soleSubject finds before m (no owner, no
// preposition's object, no name in a quote), of the gender m's noun tells
// ("the Welshman"):
// '"...," the Italian said' after "Their boss, Enzo Marchetti, said".
// Nil when more than one person is named there, since the noun tells
// nothing the names do ("Jannik Sinner beat Taylor Fritz. '...,' the
// American said").
func (d *doc) soleNamed(at sentRef, m *mention) *entity {
	want := byte(0)
	switch w := m.p.toks[m.t0+1].low; {
	case strings.HasSuffix(w, "woman"):
		want = 'f'
	case strings.HasSuffix(w, "man"):
		want = 'm'
	}
	sole := d.soleSubject(at, m.Start)
	if sole == nil || want != 0 && sole.gender != 0 && sole.gender != want || otherCalling(sole, m) {
		return nil
	}
	return sole
}

// otherCalling reports a person named with a role whose noun is another
// than the noun of the description m: "the Argentine star" is not "Miami
// coach Javier Mascherano", whatever his country.
func otherCalling(e *entity, m *mention) bool {
	f := strings.Fields(strings.ToLower(e.role))
	if m.t1-m.t0 < 3 || len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return last != m.head && (personRoles[last] || names.PersonNoun(last))
}

// describedNobody is the entity a description by a people's word stands
// for ("The Argentine star, 38, has scored ... He told reporters"): the
// one person named just before it, or else someone the article has not
// named, so that a pronoun after it goes to no one named further back.
func (d *doc) describedNobody(at sentRef, m *mention) *entity {
	if e := d.soleNamed(at, m); e != nil {
		return e
	}
	return d.nobodyAt(&m.p.toks[m.t1-1], kindPerson, 0)
}

// spokeLast reports e as a speaker of one of the two sentences before
// the one at.
func (d *doc) spokeLast(at sentRef, e *entity) bool {
	for range 2 {
		var ok bool
		if at, ok = d.prevSentence(at); !ok {
			return false
		}
		p := d.paras[at.p]
		s := p.sents[at.s]
		for _, t := range p.toks[s.Start:s.End] {
			if t.q != nil && t.q.speaker != nil && t.q.speaker.ent == e {
				return true
			}
		}
		for _, v := range p.voices {
			if v.e == e && v.at >= p.toks[s.Start].Start && v.at < p.toks[s.End-1].End {
				return true
			}
		}
	}
	return false
}

// peoplesWords reports a name of two words or more that are all words for
// a people: "Asian American", "African American", a modifier of a noun
// for people, never someone's name.
func peoplesWords(key string) bool {
	if !strings.Contains(key, " ") {
		return false
	}
	for w := range strings.FieldsSeq(key) {
		if !names.Demonym(w) {
			return false
		}
	}
	return true
}
