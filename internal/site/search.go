package site

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The search index is static files under search/, fetched by the browser
// on demand, so that a query at 100,000 claims downloads a few small
// files, not the index. Claims are numbered newest first and cut into
// blocks of searchBlock, which the browser reads newest first until it has
// a page of results:
//
//   - index.json: the term shards' prefixes, the number of blocks, the
//     years' ranges of claim numbers, and the words left out;
//   - terms/<block>/<prefix>.json: for each word starting with the prefix,
//     the claims of the block it is in (numbers within the block,
//     delta-encoded);
//   - status/<key>/<block>.json and speakers/<slug>/<block>.json: the same
//     for the claims with a status, and a speaker's, for the filters;
//   - claims/<n>.json: what a result shows of claims n*claimShard up.
//
// A prefix's shards are split by a longer prefix while the prefix's words
// hold more than maxShard bytes of postings per block.
const (
	searchBlock = 10_000
	claimShard  = 25
	maxShard    = 12_000
	resultText  = 160 // the bytes of a claim's text a result shows
)

// stopWords are left out of the index and of queries: they are in nearly
// every claim and would make every shard large.
var stopWords = strings.Fields(`the and for that this with from have has had was were are is be been not but its it's
	they them their his her she he you your our we will would could should can than then there what which who into
	about said says also more`)

// searchWords splits text into the words the index holds: lower case,
// without accents, two letters or more, not stop words. The browser's
// search.js splits queries the same way.
func searchWords(text string, stop map[string]bool) []string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(text) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	var out []string
	for _, w := range strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 2 && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// searchPages writes the search page, the index it reads, and the pages
