package extract

import "claimtrack/internal/claims"

// reportedlyClaim reads a sentence that the reporter credits to reports
// no one is named for: "The Club for Growth is reportedly spending $1.5
// million on ads", "Reportedly, he made sympathetic comments to co-workers".
// What is reported is a claim to check all the same; it has no speaker.
// Only a sentence with no other claim is read so.
func (d *doc) reportedlyClaim(at sentRef) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	toks := p.toks[s.Start:s.End]
	end := wordsEnd(toks, 0)
	c := -1
	for i, t := range toks[:end] {
		if t.q != nil {
			return claims.Quote{}, false // the quote's own claim
		}
		if t.low == "reportedly" && c < 0 {
			c = i
		}
	}
	if c < 0 {
		return claims.Quote{}, false
	}
	from := mainClause(toks, c) // "In total, the hackers have reportedly ..."
	if c == from && c+1 < end && toks[c+1].text == "," {
		from = c + 2 // "Reportedly, he made ..."
	}
	to := end
	if stop := clauseStop(p, toks, s.Start, c+1, end); stop > 0 {
		to = stop
	}
	if from >= to || wordsIn(toks[from:to]) < minReportedWords {
		return claims.Quote{}, false
	}
	span := claims.Span{Start: toks[from].Start, End: toks[to-1].End}
	q := claims.Quote{Kind: claims.Indirect, Cue: "reportedly", Paragraph: p.Span, CueSpan: toks[c].Span, Span: span,
		Text: d.body[span.Start:span.End], Confidence: reportedlyConfidence}
	q.Prediction = isPrediction(q.Text, q.Cue)
	return q, true
}

// reportedlyConfidence is how often such a sentence is an attribution: 10
// of the 18 that PolNeAR's training split holds (a small sample) match one.
const reportedlyConfidence = 0.55
