package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestSalience checks whom a pronoun stands for by the place its
// antecedent holds in the sentence: a name that owns what a sentence
// opens with is whom it is about, though less surely than a subject that
// follows; a place set off after a place is where, never the subject.
func TestSalience(t *testing.T) {
	checkForms(t, []form{
		{name: "the owner of what the sentence opens with",
			body: "\"Our story was based on those comments,\" the Post's editor Steven Ginsberg responded.\n\n" +
				"Ben Carson's renewed endorsement of his team came with caveats. He may add to his senior leadership or change people's roles, he said.",
			want: []want{{"He may add to his senior leadership or change people's roles", "Ben Carson", claims.Indirect}}},
		{name: "a subject after the owner",
			body: "Ben Carson dismissed the question. But Carl Quintanilla's question was not unfounded: Carson had been paid by the company, and he said the videos were unpaid.",
			want: []want{{"the videos were unpaid", "Ben Carson", claims.Indirect}}},
		{name: "a state after its city",
			body: "\"There is no basis for it,\" Joey Salceda said.\n\n" +
				"At a rally in Portland, Maine, on Thursday afternoon, Donald Trump included the Philippines on a list of countries he said had sent immigrants who had plotted attacks.",
			want: []want{{"had sent immigrants who had plotted attacks", "Donald Trump", claims.Indirect}}},
	})
}
