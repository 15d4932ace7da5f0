package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// maxCueGap is how many tokens may stand between a cue and the quote it
// introduces: 'told reporters at the White House on Monday that "..."'. A
// fragment may sit further into the clause its cue governs ('a delegation
// said it was presented with demands that were "unacceptable"').
const (
	maxCueGap         = 10
	maxFragmentCueGap = 20
)

// attribution is a speaker mention with the cue that ties it to a claim.
type attribution struct {
	m   *mention
	cue string
	at  int // the cue's token index, -1 for a colon or a dash
}

// span is where the attribution's cue stands in the text, zero for none.
func (a *attribution) span(p *para) claims.Span {
	if a.at < 0 || a.at >= len(p.toks) {
		return claims.Span{}
	}
	s := p.toks[a.at].Span
	if a.cue == "according to" && a.at+1 < len(p.toks) {
		s.End = p.toks[a.at+1].End
	}
	return s
}

// mentionAt returns the mention that starts at token i of p.
func (p *para) mentionAt(i int) *mention {
	// The mentions are in order and do not overlap (findMentions), so
	// both their starts and their ends rise: a binary search finds one.
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t0 >= i })
	if k < len(p.ms) && p.ms[k].t0 == i {
		return p.ms[k]
	}
	return nil
}

// mentionsIn returns the mentions that start within tokens [from, to):
// a slice of p.ms, found by binary search, so that reading a sentence's
// mentions costs the same in a paragraph of any length.
func (p *para) mentionsIn(from, to int) []*mention {
	i := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t0 >= from })
	j := i + sort.Search(len(p.ms)-i, func(k int) bool { return p.ms[i+k].t0 >= to })
	return p.ms[i:j]
}

// mentionOver returns the mention that holds token i of p inside it,
// past its first token: the comma of "Rail, Tram and Bus Union".
func (p *para) mentionOver(i int) *mention {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t1 > i })
	if k < len(p.ms) && p.ms[k].t0 < i {
		return p.ms[k]
	}
	return nil
}

// mentionEndingAt returns the mention that ends just before token i of p.
func (p *para) mentionEndingAt(i int) *mention {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t1 >= i })
	if k < len(p.ms) && p.ms[k].t1 == i {
		return p.ms[k]
	}
	return nil
}

// afterWindow is how far past a quote its attribution may reach:
// '"...," Scott Pruitt, the Republican attorney general of Oklahoma, said'.
const afterWindow = 26

