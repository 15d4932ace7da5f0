package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestDocumentIssuer checks that "the statement" is the statement of whoever
// brought one in, or of whom it was from, named in full.
func TestDocumentIssuer(t *testing.T) {
	checkForms(t, []form{
		{
			name: "the subject who said it in a statement",
			body: "The Canadian Beverage Association said in a statement that fruit juice is a source of vitamins.\n\n" +
				"The statement also said that removing it from the diet could have serious consequences.",
			want: []want{{"removing it from the diet could have serious consequences", "Canadian Beverage Association", claims.Indirect}},
		},
		{
			name: "a report from someone named with more words: no one",
			body: "The agency gave an inaccurate response, according to a report from the State Department's inspector general.\n\n" +
				"The report says the agency had failed to search its records.",
			want: []want{{"the agency had failed to search its records", "The report", claims.Indirect}},
		},
	})
}
