package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// clauseStop ends a statement where the reporter's aside begins: a dash, or
// a clause set off by a comma ("..., who", "..., with the Kremlin chief
// saying", "..., but it is not clear", "..., when the group launched").
func clauseStop(p *para, toks []token, base, from, end int) int {
	for j := from; j < end; j++ {
		t := toks[j]
		if isDash(t.text) && j > from && toks[j-1].End < t.Start {
			// A spaced dash opens an aside ("Russia–Ukraine" does not); one
			// that a second dash closes lies inside the statement: "the
			// top 1 percent -- those earning most -- would pay more".
			if k := closingDash(toks, j, end); k > 0 {
				j = k
				continue
			}
			return j
		}
		if t.text == "(" || t.text == ";" {
			if j > from+1 && toks[j-1].text == "." {
				return j - 1 // "said the rules changed last year. (The agency did not say why.)": the statement ends at its full stop
			}
			return j
		}
		if (t.low == "and" || t.low == "but") && j+1 < end && (toks[j+1].is(fSpeech) || toks[j+1].is(fCue) && j > from && toks[j-1].q != nil) && cueAt(p, base+j+1) &&
			(j+2 < end && toks[j+2].low == "that" || !(j > from && strings.HasSuffix(toks[j-1].low, "ed"))) { // not "had been arrested and charged"
			// "... and said ...", "... was balanced and added that ...", '...
			// about "equal rights" and accused National of ...': a second
			// statement; after a quote any cue, after other words a speech
			// verb only ("called him a liar and accused him" is one act).
			return j
		}
		if t.low == "and" && j+2 < end && j-from >= 4 && toks[j+1].low == "called" && (toks[j+2].low == "on" || toks[j+2].low == "for") {
			return j // "said the Coalition was running out of road and called on the Taoiseach to go": a demand of its own
		}
		if j > from && newSpeaker(p, toks, base, j, end) {
			return j // "... and Democrats accused", "... though she noted": another's statement
		}
		comma := t.text == "," || quoteComma(t) // '"useful," but': the comma is inside the quote
		if !comma || j+1 >= end {
			continue
		}
		stop := j
		if t.q != nil {
			stop = j + 1
		}
		if participle(toks, j+1) || j+2 < end && strings.HasSuffix(toks[j+1].low, "ing") && toks[j+2].low == "that" {
			return stop // ", adding that ...", ", ruling that ...": a statement of its own
		}
		if j+2 < end && strings.HasSuffix(toks[j+1].low, "ly") && !lyNouns[toks[j+1].low] && strings.HasSuffix(toks[j+2].low, "ing") {
			return stop // ", implicitly putting his name on the line": the reporter's gloss
		}
		if asideCloses(toks, from, j) && (!toks[j+1].is(fSpeech) || cueAt(p, base+j+1)) {
			return stop // "Kataib Hezbollah, the militia the Pentagon said was responsible for the attack, said in a post": the aside ends, its noun's own verb follows
		}
		if saidAfter(p, toks, base, j+1, end) {
			return stop // "Asked about the declaration that it was a bomb, Clinton said, ...": the speaker's own clause
		}
		switch next := toks[j+1].lower(); next {
		case "who", "which", "whose", "where":
			// ", which include Cleveland," within the statement when its
			// verb follows: "in the largest counties, which include
			// Cleveland, voters have been purged".
			if k := asideEnd(toks, j+1, end); k > 0 {
				j = k - 1
				continue
			}
			return stop
		case "while", "though", "although":
			// ", while troublesome, was dealt with": an aside when the
			// statement's verb follows it
			if k := asideEnd(toks, j+1, end); k > 0 {
				j = k - 1
				continue
			}
			return stop
		case "as", "whereas", "with", "when", "despite", "amid":
			return stop
		case "then":
			if j+2 < end && cueAt(p, base+j+2) {
				return stop // "offered the man a job, then says he'll welcome advice": a statement of its own
			}
		case "a", "an", "the":
			if next != "the" {
				for k := j + 2; k < end && k <= j+4; k++ {
					if summaries[toks[k].low] {
						return stop // "..., a figure disputed by the Treasury": the reporter's word on it
					}
				}
			}
			if j > from && toks[j-1].isCap() && closingAppositive(toks, j+1, end) {
				return stop // "he did not support Mr. Trump, the presumed Putin favorite": the reporter's note on whom it names
			}
		case "and":
			if j+2 < end && toks[j+2].low == "that" {
				continue // "said the cuts were needed, and that the state could not keep borrowing": more of it
			}
			if j+2 < end && (pronouns[toks[j+2].lower()] != 0 || p.mentionAt(base+j+2) != nil ||
				toks[j+2].low == "the" && j+3 < end && p.mentionAt(base+j+3) != nil) && // ", and the American Civil Liberties Union has sued"
				!subjectSoFar(p, toks, base, from, j) {
				return stop // ", and he urged ...": a new clause with its own subject
			}
			for k := j + 2; k < end && k < j+8 && toks[k].text != ","; k++ {
				if toks[k].is(fSpeech) {
					return stop // ", and human rights groups warned that ...": another speaker
				}
			}
		case "but":
			if j+2 < end && toks[j+2].lower() != "also" && toks[j+2].low != "that" { // ", but that ...": more of it
				return stop
			}
		}
	}
	return 0
}

