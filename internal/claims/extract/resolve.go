package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
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
		if r.ent != nil && !r.ent.kind.speaks() && !r.ent.worded {
			r.ent = d.partyMember(m, at) // "Christmas Day", "Continued Below": no one; "the Liberal" the one set off so
			if r.ent == nil {
				if m.t0 > 0 && m.p.toks[m.t0-1].low == "the" && names.Demonym(m.ent.key) && !modifiesNoun(m.p.toks, m.t1) {
					r.text = m.p.text[m.p.toks[m.t0-1].Start-m.p.Start : m.End-m.p.Start] // "the Belarusian", as written, after two players
				}
				return r
			}
		}
	case m.kind == byPronoun && m.p.answer && m.p.speaker != nil && firstPerson(m.text):
		r.ent = m.p.speaker.ent // "A: I think ...", "Hart: I start with a voice": the one who answers
	case m.kind == byPronoun && m.text == "I" && d.author != nil && m.p.speaker == nil:
		r.ent = d.author // "By Maria Gonzalez ... I say": the writer, outside quotes
	case m.kind == byPronoun:
		if doc := d.documentBefore(m, at); doc != nil {
			// "A memo sent by Acme was leaked. "...," it reads": the memo's,
			// so its issuer's, not the organisation named last
			r = d.resolve(doc, at)
			if start := doc.p.sentenceOf(doc.t0).Start; r.ent == nil && r.name == "" && issued(doc.p, doc, start) {
				// "A coalition of nearly 40 groups sent a letter ... It
				// read": whoever put it out, as the article calls them
				if by := subject(doc.p, doc.t0-1, start); by != nil && by.kind != byPronoun {
					if r = d.resolve(by, at); r.ent == nil && r.name == "" && r.text == "" {
						r.text = by.text
					}
				}
			}
			if r.ent == nil && r.name == "" && r.text == "" {
				r.text = doc.text // "The study analyzed ... It found": the study, when no one issued it
			}
			r.m = m
			return r
		}
		they := strings.EqualFold(m.text, "they")
		r.ent = d.pronounEntity(m, at)
		if r.ent != nil && r.ent.nobody {
			if r.ent.kind == kindGroup && r.ent.phrase != "" {
				r.kind = claims.Group // "The researchers followed 78,000 adults. They found": people, whose finding it is
			} else if r.ent.kind == kindOrg {
				r.kind = claims.Organisation // "The school board said ... it said": the board, which no name gives
			}
			r.text, r.ent = r.ent.phrase, nil // "a man ... he said": someone the article does not name, whom the claim shows as "a man"
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
			if m.t1-m.t0 == 1 {
				r.text = whoBefore(m) // "objections from landscaping companies who said": the companies, whom no one names, rather than "who"
			}
			return r
		}
		r = d.resolve(a, at)
		r.m = m
		if m.t1-m.t0 == 1 {
			r.text = a.text // not for "many of whom": the quantifier says more
		}
		return r
	case m.kind == byNominal:
		if personRoles[m.head] || definite(m) && heldRoles[m.head] {
			r.ent = d.byRole(m) // "the councillor", "the challenger" for "challenger Raj Gill"
			if r.ent != nil && indefinites[m.p.toks[m.t0].low] && r.ent.intro != nil && r.ent.intro.Start < m.Start {
				r.ent = nil // "A third candidate said" after "Conservative candidate Sarah Johnson": someone new; but a lede's "A Vancouver hockey coach says" is the coach named after it
			}
		}
		if r.ent == nil {
			r.ent = d.partyMember(m, at) // '"...," the Liberal said'
		}
		if g := descriptorGender(m.head); g != 0 && r.ent == nil {
			if tg := taggedGender(m); g == 'n' && tg != 0 {
				g = tg // '"...," the 34-year-old says, wiping her hands': a woman
			}
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
		if first := m.p.toks[m.t0].low; r.ent == nil && !m.org && (m.person || names.PersonNoun(m.head)) && (first == "a" || first == "an" || first == "the") && d.lede(at) &&
			describedAt(m) { // not "A spokesperson for Premier Doug Ford"; "A nurse at Royal University Hospital" is a nurse
			r.ent = d.namedNext(m, at) // "A federal judge on Friday blocked ...": U.S. District Judge Carlton Reeves, named next
			if r.ent != nil && first == "the" && !hasWord(r.ent.roleWords(), m.head) {
				r.ent = nil // "the city's fire chief said" is "Chief Conrad Landry" of the next paragraph, but not any full name that opens it
			}
		}
		if r.ent == nil && (kin[m.head] || m.person && !m.org && possessivePronouns[m.p.toks[m.t0].low] != 0) {
			r.ent = d.kinNamed(m, at) // "her son said" after "her son, David Voss,"; "her lawyer said" before "Her lawyer, David Chen,"
		}
		if r.ent == nil && documents[m.head] {
			r.ent = d.issuer(m, at) // "her statement said", "a statement e-mailed by Reagan Ruslim said"
			if o := senderNamed(m); r.ent == nil && o != nil {
				r = d.resolve(o, at)
				r.m = m
				return r
			}
		}
		if r.ent == nil && definite(m) {
			r.ent = d.anaphor(m, at) // "the utility said", "the lanky, bespectacled professor said"
			if r.ent == nil {
				if place := d.placeInRole(m, at); place != "" {
					r.name, r.kind = place, claims.Organisation // "Alberta Premier Danielle Smith said ... The province had argued": Alberta's government
				}
			}
		}
		if r.ent == nil && groupName(strings.ToLower(m.head)) && startsUpper(m.p.toks[m.t1-1].text) {
			r.name, r.kind = m.p.toks[m.t1-1].text, claims.Group // "Democrats said": a group by its party or nation
			if t := m.p.toks[m.t0]; m.t1-m.t0 > 1 && quantifiers[t.low] {
				r.name = "" // "Most Democrats said", "Both Democrats and Republicans say": some of them, no group's page
			} else if m.t1-m.t0 > 1 && proper(m.role) && !(m.p.sentenceStart(m.t0) && (linkWords[t.low] || t.is(fAdverb))) {
				r.name = pastTimes(strings.TrimSpace(m.role)) // "Senate Democrats"; "Republicans" of "two months since Republicans"; not "Meanwhile Democrats"
				switch {
				case share(r.name) || m.p.headlineCase():
					// "75 percent of Democrats", "a chorus of prominent
					// Republicans": some of them, no group's page; "Obama To
					// Asians Worried About ...": a heading's words
					r.name = ""
				case !allCapitalised(r.name):
					r.name = "" // "liberal Democrats", "leading Republicans": the party's; "Republicans in the House" too
					for _, t := range m.p.toks[m.t0:m.t1] {
						if t.isCap() && groupName(t.low) {
							r.name = t.text
							break
						}
					}
				}
			}
		}
		if name := d.ownedBodyName(m); r.ent == nil && r.name == "" && name != "" {
			r.name, r.kind = name, claims.Organisation // "North Korea's state-run KCNA news agency said": the KCNA news agency
		}
		if role := strings.TrimSpace(m.role); r.ent == nil && r.name == "" && !m.org && strings.Contains(role, " ") && properName(role) && orgWords[strings.ToLower(m.head)] {
			r.name, r.kind = role, claims.Organisation // "The Canadian Broadcasting Corporation said": a body by its name, as "the CBC" is
		}
		if r.ent == nil && r.name == "" && m.org {
			// A group speaks for itself when its words name it: "a
			// Ukrainian delegation"; one that someone owns by their
			// name: "Doug Ford's office". "The company", "an open
			// letter" or "a tweet" alone name no one.
			r.kind = claims.Organisation
			if strings.HasSuffix(m.head, "s") && !documents[m.head] || m.head == "family" {
				r.kind = claims.Group // "Labour MPs", "officials", "the Gillingham family"
			}
			if o := m.p.mentionEndingAt(m.t0); o != nil && o.poss && o.kind == byName {
				if ro := d.resolve(o, at); ro.name != "" && ro.kind == claims.Person {
					r.name = ro.name + "'s " + ownedThing(m) // "Donald Trump's campaign", not his "overtly racist campaign"
				} else if owner := o.ent; owner != nil && (owner.kind == kindOrg || owner.kind == kindPlace) && !m.p.toks[m.t0].is(fDeterminer) {
					r.name = owner.name + "'s " + strings.TrimSpace(m.role) // "Germany's finance ministry"
				}
			} else if m.p.toks[m.t0].low == "its" && !documents[m.head] {
				// "Its finance ministry said": the ministry of the country or
				// body the sentences before are about
				if o := d.lastNamed(at, m.Start, ownsBodies); o != nil {
					r.name = o.ent.name + "'s " + strings.TrimSpace(m.role)
				}
			} else if g := possessivePronouns[m.p.toks[m.t0].low]; g == 'm' || g == 'f' {
				// "Her office said": the office of the woman the sentences
				// before are about, when there is one
				if e := d.antecedent(at, m.Start, g, false); e != nil && e.kind == kindPerson && !e.nobody && e.name != "" && !ordinaryName(e.key) {
					r.name = e.name + "'s " + ownedThing(m)
				}
			} else if proper(m.role) && !openerOnly(m) {
				r.name = d.bodyName(m.role) // "a CBS poll" too; not "Analysis shows", "Police said"
			}
		} else if r.ent == nil {
			// An unnamed person ("a source", "the spokeswoman") is nobody
			// the database can follow: the mention alone is kept. People in
			// the plural are a group, whose finding it is as a body's:
			// "The researchers found", "Doctors at the hospital said".
			r.role = m.role
			if isGroup(m) && (collectives[m.head] || names.PersonNoun(m.head)) {
				r.kind = claims.Group
			}
		}
	}
	if r.ent != nil && (r.ent.nobody || r.ent.kind != kindPerson && (r.ent.full && landforms[r.ent.final] && !r.ent.org || !r.ent.full && names.Demonym(r.ent.key))) {
		// "the woman" after "a woman": no one named; "the Las Vegas
		// Strip", "the Berlin Wall": no one speaks for it, unless a body's
		// name holds it ("Trans Mountain Corp."); "Ethiopian" of
		// "An Ethiopian exile": a word for a people, no one's name
		r.ent = nil
	}
	if r.ent != nil {
		r.name, r.role = r.ent.name, r.ent.role
		r.kind = r.ent.kind.speaker()
		if m.kind == byNominal && !pairWord(m) {
			r.role = m.role // "the prime minister"; but "the latter" is no one's role
		}
	}
	return r
}

