package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// titles are the words of a role that may stand before a name. "Pope",
// "King" and their like are kept in the name, as they are how such people are
// named, not a post they hold for a while.
var titles = set(`president vice prime minister chancellor secretary sen. senator rep. representative
gov. governor mayor judge justice gen. general col. lt. dr. mr. mrs. ms. miss prof. professor pres.
speaker leader chairman chairwoman chair ceo cfo coo cto cio vp ambassador spokesman spokeswoman spokesperson
attorney sheriff chief director commissioner adm. admiral capt. captain sgt. rev. cardinal
bishop archbishop rabbi sir dame lord lady foreign defense defence finance interior deputy
former premier president-elect minority majority whip congressman congresswoman councilman
councilwoman councilmember state-of-state envoy candidate nominee host anchor founder coach
mr mrs ms dr prof baroness baron viscount earl treasurer pm cm manager strategist adviser advisor aide
pollster consultant analyst economist editor correspondent reporter columnist superintendent inspector
detective constable sergeant lieutenant colonel brigadier taoiseach tánaiste secretary-general
director-general det det. supt supt. insp insp. garda cllr cllr. coun coun. councillor councilor maj maj. cpl pc
mp mla msp mep mpp mha mlc td opposition shadow boss defender striker midfielder goalkeeper captain
sgt prosecutor barrister solicitor headteacher ag const. cst cst. cpl. pte. pvt. trooper
executive comptroller controller clerk auditor assessor coroner administrator ombudsman marshal
shri smt smt. shrimati`)

// roleAfter reads a role set off after a name from token i: "the lawyer
// for the agency", "chief economist at ING", up to the comma or full stop
// that closes it, or "" when the words there are no role.
func roleAfter(p *para, i int) string {
	toks := p.toks
	if i < len(toks) && toks[i].is(fPreposition) {
		return "" // "Ford, through a spokesperson, said": how he spoke, no post of his
	}
	from := i
	if toks[from].is(fDeterminer) {
		from++
	}
	head := false
	j := from
	for ; j < len(toks) && j < from+12; j++ {
		t := toks[j]
		if !t.isWord() {
			break
		}
		if j < from+3 && (!t.isCap() && t.is(fNominalHead) || t.is(fTitle)) {
			head = true
		}
		if t.is(fCue) || t.is(fPronoun) || t.low == "who" || t.low == "and" {
			return ""
		}
	}
	if !head || j == from || j < len(toks) && toks[j].text != "," && toks[j].text != "." && toks[j].text != ")" {
		return ""
	}
	return strings.TrimSuffix(p.text[toks[from].Start-p.Start:toks[j-1].End-p.Start], ".") // "editor in chief of Mic.com."
}

// personSetOff reports a role set off at token i whose noun only a person
// holds: "the national director of surrogates", "a retired teacher", also
// when a clause or a second phrase goes on from it ("a USDP member who
// ran", "a longtime loyalist and dean of"); not
// "the state's largest utility", nor "the parent company of Google" (a
// company is a person's too, in WordNet).
func personSetOff(p *para, i int) bool {
	if roleAfter(p, i) == "" && !p.toks[i].is(fDeterminer) {
		return false
	}
	j := i
	for j < len(p.toks) && j < i+8 && p.toks[j].isWord() && !p.toks[j].is(fPreposition|fCoordinator) && !relatives[p.toks[j].low] {
		if p.toks[j].is(fCue | fPronoun | fAux | fBe) {
			return false
		}
		j++ // to the phrase's end: "a USDP member who ran", "a longtime loyalist and dean of"
	}
	t := p.toks[j-1] // the head: "agency" in "the official Chinese news agency"
	return j > i && !t.isCap() && names.PersonNoun(t.low) && !orgWords[t.low] && !orgHeads[t.low] && !groupHeads[t.low]
}

