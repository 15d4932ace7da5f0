package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestDenialForms checks words that say nothing was said: a request to
// stay unnamed, a subject that "neither ... nor" denies, and a "not"
// before the verb of "spoke publicly about".
func TestDenialForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a request to stay unnamed is no statement, in either form",
			body: "One parent, who asked that her name not be used because she feared for her son, said she opened the wrong envelope.\n\n" +
				"Two nurses asked that their names be withheld. A third, who asked not to be named, said the ward was full.",
			want: []want{
				{"she opened the wrong envelope", "One parent", claims.Indirect},
				{"the ward was full", "A third", claims.Indirect},
			},
			none: []string{"her name not be used because she feared for her son", "her name not be used", "their names be withheld"},
		},
		{
			name: "'neither ... nor' denies that anyone said it; a statement of it is one",
			body: "Neither the sultan, the palace nor the government had officially confirmed the wedding.\n\n" +
				"Neither Jane Roe nor Ann Lee said the plan would work. Tom Hale said neither of them had voted.",
			want: []want{{"neither of them had voted", "Tom Hale", claims.Indirect}},
			none: []string{"the wedding", "the plan would work"},
		},
		{
			name: "a denial before the verb of a topic cue an adverb ends",
			body: "Kim Jong Un has not spoken publicly about the drills.\n\nIt wasn't even that he heard \"more than a few\" in the crowd.\n\n" +
				"Kim Yo Jong spoke publicly about the summit.",
			want: []want{{"the summit", "Kim Yo Jong", claims.Indirect}},
			none: []string{"the drills", "more than a few"},
		},
	})
}
