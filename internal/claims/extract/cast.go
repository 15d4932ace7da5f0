package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// entity is one person or organisation of an article, however often and in
// whatever form it is named.
type entity struct {
	name      string // the fullest form of the name the article gives
	key       string
	first     string // the key's first word,
	final     string // its last,
	full      bool   // and whether they are two words
	role      string // the latest role it gave
	gender    byte
	disputed  bool // gender is a disputed given name's (names.Disputed), which "X said she" overrules
	person    bool // evidence that it is a person: a given name, a title, a pronoun
	org       bool // evidence that it is an organisation: its name's words
	kind      entityKind
	titleOnly bool     // named in the title alone: no name of the body
	aliases   []string // acronyms it goes by: "IMF"
	// subject is set when the article names it as a subject at least
	// once, not only after a preposition ("in southern Sumatra") or as an
	// owner: what a pronoun may stand for.
	subject bool
	intro   *mention // the mention that names it first
	nominal bool     // named only after an article: "The Food Standards Agency" (namedBody)
	// business is set when the article describes it as a business ("the
	// oil giant Exxon Mobil"): whom "the company" most likely means.
	business bool
	they     bool   // a person the article says goes by "they" ("who uses they/them pronouns")
	union    bool   // a body the article calls "the union": never "the company"
	bare     bool   // named once at least without "the" before it, as people are: not "the Mediterranean"
	nobody   bool   // a person the article does not name: "a 29-year-old Berlin woman" (unnamed)
	phrase   string // the words that brought in a person the article does not name, for a pronoun's claim to show
	// worded is set on a name of dictionary words capitalised in
	// mid-sentence, of no kind the evidence tells ("Black Lives Matter",
	// "Social Security"): the subject of its own attribution, never what a
	// pronoun stands for.
	worded bool
	of     *mention // the plural noun phrase a group stands for: "Several Democrats" (described)
	last   int      // byte offset of its latest mention so far, for bare surnames
	named  int      // how many mentions name it so far
	// byGiven counts the mentions that call a person by the given name
	// alone, which do not make the surname theirs: an article that names
	// a woman in full twice and then "her husband, Tom" means her by a
	// bare "Ebeling" (cast.findShort).
	byGiven int
	fullAt  []int // where the mentions that name it in full start
	spokeAt int   // 1 + where a mention of it first spoke (speaksAround), 0 if none yet
	// standing is set when a mention names it in full as a name stands,
	// owner included ("Robin Theriault's parents"), subject of a verb in
	// the past ("When Sandra Leblanc crossed the stage") and the second of
	// a pair ("Sarah and Michael Fraser disagree"), not only
	// before a noun it modifies ("the Cleveland Browns football stadium"):
	// only then may a given name alone refer back to it.
	standing bool
	n        int // its place in the cast, which breaks ties between entities

	titled         string // " role name " in lower case, for byRole
	titledFrom     string // the role titled was made from
	titledFromName string
}

// roleWords is the entity's role and name in lower case between spaces,
// made again only when either has changed.
func (e *entity) roleWords() string {
	if e.titled == "" || e.titledFrom != e.role || e.titledFromName != e.name {
		e.titled = " " + strings.ToLower(e.role+" "+e.name) + " "
		e.titledFrom, e.titledFromName = e.role, e.name
	}
	return e.titled
}

// cast is the article's list of entities.
type cast struct {
	ents  []*entity
	slab  []entity           // where the entities are kept, reused across extractions
	keys  map[string]string  // SpeakerKey by name, as names repeat
	alias map[string]*entity // acronyms by key
	// byWord files each entity under its key and the key's first and
	// last words, as it has been keyed so far, in the cast's order: the
	// entities a name may refer to, asked of every mention, without going
	// through the whole cast (which made a long article's names quadratic).
	byWord map[string][]*entity
}

// key is claims.SpeakerKey, remembered.
func (c *cast) key(name string) string {
	k, ok := c.keys[name]
	if !ok {
		if c.keys == nil {
			c.keys = map[string]string{}
		}
		k = claims.SpeakerKey(name)
		c.keys[name] = k
	}
	return k
}

