package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Coreference: which entity a pronoun stands for. A pronoun goes to the
// most salient entity of the sentences just before it that it can stand
// for: "he" and "she" to a person of that gender (or of none known), never
// to a place, a date or an organisation; "they" to a group or an
// organisation; "it" to an organisation or a place that spoke (its
// government: "the province said ... It said"), or to no one when a document
// named since is what it stands for ("the report says. It also points
// out"). Salience is the mention's role in its sentence (the
// speaker of a quote or of a verb of saying there first, then the subject,
// whether of the sentence, of a relative clause or of a participle after
// "with", then others, and least a possessive or the object of a
// preposition), fading with each sentence back. A pronoun that is itself a sentence's subject passes its
// entity on: in 'Vickers said ... He said the business, along with a
// credit union run by his father's friend, Martin Legere, ... "...," he
// said', the last "he" is Vickers, not Legere.

// aDocument stands in the salience lists for a document a sentence names
// ("the email", "the letter"): "it" after one is the document, so the
// pronoun goes to no one rather than to an organisation named before it.
var aDocument = &entity{kind: kindOther}

// bodyFor is the organisation a definite description such as "the
// company" refers back to (anaphor), worked out once for each mention:
// the salience of the sentences before asks it again and again.
func (d *doc) bodyFor(m *mention, at sentRef) *entity {
	if e, ok := d.referred[m]; ok {
		return e
	}
	if d.referred == nil {
		d.referred = map[*mention]*entity{}
	}
	d.referred[m] = nil // asked again while it is worked out: no one
	e := d.anaphor(m, at)
	if e != nil && e.kind != kindOrg {
		e = nil
	}
	d.referred[m] = e
	return e
}

// calledBefore is the organisation the article's last description by
// the same noun referred back to, within a dozen sentences: "The company
// posted net income" for Nvalis Semiconductor makes "The company also
// said", past an analyst "at Bernstein", Nvalis's still. A description
// keeps its referent until a body is named as the subject or described
// by that noun, which anaphor finds before asking this.
func (d *doc) calledBefore(m *mention, at sentRef) (e *entity) {
	d.backwards(at, m.Start, 12, func(at sentRef, pos int) bool {
		p := d.paras[at.p]
		s := p.sents[at.s]
		ms := p.mentionsIn(s.Start, s.End)
		for i := len(ms) - 1; i >= 0; i-- {
			if n := ms[i]; n.Start < pos && n.kind == byNominal && n.head == m.head && definite(n) && !n.poss {
				e = d.bodyFor(n, at)
				return true
			}
		}
		return false
	})
	return e
}

// pronounEntity is the entity a personal pronoun stands for, worked out
// once: "he" and "she" by gender, "they" by number.
func (d *doc) pronounEntity(m *mention, at sentRef) *entity {
	if m.tried {
		return m.ent
	}
	m.tried = true
	pos := m.Start
	if tagSpeaker(m.p, m) {
		// '..., he said': someone met before, not one named in what he
		// says ('Schumer, he said, "knows the minds and hearts of his
		// colleagues."' after a quote of Blumenthal's)
		pos = m.p.toks[m.p.sentenceOf(m.t0).Start].Start
	}
	they := m.text == "they" || m.text == "They"
	switch {
	case m.gender == 'm' || m.gender == 'f' || they:
		m.ent = d.antecedent(at, pos, m.gender, they)
		if m.ent != nil && namedInClause(m, m.ent) {
			m.ent = nil // "he called Rubio 'Little Marco'": not Rubio, and who else is less sure
		}
	case m.text == "it" || m.text == "It":
		if m.ent = d.antecedent(at, pos, 'n', false); m.ent == aDocument { // "BC Hydro said ... it said"
			m.ent = nil
		} else if m.ent == nil && m.t1 < len(m.p.toks) && m.p.toks[m.t1].is(fSpeech) {
			m.ent = d.nameThatSpoke(at)
		}
	}
	return m.ent
}

// nameThatSpoke is the one name of no known kind that spoke in the
// sentence before at, which an "it" that speaks stands for, as no person
// is called "it": "Hydro-Québec said crews were on their way. It said
// most customers ...". Not a name with a role, which tells a person the
// lists do not know ("Rapper Ludacris"), nor words capitalised.
func (d *doc) nameThatSpoke(at sentRef) *entity {
	prev, ok := d.prevSentence(at)
	if !ok {
		return nil
	}
	cands, done := d.mentioned(prev, d.paras[prev.p].End)
	defer done()
	var found *entity
	for _, c := range cands {
		if e := c.e; c.w >= wQuoted && e.kind == kindUnknown && e.gender == 0 && e.role == "" && !e.they && !e.worded && !e.nobody {
			found = e
		}
	}
	for _, c := range cands {
		if c.e != found && c.e.kind == kindUnknown {
			return nil // another name of no known kind: "Hydro-Québec and Énergir said"
		}
	}
	return found
}

