// Package extract finds the quotes and reported claims in a news article and
// names who made them.
//
// It reads an article body in passes. Paragraphs come first, with site
// furniture (ALL-CAPS related-story links, "The post ... appeared first on",
// photo credits) set aside. Quotation marks are paired within each paragraph,
// by the spacing around them rather than their glyph, and a quote left open
// at the end of a paragraph runs on into the next. The reporter's own words
// around the quotes are split into tokens and sentences, and the possible
// speakers in them found: names with their roles split off wherever the
// article writes them ("Union commerce minister Piyush Goyal", "The shadow
// health secretary, Victoria Atkins,", "Carsten Brzeski, chief economist at
// ING"), pronouns, and role nouns such as "the Kremlin chief". Names are
// gathered into the article's cast, one entity per person however named.
//
// Each quote is then attributed from the speech cue beside it, after it
// ('"...," he added') or before it ('Zelenskyy took to X and said, "..."'),
// or from the subject of a clause a colon ends ('Mr. Christie gloated:
// "..."'), falling back on the quote it continues, a colon at the end of the
// paragraph before, the speaker of the quote or statement just before, or
// the speaker named where a quote run over paragraphs ends. British
// spellings read as the lists spell them ("criticised"). Pronouns and role nouns
// resolve to the cast, and "they" to the group last named ("Analysts at
// Jefferies"); a relative pronoun ("..., who said", "..., which has
// denied") to whoever the phrase before it names, past a description set
// off after a name, while the pronoun stays the attribution's mention. A
// subject is found past asides that commas, dashes, a relative pronoun or
// a participle set off, a hometown ("Ann Lee, of Silver Spring, Md.,"), a
// party bracket, auxiliaries and adverbs; a person named in apposition after
// a role is that role's holder; a participle after a main clause ("...,
// citing") takes that clause's subject, and a verb joined by "and" or "but"
// the subject of the verb in its form before it ("Suu Kyi said ... but
// added"). Last, each sentence is read for reported speech: "X said (that)
// ...", "..., X said.", "according to X, ...", "X asked Y to ...",
// stances such as "X's claim that ..." and topics such as "X spoke about
// ...", with the reporter's glosses, questions ("Asked whether ...,") and
// scenes ("she said as she turned") left out. Every statement found is
// weighed by the statement model (weigh.go), trained on annotated news,
// which drops the ones unlikely to be attributions and gives the rest their
// confidence; quotes inside a statement take its speaker when they have
// none of their own. A sentence with no claim that says what happened
// "reportedly" is a claim with no speaker (reportedly.go).
//
// Some paragraphs are read whole: a transcript's ("PENCE: ..."), an
// interview's answer ("A: ...", the interviewee's), and an embedded post
// signed by its author ("... — Paul Ryan (@SpeakerRyan) July 5, 2016") are
// each one direct quote. A title yields only what it credits to someone:
// its quotes, and "Speaker: claim" or "claim, says Speaker" when the body
// names the speaker too (headline.go).
package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"claimtrack/internal/claims"
)

