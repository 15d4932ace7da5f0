package extract

import "unicode"

// Runs of capitals that are no name: a dateline that opens a paragraph, a
// heading shouted in capitals.

// datelineEnd returns the token after a dateline that opens a paragraph
// ("BRUSSELS -", "CHARLOTTE, N.C. (AP) —", "LA CROSSE, Wisc. —", a press
// release's "SAN FRANCISCO, Jan. 9, 2025 /PRNewswire/ --", and in title
// case with its agency: "Washington (AFP) –"), or 0 when there is none.
func datelineEnd(toks []token) int {
	if k := timeStampEnd(toks); k > 0 {
		return k
	}
	if len(toks) < 2 || !toks[0].isCap() {
		return 0
	}
	caps := allCaps(toks[0].text) && (len(toks[0].text) >= 3 || allCaps(toks[1].text))
	for j := 1; j < len(toks) && j < 12; j++ {
		switch t := toks[j]; {
		case isDash(t.text) || t.text == ":": // "BRUSSELS -", "NEW DELHI:"
			if caps || t.text != ":" && (toks[j-1].text == ")" || toks[j-1].text == "/") && allCaps(toks[j-2].text) {
				return j + 1
			}
			return 0
		case t.text == "," || t.text == "." || t.text == "(" || t.text == ")" || t.text == "/" || t.isCap() || allCaps(t.text) || t.text[0] >= '0' && t.text[0] <= '9':
			// "CHARLOTTE, N.C. (AP) —", "BRUSSELS, March 3 (Reuters) -",
			// "SAN FRANCISCO, Jan. 9, 2025 /PRNewswire/ --"
		default:
			return 0
		}
	}
	return 0
}

// allCaps reports a word written in capitals only.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// shouted reports a run of words in capitals that holds an ordinary word:
// a subheading ("CONGRESS HAS INVESTIGATED HIM", "THE BORROWING") or a
// dateline ("NEW YORK"), not a name.
func shouted(toks []token) bool {
	caps, common := 0, false
	for _, t := range toks {
		if len(t.text) > 1 && t.isWord() && allCaps(t.text) {
			caps++
			common = common || isCommonWord(t.lower())
		}
	}
	return caps >= 2 && common
}

// timeStampEnd is where the time a live blog's entry opens with ends, past
// its colon or dash ("10:31 p.m. ET:", "9:45 a.m. -"), or 0: it is no
// part of the sentence, whose quote would else be a fragment of it.
func timeStampEnd(toks []token) int {
	j := 3
	if len(toks) < 5 || !clockTime(toks, 2) {
		return 0
	}
	if clockTime(toks, j) {
		j++ // "p.m."
	}
	if j < len(toks) && allCaps(toks[j].text) && len(toks[j].text) <= 4 && toks[j].isWord() {
		j++ // "ET", "GMT"
	}
	if j < len(toks)-1 && (toks[j].text == ":" || isDash(toks[j].text)) {
		return j + 1
	}
	return 0
}
