package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// joinSplit makes one claim of a quote its attribution splits mid-sentence:
// in '"My hope," he said, "is that maybe as ex-president I can ..."' the
// two pieces are one statement, and "My hope," alone says nothing. The
// first piece ends with a comma and the attribution between ends with
// one; "'It's heartbreaking,' Ryan said. 'And ...'" is two sentences, two
// claims. The claim's parts are the pieces, the first without its comma.
// out is in order of position.
func joinSplit(body string, out []claims.Quote) []claims.Quote {
	n := 0
	for i := 0; i < len(out); i++ {
		q := out[i]
		if i+1 < len(out) && splitPieces(body, &q, &out[i+1]) {
			r := out[i+1]
			first := claims.Span{Start: q.Span.Start, End: q.Span.End - 1}
			for first.End > first.Start && body[first.End-1] == ' ' {
				first.End--
			}
			q.Parts = []claims.Span{first, r.Span}
			q.Text = body[first.Start:first.End] + " " + r.Text
			q.Span.End = r.Span.End
			q.Confidence = max(q.Confidence, r.Confidence)
			q.Prediction = q.Prediction || r.Prediction
			if q.CueSpan.End <= q.CueSpan.Start {
				q.Cue, q.CueSpan = r.Cue, r.CueSpan
			}
			i++
		}
		out[n] = q
		n++
	}
	return out[:n]
}

// splitPieces reports two direct quotes of one speaker that are pieces of
// one sentence split by its attribution: the first ends with a comma, the
// words between are a short attribution that ends with one, and the
// second goes on in lower case.
func splitPieces(body string, a, b *claims.Quote) bool {
	// The second piece has the first's speaker, or none at all when a
	// description set off after the name puts its cue out of reach ('"The
	// risk," said Edward Leamer, an economist who directs the forecast,
	// "is that ..."').
	orphan := b.Speaker.Text == "" && b.Cue == ""
	same := a.Speaker.Name == b.Speaker.Name && a.Speaker.Text == b.Speaker.Text && a.Speaker.Span == b.Speaker.Span
	if a.Kind != claims.Direct || b.Kind != claims.Direct || a.Headline || b.Headline || len(a.Parts) > 0 || len(b.Parts) > 0 ||
		!same && !orphan || a.Speaker.Text == "" ||
		!strings.HasSuffix(a.Text, ",") || b.Span.Start <= a.Span.End || b.Span.Start-a.Span.End > 80 && !orphan || b.Span.Start-a.Span.End > 160 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(b.Text); !unicode.IsLower(r) {
		return false // '"I'm not going anywhere," she said, "I'm a fighter."': a sentence of its own
	}
	between := strings.TrimRight(body[a.Span.End:b.Span.Start], " \"“”'‘’\u00a0")
	return strings.HasSuffix(between, ",") && !strings.ContainsAny(between, "\n.!?;") &&
		a.Speaker.Span.Start >= a.Span.End && a.Speaker.Span.End <= b.Span.Start
}
