package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// The words between a cue and its statement: "that", a time, the listener
// of "told" with the programme or place it was told in.

// asideThat is the token after the "that" that follows a short phrase set
// off by commas right after a cue at i-1, or 0: "said, in a statement,
// that". The phrase holds words only, no quote and no other cue.
func asideThat(toks []token, i, end int) int {
	if i >= end || toks[i].text != "," {
		return 0
	}
	for j := i + 1; j < end-2 && j <= i+7; j++ {
		switch t := toks[j]; {
		case t.text == ",":
			if j > i+1 && toks[j+1].low == "that" {
				return j + 2
			}
			return 0
		case !t.isWord() || t.q != nil || t.is(fCue):
			return 0
		}
	}
	return 0
}

// tally reports a vote's count between a cue and "that": "ruled 6-3 that".
func tally(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a+b, "0123456789") == ""
}

// statementAfter finds where the statement after a cue starts: past "that",
// the listener of "told", and a short phrase such as "in a statement".
func statementAfter(p *para, toks []token, base, c, end int) int {
	i := c + 1
	if k := asideThat(toks, i, end); k > 0 {
		return k // "warned, however, that", "said, in a statement, that"
	}
	if i+3 < end && toks[i].text == "," && (toks[i+1].is(fConnective) || toks[i+1].is(fAdverb)) && toks[i+2].text == "," {
		i += 3 // "warned, however, the plan would fail"
	}
	if i < end && (toks[i].text == ":" || toks[i].text == ",") {
		return i + 1
	}
	if i+1 < end && verbParticles[toks[i].low] && (toks[i+1].text == ":" || toks[i+1].text == ",") {
		return i + 2 // "as the committee has pointed out, it would ...": the particle is the cue's
	}
	w := toks[c].lower()
	for j := i; speechVerbs[w] && j < end-2 && j <= i+2 && toks[j].isWord() && toks[i].low != "that" && !toks[i].is(fPronoun); j++ {
		if toks[j+1].text == ":" && toks[j+2].q != nil {
			return j + 2 // 'said outside court: "..."': where it was said, then the quote
		}
	}
	tell := telling(w)
	// "that" opens the statement right after the cue, or after a phrase
	// such as "in a statement", "on Monday" or the listener of "told"; one
	// further on is the statement's own ("officials have video that
	// shows", "could change that", "vowed to veto any bill that").
	infinitive := i+1 < end && toks[i].lower() == "to" && p.mentionAt(base+i+1) == nil && !toks[i+1].is(fDeterminer) && !toks[i+1].is(fObject) && !reflexives[toks[i+1].low] // not "admitted to the newspaper that", "suggested to me that", "said to herself that"
	if i < end && !infinitive && (toks[i].lower() == "that" || tell || toks[i].is(fPreposition|fAdverb|fTime) || spatial[toks[i].low] || tally(toks[i].text) || whenWords(toks, i, end)) {
		reach := 7
		if tell || settingAt(toks, i, end) {
			reach = 11 // "told a closed-door meeting of her allies last week that": a listener may be long; so may "in an interview with The Associated Press last week that"
		}
		for j := i; j < end && j <= i+reach; j++ {
			if toks[j].low == "that" && j > i && toks[i].low == "to" && j+1 < end && (verbAfterThat(toks[j+1].low) || !toks[j-1].isCap() && (toks[j-1].is(fDocument) || contentNouns[toks[j-1].low])) {
				// "responding to a law that bars ...", "speaking to a party
				// that had": a relative clause; "responding to the news
				// that ...": the news's content, not the speaker's
				break
			}
			if j > i+1 && j <= i+3 && toks[i].low == "to" && indirectQuestions[toks[j].low] && toks[j-1].isWord() && !toks[j-1].is(fPreposition) {
				return j // "explained to CBS why ...": the listener, then what was said
			}
			if toks[j].low == "that" && j+1 < end && toks[j+1].is(fAux) {
				return j // "said that is highly unlikely": "that" is the subject
			}
			if toks[j].low == "that" && j+1 < end && toks[j+1].is(fTime) && !toks[j+1].is(fAux) {
				break // "went on to win that year": a determiner
			}
			if toks[j].lower() == "that" || toks[j].text == ":" {
				return j + 1 // "told the BBC's Today programme: ..."
			}
			if q := toks[j].q; q != nil && j > i && (toks[j-1].is(fPreposition) || isPossessive(toks[j-1].text)) && q.words <= 6 {
				continue // "said on \"Face the Nation\" that", "told MSNBC's \"Morning Joe\" that": a programme's title
			}
			if toks[j].text == "," || tell && isDash(toks[j].text) || toks[j].q != nil || j > i && (toks[j].is(fPronoun) || possessivePronouns[toks[j].low] != 0) && !toks[j-1].is(fPreposition) {
				if j > i+1 && plainSaying[w] && toks[i].is(fPreposition) && (toks[j].is(fSubject) || toks[j].low == "it") && toks[i+1].is(fDeterminer) && !toks[j-1].is(fCue) {
					return j // "said in a statement it supported ...": where it was said, then what
				}
				if toks[j].text == "," && j > i+1 && plainSaying[w] && settingAt(toks, i, end) && j+1 < end && (toks[j+1].is(fSubject) || toks[j+1].low == "it") {
					return j + 1 // "said on a trip to Kosovo and Serbia this week, he would ...": where it was said, then what
				}
				if tell && j > i+1 && toks[j].is(fSubject) && !toks[j-1].is(fCue) && !slices.ContainsFunc(toks[i:j], func(t token) bool { return questionWords[t.low] }) {
					return j // "told a newspaper of Newark last week she would rather ...": the listener, then what; not "told on Thursday how surprised he is"
				}
				break // "said Thursday his biggest worry is that ...": the statement has begun
			}
			if j > i && toks[j].low == "to" && j+1 < end && !toks[j+1].isCap() && !toks[j+1].is(fDeterminer) && p.mentionAt(base+j+1) == nil &&
				!(j+2 < end && toks[j+2].low == "that" && (strings.HasSuffix(toks[j+1].low, "s") && !strings.HasSuffix(toks[j+1].low, "ss") || names.Verb(toks[j+1].low)&names.BaseVerb == 0 && nounish(toks[j+1]))) {
				break // "called for contestants to wear dresses that": an infinitive, the statement's own; not "in a note to clients that", "in a letter to council that"
			}
		}
	}
	if m := p.mentionAt(base + i); m != nil && m.kind == byName && !m.poss && writing[w] && m.t1-base < end && toks[m.t1-base].low == "that" {
		return m.t1 - base + 1 // "wrote Premier Doug Ford that ...": to whom, then what; not "wrote legislation that gave"
	}
	if informing[w] {
		for j := i + 1; j < end && j <= i+4 && toks[j].isWord() && !toks[j].is(fPronoun|fCue); j++ {
			if toks[j].low == "that" {
				return j + 1 // "promised South Africans that ...", "assured investors that ...": whom, then what
			}
		}
	}
	if tell {
		if i+1 < end && toks[i].low == "the" && p.mentionAt(base+i) == nil {
			i++ // "told the BBC"
		}
		if m := p.mentionAt(base + i); m != nil {
			return placeAfter(toks, m.t1-base, end, m.poss) // "told the Reuters news agency", "told reporters in Brisbane"
		}
		if i < end {
			return placeAfter(toks, i+1, end, false) // "telling reporters in Brisbane the ..."
		}
	}
	return i
}

