package reader

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
	"golang.org/x/net/html"

	"claimtrack/internal/claims"
)

// Feed reads RSS and Atom feeds with gofeed: each item with text or a
// title is an article with its own title, link, date and authors, its text
// from the full content (content:encoded, with or without its namespace),
// the summary, or a media item's description, and when an item has none of
// these, its headline (as RSS 0.90 feeds give). An item without a title
// takes its first sentence, marked as taken. Items sharing a link are one
// article, the newer kept. The feed's title stands for the publisher and
// its language for each item's.
type Feed struct{}

var feedStart = regexp.MustCompile(`^(?s)\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]`)

func (Feed) Detect(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".rss", ".atom":
		return true
	case ".xml":
		return true // an XML file that is no feed gets an error saying so
	}
	return feedStart.Match(data[:min(len(data), 1024)])
}

// prolog is an XML declaration's encoding: the text is UTF-8 by now.
var prolog = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])`)

func (Feed) Read(name string, data []byte) ([]claims.Article, error) {
	data = prolog.ReplaceAll(data, []byte("${1}utf-8$2"))
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not an RSS or Atom feed: %w", name, err)
	}
	var out []claims.Article
	byLink := map[string]int{} // an item's link: its article's index in out
	for i, it := range feed.Items {
		a, ok := item(it)
		if !ok {
			continue
		}
		a.Publisher, a.Language = strings.TrimSpace(feed.Title), feed.Language
		a.Source = fmt.Sprintf("%s#%d", name, i+1)
		j, seen := byLink[a.URL]
		switch {
		case a.URL == "" || !seen:
			byLink[a.URL] = len(out)
			out = append(out, a)
		case a.Published.After(out[j].Published):
			a.Duplicates = out[j].Duplicates + 1
			out[j] = a
		default:
			out[j].Duplicates++
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: the feed has no items with a title or text", name)
	}
	return out, nil
}

// item makes an article of a feed item, if it has a title or text.
func item(it *gofeed.Item) (claims.Article, bool) {
	a := claims.Article{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), TitleOffset: -1}
	for _, s := range []string{it.Content, it.Custom["encoded"], it.Description, mediaText(it)} {
		if a.Body = htmlText(s); a.Body != "" {
			break
		}
	}
	switch {
	case a.Body == "" && a.Title == "":
		return a, false
	case a.Body == "":
		a.Body = a.Title // a headline is all the item says
	case a.Title == "":
		a.Title, a.TitleFromText = firstSentence(a.Body), true
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		a.Published = it.UpdatedParsed.UTC()
	}
	var authors []string
	for _, p := range it.Authors {
		if p != nil {
			authors = append(authors, p.Name)
		}
	}
	a.Authors = authorNames(authors)
	return a, true
}

// mediaText is the description of an item's Media RSS content, the only
// text a video or picture item carries.
func mediaText(it *gofeed.Item) string {
	var find func(map[string][]ext.Extension) string
	find = func(m map[string][]ext.Extension) string {
		for _, key := range []string{"description", "title", "content", "group"} {
			for _, e := range m[key] {
				if key == "description" || key == "title" {
					if strings.TrimSpace(e.Value) != "" {
						return e.Value
					}
					continue
				}
				if s := find(e.Children); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(it.Extensions["media"])
}

// firstSentence is a text's first sentence, to stand as the title of an
// item that has none: up to the first full stop after three words, at most
// twelve words.
func firstSentence(body string) string {
	para, _, _ := strings.Cut(body, "\n")
	words := strings.Fields(para)
	for i, w := range words {
		if i >= 2 && strings.ContainsAny(w[len(w)-1:], ".?!") {
			return strings.Join(words[:i+1], " ")
		}
		if i == 11 {
			return strings.Join(words[:12], " ") + "…"
		}
	}
	return strings.Join(words, " ")
}

// htmlText turns an item's HTML (or plain text) into paragraphs.
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return tokenText(s) // nested too deep to parse: its words all the same, never its markup
	}
	prune(doc)
	return text(doc)
}

// tokenText is the text of HTML read token by token, with no tree: a
// paragraph at each block element, nothing of scripts and styles.
func tokenText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var paras []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			flush()
			return strings.Join(paras, "\n\n")
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr":
				flush()
			}
		}
	}
}
