package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Who speaks by a cue: its subject, or for a participle after the main
// clause ("..., saying") the main clause's speaker.

// pastAside is where the clause goes on after the aside set off by commas
// that opens at token i, with no cue in it and closed before c: the token
// after its closing comma; i itself when no such aside opens there.
func pastAside(toks []token, i, c int) int {
	if toks[i].text != "," {
		return i
	}
	for j := i + 1; j < c-1 && j <= i+12; j++ {
		switch {
		case toks[j].text == ",":
			return j + 1
		case toks[j].is(fCue) || toks[j].q != nil:
			return i
		}
	}
	return i
}

// cueSubject is who speaks by the cue at token c of a sentence whose tokens
// are toks, from paragraph token base on: the cue's subject, or for a
// participle after the main clause ("..., saying") the main clause's
// speaker or subject.
func cueSubject(p *para, toks []token, base, c int) *mention {
	m := cueSubjectOf(p, toks, base, c)
	thing := m != nil && m.kind == byNominal && m.appos == nil && strings.HasSuffix(toks[c].low, "ing") && !speakingHead(strings.ToLower(m.head)) &&
		!slices.ContainsFunc(p.mentionsIn(m.t0, m.t1), func(n *mention) bool { return n.kind == byName })
	if thing || participle(toks, c) && (m == nil || m.kind == byName && p.mentionAt(base+mainClause(toks, c)) == nil && !subjectOfVerb(p, m)) {
		// "Sanders started out their ninth debate saying", "Lululemon cut
		// its annual sales forecast, saying": a thing says nothing; the
		// main clause's subject does, named or described ("A special
		// court granted bail to a man accused of claiming tax credits,
		// saying"), and a name in its predicate does not ("Several
		// hundred people marched through downtown Halifax, calling"),
		// unless a verb of its own follows it ("comes as Mrs. Clinton is
		// relying on him, mentioning")
		main := mainClause(toks, c)
		if mk := p.mentionAt(base + main); thing && mk != nil && mk.kind == byName && !mk.poss && mk.t1-base < c {
			return mk
		}
		if np := describedSubject(p, toks, base, main, c); np != nil {
			return np
		}
	}
	return m
}

// subjectOfVerb reports a mention a verb follows, whose subject it is.
func subjectOfVerb(p *para, m *mention) bool {
	return m.t1 < len(p.toks) && (p.toks[m.t1].is(fAux|fBe|fCue) || objectVerb(p.toks[m.t1]))
}

// speakingHead reports a noun that can head a speaker's description: a
// person's or a body's noun, a document's, a group's, a share of people
// ("22 percent saying"), words written on something ("a sign saying").
func speakingHead(h string) bool {
	if one := strings.TrimSuffix(h, "s"); one != h && speakingHead(one) {
		return true // "TV networks"
	}
	return names.PersonNoun(h) || orgHeads[h] || documents[h] || genericHeads[h] || nominalHeads[h] || collectives[h] || inscriptions[h] ||
		h == "percent" || h == "%" || isNumber(h)
}

// inscriptions are the things whose words are written on them.
var inscriptions = set(`sign banner poster placard petition billboard shirt t-shirt ad advert advertisement caption plaque slogan`)

// inscribed reports a speaker that is a thing written on, whose words
// end with its quote: no quote after it goes on with them; but "a
// voice-over in the ad" speaks on.
func inscribed(r *resolved) bool {
	m := r.m
	return m != nil && m.kind == byNominal && inscriptions[m.head] && !slices.ContainsFunc(m.p.toks[m.t0:m.t1], func(t token) bool { return t.is(fPreposition) })
}

