package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// Sentences: where the reporter's sentences end in a paragraph's tokens,
// not at an abbreviation's full stop ("Sen.", "U.S.").

// splitSentences groups a paragraph's tokens into sentences. A full stop,
// question or exclamation mark ends one when a capital, a digit or a quote
// follows; abbreviations keep their periods inside their words. A quote
// ending in a full stop ends its sentence when a new one plainly starts.
func splitSentences(p *para) {
	start := datelineEnd(p.toks)                       // "BRUSSELS, March 3 (Reuters) -" is no part of a sentence
	p.sents = make([]claims.Span, 0, len(p.toks)/20+1) // a sentence is some 25 tokens
	for i := start; i < len(p.toks); i++ {
		t := p.toks[i]
		end := false
		next := i + 1
		switch {
		case next >= len(p.toks):
			end = true
		case t.q == nil && (t.text == "." || t.text == "?" || t.text == "!" || t.text == "…" || strings.HasPrefix(t.text, "...")):
			n := p.toks[next]
			end = n.q != nil || n.isCap() || unicode.IsDigit(rune(n.text[0])) ||
				n.text == "(" && next+1 < len(p.toks) && p.toks[next+1].isCap() // "... his grandmother Mildred. (He also looks the part.)"
		case t.q == nil && t.text == ")" && i > start && (p.toks[i-1].text == "." || p.toks[i-1].text == "?" || p.toks[i-1].text == "!") &&
			(p.toks[next].q != nil || p.toks[next].isCap()):
			end = true // a sentence in parentheses: '(He also looks the part.) "The craze ...," he explains.'
		case t.q == nil && len(t.text) > 2 && strings.HasSuffix(t.text, ".") && t.isWord() && p.toks[next].q != nil && p.toks[next].q.words >= 4:
			// An abbreviation's period ends the sentence too when a
			// sentence quoted follows: 'granted an S.R.O. "I don't know
			// what happened," he said.', not 'saying the U.S. "does not
			// have the capacity ..."'.
			quoted := p.toks[next].text
			k := strings.IndexFunc(quoted, unicode.IsLetter)
			r, _ := utf8.DecodeRuneInString(quoted[max(k, 0):])
			end = k >= 0 && unicode.IsUpper(r)
		case t.q == nil && strings.HasSuffix(t.text, ".") && t.isWord() && p.toks[next].isCap() &&
			(len(t.text) > 2 && p.toks[next].is(fDeterminer|fPronoun|fPreposition|fConnective|fConjunction|fSubordinator|fCoordinator) ||
				len(t.text) == 2 && p.toks[next].low != "i" && subjectPronouns[p.toks[next].low]):
			// An abbreviation's period ends the sentence too before a
			// capitalised word that opens sentences and no name: "Hale
			// conceded shortly after 11 p.m. In a brief speech, he ...",
			// "... in the U.S. The company said"; a letter's, an initial's
			// or a name's of one letter, before a pronoun no name has
			// after an initial: "Musk wrote on X. He said".
			end = true
		case t.q == nil && strings.HasSuffix(t.text, ".") && clockTime(p.toks, i) && p.toks[next].isCap() && p.toks[next].isWord() && !p.toks[next].is(fTime) && !clockZones[p.toks[next].low]:
			// A clock time's period ends the sentence before a capital that
			// says no more of the time ("fixed by 9:30 a.m. Spokesperson
			// Stuart Green said"; not "at 9 a.m. Monday", "p.m. ET")
			end = true
		case t.q != nil && !t.q.runsOn() && endsSentence(t.text):
			n := p.toks[next]
			end = n.q != nil || n.isCap() && (!cueAhead(p.toks[next:], questionMark(t.text)) || cueBefore(p.toks[start:i]))
		}
		if end {
			p.sents = append(p.sents, claims.Span{Start: start, End: next})
			p.toks[start].shape |= shapeOpens
			start = next
		}
	}
	for i := 1; i+1 < len(p.toks); i++ {
		if t := &p.toks[i]; t.text == "He" && t.shape&shapeOpens == 0 && !p.toks[i-1].isCap() && p.toks[i-1].isWord() && p.toks[i+1].isCap() && p.toks[i+1].isWord() {
			t.flags = 0 // "spokesperson He Yadong said": a surname, which no pronoun is in mid-sentence
		}
	}
}

// endsSentence reports whether a quote token's text ends in sentence-final
// punctuation inside its closing mark: "... the War.", and inside the two
// apostrophes some wires and archives write for a double mark, or a
// single mark that closes a quote within the quote.
func endsSentence(s string) bool {
	s = quotedWords(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// quotedWords is a quote token's text without its closing marks.
func quotedWords(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return isDoubleMark(r) || r == '\'' || r == '’' || isBlank(r) })
}

