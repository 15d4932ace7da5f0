package extract

import "strings"

// Coreference: which entity a pronoun stands for. A pronoun goes to the
// most salient entity of the sentences just before it that it can stand
// for: "he" and "she" to a person of that gender (or of none known), never
// to a place, a date or an organisation; "they" to a group or an
// organisation; "it" to an organisation, or to no one when a document
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

// salient is an entity named in a sentence and how salient its mention
// there makes it.
type salient struct {
	e *entity
	w float64
}

// Mention weights by role in the sentence.
const (
	wQuoted  = 1.0  // the speaker of a quote in the sentence
	wSubject = 0.8  // the sentence's first mention, not after a preposition
	wOther   = 0.5  // any other mention
	wOwner   = 0.3  // a possessive: "Mr. Hemming's request"
	wObject  = 0.25 // after a preposition: "for Victor Rask"
	fade     = 0.6  // salience kept from one sentence to the one before
)

// mentioned lists the entities the sentence at names before pos, with the
// salience of each mention. They are appended to d.salient, a stack that
// nested calls (for the pronouns of the sentence) push onto and pop off
// in turn, and the caller pops them with done once read.
func (d *doc) mentioned(at sentRef, pos int) (list []salient, done func()) {
	mark := len(d.salient)
	list, done = d.mentionedOnto(at, pos), func() { d.salient = d.salient[:mark] }
	return list[mark:], done
}

// mentionedOnto is mentioned's work: it appends to d.salient and returns it.
func (d *doc) mentionedOnto(at sentRef, pos int) []salient {
	p := d.paras[at.p]
	if p.headlineCase() {
		return d.salient // a title's names are not the story's subjects
	}
	if p.speaker != nil {
		// A transcript's or an embedded post's words are its speaker's,
		// and the people they name are not the reporter's subjects.
		if p.speaker.ent != nil && p.speaker.Start < pos {
			d.salient = append(d.salient, salient{p.speaker.ent, wQuoted})
		}
		return d.salient
	}
	s := p.sents[at.s]
	mainAt := s.Start // where the main clause begins, for a sentence before the one asking
	if pos >= p.toks[s.End-1].End {
		mainAt += frontedEnd(p.toks[s.Start:s.End]) // within its own sentence a fronted clause's subject is the main one's antecedent: "When Trump held rallies he was received"
	}
	for i, t := range p.toks[s.Start:s.End] {
		if t.q != nil && t.Start < pos && t.q.speaker != nil && t.q.speaker.ent != nil {
			w := wQuoted
			if s.Start+i < mainAt {
				w = wOther // "Although Trump has tweeted that there was \"no collusion\", ...": the clause sets the scene
			}
			d.salient = append(d.salient, salient{t.q.speaker.ent, w})
		}
	}
	for _, v := range p.voices {
		if v.at >= p.toks[s.Start].Start && v.at < pos && v.at < p.toks[s.End-1].End {
			d.salient = append(d.salient, salient{v.e, wQuoted})
		}
	}
	subject := true
	if i, e := d.unnamed(p, s.Start, s.End, pos); e != nil {
		// "A 29-year-old Berlin woman ... after she had posted": the
		// person is there to be referred to, though no mention names her
		w := wOther
		if m := p.mentionsIn(s.Start, s.End); len(m) == 0 || m[0].t0 > i {
			w, subject = wSubject, false
		}
		d.salient = append(d.salient, salient{e, w})
	}
	if e := d.pair(p, s.Start, s.End, pos); e != nil {
		// "Ms. Epstein, along with Judge Richard A. Posner and William
		// M. Landes, wrote ... they conclude": the people together, whom
		// no one name stands for
		d.salient = append(d.salient, salient{e, wSubject})
	} else if e := d.pluralSubject(p, s.Start, s.End, pos); e != nil {
		// "the security contractors assembled their weapons ... they
		// said": people the list of speakers' nouns does not hold
		d.salient = append(d.salient, salient{e, wSubject})
	}
	for _, m := range p.mentionsIn(s.Start, s.End) {
		if m.t1 > s.End || m.Start >= pos {
			continue
		}
		var e *entity
		switch m.kind {
		case byName:
			e = m.ent
		case byPronoun:
			if !strings.EqualFold(m.text, "it") || speaks(p, m) {
				e = d.pronounEntity(m, at) // not "though it could lead to disruptions": a thing, most often
			} else {
				continue // nor the sentence's subject: "it was only recently that Foster pieced ..."
			}
		case byNominal:
			if m.appos != nil {
				e = m.appos.ent
			} else if collectives[m.head] {
				e = d.described(m) // "Police said ... they said": people, whatever capital opens the sentence
			} else if m.org && properName(m.role) && orgWords[strings.ToLower(m.head)] && !strings.HasSuffix(m.head, "s") {
				e = d.namedBody(m) // "The Food Standards Agency warned ... '...,' it said"
			} else if isGroup(m) {
				e = d.described(m) // "Several Democrats cautioned ... They also said"
			} else if orgHeads[m.head] && definite(m) {
				e = d.bodyFor(m, at) // "Harbor Point LLC ... The company has denied wrongdoing. In a statement, it said"
			} else if b := d.cast.spokenFor(m); b != nil && b.kind == kindOrg {
				e = b // "A Thames Water spokesperson said ... The firm said": the company has spoken
			} else if documents[m.head] && !afterPreposition(p, m) {
				e = aDocument // "The company sent an email ... At the bottom it reads": the email, no one named before it; not "In a statement, it said"
			}
		case byRelative: // "Alfonso Espinos, who ... was born in Mexico": the subject of its clause
			if a := antecedentOf(m); a != nil && a.kind == byName && !objectRelative(p, m) {
				e = a.ent
			}
		}
		w := wOther
		switch {
		case m.kind == byRelative && !afterPreposition(p, m):
			w = wOther
		case m.t0 < mainAt && !m.poss && !prepositionObject(p, m):
			w = wOther // not the main clause's subject: "Although Trump has tweeted that ..., its inclusion ..."
		case !m.poss && m.kind != byRelative && speaks(p, m):
			w = wQuoted // "Josh Matlow told HuffPost Canada", "said Terry Chapman"
			subject = false
		case m.poss:
			w = wOwner
		case afterPreposition(p, m) && (absolute(p, m) || fronted(p, m)):
			w = wSubject
		case prepositionObject(p, m):
			w = wObject // "by TransLink", "to a Langley SkyTrain"
		case subject:
			w = wSubject
			subject = false
		}
		if e != nil {
			d.salient = append(d.salient, salient{e, w})
		}
	}
	return d.salient
}

