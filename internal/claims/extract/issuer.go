package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Issuers: who issued a document an attribution names ("her statement",
// "a statement e-mailed by Reagan Ruslim", "The memo said" after "wrote in
// an internal memo"), so that the document's words are theirs.

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
	if k := m.t0 + 1; k+1 < m.t1 && p.toks[m.t0].low == "the" {
		if w, ok := cutPossessive(p.toks[k].low); ok && orgHeads[w] {
			// "the union's Friday release", "The company's statement": the
			// body the noun refers back to
			o := phraseMention(p, m.t0, k+1)
			o.head = w
			return d.bodyFor(o, at)
		}
	}
	if h := m.t1 - 2; h > m.t0 && p.toks[h].isCap() && p.toks[h].isWord() && p.toks[m.t0].low == "the" {
		if e := d.cast.shortTitle(p.toks[h].low, len(d.body)+1); e != nil {
			return e // "the Globe report", "the Post story": the paper's the article names (before or after: the cast is complete)
		}
	}
	if e := d.byOrFrom(m, at); e != nil {
		return e // "The report, by the firm Dillon Consulting, found": whom the aside names, not the report's topic before
	}
	if definite(m) {
		if e := d.issuedBefore(m, at); e != nil {
			return e // "The statement also said", after "X said in a statement"
		}
	}
	if j := m.t1; j+2 < len(p.toks) && p.toks[j].low == "in" {
		// "a report in The Globe and Mail": the publication's, when a
		// body's name says so; not "a report in March", "in Ottawa"
		if o := objectOf(p, j); o != nil && o.kind == byName && !o.poss && o.ent != nil && o.ent.kind == kindOrg && !names.IsPlace(o.ent.key) && !pollHeads[m.head] {
			return o.ent // not "Polls in New Hampshire show"
		}
	}
	return nil
}

// byOrFrom is whom the words after a document's noun say it is by or from,
// within eight words ("released Thursday by the Canadian Institute for
// Health Information", "The report, by the Canadian Centre for Policy
// Alternatives, found"); nil when they say nothing of it, or name who has
// it rather than who put it out ("obtained by The Post").
func (d *doc) byOrFrom(m *mention, at sentRef) *entity {
	p := m.p
	for j := m.t1; j < len(p.toks) && j < m.t1+8; j++ {
		if t := p.toks[j]; t.low == "that" || t.is(fCue) && !issuingVerbs[t.low] && !strings.HasSuffix(t.low, "ed") {
			return nil // "Polls show that most Greenlanders favour independence from Denmark": past the document's own verb, its words
		}
		if w := p.toks[j].low; (w == "by" || w == "from") && j+1 < len(p.toks) {
			if v := participleBefore(p.toks, j, m.t1); w == "by" && v >= 0 && !issuingVerbs[p.toks[v].low] {
				return nil // "obtained by The Post", "reviewed by Reuters", "combed through by Vox": who has it, not who put it out
			}
			o := objectOf(p, j) // "released Thursday by the Canadian Institute for Health Information"
			if o != nil && o.kind == byName && o.ent != nil && o.ent.kind.speaks() {
				return o.ent
			}
			if o != nil && namesBody(o) {
				return d.namedBody(o) // "a report by the Congressional Budget Office": a body's name read as "the ... Office"
			}
			if o != nil && o.kind == byNominal && o.t1 >= 0 {
				if n := p.mentionAt(o.t1); n != nil && n.kind == byName && !n.poss && n.ent != nil && n.ent.kind.speaks() && (n.t1 >= len(p.toks) || p.toks[n.t1].low != "and") { // not one of "economists Peter Schott and Justin Pierce"
					return n.ent // "by the firm Dillon Consulting": the name the noun comes before
				}
			}
			if o != nil && o.kind == byNominal && orgHeads[o.head] && definite(o) {
				return d.bodyFor(o, at) // "A survey by the organization in March found": the body named before
			}
			return nil
		}
		if t := p.toks[j]; !t.isWord() && (t.text != "," || j+1 >= len(p.toks) || !asideOpener(p.toks[j+1].low) && p.toks[j+1].low != "by" || m.t0 > 0 && p.toks[m.t0-1].low == "to") {
			// "The poll, released on Wednesday night by ...", "The report,
			// by the Canadian Centre for Policy Alternatives, found": an aside; not
			// "according to the Globe report, rebuffed the pressure from
			// the Prime Minister's Office", where the comma closes the
			// phrase "according to" opened and the main clause goes on
			return nil
		}
	}
	return nil
}

