package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims/names"
)

// What a name holds besides its words: a nickname in quotes, a surname's
// particle, a possessive, a hyphened modifier before it, the small words
// that join its words ("Bank of Canada"); and the given names that open
// no one name together.

// oppositeGiven reports given names of opposite sexes at toks[i] and
// toks[i+1], which open no one name: the first is a word of another use.
func oppositeGiven(toks []token, i int) bool {
	a, b := given(toks, i), given(toks, i+1)
	return (a == 'm' || a == 'f') && (b == 'm' || b == 'f') && a != b
}

// nickname reports a quote at toks[j] that is a nickname inside a person's
// name: one to three capitalised words after a given name, before a
// capitalised surname on the same line ("Joaquín \"El Chapo\" Guzmán",
// "John \"Tig\" Tiegen"). The name is the person's without it.
func nickname(p *para, toks []token, j int) bool {
	q := toks[j].q
	if !q.closed || q.words > 3 || j+1 == len(toks) || !toks[j+1].isCap() || toks[j+1].is(fStopCap) || given(toks, j-1) == 0 && !calledBefore(toks, j-1) ||
		toks[j+1].Start < toks[j].End || lineBreak(p.text[toks[j].End-p.Start:toks[j+1].Start-p.Start], false) {
		return false
	}
	words := p.text[q.Start-p.Start : q.End-p.Start]
	if strings.ContainsFunc(words, func(r rune) bool { return unicode.IsPunct(r) && r != '.' && r != '-' }) {
		return false // "Hillary ‘Defies Explanation,’ Needs": a headline's quote, no nickname
	}
	for _, w := range strings.Fields(words) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// calledBefore reports a capitalised word at token i that a noun for what
// a person does comes just before, as a given name no list holds may:
// "lead singer Riefian \"Ifan\" Fajarsyah".
func calledBefore(toks []token, i int) bool {
	return i > 0 && toks[i].isCap() && !toks[i].is(fOrg) && !toks[i-1].isCap() && (personHead(toks[i-1].low) || callingBefore(toks[i-1].low))
}

// joinedParticle reports a surname joined to its particle by a hyphen or
// an apostrophe: "al-Ansari", "el-Sayed", "d'Estaing".
func joinedParticle(w string) bool {
	i := strings.IndexAny(w, "-'’")
	if i <= 0 || !particles[w[:i]] {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:]) // the joining mark
	r, _ := utf8.DecodeRuneInString(w[i+n:])
	return unicode.IsUpper(r)
}

// compoundModifier reports a word joined by a hyphen to the participle or
// adjective that makes it describe a name after it: "GOP-led",
// "Democratic-leaning", "YIMBY-style", "Cadillac-driving", a trade's
// compound too ("Botox-maker").
func compoundModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	tail := w[i+1:]
	return len(tail) > 4 && (strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing")) || modifierTails[tail]
}

var modifierTails = set(`style like based backed born owned run made friendly free wide maker led`) // "Botox-maker Allergan"

// possessiveInName reports a possessive at token j of a name opening at
// token a (i with its "The") that is part of a body's name: the run of
// capitalised words after it holds a body's word, and the name
// follows "the" ("the Alzheimer's Association": no one writes "the Trump's
// Justice Department") or the possessive is a plural of a noun ("the
// Children's Hospital", "Women's Aid").
func possessiveInName(toks []token, i, a, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].isCap() {
		return false
	}
	w, _ := cutPossessive(toks[j].low)
	body := func(t token) bool { return t.is(fOrg) }
	if !slices.ContainsFunc(toks[j+1:capEnd(toks, j+1)], body) && !(regalTitles[w] && slices.ContainsFunc(toks[a:j], body)) {
		return false // but "the Court of King's Bench", whose body's word comes before
	}
	saint := j > 0 && (toks[j-1].low == "st" || regalTitles[toks[j-1].low] && toks[j-1].low != "pope")
	return a > i || i > 0 && toks[i-1].low == "the" || pluralNouns[w] || regalTitles[w] || saint // "King's College London", "St John's Hospital"
}