// questionMark reports a quote token whose words end in a question mark.
func questionMark(s string) bool { return strings.HasSuffix(quotedWords(s), "?") }

// cueBefore reports a cue among a sentence's tokens before a quote: the
// quote is attributed where it stands ('called the move "reckless."'),
// and a cue after it opens the next sentence ('The Border Coalition said
// in a statement ...'). Any cue: "called" is no verb of speech, and "post"
// in 'called the post "dangerous."' had been the only one found.
func cueBefore(toks []token) bool {
	for _, t := range toks {
		if t.is(fSpeech | fCue) {
			return true
		}
	}
	return false
}

// cueEnds reports a token after a cue that leaves it nothing to report of
// its own: a mark, or a phrase of time or place ("on Monday", "of the
// encounter"), not "that".
func cueEnds(n token) bool {
	return !n.isWord() && n.q == nil || n.is(fPreposition|fTime) && n.low != "that"
}

// cueAhead reports whether the words after a quote that ends a sentence
// attribute it: '"We will win." Trump said.', '"..." said Mr. Smith on
// Monday.'. A cue with more words of its own after it opens a new sentence:
// '"... for him." She says it underscores ...', '"caused death." Bernie
// Sanders called Trump a liar.' After a question, "asked" and whom is
// an attribution as "told" and whom is: '"...?" Todd asked the real estate
// mogul.'
func cueAhead(toks []token, question bool) bool {
	for i := 0; i < len(toks) && i < 5; i++ {
		w := toks[i].lower()
		if toks[i].text == "." {
			return false
		}
		if toks[i].text == "," && i > 0 && !slices.ContainsFunc(toks[:i], func(t token) bool { return !t.isCap() }) {
			// '"..." Will Estrada, the chairman for the exurb, said of
			// ...': past the description set off after the name
			for j := i + 1; j+1 < len(toks) && j <= i+15 && toks[j].text != "." && toks[j].q == nil; j++ {
				if toks[j].text == "," {
					return isCue(toks[j+1].lower()) && (j+2 >= len(toks) || cueEnds(toks[j+2]) && !toks[j+2].is(fTime)) // not "warned Saturday that"
				}
			}
			return false
		}
		if !isCue(w) {
			continue
		}
		if i == 0 || i+1 >= len(toks) {
			return true // '"..." said Mr. Smith', '"..." he said'
		}
		n := toks[i+1]
		switch {
		case cueEnds(n):
			return true // '"..." Trump said.', '"..." he said on Monday'
		case telling(w) || question && (w == "asked" || w == "asks"):
			return i+3 >= len(toks) || !toks[i+2].isWord() || !toks[i+3].isWord() || // "he told reporters."
				toldOnly(toks[i+1:]) // "Trump told Britain's ITV television station in an interview aired on Monday."
		}
		return false
	}
	return false
}

// clockZones are the words after a clock time that say which clock: "9
// a.m. ET", "noon Eastern".
var clockZones = set(`et est edt ct cst cdt mt mst mdt pt pst pdt at ast adt nt nst ndt gmt bst utc cet eastern central pacific mountain atlantic newfoundland local`)

// toldOnly reports the words after "told" up to the sentence's period as
// a listener and a setting alone, with no statement after them: no
// "that", comma, quote or subject pronoun on the way, but for the
// question it answered ("when asked how ties would fare if he won").
func toldOnly(toks []token) bool {
	for i, t := range toks {
		switch {
		case i > 15 || t.q != nil || t.low == "that" || t.text == "," || t.is(fSubject):
			return false
		case t.text == "." || askedClause(toks, i):
			return i > 0
		}
	}
	return false
}

// askedClause reports "when asked", "after being asked" at token i: the
// question someone answered, which says nothing they said.
func askedClause(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].low == "being" {
		i++
	}
	return i+1 < len(toks) && (toks[i].low == "when" || toks[i].low == "after" || toks[i].low == "being") && toks[i+1].low == "asked"
}

// sentRef names a sentence by paragraph and sentence index.
type sentRef struct{ p, s int }

func (d *doc) prevSentence(at sentRef) (sentRef, bool) {
	if at.s > 0 {
		return sentRef{at.p, at.s - 1}, true
	}
	for p := at.p - 1; p >= 0; p-- {
		if !d.paras[p].skip && len(d.paras[p].sents) > 0 {
			return sentRef{p, len(d.paras[p].sents) - 1}, true
		}
	}
	return at, false
}

// backwards calls f on the sentence at, then on the ones before it, up to n
// sentences in all, with the position in each before which to look, until
// f reports it found what it looked for.
func (d *doc) backwards(at sentRef, pos, n int, f func(at sentRef, pos int) bool) {
	for ; n > 0 && !f(at, pos); n-- {
		var ok bool
		if at, ok = d.prevSentence(at); !ok {
			return
		}
		pos = d.paras[at.p].End
	}
}
