package extract

import (
	"claimtrack/internal/claims"
	"slices"
	"strings"
)

// resolved is who a claim is attributed to: the mention in the attribution
// and the entity it was resolved to, if any.
type resolved struct {
	m    *mention
	text string // the words it stands for, when m is a relative pronoun
	ent  *entity
	name string
	role string
	kind claims.SpeakerKind
}

// aliases are the other names of the speaker the article gives.
func (r *resolved) aliases() []string {
	if r.ent == nil {
		return nil
	}
	return r.ent.aliases
}

// kept is a resolved speaker moved to the heap, for a quote to hold.
func kept(r resolved) *resolved { return &r }

// roleAliases put well-known role nouns in the terms of the roles that
// articles give with names: "the Kremlin chief" is the Russian President.
var roleAliases = map[string]string{
	"kremlin chief": "russian president", "kremlin leader": "russian president",
	"pontiff": "pope", "holy father": "pope", "white house": "president",
	"congressman": "rep.", "congresswoman": "rep.", "representative": "rep.",
	"senator": "sen.", "governor": "gov.", "pm": "prime minister", "cm": "chief minister",
}

// personRoles are role nouns that point back at one person named earlier.
var personRoles = set(`president chief leader senator governor mayor secretary minister chancellor
judge ambassador pontiff congressman congresswoman representative premier chairman chairwoman
spokesman spokeswoman candidate nominee pm cm treasurer taoiseach boss manager coach captain skipper
ceo founder chair chairperson`)

// resolve finds who a mention in an attribution refers to.
func (d *doc) resolve(m *mention, at sentRef) resolved {
	r := resolved{m: m}
	switch {
	case m.appos != nil: // "the prime minister, Keir Starmer,"
		r.ent = m.appos.ent
	case m.kind == byName:
		r.ent = m.ent
		if r.ent != nil && !r.ent.kind.speaks() {
			r.ent = nil // "Christmas Day", "Continued Below": no one
			return r
		}
	case m.kind == byPronoun && m.p.answer && d.interviewee != nil && firstPerson(m.text):
		r.ent = d.interviewee.ent // "A: I think ...": the interviewee
	case m.kind == byPronoun:
		they := strings.EqualFold(m.text, "they")
		r.ent = d.pronounEntity(m, at)
		var stand *mention // a group or body the pronoun speaks for
		switch {
		case r.ent == nil && strings.EqualFold(m.text, "it"):
			stand = d.lastNamed(at, m.Start, isOrganisation) // "The union said ... It added": the union
		case r.ent == nil && they:
			stand = d.lastNamed(at, m.Start, isGroup) // '"...," they wrote' after "Analysts at Jefferies said"
		}
		if stand != nil {
			r = d.resolve(stand, at)
			r.m = m
			return r
		}
	case m.kind == byRelative:
		// "who", "which": whoever the phrase before it names, with the
		// pronoun kept as the mention the attribution holds.
		a := antecedentOf(m)
		if a == nil {
			return r
		}
		r = d.resolve(a, at)
		r.m = m
		if m.t1-m.t0 == 1 {
			r.text = a.text // not for "many of whom": the quantifier says more
		}
		return r
	case m.kind == byNominal:
		if personRoles[m.head] {
			r.ent = d.byRole(m)
		}
		if g := descriptorGender(m.head); g != 0 && r.ent == nil {
			// "Sarah Jones, a teacher, said ... The 41-year-old added":
			// the person named last, of the gender the noun tells
			d.backwards(at, m.Start, 3, func(at sentRef, pos int) bool {
				es, done := d.mentioned(at, pos)
				defer done()
				i := slices.IndexFunc(es, func(c salient) bool {
					return c.e.kind == kindPerson && (g == 'n' || c.e.gender == 0 || c.e.gender == g)
				})
				if i >= 0 {
					r.ent = es[i].e
				}
				return i >= 0
			})
		}
		if r.ent == nil && documents[m.head] {
			r.ent = d.issuer(m, at) // "her statement said", "a statement e-mailed by Reagan Ruslim said"
		}
		if r.ent == nil && definite(m) {
			r.ent = d.anaphor(m, at) // "the utility said", "the lanky, bespectacled professor said"
		}
		if r.ent == nil && groupName(strings.ToLower(m.head)) && startsUpper(m.p.toks[m.t1-1].text) {
			r.name, r.kind = m.p.toks[m.t1-1].text, claims.Group // "Democrats said": a group by its party or nation
			if m.t1-m.t0 > 1 && proper(m.role) {
				r.name = strings.TrimSpace(m.role) // "Senate Democrats"
			}
		}
		if r.ent == nil && r.name == "" && m.org {
			// A group speaks for itself when its words name it: "a
			// Ukrainian delegation"; one that someone owns by their
			// name: "Doug Ford's office". "The company", "an open
			// letter" or "a tweet" alone name no one.
			r.kind = claims.Organisation
			if strings.HasSuffix(m.head, "s") && !documents[m.head] {
				r.kind = claims.Group // "Labour MPs", "officials"
			}
			if o := m.p.mentionEndingAt(m.t0); o != nil && o.poss && o.kind == byName {
				if ro := d.resolve(o, at); ro.name != "" && ro.kind == claims.Person {
					r.name = ro.name + "'s " + strings.TrimSpace(m.role)
				}
			} else if proper(m.role) {
				r.name = strings.TrimSpace(m.role) // "a CBS poll" too
			}
		} else if r.ent == nil {
			// An unnamed person ("a source", "the spokeswoman") is nobody
			// the database can follow: the mention alone is kept.
			r.role = m.role
		}
	}
	if r.ent != nil {
		r.name, r.role = r.ent.name, r.ent.role
		r.kind = r.ent.kind.speaker()
		if m.kind == byNominal {
			r.role = m.role
		}
	}
	return r
}

