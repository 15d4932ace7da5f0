package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// speechVerbs are the verbs that introduce speech, in every inflection news
// uses. Reported speech needs one of these; quotes also accept the weaker
// evaluative cues below ("praised the call as having gone 'very well'").
var speechVerbs = set(`
say says said saying tell tells told telling adds added adding
note notes noted noting write writes wrote writing written post posts posted
argue argues argued arguing warn warns warned warning insist insists insisted insisting
claim claims claimed claiming state states stated stating declare declares declared declaring
explain explains explained explaining announce announces announced announcing
assert asserts asserted asserting continued
recall recalls recalled recalling remark remarks remarked reply replies replied replying
respond responds responded responding answer answers answered ask asks asked asking
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
suggest suggests suggested suggesting report reports reported reporting
tweet tweets tweeted tweeting predict predicts predicted predicting
promise promises promised promising vow vows vowed vowing pledge pledges pledged pledging
complain complains complained complaining concede concedes conceded conceding
contend contends contended contending confirm confirms confirmed confirming
deny denies denied denying urge urges urged urging stress stresses stressed stressing
emphasize emphasizes emphasized emphasising emphasised emphasise observe observes observed
quip quips quipped joke jokes joked boast boasts boasted charge charges charged
allege alleges alleged testify testifies testified shout shouts shouted yell yelled
reads reiterated reiterates insists conclude concludes concluded recounted recounts
comment comments commented commenting yells yelling shouting shouts screamed screams put
chanted chant chants sang sings singing whispered
maintain maintains maintained maintaining estimate estimates estimated
believe believes believed think thinks thought
proclaim proclaims proclaimed confess confesses confessed reasoned surmised opine opines opined
brag brags bragged countered retort retorts retorted muse muses mused ventured texted
exclaim exclaims exclaimed marveled marvelled marvels gush gushes gushed implored exhort exhorts exhorted exhorting
aver avers averred averring reiterate
rue rues rued
suspect suspects suspected dispute disputes disputed reckon reckons reckoned posit posits posited
caution cautions
`)

// quoteVerbs say how words were spoken and introduce quotes, but no
// reported statement: '"...," she sighed', '"...," he scoffed'.
var quoteVerbs = set(`sighed laughed snapped barked cracked chimed muttered mutters grumbled grumbles
fumed fumes scoffed scoffs`)

// fragmentCues introduce a quoted word or phrase as someone's judgement.
var fragmentCues = set(`
call calls called calling describe describes described describing praise praises praised praising
dub dubs dubbed term termed label labels labeled labelled brand branded
criticize criticized criticised blast blasted slam slammed attack attacked
hail hailed denounce denounced condemn condemned decry decried
characterize characterized characterizes characterised characterise
`)

// isCue reports whether a lower-case word is a speech cue of either kind,
// or a word that introduced attributions often enough in the training data.
func isCue(w string) bool { return cueWords[w] }

// cueWords joins the cue lists into one set, as isCue is asked of every word.
var cueWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range speechVerbs {
		m[w] = true
	}
	for w := range fragmentCues {
		m[w] = true
	}
	for w := range quoteVerbs {
		m[w] = true
	}
	for w, s := range cueScores {
		if s >= minCueScore {
			m[w] = true
		}
	}
	return m
}()

// adverbs may stand between a speaker and the cue: "Putin also noted".
var adverbs = set(`also later then previously once further again recently simply quickly
has had have would will could may might did does had reportedly repeatedly publicly
privately flatly bluntly angrily frequently often first initially subsequently
eventually finally separately earlier last week yesterday today perhaps together still now just
even already never ever jointly long this month year night morning afternoon evening monday tuesday
wednesday thursday friday saturday sunday weekend soon twice always usually sometimes routinely constantly
nevertheless nonetheless likewise instead afterwards afterward meanwhile`)

// addForms are the forms of "add", which before "to" and a thing makes
// more of it.
var addForms = forms(`add`)

