// Command lexgen derives extract's word lists from an annotated corpus in
// the format of ../shared/eval (PolNeAR's training split):
//
//	go run ./internal/claims/extract/lexgen -train ../shared/eval/polnear-train.jsonl
//
// It writes lexicon_common.txt (words written in lower case except at the
// start of a sentence) and lexicon_cues.txt (words that introduce
// attributions, with the share of their uses that did) and
// lexicon_topics.txt (a word and the preposition or "that" after it, as in
// "concerns about" or "claim that", with the share of their uses that opened
// an attribution's content right after them) into -out. With -model it
// trains the statement model instead (statement.model: hashed feature
// slots and weights), with the lists already built into extract, so make
// lexicon runs it second. Only words, counts and weights leave the
// corpus, never its text.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"claimtrack/internal/claims/extract"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

type article struct {
	Text   string `json:"text"`
	Quotes []struct {
		Cue     string   `json:"cue_text"`
		Spans   [][2]int `json:"spans"`         // character offsets
		Speaker [][2]int `json:"speaker_spans"` // the source's mention
	} `json:"quotes"`
}

var (
	sentenceRE = regexp.MustCompile(`(?:[.!?]\s+|\n+)`)
	wordRE     = regexp.MustCompile(`[A-Za-z][A-Za-z'’-]*`)
	cueWordRE  = regexp.MustCompile(`[A-Za-z][a-z'’]+`)
	lowerRE    = regexp.MustCompile(`[a-z'’]+`)
	notVerbRE  = regexp.MustCompile(`(ly|tion|tions|ism|ness|ment|ments|ity)$`)
	pairRE     = regexp.MustCompile(`\b([A-Za-z][a-z'’]+) (about|of|on|for|against|over|that|to) ([^\s])`)
)

