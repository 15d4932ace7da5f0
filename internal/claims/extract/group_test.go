package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestGroupForms checks speakers named together or not at all: people named
// as one subject, an MP no one names.
func TestGroupForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "two people or more named together speak together: no one of them is the speaker",
			body: "In a statement, Stella's owners Tore Sohlberg and Lehla Abreder said they respected the outcome of the vote.\n\n" +
				"Richard Armitage, Henry Paulson and Brent Scowcroft said they were supporting Clinton.",
			want: []want{{"they respected the outcome of the vote", "Tore Sohlberg and Lehla Abreder", claims.Indirect},
				{"they were supporting Clinton", "Richard Armitage, Henry Paulson and Brent Scowcroft", claims.Indirect}},
		},
		{
			name: "an MP not named is no speaker named \"MP\"",
			body: "Another MP, who asked not to be named, said: \"They have completely misjudged the mood.\"",
			want: []want{{"They have completely misjudged the mood.", "Another MP", claims.Direct}},
		},
	})
}