// confidence is how sure extraction is that words tied to a speaker by cue
// are a claim: certain for quotation marks and for speech verbs, and for
// other cues the share of their uses that annotators took for attributions
// (cueScores). A claim without a speaker is worth half.
func confidence(cue string, quoted, attributed bool) float64 {
	c := 0.9
	switch {
	case quoted || cue == ":" || cue == "—":
		c = 1
	case speechVerbs[cue] || cue == "according to":
	case cueScores[cue] > 0:
		c = cueScores[cue]
	}
	if !attributed {
		c /= 2
	}
	return c
}

// ambiguousCues are speech verbs that are as often nouns ("member states",
// "his claims"): they count only right after the one who speaks.
var ambiguousCues = set(`state states charge charges report reports claim claims note notes post posts
tweet tweets answer answers remark remarks promise promises pledge pledges vow vows estimate estimates
joke jokes quip quips boast boasts stress attack attacks label labels brand call calls talks talk
comment comments chant chants
show shows plans plan hopes hope fears fear demands demand`)

// cueAt reports whether token c is a speech cue in use as a verb: not a
// noun after a determiner ("the call"), not "let's say", and an ambiguous
// word only right after a mention of its speaker.
func cueAt(p *para, c int) bool {
	return p.toks[c].is(fCue) && cueUse(p, c)
}

