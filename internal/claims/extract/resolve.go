package extract

import (
	"slices"
	"sort"
	"strings"

	"claimtrack/internal/claims"
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
		if doc := d.documentBefore(m, at); doc != nil {
			// "A memo sent by Acme was leaked. "...," it reads": the memo's,
			// so its issuer's, not the organisation named last
			r = d.resolve(doc, at)
			r.m = m
			return r
		}
		they := strings.EqualFold(m.text, "they")
		r.ent = d.pronounEntity(m, at)
		if r.ent != nil && r.ent.nobody {
			r.ent = nil // "a man ... he said": someone the article does not name
			return r
		}
		if r.ent != nil && r.ent.of != nil {
			g := d.resolve(r.ent.of, at) // "Several Democrats cautioned ... They also said": the Democrats
			g.m = m
			return g
		}
		var stand *mention // a group or body the pronoun speaks for
		switch {
		case r.ent == nil && strings.EqualFold(m.text, "it"):
			stand = d.lastNamed(at, m.Start, speakingBody) // "The union said ... It added": the union
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
			if t := m.p.toks[m.t0]; m.t1-m.t0 > 1 && proper(m.role) && !(m.p.sentenceStart(m.t0) && (linkWords[t.low] || t.is(fAdverb))) {
				r.name = pastTimes(strings.TrimSpace(m.role)) // "Senate Democrats"; "Republicans" of "two months since Republicans"; not "Meanwhile Democrats"
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
			} else if proper(m.role) && !openerOnly(m) {
				r.name = d.bodyName(m.role) // "a CBS poll" too; not "Analysis shows", "Police said"
			}
		} else if r.ent == nil {
			// An unnamed person ("a source", "the spokeswoman") is nobody
			// the database can follow: the mention alone is kept.
			r.role = m.role
		}
	}
	if r.ent != nil && r.ent.nobody {
		r.ent = nil // "the woman" after "a woman": no one named
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

// openerOnly reports a nominal of one word capitalised only because it
// opens its sentence: "Analysis shows", "Police said" name no body.
func openerOnly(m *mention) bool {
	return m.t1-m.t0 == 1 && m.p.sentenceStart(m.t0)
}

// setOffPerson is the person named before a description set off by
// commas that ", who" closes: in "Pierre de Vos, a professor in public
// law at the University of Cape Town in South Africa, who likened", de
// Vos. Nil when no comma stands before the relative, when a person's name
// ends the description ("Robert DeNiro, Patti LaBelle and Stevie Wonder,
// who": Wonder), or no person's name stands before it.
func setOffPerson(p *para, ms []*mention, m *mention) *mention {
	if m.t0 < 2 || p.toks[m.t0-1].text != "," {
		return nil
	}
	for j := len(ms) - 1; j >= 0 && ms[j].t1 >= m.t0-1; j-- {
		if n := ms[j]; n.t1 == m.t0-1 && n.kind == byName && n.ent != nil && n.ent.kind == kindPerson {
			return nil // "... close friend of Gov. Mike Pence, who": Pence himself
		}
	}
	k := m.t0 - 2
	for ; k > 0 && m.t0-k < 16 && p.toks[k].text != ","; k-- {
		if t := p.toks[k]; !t.isWord() && t.text != "'" && t.text != "’" && t.text != "-" || p.sentenceStart(k) {
			return nil
		}
	}
	if k <= 0 || p.toks[k].text != "," {
		return nil
	}
	for j := len(ms) - 1; j >= 0; j-- {
		if n := ms[j]; n.t1 == k {
			if n.kind == byName && n.ent != nil && n.ent.kind == kindPerson && !n.poss {
				return n
			}
			return nil
		}
	}
	return nil
}

// personBefore is the mention a "who" after ms[i] stands for when ms[i]
// is a place after a preposition, or what that place's phrase hangs on:
// in "a former staff member for the Sanders campaign in Philadelphia who
// said", the member, not Philadelphia nor the campaign. A place is no
// "who"; i is kept when nothing stands before it.
func personBefore(p *para, ms []*mention, i int) int {
	a := ms[i]
	if !namedPlace(a) {
		return i
	}
	in := locativeOf(p, a)
	for steps := 0; steps < 3 && in > 0 && i > 0 && ms[i-1].t1 == in; steps++ {
		i-- // the phrase the preposition hangs on; not "in Philadelphia, who"
		if in = ms[i].t0 - 1; in > 0 && p.toks[in].low == "the" {
			in-- // "at the University of Cape Town"
		}
		if in < 0 || !prepositions[p.toks[in].low] {
			break
		}
	}
	return i
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
	if strings.EqualFold(m.text, "which") && unnamedBefore(m, ms[i]) {
		return nil // "criticized by labor unions, which say": the unions, no one named, not the one criticized
	}
	i = placeOwner(m.p, ms, i) // "Ann Lee, of Silver Spring, Md., who": the one from there
	if w := strings.ToLower(m.text); w == "who" || w == "who's" || w == "who’s" {
		if n := setOffPerson(m.p, ms, m); n != nil {
			return n // "Senator Jeff Flake, Republican of Arizona, who": Flake
		}
		i = personBefore(m.p, ms, i)
	}
	a := ms[i]
	if a.kind != byNominal || a.org {
		return a
	}
	if a.t0 > 1 && m.p.toks[a.t0-1].text == "," {
		if n := m.p.mentionEndingAt(a.t0 - 1); n != nil && n.kind == byName && n.person && !n.poss {
			return n // "Senator James Lankford, an Oklahoma Republican who warned": Lankford
		}
	}
	if personRoles[a.head] {
		return a
	}
	for j := i - 1; j >= 0 && a.t0-ms[j].t1 <= 8; j-- {
		if n := ms[j]; n.kind == byName && n.t1 < len(m.p.toks) && m.p.toks[n.t1].text == "," {
			return n
		}
	}
	return a
}

// unnamedBefore reports a relative pronoun m whose comma follows words,
// with no comma among them, that came after the mention before it (last):
// "Cantwell has been criticized by labor unions, which say". The clause is
// about the phrase right before the comma, which names no one the mention
// finder knows, not about last. A possessive's noun ("Trump's campaign,
// which") is that phrase too.
func unnamedBefore(m, last *mention) bool {
	toks, comma := m.p.toks, m.t0-1
	if comma <= last.t1 || toks[comma].text != "," {
		return false
	}
	for _, t := range toks[last.t1:comma] {
		if !t.isWord() {
			return false // "Ann Lee, 45, who": an aside of hers
		}
	}
	return true
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
	i := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t0 >= m.t0 })
	if i > 0 && i < len(p.ms) && p.ms[i] == m {
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
		for _, m := range p.mentionsIn(s.Start, s.End) {
			if m.t1 <= s.End && m.Start < pos && !m.poss && match(m) {
				last = m
			}
		}
		return last != nil
	})
	return last
}

