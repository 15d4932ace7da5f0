package extract

// Relative clauses inside a statement's sentence: where a relative
// pronoun stands between a speaker and the cue, and where the statement
// of a relative clause's own cue ends, before the main clause goes on.

// relativeBetween reports a relative pronoun among tokens [from, to) with
// no comma after it: the cue at to stands in a relative clause about its
// subject ("McConnell, who has criticized his campaign, offered"), not in
// the main clause after one ("Trump, who spoke in Ohio, said").
func relativeBetween(toks []token, from, to int) bool {
	for j := to - 1; j >= max(from, 0); j-- {
		switch toks[j].low {
		case ",":
			return false
		case "who", "which":
			return true
		}
	}
	return false
}

// relativeBefore reports a relative pronoun right before token i, the
// first of a speaker's mention, standing for what was said: "which
// officials said", "whom she called"; not "in which he pledged".
func relativeBefore(toks []token, i int) bool {
	if i < 1 || i >= 2 && toks[i-2].is(fPreposition) {
		return false
	}
	return isRelative(toks[i-1].low)
}

// anonymityEnd ends a relative clause's statement that asks for
// anonymity, which no comma closes, after its passive ("A witness who asked
// not to be named | told CBC News ...", "who asked to remain anonymous |
// said"): the words after it are the main clause's, whose statement is
// the one that matters. Any other statement is left to run to to.
func anonymityEnd(toks []token, from, to int) int {
	k := from
	if k < to && toks[k].low == "not" {
		k++
	}
	if k+3 < to && toks[k].low == "to" && (toks[k+1].low == "be" && unnamedWords[toks[k+2].low] || toks[k+1].low == "remain" && toks[k+2].low == "anonymous") {
		return k + 3
	}
	return to
}

// mainVerbOf ends the statement of a restrictive relative clause, whose
// subject is the relative pronoun m, where a verb of saying comes whose
// subject is the noun the clause restricts: "The woman who said she saw
// the crash | told police ...". None such: to.
func mainVerbOf(p *para, toks []token, base int, m *mention, from, to int) int {
	for j := from + 1; j < to; j++ {
		if t := toks[j]; t.is(fSpeech) && t.is(fCue) && cueUse(p, base+j) {
			if s := subject(p, base+j, base); s != nil && s != m && s.t1 == m.t0 {
				return j
			}
		}
	}
	return to
}

// unnamedWords are what a source asks not to be.
var unnamedWords = set(`named identified quoted cited`)
