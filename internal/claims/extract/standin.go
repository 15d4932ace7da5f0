package extract

import (
	"slices"
	"strings"
	"unicode"

	"claimtrack/internal/claims/names"
)

// Stand-ins: entities the cast does not hold, for pronouns to stand for.
// The cast is made of names; but an article also refers back to a body it
// names after "the" ("The Food Standards Agency ... it said"), to people it
// names by a plural noun ("Several Democrats ... They also said") or by a
// pair of names, and to someone it introduces without a name ("A
// 29-year-old Berlin woman ... she had posted"). Each is an entity made
// once per phrase. The unnamed ones are marked nobody: a pronoun that
// stands for them leaves its claim unattributed, which is right, where
// skipping them would give it to whoever was named before.

// nobodyAt is the unnamed entity of the phrase whose token t names it,
// made on first use.
func (d *doc) nobodyAt(t *token, kind entityKind, gender byte) *entity {
	if e := d.nobodies[t]; e != nil {
		return e
	}
	if d.nobodies == nil {
		d.nobodies = map[*token]*entity{}
	}
	e := &entity{kind: kind, gender: gender, person: kind == kindPerson, subject: true, bare: true, nobody: true}
	d.nobodies[t] = e
	return e
}

// namedBody is the organisation a nominal names by its proper name ("The Food
// Standards Agency", "the Congressional Budget Office"), one entity per
// name in the article, for "it" to stand for (not "they": "the State
// Department ... they said" are its people). The cast holds the names that
// stand alone; these begin with an article, so they are nominals.
func (d *doc) namedBody(m *mention) *entity {
	name := properTail(m.role)
	if e := d.bodies[name]; e != nil {
		return e
	}
	if d.bodies == nil {
		d.bodies = map[string]*entity{}
	}
	e := &entity{name: name, key: strings.ToLower(name), kind: kindOrg, org: true, subject: true, nominal: true}
	d.bodies[name] = e
	return e
}

// namesBody reports a nominal that names a body by its proper name ("The
// Food Standards Agency"), whose entity namedBody makes.
func namesBody(m *mention) bool {
	return m.kind == byNominal && m.org && properName(properTail(m.role)) && orgWords[strings.ToLower(m.head)] && !strings.HasSuffix(m.head, "s")
}

// described is the group of people a plural noun phrase names ("Several
// Democrats", "The aides", "Mexican officials"), one entity per mention,
// for "they" to stand for; the claim it speaks is the phrase's, resolved
// as the phrase is (see resolve).
func (d *doc) described(m *mention) *entity {
	if e := d.groups[m]; e != nil {
		return e
	}
	if d.groups == nil {
		d.groups = map[*mention]*entity{}
	}
	e := &entity{kind: kindGroup, subject: true, bare: true, of: m}
	d.groups[m] = e
	return e
}

// unnamed finds the person an indefinite noun phrase in tokens [from, to)
// before pos introduces without a name ("a 29-year-old Berlin woman", "a
// man"), and returns its token and an entity for them, one per phrase.
// A pronoun that stands for them names no one: the claim is unattributed
// rather than given to someone named before them. A phrase set off beside
// a name describes that person ("Monica Incerti, a retired woman,"). A
// sentence that opens with a relative of someone's ("Her son said",
// "Mendoza's mother said") brings in a person too, unless a name follows
// the noun ("His daughter Fiona").
func (d *doc) unnamed(p *para, from, to, pos int) (int, *entity) {
	for i := from; i < to && p.toks[i].Start < pos; i++ {
		// A relative the sentence opens with is someone too ("Her son
		// said ... he said"), not a man named before (kin)
		ownKin := i == from && possessivePronouns[p.toks[i].low] != 0 || namedOwner(p.toks[from:to], i-from)
		if !indefinites[p.toks[i].low] && !ownKin || i > 0 && (p.toks[i-1].is(fBe|fPreposition) || linking[p.toks[i-1].low]) {
			continue // not "grew up as a Goldwater girl", "like a man", "she was a widow": what someone is
		}
		for j := i + 1; j < to && j <= i+4 && p.toks[j].isWord(); j++ {
			g, ok := gendered[p.toks[j].low]
			if w := p.toks[j].low; !ok && anonymous(p, j+1, to) && !kin[w] && !p.toks[j].isCap() && !strings.HasSuffix(w, "s") && personCompound(w) && (names.Verb(w) == 0 || headOfPhrase(p.toks, j+1)) && !modifiesNoun(p.toks, j+1) {
				ok = true // "One letter carrier in Halifax, who did not want to be named,": someone new
			}
			if !ok || g == 0 && p.toks[i].low == "one" && !anonymous(p, j+1, to) || ownKin && (!kin[p.toks[j].low] || j+1 < to && p.toks[j+1].is(fBe)) {
				// "one voter" may be one of the people named before; "one
				// young guy I met" is someone new; "His father was an
				// engineer" says who someone is, not what the father did
				continue
			}
			if i > 0 && p.toks[i-1].text == "," || j+2 < len(p.toks) && p.toks[j+1].text == "," && (p.toks[j+2].isCap() || p.toks[j+2].low == "the" && j+3 < len(p.toks) && p.toks[j+3].isCap()) ||
				ownKin && j+1 < len(p.toks) && p.toks[j+1].isCap() {
				break // an apposition: the name is beside it ("His daughter Fiona", "Elliott's father, the Rev. Charles Elliott Jr.,")
			}
			at := i
			if ownKin {
				at = from // the phrase opens with its owner's name
			}
			e := d.nobodyAt(&p.toks[j], kindPerson, g)
			if e.phrase == "" {
				e.phrase = p.text[p.toks[at].Start-p.Start : p.toks[j].End-p.Start] // "The victim's mother"
			}
			return at, e
		}
	}
	return 0, nil
}