// after reads an attribution that follows the quote at token i:
// '"...," he added', '"...," said Sen. Roe', '"...," said 9/11 widow Terry
// Strada', '"...," Mitch McConnell, R-Ky., said Tuesday', '"..." - President
// Zelenskyy said', '"...," according to the Kremlin'.
func after(p *para, i, end int) *attribution {
	j := i + 1
	dash := false
	for j < end && (p.toks[j].text == "," || isDash(p.toks[j].text)) {
		dash = dash || isDash(p.toks[j].text)
		j++
	}
	colon := p.headline && j < end && p.toks[j].text == ":" // "'We will not bow': Modi on trade talks"
	if colon {
		j++
	}
	if j >= end {
		return nil
	}
	if dash && dashBefore(p, i) {
		return nil // 'A representative for the brand - a business pitched as "..." - noted': the aside's quote, the sentence's subject's verb
	}
	w := p.toks[j].lower()
	if w == "according" && j+1 < end && p.toks[j+1].lower() == "to" {
		if m := sourceAt(p, j+2, end); m != nil {
			return &attribution{m, "according to", j}
		}
		return nil
	}
	if (w == "points" || w == "point") && j+1 < end && p.toks[j+1].low == "out" {
		if m := speakerIn(p, j+2, min(end, j+10)); m != nil {
			return &attribution{m, w + " out", j} // '"...," points out the laid-back Cambridge resident'
		}
	}
	if isCue(w) && !ambiguousCues[w] && !seeming(p.toks, j) {
		if strings.HasSuffix(w, "ing") {
			return nil // 'hailed it as "historic", saying it would ...': the participle's subject speaks before
		}
		if j+1 < end && p.toks[j+1].low == "that" {
			return nil // 'the advertisement "unmistakably" suggests that Phoenix ...': what is suggested, no one who says it
		}
		if m := describedTag(p, j+1, end); m != nil && p.mentionAt(j+1) == nil {
			return &attribution{m, w, j} // '"...," says the bow-tied maverick, noting that it': a person described, not a word after
		}
		if m := speakerIn(p, j+1, min(end, j+8)); m != nil {
			return &attribution{m, w, j}
		}
		if m := someoneAt(p, j+1, end); m != nil {
			return &attribution{m, w, j} // '"It is over," said one person familiar with the talks', 'said a woman who gave her name only as Maria': someone unnamed
		}
		return nil
	}
	named := p.mentionAt(j) != nil // the speaker right after the quote: appositions may hold "and"
	for c, limit := j+1, j+afterWindow; c < end && c < limit; c++ {
		t := p.toks[c]
		if isRelative(t.low) && p.toks[c-1].text == "," {
			if k := commaAfter(p.toks, c+1, end); k < end {
				// '"...," one driver, who declined to give her name,
				// said': the relative clause's verb is not the cue
				c, limit = k, limit+k-c
				continue
			}
		}
		if t.q != nil || t.text == ";" || clauseWords[t.lower()] && !named {
			break // the reporter's sentence goes on: '"robust steps" in response, and he urged'
		}
		if cueAt(p, c) {
			if c-2 > j && p.toks[c-1].is(fPronoun) && p.toks[c-2].text == "," && c+1 < end && p.toks[c+1].text == "," {
				break // '"..." South Carolina, he said, was where ...': his aside inside a sentence of its own
			}
			if m := speakerIn(p, j, c); m != nil && (describes(p, j, m.t0) || p.toks[m.t0-1].text == "," || describedPerson(p, j, m)) {
				if isGroup(m) && m.t0 == j && m.t1 < c && affiliations[p.toks[m.t1].low] {
					if np := nounPhraseBefore(p, c, j); np != nil && np.t0 == j {
						m = np // '"...," analysts at Morgan Stanley wrote': which analysts, as when they open the sentence
					}
				}
				return &attribution{m, t.lower(), c}
			}
			if m := p.mentionEndingAt(c); m != nil && m.t0 > j && p.toks[m.t0-1].text == "," && !m.poss && m.kind != byRelative {
				return &attribution{m, t.lower(), c} // '"..." including Lake Cowichan, it said'
			}
			k := c
			for k > j && p.toks[k-1].is(fAdverb) {
				k--
			}
			if m := nounPhraseBefore(p, k, j); m != nil && m.t0 == j {
				return &attribution{m, t.lower(), c} // '"...," my father often said'
			}
			if m := someoneAt(p, j, c); m != nil {
				return &attribution{m, t.lower(), c} // '"...," a woman who lives nearby said'
			}
			break
		}
	}
	if m := p.mentionAt(j); (dash || colon) && m != nil && m.kind == byName {
		if colon {
			return &attribution{m, ":", -1}
		}
		return &attribution{m, "—", -1}
	}
	return lastWords(p, i, j, end)
}

// affiliations are the prepositions that say where people who speak
// work or come from: "analysts at Morgan Stanley", "an official from the
// delegation".
var affiliations = set(`at from with`)

// dashBefore reports a dash earlier in the sentence of the quote at token
// i: the quote and the dash after it close an aside that dash opened.
func dashBefore(p *para, i int) bool {
	for k := i - 1; k >= 0 && !p.sentenceStart(k+1); k-- {
		if isDash(p.toks[k].text) {
			return true
		}
	}
	return false
}

