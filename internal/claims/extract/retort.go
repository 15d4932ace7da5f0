package extract

import "strings"

// retortBefore is the attribution of a verb with "back" at token c, and
// only how it was said between it and the quote at token i: "Rubio fired
// back forcefully: ..." is a retort, whatever the verb, as "shot back that"
// is (statementAt).
func retortBefore(p *para, c, i, start int) *attribution {
	if p.toks[c].low != "back" || c-1 <= start || !p.toks[c-1].is(fCue|fWeakCue) || !cueUse(p, c-1) || !onlyManner(p, c+1, i) {
		return nil
	}
	if m := cueSubject(p, p.toks[start:], start, c-1-start); m != nil {
		return &attribution{m, p.toks[c-1].lower() + " back", c - 1}
	}
	return nil
}

// mannerEnd is the first token from on that says more than how something
// was said (onlyManner).
func mannerEnd(toks []token, from, end int) int {
	for from < end && (toks[from].is(fAdverb) || strings.HasSuffix(toks[from].low, "ly")) {
		from++
	}
	return from
}

// onlyManner reports tokens [from, to) that say no more than how something
// was said, before a colon or a comma: "forcefully:", "at once,".
func onlyManner(p *para, from, to int) bool {
	k := mannerEnd(p.toks, from, to)
	return to > from && (k == to || k == to-1 && (p.toks[k].text == ":" || p.toks[k].text == ","))
}
