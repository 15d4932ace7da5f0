package extract

import "strings"

// statementAt reads the statement that the cue at token c (of a sentence
// whose tokens are toks, starting at paragraph token base) introduces.
func statementAt(p *para, toks []token, base, c, end int) (statement, bool) {
	w := toks[c].lower()
	if !toks[c].is(fCue|fWeakCue) && w != "according" || len(toks[c].text) > 1 && allCaps(toks[c].text) {
		return statement{}, false // most words: one look-up; "(WARNING: ...)" is a label
	}
	if w == "reported" && c == 1 && toks[0].low == "as" && c+2 < end && toks[c+1].low == "by" {
		// "As reported by Western Journalism, ...": the source's statement
		if m := sourceAt(p, base+c+2, base+end); m != nil {
			from := m.t1 - base
			for from < end && toks[from].text != "," {
				from++
			}
			return statement{parts: [][2]int{{from + 1, end}}, m: m, cue: "reported by", at: c}, from+1 < end
		}
		return statement{}, false
	}
	if w == "according" && c+1 < end && toks[c+1].lower() == "to" {
		m := sourceAt(p, base+c+2, base+end)
		switch {
		case m == nil:
		case c > 0 && toks[c-1].text == ",": // "..., according to X."
			if after := m.t1 - base; after+1 < end && toks[after].text == "," {
				// "Among the precedents at risk, according to Ms. Epstein, are 16 ..."
				return statement{parts: [][2]int{{0, c - 1}, {after + 1, end}}, m: m, cue: "according to", at: c}, true
			}
			return statement{parts: [][2]int{{0, c - 1}}, m: m, cue: "according to", at: c}, true
		case c == 0: // "According to X, ..."
			from := m.t1 - base
			for from < end && toks[from].text != "," {
				from++
			}
			return statement{parts: [][2]int{{from + 1, end}}, m: m, cue: "according to", at: c}, true
		}
		return statement{}, false
	}
	// A weaker cue may open a statement for the model to judge, as a verb:
	// not after a preposition ("respond to requests for comment").
	weak := toks[c].is(fWeakCue) && statementWeights != nil && (c == 0 || !toks[c-1].is(fPreposition))
	if !toks[c].is(fReporting) && !weak || !cueUse(p, base+c) {
		return statement{}, false
	}
	// "A, X said, B." / "..., X said." / "..., a spokesman for X said."
	for k := c - 1; k > 0 && k >= c-10; k-- {
		first := k // where the part before the attribution ends
		if quoteComma(toks[k]) {
			first = k + 1 // '... a top priority "is increasing the tax liability," Mr. Kamin said.'
		} else if toks[k].text != "," {
			if toks[k].q != nil || toks[k].text == ";" {
				break
			}
			continue
		}
		m := speakerIn(p, base+k+1, base+c)
		if m != nil && m.t0 == base+k+2 && toks[k+1].is(fDeterminer) {
			// "..., the Tax Foundation said": the name after its article
		} else if m == nil || m.t0 != base+k+1 {
			if m = nounPhraseBefore(p, base+c, base+k+1); m == nil || m.t0 != base+k+1 {
				break // "..., one slide says" is an unnamed speaker's
			}
		}
		if coordinated(toks, m.t1-base, c) || subordinate(toks, k) {
			break // "..., though on Wednesday, Pope Leo took to X and said, ...": his own clause
		}
		after := c + 1
		if w == "told" || w == "tells" {
			if l := p.mentionAt(base + after); l != nil {
				after = l.t1 - base // the listener: "told The Huffington Post"
			}
		}
		switch tail := tailEnd(toks, after, end); {
		case tail == end || apposition(toks, tail, end):
			if wordsIn(toks[:first]) >= minReportedWords { // not "Last year, the union called for ...": an opening phrase
				return statement{parts: [][2]int{{0, first}}, m: m, cue: w, at: c}, true
			}
		case toks[tail].text == ",":
			return statement{parts: [][2]int{{0, first}, {tail + 1, end}}, m: m, cue: w, at: c}, true
		}
		break
	}
	// "..., said X." (not "Sussan Ley, the Opposition Leader, said Labor
	// had questions": a name and its apposition are the subject)
	if c > 0 && (toks[c-1].text == "," || quoteComma(toks[c-1])) && !participle(toks, c) && !namedAside(p, base, c-1) {
		first := c - 1
		if toks[first].q != nil {
			first = c
		}
		if m := speakerIn(p, base+c+1, base+min(end, c+8)); m != nil && (m.t0 == base+c+1 || ownedBy(p, m, base+c+1)) &&
			(tailEnd(toks, m.t1-base, end) == end || apposition(toks, m.t1-base, end)) {
			return statement{parts: [][2]int{{0, first}}, m: m, cue: w, at: c}, true
		}
	}
	// "X said (that) ..."
	if negated(toks, c) {
		return statement{}, false // "did not immediately respond": nothing was said
	}
	m := subject(p, base+c, base)
	if participle(toks, c) {
		// "..., he said, adding that ...": the main clause's speaker goes
		// on, the first cue's, not one inside its statement ("Clinton told
		// the audience that she believes ..., saying").
		for k := 0; k < c-1; k++ {
			if toks[k].is(fCue) && !participle(toks, k) && cueAt(p, base+k) {
				if mk := subject(p, base+k, base); mk != nil {
					m = mk
				} else if mk := speakerIn(p, base+k+1, base+c-1); mk != nil {
					m = mk // '"...," said Smith, adding'
				}
				break
			}
		}
	}
	if m == nil || m.t1 > base+c || nobody[p.toks[m.t0].low] {
		return statement{}, false // "none of them responded, nor ...": nobody said it
	}
	if strings.HasSuffix(w, "ed") && m.t1 == base+c && m.kind == byNominal && afterPreposition(p, m) {
		return statement{}, false // "In a video posted to her account, she ...": a participle, not a verb
	}
	from := statementAfter(p, toks, base, c, end)
	for from < end && (toks[from].text == "," || toks[from].text == ":") {
		from++
	}
	if from < end && answered(w, toks[from].lower()) || refused(toks, c, end) || asked(toks, c, from, end) {
		return statement{}, false
	}
	if from < end && (toks[from].low == "and" || toks[from].low == "or" || from+1 < end && toks[from].low == "as" && toks[from+1].low == "much") {
		return statement{}, false // "who said and did the same", "said as much": no statement follows
	}
	if !speechVerbs[w] && timePhrase(toks, from, end) {
		return statement{}, false // "spoke for two hours": when, not what
	}
	from = pastTime(toks, from, end)
	if from+1 < end && verbParticles[toks[from].low] && !speechVerbs[w] && toks[from+1].isWord() {
		from++ // "ruled out a royal commission": the particle is the verb's
	}
	if from+1 < end && objectPronouns[toks[from].low] && toks[from+1].low == "for" {
		return statement{}, false // "thanked her for her service": whom, not what
	}
	to := end
	if stop := clauseStop(p, toks, base, from, end); stop > 0 {
		to = stop
	}
	if m.kind == byRelative || relativeBetween(toks, m.t1-base, c) || conjunctions[toks[0].low] && !hasComma(toks[:c]) {
		// "While he's said he'll fight on, Sanders must decide": the
		// statement ends with the clause the conjunction opens (not so in
		// "If elected, Trump said he would ..."); "Mr. McConnell, who has
		// criticized his campaign, offered ...": with the relative clause.
		for j := from; j < to; j++ {
			if toks[j].text == "," {
				to = j
				break
			}
		}
	}
	if !speechVerbs[w] && from > 0 && toks[from-1].low != "that" {
		to = objectEnd(toks, from, to)
	}
	if (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && afterPreposition(p, m) {
		// "In a statement announcing the pick, the union called ...", "In a
		// message posted Friday, Cruz said ...": the phrase ends at its
		// comma and the sentence goes on without it.
		for j := from; j < to; j++ {
			if toks[j].text == "," {
				to = j
				break
			}
		}
	}
	return statement{parts: [][2]int{{from, to}}, m: m, cue: w, at: c}, from < to
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
		n := toks[k+1]
		if n.is(fPronoun|fDeterminer) || n.isCap() || n.is(fSubordinator) || n.lower() == "and" || n.lower() == "but" || participle(toks, k+1) {
			return 0 // ", and ...", ", he said": another clause
		}
		return k + 1
	}
	return 0
}