// headOfPhrase reports a comma or a preposition at token k, after which
// the word before is a noun ending its phrase, a verb's word though it is
// too: "A nurse at the hospital, who asked not to be named", "A guard,
// who".
func headOfPhrase(toks []token, k int) bool {
	return k < len(toks) && (toks[k].text == "," || toks[k].is(fPreposition))
}

// anchoredNew reports a definite description of a person that is new to
// the story by what it hangs on: someone new ("the daughter of one
// patient") or a thing, not a person ("The store's owner"). Unlike "the
// senator" or "the actor", it refers back to no one named before.
func anchoredNew(m *mention) bool {
	toks := m.p.toks[m.t0:m.t1]
	if len(toks) < 3 || toks[0].low != "the" {
		return false
	}
	if w, ok := cutPossessive(toks[1].low); ok && len(toks) == 3 && !toks[1].isCap() && !names.PersonNoun(w) && !kin[w] {
		return true
	}
	for i, t := range toks[1 : len(toks)-1] {
		if t.low == "of" {
			return indefinites[toks[i+2].low]
		}
	}
	return false
}

// namedOwner reports a name's possessive that opens the sentence toks and
// ends at token i: "Mendoza's mother said", "Carlos Mendoza's mother said".
func namedOwner(toks []token, i int) bool {
	if i >= len(toks) || !isPossessive(toks[i].text) {
		return false
	}
	if w, _ := cutPossessive(toks[i].low); i == 1 && toks[0].low == "the" && names.PersonNoun(w) {
		return true // "The victim's mother said": someone's by a noun for them
	}
	for _, t := range toks[:i+1] {
		if !t.isCap() {
			return false
		}
	}
	return true
}

// pair is the group of people a sentence opens with by naming two or more
// of them ("Smith and Jones", "Ms. Epstein, along with Judge Posner"),
// before pos, for "they" to stand for: a group no single speaker is, so a
// claim "they" make is unattributed rather than given to a body named
// near them. One entity per sentence.
func (d *doc) pair(p *para, from, to, pos int) *entity {
	ms := p.mentionsIn(from, to)
	if len(ms) < 2 || !namedPerson(ms[0]) || ms[0].t0 != from && !(ms[0].t0 == from+1 && p.toks[from].low == "the") {
		return nil
	}
	for _, m := range ms[1:] {
		if m.Start >= pos {
			return nil
		}
		if !namedPerson(m) {
			continue // "Ms. Epstein, along with Judge Posner of the Court of Appeals"
		}
		for _, t := range p.toks[ms[0].t1:m.t0] {
			if t.low == "and" || t.low == "with" {
				return d.nobodyAt(&p.toks[from], kindGroup, 0)
			}
			if !t.isWord() && t.text != "," || t.is(fCue) || verbish(t.low) {
				return nil // a verb or a clause between: not one subject
			}
		}
		return nil
	}
	return nil
}

