package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims/names"
)

// workNouns before a quote make it the title of a work, not speech, as
// they do a name ("the book Clinton Cash", evidence.work).
var workNouns = set(`book film movie song album show series play novel article column essay
titled entitled headlined episode documentary program programme podcast poem memoir slogan
hashtag nicknamed dubbed so-called known commentary op-ed clip trailer single track
headline headlines slogans`)

// notSpeech reports a quote that names something rather than reports
// speech: a nickname between a first name and a surname, or the title of a
// book, film or show.
func notSpeech(p *para, i int, headline bool) bool {
	if !headline && i > 0 && i+1 < len(p.toks) && p.toks[i-1].isCap() && p.toks[i+1].isCap() &&
		!p.sentenceStart(i+1) && wordsUpTo(p.toks[i].q.para.text[p.toks[i].q.Start-p.Start:p.toks[i].q.End-p.Start], 3) <= 3 &&
		!strings.ContainsAny(p.toks[i-1].text, "'’") && !isCue(p.toks[i+1].lower()) {
		return true // Dwayne "The Rock" Johnson
	}
	if i >= 2 && namingParticiples[p.toks[i-1].low] && !quantifiers[p.toks[i-2].low] && thingBefore(p, i-1) { // not "a call both called \"useful\""
		return true // "a trope called “boys will be boys”": what a thing is called, said by no one
	}
	if i >= 2 && (p.toks[i-1].low == "and" || p.toks[i-1].low == "or" || p.toks[i-1].text == ",") && p.toks[i-2].q != nil && notSpeech(p, i-2, headline) {
		return true // 'headlines such as "..." and "...": the second title of a list
	}
	text := p.toks[i].q.para.text[p.toks[i].q.Start-p.Start : p.toks[i].q.End-p.Start]
	for j := i - 1; j >= 0 && j >= i-3 && !p.sentenceStart(i) && p.toks[i-1].text != ":" && !saidOfBefore(p.toks, i) && !p.toks[j].is(fSpeech); j-- {
		if workNouns[p.toks[j].lower()] {
			return true // the title of a work, not the speech a colon opens ("told the Today programme: ..."); not a quote opening the sentence after "in a single night."
		}
	}
	if p.sentenceStart(i) && i+1 < len(p.toks) && wordsUpTo(text, 3) <= 3 &&
		(p.toks[i+1].is(fBe) || p.toks[i+1].low == "has" || p.toks[i+1].low == "have" || objectVerb(p.toks[i+1]) && !strings.ContainsAny(lastRune(strings.TrimSpace(text)), ",.!?")) {
		return true // '"Top secret" is the highest level', "'Community of acquaintances' exists in program": a term the sentence is about
	}
	if i > 0 && p.toks[i-1].is(fDeterminer) && i+1 < len(p.toks) && !p.toks[i+1].isCap() && nounish(p.toks[i+1]) &&
		!strings.ContainsAny(lastRune(strings.TrimSpace(text)), ",.!?;:") && names.Verb(p.toks[i+1].low)&names.FiniteVerb == 0 {
		return true // 'the "boys will be boys" trope', 'the "no idling" rule': words that qualify a noun
	}
	if t := strings.TrimSpace(text); strings.HasPrefix(t, "(") && strings.HasSuffix(strings.TrimRight(t, "."), ")") {
		return true // "(CROSSTALK.)", "(Laughter)": a transcript's note on the room
	}
	return !headline && isTitle(text) && (wordsUpTo(text, 7) <= 6 || !titleCased(p)) && !labels(p, i)
}

// titleCased reports a short paragraph whose words outside its quotes
// nearly all open with a capital, a title the body opens with: a long
// quote in it is written as the title is ("Ted Cruz: Physically
// Assaulting A Reporter Is A Fireable Offense"), whatever it is.
// inTitleCase (p.titleWords) cannot tell: it reads a paragraph's words
// outside quotes too, and wants three long ones and a word of grammar,
// where such a title has a name and a colon.
func titleCased(p *para) bool {
	words, caps := 0, 0
	for _, t := range p.toks {
		if t.isWord() {
			words++
			if t.isCap() || smallWords[t.low] {
				caps++
			}
		}
	}
	return words <= 30 && caps*10 >= words*9
}