// participle reports a cue in -ing right after a comma: ", adding",
// ", saying", ", noting".
func participle(toks []token, c int) bool {
	return c > 0 && toks[c-1].text == "," && toks[c].is(fReporting) && strings.HasSuffix(toks[c].lower(), "ing")
}

// quoteComma reports a quote that ends its part of the sentence with a
// comma inside its closing mark: '"useful," but'.
func quoteComma(t token) bool {
	return t.q != nil && strings.HasSuffix(strings.TrimRight(t.text, "\"'”’ "), ",")
}

// answered reports a cue followed by what was answered, not the answer:
// "responded to questions", "replied to the letter".
func answered(cue, next string) bool {
	return next == "to" && (strings.HasPrefix(cue, "respon") || strings.HasPrefix(cue, "repl"))
}

// asked reports a cue whose object is the question, not the answer:
// "answered a question from the moderator", "fielded questions".
func asked(toks []token, c, from, end int) bool {
	if w := toks[c].low; !strings.HasPrefix(w, "answer") && !strings.HasPrefix(w, "field") {
		return false
	}
	for j := from; j < end && j < from+3; j++ {
		if toks[j].low == "question" || toks[j].low == "questions" {
			return true
		}
	}
	return false
}

// refused reports a refusal to speak at token c: "declined to say when",
// "refused to comment".
func refused(toks []token, c, end int) bool {
	w := toks[c].low
	return c+2 < end && toks[c+1].low == "to" && toks[c+2].is(fCue) &&
		(strings.HasPrefix(w, "declin") || strings.HasPrefix(w, "refus"))
}

