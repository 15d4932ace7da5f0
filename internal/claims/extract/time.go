package extract

// timeWords name spans of time.
var timeWords = set(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday
weekend january february march april may june july august september october november december time`)

// timePhrase reports whether tokens from i read as a phrase of time: "for
// two hours", "on Monday", "in 2012", "during the night".
func timePhrase(toks []token, i, end int) bool {
	if i >= end || !toks[i].is(fPreposition) || toks[i].lower() == "to" {
		return false // "wants to extend six weeks of leave": a verb after "to"
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		w := toks[j].lower()
		if toks[j].is(fTime) || w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// pastTime skips a phrase of time between a cue and its statement: "said
// on Tuesday it had not been informed", "said Monday the talks", and a
// day before the preposition or "to" that opens it ("apologized Thursday
// for").
func pastTime(toks []token, from, end int) int {
	j := from
	if j < end && toks[j].is(fPreposition) && toks[j].low != "to" {
		j++
	}
	n := 0
	for ; j < end && n < 4; j, n = j+1, n+1 {
		w := toks[j].low
		if !toks[j].is(fTime) && !timeModifiers[w] && (w == "" || w[0] < '0' || w[0] > '9') {
			break
		}
	}
	if n == 1 && j+1 < end && weekdays[toks[j-1].low] && (toks[j].is(fPreposition) || toks[j].low == "to") {
		return j // "apologized Thursday for a Facebook post", "pledged Saturday to rid": the day is when, no word of what
	}
	if n == 0 || j >= end || !opensClause(toks[j]) {
		return from
	}
	return j
}

// timeModifiers stand before a word of time: "last week", "this morning".
var timeModifiers = set(`last this next early late earlier later`)

// isYear reports a year written out: "2010", "1995".
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isNumber(s)
}