// saidOfBefore reports a quote set off after what a verb of saying was
// about: 'said of the episode, "I do not like it at all"' is speech, not
// the episode's title.
func saidOfBefore(toks []token, i int) bool {
	if i < 3 || toks[i-1].text != "," {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-5; j-- {
		if (toks[j].low == "of" || toks[j].low == "about") && toks[j-1].is(fSpeech) {
			return true
		}
	}
	return false
}

// labels reports a quote that a verb of calling gives someone as a label:
// 'Jacobs called Merkel "The Chancellor of the Free World"', capitalised
// like a title yet the speaker's judgement; not 'a group called "Our
// Principles"', which names it.
func labels(p *para, i int) bool {
	o := p.mentionEndingAt(i)
	if o == nil || o.t0 < 1 {
		if i < 1 || !p.toks[i-1].is(fObject) {
			return false
		}
		return i >= 2 && labelVerbs[p.toks[i-2].low]
	}
	return labelVerbs[p.toks[o.t0-1].low]
}

// namingParticiples name a thing after its noun: "a trope called", "a
// boat named".
var namingParticiples = set(`called named`)

var labelVerbs = set(`called calls calling labeled labelled labels branded brands`)

// smallWords may stay in lower case inside a title.
var smallWords = set(`a an the and or but nor of in on at to for by with from as vs is it`)

// isTitle reports a quote of ten words at most written in title case
// ("Face the Nation", "Lyin' Ted", "The OAuth 2.0 Authorization
// Framework: Bearer Token Usage"): the name of a show, a work or a
// nickname, not speech; nor are words in capitals alone ("I HAVE NO JOB").
func isTitle(text string) bool {
	if n := wordsUpTo(text, 10); n < 2 || n > 10 {
		return false
	}
	words := strings.Fields(strings.TrimRight(text, ".,;:!?"))
	if len(words) < 2 || len(words) > 10 {
		return false
	}
	shouted := 0
	for i, w := range words {
		if i < len(words)-1 && (strings.HasSuffix(w, "?") || strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 4) {
			return false // "Cancelled. Again.", "Why? Because": sentences, though each opens with a capital; not "Mr. Smith Goes to Washington"
		}
		if len(w) > 2 && allCaps(w) {
			shouted++
		}
		w = strings.TrimPrefix(w, "(") // "Service (V5)"
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || i > 0 && (smallWords[strings.ToLower(w)] || w == "&") { // "Fox & Friends"
			continue
		}
		return false
	}
	return len(words) <= 6 || shouted*2 < len(words)
}

// kindOf tells a fragment (a phrase the reporter's sentence carries on
// around) from a direct quote (a whole utterance introduced by a cue, a
// colon or a comma, or followed by its attribution).
func kindOf(p *para, i int, text string, attributedAfter bool) string {
	if i == 0 {
		return "direct"
	}
	prev := p.toks[i-1]
	lw := prev.lower()
	if attributedAfter && (!isShort(text) || p.sentenceStart(i) || !prev.isWord() || isCue(lw) || lw == "that") {
		return "direct" // not 'The Opposition was "a rabble", he said': the reporter's sentence carries the words
	}
	if (prev.text == "," || prev.text == ":") && startsUpper(text) && strings.ContainsAny(text[len(text)-1:], ".!?") {
		// '"...," insisted Ms Truss, "I'm a fighter."', 'replied:
		// "Absolutely not."': a sentence of its own, however short
		return "direct"
	}
	if isShort(text) && !p.sentenceStart(i) {
		return "fragment"
	}
	if prev.text == ":" || prev.text == "," || isCue(lw) || lw == "that" || isDash(prev.text) {
		return "direct"
	}
	if !prev.isWord() && prev.q == nil {
		return "direct"
	}
	if wordsUpTo(text, 5) <= 5 || !startsUpper(text) || labels(p, i) {
		return "fragment" // 'called Merkel "The Chancellor of the Free World."'
	}
	return "direct"
}

// shortQuote is how many words a quote with no attribution after it may
// have and still be a fragment whatever introduces it: 'considers it "smart"'.
const shortQuote = 3

func isShort(text string) bool {
	return wordsUpTo(text, shortQuote) <= shortQuote
}

// lawName reports the name of a law or a treaty: a name of several words
// that ends in the word for one ("American Health Security Act", "Second
// Amendment", "Paris Accord").
func lawName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && lawWords[name[i+1:]]
}

var lawWords = set(`Act Acts Amendment Treaty Accord Accords Protocol Doctrine`)
