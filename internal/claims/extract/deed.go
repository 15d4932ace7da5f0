package extract

import (
	"strings"
	"unicode"

	"claimtrack/internal/claims"
)

// Acts done rather than said, and claims that look like speech but are
// not: the thing a deed names ("signed a bill"), a topic after its link
// ("complained about speeding"), words said to oneself.

// deeds are the cues of acts done, often with a document: what follows
// them is what was done ("signed a bill that bans ...", "ordered the
// release of documents that showed ...", "endorsed Ted Cruz"), unless
// "that" opens what it states ("ordered that the documents be released").
var deeds = func() map[string]bool {
	m := forms(`sign file submit issue release publish post endorse nominate order plead`)
	m["pled"] = true // "pleaded guilty to two charges": a plea entered
	return m
}()

// toSelf reports a claim said to the speaker's own self: "told herself
// the worst was over", "ask yourself, \"...\"": a thought, not speech.
func toSelf(q *claims.Quote, body string) bool {
	gap, ok := cueGap(q, body)
	if !ok || len(gap) > 40 {
		return false
	}
	if q.Kind != claims.Direct && reflexives[firstWord(q.Text)] && !selfDescribing[cueVerb(q)] {
		return true // "found themselves in a muddy battle": the verb's own object, nothing found or said
	}
	if first := cueVerb(q); namingWords[first] || selfDescribing[first] {
		return false // "describes himself as a conservative": what he says he is
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(gap), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "that" {
			return false // "replied that Sanders himself is": the statement's own
		}
		if reflexives[w] {
			return true
		}
	}
	return false
}

// selfDescribing are cues by which people say what they are: "described
// himself as", "declared himself the winner", "calls himself a democratic
// socialist", "claimed itself to be unbiased".
var selfDescribing = forms(`describe portray present declare identify style bill call claim`)

// reflexives are the pronouns by which someone speaks to themselves.
var reflexives = set(`myself yourself himself herself itself ourselves yourselves themselves`)

// deed reports an indirect claim or a fragment that is the object of a deed's cue, a
// thing done rather than said.
func deed(q *claims.Quote, body string) bool {
	gap, ok := cueGap(q, body)
	if q.Kind == claims.Direct || !ok {
		return false
	}
	if laidCharge(q) {
		return true
	}
	if !deeds[cueVerb(q)] {
		return false
	}
	gap = strings.ToLower(gap)
	return !strings.Contains(gap, "that") && !strings.Contains(gap, ":") && !clauseOpeners[firstWord(q.Text)]
}

// topicAfter reports an indirect claim that a topic's link alone parts
// from its cue, the verb's object read past it: "complained about speeding
// on the street", "warned of the implications"; not "spoke of how ..."
// nor a charge ("who he accused of preying on ...").
func topicAfter(q *claims.Quote, body string) bool {
	gap, ok := cueGap(q, body)
	if q.Kind != claims.Indirect || !ok {
		return false
	}
	link := strings.ToLower(strings.TrimSpace(gap))
	first := firstWord(q.Text)
	return isTopicLink(link) && !clauseOpeners[first] && !(link == "of" && charges[cueVerb(q)])
}

// quotedAs reports a claim that reports whom a cue quoted, not what its
// speaker said: "A memo quoted Mayor Jane Roe as saying ...": the words
// after "as saying" are the mayor's, a claim of their own.
func quotedAs(q *claims.Quote) bool {
	if !quoting[cueVerb(q)] {
		return false
	}
	_, rest, ok := strings.Cut(strings.ToLower(q.Text), " as ")
	return ok && strings.HasPrefix(rest, "saying")
}

// quoting are the cues by which one source passes on another's words.
var quoting = forms(`quote cite`)

// charges are the cues whose "of" names the charge: "accused him of lying".
var charges = forms(`accuse`)

// chargeForms are the forms of "charge", which before someone and "with"
// lays a charge, an act of the police or a prosecutor: "charged a
// 38-year-old man with second-degree murder"; "charged the plan would
// fail" says something.
var chargeForms = forms(`charge`)

// laidCharge reports a claim of "charge" whose words are someone and
// "with", no clause between: the charge laid, a thing done.
func laidCharge(q *claims.Quote) bool {
	if !chargeForms[cueVerb(q)] {
		return false
	}
	before, _, ok := strings.Cut(q.Text, " with ")
	return ok && len(strings.Fields(before)) <= 6 && !clause(before, true)
}

// cueGap is the text between a claim's cue and its words, when the cue in
// the body comes before them (not in a headline, whose cue is elsewhere).
func cueGap(q *claims.Quote, body string) (string, bool) {
	if q.Headline || q.CueSpan.End == 0 || q.CueSpan.End > q.Span.Start || q.Span.Start > len(body) {
		return "", false
	}
	return body[q.CueSpan.End:q.Span.Start], true
}

// mindObject reports a quote that is the object of its cue, a verb of the
// mind, right before it: 'he believes "there may be some generals ..."',
// 'she knows that "LeBron will always be the king"'; not a quote its cue
// comes after, a colon before, or a paragraph before.
func mindObject(q *claims.Quote, body string) bool {
	gap, ok := cueGap(q, body)
	if !ok || len(gap) > 12 || strings.Contains(gap, ":") {
		return false
	}
	w := strings.Trim(gap, " \"“”'‘’`")
	return w == "" || w == "that"
}

// cueVerb is a claim's cue's first word in lower case: its verb ("said" of
// "said in a statement").
func cueVerb(q *claims.Quote) string {
	first, _, _ := strings.Cut(strings.ToLower(q.Cue), " ")
	return first
}

// seeming reports a verb of sound at token c that links its subject to
// how it seems, an adjective or "like" after it, rather than says
// anything: '"..." sounds great in Youngstown', "it sounded like a
// threat"; not "sounded the alarm", "sounded a warning".
func seeming(toks []token, c int) bool {
	if !strings.HasPrefix(toks[c].low, "sound") || c+1 >= len(toks) {
		return false
	}
	n := toks[c+1]
	return n.isWord() && !n.isCap() && !n.is(fDeterminer|fPronoun|fPreposition|fObject) && n.low != "off" || n.low == "like"
}
