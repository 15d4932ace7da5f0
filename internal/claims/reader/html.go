package reader

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"

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

func (HTML) Read(name string, data []byte) ([]claims.Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not HTML: %w", name, err)
	}
	meta := readMeta(doc)
	base, _ := url.Parse(meta.url)
	s := readStory(data, base)
	meta.title = withoutSiteName(meta.title, s.title)
	setOnce(&meta.title, s.title) // <title> without the site's name, or the page's heading
	setOnce(&meta.title, meta.titleTag)
	setOnce(&meta.site, s.site)
	setOnce(&meta.lang, s.lang)
	if len(meta.authors) == 0 {
		meta.authors = authorNames([]string{s.byline})
	}
	if s.words < minStoryWords && countWords(meta.body) > s.words {
		s = story{text: meta.body, words: countWords(meta.body)}
	}
	if first, rest, ok := strings.Cut(s.text, "\n\n"); ok && strings.EqualFold(first, meta.title) {
		s.text = rest // the headline, which the article has as its title
	}
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return []claims.Article{{URL: meta.url, Title: meta.title, TitleOffset: -1, Publisher: meta.site,
		Published: meta.published, Authors: meta.authors, Body: s.text, Language: meta.lang}}, nil
}

// withoutSiteName drops the site's name from a title that metadata gave as
// "Headline | Site" or "Headline - Site" (og:title often carries it), when
// readability, which compares the <title> with the page's heading, found
// the headline alone.
func withoutSiteName(title, headline string) string {
	rest, ok := strings.CutPrefix(title, headline)
	if !ok || headline == "" {
		return title
	}
	rest = strings.TrimSpace(rest)
	for _, sep := range []string{"|", "-", "–", "—", "·", "::", ":"} {
		if site, ok := strings.CutPrefix(rest, sep); ok && len(strings.Fields(site)) <= 5 {
			return headline
		}
	}
	return title
}
