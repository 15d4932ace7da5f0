// Package extract finds the quotes and reported claims in a news article and
// names who made them.
//
// It reads an article in four stages, each handing the next a type of its
// own:
//
//  1. Text (readText: paragraph.go, quote.go, token.go, wordflag.go,
//     sentence.go; scratch.go keeps its memory for the next article): the
//     body as paragraphs ([]*para), site furniture and photo captions set aside;
//     quotation marks paired within each paragraph by the spacing around
//     them rather than their glyph, a quote left open running on into the
//     next paragraph; the reporter's words and each quote as tokens
//     ([]token, their word lists looked up once) and sentences.
//
//  2. Entities (findEntities: mention.go, name.go, capitals.go, role.go, nominal.go,
//     cast.go, alias.go, lookup.go, gender.go, entity.go, place.go, coref.go, salience.go, antecedent.go,
//     description.go, issuer.go, lede.go, transcript.go, post.go): the possible speakers
//     each paragraph names (mention): names with their roles split off
//     ("Union commerce minister Piyush Goyal", "Carsten Brzeski, chief
//     economist at ING"), role nouns ("the Kremlin chief"), pronouns, a
//     transcript's labels; then the article's cast, one entity per person
//     or body however named, acronyms joined to what they stand for, a
//     title's words to the body's names. Each entity is typed (person,
//     organisation, group, place, date, ordinary words) and gendered from
//     evidence that holds for any newsroom (package names: given names,
//     places, dictionary words; titles, organisations' words, how the
//     article writes the name), so that only people, organisations and
//     groups speak. Pronouns and definite descriptions ("the utility",
//     "the lanky professor") are resolved when an attribution asks, to the
//     most salient entity of the sentences before that they can stand for.
//
//  3. Attributions (attribute: attribution.go, quoteclaim.go, splitquote.go, subject.go, group.go,
//     cuesubject.go, label.go, reported.go, statement.go, weigh.go,
//     topic.go, poll.go, headline.go and the clause readers): each quote tied to its speaker by the cue
//     beside it ('"...," he added', 'X took to X and said, "..."'), a colon,
//     the quote it continues or the person the sentence before is about;
//     each sentence read for reported speech ("X said (that) ...",
//     "according to X, ...", stances, topics), every statement weighed by
//     the statement model, trained on annotated news, which drops the
//     unlikely and gives the rest their confidence. A title yields only
//     what it credits to someone.
//
//  4. Claims (finish: act.go, clausetext.go, kind.go, prediction.go): each
//     claim with its kind (direct, fragment, indirect), whether it predicts
//     or promises, the act it reports (said, found, or a state of mind or
//     stance, which the site does not list), and whether it lies inside a
//     longer claim of its speaker, in order of position.
package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// doc is one article body under extraction.
type doc struct {
	body    string
	folded  string // body with its ASCII capitals in lower case, for word look-ups
	paras   []*para
	ms      []*mention // every mention, in order
	cast    cast
	record  recorder  // when training: every reported statement, unweighed
	salient []salient // coreference's stack of candidates (mentioned)

	surnameSet map[string]bool      // the article's surnames that are words too, and names' opening pairs (surnames)
	bodies     map[string]*entity   // organisations named by a nominal, by name (namedBody)
	nobodies   map[*token]*entity   // people introduced without a name, by their noun (unnamed)
	groups     map[*mention]*entity // groups named by a plural noun phrase (described)
	referred   map[*mention]*entity // organisations definite descriptions refer back to (bodyFor)
	setOff     map[*entity][]string // the nouns each organisation is set off by after its name (setOffAs)

	interviewee *mention // who answers, in a question-and-answer interview
	author      *entity  // who wrote the article, by its byline: the narrative's "I"
}

// recorder is told of each reported statement the rules find, with the
// claim it makes, before the statement model weighs it.
type recorder func(toks []token, base int, st statement, q claims.Quote)

// Extract returns the claims in an article body, in order of position.
func Extract(body string) []claims.Quote {
	return extract(body, 0, nil)
}

