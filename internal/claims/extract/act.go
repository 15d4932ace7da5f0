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
express voice tout declare disclose reveal signal hint imply underscore highlight clarify interject
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
	case q.Kind == claims.Direct, cue == "", cue == "reportedly":
		return claims.Said
	case findingWords[first] && !statementWords[first]:
		if q.Speaker.Kind == claims.Organisation || q.Speaker.Kind == claims.Group || document(q.Speaker.Text) {
			return claims.Found // "a poll found", "the report shows"
		}
		return claims.Thought // "she found herself in tears": a perception
	case statementWords[first]:
		if findingWords[first] && (q.Speaker.Kind == claims.Organisation || q.Speaker.Kind == claims.Group || document(q.Speaker.Text)) {
			return claims.Found // "the study suggests"
		}
		if q.Kind != claims.Direct && (topicCue(cue) && !clauseOpeners[firstWord(q.Text)] || referent(q.Text) || strings.HasPrefix(strings.ToLower(q.Text), "not to be ") ||
			namedThing(q.Text) || (first == "read" || first == "reads") && reader(q.Speaker)) {
			return claims.Stance // "comments on the election", "spoke out about abuses", "pointed to reports": a topic named
		}
		if q.Kind != claims.Direct && !clause(q.Text) && !(namingWords[first] && characterized(q.Text)) &&
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

// clauseOpeners and auxiliaries make words a statement: a clause that can
// be true or false, not a thing named ("the substance of the story").
var clauseOpeners = set(`that whether if how why what to`)

// clause reports words that hold a clause: they open with "that", "to" or
// a question word, or hold an auxiliary, a verb's past, a verb after its
// subject (finiteVerb) or an accusation's gerund ("of lying").
func clause(text string) bool {
	var words []string // in lower case, as far as read: most claims show a clause in their first words
	relative := false  // whether a relative word has come after the first
	for rest := text; ; {
		start := strings.IndexFunc(rest, clauseLetter)
		if start < 0 {
			return false
		}
		joined := len(words) > 0 && rest[:start] == "-" // "toddler-aged", "long-awaited": a compound's end, no verb
		rest = rest[start:]
		end := strings.IndexFunc(rest, func(r rune) bool { return !clauseLetter(r) })
		if end < 0 {
			end = len(rest)
		}
		w := strings.ToLower(rest[:end])
		rest = rest[end:]
		i := len(words)
		words = append(words, w)
		w = strings.ReplaceAll(w, "’", "'")
		if i == 0 && (clauseOpeners[w] || gerund(w)) || auxiliaries[w] || beForms[w] && w != "being" && w != "been" { // not "from being confirmed"
			return true
		}
		for _, end := range []string{"n't", "'re", "'ve", "'ll", "'d"} {
			if strings.HasSuffix(w, end) {
				return true
			}
		}
		if b, ok := strings.CutSuffix(w, "'s"); ok && (pronouns[b] != 0 || b == "that" || b == "there" || b == "what" || b == "who") {
			return true // "it's", not "Hemming's"
		}
		if i > 0 && !joined && (strings.HasSuffix(w, "ed") && !determiners[words[i-1]] && !passiveAux[words[i-1]] || !relative && finiteVerb(words, i, objectAhead(rest)) ||
			words[i-1] == "of" && strings.HasSuffix(w, "ing")) {
			return true
		}
		relative = relative || i > 0 && relatives[w] // the verbs after it are a phrase's: "a program that encourages schools"
	}
}

// gerund reports a verb's -ing form, which opens a clause after a verb of
// saying: "reported spending $1.1 million", "denied taking the money"
// ("nothing", "morning" are no verb's).
func gerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 || ingPrepositions[w] {
		return false
	}
	candidates := []string{stem, stem + "e"}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		candidates = append(candidates, stem[:n-1]) // "getting"
	}
	if y, ok := strings.CutSuffix(stem, "y"); ok {
		candidates = append(candidates, y+"ie") // "lying"
	}
	for _, c := range candidates {
		if names.Verb(c)&names.BaseVerb != 0 {
			return true
		}
	}
	return false
}

// ingPrepositions have a verb's -ing form and a preposition's use:
// "said regarding the election".
var ingPrepositions = set(`concerning regarding including excluding following considering involving pending barring`)

// clauseLetter is a letter of the words clause reads: ASCII letters and
// apostrophes.
func clauseLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’'
}