var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "also": true, "is": true,
	"are": true, "was": true, "were": true, "will": true, "would": true}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an of to in on at for by with from and or but that this these those
		it its his her their he she they we i you be is are was were been has have had do does did not no as
		than then so if`) {
		stop[w] = true
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("lexgen", flag.ContinueOnError)
	train := fs.String("train", "../shared/eval/polnear-train.jsonl", "annotated articles, one JSON object a line")
	out := fs.String("out", "internal/claims/extract", "folder to write the lists to")
	epochs := fs.Int("epochs", 5, "passes of the statement model's training over the corpus")
	model := fs.Bool("model", false, "train the statement model (statement.model) instead of writing the word lists")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*train)
	if err != nil {
		return err
	}
	defer f.Close()
	low, capMid, occ, cue := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	pairs, opened := map[string]int{}, map[string]int{}
	var annotated []extract.Annotated
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: %w", *train, n, err)
		}
		for _, s := range sentenceRE.Split(a.Text, -1) {
			for i, w := range wordRE.FindAllString(s, -1) {
				switch {
				case strings.ToLower(w) == w:
					low[w]++
				case i > 0:
					capMid[strings.ToLower(w)]++
				}
			}
		}
		for _, w := range cueWordRE.FindAllString(a.Text, -1) {
			occ[strings.ToLower(w)]++
		}
		countPairs(a, pairs, opened)
		annotated = append(annotated, annotate(a))
		for _, q := range a.Quotes {
			words := lowerRE.FindAllString(strings.ToLower(q.Cue), -1)
			if len(words) == 0 {
				continue
			}
			w := words[0]
			if auxiliaries[w] && len(words) > 1 {
				w = words[len(words)-1]
			}
			cue[w]++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var common []string
	for w, n := range low {
		if n >= 3 && capMid[w]*4 < n && len(w) > 1 && !strings.Contains(w, "’") {
			common = append(common, w)
		}
	}
	sort.Strings(common)
	// A form seen too seldom to score on its own takes the score of all
	// the forms of its verb: "proposes" is rare where "proposed" is not.
	stemCue, stemOcc := map[string]int{}, map[string]int{}
	for w, n := range occ {
		if w != "according" { // a preposition's, not a verb's: "accord" is a noun
			stemCue[stem(w)] += cue[w]
			stemOcc[stem(w)] += n
		}
	}
	var cues []string
	for w, o := range occ {
		n := cue[w]
		score := float64(n) / float64(max(o, 1))
		if n < 4 || o < 4 {
			if s := stem(w); stemCue[s] >= 8 && o >= 2 {
				n, score = stemCue[s], float64(stemCue[s])/float64(stemOcc[s])
			}
		}
		if n >= 4 && o >= 2 && score >= 0.05 && len(w) > 2 && !stop[w] &&
			!notVerbRE.MatchString(w) && !strings.ContainsAny(w, "'’") {
			cues = append(cues, fmt.Sprintf("%s %.2f", w, score))
		}
	}
	sort.Strings(cues)
	var topics []string
	for pair, n := range pairs {
		w, _, _ := strings.Cut(pair, " ")
		score := float64(opened[pair]) / float64(n)
		if opened[pair] >= 3 && score >= 0.2 && !stop[w] && !strings.ContainsAny(w, "'’") &&
			capMid[w] <= low[w] { // not a name: "Trump that"
			topics = append(topics, fmt.Sprintf("%s %.2f", pair, score))
		}
	}
	sort.Strings(topics)
	if *model {
		// The statement model weighs what the rules find with the lists
		// as built into this program: make lexicon writes the lists
		// first and trains the model in a second run.
		m := extract.TrainStatements(annotated, *epochs)
		if err := os.WriteFile(filepath.Join(*out, "statement.model"), []byte(m), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "lexgen: statement.model: %d weights from %d articles\n", strings.Count(m, "\n"), len(annotated))
		return nil
	}
	for name, lines := range map[string][]string{"lexicon_common.txt": common, "lexicon_cues.txt": cues,
		"lexicon_topics.txt": topics} {
		if err := os.WriteFile(filepath.Join(*out, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "lexgen: %s: %d words\n", name, len(lines))
	}
	return nil
}

// stem cuts a verb's ending so that its forms meet: propose, proposes,
// proposed and proposing are all "propos".
func stem(w string) string {
	for _, end := range []string{"ing", "ied", "ies", "ed", "es", "s", "e"} {
		if len(w) > len(end)+3 && strings.HasSuffix(w, end) {
			return strings.TrimSuffix(w, end)
		}
	}
	return w
}

// annotate turns an article's attribution spans from characters into the
// byte offsets the extractor works in.
func annotate(a article) extract.Annotated {
	byteAt := make([]int, 0, len(a.Text)+1)
	for i := range a.Text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(a.Text))
	bytes := func(spans [][2]int) [][2]int {
		var out [][2]int
		for _, sp := range spans {
			if sp[0] >= 0 && sp[0] <= sp[1] && sp[1] < len(byteAt) {
				out = append(out, [2]int{byteAt[sp[0]], byteAt[sp[1]]})
			}
		}
		return out
	}
	out := extract.Annotated{Text: a.Text}
	for _, q := range a.Quotes {
		out.Quotes = append(out.Quotes, extract.AnnotatedQuote{Spans: bytes(q.Spans), Speaker: bytes(q.Speaker)})
	}
	return out
}

// countPairs counts each "word preposition" pair of an article and how
// often an attribution's content starts right after it.
func countPairs(a article, pairs, opened map[string]int) {
	starts := map[int]bool{} // byte offsets where some content starts
	runeAt := make([]int, 0, len(a.Text)+1)
	for i := range a.Text {
		runeAt = append(runeAt, i)
	}
	runeAt = append(runeAt, len(a.Text))
	for _, q := range a.Quotes {
		for _, sp := range q.Spans {
			if sp[0] >= 0 && sp[0] < len(runeAt) {
				starts[runeAt[sp[0]]] = true
			}
		}
	}
	for _, m := range pairRE.FindAllStringSubmatchIndex(a.Text, -1) {
		pair := strings.ToLower(a.Text[m[2]:m[3]]) + " " + a.Text[m[4]:m[5]]
		pairs[pair]++
		if starts[m[6]] || starts[m[4]] { // "claim [that ...]" and "on [the ...]" alike
			opened[pair]++
		}
	}
}
