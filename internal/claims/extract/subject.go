package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// floating are the quantifiers that may stand after the subject they
// count, before its verb.
var floating = set(`both each all`)

// countedBy reports a subject ending at token k that a floating quantifier
// after it may count: a pronoun, a noun, or names listed with "and"; not
// the last of names after a preposition ("Strategists for Barack Obama and
// Clinton all agree": the strategists).
func countedBy(p *para, k, start int) bool {
	m := p.mentionEndingAt(k)
	return m != nil && (m.kind != byName || namedPair(p, m, start) != nil)
}

// subject finds who does the speaking of the cue at token c: the mention
// just before it ("the Kremlin chief saying"), or else the first mention of
// its clause, or of its sentence, that does not follow a preposition
// ("Pope Leo XIV took to X and said").
func subject(p *para, c, start int) *mention {
	if k := saidAhead(p.toks, c, start); k >= 0 {
		if m := subject(p, k, start); m != nil {
			return m // "..., Spicer said, adding, ...": the participle is the cue's speaker's
		}
	}
	if c-2 > start && p.toks[c-1].low == "as" && strings.HasSuffix(p.toks[c].low, "ing") {
		if m := p.mentionEndingAt(c - 1); m != nil && !m.poss && m.t0 > start && p.toks[m.t0-1].isWord() && !p.toks[m.t0-1].isCap() && !p.toks[m.t0-1].is(fPreposition) {
			return m // "A memo quoted Mayor Jane Roe as saying": the one quoted, the verb's object
		}
	}
	if c-2 > start && p.toks[c-1].low == "that" {
		if m := p.mentionEndingAt(c - 1); m != nil && m.kind == byNominal && documents[m.head] {
			return m // "despite a new report that says it will cost billions": the report, not the sentence's subject
		}
	}
	if c-2 > start && p.toks[c-1].low == "then" && p.toks[c-2].text == "," {
		from := start + mainClause(p.toks[start:c], c-start)
		if m := openingMention(p, from, c-2); m != nil {
			return m // "Kasich offered the man a job as Secretary of Defense, then says": the clause's subject, whatever its verb's tense
		}
	}
	k, aside := c, false // aside: a set-off stretch has been passed over
	for k > start {
		switch {
		case k-2 >= start && p.toks[k-2].is(fPreposition) && (p.toks[k-1].is(fTime) || isYear(p.toks[k-1].text)):
			k -= 2 // "Sanders on Tuesday said", "who in 2010 said"
		case k-3 >= start && p.toks[k-3].is(fPreposition) && (timeModifiers[p.toks[k-2].low] || p.toks[k-2].is(fTime) || p.toks[k-2].low == "the") &&
			(p.toks[k-1].is(fTime) || p.toks[k-2].low == "the" && (p.toks[k-1].low == "past" || p.toks[k-1].low == "meantime")):
			k -= 3 // "A Quinnipiac University poll released in late August found", "on Tuesday night", "earlier in the day touted", "who has in the past described"
		case k-2 >= start && strings.HasSuffix(p.toks[k-1].low, "ly") && !p.toks[k-1].is(fNominalHead) &&
			(p.toks[k-2].is(fAux) || p.toks[k-2].low == "who" || p.toks[k-2].low == "which" || p.mentionEndingAt(k-1) != nil):
			k-- // "has strongly denied", "who publicly said", "they actually believe"
		case k-3 > start && strings.HasSuffix(p.toks[k-1].low, "ly") && p.toks[k-2].text == "," && strings.HasSuffix(p.toks[k-3].low, "ly") &&
			!lyNouns[p.toks[k-1].low] && !lyNouns[p.toks[k-3].low] && !p.toks[k-1].is(fNominalHead) && !p.toks[k-3].is(fNominalHead):
			k -= 2 // "she repeatedly, implicitly criticized": adverbs in a row
		case k-1 > start && p.toks[k-1].is(fAux) && !p.toks[k-1].is(fBe) && p.mentionEndingAt(k) == nil:
			k-- // "which has strongly denied", "voters should know"
		case k-2 >= start && p.toks[k-1].low == "filed" && documentNoun(p.toks, k-2):
			k-- // "A lawsuit filed on Monday accuses": the lawsuit, not the filing
		case k-3 >= start && p.toks[k-1].is(fTime) && p.toks[k-2].low == "filed" && documentNoun(p.toks, k-3):
			k -= 2 // "A proposed class action filed Monday alleges"
		case p.toks[k-1].is(fAdverb) && !p.toks[k-1].isCap(): // not "May" in "Mrs May said"
			k--
		case k-2 >= start && floating[p.toks[k-1].low] && (countedBy(p, k-1, start) || p.toks[k-2].is(fAux) || p.toks[k-2].text == "," && commaBefore(p, k-2, start) > 0):
			k-- // "Jane Roe and John Doe both said", "they have each said": the two, not a clause of "John Doe" after "and"
		case (p.toks[k-1].low == "there" || p.toks[k-1].low == "here") && k-2 >= start && p.toks[k-2].is(fDocument):
			k-- // "Polls there show"
		case k-2 >= start && reflexives[p.toks[k-1].low] && p.mentionEndingAt(k-1) != nil:
			k-- // "The president himself posted": the president, whom the pronoun stresses
		case p.toks[k-1].is(fBe) && strings.HasSuffix(p.toks[c].lower(), "ing"):
			k-- // "The city is demanding"
		case p.toks[k-1].text == "," && apposName(p, k-1) != nil:
			return apposName(p, k-1) // "The children's commissioner for England, Dame Rachel de Souza, told"
		case p.toks[k-1].text == "," && commaBefore(p, k-1, start) > 0:
			k = commaBefore(p, k-1, start) // "Clinton, at Monday's debate, cited"
			// An aside that goes on with "and who" adds to a relative
			// clause before it, whose words are not the subject: "A woman
			// who works in the ministry, and who asked ..., said"
			aside = !(k+2 < c && p.toks[k+1].is(fCoordinator) && p.toks[k+2].low == "who")
		case p.toks[k-1].text == ")" && parenOpen(p, k-1, start) > 0:
			k, aside = parenOpen(p, k-1, start), true // "Gov. John Kasich (R-OH) said"
		case isDash(p.toks[k-1].text) && dashOpen(p, k-1, start) > 0:
			k, aside = dashOpen(p, k-1, start), true // "The city's auditor — who declined to be named — said"
		case publishedIn(p, k, start) > 0:
			k = publishedIn(p, k, start) // "A study published last month in JAMA estimated": the study
		case campusBefore(p, k, start) > 0:
			k = campusBefore(p, k, start) // "Jane Roe of the University of Wisconsin, Madison said": the campus is the body's
		case !aside && !(k == c && k > start && strings.HasSuffix(p.toks[c].low, "ing") && (inscriptions[p.toks[k-1].low] || documents[p.toks[k-1].low])) && restrictiveBefore(p, k, start) > 0:
			// "progressive organizations that have endorsed him say", "the
			// groups who wrote to her on Thursday say"; not a relative
			// inside an aside ("Geoff Garin, a pollster who is working with
			// Priorities USA, a super PAC, said"), nor one whose object has
			// the words of the participle after it ("a line cook who
			// carried a sign reading": the sign's)
			k = restrictiveBefore(p, k, start)
		default:
			goto found
		}
	}
found:
	if i := phraseOpening(p, k, start); i > start+1 && (p.toks[i-1].low == "and" || p.toks[i-1].low == "but") {
		if m := sharedSubject(p, i-1, c, start); m != nil {
			return m // "Trudeau called the allegation false and in a carefully worded response said"
		}
	}
	if m := namedBefore(p, k, start); m != nil {
		return m // "The Resolution Foundation think tank said": the foundation
	}
	if m := p.mentionEndingAt(k); m != nil && !m.poss {
		if at := sourceOf(p, m.t0); at > start {
			np := nounPhraseBefore(p, at, start) // "A person close to the Clintons said": the person, unnamed
			if n := describedName(p, np, start); n != nil {
				return n // "Gary Byrne, a former Secret Service agent for President Bill Clinton has written"
			}
			if np != nil && (p.toks[at].low == "to" || p.toks[at].low == "of" || p.toks[at].low == "for") {
				// "A former aide to ex-senator Robert Menendez": all the
				// words describe the aide, whom no name stands for
				whole := phraseMention(p, np.t0, m.t1)
				whole.head, whole.person, whole.appos = np.head, true, nil // sourceOf has read a noun for people
				return whole
			}
			return np
		}
		if h := personChain(p, m, start); h != nil {
			return h // "A witness at the murder trial of Kevin Marsh testified": the witness, no one named
		}
		if doc := documentHolding(p, m, start); doc != nil {
			return doc // "An email from Harbourline Ferries to its staff said": the email, so its sender
		}
		if d := heldAt(p, m, start); d != nil {
			// "The former sergeant-at-arms of the House of Commons said":
			// someone the words do not name, unless they are set off
			// after a name ("Tareq Hadad, the co-founder with his father
			// of Peace By Chocolate, ... says").
			if n := describedName(p, d, start); n != nil {
				return n
			}
			return d
		}
		if np := workerIn(p, m, start); np != nil {
			return np // "One engineer in the company's Austin office, who asked not to be named, said": the engineer
		}
		m = fromPlace(p, m) // "Ann Lee, of Silver Spring, Md., who watched it, said"
		if namedPlace(m) && !names.IsCountry(m.ent.key) || alongStreet(p, m) {
			if in := locativeOf(p, m); in > start {
				// "District attorneys in San Francisco and Los Angeles
				// say": the place says where they are; they speak
				if n := p.mentionEndingAt(in); n != nil && n.kind == byName && !n.poss {
					if d := heldAt(p, n, start); d != nil {
						return d // "The chief of a First Nation in northern Saskatchewan says"
					}
					if !namedPlace(n) && (n.t0 == start || p.toks[n.t0-1].low == "the" && n.t0-1 == start) {
						return n // "The Neskantaga First Nation in northern Ontario declared": the name, where it is
					}
				}
				np := nounPhraseBefore(p, in, start)
				if np != nil && settlements[np.head] && p.toks[np.t0].is(fDeterminer) && p.toks[in].low == "of" {
					return m // "the city of Nice urged": the city, by its name
				}
				if np != nil && np.t0 > start+1 && p.toks[np.t0-1].is(fSubordinator) && slices.ContainsFunc(p.toks[np.t0+1:np.t1], func(t token) bool {
					return !t.isCap() && (regularPast(t.low) || names.Verb(t.low)&names.FiniteVerb != 0)
				}) {
					// "Families of the six people killed when a helicopter
					// crashed off the coast of Nova Scotia say": the words
					// before the place hold the subordinate clause's verb, so
					// its subject is the helicopter; the families speak (not
					// "after a woman in Worcester told him")
					return nounPhraseBefore(p, np.t0-1, start)
				}
				return np
			}
		}
		if m.kind == byNominal && documents[m.head] && issued(p, m, start) {
			if s := subject(p, m.t0-1, start); s != nil {
				return s // "Black Lives Matter issued a statement saying"
			}
		}
		if g := groupOf(p, m); g != nil && !documents[g.head] {
			return g // "Aides to Mr Trump said": the aides, not Trump
		}
		if n := memberOf(p, m, start); n != nil {
			if pair := namedPair(p, n, start); pair != nil {
				return pair // "Stephen Cohen and Bradford DeLong of the University of California suggest": the two
			}
			return n // "Tim Guest with the Nova Scotia Health Authority says": Guest
		}
		if pair := namedPair(p, m, start); pair != nil {
			return pair // "Tore Sohlberg and Lehla Abreder said": the two, no one of them
		}
		if m.kind == byNominal && m.t1-m.t0 == 1 && m.t0 > start && !p.toks[m.t0-1].is(fDeterminer) {
			if np := nounPhraseBefore(p, k, start); np != nil && np.t0 < m.t0 && isGroup(m) &&
				!slices.ContainsFunc(p.toks[np.t0:m.t0], func(t token) bool { return isPossessive(t.text) }) {
				return np // "Election scholars caution": the plural with its words, not "scholars"
			}
		}
		if strings.HasSuffix(p.toks[c].low, "ing") && m.t1 == c && m.t0 > 0 && p.toks[m.t0-1].low == "on" && m.ent != nil && m.ent.kind == kindOrg {
			if mk := p.mentionAt(start); mk != nil && mk.kind == byName && !mk.poss && mk != m {
				return mk // "Clinton responded to the question on Facebook writing": the clause's subject, not the site she wrote on
			}
		}
		return m // even after a preposition: "with the Kremlin chief saying"
	}
	if m := nounPhraseBefore(p, k, start); m != nil {
		if n := namedMember(p, m, start); n != nil {
			return n // "Grand Chief Ruth Cardinal of the Treaty 8 assembly said": Cardinal
		}
		if dm := p.mentionAt(m.t0); dm != nil && dm.kind == byNominal && documents[dm.head] && dm.t1+1 < m.t1 {
			j := dm.t1
			if j+2 < m.t1 && pastParticiple(p.toks[j].low) && p.toks[j+1].low == "by" {
				j++ // "A report commissioned by the city found"
			}
			if (p.toks[j].low == "from" || p.toks[j].low == "by") && j+1 < m.t1 && (namedAt(p, j+1) || p.toks[j+1].is(fDeterminer)) {
				return dm // "A memo from Corvane Mining to its shareholders said", "A study by the city found": the document, so its author
			}
		}
		if j := m.t0 - 1; j > start && (p.toks[j].low == "by" || p.toks[j].low == "from") {
			if j-1 > start && pastParticiple(p.toks[j-1].low) {
				j-- // "A report released by the city on Monday found": the report, not the city
			}
			if dm := p.mentionEndingAt(j); dm != nil && dm.kind == byNominal && documents[dm.head] {
				return dm
			}
		}
		if m.t0-1 > start && strings.HasSuffix(p.toks[c].low, "ing") && issuing[p.toks[m.t0-1].low] && p.toks[m.t0-1].low != "out" {
			if s := subject(p, m.t0-1, start); s != nil {
				return s // "James Bullard ... gave an interview noting": Bullard
			}
		}
		return m // "elected officials from both parties say", "one study found"
	}
	if k-1 > start && (p.toks[k-1].low == "and" || p.toks[k-1].low == "but") {
		if m := sharedSubject(p, k-1, c, start); m != nil {
			return m
		}
	}
	clause := start
	for j := c - 1; j > start; j-- {
		w := p.toks[j].lower()
		if w == "that" && p.toks[j+1].text == "," && p.toks[c-1].text == "," && commaBefore(p, c-1, start) == j+1 {
			e := j
			if p.toks[e-1].is(fTime) && e-1 > start {
				e-- // "a report in The Globe and Mail Thursday that, ...", "on Tuesday"
				if p.toks[e-1].is(fPreposition) && e-1 > start {
					e--
				}
			}
			if m := p.mentionEndingAt(e); m != nil && !m.poss {
				return m // "a report that, citing confidential sources, alleged": the report
			}
		}
		if w == "as" && roleVerbs[p.toks[j-1].low] {
			continue // "She works as a technician at the company, Ocean Breeze Energy, and says": a role, no clause
		}
		if p.toks[j].is(fSubordinator) || w == "but" || p.toks[j].text == ";" {
			clause = j + 1
			if k := commaAfter(p.toks, j+1, c); k < c && p.toks[j].is(fSubordinator) && p.mentionAt(k+1) != nil {
				clause = k + 1 // "Even after the complaint was filed, Lewandowski continued to say": the main clause's
			}
			break
		}
		if (w == "who" || w == "which") && p.toks[j-1].text == "," && !slices.ContainsFunc(p.toks[j:c], func(t token) bool { return t.text == "," }) &&
			!slices.ContainsFunc(p.ms, func(m *mention) bool { return m.t0 > j && m.t1 <= c && !m.poss }) {
			// "Weaver, who came out and endorsed Clinton": who, unless the
			// clause names another ("which prompted Hillary Clinton to ...")
			clause = j
			break
		}
	}
	if m := openingMention(p, clause, c); m != nil {
		return m
	}
	return openingMention(p, runIn(p.toks, start, c), c)
}