// definite reports a nominal that refers back to someone already named:
// "the utility", "the lanky, bespectacled professor", not "a source".
func definite(m *mention) bool {
	return m.t0 < len(m.p.toks) && m.p.toks[m.t0].low == "the" && !strings.HasSuffix(m.head, "s")
}

// proper reports words that hold a capitalised one: "Ukrainian
// delegation", "the Kremlin", not "company".
func proper(words string) bool {
	for _, w := range strings.Fields(words) {
		if startsUpper(w) && !strings.EqualFold(w, "the") {
			return true
		}
	}
	return false
}

// orgHeads are the nouns by which news refers back to an organisation it
// has named: "the utility" for BC Hydro, "the company" for Procter &
// Gamble. "the city" and its like may be a place's government.
var orgHeads = set(`company firm agency utility organization organisation group union board bank corporation
retailer carmaker automaker airline network station newspaper broadcaster ministry department government
council committee commission association party club team league school university college hospital
court tribunal authority service office foundation charity institute coalition alliance federation city
province state country town municipality administration regulator watchdog insurer lender developer
manufacturer startup`)

// placeHeads are the organisation nouns that a place's name may stand for.
var placeHeads = set(`city province state country town municipality government`)

// genericHeads refer back to the organisation the article is about even
// when its name does not hold them: "the utility" for BC Hydro. Others
// ("the union", "the board") must find their word in the name.
var genericHeads = set(`company firm agency utility organization organisation corporation carmaker automaker
retailer airline lender insurer startup developer manufacturer broadcaster charity`)

// anaphor finds whom a definite description refers back to: an
// organisation noun the latest organisation whose name holds it, or else
// the most salient one ("the utility" for BC Hydro); a noun for a person
// the most salient person of the sentences before ("the professor" for
// Schuh). Role nouns go by role (byRole) first.
func (d *doc) anaphor(m *mention, at sentRef) *entity {
	if documents[m.head] || groupHeads[m.head] && !orgHeads[m.head] || timeWords[m.head] {
		return nil
	}
	if !orgHeads[m.head] {
		// A person described, not merely named by role: "the lanky,
		// bespectacled professor", "the 26-year-old right wing", "the
		// 39-year-old founder"; "the publisher", "the senator" or "the
		// 72-year-old former mayor" may be someone new.
		if m.t1-m.t0 < 3 || personRoles[m.head] && !(m.t1-m.t0 == 3 && strings.HasSuffix(m.p.toks[m.t0+1].low, "year-old")) || startsUpper(m.p.toks[m.t1-1].text) {
			return nil
		}
		return d.antecedent(at, m.Start, 'p', false) // "the self-taught Cambridge resident" too
	}
	if proper(m.role) {
		return nil // "the Obama administration" names its own
	}
	var best, named *entity
	score, weight := 0.0, 1.0
	d.backwards(at, m.Start, 4, func(at sentRef, pos int) bool {
		cands, done := d.mentioned(at, pos)
		defer done()
		for _, c := range cands {
			e := c.e
			if e.kind != kindOrg && !(e.kind == kindPlace && placeHeads[m.head]) {
				continue
			}
			if named == nil && hasWord(" "+e.key+" ", m.head) {
				named = e // "the board" for the Parole Board of Canada
			}
			if x := c.w * weight; genericHeads[m.head] && x > score {
				best, score = e, x
			}
		}
		weight *= fade
		return named != nil
	})
	if named != nil {
		return named
	}
	return best
}

