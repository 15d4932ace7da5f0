package reader

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"claimtrack/internal/claims"
)

// Markdown reads an article in Markdown with TOML front matter between
// "+++" lines:
//
//	+++
//	title = "..."
//	url = "https://..."
//	publisher = "FOX News"
//	published = 2025-05-19
//	authors = ["..."]
//	language = "en"
//	+++
//
// The body is stored as its words read (markdownText: no markup, a soft
// line break a space); the title falls back to a first "# " heading.
type Markdown struct{}

var fence = []byte("+++")

func (Markdown) Detect(name string, data []byte) bool {
	return bytes.HasPrefix(data, fence) && (len(data) == 3 || data[3] == '\n' || data[3] == '\r')
}

// frontMatter is the metadata an article's front matter may give.
type frontMatter struct {
	Title     string
	URL       string
	Publisher string
	Published any // a TOML date or a string
	Authors   []string
	Language  string // ISO 639-1; the text's own language wins when plain
}

func (Markdown) Read(name string, data []byte) ([]claims.Article, error) {
	text := string(data)
	start := strings.IndexByte(text, '\n') + 1
	end := strings.Index(text[start:], "\n+++")
	if start == 0 || end < 0 {
		return nil, fmt.Errorf("%s:1: front matter opened with +++ is never closed: end it with a +++ line", name)
	}
	end += start
	var fm frontMatter
	md, err := toml.Decode(text[start:end], &fm)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("%s:%d: front matter: %s", name, perr.Position.Line+1, perr.Message)
		}
		return nil, fmt.Errorf("%s: front matter: %w", name, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		keys := make([]string, len(un))
		for i, k := range un {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return nil, fmt.Errorf("%s: front matter: unknown key %s (known: title, url, publisher, published, authors, language)", name, strings.Join(keys, ", "))
	}
	published, err := parseDate(fm.Published)
	if err != nil {
		return nil, fmt.Errorf("%s: front matter: published: %w", name, err)
	}
	bodyStart := end + len("\n+++")
	if nl := strings.IndexByte(text[bodyStart:], '\n'); nl >= 0 {
		bodyStart += nl + 1
	} else {
		bodyStart = len(text)
	}
	text = text[:bodyStart] + markdownText(text[bodyStart:])
	a := claims.Article{URL: fm.URL, Title: fm.Title, TitleOffset: -1, Publisher: fm.Publisher,
		Published: published, Authors: fm.Authors,
		Language: fm.Language}
	if a.Title == "" {
		b := splitTitle(text[bodyStart:])
		a.Title, a.Body, a.Offset = b.Title, b.Body, bodyStart+b.Offset
		if b.TitleOffset >= 0 {
			a.TitleOffset = bodyStart + b.TitleOffset
		}
	} else {
		a.Body = strings.TrimLeft(text[bodyStart:], " \t\r\n")
		a.Offset = len(text) - len(a.Body)
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, fmt.Errorf("%s: %w after the front matter", name, ErrEmpty)
	}
	return []claims.Article{a}, nil
}

// parseDate reads a publication date given as a TOML date or date-time or as
// a string in one of the usual forms.
func parseDate(v any) (time.Time, error) {
	switch d := v.(type) {
	case nil:
		return time.Time{}, nil
	case time.Time:
		if strings.HasSuffix(d.Location().String(), "-local") { // a TOML date with no zone
			return time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), 0, time.UTC), nil
		}
		return d.UTC(), nil
	case string:
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", "January 2, 2006", "2 January 2006"} {
			if t, err := time.Parse(layout, d); err == nil {
				return t.UTC(), nil
			}
		}
		return time.Time{}, fmt.Errorf("%q is not a date: write it as 2025-05-19", d)
	}
	return time.Time{}, fmt.Errorf("%v is not a date: write it as 2025-05-19", v)
}
