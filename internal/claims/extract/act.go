package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// The act a claim reports decides whether the site lists it. A reader can
// check what someone said or wrote, and what a poll or a report found; a
// belief, wish, plan or perception ("X thinks", "X wants", "X saw") is a
// state of mind no one can check, so it is stored but not shown. PolNeAR
// annotates all of them as attributions; news sites and the Gender Gap
// Tracker list only speech.

// statementWords are the cues of speech and writing, in their base forms
// (inflections follow from forms): verbs of saying, of speech acts that
// commit the speaker (promise, deny, accuse, urge), and the nouns of
// speech that cue topics ("criticism of", "comments about").
var statementWords = forms(`
say tell add note write post argue warn insist claim state declare explain announce assert continue
recall remark reply respond answer ask acknowledge admit suggest report tweet retweet predict promise vow
pledge complain concede contend confirm deny urge stress emphasize emphasise observe quip joke boast
charge allege testify shout yell read reiterate conclude recount comment chant sing whisper scream
maintain proclaim confess reason opine brag counter retort muse venture text exclaim marvel gush
implore exhort aver rue dispute posit caution call describe praise dub term label brand criticize
criticise blast slam attack hail denounce condemn decry characterize characterise sigh laugh snap bark
crack chime mutter grumble fume scoff accuse blame mock thank propose recommend advise request demand
threaten lament wonder echo remind mention cite quote email message speak talk discuss address raise
question challenge defend dismiss reject welcome applaud credit liken compare portray refer point
express voice tout declare disclose reveal signal indicate hint imply underscore highlight clarify interject
apologize apologise plead order rule issue release publish sign file submit endorse
back nominate rail lash knock assail deride bemoan deplore urge invite inform notify assure reassure
advocate recount relate narrate predict forecast estimate
comment comments remark remarks statement statements criticism attack attacks warning warnings
assertion assertions suggestion accusation accusations allegation allegations testimony announcement
denial insistence argument arguments complaint complaints question questions response reply message
tweet tweets speech remarks interview claim claims call calls promise promises pledge pledges words
according : — out as that clear
`)

// findingWords are how a document reports its finding: "a poll found",
// "the report shows". A person who finds or sees something perceives it.
var findingWords = forms(`find show indicate suggest conclude reveal estimate project measure rank
count document demonstrate confirm list put outline detail record
`)

// findForms are the forms of "find", the one verb of finding whose object
// a group of people reports as a body does ("The researchers found");
// people who show or indicate something let it be seen ("his supporters
// showing no signs").
var findForms = forms(`find`)

// mindWords are cues of a belief, wish, plan or perception.
var mindWords = forms(`think believe feel want wish hope fear worry expect plan intend seek decide know
see look seem appear consider view prefer suspect reckon doubt imagine realize realise learn remember
understand recognize recognise agree aim try eager confident willing determined aware concerned
sure skeptical sceptical proud hopeful care favor favour like love hate enjoy mean envision weigh
`)

// forms gives the base forms of verbs and nouns with their inflections:
// say, says, saying, and the past of regular verbs (irregular ones are
// listed with pastForms).
func forms(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
		switch {
		case strings.HasSuffix(w, "e"):
			m[w+"s"], m[w+"d"], m[w[:len(w)-1]+"ing"] = true, true, true
		case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
			m[w[:len(w)-1]+"ies"], m[w[:len(w)-1]+"ied"], m[w+"ing"] = true, true, true
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
			m[w+"es"], m[w+"ed"], m[w+"ing"] = true, true, true
		default:
			m[w+"s"], m[w+"ed"], m[w+"ing"] = true, true, true
		}
	}
	for past, base := range irregularPast {
		if m[base] {
			m[past] = true
		}
	}
	return m
}

// irregularPast are the irregular pasts of the verbs the act lists hold.
var irregularPast = map[string]string{"said": "say", "told": "tell", "wrote": "write", "written": "write",
	"spoke": "speak", "spoken": "speak", "thought": "think", "felt": "feel", "knew": "know", "known": "know",
	"saw": "see", "seen": "see", "sought": "seek", "found": "find", "shown": "show", "meant": "mean",
	"read": "read", "sang": "sing", "sung": "sing", "put": "put", "understood": "understand", "led": "lead",
	"learnt": "learn", "dreamt": "dream", "forecast": "forecast", "stated": "state", "planned": "plan",
	"snapped": "snap", "chatted": "chat", "admitted": "admit", "committed": "commit", "referred": "refer",
	"preferred": "prefer", "regretted": "regret", "plotted": "plot", "quipped": "quip", "bragged": "brag",
	"slammed": "slam", "knocked": "knock", "mocked": "mock", "labelled": "label", "labeled": "label",
	"dubbed": "dub", "voiced": "voice", "teased": "tease"}

