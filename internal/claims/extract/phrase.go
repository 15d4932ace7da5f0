package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// phraseMention makes a mention of the words in tokens [i, j) for a speaker
// the mention finder did not know, with the determiner left out of its role.
func phraseMention(p *para, i, j int) *mention {
	m := p.mention(mention{Span: claims.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}, kind: byNominal,
		head: p.toks[j-1].lower(), t0: i, t1: j, p: p})
	if h := headBeforeLink(m); spokesHeads[h] {
		m.head = h // "a spokesperson for the premier": the spokesperson speaks, not the premier
	}
	m.text = p.text[m.Start-p.Start : m.End-p.Start]
	m.role = m.text
	if p.toks[i].is(fDeterminer) && !counted(p.toks[i]) && i+1 < j {
		m.role = p.text[p.toks[i+1].Start-p.Start : m.End-p.Start]
	}
	if n := p.mentionEndingAt(j); n != nil && n.kind == byName && n.person && n.t0 > i &&
		!slices.ContainsFunc(p.toks[i:n.t0], func(t token) bool { return t.is(fPreposition) }) { // not "an analysis by Lily Batchelder"
		m.appos = n // "Donald Trump's longtime confidant Roger Stone": Stone, in that role
		m.role = strings.TrimSpace(m.role[:len(m.role)-len(n.text)])
	}
	return m
}

var beForms = set(`is was are were be been being`)

// notNoun are words that cannot end the noun phrase before a verb.
var notNoun = set(`and or but nor so yet that which who whom whose when while although though because
if as since to is was are were be been being has have had do does did will would can could should may
might must not it this these those there here also just only then than both each all either neither
where what how why whether despite unless until after before during came went got made took gave
having being please too very quite rather somewhat really`)

// quantifiers stand for people on their own before a verb: "some say".
var quantifiers = set(`some many most others another few several both each all one`)

// phraseOpeners open a noun phrase: no noun before one is in it.
var phraseOpeners = set(`the a an my his her their its our your`)

// verbForms are irregular verb forms and particles that end a verb phrase
// rather than name anyone.
var verbForms = set(`away heard seen known made done gone come become left found told given taken got gotten
put set kept held felt meant thought brought bought sent spent won lost paid built sold stood understood met
fell rose grew began ran fought broke drove flew
out up off back down`)

