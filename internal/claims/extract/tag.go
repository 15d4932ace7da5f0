package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Tags: the words beside a quote that say or suggest who spoke it, when
// no verb of saying does.

// describedSpeakerBefore reports a quote just before q in its paragraph whose
// speaker is described in words no mention reads: '"One!" says the
// affable proprietor. "No, two ... one goes on the shelf."' goes on with
// the proprietor, whom no one named before is.
func describedSpeakerBefore(p *para, q *quote) bool {
	var last *quote
	for _, t := range p.toks {
		if t.Start >= q.Start {
			break
		}
		if t.q != nil && t.q != q {
			last = t.q
		}
	}
	return last != nil && last.described
}

// tagAfter is the subject of a tag whose verb is no verb of saying after
// a quote its comma closes ('"Please help us help our coach," they sign
// off as a group'; '"...," she smiled'), and that verb's token: the
// quote's speaker, where the sentence before would hand it someone else.
// A pronoun only: after a name the verb may start a new clause.
func tagAfter(p *para, ti int, text string) (*mention, int) {
	v := ti + 2
	if !strings.HasSuffix(strings.TrimSpace(text), ",") || v >= len(p.toks) || !p.toks[ti+1].is(fSubject) || p.toks[ti+1].isCap() {
		return nil, 0
	}
	if t := p.toks[v]; !t.isWord() || t.isCap() || t.is(fAux|fBe|fAdverb|fPreposition) || names.Verb(t.low) == 0 && !regularPast(t.low) {
		return nil, 0
	}
	if m := p.mentionAt(ti + 1); m != nil && m.kind == byPronoun {
		return m, v
	}
	return nil, 0
}

// describedSpoke reports a sentence before at, in the paragraph before,
// that opens with someone new described speaking ("Another player says
// he knows this is a lot to ask."): a quote standing alone after it is as
// likely that one's, whom no name gives, as the story's subject's.
func (d *doc) describedSpoke(at sentRef) bool {
	prev, ok := d.prevSentence(at)
	if !ok || prev.p == at.p {
		return false
	}
	pp := d.paras[prev.p]
	ps := pp.sents[prev.s]
	for c := ps.Start; c < ps.End; c++ {
		if pp.toks[c].is(fCue) && cueAt(pp, c) {
			m := subject(pp, c, ps.Start)
			return m != nil && m.kind == byNominal && m.t0 == ps.Start && !definite(m) // not "The candidate", the one named before
		}
	}
	return false
}

// describedTag reads "the" and up to three words in lower case ending in
// a noun for a person at token i, which a comma or the sentence's end
// closes: someone the tag after a quote describes ('says the bow-tied
// maverick,'), whom the resolver finds by the description, or no one.
func describedTag(p *para, i, end int) *mention {
	if i >= end || p.toks[i].low != "the" {
		return nil
	}
	for k := i + 1; k < end && k <= i+4; k++ {
		t := p.toks[k]
		if !t.isWord() || t.isCap() || t.is(fCue|fPreposition|fDeterminer|fPronoun|fAux|fBe) {
			return nil
		}
		if k+1 == end || p.toks[k+1].text == "," || p.toks[k+1].text == "." {
			if !names.PersonNoun(t.low) || strings.HasSuffix(t.low, "s") {
				return nil
			}
			m := phraseMention(p, i, k+1)
			m.person, m.tag = true, true
			return m
		}
	}
	return nil
}

// someoneAt reads, at token i, someone a tag brings in without a name:
// "a", "an" or "one", up to two words in lower case and a noun for one
// person, whatever follows ("said a woman who gave her name only as
// Maria", "one person familiar with the talks"); nil otherwise.
func someoneAt(p *para, i, end int) *mention {
	if i+1 >= end || !indefinites[p.toks[i].low] {
		return nil
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		t := p.toks[k]
		if !t.isWord() || t.isCap() || t.is(fCue|fPreposition|fDeterminer|fPronoun|fAux|fBe) {
			return nil
		}
		if (t.low == "person" || names.PersonNoun(t.low)) && !plural(t.low) { // the lists hold no "person", a word too general
			return phraseMention(p, i, k+1)
		}
	}
	return nil
}

// describes reports whether tokens [from, to) can only describe the speaker
// named after them: "retired Air Force general", "University of the Fraser
// Valley political scientist", not "against what".
func describes(p *para, from, to int) bool {
	for i := from; i < to; i++ {
		if !nounish(p.toks[i]) && !p.toks[i].isCap() && !inName(p.toks, i, from) && !roleParticiples[p.toks[i].low] {
			return false
		}
	}
	return true
}

// describedPerson reports a person's name after "the" and words that
// describe them: "the veteran Tibbetts, 64, said". Not a body's name nor a
// word for where one is from ("the Times", "the Texan"), nor one of
// several who share the name ("the younger Tibbetts"): which one, the
// cast cannot tell.
func describedPerson(p *para, j int, m *mention) bool {
	if p.toks[j].low != "the" || m.t0 <= j+1 || m.kind != byName || m.ent == nil || m.ent.kind != kindPerson {
		return false
	}
	for _, t := range p.toks[j+1 : m.t0] {
		if kinComparatives[t.low] {
			return false
		}
	}
	return describes(p, j+1, m.t0)
}

// kinComparatives tell apart people who share a name.
var kinComparatives = set(`elder younger older eldest youngest`)

// roleParticiples are the -ing words that describe the post someone holds:
// "Oversight ranking Democrat Elijah Cummings", "outgoing chairman".
var roleParticiples = set(`ranking acting outgoing incoming founding managing presiding sitting visiting`)