// lastWords reads a sentence that ends, after a quote that ends in a comma
// or a question mark, with its speaker and one verb the cue list does not
// hold, and perhaps an adverb after it: '"...," Hannity started.', '"...,"
// he mocks.', '"...," an angry Hollande retaliated.', '"...," she smiled
// fondly.' Nothing else in the sentence can be the quote's.
func lastWords(p *para, i, j, end int) *attribution {
	if !strings.ContainsAny(lastRune(p.text[p.toks[i].q.Start-p.Start:p.toks[i].q.End-p.Start]), ",?!") && p.toks[i+1].text != "," {
		return nil
	}
	v := end - 1
	for v > j && !p.toks[v].isWord() && p.toks[v].q == nil {
		v-- // the full stop
	}
	if v > j+3 && p.toks[v-2].low == "with" && (p.toks[v-1].low == "a" || p.toks[v-1].low == "an") && !p.toks[v].isCap() {
		v -= 3 // '"...," Bennett shot back with a laugh.': how, after the verb
	}
	for v > j+1 && !p.toks[v].isCap() && (p.toks[v].is(fAdverb) || strings.HasSuffix(p.toks[v].low, "ly") && !p.toks[v].is(fNominalHead)) {
		v-- // '"...," Izuku smiled fondly.': the verb is before its adverb
	}
	cue := p.toks[v].low
	if verbParticles[cue] && v-1 > j && p.toks[v-1].isWord() && !p.toks[v-1].isCap() {
		v-- // '"...," Trump shot back.': the verb and its particle
		cue = p.toks[v].low + " " + cue
	}
	if v <= j || !p.toks[v].isWord() || p.toks[v].isCap() || p.toks[v].is(fPreposition|fDeterminer|fNotNoun|fPronoun) {
		return nil
	}
	np := nounPhraseBefore(p, v, j)
	if np == nil || np.t0 != j || np.t1-np.t0 > 4 {
		if m := p.mentionEndingAt(v); m != nil && m.t0 == j && !m.poss {
			return &attribution{m, cue, v}
		}
		return nil
	}
	if m := p.mentionEndingAt(v); m != nil && !m.poss {
		return &attribution{m, cue, v} // "an angry Hollande": the name
	}
	return &attribution{np, cue, v}
}

// lastRune is the last character of s, as a string.
func lastRune(s string) string {
	s = strings.TrimRight(s, " \u00a0")
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// clauseWords open a new clause, which an attribution after a quote never
// runs into.
var clauseWords = set(`and but or while because after before when if although though whereas so`)

// speakerIn picks the speaker among the mentions in tokens [from, to): one
// that opens the stretch ("a spokesman for the mayor"), or else the first
// person named in it ("retired Air Force general Lloyd Newton"). A name
// that only describes the person after it is passed over ("Cambridge
// cartoonist Andre Campbell", "Obama adviser David Axelrod"), and one
// after a role held there is no speaker: "the 39-year-old founder of
// Studiocomix Press" is a person the words describe (heldAt), not the
// press.
func speakerIn(p *para, from, to int) *mention {
	var first *mention
	ms := p.mentionsIn(from, to)
	for i, m := range ms {
		if m.t1 > to || m.poss || m.kind == byRelative {
			continue
		}
		if k := sourceOf(p, m.t0); k >= from {
			return first // '"...," said a person close to the Clintons': someone unnamed
		}
		person := m.kind == byName && m.person && !m.org
		if m.t0 == from && m.kind == byName {
			if n := personAfter(p, ms[i+1:], m.t1, to); n != nil {
				return n
			}
		}
		if d := describedBy(p, m, from); d != nil && d.t1 <= to && (m.t0 == from || person) {
			return d // "Democratic sources", "Clinton supporters"
		}
		if m.t0 == from || person {
			return m
		}
		if first == nil {
			if d := heldAt(p, m, from); d != nil && d.t0 == from {
				return d
			}
			first = m
		}
	}
	return first
}

// personAfter is the person ms opens with, named within tokens [from, to)
// when only words that describe them come before, one at least in lower
// case: "cartoonist" in "Cambridge cartoonist Andre Campbell".
func personAfter(p *para, ms []*mention, from, to int) *mention {
	if len(ms) == 0 {
		return nil
	}
	n := ms[0] // the next mention: no other may stand between
	if n.t1 <= to && n.t0 > from && n.kind == byName && n.person && !n.org && describes(p, from, n.t0) &&
		slices.ContainsFunc(p.toks[from:n.t0], func(t token) bool { return !t.isCap() }) {
		return n
	}
	return nil
}

// roleOf finds the word of a role held at what follows tokens [from,
// to), "the former sergeant-at-arms of", "the 39-year-old founder of": a
// determiner, a role's word, and a preposition last; -1 when there is none.
func roleOf(p *para, from, to int) int {
	if to-from > 3 && p.toks[to-1].low == "the" {
		to-- // "of the House of Commons"
	}
	if to-from < 3 || !p.toks[from].is(fDeterminer) && possessivePronouns[p.toks[from].low] == 0 {
		return -1 // "the founder of", "my contact at"
	}
	if !roleLinks[p.toks[to-1].low] {
		return -1
	}
	for i := from + 1; i < to-1; i++ {
		if t := p.toks[i]; t.is(fTitle) && !t.is(fAdverb) || personHead(t.low) || strings.Contains(t.low, "-at-") || i == to-2 && names.PersonNoun(t.low) {
			head := i
			for head+1 < to-1 && (p.toks[head+1].is(fTitle) || personHead(p.toks[head+1].low) || strings.Contains(p.toks[head+1].low, "-at-")) {
				head++ // "former sergeant-at-arms": the last of the role's words
			}
			return head
		}
	}
	return -1
}

// futureModals put a cue in the future or in doubt: what it introduces
// has not been said ("would" is left out: 'he would often say, "..."').
var futureModals = set(`will could might may shall should`)

func isDash(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] == '-':
		return s == "-" || s == "--"
	case s[0] != 0xE2: // the first byte of the dashes below
		return false
	}
	return s == "—" || s == "–" || s == "―"
}