// roleVerbs take "as" and the role someone has: "works as a technician",
// "served as treasurer".
var roleVerbs = set(`work works worked working serve serves served serving act acts acted acting`)

// phraseOpening finds the preposition that opens a phrase of words in
// lower case ending at token k, "in a carefully worded response", or -1.
func phraseOpening(p *para, k, start int) int {
	for j := k - 1; j > start && j >= k-6; j-- {
		t := p.toks[j]
		if !t.isWord() || t.isCap() || t.is(fCue) {
			return -1
		}
		if t.is(fPreposition) {
			if j == k-1 {
				return -1
			}
			return j
		}
	}
	return -1
}

// namedBefore is the organisation named right before a word that says
// what kind it is, before token k: "the Resolution Foundation think tank",
// "the Sunrise Movement group".
func namedBefore(p *para, k, start int) *mention {
	j := k
	switch {
	case j-2 > start && p.toks[j-1].low == "tank" && p.toks[j-2].low == "think":
		j -= 2
	case j-1 > start && orgTails[p.toks[j-1].low]:
		j--
	default:
		return nil
	}
	if m := p.mentionEndingAt(j); m != nil && !m.poss && m.kind == byName && (m.t0 == 0 || p.toks[m.t0-1].low != "and") {
		return m // not "Commercial Workers" of "The United Food and Commercial Workers union": a name cut at its "and"
	}
	return nil
}

