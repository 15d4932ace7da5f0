package extract

import "strings"

// negated reports a cue denied just before it: "did not respond", "never
// said", "didn't comment".
func negated(toks []token, c int) bool {
	if c >= 2 && toks[c-1].low == "to" && (refusals[toks[c-2].low] || toks[c-2].low == "not") {
		return true // "declined to say when", "hesitated to say", "was careful not to say"
	}
	if c >= 1 && strings.HasSuffix(toks[c].low, "ing") && (refraining[toks[c-1].low] || c >= 2 && toks[c-1].low == "from" && refraining[toks[c-2].low] ||
		c >= 3 && toks[c-1].low == "of" && toks[c-2].low == "short") {
		return true // "resist announcing a transaction", "stopped saying", "refrained from saying", "stopped short of saying": nothing said
	}
	// "has not spoken publicly about": the cue an adverb the topics learnt,
	// the verb before it what is denied
	adverb, reach := toks[c].is(fAdverb) || strings.HasSuffix(toks[c].low, "ly"), c-4
	if adverb {
		reach-- // and the verb
	}
	for j := c - 1; j >= 0 && j >= reach; j-- {
		w := toks[j].lower()
		if w == "not" || w == "never" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if !toks[j].is(fAdverb|fPronoun) && !strings.HasSuffix(w, "ly") && w != "did" && w != "does" && w != "do" && w != "has" && w != "have" && w != "had" {
			if !adverb || j != c-1 || !toks[j].isWord() {
				return false
			}
		}
	}
	return false
}

// refusals are the words before "to" and a verb of saying that say it was
// not said.
var refusals = set(`declined declines decline refused refuses refuse hesitated hesitates hesitate hesitant reluctant loath unwilling unable failed fails`)

// refraining are verbs before a gerund that say it did not happen.
var refraining = set(`resist resists resisted avoid avoids avoided stop stops stopped quit refrain refrains refrained`)

// nobody opens a subject that denies anyone spoke.
var nobody = set(`none nobody neither no`)

// neitherNor reports a subject after "nor" whose list "neither" opens:
// "Neither the palace nor the government confirmed the wedding" denies
// that either did.
func neitherNor(p *para, m *mention) bool {
	if m.t0 < 2 || p.toks[m.t0-1].low != "nor" {
		return false
	}
	for j := m.t0 - 2; j >= 0 && !p.sentenceStart(j+1); j-- {
		if p.toks[j].low == "neither" {
			return true
		}
	}
	return false
}

// saysNothing reports a cue at token c whose words from token from on are
// not what was said: what was answered ("responded to questions", "replied
// to the letter"), the question ("answered a question from the
// moderator"), or a refusal to speak ("declined to say when"); a refusal
// to act is a stance ("refuses to attack Clinton on her character",
// "refused to disclose his tax returns").
func saysNothing(toks []token, c, from, end int) bool {
	w := toks[c].low
	switch {
	case from < end && toks[from].low == "to" && (strings.HasPrefix(w, "respon") || strings.HasPrefix(w, "repl")):
		return true
	case c+2 < end && toks[c+1].low == "to" && toks[c+2].is(fSpeech) && (strings.HasPrefix(w, "declin") || strings.HasPrefix(w, "refus")):
		return true
	case mannerVerbs[w] && from == c+1 && sceneAfter(toks, from, end):
		return true // '"...," Susan said as she turned around': how it was said
	case (sayingWords[w] || talkVerbs[w]) && from+1 < end && (amounts[toks[from].low] && toks[from+1].low == "about" ||
		from+2 < end && toks[from].low == "a" && toks[from+1].low == "lot" && toks[from+2].low == "about"):
		return true // "The spot says much about the vehicle", "said little about the plan": a judgement of the reporter's, or nothing said
	case unnamedAsked(toks, from, end):
		return true
	case strings.HasPrefix(w, "answer") || strings.HasPrefix(w, "field"):
		for j := from; j < end && j < from+3; j++ {
			if toks[j].low == "question" || toks[j].low == "questions" {
				return true
			}
		}
	}
	return false
}

// unnamedAsked reports a request to stay unnamed from token from on, as
// "asked not to be named" is one: "(that) her name not be used", "that
// their names be withheld".
func unnamedAsked(toks []token, from, end int) bool {
	if from < end && toks[from].low == "that" {
		from++
	}
	if from+3 >= end || possessivePronouns[toks[from].low] == 0 || toks[from+1].low != "name" && toks[from+1].low != "names" && toks[from+1].low != "identity" {
		return false
	}
	return toks[from+2].low == "not" && toks[from+3].low == "be" || toks[from+2].low == "be" && toks[from+3].low == "withheld"
}

// amounts say how much is said about something, not what.
var amounts = set(`much little something nothing volumes more less plenty`)

// sceneAfter reports words after a speech verb that set the scene rather
// than say anything: "as she turned around", "matter-of-factly as the
// confetti fell"; not "as many as 40 people died", "as president, he".
func sceneAfter(toks []token, from, end int) bool {
	for from < end && strings.HasSuffix(toks[from].low, "ly") && !toks[from].isCap() {
		from++
	}
	if from+1 >= end || toks[from].low != "as" {
		return false
	}
	n := toks[from+1].low
	return n == "he" || n == "she" || n == "they" || n == "i" || n == "we" || n == "the" || n == "a" || n == "an"
}

// mannerVerbs are the speech verbs a scene may follow: '"...," she said as
// she left'.
var mannerVerbs = set(`said says say added adds told tells replied replies responded joked quipped`)