// cueSubjectOf is cueSubject's reading before a thing is passed over.
func cueSubjectOf(p *para, toks []token, base, c int) *mention {
	m := subject(p, base+c, base)
	if participle(toks, c) && !(c >= 2 && saidBefore(toks[c-2])) || subordinateGerund(toks, c) { // "..., X said, adding": subject took X
		// "..., he said to reporters, adding that ...": the main clause's
		// speaker goes on, the first cue's, not one inside its statement
		// ("Clinton told the audience that she believes ..., saying").
		if o := ingObject(p, toks, base, c); o != nil {
			return o // "Golden remembers him apologizing in court, saying ...": his words
		}
		main := mainClause(toks, c)
		found := false
		for k := main; k < c-1 && !found; k++ {
			if toks[k].is(fCue) && !participle(toks, k) && cueAt(p, base+k) {
				if k > 0 && isRelative(toks[k-1].low) {
					continue // "defend not paying an architect who said ..., saying": the relative clause's cue, not the main clause's
				}
				found = true
				if mk := subject(p, base+k, base); mk != nil {
					m = mk
				} else if mk := speakerIn(p, base+k+1, base+c-1); mk != nil {
					m = mk // '"...," said Smith, adding'
				} else if np := nounPhraseBefore(p, base+c-1, base+k+1); np != nil && np.t0 == base+k+1 && toks[k+1].is(fDeterminer) {
					m = np // '"...," says the bow-tied maverick, noting': a description no mention reads
				}
			}
		}
		mk := p.mentionAt(base + main)
		if mk != nil && mk.kind == byName && mk.ent != nil && !mk.ent.kind.speaks() {
			// "Republican Presidential hopeful Sen. Ted Cruz was also
			// critical, telling": words that only describe the person
			// named after them
			if n := personAfter(p, p.mentionsIn(mk.t1, base+c), mk.t0, base+c); n != nil {
				mk = n
			}
		}
		if !found && mk != nil && !mk.poss && mk.t1-base < c {
			// "Other Republican candidates, including Carly Fiorina and
			// Ben Carson, have followed ...": past the aside; not
			// "Chastened by the analyses, ..."
			next := pastAside(toks, mk.t1-base, c)
			if toks[next].isWord() && !toks[next].is(fPreposition) {
				m = mk // "He has banned news organizations, including The Post, citing ..."
			}
		}
		if !found && mk != nil && mk.poss && mk.t1-base < c {
			if np := ownedSubject(p, toks, base, mk, c); np != nil {
				m = np // "Hillary Clinton's right-hand woman rallied supporters, saying": the one she has, whom no mention reads
			}
		}
		if m != nil && !found && m != mk && m.kind == byName && m.t1 == base+c-1 {
			if v := m.t0 - base - 1; v > main && objectVerb(toks[v]) {
				// "The family of a teenager sued ClipZone, saying ...": the
				// name right after the main verb is its object, who does
				// not speak; the subject before the verb does, named or
				// described, else no one named
				m = subjectBefore(p, base+main, base+v)
				if m == nil {
					if np := nounPhraseBefore(p, base+v, base+main); np != nil && np.t0 == base+main {
						m = np
					}
				}
			}
		}
	}
	return m
}

// describedSubject is the description that opens the main clause at main
// and is the subject of a verb before the participle at c, when it can
// speak (the first verb whose subject it is, as "court" is a verb too):
// "A special court on Friday granted bail ..., saying": the court, which
// no mention reads (courts are too often where things happen).
func describedSubject(p *para, toks []token, base, main, c int) *mention {
	for v := main + 1; v < c-1; v++ {
		if objectVerb(toks[v]) {
			k := v
			for j := v - 1; j > main && j >= v-4; j-- {
				if timePhrase(toks, j, v) {
					k = j // "A special court on Friday granted"
				}
			}
			if np := nounPhraseBefore(p, base+k, base+main); np != nil && np.t0 == base+main && np.kind == byNominal && speakingHead(strings.ToLower(np.head)) {
				return np
			}
		}
		if toks[v].is(fCue) || !toks[v].isWord() {
			return nil
		}
	}
	return nil
}

// objectVerb reports a main verb that takes the name after it as its
// object: a regular past ("sued", "attacked") or a present or irregular
// past ("sues", "hit"); not a verb of saying, whose object may be its
// listener.
func objectVerb(t token) bool {
	return t.isWord() && !t.isCap() && !t.is(fCue|fAux|fBe) && (names.Verb(t.low)&names.FiniteVerb != 0 || regularPast(t.low))
}