// ownsBodies reports a name of a body or a country, which may own a
// ministry, a police force or a team.
func ownsBodies(m *mention) bool {
	return m.kind == byName && m.ent != nil && (m.ent.kind == kindOrg || m.ent.kind == kindPlace && names.IsCountry(m.ent.key))
}

// definite reports a nominal that refers back to someone already named:
// "the utility", "the lanky, bespectacled professor", not "a source".
func definite(m *mention) bool {
	head, _, _ := strings.Cut(m.head, "-") // "sergeant-at-arms" is one, "editors-in-chief" several
	return m.t0 < len(m.p.toks) && m.p.toks[m.t0].low == "the" && !strings.HasSuffix(head, "s")
}

// proper reports words that hold a capitalised one: "Ukrainian
// delegation", "the Kremlin", not "company".
func proper(words string) bool {
	ws := strings.Fields(words)
	for i, w := range ws {
		if i+1 < len(ws) && strings.HasSuffix(w, ",") && origin(strings.ToLower(ws[i+1])) {
			continue // "the Brampton, Ont.-based company": where it is based, as "Halifax-based"
		}
		if lw := strings.ToLower(w); startsUpper(w) && lw != "the" && !origin(lw) && !monthWords[lw] && !weekdays[lw] && !adjectives[lw] { // "the Halifax-based grocer", "the Australian-owned company", "a June poll", "a Republican administration" name none
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

// documentBefore is the document the sentence before at opens with as
// its subject, has speak after what it says or has its subject put out,
// when m is an "it", which refers back to it: "A memo sent by the Acme
// Corporation was leaked on Friday", "The report found that ...", "... 10
// servers, the congressional report said. It accused", "The city sent a
// cease-and-desist letter Thursday. It says". Nil for any other pronoun,
// or when that sentence names no document so.
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
	if n := p.mentionAt(s.Start + pastConnectives(p.toks[s.Start:s.End], s.End-s.Start)); n != nil && n.kind == byNominal && documents[n.head] {
		return n
	}
	for _, n := range p.mentionsIn(s.Start, s.End) {
		if n.kind == byNominal && documents[n.head] && n.t1 <= s.End && (speaks(p, n) || issued(p, n, s.Start)) {
			return n
		}
	}
	return nil
}

// mentionOf turns a resolved speaker into the Mention a claim carries.
func mentionOf(r *resolved) claims.Mention {
	if r == nil || r.ent == nil && r.text == "" && r.m.kind == byName && r.m.ent != nil && !r.m.ent.kind.speaks() && !r.m.ent.worded {
		return claims.Mention{} // "Christmas Day", "Derelict Obama", "French state television": no speaker at all
	}
	text, span := r.m.text, r.m.Span
	if r.m.kind == byPronoun {
		if pw, ok := contracted(strings.ToLower(text)); ok {
			text, span.End = text[:len(pw)], span.Start+len(pw) // "I", not "I've", as the words say who
		}
	}
	if r.text != "" {
		text = r.text // "some economists", not "who"
	} else if r.m.kind == byNominal {
		span.End = max(span.End, span.Start+len(text)) // "The former secretary of state": the post's words past its noun (nominalFrom)
	}
	return claims.Mention{Name: oneSpace(r.name), Role: oneSpace(r.role), Text: text, Span: span, Kind: r.kind, Aliases: r.aliases()}
}

// ownedThing is what a person's body or circle is called in its page's
// name: the noun alone ("campaign", "office", "team"), as the reporter's
// words before it are no part of its name ("overtly racist campaign",
// "former presidential campaign"); all the words when another owner
// stands between ("wife's presidential campaign" is not his).
func ownedThing(m *mention) string {
	role := strings.TrimSpace(m.role)
	if strings.Contains(role, "'s ") || strings.Contains(role, "’s ") {
		return role
	}
	return m.head
}