// doc is one article body under extraction.
type doc struct {
	body    string
	paras   []*para
	ms      []*mention // every mention, in order
	cast    cast
	record  recorder  // when training: every reported statement, unweighed
	salient []salient // coreference's stack of candidates (mentioned)

	interviewee *mention // who answers, in a question-and-answer interview
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
// "Zelenskyy" in the title be the "Volodymyr Zelenskyy" of the body.
func ExtractArticle(title, body string) []claims.Quote {
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

// scratch is the memory an extraction works in: tokens, paragraphs and the
// claims before they are copied out are most of what extraction allocates,
// and none of it outlives the call, so the next extraction reuses it.
type scratch struct {
	toks     []token
	paras    []para
	out      []claims.Quote
	ms       []*mention
	mentions mentionArena
	ents     []entity          // the cast's entities
	keys     map[string]string // the cast's SpeakerKey memo
	folded   []byte            // the body in lower case
	salient  []salient         // coreference's candidates
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens keeps the pool from holding on to a huge article's
// memory (and so its text).
const maxPooledTokens = 1 << 16

// extract reads text whose first titleEnd bytes are a title.
func extract(body string, titleEnd int, record recorder) []claims.Quote {
	sc := scratches.Get().(*scratch)
	defer func() {
		if cap(sc.toks) <= maxPooledTokens {
			scratches.Put(sc)
		}
	}()
	sc.folded = foldASCIIInto(sc.folded[:0], body)
	folded := unsafe.String(unsafe.SliceData(sc.folded), len(sc.folded))
	if cap(sc.folded) > maxPooledTokens*8 {
		sc.folded = nil // no huge article's copy kept in the pool
	}
	clear(sc.keys)
	if sc.keys == nil {
		sc.keys = map[string]string{}
	}
	d := &doc{body: body, paras: paragraphs(body, folded, &sc.paras), record: record, salient: sc.salient[:0]}
	d.cast.keys, d.cast.slab = sc.keys, sc.ents[:0]
	defer func() {
		sc.salient = d.salient[:0]
		if n := len(d.cast.ents); n > cap(sc.ents) && n <= maxPooledTokens/16 {
			sc.ents = make([]entity, 0, 2*n) // room for the next article's, on the slab
		}
	}()
	sc.mentions.n = 0
	d.ms = sc.ms[:0]
	defer func() { sc.ms = d.ms }()
	for _, p := range d.paras {
		p.arena = &sc.mentions
		if p.End <= titleEnd {
			p.headline = true
			p.skip = false // a title in capitals is not a related-story link
		}
	}
	buf := sc.toks[:0]
	if n := len(body)/5 + 16; cap(buf) < n {
		buf = make([]token, 0, n)
	}
	defer func() { sc.toks = buf }()
	labels, first := 0, (*para)(nil)
	for _, p := range d.paras {
		if p.skip || p.headline {
			continue
		}
		if first == nil {
			first = p
		}
		if p.speaker, p.spoken = transcriptSpeaker(body, p); p.speaker != nil {
			labels++
		}
	}
	if labels == 1 && first.speaker != nil {
		first.speaker = nil // "NEW DELHI: Prime Minister ...": a dateline, not a transcript
	}
	for _, p := range d.paras {
		if p.skip {
			continue
		}
		scanQuotes(body, p)
		buf = tokenize(body, folded, p, buf)
		splitSentences(p)
		p.ms = findMentions(p)
		if p.speaker != nil {
			d.ms = append(d.ms, p.speaker)
		} else {
			p.speaker, p.spoken = postAuthor(p) // a mention of p.ms, already among them
		}
		d.ms = append(d.ms, p.ms...)
	}
	linkRunOns(d.paras)
	d.interview()
	d.cast.build(d.ms)
	d.cast.learnGenders(d.ms)
	d.cast.classify(d.ms)
	out := sc.out[:0]
	defer func() { sc.out = out }()
	var quoted []claims.Quote
	for pi, p := range d.paras {
		if p.speaker != nil && len(p.sents) > 0 {
			if c, ok := d.transcriptClaim(sentRef{pi, 0}); ok && (!p.answer || countWords(c.Text) >= minReportedWords) { // not "A: No!"
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
			if p.headline { // only what the title attributes to someone
				c, ok := d.colonHeadline(at)
				if ok {
					out = append(out, c) // the quotes in it are part of it
					continue
				}
				// "Bill Clinton: Hillary 'Better Qualified ...'": too few words lie
				// outside the quote for a claim of their own, but the quote is
				// the speaker's
				for i := range quoted {
					if quoted[i].Speaker.Text == "" && c.Speaker.Text != "" && c.Span.Start <= quoted[i].Span.Start {
						quoted[i].Speaker, quoted[i].Cue, quoted[i].CueSpan = c.Speaker, c.Cue, c.CueSpan
						quoted[i].Confidence = confidence(c.Cue, true, true)
					}
				}
				if c, ok := d.saysHeadline(at); ok {
					out = append(out, c)
					continue
				}
				for _, c := range quoted {
					if c.Kind != claims.Indirect && c.Speaker.Name != "" {
						c.Headline = true
						out = append(out, c)
					}
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
	slices.SortStableFunc(out, func(a, b claims.Quote) int { return a.Span.Start - b.Span.Start })
	for i := range out {
		// A cue is the lower-case word, which lies in the folded copy of
		// the body that the next extraction reuses: the claim keeps a copy.
		out[i].Cue = strings.Clone(asWritten(body, out[i].Cue, out[i].CueSpan))
		out[i].Act = actOf(&out[i])
	}
	markInside(out)
	return append(make([]claims.Quote, 0, len(out)), out...)
}

// insideConfidence is how sure extraction must be of a statement for the
// quotes inside it to stand as its parts rather than claims of their own.
const insideConfidence = 0.5

// markInside marks the quotes that lie within a longer checkable claim of
// the same speaker (or of none): 'said the talks were "very productive"'
// is one claim, with the quoted words marked in it, not two. Claims are in
// order of position.
func markInside(qs []claims.Quote) {
	for i := range qs {
		q := &qs[i]
		if q.Kind == claims.Indirect {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			o := &qs[j]
			if o.Span.Start <= q.Span.Start && q.Span.End <= o.Span.End && o.Span.End-o.Span.Start > q.Span.End-q.Span.Start &&
				o.Act.Checkable() && o.Confidence >= insideConfidence && o.Headline == q.Headline &&
				(q.Speaker.Name == "" && q.Speaker.Text == "" || q.Speaker.Name == o.Speaker.Name && q.Speaker.Text != "") {
				q.Inside = true
				break
			}
		}
	}
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

// mentionOf turns a resolved speaker into the Mention a claim carries.
func mentionOf(r *resolved) claims.Mention {
	if r == nil {
		return claims.Mention{}
	}
	text := r.m.text
	if r.text != "" {
		text = r.text // "some economists", not "who"
	}
	return claims.Mention{Name: r.name, Role: r.role, Text: text, Span: r.m.Span, Kind: r.kind, Aliases: r.aliases()}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