// issuer is who issued a document an attribution names: the owner before
// it ("her statement", "Trudeau's statement") or the one it is by or from
// ("a statement e-mailed to The Globe by Reagan Ruslim").
func (d *doc) issuer(m *mention, at sentRef) *entity {
	p := m.p
	if g, ok := possessivePronouns[p.toks[m.t0].low]; ok {
		if g == 'n' {
			return nil // "its report": the thing named before, not a person
		}
		return d.antecedent(at, m.Start, g, g == 'p')
	}
	if o := p.mentionEndingAt(m.t0); o != nil && o.poss && o.kind == byName && o.ent != nil && o.ent.kind.speaks() {
		return o.ent
	}
	if e := d.bodyNamed(m); e != nil {
		return e // "The parole board decision" after "the Parole Board of Canada"
	}
	for j := m.t1; j < len(p.toks) && j < m.t1+8; j++ {
		if w := p.toks[j].low; (w == "by" || w == "from") && j+1 < len(p.toks) {
			if o := p.mentionAt(j + 1); o != nil && o.kind == byName && o.ent != nil && o.ent.kind.speaks() {
				return o.ent
			}
			return nil
		}
		if !p.toks[j].isWord() && p.toks[j].text != "," {
			return nil
		}
	}
	return nil
}

// bodyNamed is the organisation whose name holds two words in a row of
// the words before a document's noun: "parole board" of "the parole board
// decision" for the Parole Board of Canada.
func (d *doc) bodyNamed(m *mention) *entity {
	toks := m.p.toks
	for k := m.t0; k+1 < m.t1; k++ {
		if !toks[k].isWord() || !toks[k+1].isWord() || toks[k].is(fDeterminer) {
			continue
		}
		pair := " " + toks[k].low + " " + toks[k+1].low + " "
		for _, e := range d.cast.ents {
			if e.kind == kindOrg && strings.Contains(" "+e.key+" ", pair) {
				return e
			}
		}
	}
	return nil
}

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
		if want == "minister" {
			return d.withRole("secretary", m.Start) // "the minister" for "the Education Secretary, Bridget Phillipson": a British cabinet post
		}
		return nil
	}
	// "the Vermont senator" when the article named "Sen. Bernie Sanders":
	// the latest one of that role, whatever the words around it, but not
	// of another party ("the Democratic nominee" is not the Republican one).
	e := d.withRole(m.head, m.Start)
	if a, ok := roleAliases[m.head]; ok {
		if ea := d.withRole(a, m.Start); ea != nil {
			e = ea
		}
	}
	if e != nil && party(role) != "" && party(e.roleWords()) != "" && party(role) != party(e.roleWords()) {
		return nil
	}
	return e
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
// every word of want.
func (d *doc) withRole(want string, pos int) *entity {
	var best *entity
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
		if ok && d.lastBefore(e, pos) >= 0 && (best == nil || d.lastBefore(e, pos) > d.lastBefore(best, pos)) {
			best = e
		}
	}
	return best
}

// lastBefore is the offset of an entity's latest name mention before pos, or -1.
func (d *doc) lastBefore(e *entity, pos int) int {
	last := -1
	for _, m := range d.ms {
		if m.Start >= pos {
			break
		}
		if m.ent == e {
			last = m.Start
		}
	}
	return last
}

