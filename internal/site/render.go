package site

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/config"
)

// pageKinds are the templates besides base.html, one per kind of page.
var pageKinds = []string{"home", "claims", "claim", "speakers", "speaker", "redirect", "articles", "article", "status", "ratings", "review", "data", "search", "page", "404"}

// templates holds one parsed template set per page kind.
type templates map[string]*template.Template

var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2 January 2006")
	},
	"iso": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
	"analysed":   claims.Analysed,
	"badgeStyle": badgeStyle,
	"card":       func(root string, c *claimView) card { return card{Root: root, C: c} },
	// cardIn is a card on its article's page, which need not name it.
	"cardIn": func(root string, c *claimView) card { return card{Root: root, C: c, InArticle: true} },
	// cardWhy is a card in the review queue, which says why it is there.
	"cardWhy":     func(root string, c *claimView) card { return card{Root: root, C: c, Why: c.QueueReason()} },
	"quoted":      quoted,
	"meter":       meter,
	"claimReview": claimReview,
	"pagerOf": func(root string, p pager) any {
		return struct {
			Root  string
			Pager pager
		}{root, p}
	},
	// safe marks editors' Markdown, rendered by goldmark with raw HTML
	// omitted, as HTML. Article text never goes through it.
	"safe": func(s string) template.HTML { return template.HTML(s) },
	"host": func(raw string) string {
		u, err := url.Parse(raw)
		if err != nil {
			return raw
		}
		return strings.TrimPrefix(u.Host, "www.")
	},
}

func parseTemplates(fsys fs.FS) (templates, error) {
	base, err := template.New("base.html").Funcs(funcs).ParseFS(fsys, "base.html")
	if err != nil {
		return nil, fmt.Errorf("site: templates: %w", err)
	}
	t := templates{}
	for _, kind := range pageKinds {
		c, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if t[kind], err = c.ParseFS(fsys, kind+".html"); err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
	}
	return t, nil
}

// card is what the claim-card template gets.
type card struct {
	Root      string
	C         *claimView
	InArticle bool   // on the page of the article it comes from
	Why       string // why an editor should look at it
}

// page is what every template gets: the site, where the page is, and its data.
type page struct {
	Site      *config.Config
	Root      string // the relative way back to the site's root: "", "../", "../../"
	Path      string // the page's own path from the root, "claims/abc/"
	Canonical string // its absolute address, when base_url is absolute
	Image     string // the absolute address of its share card, if it has one
	Title     string
	Section   string // which part of the navigation is current
	Pages     []*plainPage
	Data      any
}

type renderer struct {
	cfg     *config.Config
	t       templates
	w       *writer
	m       *model
	pages   []*plainPage
	indexed []string // the paths of the pages a sitemap lists, in the order rendered

	// Pages are rendered by a pool of workers when one is started: the
	// build decides what each page holds in order, queueing a job for
	// each, and the workers then execute the templates and write the
	// files on every core, counting the jobs done (progress).
	workers  int
	queue    []func() error
	first    []func() error // long jobs, started before the pages (doFirst)
	progress func(done, total int)

	// A page whose fingerprint is the one the last build recorded is
	// not rendered again, unless full is set.
	fp   *fingerprinter
	full bool
}

// start has the pages that follow rendered by n workers, on wait.
func (r *renderer) start(n int) { r.workers = n }

// do queues a job for the pool, or runs it now when there is none.
func (r *renderer) do(job func() error) error {
	if r.workers == 0 {
		return job()
	}
	r.queue = append(r.queue, job)
	return nil
}

// doFirst queues a long job (the open data, the search index) to be
// started before the pages, so that the pages' rendering covers it
// instead of a worker running it alone at the end.
func (r *renderer) doFirst(job func() error) error {
	if r.workers == 0 {
		return job()
	}
	r.first = append(r.first, job)
	return nil
}

// wait runs the jobs queued so far on the pool, the long ones first, and
// returns the first error; a cancelled ctx stops it.
func (r *renderer) wait(ctx context.Context) error {
	queue := append(r.first, r.queue...)
	r.first, r.queue = nil, nil
	var (
		next, done atomic.Int64
		mu         sync.Mutex
		first      error
		wg         sync.WaitGroup
	)
	for range min(r.workers, len(queue)) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(queue)) && ctx.Err() == nil; i = next.Add(1) - 1 {
				err := queue[i]()
				queue[i] = nil // what the page held can go
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
				if n := done.Add(1); r.progress != nil {
					r.progress(int(n), len(queue))
				}
			}
		})
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

