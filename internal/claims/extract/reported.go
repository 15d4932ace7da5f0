package extract

import (
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// minCueScore is the least cue score (see cueScores) for a word outside the
// speech verbs to introduce reported speech; tuned on polnear-dev.
const minCueScore = 0.2

// minWeakCue is the least cue score for a word to introduce a statement
// that the statement model then weighs.
const minWeakCue = 0.05

// isReporting reports whether a word can introduce reported speech.
// Extraction asks it of tokens through their fReporting flag.
func isReporting(w string) bool {
	if w == "ask" || w == "asks" || w == "asked" || w == "asking" {
		return false // questions are not claims
	}
	return speechVerbs[w] || cueScores[w] >= minCueScore
}

// wordsEnd is where a sentence's words end, at or after from: before the
// full stop and any other marks after the last word or quote.
func wordsEnd(toks []token, from int) int {
	end := len(toks)
	for end > from && !toks[end-1].isWord() && toks[end-1].q == nil {
		end--
	}
	return end
}

// asks reports a sentence that asks yes or no from its first word, after
// an interview's label ("Q: Did the hospital warn staff that ...?"): what
// it asks about is no one's statement. A question of why or when takes
// what it asks about as said ("Why had he asserted that ...?"), and a
// statement that ends in a question it quotes ("suggested asking
// yourself this: Would I ...?") is one.
func asks(toks []token, end int) bool {
	if end == len(toks) || toks[len(toks)-1].text != "?" {
		return false
	}
	k := 0
	if len(toks) > 2 && toks[1].text == ":" {
		k = 2
	}
	return toks[k].is(fAux | fBe)
}

// minReportedWords keeps reported speech to whole statements; a shorter
// one must be the whole object of its cue (see object).
const minReportedWords = 4

// spokenBy is a reported statement's extent and who made it, for the
// quotes in or after it that have no attribution of their own.
type spokenBy struct {
	span, cueSpan claims.Span
	cue           string
	speaker       claims.Mention
}

// statement is the reported part of a sentence: one or two token ranges
// (two when the attribution stands inside it) and who made it.
type statement struct {
	parts [][2]int // token ranges [from, to) within the sentence
	m     *mention
	cue   string
	at    int     // the cue's token within the sentence
	conf  float64 // how sure the cue makes it a claim
	// clipped is set when a surer statement took some of this one's words.
	clipped bool
}

// reported reads a sentence as reported speech: "X said (that) ...",
// "..., X said.", "..., said X.", "A, X said, B.", "..., according to X." and
// "According to X, ...". The claim is the statement alone. A statement that
// carries quoted words is a fragment claim, beside the quotes' own: "Trump
// would be" is what makes "the healthiest individual ever elected" a claim
// that can be checked. The claims are appended to out.
func (d *doc) reported(at sentRef, out []claims.Quote) (_ []claims.Quote, spoken []spokenBy) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	toks := p.toks[s.Start:s.End]
	end := wordsEnd(toks, 0)
	if asks(toks, end) {
		return out, nil // "Did the hospital warn staff that the basement might flood?": asked, not said
	}
	// Every cue may introduce a statement; the surest win where they
	// overlap, and the others keep what is left of theirs: in "Trump
	// attacked Machado after Clinton cited comments ...", "cited" is
	// Clinton's statement and "attacked" keeps too little to stand.
	cands := make([]statement, 0, 8) // on the stack: few sentences have more
	for c := 0; c < end; c++ {
		if !toks[c].is(fCue|fWeakCue|fTopic) && toks[c].low != "according" && (c+1 >= end || !isOpenLink(toks[c+1].low)) {
			continue // no cue here: most words, at the cost of a look-up or two
		}
		if nameWithheld(toks, c, end) {
			continue // "a mother of three who asked that her last name not be used": why she goes unnamed, no claim
		}
		st, ok := statementAt(p, toks, s.Start, c, end)
		for k := c + 1; ok && k < st.parts[0][0]; k++ {
			ok = !nameWithheld(toks, k, end) // "who spoke at the meeting and asked that her last name not be used": the asking's, no statement of the speaking
		}
		tp, topic := topicAt(p, toks, s.Start, c, end)
		verb := ok && st.m != nil && st.valid(end) && ownsCue(p, toks, s.Start, c, st) && !expletive(toks, s.Start, st)
		if verb {
			st.conf = confidence(st.cue, false, true)
			if topic && isTopicLink(toks[c+1].lower()) && tp.parts[0][0] == st.parts[0][0]+1 {
				st.parts[0], st.conf = tp.parts[0], st.conf*topicShare // "spoke about X": a topic
				if talkVerbs[toks[c].low] {
					st.cue = tp.cue // "spoke about", which the act reads as a topic named; not "called for", a demand
				}
			} else if r := &st.parts[0]; r[0] == c+1 && r[0]+1 < r[1] && isTopicLink(toks[c+1].low) && !approximate(toks, c+1) &&
				topicCues[topicKey{toks[c].low, toks[c+1].low}] >= minTopicScore {
				r[0]++ // "the union called for higher taxes": the topic, when no holder was found for it
				st.conf *= topicShare
			}
			cands = append(cands, st)
		}
		if topic && (!verb || st.parts[0][0] < c) && tp.valid(end) && ownsCue(p, toks, s.Start, c, tp) && !sameStart(cands, tp) &&
			!expletive(toks, s.Start, tp) {
			cands = append(cands, tp) // also when the verb reads back to a phrase: "In July, the NAACP called for"
		}
	}
	if st, ok := pollAt(p, toks, s.Start, end); ok && st.valid(end) {
		st.conf = confidence(st.cue, false, true)
		cands = append(cands, st)
	}
	rank(toks, cands)
	var taken [][2]int // token ranges of the statements kept, cue included
	var fs [32]uint32
	quotes := false // whether the sentence has quotes that statements may speak
	for _, t := range toks {
		quotes = quotes || t.q != nil
	}
	for _, st := range cands {
		if !st.clip(taken, toks, end) {
			continue
		}
		weak := false
		if d.record == nil && statementWeights != nil {
			st.conf = statementOdds(statementWeights, statementFeatures(toks, s.Start, st, fs[:0]))
			weak = st.conf < minStatementOdds // "Alicia Machado appeared on a Spanish reality show"
		}
		if weak && !quotes {
			continue
		}
		q, ok := d.statementClaim(at, toks, st)
		if quotes && q.Speaker.Text != "" {
			spoken = append(spoken, spokenBy{q.Span, q.CueSpan, q.Cue, q.Speaker}) // the quotes in or after it may need its speaker
		}
		if !ok || weak {
			continue
		}
		q.Prediction = isPrediction(q.Text, st.cue) || reportedFuture(q.Text, st.cue) // for the claims kept only: it reads every word
		if q.Confidence < namedSpeech && namedSpeaking(st, toks, q) {
			// "Traeger added he doesn't think customers will mind", "Gibson
			// testified the highway should have been visible": a person
			// named and a verb of speech before a clause say it was said,
			// whatever the model, trained on PolNeAR's looser cues, makes of it
			q.Confidence = namedSpeech
		}
		if d.record != nil {
			d.record(toks, s.Start, st, q)
		}
		out = append(out, q)
		taken = append(taken, st.extent())
	}
	return out, spoken
}

