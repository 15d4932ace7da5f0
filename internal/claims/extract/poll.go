package extract

// pollHeads are the findings that speak for themselves in a sentence of
// their own: "In the latest poll, Clinton leads by six points", "Trump
// fell to 10 percent in a CNN/ORC survey".
var pollHeads = set(`poll polls survey surveys study studies average averages tally count analysis`)

// pollAt reads a sentence that gives a poll's or a study's finding
// without a verb of saying: opened by "In <the poll>," or closed by "in
// <the poll>". The finding is the poll's. A clause with a speech cue of
// its own is left to that cue ("In a new report, the agency said ...").
func pollAt(p *para, toks []token, base, end int) (statement, bool) {
	i := 0
	if i < end && (toks[i].low == "but" || toks[i].low == "and") {
		i++
	}
	if i < end && toks[i].low == "in" { // "In the latest Washington Post-ABC News poll, ..."
		for j := i + 1; j < end && j <= i+12; j++ {
			if toks[j].text != "," {
				continue
			}
			if !pollPhrase(toks, i+1, j) || cueIn(toks, j+1, end) {
				break
			}
			from := pastApposition(p, toks, j, end) // ", conducted in May,": the poll's own aside
			if m := sourceAt(p, base+i+1, base+j); m != nil {
				return statement{parts: [][2]int{{from, end}}, m: m, cue: "in", at: i}, from < end
			}
			break
		}
	}
	for k := end - 2; k > 0 && k >= end-12; k-- { // "..., he fell to 10 percent in the latest CNN/ORC poll."
		if toks[k].text == "," || toks[k].q != nil {
			break
		}
		if toks[k].low != "in" || !pollPhrase(toks, k+1, end) || cueIn(toks, 0, k) {
			continue
		}
		if m := sourceAt(p, base+k+1, base+end); m != nil && wordsIn(toks[:k]) >= minReportedWords {
			return statement{parts: [][2]int{{0, k}}, m: m, cue: "in", at: k}, true
		}
		break
	}
	return statement{}, false
}

// pollPhrase reports a poll or study named within tokens [from, to): a
// few words, one of them its head, and no verb but a participle after it.
func pollPhrase(toks []token, from, to int) bool {
	head := false
	for _, t := range toks[from:to] {
		switch {
		case t.q != nil || t.text == "," || t.is(fBe) || t.is(fAux):
			return false
		case pollHeads[t.low]:
			head = true
		}
	}
	return head
}

// cueIn reports a speech cue among tokens [from, to).
func cueIn(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.is(fReporting) {
			return true
		}
	}
	return false
}
