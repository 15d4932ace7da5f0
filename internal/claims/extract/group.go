package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims/names"
)

// Groups a subject names: people linked to a name who speak rather than
// the name ("aides to Mr Trump", "Tim Guest with the Nova Scotia Health
// Authority"), and two or more named together, whom no one name stands
// for ("Tore Sohlberg and Lehla Abreder said").

// groupOf reads the people a name is linked to by a preposition, when they
// speak rather than the name: "aides to Mr Trump", "allies of the
// president", "an official at the State Department". A spokesperson speaks
// for the body named ("a spokesman for the Kremlin" is the Kremlin's
// word), but a person's spokeswoman is not that person.
func groupOf(p *para, m *mention) *mention {
	link := m.t0 - 1
	for link > 0 && p.toks[link].isCap() && isPossessive(p.toks[link].text) {
		link-- // "a spokesperson for Children's Services Minister Michael Parsa"
	}
	if link > 0 && p.toks[link].low == "the" {
		link-- // "an official at the State Department"
	}
	if link < 1 || !groupLinks[p.toks[link].low] {
		return nil
	}
	for _, n := range p.ms {
		if n.t1 == link && n.kind == byNominal && (!strings.HasPrefix(n.head, "spokes") || m.ent != nil && m.ent.kind == kindPerson) {
			g := *n
			g.t1, g.End = m.t1, m.End
			g.text = p.text[g.Start-p.Start : g.End-p.Start]
			g.role = g.text
			if p.toks[g.t0].is(fDeterminer) {
				g.role = p.text[p.toks[g.t0+1].Start-p.Start : g.End-p.Start]
			}
			g.org = false
			return p.mention(g)
		}
	}
	return nil
}

// memberOf is the person named right before the organisation m with a
// word that says they belong to it: "Tim Guest with the Nova Scotia Health
// Authority", "Jane Roe of the ACLU", "John Smith at Harvard", "Grand Chief
// Ruth Cardinal of the Treaty 8 assembly" (a body no name gives).
func memberOf(p *para, m *mention, start int) *mention {
	if m.kind == byName && (m.ent == nil || m.ent.kind == kindPerson) || m.kind != byName && m.kind != byNominal {
		return nil
	}
	if link := memberLink(p, m, start); link >= 0 {
		return personEndingAt(p, link)
	}
	return nil
}

// personEndingAt is the person's name, no owner's, that ends before token
// k: the member memberOf and namedMember find before a word of memberLinks.
func personEndingAt(p *para, k int) *mention {
	if n := p.mentionEndingAt(k); n != nil && n.kind == byName && n.ent != nil && n.ent.kind == kindPerson && !n.poss {
		return n
	}
	return nil
}

// memberLink is where the word of memberLinks before the name m is, past
// "the" and capitalised words no mention holds ("Temple", which nameOpens
// leaves out of "Temple Beth Shalom"); -1 when there is none after start.
func memberLink(p *para, m *mention, start int) int {
	k := m.t0 - 1
	for k > start && p.toks[k].isCap() && p.mentionEndingAt(k+1) == nil {
		k--
	}
	if k > start && p.toks[k].low == "the" {
		k--
	}
	if k <= start || !memberLinks[p.toks[k].low] {
		return -1
	}
	return k
}

// namedMember is the person whose name opens the noun phrase np and a
// word of memberLinks follows, as memberOf finds before a body's name:
// "Grand Chief Ruth Cardinal of the Treaty 8 assembly"; a name that opens
// a clause, not one that is an object ("Bush went after Trump at the
// debate refusing").
func namedMember(p *para, np *mention, start int) *mention {
	for l := np.t0 + 1; l < np.t1; l++ {
		if memberLinks[p.toks[l].low] {
			n := personEndingAt(p, l)
			if n == nil || n.t0 > np.t0 {
				return nil
			}
			if b := n.t0 - 1; b >= start && p.toks[b].isWord() && (p.toks[b].is(fPreposition) || !p.toks[b].is(fCoordinator|fSubordinator|fConjunction|fConnective)) {
				return nil
			}
			return n
		}
	}
	return nil
}

var memberLinks = set(`with of at from`)

// groupLinks join a group of people to whom they belong.
var groupLinks = set(`to of at for from with in on along near`)

// namedPair is the phrase that names two people or bodies or more
// together as the subject when m, a name, is the last of them: "Tore
// Sohlberg and Lehla Abreder said", "Ann Lee, Bo Ray and Jane Roe said",
// "Northway Foods and Bellmart said". Their words are kept; no one of them
// is the speaker.
func namedPair(p *para, m *mention, start int) *mention {
	if m.kind != byName || m.t0-2 < start || p.toks[m.t0-1].low != "and" {
		return nil
	}
	person := func(n *mention) bool { // a person's or a body's name, or one no list knows ("Tore Sohlberg"), standing as a subject
		return n != nil && n.kind == byName && !n.poss && n.ent != nil && (n.ent.kind == kindPerson || n.ent.kind == kindOrg || n.ent.kind == kindUnknown) &&
			(n.t0 == 0 || !afterPreposition(p, n) && !p.toks[n.t0-1].is(fDeterminer))
	}
	if !person(m) || slices.ContainsFunc(strings.Fields(m.role), func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(r) }) {
		return nil // not "Hewlett-Packard CEO and presidential candidate Carly Fiorina": two roles of one person; but "Mr. Grassley and Mr. Leahy"
	}
	first := p.mentionEndingAt(m.t0 - 1)
	aged := false
	if k := m.t0 - 4; first == nil && k > start && p.toks[k+2].text == "," && p.toks[k].text == "," && number(p.toks[k+1].text) {
		first, aged = p.mentionEndingAt(k), true // "Amit Sharma, 44, and Rohit Sharma, 39, admitted": their ages set off
	}
	if !person(first) {
		return nil // "Sens. David Perdue of Georgia and John Boozman": not a list of names
	}
	if b := first.t0 - 1; b > start && !p.toks[b].isCap() && p.toks[b].isWord() && (strings.HasSuffix(p.toks[b].low, "ed") || names.Verb(p.toks[b].low)&names.FiniteVerb != 0) {
		return nil // "Mr. Sanders has demonized Wall Street and Mr. Trump has said": the first name a verb's object, the second a new clause's subject
	}
	for first.t0-2 >= start && p.toks[first.t0-1].text == "," && person(p.mentionEndingAt(first.t0-1)) {
		first = p.mentionEndingAt(first.t0 - 1)
	}
	pair := phraseMention(p, first.t0, m.t1)
	pair.text = oneSpace(pair.text)
	if aged {
		pair.text = first.text + " and " + m.text
	}
	pair.appos, pair.role = nil, pair.text // the last name is one of them, not who the phrase is
	return pair
}

