package extract

import (
	"strings"

	"claimtrack/internal/claims"
)

type mentionKind int

const (
	byName     mentionKind = iota // Vladimir Putin, President Trump
	byPronoun                     // he, she, they
	byRelative                    // who
	byNominal                     // the Kremlin chief, a Ukrainian delegation, sources
)

// mention is a reference to a possible speaker in the reporter's own text.
type mention struct {
	claims.Span
	kind   mentionKind
	text   string // as written
	name   string // for names: the name without its title or role
	role   string // the title or role words before the name
	head   string // for nominals: the head noun, lower case
	gender byte   // 'm', 'f' or 0
	// disputed is set when gender is a given name's that some of the
	// lists' sources give the other way ("Lee"): the article may overrule it.
	disputed bool
	person   bool // known to be a person
	org      bool // an organisation or group
	business bool // a name the article describes as a business: "the oil giant Exxon Mobil", "Alphabet, the parent company"
	t0, t1   int  // token range in its paragraph
	p        *para
	ent      *entity  // the person or organisation a name refers to
	poss     bool     // a possessive: "Mr. Trump's appearance" names Trump but he is not speaking
	appos    *mention // for a role: the name set off after it ("the prime minister, Keir Starmer,")
	tried    bool     // for a pronoun: ent is what it stands for, worked out (pronounEntity)
	tag      bool     // a description in a quote's tag ('says the affable proprietor'): someone named just before, or no one
}

// mentionArena hands out an extraction's mentions from blocks that the
// next extraction reuses: they are many and small, and none outlives the
// call.
type mentionArena struct {
	blocks []*[64]mention
	n      int
}

// mention keeps m in the paragraph's arena, or on the heap when it has none.
func (p *para) mention(m mention) *mention {
	a := p.arena
	if a == nil {
		n := new(mention) // not &m, which would put every m on the heap
		*n = m
		return n
	}
	if a.n/64 == len(a.blocks) {
		a.blocks = append(a.blocks, new([64]mention))
	}
	slot := &a.blocks[a.n/64][a.n%64]
	*slot = m
	a.n++
	return slot
}

// stopCaps are capitalised words that begin sentences but never names.
var stopCaps = set(`the a an and but or nor so yet for in on at by from with without into onto
of off over under after before during since until while although though because if unless
as than that this these those it its his her their our my your we they he she i you
there here what which who whom whose why how where when whether not no yes all both each
every some many most much more few other another such even just only also still now then
however meanwhile moreover instead indeed perhaps maybe later earlier today yesterday
tomorrow last next first second third one two three four five six seven eight nine ten
despite among between through upon about against around toward towards across within
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december read click watch
according asked thanks please let lest`)

// acronymBodies are the body's words of orgWords that are acronyms, a
// body's only when written in capitals.
var acronymBodies = set(`ap cnn bbc nbc cbs abc msnbc npr pbs fbi cia nsa who un nato eu pac tv`)

// ownerOrgWord reports a possessive whose word makes a name a body's
// ("the Teamsters Union's"), an acronym's only in capitals: "Kim Jong
// Un's sister" is no UN's.
func ownerOrgWord(t token) bool {
	w, _ := cutPossessive(t.low)
	return orgWords[w] && (!acronymBodies[w] || len(w) <= len(t.text) && allCaps(t.text[:len(w)]))
}

// orgWords make a capitalised name an organisation rather than a person.
var orgWords = set(`news post times journal herald tribune telegraph guardian press digital
daily magazine network department ministry house party gop committee council congress senate
parliament kremlin vatican pentagon university college institute agency association commission
court bank fund foundation society group company corporation corp. inc. inc campaign administration district
government police service office organization organisation union board center centre
reuters ap cnn bbc nbc cbs abc msnbc fox npr pbs bloomberg politico axios breitbart
delegation army navy forces command club league federation confederation alliance coalition church
see embassy cabinet secretariat bureau authority commission fbi cia nsa who un nato eu
force forces guard corps panel subcommittee caucus forum institute school schools hospital airport station city county state municipality township international
museum library gallery zoo theatre theater arena stadium assembly legislature clinic pac
states province ministry tv radio channel twitter facebook instagram youtube google apple
microsoft amazon poll review street avenue square hall center centers
co. ltd ltd. llc plc observer gazette courier chronicle examiner inquirer dispatch bulletin
chamber chambers academy academies conservancy council councils trust hydro initiative institution institutions legion
health air airline airlines airways aviation cargo tribunal tribunals works team village
école ecole collège cégep cegep université universite hôpital hopital ministère ministere société societe régie regie sûreté surete`)

