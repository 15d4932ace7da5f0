package reader

import (
	"strings"
	"testing"
)

// TestSoftBreaks checks that the line breaks inside a paragraph of plain
// text wrapped at a width become spaces, and that no other break does: a
// paragraph's end, a list, a text of a paragraph a line or of short
// lines. The body keeps its length and its place in the file.
func TestSoftBreaks(t *testing.T) {
	tests := []struct {
		name, file, data, body string
	}{
		{"plain text wrapped at 72", "a.txt",
			"OTTAWA -- Finance Minister Francois-Philippe Champagne said on Tuesday that\n" +
				"the government would table its budget on Nov. 4, and promised it would\n" +
				"contain new money for housing.\n" +
				"Conservative finance critic Jasraj Hallan said the Liberals had lost\n" +
				"control of spending.\n",
			"OTTAWA -- Finance Minister Francois-Philippe Champagne said on Tuesday that " +
				"the government would table its budget on Nov. 4, and promised it would " +
				"contain new money for housing.\n" +
				"Conservative finance critic Jasraj Hallan said the Liberals had lost " +
				"control of spending.\n"},
		{"plain text wrapped, with CRLF", "a.txt",
			"Finance Minister Francois-Philippe Champagne said on Tuesday that the\r\ngovernment would table its budget.\r\n",
			"Finance Minister Francois-Philippe Champagne said on Tuesday that the  government would table its budget.\r\n"},
		{"plain text, a paragraph a line", "a.txt",
			"Finance Minister Francois-Philippe Champagne said on Tuesday that the government would table its budget.\nHe said so twice.\n",
			"Finance Minister Francois-Philippe Champagne said on Tuesday that the government would table its budget.\nHe said so twice.\n"},
		{"plain text, short lines", "a.txt", "Roses are red,\nviolets are blue.\n", "Roses are red,\nviolets are blue.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := Read(tt.file, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			a := as[0]
			if a.Body != tt.body {
				t.Errorf("body %q\nwant %q", a.Body, tt.body)
			}
			if got := strings.NewReplacer("\n", " ", "\r", " ").Replace(tt.data[a.Offset:]); got != strings.NewReplacer("\n", " ", "\r", " ").Replace(a.Body) {
				t.Errorf("the body is not the file's text from offset %d with its breaks made spaces", a.Offset)
			}
		})
	}
}
