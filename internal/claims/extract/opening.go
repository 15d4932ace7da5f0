package extract

// Clauses that open a sentence and bear on whose statement follows.

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// mainClause is where the main clause of a sentence ending at token c
// begins: after a subordinate clause or a prepositional phrase that opens
// it ("When Mr. Hurt asked Norton to publish the book, it declined, citing
// ...", "In a statement announcing the pick, the union ..., citing").
func mainClause(toks []token, c int) int {
	i := pastConnectives(toks, c) // "But when ..."
	if k := i + 2; k < c && toks[k].text == "," && timeDeterminers[toks[i].low] && toks[i+1].is(fTime) {
		return k + 1 // "This year, he rose to the defense of ..., saying"; "Last week, ..."
	}
	if k := runIn(toks, i, c); k > i {
		return k // "Campaign funding: The Sanders campaign wants ..., accusing"
	}
	if i >= c || !toks[i].is(fSubordinator|fPreposition) && !toks[i].is(fConjunction) {
		return 0
	}
	for j := i + 1; j < c; j++ {
		if toks[j].text == "," && !placeOrTimeAside(toks, j+1, c) {
			return j + 1
		}
	}
	return 0
}

// placeOrTimeAside reports that the words from token i to the next comma
// before c are a place's or a time's, still inside the opening phrase:
// "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton ...".
func placeOrTimeAside(toks []token, i, c int) bool {
	k := i
	for k < c && toks[k].text != "," {
		k++
	}
	if k >= c || k == i {
		return false
	}
	words := toks[i:k]
	if words[0].is(fPreposition) && len(words) <= 3 && words[len(words)-1].is(fTime) {
		return true // "on Sunday", "in late August"
	}
	var b strings.Builder
	for n, t := range words {
		if !t.isCap() {
			return false
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return names.IsPlace(b.String()) || names.IsStateAbbreviation(strings.ToLower(b.String()))
}

// pastAppositive is where the main clause opens after a fronted clause
// that ends before token i: past a description of its last noun set off
// by commas ("Born in Little Burgundy, the same neighbourhood as
// Peterson, Jones began"), which holds no verb.
func pastAppositive(toks []token, i int) int {
	if i >= len(toks) || !toks[i].is(fDeterminer) {
		return i
	}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			return k + 1
		case !t.isWord() || t.is(fCue|fAux|fBe) || names.Verb(t.low)&names.FiniteVerb != 0:
			return i
		}
	}
	return i
}

// frontedEnd is where the subordinate clause a sentence opens with ends,
// after its comma ("Although Trump has repeatedly tweeted that ..., its
// inclusion should not be read as ..."), or 0: a fronted clause's people
// are less salient than the main clause's subject, as a pronoun in the
// next sentence shows ("..., he said" is the spokesman's, named before).
func frontedEnd(toks []token) int {
	i := pastConnectives(toks, len(toks)) // "But although ..."
	if i < len(toks) && participleOpens(toks[i]) {
		// "Asked whether she would stay, Okafor laughed": the
		// participle's clause ends at its comma, and the main clause's
		// subject is whom it is about
		k := commaAfter(toks, i+1, len(toks))
		if k >= len(toks) {
			return 0
		}
		return pastAppositive(toks, k+1)
	}
	if i >= len(toks) || !toks[i].is(fConjunction) {
		return 0
	}
	for j := i + 1; j < len(toks); j++ {
		switch {
		case toks[j].text == ",":
			return j + 1
		case isDash(toks[j].text):
			// "Although Trump has tweeted that ... -- along with ... --
			// its inclusion should not ...": a dash, or the aside it
			// opens, ends the clause
			for j+1 < len(toks) && isDash(toks[j+1].text) {
				j++ // "--" is two tokens
			}
			for k := j + 1; k < len(toks); k++ {
				if isDash(toks[k].text) {
					for k+1 < len(toks) && isDash(toks[k+1].text) {
						k++
					}
					return k + 1
				}
			}
			return j + 1
		case toks[j].is(fSubject) && !toks[j-1].is(fPreposition):
			return j // no comma: "When Trump held rallies he was received ..."
		}
	}
	return 0
}

// participleOpens reports a verb's participle that can open a sentence
// as a clause of its own: "Asked", "Speaking", "Pressed".
func participleOpens(t token) bool {
	return t.isCap() && (regularPast(t.low) || gerund(t.low) || onlyPast(t.low))
}