// ExtractArticle returns the claims of an article's title and body. The
// body's claims have spans into the body. The title's claims are the quotes
// it attributes to someone ('Flynn says Trump 'absolutely right”) and what
// a title of the form "Speaker: claim" or "claim, says Speaker" credits to
// someone the body names, marked Headline, with spans into the title: a
// headline's own words are not speech. Reading both at once lets
// "Zelenskyy" in the title be the "Volodymyr Zelenskyy" of the body. A
// body that only repeats the title (a feed item that is a headline alone)
// is read as the headline it is.
func ExtractArticle(title, body string) []claims.Quote {
	if strings.TrimSpace(body) == strings.TrimSpace(title) {
		body = ""
	}
	title = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, title)
	if strings.TrimSpace(title) == "" {
		return extract(body, 0, nil)
	}
	shift := len(title) + 2
	qs := extract(title+"\n\n"+body, len(title), nil)
	for i := range qs {
		q := &qs[i]
		if q.Headline {
			continue
		}
		for _, s := range []*claims.Span{&q.Span, &q.Paragraph, &q.Speaker.Span, &q.CueSpan} {
			if s.End > 0 {
				s.Start, s.End = s.Start-shift, s.End-shift
			}
		}
		for k := range q.Parts {
			q.Parts[k].Start -= shift
			q.Parts[k].End -= shift
		}
	}
	return qs
}

// maxTitleQuote is the most words a quote in a subheading holds: a
// heading quotes a word or a phrase ("Feel “Invisible.”"), a digest's
// topic in capitals quotes a passage.
const maxTitleQuote = 6

// extract reads text whose first titleEnd bytes are a title, stage by
// stage (see the package documentation): text, entities, attributions,
// claims.
func extract(body string, titleEnd int, record recorder) []claims.Quote {
	sc := scratches.Get().(*scratch)
	defer func() {
		if cap(sc.toks) <= maxPooledTokens {
			scratches.Put(sc)
		}
	}()
	d := sc.doc(body, titleEnd, record)
	defer sc.keep(d)
	d.readText(sc)
	d.findEntities()
	sc.out = d.attribute(sc.out[:0])
	return d.finish(sc.out)
}

// readText is the first stage: each paragraph's quotes paired, its words
// and quotes as tokens, its sentences.
func (d *doc) readText(sc *scratch) {
	buf := sc.toks[:0]
	if n := len(d.body)/5 + 16; cap(buf) < n {
		buf = make([]token, 0, n)
	}
	for _, p := range d.paras {
		if p.skip {
			continue
		}
		scanQuotes(d.body, p)
		buf = tokenize(d.body, d.folded, p, buf)
		splitSentences(p)
	}
	sc.toks = buf
	linkRunOns(d.paras)
}

// findEntities is the second stage: the possible speakers each paragraph
// names (a transcript's labels, names with their roles, role nouns,
// pronouns), gathered into the article's cast of entities, each typed and
// gendered. Pronouns are resolved later, when an attribution asks
// (coref.go).
func (d *doc) findEntities() {
	labels, first, titled := 0, (*para)(nil), false
	for _, p := range d.paras {
		titled = titled || p.headline
		if p.skip || p.headline {
			continue
		}
		if first == nil {
			first = p
		}
		if p.speaker, p.spoken = transcriptSpeaker(d.body, p); p.speaker != nil {
			labels++
		}
	}
	if labels == 1 && first.speaker != nil {
		first.speaker = nil // "NEW DELHI: Prime Minister ...": a dateline, not a transcript
	}
	surnames := d.surnames()
	for _, p := range d.paras {
		if p.skip {
			continue
		}
		p.surnames = surnames
		// A text without a title whose first line is one: JSON lines and
		// plain text often begin with the headline, full stop and all.
		p.titleCase = p == first && !titled && inTitleCase(p)
		p.subheading = !p.titleCase && len(p.sents) == 1 && inTitleCase(p) &&
			!slices.ContainsFunc(p.toks, func(t token) bool { return t.q != nil && t.q.words > maxTitleQuote }) // not a digest's "TOPIC IN CAPITALS “quote ...”"
		p.ms = findMentions(p)
		shareSurname(p)
		if p.speaker != nil {
			d.ms = append(d.ms, p.speaker)
		} else {
			p.speaker, p.spoken = postAuthor(p) // a mention of p.ms, already among them
		}
		d.ms = append(d.ms, p.ms...)
	}
	d.signQuotes()
	d.interview()
	d.cast.build(d.ms)
	d.cast.learnGenders(d.ms)
	d.cast.classify(d.ms)
	d.findAuthor()
}