// prepositionObject reports a mention a preposition governs, with or
// without an article between: "by TransLink", "to a Langley SkyTrain".
func prepositionObject(p *para, m *mention) bool {
	return afterPreposition(p, m) || m.t0 > 1 && p.toks[m.t0-1].is(fDeterminer) && (p.toks[m.t0-2].is(fPreposition) || locatives[p.toks[m.t0-2].low])
}

// objectRelative reports a relative pronoun that is the object of its
// clause, whose subject follows it: "a Langley SkyTrain, which a TransLink
// study concluded would cost ...".
func objectRelative(p *para, m *mention) bool {
	if m.t1 >= len(p.toks) {
		return false
	}
	t := p.toks[m.t1]
	return t.is(fDeterminer|fPronoun) || t.isCap()
}

// fronted reports a mention after "for" or "to" that opens its sentence
// as its topic: "For Megda Belkacemi, Friday is a day she has been
// awaiting", "As for Ban, he seems content".
func fronted(p *para, m *mention) bool {
	w, at := p.toks[m.t0-1].low, m.t0-1
	if w == "for" && at > 0 && p.toks[at-1].low == "as" {
		at--
	}
	return (w == "for" || w == "to") && p.sentenceStart(at) && m.t1 < len(p.toks) && p.toks[m.t1].text == ","
}

// absolute reports a mention after "with" that is the subject of the
// participle after it, an aside between: "with Hillary Clinton — who's
// called for big tax hikes on the rich — lambasting Trump's plan".
func absolute(p *para, m *mention) bool {
	if p.toks[m.t0-1].low != "with" {
		return false
	}
	j := m.t1
	if j < len(p.toks) && isDash(p.toks[j].text) {
		for j++; j < len(p.toks) && j < m.t1+30 && !isDash(p.toks[j].text); j++ {
		}
		j++
	}
	return j < len(p.toks) && !p.toks[j].isCap() && len(p.toks[j].low) > 5 && strings.HasSuffix(p.toks[j].low, "ing")
}

// speaks reports a mention of the speaker of a verb of saying: right
// before it ("Josh Matlow told"), or right after one that follows a quote
// or a comma ('..., said Terry Chapman'); not the one told ("tell Toronto
// Mayor John Tory").
func speaks(p *para, m *mention) bool {
	if m.t0 < 0 {
		return false // a transcript's label: no token of the text
	}
	if m.t1 < len(p.toks) && p.toks[m.t1].is(fSpeech) {
		return true
	}
	return m.t0 > 1 && p.toks[m.t0-1].is(fSpeech) && (p.toks[m.t0-2].text == "," || p.toks[m.t0-2].q != nil)
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
	case m.text == "it" || m.text == "It":
		if m.ent = d.antecedent(at, pos, 'n', false); m.ent == aDocument { // "BC Hydro said ... it said"
			m.ent = nil
		}
	}
	return m.ent
}

// antecedent finds the entity a pronoun before pos in sentence at stands
// for: the best fit by salience among the two nearest sentences (its own
// before it, then those before) that name anyone it may stand for.
func (d *doc) antecedent(at sentRef, pos int, gender byte, plural bool) *entity {
	var best *entity
	score, weight, seen := 0.0, 1.0, 0
	for n := 0; n < 8 && seen < 2; n++ {
		found := false
		cands, done := d.mentioned(at, pos)
		for _, c := range cands {
			f := fits(c.e, gender, plural)
			if f == 0 {
				continue
			}
			found = true
			if x := c.w * f * weight; x > score {
				best, score = c.e, x
			}
		}
		done()
		if found {
			seen++
		}
		weight *= fade
		var ok bool
		if at, ok = d.prevSentence(at); !ok {
			break
		}
		pos = d.paras[at.p].End
	}
	if gender == 'n' && score < itMinScore {
		return nil // "Speaking to the BBC, she said ... it said": a listener or an owner a sentence back is no one "it" speaks for
	}
	return best
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
		case e.kind == kindOrg && !e.nominal:
			return 0.5 // "they" for a body ("the union ... they said"), less often than for its people
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
	case e.kind == kindUnknown && e.gender == 0 && e.subject && e.bare && !strings.HasSuffix(e.key, "s"):
		return 0.35 // a surname alone, named as someone who acts; not "in southern Sumatra", nor "Evacuees", nor "the Mediterranean"
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
