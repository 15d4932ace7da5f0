package extract

import (
	"fmt"
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestStatementModel checks the shipped model: it drops statements that
// are no attribution and keeps what was argued, with its chance as the
// claim's confidence.
func TestStatementModel(t *testing.T) {
	if statementWeights == nil {
		t.Fatal("statement.model holds no weights: run make lexicon")
	}
	tests := []struct {
		body string
		want string // "" when nothing may be a claim
	}{
		{"Alicia Machado appeared on a Spanish reality show in 2005 with her sister.", ""},
		{"Tom Clarke hired an investment banker and lawyers to hatch his idea.", ""},
		{"Senator Elizabeth Warren argued that the bank had failed its customers for years.", "the bank had failed its customers for years"},
		// What comes before "told" is weighed as what comes before "said".
		{"Ukrainian drones struck an oil depot in Russia overnight, Dmitry Peskov told reporters.", "Ukrainian drones struck an oil depot in Russia overnight"},
		{"Meta will cut about 5% of its workforce, Chief Executive Mark Zuckerberg told staff in a memo on Tuesday.", "Meta will cut about 5% of its workforce"},
	}
	for _, tt := range tests {
		got := Extract(tt.body)
		if tt.want == "" {
			if len(got) > 0 {
				t.Errorf("%q: claims %s", tt.body, dump(got))
			}
			continue
		}
		c := find(got, tt.want)
		if c == nil {
			t.Errorf("%q: no claim %q in %s", tt.body, tt.want, dump(got))
			continue
		}
		if c.Confidence < 0.5 || c.Confidence > 1 {
			t.Errorf("%q: confidence %.2f", tt.body, c.Confidence)
		}
	}
}

// TestTrainStatements trains a model on articles written here, where what a
// mayor argued is always an attribution and where she spoke never is, and
// checks that it tells the two apart in a sentence it has not seen.
func TestTrainStatements(t *testing.T) {
	var arts []Annotated
	for i := range 30 {
		text := fmt.Sprintf("Mayor Ann Lee argued that the budget plan number %d was sound. "+
			"Mayor Ann Lee spoke at the opening of the new school in district %d.", i, i)
		s := strings.Index(text, "the budget")
		e := strings.Index(text, " was sound") + len(" was sound")
		arts = append(arts, Annotated{Text: text, Quotes: []AnnotatedQuote{{
			Spans:   [][2]int{{s, e}},
			Speaker: [][2]int{{0, len("Mayor Ann Lee")}},
		}}})
	}
	model := TrainStatements(arts, 5)
	w := readWeights(model)
	if w == nil {
		t.Fatalf("no weights in model:\n%s", model)
	}
	odds := map[string]float64{}
	extract("Mayor Bo Diaz argued that the transit levy was fair to riders. Mayor Bo Diaz spoke at the launch of the old library in town.", 0,
		func(toks []token, base int, st statement, q claims.Quote) {
			odds[q.Cue] = statementOdds(w, statementFeatures(toks, base, st, nil))
		})
	if odds["argued"] <= 0.5 || odds["spoke"] >= 0.5 {
		t.Errorf("odds: argued %.2f (want > 0.5), spoke %.2f (want < 0.5)", odds["argued"], odds["spoke"])
	}
}

// TestReadWeights checks how a model file is read: a slot and its weight
// a line, and lines that are blank, comments, out of range or not two
// numbers left out.
func TestReadWeights(t *testing.T) {
	w := readWeights("3 -0.5\n\n# a comment\n7 0.25\r\nbad line\n9 1 2\n-1 0.3\n262144 0.4\n12 x\n")
	want := map[int]float64{3: -0.5, 7: 0.25}
	if len(w) != 1<<weighBits {
		t.Fatalf("%d slots, want %d", len(w), 1<<weighBits)
	}
	for i, x := range w {
		if x != want[i] {
			t.Errorf("slot %d: %v, want %v", i, x, want[i])
		}
	}
	if readWeights(" \n") != nil {
		t.Error("an empty model holds weights")
	}
}

// BenchmarkReadWeights measures reading the shipped model, which every
// ingest does once before its first article.
func BenchmarkReadWeights(b *testing.B) {
	for b.Loop() {
		readWeights(statementModel)
	}
}

// TestNamedSpeechShown checks that a clause a named person says, told
// before a verb of speech, is sure enough to be shown, whatever the
// statement model, trained on PolNeAR's looser cues, makes of it.
func TestNamedSpeechShown(t *testing.T) {
	got := Extract("Abir Al Basha came to Canada in 2016. Somehow, the family will find a way, she adds.")
	c := find(got, "Somehow, the family will find a way")
	if c == nil || !claims.Shown(actOf(c), c.Confidence, 0.5, false) {
		t.Errorf("want the statement shown; got %s (%+v)", dump(got), c)
	}
}
