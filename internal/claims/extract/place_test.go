package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestPlacesByTheirKind checks a name the article calls a town or a city
// ("the town of Lac-Ferré"): a place, though no gazetteer holds it, so
// the people in it speak rather than the place; the city itself speaks
// when the city is the subject. And a verb of saying after a quote that
// "that" follows names what is suggested, not who speaks.
func TestPlacesByTheirKind(t *testing.T) {
	checkForms(t, []form{{
		name: "a town by its kind, a city as subject, a verb before 'that'",
		body: "Residents of the nearby town of Lac-Ferré said they were still drinking bottled water.\n\n" +
			"The city of Brampton said the pool would reopen in June.\n\n" +
			"The mayor said in a memo that the plan \"plainly and badly\" suggests that Austin and its staff back the developer.",
		want: []want{{"they were still drinking bottled water", "Residents of the nearby town", claims.Indirect},
			{"the pool would reopen in June", "Brampton", claims.Indirect},
			{"plainly and badly", "The mayor", claims.Fragment}},
	}})
}