// actOf is what kind of act a claim reports, from its cue: a direct
// quote is speech whatever word introduces it, unless that word says it
// was thought ('"...," he thought'); a document's "found" is a finding and
// a person's a perception.
func actOf(q *claims.Quote) claims.Act {
	cue := strings.ToLower(q.Cue)
	first, _, _ := strings.Cut(cue, " ")
	if first == "in" && strings.Contains(cue, " words") {
		first = "words" // "in her words", "in the words of"
	}
	switch {
	case mindWords[first]:
		return claims.Thought
	case q.Kind == claims.Direct, cue == "", cue == "reportedly", strings.HasSuffix(cue, " back"): // "shot back that"
		return claims.Said
	case findingWords[first] && !statementWords[first]:
		if q.Speaker.Kind == claims.Organisation || document(q.Speaker.Text) || q.Speaker.Kind == claims.Group && findForms[first] {
			return claims.Found // "a poll found", "the report shows", "The researchers found"; not "his supporters showing no signs"
		}
		return claims.Thought // "she found herself in tears": a perception
	case statementWords[first]:
		if findingWords[first] && (document(q.Speaker.Text) || first != "confirm" && first != "confirms" && first != "confirmed" && first != "confirming" &&
			q.Speaker.Kind == claims.Organisation) {
			return claims.Found // "the study suggests", "the CBO estimates"; but "the company confirmed he was a passenger" says so, and "Aides suggested" as people do
		}
		if q.Kind == claims.Indirect && denyForms[first] && withheld(q.Text) {
			return claims.Stance // "Democrats denied Republicans the votes": a thing withheld, nothing denied as untrue
		}
		if q.Kind == claims.Indirect && (first != "say" && first != "says" && first != "said" && questionOpeners[firstWord(q.Text)] || infinitiveQuestion(q.Text)) {
			return claims.Stance // "explained why ...", "questioned whether ...", "revealed who ...", "met to discuss how to escalate": a question named, nothing stated
		}
		if q.Kind != claims.Direct && (topicCue(cue) && (!clauseOpeners[firstWord(q.Text)] || asksAbout(firstWord(q.Text))) || referent(q.Text) || strings.HasPrefix(strings.ToLower(q.Text), "not to be ") ||
			namedThing(q.Text) || (first == "read" || first == "reads") && reader(q.Speaker) || referredTo(first, q.Text)) {
			return claims.Stance // "comments on the election", "spoke out about abuses", "pointed to reports": a topic named
		}
		if q.Kind != claims.Direct && !clause(q.Text, !sayingWords[first]) && !(namingWords[first] && (characterized(q.Text) || quotedWhole(q))) &&
			(q.Kind == claims.Indirect && !sayingWords[first] || fewWords(q.Text, 3) || !commitments[first] && !figure(q.Text)) {
			// A thing named, not a statement, whatever the verb: "denied
			// Mr. Hemming's request", "warned the dire consequences of a
			// hard Brexit", "announcing \"Super Mario Run\"". A promise
			// of a thing ("promised a thousand more beds") and a figure
			// reported ("reported 8,640 homeless residents") are claims.
			return claims.Stance
		}
		return claims.Said
	}
	return claims.Thought
}

// denyForms are the forms of "deny", which also means to withhold.
var denyForms = forms(`deny`)

// withheld reports the words after "deny" that name whom something was
// withheld from and what: a name or an object pronoun, then a determiner
// ("Republicans the votes", "him a fair hearing"), or the thing and "to"
// ("bail to a man").
func withheld(text string) bool {
	words := strings.Fields(text)
	if len(words) > 2 && words[1] == "to" && !startsUpper(words[0]) && !determiners[words[0]] && !objectPronouns[words[0]] {
		return true // "denied bail to a man charged with murder", "denied access to the site": a thing withheld from someone
	}
	i := 0
	if len(words) > 0 && objectPronouns[strings.ToLower(words[0])] {
		i = 1
	} else {
		for i < len(words) && i < 4 && startsUpper(words[i]) && !determiners[strings.ToLower(words[i])] {
			i++ // the name's words: "Governor Hale"
		}
	}
	return i > 0 && i < len(words) && determiners[strings.ToLower(words[i])]
}

