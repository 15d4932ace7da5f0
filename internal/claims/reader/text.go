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
	return []claims.Article{splitTitle(softBreaks(string(data)))}, nil
}

// splitTitle takes a title off the top of a text when its first line is
// short and a blank line follows it; the body starts at the next text. A
// line that ends a sentence with a full stop or opens with a dateline
// ("OTTAWA — Conservative Leader Andrew Scheer says ...") is the lede, not
// a headline: headlines end without one.
func splitTitle(text string) claims.Article {
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	rest := text[lead:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		return claims.Article{Body: text, TitleOffset: -1}
	}
	line := strings.TrimSpace(rest[:nl])
	after := rest[nl+1:]
	if len(line) > maxTitle || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ".") && !abbreviated(line) || dateline(line) ||
		!strings.HasPrefix(strings.TrimLeft(after, " \t\r"), "\n") {
		return claims.Article{Body: text, TitleOffset: -1}
	}
	title := strings.TrimPrefix(line, "# ")
	body := strings.TrimLeft(after, " \t\r\n")
	return claims.Article{Title: title, TitleOffset: lead + strings.Index(rest, title), Body: body,
		Offset: len(text) - len(body)}
}

// abbreviated reports a short line whose full stop ends the initials of
// a place or a body ("Storm knocks out power to 200,000 in B.C.",
// "... across the U.S."), as a headline may: a lede that ends so runs
// longer than a headline.
func abbreviated(line string) bool {
	if len(line) > maxHeadline {
		return false
	}
	last := line[strings.LastIndexByte(line, ' ')+1:]
	return len(last) >= 4 && len(last)%2 == 0 && strings.Trim(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == "" && strings.Count(last, ".") == len(last)/2 && last[1] == '.'
}

// maxHeadline is the longest first line ending in initials that is taken
// for a title, in bytes: headlines run to ten words or so, ledes longer.
const maxHeadline = 90

// dateline reports a line that opens with a place in capitals and a dash:
// "MOSCOW — ", "TROUT BROOK, N.B. — ".
func dateline(line string) bool {
	i := strings.Index(line, " — ")
	if i < 0 {
		i = strings.Index(line, " - ")
	}
	if i <= 0 || i > 40 {
		return false
	}
	return strings.ToUpper(line[:i]) == line[:i] && strings.ContainsFunc(line[:i], func(r rune) bool { return r >= 'A' && r <= 'Z' })
}