// antecedentOf is the mention a relative pronoun stands for: the one just
// before it, or the name a description of it is set off after ("said Lionel
// Sosa, a media consultant and an influential Republican who said ...").
func antecedentOf(m *mention) *mention {
	ms := m.p.ms
	i := len(ms) - 1
	for i >= 0 && ms[i].Start >= m.Start {
		i--
	}
	if i < 0 || ms[i].kind == byRelative {
		return nil
	}
	i = placeOwner(m.p, ms, i) // "Ann Lee, of Silver Spring, Md., who": the one from there
	a := ms[i]
	if a.kind != byNominal || a.org || personRoles[a.head] {
		return a
	}
	for j := i - 1; j >= 0 && a.t0-ms[j].t1 <= 8; j-- {
		if n := ms[j]; n.kind == byName && n.t1 < len(m.p.toks) && m.p.toks[n.t1].text == "," {
			return n
		}
	}
	return a
}

// place reports a name ms[i] that says where the one named before it is
// from: "Ann Lee, of Silver Spring," or the state after it, "Md.,".
func place(p *para, ms []*mention, i int) bool {
	m, prev := ms[i], ms[i-1]
	if m.kind != byName || m.t0 < 2 {
		return false
	}
	switch p.toks[m.t0-1].low {
	case "of", "from": // "Ann Lee, of Silver Spring", "Rep. Tom Cole of Oklahoma"
		return prev.kind == byName && (prev.t1 == m.t0-2 && p.toks[m.t0-2].text == "," || prev.t1 == m.t0-1 && prev.person)
	case ",":
		return prev.t1 == m.t0-1 && i >= 2 && place(p, ms, i-1)
	}
	return false
}

// placeOwner is the index of the one the mention ms[i] says where they
// are from ("Ann Lee, of Silver Spring, Md."), or i when it is no place.
func placeOwner(p *para, ms []*mention, i int) int {
	for i > 0 && place(p, ms, i) {
		i--
	}
	return i
}

// fromPlace is placeOwner for a mention of the paragraph.
func fromPlace(p *para, m *mention) *mention {
	if i := slices.Index(p.ms, m); i > 0 {
		return p.ms[placeOwner(p, p.ms, i)]
	}
	return m
}

// lastNamed is the last mention that match accepts in the sentence at,
// before pos, or else in the sentence before it.
func (d *doc) lastNamed(at sentRef, pos int, match func(*mention) bool) (last *mention) {
	d.backwards(at, pos, 2, func(at sentRef, pos int) bool {
		p := d.paras[at.p]
		s := p.sents[at.s]
		for _, m := range p.ms {
			if m.t0 >= s.Start && m.t1 <= s.End && m.Start < pos && !m.poss && match(m) {
				last = m
			}
		}
		return last != nil
	})
	return last
}

// isGroup reports people named by a plural noun, for "they" to stand for
// ("Analysts at Jefferies", "officials").
func isGroup(m *mention) bool { return m.kind == byNominal && strings.HasSuffix(m.head, "s") }

// isOrganisation reports an organisation or document, for "it" to speak
// for ("The Congressional Budget Office ... It said").
func isOrganisation(m *mention) bool {
	return m.kind == byName && m.ent != nil && m.ent.kind == kindOrg || m.kind == byNominal && m.org
}

// backwards calls f on the sentence at, then on the ones before it, up to n
// sentences in all, with the position in each before which to look, until
// f reports it found what it looked for.
func (d *doc) backwards(at sentRef, pos, n int, f func(at sentRef, pos int) bool) {
	for ; n > 0 && !f(at, pos); n-- {
		var ok bool
		if at, ok = d.prevSentence(at); !ok {
			return
		}
		pos = d.paras[at.p].End
	}
}

// sentRef names a sentence by paragraph and sentence index.
type sentRef struct{ p, s int }

func (d *doc) prevSentence(at sentRef) (sentRef, bool) {
	if at.s > 0 {
		return sentRef{at.p, at.s - 1}, true
	}
	for p := at.p - 1; p >= 0; p-- {
		if !d.paras[p].skip && len(d.paras[p].sents) > 0 {
			return sentRef{p, len(d.paras[p].sents) - 1}, true
		}
	}
	return at, false
}