// nounPhraseBefore reads the noun phrase that ends just before token k as
// the subject of the verb at k, for speakers the mention finder does not
// know: "high school administrators", "elected officials from both
// parties", "a review of records". It starts after a comma, a conjunction
// or the sentence's start, and keeps to eight words.
func nounPhraseBefore(p *para, k, start int) *mention {
	if k <= start {
		return nil
	}
	if w := p.toks[k-1].lower(); (w == "whom" || w == "which") && k-3 >= start && p.toks[k-2].lower() == "of" && quantifiers[p.toks[k-3].lower()] {
		m := phraseMention(p, k-3, k) // "members, many of whom say": the members
		m.kind = byRelative
		return m
	}
	if quantifiers[p.toks[k-1].lower()] && (k-1 == start || !p.toks[k-2].isWord() || p.toks[k-2].is(fConnective)) {
		return phraseMention(p, k-1, k) // "some say", "many believe", "and both vowed"
	}
	if k-2 >= start && p.toks[k-1].text == "%" && isNumber(p.toks[k-2].text) && (k-2 == start || !p.toks[k-3].isWord() || p.toks[k-3].is(fConnective)) {
		return phraseMention(p, k-2, k) // "and 49% said": a share of those asked, no one named
	}
	if k-2 >= start && p.toks[k-2].low == "the" && (counted(p.toks[k-1]) || p.toks[k-1].low == "other") {
		return phraseMention(p, k-2, k) // "the two write", "The other said": one of two, unnamed
	}
	if k-3 >= start && p.toks[k-2].low == "in" && counted(p.toks[k-1]) && counted(p.toks[k-3]) {
		return phraseMention(p, k-3, k) // "two in three said": a share of those polled
	}
	last := k - 1
	if k-3 > start && parentOf(p.toks, k) {
		last -= 2 // "the mother of three": the noun is the mother
	}
	if w := p.toks[last].low; last-1 > start && objectPronouns[w] && w != "it" && (p.toks[last-1].low == "to" || p.toks[last-1].low == "with") {
		last -= 2 // "a source close to her", "people familiar with them"
	}
	if !nounish(p.toks[last]) && !(last > start && p.toks[last].is(fCue) && p.toks[last-1].is(fDeterminer)) { // "voters in each state say"
		return nil
	}
	i, crossed := walkBack(p, k, start, last, true)
	if crossed && !p.toks[i].is(fDeterminer) {
		i, _ = walkBack(p, k, start, last, false) // "protesters gathered outside the hall": a clause
	}
	if i > start && i < k-1 && p.toks[i].is(fPreposition) && pastParticiple(p.toks[i-1].low) && !p.toks[i-1].is(fCue) && !p.toks[i+1].is(fDeterminer) {
		return nil // "a text message sent in error on Tuesday told them": a bare noun after a participle's preposition is no subject
	}
	for i < k-1 && (p.toks[i].is(fPreposition) || p.toks[i].lower() == "to") {
		i++ // the phrase cannot open with a preposition
	}
	if i > start && i+1 < k && (p.toks[i].low == "and" || p.toks[i].low == "or") {
		if m := p.mentionEndingAt(i); m != nil && m.kind == byName && m.t0 >= start && !m.poss {
			i = m.t0 // "Bush and his rivals for the Republican presidential nomination have said": the pair, past the reach of a phrase
		}
	}
	if i > start && i+1 < k && (p.toks[i].low == "least" || p.toks[i].low == "most") && p.toks[i-1].low == "at" {
		i-- // "At least four Democrat U.S. senators claim"
	}
	if i > start && i+1 < k && (p.toks[i].low == "many" || p.toks[i].low == "much") && p.toks[i-1].low == "as" && p.toks[i+1].low == "as" {
		i-- // "as many as 30 percent of his backers say", not "many as 30 percent"
	}
	if i > start && i+1 < k && isRelative(p.toks[i-1].low) && regularPast(p.toks[i].low) && !p.toks[i+1].is(fDeterminer|fPreposition) {
		i++ // "the emails, which included staff members suggesting": the members, the relative's object
	}
	if i == k-1 && i > start && p.toks[i-1].low == "those" && strings.HasSuffix(p.toks[i].low, "ed") {
		i-- // "those surveyed said": the people asked
		if i > start && p.toks[i-1].low == "all" {
			i-- // "All those involved say"
		}
	}
	if p.toks[i].is(fDeterminer) && i == k-1 {
		return nil
	}
	if i > start {
		if b := p.toks[i-1]; b.is(fPronoun) || b.is(fAux) || b.low == "not" || b.low == "never" || b.low == "and" && strings.HasSuffix(p.toks[i].low, "ed") ||
			b.is(fCoordinator) && i == k-1 && !p.toks[i].is(fNominalHead) && names.Verb(p.toks[i].low)&names.BaseVerb != 0 {
			return nil // "he keeps", "has drawn huge crowds", "could not resist", "and placed newspaper ads", "but resist announcing": a verb's words
		}
	}
	if isPossessive(p.toks[k-1].text) {
		return nil // "Editor's note": a possessive is no speaker
	}
	if n := p.mentionEndingAt(k); n != nil && n.t0 > i+1 && p.toks[i].is(fDeterminer) && n.kind == byNominal && gapAfter(p.toks, k) {
		i = n.t0 // "a change supporters say will ease the shortage": the supporters (nominalFrom)
	}
	if i > start && currencySigns[p.toks[i-1].text] {
		return nil // "accused of defrauding investors of $12 million told jurors": a sum is no speaker
	}
	if i+1 < k && gerundOfVerb(p.toks[i].low) && p.toks[i+1].is(fDeterminer|fObject) {
		return nil // "jerking his thumb over his shoulder said", "hearing him say": a verb and its object
	}
	if i == k-1 && p.toks[i].is(fObject) {
		return nil // "organizations that have endorsed him say": an object is no subject
	}
	if w := p.toks[i].low; i+1 < k && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && verbish(w) &&
		p.toks[i+1].is(fPreposition) {
		return nil // "involved in closing a deal", "affected by mass shootings": a verb and its phrase, not "Elected officials"
	}
	return phraseMention(p, i, k)
}

