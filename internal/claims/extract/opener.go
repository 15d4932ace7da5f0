package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Which capitalised word opening a sentence opens a name: most are there
// only because the sentence opens (findMentions passes them over), but a
// body's or a speaker's name may open it too.

// namesSpeaker reports a word of the dictionary that opens a sentence and a
// run of capitalised words whose verb of saying follows at once, as a
// name's does: "Amnesty International said", "Live Nation said"; not a
// word that links sentences or tells when ("Meanwhile Canada said").
func namesSpeaker(toks []token, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) || !toks[i+1].isCap() || linkWords[t.low] || quantifiers[t.low] || t.is(fAdverb|fTime|fConnective|fPreposition|fDeterminer|fPronoun|fSubordinator|fCue) ||
		strings.HasSuffix(t.low, "thing") || strings.HasSuffix(t.low, "one") || strings.HasSuffix(t.low, "body") {
		return false // nor "Everything Trump says is a lie"
	}
	e := capEnd(toks, i+1)
	return e < len(toks) && e-i <= 3 && toks[e].is(fSpeech) && toks[e].is(fCue) && !strings.HasSuffix(toks[e].low, "ing")
}

// countrysBody reports a noun opening a sentence that names a body with
// the country after it: "Health Canada", "Environment Canada", "Transport
// Canada", with other nouns listed before it "Environment and Climate
// Change Canada"; or with a province, a state or a city, the members of
// the body ("Colleges Ontario", "Universities Canada") or its cause
// ("Cycle Toronto"); not "Meanwhile Canada said", "Instead Canada", nor a
// part of the place ("Downtown Toronto", "Northern Ontario").
func countrysBody(toks []token, i int) bool {
	t := toks[i]
	if !nameOpener(t) || names.Verb(t.low)&names.FiniteVerb != 0 || i+1 >= len(toks) {
		return false
	}
	if toks[i+1].isCap() {
		return names.IsCountry(toks[i+1].low) || names.IsPlace(toks[i+1].low) && !placeParts[t.low] && nounish(t)
	}
	// "Environment and Climate Change Canada", "Immigration, Refugees and
	// Citizenship Canada": a department's nouns listed before its country
	and := false
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		switch {
		case toks[k].low == "and" || toks[k].text == ",":
			and = and || toks[k].low == "and"
		case !toks[k].isCap():
			return false
		case and && names.IsCountry(toks[k].low):
			return k+1 == len(toks) || !toks[k+1].isCap()
		}
	}
	return false
}

// placeParts are the words for a part of a place that open its name as
// no body's: "Downtown Toronto", "Greater Vancouver", "Rural Ontario".
var placeParts = set(`downtown uptown midtown greater central northern southern eastern western north south east west
northeast northwest southeast southwest rural suburban inner outer upper lower old new little`)

// nameOpener reports a word opening a sentence that may be a body's name's
// first: no adverb, link, pronoun or other word that opens sentences
// rather than names ("Meanwhile", "Instead").
func nameOpener(t token) bool {
	return !linkWords[t.low] && !t.is(fAdverb|fConnective|fPreposition|fDeterminer|fSubordinator|fConjunction|fCoordinator|fPronoun|fTime|fCue|fSpeech|fReporting)
}

// opensBody reports a word opening a sentence before capitalised words of
// which one is a body's: "Public Health Agency of Canada said",
// "Restaurant Brands International, which owns Tim Hortons, said", or
// of which the last is a trade's ("Fresh Harvest Farms"); not
// "Meanwhile Royal Bank said", "Critics of Royal Bank", nor "Enter The
// Washington Post." (the name its own article opens). A past form that is
// a verb of saying too opens a body's name of two words when the name ends
// its clause: "Shared Health, which runs the hospital, said", where
// "Health" alone would name no one.
func opensBody(toks []token, i int) bool {
	if !nameOpener(toks[i]) {
		return strings.HasSuffix(toks[i].low, "ed") && i+2 < len(toks) && toks[i+1].is(fOrg) && !toks[i+2].isCap() &&
			(toks[i+2].text == "," || toks[i+2].is(fSpeech))
	}
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].isCap() && !toks[k].is(fDeterminer); k++ {
		if toks[k].is(fOrg) || tradeWords[toks[k].text] && (k+1 == len(toks) || !toks[k+1].isCap()) {
			return true // "Fresh Harvest Farms, which makes the salad, said" too: a firm by its trade's word
		}
	}
	return false
}

// bodyNounOpens reports a body's noun opening a sentence before a noun in
// lower case: "City council voted", "State officials said" open a phrase,
// no name ("Apple officials" do, as "apple" is no body).
func bodyNounOpens(toks []token, i int) bool {
	return toks[i].isCap() && orgHeads[toks[i].low] && i+1 < len(toks) && toks[i+1].isWord() && !toks[i+1].isCap() && nounish(toks[i+1])
}

// describedBody reports a word of the dictionary that opens a run of
// capitalised words set off by a description of a body: "Cycle Toronto,
// an advocacy group," is the group's name, not Toronto's. Not a word that
// links sentences ("Meanwhile Toronto, a city of ..."), nor a description
// of a place.
func describedBody(toks []token, i int) bool {
	if linkWords[toks[i].low] || toks[i].is(fAdverb|fTime|fConnective|fPreposition|fDeterminer|fPronoun|fSubordinator) {
		return false
	}
	k := i + 1
	for k < len(toks) && k <= i+4 && toks[k].isCap() && toks[k].isWord() {
		k++
	}
	head := bodySetOff(toks, k)
	return k > i+1 && head != "" && !placeHeads[head]
}

// commonCompound reports a word of ordinary words joined by hyphens,
// which opens a sentence ("Just-released Minecraft exploit ...",
// "Long-time residents say") and names no one; "Jean-Pierre",
// "Al-Assad" and "Wealth-X" are not of ordinary words.
func commonCompound(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if len(part) < 3 || !isCommonWord(part) && !names.IsWord(part) || givenGender(part) != 0 {
			return false
		}
	}
	return true
}

// modifiesPlural reports a dictionary's word that opens a sentence before
// a plural noun in lower case, which it describes: "Standard bearers tend
// not to be popular" names no one called Standard.
func modifiesPlural(toks []token, i int) bool {
	if i+1 >= len(toks) || !names.IsWord(toks[i].low) || givenGender(toks[i].low) != 0 {
		return false
	}
	n := toks[i+1]
	return n.isWord() && !n.isCap() && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && nounish(n) && !n.is(fCue|fNominalHead) && names.Verb(n.low) == 0
}

// lyAdverb reports an adverb made from an adjective, of the dictionary and
// no given name, that opens a sentence before a name and is no part of
// it: "Interestingly Blocher, a wealthy industrialist, became"; not a
// surname in -ly ("Jolly said", "Kelly said").
func lyAdverb(w string) bool {
	for _, end := range []string{"ingly", "ally", "ately", "ively", "ously", "edly", "ently", "antly"} {
		if strings.HasSuffix(w, end) {
			return names.IsWord(w) && givenGender(w) == 0
		}
	}
	return false
}