// build turns the article's name mentions into entities. Full names come
// first, so that a bare "Trump" or "President Trump" can join the "Donald
// Trump" named anywhere in the article; among several people of one surname
// a bare surname goes to the one named most recently before it. An
// acronym joins the organisation it stands for, whether the article
// defines it ("the International Monetary Fund (IMF)") or not. A title's
// words are a name only as far as they name someone of the body: in
// "Elizabeth Warren Hammers Wells Fargo CEO" that is Elizabeth Warren, and
// "Derelict Obama" is Obama.
func (c *cast) build(ms []*mention) {
	for _, m := range ms {
		if m.kind == byName && wordsUpTo(m.name, 1) > 1 && !(m.p.headlineCase() && headlineWords(m.name)) {
			if o := bodyOwner(m); o != nil {
				m.name = o.name + "'s " + m.name // "Russia's Defence Ministry": no other country's, here or in other articles
			}
			e := c.findFull(m.name) // "Russian President Vladimir Putin" in a title too
			plain := shortForm(m.name)
			if e == nil && plain != "" && strings.Contains(plain, " ") {
				e = c.findFull(plain) // "Acme Robotics Inc." after "Acme Robotics"
			}
			if e == nil && c.alias != nil {
				e = c.alias[c.key(m.name)] // "Acme Robotics" after "Acme Robotics Inc."
			}
			if f := c.firmWithout(c.key(m.name)); e == nil && f != nil {
				e, m.person, m.org = f, false, true // "Coast Mountain" after "Coast Mountain Bus Company"
			}
			if e == nil {
				e = c.byInitials(m.name) // "RFK Jr."
			}
			c.join(m, e)
			m.ent.fullAt = append(m.ent.fullAt, m.Start)
			m.ent.noteSpeaking(m)
			if m.poss || m.t1 < 0 || m.t1 >= len(m.p.toks) || !modifies(m.p.toks[m.t1]) || !nounish(m.p.toks[m.t1]) || regularPast(m.p.toks[m.t1].low) ||
				m.t0 >= 2 && m.p.toks[m.t0-1].low == "and" && given(m.p.toks, m.t0-2) != 0 {
				m.ent.standing = true
			}
			if plain != "" && plain != m.ent.name && !slices.Contains(m.ent.aliases, plain) {
				// "Shopify" of "Shopify Inc.": the name it goes by, here and
				// in other articles
				m.ent.aliases = append(m.ent.aliases, plain)
				if c.alias == nil {
					c.alias = map[string]*entity{}
				}
				c.alias[c.key(plain)] = m.ent
			}
		}
	}
	kinGenders(ms)
	votes := c.surnameVotes(ms)
	for i, m := range ms {
		if m.kind != byName || m.p.headlineCase() && m.ent == nil {
			continue
		}
		if m.ent == nil {
			e := c.describedNamesake(m, ms)
			if e == nil {
				e = c.seniorNamesake(m, ms)
			}
			if e == nil {
				hint := taggedGender(m)
				if hint == 0 {
					hint = votes[c.key(m.name)]
				}
				g := m.gender
				if g == 0 && saysIt(m) && !c.fullBefore(c.key(m.name), m.Start) {
					g = 'n' // "Ford said Thursday it would" is no Bill Ford named only later; but "Clinton said it means" after "Hillary Clinton" is hers
				}
				e = c.findShort(m.name, m.Start, g, hint)
				if k := c.key(m.name); e != nil && e.first == k && e.final != k && surnameWithheld(m) {
					// "Victoria, a Grade 11 student who asked that her last
					// name not be used," is no Victoria Jung named before: a
					// person, whatever place the name is, of the gender the
					// given name tells
					e, m.person = nil, true
					if m.gender == 0 {
						m.gender = givenGender(k)
					}
				}
			}
			if e == nil && strings.ContainsAny(m.name, "-'’") {
				e = c.withTail(c.key(m.name)) // "Wilson-Raybould"
			}
			if e == nil && m.t0 > 0 && m.p.toks[m.t0-1].low == "the" {
				e = c.shortTitle(c.key(m.name), m.Start) // "the Post"
			}
			if e == nil {
				e = c.acronym(m, ms[:i])
			}
			if e == nil {
				e = c.byInitials(m.name) // "AOC"
			}
			c.join(m, e)
			if k := c.key(m.name); k == m.ent.first && k != m.ent.final {
				m.ent.byGiven++
			}
			m.ent.noteSpeaking(m)
		}
		m.ent.last = m.Start
	}
	for _, m := range ms {
		if m.kind == byName && m.p.headlineCase() && m.ent == nil && titledRole(m) {
			// "Former White House Doctor Says": a role in title case, no name
			m.kind, m.head, m.role, m.person, m.org = byNominal, m.p.toks[m.t1-1].low, m.text, true, false
			continue
		}
		if m.kind == byName && m.p.headlineCase() && m.ent == nil {
			e, name := c.inTitle(m)
			if e != nil {
				m.name = name // "Obama" of "Derelict Obama"
				// What the title's other words made of the mention ("Donald
				// Trump Just Revealed Who He Would Pick" reads as the name of
				// an organisation) says nothing of whom it names.
				m.org, m.gender = false, 0
			}
			c.join(m, e)
			if e == nil && headlineWords(m.name) {
				m.ent.titleOnly = true // "Derelict Obama", not "Zelenskyy" in a title the body does not name
			}
		}
	}
	for _, e := range c.ents {
		if a := undotted(e.name); a != "" && !slices.Contains(e.aliases, a) {
			e.aliases = append(e.aliases, a) // "F.B.I." is the FBI of other articles
		}
	}
}