// walkBack is where the noun phrase ending at token last opens, walking
// back over its words to at most eight before k; cross lets it pass a
// participle that follows the noun it qualifies (crossed), and then
// reach further.
func walkBack(p *para, k, start, last int, cross bool) (i int, crossed bool) {
	i = last
	for i > start && (k-i < 8 || crossed && k-i < 14 || k-i < 12 && p.toks[i].low == "of" && speakingHead(p.toks[i-1].low)) {
		// "Parents of three students at a Surrey elementary school say":
		// past "of" to a noun that speaks, not a phrase opening with it
		t := p.toks[i-1]
		if v := pastResult(p.toks, i-1); cross && !crossed && v-1 >= start && postParticiple(p.toks, v) {
			crossed, i = true, v // "The sister of a man killed outside a Winnipeg bar": the participle's phrase is the man's
			continue
		}
		and := t.lower() == "and" && i-2 >= start && nounish(p.toks[i-2])
		gerund := strings.HasSuffix(t.low, "ing") && !t.is(fCue) // "new fundraising reports"
		if (t.text == "'" || t.text == "’") && i-2 >= start && p.toks[i-2].isWord() && strings.HasSuffix(p.toks[i-2].low, "s") {
			i-- // "the farmers' union": a plural's possessive
			continue
		}
		// "The former first lady": an ordinal after an article or "former"
		// qualifies the noun; it is no adverb there (nor is "his first
		// videos" a phrase of his)
		ordinal := ordinals[t.low] && i-2 >= start && ordinalOpeners[p.toks[i-2].low]
		// "ministers from both countries": a quantifier after a
		// preposition opens its object, inside the phrase
		quantified := quantifiers[t.low] && i-2 >= start && p.toks[i-2].is(fPreposition)
		named := t.isCap() && p.toks[i].isCap() && t.isWord() && (!t.is(fStopCap) || firstNation(p.toks, i-1)) // "State Department employees": a cue word inside a name; not "Though Republicans"; "First Nations leaders"
		// "state health officials": a body's word before a noun, no verb
		body := t.is(fCue) && t.is(fOrg)
		if t.text == "," && i-4 > start && p.toks[i-3].text == "," && names.IsStateAbbreviation(p.toks[i-2].text) && p.toks[i-4].isCap() {
			j := i - 4
			for j > start && p.toks[j-1].isCap() && !p.toks[j-1].is(fDeterminer) {
				j--
			}
			if j > start && p.toks[j-1].isWord() && !p.toks[j-1].is(fPreposition) && p.toks[j-1].low != "as" {
				i = j // "The Timmins, Ont., native", "a 52-year-old Salem, N.H., resident": a town and its province qualify the noun; not "in Douglas, Ariz., border officials"
				continue
			}
		}
		if t.text == "," && i-3 >= start && i < last && p.toks[i-3].low == "the" && nounish(p.toks[i-2]) && nounish(p.toks[i]) && !(counted(p.toks[i]) && !strings.Contains(p.toks[i].text, "-")) &&
			!isPossessive(p.toks[i].text) {
			// "the lanky, bespectacled professor": adjectives in a row,
			// before the head ("the web, people" and "the courthouse,
			// Hale's lawyer" are two phrases)
			i--
			continue
		}
		if nounish(t) && !quantifiers[t.low] && phraseOpeners[p.toks[i].low] && !(cross && spatial[t.low] && i-2 > start && postParticiple(p.toks, pastResult(p.toks, i-2))) {
			break // "At some point my husband said": a noun before an article or a possessive is another phrase's
		}
		if quantifiers[t.low] && (i-1 == start || !p.toks[i-2].isWord()) {
			i-- // "Both men said", "All three candidates said": the quantifier opens the phrase
			break
		}
		if w, poss := cutPossessive(p.toks[i].low); poss && timeWords[w] && (timeModifiers[t.low] || t.is(fTime)) {
			i-- // "last year's FBI statistics", "Tuesday night's results": when they are from
			continue
		}
		if !t.isWord() || !nounish(t) && !gerund && !t.is(fPreposition) && !t.is(fDeterminer) && !and && !named && !body && !ordinal && !quantified {
			break // "experts on North Korea and nuclear nonproliferation" holds its "and"
		}
		if t.is(fSubordinator) && t.low != "as" && !t.isCap() {
			break // "to be president after a woman in Worcester": a clause opens with "after"
		}
		i--
	}
	return i, crossed
}

