package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// form is a short text and the claims it must, and must not, yield.
type form struct {
	name string
	body string
	want []want
	none []string // texts that must not be claims, whole or in part
	only bool     // the wanted claims are all there are
}

// want is a claim a text must yield: its words, speaker and kind.
type want struct {
	text, speaker string
	kind          claims.Kind
}

// checkForms extracts each text and checks its claims: words, speaker,
// kind, the span holding the words, and nothing from none.
func checkForms(t *testing.T, tests []form) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.body)
			for _, w := range tt.want {
				c := find(got, w.text)
				if c == nil {
					t.Errorf("no claim %q; got %s", w.text, dump(got))
					continue
				}
				if speakerOf(c) != w.speaker || c.Kind != w.kind {
					t.Errorf("claim %q: speaker %q kind %s, want %q %s", w.text, speakerOf(c), c.Kind, w.speaker, w.kind)
				}
				held := tt.body[c.Span.Start:c.Span.End]
				if len(c.Parts) > 0 {
					var parts []string
					for _, p := range c.Parts {
						parts = append(parts, tt.body[p.Start:p.End])
					}
					held = strings.Join(parts, " ")
				}
				if held != c.Text {
					t.Errorf("claim %q: span %v (parts %v) holds %q", w.text, c.Span, c.Parts, held)
				}
			}
			if tt.only && len(got) != len(tt.want) {
				t.Errorf("%d claims, want only %d:%s", len(got), len(tt.want), dump(got))
			}
			for _, n := range tt.none { // no claim is this text, or a piece of it
				for _, c := range got {
					if strings.Contains(n, c.Text) {
						t.Errorf("%q became a claim: %q", n, c.Text)
					}
				}
			}
		})
	}
}

// speakerOf is the name of a claim's speaker, or the words of the mention
// when it names nobody the database can follow ("the mayor").
func speakerOf(c *claims.Quote) string {
	if c.Speaker.Name == "" {
		return c.Speaker.Text
	}
	return c.Speaker.Name
}

func find(qs []claims.Quote, text string) *claims.Quote {
	for i := range qs {
		if qs[i].Text == text {
			return &qs[i]
		}
	}
	return nil
}

func dump(qs []claims.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n\t" + string(q.Kind) + " [" + q.Speaker.Name + "] " + q.Text)
	}
	return b.String()
}

// TestCaptions checks that photo and video captions and their credits
// are furniture: no claims, and no one a pronoun after them may mean.
func TestCaptions(t *testing.T) {
	checkForms(t, []form{{
		name: "captions",
		body: "Nadia Jamil, principal researcher at Dixon Hall, said the picture is complex.\n\n" +
			"The city will set up three tented structures to house the homeless, Mayor Tory said. (Lauren Pelley / CBC News)\n\n" +
			"\"They notice if somebody is missing,\" she says.\n\n" +
			"Ryan Remiorz / The Canadian Press Kevin Vickers, right, said nothing as he arrived in Dublin.\n\n" +
			"The Carolina Hurricanes won in Vancouver for the first time since 1999, their coach said. 0:25\n\n" +
			"Open this photo in gallery Principal Ann Rowe, left, said the new gym would open in May. Jane Doe/THE CANADIAN PRESS",
		want: []want{
			{"the picture is complex", "Nadia Jamil", claims.Indirect},
			{"They notice if somebody is missing,", "Nadia Jamil", claims.Direct},
		},
		none: []string{"The city will set up three tented structures to house the homeless", "nothing as he arrived in Dublin",
			"The Carolina Hurricanes won in Vancouver for the first time since 1999", "the new gym would open in May"},
	}, {
		// An embedded clip's caption names no speaker: "Obama Speech" is
		// nobody, and the quote after it is Mr. Obama's.
		name: "an embedded video's caption",
		body: "President Obama spoke at the Congressional Black Caucus Foundation dinner on Saturday.\n\n" +
			"[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC Watch on YouTube.]\n\n" +
			"\"Tolerance is on the ballot,\" Mr. Obama said.",
		want: []want{{"Tolerance is on the ballot,", "Obama", claims.Direct}},
	}})
}

// TestSubheadings checks a listicle's subheadings in title case: a
// person's name in one ends before the heading's small words and verbs,
// and its people are those the paragraphs after it speak of; what it
// credits them with is read as a title's ("Revealed Who He'd Pick" is no
// statement).
func TestSubheadings(t *testing.T) {
	checkForms(t, []form{{
		name: "a listicle",
		body: "Latinos gave us plenty to think about in 2015.\n\n" +
			"John Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”\n\n" +
			"In a conversation about his upcoming comedy project, the actor discussed the absence of Latinos in history education. " +
			"“Just imagine, you’re a white kid and all of a sudden everybody’s Latin,” he said.\n\n" +
			"America Ferrera Sent Donald Trump A Message About Latinos.\n\n" +
			"Billionaire Mark Cuban Revealed Who He’d Pick Between Cruz And Trump.\n\n" +
			"Cuban has not endorsed anyone.",
		want: []want{{"Just imagine, you’re a white kid and all of a sudden everybody’s Latin,", "John Leguizamo", claims.Direct}},
		none: []string{"Who He’d Pick Between Cruz And Trump"},
	}})
}