// ownedBy reports a mention right after a possessive that starts at
// token i: "NBC's Dante Chinni".
func ownedBy(p *para, m *mention, i int) bool {
	o := p.mentionAt(i)
	return o != nil && o.poss && o.t1 == m.t0
}

// tailEnd skips the trimmings of an attribution ("in a statement", "on
// Monday", "Tuesday") and returns where they end: the sentence's end or the
// comma that resumes the statement.
func tailEnd(toks []token, i, end int) int {
	if i < end && toks[i].text != "," {
		if w := toks[i].lower(); !prepositions[w] && !toks[i].is(fTime) && !adverbs[w] {
			return i // "..., Sanders said he wants ...": what follows is no trimming
		}
	}
	for j := i; j < end && j < i+8; j++ {
		if toks[j].text == "," || toks[j].q != nil {
			return j
		}
	}
	if end-i <= 7 {
		return end
	}
	return i
}

// statementAfter finds where the statement after a cue starts: past "that",
// the listener of "told", and a short phrase such as "in a statement".
func statementAfter(p *para, toks []token, base, c, end int) int {
	i := c + 1
	if i < end && (toks[i].text == ":" || toks[i].text == ",") {
		return i + 1
	}
	w := toks[c].lower()
	tell := telling(w)
	// "that" opens the statement right after the cue, or after a phrase
	// such as "in a statement", "on Monday" or the listener of "told"; one
	// further on is the statement's own ("officials have video that
	// shows", "could change that", "vowed to veto any bill that").
	infinitive := i+1 < end && toks[i].lower() == "to" && p.mentionAt(base+i+1) == nil
	if i < end && !infinitive && (toks[i].lower() == "that" || tell || toks[i].is(fPreposition|fAdverb|fTime)) {
		for j := i; j < end && j <= i+7; j++ {
			if toks[j].low == "that" && j+1 < end && auxiliaries[toks[j+1].low] {
				return j // "said that is highly unlikely": "that" is the subject
			}
			if toks[j].lower() == "that" || toks[j].text == ":" {
				return j + 1 // "told the BBC's Today programme: ..."
			}
			if toks[j].text == "," || toks[j].q != nil {
				break
			}
		}
	}
	if tell {
		if i+1 < end && toks[i].low == "the" {
			i++ // "told the BBC"
		}
		if m := p.mentionAt(base + i); m != nil {
			return m.t1 - base
		}
		if i < end {
			return i + 1
		}
	}
	return i
}

// telling reports the forms of "tell", whose object is the listener.
func telling(w string) bool { return w == "told" || w == "tells" || w == "tell" || w == "telling" }

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
			return j
		}
		if t.lower() == "and" && j+1 < end && speechVerbs[toks[j+1].lower()] && cueAt(p, base+j+1) &&
			!(j > from && strings.HasSuffix(toks[j-1].low, "ed")) { // not "had been arrested and charged"
			return j // "... and said ...": a second statement
		}
		comma := t.text == "," || quoteComma(t) // '"useful," but': the comma is inside the quote
		if !comma || j+1 >= end {
			continue
		}
		stop := j
		if t.q != nil {
			stop = j + 1
		}
		if participle(toks, j+1) {
			return stop // ", adding that ...": a statement of its own
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
		case "as", "whereas", "with", "when":
			return stop
		case "and":
			if j+2 < end && (pronouns[toks[j+2].lower()] != 0 || p.mentionAt(base+j+2) != nil ||
				toks[j+2].low == "the" && j+3 < end && p.mentionAt(base+j+3) != nil) { // ", and the American Civil Liberties Union has sued"
				return stop // ", and he urged ...": a new clause with its own subject
			}
			for k := j + 2; k < end && k < j+8 && toks[k].text != ","; k++ {
				if speechVerbs[toks[k].lower()] {
					return stop // ", and human rights groups warned that ...": another speaker
				}
			}
		case "but":
			if j+2 < end && toks[j+2].lower() != "also" {
				return stop
			}
		}
	}
	return 0
}

