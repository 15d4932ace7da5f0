package reader

import (
	"strings"
	"testing"
)

// TestMarkdownText checks that a Markdown body reads as its words: no
// markup, images or code, raw HTML as written, a soft line break a space; and that
// every line it keeps starts where it started and is as long, so that the
// body's offsets are the file's but within a line that had markup.
func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a paragraph over three lines",
			"Jane Roe said the bridge\nwould cost $4 billion,\nmore than planned.\n\nNext paragraph.\n",
			"Jane Roe said the bridge would cost $4 billion, more than planned.\n\nNext paragraph.\n"},
		{"links, emphasis, code and an image",
			"Mayor [Jane Roe](https://example.org/roe) said the *bridge* would cost **$4 billion** ![a chart](c.png) in `2027`.\n",
			"Mayor Jane Roe said the bridge would cost $4 billion  in 2027." + strings.Repeat(" ", 52) + "\n"},
		{"raw HTML is the article's text",
			"\"We will <script>alert(1)</script> win,\" said Jane Roe.\n\n<div>\nA block\n</div>\n",
			"\"We will <script>alert(1)</script> win,\" said Jane Roe.\n\n<div>\nA block\n</div>\n"},
		{"a hard break, a heading, a list, a quotation",
			"A line that ends hard  \nthe next.\n## Heading\nText under it\ngoes on.\n- one\n- two\n\n> quoted\n> more\n",
			"A line that ends hard  \nthe next.\nHeading   \nText under it goes on.\none  \ntwo  \n\nquoted more    \n"},
		{"a soft break with CRLF, and a fenced block",
			"Jane Roe said the bridge\r\nwould cost $4 billion.\r\n\r\n```\nrm -rf /\n```\n",
			"Jane Roe said the bridge would cost $4 billion.  \n \n   \n        \n   \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := markdownText(tt.body)
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if len(got) != len(tt.body) {
				t.Fatalf("%d bytes, want %d", len(got), len(tt.body))
			}
			for i := range got {
				if got[i] == '\n' && tt.body[i] != '\n' {
					t.Errorf("a line ends at %d, where none did", i)
				}
			}
		})
	}
}
