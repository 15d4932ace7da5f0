package extract

// A byline ("By Maria Gonzalez") names who wrote the article, and so whom
// its "I" is when the writer speaks in the first person outside quotes,
// as a column does ("I say the character of a neighbourhood is its
// people"): the writer's own claim, under the writer's name.

// findAuthor sets d.author to the person a byline paragraph among the
// first three of the body names, alone or before a comma ("By Maria
// Gonzalez, Staff Writer"); nil when no such paragraph opens the body.
func (d *doc) findAuthor() {
	seen := 0
	for _, p := range d.paras {
		if p.skip || p.headline {
			continue
		}
		if seen++; seen > 3 {
			return
		}
		if len(p.toks) < 3 || p.toks[0].low != "by" || len(p.ms) == 0 {
			continue
		}
		m := p.ms[0]
		if m.kind == byName && m.t0 == 1 && m.ent != nil && m.ent.kind == kindPerson && (m.t1 == len(p.toks) || p.toks[m.t1].text == ",") {
			d.author = m.ent
			return
		}
	}
}

// byline reports a paragraph of one sentence that opens with "By" and a
// capitalised word: "By Jennifer Nguyen The Canadian Press".
func byline(p *para) bool {
	return len(p.sents) == 1 && len(p.toks) >= 2 && p.toks[0].text == "By" && p.toks[1].isCap()
}