// timeWords name spans of time.
var timeWords = set(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday
weekend january february march april may june july august september october november december time`)

// timePhrase reports whether tokens from i read as a phrase of time: "for
// two hours", "on Monday", "in 2012", "during the night".
func timePhrase(toks []token, i, end int) bool {
	if i >= end || !prepositions[toks[i].lower()] || toks[i].lower() == "to" {
		return false // "wants to extend six weeks of leave": a verb after "to"
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		w := toks[j].lower()
		if toks[j].is(fTime) || w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// pastTime skips a phrase of time between a cue and its statement: "said
// on Tuesday it had not been informed", "said Monday the talks".
func pastTime(toks []token, from, end int) int {
	j := from
	if j < end && prepositions[toks[j].low] && toks[j].low != "to" {
		j++
	}
	n := 0
	for ; j < end && n < 4; j, n = j+1, n+1 {
		w := toks[j].low
		if !toks[j].is(fTime) && !timeModifiers[w] && (w == "" || w[0] < '0' || w[0] > '9') {
			break
		}
	}
	if n == 0 || j >= end || !opensClause(toks[j]) {
		return from
	}
	return j
}

// timeModifiers stand before a word of time: "last week", "this morning".
var timeModifiers = set(`last this next early late earlier later`)

// negated reports a cue denied just before it: "did not respond", "never
// said", "didn't comment".
func negated(toks []token, c int) bool {
	if c >= 2 && toks[c-1].low == "to" && (toks[c-2].low == "declined" || toks[c-2].low == "refused") {
		return true // "declined to say when"
	}
	for j := c - 1; j >= 0 && j >= c-4; j-- {
		w := toks[j].lower()
		if w == "not" || w == "never" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if !toks[j].is(fAdverb|fPronoun) && !strings.HasSuffix(w, "ly") && w != "did" && w != "does" && w != "do" && w != "has" && w != "have" && w != "had" {
			return false
		}
	}
	return false
}

// nobody opens a subject that denies anyone spoke.
var nobody = set(`none nobody neither no`)

// namedAside reports whether the sentence from base up to the comma at
// base+k is a name and a phrase set off after it: "Sussan Ley, the
// Opposition Leader,".
func namedAside(p *para, base, k int) bool {
	open := commaBefore(p, base+k, base)
	if open == 0 {
		return false
	}
	m := p.mentionEndingAt(open)
	return m != nil && m.t0 == base && m.kind == byName
}

// objectEnd ends the object of a verb that is no speech verb where the
// reporter's words about the act begin: its time ("threatened to run away
// from the field Thursday night in the final debate") or a clause that
// while, when or because opens ("invoked the same bargain while running
// for the Senate"); "shows him with his hands up before he was shot" keeps
// its "before".
func objectEnd(toks []token, from, to int) int {
	for j := from + 2; j < to; j++ {
		w := toks[j].low
		if w == "while" || w == "when" || w == "because" ||
			toks[j].is(fTime) && toks[j].isCap() && !toks[j-1].is(fTime) ||
			(w == "last" || w == "this" || w == "next") && j+1 < to && toks[j+1].is(fTime) {
			return j
		}
	}
	return to
}

// relativeBetween reports a relative pronoun among tokens [from, to) with
// no comma after it: the cue at to stands in a relative clause about its
// subject ("McConnell, who has criticized his campaign, offered"), not in
// the main clause after one ("Trump, who spoke in Ohio, said").
func relativeBetween(toks []token, from, to int) bool {
	for j := to - 1; j >= max(from, 0); j-- {
		switch toks[j].low {
		case ",":
			return false
		case "who", "which":
			return true
		}
	}
	return false
}

// hasComma reports a comma among tokens.
func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.text == "," {
			return true
		}
	}
	return false
}

// wordsIn counts the words among tokens.
func wordsIn(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.isWord() {
			n++
		}
	}
	return n
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
			return conjunctions[toks[j].low]
		}
	}
	return false
}

// conjunctions are the subordinators that cannot be prepositions ("as
// president", "after the debate").
var conjunctions = set(`though although whereas because unless while when if`)

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
	for _, t := range toks[i+2 : end] {
		switch w := t.lower(); {
		case w == "who" || w == "which" || w == "that" || t.text == ",":
			return true // ", the lawyer for the agency, who has ..."
		case auxiliaries[w]:
			return false // ", the party should be prepared": the statement goes on
		}
	}
	return true
}

// isNumber reports a token that starts with a digit.
func isNumber(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// auxiliaries are the verbs that make a clause of the words after them.
var auxiliaries = set(`is was are were has have had will would should can could may might must do does did
isn't wasn't aren't weren't hasn't haven't won't wouldn't can't couldn't shouldn't doesn't didn't`)
