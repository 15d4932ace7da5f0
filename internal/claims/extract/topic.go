package extract

import (
	_ "embed"
	"strings"
)

// topicCues give, for a word and the link word after it ("concerns about",
// "claim that", "vowed to", "railed against"), how often what follows the
// link was the content of an attribution in the PolNeAR training split.
// They reach what a verb lexicon cannot: nouns ("Tulsa police's earlier
// claim that ..."), adjectives ("skeptical of ...") and verbs whose object
// is a topic rather than a statement ("spoke about ..."). lexgen (make
// lexicon) derives the list.
//
//go:embed lexicon_topics.txt
var topicList string

type topicKey struct{ word, link string }

var topicCues = func() map[topicKey]float64 {
	m := map[topicKey]float64{}
	scoredLines(topicList, 3, func(f []string, x float64) { m[topicKey{f[0], f[1]}] = x })
	return m
}()

// minTopicScore is the least topic cue score that opens a statement; tuned
// on polnear-dev.
const minTopicScore = 0.25

// topicShare is what a topic ("spoke about her ties to black churches")
// keeps of its cue's score as a claim's confidence: it is what someone
// spoke of, not what they said, so it stays below the site's default
// min_confidence.
const topicShare = 0.5

// isLink reports the words after which a topic cue's content begins: a
// clause after "that" and "to", a topic after a preposition.
func isLink(w string) bool { return w == "that" || w == "to" || isTopicLink(w) }

// opensClause reports a word that can open a clause's subject: a
// determiner, a pronoun, a name or a number, not the verb of a relative
// clause.
func opensClause(t token) bool {
	return t.is(fDeterminer|fPronoun) || t.isCap() || t.q != nil || t.isWord() && t.text[0] >= '0' && t.text[0] <= '9'
}

// isOpenLink reports the links after which any word may open a stance for
// the statement model to weigh ("the bet is that", "coy about"); the other
// links are left to the listed pairs, as they follow too many words that
// hold no stance ("the end of", "waited for").
func isOpenLink(w string) bool { return w == "that" || w == "about" }

func isTopicLink(w string) bool {
	switch w {
	case "about", "of", "on", "for", "against", "over":
		return true
	}
	return false
}

// topicAt reads the statement that the topic cue at token c (followed by
// its link word) introduces, with the one who holds it: the possessive
// before the cue ("his concerns about"), else the clause's subject.
func topicAt(p *para, toks []token, base, c, end int) (statement, bool) {
	if c+2 >= end || toks[c].q != nil || approximate(toks, c+1) {
		return statement{}, false // nor "said about half of the money went to rent": a figure rounded
	}
	// Any word before "that" or "about" may open a stance ("the bet is
	// that", "environmentalists worry that") for the statement model to
	// weigh; other links need a listed pair.
	open := isOpenLink(toks[c+1].lower()) && toks[c].isWord() && statementWeights != nil &&
		!toks[c].is(fDeterminer|fPreposition|fPronoun|fTime) && !toks[c].isCap() &&
		(toks[c+1].lower() != "that" || opensClause(toks[c+2])) // "the loophole that was exploited": a relative clause
	if !open && (!toks[c].is(fTopic) || !isLink(toks[c+1].lower())) {
		return statement{}, false
	}
	w := toks[c].lower()
	score := topicCues[topicKey{w, toks[c+1].lower()}]
	if score < minTopicScore && !open || timeWords[w] {
		return statement{}, false // "said Friday that": the verb's, not Friday's
	}
	if c > 0 && toks[c-1].is(fPreposition) || negated(toks, c) || saysNothing(toks, c, c+1, end) || passive(toks, c) {
		return statement{}, false // "requests for comment on", "did not respond to": nothing was said; "was told that": by someone else
	}
	m := holder(p, base+c, base)
	if m == nil || extraposed(p, m, base+c) {
		return statement{}, false // nor "It's implied that": no one
	}
	from, to := c+2, end
	if !isTopicLink(toks[c+1].lower()) {
		if stop := clauseStop(p, toks, base, from, end); stop > 0 {
			to = stop
		}
		if opening(toks, c) {
			to = predicateAfter(toks, from, to)
		}
	} else {
		score *= topicShare
		clause := questionWords[toks[from].low] // "spoke about what he perceives as ...": a clause, with its own verb
		for j := from; j < end; j++ {
			if t := toks[j]; t.text == "," || t.text == ";" || t.text == "(" || isDash(t.text) || !clause && (t.is(fSubordinator) || t.is(fAux)) {
				to = j
				break
			}
		}
	}
	return statement{parts: [][2]int{{from, to}}, m: m, cue: w + " " + toks[c+1].lower(), at: c, conf: score}, from < to
}