// issuedBefore is who issued the document a definite noun refers back to:
// the subject of the sentence, of the last three, that brought in a
// document of its kind ("The Canadian Beverage Association said in a
// statement that ... The statement also said": the association's; a name
// no list types too, as "Chirp said in a blog post"), or
// the one it was from or by, named in full.
func (d *doc) issuedBefore(m *mention, at sentRef) *entity {
	var issuer *entity
	d.backwards(at, m.Start, 4, func(at sentRef, pos int) bool {
		p := d.paras[at.p]
		s := p.sents[at.s]
		for k := s.Start + 1; k < s.End && p.toks[k].Start < pos; k++ {
			if p.toks[k].low != m.head {
				continue
			}
			a := articleBefore(p.toks, s.Start, k)
			if a < 0 {
				continue
			}
			if k+2 < s.End && (p.toks[k+1].low == "from" || p.toks[k+1].low == "by") {
				// "a report from the State Department's inspector general":
				// whoever it is from, if a name says so whole
				if o := p.mentionAt(k + 2); o != nil && o.kind == byName && !o.poss && o.ent != nil && o.ent.kind.speaks() {
					issuer = o.ent
				}
				return true
			}
			if pollHeads[m.head] {
				return true // "a new poll shows Mrs. Clinton leading": a poll is its pollster's, whom only "from" or "by" names
			}
			if !issuedBy(p.toks, s.Start, a) {
				return true // "agreed to settle a lawsuit", "obtained a memo": the document brought in is not the subject's
			}
			if c := a - 2; c > s.Start && p.toks[a-1].low == "in" && p.toks[c].is(fCue) {
				if sm := subject(p, c, s.Start); sm != nil && sm.kind == byName && !sm.poss && sm.ent != nil && sm.ent.kind.speaks() {
					issuer = sm.ent // "The agency cannot say ..., Auditor General Karen Hogan said in a report": the cue's speaker, not the sentence's first name
					return true
				}
			}
			upto := p.toks[k].Start
			if p.toks[s.Start].low == "in" && k <= s.Start+4 {
				upto = frontedSubjectEnd(p, k, s.End) // "In a memo to staff, Chief Executive Anita Rao wrote": the subject right after the phrase
			}
			es, done := d.mentioned(at, upto)
			for _, c := range es {
				if c.w < wSubject {
					continue
				}
				if (c.e.kind == kindPerson || c.e.kind == kindOrg || c.e.kind == kindUnknown) && !c.e.nobody {
					issuer = c.e
				}
				break // "Patricia Smith and Charles Woods have filed a lawsuit": the pair's, whom no one name stands for
			}
			done()
			return true // the document brought in: its issuer, or no one named
		}
		return false
	})
	return issuer
}

// frontedSubjectEnd is where the subject that follows the fronted phrase
// holding token k ends, so that only it and nothing in its clause is read:
// "In a 2013 video uncovered by Fox News, a veteran diplomat said former
// Secretary Clinton ..." names no issuer, Clinton being the diplomat's
// topic. It is the start of token k when no mention opens the clause.
func frontedSubjectEnd(p *para, k, end int) int {
	for j := k + 1; j < end && j < k+12; j++ {
		if p.toks[j].text == "," {
			if m := p.mentionAt(j + 1); m != nil && m.t1 <= end {
				return p.toks[m.t1-1].End
			}
			break
		}
	}
	return p.toks[k].Start
}

