package site

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// homeLatest is how many rulings and quotes the home page lists.
const homeLatest = 10

// home leads with what a fact-checking site has to say: its latest
// rulings and its counts by rating, then the latest direct quotes (the
// speakers' own words, not a reporter's paraphrase).
func (r *renderer) home() error {
	var rulings, quotes []*claimView
	for _, c := range r.m.claims {
		if c.Ruling() != nil {
			rulings = append(rulings, c)
		}
		if c.Kind == claims.Direct && len(quotes) < homeLatest {
			quotes = append(quotes, c)
		}
	}
	sort.SliceStable(rulings, func(i, j int) bool { return rulings[i].Ruling().Date.After(rulings[j].Ruling().Date) })
	var counts []statusCount
	for _, sc := range r.m.counts {
		if sc.N > 0 {
			counts = append(counts, sc)
		}
	}
	return r.render("home", "", r.cfg.Title, "home", struct {
		Counts   []statusCount
		Rulings  []*claimView
		Quotes   []*claimView
		Claims   int
		Speakers int
		Articles int
	}{counts, rulings[:min(homeLatest, len(rulings))], quotes, len(r.m.claims), r.m.listedSpeakers(), len(r.m.articles)})
}

type listData[T any] struct {
	Items []T
	Pager pager
	Total int
}

// listOf is a page of a list of total items. A numbered page of a list
// numbered from the oldest does not show the total, so it is not given
// it either: what a page is given is what its fingerprint sums, and that
// page must stay the same when a new item comes.
func listOf[T any](items []T, p pager, total int) listData[T] {
	if p.Archive {
		total = 0
	}
	return listData[T]{items, p, total}
}