// cueUse reports whether the word at token c stands as a verb could: the
// checks of cueAt without the word lists.
func cueUse(p *para, c int) bool {
	if p.toks[c].q != nil || p.inRole(c) {
		return false
	}
	w := p.toks[c].lower()
	if addForms[w] && c+2 < len(p.toks) && p.toks[c+1].low == "to" && !p.toks[c+2].isCap() && !p.toks[c+2].is(fObject) &&
		!thatAfter(p.toks, c+2, min(c+7, len(p.toks))) {
		// "a study that adds to evidence of ...", "added to the list": to
		// make more; not "added to People", "added to reporters that"
		return false
	}
	if c > 0 {
		pt := p.toks[c-1]
		prev := pt.lower()
		// "a source close to her said": an object, not "her claims"
		her := prev == "her" && speechVerbs[w] && !p.toks[c].is(fAmbiguous)
		if pt.is(fDeterminer) && !her && !quantified(p, c) && !(pt.isCap() && nameEnds(p, c)) || prev == "let's" || prev == "let’s" || letMe(p.toks, c) || setPhrase(p.toks, c) {
			return false // "the call", "Let me just say", "it's safe to say"; not "Hydro One said", whose "One" ends a name
		}
		if pt.is(fDeterminer|fPronoun) && possessivePronouns[prev] != 0 && !her || ownerBefore(p, c) {
			return false // "Trump's claim that", "his call for": a noun, whose topic the holder has
		}
		if c > 1 && (p.toks[c-2].is(fDeterminer) || possessivePronouns[p.toks[c-2].low] != 0) && modifierWord(prev) && names.Verb(w)&names.FiniteVerb == 0 && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			return false // "cut its full-year forecast", "his annual report": a noun after its modifier
		}
		if c > 1 && singularDeterminers[p.toks[c-2].low] && pt.isWord() && !pt.isCap() && !pt.is(fAux|fAdverb) && !partitives[prev] && (c < 3 || !p.toks[c-3].is(fPreposition)) &&
			names.Verb(w)&names.FiniteVerb == 0 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			// "a housing advocate", "a snappy retort": after "a" and a
			// noun, only a verb that agrees with one would be one ("a
			// spokesman said", "a source confirmed"); not "a third say",
			// nor "voters in each state want", "members dressed for a
			// game say", whose subject is before the phrase
			return false
		}
		if pt.is(fPreposition) && prev != "to" && !speechVerbs[w] {
			return false // a noun: "with demands"
		}
		if (prev == "and" || prev == "or") && c+2 < len(p.toks) && names.Verb(w)&names.FiniteVerb == 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
			!p.toks[c+1].is(fPronoun|fDeterminer) && modifiesNoun(p.toks, c+1) && p.toks[c+2].is(fBe|fAux) {
			return false // "band members and support crew were killed": a noun's modifier in the subject
		}
		if c > 1 && p.toks[c-2].low == "the" && len(prev) > 4 && strings.HasSuffix(prev, "est") && !pt.isCap() {
			return false // "one of the biggest challenges": a noun after a superlative
		}
		if next, ok := likeningParticiples[w]; ok && c+1 < len(p.toks) && p.toks[c+1].low == next && (nounish(pt) || pt.isCap()) && !pt.is(fPronoun) {
			return false // "an image of money and a six-pointed star likened to the Star of David": a participle, no one likening
		}
		if prev == "all" && w == "told" && c+1 < len(p.toks) && p.toks[c+1].text == "," {
			return false // "All told, the group raised $4 million": in all, no one telling
		}
		if prev == "as" && strings.HasSuffix(w, "ed") && (c+1 == len(p.toks) || p.toks[c+1].text == "," || p.toks[c+1].text == "." || p.toks[c+1].text == ";") {
			return false // "dropping carried interest as promised, but analysts agreed ...": how it was done, no one saying anything; not "quoted him as saying"
		}
		if p.toks[c].isCap() && pt.isCap() && !p.headline && !p.titleCase && !p.subheading && !p.sentenceStart(c) && !p.sentenceStart(c-1) {
			return false // "a seven-time Grand Slam singles champion", "the UCLA Anderson Forecast": part of a name
		}
		if pt.isCap() && !pt.is(fPronoun) && !strings.HasSuffix(prev, "s") &&
			(c > 1 && (p.toks[c-2].is(fDeterminer) || possessivePronouns[p.toks[c-2].low] != 0 || isPossessive(p.toks[c-2].text)) || p.sentenceStart(c-1) && names.IsPlace(prev)) &&
			!pluralBefore(p.toks, c-3) && names.Verb(w)&(names.BaseVerb|names.FiniteVerb) == names.BaseVerb {
			// "in a Facebook post", "his Twitter post", "the CNN report", "Trump's
			// Virginia state director",
			// "Minnesota state delegate Mary Susan": after one name a verb
			// would agree with it ("posts"), so this is a noun (not after
			// "Republicans in the House", whose verb "want" is)
			return false
		}
		if seeming(p.toks, c) {
			return false // '"..." sounds great in Youngstown': how it seems, no one saying it
		}
		if passive(p.toks, c) {
			return false // a passive: its subject is not the speaker ("was also described")
		}
		if c > 1 && strings.HasSuffix(w, "s") && p.toks[c].is(fAmbiguous) && !pt.isCap() && !pt.is(fNominalHead) && !orgHeads[prev] && names.Verb(prev)&names.BaseVerb != 0 && !p.toks[c-2].isCap() && plural(p.toks[c-2].low) {
			return false // "The papers include notes Trudeau wrote": a plural's verb, then its object, a noun as such a cue may be; not "the rights group says"
		}
		if documentParticiple(p.toks, c) {
			return false // "A poll released Monday by Leger found": the document puts out nothing
		}
		if thingGerund(p, c) {
			return false // "information mentioning the page", "worth noting"
		}
		if namingParticiples[w] && c >= 2 && (p.toks[c-2].low == "a" || p.toks[c-2].low == "an") && !pt.isCap() && nounish(pt) &&
			(!names.PersonNoun(prev) || w == "named") && c+1 < len(p.toks) && p.toks[c+1].isCap() {
			// "has a program called Club Moo", "a worker named Antonio
			// Arroyo": what a thing or a person is called; but "a
			// strategist called Trump a liar" says so
			return false
		}
	}
	if strings.HasSuffix(w, "s") && c > 0 && c+1 < len(p.toks) && p.toks[c+1].is(fAux|fBe) && !p.toks[c+1].is(fCue) && !p.toks[c-1].is(fPronoun) && p.mentionEndingAt(c) == nil &&
		!slices.ContainsFunc(p.toks[max(0, c-5):c], func(t token) bool { return isRelative(t.low) || t.low == "that" || t.low == "what" }) {
		// "Cycling advocates have called for": a plural noun, the subject
		// of the verb after it; not "a decision that Sinclair says has
		// left", "the system he says is maintained"
		return false
	}
	if p.headline && p.toks[c].isCap() && !headlineVerbs[w] {
		return false // in a title-case headline, "Comments" is a noun
	}
	if w == "think" && c+1 < len(p.toks) && strings.HasPrefix(p.toks[c+1].low, "tank") {
		return false // "the Resolution Foundation think tank said"
	}
	if w == "put" && (c+1 >= len(p.toks) || p.toks[c+1].lower() != "it") {
		return false // only "as X put it"
	}
	if strings.HasPrefix(w, "add") && c+1 < len(p.toks) && (c+2 < len(p.toks) && p.toks[c+1].low == "to" && p.toks[c+2].is(fDeterminer) || amount(p.toks[c+1].text)) {
		return false // "are adding to the challenges of winter", "had added 5,000 new units": increasing, not saying
	}
	if accusedOf(p, c) {
		return false // "militias accused of spreading false news": a passive
	}
	if c >= 2 && names.PersonNoun(w) && p.toks[c-1].isCap() && p.toks[c-2].is(fDeterminer) {
		return false // "Madeleine Albright, a Clinton supporter, fanned controversy": a noun, no verb
	}
	if p.toks[c].is(fAmbiguous) {
		if c+1 < len(p.toks) && (p.toks[c+1].is(fAux) || p.toks[c+1].low != "that" && !p.toks[c+1].isCap() && verbish(p.toks[c+1].low) && !verbParticles[p.toks[c+1].low] && !p.toks[c+1].is(fCue|fPreposition)) &&
			!slices.ContainsFunc(p.toks[max(0, c-6):c], func(t token) bool { return isRelative(t.low) || t.low == "that" || t.low == "what" }) {
			return false // "the 10-year Treasury note fell": a noun, the subject of the verb after it ("which he estimates will" is a verb)
		}
		if c+2 < len(p.toks) && !p.toks[c+1].isCap() && nounish(p.toks[c+1]) && !p.toks[c+1].is(fCue) && p.toks[c+2].is(fCue) && p.toks[c+2].is(fSpeech) {
			return false // "Chinese state media said": a noun before the noun whose verb speaks
		}
		k := subjectEnd(p, c)
		if p.mentionEndingAt(k) != nil {
			return true // right after someone named
		}
		if documentBefore(p, k) {
			return true // "new fundraising reports show", "a poll out this week shows"
		}
		if m := nounPhraseBefore(p, k, 0); m != nil {
			for _, t := range p.toks[m.t0:m.t1] {
				if t.is(fDocument) {
					return true // "Video of the incident shows"
				}
				if t.is(fPreposition) {
					break // "a poll of voters" is a poll's; "voters in the poll" are not
				}
			}
		}
		return false
	}
	return true
}

