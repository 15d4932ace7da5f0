package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestPeopleByEvidence checks names no list holds that the article shows
// to be people's: an initial between a first and a last word ("Jock A.
// Finlayson"), and a post only people hold set off after a name of three
// words ("Khin Zaw Win, an activist").
func TestPeopleByEvidence(t *testing.T) {
	tests := []struct {
		body, quote, speaker string
		kind                 claims.SpeakerKind
	}{
		{"\"It is fine,\" said Jock A. Finlayson of the council.", "It is fine,", "Jock A. Finlayson", claims.Person},
		{"\"That is reckless,\" said Khin Zaw Win, an activist and former political prisoner.", "That is reckless,", "Khin Zaw Win", claims.Person},
		{"\"Rates will rise,\" said Zorbat Quelling Mentra, a banker.", "Rates will rise,", "Zorbat Quelling Mentra", claims.Person},
	}
	for _, tt := range tests {
		got := Extract(tt.body)
		if c := find(got, tt.quote); c == nil || c.Speaker.Name != tt.speaker || c.Speaker.Kind != tt.kind {
			t.Errorf("%q: want %s a %s; got %s", tt.body, tt.speaker, tt.kind, dump(got))
		}
	}
}

// TestGenderPastWhereFrom checks that "X of a body in a place, said he"
// tells X's gender, the names of where X is from between, so that "he"
// next is X rather than the man named before.
func TestGenderPastWhereFrom(t *testing.T) {
	body := "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 calls.\n\n" +
		"\"Find your polling place and get there,\" he tells parishioners."
	got := Extract(body)
	if c := find(got, "Find your polling place and get there,"); c == nil || c.Speaker.Name != "Darran Whiting" {
		t.Errorf("want the quote Darran Whiting's; got %s", dump(got))
	}
}
