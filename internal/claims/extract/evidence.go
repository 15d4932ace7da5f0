package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// evidence is what an entity's mentions tell of its kind, gathered over the
// article before it is typed.
type evidence struct {
	speaking bool // the subject of a verb of saying, or the source after "according to"
	inside   bool // named inside a sentence at least once
	named    bool // named once at least as a name is, not only as one word before a noun it modifies
	alone    bool // named once at least before no noun, whatever its length
	clock    bool // named only after a time of day: "8:41 p.m. EST", a time zone
	member   bool // named once at least after a person's name and a word of memberLinks: "Ann Lee of Harbour Trust"
	settled  bool // named once at least as a place by its kind: "the town of Lac-Ferré"
	within   bool // named once at least after "in": "in Brooklyn"
	without  bool // named once at least not after "in"
	seen     bool // clock has been asked of a mention
	itSays   bool // the subject of a verb of saying whose clause "it" opens: "Hyundai said it was not aware"
	work     bool // named once at least right after a noun for a work: "his book Clinton Cash"
	notWork  bool // named once at least other than so
}

// settlements are the kinds of place that name one after "of": "the town
// of Lac-Ferré", "the province of Alberta".
var settlements = set(`town city village hamlet province state county municipality region district township borough
suburb island islands capital port commune prefecture emirate`)

// quarters are the parts of a city or a country a place's name qualifies
// and a person's does not: "the Chelsea neighborhood", "the Sheikh
// Jarrah district".
var quarters = set(`neighborhood neighbourhood district suburb borough township`)

// shareholders are the people only a company has.
var shareholders = set(`shareholders shareholder stockholders stockholder`)

// memberAfter reports a name that follows a person's name and a word
// that says the person belongs to it: "Miriam Feldstein of Temple Beth
// Shalom", "Darren Smith of the Sandy Lake First Nation".
func memberAfter(m *mention) bool {
	k := memberLink(m.p, m, 0)
	if k < 0 {
		return false
	}
	n := m.p.mentionEndingAt(k)
	return n != nil && n.kind == byName && n.person && !n.poss && n.ent != m.ent
}

// accorded reports a name that is the source of "according to": "according
// to the United Nations".
func accorded(m *mention) bool {
	k := m.t0 - 1
	if k >= 0 && m.p.toks[k].low == "the" {
		k--
	}
	return k >= 1 && m.p.toks[k].low == "to" && m.p.toks[k-1].low == "according"
}

// modifies reports a word after a name that makes the name its modifier:
// a word in lower case that no name is followed by, neither a verb that
// agrees with it, nor an auxiliary, a cue or an adverb, nor a preposition
// or a conjunction ("Marine heat waves", not "Maria told", "Roman, a
// resident,", "Will has").
func modifies(n token) bool {
	return n.isWord() && !n.isCap() && names.Verb(n.low)&names.FiniteVerb == 0 && !n.is(fAux|fBe|fCue|fAdverb|fPreposition|fCoordinator)
}

// nounAfter reports a word at token j that modifies a name before it and
// is surely a noun, no verb's past nor a time, an article or a pronoun: "a
// Rubio sign", "chief Democratic rival"; not "Atishi accused", "Clinton
// met", "Smith wants", "leader Atishi voted".
func nounAfter(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	return modifies(t) && nounish(t) && !verbish(t.low) && !t.is(fTime|fDeterminer|fPronoun) && t.low != "that"
}