// subjectSoFar reports a statement whose words up to token j are a name
// and what is set off after it, with no verb yet: what follows ", and" is
// more of its subject ("said Kathleen Wilson-Thompson, a former Walgreens
// executive, and Joe Gebbia, a co-founder of Airbnb, would join the
// board").
func subjectSoFar(p *para, toks []token, base, from, j int) bool {
	m := p.mentionAt(base + from)
	if m == nil || m.kind != byName || m.t1-base >= j || toks[m.t1-base].text != "," {
		return false
	}
	return !clause(p.text[toks[m.t1-base].End-p.Start:toks[j-1].End-p.Start], false)
}

// closingAppositive reports a noun phrase from token i to the statement's
// end, with no comma, quote or verb of its own outside a relative clause,
// and no "and" that would make it the next item of a list: "the Vermont
// senator who is surfing a wave", "an advocacy group".
func closingAppositive(toks []token, i, end int) bool {
	relative := false
	for k := i; k < end; k++ {
		t := toks[k]
		switch {
		case t.q != nil || t.text == ",":
			return false
		case relative:
		case t.low == "who" || t.low == "that" || t.low == "which":
			relative = k > i+1
			if !relative {
				return false
			}
		case t.is(fBe|fCue) || t.low == "and" || t.low == "or":
			return false // "differ on Israel, the Iranian nuclear deal and the possibility of ..."
		}
	}
	return true
}

// newSpeaker reports a conjunction at token j that opens a clause whose
// subject is a mention and whose verb is a speech cue: the statement ends
// there and the next one begins.
func newSpeaker(p *para, toks []token, base, j, end int) bool {
	if w := toks[j].low; w != "and" && w != "but" && !(toks[j].is(fSubordinator) && (w == "as" || conjunctions[w] && !conditions[w])) {
		return false // a flag before the look-up: this runs on every word of a statement
	}
	m := p.mentionAt(base + j + 1)
	if m == nil || m.poss || m.kind == byRelative {
		return false
	}
	k := m.t1 - base
	for k < end && toks[k].is(fAdverb) {
		k++
	}
	return k < end && toks[k].is(fSpeech) && cueAt(p, base+k)
}

// saidAfter reports a mention at token j followed by its verb of saying,
// in the past or present: a clause of its own, whose speaker's words are
// not those of a statement before the comma ("Asked whether he believed
// it, Carson said that he did not"; "She said, if elected, she would
// ask" goes on).
func saidAfter(p *para, toks []token, base, j, end int) bool {
	m := p.mentionAt(base + j)
	if m == nil && j+1 < end && toks[j].low == "the" {
		m = p.mentionAt(base + j + 1) // ", the New York Times reported late Thursday": the paper's own clause
	}
	if m == nil || m.poss || m.kind == byRelative {
		return false
	}
	k := m.t1 - base
	for k < end && toks[k].is(fAdverb) {
		k++
	}
	return k+1 < end && saidBefore(toks[k]) && cueAt(p, base+k)
}

