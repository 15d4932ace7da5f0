package extract

// Labels: the words after "as" that say what the clause's subject called
// something or someone ("hailed Trump as 'The Comeback Kid'").

// labelled reads a quote that gives someone's label for a thing: "Reid has
// been pounding Trump as a 'con artist'", "hailed Trump as 'The Comeback
// Kid'". Whatever the verb, the words are the label of the clause's
// subject.
func labelled(p *para, ti, start int) *attribution {
	as := ti - 1
	if as > start && p.toks[as].text == "," {
		as-- // "characterized Kaine as, 'a little desperate'"
	}
	if as > start && p.toks[as].is(fDeterminer) {
		as--
	}
	if as > start && p.toks[as].lower() == "and" && p.toks[as-1].q != nil && p.toks[as-1].q.speaker != nil {
		// 'as a "human leech" and a "spoiled brat"': the label goes on
		q := p.toks[as-1].q
		return &attribution{q.speaker.m, q.cue, as - 1}
	}
	if as <= start || p.toks[as].lower() != "as" || passive(p.toks, as-1) {
		return nil // not 'He was also described as "lacking a conscience"': whoever described him is not named
	}
	clause := start
	for j := as - 1; j > start; j-- {
		if p.toks[j].text == "," {
			if o := commaBefore(p, j, start); o > 0 {
				j = o // "characterized Sen. Tim Kaine, D-Va., as": the aside is no clause
				continue
			}
		}
		if w := p.toks[j].lower(); p.toks[j].text == ";" || p.toks[j].text == "," || w == "but" || w == "and" ||
			p.toks[j].is(fSubordinator) && !p.toks[j].is(fPreposition) { // "gone after Trump as" is no new clause
			clause = j + 1
			break
		}
	}
	for _, m := range p.mentionsIn(clause, as) {
		if m.t1 < as && !afterPreposition(p, m) && !m.poss && m.kind != byRelative {
			if m.t1 < len(p.toks) && p.toks[m.t1].isWord() && !p.toks[m.t1].isCap() {
				return &attribution{m, "as", as} // the subject, with its verb after it
			}
			return nil
		}
	}
	return nil
}