// pluralSubject is the group a sentence opens with when its subject is a
// plural noun that makes no mention ("the security contractors
// assembled", "People briefed on the talks were adamant"), before pos, for
// "they" to stand for: no one the database can name, so a claim "they"
// make stays unattributed rather than going to a body named near them.
func (d *doc) pluralSubject(p *para, from, to, pos int) *entity {
	i := from
	if i < to && p.toks[i].is(fDeterminer) {
		i++
	}
	for j := i; j < to && j < i+4 && p.toks[j].Start < pos && p.toks[j].isWord(); j++ {
		t := p.toks[j]
		if j > from && t.isCap() || p.mentionAt(j) != nil {
			return nil // a name: the mentions speak for themselves
		}
		if !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || !nounish(t) || t.is(fDocument) {
			continue
		}
		if j+1 >= to || !p.toks[j+1].isWord() || !verbish(p.toks[j+1].low) && !p.toks[j+1].is(fAux) {
			return nil // the subject runs on, or no verb follows: not what this reads
		}
		e := d.nobodyAt(&p.toks[j], kindGroup, 0)
		if e.phrase == "" && names.PersonNoun(t.low) && !slices.ContainsFunc(p.toks[i:j], func(t token) bool { return t.isCap() || !t.isWord() || t.is(fSubordinator|fCoordinator|fPronoun) }) {
			e.phrase = p.text[p.toks[from].Start-p.Start : t.End-p.Start] // "The researchers ... They found": shown as the researchers
		}
		return e
	}
	return nil
}

// namedPerson reports a mention by the name of a person.
func namedPerson(m *mention) bool {
	return m.kind == byName && m.ent != nil && m.ent.kind == kindPerson && !m.poss
}

// linking verbs say what their subject is, not who else there is.
var linking = set(`became become becomes remain remains remained seemed seems being`)

// gendered are the nouns for a person that tell their gender, or that
// say only that they are a person (0).
var gendered = map[string]byte{"woman": 'f', "man": 'm', "mother": 'f', "father": 'm', "wife": 'f', "husband": 'm',
	"daughter": 'f', "son": 'm', "girl": 'f', "boy": 'm', "sister": 'f', "brother": 'm', "widow": 'f', "widower": 'm',
	"grandmother": 'f', "grandfather": 'm', "aunt": 'f', "uncle": 'm', "girlfriend": 'f', "boyfriend": 'm',
	"lady": 'f', "gentleman": 'm', "guy": 'm', "businesswoman": 'f', "businessman": 'm', "mom": 'f', "dad": 'm',
	"mum": 'f', "niece": 'f', "nephew": 'm', "granddaughter": 'f', "grandson": 'm', "stepmother": 'f', "stepfather": 'm',
	"stepdaughter": 'f', "stepson": 'm', "spokeswoman": 'f', "spokesman": 'm',
	"person": 0, "resident": 0, "teenager": 0, "student": 0, "passenger": 0, "neighbour": 0, "neighbor": 0,
	"witness": 0, "victim": 0, "customer": 0, "driver": 0, "worker": 0, "user": 0, "reader": 0, "viewer": 0}

// kin are the nouns for someone by whose relative they are: "the
// daughter" is someone's, not the woman named before.
var kin = set(`mother father wife husband daughter son sister brother grandmother grandfather aunt uncle
girlfriend boyfriend mom dad mum niece nephew granddaughter grandson stepmother stepfather stepdaughter stepson
cousin parent child`)

// ownedBodyName is the name of a body a nominal names after its owner's
// possessive and the reporter's words, as bodyName reads it: "KCNA news
// agency" of "North Korea's state-run KCNA news agency"; "" when no
// capitalised word follows them but a people's ("Germany's finance
// ministry" is named with its owner).
func (d *doc) ownedBodyName(m *mention) string {
	if m.kind != byNominal || !orgWords[strings.ToLower(m.head)] {
		return ""
	}
	words := strings.Fields(m.role)
	i := slices.IndexFunc(words, isPossessive)
	if i < 0 || i+1 >= len(words) || startsUpper(words[i+1]) || slices.ContainsFunc(words[i+1:], func(w string) bool { return prepositions[w] }) {
		return "" // nor "the Clark County Coroner's Office", "the European Union's AI Office": a name of its own, or with its owner
	}
	name := d.bodyName(strings.Join(words[i+1:], " "))
	if first, _, _ := strings.Cut(name, " "); !startsUpper(first) || names.Demonym(strings.ToLower(first)) {
		return ""
	}
	return name
}

// properName reports words that are all capitalised, a name from end to
// end: "Food Standards Agency", "U.S. Embassy", not "nonpartisan
// Congressional Budget Office" or "Clinton campaign".
func properName(words string) bool {
	n := 0
	for w := range strings.FieldsSeq(words) {
		if !startsUpper(w) {
			return false
		}
		n++
	}
	return n > 0
}