// issuingVerbs put a document out: its subject is who issued it.
var issuingVerbs = set(`file files filed filing issue issues issued issuing release releases released releasing
publish publishes published publishing present presents presented presenting print prints printed printing write writes wrote written writing send sends sent sending post posts posted
submit submits submitted commission commissions commissioned conduct conducts conducted launch launches launched
author authored sign signs signed draft drafted circulate circulated distribute distributed tweet tweeted email emailed
e-mail e-mailed prepare prepared produce produces produced deliver delivered unveil unveiled present presented
run runs ran air airs aired bring brings brought put puts`)

// issuedBy reports whether the subject before the document whose article
// is at token j issued it: the verb before the article puts a document out
// ("filed a lawsuit", "released a report"), or it is the medium of the
// subject's words ("said in a statement", "In a memo to staff, ... wrote").
func issuedBy(toks []token, from, j int) bool {
	if j <= from {
		return true // the sentence opens with the document: "A memo, sent Monday, said"
	}
	w := toks[j-1].low
	if toks[j-1].is(fAdverb) && j-2 >= from && !toks[j-1].is(fAux) {
		w = toks[j-2].low // "released only a summary"
	}
	return issuingVerbs[w] || toks[j-1].is(fPreposition) && (w == "in" || w == "through" || w == "via")
}