// render executes the kind's template for the page at dir (a folder path
// from the root, "" for the home page) and writes dir/index.html.
func (r *renderer) render(kind, dir, title, section string, data any) error {
	file := path.Join(dir, "index.html")
	if kind == "404" {
		file = "404.html"
	}
	root := strings.Repeat("../", strings.Count(file, "/"))
	if root == "" {
		root = "./"
	}
	if kind == "404" { // served at any depth: only an absolute root works
		root = r.basePath()
	}
	p := page{Site: r.cfg, Root: root, Path: dir, Title: title, Section: section, Pages: r.pages, Data: data}
	if r.absolute() {
		p.Canonical = r.cfg.BaseURL + dir
		if c, ok := data.(*claimView); ok && c.Card != "" {
			p.Image = r.cfg.BaseURL + c.Card // a share card's address must be absolute
		}
	}
	if indexed(kind) {
		r.indexed = append(r.indexed, dir)
	}
	return r.do(func() error {
		fp := r.fp.page(kind, file, &p)
		if !r.full && r.w.reuse(file, fp) {
			return nil
		}
		var buf bytes.Buffer
		if err := r.t[kind].ExecuteTemplate(&buf, "base.html", p); err != nil {
			return fmt.Errorf("render %s: %w", file, err)
		}
		r.w.record(file, fp)
		return r.w.write(file, withoutControls(buf.Bytes()))
	})
}

// withoutControls replaces the control characters HTML forbids (C0 but
// for white space, DEL and C1), which old articles carry from encoding
// mix-ups, with U+FFFD: the page stays valid and shows where one was.
func withoutControls(b []byte) []byte {
	clean := true
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f ||
			c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f { // C1, in UTF-8
			clean = false
			break
		}
	}
	if clean {
		return b // nearly every page: no copy
	}
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7f && r <= 0x9f {
			r = '\uFFFD'
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// pager is one page of a list that is split over several.
type pager struct {
	N, Of      int
	Prev, Next string     // paths from the root; empty at the ends
	Links      []pageLink // the first, the last and those near this one
	// Stable lists are numbered from the oldest (see paginate); an
	// Archive page is a numbered page of one, which shows nothing that
	// every new item changes: not the total, not how many pages.
	Stable, Archive bool
}

// pageLink is one numbered link of a pager, or a gap between them.
type pageLink struct {
	N     int
	Label string // shown instead of N: "Newest" for the front page of a stable list
	Path  string
	Gap   bool
}

// pageLinks numbers the pages a reader can jump to from page n of of:
// the first and the last, and two either side of n, with a gap marked
// where pages are left out.
func pageLinks(n, of int, at func(int) string) []pageLink {
	var out []pageLink
	for i := 1; i <= of; i++ {
		switch {
		case i == 1 || i == of || i >= n-2 && i <= n+2:
			out = append(out, pageLink{N: i, Path: at(i)})
		case len(out) > 0 && !out[len(out)-1].Gap:
			out = append(out, pageLink{Gap: true})
		}
	}
	return out
}

// paginate renders a list over as many pages as size requires, under
// dir.
//
// A list that comes newest first (stable) is cut into pages counted from
// its oldest item: page/1/ holds the oldest size items, page/2/ the next,
// and dir/ the newest, from size+1 to 2×size of them once there are more
// than size. A new item then changes dir/ and leaves every numbered page
// as it was: a link to one keeps showing the same claims, and a rebuild
// after one new article renders one page of a list, not all of them.
// Other lists (by count, by name) are cut from the top: dir/ holds the
// first size items, page/2/ the next.
func paginate[T any](r *renderer, kind, dir, title, section string, items []T, size int, stable bool,
	data func(items []T, p pager) any) error {
	n := len(items)
	chunks := max(1, (n+size-1)/size)
	pages, front := chunks, 1 // how many, and which number dir/ shows
	if stable {
		pages = max(1, chunks-1) // the newest two chunks share dir/
		front = pages
	}
	at := func(k int) string {
		if k == front {
			return dir
		}
		return fmt.Sprintf("%spage/%d/", dir, k)
	}
	for k := 1; k <= pages; k++ {
		p := pager{N: k, Of: pages, Links: pageLinks(k, pages, at)}
		prev, next := k-1, k+1 // the neighbours in reading order
		lo, hi := (k-1)*size, min(k*size, n)
		t := fmt.Sprintf("%s (page %d of %d)", title, k, pages)
		if stable { // numbered from the oldest, shown from the newest
			prev, next = k+1, k-1
			lo, hi = max(0, n-k*size), n-(k-1)*size
			t = fmt.Sprintf("%s (page %d)", title, k)
			p.Stable, p.Archive = true, k != front
			if p.Archive {
				p.Of = 0 // not shown, and changed by every new page: see listOf
			} else {
				lo = 0
			}
			slices.Reverse(p.Links)
			for i := range p.Links {
				if p.Links[i].N == front && !p.Links[i].Gap {
					p.Links[i].Label = "Newest"
				}
			}
		}
		if prev >= 1 && prev <= pages {
			p.Prev = at(prev)
		}
		if next >= 1 && next <= pages {
			p.Next = at(next)
		}
		if k == front {
			t = title
		}
		if err := r.render(kind, at(k), t, section, data(items[lo:hi], p)); err != nil {
			return err
		}
	}
	return nil
}
