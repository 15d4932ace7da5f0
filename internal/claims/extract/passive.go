package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// The passive: a cue whose subject is told or spoken of, not the speaker.

// passive reports a cue at token c in the passive, whose subject is told,
// not telling: "was told", "are expected", "it was said", "We're told
// that ...". A
// pronoun's "'s" is left out: "he's told reporters" is "he has".
func passive(toks []token, c int) bool {
	if c == 0 || !strings.HasSuffix(toks[c].low, "ed") && irregularPast[toks[c].low] == "" {
		return false
	}
	adverb := func(t token) bool {
		return (t.is(fAdverb) || strings.HasSuffix(t.low, "ly") && names.Verb(t.low) == 0) && !t.isCap()
	}
	b := c - 1
	for b > 0 && adverb(toks[b]) {
		b-- // "was also described", "were widely reported"
	}
	if b > 2 && toks[b].is(fCoordinator) && toks[b].low != "nor" {
		// "has been praised, but also criticized": the participle before
		// the "but" shares the verb "to be"
		k := b - 2 // the comma that sets the second participle off: not "was balanced and added"
		if toks[b-1].text == "," && strings.HasSuffix(toks[k].low, "ed") {
			for b = k - 1; b > 0 && adverb(toks[b]); b-- {
			}
		}
	}
	if toks[b].is(fBe) {
		return true
	}
	by := c + 1
	if by+1 < len(toks) && toks[by].is(fTime) && toks[by+1].low == "by" {
		by++ // "The report, released Monday by the province's budget office,"
	}
	if toks[c-1].text == "," && by+1 < len(toks) && toks[by].low == "by" && !strings.HasSuffix(toks[by+1].low, "ing") && !plainSaying[toks[c].low] && toks[c].low != "told" {
		// "The report, written by port officials, found": set off with its
		// agent; not "Daniloff, now 81, said by telephone", "Clinton,
		// clearly frustrated, responded by pointing"
		return true
	}
	prev := toks[c-1].low
	for _, be := range []string{"'re", "’re", "'m", "’m"} {
		if strings.HasSuffix(prev, be) {
			return true
		}
	}
	return false
}

// likeningParticiples are the participles that say what a thing is
// likened to or known as, or whom people are against, with the word that
// follows them: after a noun or a name they qualify it, and no one speaks
// ("a star likened to the Star of David", "ranchers opposed to the mine",
// a headline's "Jane Roe accused of hiding donations"); an active verb
// has its object between ("likened Clinton to").
var likeningParticiples = map[string]string{"likened": "to", "compared": "to", "known": "as", "accused": "of", "suspected": "of", "opposed": "to"}

// accusedOf reports "accused of" after a noun, a term in quotes or a
// passive's auxiliary: "militias accused of spreading false news", "was
// accused of lying": someone else accuses, whom the sentence does not
// name; not "the GOP field who he accused of preying", a pronoun's or a
// name's verb whose object a relative word brought forward.
func accusedOf(p *para, c int) bool {
	if p.toks[c].low != "accused" || c == 0 || c+1 >= len(p.toks) || p.toks[c+1].low != "of" || p.toks[c-1].is(fPronoun) {
		return false
	}
	m := p.mentionEndingAt(c)
	return m == nil || m.kind != byName
}