// subjectBefore is the last mention in [i, v) that no preposition rules,
// the subject of the verb at v: "Last week Smith sued", not "The parents of
// Ann Lee sued".
func subjectBefore(p *para, i, v int) *mention {
	var s *mention
	for _, n := range p.mentionsIn(i, v) {
		if n.t1 <= v && !n.poss && !afterPreposition(p, n) {
			s = n
		}
	}
	return s
}

// subordinateGerund reports a cue in -ing right after a subordinator, whose
// subject is the main clause's: "protesters looped the streets ... while
// chanting", "after saying"; not "quoted the president as saying", whose
// object speaks.
func subordinateGerund(toks []token, c int) bool {
	return c > 1 && toks[c-1].is(fSubordinator) && toks[c-1].low != "as" && toks[c].is(fReporting) && strings.HasSuffix(toks[c].low, "ing")
}

// ingObject is the object of a verb, a name or "him" or "her",
// that the cue in -ing before the participle at c has for its subject, in
// "remembers him apologizing in court, saying": the participle goes on
// with that speaker, not the main clause's.
func ingObject(p *para, toks []token, base, c int) *mention {
	for k := c - 2; k > 1 && k >= c-12; k-- {
		t := toks[k]
		if t.q != nil || t.text == "," || t.text == ";" {
			return nil
		}
		if !gerundOfVerb(t.low) {
			continue
		}
		m := p.mentionEndingAt(base + k)
		if o := toks[k-1]; m == nil && objectGender[o.low] != 0 {
			// "him", "her": no mention as objects, one as this subject
			m = p.mention(mention{Span: o.Span, kind: byPronoun, text: o.text, gender: objectGender[o.low], person: true, t0: base + k - 1, t1: base + k, p: p})
		}
		if m == nil || m.poss || m.t0-base < 1 || m.kind != byName && m.kind != byPronoun {
			return nil
		}
		if v := toks[m.t0-base-1]; v.isWord() && !v.isCap() && names.Verb(v.low)&names.FiniteVerb != 0 {
			return m
		}
		return nil
	}
	return nil
}