// pronouns that can be speakers, with their gender; "it", "we", "I" and
// "you" are kept as mentions but resolve to nobody the database can follow.
var pronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "it": 'n', "we": 'p', "i": 'n', "you": 'n'}

var determiners = set(`the a an another one two three several some many other his her their its my our your`)

// singularDeterminers open a noun phrase of one thing or person, whose
// verb, if one follows its noun, agrees with it.
var singularDeterminers = set(`a an each every`)

// partitives are nouns for a share of people, whose verb agrees with the
// people: "a third say", "a majority want".
var partitives = set(`third thirds quarter half majority minority number handful lot couple dozen fraction share portion plurality fifth tenth`)

var prepositions = set(`in on at by from with without into onto of off over under after before
during since until to toward towards for about against among between through upon like as
including than via per across within behind beyond near unlike around amid beside
alongside throughout beneath underneath`)

// findMentions lists the possible speakers named in a paragraph outside its
// quotes, in order.
func findMentions(p *para) []*mention {
	ms := make([]*mention, 0, len(p.toks)/8+2) // news names someone every eight words or so
	toks := p.toks
	// "BRUSSELS - European leaders ...": a dateline is a place, not a
	// speaker, and no sentence holds it.
	i := 0
	if len(p.sents) > 0 {
		i = p.sents[0].Start
	}
	for i < len(toks) {
		t := toks[i]
		if !t.isWord() {
			i++
			continue
		}
		w := t.lower()
		if pw, ok := contracted(w); ok && t.q == nil {
			g := pronouns[pw] // "he's said", "they've said"
			ms = append(ms, p.mention(mention{Span: t.Span, kind: byPronoun, text: t.text, gender: g,
				person: g == 'm' || g == 'f', t0: i, t1: i + 1, p: p}))
			i++
			continue
		}
		relative := w == "who" || w == "who's" || w == "who’s" || w == "which" && i > 0 && (p.toks[i-1].text == "," || isDash(p.toks[i-1].text))
		owned := i > 0 && toks[i-1].isCap() && isPossessive(toks[i-1].text) // "Germany's finance ministry"
		if !t.isCap() && t.flags&(fPronoun|fDeterminer|fNominalHead) == 0 && !relative && !owned {
			i++ // an ordinary word in lower case: no mention starts here
			continue
		}
		if t.is(fPronoun) {
			g := pronouns[w]
			ms = append(ms, p.mention(mention{Span: t.Span, kind: byPronoun, text: t.text, gender: g,
				person: g == 'm' || g == 'f', t0: i, t1: i + 1, p: p}))
			i++
			continue
		}
		if relative { // "who", ", which"
			ms = append(ms, p.mention(mention{Span: t.Span, kind: byRelative, text: t.text, t0: i, t1: i + 1, p: p}))
			i++
			continue
		}
		if m := nominalAt(p, i); m != nil {
			ms = append(ms, m)
			i = m.t1
			continue
		}
		if (w == "one" || w == "another") && i > 0 && invertedCue(toks[i-1].low) && (i+1 == len(toks) || !toks[i+1].isWord()) {
			// '"...," said one, who would not give her name': someone
			// the article does not name, not whom it spoke of before
			ms = append(ms, p.mention(mention{Span: t.Span, kind: byNominal, text: t.text, head: w, role: w, person: true, t0: i, t1: i + 1, p: p}))
			i++
			continue
		}
		if currencyAfter(toks, i) || currencyBefore(toks, i) {
			i++ // "$2.2 billion US", "Rs 48 crore": which money, no one named
			continue
		}
		if (t.text == "No" || t.text == "No.") && i+1 < len(toks) && toks[i+1].text == "10" {
			// "No 10 said": the British prime minister's office
			ms = append(ms, p.mention(mention{Span: claims.Span{Start: t.Start, End: toks[i+1].End}, kind: byName,
				text: p.text[t.Start-p.Start : toks[i+1].End-p.Start], name: "No 10", org: true, t0: i, t1: i + 2, p: p}))
			i += 2
			continue
		}
		opens := p.sentenceStart(i) || i > 0 && (toks[i-1].text == "(" || toks[i-1].text == "[" || toks[i-1].q != nil)
		forName := i+2 < len(toks) && toks[i+1].low == "for" && toks[i+2].isCap() // "Citizens for Tax Justice"
		if opens && t.isCap() && ((isCommonWord(w) || commonCompound(w) || linkWords[w] || t.is(fAdverb) || lyAdverb(w) || modifiesPlural(toks, i)) && !titles[w] && !forName && !((personHead(w) || tradeNouns[w]) && i+1 < len(toks) && toks[i+1].isCap()) && !namesSpeaker(toks, i) && !p.surnames[w] && !givenOpens(toks, i) && !countrysBody(toks, i) && !opensBody(toks, i) && !describedBody(toks, i) &&
			!(i+1 < len(toks) && toks[i+1].isCap() && p.surnames[w+" "+toks[i+1].low]) || invertedCue(w)) {
			// "Regardless, ...", "Unlike Patriot, ...", "Said Mr. Trump: ...":
			// not a name; but "Filmmaker Michael Moore" is one with a role
			// ("Carmaker Voltra" one with its trade),
			// and "Guest said" one where the article named Tim Guest
			i++
			continue
		}
		if opens && bodyNounOpens(toks, i) {
			// "City council voted", "Party leaders said": the body's noun
			// opens the phrase of the noun after it, and names no one
			if m := nominalAt(p, i+1); m != nil && m.t0 == i+1 {
				m.Span.Start, m.t0 = t.Start, i
				m.text = p.text[t.Start-p.Start : m.End-p.Start]
				m.role = t.text + " " + m.role
				ms = append(ms, m)
				i = m.t1
				continue
			}
			i++
			continue
		}
		if m := nameAt(p, i); m != nil {
			ms = append(ms, m)
			i = m.t1
			continue
		}
		i++
	}
	ms = joinRoles(p, ms)
	linkAppositions(p, ms)
	roleServed(p, ms)
	return ms
}