// section renders a list of items, newest first, over as many pages as it
// takes under dir (numbered from the oldest: see paginate), and a page of
// the item kind for each item, at the path and with the title that page
// gives.
func section[T any](r *renderer, list, item, dir, title string, items []T, page func(T) (path, title string)) error {
	total := len(items)
	err := paginate(r, list, dir, title, list, items, r.cfg.PageSize, true,
		func(items []T, p pager) any { return listOf(items, p, total) })
	if err != nil {
		return err
	}
	for _, it := range items {
		path, title := page(it)
		if err := r.render(item, dir+path+"/", title, list, it); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) claimPages() error {
	for _, c := range r.m.claims {
		if c.Ruling() == nil {
			continue
		}
		// A card is named by what is drawn on it: one already in the
		// output folder is kept, not drawn again (drawing is most of what
		// a build of many rated claims costs).
		c.Card = "claims/" + c.ID + "/card-" + cardKey(c, r.cfg.Title) + ".png"
		if r.w.keep(c.Card) {
			continue
		}
		err := r.do(func() error {
			png, err := shareCard(c, r.cfg.Title)
			if err != nil {
				return err
			}
			return r.w.write(c.Card, png)
		})
		if err != nil {
			return err
		}
	}
	return section(r, "claims", "claim", "claims/", "All claims", r.m.claims, func(c *claimView) (string, string) {
		return c.ID, claimTitle(c)
	})
}

// speakerRedirects keeps the pages of speakers merged into others: each
// old address sends the reader on to the speaker's page.
func (r *renderer) speakerRedirects() error {
	for _, rd := range r.m.redirects {
		if err := r.render("redirect", "speakers/"+rd.Slug+"/", rd.To.Name, "speakers", rd); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) articlePages() error {
	return section(r, "articles", "article", "articles/", "Articles", r.m.articles, func(a *articleView) (string, string) {
		return strconv.FormatInt(a.ID, 10), a.Title
	})
}

// statusData is a status page: the status and its claims.
type statusData struct {
	config.Rating
	listData[*claimView]
}

// statusPages renders a page for each status of the scale that claims
// have now, listing them, and an index of those statuses with their
// counts: the ratings of claims, then the statuses of predictions and
// promises. A status no claim has gets no page.
func (r *renderer) statusPages() error {
	var index struct{ Claims, Predictions []statusCount }
	for _, sc := range r.m.counts {
		if sc.N == 0 {
			continue
		}
		if sc.Claims {
			index.Claims = append(index.Claims, sc)
		} else {
			index.Predictions = append(index.Predictions, sc)
		}
		var items []*claimView
		for _, c := range r.m.claims {
			if c.Status == sc.Key {
				items = append(items, c)
			}
		}
		err := paginate(r, "status", "status/"+sc.Key+"/", sc.Label, "status", items, r.cfg.PageSize, true,
			func(items []*claimView, p pager) any {
				return statusData{sc.Rating, listOf(items, p, sc.N)}
			})
		if err != nil {
			return err
		}
	}
	return r.render("ratings", "status/", "Ratings", "status", index)
}

// reviewQueue lists the claims an editor should look at: later coverage
// newer than their newest status, and predictions past their due date.
func (r *renderer) reviewQueue() error {
	var items []*claimView
	for _, c := range r.m.claims {
		if c.InQueue() {
			items = append(items, c)
		}
	}
	total := len(items)
	return paginate(r, "review", "review/", "Review queue", "review", items, r.cfg.PageSize, false,
		func(items []*claimView, p pager) any {
			return struct {
				listData[*claimView]
				Orphans []*verdict.Verdict
			}{listData[*claimView]{items, p, total}, r.m.orphans}
		})
}

func (r *renderer) notFound() error {
	return r.render("404", "", "Page not found", "", nil)
}

// plainPage is a page written by the site's editors in content/pages/, such
// as about.md or method.md: TOML front matter with a title, then Markdown.
type plainPage struct {
	Slug  string
	Title string
	Body  template.HTML // goldmark's rendering, raw HTML in the source escaped
}

// loadPages reads the editors' pages. Every page's menu names them, so they
// are pointers: summed once per build, not once per page (their bodies
// were a third of a rebuild's fingerprint work at 100,000 claims).
func loadPages(content string) ([]*plainPage, error) {
	dir := filepath.Join(content, "pages")
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		return nil, err
	}
	sort.Strings(files)
	var out []*plainPage
	for _, f := range files {
		p, err := readPage(f)
		if err != nil {
			return nil, err
		}
		out = append(out, &p)
	}
	return out, nil
}

func readPage(file string) (plainPage, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return plainPage{}, fmt.Errorf("site: %w", err)
	}
	p := plainPage{Slug: strings.TrimSuffix(filepath.Base(file), ".md")}
	if !config.Slug.MatchString(p.Slug) {
		return p, fmt.Errorf("site: %s: a page's file name is lower-case letters, digits and hyphens (it names the page's address)", file)
	}
	body := src
	if bytes.HasPrefix(src, []byte("+++\n")) {
		end := bytes.Index(src[4:], []byte("\n+++"))
		if end < 0 {
			return p, fmt.Errorf("site: %s:1: front matter opened with +++ is never closed", file)
		}
		var fm struct{ Title string }
		md, err := toml.Decode(string(src[4:4+end]), &fm)
		if err != nil {
			return p, fmt.Errorf("site: %s: front matter: %w", file, err)
		}
		if un := md.Undecoded(); len(un) > 0 {
			return p, fmt.Errorf("site: %s: front matter: unknown key %s (known: title)", file, un[0])
		}
		p.Title = fm.Title
		body = bytes.TrimLeft(src[4+end+4:], "\r\n")
	}
	if p.Title == "" {
		return p, fmt.Errorf("site: %s: give the page a title in its front matter", file)
	}
	var buf bytes.Buffer
	if err := goldmark.Convert(body, &buf); err != nil { // goldmark omits raw HTML unless told otherwise
		return p, fmt.Errorf("site: %s: %w", file, err)
	}
	p.Body = template.HTML(buf.String())
	return p, nil
}

func (r *renderer) plainPages() error {
	for _, p := range r.pages {
		if err := r.render("page", p.Slug+"/", p.Title, p.Slug, p); err != nil {
			return err
		}
	}
	return nil
}

// copyStatic copies the templates' static/ folder into the site.
func copyStatic(fsys fs.FS, w *writer) error {
	return fs.WalkDir(fsys, "static", func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == "static" {
			return nil
		}
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		return w.write(path, data)
	})
}

// shorten cuts s to about n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		for cut = n; cut > 0 && !utf8.RuneStart(s[cut]); cut-- {
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