// approximate reports "about" before a number, which rounds a figure
// ("said about half of the money"), not a topic's link.
func approximate(toks []token, i int) bool {
	return toks[i].low == "about" && i+1 < len(toks) && (counted(toks[i+1]) || toks[i+1].low == "half" || toks[i+1].text == "$")
}

// subjectPronouns stand for a person as a clause's subject; "it would" and
// "you did" say too little to be claims.
var subjectPronouns = set(`he she they we i`)

// statementClaim turns a statement into a claim, and reports false when it
// is too short or, but for its quotes, a single word: 'Europe must "stand
// united"' is a claim, 'it "a disgrace"' is left to its quote, which the
// statement still gives its speaker. Links and cues between quotes ('"..."
// but noted "..."') are no words of its own.
func (d *doc) statementClaim(at sentRef, toks []token, st statement) (claims.Quote, bool) {
	p := d.paras[at.p]
	st.parts[0][0] = pastConnective(toks, st.parts[0][0], st.parts[0][1])
	words, quoted, own, named := 0, 0, 0, 0
	for _, r := range st.parts {
		for _, t := range toks[r[0]:r[1]] {
			if t.q != nil {
				n := t.q.words
				words, quoted = words+n, quoted+n
			} else if t.isWord() {
				words++
				if !t.is(fCue) && t.low != "and" && t.low != "but" && t.low != "or" {
					own++
					if quoted == 0 && !t.is(fPronoun|fObject|fDeterminer) {
						named++ // before the quote that judges it
					}
				}
			}
		}
	}
	// 'called the allegation "false"': a thing named and the quote after
	// it that judges it are a claim, however few the words; not 'him a
	// "loser"', nor 'what lawmakers called "fraud" lead Sens.'
	ok := (words >= minReportedWords || namingWords[st.cue] && quoted > 0 && named > 0) && own >= 2 || quoted == 0 && st.object(toks) || st.clause(toks)
	if !ok && quoted == 0 {
		return claims.Quote{}, false // no claim, and no quote to hand a speaker to
	}
	first, last := st.parts[0], st.parts[len(st.parts)-1]
	q := claims.Quote{Kind: claims.Indirect, Cue: st.cue, Paragraph: p.Span, CueSpan: toks[st.at].Span,
		Span: claims.Span{Start: toks[first[0]].Start, End: toks[last[1]-1].End}}
	if st.cue == "according to" && st.at+1 < len(toks) {
		q.CueSpan.End = toks[st.at+1].End
	}
	r := d.resolve(st.m, at)
	q.Speaker = mentionOf(&r)
	if e := d.voiceOf(p, st.m, &r); e != nil {
		p.voices = append(p.voices, voice{toks[st.at].Start, e})
	}
	if !ok {
		return q, false // its span and speaker, for the quotes in it
	}
	var texts []string
	for _, r := range st.parts {
		span := claims.Span{Start: toks[r[0]].Start, End: toks[r[1]-1].End}
		texts = append(texts, d.body[span.Start:span.End])
		if len(st.parts) > 1 {
			q.Parts = append(q.Parts, span)
		}
	}
	q.Text = strings.Join(texts, " ")
	if quoted > 0 {
		q.Kind = claims.Fragment // the statement carries quoted words
	}
	q.Confidence = st.conf
	return q, ok
}