// opening reports a topic cue at token c in the phrase that opens its
// sentence, its holder's, before any verb: "Trump's claim that ...", "Her
// argument that".
func opening(toks []token, c int) bool {
	owned := false
	for _, t := range toks[:c] {
		if !t.isWord() || t.is(fAux) || t.is(fCue) || t.low == "it's" || t.low == "it’s" {
			return false
		}
		owned = owned || isPossessive(t.text) || possessivePronouns[t.low] != 0
	}
	return owned && c <= 4
}

// predicateAfter ends a "that" clause in a sentence's subject where the
// sentence's own verb follows the clause's: "Trump's claim that Clinton
// founded the group | has been widely debunked".
func predicateAfter(toks []token, from, to int) int {
	verb := false
	for j := from + 1; j < to; j++ {
		w := toks[j].low
		if verb && auxiliaries[w] && toks[j-1].isWord() && !toks[j-1].is(fAux) {
			return j
		}
		verb = verb || auxiliaries[w] || strings.HasSuffix(w, "ed") && !toks[j-1].is(fDeterminer) || pastForms[w]
	}
	return to
}

// possessivePronouns stand for a speaker before a topic cue, with the
// gender of the pronoun they resolve as.
var possessivePronouns = map[string]byte{"his": 'm', "her": 'f', "their": 'p', "its": 'n'}

// subordinators open a clause that is the reporter's, not the topic's; an
// auxiliary ends the topic that is a sentence's subject ("her criticism of
// the bank was sharp").
var subordinators = set(`while when because after before since if as although though unless until whereas`)

// holder finds who holds the stance a topic cue at paragraph token c names:
// the document whose issuer the words before the cue's noun name ("a New
// York Times report that"), a
// possessive right before it ("Trump's claim that", "his call for"), else
// the first mention that opens the clause, not one after a preposition.
func holder(p *para, c, start int) *mention {
	if m := p.mentionEndingAt(c + 1); m != nil && m.kind == byNominal && m.t0 >= start && m.t0 < c && documents[m.head] && p.toks[c-1].isCap() && !p.toks[c-1].is(fDeterminer) {
		return m // "a New York Times report that": the paper's report, not that of whoever cites it
	}
	k := c
	for k > start && !p.toks[k-1].is(fDeterminer|fPronoun) && p.toks[k-1].isWord() && !p.toks[k-1].isCap() && k > c-3 {
		k-- // "his earlier claim", "Clinton's repeated emphasis"
	}
	for j := k; j < c; j++ {
		if isPossessive(p.toks[j].text) {
			// "Tulsa police’s earlier claim": the possessive noun, with the
			// name before it
			from := j
			if m := p.mentionEndingAt(j); m != nil && m.kind == byName {
				from = m.t0
			}
			m := phraseMention(p, from, j+1)
			m.role, _ = cutPossessive(m.role)
			return m
		}
	}
	if k > start {
		if m := p.mentionEndingAt(k); m != nil && m.poss {
			return m
		}
		if g, ok := possessivePronouns[p.toks[k-1].lower()]; ok {
			t := p.toks[k-1]
			return p.mention(mention{Span: t.Span, kind: byPronoun, text: t.text, gender: g, person: g == 'm' || g == 'f',
				t0: k - 1, t1: k, p: p})
		}
	}
	clause := start
	for j := c - 1; j > start; j-- {
		if t := p.toks[j]; t.text == ";" || t.text == "," || t.is(fSubordinator) || t.lower() == "but" {
			clause = j + 1
			break
		}
	}
	return openingMention(p, clause, c)
}
