package reader

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minStoryWords is the least text a page's story may have: shorter, what
// was found is a teaser, a caption or a fragment of furniture, and storing
// it would pass a stub off as the article.
const minStoryWords = 40

// story is the readable text of a page as go-readability found it, with
// what it says of the page.
type story struct {
	text  string
	words int
	links int // words of the text inside links
	// pageWords and pageLinks count the words of the whole pruned page
	// and those in links: a page of links is a section front or a menu.
	pageWords, pageLinks      int
	title, site, byline, lang string
}

// readStory finds a page's story three ways: with go-readability on the
// page pruned of furniture, with it on the page as it is, and on its own
// from the pruned page's paragraphs. The first wins unless pruning lost
// much of the text (a site's class names are its own, and when they fool
// prune, readability alone does better); when readability finds next to
// nothing in the pruned page (it drops a short story whose wrapper is
// named like a share bar), the pruned page's own paragraphs stand.
func readStory(data []byte, base *url.URL) story {
	pruned := readable(data, base, true)
	best := pruned
	if whole := readable(data, base, false); best.words*3 < whole.words*2 {
		best = whole
	}
	own := paragraphs(data)
	if pruned.words < minStoryWords && own.words > pruned.words && own.words*3 >= best.words*2 {
		best = own
	}
	best.pageWords, best.pageLinks = own.pageWords, own.pageLinks
	return best
}

// paragraphs reads the story of a pruned page without readability: the
// text of the innermost element that holds most of the page's paragraphs.
func paragraphs(data []byte) story {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return story{}
	}
	prune(doc)
	words := map[*html.Node]int{}
	total := paragraphWords(doc, words)
	n := doc
	for inner := true; inner; {
		inner = false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if words[c]*2 > total {
				n, inner = c, true
				break
			}
		}
	}
	s := story{text: text(n), pageWords: countWords(text(doc)), pageLinks: linkWords(doc)}
	s.words = countWords(s.text)
	return s
}

// readable runs go-readability on a fresh parse of the page (it changes
// the tree it reads), pruned first when asked.
func readable(data []byte, base *url.URL, pruned bool) story {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return story{}
	}
	if pruned {
		prune(doc) // before readability, which drops the class names that tell furniture
	}
	page, err := readability.FromDocument(doc, base)
	if err != nil || page.Node == nil {
		return story{}
	}
	s := story{text: text(page.Node), title: page.Title(), site: page.SiteName(), byline: page.Byline(),
		lang: page.Language()}
	s.words = countWords(s.text)
	s.links = linkWords(page.Node)
	return s
}

// linkWords counts the words of text inside links under n.
func linkWords(n *html.Node) int {
	if n.Type == html.ElementNode && tagOf(n) == atom.A {
		return countWords(text(n))
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += linkWords(c)
	}
	return sum
}

// check refuses what is not a story, saying why: nothing, a stub, a page
// made of links (a section front or a menu), or a wall in front of the
// story (cookies or consent, signing in or subscribing).
func (s story) check() error {
	switch {
	case s.words == 0:
		return errors.New("no article text found in the page")
	case s.links*2 > s.words:
		return fmt.Errorf("a section front or menu, not an article: %d of its %d words are links", s.links, s.words)
	case s.words < minStoryWords && s.pageLinks*2 > s.pageWords:
		return fmt.Errorf("a section front or menu, not an article: %d of the page's %d words are links", s.pageLinks, s.pageWords)
	}
	if why := wall(s.text); why != "" {
		return fmt.Errorf("%s, not the article (%d words)", why, s.words)
	}
	if s.words < minStoryWords {
		return fmt.Errorf("only %d words of story found, fewer than %d: a stub, not the article", s.words, minStoryWords)
	}
	return nil
}

// wall names the kind of page that stands in for a story when a page was
// saved behind one: short, and about cookies or signing in.
func wall(text string) string {
	if countWords(text) > 150 {
		return ""
	}
	t := strings.ToLower(text)
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(t, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("cookie") && has("consent", "accept", "agree", "privacy", "partners"):
		return "a cookie or consent wall"
	case has("sign in", "log in", "login", "subscribe", "subscription") &&
		has("password", "create an account", "create account", "already a subscriber", "subscribers only",
			"register", "to continue reading", "to keep reading"):
		return "a sign-in or subscription wall"
	}
	return ""
}

// countWords counts the words of a text: those between spaces, and in
// Chinese, Japanese and Korean, which are written without them, one for
// every two characters (about the length of a word there).
func countWords(s string) int {
	n, cjk := 0, 0
	space := true
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			cjk++
			space = true
		case unicode.IsSpace(r):
			space = true
		case space:
			n++
			space = false
		}
	}
	return n + (cjk+1)/2
}
