package extract

import "claimtrack/internal/claims/names"

// Appositions: a name set off by commas beside the words that say who or
// what it is, whose owner is the verb's subject.

// apposName is the person named between commas ending at token c, after
// the role that names them first: "The children's commissioner for
// England, Dame Rachel de Souza,".
func apposName(p *para, c int) *mention {
	m := p.mentionEndingAt(c)
	if m == nil || m.kind != byName || m.poss || m.t0 < 2 {
		return nil
	}
	if n := memberSetOff(p, m); n != nil {
		return n // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": the pastor
	}
	if !m.person || m.ent != nil && m.ent.kind == kindOrg {
		// "The bank that lent Voltra its capital, Nordbank, said": a body's
		// name set off after a noun in lower case; no place ("Officials in
		// the capital, Kyiv, said"), nor a body in a person's description
		// ("Giovanni Maria Vian, the editor in chief of the Vatican's
		// newspaper, L'Osservatore Romano, said")
		if b := p.toks[m.t0-2]; p.toks[m.t0-1].text == "," && !b.isCap() && nounish(b) && m.ent != nil && m.ent.kind != kindPlace && m.ent.kind.speaks() && !names.IsPlace(m.ent.key) &&
			!describedBefore(p, m.t0-1, 0) {
			return m
		}
		return nil
	}
	if p.toks[m.t0-1].text == "," {
		if pluralHolder(p, m) {
			return nil
		}
		return m
	}
	if namingParticiples[p.toks[m.t0-1].low] {
		// "The owner, a man named Thomas Reilly, told": the name the
		// aside gives
		for j := m.t0 - 2; j > 0 && j >= m.t0-5; j-- {
			if p.toks[j].low == "a" || p.toks[j].low == "an" {
				if p.toks[j-1].text == "," {
					return m
				}
				return nil
			}
			if !p.toks[j].isWord() || p.toks[j].isCap() {
				return nil
			}
		}
	}
	return nil
}

// pluralHolder reports a person's name set off after people who act for
// someone: "Lawyers for the whistleblower, Gail Tremont, said" names the
// whistleblower, and the lawyers, being many, are the subject.
func pluralHolder(p *para, m *mention) bool {
	n := p.mentionEndingAt(m.t0 - 1)
	if n == nil || n.kind != byNominal || !n.person || n.t0 < 2 || !p.toks[n.t0-1].is(fPreposition) {
		return false
	}
	h := p.mentionEndingAt(n.t0 - 1)
	return h != nil && h.person && isGroup(h)
}

// memberSetOff is the person named right after a comma whose body, or
// the place of it, m names at the end of the same set-off words: Darran
// Whiting in ", Darran Whiting of Liberty Baptist Church in Marion,".
func memberSetOff(p *para, m *mention) *mention {
	if m.ent == nil || m.ent.kind == kindPerson || m.ent.kind == kindUnknown {
		return nil
	}
	for j := m.t0 - 1; j > 0 && j >= m.t0-10; j-- {
		t := p.toks[j]
		if t.text == "," {
			if n := p.mentionAt(j + 1); n != nil && n != m && n.kind == byName && !n.poss && n.ent != nil && (n.ent.kind == kindPerson || n.ent.kind == kindUnknown && n.ent.full) &&
				n.t1 < m.t0 && roleLinks[p.toks[n.t1].low] {
				return n
			}
			return nil
		}
		if t.q != nil || t.is(fCoordinator) || t.is(fCue) {
			return nil
		}
	}
	return nil
}

// workerIn is the person a noun names before "in" and the part of a body
// after it, when the sentence opens with them: "One engineer in the
// company's Austin office". The office holds the engineer; it speaks for
// no one. Nil when m is no such part of a body.
func workerIn(p *para, m *mention, start int) *mention {
	in := m.t0 - 1
	if m.kind != byNominal || !m.org || in <= start || p.toks[in].low != "in" || !names.PersonNoun(p.toks[in-1].low) {
		return nil
	}
	if np := nounPhraseBefore(p, in, start); np != nil && np.t0 == start {
		np.person = true
		return np
	}
	return nil
}
