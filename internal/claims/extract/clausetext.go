package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims/names"
)

// Whether a claim's words hold a clause: a verb after its subject, read from
// WordNet's verb forms and the words around it ("said the laws favour the
// owner" is a statement, "denied the request" a thing named).

// clauseOpeners and auxiliaries make words a statement: a clause that can
// be true or false, not a thing named ("the substance of the story").
var clauseOpeners = set(`that whether if how why what to`)

// clause reports words that hold a clause: they open with "that", "to" or
// a question word, or hold an auxiliary, a verb's past, a verb after its
// subject (finiteVerb) or an accusation's gerund ("of lying"). After a
// verb that also takes a thing as its object ("conceded defeat", "cited
// the cost"), the verbs after a subordinator are a clause's of its own, no
// sign of a statement ("defeat early Wednesday after a recount confirmed
// the result").
func clause(text string, object bool) bool {
	var buf [16]string
	words := buf[:0]     // in lower case, as far as read: most claims show a clause in their first words
	relative := false    // whether a relative word has come after the first
	setOff := false      // whether a comma opened the relative clause, which one closes
	subordinate := false // whether a subordinator has: "after", "because"
	for rest := text; ; {
		start := strings.IndexFunc(rest, clauseLetter)
		if start < 0 {
			return false
		}
		comma := strings.IndexByte(rest[:start], ',') >= 0
		if relative && setOff && comma {
			relative, setOff = false, false // "its members, who include custodians, earn": the clause goes on
		}
		joined := len(words) > 0 && rest[:start] == "-"            // "toddler-aged", "long-awaited": a compound's end, no verb
		counted := strings.ContainsAny(rest[:start], "0123456789") // "a crowd of 6,500 filled": a count ends the subject; not "since 1984 based on"
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
		if i == 0 && (clauseOpeners[w] && (w != "to" || toVerb(rest)) || gerund(w)) || auxiliaries[w] || beForms[w] && w != "being" && w != "been" { // not "from being confirmed"
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
		if next, _ := nextWord(rest); object && i > 0 && strings.EqualFold(next, "by") && pastParticiple(w) {
			relative = true // "a lawsuit brought by residents who sought ...": a participle that names the thing, no verb of a clause
			continue
		}
		if i > 0 && !joined && !subordinate && (strings.HasSuffix(w, "ed") && (counted && words[i-1] == "of" || !determiners[words[i-1]] && !passiveAux[words[i-1]] && !prepositions[words[i-1]]) || !relative && finiteVerb(words, i, rest) ||
			words[i-1] == "of" && strings.HasSuffix(w, "ing")) {
			return true
		}
		// The verbs after a relative word are a phrase's ("a program that
		// encourages schools"), and after a subordinator a clause's of its
		// own ("defeat early Wednesday after a recount confirmed ...")
		if !relative && i > 0 && relatives[w] {
			relative, setOff = true, comma && (w == "who" || w == "which" || w == "whose" || w == "whom")
		}
		if object && i > 0 && subordinators[w] && !subordinate {
			// "as" before a gerund is a preposition: "praised the call as
			// having gone very well" says what the call was
			next, _ := nextWord(rest)
			subordinate = w != "as" || !gerund(strings.ToLower(next))
		}
	}
}

// toVerb reports whether the words after "to" hold a verb, as an
// infinitive's do ("promised to cut taxes", "to quickly pass"), a gerund's
// ("admitted to victimizing") or a predicate's ("referred to the governor
// as 'Chris'"): "conceded to incumbent Rep. Susan Whitfield" and "points to
// structural inequities" name to whom and what, no clause.
func toVerb(rest string) bool {
	next, _ := nextWord(rest)
	low := strings.ToLower(next)
	return names.Verb(low)&names.BaseVerb != 0 || gerund(low) || strings.HasSuffix(low, "ly") ||
		low == "not" || low == "never" || strings.Contains(rest, " as ")
}

// subjunctive reports words that hold a clause whose verb is its bare
// form, as after "recommended that", "demanded that": a subject, then the
// verb and its object or particle ("the board hire an independent
// monitor", "Ventas spin off a division"); not "the philosophical
// distance between".
func subjunctive(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	for i := 1; i+1 < len(words); i++ {
		prev, w, next := words[i-1], words[i], words[i+1]
		if determiners[prev] || prepositions[prev] || prev == "to" || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
			continue
		}
		if names.Verb(w)&(names.BaseVerb|names.FiniteVerb) == names.BaseVerb && (determiners[next] || objectPronouns[next] || verbParticles[next]) {
			return true
		}
	}
	return false
}

