package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Finding the entity a name refers to: the cast files its entities by
// their keys' words (keyed), and a full name, a surname, a given name or
// "the" and a body's last word is looked up among those entities alone.

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

// findFull finds the entity a multi-word name belongs to: the same key, or
// the same surname with first names that do not conflict (Bill Clinton is
// not Hillary Clinton; "H. Clinton" could be).
func (c *cast) findFull(name string) *entity {
	key := c.key(name)
	if e := c.byKey(key); e != nil {
		return e
	}
	first, final, _ := ends(key)
	if regalTitles[first] && !strings.Contains(key[len(first)+1:], " ") {
		var borne []*entity
		for _, e := range c.keyed(final) {
			if e.full && e.person && e.first == final && hasWord(e.roleWords(), first) {
				return e // "Prince Mohammed" after "Saudi Crown Prince Mohammed bin Salman": the title and the given name
			}
			if e.full && e.person && e.first == final && sharedTitles[first] && !slices.Contains(borne, e) {
				borne = append(borne, e) // "Sheikh Mohamed" after "Mohamed bin Zayed, president of the United Arab Emirates"
			}
		}
		if len(borne) == 1 {
			return borne[0]
		}
	}
	for _, e := range c.keyed(final) {
		if !e.full || e.final != final || e.org && !wordsWithin(key, e.key) && !wordsWithin(e.key, key) {
			// a body's words are no given name and surname: "Holocaust
			// Museum" for "Holocaust Memorial Museum", but not "Alberta
			// School Boards Association" for "Alberta Teachers' Association"
			continue
		}
		if names.SameGiven(e.first, first) && (e.org || names.MiddlesAgree(e.name, name)) { // "Joe Biden" and "Joseph R. Biden", "Xander Wise" and "Alexander Wise"; not "George W. Bush" and "George H.W. Bush"
			return e
		}
	}
	if e := c.withTail(key); e != nil {
		return e
	}
	if e := c.bodyWithout(key, premises); e != nil {
		return e // "St. Michael's" after "St. Michael's Hospital"
	}
	for _, e := range c.keyed(final) { // "Al Hashish" named before "Fouzia Al Hashish": the same last word
		if !e.org && e.full && len(key) > len(e.key)+1 && strings.HasSuffix(key, e.key) && key[len(key)-len(e.key)-1] == ' ' && !bodyOf(key[:len(key)-len(e.key)-1]) {
			return e
		}
	}
	return nil
}

// departments is the word for a kind of body whose name news shortens to
// one word, which may be a place's; not the premises of one ("Calgary"
// is no airport).
var departments = set(`department`)

// sharedTitles are the regal titles that many bear, so that the article
// need not give one to the person it names in full: a Gulf ruler's
// "Sheikh".
var sharedTitles = set(`sheikh sheikha`)