// articleBefore is the "a" or "an" before token k, perhaps with up to two
// words in lower case between ("a statement", "an internal memo", "a
// brief written statement"), or -1.
func articleBefore(toks []token, from, k int) int {
	for j := k - 1; j >= from && j >= k-3; j-- {
		if toks[j].low == "a" || toks[j].low == "an" {
			return j
		}
		if !toks[j].isWord() || toks[j].isCap() || toks[j].is(fDeterminer|fPreposition) || toks[j].is(fCue) && !strings.HasSuffix(toks[j].low, "ed") {
			return -1 // but "an emailed statement", "a written statement": a participle before the noun
		}
	}
	return -1
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

// documentHolding is the document whose phrases of prepositions end with
// m, right before a verb: in "An email from Harbourline Ferries to its
// staff on Tuesday said", the email says, not the staff it went to; nil
// when the chain of phrases opens with anything else.
func documentHolding(p *para, m *mention, start int) *mention {
	for n := m; ; {
		prep := n.t0 - 1
		if prep > start && p.toks[prep].low == "the" && n.kind == byName {
			prep-- // "from the Halden Trust to its staff"
		}
		if prep <= start || !p.toks[prep].is(fPreposition) || p.toks[prep].low == "of" { // "footage of Clinton asking": hers
			return nil
		}
		if p.toks[prep].is(fSubordinator) {
			return nil // "issued a statement after Sen. John Doe told": a clause of his, no document's
		}
		if v := participleBefore(p.toks, prep, start+1); p.toks[prep].low == "by" && v >= 0 && !p.toks[v].isCap() {
			// "emails combed through by Vox suggest", "A memo seen by
			// Reuters said": the document, whoever has read it (the
			// issuer finds who put it out: "a letter released by")
			prep = v
		}
		if n = p.mentionEndingAt(prep); n == nil {
			// "An email from ...": a document the mention finder does not
			// hold, its determiner and up to two words before its noun
			if t := p.toks[prep-1]; t.is(fDocument) && !t.isCap() {
				for j := prep - 2; j >= start && j >= prep-4; j-- {
					if p.toks[j].is(fDeterminer) {
						d := phraseMention(p, j, prep)
						d.head = t.low
						return d
					}
					if !p.toks[j].isWord() || names.Verb(p.toks[j].low)&names.FiniteVerb != 0 {
						break // not "The ad uses footage"
					}
				}
			}
			return nil
		}
		if n.poss {
			return nil
		}
		if n.kind == byNominal && documents[n.head] {
			return n
		}
	}
}

// participleBefore is the token of the past participle that ends right
// before token j, or after it its particle ("combed through", "handed
// over"), at or after token from; -1 when there is none.
func participleBefore(toks []token, j, from int) int {
	v := j - 1
	if v-1 >= from && (verbParticles[toks[v].low] || toks[v].low == "through") && pastParticiple(toks[v-1].low) {
		v--
	}
	if v < from || !pastParticiple(toks[v].low) {
		return -1
	}
	return v
}

// objectOf is the mention the preposition at token j governs, with or
// without "the" before it: "by the Canadian Institute ...", "in The Globe
// and Mail".
func objectOf(p *para, j int) *mention {
	o := p.mentionAt(j + 1)
	if o == nil && j+2 < len(p.toks) && p.toks[j+1].low == "the" {
		o = p.mentionAt(j + 2)
	}
	return o
}

// namedAt reports a name at token i, perhaps after "the": "from Corvane
// Mining", "by the Pew Research Center".
func namedAt(p *para, i int) bool {
	if i < len(p.toks) && p.toks[i].low == "the" {
		i++
	}
	n := p.mentionAt(i)
	return n != nil && n.kind == byName && !n.poss
}

// publishedIn is the token of the participle in "a study published last
// month in JAMA" that ends at token k, or 0: the journal, paper or site a
// document came out in is where it was read, not who found what it finds,
// so the subject of "estimated" is the study.
func publishedIn(p *para, k, start int) int {
	m := p.mentionEndingAt(k)
	if m == nil || m.kind != byName {
		return 0
	}
	j := m.t0 - 1
	for j > start && (p.toks[j].low == "the" || p.toks[j].low == "journal") {
		j-- // "in the journal Nature"
	}
	if j <= start || p.toks[j].low != "in" {
		return 0
	}
	for j--; j > start && (p.toks[j].is(fTime) || timeModifiers[p.toks[j].low]); j-- {
		// "published last month in", "released Tuesday in"
	}
	if j <= start || !issuingVerbs[p.toks[j].low] || !documentNoun(p.toks, j-1) {
		return 0
	}
	return j
}

// documents are the things besides people that news reports as saying or
// showing something: "the poll shows", "a Treasury report states".
var documents = set(`poll polls survey surveys study studies report reports analysis analyses video videos
footage data memo memos letter letters audit review records documents document research statistics
figures numbers average averages results estimates census filing filings complaint lawsuit ruling
indictment transcript statement statements website site post tweet ad ads email emails book
article editorial release recording recordings photos images map chart model projections forecast
polling paper papers`)

// documentNoun reports a noun for a document at token i, a class action
// too ("A proposed class action filed in Ontario Superior Court alleges").
func documentNoun(toks []token, i int) bool {
	return toks[i].is(fDocument) || toks[i].low == "action" && i > 0 && toks[i-1].low == "class"
}

// documentParticiple reports a past participle of putting out at token j
// that qualifies the document named just before it, in lower case: "A
// poll released Monday by Leger found". The document is the subject of
// the verb after the participle's phrase, and puts out nothing itself.
func documentParticiple(toks []token, j int) bool {
	return j > 0 && toks[j-1].is(fDocument) && !toks[j-1].isCap() && issuing[toks[j].low] && strings.HasSuffix(toks[j].low, "ed")
}

// senderNamed is the group or body a document comes from when the words
// after it name one that no entity stands for: "A statement from the
// Gillingham family", "a letter from the Trump campaign".
func senderNamed(m *mention) *mention {
	p := m.p
	if m.t1+2 >= len(p.toks) || p.toks[m.t1].low != "from" {
		return nil
	}
	if o := objectOf(p, m.t1); o != nil && o.kind == byNominal && o.org && proper(o.role) && !documents[o.head] {
		return o
	}
	return nil
}