// onlyPast reports a past that is no other form of its verb: "born",
// "known", "built"; not "held" nor "put", which are base forms too.
func onlyPast(w string) bool {
	v := names.Verb(w)
	return v&names.FiniteVerb != 0 && v&names.BaseVerb == 0 && !strings.HasSuffix(w, "s")
}

// pastConnectives is the first token before c that is no connective ("But",
// "And") opening the sentence.
func pastConnectives(toks []token, c int) int {
	i := 0
	for i < c && toks[i].is(fConnective) {
		i++
	}
	return i
}

// openedClause reports a statement whose speaker's clause a conjunction
// opens, at the sentence's start or after a comma or "and" ("While he's
// said he'll fight on, Sanders must decide", "..., and though she has said
// she'll accept it, Republicans are crying foul"), with no comma before
// the cue at c: the statement ends with that clause.
func openedClause(toks []token, m0, c int) bool {
	if toks[0].is(fConjunction) && commaAfter(toks, 0, c) == c {
		return true
	}
	k := m0 - 1
	return k > 0 && toks[k].is(fConjunction) && (toks[k-1].text == "," || toks[k-1].low == "and" || toks[k-1].low == "but") &&
		commaAfter(toks, k, c) == c
}

// openingClause finds a reporting participle that opens a sentence and
// the main clause's subject after its comma: "Noting that the deficit had
// doubled, Smith called for new taxes". The clause is Smith's statement
// and no other cue's; k is its comma, 0 when there is none. Not a gerund
// that is the subject of what was said: "Laying a marker now could help,
// some GOP leaders argued."
func openingClause(p *para, toks []token, base, end int) (k int, m *mention) {
	if len(toks) < 3 || !toks[0].is(fReporting) || !toks[0].isCap() || !strings.HasSuffix(toks[0].low, "ing") || sceneVerbs[toks[0].low] {
		return 0, nil
	}
	k = commaAfter(toks, 1, end)
	if k+1 >= end {
		return 0, nil
	}
	m = p.mentionAt(base + k + 1)
	if m == nil || m.poss || m.t1-base+1 == end && toks[m.t1-base].is(fCue|fWeakCue) {
		return 0, nil
	}
	return k, m
}

// openingParticiple reads the statement of the participle that opens a
// sentence (see openingClause): "Claiming the criticism of Lauer is
// designed to pressure moderators, Trump told Fox ...".
func openingParticiple(p *para, toks []token, base, c, end int) (statement, bool) {
	if c != 0 {
		return statement{}, false
	}
	k, m := openingClause(p, toks, base, end)
	if m == nil {
		return statement{}, false
	}
	from := 1
	if toks[from].low == "that" {
		from++
	}
	if toks[from].is(fPreposition) {
		return statement{}, false // "Responding to this criticism, ...", "Pointing to one big change, ...": what it answered or pointed at
	}
	return statement{parts: [][2]int{{from, k}}, m: m, cue: toks[0].lower(), at: 0}, from < k
}

// pastConnective is where a statement from token from to to starts past
// the reporter's link to the sentence before, a connective and its comma,
// when the statement opens the sentence: "Meanwhile, Russia is ...", "In
// addition, the campaign plans ...".
func pastConnective(toks []token, from, to int) int {
	if from > 0 {
		return from // a link only opens the sentence: not "suggest otherwise, is", "told, however, that"
	}
	k := from
	if k+1 < to && toks[k].low == "in" && toks[k+1].low == "addition" {
		k++
	} else if !toks[k].is(fConnective) && !linkWords[toks[k].low] {
		return from
	}
	if k+2 < to && toks[k+1].text == "," {
		return k + 2
	}
	return from
}

// timeDeterminers open a phrase of time that may open a sentence before
// its main clause: "This year,", "Last week,", "Next month,".
var timeDeterminers = set(`this last next that each every`)

// runIn is where a sentence's words begin after a run-in heading of up
// to three words and a colon that opens it at token i ("Campaign
// funding: The Sanders campaign wants ..."): the heading names no
// speaker. i when there is none.
func runIn(toks []token, i, c int) int {
	for k := i + 1; k < c && k <= i+3 && toks[k-1].isWord(); k++ {
		if toks[k].text == ":" {
			return k + 1
		}
	}
	return i
}
