package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Asides: the stretches set off between a subject and its verb, which the
// search for the subject passes over: a comma's aside ("Clinton, at
// Monday's debate, cited"), a dash's, a bracket's, and a relative clause
// ("Executives who have worked with Lachlan Murdoch say").

// dashOpen finds the dash that opens the aside the dash at token c closes,
// or 0: "The city's auditor — who declined to be named — said".
func dashOpen(p *para, c, start int) int {
	for c > start && isDash(p.toks[c-1].text) {
		c-- // "--" written as two marks
	}
	for j := c - 1; j > start && j >= c-25; j-- {
		if t := p.toks[j]; isDash(t.text) {
			for j > start && isDash(p.toks[j-1].text) {
				j--
			}
			return j
		} else if t.q != nil || t.text == ";" {
			return 0
		}
	}
	return 0
}

// commaBefore finds the comma that opens the aside closed by the comma at
// token c, or 0: "Clinton, at Monday's debate, cited". An aside holds no
// verb and a dozen words at most, unless a relative pronoun or a participle
// opens it: "Christie, who has campaigned heavily for Trump since he
// suspended his own campaign in February, blasted"; "Trump, appearing
// after Clinton at the forum, cited".
func commaBefore(p *para, c, start int) int {
	verb, relative := false, false
	limit := c - 25
	for j := c - 1; j > start && j >= c-40; j-- {
		if p.toks[j].q != nil || p.toks[j].text == ";" {
			break
		}
		if p.toks[j].low == "who" && p.toks[j-1].text == "," {
			if m := p.mentionEndingAt(j - 1); m != nil && m.kind == byName && !m.poss && m.ent != nil && m.ent.kind == kindPerson {
				// "Sandy Phillips, who lost her daughter in Aurora, Colorado,
				// in July 2012, said": a relative clause set off after a
				// name is one aside, whatever commas it holds
				return j - 1
			}
			limit = min(limit, j-1) // "Mrs. Clinton, who doggedly remained ... [26 words] ..., has said": a relative clause may run long
			break
		}
	}
	for j := c - 1; j > start && j >= limit; j-- {
		switch t := p.toks[j]; {
		case t.text == ",":
			m := p.mentionEndingAt(j)
			if m != nil && m.kind == byName && prepositionObject(p, m) && p.toks[j+1].isCap() && j+2 == c {
				if !slices.ContainsFunc(p.toks[start:m.t0], func(t token) bool { return t.text == "," }) {
					return j // "a woman in Worcester, Massachusetts, told": the state is the aside
				}
				continue // "Wilson, of Springfield, Va., said", "Doudna, a biochemist at the University of California, Berkeley, said": a place and its state, a body and its campus
			}
			if m == nil && j-3 >= start && quantifiers[p.toks[j-3].low] && p.toks[j-2].low == "of" && p.toks[j-1].is(fPronoun|fObject) {
				return j // "One of them, a former safety manager, said": the one, past the words that describe them
			}
			if m != nil && m.t0 > start && p.toks[m.t0-1].text == "," && m.kind == byName && m.ent != nil && m.ent.kind == kindOther {
				continue // "Sen. Debbie Stabenow, D-Mich., a member of the leadership team, said": her party and state
			}
			if m != nil && j+1 < c && names.IsStateAbbreviation(p.toks[j+1].text) && m.ent != nil && (names.IsPlace(m.ent.key) && m.ent.kind != kindPerson || prepositionObject(p, m)) {
				// "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to
				// organize the boycott, said", "Donna Sampson Rawlings, 59,
				// of Ashton, Md., who watched, said": a town and its state,
				// whatever given name the town is; not "Rep. Chris Collins,
				// R-NY,", a person and party
				continue
			}
			if m != nil && setOffRole(p, m, start) {
				// "Gustav Ando, research director for IHS Life Sciences, a
				// consulting company, said": the company is in his
				// description, an aside of its own, measured from here
				c = j
				continue
			}
			if j > start && m != nil && (!verb && j >= c-12 || relative || clauseAside(p.toks[j+1])) {
				return j
			}
			if j+2 < c && p.toks[j+1].is(fCoordinator) && p.toks[j+2].low == "who" {
				return j // "A teller who was working at the time, and who asked not to be named, said": a second relative clause
			}
			if h := p.toks[j-1]; m == nil && j > start && (relative || clauseAside(p.toks[j+1]) || pastParticipleAside(p.toks[j+1])) && (names.PersonNoun(h.low) || h.is(fNominalHead|fDocument) || groupHeads[h.low] || orgHeads[h.low] || p.toks[j+1].low == "who") {
				if np := nounPhraseBefore(p, j, start); np != nil && np.t0 == start {
					// "Her mother, who asked not to be named because she
					// works there, said": the sentence opens with a noun for
					// someone no list names, then its relative clause
					return j
				}
			}
			if o := p.mentionAt(start); m == nil && o != nil && o.kind == byNominal && o.person && o.t1 < j && p.toks[o.t1].is(fPreposition) && clauseAside(p.toks[j+1]) &&
				!slices.ContainsFunc(p.toks[o.t1:j], func(t token) bool { return !t.isWord() || t.is(fCue|fAux|fBe) }) {
				// "A senior official in one of the militias, speaking on
				// condition of anonymity because he was not authorized,
				// denied": the official, past where they work
				return j
			}
			if m == nil && j-1 > start && p.toks[j-1].low == "that" && clauseAside(p.toks[j+1]) {
				return j // "a report that, citing confidential sources, alleged": the relative's clause goes on past it
			}
			if w := p.toks[j+1].low; m == nil && !verb && (w == "including" || w == "like") && nounPhraseBefore(p, j, start) != nil {
				return j // "Editorial pages across the country, including USA TODAY, warned"
			}
			if last := p.mentionEndingAt(c); m == nil && last != nil {
				if pair := namedPair(p, last, j+1); pair != nil && pair.t0 == j+1 {
					return j // "The two mayors, Jane Roe and John Doe, said": the names the noun before them has
				}
			}
			return 0
		case t.q != nil || t.text == ";":
			return 0
		case t.low == "who" || t.low == "which":
			relative = true // "Mr. Guerrero, a Republican who described himself as a Catholic, said"
		case isCue(t.lower()):
			verb = true
		}
	}
	return 0
}

