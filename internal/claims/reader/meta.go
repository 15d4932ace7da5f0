package reader

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself.
type pageMeta struct {
	title, site, url, lang string
	titleTag               string // <title>, which often ends with the site's name
	published              time.Time
	authors                []string
	body                   string // JSON-LD articleBody
}

// readMeta reads a page's metadata, the first source of each field winning:
// JSON-LD, then OpenGraph and article: meta tags, then plain tags. A meta
// tag may carry property, name and itemprop at once; each is a key of its
// own. application-name names the site only when nothing better does and
// it is not the headline again (some portals set it to the story's title).
func readMeta(doc *html.Node) pageMeta {
	var m, ld pageMeta
	var titleTag, timeTag, appName string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
				setOnce(&m.lang, attr(n, "xml:lang"))
			case atom.Meta:
				val := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					metaField(&m, &appName, strings.ToLower(attr(n, k)), val)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
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
	if ld.title != "" && placeholder(ld.title, m.title+" "+titleTag) {
		ld.title = "" // "escenic": a content system's name where the headline should be
	}
	setOnce(&ld.title, m.title)
	ld.titleTag = titleTag
	setOnce(&ld.site, m.site)
	if appName != "" && !strings.Contains(strings.ToLower(ld.title), strings.ToLower(appName)) {
		setOnce(&ld.site, appName)
	}
	setOnce(&ld.url, m.url)
	setOnce(&ld.lang, m.lang)
	if ld.published.IsZero() {
		ld.published = m.published
	}
	if ld.published.IsZero() {
		ld.published = parseTime(timeTag)
	}
	if len(ld.authors) == 0 {
		ld.authors = m.authors
	}
	ld.authors = authorNames(ld.authors)
	return ld
}

// metaField files one meta tag's value under its key.
func metaField(m *pageMeta, appName *string, key, val string) {
	switch key {
	case "":
	case "og:title", "twitter:title":
		setOnce(&m.title, val)
	case "og:site_name":
		setOnce(&m.site, val)
	case "application-name":
		setOnce(appName, val)
	case "og:url":
		setOnce(&m.url, val)
	case "content-language", "og:locale", "dc.language", "inlanguage":
		setOnce(&m.lang, val)
	case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "dc.date.issued", "publish-date":
		if m.published.IsZero() {
			m.published = parseTime(val)
		}
	case "author", "article:author", "byl", "dc.creator":
		if !strings.HasPrefix(val, "http") {
			m.authors = append(m.authors, val)
		}
	}
}

// cdata is the wrapping some sites put around a script's JSON, with the
// comment marks that hide it from old browsers.
var cdata = regexp.MustCompile(`^\s*(?://\s*|/\*\s*)?<!\[CDATA\[|\]\]>\s*(?:\*/)?\s*$|(?://|/\*)\s*\]\]>\s*(?:\*/)?\s*$`)

// readJSONLD takes the fields of the first news article in a JSON-LD block.
func readJSONLD(src string, m *pageMeta) {
	src = cdata.ReplaceAllString(strings.TrimSpace(src), "")
	var v any
	d := json.NewDecoder(strings.NewReader(src))
	d.UseNumber()
	if d.Decode(&v) != nil {
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
			setOnce(&m.lang, str(x["inLanguage"]))
			if m.published.IsZero() {
				m.published = jsonTime(x["datePublished"])
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

// jsonTime reads a JSON-LD date: text, or a number of Unix seconds (or
// milliseconds, when too large to be seconds).
func jsonTime(v any) time.Time {
	n, ok := v.(json.Number)
	if !ok {
		return parseTime(str(v))
	}
	return unixTime(n.String())
}

func unixTime(s string) time.Time {
	secs, err := strconv.ParseInt(s, 10, 64)
	if err != nil || secs <= 0 {
		return time.Time{}
	}
	if secs > 1e11 {
		secs /= 1000
	}
	return time.Unix(secs, 0).UTC()
}

// placeholder reports a JSON-LD headline that shares no word with the
// page's other titles, when it has any: a default a content system left.
func placeholder(headline, others string) bool {
	if strings.TrimSpace(others) == "" {
		return false
	}
	other := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(others), notLetter) {
		other[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(headline), notLetter) {
		if other[w] {
			return false
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

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

// authorNames keeps the authors that are names, each once: "By " goes,
// "A and B" are two, and dates, handles ("@erinmcunningham", "Follow
// @..."), addresses and long phrases are not names.
func authorNames(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
			s = s[3:]
		}
		for _, n := range strings.Split(strings.ReplaceAll(s, " and ", ", "), ",") {
			n = strings.TrimSpace(n)
			if key := strings.ToLower(n); personName(n) && !seen[key] {
				seen[key] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// personName reports text that can be a byline's name: one to five
// words, the first capitalised, no digits, no handle or address, not
// "Follow ...".
func personName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || strings.EqualFold(ws[0], "follow") {
		return false
	}
	if strings.ContainsAny(s, "@/:0123456789") || !parseTime(s).IsZero() {
		return false
	}
	first, _ := utf8.DecodeRuneInString(ws[0])
	return unicode.IsUpper(first)
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
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

// timeLayouts are the forms dates take in pages and feeds: ISO 8601 with
// or without seconds, fractions and zone (with a T or a space), slashes
// with unpadded month and day, and the mail forms of RFC 1123 and RFC 822.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999 -0700", "2006-01-02 15:04:05.999999999 MST",
	"2006-01-02 15:04:05.999999999", "2006-01-02 15:04", "2006-01-02", "2006/1/2 15:04:05", "2006/1/2 15:04", "2006/1/2",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	time.RFC822Z, time.RFC822, "January 2, 2006", "Jan 2, 2006", "2 January 2006"}

// parseTime reads the dates pages give, with or without a time and zone,
// or as Unix seconds; a date it cannot read is zero.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if len(s) >= 9 && strings.Trim(s, "0123456789") == "" {
		return unixTime(s)
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
