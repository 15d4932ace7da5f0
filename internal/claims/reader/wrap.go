package reader

import "strings"

// Line breaks inside a paragraph of plain text. Extraction takes every
// line of a body for a paragraph, so a sentence broken over two lines
// would be two halves, neither a claim; and plain text from a wire or an
// email is often wrapped at a fixed width. The text reader makes such
// breaks spaces, as markdownText does Markdown's soft breaks: the body
// keeps its length, so every offset into it still holds.

// wrapShare is how long, against the longest line, a line of wrapped
// plain text is when the paragraph goes on after it: one that stops well
// short of the width ended its paragraph.
const wrapShare = 0.6

// Plain text is taken to be wrapped when its longest line is of a width
// prose is wrapped at: with longer lines it writes a paragraph a line,
// with shorter ones it is a list, a poem or an address.
const minWrapWidth, maxWrapWidth = 50, 100

// softBreaks returns plain text with the line breaks inside its
// paragraphs made spaces: those of a text wrapped at a width, after the
// lines that run near it, unless a new block starts after them.
func softBreaks(text string) string {
	lines := strings.Split(text, "\n")
	if len(lines) < 2 {
		return text
	}
	width := 0
	for _, l := range lines {
		width = max(width, len(strings.TrimRight(l, "\r")))
	}
	if width < minWrapWidth || width > maxWrapWidth {
		return text
	}
	b := []byte(text)
	at := 0
	for i, l := range lines[:len(lines)-1] {
		at += len(l)
		line := strings.TrimRight(l, "\r")
		if soft(line, lines[i+1], width) {
			for j := at - (len(l) - len(line)); j <= at; j++ {
				b[j] = ' ' // the break, and a carriage return before it
			}
		}
		at++
	}
	return string(b)
}

// soft reports a break between line and next that goes on with the same
// paragraph.
func soft(line, next string, width int) bool {
	if strings.TrimSpace(line) == "" || strings.TrimSpace(next) == "" || blockStart(line) || blockStart(next) || setextRule(next) {
		return false
	}
	return float64(len(line)) >= wrapShare*float64(width)
}

// blockStart reports a line that opens a block of its own: a heading, a
// quotation, a list item, a table row, a fence, indented code.
func blockStart(line string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) >= 4 {
		return true // indented code
	}
	for _, p := range []string{"#", ">", "|", "```", "~~~", "+++", "- ", "* ", "+ "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	n := 0
	for n < len(t) && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' // "1. ", "2) "
}

// setextRule reports a line of "=" or "-" alone, which makes the line
// before it a heading.
func setextRule(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= 2 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}
