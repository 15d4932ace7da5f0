package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/config"
)

func TestSearchWords(t *testing.T) {
	stop := map[string]bool{"the": true}
	got := strings.Join(searchWords("The Café’s CEASEFIRE, in 2025: a Zürich-based x", stop), " ")
	if want := "cafe ceasefire in 2025 zurich based"; got != want {
		t.Errorf("searchWords = %q, want %q", got, want)
	}
}

// TestSearchScale builds the search index of 100,000 claims written from
// a vocabulary whose words are as unevenly common as in news (Zipf), and
// measures what queries download, as search.js fetches it: the index
// file, the shards of the query's words, the claims shards of the first
// page of results and, with a rating filter, that rating's lists. Every
// query must stay under 300 kB.
func TestSearchScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-claim index")
	}
	rng := rand.New(rand.NewSource(1))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("%c%c%cword%d", 'a'+rng.Intn(26), 'a'+rng.Intn(26), 'a'+rng.Intn(26), i)
	}
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(vocab)-1))
	cfg := config.Defaults()
	m := &model{}
	speakers := make([]*speakerView, 2000)
	for i := range speakers {
		speakers[i] = &speakerView{Speaker: &claims.Speaker{Slug: fmt.Sprintf("speaker-%d", i)}, Name: fmt.Sprintf("Speaker %d", i)}
	}
	statuses := []string{"unrated", "unrated", "unrated", "unrated", "pending", "false", "true", "mostly-true"}
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 100_000; i++ {
		var words []string
		for j := 0; j < 14; j++ {
			words = append(words, vocab[zipf.Uint64()])
		}
		c := &claimView{Claim: &claims.Claim{ID: fmt.Sprintf("%012x", i), Text: strings.Join(words, " "),
			FirstSeen: day.AddDate(0, 0, i/50)}, Speaker: speakers[int(zipf.Uint64())%len(speakers)], Status: statuses[i%len(statuses)]}
		m.claims = append(m.claims, c)
	}
	out := t.TempDir()
	r := &renderer{cfg: &cfg, w: newWriter(out), m: m}
	if err := r.searchIndex(); err != nil {
		t.Fatal(err)
	}
	var index struct {
		Prefixes      []string
		Shard, Blocks int
	}
	b, err := os.ReadFile(filepath.Join(out, "search", "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(b, &index)
	shardOf := func(w string) string {
		best := ""
		for _, p := range index.Prefixes {
			if strings.HasPrefix(w, p) && len(p) > len(best) {
				best = p
			}
		}
		return best
	}
	// read fetches one file as search.js does, counting its bytes, and
	// decodes a list of claim numbers within block blk.
	read := func(bytes *int, file string, blk int, key string) map[int]bool {
		data, err := os.ReadFile(filepath.Join(out, "search", file))
		if err != nil {
			return map[int]bool{}
		}
		*bytes += len(data)
		var list []int
		if key == "" {
			json.Unmarshal(data, &list)
		} else {
			var shard map[string][]int
			json.Unmarshal(data, &shard)
			list = shard[key]
		}
		set, n := map[int]bool{}, blk*searchBlock
		for _, d := range list {
			n += d
			set[n] = true
		}
		return set
	}
	worst := 0
	for _, q := range [][]string{{vocab[0], vocab[1]}, {vocab[0]}, {vocab[2], vocab[50]}, {vocab[10], vocab[5000]}, {vocab[3], vocab[4], vocab[5]}, {vocab[900], vocab[901]}} {
		for _, filter := range []string{"", "unrated", "false"} {
			bytes := len(b)
			var hits []int
			blocks := 0
			for blk := index.Blocks - 1; blk >= 0 && len(hits) < 20; blk-- { // the newest block first
				blocks++
				var set map[int]bool
				lists := []map[int]bool{}
				for _, w := range q {
					lists = append(lists, read(&bytes, fmt.Sprintf("terms/%d/%s.json", blk, shardOf(w)), blk, w))
				}
				if filter != "" {
					lists = append(lists, read(&bytes, fmt.Sprintf("status/%s/%d.json", filter, blk), blk, ""))
				}
				for i, l := range lists {
					if i == 0 {
						set = l
						continue
					}
					for n := range set {
						if !l[n] {
							delete(set, n)
						}
					}
				}
				var in []int
				for n := range set {
					in = append(in, n)
				}
				sort.Sort(sort.Reverse(sort.IntSlice(in)))
				hits = append(hits, in...)
			}
			shards := map[int]bool{}
			for _, n := range hits[:min(20, len(hits))] {
				shards[n/index.Shard] = true
			}
			for s := range shards {
				data, _ := os.ReadFile(filepath.Join(out, "search", fmt.Sprintf("claims/%d.json", s)))
				bytes += len(data)
			}
			t.Logf("query %v, filter %q: %d hits in %d blocks read, %d bytes", q, filter, len(hits), blocks, bytes)
			worst = max(worst, bytes)
		}
	}
	if worst > 300_000 {
		t.Errorf("a query downloads %d bytes, more than 300 kB", worst)
	}
}

// TestSearchIndexStable checks that a new claim leaves the search files of
// the claims before it as they were: claims are numbered from the oldest,
// so only the last shard of results and the postings of its words change.
func TestSearchIndexStable(t *testing.T) {
	cfg := config.Defaults()
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	claim := func(i int, text string) *claimView {
		return &claimView{Claim: &claims.Claim{ID: fmt.Sprintf("%012x", i), Text: text, FirstSeen: day.AddDate(0, 0, i)}, Status: "unrated"}
	}
	var old []*claimView
	for i := range 60 {
		old = append(old, claim(i, fmt.Sprintf("the budget for bridge number %d will grow", i)))
	}
	build := func(cs []*claimView) string {
		out := t.TempDir()
		r := &renderer{cfg: &cfg, w: newWriter(out), m: &model{claims: cs}}
		if err := r.searchIndex(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	before := build(old)
	after := build(append([]*claimView{claim(99, "a ferry levy of nine percent")}, old...)) // the newest first, as the model lists them
	for _, f := range []string{"claims/0.json", "claims/1.json", "terms/0/br.json", "terms/0/bu.json"} {
		a, errA := os.ReadFile(filepath.Join(before, "search", f))
		b, errB := os.ReadFile(filepath.Join(after, "search", f))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("search/%s changed with a new claim (%v, %v)", f, errA, errB)
		}
	}
	a, _ := os.ReadFile(filepath.Join(before, "search", "claims/2.json"))
	b, _ := os.ReadFile(filepath.Join(after, "search", "claims/2.json"))
	if bytes.Equal(a, b) {
		t.Error("the last shard of results does not hold the new claim")
	}
}
