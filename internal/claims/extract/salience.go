package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Salience: how much each mention of a sentence makes its entity the one
// a pronoun or a description after it stands for, by its role there (a
// quote's speaker, the subject, an owner, a preposition's object).

// salient is an entity named in a sentence and how salient its mention
// there makes it.
type salient struct {
	e    *entity
	w    float64
	lead bool // the sentence's own subject or a speaker, not a phrase set before it
}

// Mention weights by role in the sentence.
const (
	wQuoted  = 1.0 // the speaker of a quote in the sentence
	wSubject = 0.8 // the sentence's first mention, not after a preposition
	wOther   = 0.5 // any other mention
	wOwner   = 0.3 // a possessive: "Mr. Hemming's request"
	// wTopicOwner is a name that owns the thing the sentence opens with
	// ("Mr. Obama's bet is that ..."): whom it is about, less surely than
	// a subject, which may yet follow ("But Quintanilla's question was not
	// unfounded: Carson had been paid ..., and he gave").
	wTopicOwner = 0.7
	wObject     = 0.25 // after a preposition: "for Victor Rask"
	fade        = 0.6  // salience kept from one sentence to the one before
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
			d.salient = append(d.salient, salient{p.speaker.ent, wQuoted, false})
		}
		return d.salient
	}
	s := p.sents[at.s]
	// A sentence in parentheses is an aside: whom it names is no subject a
	// pronoun after it goes on with ("(As BuzzFeed News first reported, Mr.
	// Trump voiced support ...) On other days, he has lent ...")
	inParens := aside(p, at.s)
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
			d.salient = append(d.salient, salient{t.q.speaker.ent, w, w == wQuoted})
		}
	}
	for _, v := range p.voices {
		if v.at >= p.toks[s.Start].Start && v.at < pos && v.at < p.toks[s.End-1].End {
			w := wQuoted
			if v.e.nobody {
				w = wSubject // someone new no name stands for: less sure to be whom a pronoun means than one named
			}
			d.salient = append(d.salient, salient{v.e, w, w == wQuoted})
		}
	}
	subject := true
	asked := -1 // the token after a first-person subject's verb
	if i, e := d.unnamed(p, s.Start, s.End, pos); e != nil {
		// "A 29-year-old Berlin woman ... after she had posted": the
		// person is there to be referred to, though no mention names her
		w := wOther
		if m := p.mentionsIn(s.Start, s.End); len(m) == 0 || m[0].t0 > i || m[0].t0 == i && (m[0].kind == byNominal && m[0].ent == nil || m[0].poss) { // "A neighbor said", "Mendoza's mother said": the phrase is the subject
			w, subject = wSubject, false
		}
		d.salient = append(d.salient, salient{e, w, false})
	}
	if e := d.pair(p, s.Start, s.End, pos); e != nil {
		// "Ms. Epstein, along with Judge Richard A. Posner and William
		// M. Landes, wrote ... they conclude": the people together, whom
		// no one name stands for
		d.salient = append(d.salient, salient{e, wSubject, false})
	} else if e := d.pluralSubject(p, s.Start, s.End, pos); e != nil {
		// "the security contractors assembled their weapons ... they
		// said": people the list of speakers' nouns does not hold
		d.salient = append(d.salient, salient{e, wSubject, false})
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
				if e == nil && (m.gender == 'm' || m.gender == 'f') && m.t0 == s.Start {
					// "She said Crombie had run ..." of one of two women, left
					// unsure: the next "she" goes on with her, whoever it
					// is, not with the one named in what she said
					e = d.nobodyAt(&p.toks[m.t0], kindPerson, m.gender)
				}
			} else {
				continue // nor the sentence's subject: "it was only recently that Foster pieced ..."
			}
		case byNominal:
			if m.appos != nil {
				e = m.appos.ent
			} else if m.t1-m.t0 == 3 && demonym(m) {
				e = d.describedNobody(at, m) // "The Argentine star ... He told reporters"
			} else if collectives[m.head] {
				e = d.described(m) // "Police said ... they said": people, whatever capital opens the sentence
			} else if namesBody(m) {
				e = d.namedBody(m) // "The Food Standards Agency warned ... '...,' it said"
			} else if isGroup(m) {
				e = d.described(m) // "Several Democrats cautioned ... They also said"
			} else if orgHeads[m.head] && definite(m) {
				e = d.bodyFor(m, at) // "Harbor Point LLC ... The company has denied wrongdoing. In a statement, it said"
			} else if b := d.cast.spokenFor(m); b != nil && b.kind == kindOrg {
				e = b // "A Thames Water spokesperson said ... The firm said": the company has spoken
			} else if documents[m.head] && !afterPreposition(p, m) {
				e = aDocument // "The company sent an email ... At the bottom it reads": the email, no one named before it; not "In a statement, it said"
				if by := d.issuer(m, at); by != nil {
					e = by // "A statement e-mailed by Reagan Ruslim said ... he replied": its author
				}
			}
		case byRelative: // "Alfonso Espinos, who ... was born in Mexico": the subject of its clause
			if a := antecedentOf(m); a != nil && a.kind == byName && !objectRelative(p, m) {
				e = a.ent
			}
		}
		w, lead := wOther, false
		switch {
		case subject && m.kind == byPronoun && firstPerson(m.text):
			// "I asked Okoro whether she ever feels unsafe": the reporter
			// is no one a pronoun stands for, and the one asked, right
			// after the verb, is what the sentence is about
			subject, asked = false, m.t1+1
		case m.t0 == asked && !m.poss:
			w = wSubject
		case m.kind == byRelative && !afterPreposition(p, m):
			w = wOther
		case m.t0 < mainAt && !m.poss && !prepositionObject(p, m):
			w = wOther // not the main clause's subject: "Although Trump has tweeted that ..., its inclusion ..."
		case m.kind == byName && sourceOf(p, m.t0) >= 0:
			w = wObject // "A spokesman for Tory said": someone related to him speaks, not he
		case !m.poss && contrasted(p, m.t0):
			w = wOther // "Rogers blamed an update, while rival BCE Inc. said ...": a foil to the main clause's subject
		case m.kind == byName && !m.poss && m.t0 > 0 && askers[p.toks[m.t0-1].low]:
			w = wQuoted // "Shantona Chaudhury asked Vigneault whether ... He said": the one asked answers
		case !m.poss && m.kind != byRelative && speaks(p, m):
			w = wQuoted // "Josh Matlow told HuffPost Canada", "said Terry Chapman"
			subject = false
		case m.poss && subject && m.kind == byName && opensSentence(p, s.Start, m.t0) && !ownsPerson(p, m.t1):
			w = wTopicOwner // "Mr. Cruz's success reflects how he has ...": whom the sentence is about
		case m.poss:
			w = wOwner
		case afterPreposition(p, m) && (absolute(p, m) || fronted(p, m)):
			w = wSubject
		case prepositionObject(p, m):
			w = wObject // "by TransLink", "to a Langley SkyTrain"
		case subject && !placeAfterPlace(p, m):
			w, lead = wSubject, true
			subject = false
		}
		if e != nil {
			if inParens {
				w, lead = min(w, wObject), false
			}
			d.salient = append(d.salient, salient{e, w, lead || w == wQuoted})
		}
	}
	return d.salient
}