// orgTails say what kind of organisation the name before them is.
var orgTails = set(`group charity firm company organisation organization network coalition alliance union
authority utility agency regulator watchdog broadcaster airline`)

// openingMention is the first mention in tokens [from, to) that may be the
// subject of a clause opening at from: not a possessive, and not one after a
// preposition or a relative pronoun unless it opens the clause ("after she
// blamed", ", which has denied").
func openingMention(p *para, from, to int) *mention {
	for _, m := range p.mentionsIn(from, to) {
		if placeModifier(p, m) {
			continue // "The New York primary made it clear": the primary, which is no one
		}
		if m.t1 <= to && (m.t0 == from || !prepositionObject(p, m) && m.kind != byRelative) && !m.poss {
			if d := describedBy(p, m, from); d != nil && d.t1 <= to {
				return d
			}
			return m
		}
	}
	return nil
}

// issued reports a document mention that is the object of a verb of
// putting out, whose subject is its author: "issued a statement", "put out
// a report".
func issued(p *para, m *mention, start int) bool {
	return m.t0-1 > start && issuing[p.toks[m.t0-1].low]
}

var issuing = set(`issued issues issue released releases release published publishes posted posts sent
sends filed files wrote writes signed signs out gave gives give delivered delivers`)

func afterPreposition(p *para, m *mention) bool {
	return m.t0 > 0 && p.toks[m.t0-1].is(fPreposition)
}

// raising adjectives take the subject of their infinitive: "it is likely
// to cut jobs" is the company's plan.
var raising = set(`likely unlikely able unable set due ready willing eager poised about sure certain bound`)

// subjectEnd is where the subject of the verb at token c ends: past the
// adverbs before the verb ("Putin also noted", "Clinton has long
// wanted") and an aside a past participle opens ("The lawsuit, filed
// Monday in federal court, claims").
func subjectEnd(p *para, c int) int {
	k := c
	for k > 0 && p.toks[k-1].is(fAdverb) {
		k--
	}
	if k > 0 && p.toks[k-1].text == "," {
		for j := k - 2; j > 0 && j >= k-10; j-- {
			if t := p.toks[j]; t.text == "," || !t.isWord() {
				if t.text == "," && pastParticipleAside(p.toks[j+1]) {
					return j
				}
				break
			}
		}
	}
	return k
}
