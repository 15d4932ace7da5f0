package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
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
	nominal bool // named only after an article: "The Food Standards Agency" (namedBody)
	// business is set when the article describes it as a business ("the
	// oil giant Exxon Mobil"): whom "the company" most likely means.
	business bool
	bare     bool     // named once at least without "the" before it, as people are: not "the Mediterranean"
	nobody   bool     // a person the article does not name: "a 29-year-old Berlin woman" (unnamed)
	of       *mention // the plural noun phrase a group stands for: "Several Democrats" (described)
	last     int      // byte offset of its latest mention so far, for bare surnames
	named    int      // how many mentions name it so far
	n        int      // its place in the cast, which breaks ties between entities

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

// keyed lists, in the cast's order, the entities whose key or key's first
// or last word is w, and perhaps some that were so keyed before a fuller
// name came: callers test what they need of each.
func (c *cast) keyed(w string) []*entity { return c.byWord[w] }

// file adds e to byWord under its key's words.
func (c *cast) file(e *entity) {
	if c.byWord == nil {
		c.byWord = map[string][]*entity{}
	}
	for _, w := range [...]string{e.key, e.first, e.final} {
		l := c.byWord[w]
		if slices.Contains(l, e) {
			continue
		}
		i := len(l)
		for i > 0 && l[i-1].n > e.n {
			i--
		}
		c.byWord[w] = slices.Insert(l, i, e)
	}
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
			c.join(m, c.findFull(m.name)) // "Russian President Vladimir Putin" in a title too
		}
	}
	for i, m := range ms {
		if m.kind != byName || m.p.headlineCase() && m.ent == nil {
			continue
		}
		if m.ent == nil {
			e := c.findShort(m.name, m.Start, m.gender, taggedGender(m))
			if e == nil && strings.ContainsAny(m.name, "-'’") {
				e = c.withTail(c.key(m.name)) // "Wilson-Raybould"
			}
			if e == nil && m.t0 > 0 && m.p.toks[m.t0-1].low == "the" {
				e = c.shortTitle(c.key(m.name), m.Start) // "the Post"
			}
			if e == nil {
				e = c.acronym(m, ms[:i])
			}
			c.join(m, e)
		}
		m.ent.last = m.Start
	}
	for _, m := range ms {
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
		if prev := before[len(before)-1]; prev.p == m.p && prev.t1 == m.t0-1 && prev.ent != nil && !prev.ent.person {
			e = prev.ent // "the International Monetary Fund (IMF)"
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
	if e != nil {
		e.aliases = append(e.aliases, m.name)
		if c.alias == nil {
			c.alias = map[string]*entity{}
		}
		c.alias[c.key(m.name)] = e
	}
	return e
}

// initials are the capitals that open a name's words, its small words
// left out: "International Monetary Fund" is IMF, "Bureau of Labor
// Statistics" BLS.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headlineWords reports a title's run of capitalised words that holds an
// ordinary word ("Obama Sees", "Derelict Obama"): in title case, no name
// by itself.
func headlineWords(name string) bool {
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if (names.IsWord(lw) || isCommonWord(lw)) && givenGender(lw) == 0 {
			return true
		}
	}
	return false
}

// inTitle finds the entity of the body a title's name mention names, and
// the words that name it: the whole name, or else its longest run of words
// that names one ("Elizabeth Warren" of "Elizabeth Warren Hammers Wells
// Fargo CEO").
func (c *cast) inTitle(m *mention) (*entity, string) {
	words := strings.Fields(m.name)
	for n := len(words); n > 0; n-- {
		for i := len(words) - n; i >= 0; i-- { // the last words first: a surname before a given name
			name := strings.Join(words[i:i+n], " ")
			var e *entity
			if n > 1 {
				e = c.findFull(name)
				if e != nil && e.key != c.key(name) && headlineWords(name) {
					e = nil // "Move Against Bernie Sanders" ends as his name does, but is not his name
				}
			} else {
				e = c.findShort(name, m.Start, m.gender, 0)
			}
			if e != nil && !e.titleOnly {
				return e, name
			}
		}
	}
	return nil, ""
}

// honorifics are the titles that say how to address someone, not a post.
var honorifics = set(`mr. mrs. ms. miss mr mrs ms sir dame dr dr. prof prof. professor`)