// closingDash finds the spaced dash that closes the aside a dash at i
// opens, within a short span of the sentence; 0 when there is none.
func closingDash(toks []token, i, end int) int {
	for k := i + 2; k < end && k <= i+15; k++ {
		if isDash(toks[k].text) && toks[k-1].End < toks[k].Start {
			if k+1 < end {
				return k
			}
			return 0 // the dash ends the sentence: what follows it is an aside
		}
		if toks[k].text == ";" || toks[k].q != nil {
			return 0
		}
	}
	return 0
}

// asideEnd finds the comma that closes a relative clause opened at i when
// the sentence then goes on with no subject of its own (its verb belongs
// to the statement); 0 when the clause runs to the end or a new clause
// follows.
func asideEnd(toks []token, i, end int) int {
	for k := i + 1; k < end && k <= i+20; k++ {
		if toks[k].text != "," {
			continue
		}
		if k+1 >= end {
			return 0
		}
		if l := listEnd(toks, k, end); l > 0 {
			k = l // "which include Cleveland, Cincinnati and Columbus,": the list's commas
		}
		n := toks[k+1]
		if n.low == "of" || n.low == "for" {
			return k + 1 // "accused Rafael Cruz, who was born in Cuba, of associating with ...": the verb's complement goes on
		}
		if (n.low == "and" || n.low == "but") && k+2 < end && subjectGap(toks[k+2]) && !toks[k+2].is(fSpeech) {
			return k + 1 // "the man approached the woman, who was waiting for a bus, and attacked her": the statement's verb goes on
		}
		if n.is(fPronoun|fDeterminer|fPreposition) || n.isCap() || n.is(fSubordinator) || n.lower() == "and" || n.lower() == "but" || participle(toks, k+1) {
			return 0 // ", and ...", ", he said": another clause
		}
		return k + 1
	}
	return 0
}

// listEnd finds the comma that closes a list whose first comma is at k,
// when the list's last item follows "and" or "or" and no verb comes
// before it ("Cleveland, Cincinnati and Columbus,"); 0 when there is none.
func listEnd(toks []token, k, end int) int {
	joined := false
	for j := k + 1; j < end && j <= k+12; j++ {
		switch t := toks[j]; {
		case t.text == ",":
			if joined {
				return j
			}
		case t.low == "and" || t.low == "or":
			joined = true
		case !t.isWord() || t.is(fAux) || t.is(fCue|fPronoun) || isRelative(t.low):
			return 0
		}
	}
	return 0
}

// summaries are nouns by which a reporter sums up a statement in an
// apposition after it: "..., a claim the campaign denies".
var summaries = set(`figure claim charge assertion allegation accusation estimate number view position remark
comment move step stance sentiment notion suggestion proposal request point argument contention prediction
pledge promise vow warning threat swipe jab dig rebuke reference nod signal sign issue offer practice`)

// commaAfter is the first comma among tokens [from, to), or to.
func commaAfter(toks []token, from, to int) int {
	for j := from; j < to; j++ {
		if toks[j].text == "," {
			return j
		}
	}
	return to
}

// coordinated reports whether the words between a speaker and the cue
// (from, to) join another verb to it: "Pope Leo took to X and said".
func coordinated(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if toks[j].low == "and" {
			return true
		}
	}
	return false
}

// subordinate reports whether the comma at k closes a short phrase set off
// by commas that opens with a conjunction ("..., though on Wednesday, Pope
// Leo said"): the phrase belongs to the speaker's clause, not to a
// statement before it ("... if Washington does not lift its duties, Sefcovic
// said" keeps its condition).
func subordinate(toks []token, k int) bool {
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if toks[j-1].text == "," {
			return toks[j].is(fConjunction)
		}
	}
	return false
}