// postParticiple reports a participle at token j that follows the noun it
// qualifies and opens a phrase of its own: "a man killed outside", "a
// woman hit by a truck", "the man arrested near", "the union representing
// Ontario's teachers". Not an irregular past
// that is no participle: "The split came as the field narrowed".
func postParticiple(toks []token, j int) bool {
	if j+1 >= len(toks) || !nounish(toks[j-1]) || toks[j-1].isCap() {
		return false
	}
	w, n := toks[j].low, toks[j+1]
	if pastResult(toks, j+2) == j && j+3 < len(toks) {
		n = toks[j+3] // "stabbed to death outside"
	}
	if gerundOfVerb(w) && !toks[j].is(fCue) {
		return n.is(fDeterminer) || isPossessive(n.text) || n.isCap() // "The union representing Ontario's teachers"
	}
	return (n.is(fPreposition) || spatial[n.low]) && (regularPast(w) || unchangedPasts[w])
}

// pastResult is where the participle before token j stands when j ends
// the result it had, "to death" ("a man stabbed to death outside a
// Winnipeg nightclub"); j otherwise.
func pastResult(toks []token, j int) int {
	if j > 1 && j < len(toks) && toks[j].low == "death" && toks[j-1].low == "to" {
		return j - 2
	}
	return j
}

// spatial are the words of place the preposition list leaves out, as
// they qualify nouns more often than not ("Outside experts").
var spatial = set(`outside inside`)

// gerundOfVerb reports a word in -ing made from a verb WordNet knows:
// "jerking", "making", "running"; not "something" or "morning".
func gerundOfVerb(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	n := len(stem)
	return names.Verb(stem) != 0 || names.Verb(stem+"e") != 0 || stem[n-1] == stem[n-2] && names.Verb(stem[:n-1]) != 0
}

// objectGender is the gender a person's object pronoun tells.
var objectGender = map[string]byte{"him": 'm', "her": 'f'}

// counted reports a number, in words or digits.
func counted(t token) bool { return numberWords[t.low] || isNumber(t.text) }

// parentOf reports a person's noun and the count of their children
// ending before token k: "the mother of three", "a father of two".
func parentOf(toks []token, k int) bool {
	return k >= 3 && toks[k-2].low == "of" && counted(toks[k-1]) && names.PersonNoun(toks[k-3].low) && nounish(toks[k-3])
}

