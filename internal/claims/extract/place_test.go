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
	}, {
		// A phrase set off after a name that says what kind of place it
		// is makes it a place, though it is a given name too: "she" goes
		// to the woman named before, not to the city.
		name: "a city by the phrase set off after it",
		body: "Marisol Vance runs the only bakery in Fenwick. \"We bake for three towns now,\" Vance said.\n\n" +
			"Regina, the provincial capital, is two hours away. For families here, she said, the drive is too long.\n\n" +
			"Madison, the town clerk, said the vote would be held in May.",
		want: []want{{"For families here the drive is too long", "Marisol Vance", claims.Indirect},
			{"the vote would be held in May", "Madison", claims.Indirect}},
	}, {
		// A name a quarter's noun follows is a place's, though it is a
		// given name too: "she" is no neighbourhood.
		name: "a neighbourhood by the noun after it",
		body: "Twenty people were hurt in the densely packed Chelsea neighborhood.\n\n" +
			"Chelsea was quiet on Sunday. She said the blast shook her windows.",
		want: []want{{"the blast shook her windows", "She", claims.Indirect}},
	}})
}

// TestArticledName checks that a name opening with an article ("Der
// Spiegel", "Le Monde") is typed an organisation, whatever pronoun seems
// to fit it.
func TestArticledName(t *testing.T) {
	got := Extract("Der Spiegel reported that the comments had become abusive. He said the paper was right.")
	if c := find(got, "the comments had become abusive"); c == nil || c.Speaker.Kind != claims.Organisation {
		t.Errorf("Der Spiegel is no organisation:%s", dump(got))
	}
}

// TestPlaceModifier checks that a place's name before the noun it
// modifies is not the speaker of the phrase ("The New York primary").
func TestPlaceModifier(t *testing.T) {
	got := Extract("Sanders won again.\n\nThe New York primary made it clear that Sanders may not have the backing of a majority of Democrats.")
	for _, c := range got {
		if c.Speaker.Name == "New York" {
			t.Errorf("New York speaks:%s", dump(got))
		}
	}
}