// bodyName is the name a body's page goes by, from the words a nominal
// names it with: without the words of the reporter's that come before the
// name ("a fresh CNN-ORC poll", "the nonpartisan Congressional Budget
// Office" are the CNN-ORC poll and the Congressional Budget Office), and
// a campaign by the full name of the one person the article names with
// its surname ("the Clinton campaign" is Hillary Clinton's campaign, the
// page "Hillary Clinton's campaign" names; with Bill Clinton in the
// article too, it stays "Clinton campaign").
func (d *doc) bodyName(role string) string {
	words := strings.Fields(properTail(role))
	if n := len(words); n >= 2 && strings.EqualFold(words[n-1], "campaign") {
		if e := d.cast.onlyPerson(strings.Join(words[:n-1], " ")); e != nil {
			return e.name + "'s " + words[n-1]
		}
	}
	return strings.Join(words, " ")
}

// properTail is a nominal's words from the first capitalised one on:
// the reporter's words before a body's name are no part of it ("the
// nonpartisan Congressional Budget Office"), but a name cut short keeps
// them ("advocacy group Campaign").
func properTail(role string) string {
	if role = strings.TrimSpace(role); role == "" || startsUpper(role) && !strings.Contains(role, "  ") && strings.IndexFunc(role, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0 {
		return role // most: the name alone, no words of the reporter's before it
	}
	words := strings.Fields(role)
	k := 0
	for k < len(words)-1 && !startsUpper(words[k]) {
		k++
	}
	if k > 0 && k == len(words)-1 && isCommonWord(strings.ToLower(words[k])) {
		k = 0
	}
	return strings.Join(words[k:], " ")
}

// onlyPerson is the one person the article names in full whose surname,
// or whole name, name is; nil when none is, or more than one ("Clinton"
// with Hillary and Bill Clinton in the article).
func (c *cast) onlyPerson(name string) *entity {
	key := c.key(name)
	var only *entity
	for _, e := range c.ents {
		if e.person && e.full && (e.final == key || e.key == key) {
			if only != nil && only != e {
				return nil
			}
			only = e
		}
	}
	return only
}

// pastTimes is the words of a group's name after a time it opens
// with: "two months since Republicans" names Republicans ("8 percent of
// Democrats" are not all Democrats, and keep their share).
func pastTimes(role string) string {
	words := strings.Fields(role)
	for i := len(words) - 2; i >= 0; i-- {
		if timeLinks[strings.ToLower(words[i])] {
			return strings.Join(words[i+1:], " ")
		}
	}
	return role
}

var timeLinks = set(`since after before until during`)

// anonymous reports words in tokens [from, to) that say the person before
// them goes unnamed ("who asked not to be named", "who did not want to be
// quoted", "who spoke on condition of anonymity", the words anonymityEnd
// reads too): someone new, not one of those named before.
func anonymous(p *para, from, to int) bool {
	for k := from; k < to && k < from+16; k++ {
		switch w := p.toks[k].low; {
		case w == "anonymity" || w == "anonymously":
			return true
		case unnamedWords[w] && k > from && (p.toks[k-1].low == "be" || p.toks[k-1].low == "being"):
			return true
		}
	}
	return false
}

// voiceOf is whom a pronoun after a statement whose speaker is the
// description m (resolved to r) means, when m is a description.
func (d *doc) voiceOf(p *para, m *mention, r *resolved) *entity {
	var kind entityKind
	switch {
	case m.kind != byNominal || m.t0 < 0:
		return nil
	case r.ent != nil:
		return r.ent // "The parole board decision ... said ... It also said": the body the description stood for
	case (indefinites[p.toks[m.t0].low] || m.person && anchoredNew(m)) && (m.person || m.t1 < len(p.toks) && p.toks[m.t1].low == "who"):
		// "One engineer in the company's Austin office ... said ...
		// "...," she said": someone new, whom no name stands for, is
		// whom the next pronoun means rather than anyone named before;
		// "who" is for people ("A teller who was working at the time")
		kind = kindPerson
	case !m.person && r.name == "" && definite(m) && orgHeads[m.head]:
		// "The school board said ... In a statement, it said": the body
		// the description stands for, which no name gives; the claim
		// shows it as the board, not "it"
		kind = kindOrg
	default:
		return nil
	}
	e := d.nobodyAt(&p.toks[m.t0], kind, 0)
	if e.phrase == "" {
		e.phrase = m.text
	}
	return e
}