// pluralBefore reports a preposition at token i after a plural, which
// may be the subject of a verb after the phrase the preposition opens:
// "Republicans in the House want".
func pluralBefore(toks []token, i int) bool {
	return i > 0 && toks[i].is(fPreposition) && plural(toks[i-1].low)
}

// quantified reports a cue at token c after a quantifier standing for
// people: "Some believe", "And both vowed", "two in three said", "the
// mother of three said", "The other said".
func quantified(p *para, c int) bool {
	pt := p.toks[c-1]
	return quantifiers[pt.low] && !p.toks[c].is(fAmbiguous) && (c == 1 || !p.toks[c-2].isWord() || p.toks[c-2].is(fConnective)) ||
		pt.low == "other" && c >= 2 && p.toks[c-2].low == "the" && p.toks[c].is(fSpeech) ||
		c >= 3 && p.toks[c-2].low == "in" && counted(pt) && counted(p.toks[c-3]) || parentOf(p.toks, c)
}

// ownerBefore reports a possessive mention right before token c: "Trump's".
func ownerBefore(p *para, c int) bool {
	m := p.mentionEndingAt(c)
	return m != nil && m.poss
}

// documentBefore reports a document named right before token k, but for
// words of place and time: "reports show", "Polls there show", "a poll
// released this week shows".
func documentBefore(p *para, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := p.toks[j].low
		switch {
		case documents[w]:
			return true
		case w == "there" || w == "here" || w == "out" || w == "released" || w == "published" || p.toks[j].is(fTime) || timeModifiers[w]:
		default:
			return false
		}
	}
	return false
}

