package extract

import (
	"cmp"
	"slices"
	"strings"
)

// rank orders a sentence's candidate statements, the one to keep first:
// a document's finding before what it found people said, then the surest,
// and among the as sure a statement told before its attribution before one
// it holds.
func rank(toks []token, cands []statement) {
	slices.SortStableFunc(cands, func(a, b statement) int {
		switch {
		case encloses(toks, a, b) && !outranks(b, a):
			return -1
		case encloses(toks, b, a) && !outranks(a, b):
			return 1
		case swallows(toks, b, a):
			return -1 // "The company has agreed to pay $8 million, a filing shows": the agreeing runs over the filing's verb, whose words hold it
		case swallows(toks, a, b):
			return 1
		}
		if c := cmp.Compare(b.conf, a.conf); c != 0 {
			return c
		}
		switch {
		case outranks(a, b): // '"Clinton had told police officials that she didn't want the escort", the source added.'
			return -1
		case outranks(b, a):
			return 1
		}
		return 0
	})
}

// sameStart reports a statement found already that starts where st does:
// in "told reporters that ...", the statement is the verb's, not a topic of
// "reporters".
func sameStart(cands []statement, st statement) bool {
	for _, c := range cands {
		if c.parts[0][0] == st.parts[0][0] && c.at < st.at {
			return true
		}
	}
	return false
}

// outranks reports a statement that runs from the sentence's start to the
// attribution after it and holds the cue of another: the other is part of
// what was said, and its speaker is quoted by this one's ("Clinton had told
// police officials that she didn't want the escort, the source added";
// "Though Republicans boast of ..., there is no correlation ..., political
// scientists say").
func outranks(a, b statement) bool {
	return len(a.parts) == 1 && a.parts[0][0] == 0 && a.parts[0][1] <= a.at && a.holds(b.at)
}

// swallows reports a statement a that runs on over the verb of a tag
// after it, b, whose words hold a's cue: what b attributes is the whole
// ("He agreed to sell it in 2010, records show"). A participle is no tag
// ("..., the senator said, the media considered him a fringe candidate,
// making air quotes"), nor are words no speaker's noun heads.
func swallows(toks []token, a, b statement) bool {
	return outranks(b, a) && a.holds(b.at) && !strings.HasSuffix(toks[b.at].low, "ing") &&
		b.m != nil && (b.m.kind != byNominal || speakingHead(strings.ToLower(b.m.head))) // nor "making air" of "making air quotes"
}

// encloses reports a document's finding that a "that" opens and that
// holds another statement's cue: in "A Quinnipiac poll found that 74
// percent of likely voters said ...", what the voters said is the poll's
// finding; so too in "It found that 71 per cent of participants
// reported ...", where "it" finds as only a document or a body does.
func encloses(toks []token, a, b statement) bool {
	f := a.parts[0][0]
	if f <= a.at || toks[f-1].low != "that" || a.m == nil || !a.holds(b.at) {
		return false
	}
	return a.m.kind == byNominal && documents[a.m.head] || a.m.kind == byPronoun && strings.EqualFold(a.m.text, "it") && findForms[toks[a.at].low]
}

// holds reports whether token i lies in one of the statement's parts: a
// cue there is part of what the statement's speaker said.
func (st statement) holds(i int) bool {
	for _, r := range st.parts {
		if r[0] <= i && i < r[1] {
			return true
		}
	}
	return false
}

// extent is the token range a statement and its cue cover.
func (st statement) extent() [2]int {
	r := [2]int{st.at, st.at + 1}
	for _, p := range st.parts {
		r[0], r[1] = min(r[0], p[0]), max(r[1], p[1])
	}
	return r
}

// clip cuts a statement's parts back from the ranges already taken and
// reports whether its cue is free and some of it is left.
func (st *statement) clip(taken [][2]int, toks []token, end int) bool {
	cut := -1 // a part cut to one word, the subject of the clause another statement took
	for _, t := range taken {
		if st.at >= t[0] && st.at < t[1] {
			return false
		}
		for k := range st.parts {
			r := &st.parts[k]
			if r[1] <= t[0] || r[0] >= t[1] {
				continue
			}
			if r[0] < t[0] {
				r[1] = t[0]
			} else {
				r[0] = t[1]
			}
			st.clipped = true
			for r[0] < r[1] && !toks[r[0]].isWord() && toks[r[0]].q == nil {
				r[0]++
			}
			for r[1] > r[0] && (!toks[r[1]-1].isWord() && toks[r[1]-1].q == nil || dangling(toks[r[1]-1].low)) {
				r[1]-- // "... often in his campaign, and" where the next statement took the rest
			}
			if r[1]-r[0] == 1 && toks[r[0]].is(fSubject) {
				cut = k
			}
		}
	}
	if cut >= 0 && len(st.parts) == 2 {
		// "She thinks voters want a government that listens, she said,
		// and she plans to ...": the subject left of the clause another
		// statement took is no words of this one, nor is the word that
		// joined its own clause to that one
		st.parts = slices.Delete(st.parts, cut, cut+1)
		if r := &st.parts[0]; r[0]+1 < r[1] && toks[r[0]].is(fCoordinator) {
			r[0]++
		}
	}
	return st.valid(end)
}

// dangling reports a word that cannot end a statement cut short by the
// next one: a conjunction or a relative pronoun.
func dangling(w string) bool { return w == "and" || w == "or" || w == "but" || isRelative(w) }
