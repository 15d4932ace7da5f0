package extract

import (
	"strings"

	"claimtrack/internal/claims"
)

// reportingVerbs introduce reported speech worth checking. They are the
// speech verbs less those that mostly introduce questions or attitudes.
func reportingVerb(w string) bool {
	return speechVerbs[w] && w != "ask" && w != "asks" && w != "asked" && w != "asking" &&
		w != "think" && w != "thought" && w != "believe" && w != "believed" && w != "continue"
}

// minReportedWords keeps reported speech to whole statements.
const minReportedWords = 4

// reported reads a sentence without quotes as reported speech: "X said
// (that) ...", "..., X said.", "..., said X.", "..., according to X." and
// "According to X, ...". The claim is the reported statement alone.
func (d *doc) reported(at sentRef) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	toks := p.toks[s.Start:s.End]
	end := len(toks)
	for end > 0 && !toks[end-1].isWord() {
		end-- // the full stop
	}
	for c := 0; c < end; c++ {
		w := toks[c].lower()
		var m *mention
		var from, to int // the statement, as token indexes into toks
		switch {
		case w == "according" && c+1 < end && toks[c+1].lower() == "to":
			m = p.mentionAt(s.Start + c + 2)
			if m == nil {
				continue
			}
			if c > 0 && toks[c-1].text == "," { // "..., according to X."
				from, to = 0, c-1
			} else if c == 0 { // "According to X, ..."
				from, to = m.t1-s.Start, end
				for from < end && toks[from].text != "," {
					from++
				}
				from++
			} else {
				continue
			}
		case reportingVerb(w):
			// "..., X said." / "..., said X."
			if m2 := p.mentionEndingAt(s.Start + skipAdverbsBack(toks, c)); m2 != nil && m2.t0 > s.Start &&
				p.toks[m2.t0-1].text == "," && restIsTail(toks, c+1, end) {
				m, from, to = m2, 0, m2.t0-1-s.Start
				break
			}
			if c > 0 && toks[c-1].text == "," {
				if m2 := p.mentionAt(s.Start + c + 1); m2 != nil && restIsTail(toks, m2.t1-s.Start, end) {
					m, from, to = m2, 0, c-1
					break
				}
			}
			// "X said (that) ..."
			m = subject(p, s.Start+c, s.Start)
			if m == nil || m.t1 > s.Start+c {
				m = nil
				continue
			}
			from, to = statementAfter(p, toks, s.Start, c, end), end
			if stop := dashStop(toks, from, end); stop > 0 {
				to = stop
			}
		default:
			continue
		}
		if m == nil || to-from < minReportedWords {
			continue
		}
		span := claims.Span{Start: toks[from].Start, End: toks[to-1].End}
		text := d.body[span.Start:span.End]
		r := d.resolve(m, at)
		return claims.Quote{
			Text: text, Span: span, Kind: claims.Indirect, Cue: w, Paragraph: p.Span,
			Speaker: mentionOf(r), Prediction: isPrediction(text, w),
		}, true
	}
	return claims.Quote{}, false
}

func skipAdverbsBack(toks []token, c int) int {
	for c > 0 && adverbs[toks[c-1].lower()] {
		c--
	}
	return c
}

// restIsTail reports whether the words after an attribution are only its
// trimmings: "in a statement", "on Monday", "Tuesday".
func restIsTail(toks []token, i, end int) bool {
	if i >= end {
		return true
	}
	w := toks[i].lower()
	return prepositions[w] || toks[i].text == "," || end-i <= 2
}

// statementAfter finds where the statement after a cue starts: past "that",
// the listener of "told", and a short phrase such as "in a statement".
func statementAfter(p *para, toks []token, base, c, end int) int {
	i := c + 1
	if i < end && (toks[i].text == ":" || toks[i].text == ",") {
		return i + 1
	}
	for j := i; j < end && j <= i+7; j++ {
		if toks[j].lower() == "that" {
			return j + 1
		}
	}
	if strings.HasPrefix(toks[c].lower(), "t") && toks[c].lower() != "testified" { // told, tells
		if m := p.mentionAt(base + i); m != nil {
			return m.t1 - base
		}
		if i < end {
			return i + 1
		}
	}
	return i
}

// dashStop ends a statement at a dash that opens the reporter's aside.
func dashStop(toks []token, from, end int) int {
	for j := from; j < end; j++ {
		if isDash(toks[j].text) {
			return j
		}
	}
	return 0
}
