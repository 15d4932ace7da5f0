package site

import (
	"encoding/xml"
	"net/url"
	"strings"
)

// indexed reports a kind of page that search engines should list: not a
// redirect, the 404 page or the editors' review queue.
func indexed(kind string) bool {
	return kind != "redirect" && kind != "404" && kind != "review"
}

// absolute reports a base URL with a scheme and host, which sitemaps, feeds
// and share cards need: a site built for "/" has relative links only.
func (r *renderer) absolute() bool { return strings.Contains(r.cfg.BaseURL, "://") }

// crawling writes robots.txt, which keeps crawlers out of the review queue
// and names the sitemap, and sitemap.xml, listing every indexed page, when
// the base URL is absolute (a sitemap's addresses must be).
func (r *renderer) crawling() error {
	var robots strings.Builder
	robots.WriteString("User-agent: *\n")
	robots.WriteString("Disallow: " + r.basePath() + "review/\n")
	if r.absolute() {
		robots.WriteString("\nSitemap: " + r.cfg.BaseURL + "sitemap.xml\n")
	}
	if err := r.w.write("robots.txt", []byte(robots.String())); err != nil {
		return err
	}
	if !r.absolute() {
		return nil
	}
	type loc struct {
		Loc string `xml:"loc"`
	}
	set := struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
		URLs    []loc    `xml:"url"`
	}{}
	for _, p := range r.indexed {
		set.URLs = append(set.URLs, loc{r.cfg.BaseURL + p})
	}
	out, err := xml.MarshalIndent(set, "", " ")
	if err != nil {
		return err
	}
	return r.w.write("sitemap.xml", append([]byte(xml.Header), append(out, '\n')...))
}

// basePath is the path part of the base URL: "/" or "/claims/" (config
// checks that it parses and ends in a slash).
func (r *renderer) basePath() string {
	u, _ := url.Parse(r.cfg.BaseURL)
	return u.Path
}
