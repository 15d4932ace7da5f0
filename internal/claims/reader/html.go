package reader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"claimtrack/internal/claims"
)

// HTML reads a web page saved from a news site. Its metadata comes from
// the page's head (OpenGraph and article: meta tags, the canonical link,
// JSON-LD NewsArticle, a <time datetime>), and its body from the readable
// part of the page as go-readability finds it (a port of Mozilla's
// Readability), with navigation, asides, captions, share buttons and
// comments left out and paragraphs kept. A page whose JSON-LD carries the
// articleBody and nothing readable besides is read from there.
type HTML struct{}

func (HTML) Detect(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := strings.ToLower(string(bytes.TrimSpace(data[:min(len(data), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// pageMeta is what a page says about itself.
type pageMeta struct {
	title, site, url string
	published        time.Time
	authors          []string
	body             string // JSON-LD articleBody
}

func (HTML) Read(name string, data []byte) ([]claims.Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not HTML: %w", name, err)
	}
	meta := readMeta(doc)
	prune(doc) // before readability, which drops the class names that tell furniture
	base, _ := url.Parse(meta.url)
	body := ""
	if page, err := readability.FromDocument(doc, base); err == nil && page.Node != nil {
		body = text(page.Node)
		if meta.title == "" {
			meta.title = page.Title()
		}
		if meta.site == "" {
			meta.site = page.SiteName()
		}
		if len(meta.authors) == 0 && page.Byline() != "" {
			meta.authors = []string{strings.TrimPrefix(page.Byline(), "By ")}
		}
	}
	if len(strings.Fields(body)) < 20 && len(strings.Fields(meta.body)) > len(strings.Fields(body)) {
		body = meta.body
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("%s: no article text found in the page", name)
	}
	return []claims.Article{{URL: meta.url, Title: meta.title, TitleOffset: -1, Publisher: meta.site,
		Published: meta.published, Authors: meta.authors, Body: body}}, nil
}

// readMeta reads a page's metadata, the first source of each field winning:
// JSON-LD, then OpenGraph and article: meta tags, then plain tags.
func readMeta(doc *html.Node) pageMeta {
	var m, ld pageMeta
	var titleTag, timeTag string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title":
					setOnce(&m.title, val)
				case "og:site_name", "application-name":
					setOnce(&m.site, val)
				case "og:url":
					setOnce(&m.url, val)
				case "article:published_time", "datepublished", "date", "pubdate", "dc.date":
					if m.published.IsZero() {
						m.published = parseTime(val)
					}
				case "author", "article:author", "byl", "dc.creator":
					if val != "" && !strings.HasPrefix(val, "http") {
						m.authors = append(m.authors, strings.TrimPrefix(val, "By "))
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.url = attr(n, "href") // the canonical link beats og:url
				}
			case atom.Title:
				if n.FirstChild != nil {
					setOnce(&titleTag, strings.TrimSpace(n.FirstChild.Data))
				}
			case atom.Time:
				setOnce(&timeTag, attr(n, "datetime"))
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	setOnce(&ld.title, m.title)
	setOnce(&ld.title, titleTag)
	setOnce(&ld.site, m.site)
	setOnce(&ld.url, m.url)
	if ld.published.IsZero() {
		ld.published = m.published
	}
	if ld.published.IsZero() {
		ld.published = parseTime(timeTag)
	}
	if len(ld.authors) == 0 {
		ld.authors = m.authors
	}
	return ld
}

// readJSONLD takes the fields of the first news article in a JSON-LD block.
func readJSONLD(src string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(x["@type"]) || m.title != "" && m.body != "" {
				return
			}
			setOnce(&m.title, str(x["headline"]))
			setOnce(&m.body, str(x["articleBody"]))
			setOnce(&m.url, str(x["url"]))
			if m.published.IsZero() {
				m.published = parseTime(str(x["datePublished"]))
			}
			if p, ok := x["publisher"].(map[string]any); ok {
				setOnce(&m.site, str(p["name"]))
			}
			if len(m.authors) == 0 {
				m.authors = names(x["author"])
			}
		}
	}
	visit(v)
}

func isArticleType(t any) bool {
	var types []string
	switch x := t.(type) {
	case string:
		types = []string{x}
	case []any:
		for _, e := range x {
			types = append(types, str(e))
		}
	}
	for _, s := range types {
		if strings.HasSuffix(s, "Article") || s == "BlogPosting" || s == "Report" {
			return true
		}
	}
	return false
}

// names reads JSON-LD authors: a name, a Person, or a list of either.
func names(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		if n := str(x["name"]); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, names(e)...)
		}
		return out
	}
	return nil
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// parseTime reads the dates pages give, with or without a time and zone.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04",
		"2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