// document reports a speaker named by a document, whoever issued it:
// "Polls", "exit polls", "The most recent polling", "a study by Harvard":
// a document's word before any preposition.
func document(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if prepositions[w] {
			break
		}
		if documents[w] {
			return true
		}
	}
	return false
}

// fewWords reports text of at most n words, counted without allocating.
func fewWords(text string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(text); i++ {
		space := text[i] == ' ' || text[i] == '\n' || text[i] == '\t'
		if !space && !in {
			if words++; words > n {
				return false
			}
		}
		in = !space
	}
	return true
}

// sayingWords report what was said, whatever its form: "said the talks
// failed", "told reporters the talks failed".
var sayingWords = forms(`say tell add write note claim state declare explain announce assert argue insist
warn suggest report predict promise vow pledge confirm acknowledge admit estimate conclude according : —`)

// topicCue reports a cue that names a topic: a word of speech and the
// preposition after it ("comments on", "questions about", "out about").
// What follows is a noun phrase, whatever verbs it runs into.
func topicCue(cue string) bool {
	i := strings.LastIndexByte(cue, ' ')
	return i > 0 && isTopicLink(cue[i+1:])
}

// firstWord is text's first word in lower case.
func firstWord(text string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(text, " \"'“‘"), " ")
	return strings.ToLower(w)
}

// asksAbout reports the first word of a question that a topic cue names
// ("spoke about how the city would pay", "questions about whether he met
// the standard"): what was talked about, not what was said of it.
func asksAbout(w string) bool {
	return questionOpeners[w] || w == "how"
}

// questionOpeners open an indirect question, whose answer the claim does
// not give ("when" and "which" open clauses of time and relative ones too,
// and "how" as often tells what happened: "recalled how he slept three
// hours a night", "underscored how important it was").
var questionOpeners = set(`why whether what who where`)

// infinitiveQuestion reports words that open with a question word and
// "to": "how to escalate their efforts", "whether to run", which ask and
// state nothing, whatever the verb before them.
func infinitiveQuestion(text string) bool {
	w, rest, _ := strings.Cut(text, " ")
	return strings.HasPrefix(rest, "to ") && asksAbout(strings.ToLower(w))
}

// namingWords are cues that characterise: "called the deal a mistake".
var namingWords = forms(`call dub term label brand`)

// characterized reports the object and predicate of a characterisation,
// which says what something is as a clause does: a quoted predicate ("it
// a \"swampy mess\"") or an indefinite one after the object ("it a rookie
// mistake", "the notion of global warming a hoax"), not one a
// preposition governs ("the distance between a pickup and the sign") nor
// no predicate at all ("her to resign").
func characterized(text string) bool {
	words := strings.Fields(text)
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if strings.ContainsAny(words[i], "\"“") || (w == "a" || w == "an") && !prepositions[strings.ToLower(words[i-1])] {
			return true
		}
	}
	return false
}

// quotedWhole reports a fragment that is a naming verb's quoted predicate
// alone, a phrase of four words or more: 'called her "a tireless
// advocate for the oceans"' is what was said of her; a word or three
// ("weak", "a total stiff") is a label.
func quotedWhole(q *claims.Quote) bool {
	return q.Kind == claims.Fragment && !strings.ContainsAny(q.Text, "\"“”‘") && !strings.Contains(q.Text, "''") && !fewWords(q.Text, 3)
}

// commitments are the cues of a promise, which a thing can be the whole
// of: "promised a thousand more beds".
var commitments = forms(`promise pledge vow threaten guarantee`)