// pastParticiple reports a verb's past participle, regular or not: "filed",
// "taken", "brought"; not "war" of "This Kind of War by" nor "sells".
func pastParticiple(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	v := names.Verb(w)
	return v != 0 && strings.HasSuffix(w, "en") || v&(names.FiniteVerb|names.BaseVerb) == names.FiniteVerb && !strings.HasSuffix(w, "s")
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
// before an object that opens with a determiner or is a pronoun (the
// text after the word, rest, opening with one: objectAhead) any other past ("his team let one slip", "the team blew the lead"), where
// a noun would not stand ("a presidential bid of", "high cost due").
func finiteVerb(words []string, i int, rest string) bool {
	j := i - 1
	for j > 0 && (clauseAdverbs[words[j]] || strings.HasSuffix(words[j], "ly")) {
		j--
	}
	prev, w := words[j], words[i]
	if j > 0 && words[j-1] == "to" && names.Verb(prev)&names.BaseVerb != 0 {
		return false // "a plan to elect judges": the infinitive's object, no verb
	}
	// "the two knew each other", "Some believe": a count or a quantifier
	// that stands for its noun is the subject, not a determiner; a plural
	// after it is its noun ("the two sides")
	standing := standsAlone[prev] && (j == 0 || words[j-1] == "the") && !strings.HasSuffix(w, "s")
	if determiners[prev] && !standing || prepositions[prev] || degreeWords[prev] || coordinators[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
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
	}
	object := objectAhead(rest) // read only now: most words are no verb
	switch {
	case j < i-1 && !determiners[prev] && object && strings.HasSuffix(words[i-1], "ly"):
		return true // "the board frequently lobbies its members": an adverb stands before a verb, not a noun
	case v&names.FiniteVerb != 0:
		return true
	case unchangedPasts[w] && (object || particleAhead(rest) || figureAhead(rest)):
		return true // "his team let one slip away", "Haddad set out alone", "Lytton hit 41.2 C": a past with no ending of its own, and an object, a particle or a figure after it
	case v&names.BaseVerb != 0:
		// "the laws around renovating a unit favour the owner", "people in
		// shock often sound calm": an object or an adverb of how often
		// makes it a verb
		return plural(prev) || (object || j == i-2 && frequencyAdverbs[words[i-1]]) && pluralBeforePhrase(words, j)
	case !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "n") && object:
		return true // "his team blew the lead": an irregular past of a verb used mostly as a noun
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(prev, "s") && (object || figureAhead(rest) || comparativeAhead(rest)) && names.Verb(strings.TrimSuffix(w, "s"))&names.BaseVerb != 0:
		// "the plan costs $11 billion", "congestion costs the province",
		// "warmer water fuels stronger storms": a verb of a singular
		// subject, with its object
		return true
	}
	return false
}

// objectAhead reports text that opens with a determiner, a quantifier or
// an object pronoun: what may follow a verb, not a noun.
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
	return determiners[w] || objectPronouns[w] || quantifiers[w] // "lasts all day"
}

// particleAhead reports text that opens with the particle of a phrasal
// verb: "out" of "set out alone".
func particleAhead(text string) bool {
	next, _ := nextWord(text)
	return verbParticles[strings.ToLower(next)]
}

// figureAhead reports text that opens with a figure: "$11 billion", "40%".
func figureAhead(text string) bool {
	text = strings.TrimLeft(text, " ")
	r, n := utf8.DecodeRuneInString(text)
	return text != "" && (currencySigns[text[:n]] || r >= '0' && r <= '9')
}

// comparativeAhead reports text that opens with a comparative before the
// noun it modifies, which opens a noun phrase and never ends one:
// "stronger storms", "more money", "heavier rainfall"; not "values more."
// nor "more than".
func comparativeAhead(text string) bool {
	w, at := nextWord(text)
	w = strings.ToLower(w)
	rest := strings.TrimLeft(text[at:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) || strings.HasPrefix(rest, "than ") {
		return false
	}
	if comparatives[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "er")
	if !ok || len(stem) < 3 || prepositions[w] {
		return false
	}
	n := len(stem)
	return names.IsWord(stem) || names.IsWord(stem+"e") || stem[n-1] == stem[n-2] && names.IsWord(stem[:n-1]) ||
		stem[n-1] == 'i' && names.IsWord(stem[:n-1]+"y")
}

// comparatives are the comparatives with no "-er" of a word's own.
var comparatives = set(`more less fewer better worse`)

// currencySigns open a sum of money: "$11 billion", "£2.5bn".
var currencySigns = set(`$ £ € ¥`)

// frequencyAdverbs say how often, before a verb: "often sound".
var frequencyAdverbs = set(`often usually always never sometimes rarely seldom generally typically frequently regularly`)

// unchangedPasts are the verbs whose past is their base form, which
// WordNet's list of irregular forms therefore leaves out.
var unchangedPasts = set(`let hit cut put set quit shut beat cast cost hurt spread split bet bid burst rid shed
slit thrust upset fit broadcast forecast offset bust wed`)

// coordinators join a verb to the one before, which has the subject:
// "writes about style and answers reader questions" holds no clause.
var coordinators = set(`and or nor but`)

// degreeWords stand before a noun or an adjective, never a verb: "the
// most left-leaning".
var degreeWords = set(`most more less least many much few all both such very`)

// plural reports a plural noun, an ordinary word's plural by the
// dictionary or a nation's people: "obstacles", "cycles", "people",
// "Canadians", not "serious".
func plural(w string) bool {
	if pluralNouns[w] {
		return true // "people", "men": no s
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w == "news" { // "the news of the Nice attack": one thing
		return false
	}
	return names.IsWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && names.IsWord(w[:len(w)-2]) ||
		strings.HasSuffix(w, "ies") && names.IsWord(w[:len(w)-3]+"y") || names.Demonym(w[:len(w)-1])
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

// standsAlone are the determiners that may stand for a noun they would
// count: "the two", "some", "the other".
var standsAlone = set(`one two three four five several some many other others`)

// leadWords are text's first n words, at most, split by spaces.
func leadWords(text string, n int) []string {
	var words []string
	for len(words) < n {
		text = strings.TrimLeft(text, " \n\t")
		if text == "" {
			break
		}
		w, rest, _ := strings.Cut(text, " ")
		words, text = append(words, w), rest
	}
	return words
}

// finalWords is the last n words of text, or fewer, split where
// strings.Fields splits, read from the end: text is all of an article
// before a cue, and splitting the whole of it for every claim made a long
// article quadratic.
func finalWords(text string, n int) []string {
	words := make([]string, 0, n)
	for len(words) < n {
		if text = strings.TrimRightFunc(text, unicode.IsSpace); text == "" {
			break
		}
		i := strings.LastIndexFunc(text, unicode.IsSpace)
		if i >= 0 {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		} else {
			i = 0
		}
		words = append(words, text[i:])
		text = text[:i]
	}
	slices.Reverse(words)
	return words
}
