package extract

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"

	"claimtrack/internal/claims"
)

// The statement model is the learned part of extraction: a logistic
// regression that weighs each reported statement the rules find ("X said
// that ...", "X spoke about ...") by its cue, the words around it and the
// kind of speaker, and gives the chance that it is an attribution with
// the right speaker. Claims
// below minStatementOdds are dropped ("Alicia Machado appeared on a
// Spanish reality show"), and the chance is the claim's confidence. lexgen
// (make lexicon) trains it on PolNeAR's training split. Its features are
// hashed, so the model file is numbers only: slot and weight.

// weighBits is the size of the hashed feature table.
const weighBits = 18

//go:embed statement.model
var statementModel string

// statementWeights are the shipped model's weights; nil when the file is
// empty, and every statement then keeps its cue's confidence.
var statementWeights = readWeights(statementModel)

// readWeights reads a model file: one "slot weight" pair a line.
func readWeights(text string) []float64 {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	// A line at a time, cut at its space: splitting the file into lines
	// and fields first allocated for each of its 35,000 lines, on every
	// ingest's start (BenchmarkReadWeights).
	w := make([]float64, 1<<weighBits)
	for line := range strings.Lines(text) {
		f, g, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		slot, err := strconv.Atoi(f)
		x, err2 := strconv.ParseFloat(strings.TrimSpace(g), 64)
		if err == nil && err2 == nil && slot >= 0 && slot < len(w) {
			w[slot] = x
		}
	}
	return w
}

// minStatementOdds is the least chance the model must give a statement for
// it to stand. It was chosen by two-fold cross-validation on the training
// split (not on the dev set), among 0.25 to 0.40: 0.30 gave the best
// attributed F1 there, and F1 within a point of its best. A claim adds
// to F1 when its chance of being right exceeds half the F1 reached (Lipton,
// Elkan and Naryanaswamy 2014), and the model's chance counts the speaker
// too, so the words alone are right more often than it says.
const minStatementOdds = 0.30

// feature is a table slot for a feature: its template and its values,
// mixed. Words enter as their hashes.
func feature(template, a, b uint64) uint32 {
	h := (template+1)*0x9E3779B97F4A7C15 ^ a
	h *= 0xBF58476D1CE4E5B9
	h ^= b + 0x632BE59BD9B4E019
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return uint32(h) & (1<<weighBits - 1)
}

// hashWord is a word's hash for features: FNV-1a, fixed across builds.
func hashWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// statementFeatures lists the hashed features of a statement that the
// cue at st.at introduces in a sentence's tokens (which start at
// paragraph token base).
func statementFeatures(toks []token, base int, st statement, out []uint32) []uint32 {
	word := func(i int) uint64 {
		switch {
		case i < 0:
			return 1
		case i >= len(toks):
			return 2
		case toks[i].q != nil:
			return 3
		}
		return hashWord(toks[i].low)
	}
	first, last := st.parts[0][0], st.parts[len(st.parts)-1][1]
	words, quoted := 0, uint64(0)
	for _, r := range st.parts {
		for _, t := range toks[r[0]:r[1]] {
			if t.isWord() {
				words++
			}
			if t.q != nil {
				quoted = 1
			}
		}
	}
	size := uint64(2) // long
	switch {
	case words < 6:
		size = 0
	case words < 12:
		size = 1
	}
	form := uint64(0) // the statement follows its cue
	switch {
	case len(st.parts) > 1:
		form = 1 // it stands around its cue
	case first < st.at:
		form = 2 // it comes before
	}
	speaker, reach := uint64(9), uint64(9) // none
	if m := st.m; m != nil {
		speaker = uint64(min(int(m.kind), 3))
		switch {
		case m.kind == byNominal && !nominalHeads[m.head]:
			speaker = 4 // a phrase the mention finder did not know
		case m.org:
			speaker += 5
		}
		switch d := base + st.at - m.t1; {
		case d < 0:
			reach = 0 // after the cue
		case d == 0:
			reach = 1 // right before it
		case d <= 3:
			reach = 2
		default:
			reach = 3
		}
	}
	cue := hashWord(st.cue)
	if form == 2 && telling(st.cue) {
		// "..., Peskov told reporters.": said to them. The model met
		// too few of these rightly labelled to learn them (until the
		// listener after "told" stopped being read as a speaker, most
		// were wrong), so it weighs them as "said" and "says".
		cue = hashWord(strings.Replace(strings.Replace(st.cue, "told", "said", 1), "tells", "says", 1))
	}
	speech := uint64(0)
	if speechVerbs[st.cue] {
		speech = 1
	}
	return append(out[:0],
		feature(0, 0, 0),
		feature(1, cue, 0),
		feature(2, cue, word(first)),
		feature(3, word(first), 0),
		feature(4, word(first-1), 0),
		feature(5, cue, word(st.at+1)),
		feature(6, word(st.at-1), 0),
		feature(7, word(last-1), 0),
		feature(8, size, 0),
		feature(9, cue, size),
		feature(10, form, 0),
		feature(11, cue, form),
		feature(12, speaker, 0),
		feature(13, cue, speaker),
		feature(14, quoted, 0),
		feature(15, speech, 0),
		feature(16, uint64(math.Round(cueScores[st.cue]*10)), 0),
		feature(17, reach, 0),
		feature(18, speaker, reach),
		feature(19, cue, reach),
	)
}

