package extract

import (
	"strings"
	"unicode/utf8"

	"claimtrack/internal/claims"
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
	for _, m := range p.ms {
		if m.t0 == i {
			return m
		}
	}
	return nil
}

// mentionEndingAt returns the mention that ends just before token i of p.
func (p *para) mentionEndingAt(i int) *mention {
	for _, m := range p.ms {
		if m.t1 == i {
			return m
		}
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
	w := p.toks[j].lower()
	if isCue(w) && !ambiguousCues[w] {
		if m := speakerIn(p, j+1, min(end, j+8)); m != nil {
			return &attribution{m, w, j}
		}
		return nil
	}
	if w == "according" && j+1 < end && p.toks[j+1].lower() == "to" {
		if m := sourceAt(p, j+2, end); m != nil {
			return &attribution{m, "according to", j}
		}
		return nil
	}
	named := p.mentionAt(j) != nil // the speaker right after the quote: appositions may hold "and"
	for c := j + 1; c < end && c < j+afterWindow; c++ {
		t := p.toks[c]
		if t.q != nil || t.text == ";" || clauseWords[t.lower()] && !named {
			break // the reporter's sentence goes on: '"robust steps" in response, and he urged'
		}
		if cueAt(p, c) {
			if m := speakerIn(p, j, c); m != nil && (describes(p, j, m.t0) || p.toks[m.t0-1].text == ",") {
				return &attribution{m, t.lower(), c}
			}
			k := c
			for k > j && adverbs[p.toks[k-1].lower()] {
				k--
			}
			if m := nounPhraseBefore(p, k, j); m != nil && m.t0 == j {
				return &attribution{m, t.lower(), c} // '"...," my father often said'
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

// lastWords reads a sentence that ends, after a quote that ends in a comma
// or a question mark, with its speaker and one verb the cue list does not
// hold: '"...," Hannity started.', '"...," he mocks.', '"...," an angry
// Hollande retaliated.' Nothing else in the sentence can be the quote's.
func lastWords(p *para, i, j, end int) *attribution {
	if !strings.ContainsAny(lastRune(p.text[p.toks[i].q.Start-p.Start:p.toks[i].q.End-p.Start]), ",?!") && p.toks[i+1].text != "," {
		return nil
	}
	v := end - 1
	for v > j && !p.toks[v].isWord() && p.toks[v].q == nil {
		v-- // the full stop
	}
	if v <= j || !p.toks[v].isWord() || p.toks[v].isCap() || p.toks[v].is(fPreposition|fDeterminer|fNotNoun|fPronoun) {
		return nil
	}
	np := nounPhraseBefore(p, v, j)
	if np == nil || np.t0 != j || np.t1-np.t0 > 4 {
		if m := p.mentionEndingAt(v); m != nil && m.t0 == j && !m.poss {
			return &attribution{m, p.toks[v].low, v}
		}
		return nil
	}
	if m := p.mentionEndingAt(v); m != nil && !m.poss {
		return &attribution{m, p.toks[v].low, v} // "an angry Hollande": the name
	}
	return &attribution{np, p.toks[v].low, v}
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

// describes reports whether tokens [from, to) can only describe the speaker
// named after them: "retired Air Force general", not "against what".
func describes(p *para, from, to int) bool {
	for i := from; i < to; i++ {
		if !nounish(p.toks[i]) && !p.toks[i].isCap() {
			return false
		}
	}
	return true
}

// speakerIn picks the speaker among the mentions in tokens [from, to): one
// that opens the stretch ("a spokesman for the mayor"), or else the first
// person named in it ("retired Air Force general Lloyd Newton").
func speakerIn(p *para, from, to int) *mention {
	var first *mention
	for _, m := range p.ms {
		if m.t0 < from || m.t1 > to || m.poss || m.kind == byRelative {
			continue
		}
		if m.t0 == from || m.kind == byName && m.person && !m.org {
			return m
		}
		if first == nil {
			first = m
		}
	}
	return first
}

// labelled reads a quote that gives someone's label for a thing: "Reid has
// been pounding Trump as a 'con artist'", "hailed Trump as 'The Comeback
// Kid'". Whatever the verb, the words are the label of the clause's
// subject.
func labelled(p *para, ti, start int) *attribution {
	as := ti - 1
	if as > start && p.toks[as].text == "," {
		as-- // "characterized Kaine as, 'a little desperate'"
	}
	if as > start && p.toks[as].is(fDeterminer) {
		as--
	}
	if as > start && p.toks[as].lower() == "and" && p.toks[as-1].q != nil && p.toks[as-1].q.speaker != nil {
		// 'as a "human leech" and a "spoiled brat"': the label goes on
		q := p.toks[as-1].q
		return &attribution{q.speaker.m, q.cue, as - 1}
	}
	if as <= start || p.toks[as].lower() != "as" {
		return nil
	}
	clause := start
	for j := as - 1; j > start; j-- {
		if p.toks[j].text == "," {
			if o := commaBefore(p, j, start); o > 0 {
				j = o // "characterized Sen. Tim Kaine, D-Va., as": the aside is no clause
				continue
			}
		}
		if w := p.toks[j].lower(); p.toks[j].text == ";" || p.toks[j].text == "," || w == "but" || w == "and" ||
			p.toks[j].is(fSubordinator) && !p.toks[j].is(fPreposition) { // "gone after Trump as" is no new clause
			clause = j + 1
			break
		}
	}
	for _, m := range p.ms {
		if m.t0 >= clause && m.t1 < as && !afterPreposition(p, m) && !m.poss && m.kind != byRelative {
			if m.t1 < len(p.toks) && p.toks[m.t1].isWord() && !p.toks[m.t1].isCap() {
				return &attribution{m, "as", as} // the subject, with its verb after it
			}
			return nil
		}
	}
	return nil
}

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
			switch {
			case m.t0 == start || !p.toks[m.t0-1].isWord():
				return &attribution{m, ":", -1}
			case m.t0-1 == start && speechVerbs[p.toks[start].low] && !telling(p.toks[start].low):
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
		if !cueAt(p, c) {
			continue
		}
		if m := subject(p, c, start); m != nil {
			return &attribution{m, w, c}
		}
		if m := p.mentionAt(c + 1); m != nil && m.t1 < i && speechVerbs[w] && !telling(w) {
			return &attribution{m, w, c} // 'Said Comey, "..."', '"A," said Ms. Formas, her director, "B."'
		}
	}
	return nil
}

// subject finds who does the speaking of the cue at token c: the mention
// just before it ("the Kremlin chief saying"), or else the first mention of
// its clause, or of its sentence, that does not follow a preposition
// ("Pope Leo XIV took to X and said").
func subject(p *para, c, start int) *mention {
	k := c
	for k > start {
		switch {
		case k-2 >= start && p.toks[k-2].is(fPreposition) && (p.toks[k-1].is(fTime) || isYear(p.toks[k-1].text)):
			k -= 2 // "Sanders on Tuesday said", "who in 2010 said"
		case k-2 >= start && strings.HasSuffix(p.toks[k-1].low, "ly") && !p.toks[k-1].is(fNominalHead) &&
			(auxiliaries[p.toks[k-2].low] || p.toks[k-2].low == "who" || p.toks[k-2].low == "which" || p.mentionEndingAt(k-1) != nil):
			k-- // "has strongly denied", "who publicly said", "they actually believe"
		case k-1 > start && auxiliaries[p.toks[k-1].low] && !p.toks[k-1].is(fBe) && p.mentionEndingAt(k) == nil:
			k-- // "which has strongly denied", "voters should know"
		case p.toks[k-1].is(fAdverb) && !p.toks[k-1].isCap(): // not "May" in "Mrs May said"
			k--
		case (p.toks[k-1].low == "there" || p.toks[k-1].low == "here") && k-2 >= start && documents[p.toks[k-2].low]:
			k-- // "Polls there show"
		case p.toks[k-1].is(fBe) && strings.HasSuffix(p.toks[c].lower(), "ing"):
			k-- // "The city is demanding"
		case p.toks[k-1].text == "," && commaBefore(p, k-1, start) > 0:
			k = commaBefore(p, k-1, start) // "Clinton, at Monday's debate, cited"
		case p.toks[k-1].text == ")" && parenOpen(p, k-1, start) > 0:
			k = parenOpen(p, k-1, start) // "Gov. John Kasich (R-OH) said"
		default:
			goto found
		}
	}
found:
	if m := p.mentionEndingAt(k); m != nil && !m.poss {
		m = fromPlace(p, m) // "Ann Lee, of Silver Spring, Md., who watched it, said"
		if m.kind == byNominal && documents[m.head] && issued(p, m, start) {
			if s := subject(p, m.t0-1, start); s != nil {
				return s // "Black Lives Matter issued a statement saying"
			}
		}
		if g := groupOf(p, m); g != nil {
			return g // "Aides to Mr Trump said": the aides, not Trump
		}
		return m // even after a preposition: "with the Kremlin chief saying"
	}
	if m := nounPhraseBefore(p, k, start); m != nil {
		return m // "elected officials from both parties say", "one study found"
	}
	clause := start
	for j := c - 1; j > start; j-- {
		w := p.toks[j].lower()
		if p.toks[j].is(fSubordinator) || w == "but" || p.toks[j].text == ";" {
			clause = j + 1
			break
		}
	}
	if m := openingMention(p, clause, c); m != nil {
		return m
	}
	return openingMention(p, start, c)
}

// openingMention is the first mention in tokens [from, to) that may be the
// subject of a clause opening at from: not a possessive, and not one after a
// preposition or a relative pronoun unless it opens the clause ("after she
// blamed", ", which has denied").
func openingMention(p *para, from, to int) *mention {
	for _, m := range p.ms {
		if m.t0 >= from && m.t1 <= to && (m.t0 == from || !afterPreposition(p, m) && m.kind != byRelative) && !m.poss {
			return m
		}
	}
	return nil
}

// groupOf reads the people a name is linked to by a preposition, when they
// speak rather than the name: "aides to Mr Trump", "allies of the
// president", "an official at the State Department". A spokesperson speaks
// for the one named ("a spokesman for the Kremlin" is the Kremlin's word).
func groupOf(p *para, m *mention) *mention {
	link := m.t0 - 1
	if link > 0 && p.toks[link].low == "the" {
		link-- // "an official at the State Department"
	}
	if link < 1 || !groupLinks[p.toks[link].low] {
		return nil
	}
	for _, n := range p.ms {
		if n.t1 == link && n.kind == byNominal && !strings.HasPrefix(n.head, "spokes") {
			g := *n
			g.t1, g.End = m.t1, m.End
			g.text = p.text[g.Start-p.Start : g.End-p.Start]
			g.role = g.text
			if p.toks[g.t0].is(fDeterminer) {
				g.role = p.text[p.toks[g.t0+1].Start-p.Start : g.End-p.Start]
			}
			g.org = false
			return &g
		}
	}
	return nil
}

// groupLinks join a group of people to whom they belong.
var groupLinks = set(`to of at for from with in`)

// commaBefore finds the comma that opens the aside closed by the comma at
// token c, or 0: "Clinton, at Monday's debate, cited". An aside holds no
// verb and a dozen words at most, unless a relative pronoun or a participle
// opens it: "Christie, who has campaigned heavily for Trump since he
// suspended his own campaign in February, blasted"; "Trump, appearing
// after Clinton at the forum, cited".
func commaBefore(p *para, c, start int) int {
	verb, relative := false, false
	for j := c - 1; j > start && j >= c-25; j-- {
		switch t := p.toks[j]; {
		case t.text == ",":
			m := p.mentionEndingAt(j)
			if m != nil && m.kind == byName && afterPreposition(p, m) && p.toks[j+1].isCap() && j+2 == c {
				continue // "Wilson, of Springfield, Va., said": a place and its state
			}
			if j > start && m != nil && (!verb && j >= c-12 || relative || clauseAside(p.toks[j+1])) {
				return j
			}
			return 0
		case t.q != nil || t.text == ";":
			return 0
		case t.low == "who" || t.low == "which":
			relative = true // "Mr. Guerrero, a Republican who described himself as a Catholic, said"
		case isCue(t.lower()):
			verb = true
		}
	}
	return 0
}

// parenOpen finds the opening bracket of a short parenthesis that the
// bracket at token c closes, or 0: "(R-OH)", "(D-N.Y.)".
func parenOpen(p *para, c, start int) int {
	for j := c - 1; j > start && j >= c-6; j-- {
		if p.toks[j].text == "(" {
			return j
		}
	}
	return 0
}

// issued reports a document mention that is the object of a verb of
// putting out, whose subject is its author: "issued a statement", "put out
// a report".
func issued(p *para, m *mention, start int) bool {
	return m.t0-1 > start && issuing[p.toks[m.t0-1].low]
}

var issuing = set(`issued issues issue released releases release published publishes posted posts sent
sends filed files wrote writes signed signs out`)

// clauseAside reports a word that opens an aside with a verb of its own:
// "who", "which", a participle.
func clauseAside(t token) bool {
	return t.low == "who" || t.low == "which" || !t.isCap() && strings.HasSuffix(t.low, "ing")
}

func afterPreposition(p *para, m *mention) bool {
	return m.t0 > 0 && prepositions[p.toks[m.t0-1].lower()]
}
