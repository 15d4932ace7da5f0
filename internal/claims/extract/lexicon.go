package extract

import (
	_ "embed"
	"fmt"
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
	for _, line := range strings.Split(cueList, "\n") {
		w, score, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		var f float64
		fmt.Sscan(score, &f)
		m[w] = f
	}
	return m
}()
