package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// transcriptLabels are capitalised words that end in a colon at the start
// of a paragraph without naming a speaker.
var transcriptLabels = set(`update note editor's editors correction related watch read photos photo video
abstract full text letters source sources transcript advertisement caption breaking exclusive
clarification corrections updated disclosure`)

// transcriptSpeaker reads the speaker of a transcript paragraph, one that
// opens with a name in capitals and a colon ("PENCE: And that's why ..."),
// and returns the name's mention and where the words spoken begin.
func transcriptSpeaker(body string, p *para) (*mention, claims.Span) {
	text := p.text
	lead := 0
	if r, n := utf8.DecodeRuneInString(text); isDoubleMark(r) {
		lead = n // a stray opening mark before the name
	}
	name, words := labelOf(text[lead:])
	if name == "" {
		return nil, claims.Span{}
	}
	colon := lead + len(name)
	for _, r := range name {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return nil, claims.Span{} // only capitals name a transcript's speaker
		}
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || !personLabel(words) {
		return nil, claims.Span{}
	}
	start := p.Start + lead
	m := p.mention(mention{Span: claims.Span{Start: start, End: start + len(name)}, kind: byName, text: name,
		name: titleCase(name), person: true, p: p, t0: -1, t1: -1})
	s, e := trimSpan(body, p.Start+colon+1, p.End)
	return m, claims.Span{Start: s, End: e}
}

// speakerLabels are the words a transcript gives those it names by role.
var speakerLabels = set(`moderator host anchor interviewer audience announcer narrator reporter male female voice
unidentified unknown crosstalk question answer q a participant panelist member caller`)

// personLabel reports a transcript label that names someone: a surname
// ("PENCE"), a given name and more ("LESTER HOLT"), a title and a name
// ("SEN. SANDERS") or a role ("MODERATOR", "UNIDENTIFIED MALE"); not a
// section's heading in capitals ("KEEPING SCORE", "ENERGY", "JAPAN
// ECONOMY", "ANALYST'S TAKE", "ECB WATCH": a word of the dictionary in a
// label of several words, where a lone one may be a surname, "TRUMP").
func personLabel(words []string) bool {
	if labelRole(words) {
		return true
	}
	first := strings.ToLower(words[0])
	if len(words) > 1 && (givenGender(first) != 0 || titles[first] || titles[first+"."]) {
		return true
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if b, _ := cutPossessive(lw); isCommonWord(b) || names.IsPlace(b) || monthWords[b] || adjectival(b) ||
			len(words) > 1 && names.IsWord(b) && givenGender(b) == 0 {
			return false
		}
	}
	return true
}