// sourceOf finds the words before token i that make whom it names the one
// an unnamed source is near ("a person close to", "people familiar with
// the") or related to ("a former aide to", "Supporters of"), and returns
// where they open (the "to" or "of" of the last two), or -1.
func sourceOf(p *para, i int) int {
	named := i
	if i >= 3 && p.toks[i-1].low == "the" {
		i-- // "close to the Clintons"
	}
	if i < 2 || !linkNear(p.toks, i) {
		return -1 // most names: salience asks this of every one, again and again
	}
	if a, b := p.toks[i-2].low, p.toks[i-1].low; a == "close" && b == "to" || a == "familiar" && b == "with" {
		return i - 2
	}
	// "A former aide to ex-senator Robert Menendez testified": someone a
	// noun for people relates to the one named, who does not speak
	j := i
	for n := 0; n < 2 && j > 2 && p.toks[j-1].isWord() && !p.toks[j-1].isCap() && !p.toks[j-1].is(fPreposition|fCue|fAux|fBe|fDeterminer) && names.Verb(p.toks[j-1].low) == 0; n++ {
		j-- // "ex-senator", "former"
	}
	one := p.mentionAt(named)
	if one == nil || one.kind != byName {
		return -1 // not "allow lawmakers to compare what she told"
	}
	if w := p.toks[i-2].low; p.toks[i-1].low == "of" && strings.HasSuffix(w, "s") && names.PersonNoun(w) && (!p.toks[i-2].isCap() || p.sentenceStart(i-2)) {
		// "Supporters of Donald Trump said", "Critics of Royal Bank said":
		// people of his or of it, not he nor it
		return i - 1
	}
	if j < 2 || !names.PersonNoun(p.toks[j-2].low) || p.toks[j-2].isCap() && !p.sentenceStart(j-2) {
		return -1
	}
	n := p.mentionEndingAt(j - 1)
	switch p.toks[j-1].low {
	case "to":
		if n != nil && n.kind == byNominal && n.person {
			return j - 1
		}
	case "of":
		if kin[p.toks[j-2].low] {
			return j - 1 // "The wife of former MP Derek Hollis told": his wife, not he
		}
	case "for":
		// "A former bookkeeper for developer Raymond Castillo told",
		// "Lawyers for Castillo said" (not a name, as "Citizens for Tax
		// Justice" is: Castillo is someone): people who work for a person
		// speak for themselves
		if (one.person || one.ent != nil && one.ent.kind == kindPerson) && !one.org && (n == nil || n.kind == byNominal && n.person || n.t0 == j-2) {
			return j - 1
		}
	}
	return -1
}

// linkNear reports a word that links a relation to the name at token i
// ("close to", "familiar with", "supporters of", "an aide to", "a
// bookkeeper for") among the three words before it.
func linkNear(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := toks[k].low; w == "to" || w == "for" || w == "of" || w == "with" {
			return true
		}
	}
	return false
}

// share reports a group's words that name only some of it: a number, a
// share or a quantity of it ("75 percent of Democrats", "a chorus of
// prominent Republicans", "one Democratic co-sponsor and no Republicans").
func share(words string) bool {
	if strings.ContainsAny(words, "0123456789") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if w == "of" || w == "and" || quantifiers[w] || counted(token{low: w, text: w}) {
			return true
		}
	}
	return false
}

// allCapitalised reports words each of which opens with a capital but for
// the small words between, as the words of a name do: "Senate Democrats",
// "Republicans in the House".
func allCapitalised(words string) bool {
	for _, w := range strings.Fields(words) {
		if !startsUpper(w) && !nameJoiners[w] && w != "in" {
			return false
		}
	}
	return true
}

// isGroup reports people named by a plural noun, for "they" to stand for
// ("Analysts at Jefferies", "officials").
func isGroup(m *mention) bool {
	return m.kind == byNominal && (strings.HasSuffix(m.head, "s") && !strings.HasSuffix(m.head, "ss") || collectives[m.head]) // not "a witness"
}

// collectives are the nouns for people that take a plural verb with no
// plural ending: "Police said ... they said".
var collectives = set(`police staff personnel crew clergy people`)

// demonymPerson reports a word for one of a country's people, which "the"
// before it makes a description of someone ("the Italian", "the
// Spaniard"); not a people's adjective that stands for them all ("the
// French", "the Chinese").
func demonymPerson(w string) bool {
	return personDemonyms[w] || (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i")) && names.Demonym(w)
}

// personDemonyms are the words for one of a people that end in neither
// "-an" nor "-i".
var personDemonyms = set(`german greek thai czech spaniard briton brit frenchman frenchwoman dutchman scot swede dane finn pole turk kiwi argentine filipino filipina`)
