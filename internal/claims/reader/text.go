package reader

import (
	"strings"

	"claimtrack/internal/claims"
)

// Text reads plain text: one article, whose first line is its title when it
// looks like one (short, and set apart by a blank line).
type Text struct{}

// Detect takes any file: plain text is the reader of last resort.
func (Text) Detect(string, []byte) bool { return true }

// maxTitle is the longest first line taken as a title, in bytes.
const maxTitle = 300

func (Text) Read(name string, data []byte) ([]claims.Article, error) {
	return []claims.Article{splitTitle(string(data))}, nil
}

// splitTitle takes a title off the top of a text when its first line is
// short and a blank line follows it; the body starts at the next text.
func splitTitle(text string) claims.Article {
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	rest := text[lead:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		return claims.Article{Body: text, TitleOffset: -1}
	}
	line := strings.TrimSpace(rest[:nl])
	after := rest[nl+1:]
	if len(line) > maxTitle || strings.HasSuffix(line, ":") ||
		!strings.HasPrefix(strings.TrimLeft(after, " \t\r"), "\n") {
		return claims.Article{Body: text, TitleOffset: -1}
	}
	title := strings.TrimPrefix(line, "# ")
	body := strings.TrimLeft(after, " \t\r\n")
	return claims.Article{Title: title, TitleOffset: lead + strings.Index(rest, title), Body: body,
		Offset: len(text) - len(body)}
}
