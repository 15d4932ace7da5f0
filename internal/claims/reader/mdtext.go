package reader

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gmtext "github.com/yuin/goldmark/text"
)

// markdownText is a Markdown body as the words a reader of it sees, so
// that extraction reads "Mayor [Jane Roe](https://example.org/roe)
// said" as "Mayor Jane Roe said" and no claim holds an asterisk: the
// markup (emphasis, a link's brackets and address, a heading's marks, a
// list's bullets, a quotation's marks), images and code are left out, and
// a line break inside a paragraph (a soft one) is a space. Raw HTML stays
// as the text it is: the article's words, which the site escapes.
// Each line the body keeps starts where it started and is as long as it
// was, its words moved up and spaces after them, so the body has its
// length and its lines their places in the file; within a line that had
// markup, an offset is into the words, not the file.
func markdownText(body string) string {
	src := []byte(body)
	keep := make([]bool, len(src))
	soft := make([]bool, len(src))
	doc := goldmark.DefaultParser().Parse(gmtext.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Image, *ast.AutoLink, *ast.CodeBlock, *ast.FencedCodeBlock:
			return ast.WalkSkipChildren, nil // no prose
		case *ast.RawHTML:
			for i := 0; i < v.Segments.Len(); i++ {
				s := v.Segments.At(i)
				mark(keep, s.Start, s.Stop) // an article's text, tags and all: data, which the site escapes
			}
		case *ast.HTMLBlock:
			for i := 0; i < v.Lines().Len(); i++ {
				s := v.Lines().At(i)
				mark(keep, s.Start, s.Stop)
			}
			if v.HasClosure() {
				mark(keep, v.ClosureLine.Start, v.ClosureLine.Stop)
			}
		case *ast.Text:
			mark(keep, v.Segment.Start, v.Segment.Stop)
			if v.SoftLineBreak() {
				last := lastLine(v)
				for i := v.Segment.Stop; i < last; i++ {
					if src[i] == '\n' {
						soft[i] = true // not the break that ends the block
						break
					}
				}
			}
		}
		return ast.WalkContinue, nil
	})
	out := make([]byte, 0, len(src))
	for i, c := range src {
		switch {
		case c == '\n' && !soft[i]:
			for len(out) < i {
				out = append(out, ' ') // the line keeps its length
			}
			out = append(out, '\n')
		case c == '\n':
			out = append(out, ' ')
		case keep[i] && c != '\r':
			out = append(out, c)
		}
	}
	for len(out) < len(src) {
		out = append(out, ' ')
	}
	return string(out)
}

// lastLine is where the last line of the block holding an inline node
// starts: a break before it is inside the block.
func lastLine(n ast.Node) int {
	for n != nil && n.Type() != ast.TypeBlock {
		n = n.Parent()
	}
	if n == nil || n.Lines().Len() == 0 {
		return 0
	}
	return n.Lines().At(n.Lines().Len() - 1).Start
}

// mark keeps the bytes [start, stop).
func mark(keep []bool, start, stop int) {
	for i := start; i < stop && i < len(keep); i++ {
		keep[i] = true
	}
}