// antecedent finds the entity a pronoun before pos in sentence at stands
// for: the best fit by salience among the two nearest sentences (its own
// before it, then those before) that name anyone it may stand for.
func (d *doc) antecedent(at sentRef, pos int, gender byte, plural bool) *entity {
	var best *entity
	score, weight, seen, own, other, apart := 0.0, 1.0, 0, false, false, false
	home := at.p
	for n := 0; n < 8 && seen < 2; n++ {
		found := false
		cands, done := d.mentioned(at, pos)
		for _, c := range cands {
			f := fits(c.e, gender, plural)
			if f == 0 && gender == 'n' && c.e.kind == kindPlace && c.w >= wQuoted {
				f = 1 // "Nova Scotia will hire nurses, the province said. It said": the government a place that speaks stands for
			}
			if f == 0 {
				other = other || at.p == home && n > 0 && !plural && (gender == 'm' || gender == 'f') && c.e.kind == kindPerson && !c.e.nobody && c.lead && c.e.gender != 0 && c.e.gender != gender
				apart = apart || at.p == home && gender == 'n' && c.lead && (c.e.kind == kindPerson || c.e.kind == kindPlace) // the paragraph is about someone "it" cannot be
				continue
			}
			found = true
			// A name no list knows, not a word of English, that leads a
			// sentence of the pronoun's own paragraph is likelier whom it
			// means than a person paragraphs back: "Atishi accused the
			// government ... "...," she said" after Rekha Gupta; not "The
			// president's Pacific roots".
			own = own || (n > 0 || c.e.nobody) && c.w >= wSubject && c.e.kind == kindPerson && gender != 'n' && !plural && !d.nameAlone(at) ||
				n > 0 && at.p == home && c.lead && c.e.kind == kindUnknown && !names.IsWord(c.e.key)
			if x := c.w * f * weight; x > score {
				best, score = c.e, x
			}
		}
		done()
		if found {
			seen++
		}
		weight *= fade
		from := at.p
		var ok bool
		if at, ok = d.prevSentence(at); !ok || own && at.p != from {
			break // a person who speaks or acts in the pronoun's own paragraph is whom "he said" means, whatever gender an earlier one's name tells: "Sheriff Alex Villanueva urged ... "...," he said"
		}
		if apart && !found && at.p != from && from == home {
			break // "John Smith, a farmer, had asked for less. It said", "Ottawa has said ... It said": not a body a paragraph back
		}
		if other && !found && at.p != from && from == home {
			// The one who speaks in the pronoun's own paragraph has a
			// given name the lists call the other gender's ("Analyst Stacy
			// Rasgon ... he said"): the lists may be wrong of them, and no
			// one named paragraphs back is surer to be meant.
			break
		}
		pos = d.paras[at.p].End
	}
	if gender == 'n' && score < itMinScore {
		return nil // "Speaking to the BBC, she said ... it said": a listener or an owner a sentence back is no one "it" speaks for
	}
	return best
}

// nameAlone reports a sentence that is a name and nothing more: a letter's
// signature or a photo's label, which says nothing of whom the next
// paragraph is about ("Ernie Helton.").
func (d *doc) nameAlone(at sentRef) bool {
	p := d.paras[at.p]
	s := p.sents[at.s]
	ms := p.mentionsIn(s.Start, s.End)
	return len(ms) == 1 && ms[0].t0 == s.Start && ms[0].t1 >= s.End-1
}

// itMinScore is the least salience an organisation needs for "it" to
// stand for it: more than the object of a preposition or a possessive
// has a sentence back.
const itMinScore = 0.2

