package extract

import (
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// colonHeadline reads a title in the wire services' form "Speaker: what
// they said" ("Lynch: No outside influence on FBI probe", "Clinton to
// Planned Parenthood: Trump will reverse Roe v. Wade"), or the other way
// round ("Will not allow any injustice to farmers: PM Modi"): the words on
// the colon's other side are the speaker's, in the editor's words, so the
// claim is indirect.
// The speaker must be someone the body names too, or a poll or report:
// "The Latest:", "Breitbart News Daily:" and "Stealth Over Health:" label a
// story rather than credit anyone.
func (d *doc) colonHeadline(at sentRef) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	if at.s != 0 {
		return claims.Quote{}, false // the colon must follow the title's first words, past a label ("EXCLUSIVE –")
	}
	toks := p.toks[s.Start:s.End]
	colon := -1
	for i, t := range toks {
		if t.q != nil {
			return claims.Quote{}, false // a quoted title is the quote's claim
		}
		if t.text == ":" {
			colon = i
			break
		}
	}
	if colon < 1 {
		return claims.Quote{}, false
	}
	end := wordsEnd(toks, colon+1)
	if m := p.mentionAt(s.Start + colon + 1); m != nil && colon >= 3 && !m.poss && creditable(d, m) &&
		(m.t1 == s.Start+end || m.t1+1 < s.Start+end && p.toks[m.t1].low == "on") {
		// "Will not allow any injustice to farmers: PM Modi", "... : Modi on trade talks"
		return d.headlineClaim(at, toks, statement{parts: [][2]int{{0, colon}}, m: m, cue: ":", at: colon})
	}
	if colon > 8 {
		return claims.Quote{}, false
	}
	m := p.mentionAt(s.Start)
	if m == nil || m.poss || m.t0 != s.Start || !creditable(d, m) {
		return claims.Quote{}, false
	}
	if k := m.t1 - s.Start; k < colon && !(k+1 < colon && (toks[k].low == "to" || toks[k].low == "at" || toks[k].low == "on")) {
		return claims.Quote{}, false // "Clinton Wades In:": no speaker's name alone before the colon
	}
	if end == colon+1 {
		return claims.Quote{}, false // "A0:": nothing after the colon
	}
	if end == colon+2 && toks[colon+1].q != nil {
		return claims.Quote{}, false // "Kasich: 'We Are Going To Go All The Way'": the quote's own claim
	}
	return d.headlineClaim(at, toks, statement{parts: [][2]int{{colon + 1, end}}, m: m, cue: ":", at: colon})
}

// headlineClaim is the claim a title credits to a speaker.
func (d *doc) headlineClaim(at sentRef, toks []token, st statement) (claims.Quote, bool) {
	st.conf = headlineConfidence
	q, ok := d.statementClaim(at, toks, st)
	q.Headline = true
	q.Prediction = isPrediction(q.Text, st.cue) || headlineFuture(toks[st.parts[0][0]:st.parts[0][1]])
	return q, ok
}

// headlineFuture reports a title's future: a subject and "to" with a
// verb, as titles write "will" ("Monsoon to hit Kerala by June 1", "Rubio
// To Stay In Race"); not "to Paris", whose word is no common one.
func headlineFuture(toks []token) bool {
	for i := 1; i+1 < len(toks) && i <= 5; i++ {
		if toks[i].low == "to" {
			next := toks[i+1]
			return next.isWord() && isCommonWord(next.low) && !next.is(fDeterminer|fPreposition|fPronoun) && !isNumber(next.text)
		}
	}
	return false
}

// saysHeadline reads a title that names its speaker after the claim:
// "Monsoon to hit Kerala by June 1, says IMD", "Clinton Hid Health
// Problems, Former White House Doctor Says". As for colonHeadline, the
// speaker must be one the body names too, or a poll or report.
func (d *doc) saysHeadline(at sentRef) (claims.Quote, bool) {
	p := d.paras[at.p]
	s := p.sents[at.s]
	toks := p.toks[s.Start:s.End]
	end := wordsEnd(toks, 0)
	comma := -1
	for i := end - 1; i > 0 && i >= end-10; i-- {
		if toks[i].text == "," {
			comma = i
			break
		}
	}
	if comma < 3 || comma+2 >= end {
		return claims.Quote{}, false
	}
	var m *mention
	cue := comma + 1
	switch {
	case toks[cue].is(fSpeech): // ", says IMD"
		m = p.mentionAt(s.Start + cue + 1)
	default: // ", Former White House Doctor Says"
		cue = end - 1
		m = p.mentionAt(s.Start + comma + 1)
		if m != nil && m.t1 != s.Start+cue {
			m = nil
		}
	}
	found := m != nil && m.kind == byNominal && documents[m.head] && findingVerbs[toks[cue].low] // "..., study finds"
	if m == nil || m.poss || !toks[cue].is(fSpeech) && !found || cue == comma+1 && m.t1 != s.Start+end || !creditable(d, m) {
		return claims.Quote{}, false
	}
	if comma == 1 && toks[0].q != nil || comma == 2 && toks[1].q != nil && toks[0].q == nil && !toks[0].isWord() {
		return claims.Quote{}, false // "'We will win,' says Zelenskyy": the quote's own claim
	}
	return d.headlineClaim(at, toks, statement{parts: [][2]int{{0, comma}}, m: m, cue: toks[cue].low, at: cue})
}