// that stand in for search when JavaScript is off: the claims of each
// year (the speakers and ratings indexes are the other ways in).
func (r *renderer) searchPages() error {
	byYear := map[int][]*claimView{}
	var years []int
	for _, c := range r.m.claims {
		y := c.FirstSeen.Year()
		if byYear[y] == nil {
			years = append(years, y)
		}
		byYear[y] = append(byYear[y], c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	type yearCount struct{ Year, N int }
	var counts []yearCount
	for _, y := range years {
		counts = append(counts, yearCount{y, len(byYear[y])})
		items := byYear[y]
		title := fmt.Sprintf("Claims first reported in %d", y)
		err := paginate(r, "claims", fmt.Sprintf("years/%d/", y), title, "claims", items, r.cfg.PageSize, true,
			func(items []*claimView, p pager) any { return listOf(items, p, len(byYear[y])) })
		if err != nil {
			return err
		}
	}
	var statuses []statusCount
	for _, sc := range r.m.counts {
		if sc.N > 0 {
			statuses = append(statuses, sc)
		}
	}
	speakers := r.m.listed()
	if err := r.render("search", "search/", "Search", "search", struct {
		Years    []yearCount
		Statuses []statusCount
		Speakers []*speakerView
	}{counts, statuses, speakers[:min(len(speakers), searchSpeakers)]}); err != nil {
		return err
	}
	return r.doFirst(r.searchIndex) // by a worker of the pool, while the pages are rendered
}

// searchSpeakers is how many speakers, those with most claims, the search
// page offers as a filter; any speaker's name can be searched for.
const searchSpeakers = 100

// searchIndex writes the index of the claims the site shows.
func (r *renderer) searchIndex() error {
	stop := map[string]bool{}
	for _, w := range stopWords {
		stop[w] = true
	}
	// Claims are numbered from the oldest, so that a new claim takes the
	// next number and the files of the blocks before stay as they were:
	// a rebuild after one article rewrites a few of them, not all.
	cs := append([]*claimView(nil), r.m.claims...)
	sort.SliceStable(cs, func(i, j int) bool {
		if !cs[i].FirstSeen.Equal(cs[j].FirstSeen) {
			return cs[i].FirstSeen.Before(cs[j].FirstSeen)
		}
		return cs[i].ID < cs[j].ID
	})
	postings := map[string][]int{}
	byStatus := map[string][]int{}
	bySpeaker := map[string][]int{}
	var years [][3]int // year, first number, end
	for n, c := range cs {
		seen := map[string]bool{}
		text := c.Text
		if c.Speaker != nil {
			text += " " + c.Speaker.Name
			bySpeaker[c.Speaker.Slug] = append(bySpeaker[c.Speaker.Slug], n)
		}
		for _, w := range searchWords(text, stop) {
			if !seen[w] {
				seen[w] = true
				postings[w] = append(postings[w], n)
			}
		}
		if y := c.FirstSeen.Year(); len(years) == 0 || years[len(years)-1][0] != y {
			years = append(years, [3]int{y, n, n})
		}
		years[len(years)-1][2] = n + 1
		byStatus[c.Status] = append(byStatus[c.Status], n)
	}
	blocks := (len(cs) + searchBlock - 1) / searchBlock
	shards := shardTerms(postings, max(blocks, 1))
	prefixes := make([]string, 0, len(shards))
	for p := range shards {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	for b := 0; b < blocks; b++ {
		for _, p := range prefixes {
			shard := map[string][]int{}
			for _, t := range shards[p] {
				if in := inBlock(postings[t], b); len(in) > 0 {
					shard[t] = in
				}
			}
			if len(shard) > 0 {
				if err := r.writeJSON(fmt.Sprintf("search/terms/%d/%s.json", b, p), shard); err != nil {
					return err
				}
			}
		}
		for dir, lists := range map[string]map[string][]int{"status": byStatus, "speakers": bySpeaker} {
			if err := r.writeBlock("search/"+dir+"/", lists, b); err != nil {
				return err
			}
		}
	}
	for start := 0; start < len(cs); start += claimShard {
		var rows [][]string
		for _, c := range cs[start:min(start+claimShard, len(cs))] {
			speaker, slug := "", ""
			if c.Speaker != nil {
				speaker, slug = c.Speaker.Name, c.Speaker.Slug
			}
			rows = append(rows, []string{c.ID, shorten(c.Text, resultText), speaker, slug, c.Status, c.FirstSeen.Format(time.DateOnly)})
		}
		if err := r.writeJSON(fmt.Sprintf("search/claims/%d.json", start/claimShard), rows); err != nil {
			return err
		}
	}
	return r.writeJSON("search/index.json", map[string]any{"version": 2, "claims": len(cs), "block": searchBlock,
		"blocks": blocks, "shard": claimShard, "prefixes": prefixes, "years": years, "stop": stopWords})
}

// inBlock is the part of a posting list in block b, as numbers within
// the block, delta-encoded.
func inBlock(ns []int, b int) []int {
	lo := sort.SearchInts(ns, b*searchBlock)
	hi := sort.SearchInts(ns, (b+1)*searchBlock)
	out := make([]int, 0, hi-lo)
	prev := b * searchBlock
	for _, n := range ns[lo:hi] {
		out = append(out, n-prev)
		prev = n
	}
	return out
}

// shardTerms groups the words by the prefix of their shards: two letters,
// or as many more as keep a shard's postings under maxShard bytes a block
// (a rough size: four bytes a posting).
func shardTerms(postings map[string][]int, blocks int) map[string][]string {
	out := map[string][]string{}
	var split func(prefix string, terms []string)
	split = func(prefix string, terms []string) {
		size := 0
		for _, t := range terms {
			size += len(t) + 4 + 4*len(postings[t])
		}
		n := len([]rune(prefix))
		if size > maxShard*blocks {
			groups := map[string][]string{}
			var rest []string
			for _, t := range terms {
				if rs := []rune(t); len(rs) > n {
					groups[string(rs[:n+1])] = append(groups[string(rs[:n+1])], t)
				} else {
					rest = append(rest, t)
				}
			}
			if len(groups) > 1 || len(rest) > 0 {
				for p, ts := range groups {
					split(p, ts)
				}
				if len(rest) > 0 {
					out[prefix] = rest
				}
				return
			}
		}
		out[prefix] = terms
	}
	groups := map[string][]string{}
	for t := range postings {
		rs := []rune(t)
		groups[string(rs[:2])] = append(groups[string(rs[:2])], t)
	}
	for p, ts := range groups {
		split(p, ts)
	}
	return out
}

// writeBlock writes each list's part in block b, under dir/<key>/<b>.json.
func (r *renderer) writeBlock(dir string, lists map[string][]int, b int) error {
	keys := make([]string, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if in := inBlock(lists[k], b); len(in) > 0 {
			if err := r.writeJSON(fmt.Sprintf("%s%s/%d.json", dir, k, b), in); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *renderer) writeJSON(file string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return r.w.write(file, append(b, '\n'))
}