// writing are the forms of "write", whose addressee may follow it with no
// "to" in North American usage.
var writing = forms(`write`)

// whenWords reports a word in lower case at token i that opens a phrase
// of when or how after a verb of saying, beyond the adverbs listed, when
// "that", a preposition or a time follows it: "said late on Friday that",
// "said early Friday that", "argued insistently that"; not "found
// virtually nothing that", "seemed unlikely that" (what is said).
func whenWords(toks []token, i, end int) bool {
	t := toks[i]
	if t.isCap() || i+1 >= end || !(t.low == "late" || t.low == "early" || len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !strings.HasSuffix(t.low, "likely")) {
		return false
	}
	next := toks[i+1]
	return next.low == "that" || next.is(fPreposition|fTime)
}

// plainSaying are the verbs of saying that take no preposition of their
// own, so that one after them says where or when: "said in a statement it
// would", not "insisted on a justice they can tolerate".
var plainSaying = set(`say says said write writes wrote add adds added announce announces announced state states stated`)

// placeAfter skips a place named after a listener ("told reporters in
// Brisbane the Treasurer had ...") and returns where the statement starts.
// After a possessive listener ("told ABC's Insiders the modelling was")
// capitalised words name the programme.
func placeAfter(toks []token, i, end int, owned bool) int {
	if i+1 < end && (isNumber(toks[i].text) || toks[i].isCap()) {
		// "told BBC Radio 4's Today programme the cap was": the rest of
		// the programme's name
		j := i
		for j < end && j < i+5 && (isNumber(toks[j].text) || toks[j].isCap() || programmes[toks[j].low]) && !toks[j].is(fDeterminer) {
			j++
		}
		if j < end && toks[j].is(fDeterminer|fPronoun) && (programmes[toks[j-1].low] || owned) {
			return j
		}
		for owned && j < end && j < i+7 && (programmes[toks[j].low] || media[toks[j].low]) {
			j++ // "told Britain's ITV television station"
		}
		if owned && j > i+1 && settingToEnd(toks, j, end) {
			return end // "... in an interview aired on Monday": where, and nothing said after it
		}
		return i
	}
	if i+2 >= end || toks[i].low != "in" && toks[i].low != "at" || !toks[i+1].isCap() {
		return i
	}
	j := i + 1
	for j < end && toks[j].isCap() && !toks[j].is(fDeterminer) {
		j++
	}
	if j >= end || !toks[j].is(fDeterminer|fPronoun) {
		return i // "told reporters in Washington Trump was wrong": the place may run into a name
	}
	return j
}