// joinRoles gives a name the role written before it in lower case: "former
// president Barack Obama", and "Congress leader Rahul Gandhi", where the
// name before the role ("Congress") is part of it and no speaker of its own.
func joinRoles(p *para, ms []*mention) []*mention {
	toks := p.toks
	out := ms[:0]
	for _, n := range ms {
		if o := n.t0 - 1; n.kind == byName && n.role != "" && o >= 0 && p.sentenceStart(o) && toks[o].isCap() && isCommonWord(toks[o].low) &&
			!toks[o].is(fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) && !invertedCue(toks[o].low) && strings.HasPrefix(n.text, n.role) { // not "Perhaps Mr. Cruz", "Even Mrs. Clinton"
			// "Environment Minister Steven Guilbeault", "Conservative
			// Leader Pierre Poilievre": a capitalised word opening the
			// sentence belongs to the title after it.
			n.t0, n.Start = o, toks[o].Start
			n.text = p.text[n.Start-p.Start : n.End-p.Start]
			n.role = toks[o].text + " " + n.role
			for len(out) > 0 && out[len(out)-1].t1 > o {
				out = out[:len(out)-1] // "Police" in "Police Commissioner Richard Ross"
			}
		}
		if n.kind == byName && !n.person && n.role == "" && n.t0 > 0 && !toks[n.t0-1].isCap() && (personHead(toks[n.t0-1].low) || callingBefore(toks[n.t0-1].low) && personShaped(toks, n.t0, n.t1)) &&
			(!n.org || n.t1-n.t0 == 2 && !toks[n.t0].is(fOrg) && toks[n.t0+1].is(fOrg) && !allCaps(toks[n.t0+1].text)) && (n.t1-n.t0 >= 2 || oneNamed(toks, n.t0)) {
			// "strategist Al Cardenas": a role for one person before a name
			// of two words names a person; so does "president Per Bank",
			// whose surname is a body's word, but not a body's acronym
			// ("a veteran Indiana GOP insider")
			n.person, n.org = true, false
		}
		if n.kind != byName || n.role != "" || n.t0 == 0 || n.org || !n.person {
			out = append(out, n) // not "former" for "Democratic" in "former Democratic National ..."
			continue
		}
		// A title in lower case right before the name, and up to two
		// words before it: "former president", "Union commerce minister".
		from := n.t0
		for from > 0 && n.t0-from < 3 && toks[from-1].isWord() && !toks[from-1].isCap() &&
			(from == n.t0 && (toks[from-1].is(fTitle) || personHead(toks[from-1].low) || from > 1 && toks[from-2].isCap() && !toks[from-2].is(fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) && (callingBefore(toks[from-1].low) || p.sentenceStart(from-2) && callingBeforeGiven(toks, from-1))) || from < n.t0 && !toks[from-1].is(fNotNoun|fPreposition|fDeterminer|fCue|fPronoun)) {
			from--
		}
		if from == n.t0 {
			out = append(out, n)
			continue
		}
		if from+1 < n.t0 && verbish(toks[from].low) && (len(out) > 0 && out[len(out)-1].t1 == from || from > 0 && auxiliaries[toks[from-1].low]) {
			from++ // "Clinton met lawyer Jane Roe", "The team fired head coach Martin Lefebvre", "United have sacked manager Erik ten Hag": the verb's, after its subject or an auxiliary
		}
		if from > 1 && p.sentenceStart(from-2) && nounBeforeRole(toks[from-2], toks[from-1]) {
			from-- // "Talk show host Glenn Beck": a noun that qualifies the role, a verb's word though it is, after a capital that is no plural subject
		}
		if from > 0 && p.sentenceStart(from-1) && toks[from-1].isCap() && isCommonWord(toks[from-1].low) &&
			!toks[from-1].is(fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) {
			from-- // "Opposition leader Pierre Poilievre": capitalised as the sentence opens
		}
		for len(out) > 0 && out[len(out)-1].t1 > from {
			out = out[:len(out)-1] // "campaign" in "campaign manager Jeff Weaver", "the economist" in "the economist Jared Bernstein": the role's
		}
		if len(out) > 0 {
			if m := out[len(out)-1]; (m.kind == byName || m.kind == byNominal && m.t1-m.t0 == 1 && toks[m.t0].isCap()) && !m.poss && m.t1 == from {
				out = out[:len(out)-1] // "Congress" in "Congress leader Rahul Gandhi", "said Opposition health critic Maria Santos"
				from = m.t0
				if from > 0 && p.sentenceStart(from-1) && toks[from-1].isCap() && isCommonWord(toks[from-1].low) &&
					!toks[from-1].is(fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) {
					from-- // "Environment Agency officer Sarah Hughes": the sentence's first word is the body's too
				}
			}
		}
		n.role = p.text[toks[from].Start-p.Start : toks[n.t0-1].End-p.Start]
		n.t0, n.Start = from, toks[from].Start // the role is part of the mention, as a title is
		n.text = p.text[n.Start-p.Start : n.End-p.Start]
		out = append(out, n)
	}
	return out
}

