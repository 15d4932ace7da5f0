package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestItForANameThatSpoke checks that an "it" that speaks stands for a
// name of no known kind that spoke in the sentence before, as no person
// is called "it", and for a body its words or a trade set off after it
// tell ("Thames Water", "Severn Trent, the Midlands supplier,"); not when
// two such names spoke; for a place that spoke, its government; for a
// body a description gives and no name, that description; nor
// past a person or a place its own paragraph is about to a body a
// paragraph back, nor for one a role tells is a person, where the
// claim stays with the pronoun as written.
func TestItForANameThatSpoke(t *testing.T) {
	checkForms(t, []form{
		{name: "a body the lists do not know",
			body: "Hydro-Québec said crews were on their way. It said most customers should have power back by Sunday.",
			want: []want{{"most customers should have power back by Sunday", "Hydro-Québec", claims.Indirect}}},
		{name: "a tag after the claim",
			body: "Hydro-Québec said crews were on their way. Most customers should have power back by Sunday, it said.",
			want: []want{{"Most customers should have power back by Sunday", "Hydro-Québec", claims.Indirect}}},
		{name: "past a relative clause set off after the name",
			body: "Ecojustice, which is representing the groups, said the government had failed to act. It said the approval should be quashed.",
			want: []want{{"the approval should be quashed", "Ecojustice", claims.Indirect}}},
		{name: "a utility by its trade's word, though it did not speak",
			body: "Ofwat set the limits.\n\nThames Water had asked for a 53% rise. It said the decision left it facing a very challenging position.",
			want: []want{{"the decision left it facing a very challenging position", "Thames Water", claims.Indirect}}},
		{name: "a firm by its trade set off after it, though nothing else says so",
			body: "Ofwat set the limits.\n\nSevern Trent, the Midlands supplier, had asked for a rise. It said the decision was hard.",
			want: []want{{"the decision was hard", "Severn Trent", claims.Indirect}}},
		{name: "not a body a paragraph back, past a person its own paragraph is about",
			body: "Acme Corp said prices would rise.\n\nJohn Smith, a farmer, had asked for a lower price. It said the decision was hard.",
			want: []want{{"the decision was hard", "It", claims.Indirect}}},
		{name: "a place that spoke is its government",
			body: "Nova Scotia will hire 200 more nurses, the province said Wednesday.\n\nIt said the nurses would work in emergency departments.",
			want: []want{{"the nurses would work in emergency departments", "Nova Scotia", claims.Indirect}}},
		{name: "not a body a paragraph back, past a place its own paragraph is about",
			body: "The Alberta Union of Provincial Employees says the plan is flawed.\n\nOttawa has said it will not intervene. It said the dispute was provincial.",
			want: []want{{"the dispute was provincial", "It", claims.Indirect}}},
		{name: "a body a description gives and no name",
			body: "Parents marched on Thursday.\n\nThe school board said falling enrolment left it with no choice. In a statement, it said the schools needed repairs.",
			want: []want{{"the schools needed repairs", "The school board", claims.Indirect}}},
		{name: "two of them",
			body: "Hydro-Québec and Énergir said crews were on their way. It said most customers should have power back by Sunday.",
			want: []want{{"most customers should have power back by Sunday", "It", claims.Indirect}}},
		{name: "a person by a role",
			body: "Rapper Ludacris said the song was new. It said most fans would like it.",
			want: []want{{"most fans would like it", "It", claims.Indirect}}},
	})
}