// attribute is the third stage: every quote tied to its speaker by a cue,
// a colon or the quote it continues, and every sentence read for reported
// speech, each making a claim appended to out.
func (d *doc) attribute(out []claims.Quote) []claims.Quote {
	var quoted []claims.Quote
	for pi, p := range d.paras {
		if p.speaker != nil && len(p.sents) > 0 {
			if c, ok := d.transcriptClaim(sentRef{pi, 0}); ok && (!p.answer || countWords(c.Text) >= minReportedWords) && !unnamedLabel(p.speaker.text) { // not "A: No!", nor "REPORTER: ..."
				out = append(out, c)
			}
			if !p.answer {
				continue
			}
		}
		if c, ok := d.blockQuote(pi); ok {
			out = append(out, c)
			continue
		}
		for si, s := range p.sents {
			at := sentRef{pi, si}
			quoted = quoted[:0]
			for ti := s.Start; ti < s.End; ti++ {
				if q := p.toks[ti].q; q != nil {
					if c, ok := d.quoteClaim(at, ti); ok {
						quoted = append(quoted, c)
					}
				}
			}
			if p.headline || p.subheading {
				// A subheading is read as a title is ("Rick Perry Announced His
				// Official Endorsement Of A BIG Name Candidate" is a teaser),
				// though it stands in the body.
				n := len(out)
				out = d.titleClaims(at, quoted, out)
				for i := n; i < len(out) && !p.headline; i++ {
					out[i].Headline = false
				}
				continue
			}
			var spoken []spokenBy
			n := len(out)
			out, spoken = d.reported(at, out)
			out = append(out, d.attributeWithin(quoted, spoken)...)
			if len(out) == n {
				if c, ok := d.reportedlyClaim(at); ok {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// finish is the last stage: the claims in order of position, each with the
// act it reports, those inside a longer one marked, in memory of their
// own.
func (d *doc) finish(out []claims.Quote) []claims.Quote {
	slices.SortStableFunc(out, func(a, b claims.Quote) int { return a.Span.Start - b.Span.Start })
	out = joinSplit(d.body, out)
	for i := range out {
		// A cue is the lower-case word, which lies in the folded copy of
		// the body that the next extraction reuses: the claim keeps a copy.
		out[i].Cue = strings.Clone(asWritten(d.body, out[i].Cue, out[i].CueSpan))
		out[i].Act = actOf(&out[i])
		if out[i].Kind == claims.Direct && out[i].Act == claims.Thought && !mindObject(&out[i], d.body) {
			out[i].Act = claims.Said // a paragraph's quote after "Matlow said he thinks ...", '"...," agrees Jane Roe': words spoken, whatever verb the tag took
		}
		if out[i].Act.Checkable() && out[i].Kind == claims.Fragment && fewWords(out[i].Text, 2) {
			out[i].Act = claims.Stance // 'accuses Starmer of "betraying" farmers': a word or two quoted is a term, nothing to check
		}
		if gap, ok := cueGap(&out[i], d.body); ok && out[i].Act == claims.Stance && out[i].Kind == claims.Indirect && strings.TrimSpace(gap) == "that" && subjunctive(out[i].Text) {
			out[i].Act = claims.Said // "recommended that the board hire a monitor": a clause, though its verb is a bare subjunctive
		}
		if out[i].Kind == claims.Indirect && out[i].Act.Checkable() && hypothetical(&out[i], d.body) {
			out[i].Act = claims.Thought // "Few would argue that ...", "One could say ...": no one said it
		}
		if out[i].Act.Checkable() && toSelf(&out[i], d.body) {
			out[i].Act = claims.Thought // "told herself the worst was over"
		}
		if out[i].Act == claims.Said && (deed(&out[i], d.body) || topicAfter(&out[i], d.body) || quotedAs(&out[i])) {
			out[i].Act = claims.Stance // "signed an amendment that would block the cuts": a thing done; "complained about speeding": a topic
		}
		if s := &out[i].Speaker; s.Kind == "" && s.Name != "" {
			if e := d.cast.byKey(d.cast.key(s.Name)); e != nil {
				s.Kind = e.kind.speaker() // "Volkswagen said it would ...", then "The company said": a body from there on, and here too
			}
		}
		if s := &out[i].Speaker; kindNoun(s.Name) {
			s.Kind = "" // "Police", "Court", "Post": a noun for a kind of body, which names another in each newsroom's articles; no page of its own
		}
		if s := &out[i].Speaker; !out[i].Act.Checkable() && s.Kind == "" && s.Name != "" {
			if e := d.cast.findFull(s.Name); e != nil && e.worded {
				*s = claims.Mention{} // "Get Out turns casual racism into ...": a name of words speaks only when it says something
			}
		}
	}
	markInside(out)
	return append(make([]claims.Quote, 0, len(out)), out...)
}

// kindNoun reports a name of one ordinary word that is a noun for a kind
// of body or document ("Police", "Court", "Post", "Times", "Report"): the
// store files every such speaker of every article under one page, so the
// name goes untyped, and an untyped word starts no page (store).
func kindNoun(name string) bool {
	if name == "" || strings.ContainsAny(name, " .-") || allCaps(name) {
		return false
	}
	w := strings.ToLower(name)
	one := strings.TrimSuffix(w, "s")
	return names.IsWord(w) && (orgHeads[w] || orgHeads[one] || paperWords[w] || bodyKinds[w] || documents[w] || documents[one] || collectives[w])
}

// bodyKinds are nouns for kinds of bodies that name one body in each
// country's or city's news, besides its paper's (paperWords): its
// legislature, its forces.
var bodyKinds = set(`post guardian press star sun house senate congress parliament assembly legislature navy army police`)

// insideConfidence is how sure extraction must be of a statement for the
// quotes inside it to stand as its parts rather than claims of their own.
const insideConfidence = 0.5

// markInside marks the quotes that lie within a longer checkable claim of
// the same speaker (or of none, or of a thing it reports): 'said the talks
// were "very productive"' is one claim, with the quoted words marked in
// it, not two. So is any statement read inside a direct quote (an
// interview's answer: "A: Kids say the things adults are afraid to say"),
// which the quote shows whole, as quotation marks do. Claims are in order
// of position.
func markInside(qs []claims.Quote) {
	for i := range qs {
		q := &qs[i]
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			o := &qs[j]
			if o.Span.Start <= q.Span.Start && q.Span.End <= o.Span.End && o.Span.End-o.Span.Start > q.Span.End-q.Span.Start &&
				o.Act.Checkable() && o.Confidence >= insideConfidence && o.Headline == q.Headline &&
				(q.Kind == claims.Indirect && o.Kind == claims.Direct ||
					q.Kind != claims.Indirect && (q.Speaker.Name == "" && q.Speaker.Text == "" || q.Speaker.Name == o.Speaker.Name && q.Speaker.Text != "" || thingWithin(q.Speaker, o.Span))) {
				q.Inside = true
				break
			}
		}
	}
}

// thingWithin reports a speaker "it" whose mention lies inside another
// claim: its attribution is part of what that claim reports ('Obama said
// it would tell "a story of suffering and delight"': the museum tells
// nothing). A person there is a source of a claim of their own.
func thingWithin(s claims.Mention, outer claims.Span) bool {
	return strings.EqualFold(s.Text, "it") && outer.Start <= s.Span.Start && s.Span.End <= outer.End
}

// asWritten gives a cue the spelling of the article ("criticised"), which
// the extractor read in the spelling of its lists.
func asWritten(body, cue string, at claims.Span) string {
	if at.End <= at.Start {
		return cue
	}
	first, rest, two := strings.Cut(cue, " ")
	b := britishSpelling(first) // most cues: no other spelling, no allocation
	if b == first || !strings.EqualFold(body[at.Start:at.End], b) {
		return cue
	}
	if two {
		return b + " " + rest
	}
	return b
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