// telling reports the forms of "tell", whose object is the listener.
func telling(w string) bool { return w == "told" || w == "tells" || w == "tell" || w == "telling" }

// informing are verbs of saying whose listener may come between them and
// "that": "promised South Africans that", "warned investors that".
var informing = set(`promise promises promised assure assures assured reassure reassures reassured
warn warns warned remind reminds reminded inform informs informed
notify notifies notified advise advises advised caution cautions cautioned`)

// programmes end the name of a broadcast or paper a speaker told something.
var programmes = set(`programme program show podcast newspaper channel station`)

// media are the nouns that, after an outlet's name, say what it is: "ITV
// television", "CBC radio".
var media = set(`television radio news network broadcaster magazine`)

// settingToEnd reports a setting from token i to the sentence's end ("in
// an interview aired on Monday") that holds no subject pronoun, quote or
// "that": no statement follows the listener.
func settingToEnd(toks []token, i, end int) bool {
	if !settingAt(toks, i, end) {
		return false
	}
	for j := i; j < end && !askedClause(toks, j); j++ {
		if t := toks[j]; t.q != nil || t.low == "that" || t.text == "," || t.is(fSubject) {
			return false
		}
	}
	return true
}

// listenerToEnd reports words from token i to the sentence's end that can
// only be the listener of "told": a short noun phrase, "a Senate panel",
// with when they heard it ("told reporters Sunday").
func listenerToEnd(toks []token, i, end int) bool {
	for end > i+1 && (toks[end-1].is(fTime) || timeModifiers[toks[end-1].low]) {
		end--
	}
	if end > i+1 && end < len(toks) && toks[end].is(fTime) && toks[end-1].is(fPreposition) && toks[end-1].low != "to" {
		end-- // "told a Senate panel on Tuesday"
	}
	if i >= end || end-i > 5 || !toks[i].is(fDeterminer) && !(end-i <= 2 && strings.HasSuffix(toks[end-1].low, "s") && !toks[i].isCap()) {
		return false // "told a Senate panel", "told reporters", "told local reporters"
	}
	for _, t := range toks[i+1 : end] {
		if !t.isWord() || t.is(fAux) || t.is(fCue|fPronoun) {
			return false
		}
	}
	return true
}