// currencies are the codes news writes after an amount for which dollars
// it means: "$2.2 billion US", "$150 US", "$40 million Cdn".
var currencies = set(`us u.s. usd cdn cad aud nzd hkd`)

// currencyAfter reports a currency's code at token i after an amount.
func currencyAfter(toks []token, i int) bool {
	if i == 0 || !currencies[toks[i].low] {
		return false
	}
	prev := toks[i-1].low
	return prev == "million" || prev == "billion" || prev == "trillion" || strings.HasPrefix(toks[i-1].text, "$") || isNumber(prev) && i > 1 && toks[i-2].text == "$"
}

// currencyCodes are the abbreviations news writes before an amount for
// currencies that have no sign of their own, or none that keyboards
// carry: "Rs 48 crore", "Rp 2.5 trillion", "Ksh 300", "RM 1.2 billion".
var currencyCodes = set(`rs rs. re re. rp tk ksh rm dh aed inr pkr lkr npr idr myr php zar kes ngn egp usd eur gbp jpy cny chf sek nok dkk`)

// currencyBefore reports a currency's code at token i before an amount,
// a unit like "km" is: it names money, not someone.
func currencyBefore(toks []token, i int) bool {
	return i+1 < len(toks) && currencyCodes[toks[i].low] && isNumber(toks[i+1].text)
}

// invertedCue reports a verb of saying that may open a sentence before its
// speaker, "Said Mr. Trump: ...", "Added Smith, ...": its past, or "says";
// not "State", "Note" or "Post", which open names as well.
func invertedCue(w string) bool {
	return speechVerbs[w] && (w == "said" || w == "says" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed"))
}

// contracted splits a pronoun joined to its auxiliary ("he's", "they've",
// "she'd") and reports whether the word is one.
func contracted(w string) (string, bool) {
	if len(w) < 3 || len(w) > 9 {
		return "", false
	}
	switch w[0] {
	case 'h', 's', 'i', 't', 'w', 'y':
	default:
		return "", false // most words: not a pronoun's first letter
	}
	apostrophe := false
	for i := 1; i < len(w) && !apostrophe; i++ {
		apostrophe = w[i] == '\'' || w[i] == 0xE2 // "’" opens with 0xE2; the suffixes below tell
	}
	if !apostrophe {
		return "", false
	}
	for _, a := range []string{"'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'m", "’m", "'re", "’re"} {
		if pw, ok := strings.CutSuffix(w, a); ok && pronouns[pw] != 0 {
			return pw, true
		}
	}
	return "", false
}

func cutPossessive(w string) (string, bool) {
	for _, s := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			if s[0] == 's' {
				return w[:len(w)-len(s)+1], true
			}
			return w[:len(w)-len(s)], true
		}
	}
	return w, false
}