// conjunctions are the subordinators that cannot be prepositions ("as
// president", "after the debate").
var conjunctions = set(`though although whereas because unless while when if`)

// conditions open a clause that qualifies the statement before it, a
// speaker's words in it all the same: "the Conservatives are lying when
// they say the agreement overrides Canada's sovereignty" is one claim.
var conditions = set(`when if because unless`)

// apposition reports whether the words from the comma at i to the end
// describe the speaker named just before: ", said Mr. Barrett, the lawyer
// for the agency.", ", said Larry Sabato, director of the Center for
// Politics.", ", said Mary Smith, 54, a nurse."
func apposition(toks []token, i, end int) bool {
	if i+1 >= end || toks[i].text != "," {
		return false
	}
	if n := toks[i+1]; !n.is(fDeterminer|fTitle|fNominalHead) && !isNumber(n.text) {
		return false // "..., local officials say, began with": a verb goes on with the statement
	}
	for j, t := range toks[i+2 : end] {
		switch w := t.lower(); {
		case w == "who" || w == "which" || w == "that" || t.text == ",":
			return true // ", the lawyer for the agency, who has ..."
		case auxiliaries[w]:
			return false // ", the party should be prepared": the statement goes on
		case j >= maxAppositionWords:
			return false // ", the number of real independents shrinks as ...": a clause
		}
	}
	return true
}

// maxAppositionWords is the most words a description set off after a name
// runs before a comma or relative pronoun: "the Republican attorney general
// of Oklahoma".
const maxAppositionWords = 10

// roleBefore reports a description of someone's role in tokens [from, to):
// a few words and no verb, ending in a role or a word for a person ("Its
// treasury spokesman", "York's council leader").
func roleBefore(toks []token, from, to int) bool {
	if to <= from || to-from > maxAppositionWords {
		return false
	}
	for _, t := range toks[from:to] {
		if !t.isWord() || t.is(fCue|fBe) || t.is(fAux) {
			return false
		}
	}
	last := toks[to-1]
	return last.is(fTitle) || personRoles[last.low] || names.PersonNoun(last.low)
}

// namedAside reports whether the sentence from base up to the comma at
// base+k is a name and a phrase set off after it, or a description and the
// name set off after it: "Sussan Ley, the Opposition Leader,", "Its
// treasury spokesman, Mel Stride,". Either is the subject of the verb
// after it, never a statement that verb reports.
func namedAside(p *para, base, k int) bool {
	a := p.mentionEndingAt(base + k)
	if a != nil && a.kind == byName && a.t0 > base+1 && p.toks[a.t0-1].text == "," && roleBefore(p.toks, base, a.t0-1) {
		return true // "York's council leader, Claire Douglas,"
	}
	open := commaBefore(p, base+k, base)
	if open == 0 {
		return false
	}
	m := p.mentionEndingAt(open)
	if m == nil || m.t0 != base {
		return false
	}
	return m.kind == byName || a != nil && a.kind == byName && a.t0 == open+1
}

// reducedRelative reports a name right before the cue at c that a noun
// phrase from s, with no verb between, stands before: "an experience
// Grizzle described", "the things libertarians say", a clause whose
// object is that noun, not a speaker's attribution of the words before.
// A role before a person's name ("the group's president Jane Roe said")
// and a kind before a body's ("the news site RTL Info reported") are none.
func reducedRelative(toks []token, m *mention, base, s, c int) bool {
	if m == nil || m.kind != byName || m.ent == nil || m.ent.kind != kindPerson || m.t1 != base+c || m.t0 < base+s+2 || !toks[s].is(fDeterminer) {
		return false
	}
	prev := toks[m.t0-base-1]
	return prev.isWord() && !prev.isCap() && !prev.is(fTitle|fNominalHead|fCue|fPreposition) && !personHead(prev.low) &&
		!strings.ContainsAny(prev.text, "'’")
}
