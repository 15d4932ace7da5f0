package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// statementAt reads the statement that the cue at token c (of a sentence
// whose tokens are toks, starting at paragraph token base) introduces.
func statementAt(p *para, toks []token, base, c, end int) (statement, bool) {
	w := toks[c].lower()
	if !toks[c].is(fCue|fWeakCue) && w != "according" || len(toks[c].text) > 1 && allCaps(toks[c].text) {
		return statement{}, false // most words: one look-up; "(WARNING: ...)" is a label
	}
	// "According to X, ...", "..., according to X.", "As reported by X, ...":
	// a source rather than a speaker, named after its cue.
	src := ""
	switch {
	case w == "according" && c+2 < end && toks[c+1].low == "to" && questionWords[toks[c+2].low]:
		return statement{}, false // "priced according to how much they cost": a manner, no source
	case w == "according" && c+1 < end && toks[c+1].low == "to":
		src = "according to"
	case w == "reported" && c == 1 && toks[0].low == "as" && c+2 < end && toks[c+1].low == "by":
		src = "reported by"
	}
	if src != "" {
		m := sourceAt(p, base+c+2, base+end)
		switch {
		case m == nil:
		case src == "according to" && c > 0 && toks[c-1].text == "," && quoteAttributed(p, base, c-1):
			// '"...," Modi said at a rally, according to PTI': the sentence
			// has its own speaker; X only reported it
		case src == "according to" && c > 0 && toks[c-1].text == ",": // "..., according to X."
			if after := m.t1 - base; after+1 < end && toks[after].text == "," && !nameToEnd(p, base+after+1, base+end) {
				// "Among the precedents at risk, according to Ms. Epstein, are 16 ...";
				// not "..., according to an analysis by Lily Batchelder, a
				// former aide, whose ...": the source's description
				if next := pastApposition(p, toks, after, end); next < end && ownVoice(p, toks, base, next, end) {
					return statement{}, false // "At 2,300 feet, according to Gibson, Major said he was able to see the sign": Major's words, which Gibson reports
				} else if next < end && !isRelative(toks[next].low) &&
					!slices.ContainsFunc(toks[next:end], func(t token) bool { return t.low == "according" }) { // a second source's words are its own
					return statement{parts: [][2]int{{0, c - 1}, {next, end}}, m: m, cue: src, at: c}, true
				}
			}
			from := afterColon(toks, c-1)
			for k := c - 2; k > from; k-- {
				if toks[k].low == "according" && toks[k+1].low == "to" {
					// "Revenue rose 48%, according to a company filing,
					// compared with ..., according to LSEG data": what the
					// first source said is not the second's
					from = commaAfter(toks, k, c-1) + 1
					break
				}
			}
			if from >= c-1 || saysFirst(p, toks, base, from, c-1) {
				return statement{}, false
			}
			return statement{parts: [][2]int{{from, c - 1}}, m: m, cue: src, at: c}, true
		case src == "according to" && c > 0 && toks[c-1].isWord() && !toks[c-1].is(fPreposition|fDeterminer) &&
			(m.t1-base == end || m.t1-base+1 < end && strings.HasSuffix(toks[m.t1-base].low, "ed") && wordsIn(toks[m.t1-base:end]) == end-(m.t1-base) ||
				newClause(p, toks, m.t1-base, end)):
			// "Clinton leads by 271 delegates according to a count by The
			// Associated Press.", "... according to a CBS poll released Monday."
			return statement{parts: [][2]int{{afterColon(toks, c), c}}, m: m, cue: src, at: c}, true
		case c == 0 || src == "reported by" || toks[c-1].text == ":" || opensSentence(p, base, base+c):
			// "According to X, ...", "As reported by X, ...", "But
			// according to X, ...", "...: According to recent polls, ..."
			comma := commaAfter(toks, m.t1-base, end)
			if n := nameSetOff(p, toks, base, m, comma, end); n != nil {
				m, comma = n, n.t1-base // "According to Gagnon's lawyer, Sarah Kwan, the city had changed ...": Kwan, whose name is no part of what she said
			}
			from := pastApposition(p, toks, comma, end)
			to := voicedAfter(p, toks, base, from, end)
			return statement{parts: [][2]int{{from, to}}, m: m, cue: src, at: c}, from < to
		}
		return statement{}, false
	}
	if taking(toks, c, end) {
		return statement{}, false // "he had claimed $40,000 in travel expenses", "The fire claimed 12 lives": taken, not said
	}
	// A weaker cue may open a statement for the model to judge, as a verb:
	// not after a preposition ("respond to requests for comment").
	weak := toks[c].is(fWeakCue) && statementWeights != nil && (c == 0 || !toks[c-1].is(fPreposition) || toks[c-1].low == "to")
	if !toks[c].is(fReporting) && !weak && !request(toks, c, end) || !cueUse(p, base+c) {
		return statement{}, false
	}
	if c >= 2 && toks[c-1].low == "that" && toks[c-2].isWord() && !toks[c-2].is(fCue|fPronoun|fNotNoun) && p.mentionEndingAt(base+c-1) == nil {
		return statement{}, false // "dresses that showed more cleavage": a thing shows it, no one says it
	}
	// "A, X said, B." / "..., X said." / "..., a spokesman for X said."
	// Not after a participle that sets the scene: "Speaking to PTI, X
	// said, ..." is the speaker's own clause.
	if st, ok := openingParticiple(p, toks, base, c, end); ok {
		return st, true
	}
	opening, _ := openingClause(p, toks, base, end)
	scene := c > 1 && (sceneVerbs[toks[0].low] || opening > 0) ||
		c+1 < len(toks) && toks[c+1].text == ":" // "In a speech last July, he said: ...": what he said comes after
	var named *mention // the name set off after the speaker's description: "..., his lawyer, Jane Roe, said"
	for k := c - 1; k > 0 && k >= c-10 && !scene; k-- {
		first := k // where the part before the attribution ends
		if k == c-1 {
			if n := namedAppositive(p, base, k); n != nil {
				named, k = n, n.t0-base-1 // past the name, to the comma before the description
				continue
			}
		}
		if quoteComma(toks[k]) {
			first = k + 1 // '... a top priority "is increasing the tax liability," Mr. Kamin said.'
		} else if toks[k].text == "," && p.mentionOver(base+k) != nil {
			continue // "..., the Rail, Tram and Bus Union said": a comma inside the name
		} else if toks[k].text != "," {
			if toks[k].q != nil && !nickname(p, p.toks, base+k) || toks[k].text == ";" {
				break
			}
			continue
		}
		s := k + 1
		if toks[s].low == "as" && s+1 < c {
			s++ // "..., as David Dayen noted in The Intercept."
		}
		m := speakerIn(p, base+s, base+c)
		if reducedRelative(toks, m, base, s, c) {
			break // "..., an experience Grizzle described in his autobiography": what he described is the noun, not the words before
		}
		if named != nil {
			if m == nil || m.t0 != base+s || m.appos != named {
				if d := nounPhraseBefore(p, named.t0-1, base+s); d == nil || d.t0 != base+s {
					break // no description of the speaker before the name
				}
				m = named // "her daughter, Lisa Doucette," which no mention reads whole
			}
		} else if n := tradeNamed(p, m, base+c); n != nil {
			m = n // "..., Spanish newspaper Marca reported": the paper
		} else if m != nil && (m.t0 == base+s+1 && toks[s].is(fDeterminer) || m.kind == byName && bodyNoun(toks, s, m.t0-base)) {
			// "..., the Tax Foundation said": the name after its article,
			// or after the noun for its kind
		} else if m == nil || m.t0 != base+s {
			if m = nounPhraseBefore(p, base+c, base+s); m == nil || m.t0 != base+s {
				break // "..., one leaflet says" is an unnamed speaker's
			}
		}
		if coordinated(toks, m.t1-base, c) || subordinate(toks, k) {
			break // "..., though on Wednesday, Pope Leo took to X and said, ...": his own clause
		}
		after := c + 1
		if w == "put" && after < end && toks[after].low == "it" {
			after++ // "..., as a Homeland Security memo put it."
		}
		if w == "told" || w == "tells" {
			if l := p.mentionAt(base + after); l != nil {
				after = l.t1 - base // the listener: "told The Huffington Post"
			} else if after < end && (toks[after].is(fObject) || toks[after].low == "you") {
				after++ // "the president told her."
			} else if listenerToEnd(toks, after, end) {
				after = end // "Ash Carter told a Senate panel."
			} else if after+1 < end && !toks[after].isCap() && strings.HasSuffix(toks[after].low, "s") && names.PersonNoun(toks[after].low) && toks[after+1].is(fPreposition) {
				after++ // "told followers in a tearful Instagram post": the listeners, then where
			}
		}
		if as := s > k+1; as && after == c+1 && after < end && (toks[after].low == "of" && !sayingOf[w] || toks[after].low == "about" || toks[after].low == "against") {
			break // "..., as South Korea's president warned of rising tensions": what was warned of is its own; not "..., Trump said of the episode"
		}
		switch tail := tailEnd(toks, after, end); {
		case tail == end || toks[tail].text == ";" || apposition(toks, tail, end) || mannerVerbs[w] && sceneAfter(toks, tail, end): // "..., analysts say; in 2012, ..."
			if wordsWithQuotes(toks[:first]) >= minReportedWords && !sceneOpening(p, toks[:first]) { // not "Last year, the union called for ...": an opening phrase
				return statement{parts: [][2]int{{openParen(toks, first), first}}, m: m, cue: w, at: c}, true
			}
		case toks[tail].text == "," && tail+1 < end && (participle(toks, tail+1) || sceneVerbs[toks[tail+1].low] && strings.HasSuffix(toks[tail+1].low, "ing") ||
			strings.HasSuffix(toks[tail+1].low, "ing") && anonymityEnd(toks, tail+2, end) < end):
			// "..., Jane Roe said Tuesday, adding that ...": the
			// participle is a clause of its own, with its own cue, not
			// more of the statement; nor is the scene of the telling
			// (", the people said, speaking on condition of anonymity",
			// ", the people said, asking not to be identified")
			return statement{parts: [][2]int{{0, first}}, m: m, cue: w, at: c}, true
		case toks[tail].text == "," && tail+1 < end && toks[tail+1].is(fCoordinator) && cueOpens(p, toks, base, tail+2, end):
			// "..., officials said Friday, and they warned the outbreak
			// could spread": what follows has a cue of its own
			return statement{parts: [][2]int{{0, first}}, m: m, cue: w, at: c}, true
		case toks[tail].text == "," && tail+1 < end && toks[tail+1].q != nil:
			// "Hours after a video showed ..., Mayor Ruth Dalby said of
			// the scene, "I do not like what I saw," adding ...": the
			// quote is what was said, and the words before the speaker
			// only set the scene
			return statement{}, false
		case toks[tail].text == ",":
			from := 0
			if first >= 2 && isRelative(toks[first-1].low) && toks[first-2].text == "," {
				from = first - 1 // "the stadium, which, Tompkins said, is usually full": the relative clause is what was said
			}
			return statement{parts: [][2]int{{from, first}, {tail + 1, end}}, m: m, cue: w, at: c}, true
		}
		break
	}
	// "..., said X." with a verb of saying (not "The union, which
	// brought the case, welcomed the ruling."; not "Sussan Ley, the
	// Opposition Leader, said Labor had questions": a name and its
	// apposition are the subject; and whom "told" has after it is who
	// heard it: "Graham, a former candidate, told CBS News")
	if c > 0 && (toks[c-1].text == "," || quoteComma(toks[c-1])) && toks[c].is(fSpeech) && !participle(toks, c) && !namedAside(p, base, c-1) && w != "put" && !telling(w) {
		first := c - 1
		if toks[first].q != nil {
			first = c
		}
		if m := speakerIn(p, base+c+1, base+min(end, c+8)); m != nil && (m.t0 == base+c+1 || ownedBy(p, m, base+c+1) ||
			m.t0 == base+c+2 && toks[c+1].is(fTitle|fDeterminer) || // "said former Pennsylvania governor Ed Rendell"
			m.kind == byName && (roleWords(toks, c+1, m.t0-base) || bodyNoun(toks, c+1, m.t0-base))) && // "said lobbyist and GOP strategist Charlie Black", "said the advocacy group Cycle Toronto"
			describedAfter(toks, m.t1-base, end) {
			if rest := insetRest(p, toks, m.t1-base, end); rest < end && toks[c-1].q == nil && !quoteComma(toks[c-1]) {
				// "The problem, says economist Jane Doe, is the cost": the
				// tag inset, the statement on both sides of it
				return statement{parts: [][2]int{{openParen(toks, first), first}, {rest, end}}, m: m, cue: w, at: c}, true
			}
			return statement{parts: [][2]int{{openParen(toks, first), first}}, m: m, cue: w, at: c}, true
		}
	}
	// "X said (that) ..."
	if c > 0 && toks[c-1].text == "," && strings.HasSuffix(w, "ed") && c+1 < end && (toks[c+1].low == "as" || toks[c+1].low == "by") {
		return statement{}, false // "..., viewed as a sign his campaign may be in trouble": a passive's
	}
	if negated(toks, c) {
		return statement{}, false // "did not immediately respond": nothing was said
	}
	if participleAside(p, base, c, end) {
		return statement{}, false // "Roberts, writing for the majority, said ...": the verb after it speaks
	}
	m := cueSubject(p, toks, base, c)
	if m == nil || m.t1 > base+c || nobody[p.toks[m.t0].low] && !m.org || neitherNor(p, m) || extraposed(p, m, base+c) ||
		comparedTo(p, m) {
		return statement{}, false // "none of them responded, nor ...": nobody said it; "lower than TransLink says they are": a comparison
	}
	if strings.HasSuffix(w, "ed") && m.t1 == base+c && m.kind == byNominal && afterPreposition(p, m) && !subordinators[p.toks[m.t0-1].low] {
		return statement{}, false // "In a video posted to her account, she ...": a participle, not a verb
	}
	from := statementAfter(p, toks, base, c, end)
	for from < end && (toks[from].text == "," || toks[from].text == ":") {
		from++
	}
	if saysNothing(toks, c, from, end) {
		return statement{}, false
	}
	if from == c+2 && toks[c+1].text == "," && from+1 < end && reasonOpeners[toks[from].low] && toks[from+1].low != "of" {
		return statement{}, false // "Not that anyone ... is arguing, since other emails suggest ...": why, in the reporter's words, not what was argued
	}
	if from < end && (toks[from].low == "and" || toks[from].low == "or" || from+1 < end && toks[from].low == "as" && toks[from+1].low == "much") {
		return statement{}, false // "who said and did the same", "said as much": no statement follows
	}
	if mannerVerbs[w] && from == c+1 && from < end && toks[from].low == "of" {
		return statement{}, false // '"...," she said of Sanders': whom the words were about
	}
	if from == c+1 && from+1 < end && toks[from].low == "by" && strings.HasSuffix(w, "ed") && !strings.HasSuffix(toks[from+1].low, "ing") {
		return statement{}, false // 'super PACs supported by the Koch brothers': a passive's agent, not its words ("responded by standing" is a manner)
	}
	if !speechVerbs[w] && timePhrase(toks, from, end) {
		return statement{}, false // "spoke for two hours": when, not what
	}
	from = pastTime(toks, from, end)
	if from+2 < end && toks[from].low == "back" && toks[from+1].low == "that" {
		w, from = w+" back", from+2 // "shot back that", "wrote back that": a retort, whatever the verb
	} else if k := mannerEnd(toks, from+1, end); from < end && toks[from].low == "back" && k+1 < end && toks[k+1].q != nil && retortBefore(p, base+from, base+k+1, base) != nil {
		return statement{}, false // "fired back forcefully: ...": the quote is the retort (retortBefore)
	} else if from+1 < end && verbParticles[toks[from].low] && !speechVerbs[w] && toks[from+1].isWord() {
		from++ // "ruled out a royal commission": the particle is the verb's
	}
	if from+1 < end && toks[from].is(fObject) && toks[from+1].low == "for" && (strings.HasPrefix(w, "thank") || timePhrase(toks, from+1, end)) {
		// "thanked her for her service": whom, not what; "has known him
		// for years": how long ("blasted him for not paying income tax" is
		// what he was blamed for)
		return statement{}, false
	}
	if from+2 < end && toks[from].is(fObject) && toks[from+1].text == "," && toks[from+2].is(fSubordinator|fCoordinator|fPreposition) && !asideBeforeQuote(toks, from+1, end) {
		// "hours after declaring it, after lawmakers voted": the pronoun
		// is what was declared, and the clause after it says when; not
		// "calling him, among other things, "a failed candidate""
		return statement{}, false
	}
	to := end
	if stop := clauseStop(p, toks, base, from, end); stop > 0 {
		to = stop
	}
	opened := openedClause(toks, m.t0-base, c)
	if m.kind == byRelative || relativeBetween(toks, m.t1-base, c) || relativeBefore(toks, m.t0-base) || opened {
		// "While he's said he'll fight on, Sanders must decide": the
		// statement ends with the clause the conjunction opens (not so in
		// "If elected, Trump said he would ..."); "Mr. McConnell, who has
		// criticized his campaign, offered ...", "The changes, which
		// officials said will take effect soon, will not apply": with the
		// relative clause; the conjunction's at a dash too ("When Clinton
		// noted that ... ― as was true ... ― Trump boasted").
		to = commaAfter(toks, from, to)
		if !opened {
			to = anonymityEnd(toks, from, to)
		}
		if m.kind == byRelative {
			to = mainVerbOf(p, toks, base, m, from, to)
		}
		for j := from + 1; j < to && opened; j++ {
			if isDash(toks[j].text) {
				to = j
				break
			}
		}
	}
	if !speechVerbs[w] && from > 0 && toks[from-1].low != "that" {
		to = objectEnd(toks, w, from, to)
	}
	if (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && afterPreposition(p, m) {
		// "In a statement announcing the pick, the union called ...", "In a
		// message posted Friday, Cruz said ...": the phrase ends at its
		// comma and the sentence goes on without it.
		to = commaAfter(toks, from, to)
	}
	return statement{parts: [][2]int{{from, to}}, m: m, cue: w, at: c}, from < to
}

// reasonOpeners open a clause that gives a reason or a concession, which
// after a cue and its comma is the reporter's, not what was said.
var reasonOpeners = set(`since because although though whereas`)

// quoteAttributed reports a cue among the first n tokens of a sentence
// (from paragraph token base) spent on attributing a direct quote.
func quoteAttributed(p *para, base, n int) bool {
	for k := base; k < base+n; k++ {
		if p.spentOn(k) != nil {
			return true
		}
	}
	return false
}

// isRelative reports a relative pronoun.
func isRelative(w string) bool { return w == "who" || w == "whose" || w == "which" || w == "whom" }

// afterColon is where a statement ending at token end starts: after the
// last colon before it ("... financial firms: London was the financial
// capital of the world, according to one index"), or at 0.
func afterColon(toks []token, end int) int {
	for i := end - 1; i > 0; i-- {
		if toks[i].text == ":" && i+1 < end {
			return i + 1
		}
	}
	return 0
}

// nameToEnd reports a name that runs from paragraph token i to the
// sentence's end at token end: "..., according to the promoter, Live Arena
// Group.", where the name is the source's, no more of what it says.
func nameToEnd(p *para, i, end int) bool {
	n := p.mentionAt(i)
	return n != nil && n.kind == byName && n.t1 == end
}

// ownedBy reports a mention right after a possessive that starts at
// token i: "NBC's Dante Chinni".
func ownedBy(p *para, m *mention, i int) bool {
	o := p.mentionAt(i)
	return o != nil && o.poss && o.t1 == m.t0
}

// comparedTo reports a subject after "than" that a comparison names, not
// a speaker: "the costs are lower than TransLink says they are"; not a
// count ("more than six in 10 said").
func comparedTo(p *para, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && p.toks[k].is(fDeterminer) {
		k-- // "than the agency says"
	}
	if k < 1 || p.toks[k].low != "than" {
		return false
	}
	first := p.toks[k+1]
	return !isNumber(first.text) && !quantifiers[first.low] && !numberWords[first.low]
}

// sayingOf are the cues that "of" follows to name whom or what the words
// before were about ("..., Trump said of the episode"), where after other
// cues it names what was spoken of ("warned of rising tensions").
var sayingOf = set(`say said says tell told tells write wrote writes`)
