package extract

import "testing"

// TestNoSpeakers checks names that are never a speaker: page furniture
// (a label in capitals among it), an adjective of party or nation (though
// "German" is a given name too), a number opening a sentence, a date, a
// place named as where someone is from, a time zone (named after a time),
// a given name only ever named "in" it ("in Brooklyn"), a landform no one
// speaks for ("the Pacific Ocean"), whom an unnamed source is close to, a
// name made an adjective by a participle ("a United Nations-backed panel"),
// a street by its number ("on 152nd Street"), an adjective capitalised
// before a noun ("Republican Presidential hopeful Sen. Ted Cruz"), where
// a quote "sounds great".
func TestNoSpeakers(t *testing.T) {
	for _, body := range []string{
		"Continued Below said the markets would rally in the spring.",
		"Republican said the bill would pass the Senate easily.",
		"Christmas Day said the markets would rally in the spring.",
		"\"We will win the seat,\" said Sen. Debbie Stabenow, D-Mich., on Tuesday.",
		"Ann Lee, of Silver Spring, Md., said the water was brown for a week.",
		"ABSTRACT\n\nThe company said it had suspended 125,000 accounts since mid-2015.",
		"German said the bill would pass the Senate easily.",
		"Ethiopian said the regime would fall within a year.",
		"Hispanic said the bill would pass the Senate easily.",
		"\"The drop is directly attributable to the emails,\" said a person close to the Clintons.\n\nA person close to the Clintons said the drop was real.\n\nPeople familiar with Bernie Sanders said he would stay in the race.",
		"The watchdog Citizens for Responsibility and Ethics in Washington (CREW) sued the agency.\n\nCREW said the records were incomplete.",
		"Obama To Asians Worried About U.S. Election: It’s Going To Be OK.\n\nPresident Barack Obama spoke in Laos on Wednesday.",
		"Aral Sea fishermen have left.\n\n\"The water is gone,\" he said.",
		"Reprising his role, he said the deal was done.\n\nCapitalizing on the mood, he said taxes would fall.",
		"Ann Roe, a senator whose El Paso-based district went for her but who suggested that Sanders could win, spoke.",
		"Twelve years ago, when she was breaking in, the reporter accepted it.\n\n\"I covered lobbying,\" she said.",
		"The email was sent at 8:41 p.m. EST to the staff.\n\n\"We are ready,\" it said.",
		"The email was sent at 20:41 GMT to the staff.\n\n\"We are ready,\" it said.",
		"Adoptees are uniting behind the Adoptee Citizenship Act, which says that anyone adopted is a citizen.",
		"The GOP-dominated chambers state that districts are drawn fairly.",
		"New research links trade and politics.\n\nResearch suggests that job losses drove voters apart.",
		"Analysis shows that lawsuits are one of his primary negotiating tools.",
		"Police said a man had been rescued from a car near the bridge.",
		"Marine traffic in the strait has doubled since spring, according to a report released on Monday.\n\nThe report, led by port officials in two cities, found that delays rose by a third.",
		"The rally will be held in Brooklyn on Friday, and tickets sold out in an hour.\n\nShe said the permit was hard to get.",
		"Rogers, a four-time Grand Prix winner, retired in May.\n\n\"I wanted to stop while I still loved it,\" he said.",
		"Hughes, a two-time Grand Slam doubles champion, last played in 2023.\n\n\"I wanted to stop while I still loved it,\" he said.",
		"Tourists filled the U.S. Capitol on Monday. It said the tours would resume.",
		"A driver who crashed onto a sidewalk along the Reno Strip told police she was exhausted.",
		"From a room overlooking the Pacific Ocean, a slide show predicted victory for the party.",
		"The ozone layer is on track to recover by 2066, a United Nations-backed panel of experts said Monday.",
		"The port was hit overnight.\n\nThe Saudi-led coalition said it had struck the port.",
		"Cameras were installed.\n\nThe mother of a teen killed in a crash on 152nd Street said the road was dangerous.",
		"Still, there is something odd about her focus.\n\n\"I am really, totally committed to bringing back manufacturing\" sounds great in Youngstown, Ohio, before the primary.",
		"Republican Presidential hopeful Sen. Ted Cruz was also critical, telling Breitbart London: \"The comments today are typical of his administration, which began by returning the bust.\"",
	} {
		for _, c := range Extract(body) {
			switch c.Speaker.Name {
			case "Continued Below", "Republican", "Christmas Day", "D-Mich.", "Md.", "Silver Spring", "ABSTRACT", "German", "Ethiopian", "Hispanic", "Obama To Asians", "Washington", "Clintons", "Bernie Sanders", "Twelve", "El Paso-based", "Aral Sea", "Reprising", "Capitalizing", "EST", "GMT", "Adoptee Citizenship Act", "GOP-dominated",
				"Research", "Analysis", "Police", "Marine", "Brooklyn", "Grand Prix", "Grand Slam", "U.S. Capitol", "Reno Strip", "Pacific Ocean",
				"United Nations-backed", "Saudi-led", "Street", "Presidential", "Youngstown":
				t.Errorf("%q: claim %q given to %q", body, c.Text, c.Speaker.Name)
			}
		}
	}
}

// TestNoSpeakerWords checks that a name that is no speaker leaves its
// claim with no speaker at all, not one named by the name's words, and
// that a name of dictionary words in mid-sentence is no pronoun's: a
// claim is unattributed rather than given to the wrong one. Such a name
// speaks only when it says something: no state of mind is its.
func TestNoSpeakerWords(t *testing.T) {
	tests := []struct{ body, not string }{
		{"Republican said the bill would pass the Senate easily.", "Republican"},
		{"Christmas Day said the markets would rally in the spring.", "Christmas Day"},
		{"Li Wei spoke to French state television about \"a new era.\"", "French"},
		{"Dressed in a Silver Peak jacket, the crowd sang.\n\n\"We will stay,\" she said.", "Silver Peak"},
		{"The film opens Friday. In many ways Quiet Harbor seems to be a film about grief.", "Quiet Harbor"},
		{"He met the prime minister in Oslo before heading to other Middle Eastern nations and to Germany to discuss security and intelligence issues.", "Middle Eastern"},
		{"The column made one rule plain. Everything Trump says is a lie unless proven otherwise.", "Everything Trump"},
	}
	for _, tt := range tests {
		for _, c := range Extract(tt.body) {
			if c.Speaker.Text == tt.not || c.Speaker.Name == tt.not {
				t.Errorf("%q: claim %q given to %q (%q)", tt.body, c.Text, c.Speaker.Text, c.Speaker.Name)
			}
		}
	}
}
