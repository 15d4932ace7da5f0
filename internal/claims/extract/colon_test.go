package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestColonForms checks quotes that a colon introduces: after the cue, after
// the speaker's own clause or an inverted attribution, and across a
// paragraph break, in quotation marks or as a block.
func TestColonForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "two people named before a colon speak together, no one of them",
			body: "Frank Newport and Jim Harter: \"The polls were not wrong, they just ended too early.\"",
			want: []want{{"The polls were not wrong, they just ended too early.", "Frank Newport and Jim Harter", claims.Direct}},
		},
		{
			name: "a name its country's possessive opens, before a colon",
			body: "Leaders welcomed the deal.\n\n- Canada's Foreign Affairs Minister Melanie Joly: \"Canada stands ready to support humanitarian efforts.\"",
			want: []want{{"Canada stands ready to support humanitarian efforts.", "Melanie Joly", claims.Direct}},
		},
		{
			name: "said colon quote",
			body: "Mayor John Doe said: \"The budget is balanced.\"",
			want: []want{{"The budget is balanced.", "John Doe", claims.Direct}},
		},
		{
			name: "a quote goes on from the speaker before it, not to the one whose colon comes after it",
			body: "\"We are refugees,\" Ms. Alawee said. \"We are not terrorists.\" Mr. Zahed said: \"The attack was the work of terrorists.\"",
			want: []want{{"We are not terrorists.", "Alawee", claims.Direct}, {"The attack was the work of terrorists.", "Zahed", claims.Direct}},
		},
		{
			name: "said where, then a colon and the quote",
			body: "Det Sgt Mark Owen said outside court: \"This was a despicable crime.\"",
			want: []want{{"This was a despicable crime.", "Mark Owen", claims.Direct}},
			only: true, // not 'outside court: "..."' besides
		},
		{
			name: "a short sentence a colon announces is direct",
			body: "Asked whether she would resign, Home Secretary Suella Braverman replied: \"Absolutely not.\"",
			want: []want{{"Absolutely not.", "Suella Braverman", claims.Direct}},
		},
		{
			name: "a colon after the speaker's clause, whatever its verb",
			body: "And Mr. Christie gloated: \"I told you he would not be ready.\"\n\nKasich resisted: \"Governors do not have the power to suspend rights.\"",
			want: []want{
				{"I told you he would not be ready.", "Christie", claims.Direct},
				{"Governors do not have the power to suspend rights.", "Kasich", claims.Direct},
			},
		},
		{
			name: "an inverted attribution before a colon",
			body: "Tax experts were unimpressed.\n\nSaid Ellis: \"I do not get the sense she is interested in tax simplification.\"",
			want: []want{{"I do not get the sense she is interested in tax simplification.", "Ellis", claims.Direct}},
		},
		{
			name: "an inverted attribution ending the paragraph before",
			body: "Roger Stone spoke on the radio.\n\nStated Stone:\n\n\u201cI think the stakes are so high that they would do anything.\u201d\n\nAdded Stone:\n\nNobody should trust the machines this year.",
			want: []want{
				{"I think the stakes are so high that they would do anything.", "Roger Stone", claims.Direct},
				{"Nobody should trust the machines this year.", "Roger Stone", claims.Direct},
			},
		},
		{
			name: "a paragraph ending in a colon introduces the quote after it",
			body: "On July 6, 2015, Bernie Sanders made the following comment:\n\n\u201cFor young people who have dropped out of high school, the real unemployment rate is 51 percent.\u201d",
			want: []want{{"For young people who have dropped out of high school, the real unemployment rate is 51 percent.", "Bernie Sanders", claims.Direct}},
		},
		{
			name: "a scene before the speaker of a colon is no statement",
			body: "Rick Perry did not have kind words for Donald Trump.\n\nIn a speech last July, he said:\n\nLet no one be mistaken, his candidacy is a cancer on conservatism.",
			want: []want{{"Let no one be mistaken, his candidacy is a cancer on conservatism.", "Rick Perry", claims.Direct}},
			none: []string{"In a speech last July"},
		},
		{
			name: "a block quotation after a colon",
			body: "Governor Chris Christie spoke on the radio.\n\nThe governor added:\n\nIt is typical of her. She knows nothing about what happened in North Carolina.\n\nThe show went on.",
			want: []want{{"It is typical of her. She knows nothing about what happened in North Carolina.", "Chris Christie", claims.Direct}},
			none: []string{"The show went on."},
		},
	})
}