// fits is how well an entity fits a pronoun (gender 'm' or 'f', or 'p'
// for a person of either), 0 when it cannot stand for it: "they" an organisation or group; "he" and "she" a person of that
// gender, less well one of no known gender, and least a name with no
// evidence either way (a surname alone); never a place, a date or an
// organisation.
func fits(e *entity, gender byte, plural bool) float64 {
	if plural {
		switch {
		case e.kind == kindGroup, e.kind == kindPerson && e.they:
			return 1
		case e.kind == kindOrg && !e.nominal && e.subject:
			// "they" for a body ("the union ... they said"), less often
			// than for its people; not for one named only to qualify a
			// noun ("the fourth televised GOP debate")
			return 0.5
		}
		return 0
	}
	switch {
	case gender == 'p' && e.kind == kindPerson: // any person: "the professor"
		return 1
	case gender == 'n': // "it": an organisation, or a document that speaks for no one
		if e.kind == kindOrg || e == aDocument {
			return 1
		}
		return 0
	case e.kind == kindPerson && e.gender == gender:
		return 1
	case e.kind == kindPerson && e.gender == 0:
		return 0.5
	case e.kind == kindUnknown && e.gender == 0 && e.subject && e.bare && !strings.HasSuffix(e.key, "s") && !names.Demonym(e.key) && !(e.final != e.key && names.IsWord(e.final)):
		// a surname alone, or a name no list knows ("Dahlys Hamilton"),
		// named as someone who acts; not "in southern Sumatra", nor
		// "Evacuees", nor "the Mediterranean", nor "An Ethiopian exile",
		// nor a name a word of English ends ("Her shop, Mahoney Iron,")
		return 0.35
	}
	return 0
}

// topicalConfidence is how sure extraction is of a quote given to the
// person the sentences before it are about, with no attribution of its own.
const topicalConfidence = 0.8

// topic is the person the sentence before pos (in its paragraph or the
// one before) is about: its subject or the speaker it quotes, a person
// named or referred to by a pronoun; nil when that sentence is about
// someone else or no one.
func (d *doc) topic(at sentRef, pos int) *entity {
	var found *entity
	d.backwards(at, pos, 4, func(at sentRef, pos int) bool {
		if e, ok := d.ownerSubject(at); ok {
			if e != nil && !e.nobody {
				found = e
			}
			return true // "Her message now is simple: ...": the sentence is about her
		}
		cands, done := d.mentioned(at, pos)
		defer done()
		for _, c := range cands {
			if c.w >= wSubject && c.e.kind == kindPerson {
				if !c.e.nobody {
					found = c.e
				}
				return true // an unnamed person: no one the quote can be given to
			}
		}
		return false
	})
	return found
}

// ownerSubject is the person a sentence that opens with "his" or "her" is
// about ("Her message now is simple", "But his plan failed"): whom the
// pronoun stands for, or nil; ok is false when the sentence opens
// otherwise.
func (d *doc) ownerSubject(at sentRef) (e *entity, ok bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	i := s.Start
	for i < s.End && (p.toks[i].low == "but" || p.toks[i].low == "and" || p.toks[i].low == "so") {
		i++
	}
	if i >= s.End {
		return nil, false
	}
	g := possessivePronouns[p.toks[i].low]
	if g != 'm' && g != 'f' {
		return nil, false
	}
	for _, m := range p.mentionsIn(i+1, min(i+5, s.End)) {
		if m.kind == byName {
			return nil, false // "Her partner Tom Bell runs the till": about him
		}
	}
	if e = d.antecedent(at, p.toks[i].Start, g, false); e != nil && e.kind != kindPerson {
		e = nil
	}
	return e, true
}

// namedInClause reports e named in the pronoun m's own clause after it, as
// its verb's object or in a phrase of it ("he called Rubio", "she thanked
// Mrs. Clinton's staff"): a pronoun and a name in one clause are two
// people; but a name that qualifies a noun after it names no one there
// ("he told the story of a supporter holding a Rubio sign"). The clause
// ends at a comma, a dash, a quote, "that" or a clause's word.
func namedInClause(m *mention, e *entity) bool {
	p := m.p
	end := p.sentenceOf(m.t0).End
	for k := m.t1; k < end; k++ {
		t := p.toks[k]
		if t.text == "," || t.text == ";" || isDash(t.text) || t.q != nil || t.low == "that" || t.is(fSubordinator|fConjunction) || t.low == "and" || t.low == "but" {
			return false
		}
		if n := p.mentionAt(k); n != nil && n.kind == byName && n.ent == e && !qualifies(p.toks, n.t1) {
			return true
		}
	}
	return false
}

// qualifies reports a word in lower case at token j that a name before it
// may qualify as a noun's modifier: no preposition, verb's word, adverb,
// time or article.
func qualifies(toks []token, j int) bool {
	return j < len(toks) && toks[j].isWord() && !toks[j].isCap() && !toks[j].is(fPreposition|fAux|fBe|fAdverb|fTime|fCue|fDeterminer|fPronoun) && toks[j].low != "that"
}