// oneNamed reports a single capitalised word that a role in lower case
// before it names as a person, though no list knows it ("Opposition leader
// Atishi said"): not a place, a people, a body's acronym or word, nor a
// word that qualifies the noun after it ("chief Democratic rival"); and
// not after a body's trade ("Snack giant Nabisco") or an owner ("the
// president's Pacific roots").
func oneNamed(toks []token, i int) bool {
	t, r := toks[i], toks[i-1].low
	if t.is(fOrg) || allCaps(t.text) || orgHeads[r] || isPossessive(toks[i-1].text) || i+1 < len(toks) && toks[i+1].isCap() || nounAfter(toks, i+1) {
		return false
	}
	return !isCommonWord(t.low) && !names.IsPlace(t.low) && !names.Demonym(t.low) // the lists last, as they fold the word anew
}

// verbish reports a word that reads as a verb's past: "met", "hugged".
func verbish(w string) bool {
	return strings.HasSuffix(w, "ed") || pastForms[w] || verbForms[w]
}

// personHead reports a noun for one person that may stand before a name as
// its role: "Texas delegate Bill Eastland", "Sanders supporter Jane Doe".
func personHead(w string) bool {
	return nominalHeads[w] && !groupHeads[w] && !documents[w] && !strings.HasSuffix(w, "s")
}

// roleServed gives a person the role the article says they held or hold
// in words such as "McCallum's last term as Surrey mayor" or "her years as
// premier", so that "the mayor" later refers back to them.
func roleServed(p *para, ms []*mention) {
	toks := p.toks
	for _, n := range ms {
		if n.kind != byName || !n.poss || n.role != "" || n.org {
			continue
		}
		as := n.t1
		for as < len(toks) && as < n.t1+4 && toks[as].isWord() && !toks[as].isCap() && !servedIn[toks[as].low] {
			as++ // "last", "first", "second"
		}
		if as+1 >= len(toks) || !servedIn[toks[as].low] || toks[as+1].low != "as" {
			continue
		}
		end := as + 2
		for end < len(toks) && end < as+6 && toks[end].isWord() && !personRoles[toks[end].low] {
			end++
		}
		if end < len(toks) && personRoles[toks[end].low] && !toks[end].isCap() {
			n.role = p.text[toks[as+2].Start-p.Start : toks[end].End-p.Start]
		}
	}
}

// servedIn are the nouns for the time a person holds a post: "term as".
var servedIn = set(`term terms tenure stint time years days months career job role tour spell`)

// peerTitles are the titles of peers, whose names hold a place after "of".
var peerTitles = set(`lord lady baroness baron viscount earl`)

var titleGender = map[string]byte{"mr.": 'm', "mrs.": 'f', "ms.": 'f', "mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm',
	"dame": 'f', "lord": 'm', "lady": 'f', "spokesman": 'm', "spokeswoman": 'f',
	"congressman": 'm', "congresswoman": 'f', "chairwoman": 'f', "councilwoman": 'f',
	"pope": 'm', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f',
	"shri": 'm', "smt": 'f', "smt.": 'f', "shrimati": 'f',
	"baroness": 'f', "baron": 'm', "viscount": 'm', "viscountess": 'f', "earl": 'm', "countess": 'f',
	"duke": 'm', "duchess": 'f', "marquess": 'm', "marchioness": 'f', "emperor": 'm', "empress": 'f',
	"sheikh": 'm', "sheikha": 'f', "councilman": 'm', "assemblyman": 'm', "assemblywoman": 'f',
	"madame": 'f', "mme": 'f', "mme.": 'f'}