// findingVerbs are how a title credits a study or poll with its finding:
// "Coffee drinkers live longer, study finds".
var findingVerbs = set(`finds found shows showed reveals revealed`)

// headlineConfidence is how sure a title that credits a speaker ("Speaker:
// claim", "claim, says Speaker") gives that speaker's claim.
const headlineConfidence = 0.8

// creditable reports a mention that may be credited with a title's claim:
// a person or group the body names as well, or a poll or report.
func creditable(d *doc, m *mention) bool {
	if m.kind == byNominal {
		return documents[m.head] && !(m.t1-m.t0 == 1 && storyGenres[m.head]) // "Poll:", "CBO report:"; not "Analysis:"
	}
	if m.kind != byName || m.ent == nil || !m.ent.kind.speaks() || m.ent.kind == kindUnknown {
		return false // "Hurricane Milton: Tampa braces as residents flee": no one the lists or the body show to be someone who speaks
	}
	for _, n := range d.ms {
		if n.ent == m.ent && !n.p.headline {
			return true
		}
	}
	return false
}

// storyGenres are the words a title opens with to say what kind of story
// it is ("Analysis: Why the green wall may crack"): the newsroom's own
// words, no document's.
var storyGenres = set(`analysis review commentary editorial explainer opinion perspective column letter letters`)

// titleClaims appends what a sentence of the title attributes to someone,
// and nothing else of it, to out.
func (d *doc) titleClaims(at sentRef, quoted, out []claims.Quote) []claims.Quote {
	c, ok := d.colonHeadline(at)
	if ok {
		return append(out, c) // the quotes in it are part of it
	}
	// "Bill Clinton: Hillary 'Better Qualified ...'": too few words lie
	// outside the quote for a claim of their own, but the quote is the
	// speaker's
	for i := range quoted {
		if quoted[i].Speaker.Text == "" && c.Speaker.Text != "" && c.Span.Start <= quoted[i].Span.Start {
			quoted[i].Speaker, quoted[i].Cue, quoted[i].CueSpan = c.Speaker, c.Cue, c.CueSpan
			quoted[i].Confidence = confidence(c.Cue, true, true)
		}
	}
	if c, ok := d.saysHeadline(at); ok {
		return append(out, c)
	}
	for _, c := range quoted {
		if c.Kind != claims.Indirect && c.Speaker.Name != "" {
			c.Headline = true
			out = append(out, c)
		}
	}
	return out
}

// headlineVerbs end a name in a title-case headline: "Christie Calls ...".
var headlineVerbs = set(`says said calls called warns warned claims tells told urges urged slams slammed
blasts blasted vows vowed denies denied admits admitted insists praises praised accuses accused defends
rips knocks hits reveals explains announces predicts promises pledges endorses endorsed backs rejects`)

// titledRole reports a name in a title that ends in a noun for a person
// and holds no given name: a role written in title case, not anyone's name
// ("Former White House Doctor Says", "Ex-Campaign Aide Claims").
func titledRole(m *mention) bool {
	if m.t1-m.t0 < 2 || m.t0 < 0 {
		return false
	}
	toks := m.p.toks
	last := toks[m.t1-1].low
	if !names.PersonNoun(last) || names.Gender(last) != 0 {
		return false
	}
	for i := m.t0; i < m.t1; i++ {
		if g := given(toks, i); g == 'm' || g == 'f' {
			return false
		}
	}
	return true
}

// inTitle finds the entity of the body a title's name mention names, and
// the words that name it: the whole name, or else its longest run of words
// that names one ("Elizabeth Warren" of "Elizabeth Warren Hammers Wells
// Fargo CEO").
func (c *cast) inTitle(m *mention) (*entity, string) {
	words := strings.Fields(m.name)
	var one *entity // a word of no person's name, taken only if no person's is there
	oneName := ""
	for n := len(words); n > 0; n-- {
		for i := len(words) - n; i >= 0; i-- { // the last words first: a surname before a given name
			name := strings.Join(words[i:i+n], " ")
			var e *entity
			if n > 1 {
				e = c.findFull(name)
				if e != nil && e.key != c.key(name) && headlineWords(name) {
					e = nil // "Move Against Bernie Sanders" ends as his name does, but is not his name
				}
			} else {
				e = c.findShort(name, m.Start, m.gender, 0)
				if e != nil && !e.titleOnly && !e.person && one == nil {
					one, oneName = e, name // "Trump Addresses Munich Attack": Trump, not the city
					continue
				}
			}
			if e != nil && !e.titleOnly {
				return e, name
			}
		}
	}
	return one, oneName
}

// headlineWords reports a title's run of capitalised words that holds an
// ordinary word ("Obama Sees", "Derelict Obama"): in title case, no name
// by itself.
func headlineWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if (names.IsWord(lw) || isCommonWord(lw)) && givenGender(lw) == 0 {
			return true
		}
	}
	return false
}