// valid reports whether every part of the statement holds words.
func (st statement) valid(end int) bool {
	for _, r := range st.parts {
		if r[0] < 0 || r[0] >= r[1] || r[1] > end {
			return false
		}
	}
	return len(st.parts) > 0
}

// ownsCue reports whether the cue at c may introduce the statement: not
// when it is spent on a direct quote outside it ('"...," Rivera told the
// crowd'), only when that quote is part of the statement.
func ownsCue(p *para, toks []token, base, c int, st statement) bool {
	q := p.spentOn(base + c)
	if q == nil {
		return true
	}
	for _, r := range st.parts {
		for _, t := range toks[r[0]:r[1]] {
			if t.q == q {
				return true
			}
		}
	}
	return false
}

// expletive reports a statement whose subject is an "it" that stands for
// the clause after it, with a judgment rather than a speaker between: "it
// is clear that", "It was fitting that", "It is with that grit that". "it
// was revealed that" and "it has been known that" still report.
func expletive(toks []token, base int, st statement) bool {
	if st.m == nil || st.m.t1-st.m.t0 != 1 {
		return false
	}
	i := st.m.t1 - base
	switch toks[st.m.t0-base].low {
	case "it's", "it’s": // "It's clear that"
		i--
	case "it":
		if k := st.m.t0 - base; k > 0 && toks[k-1].is(fBe) {
			i = k // "Nor is it clear that", "Is it true that": the verb before it
			break
		}
		for i < st.at && (toks[i].is(fAdverb) || toks[i].is(fAux)) && !toks[i].is(fBe) {
			i++ // "it will be", "it certainly is"
		}
		if i >= st.at || !toks[i].is(fBe) {
			return false
		}
	default:
		return false
	}
	for k := i + 1; k <= st.at; k++ {
		if w := toks[k].low; w == "to" || strings.HasSuffix(w, "ing") && (k+1 >= len(toks) || toks[k+1].low != "that") {
			return false // "it is difficult to predict how", "it was drawing complaints that", not "it is fitting that"
		}
	}
	w := toks[st.at].low
	return verbForm(w) != 'd' && !strings.HasSuffix(w, "en") && !verbForms[w] // not "was revealed", "been known"
}