// bodyWithout is the one body whose name is key and then a word of
// kinds, as news goes on to call a body by its name without the word for
// its kind: "St. Michael's" for St. Michael's Hospital (premises), "State"
// for the State Department.
func (c *cast) bodyWithout(key string, kinds map[string]bool) *entity {
	var found *entity
	for w := range kinds {
		if e := c.byKey(key + " " + w); e != nil && e.org {
			if found != nil && found != e {
				return nil // "Mercy Hospital" and "Mercy College"
			}
			found = e
		}
	}
	return found
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
// Post, "the Journal" for The Wall Street Journal, or by its first when
// the rest joins a second to it or says what it is of ("the Globe" for
// The Globe and Mail, "the Bank" for the Bank of England). Of two such bodies
// ("The New York Times" and "the Los Angeles Times") it finds neither,
// and a chamber's word names the chamber of its own: "the House" is not
// the White House, nor "the Senate" the Missouri Senate.
func (c *cast) shortTitle(key string, pos int) *entity {
	if chambers[key] {
		return nil
	}
	return soleEntity(c.keyed(key), func(e *entity) bool {
		return !e.person && e.full && (e.final == key || e.first == key && ofBody(e.key[len(key):])) && e.last != 0 && e.last < pos && (e.org || e.nominal)
	})
}

// soleEntity is the one entity of es that match accepts; nil when none or
// more than one does, as then a short name or a description could mean
// either.
func soleEntity(es []*entity, match func(*entity) bool) *entity {
	var found *entity
	for _, e := range es {
		if !match(e) {
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

// findShort finds the person a one-word name refers to by surname or,
// failing that, first name: of a gender its title tells, if any; of the
// gender hint tells, if any is (a pronoun after it: "Belkacemi says she");
// then the one named most before pos (by a surname: not counting a given
// name alone), then the one named most recently before pos.
func (c *cast) findShort(name string, pos int, gender, hint byte) *entity {
	key := c.key(name)
	if e := c.alias[key]; e != nil {
		return e // "IMF", once defined
	}
	var best *entity
	cands := c.keyed(key)
	for _, e := range cands {
		if e.key == key && !e.nobody && (best == nil || e.last < pos && e.last > best.last) {
			best = e // the same name: "IMD" and "IMD"
		}
	}
	for pass := 0; pass < 2 && best == nil; pass++ {
		for _, e := range cands {
			if e.key == "" || e.nobody || lawName(e.name) {
				continue // nor a law by a word of its name: "Paris" is no "Paris Accord"
			}
			firm := pass == 0 && !e.person && e.full && e.final == key && names.IsFirm(e.name) // "Schwab" of "Charles Schwab, the discount brokerage"
			if !e.person && !firm || pass == 0 && e.final != key || pass == 1 && (!e.full || e.first != key || !e.standing) {
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
			n, bn := e.namedBefore(pos), best.namedBefore(pos)
			if pass == 0 {
				n, bn = n-e.byGiven, bn-best.byGiven // "Tom" says nothing of whom "Ebeling" means; "Kim" of Kim Jong-un does of "Kim"
			}
			spoke, bestSpoke := e.spokeBefore(pos), best.spokeBefore(pos)
			if n > bn || n == bn && spoke && !bestSpoke || n == bn && spoke == bestSpoke && e.last < pos && (best.last >= pos || e.last > best.last) {
				// of two Kims, the one the article names more often; then
				// the one it has had speak ("Jeb Bush said ... his brother,
				// former President George W. Bush, ... Bush said"); then the
				// one named last
				best = e
			}
		}
	}
	if best != nil && best.person && !best.nobody && c.sharedSurname(cands, best, key, pos, gender, hint) {
		return c.ambiguous(name) // "Daniel and Henrik Sedin ... Sedin added": either
	}
	if best == nil && !strings.Contains(key, " ") {
		best = c.byMiddle(key, pos, gender)
	}
	if best == nil && !strings.Contains(key, " ") {
		best = c.firmShort(key, pos)
	}
	if best == nil && !strings.Contains(key, " ") {
		best = c.bodyWithout(key, departments) // "State said" after "the State Department"
	}
	return best
}

// byInitials is the one person the article names in full whose initials
// name spells in capitals, with any suffix: "RFK Jr." of "Robert F.
// Kennedy Jr.", "AOC" of "Alexandria Ocasio-Cortez". Three letters at
// least: two ("JD") are as often a given name.
func (c *cast) byInitials(name string) *entity {
	first, _, _ := strings.Cut(name, " ")
	letters := strings.ReplaceAll(first, ".", "")
	if len(letters) < 3 || !allCaps(letters) {
		return nil // most names: no look further
	}
	p := names.Split(name)
	if p.Given != "" || strings.ToLower(letters) != p.Surname {
		return nil
	}
	var found *entity
	for _, e := range c.ents {
		if e.person && e.full && e.key[0] == p.Surname[0] && names.Split(e.name).Initials() == p.Surname {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// byKey is the entity filed under exactly key, if any.
func (c *cast) byKey(key string) *entity {
	for _, e := range c.keyed(key) {
		if e.key == key {
			return e
		}
	}
	return nil
}

// firmShort is the one business named in full before pos whose name opens
// with key, a word no list holds or a rare one of the dictionary, and ends
// in the word for its trade or its form, as a business goes on to be
// called: "Redstone" for Redstone Minerals, "Kestrel" for Kestrel Motors.
// Not "Canada" of "Health Canada", "General" of "General Motors" (a
// common word), a given name a person of the article bears ("Ford" of
// Ford Motor Co. where Doug Ford is named), nor a word of two businesses.
func (c *cast) firmShort(key string, pos int) *entity {
	if isCommonWord(key) || names.IsPlace(key) || placeWords[key] || adjectival(key) {
		return nil
	}
	var found *entity
	for _, e := range c.keyed(key) {
		if e.person && givenGender(key) != 0 {
			return nil // "Chase" when the article names a Chase: whose name it is, not the bank's
		}
		if !e.full || e.person || e.first != key || e.last < 0 || e.last >= pos || !firmName(e.name) && !legalForms[e.final] && !groupWords[e.final] {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// groupWords end the names of businesses that own others: "Aldwych Group".
var groupWords = set(`group holdings corporation company`)

// byMiddle is the one person named in full before pos with key as a word
// between the given name and the surname, by which the article goes on to
// call them: "Lula" for Luiz Inácio Lula da Silva. None when two are.
func (c *cast) byMiddle(key string, pos int, gender byte) *entity {
	var found *entity
	for _, e := range c.ents {
		if !e.person || !e.full || e.first == key || e.final == key || e.last < 0 || e.last >= pos ||
			gender != 0 && e.gender != 0 && e.gender != gender || particles[key] || len(strings.TrimSuffix(key, ".")) < 3 || !hasWord(" "+e.key+" ", key) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

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

// spokesHeads are the nouns for who speaks for a body.
var spokesHeads = set(`spokesperson spokesman spokeswoman spokespeople spokespersons`)

// spokenFor is the entity a spokesperson's nominal names before its noun
// ("Thames Water" of "A Thames Water spokesperson"), or nil.
func (c *cast) spokenFor(m *mention) *entity {
	if m.kind != byNominal || !spokesHeads[m.head] {
		return nil
	}
	name, ok := strings.CutSuffix(m.role, " "+m.p.toks[m.t1-1].text)
	if !ok || !properName(name) {
		return nil
	}
	key := c.key(name)
	for _, e := range c.keyed(key) {
		if e.key == key {
			return e
		}
	}
	return nil
}

// namedBefore is how many mentions name e before pos: its names in full
// there, and the short ones read so far, which all stand before pos.
func (e *entity) namedBefore(pos int) int {
	n := e.named
	for _, at := range e.fullAt {
		if at >= pos {
			n--
		}
	}
	return n
}

// fullBefore reports a name named in full before pos whose last word
// is key: a person's surname, or a firm's ("Charles Schwab").
func (c *cast) fullBefore(key string, pos int) bool {
	return slices.ContainsFunc(c.keyed(key), func(e *entity) bool {
		return e.final == key && len(e.fullAt) > 0 && e.fullAt[0] < pos
	})
}