// gather reads each mention for what it tells of its entity's kind, and
// marks entities named as subjects and without "the". The evidence is by
// each entity's place in the cast: no map to hash into per mention.
func (c *cast) gather(ms []*mention) []evidence {
	ev := make([]evidence, len(c.ents))
	for _, m := range ms {
		if e := c.spokenFor(m); e != nil && !e.person && e.gender == 0 {
			e.org = true // "A Thames Water spokesperson said": a name that has a spokesperson and no given name is a body's
		}
		if m.kind != byName || m.ent == nil {
			continue
		}
		if !m.ent.org && m.ent.gender == 0 && setOffAfter(m, orgHeads) {
			// "Vance's management company, Northlight Artists, said", "the
			// Vatican's official newspaper, L'Osservatore Romano,": what
			// the noun says it is, whatever words of names it has
			m.ent.org = true
		}
		if t := m.p.toks; !m.ent.person && m.ent.gender == 0 && !m.poss && m.t1 < len(t) && orgTails[t[m.t1].low] && !parties[m.ent.key] && !names.Demonym(m.ent.key) {
			m.ent.org = true // "the Teamsters union", "The United Auto Workers union, whose strike ...": the word after the name says what it is; not "a Republican group"
		}
		if t := m.p.toks; !m.ent.person && m.ent.gender == 0 && !m.poss && m.t1 < len(t) && shareholders[t[m.t1].low] {
			// "Rio Tinto shareholders voted": a company, which "the
			// company" means, whatever place the gazetteer gives the words
			m.ent.org, m.ent.business = true, true
		}
		if t := m.p.toks; m.t0 >= 0 && m.p.sentenceStart(m.t0) && !m.poss && m.ent.role == "" && m.t1+1 < len(t) && t[m.t1].text == "," && t[m.t1+1].low == "which" && !names.IsPlace(m.ent.key) {
			// "Chanel, which has raised prices, said", "Novartis, which
			// spun off Sandoz,": a sentence's subject "which" is about is
			// a thing or a body, whatever given name the word is; which
			// of them, other evidence tells. Not a name that ends a
			// clause "which" sums up ("that has not been happening for
			// Clinton, which is something that concerns")
			m.ent.person, m.ent.gender = false, 0
		}
		if pluralAgreement(m) && !strings.Contains(m.ent.key, " ") && !strings.HasSuffix(m.ent.key, "s") && m.ent.role == "" {
			// "Chelsea have been fined": a body, of which British news
			// writes as of its people; one person has, whatever given
			// name the word is (not "Millennials are", people by a plural)
			m.ent.org, m.ent.person, m.ent.gender = true, false, 0
		}
		if !m.ent.person && !m.ent.org && roleAppos(m) && !orgLooking(m.ent.name) && !firmName(m.ent.name) {
			m.ent.person = true // "Its chief executive, Sung Poblete, said": whatever the given name, a person's
		}
		v := &ev[m.ent.n]
		if m.t0 > 0 && workNouns[m.p.toks[m.t0-1].low] {
			v.work = true
		} else if m.t0 <= 0 || !isPossessive(m.p.toks[m.t0-1].text) { // "Schweizer's Clinton Cash" is his, whatever it is
			v.notWork = true
		}
		if v.clock || !v.seen {
			v.clock, v.seen = clockTime(m.p.toks, m.t0-1), true
		}
		if !m.poss && (speaks(m.p, m) || accorded(m)) {
			v.speaking = true
		}
		v.itSays = v.itSays || saysIt(m)
		if !m.poss && m.t0 >= 0 && m.t1 < len(m.p.toks) && m.p.toks[m.t1].low == "itself" {
			v.itSays = true // "Ford itself said the deal was on": a body, as "Ford said it" would tell
		}
		if m.t0 > 0 && !m.p.sentenceStart(m.t0) {
			v.inside = true
		}
		// The word after the name may make it a modifier: one word before a
		// noun ("Marine heat waves") is not named as a name is.
		n := m.t1
		mod := n >= 0 && n < len(m.p.toks) && modifies(m.p.toks[n])
		if !mod || n-m.t0 != 1 {
			v.named = true
		}
		// not "Art Deco movie theater": a noun after it that is no verb's
		// form ("largely", "campaign" may be), nor one an object follows
		// ("Yeris Hamilton chairs the group"); a transcript's label has no
		// token. After an article the word is the phrase's noun, whatever
		// verb it may also be: "the second GOP debate".
		alone := m.t0 < 0 || !mod || !nounish(m.p.toks[n]) || names.Verb(m.p.toks[n].low) != 0 && !determined(m) || verbish(m.p.toks[n].low) ||
			n+1 < len(m.p.toks) && m.p.toks[n+1].is(fDeterminer)
		v.alone = v.alone || alone
		if !m.poss && alone && !afterLocative(m.p, m) {
			m.ent.subject = true // not "a four-time Grand Prix winner": a name that only qualifies a noun does nothing
		}
		if m.t0 <= 0 || m.p.toks[m.t0-1].low != "the" {
			m.ent.bare = true // "Trump", not "the Mediterranean"
		}
		if !v.member && memberAfter(m) {
			v.member = true
		}
		if k := m.t0 - 2; k >= 0 && m.p.toks[k+1].low == "of" && settlements[m.p.toks[k].low] && (!m.poss || names.IsPlace(m.ent.key)) || settledAppos(m) || // not "the state of Sanders' younger years"
			!m.poss && m.t0 >= 0 && m.t1 < len(m.p.toks) && quarters[m.p.toks[m.t1].low] {
			v.settled = true
		}
		if i := locativeOf(m.p, m); i >= 0 && m.p.toks[i].low == "in" {
			v.within = true
		} else {
			v.without = true
		}
	}
	return ev
}

