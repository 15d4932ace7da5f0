package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// The source an attribution names after "according to" or a document's
// words: the body or person behind a paper, a poll or a possessive.

// tradeNamed is the name after a people's word and a noun for a trade,
// which both qualify it: "Spanish newspaper Marca"; nil for any other m.
func tradeNamed(p *para, m *mention, end int) *mention {
	if m == nil || m.kind != byName || m.t1+1 >= end || !tradeNouns[p.toks[m.t1].low] || !names.Demonym(strings.ToLower(m.name)) {
		return nil
	}
	if n := p.mentionAt(m.t1 + 1); n != nil && n.kind == byName && n.t1 <= end {
		return n
	}
	return nil
}

// sourceAt reads the source named after "according to" at token i: a known
// mention, or else the words up to the next punctuation ("a Washington
// Post database tracking such deaths", "federal statistics").
func sourceAt(p *para, i, end int) *mention {
	m := p.mentionAt(i)
	if i+1 < end && p.toks[i].low == "the" && m == nil {
		m = p.mentionAt(i + 1)
	}
	if n := tradeNamed(p, m, end); n != nil {
		return n // "according to Spanish newspaper Marca", "according to the Portuguese newspaper Record"
	}
	m = p.mentionAt(i)
	if m != nil && m.poss && ownsSpeaker(p, m.t1, end) {
		if n := p.mentionAt(m.t1); n != nil && n.kind == byName && !n.poss {
			return n // "according to RedMonk's Stephens", "Japan's Defense Ministry"
		}
		m = nil // "according to South Korea's Joint Chiefs of Staff": the words that follow
	}
	if m != nil && m.kind == byName && !m.poss {
		if n := p.mentionAt(m.t1); n != nil && n.kind == byNominal && n.t0 == m.t1 && n.t1 <= end && !p.toks[n.t0].is(fDeterminer) {
			return phraseMention(p, m.t0, n.t1) // "according to Japanese officials", "according to Clinton aides", "in Texas poll": the people or the document, not the name that qualifies them
		}
		if k := groupAfter(p, m.t1); k > 0 && k <= end {
			return phraseMention(p, m.t0, k) // "according to Ottawa paramedics", "according to American military officials"
		}
	}
	if m != nil {
		if n := p.mentionAt(m.t1); m.kind == byNominal && n != nil && n.kind == byName && n.t1 <= end && !n.poss && orgHeads[m.head] && !placeHeads[m.head] {
			return n // "according to the state news agency Xinhua": the agency is Xinhua, no other named before
		}
		if by := m.t1; m.kind == byNominal && documents[m.head] && by+1 < end && p.toks[by].low == "by" {
			if a := sourceAt(p, by+1, end); a != nil && a.kind == byName {
				return a // "according to an analysis by the Pew Research Center": the centre's
			}
		}
		return m
	}
	if m := p.mentionAt(i + 1); m != nil && m.kind == byName && p.toks[i].low == "the" && !names.Demonym(strings.ToLower(m.name)) {
		return m // "according to the Office for National Statistics"; not "the Iraqi" of "the Iraqi activist group Mosul Eye"
	}
	j := i
	for j < end && j < i+12 && (p.toks[j].isWord() || p.toks[j].text == "/" && j+1 < end && p.toks[j+1].isWord()) {
		if j > i+1 && (p.toks[j].low == "who" || p.toks[j].low == "which" || p.toks[j].low == "that") {
			break // "a person with knowledge of the talks who was not authorized to speak": the person, not half the clause
		}
		j++ // "a Reuters/Ipsos poll"
	}
	if j == i {
		return nil
	}
	if g, ok := objectGender[p.toks[i].low]; ok && j == i+1 {
		// "according to him": the man the pronoun stands for
		return p.mention(mention{Span: p.toks[i].Span, kind: byPronoun, text: p.toks[i].text, gender: g, person: true, t0: i, t1: j, p: p})
	}
	if n := p.mentionEndingAt(j); n != nil && n.kind == byName && n.t0 > i && !n.poss && bodyNoun(p.toks, i, n.t0) {
		return n // "according to the advocacy group Cycle Toronto"
	}
	if m := ownedBody(p, i, j); m != nil {
		return m
	}
	if m := documentsIssuer(p, i, j); m != nil {
		return m
	}
	return phraseMention(p, i, j)
}

// documentsIssuer is the body or person named as the one a document that
// no mention holds came from, in the words [i, j) after "according to":
// "data released Tuesday by Health Quality Ontario", "figures from the
// Canadian Institute for Health Information".
func documentsIssuer(p *para, i, j int) *mention {
	k := i
	if p.toks[k].is(fDeterminer) {
		k++
	}
	if k >= j || !p.toks[k].is(fDocument) {
		return nil
	}
	for b := k + 1; b+1 < j && b < k+5; b++ {
		if w := p.toks[b].low; w == "by" || w == "from" {
			if o := objectOf(p, b); o != nil && o.kind == byName && !o.poss && o.ent != nil && o.ent.kind.speaks() {
				return o
			}
			return nil
		}
	}
	return nil
}

// ownsSpeaker reports that the words after a possessive source, from
// token k, name who speaks for its owner rather than what the owner said:
// "according to South Korea's Joint Chiefs of Staff", "Japan's Defense
// Ministry", "Smith's lawyer", not "Pew's latest survey" or "his
// account", whose owner is the source.
func ownsSpeaker(p *para, k, end int) bool {
	j := k
	for j < end && j < k+6 && p.toks[j].isWord() && !p.toks[j].is(fPreposition) {
		if p.toks[j].is(fDocument) {
			return false
		}
		j++
	}
	if j == k {
		return false
	}
	if p.toks[k].isCap() {
		return true
	}
	last := p.toks[j-1].low
	return personRoles[last] || orgHeads[last] || orgWords[last] || names.PersonNoun(last)
}

// ownedBody is the organisation a phrase [i, j) names after its owner:
// "the province's Department of Community Services", "North Korea's
// state-run KCNA news agency".
func ownedBody(p *para, i, j int) *mention {
	for k := i; k+1 < j; k++ {
		if _, owned := cutPossessive(p.toks[k].text); !owned {
			continue
		}
		for n := k + 1; n < j && n < k+4; n++ {
			if m := p.mentionAt(n); m != nil {
				if m.kind == byName && m.ent != nil && m.ent.kind == kindOrg {
					return m
				}
				return nil
			}
		}
	}
	return nil
}

// bodyNoun reports words [i, j) that bring in the body named at token j
// by its kind: a determiner, then up to four words ending in a body's
// noun ("the advocacy group", "the Iraqi activist group"), so that
// "..., the advocacy group Cycle Toronto said" is the group's.
func bodyNoun(toks []token, i, j int) bool {
	return j-i >= 2 && toks[i].is(fDeterminer) && orgHeads[toks[j-1].low] && !placeHeads[toks[j-1].low] && roleWords(toks, i+1, j)
}