var numberWords = set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen`)

// lyNouns end in -ly but are nouns or the adjectives of a noun phrase, not
// adverbs: "a pro-Trump rally", "likely voters".
var lyNouns = set(`rally family ally assembly supply reply monopoly anomaly tally bully folly italy
elderly daily weekly monthly yearly quarterly likely early friendly costly deadly orderly`)

// ordinals are the words for a place in a row that may qualify a noun.
var ordinals = set(`first second third fourth fifth`)

// ordinalOpeners are the words before an ordinal that qualifies a noun.
var ordinalOpeners = set(`the a an former`)

func nounish(t token) bool {
	w := t.lower()
	if !t.isWord() || t.is(fNotNoun|fPronoun|fAdverb|fPreposition|fDeterminer) || t.is(fCue) && !documents[w] {
		return false // a cue is no noun, but for "reports", "statement" and their like
	}
	for _, end := range []string{"ly", "ing", "n't", "n’t", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'m", "’m", "'d", "’d"} {
		if strings.HasSuffix(w, end) && !lyNouns[w] && !documents[w] {
			return false // an adverb, a gerund or a verb's contraction
		}
	}
	if verbForms[w] {
		return false // "came away convinced", "can be heard yelling": a verb
	}
	return true
}

// whoBefore is the phrase for people that a relative pronoun no name
// comes before takes up, as a speaker's words: "landscaping companies" of
// "despite objections from landscaping companies who said", "people" of
// "people all over this country who think", "a retired general" of "the
// support of a retired general who suggested". It ends in the last noun
// for people before the pronoun, past phrases after prepositions; the
// pronoun as written when no such noun is near.
func whoBefore(m *mention) string {
	p := m.p
	start := p.sentenceOf(m.t0).Start
	if m.t0 > start && p.toks[m.t0-1].low == "those" {
		return p.text[p.toks[m.t0-1].Start-p.Start : m.End-p.Start] // "among those who say": those who said it, whom no one names
	}
	h := -1
	for k := m.t0 - 1; k >= start && k >= m.t0-8 && h < 0; k-- {
		t := p.toks[k]
		if !t.isWord() || t.q != nil || t.is(fPronoun|fBe|fAux) || t.low == "and" || t.low == "or" || t.isCap() && given(p.toks, k) != 0 {
			break
		}
		if (personNounAt(p.toks, k) && !t.isCap() || t.low == "people") && (k == m.t0-1 || slices.ContainsFunc(p.toks[k+1:m.t0], func(t token) bool { return t.is(fPreposition) })) {
			h = k // not "shareholder" of "shareholder groups who"
		}
	}
	if h < 0 {
		return m.text
	}
	// back to a preposition, a conjunction, a pronoun or a verb, though a
	// participle after an article is the noun's ("a retired general")
	i := h
	for i > start {
		t := p.toks[i-1]
		verb := t.is(fBe|fAux|fCue) || names.Verb(t.low) != 0 || strings.HasSuffix(t.low, "ing") && (i-2 < start || !p.toks[i-2].is(fPreposition)) // "from landscaping companies"
		if !t.isWord() || t.is(fPreposition|fPronoun) || t.low == "and" || t.low == "or" || verb && (i-2 < start || !p.toks[i-2].is(fDeterminer)) {
			break
		}
		i--
	}
	return phraseMention(p, i, h+1).text
}

// chainLinks are the prepositions a chain of phrases after a person's noun
// goes on with.
var chainLinks = set(`at of for in from on`)

// personChain is the phrase that opens the clause at start with a noun for
// a person no one names and goes on through two phrases of prepositions
// or more to the name m, who is no speaker of its own: "A witness at the
// murder trial of Kevin Marsh", "A nurse on the ward of Dr. Jane Roe".
// Nil when the clause opens with a name, with a noun for no person or for
// a spokesperson (who speaks for the body named), or when a verb stands
// between.
func personChain(p *para, m *mention, start int) *mention {
	n := p.mentionAt(start)
	if n == nil || n.kind != byNominal || n.poss || n.t1 >= m.t0 || namedPlace(m) || !(n.person || names.PersonNoun(n.head)) ||
		collectives[n.head] || spokesHeads[headBeforeLink(n)] {
		return nil
	}
	links := 0
	for _, t := range p.toks[n.t1:m.t0] {
		switch {
		case chainLinks[t.low]:
			links++
		case t.is(fDeterminer):
		case !t.isWord() || t.isCap() || t.is(fCue|fAux|fBe|fPronoun|fSubordinator) || names.Verb(t.low)&names.FiniteVerb != 0:
			return nil
		}
	}
	if links < 2 {
		return nil
	}
	h := phraseMention(p, n.t0, m.t1)
	h.head, h.person = n.head, true
	return h
}