func (c *cast) join(m *mention, e *entity) {
	if e == nil {
		e = c.newEntity()
		e.org, e.last = m.org, -1
	}
	if e.name == "" || len(m.name) > len(e.name) && !m.org {
		e.name = m.name
		e.key = c.key(e.name)
		e.first, e.final, e.full = ends(e.key)
		c.file(e)
	}
	if m.role != "" && (e.role == "" || !honorifics[strings.ToLower(m.role)]) {
		e.role = m.role // "Mr. Obama" leaves "President" his role
	}
	if m.gender != 0 {
		e.gender, e.disputed = m.gender, m.disputed
	}
	e.person = e.person || m.person
	e.org = e.org || m.org && m.name == e.name
	e.business = e.business || m.business
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

// findFull finds the entity a multi-word name belongs to: the same key, or
// the same surname with first names that do not conflict (Bill Clinton is
// not Hillary Clinton; "H. Clinton" could be).
func (c *cast) findFull(name string) *entity {
	key := c.key(name)
	for _, e := range c.keyed(key) {
		if e.key == key {
			return e
		}
	}
	first, final, _ := ends(key)
	for _, e := range c.keyed(final) {
		if !e.full || e.final != final {
			continue
		}
		if names.SameGiven(e.first, first) { // "Joe Biden" and "Joseph R. Biden", "Xander Wise" and "Alexander Wise"
			return e
		}
	}
	if e := c.withTail(key); e != nil {
		return e
	}
	for _, e := range c.keyed(final) { // "Al Hashish" named before "Fouzia Al Hashish": the same last word
		if !e.org && e.full && len(key) > len(e.key)+1 && strings.HasSuffix(key, e.key) && key[len(key)-len(e.key)-1] == ' ' {
			return e
		}
	}
	return nil
}

// withTail finds the person whose name ends in the words of key, a
// surname of several words named alone: "Al Mnajer" of "Mohammad Al
// Mnajer", "Wilson-Raybould" of "Jody Wilson-Raybould".
func (c *cast) withTail(key string) *entity {
	_, final, _ := ends(key)
	for _, e := range c.keyed(final) { // a name ending in key's words ends in its last
		if !e.org && len(e.key) > len(key)+1 && strings.HasSuffix(e.key, key) && e.key[len(e.key)-len(key)-1] == ' ' {
			return e
		}
	}
	return nil
}

// shortTitle finds the body that "the" and one word refer back to by the
// last word of its name, named before: "the Post" for The Washington
// Post, "the Journal" for The Wall Street Journal. Of two such bodies
// ("The New York Times" and "the Los Angeles Times") it finds neither,
// and a chamber's word names the chamber of its own: "the House" is not
// the White House, nor "the Senate" the Missouri Senate.
func (c *cast) shortTitle(key string, pos int) *entity {
	if chambers[key] {
		return nil
	}
	var found *entity
	for _, e := range c.keyed(key) {
		if e.person || !e.full || e.final != key || e.last == 0 || e.last >= pos || !e.org && !e.nominal {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// chambers are legislatures, whose word alone names the nation's.
var chambers = set(`house senate congress parliament assembly`)

// ends are the first and last words of a key, and whether they differ:
// all that matching names by their words asks, with no slice to allocate.
func ends(key string) (first, final string, full bool) {
	i := strings.IndexByte(key, ' ')
	if i < 0 {
		return key, key, false
	}
	return key[:i], key[strings.LastIndexByte(key, ' ')+1:], true
}

// findShort finds the person a one-word name refers to by surname or,
// failing that, first name: of a gender its title tells, if any; of the
// gender hint tells, if any is (a pronoun after it: "Belkacemi says she");
// then the one the article names most, then the one named most recently
// before pos.
func (c *cast) findShort(name string, pos int, gender, hint byte) *entity {
	key := c.key(name)
	if e := c.alias[key]; e != nil {
		return e // "IMF", once defined
	}
	var best *entity
	cands := c.keyed(key)
	for _, e := range cands {
		if e.key == key && (best == nil || e.last < pos && e.last > best.last) {
			best = e // the same name: "IMD" and "IMD"
		}
	}
	for pass := 0; pass < 2 && best == nil; pass++ {
		for _, e := range cands {
			if e.key == "" {
				continue
			}
			if !e.person || pass == 0 && e.final != key || pass == 1 && (!e.full || e.first != key) {
				// only a person's name has a surname or a given name to
				// call them by: "Canada" is no part of "Health Canada"
				continue
			}
			if gender != 0 && e.gender != 0 && gender != e.gender {
				continue // "Mrs. Clinton" is not Bill Clinton
			}
			fits := func(e *entity) bool { return e.gender == 0 || e.gender == hint }
			if best == nil || hint != 0 && fits(e) != fits(best) {
				if best == nil || fits(e) {
					best = e // "Belkacemi says she": of a father and a daughter, her
				}
				continue
			}
			if e.named > best.named || e.named == best.named && e.last < pos && (best.last >= pos || e.last > best.last) {
				best = e // of two Kims, the one the article names more often, then the one named last
			}
		}
	}
	return best
}

// placeEnds reports a name ending before token end in a word for a place,
// which no "he" or "she" stands for: "the South China Sea", "Jackson Park".
func placeEnds(toks []token, end int) bool { return end > 0 && placeWords[toks[end-1].low] }

// waterEnds reports a name ending before token end in a word for a sea
// or a landform that, unlike "Lake" or "Park", is nobody's surname: "the
// Aral Sea", "the Strait of Hormuz" is no person whatever its first word.
func waterEnds(toks []token, end int) bool { return end > 0 && waterWords[toks[end-1].low] }

var waterWords = set(`sea ocean gulf strait peninsula mountains islands canyon desert`)

var placeWords = set(`sea ocean river lake bay gulf island islands peninsula mountain mountains valley canyon
county street avenue boulevard square park strait coast desert`)

// givenName reports a key that opens the full name of someone the article
// names: "Trayvon" of Trayvon Martin is his given name, no company's.
func (c *cast) givenName(key string) bool {
	for _, e := range c.keyed(key) {
		if e.full && e.first == key && e.key != key && (e.person || e.kind == kindUnknown && (names.Gender(e.final) != 0 || !names.IsWord(e.final))) {
			return true
		}
	}
	return false
}
