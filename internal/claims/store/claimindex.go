package store

import (
	"context"
	"time"
)

// claimIndex holds, for the speakers whose claims later coverage has
// looked at, the content words of each of their claims and the claims
// each word is in: an article is matched against the claims of the
// speakers it names in memory, by counting shared words, instead of a
// full-text query per article that ranked every claim sharing a word. A
// speaker's part is read from the database the first time it is needed
// and kept up to date as claims are added; what a rollback or a deletion
// might have made stale is dropped (Store.forget).
//
// Words are numbered (vocab): an article is matched by looking its words'
// numbers up in arrays, where hashing each word once per speaker and once
// per claim and sentence was a fifth of ingesting a corpus.
type claimIndex struct {
	speakers map[int64]*speakerClaims
	where    map[string]claimRef // claim ID: where it is indexed
	vocab    map[string]int32    // every indexed claim's content words, numbered
	marks    []uint32            // by word number: the latest text marked as having it
	mark     uint32              // that text's number
}

// speakerClaims are one speaker's claims and an inverted index of their
// content words.
type speakerClaims struct {
	claims []indexedClaim
	byWord map[int32][]int32
}

type indexedClaim struct {
	id    string // "" once dropped
	first time.Time
	words []int32 // its content words, each once
}

// number is a content word's number, given it when it is new.
func (ix *claimIndex) number(w string) int32 {
	n, ok := ix.vocab[w]
	if !ok {
		n = int32(len(ix.vocab))
		ix.vocab[w] = n
		ix.marks = append(ix.marks, 0)
	}
	return n
}

// marked starts marking the content words of a new text that the index
// knows, and returns them, each once, in the order the text has them;
// has then tells whether a word is among them.
func (ix *claimIndex) marked(text string, into []int32) []int32 {
	if ix.mark++; ix.mark == 0 { // wrapped around: old marks would match
		clear(ix.marks)
		ix.mark = 1
	}
	eachContentWord(text, func(w string) {
		if n, ok := ix.vocab[w]; ok && ix.marks[n] != ix.mark {
			ix.marks[n] = ix.mark
			into = append(into, n)
		}
	})
	return into
}

// has reports whether the text marked last has the word numbered n.
func (ix *claimIndex) has(n int32) bool { return ix.marks[n] == ix.mark }

// share is the share of a claim's words the text marked last has.
func (ix *claimIndex) share(words []int32) float64 {
	shared := 0
	for _, w := range words {
		if ix.has(w) {
			shared++
		}
	}
	return float64(shared) / float64(max(len(words), 1))
}

type claimRef struct {
	speaker int64
	n       int32
}

// speakerClaims returns the speaker's claims, reading them in tx the
// first time.
func (s *Store) speakerClaims(ctx context.Context, tx *txn, speaker int64) (*speakerClaims, error) {
	if s.index == nil {
		s.index = &claimIndex{speakers: map[int64]*speakerClaims{}, where: map[string]claimRef{}, vocab: map[string]int32{}}
	}
	if sc := s.index.speakers[speaker]; sc != nil {
		return sc, nil
	}
	sc := &speakerClaims{byWord: map[int32][]int32{}}
	s.index.speakers[speaker] = sc
	rows, err := tx.QueryContext(ctx, `SELECT id, text, first_seen FROM claims WHERE speaker_id = ? ORDER BY rowid`, speaker)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, text, first string
		if err := rows.Scan(&id, &text, &first); err != nil {
			return nil, err
		}
		s.index.add(speaker, id, text, parseTime(nullString(first)))
	}
	return sc, rows.Err()
}

// add indexes a claim under a speaker whose claims are loaded.
func (ix *claimIndex) add(speaker int64, id, text string, first time.Time) {
	sc := ix.speakers[speaker]
	if sc == nil {
		return // read from the database, claim included, when first needed
	}
	n := int32(len(sc.claims))
	var words []int32
	seen := map[int32]bool{}
	eachContentWord(text, func(w string) {
		if k := ix.number(w); !seen[k] {
			seen[k] = true
			words = append(words, k)
		}
	})
	sc.claims = append(sc.claims, indexedClaim{id, first.UTC().Truncate(time.Second), words}) // as stored
	for _, w := range words {
		sc.byWord[w] = append(sc.byWord[w], n)
	}
	ix.where[id] = claimRef{speaker, n}
}

// claimAdded keeps the index up to date with a new claim, or with one
// seen again, which may now be older (first seen earlier) or have the
// speaker it lacked.
func (s *Store) claimAdded(speaker int64, id, text string, seen time.Time) {
	if s.index == nil || speaker == 0 {
		return
	}
	if ref, ok := s.index.where[id]; ok {
		if ref.speaker == speaker {
			s.index.seenEarlier(id, seen)
			return
		}
		s.index.drop(id) // the claim has another speaker now (an earlier report)
	}
	s.index.add(speaker, id, text, seen)
}

// seenEarlier moves an indexed claim's first sighting back to seen, if
// that is earlier.
func (ix *claimIndex) seenEarlier(id string, seen time.Time) {
	ref, ok := ix.where[id]
	if !ok {
		return
	}
	c := &ix.speakers[ref.speaker].claims[ref.n]
	if seen := seen.UTC().Truncate(time.Second); seen.Before(c.first) {
		c.first = seen
	}
}

// drop takes a claim out of the index: its place stays, empty, so that
// the numbers in the word lists still hold, and matches nothing. Dropping
// the whole index instead, to read it again, was two fifths of ingesting
// a corpus in which stories are updated and repeated.
func (ix *claimIndex) drop(id string) {
	ref, ok := ix.where[id]
	if !ok {
		return
	}
	ix.speakers[ref.speaker].claims[ref.n] = indexedClaim{}
	delete(ix.where, id)
}