// restrictiveBefore finds the "who" opening a relative clause of up to
// fourteen words with a verb of its own that ends at token k, right after
// the noun it restricts, or 0: in "Republicans who oppose Trump say" the
// Republicans speak, in "A Nanaimo couple who built a tiny house in their
// backyard for their adult son say" the couple. "that" opens so many
// other clauses that only one ending in an object counts ("progressive
// organizations that have endorsed him say"), or one whose verb follows it
// at once ("the group that organized the protest said"). A clause without
// "who" or "that" counts after a noun for people that opens the sentence,
// when a pronoun is its subject: "Voters I met in small towns said".
func restrictiveBefore(p *para, k, start int) int {
	if subjectPronouns[p.toks[k-1].low] {
		return 0 // "regulations that would end what she said": the subject is there
	}
	verb := false
	for j := k - 1; j > start && j >= k-14; j-- {
		t := p.toks[j]
		switch {
		case !t.isWord() && !currencySigns[t.text] && t.text != "%" || t.q != nil || t.is(fCoordinator) || t.is(fSubordinator) && t.low != "as":
			// "a corporate attorney who led the team and considers", "the
			// effect that is common when criminals know": the cue is the
			// clause's own
			return 0
		case t.low == "who" || t.low == "that" && p.toks[k-1].is(fObject):
			// the word after "who" is its verb, in whatever form WordNet
			// lacks: "who works in the ministry"
			verb = verb || t.low == "who" && j+1 < k && p.toks[j+1].isWord() && !p.toks[j+1].isCap() && !p.toks[j+1].is(fPronoun)
			if verb && nounish(p.toks[j-1]) && !verbish(p.toks[j-1].low) {
				return j
			}
			return 0
		case subjectPronouns[t.low] && j+1 < k && verb && j-start <= 3 && (names.PersonNoun(p.toks[j-1].low) || p.toks[j-1].low == "people") &&
			!slices.ContainsFunc(p.toks[start:j-1], func(t token) bool { return !t.isWord() || !t.is(fDeterminer) && !nounish(t) }):
			// "Voters I met in small towns said", "The people we spoke to
			// said": a relative clause without "that" after the noun that
			// opens the sentence, its own subject first
			return j
		case t.low == "that" && j+1 < k && subjectGap(p.toks[j+1]) && nounish(p.toks[j-1]) && !verbish(p.toks[j-1].low) && finiteAt(p, k):
			return j // "The union that represents most of the workers said": a verb right after "that" has it as subject
		case t.low == "that":
			return 0 // "the possibility that Clinton will win", a clause of its own
		case t.is(fBe|fCue) || t.is(fAux) || verbish(t.low):
			verb = true
		}
	}
	return 0
}