// questionWords open an indirect question.
var questionWords = set(`whether if how why what who when where which`)

// thingGerund reports a cue in -ing that describes the noun just before
// it rather than opening a clause: in "a statement saying", "an official
// saying" the words are the noun's, and only a noun that can speak (a
// person, a body, a group, a document, a name) says them; "information
// mentioning the page", "It's worth noting", "the school year asking" are
// things, and the cue says nothing.
func thingGerund(p *para, c int) bool {
	return strings.HasSuffix(p.toks[c].low, "ing") && thingBefore(p, c)
}

// thingBefore reports a noun before token c that cannot speak: no person,
// body, group, document or name (thingGerund). A comma (", adding"), a
// form of "be" ("is saying"), another verb ("kept insisting"), a
// preposition ("by saying") or a pronoun ("heard him saying") before c is
// no noun. Adverbs and a time between are passed over: "are gently
// urging", "released an ad this week showing".
func thingBefore(p *para, c int) bool {
	k := c - 1
	for ; k > 0; k-- {
		t := p.toks[k]
		if p.mentionEndingAt(k+1) != nil || !(t.is(fAdverb|fTime) || strings.HasSuffix(t.low, "ly") && !t.is(fNominalHead) && !t.isCap() ||
			p.toks[k+1].is(fTime) && (t.low == "this" || t.low == "last" || t.low == "next")) {
			break
		}
	}
	if k < 0 {
		return false
	}
	t := p.toks[k]
	if !t.isWord() || t.is(fBe|fPreposition|fPronoun|fDeterminer|fSubordinator|fCue|fNominalHead) || t.is(fAux) || t.is(fCoordinator) || t.low == "despite" ||
		verbish(t.low) || names.Verb(t.low) != 0 || t.is(fDocument) || names.PersonNoun(t.low) || t.low == "percent" || counted(t) {
		return false
	}
	m := p.mentionEndingAt(k + 1)
	return m == nil || m.kind == byNominal && !m.person && !m.org
}

// nameEnds reports a name of two words or more that ends right before
// token c.
func nameEnds(p *para, c int) bool {
	m := p.mentionEndingAt(c)
	return m != nil && m.kind == byName && m.t1-m.t0 >= 2
}

// saysFirst reports a part of a sentence, tokens [from, to), that opens
// with a speaker and a plain verb of saying: in "The company said revenue
// would fall to $4 billion, below what analysts expected, according to
// LSEG data", LSEG is the source of the expectation inside what the
// company said, not the sentence's speaker.
func saysFirst(p *para, toks []token, base, from, to int) bool {
	for k := from + 1; k < to && k <= from+6; k++ {
		if plainSaying[toks[k].low] && !toks[k].isCap() { // not "The Islamic State has ..."
			m := p.mentionEndingAt(base + k)
			if m == nil {
				m = nounPhraseBefore(p, base+k, base+from) // "The bakery chain said"
			}
			return m != nil && !m.poss && (m.t0 == base+from || m.t0 == base+from+1 && toks[from].is(fCoordinator|fConnective))
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// cueOpens reports a verb of saying among the first words of a clause at
// token j, after at most a short subject: "they warned", "added".
func cueOpens(p *para, toks []token, base, j, end int) bool {
	for k := j; k < end && k < j+3; k++ {
		if toks[k].is(fCue) && toks[k].is(fSpeech) && cueUse(p, base+k) {
			return true
		}
		if !toks[k].isWord() || toks[k].is(fCue) {
			return false
		}
	}
	return false
}
