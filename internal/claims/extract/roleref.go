package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Role references: whom a role noun refers back to ("the senator", "the
// councillor", "the challenger"), the person the article named with that
// post or place.

// roleAliases put well-known role nouns in the terms of the roles that
// articles give with names: "the Kremlin chief" is the Russian President.
var roleAliases = map[string]string{
	"kremlin chief": "russian president", "kremlin leader": "russian president",
	"pontiff": "pope", "holy father": "pope", "white house": "president",
	"congressman": "rep.", "congresswoman": "rep.", "representative": "rep.",
	"senator": "sen.", "governor": "gov.", "pm": "prime minister", "cm": "chief minister", "admiral": "adm.",
}

// roleFallbacks are the posts a role noun names when no one holds it by
// that word: "the minister" for "the Education Secretary, Bridget
// Phillipson", a British cabinet post; "the judge" for "Mr Justice
// Harlow", a judge of England's High Court.
var roleFallbacks = map[string]string{"minister": "secretary", "judge": "justice"}

// personRoles are role nouns that point back at one person named earlier.
var personRoles = set(`president chief leader senator governor mayor secretary minister chancellor
judge ambassador pontiff congressman congresswoman representative premier chairman chairwoman
spokesman spokeswoman candidate nominee pm cm treasurer taoiseach boss manager coach captain skipper
ceo founder chair chairperson king queen prince princess emir sheikh sultan councillor councilor councilman
councilwoman councilmember alderman alderwoman admiral pope`)

// heldRoles refer back only to one the article named with them: a
// candidate's place in a race ("challenger Raj Gill ... the challenger
// said") and posts that name no one else by the noun alone ("Justice Amy
// Coney Barrett ... the justice asked", "columnist Ai Jun ... the
// columnist suggested"); unlike personRoles, no post the lede's subject
// may hold unnamed, so with no holder they read as any description.
var heldRoles = set(`challenger incumbent justice columnist director speaker`)

// byRole finds the person a role noun refers back to: the latest one named
// before it whose role (or name, for a pope) holds the role's words.
func (d *doc) byRole(m *mention) *entity {
	role := strings.ToLower(m.role)
	want := role
	if a, ok := roleAliases[want]; ok {
		want = a
	} else if a, ok := roleAliases[m.head]; ok && !strings.Contains(want, " ") {
		want = a
	}
	if e := d.withRole(want, m.Start); e != nil {
		return e
	}
	if want != role {
		if e := d.withRole(role, m.Start); e != nil {
			return e // "the governor" for "Governor Chris Christie", not only "Gov."
		}
	}
	if !strings.Contains(want, " ") {
		if f, ok := roleFallbacks[want]; ok {
			return d.withRole(f, m.Start)
		}
		return nil
	}
	// "the Vermont senator" when the article named "Sen. Bernie Sanders":
	// the latest one of that role, whatever the words around it, but not
	// of another party ("the Democratic nominee" is not the Republican one)
	// nor of another department.
	e := d.withRole(m.head, m.Start)
	if a, ok := roleAliases[m.head]; ok {
		if ea := d.withRole(a, m.Start); ea != nil {
			e = ea
		}
	}
	if e != nil && party(role) != "" && party(e.roleWords()) != "" && party(role) != party(e.roleWords()) {
		return nil
	}
	if o := postOwner(role); e != nil && o != "" && postOwner(strings.ToLower(e.role)) != "" && o != postOwner(strings.ToLower(e.role)) {
		return nil // "Israel's energy minister" is not "Jordan's water minister"
	}
	if _, of, ok := strings.Cut(role, " of "); ok && e != nil {
		for _, w := range strings.Fields(of) {
			if w != "the" && !hasWord(e.roleWords(), w) {
				return nil // "the Secretary of Defense" is no Secretary of State; "the Minister of Finance" is the Finance Minister
			}
		}
	}
	if f := strings.Fields(role); e == nil && len(f) == 2 && names.Demonym(f[0]) {
		e = d.onePost(f[0], m.Start) // "The German leader" for "German Chancellor Friedrich Merz"
	}
	return e
}

// onePost is the one person named before pos whose post the people's word
// w qualifies ("German Chancellor Friedrich Merz" for "the German
// leader"), or nil when none or several are.
func (d *doc) onePost(w string, pos int) *entity {
	var one *entity
	for _, e := range d.cast.ents {
		if !e.person || e.last < 0 || d.lastBefore(e, pos) < 0 {
			continue
		}
		f := strings.Fields(strings.ToLower(e.role))
		if len(f) < 2 || f[0] != w || !personRoles[f[len(f)-1]] && !titles[f[len(f)-1]] {
			continue
		}
		if one != nil && one != e {
			return nil
		}
		one = e
	}
	return one
}

// parties are the words of a role that tell two holders of it apart.
var parties = set(`democratic democrat republican gop libertarian green labor labour conservative tory liberal`)

// party is the first party word in a role, or "".
func party(role string) string {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if parties[w] {
			return w
		}
	}
	return ""
}

