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
// Elements are known by their tag name, not their atom: go-readability
// makes and renames elements without setting the atom, and its paragraphs
// must still stand apart.
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
			tag := tagOf(n)
			if skipped[tag] {
				return // furniture by name went in prune, before readability dropped class names
			}
			if blocks[tag] {
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

// tagOf is an element's tag as an atom, from its name when the atom is
// unset or stale (an element go-readability renamed).
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// prune removes from a page the elements that are furniture (navigation,
// asides, captions, share buttons, ads, comments, bylines), so that nothing
// reads them as the story. It never removes the page's root, head, body or
// main, nor an element that holds most of the page's paragraphs: a page
// flag or an odd name on the story's own wrapper (id="gigya-share-btns")
// must not take the story with it.
func prune(doc *html.Node) {
	words := map[*html.Node]int{}
	total := paragraphWords(doc, words)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && furniture(c) && !kept(c, words[c], total) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
}

// furniture reports an element that holds no part of the story: by its
// tag, or as hidden.
func furniture(n *html.Node) bool {
	return skipped[tagOf(n)] || hidden(n)
}

// kept reports an element pruning must leave: the page's frame, or one
// that holds more than half the words of the page's paragraphs.
func kept(n *html.Node, words, total int) bool {
	switch tagOf(n) {
	case atom.Html, atom.Head, atom.Body, atom.Main:
		return true
	}
	return total > 0 && words*2 > total
}

// paragraphWords counts the words in <p> elements under n, recording the
// count of every element in words, and returns n's.
func paragraphWords(n *html.Node, words map[*html.Node]int) int {
	if n.Type == html.ElementNode && tagOf(n) == atom.P {
		c := len(strings.Fields(text(n)))
		words[n] = c
		return c
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += paragraphWords(c, words)
	}
	if n.Type == html.ElementNode {
		words[n] = sum
	}
	return sum
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

// furnitureWords are words of class names and ids that mark page furniture.
var furnitureWords = set(`share sharing social ad ads advert advertisement adslot related comments comment
	newsletter promo subscribe caption byline breadcrumb breadcrumbs sidebar recommended outbrain taboola
	signup paywall tags`)

// partWords name a part of a page: with a furniture word they make a name
// of furniture ("share-buttons", "ad-slot", "related_links").
var partWords = set(`buttons button btns btn bar box container wrapper wrap slot unit units links link list
	tools toolbar widget widgets module section area block panel icons icon label count top bottom left
	right inline placeholder zone rail articles article stories story items item header footer title
	heading menu banner frame inner outer holder content post posts`)

// hidden reports an element marked as not shown or as furniture: aria-hidden,
// hidden, or a class or id that names share buttons, ads, related links or
// comments. A name counts only as a whole token of the list, made of
// furniture and part words alone: "share-buttons" is furniture, while
// "has-big-ad" and "ads-enabled" are page flags and "gigya-share-btns" is
// whatever a site calls it.
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
			for _, token := range strings.Fields(strings.ToLower(a.Val)) {
				if namesFurniture(token) {
					return true
				}
			}
		}
	}
	return false
}

// namesFurniture reports a class or id token made of furniture and part
// words only, with at least one furniture word.
func namesFurniture(token string) bool {
	found := false
	for _, w := range strings.FieldsFunc(token, func(r rune) bool { return r == '-' || r == '_' }) {
		switch {
		case furnitureWords[w]:
			found = true
		case !partWords[w]:
			return false
		}
	}
	return found
}

// set makes a lookup set of the words in s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
