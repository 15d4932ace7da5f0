package extract

import "testing"

func TestPrediction(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"Russia and Ukraine will immediately start negotiations", "said", true},
		{"We're going to build the wall", "said", true},
		{"we'll see what happens", "said", true},
		{"The economy grew last year", "said", false},
		{"taxes stay as they are", "promised", true},
		{"He plans to run again", "said", true},
		{"The plans were shelved", "said", false},
	}
	for _, tt := range tests {
		if got := isPrediction(tt.text, tt.cue); got != tt.want {
			t.Errorf("isPrediction(%q, %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

// TestReportedFuture checks that a reported "would" is read as the "will"
// it reports only after a cue in the past and only as the statement's
// first auxiliary.
func TestReportedFuture(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"the NDA would win more than 160 seats", "said", true},
		{"taxes would not rise", "added", true},
		{"he would have won without the scandal", "said", false},
		{"the plan had failed and would be dropped", "said", false},
		{"the NDA would win more than 160 seats", "says", false},
		{"the economy grew last year", "said", false},
	}
	for _, tt := range tests {
		if got := reportedFuture(tt.text, tt.cue); got != tt.want {
			t.Errorf("reportedFuture(%q, %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

// TestHeadlineFuture checks the future that titles write as "to" and a
// verb, and that a place after "to" is none.
func TestHeadlineFuture(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Monsoon to hit Kerala by June 1, says IMD", true},
		{"Rubio To Stay In Race: Senator Marco Rubio", true},
		{"Team flew to Paris on Monday, says Senator Marco Rubio", false},
	}
	body := "The India Meteorological Department (IMD) and Senator Marco Rubio spoke."
	for _, tt := range tests {
		n := 0
		for _, c := range ExtractArticle(tt.title, body) {
			if c.Headline {
				n++
				if c.Prediction != tt.want {
					t.Errorf("%q: prediction %v, want %v", tt.title, c.Prediction, tt.want)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d headline claims, want 1", tt.title, n)
		}
	}
}