// hasWord reports whether w stands as a word in have (words between
// spaces), with or without a full stop after it ("sen." for "sen").
func hasWord(have, w string) bool {
	for i := 0; ; {
		j := strings.Index(have[i:], w)
		if j < 0 {
			return false
		}
		j += i
		k := j + len(w)
		if j > 0 && have[j-1] == ' ' && k < len(have) && (have[k] == ' ' || have[k] == '.' && k+1 < len(have) && have[k+1] == ' ') {
			return true
		}
		i = j + 1
	}
}

// withRole finds the person named last before pos whose role or name holds
// every word of want; no one when another who holds it is named last in
// the same sentence, as either may be meant.
func (d *doc) withRole(want string, pos int) *entity {
	var best, next *mention // the latest mentions before pos of the two latest holders
	words := strings.Fields(want)
	for _, e := range d.cast.ents {
		if !e.person || e.last < 0 {
			continue
		}
		have := e.roleWords()
		ok := true
		for _, w := range words {
			if !hasWord(have, w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		m := d.lastMentionBefore(e, pos)
		switch {
		case m == nil:
		case best == nil || m.Start > best.Start:
			best, next = m, best
		case next == nil || m.Start > next.Start:
			next = m
		}
	}
	if best == nil {
		return nil
	}
	if next != nil && next.p == best.p && next.p.sentenceOf(next.t0) == best.p.sentenceOf(best.t0) {
		return nil // "Finance Minister Nate Horner and federal Finance Minister ... Champagne ... The minister said": either
	}
	return best.ent
}

// kinNamed finds the one person the article named, before the mention m,
// as someone's relative by the noun m's head is: "her son, David Voss,"
// is whom "her son said" means later on, the apposition introducing
// them. When m is a possessive pronoun and its noun alone ("her lawyer
// said" in a lede), the same words name the person anywhere, any role's
// noun ("Her lawyer, David Chen, said"; not "Its lawyer"). Two people
// named so, or none, leave the relative unnamed.
func (d *doc) kinNamed(m *mention, at sentRef) *entity {
	var found *entity
	owner := m.p.toks[m.t0].low
	owned := m.t1-m.t0 == 2 && possessivePronouns[owner] != 0
	for pi := 0; pi < len(d.paras) && (owned || pi <= at.p); pi++ {
		p := d.paras[pi]
		for j, t := range p.toks {
			if t.Start >= m.Start && !owned {
				break
			}
			if t.low != m.head || j+2 >= len(p.toks) {
				continue
			}
			if n := p.mentionAt(j); owned && n != nil && n.t0 == j && p.sentenceStart(j) && namedPerson(n) && strings.EqualFold(n.role, t.text) && d.introduces(n) {
				// "Spokesman Bayo Onanuga said" for "his spokesman said":
				// the noun alone as the title that opens a sentence with
				// the one it names; not "Clinton's lawyer Cheryl Mills"
				if found != nil && found != n.ent {
					return nil
				}
				found = n.ent
				continue
			}
			if (t.Start >= m.Start || !kin[m.head]) && (j == 0 || p.toks[j-1].low != owner) {
				continue // the same owner and noun; for a relative named before, any owner: "Eleanor Voss's son, David," for "her son said"
			}
			k := j + 1
			if p.toks[k].text == "," {
				k++
			}
			n := p.mentionAt(k)
			if n == nil || !namedPerson(n) || !d.introduces(n) {
				continue
			}
			if found != nil && found != n.ent {
				return nil
			}
			found = n.ent
		}
	}
	return found
}

// introduces reports the mention n as the first of its entity: a relative
// named by an apposition is someone new, and a name already met ("his
// father, Rafael," after "Rafael Edward Cruz", the son's own name) is
// one the reading joined wrongly.
func (d *doc) introduces(n *mention) bool {
	for _, p := range d.paras {
		for _, o := range p.ms {
			if o == n {
				return true
			}
			if o.kind == byName && o.ent == n.ent && strings.ToLower(o.name) != n.ent.final {
				return false // not for a bare surname: "the Okafor family" before "her husband, Daniel Okafor"
			}
		}
	}
	return false
}

// partyMember is the one person the article sets off as a party's member
// ("Leslie Church, the Liberal,") whom "the Liberal" at m refers back to,
// or else the one person named just before it as a subject, as news
// calls a speaker by their party the second time ("Gov. Katie Hobbs
// vetoed a bill. "...," the Democrat said"); nil for any other name, or
// when several people are so described or named.
func (d *doc) partyMember(m *mention, at sentRef) *entity {
	toks := m.p.toks
	word := m.name // a name after "the", or a phrase of "the" and a name
	if m.kind == byNominal && m.t1-m.t0 == 2 && toks[m.t0].low == "the" {
		word = toks[m.t0+1].text
	} else if m.kind != byName || m.t0 < 1 || toks[m.t0-1].low != "the" {
		return nil
	}
	if names.Demonym(strings.ToLower(word)) && m.kind == byName && !modifiesNoun(toks, m.t1) {
		return d.soleSubject(at, m.Start) // '"...," the Argentine said' after "Lionel Messi scored twice"
	}
	if !parties[strings.ToLower(word)] {
		return nil
	}
	var one *entity
	for _, n := range d.ms {
		if n.kind == byName && n.ent != nil && n.ent.kind == kindPerson && n.ent != one && partyMemberAfter(n.p.toks, n.t1) && n.p.toks[n.t1+2].text == word {
			if one != nil {
				return nil
			}
			one = n.ent
		}
	}
	if one == nil && !modifiesNoun(toks, m.t1) { // not "the Republican nomination"
		one = d.soleSubject(at, m.Start)
	}
	return one
}

// soleSubject is the one person named before pos in the nearest of its
// sentence and the two before it that names any, counting no owner
// ("Clinton's"), no preposition's object and no name inside a quote; nil
// when that sentence names several, or none does. A sentence about one
// person between stands for them alone: '"...," said director Dan
// Ashworth. Ten Hag had been given a new contract. The Dutchman said'.
func (d *doc) soleSubject(at sentRef, pos int) *entity {
	var sole *entity
	many := false
	d.backwards(at, pos, 3, func(at sentRef, pos int) bool {
		p := d.paras[at.p]
		s := p.sents[at.s]
		for _, n := range p.mentionsIn(s.Start, s.End) {
			if n.Start >= pos || n.kind != byName || n.ent == nil || n.ent.kind != kindPerson || n.poss || p.toks[n.t0].q != nil || afterPreposition(p, n) {
				continue
			}
			many = many || sole != nil && sole != n.ent
			sole = n.ent
		}
		return sole != nil
	})
	if many {
		return nil
	}
	return sole
}

// postOwner is the possessive that opens a post, "canada" of "canada's
// deputy prime minister"; "" when none does.
func postOwner(role string) string {
	first, _, _ := strings.Cut(role, " ")
	if w, ok := cutPossessive(first); ok {
		return w
	}
	return ""
}

// ownedPost is the post whose noun is at token h, after its owner's
// possessive and up to three words in lower case, the owner with it:
// "Canada's deputy prime minister"; "" when no possessive opens it.
func ownedPost(toks []token, h int) string {
	for i := h; i >= 0 && i >= h-3; i-- {
		if i < h && isPossessive(toks[i].text) {
			words := make([]string, 0, 4)
			for _, t := range toks[i : h+1] {
				words = append(words, t.text)
			}
			return strings.Join(words, " ")
		}
		if !toks[i].isWord() || toks[i].isCap() && i < h {
			return ""
		}
	}
	return ""
}

// placeInRole is the place below a country that the role of the one
// person named in the sentence at or the one before holds, for "the
// province", "the state" or "the city" when no mention names the place:
// "Alberta Premier Danielle Smith said" makes "The province" Alberta's
// government. "" when none does, or people of two places are named.
func (d *doc) placeInRole(m *mention, at sentRef) (place string) {
	if !localHeads[m.head] {
		return ""
	}
	two := false
	d.backwards(at, m.Start, 2, func(at sentRef, pos int) bool {
		p := d.paras[at.p]
		s := p.sents[at.s]
		for _, n := range p.mentionsIn(s.Start, s.End) {
			if n.Start >= pos || n.kind != byName || n.ent == nil || n.ent.kind != kindPerson || n.role == "" {
				continue
			}
			words := strings.Fields(n.role)
			for k := min(2, len(words)); k >= 1; k-- {
				if w := strings.Join(words[:k], " "); startsUpper(w) && names.IsPlace(w) && !names.IsCountry(w) {
					two = two || place != "" && place != w
					place = w
					break
				}
			}
		}
		return place != ""
	})
	if two {
		return ""
	}
	return place
}