// figure reports text that is a number of something, a figure someone
// reported, which can be checked even when no verb states it: "8,640
// homeless residents", "an estimated 1,100 trucks", "more than 200
// cases"; not a thing that holds a number ("Justino 51 seconds into the
// first round").
func figure(text string) bool {
	words := strings.Fields(text)
	for len(words) > 1 && figureOpeners[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return len(words) > 0 && strings.ContainsAny(words[0], "0123456789")
}

// figureOpeners stand before a number: "about 40", "an estimated 1,100",
// "more than 200", "up to $5".
var figureOpeners = set(`a an the about around nearly almost roughly some over under more less fewer than up to at least
only just estimated approximately`)

// hypothetical reports a cue at cue whose verb a modal of possibility
// puts in doubt: "few would argue", "one could say", "critics might
// claim". No one has said what follows, so it is no statement to check.
// A modal with a word between keeps the report ("he would later say"),
// and so does a person's "would", which tells of what they used to say
// ("He would warn voters not to ..."), and the first person's modal,
// which hedges what it says: "I would suggest two changes", "I should say
// that my father ...".
func hypothetical(q *claims.Quote, body string) bool {
	before := strings.TrimRight(body[:q.CueSpan.Start], " ")
	if len(before) == q.CueSpan.Start || firstPerson(q.Speaker.Text) {
		return false
	}
	if strings.EqualFold(q.Speaker.Text, "you") {
		for _, w := range finalWords(before, 3) {
			if modals[strings.ToLower(w)] {
				return true // "You can also suggest that ...": anyone might, no one did
			}
		}
	}
	switch body[strings.LastIndexAny(before, " \n\t(\"“,;")+1 : len(before)] { // as written: "May said" is no modal
	case "could", "might", "may", "should":
		return true
	case "would":
		return q.Speaker.Kind != claims.Person
	}
	return false
}

// modals are the verbs of what may be, not what is.
var modals = set(`can could may might should would will must`)

// referent reports text that names what a cue points at rather than what
// was said: "to" and a noun phrase ("referred to her \"sex tape\"",
// "pointed to reports that ...", "wrote to Mrs. Clinton about"), where
// "to" and a verb is a promise's or a request's ("vowed to punish",
// "urged police to investigate"), "to" and a gerund an admission's
// ("admitted to taking"), and "to X as \"...\"" a characterisation. Only
// the words that open a noun phrase and no verb count, as the verb list
// does not hold every rare verb ("vowed to deport").
func referent(text string) bool {
	if !strings.HasPrefix(text, "to ") {
		return false // most claims: no words split
	}
	words := leadWords(text, 3)
	if len(words) < 3 {
		return false
	}
	w := strings.Trim(words[1], "\"“”‘’'.,")
	low := strings.ToLower(w)
	if w == "" || names.Verb(low)&names.BaseVerb != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	noun := determiners[low] || possessivePronouns[low] != 0 || objectPronouns[low] || unicode.IsUpper(r) || unicode.IsDigit(r) ||
		strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") // not a base form, so a plural: "to reports"
	if !noun {
		return false
	}
	if after := strings.Index(text, words[1]) + len(words[1]); strings.Contains(text[after:], " as ") { // "as" past the noun phrase's first word
		return !characterized(text) // "referred to Rubio as \"a bright ...\""
	}
	return true
}

// referredTo reports what "refer" points at, whatever words follow, unless
// it says what as: "Inland Empire refers to those communities east of
// Los Angeles", "referred further queries to the campaign"; not "referred
// to Rubio as \"a bright, charismatic leader\"".
func referredTo(cue, text string) bool {
	return (cue == "refer" || cue == "refers" || cue == "referred") && !strings.Contains(" "+text+" ", " as ")
}

// namedThing reports text that is a thing and what someone calls it, not a
// statement: "what he calls \"fake news\"", "what she described as a
// hoax".
func namedThing(text string) bool {
	if len(text) < 5 || !strings.EqualFold(text[:5], "what ") {
		return false
	}
	words := leadWords(strings.ToLower(text[:min(len(text), 60)]), 4)
	return len(words) > 3 && (namingWords[words[2]] || words[2] == "describes" || words[2] == "described")
}

// reader reports a speaker who is a person, for whom "read" is reading, not
// what a sign, a message or a headline says: "She read the tarot", not
// "One message read".
func reader(s claims.Mention) bool {
	if s.Kind == claims.Person {
		return true
	}
	words := strings.Fields(strings.ToLower(s.Text))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return pronouns[last] != 0 && last != "it" || names.PersonNoun(last) || personRoles[last]
}