// verbAfterThat reports a word that makes the "that" before it the subject
// of its clause, a relative pronoun: an auxiliary, a present or past
// ("that had", "that bars", "that established"), where a statement's
// "that" is followed by its subject ("that he", "that the doctor").
func verbAfterThat(w string) bool {
	if auxiliaries[w] || names.Verb(w)&names.FiniteVerb != 0 || names.Verb(w) != 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true
	}
	return regularPast(w)
}

// regularPast reports a verb's regular past in -ed: "established",
// "adopted", "deemed", "asked".
func regularPast(w string) bool {
	stem, past := strings.CutSuffix(w, "ed")
	n := len(stem)
	return past && (names.Verb(stem)&names.BaseVerb != 0 || names.Verb(stem+"e")&names.BaseVerb != 0 ||
		n > 2 && stem[n-1] == stem[n-2] && names.Verb(stem[:n-1])&names.BaseVerb != 0 || // "stabbed", "planned"
		n > 2 && stem[n-1] == 'i' && names.Verb(stem[:n-1]+"y")&names.BaseVerb != 0) // "rallied", "carried"
}

// contentNouns are the nouns whose "that" clause says what they hold: "the
// news that", "the idea that".
var contentNouns = set(`news claim claims allegation allegations fact facts idea ideas notion suggestion rumor rumors
rumour rumours word assertion assertions argument belief view charge charges evidence`)

// indirectQuestions open a question told to a listener ("explained to CBS
// why"), where "who", "which", "when" and "where" after a noun open a
// relative clause ("the protesters who").
var indirectQuestions = set(`why how whether what`)

// settings are the nouns for where or how something was said that a
// preposition after the cue may open ("said in an interview with ...",
// "said on a trip to ...", "said at a news conference ..."): a phrase
// that may run long before the statement's "that" or comma.
var settings = set(`interview interviews statement speech speeches conference briefing appearance hearing rally event meeting
call podcast show broadcast programme program trip visit tour post tweet email letter video op-ed column essay memoir book
filing filings submission release message presentation`)

// settingAt reports a preposition at token i whose noun, within three
// words, is a setting's: "in an interview", "on a trip", "at a news
// conference".
func settingAt(toks []token, i, end int) bool {
	if i >= end || !toks[i].is(fPreposition) || toks[i].low == "to" {
		return false
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		if settings[toks[j].low] {
			return true
		}
		if !toks[j].isWord() {
			return false
		}
	}
	return false
}

// request reports a form of "ask" that asks someone to do something ("asked
// the Justice Department to investigate"): a demand on record, where "asked
// whether" is a question and no claim.
func request(toks []token, c, end int) bool {
	if w := toks[c].low; w != "ask" && w != "asks" && w != "asked" {
		return false
	}
	for j := c + 1; j < end && j <= c+8; j++ {
		switch w := toks[j].low; {
		case w == "to":
			return j > c+1 && j+1 < end && toks[j+1].isWord() && !toks[j+1].isCap() && !toks[j+1].is(fDeterminer)
		case toks[j].is(fPreposition) && w != "on" && w != "in", !toks[j].isWord(), questionWords[w]:
			return false // "asked about", "asked whether"
		}
	}
	return false
}

// thatAfter reports a "that" among tokens [from, to) that opens what was
// said to someone ("added to reporters that"), not a noun's content
// ("adding to evidence that people arrived earlier").
func thatAfter(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].low == "that" && !contentNouns[toks[k-1].low] {
			return true
		}
	}
	return false
}