// campusBefore finds the comma before a name of one or two words that ends
// at token k and follows a body's name, its campus ("the University of
// Wisconsin, Madison", "the University of California, Berkeley"), or 0:
// the campus is the body's, no one who speaks, and the person or people
// the body's name goes with are the subject.
func campusBefore(p *para, k, start int) int {
	m := p.mentionEndingAt(k)
	if m == nil || m.kind != byName || m.t1-m.t0 > 2 || m.t0-1 <= start || p.toks[m.t0-1].text != "," {
		return 0
	}
	n := p.mentionEndingAt(m.t0 - 1)
	if n == nil || n.kind != byName || !n.org || n.t1-n.t0 < 3 || !campusHeads[p.toks[n.t0].low] {
		return 0
	}
	j := n.t0 - 1
	if j > start && p.toks[j].low == "the" {
		j--
	}
	if j <= start || !campusLinks[p.toks[j].low] || p.mentionEndingAt(j) == nil {
		return 0 // "the debate stage here at the University of Miami, Trump opened": a scene, then the subject
	}
	return m.t0 - 1
}

// campusLinks join a person to the body they work at: "Jane Roe of the
// University of Wisconsin".
var campusLinks = set(`of at from`)

// campusHeads open the names of bodies with campuses.
var campusHeads = set(`university college institute school`)

// subjectGap reports a word after "that" that is a verb: "that" is then the
// subject of a relative clause, not the opening of a clause of its own
// ("that represents", "that has", not "that the union").
func subjectGap(t token) bool {
	return t.isWord() && !t.isCap() && !t.is(fDeterminer|fPronoun|fPreposition) &&
		(t.is(fAux|fBe) || verbish(t.low) || names.Verb(t.low)&names.FiniteVerb != 0)
}

// finiteAt reports token k as a verb of the main clause after a relative
// one, not a verb inside it: not "that led her to declare", "by urging".
func finiteAt(p *para, k int) bool {
	b := p.toks[k-1]
	return b.low != "to" && !b.is(fPreposition) && !strings.HasSuffix(p.toks[k].low, "ing")
}

// pastParticipleAside reports a past participle that opens an aside after a noun
// no name covers: "The lawsuit, filed Monday in federal court, alleges".
// After a name the same word is as often the verb the name is the
// subject of ("the ambassador, François Delattre, uttered").
func pastParticipleAside(t token) bool {
	return !t.isCap() && pastParticiple(t.low)
}

// clauseAside reports a word that opens an aside with a verb of its own:
// "who", "which", a participle.
func clauseAside(t token) bool {
	return t.low == "who" || t.low == "which" || !t.isCap() && strings.HasSuffix(t.low, "ing")
}

// parenOpen finds the opening bracket of a short parenthesis that the
// bracket at token c closes, or 0: "(R-OH)", "(D-N.Y.)".
func parenOpen(p *para, c, start int) int {
	for j := c - 1; j > start && j >= c-6; j-- {
		if p.toks[j].text == "(" {
			return j
		}
	}
	return 0
}

// asideCloses reports a comma at token j that closes an aside the
// statement's cue stands in, a comma before the cue having opened it, and
// a verb after it whose subject is the noun before the aside: one of
// saying ("Kataib Hezbollah, the militia the Pentagon said was
// responsible, said"), or any verb when the cue is a participle that
// opened the aside ("Clinton, saying the plan was flawed, voted against
// it"). Not a verb that a name follows, the speaker of an inverted tag
// (", said an American official").
func asideCloses(toks []token, from, j int) bool {
	v := j + 1
	if strings.HasSuffix(toks[v].low, "ing") || v+1 < len(toks) && (toks[v+1].isCap() || toks[v+1].is(fDeterminer)) {
		return false
	}
	if !toks[v].is(fSpeech) && !(afterParticiple(toks, from) && pastOrPresent(toks[v])) {
		return false
	}
	commas := 0
	for _, t := range toks[:from] {
		if t.text == "," {
			commas++
		}
	}
	return commas%2 == 1
}

