package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no part of the story's text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Header: true, atom.Form: true, atom.Button: true, atom.Figure: true,
	atom.Figcaption: true, atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Select: true,
}

// blocks are elements that stand as paragraphs of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Tr: true, atom.Dd: true, atom.Dt: true, atom.Br: true,
	atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Main: true, atom.Hr: true,
}

// text renders the readable text under n: one paragraph a line, blank lines
// between, white space within a paragraph folded to single spaces. Entities
// are already decoded by the parser; the text keeps its own characters.
func text(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeFolded(&cur, n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || hidden(n) {
				return
			}
			if blocks[n.DataAtom] {
				flush()
				defer flush()
			}
		case html.CommentNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

// prune removes from a page the elements that are furniture (navigation,
// asides, captions, share buttons, ads, comments, bylines), so that nothing
// reads them as the story.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.Head && (skipped[c.DataAtom] || hidden(c)) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

// writeFolded appends s with its runs of ASCII white space made one space;
// non-breaking spaces are the article's and stay.
func writeFolded(b *strings.Builder, s string) {
	space := b.Len() > 0 && strings.HasSuffix(b.String(), " ")
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
}

// furniture are words of class names and ids that mark page furniture.
var furniture = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`share sharing social ad ads advert advertisement related comments comment
		newsletter promo subscribe caption byline breadcrumb breadcrumbs sidebar recommended outbrain taboola
		signup paywall tags`) {
		furniture[w] = true
	}
}

// hidden reports an element marked as not shown or as furniture: aria-hidden,
// hidden, or a class naming share buttons, ads, related links or comments.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
				return r == ' ' || r == '-' || r == '_'
			}) {
				if furniture[w] {
					return true
				}
			}
		}
	}
	return false
}
