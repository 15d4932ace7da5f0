package extract

import (
	_ "embed"
	"strconv"
	"strings"
)

// commonWords are English words that are written in lower case except at
// the start of a sentence: a capitalised "Regardless" or "Unlike" opening a
// sentence is not a name. The list was derived from word counts over the
// PolNeAR training split (words seen at least three times in lower case and
// rarely capitalised inside a sentence) by lexgen (make lexicon); it holds
// words, not text.
//
//go:embed lexicon_common.txt
var commonList string

var commonWords = set(commonList)

// isCommonWord reports whether a word, in lower case, is an ordinary word.
func isCommonWord(lower string) bool {
	return commonWords[strings.TrimSuffix(lower, ".")]
}

// cueScores give, for words that introduce attributions, how often they did
// so in the PolNeAR training split: the share of the word's occurrences
// that annotators marked as the cue of an attribution ("said" 0.91,
// "noted" 0.91, "suggested" 0.76, "found" 0.39). Reported speech is taken
// from words at or above minCueScore, besides the speech verbs. lexgen
// (make lexicon) derives the list, leaving out adverbs, nouns in -tion,
// -ment and the like, and contractions.
//
//go:embed lexicon_cues.txt
var cueList string

var cueScores = func() map[string]float64 {
	m := map[string]float64{}
	scoredLines(cueList, 2, func(f []string, x float64) { m[f[0]] = x })
	return m
}()

// scoredLines calls each for every line of a list that holds n fields, the
// last a number: "said 0.91", "concerns about 0.55", "1234 -0.8120".
func scoredLines(text string, n int, each func(f []string, x float64)) {
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) != n {
			continue
		}
		if x, err := strconv.ParseFloat(f[n-1], 64); err == nil {
			each(f, x)
		}
	}
}
