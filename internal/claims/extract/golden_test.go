package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// goldenClaim is the part of a claim the golden files pin down.
type goldenClaim struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Kind       string `json:"kind"`
	Speaker    string `json:"speaker"`
	Role       string `json:"role,omitempty"`
	Mention    string `json:"mention,omitempty"`
	Cue        string `json:"cue,omitempty"`
	Prediction bool   `json:"prediction,omitempty"`
	Act        string `json:"act"` // what the site shows follows from it
}

// TestGolden extracts each testdata/*.txt, and the project's fixture
// article, and compares with its .golden.json. Run with -update after a
// deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	files := testArticles()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var got []goldenClaim
			for _, q := range Extract(string(body)) {
				got = append(got, goldenClaim{q.Text, q.Span.Start, q.Span.End, string(q.Kind), q.Speaker.Name,
					q.Speaker.Role, q.Speaker.Text, q.Cue, q.Prediction, string(q.Act)})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, out)
			}
		})
	}
}

// testArticles are the articles of testdata and the project's fixture
// article.
func testArticles() []string {
	files, _ := filepath.Glob("testdata/*.txt")
	return append(files, "../../../testdata/trump-putin-call.txt")
}

// benchBodies are the articles the benchmarks read: the test articles,
// or the .txt files of the folder CLAIMTRACK_BENCH_DIR names (make
// bench-extract writes the PolNeAR training texts there).
func benchBodies(b *testing.B) ([]string, int64) {
	files := testArticles()
	if dir := os.Getenv("CLAIMTRACK_BENCH_DIR"); dir != "" {
		files, _ = filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(files) == 0 {
			b.Fatalf("CLAIMTRACK_BENCH_DIR=%s holds no .txt files", dir)
		}
	}
	var bodies []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
		size += len(data)
	}
	return bodies, int64(size)
}

// BenchmarkExtract measures extraction throughput; run with -cpu 1 for the
// figure per core, which must stay at or above 20 MB/s. Compare it with
// BenchmarkNaiveQuotes from the same run: machines here are noisy.
func BenchmarkExtract(b *testing.B) {
	bodies, size := benchBodies(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			Extract(body)
		}
	}
}

var naiveQuote = regexp.MustCompile(`["“]([^"”]+)["”][^.]*?\b(said|says)\b`)

// BenchmarkNaiveQuotes is the baseline: the eval README's naive extractor,
// text between quotation marks followed by "said", as one regular expression.
func BenchmarkNaiveQuotes(b *testing.B) {
	bodies, size := benchBodies(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, body := range bodies {
			naiveQuote.FindAllStringSubmatchIndex(body, -1)
		}
	}
}

// TestClaimsOutliveScratch checks that an article's claims hold nothing of
// the memory the next extraction reuses: extracting another article after
// it leaves them as they were. The second text's lower-case copy was read
// from a role ("said one, who would not give her name") and had turned
// into another article's words under ingest's workers.
func TestClaimsOutliveScratch(t *testing.T) {
	for _, a := range []string{
		"Jane Roe told reporters the bridge would cost $4 billion.\n\n\"We will build it,\" she said.",
		"\"We were never told,\" said one, who would not give her name.",
	} {
		b := strings.Map(func(r rune) rune { // as long as a, other letters: its lower case overwrites a's
			if r >= 'a' && r < 'z' {
				return r + 1
			}
			return r
		}, a)
		first := Extract(a)
		want := fmt.Sprint(first)
		if len(first) == 0 {
			t.Fatalf("%q: no claims", a)
		}
		for range 3 {
			Extract(b)
		}
		if got := fmt.Sprint(first); got != want {
			t.Errorf("claims changed after another extraction:\n%s\nwant\n%s", got, want)
		}
	}
}

// BenchmarkExtractGrowth extracts one paragraph of 1, 2, 4 and 8 MB, the
// worst shape for an extractor that looks back over its paragraph, and an
// interview of 128 to 512 KB, whose labels each look over the article:
// ns/op should double with the size (MB/s stay level), never grow faster.
func BenchmarkExtractGrowth(b *testing.B) {
	const unit = "\"We will build the bridge by 2030,\" Jane Roe said on Tuesday, and the council agreed. " +
		"Officials said the cost had doubled since the plan was first proposed. She added that \"nothing\" would stop it. "
	const interview = "Why did the council vote for the plan this year?\n\nJane Smith: Because the residents asked for it, " +
		"and we had promised to fix the roads near the school before winter came.\n\n"
	for _, mb := range []int{1, 2, 4, 8} {
		body := strings.Repeat(unit, mb<<20/len(unit))
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				Extract(body)
			}
		})
	}
	for _, kb := range []int{128, 256, 512} {
		body := "An interview with Mayor Jane Smith.\n\n" + strings.Repeat(interview, kb<<10/len(interview))
		b.Run(fmt.Sprintf("interview/%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				Extract(body)
			}
		})
	}
}
