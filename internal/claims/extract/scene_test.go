package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestAttributionInBrackets checks that an attribution at the end of a
// parenthesis attributes what the brackets hold, not the sentence they
// open in.
func TestAttributionInBrackets(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a trailing attribution inside an open bracket",
			body: "My father kept his old coat for years (and yes, wool coats are warmer than any parka, says tailor Ana Ruiz.)",
			want: []want{{"and yes, wool coats are warmer than any parka", "Ana Ruiz", claims.Indirect}},
			none: []string{"My father kept his old coat for years ("},
		},
		{
			name: "a quote and its speaker inside brackets",
			body: "The vote drew anger from some members of the union (\"I want my money back,\" one retiree, Ed Barnes, wrote to the board.)",
			want: []want{{"I want my money back,", "Ed Barnes", claims.Direct}},
		},
	})
}

// TestSceneBeforeAttribution checks that a phrase of where or when, set
// before the speaker by a comma, is not what the speaker said, and that
// a name in it is not the speaker of a verb after the subject it skips.
func TestSceneBeforeAttribution(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a fronted place",
			body: "At a rally in the Bronx on Sunday, the candidate promised to build more housing.",
			want: []want{{"to build more housing", "the candidate", claims.Indirect}},
			none: []string{"At a rally in the Bronx on Sunday"},
		},
	})
	body := "On Tuesday night, in a small room in the Capitol, a group of senators met with the finance minister to discuss the budget."
	for _, q := range Extract(body) {
		if speakerOf(&q) == "Capitol" {
			t.Errorf("%q: claim %q given to the place it was said in", body, q.Text)
		}
	}
}