// acronym finds the organisation an acronym stands for: the name it
// follows in brackets, or the one whose initials it is ("IMF" for the
// International Monetary Fund), and keeps it as the entity's alias.
func (c *cast) acronym(m *mention, before []*mention) *entity {
	if !orgLooking(m.name) || strings.Contains(m.name, " ") {
		return nil
	}
	var e *entity
	if m.t0 >= 1 && m.p.toks[m.t0-1].text == "(" && len(before) > 0 {
		if prev := before[len(before)-1]; prev.p == m.p && prev.t1 == m.t0-1 && prev.ent != nil && !prev.ent.person && initials(prev.ent.name) != "" &&
			initials(prev.ent.name)[0] == m.name[0] {
			// "the International Monetary Fund (IMF)"; not "Citizens for
			// Responsibility and Ethics in Washington (CREW)", whose name
			// before the bracket is only its last word's
			e = prev.ent
		} else if first := spelledBefore(m, before); first != nil {
			e = first.ent
		}
	}
	if e == nil {
		for _, x := range c.ents {
			if x.full && !x.person && strings.EqualFold(initials(x.name), m.name) {
				e = x
				break
			}
		}
	}
	if e == nil {
		e = c.spelledOut(m.name, before)
	}
	if e != nil {
		e.aliases = append(e.aliases, m.name)
		if c.alias == nil {
			c.alias = map[string]*entity{}
		}
		c.alias[c.key(m.name)] = e
	}
	return e
}

// spelledOut is an organisation for the body a nominal before named
// with the acronym's initials ("The Parliamentary Budget Officer" for
// "the PBO"): names after "the" are nominals, which the cast does not hold.
func (c *cast) spelledOut(acronym string, before []*mention) *entity {
	for _, b := range before {
		name := strings.TrimSpace(b.role)
		if b.kind != byNominal || !strings.Contains(name, " ") || !properName(name) || initials(name) != acronym {
			continue
		}
		e := c.newEntity()
		e.name, e.org, e.last = name, true, -1
		e.key = c.key(name)
		e.first, e.final, e.full = ends(e.key)
		c.file(e)
		return e
	}
	return nil
}

