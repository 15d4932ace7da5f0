package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleWords checks that a title's words join the name of someone the
// body names, and that a title's run of words that names no one of the
// body is nobody's name.
func TestTitleWords(t *testing.T) {
	tests := []struct {
		title, body string
		want        string // the title claim's speaker
	}{
		{"Derelict Obama: 'I have no regrets'", "Barack Obama spoke in Chicago on Monday.", "Barack Obama"},
		{"Elizabeth Warren Hammers Wells Fargo CEO: 'You should be fired'", "Senator Elizabeth Warren spoke at the hearing.", "Elizabeth Warren"},
		{"Zelenskyy: \"We will not give up our land\"", "", "Zelenskyy"},
		{"Trump Addresses Munich Attack: 'This Cannot Continue.'", "Donald Trump spoke after the attack in Munich, where nine people were killed.", "Donald Trump"}, // the person, not the city the body names too
	}
	for _, tt := range tests {
		var got []string
		for _, c := range ExtractArticle(tt.title, tt.body) {
			if c.Headline {
				got = append(got, c.Speaker.Name)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: title claims by %q, want one by %q", tt.title, got, tt.want)
		}
	}
}

// TestTitleNamesNoOne checks that a title's words, or a line of the body
// written in title case, never rename the person whose name they end
// with, nor become a speaker of their own: the body's claims keep the
// names the body gives.
func TestTitleNamesNoOne(t *testing.T) {
	body := "Democratic leaders are planning a move against Bernie Sanders, officials said on Monday.\n\n" +
		"\"We cannot let this happen,\" Sanders said in Vermont, adding that the plan would fail."
	for _, tt := range []struct{ name, title, body string }{
		{"title", "Democrats Plan Move Against Bernie Sanders", body},
		{"title-case first line", "", "Democrats Plan Move Against Bernie Sanders.\n\n" + body},
		{"title-case line with a poll", "", "New Poll Shows Minor Post-Debate Bump For Clinton.\n\n" +
			"A new poll shows that Donald Trump remains in a tight race with Hillary Clinton after the debate.\n\n" + body},
		// The title's words read as an organisation's name: Sanders stays a
		// person, whom "he" can stand for.
		{"title-case line read as an organisation", "", "Bernie Sanders Just Revealed Who He Would Pick For VP.\n\n" +
			"Bernie Sanders named Ted Cruz on Tuesday. A poll shows Senator Marco Rubio at 11 percent.\n\n" +
			"While Sanders praised the poll, he also said a day earlier that the plan would fail."},
	} {
		var speakers []string
		for _, c := range ExtractArticle(tt.title, tt.body) {
			speakers = append(speakers, c.Speaker.Name)
			if n := c.Speaker.Name; strings.Contains(n, "Plan") || strings.Contains(n, "Poll Shows") || strings.Contains(n, "Rubio") {
				t.Errorf("%s: %q is a speaker", tt.name, n)
			}
		}
		if !slices.Contains(speakers, "Bernie Sanders") {
			t.Errorf("%s: speakers %q, want Bernie Sanders among them", tt.name, speakers)
		}
	}
}