// statementOdds is the model's chance that a statement is an attribution.
func statementOdds(w []float64, fs []uint32) float64 {
	z := 0.0
	for _, f := range fs {
		z += w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// TrainStatements learns the statement model from annotated articles:
// every statement the rules find is an example, right when at least half
// of it lies inside an annotated span. It returns the model file.
func TrainStatements(arts []Annotated, epochs int) string {
	type example struct {
		fs    []uint32
		right bool
	}
	var data []example
	for _, a := range arts {
		extract(a.Text, 0, func(toks []token, base int, st statement, q claims.Quote) {
			// Right: at least half of it lies in attributions, and its
			// speaker's mention overlaps the source of the one it overlaps
			// most (when that one names a source).
			in, length, best, bestIn := 0, 0, -1, 0
			for _, r := range st.parts {
				length += toks[r[1]-1].End - toks[r[0]].Start
			}
			for k, gq := range a.Quotes {
				n := 0
				for _, r := range st.parts {
					s, e := toks[r[0]].Start, toks[r[1]-1].End
					for _, sp := range gq.Spans {
						n += max(0, min(e, sp[1])-max(s, sp[0]))
					}
				}
				in += n
				if n > bestIn {
					best, bestIn = k, n
				}
			}
			right := 2*in >= length
			if right && best >= 0 && len(a.Quotes[best].Speaker) > 0 {
				right = false
				for _, sp := range a.Quotes[best].Speaker {
					if q.Speaker.Span.Start < sp[1] && sp[0] < q.Speaker.Span.End || sameName(a.Text[sp[0]:sp[1]], q.Speaker.Name) {
						right = true
					}
				}
			}
			data = append(data, example{statementFeatures(toks, base, st, nil), right})
		})
	}
	w := make([]float64, 1<<weighBits)
	avg := make([]float64, 1<<weighBits) // the mean of the weights after each pass
	const rate, l2 = 0.05, 1e-5
	for e := 0; e < epochs; e++ {
		for _, ex := range data {
			y := 0.0
			if ex.right {
				y = 1
			}
			g := statementOdds(w, ex.fs) - y
			for _, f := range ex.fs {
				w[f] -= rate * (g + l2*w[f])
			}
		}
		for i, x := range w {
			avg[i] += x / float64(epochs)
		}
	}
	var b strings.Builder
	for i, x := range avg {
		if math.Abs(x) >= 1e-3 {
			fmt.Fprintf(&b, "%d %.4f\n", i, x)
		}
	}
	return b.String()
}

// Annotated is an article with what it attributes to whom, in byte
// offsets, for training the statement model.
type Annotated struct {
	Text   string
	Quotes []AnnotatedQuote
}

// AnnotatedQuote is one attribution: the spans of its content and of the
// mention of its source.
type AnnotatedQuote struct {
	Spans, Speaker [][2]int
}

// sameName reports whether a source's words hold the surname of a name.
func sameName(source, name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && strings.Contains(strings.ToLower(source), strings.ToLower(f[len(f)-1]))
}

// namedSpeaking reports a statement of a person the article names, after
// a verb of speech in the past or present (before it, one that takes no
// thing as its object), that is a clause with its own subject: "Traeger
// added he doesn't think ...", "They had two broad aims, Foster writes";
// not "continued to question", "testified before Congress", "wrote a
// memoir", "admitted using the tax code", nor a participle's ("claiming
// his third victory").
func namedSpeaking(st statement, toks []token, q claims.Quote) bool {
	if q.Speaker.Name == "" || q.Speaker.Kind != claims.Person || !speechVerbs[st.cue] || strings.HasSuffix(st.cue, "ing") || len(st.parts) != 1 {
		return false
	}
	if tag := st.parts[0][1] <= st.at; !tag && !clauseVerbs[st.cue] {
		return false // "pledged his support", "claimed self-defense", "wrote legislation": before what they say, verbs that name things too
	}
	first := toks[st.parts[0][0]]
	if first.is(fPreposition|fSubordinator) || first.low == "to" || gerund(first.low) || !clause(q.Text, true) {
		return false
	}
	return !st.object(toks) // "wrote a memoir ...": a thing named
}

// clauseVerbs are the verbs of speech that take what was said, not a
// thing, after them.
var clauseVerbs = forms(`say tell add explain testify insist`)

// namedSpeech is how sure a statement is when a named person speaks it
// after a verb of speech: as sure as the site's default threshold asks
// (site.toml's min_confidence, 0.5) for it to be shown.
const namedSpeech = 0.5
