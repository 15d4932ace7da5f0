package extract

import "strings"

// Where a statement "according to" a source ends: at a clause of its own
// after a coordinator, whose words are not the source's; and no statement
// of the source's at all when the clause its aside sits in has a speaker
// of its own.

// newClause reports a coordinator at token k that opens a clause of its
// own, with its subject and verb: "... fell 16.3 per cent according to
// the SMMT and sales have fallen by nearly 15 per cent": the source's
// statement ends before it.
func newClause(p *para, toks []token, k, end int) bool {
	if k+2 >= end || !toks[k].is(fCoordinator) || subjectGap(toks[k+1]) {
		return false
	}
	return clause(p.text[toks[k+1].Start-p.Start:toks[end-1].End-p.Start], false)
}

// voicedAfter is where the statement a source opens ("According to EHS,
// ...") ends in tokens [from, end): before a coordinator that a speaker
// and a verb of saying in the present follow, the reporter's voice ("...
// but Chapman says that's not what the union is seeing"), or at end; not
// a past the source reports ("..., and Mills and Clinton told
// investigators").
func voicedAfter(p *para, toks []token, base, from, end int) int {
	for k := from + 1; k < end-2; k++ {
		if n := p.mentionAt(base + k + 1); toks[k].is(fCoordinator) && n != nil && !n.poss && n.kind != byPronoun && n.t1-base < end && reporterSays(toks[n.t1-base]) {
			return k
		}
	}
	return end
}

// reporterSays reports a verb of saying in the present, as a reporter
// attributes: "says", "argues".
func reporterSays(t token) bool {
	return t.is(fSpeech) && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
}

// ownVoice reports a speaker and a verb of saying at token i: the clause
// that a source's aside sits in has a speaker of its own.
func ownVoice(p *para, toks []token, base, i, end int) bool {
	n := p.mentionAt(base + i)
	return n != nil && !n.poss && n.t1-base < end && toks[n.t1-base].is(fSpeech)
}