// isGroup reports people named by a plural noun, for "they" to stand for
// ("Analysts at Jefferies", "officials").
func isGroup(m *mention) bool {
	return m.kind == byNominal && (strings.HasSuffix(m.head, "s") || collectives[m.head])
}

// collectives are the nouns for people that take a plural verb with no
// plural ending: "Police said ... they said".
var collectives = set(`police staff personnel crew clergy people`)

// isOrganisation reports an organisation or document, for "it" to speak
// for ("The Congressional Budget Office ... It said").
func isOrganisation(m *mention) bool {
	return m.kind == byName && m.ent != nil && m.ent.kind == kindOrg || m.kind == byNominal && m.org
}

// speakingBody reports an organisation "it" may speak for: not one that
// was spoken to ("Speaking to the BBC, she said ... it said") or with.
func speakingBody(m *mention) bool {
	k := m.t0 - 1
	if k > 0 && m.p.toks[k].is(fDeterminer) {
		k--
	}
	return isOrganisation(m) && !(k >= 0 && (m.p.toks[k].low == "to" || m.p.toks[k].low == "with"))
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

// documentBefore is the document the sentence before at opens with as
// its subject, when m is an "it", which refers back to it: "A memo sent
// by the Acme Corporation was leaked on Friday", "The report found that
// ...". Nil for any other pronoun, or when that sentence opens with
// anything else.
func (d *doc) documentBefore(m *mention, at sentRef) *mention {
	if !strings.EqualFold(m.text, "it") {
		return nil
	}
	prev, ok := d.prevSentence(at)
	if !ok {
		return nil
	}
	p := d.paras[prev.p]
	s := p.sents[prev.s]
	n := p.mentionAt(s.Start + pastConnectives(p.toks[s.Start:s.End], s.End-s.Start))
	if n == nil || n.kind != byNominal || !documents[n.head] {
		return nil
	}
	return n
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

// mentionOf turns a resolved speaker into the Mention a claim carries.
func mentionOf(r *resolved) claims.Mention {
	if r == nil {
		return claims.Mention{}
	}
	text := r.m.text
	if r.text != "" {
		text = r.text // "some economists", not "who"
	}
	return claims.Mention{Name: oneSpace(r.name), Role: oneSpace(r.role), Text: text, Span: r.m.Span, Kind: r.kind, Aliases: r.aliases()}
}