// describedBy reads a body's name that stands before the noun for one of
// its people as the description of that person: "A Superior Court of
// Ontario judge", "a Health Canada spokeswoman"; and any name before a
// plural for people as theirs: "Democratic sources", "German
// conservatives", "Clinton supporters", "Cologne police", "Trump
// administration officials" are the people, whom the name only describes
// (and so no place and no Trump speaks). Nil for any other name.
func describedBy(p *para, m *mention, from int) *mention {
	if m.kind != byName || m.t1 >= len(p.toks) {
		return nil
	}
	if end := groupAfter(p, m.t1); end > 0 {
		return phraseMention(p, m.t0, end)
	}
	if m.ent == nil || m.ent.kind != kindOrg || !personHead(p.toks[m.t1].low) {
		return nil
	}
	t0 := m.t0
	if t0 > from && p.toks[t0-1].is(fDeterminer) {
		t0--
	}
	d := phraseMention(p, t0, m.t1+1)
	d.person = true
	return d
}

// groupAfter is the end of the plural for people that token i opens, or
// that up to two nouns in lower case before it open ("administration
// officials", "fire officials"), or 0; a verb is no such noun ("met
// officials", "appointed officials", "primes supporters"), nor is a
// plural. The plural is a nominal mention, or any noun the lexicon holds
// for people that ends the phrase ("Toronto paramedics said"), as no
// hand-written list of speaking nouns names them all; but "UN figures"
// are the body's, which put them out.
func groupAfter(p *para, i int) int {
	for j := i; j < len(p.toks) && j <= i+2; j++ {
		if n := p.mentionAt(j); n != nil {
			if n.t0 == j && n.kind == byNominal && isGroup(n) && (n.person || n.t1 == j+1) {
				return n.t1
			}
			return 0
		}
		t := p.toks[j]
		if t.isWord() && !t.isCap() && plural(t.low) && names.PersonNoun(t.low) && names.Verb(t.low) == 0 && !documents[t.low] && endsPhrase(p.toks, j+1) {
			return j + 1
		}
		if !t.isWord() || t.isCap() || t.is(fPreposition|fDeterminer|fCue|fAux|fBe|fPronoun|fConjunction|fCoordinator|fSubordinator|fAdverb) ||
			strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") || names.Verb(t.low)&names.FiniteVerb != 0 {
			return 0
		}
	}
	return 0
}

// heldAt reads the role held at the body m names as the description of
// a person: "the former sergeant-at-arms of the House of Commons", "the
// co-founder with his father of Peace By Chocolate"; nil when the words
// before m are no such role, or a spokesperson's, who speaks for the body
// (groupOf).
func heldAt(p *para, m *mention, start int) *mention {
	link := m.t0 - 1
	if k := tradeBefore(p.toks, link, start); k >= 0 {
		link = k // "A columnist for the tech news site Pando": the site is Pando
	}
	if w := p.toks[max(link, 0)].low; link > start && (w == "a" || w == "an") {
		link-- // "The chief of a First Nation"
	}
	for j := link - 1; j >= start && j >= link-8; j-- {
		t := p.toks[j]
		if t.q != nil || !t.isWord() || isCue(t.low) {
			return nil
		}
		if head := roleOf(p, j, link+1); head >= 0 && !strings.HasPrefix(p.toks[head].low, "spokes") {
			d := phraseMention(p, j, m.t1)
			d.head, d.person = p.toks[head].low, true
			return d
		}
	}
	return nil
}

// tradeBefore is the token before a phrase ending at token i that names
// the kind of body the name after it is ("the tech news site", "the
// British newspaper"), or -1: "the", then up to four words of no verb.
func tradeBefore(toks []token, i, start int) int {
	k := i
	for k > start && i-k < 4 && toks[k].isWord() && !toks[k].is(fDeterminer|fPreposition|fCue|fAux|fBe) {
		k--
	}
	if k == i || k <= start || toks[k].low != "the" || toks[i].isCap() || !nounish(toks[i]) {
		return -1
	}
	return k - 1
}

