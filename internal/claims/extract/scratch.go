package extract

import (
	"sync"

	"claimtrack/internal/claims"
)

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
	surnames map[string]bool   // the article's surnames (para.surnames)
	keys     map[string]string // the cast's SpeakerKey memo
	byWord   map[string][]*entity
	salient  []salient // coreference's candidates
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens keeps the pool from holding on to a huge article's
// memory (and so its text).
const maxPooledTokens = 1 << 16

// doc starts a document: its own lower-case copy, and in the scratch
// memory its paragraphs and the cast's and coreference's memory.
func (sc *scratch) doc(body string, titleEnd int, record recorder) *doc {
	// The lower-case copy is the document's own, not the scratch's: words
	// sliced from it (a role, "said one") live on in the claims.
	folded := foldASCII(body)
	clear(sc.keys)
	if sc.keys == nil {
		sc.keys = map[string]string{}
	}
	clear(sc.surnames)
	if sc.surnames == nil {
		sc.surnames = map[string]bool{}
	}
	clear(sc.byWord)
	if sc.byWord == nil {
		sc.byWord = map[string][]*entity{}
	}
	d := &doc{body: body, folded: folded, paras: paragraphs(body, folded, &sc.paras), record: record, salient: sc.salient[:0], surnameSet: sc.surnames}
	d.cast.keys, d.cast.slab, d.cast.byWord = sc.keys, sc.ents[:0], sc.byWord
	sc.mentions.n = 0
	d.ms = sc.ms[:0]
	for _, p := range d.paras {
		p.arena = &sc.mentions
		if p.End <= titleEnd {
			p.headline = true
			p.skip = false // a title in capitals is not a related-story link
		}
	}
	return d
}

// keep takes back what a document grew for the next one to reuse, but no
// huge article's memory.
func (sc *scratch) keep(d *doc) {
	sc.salient, sc.ms = d.salient[:0], d.ms[:0]
	if n := len(d.cast.ents); n > cap(sc.ents) && n <= maxPooledTokens/16 {
		sc.ents = make([]entity, 0, 2*n) // room for the next article's, on the slab
	}
}
