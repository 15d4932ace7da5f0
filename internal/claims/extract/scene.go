package extract

// What stands around an attribution and is not what was said: the
// trimmings after its verb ("in a statement", "on Monday"), a scene set
// before it ("At a rally in the Bronx,"), the bracket it closes.

// sceneVerbs open a sentence with a participle that sets the scene for
// the speaker's clause ("Speaking to reporters on Monday, ...",
// "Addressing a rally, ..."): no statement of its own.
var sceneVerbs = set(`speaking talking addressing appearing testifying campaigning visiting
writing interviewed asked pressed questioned`)

// tailEnd skips the trimmings of an attribution ("in a statement", "on
// Monday", "Tuesday") and returns where they end: the sentence's end or the
// comma that resumes the statement.
func tailEnd(toks []token, i, end int) int {
	if i < end && toks[i].text != "," {
		if w := toks[i].lower(); !prepositions[w] && !toks[i].is(fTime) && !adverbs[w] {
			return i // "..., Sanders said he wants ...": what follows is no trimming
		}
	}
	for j := i; j < end && j < i+8; j++ {
		if toks[j].text == "," || toks[j].q != nil {
			return j
		}
	}
	if end-i <= 7 || nameTail(toks, i, end) {
		return end
	}
	return i
}

// nameTail reports trimmings from token i to the sentence's end that name
// where the words came out, however long the name: a preposition, up to
// two words in lower case, then a capitalised name with its small words
// ("in the journal Frontiers in Ecology and Evolution").
func nameTail(toks []token, i, end int) bool {
	for end > i && !toks[end-1].isWord() {
		end-- // the full stop
	}
	k := i + 1
	for k < end && k <= i+3 && !toks[k].isCap() {
		if !toks[k].isWord() || toks[k].is(fPreposition) {
			return false // not "for an alternative to Democrat Hillary Clinton and ..."
		}
		k++
	}
	if k == end || !toks[k].isCap() {
		return false
	}
	for _, t := range toks[k:end] {
		if !t.isCap() && !longNameWord(t) {
			return false
		}
	}
	return true
}

// openParen is where an attribution at the end of a parenthesis that
// opens before token first and is still open there begins what it
// attributes, after the bracket: in "It cradles his ego (and yes, winter
// beards are a thing, says McMillen.)" he said only what the brackets
// hold; 0 when no bracket is open.
func openParen(toks []token, first int) int {
	depth := 0
	for k := first - 1; k >= 0; k-- {
		switch toks[k].text {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return k + 1
			}
			depth--
		}
	}
	return 0
}

// sceneOpening reports words before an attribution that open with a
// preposition and hold no clause: where or when it was said, not what
// ("At a rally in the Bronx, the candidate promised to ...").
func sceneOpening(p *para, toks []token) bool {
	if len(toks) == 0 || !toks[0].is(fPreposition) {
		return false
	}
	last := toks[len(toks)-1]
	return !clause(p.text[toks[0].Start-p.Start:last.End-p.Start], false)
}