// setOffRole reports a name that ends a person's description set off
// after their name: IHS Life Sciences in "Gustav Ando, research director
// for IHS Life Sciences".
func setOffRole(p *para, m *mention, start int) bool {
	i := m.t0 - 1
	if i > start && p.toks[i].low == "the" {
		i--
	}
	return i > start && roleLinks[p.toks[i].low] && describedBefore(p, i, start)
}

// describedBefore reports words ending before token i that describe a
// person named before them and a comma: "research director" of "Gustav
// Ando, research director for", "a gynecologist" of "Alan Berger, a
// gynecologist from".
func describedBefore(p *para, i, start int) bool {
	for j := i - 1; j > start && j >= i-12; j-- {
		t := p.toks[j]
		if t.text == "," {
			n := p.mentionEndingAt(j)
			return j < i-1 && n != nil && n.kind == byName && n.person && !n.poss
		}
		if !t.isWord() || t.q != nil || isCue(t.low) || t.is(fAux) || relatives[t.low] || t.is(fBe) {
			return false
		}
	}
	return false
}

// roleLinks join a role to the body it is held in: "director for", "head
// of", "a lawyer with".
var roleLinks = set(`for of at with`)

// bodySetOff finds a description set off by commas from token i on
// whose noun is one for an organisation, and returns the noun: "utility"
// of ", the state's largest utility,", "firm" of ", a Toronto-based
// firm,"; "" when there is none.
func bodySetOff(toks []token, i int) string { return setOffHead(toks, i, orgHeads) }

// setOffHead finds a description set off by a comma from token i on whose
// noun is one of heads, and returns the noun: "utility" of ", the state's
// largest utility," for orgHeads, "capital" of ", the provincial
// capital," or ", the capital of Texas" for settlements; "" when there is
// none, and after a transcript's label, which has no tokens (i < 0).
func setOffHead(toks []token, i int, heads map[string]bool) string {
	if i < 0 || i+2 >= len(toks) || toks[i].text != "," || !toks[i+1].is(fDeterminer) && !isPossessive(toks[i+1].text) {
		return ""
	}
	for k := i + 2; k < len(toks) && k <= i+7; k++ {
		if toks[k].text == "," || toks[k].text == "." || toks[k].low == "of" || toks[k].low == "for" || toks[k].low == "that" || toks[k].low == "the" {
			// "the parent company of Google", "the militia the Pentagon
			// blamed": the noun before "of" or a relative clause says
			// what the name is
			w, _ := cutPossessive(toks[k-1].low)
			if k > i+2 && heads[w] && !toks[k-1].isCap() {
				return w
			}
			if toks[k].text == "," && k+1 < len(toks) && toks[k+1].isWord() && !toks[k+1].isCap() && !toks[k+1].is(fCue|fDeterminer) {
				continue // ", a non-profit, multi-service agency that": adjectives in a row
			}
			return ""
		}
		if !toks[k].isWord() || toks[k].is(fCue|fPreposition) && !isPossessive(toks[k].text) {
			return ""
		}
	}
	return ""
}

// nounBeforeRole reports two words opening a sentence before a role in
// lower case that qualify it ("Talk show" of "Talk show host"): a
// capitalised common word that is no plural, which would be the subject of
// the second as a verb ("Critics slam officer Ann Roe"), and a word in
// lower case that is no verb of speech, past or participle.
func nounBeforeRole(a, w token) bool {
	return a.isCap() && isCommonWord(a.low) && !strings.HasSuffix(a.low, "s") && !collectives[a.low] &&
		!a.is(fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) &&
		w.isWord() && !w.isCap() && isCommonWord(w.low) && !w.is(fSpeech|fAux|fBe|fNotNoun|fDeterminer|fPronoun|fPreposition|fAdverb) &&
		!verbish(w.low) && !strings.HasSuffix(w.low, "ing")
}