// saidVerbs are the verbs of saying that no noun is, so that a name that
// ends in 's before them is no possessive ("McDonald's said"; not "Trump's
// claim", "Obama's remarks").
var saidVerbs = set(`said says told tells announced added stated`)

// postModifiers say when or how a post is held: a role they open is a
// person's.
var postModifiers = set(`former acting then late deputy interim outgoing incoming ex`)

// titleParts open a title and need its head after them: "Opposition
// Leader", "Foreign Minister", "Prime Minister".
var titleParts = set(`opposition shadow foreign defense defence finance interior prime vice minority majority`)

// pluralNouns are the plurals without an s that name bodies' people.
var pluralNouns = set(`children women men people`)

// firstNation reports "First" opening "First Nation" or "First Nations",
// the name Canada gives its Indigenous peoples' bands: a name's own word,
// not the ordinal that opens no name ("First, the council voted").
func firstNation(toks []token, j int) bool {
	return toks[j].low == "first" && j+1 < len(toks) && (toks[j+1].text == "Nation" || toks[j+1].text == "Nations")
}

// slashJoined reports a slash at token j that joins two capitalised words
// with no space, making one name of them: "Bodø/Glimt", the "CNN/ORC"
// and "Washington Post/ABC News" of a poll two newsrooms ran; not before
// a name a number ends ("Des Moines Register/Channel 9"), which no name
// holds whole.
func slashJoined(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].text == "/" && toks[j-1].isCap() && toks[j+1].isCap() &&
		toks[j-1].End == toks[j].Start && toks[j+1].Start == toks[j].End && (j+2 == len(toks) || !number(toks[j+2].text))
}

// frenchOf is the end of a run of French words inside a body's name, from
// token j to the capitalised word the name goes on with: "de dépôt et
// placement du" of "Caisse de dépôt et placement du Québec"; 0 when
// toks[j:] holds no such run. English prose has no "du", "des" or "et",
// so one of them marks the run, which no cue and none of English's small
// words may break. After a French word for a body (toks[a]), the run may
// end the name, as French writes only a name's first word in capitals:
// "Fédération autonome de l'enseignement", "Confédération des syndicats
// nationaux".
func frenchOf(toks []token, a, j int) int {
	french, body := false, frenchBodies[toks[a].low]
	for k := j; k < len(toks) && k < j+7; k++ {
		t := toks[k]
		switch {
		case t.isCap():
			if french {
				return k
			}
			return 0
		case body && french && k > j && (!t.isWord() || t.is(fCue)):
			return k
		case !t.isWord() || t.is(fCue|fAux|fBe|fPronoun|fPreposition|fDeterminer) || t.low == "and" || t.low == "or":
			return 0
		case frenchSmall[t.low] || body && (t.low == "de" || t.low == "la" || strings.HasPrefix(t.low, "l'") || strings.HasPrefix(t.low, "l’")):
			french = true
		}
	}
	return 0
}

// frenchBodies are French words for a body that open its name.
var frenchBodies = set(`fédération federation confédération confederation centrale syndicat société societe regroupement conseil
commission ordre institut mouvement front alliance association coalition union collège college chambre
centre école ecole régie regie caisse office bureau agence ministère ministere hôpital hopital université universite
cégep cegep banque cour tribunal parti direction`)

// frenchSmall are French words for "of the" and "and", which no English
// sentence holds.
var frenchSmall = set(`du des et aux au`)

// inName reports whether token i, a word such as "of" or "the", joins the
// capitalised words of one name around it, from token from on: "University
// of the Fraser Valley", "Bank of Canada".
func inName(toks []token, i, from int) bool {
	if !nameJoiners[toks[i].low] || i == from || !toks[i-1].isCap() && !nameJoiners[toks[i-1].low] {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].isCap() {
			return true
		}
		if !nameJoiners[toks[j].low] {
			return false
		}
	}
	return false
}

// nameJoiners are the small words inside a name of several words.
var nameJoiners = set(`of the for and de du la`)

