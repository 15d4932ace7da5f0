package reader

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"claimtrack/internal/claims"
)

// Feed reads RSS 2.0 and Atom feeds with gofeed: each item is an article
// with its own title, link, date and authors, its text from the full
// content (content:encoded) or, when that is all there is, the summary.
// The feed's title stands for the publisher.
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
	for i, it := range feed.Items {
		body := htmlText(it.Content)
		if body == "" {
			body = htmlText(it.Description)
		}
		if body == "" {
			continue // an item with no text is no article
		}
		a := claims.Article{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), TitleOffset: -1,
			Publisher: strings.TrimSpace(feed.Title), Body: body, Source: fmt.Sprintf("%s#%d", name, i+1)}
		switch {
		case it.PublishedParsed != nil:
			a.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			a.Published = it.UpdatedParsed.UTC()
		}
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				a.Authors = append(a.Authors, strings.TrimSpace(p.Name))
			}
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: the feed has no items with text", name)
	}
	return out, nil
}

// htmlText turns an item's HTML (or plain text) into paragraphs.
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	prune(doc)
	return text(doc)
}
