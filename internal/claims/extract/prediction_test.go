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