// afterParticiple reports a statement from token from whose cue is a
// participle of saying set off after a comma before the sentence's verb:
// "Clinton, saying ...", "Biden, echoing Erdogan,"; not a participle after
// the verb ("Blocher resigned in 2014, claiming he was wasting time in
// government, distracted from ...": what follows is more of the claim).
func afterParticiple(toks []token, from int) bool {
	c := from - 1
	if c >= 1 && toks[c].low == "that" {
		c--
	}
	return c >= 1 && participle(toks, c) && !slices.ContainsFunc(toks[:c], func(t token) bool { return t.is(fAux|fBe) || pastOrPresent(t) })
}

// pastOrPresent reports a verb in lower case in a form only a clause's
// verb has: a past ("voted", "gave") or a third person's present.
func pastOrPresent(t token) bool {
	return !t.isCap() && (names.Verb(t.low)&names.FiniteVerb != 0 || regularPast(t.low))
}

// asideBeforeQuote reports an aside set off by the comma at token i that
// a quote follows: ", among other things, "a failed candidate"".
func asideBeforeQuote(toks []token, i, end int) bool {
	for k := i + 2; k < end && k <= i+6; k++ {
		if toks[k].text == "," {
			return k+1 < end && toks[k+1].q != nil
		}
	}
	return false
}

// roleWords reports a short run of words from token i to j that can
// describe the name after it: "lobbyist and GOP strategist", "longtime
// Republican lobbyist"; no verb, pronoun, article, preposition or "that".
func roleWords(toks []token, i, j int) bool {
	if j-i < 1 || j-i > 4 {
		return false
	}
	for _, t := range toks[i:j] {
		if !t.isWord() || t.is(fCue|fPronoun|fDeterminer|fPreposition|fBe|fSubordinator) || t.is(fAux) || t.low == "that" || isRelative(t.low) {
			return false
		}
	}
	return true
}

// describedAfter reports whether the words after a speaker named past the
// cue (from token from to the sentence's end) only describe them: none, a
// time or place, or a phrase set off by a comma ('..., said Angie Holan,
// Politifact's editor', '..., said Ed Rendell, who chairs the committee').
func describedAfter(toks []token, from, end int) bool {
	if from+1 < end && toks[from].low == "to" && toVerb(toks[from+1].text) { // toVerb reads the first word of its text
		return false // "..., urged residents to use public transport": whom the verb urged, and to do what
	}
	i := tailEnd(toks, from, end)
	for _, t := range toks[from:i] {
		if t.is(fAux) {
			return false // "said it would tell a story, one of ...", "said the senator would": a clause of its own
		}
	}
	if i >= end {
		return true
	}
	if toks[i].text != "," || i+1 >= end {
		return false
	}
	w := toks[i+1].low
	return w != "and" && w != "but" && w != "or" && w != "so"
}

// insetRest is where the statement goes on after an inverted tag set in
// its middle, "..., says economist Jane Doe, is the cost of housing", the
// speaker ending at token from: past the comma that closes the tag and a
// description set off after the name ("..., said Jane Doe, a professor at
// UBC, is ..."), a verb or a preposition that goes on with the words
// before the tag; end when the tag closes the sentence or the words after
// it describe the speaker ("president of ...", "who ...") or add to it.
func insetRest(p *para, toks []token, from, end int) int {
	i := tailEnd(toks, from, end)
	if i >= end || toks[i].text != "," {
		return end
	}
	next := pastApposition(p, toks, i, end)
	if next >= end {
		return end
	}
	t := toks[next]
	if !t.isWord() || t.isCap() || t.q != nil || t.is(fCue) || !(t.is(fBe|fAux|fPreposition) || names.Verb(t.low)&names.FiniteVerb != 0 && !strings.HasSuffix(t.low, "ing")) {
		return end // "..., said Doe, who ...", "..., said Doe, adding", "..., said Doe, president of ..."
	}
	return next
}

// namedAppositive is the name set off by commas that ends at the comma at
// token k ("his lawyer, Jane Roe,"), or nil.
func namedAppositive(p *para, base, k int) *mention {
	if p.toks[base+k].text != "," {
		return nil
	}
	if n := p.mentionEndingAt(base + k); n != nil && n.kind == byName && !n.poss && n.t0-base >= 2 && p.toks[n.t0-1].text == "," {
		return n
	}
	return nil
}
