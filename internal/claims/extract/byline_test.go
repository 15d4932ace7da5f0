package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestByline checks that the writer a byline names is whom the first
// person outside quotes means, and no one's "I" in a quote, nor any "I"
// of an article without a byline.
func TestByline(t *testing.T) {
	column := "Councillor Jim Barrett said the city had to protect neighbourhood character. I say the character of a neighbourhood is its people."
	checkForms(t, []form{{
		name: "a column under a byline",
		body: "By Maria Gonzalez\n\n" + column + "\n\n\"I think we need more homes,\" said Ana Ruiz, a tenant.",
		want: []want{{"the character of a neighbourhood is its people", "Maria Gonzalez", claims.Indirect},
			{"I think we need more homes,", "Ana Ruiz", claims.Direct}},
	}, {
		name: "a byline with the writer's title",
		body: "By Maria Gonzalez, Staff Writer\n\n" + column,
		want: []want{{"the character of a neighbourhood is its people", "Maria Gonzalez", claims.Indirect}},
	}, {
		name: "no byline",
		body: column,
		want: []want{{"the character of a neighbourhood is its people", "I", claims.Indirect}},
	}})
}
