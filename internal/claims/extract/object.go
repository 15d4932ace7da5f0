package extract

import (
	"slices"
	"strings"
)

// objectEnd ends the object of a verb that is no speech verb where the
// reporter's words about the act begin: its time ("threatened to run away
// from the field Thursday night in the final debate"; not one after a
// possessive: "cited Clinton's September 2011 visit") or a clause that
// while, when or because opens ("invoked the same bargain while running
// for the Senate"); "shows him with his hands up before he was shot" keeps
// its "before". A name alone ends at its scene too ("endorsed Clinton
// during a conference call"), but for what a poll shows: "Rubio in third",
// "Trump in the lead".
func objectEnd(toks []token, cue string, from, to int) int {
	complement := false // past "as": "criticized the act as a crazy system"
	for j := from + 1; j < to; j++ {
		w := toks[j].low
		if w == "but" || w == "and" {
			k := j + 1
			for k < to && toks[k].is(fAdverb) && !toks[k].is(fAux) {
				k++ // "but also had to give him more time"
			}
			if k < to && toks[k].is(fAux) {
				return j // "signaled willingness to change ACA but has been met with opposition": the subject's next act
			}
		}
		if w == "," && j+1 < to && toks[j+1].low == "which" && !slices.ContainsFunc(toks[from:j], func(t token) bool { return t.low == "that" }) {
			return j // "praised her proposals to benefit small businesses, which include ...": the reporter's gloss
		}
		if complement && (w == "during" || w == "after") {
			return j // "... as a “crazy system” during a campaign stop"
		}
		complement = complement || w == "as"
		if sceneLinks[w] && capitalisedRun(toks[from:j]) && (j > from+1 || !standings[cue]) {
			return j // "endorsed Mr. Trump at a news conference": the name, not where
		}
		if j == from+1 { // "endorsed Cruz Wednesday": only a time may end a one-word object
			if toks[j].is(fTime) && toks[j].isCap() && !isPossessive(toks[j-1].text) || (w == "last" || w == "this" || w == "next") && j+1 < to && toks[j+1].is(fTime) {
				return j
			}
			continue
		}
		if w == "while" || w == "when" || w == "because" ||
			(w == "as" || w == "so") && j+1 < to && (toks[j+1].is(fPronoun) || toks[j+1].isCap() && !toks[j+1].is(fTitle)) {
			return j
		}
		if toks[j].is(fTime) && toks[j].isCap() && !toks[j-1].is(fTime) && !isPossessive(toks[j-1].text) || // not "cited Clinton's September 2011 visit"
			(w == "last" || w == "this" || w == "next") && j+1 < to && toks[j+1].is(fTime) {
			for j-1 > from && timeModifiers[toks[j-1].low] {
				j-- // "in early June"
			}
			if j-1 > from && toks[j-1].is(fPreposition) {
				j--
			}
			return j
		}
	}
	return to
}

// standings are the verbs by which a poll places a candidate.
var standings = set(`show shows showed shown showing find finds found put puts putting has had have gives gave`)

// sceneLinks open a phrase of where or on what occasion something was done.
var sceneLinks = set(`at during in on before after`)

// capitalisedRun reports tokens that all begin with a capital: a name.
func capitalisedRun(toks []token) bool {
	for _, t := range toks {
		if !t.isCap() {
			return false
		}
	}
	return len(toks) > 0
}

// taking reports a form of "claim" or "recall" at token c before an
// amount that names what was taken, money, lives, votes or goods
// ("claimed $40,000 in expenses", "claimed 12 lives", "claimed 40 per
// cent of the vote", "is recalling 80,000 space heaters sold under its
// brand"), not the subject of what was said ("claimed 500 people
// attended").
func taking(toks []token, c, end int) bool {
	k := c + 1
	recall := strings.HasPrefix(toks[c].low, "recall")
	if !strings.HasPrefix(toks[c].low, "claim") && !recall || k >= end || toks[k].text != "$" && !counted(toks[k]) {
		return false
	}
	if recall {
		return true // "is recalling 80,000 space heaters sold under its brand": goods taken back
	}
	for k < end && (toks[k].text == "$" || counted(toks[k])) {
		k++
	}
	return k >= end || toks[k].is(fPreposition) || toks[k].low == "per" || k+1 >= end || !toks[k+1].isWord()
}

// nameWithheld reports a request after the cue at c that the speaker's
// name not be used: "asked that her last name not be used", "asked that
// his name be withheld", "asked that she not be named", "spoke on
// condition that he not be named". It is why the article names them so,
// no claim ("asked not to be named" is left a hidden stance, as the acts
// read it).
func nameWithheld(toks []token, c, end int) bool {
	conditioned := c+2 < end && toks[c+1].low == "on" && toks[c+2].low == "condition" // "spoke on condition that he not be named"
	if !strings.HasPrefix(toks[c].low, "ask") && !strings.HasPrefix(toks[c].low, "request") && !conditioned {
		return false
	}
	return nameKeptBack(toks, c+1, end)
}

// nameKeptBack reports words from token from that keep a name back: "her
// last name not be used", "his surname be withheld", "she not be named".
func nameKeptBack(toks []token, from, end int) bool {
	name := false
	for k := from; k < end && k < from+8; k++ {
		switch w := toks[k].low; {
		case w == "name" || w == "names" || w == "surname":
			name = true
		case name && (w == "used" || w == "withheld" || w == "published" || w == "given" || w == "printed"):
			return true
		case k >= 2 && unnamedWords[w] && toks[k-1].low == "be" && toks[k-2].low == "not":
			return true // "asked that she not be named"
		}
	}
	return false
}

// surnameWithheld reports a given name alone whose sentence says the
// surname is kept back ("Victoria, a student who asked that her last name
// not be used,"): someone the article cannot have named in full.
func surnameWithheld(m *mention) bool {
	toks := m.p.toks
	s := m.p.sentenceOf(m.t0)
	for k := m.t1; k+1 < s.End && k < m.t1+20; k++ {
		if w := toks[k].low; (w == "last" || w == "full" || w == "family") && toks[k+1].low == "name" || w == "surname" {
			return nameKeptBack(toks, k, s.End)
		}
	}
	return false
}