// finiteVerb reports words[i] as the verb of a clause, by what WordNet
// says of it and the word before (an adverb between passed over: "no
// longer view"): any verb after a subject pronoun ("he sees"), a base form
// after a plural ("obstacles remain", "people get"), and after any other
// word but a determiner, preposition or possessive a present or irregular
// past of a word used mostly as a verb ("Solimo sells", "the council held";
// British spellings as WordNet's American ones: "the laws favour"), and
// before an object that opens with a determiner or is a pronoun (object)
// any other past ("his team let one slip", "the team blew the lead"), where
// a noun would not stand ("a presidential bid of", "high cost due").
func finiteVerb(words []string, i int, object bool) bool {
	j := i - 1
	for j > 0 && (clauseAdverbs[words[j]] || strings.HasSuffix(words[j], "ly")) {
		j--
	}
	prev, w := words[j], words[i]
	if determiners[prev] || prepositions[prev] || degreeWords[prev] || coordinators[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
		determiners[w] || prepositions[w] {
		return false
	}
	v := names.Verb(w)
	if v == 0 {
		v = names.Verb(americanVerb(w))
	}
	switch {
	case v == 0:
		return false
	case subjectPronouns[prev] || prev == "it" || prev == "you" || prev == "who":
		return true
	case j < i-1 && !determiners[prev] && object && strings.HasSuffix(words[i-1], "ly"):
		return true // "the board frequently lobbies its members": an adverb stands before a verb, not a noun
	case v&names.FiniteVerb != 0:
		return true
	case unchangedPasts[w] && object:
		return true // "his team let one slip away": a past with no ending of its own, and an object after it
	case v&names.BaseVerb != 0:
		return plural(prev) || object && pluralBeforePhrase(words, j) // "the laws around renovating a unit favour the owner"
	case !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "n") && object:
		return true // "his team blew the lead": an irregular past of a verb used mostly as a noun
	}
	return false
}

// objectAhead reports text that opens with a determiner or an object
// pronoun: what may follow a verb, not a noun.
func objectAhead(text string) bool {
	start := strings.IndexFunc(text, clauseLetter)
	if start < 0 {
		return false
	}
	text = text[start:]
	end := strings.IndexFunc(text, func(r rune) bool { return !clauseLetter(r) })
	if end < 0 {
		end = len(text)
	}
	w := strings.ToLower(text[:end])
	return determiners[w] || objectPronouns[w]
}

// unchangedPasts are the verbs whose past is their base form, which
// WordNet's list of irregular forms therefore leaves out.
var unchangedPasts = set(`let hit cut put set quit shut beat cast cost hurt spread split bet bid burst rid shed
slit thrust upset`)

// coordinators join a verb to the one before, which has the subject:
// "writes about style and answers reader questions" holds no clause.
var coordinators = set(`and or nor but`)

// degreeWords stand before a noun or an adjective, never a verb: "the
// most left-leaning".
var degreeWords = set(`most more less least many much few all both such very`)

// plural reports a plural noun, an ordinary word's plural by the
// dictionary: "obstacles", "cycles", "people", not "serious".
func plural(w string) bool {
	if w == "people" {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return names.IsWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && names.IsWord(w[:len(w)-2]) ||
		strings.HasSuffix(w, "ies") && names.IsWord(w[:len(w)-3]+"y")
}

// relatives open a clause inside a noun phrase.
var relatives = set(`that which who whom whose where how`)

// clauseAdverbs stand between a subject and its verb: "shippers no longer
// view", "he also sees".
var clauseAdverbs = set(`also still never often always already just not no longer only even now then`)

// americanVerb spells a British verb form as WordNet does: "favour",
// "recognises". The americanSpelling map does this for the lexicon's
// words only; WordNet's verbs are many more, so the rule is applied here.
func americanVerb(w string) string {
	if i := strings.Index(w, "our"); i > 0 {
		return w[:i] + "or" + w[i+3:]
	}
	for _, end := range []string{"ise", "ises", "ised"} {
		if b, ok := strings.CutSuffix(w, end); ok && len(b) > 2 {
			return b + "iz" + end[2:]
		}
	}
	return w
}

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
	switch body[strings.LastIndexAny(before, " \n\t(\"“,;")+1 : len(before)] { // as written: "May said" is no modal
	case "could", "might", "may", "should":
		return true
	case "would":
		return q.Speaker.Kind != claims.Person
	}
	return false
}

// referent reports text that names what a cue points at rather than what
// was said: "to" and a noun phrase ("referred to her \"sex tape\"",
// "pointed to reports that ...", "wrote to Mrs. Clinton about"), where
// "to" and a verb is a promise's or a request's ("vowed to punish",
// "urged police to investigate"), "to" and a gerund an admission's
// ("admitted to taking"), and "to X as \"...\"" a characterisation. Only
// the words that open a noun phrase and no verb count, as the verb list
// does not hold every rare verb ("vowed to deport").
func referent(text string) bool {
	words := strings.Fields(text)
	if len(words) < 3 || words[0] != "to" {
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
	for _, w := range words[2:] {
		if w == "as" {
			return !characterized(text) // "referred to Rubio as \"a bright ...\""
		}
	}
	return true
}

// pluralBeforePhrase reports a plural noun before a prepositional phrase
// that ends at words[j]: "the laws around renovating a unit", whose verb
// agrees with "laws".
func pluralBeforePhrase(words []string, j int) bool {
	for k := j - 1; k > 0 && k >= j-5; k-- {
		if prepositions[words[k]] {
			return plural(words[k-1])
		}
		if determiners[words[k]] && k < j-1 || !strings.ContainsFunc(words[k], unicode.IsLetter) {
			continue
		}
	}
	return false
}

// passiveAux are the words before a participle that make it no clause's
// verb of its own: "from being confirmed", "having been told".
var passiveAux = set(`being been having`)

// namedThing reports text that is a thing and what someone calls it, not a
// statement: "what he calls \"fake news\"", "what she described as a
// hoax".
func namedThing(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	return len(words) > 3 && words[0] == "what" && (namingWords[words[2]] || words[2] == "describes" || words[2] == "described")
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