// settledAppos reports a name set off by a phrase that says what kind of
// place it is: "Regina, the provincial capital,", "Sydney, Australia's
// largest city,", "Austin, the capital of Texas"; not "Madison, the town
// clerk,", whose noun is a person's.
func settledAppos(m *mention) bool { return m.t0 >= 0 && setOffHead(m.p.toks, m.t1, settlements) != "" }

// roleAppos reports a name set off by commas right after the word for a
// post someone holds: "Its chief executive, Sung Poblete,", "One pastor
// supporting Mr. Cruz, Darran Whiting of ...".
func roleAppos(m *mention) bool {
	if !setOffAfter(m, nil) {
		return false
	}
	h := m.p.toks[m.t0-2]
	return personHead(h.low) || h.is(fTitle)
}

// setOffAfter reports a name set off by commas right after a noun in
// lower case, one of heads if heads is not nil: "management company,
// Northlight Artists,".
func setOffAfter(m *mention, heads map[string]bool) bool {
	toks := m.p.toks
	if m.t0 < 2 || toks[m.t0-1].text != "," || m.t1 >= len(toks) || toks[m.t1].text != "," && !roleLinks[toks[m.t1].low] {
		return false
	}
	h := toks[m.t0-2]
	return h.isWord() && !h.isCap() && (heads == nil || heads[h.low])
}

// pluralAgreement reports a name that opens its clause and takes a plural
// verb: "Chelsea have been fined", "Arsenal are top"; not "Clinton and
// Obama have", whose subject is the pair.
func pluralAgreement(m *mention) bool {
	toks := m.p.toks
	if m.poss || m.t1 >= len(toks) || m.t0 < 0 || !m.p.sentenceStart(m.t0) && !(m.t0 > 0 && toks[m.t0-1].low == "that") {
		return false
	}
	switch toks[m.t1].low {
	case "have", "are", "were":
		return true
	}
	return false
}

// determined reports a name inside a phrase an article opens, with only
// words in lower case between ("the fourth televised GOP debate").
func determined(m *mention) bool {
	k := phraseOpener(m.p.toks, m.t0, 3)
	return k >= 0 && m.p.toks[k].is(fDeterminer)
}

// phraseOpener is the article, the possessive pronoun or the owner's
// possessive ("the", "her", "the company's") that opens the noun phrase
// holding token k, within reach words before it with only words in lower
// case between, no preposition, auxiliary or cue; else -1.
func phraseOpener(toks []token, k, reach int) int {
	for i := k - 1; i >= 0 && i >= k-reach; i-- {
		switch t := toks[i]; {
		case t.is(fDeterminer) || isPossessive(t.text):
			return i
		case !t.isWord() || t.isCap() || t.is(fPreposition|fAux|fCue):
			return -1
		}
	}
	return -1
}

// saysIt reports a mention of the subject of a verb of saying whose
// clause "it" opens, past a time, where it was said and "that": "Hyundai
// said it was not aware", "Ford said Thursday it would delay", "Tesla
// said in its recall documents that it did not agree": a body, which
// speaks of itself so.
func saysIt(m *mention) bool {
	k := sayingAfter(m.p, m)
	if k < 0 || m.poss {
		return false
	}
	toks := m.p.toks
	j := pastTime(toks, k+1, len(toks)) // "said Thursday", "said on Monday"
	if j < len(toks) && toks[j].is(fPreposition) {
		for i := j + 1; i < len(toks) && i <= j+7 && toks[i].isWord(); i++ {
			if toks[i].low == "that" {
				j = i // "said in its recall documents that it": where it said so
				break
			}
		}
	}
	if j < len(toks) && toks[j].low == "that" {
		j++
	}
	return j < len(toks) && toks[j].low == "it"
}