// before reads an attribution that introduces the quote at token i from
// earlier in its sentence: 'Zelenskyy took to X and said, "..."',
// 'Putin ... noted that "..."', 'according to Trump, "..."', 'Trump: "..."'.
func before(p *para, i, start, gap int) *attribution {
	if i > start && p.toks[i-1].text == ":" {
		// "Pence: ..." and "Said Ellis: ..." speak; "told the BBC: ..." is
		// the listener.
		if m := p.mentionEndingAt(i - 1); m != nil && m.kind == byName {
			o := p.mentionEndingAt(m.t0) // "Canada's Foreign Minister Mélanie Joly: ...": her country before her post
			switch {
			case m.t0 == start || !p.toks[m.t0-1].isWord() || o != nil && o.poss && (o.t0 == start || !p.toks[o.t0-1].isWord()):
				return &attribution{m, ":", -1}
			case m.t0-1 == start && p.toks[start].is(fSpeech) && !telling(p.toks[start].low):
				return &attribution{m, p.toks[start].low, start}
			}
		}
	}
	for c := i - 1; c >= start && i-c <= gap; c-- {
		w := p.toks[c].lower()
		if w == "according" && c+1 < i && p.toks[c+1].lower() == "to" {
			if m := sourceAt(p, c+2, i); m != nil {
				return &attribution{m, "according to", c}
			}
		}
		if a := retortBefore(p, c, i, start); a != nil {
			return a
		}
		if !cueAt(p, c) || c > start && futureModals[p.toks[c-1].low] {
			continue // 'says Canada will respond "forcefully"': no speech yet, the fragment is the sayer's
		}
		inverted := p.mentionAt(c + 1)
		if inverted == nil || inverted.t1 >= i || !speechVerbs[w] || telling(w) || w == "put" { // "put it": its object
			inverted = nil
		}
		if inverted != nil && c > start && p.toks[c-1].text == "," && inverted.t1+1 == i && (p.toks[inverted.t1].text == "," || p.toks[inverted.t1].text == ":") {
			// '..., in which government and opposition MPs sit facing each
			// other, asks editor Jennifer Ditchburn, "...?"': a verb of
			// saying after a comma, the name after it set off before the
			// quote, speaks; no subject before the comma does
			return &attribution{inverted, w, c}
		}
		if m := cueSubject(p, p.toks[start:], start, c-start); m != nil {
			return &attribution{m, w, c}
		}
		if inverted != nil {
			return &attribution{inverted, w, c} // 'Said Comey, "..."', '"A," said Ms. Formas, her director, "B."'
		}
	}
	return nil
}