// spelledBefore is the first of the names before the bracket that opens at
// acronym m, joined by small words, whose capitals spell it: "Citizens for
// Responsibility" of "Citizens for Responsibility and Ethics in Washington
// (CREW)", a name the small words cut into three; nil when none do.
func spelledBefore(m *mention, before []*mention) *mention {
	toks := m.p.toks
	end := m.t0 - 1 // the bracket
	var spelled []byte
	for i := len(before) - 1; i >= 0 && len(spelled) < len(m.name); i-- {
		b := before[i]
		if b.p != m.p || b.ent == nil || b.ent.person {
			return nil
		}
		for _, t := range toks[b.t1:end] {
			if t.isCap() || !longNameWord(t) {
				return nil // not "... of Washington said in a statement (CREW)"
			}
		}
		spelled = append([]byte(initials(b.text)), spelled...)
		if strings.EqualFold(string(spelled), m.name) {
			return b
		}
		end = b.t0
	}
	return nil
}

// initials are the capitals that open a name's words, its small words
// left out: "International Monetary Fund" is IMF, "Bureau of Labor
// Statistics" BLS.
func initials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// honorifics are the titles that say how to address someone, not a post.
var honorifics = set(`mr. mrs. ms. miss mr mrs ms sir dame dr dr. prof prof. professor`)

func (c *cast) join(m *mention, e *entity) {
	if e == nil {
		e = c.newEntity()
		e.org, e.last = m.org, -1
	}
	if e.name == "" || len(strings.TrimSuffix(m.name, ".")) > len(strings.TrimSuffix(e.name, ".")) && !m.org { // a period is no fuller a name: "Whole Foods.)"
		e.name = m.name
		e.key = c.key(e.name)
		e.first, e.final, e.full = ends(e.key)
		c.file(e)
	}
	if m.role != "" && (e.role == "" || !honorifics[strings.ToLower(m.role)]) {
		e.role = m.role // "Mr. Obama" leaves "President" his role
	}
	if m.gender != 0 && (m.role != "" || !strings.HasSuffix(e.name, " "+m.name)) {
		// no gender from "Des" of "Des Rosiers" after "Nathalie Des Rosiers"
		e.gender, e.disputed = m.gender, m.disputed
	}
	e.person = e.person || m.person
	e.org = e.org || m.org && (m.name == e.name || withoutLegalForm(m.name) != "") // "Trans Mountain Corp." after "the Trans Mountain pipeline": a company
	e.business = e.business || m.business
	if e.named == 0 {
		e.intro = m
	}
	e.named++
	m.ent = e
}

// newEntity adds an entity to the cast, from its slab when the slab has
// room (a pointer to a slab that grows would go stale, so a full slab
// gives way to the heap).
func (c *cast) newEntity() *entity {
	var e *entity
	if len(c.slab) < cap(c.slab) {
		c.slab = c.slab[:len(c.slab)+1]
		e = &c.slab[len(c.slab)-1]
		*e = entity{}
	} else {
		e = new(entity)
	}
	e.n = len(c.ents)
	c.ents = append(c.ents, e)
	return e
}

// placeEnds reports a name ending before token end in a word for a place,
// which no "he" or "she" stands for: "the South China Sea", "Jackson Park".
func placeEnds(toks []token, end int) bool { return end > 0 && placeWords[toks[end-1].low] }

// waterEnds reports a name ending before token end in a word for a sea
// or a landform that, unlike "Lake" or "Park", is nobody's surname: "the
// Aral Sea", "the Strait of Hormuz" is no person whatever its first word.
func waterEnds(toks []token, end int) bool { return end > 0 && waterWords[toks[end-1].low] }

var waterWords = set(`sea ocean gulf strait peninsula mountains islands canyon desert`)

// landforms end the names of places no one speaks for, unlike a city, a
// state or a country ("Beijing said", "Downing Street said"): "the
// Atlantic Ocean", "the Las Vegas Strip", "the Rust Belt".
var landforms = set(`sea ocean river lake gulf strait peninsula mountain mountains valley canyon desert coast strip belt wall`)

var placeWords = set(`sea ocean river lake bay gulf island islands peninsula mountain mountains valley canyon
county street avenue boulevard square park strait coast desert capitol bridge`)