// object reports whether a statement too short to be a sentence is the
// whole object of its cue, a stance worth keeping: "Ted Cruz endorses
// Trump", "a staunch opponent of the death penalty", "has promised a veto".
// It must follow the cue, end where the clause does, and open and close on
// words a noun phrase may: not the remnant of a longer statement ("how he",
// "benefit him") or a particle ("ruled out").
func (st statement) object(toks []token) bool {
	if st.clipped || len(st.parts) != 1 || st.parts[0][0] <= st.at || st.parts[0][0] > st.at+2 {
		return false // it must follow the cue or its link ("critical of")
	}
	if strings.HasSuffix(toks[st.at].low, "ing") {
		return false // a participle's object: "In a statement announcing the pick, ..."
	}
	r := st.parts[0]
	first, last := toks[r[0]], toks[r[1]-1]
	if !first.isWord() || !last.isWord() || first.is(fPreposition|fNotNoun|fPronoun) || verbParticles[first.low] ||
		last.is(fPreposition|fNotNoun|fPronoun|fDeterminer|fAdverb) || objectPronouns[last.low] {
		return false
	}
	if r[1]-r[0] == 1 && (!first.isCap() || first.is(fStopCap)) {
		return false // one word: a name ("endorses Trump"), not "pointed out" or "say unrealistic"
	}
	if r[1] < len(toks) {
		next := toks[r[1]]
		return !next.isWord() && next.q == nil || next.is(fSubordinator|fTime|fPreposition) || next.low == "and" || next.low == "but" ||
			timeModifiers[next.low] // "endorsed Cruz Wednesday", "endorsed Sanders in February", "last week"
	}
	return true
}

// clause reports whether a statement of two or three words is a clause of
// its own, a subject and its auxiliary and verb ("it would appeal"), or
// the infinitive a promise makes ("pledged to remain civil").
func (st statement) clause(toks []token) bool {
	if st.clipped || len(st.parts) != 1 {
		return false
	}
	r := st.parts[0]
	s := toks[r[0]]
	// 'said it "takes safety seriously"': after a verb of speech "it" is
	// the subject too, not what 'called it "a disgrace"' names
	subj := s.is(fSubject) || s.low == "it" && speechVerbs[st.cue] || plural(s.low) && !s.isCap()
	switch r[1] - r[0] {
	case 2: // "he would", "they did"; 'officers "showed remarkable restraint"'
		// 'Woll "gave us a chance"': a name is a subject too
		return s.is(fSubject) && auxiliaries[toks[r[0]+1].low] || (subj || s.isCap() && !s.is(fTime|fStopCap) && !isPossessive(s.text)) && quotedPredicate(toks[r[0]+1].q)
	case 3:
		a, v := toks[r[0]+1], toks[r[0]+2]
		return (s.is(fPronoun) || s.isCap()) && a.is(fAux) && v.isWord() && !v.isCap() ||
			subj && a.is(fBe|fAux) && (v.isWord() && !v.isCap() || v.q != nil && v.q.words <= 3) || // "nurses were exhausted", "nurses were \"exhausted\"", 'she was "horrified"'
			s.is(fSubject) && verbish(a.low) && v.isWord() || // "she supported it"
			futureCues[st.cue] && s.low == "to" && a.isWord() && v.isWord() && r[0] == st.at+1 // "pledged to remain civil": a promise
	}
	return false
}

// quotedPredicate reports a quote that opens with a verb in lower case, so
// that with the subject before it it makes a clause: 'officers "showed
// remarkable restraint"', 'she "would never quit"'.
func quotedPredicate(q *quote) bool {
	if q == nil {
		return false
	}
	w, _ := nextWord(q.para.text[q.Start-q.para.Start : q.End-q.para.Start])
	return w != "" && !startsUpper(w) && (auxiliaries[w] || names.Verb(w)&(names.FiniteVerb|names.BaseVerb) != 0 || regularPast(w))
}

// verbParticles complete a phrasal verb ("ruled out talks"), so what follows
// them is not the cue's object.
var verbParticles = set(`out up off down away back over`)

// objectPronouns stand for someone already named; as a statement they say
// nothing.
var objectPronouns = set(`him them me us her it`)

// indefinites open a noun phrase for someone new to the story.
var indefinites = set(`a an one another`)

// talkVerbs name talking itself, so that what they are about is a topic:
// "spoke about how the city would pay".
var talkVerbs = set(`speak speaks spoke spoken speaking talk talks talked talking`)