// longNameWord reports a small word that a long name holds besides the
// joiners, as a journal's or a body's does: "Frontiers in Ecology and
// Evolution", "Citizens for Responsibility and Ethics in Washington",
// "Procter & Gamble".
func longNameWord(t token) bool {
	return nameJoiners[t.low] || t.low == "in" || t.low == "on" || t.text == "&"
}

// modelNumber reports a model's number at token j: three digits or more,
// or a capital and digits ("747", "A320", "F-150"); no year, amount or
// score ("2024", "1,200", "6-4"), and no capitalised word after it, which
// would go on to another name.
func modelNumber(toks []token, j int) bool {
	if j >= len(toks) || j+1 < len(toks) && (toks[j+1].isCap() || toks[j+1].text == "%") {
		return false
	}
	w := toks[j].text
	lettered := len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z'
	if lettered {
		w = strings.TrimPrefix(w[1:], "-")
	}
	if len(w) < 2 || strings.Trim(w, "0123456789") != "" || !lettered && len(w) < 3 {
		return false
	}
	n, _ := strconv.Atoi(w)
	return lettered || len(w) != 4 || n < 1900 || n > 2100
}

// surnameSpeaks reports a word of grammar capitalised in mid-sentence that
// is the surname of someone the article names in full, before a verb of
// speech: "..., From said" after "Al From".
func surnameSpeaks(p *para, j int) bool {
	return j > 0 && !p.sentenceStart(j) && !p.toks[j].is(fTime) && !monthWords[p.toks[j].low] && p.surnames[p.toks[j].low] && j+1 < len(p.toks) && p.toks[j+1].is(fSpeech)
}

// middleInitial reports a name with an initial between its first and
// last words, as people's names have and bodies' do not: "Jock A.
// Finlayson", "Khin M. Win"; not "Bank of America N.A.".
func middleInitial(toks []token) bool {
	n := len(toks)
	if n < 3 || len(toks[0].text) < 3 || !toks[0].isWord() || !toks[n-1].isWord() || toks[n-1].is(fOrg) || names.IsPlace(toks[n-1].low) {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if len(t.text) == 2 && t.text[1] == '.' && t.text[0] >= 'A' && t.text[0] <= 'Z' {
			return true
		}
	}
	return false
}

// initialsOpen reports a name of two words that opens with two initials
// written without periods ("JD Vance", "RJ Barrett"), which would
// otherwise read as an acronym's body, when only a surname can follow.
func initialsOpen(toks []token, surnames map[string]bool) bool {
	return len(toks) == 2 && len(toks[0].text) == 2 && allCaps(toks[0].text) && onlySurname(toks[0], toks[1], surnames)
}

// onlySurname reports a word after first that can be nothing but a
// surname: no word of the dictionary the article does not use as a name
// ("BC Hydro", "CN Rail", "General Motors"), no place ("GM Korea"), no
// acronym, nor with first a company the lists hold.
func onlySurname(first, t token, surnames map[string]bool) bool {
	if !t.isWord() || len(t.text) < 3 {
		return false
	}
	w, _ := cutPossessive(t.low)
	return (!isCommonWord(w) && !names.IsWord(w) || surnames[w]) && !t.is(fOrg|fTime|fTitle) && !names.IsPlace(w) && !orgLooking(t.text) &&
		!names.IsFirm(first.text+" "+t.text)
}

// deliberative bodies are named for what they deliberate on: "Council on
// Foreign Relations", "National Institute on Drug Abuse".
var deliberative = set(`institute council committee subcommittee commission conference center centre board coalition alliance caucus forum panel`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

var particles = set(`de da di del della van von der den ten ter bin al le la du dos das el d abu ibn te`)

// pluralOwner reports an apostrophe at token j, right after a name that
// ends in s and before a word, that the tokens keep apart from the name:
// the name owns what follows ("Sanders’ younger years"), as "'s" tells
// of other names; not a quote's closing mark.
func pluralOwner(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && (toks[j].text == "'" || toks[j].text == "’") && toks[j].q == nil && toks[j].Start == toks[j-1].End &&
		strings.HasSuffix(toks[j-1].low, "s") && toks[j+1].isWord()
}