// aside reports a sentence in parentheses, alone or one of several:
// "(He also looks the part.)", "(The laws require ... The legislation
// also mandates ...)".
func aside(p *para, s int) bool {
	sent := p.sents[s]
	if p.toks[sent.Start].text == "(" {
		return true
	}
	if strings.IndexByte(p.text[:p.toks[sent.Start].Start-p.Start], '(') < 0 {
		return false // most paragraphs hold no parenthesis before the sentence
	}
	depth := 0
	for _, t := range p.toks[:sent.Start] {
		switch t.text {
		case "(":
			depth++
		case ")":
			depth = max(depth-1, 0)
		}
	}
	return depth > 0
}

// askers are the verbs whose object is asked something, and answers next.
var askers = set(`asked questioned pressed`)

// prepositionObject reports a mention a preposition governs, with or
// without an article or an owner between: "by TransLink", "to a Langley
// SkyTrain", "with HuffPost Live's Alyona Minkovski".
func prepositionObject(p *para, m *mention) bool {
	if m.t0 > 0 && isPossessive(p.toks[m.t0-1].text) {
		if o := p.mentionEndingAt(m.t0); o != nil && o.poss && o != m && prepositionObject(p, o) {
			return true // "with HuffPost Live's Alyona Minkovski": the owner's words are the preposition's too
		}
	}
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

// sayingAfter is the verb of saying whose subject a name is, right after
// it ("Josh Matlow told") or past a relative clause set off after it
// ("Ecojustice, which is representing the groups, said"); else -1.
func sayingAfter(p *para, m *mention) int {
	k := m.t1
	if m.t0 < 0 || k >= len(p.toks) {
		return -1
	}
	if k+1 < len(p.toks) && p.toks[k].text == "," && isRelative(p.toks[k+1].low) && !afterPreposition(p, m) {
		k = asideEnd(p.toks, k+1, len(p.toks))
	}
	if k > 0 && p.toks[k].is(fSpeech) {
		return k
	}
	return -1
}

// speaks reports a mention of the speaker of a verb of saying: right
// before it ("Josh Matlow told"), set off by commas before it, before an
// apposition set off before it, or right after one that follows a quote
// or a comma ('..., said Terry Chapman'); not the one told ("tell Toronto
// Mayor John Tory").
func speaks(p *para, m *mention) bool {
	if m.t0 < 0 {
		return false // a transcript's label: no token of the text
	}
	if sayingAfter(p, m) >= 0 {
		return true
	}
	if m.t1+1 < len(p.toks) && p.toks[m.t1].low == "of" {
		if n := p.mentionAt(m.t1 + 1); n != nil && n.t1 < len(p.toks) && p.toks[n.t1].is(fSpeech) && namedPlace(n) {
			return true // "Planned Parenthood of Michigan said": the body, where it is
		}
	}
	if m.t0 > 0 && p.toks[m.t0-1].text == "," && m.t1+1 < len(p.toks) && p.toks[m.t1].text == "," && p.toks[m.t1+1].is(fSpeech) {
		// "The Greens' housing spokesperson, Max Chandler-Mather, said":
		// the name set off after the role that is the verb's subject; not
		// "a study by an influential sociologist, Mikhail Dmitriyev,
		// concluded"
		if openingNoun(p, m.t0-1) {
			return true // "The trustee overseeing the bankruptcy of Urban Homes Inc., Ernst & Young, said"
		}
		k := m.t0 - 2
		if j := k; j >= 0 && p.toks[j].isCap() {
			// "A political scientist at Colby College, Sandy Maisel,
			// said": the role's head before the body it is at
			for j > 0 && p.toks[j].isCap() && !p.sentenceStart(j) {
				j--
			}
			if j > 0 && p.toks[j].is(fPreposition) {
				k = j - 1
			}
		}
		if k >= 0 && p.toks[k].is(fNominalHead|fTitle) {
			for j := k - 1; j >= 0 && j >= k-5 && !p.sentenceStart(j+1); j-- {
				if p.toks[j].is(fPreposition) || p.toks[j].text == "," {
					return false
				}
			}
			return true
		}
	}
	if m.t0 > 0 && p.toks[m.t0-1].text == "," && m.t1 < len(p.toks) && roleLinks[p.toks[m.t1].low] {
		// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty
		// Baptist Church in Marion, said": the name set off with its body
		for j := m.t1 + 1; j < len(p.toks) && j < m.t1+10; j++ {
			if p.toks[j].text == "," {
				o := p.mentionEndingAt(j)
				return j+1 < len(p.toks) && p.toks[j+1].is(fSpeech) && o != nil && memberSetOff(p, o) == m
			}
		}
	}
	if m.t1+1 < len(p.toks) && p.toks[m.t1].text == "," && p.toks[m.t1+1].is(fDeterminer) {
		// "Theane Evangelis, the lawyer for the city, told": the name,
		// then what the person is, then the verb
		for j := m.t1 + 2; j < len(p.toks) && j <= m.t1+12 && p.toks[j].q == nil && p.toks[j].text != ";"; j++ {
			if p.toks[j].text == "," {
				return j+1 < len(p.toks) && p.toks[j+1].is(fSpeech)
			}
		}
	}
	// After the verb, the name that closes the clause; not the subject of
	// the clause the verb reports ("..., said the airline was trying to
	// pressure its members": the airline is what is said of)
	return m.t0 > 1 && p.toks[m.t0-1].is(fSpeech) && (p.toks[m.t0-2].text == "," || p.toks[m.t0-2].q != nil) &&
		(m.t1 >= len(p.toks) || !subjectGap(p.toks[m.t1]))
}

// contrasted reports a mention at token i in a clause that ", while" or
// ", whereas" opens after the main clause, up to two words before it: a
// foil to what the sentence is about.
func contrasted(p *para, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if w := p.toks[k].low; (w == "while" || w == "whereas") && p.toks[k-1].text == "," {
			return true
		}
		if !p.toks[k].isWord() {
			return false
		}
	}
	return false
}

// placeAfterPlace reports a place's name set off after another's: the
// state of "At a rally in Portland, Maine, Trump said", which is where,
// as the city is, and no subject; not a person whose name a place bears
// ("In Washington, President Obama").
func placeAfterPlace(p *para, m *mention) bool {
	if m.kind != byName || m.t0 < 2 || p.toks[m.t0-1].text != "," || m.person || m.ent != nil && m.ent.person || !names.IsPlace(strings.ToLower(m.name)) {
		return false
	}
	b := p.mentionEndingAt(m.t0 - 1)
	return b != nil && b.kind == byName && names.IsPlace(strings.ToLower(b.name))
}

// ownsPerson reports a noun for a person among the two words after an
// owner at token i: "Clinton's spokesman", "Trump's former aide", who is
// the subject; not "Mr. Cruz's success".
func ownsPerson(p *para, i int) bool {
	for k := i; k < len(p.toks) && k < i+2; k++ {
		if t := p.toks[k]; names.PersonNoun(t.low) || personHead(t.low) || groupHeads[t.low] {
			return true
		}
	}
	return false
}