// saidBefore reports a speech verb that a participle's comma follows: in
// "..., Spicer said, adding, ..." the participle is Spicer's. Not a capital
// ("the Islamic State, suggesting"), nor a word that may be a noun ("denied
// the fraud claims, pointing to").
func saidBefore(t token) bool {
	w := t.low
	return speechVerbs[w] && !t.isCap() && (w == "said" || w == "says" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed"))
}

// saidAhead is the verb of saying whose speaker a participle after a
// comma shares, or -1: "Spicer said, adding", and past what was said,
// 'Mr. Trump said of the episode, "I don't like it," adding that'
// (not the "protester" named before Trump: only words of the same
// clause, no other verb, may come between).
func saidAhead(toks []token, c, start int) int {
	if c-2 <= start || !strings.HasSuffix(toks[c].low, "ing") || toks[c-1].text != "," && !quoteComma(toks[c-1]) {
		return -1
	}
	for k := c - 2; k > start && k >= c-8; k-- {
		t := toks[k]
		switch {
		case saidBefore(t):
			return k
		case t.text == ",", t.isWord() && !t.is(fCue|fCoordinator|fAux|fPronoun) && !t.isCap():
			// a word of the same clause: read on
		default:
			return -1
		}
	}
	return -1
}

// participle reports a cue in -ing right after a comma: ", adding",
// ", saying", ", noting".
func participle(toks []token, c int) bool {
	return c > 0 && (toks[c-1].text == "," || quoteComma(toks[c-1]) && toks[c-1].q.words <= 4) && toks[c].is(fReporting) && strings.HasSuffix(toks[c].lower(), "ing") // 'the "Golden Week," saying': a term, whose comma is the sentence's
}

// participleAside reports a participle at c set off by commas between a
// subject and the verb of saying that follows it: "Chief Justice John
// Roberts, writing for the majority, said".
func participleAside(p *para, base, c, end int) bool {
	toks := p.toks[base:]
	if !participle(toks, c) {
		return false
	}
	for k := c + 1; k < end && k <= c+8; k++ {
		if toks[k].q != nil {
			return false
		}
		if toks[k].text == "," {
			if m := p.mentionAt(base + c + 1); m != nil && m.kind == byName && m.t1 == base+k && k+1 < end && toks[k+1].isWord() && !toks[k+1].isCap() {
				return true // "Rick Tocchet, echoing Allvin, called Hronek": whom it echoes, and the verb after it speaks
			}
			return k+1 < end && toks[k+1].is(fCue) && toks[k+1].is(fSpeech) && !strings.HasSuffix(toks[k+1].low, "ing")
		}
	}
	return false
}

// extraposed reports an "it" that stands for the infinitive after it
// rather than for anyone: "It is easy to criticize ...", "It would be fair
// to say that ...": the reporter's own hedge, said by no one. An "it" that
// is able, likely or about to do something is someone's: the company's.
func extraposed(p *para, m *mention, c int) bool {
	its := strings.EqualFold(m.text, "it's") || strings.EqualFold(m.text, "it’s")
	if its && m.kind == byPronoun && c == m.t1 && pastParticiple(p.toks[c].low) {
		return true // "It's implied that he won't stand in her way": a passive, said by no one the sentence names
	}
	a := c - 2 // the adjective
	if a > m.t1 && p.toks[a].low == "not" {
		a-- // "It's hard not to wonder"
	}
	if m.kind != byPronoun || !its && !strings.EqualFold(m.text, "it") || a < m.t1 || p.toks[c-1].low != "to" {
		return false
	}
	adj := p.toks[a]
	if !adj.isWord() || adj.is(fBe|fNominalHead) || strings.HasSuffix(adj.low, "ing") || verbish(adj.low) || raising[adj.low] {
		return false
	}
	for _, t := range p.toks[m.t1:a] {
		if !t.is(fBe|fAdverb) && !t.is(fAux) && t.low != "not" {
			return false
		}
	}
	return true
}

// letMe reports a cue after "Let me" or "Let us", an adverb or two
// between: "Let me just say", "Let me first express": the speaker of the
// quote or the text about to speak, no one the sentence names.
func letMe(toks []token, c int) bool {
	j := c - 1
	for j > c-3 && j > 0 && toks[j].is(fAdverb) {
		j--
	}
	return j > 0 && (toks[j].low == "me" || toks[j].low == "us") && toks[j-1].low == "let"
}

// setPhrase reports "to say" at token c in a set phrase, in which no one
// says anything: "it's safe to say", "needless to say", "suffice to say".
func setPhrase(toks []token, c int) bool {
	return c >= 2 && toks[c-1].low == "to" && sayIdioms[toks[c-2].low] && strings.HasPrefix(toks[c].low, "say")
}

// sayIdioms open the set phrases of setPhrase.
var sayIdioms = set(`safe fair needless suffice`)

// ownedSubject is the noun phrase a possessive name opens as the main
// clause's subject, read up to its verb before the participle at c: a
// noun in lower case or two after the owner, then a verb. Nil when a
// mention follows the owner, which speaks for itself.
func ownedSubject(p *para, toks []token, base int, owner *mention, c int) *mention {
	k := owner.t1 - base
	if p.mentionAt(owner.t1) != nil {
		return nil
	}
	for v := k + 1; v < c && v <= k+3; v++ {
		t := toks[v-1]
		if !t.isWord() || t.isCap() || t.is(fPreposition|fCue) {
			return nil
		}
		if w := toks[v]; w.isWord() && !w.isCap() && (names.Verb(w.low)&names.FiniteVerb != 0 || regularPast(w.low)) {
			return nounPhraseBefore(p, base+v, owner.t0)
		}
	}
	return nil
}