// labelRole reports a label of speakerLabels' words alone: a role
// ("MODERATOR", "UNIDENTIFIED MALE"), no one's name.
func labelRole(words []string) bool {
	for _, w := range words {
		if !labelWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// labelWord reports a word of speakerLabels, its stops trimmed: "Q.",
// "MODERATOR".
func labelWord(w string) bool { return lowerIn(speakerLabels, strings.Trim(w, ".,")) }

// unnamedLabel reports a transcript label of a role alone, other than the
// answer's: whoever asks or hosts ("REPORTER:", "QUESTION:", "MODERATOR:",
// the Q of "Q:" read as a name where it opens prose) or someone the
// transcript does not name ("UNIDENTIFIED MALE:", "ANNOUNCER:"). The label
// is no speaker's name, and the lines are no claims the site can follow.
func unnamedLabel(name string) bool {
	n := 0
	for w := range strings.FieldsSeq(name) { // asked of every entity
		w = strings.Trim(w, ".,")
		if strings.EqualFold(w, "a") || strings.EqualFold(w, "answer") || !labelWord(w) {
			return false
		}
		n++
	}
	return n > 0
}

// interview reads a question-and-answer interview: paragraphs that open
// with "A:" are the answers of the person the title names, or failing that
// the first person the article names, by full name if it gives one. Each answer is that person's direct
// quote, and the "I" who speaks in it is that person, for the statements
// the answer reports ("A: I think Dodd-Frank went a long way"). An answer
// may open with the name of someone the article names instead ("Hart:"
// after "Imogen Hart spoke to us"), whose answer it is. Without "Q:" and
// answers, or anyone named, the article is read as it stands; the
// questions are read as any paragraph is. A paragraph that asks a question
// right before one a name labels is a question as "Q:" is: many newsrooms
// set their questions in bold rather than label them.
func (d *doc) interview() {
	var answers, labelled []*para
	questions := false
	for i, p := range d.paras {
		switch {
		case strings.HasPrefix(p.text, "Q: "):
			questions = true
		case strings.HasPrefix(p.text, "A: "):
			answers = append(answers, p)
		case p.speaker == nil && nameLabel(p.text) != "":
			labelled = append(labelled, p)
			questions = questions || i > 0 && strings.HasSuffix(d.paras[i-1].text, "?") // a question that carries no "Q:"
		}
	}
	if !questions {
		d.unlabelled()
		return
	}
	inLabelled := make(map[*para]bool, len(labelled))
	for _, p := range labelled {
		inLabelled[p] = true
	}
	named := map[string]*mention{} // by label: an interview repeats its few labels many times
	for _, p := range labelled {
		label := nameLabel(p.text)
		m, ok := named[label]
		if !ok {
			m = d.namedAs(label, inLabelled)
			named[label] = m
		}
		if m != nil {
			p.answer, p.speaker = true, m
			p.spoken.Start, p.spoken.End = trimSpan(d.body, p.Start+len(label)+1, p.End)
		}
	}
	if len(answers) == 0 {
		return
	}
	full := func(m *mention) bool { return m.person && strings.Contains(m.name, " ") }
	for _, m := range d.ms {
		if m.kind == byName && !m.org && !m.poss && len(m.name) > 1 && // not the "Q" of "Q:"
			(d.interviewee == nil || m.p.headline && !d.interviewee.p.headline ||
				m.p.headline == d.interviewee.p.headline && full(m) && !full(d.interviewee)) {
			d.interviewee = m // in the title if any, a person's full name if any: not "Marine" of "Marine biologist Leah Crowe"
		}
	}
	if d.interviewee == nil {
		return
	}
	for _, p := range answers {
		p.answer = true
		p.speaker = d.interviewee
		p.spoken.Start, p.spoken.End = trimSpan(d.body, p.Start+len("A:"), p.End)
	}
}

// unlabelled reads an interview whose questions carry no "Q:" and whose
// answers no "A:" nor name: questions set as paragraphs of their own, in
// bold on the page, each followed by the answer ("What is your first
// priority?" then "Safety. People will not ride a train they are afraid
// of."). The answers are the direct quotes of the person the introduction
// names in full, when it says it is an interview ("She spoke with the
// Herald", "This interview has been edited"); two questions at least,
// each answered, lest a feature's rhetorical questions make its own words
// someone's.
func (d *doc) unlabelled() {
	first := slices.IndexFunc(d.paras, bareQuestion)
	if first < 1 {
		return
	}
	var answers []*para
	asked, said := 0, false
	for _, p := range d.paras[first:] {
		switch {
		case bareQuestion(p):
			if !said && asked > 0 {
				return // a question no answer follows
			}
			asked, said = asked+1, false
		case editedNote(p.text):
		default:
			answers, said = append(answers, p), true
		}
	}
	if asked < 2 || !said {
		return
	}
	intro := d.paras[:first]
	if !slices.ContainsFunc(d.paras, func(p *para) bool { return editedNote(p.text) }) &&
		!slices.ContainsFunc(intro, func(p *para) bool { return interviewIntro(p.text) }) {
		return
	}
	var who *mention
	for _, p := range intro {
		for _, m := range p.ms {
			if who == nil && m.kind == byName && m.person && !m.org && !m.poss && strings.Contains(m.name, " ") {
				who = m
			}
		}
	}
	if who == nil {
		return
	}
	d.interviewee = who
	for _, p := range answers {
		p.answer, p.speaker = true, who
		p.spoken.Start, p.spoken.End = trimSpan(d.body, p.Start, p.End)
	}
}

// bareQuestion reports a paragraph that is a short question and nothing
// else, as an interview sets its questions.
func bareQuestion(p *para) bool {
	return !p.headline && p.speaker == nil && len(p.quotes) == 0 && len(p.sents) <= 2 && len(p.toks) <= 40 &&
		strings.HasSuffix(strings.TrimSpace(p.text), "?")
}

// editedNote reports the note that closes or opens an interview: "This
// interview has been edited and condensed."
func editedNote(text string) bool {
	return len(text) < 160 && strings.Contains(text, "edited") && (strings.Contains(text, "interview") || strings.Contains(text, "conversation"))
}

// interviewIntro reports an introduction that says an interview follows:
// "She spoke with the Herald about ...", "sat down with".
func interviewIntro(text string) bool {
	for _, w := range []string{"spoke with ", "spoke to ", "talked with ", "talked to ", "sat down with ", "in an interview"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// firstPerson reports the pronouns by which a speaker names themselves.
func firstPerson(w string) bool { return w == "I" || w == "i" || w == "we" || w == "We" }

// titleCase writes a name given in capitals the usual way: PENCE is Pence.
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r) && r != '\'' && r != '’'
	}
	return b.String()
}

// transcriptClaim is the claim of a transcript paragraph, all its words
// after the speaker's name, or of a post, its words before its author's:
// a direct quote.
func (d *doc) transcriptClaim(at sentRef) (claims.Quote, bool) {
	p := d.paras[at.p]
	s, e := p.spoken.Start, p.spoken.End
	for e > s {
		r, n := utf8.DecodeLastRuneInString(d.body[s:e])
		if !isDoubleMark(r) && !isBlank(r) {
			break
		}
		e -= n // a stray closing mark
	}
	if s >= e {
		return claims.Quote{}, false
	}
	text := d.body[s:e]
	cue := ":"
	if p.speaker.Start > s {
		cue = "—" // a post, signed after its words
	}
	r := d.resolve(p.speaker, at)
	return claims.Quote{Text: text, Span: claims.Span{Start: s, End: e}, Kind: claims.Direct, Cue: cue,
		Paragraph: p.Span, Speaker: mentionOf(&r), Prediction: isPrediction(text, cue), Confidence: 1}, true
}

// blockQuote reads a paragraph that a speech cue and a colon at the end of
// the paragraph before introduce ('The governor added:' then the words,
// set as a block quotation, their marks lost with the page's layout) as
// that speaker's quotation.
func (d *doc) blockQuote(pi int) (claims.Quote, bool) {
	p := d.paras[pi]
	if p.headline || p.speaker != nil || len(p.quotes) > 0 || len(p.sents) == 0 || len(p.toks) < minReportedWords {
		return claims.Quote{}, false
	}
	prev, ok := d.prevSentence(sentRef{pi, 0})
	if !ok || prev.p == pi {
		return claims.Quote{}, false
	}
	pp := d.paras[prev.p]
	ps := pp.sents[prev.s]
	if pp.headline || pp.toks[ps.End-1].text != ":" {
		return claims.Quote{}, false
	}
	a := before(pp, ps.End, ps.Start, maxCueGap)
	if a == nil || !speechVerbs[a.cue] {
		return claims.Quote{}, false // "the Times gave Clinton a glowing endorsement:"
	}
	s, e := trimSpan(d.body, p.Start, p.End)
	text := d.body[s:e]
	r := d.resolve(a.m, prev)
	return claims.Quote{Text: text, Span: claims.Span{Start: s, End: e}, Kind: claims.Direct, Cue: a.cue,
		CueSpan: a.span(pp), Paragraph: p.Span, Speaker: mentionOf(&r),
		Prediction: isPrediction(text, a.cue), Confidence: confidence(a.cue, false, true)}, true
}

// labelOf is the label of three words at most that opens text with a
// colon and a space ("PENCE: ...", "Hart: ..."), and its words; "" for none
// or for a label that names no speaker ("UPDATE:", "Note:").
func labelOf(text string) (string, []string) {
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || colon > 40 || colon+1 >= len(text) || text[colon+1] != ' ' {
		return "", nil
	}
	words := strings.Fields(text[:colon])
	if len(words) == 0 || len(words) > 3 || transcriptLabels[strings.ToLower(words[0])] {
		return "", nil
	}
	return text[:colon], words
}

// nameLabel is the name in title case, of three words at most, that opens
// a paragraph with a colon ("Hart: Never."), or "": not the one letter of
// "Q:" or "A:".
func nameLabel(text string) string {
	label, words := labelOf(text)
	if len(label) < 2 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' }) >= 0 {
			return ""
		}
	}
	return label
}

// namedAs is the mention that names a person in full as label does, or
// by the surname label is, outside the paragraphs the label opens: the
// longest such name.
func (d *doc) namedAs(label string, labelled map[*para]bool) *mention {
	var best *mention
	for _, m := range d.ms {
		if m.kind != byName || m.org || m.poss || labelled[m.p] || m.name != label && !strings.HasSuffix(m.name, " "+label) {
			continue
		}
		if best == nil || len(m.name) > len(best.name) {
			best = m
		}
	}
	return best
}
