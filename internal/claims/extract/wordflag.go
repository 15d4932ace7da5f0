package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// What the word lists say of a word, looked up once per token: each list
// a flag, and every listed word's flags in one table.

// compoundTitle flags a title joined to the word that ranks it, the way
// Canadian and British papers write them: "vice-president",
// "deputy-minister", "co-chair"; and a word for what someone does so
// joined, which stands before a name as a title does: "Co-moderator
// Andrea Mitchell", "co-founder Jane Roe".
func compoundTitle(low string) wordFlag {
	i := strings.IndexByte(low, '-')
	if i < 2 || !rankWords[low[:i]] || !titles[low[i+1:]] && !names.PersonNoun(low[i+1:]) {
		return 0
	}
	return fTitle
}

var rankWords = set(`vice deputy co acting interim associate assistant`)

// wordFlag marks the lists a word is on.
type wordFlag uint32

const (
	fPronoun wordFlag = 1 << iota
	fDeterminer
	fNominalHead
	fCue
	fPreposition
	fAdverb
	fTitle
	fStopCap
	fTopic   // the first word of a topic cue ("concerns" of "concerns about")
	fWeakCue // a word that introduced attributions now and then ("knows", "wants")
	fBe      // a form of "to be"
	fAmbiguous
	fReporting    // introduces reported speech (isReporting)
	fTime         // names a span of time
	fOrg          // makes a name an organisation's
	fNotNoun      // cannot end a noun phrase before a verb
	fSubordinator // opens a clause of its own: "while", "because", "as"
	fBritish      // a British spelling of a listed word: "criticised"
	fAux          // an auxiliary verb: "has", "would", "did"
	fSpeech       // a verb of speech (speechVerbs)
	fObject       // an object pronoun: "him", "them"
	fSubject      // a subject pronoun: "he", "they"
	fConnective   // a word that links a sentence to the one before: "instead", "still"
	fConjunction  // opens a subordinate clause: "though", "because"
	fCoordinator  // joins words or clauses: "and", "or"
	fDocument     // a document that may be a source: "poll", "report"
)

// auxiliaries are the verbs that make a clause of the words after them.
var auxiliaries = set(`is was are were has have had will would should can could may might must do does did cannot shall
isn't wasn't aren't weren't hasn't haven't won't wouldn't can't couldn't shouldn't doesn't didn't`)

// utilityWords end the names of utilities and carriers ("Thames Water",
// "Suncor Energy", "CN Rail", "Winnipeg Transit"), as organisation words
// do; unlike those, not in the plural, a surname as often ("Maxine
// Waters").
var utilityWords = set(`water energy rail transit telecom`)

// wordFlags holds every listed word's flags, so that a token needs one
// look-up where the extractor asks of it many times.
var wordFlags = func() map[string]wordFlag {
	m := map[string]wordFlag{}
	add := func(words map[string]bool, f wordFlag) {
		for w := range words {
			m[w] |= f
		}
	}
	for w := range pronouns {
		m[w] |= fPronoun
	}
	add(determiners, fDeterminer)
	add(nominalHeads, fNominalHead)
	add(genericHeads, fNominalHead)
	add(cueWords, fCue)
	add(prepositions, fPreposition)
	add(adverbs, fAdverb)
	add(titles, fTitle)
	add(stopCaps, fStopCap)
	for k := range topicCues {
		m[k.word] |= fTopic
	}
	for w, s := range cueScores {
		if s >= minWeakCue && s < minCueScore && !cueWords[w] && !prepositions[w] { // "comment about": a topic's link, not a verb
			m[w] |= fWeakCue
		}
	}
	add(beForms, fBe)
	add(ambiguousCues, fAmbiguous)
	add(timeWords, fTime)
	add(orgWords, fOrg)
	for w := range orgWords {
		if strings.HasSuffix(w, "y") {
			m[w[:len(w)-1]+"ies"] |= fOrg // "Agencies", "Authorities"
		} else if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, ".") {
			m[w+"s"] |= fOrg // "Alberta Health Services", "Canadian Forces"
		}
	}
	add(utilityWords, fOrg)
	add(notNoun, fNotNoun)
	add(subordinators, fSubordinator)
	add(auxiliaries, fAux)
	add(speechVerbs, fSpeech)
	add(objectPronouns, fObject)
	add(subjectPronouns, fSubject)
	add(connectives, fConnective)
	add(conjunctions, fConjunction)
	add(coordinators, fCoordinator)
	add(documents, fDocument)
	for w := range m {
		if isReporting(w) {
			m[w] |= fReporting
		}
	}
	british := func(w string) {
		if b := britishSpelling(w); b != w && cueScores[b] == 0 {
			americanSpelling[b] = w // "criticised", unless the corpus taught it as it is
		}
	}
	for w := range cueScores {
		british(w)
	}
	for w := range m {
		british(w)
	}
	for b := range americanSpelling {
		m[b] |= fBritish
	}

	return m
}()

// americanSpelling maps the British spellings of listed words to the
// spelling the lists hold, which PolNeAR's American news taught them:
// "criticised" is read as "criticized", "labelled" as "labeled".
var americanSpelling = map[string]string{}

// britishSpelling is a word as British writers spell it: -ise for -ize,
// a doubled l before -ed and -ing.
func britishSpelling(w string) string {
	if i := strings.Index(w, "iz"); i > 0 {
		return w[:i] + "is" + w[i+2:]
	}
	for _, end := range []string{"eled", "eling", "aled", "aling"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+1 {
			return w[:len(w)-len(end)+1] + "l" + w[len(w)-len(end)+1:]
		}
	}
	return w
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lowerIn reports a word that a set holds in lower case, lowering it in a
// buffer on the stack, which the look-up does not copy: names and
// capitalised words are asked of many times over.
func lowerIn(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
