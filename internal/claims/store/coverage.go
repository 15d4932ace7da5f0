package store

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// Later coverage: when an article is stored, the earlier claims of the
// speakers it names are matched against its sentences (through the claim
// index in memory, claimindex.go), and the claims of the article are
// searched for in the later articles already stored (the articles'
// full-text index, FTS5, ranked by bm25). A claim is linked to an article
// when
//   - the claim was first seen before the article appeared and is not
//     reported in the article itself,
//   - the claim's speaker is named in the article (by surname), and
//   - the best-matching sentence shares at least minCoverage of the claim's
//     content words (the score stored with the link).
//
// The threshold was tuned on examples: a report of the Istanbul talks
// against "Russia and Ukraine will immediately start negotiations toward a
// Ceasefire" shares 0.4 ("russia", "ukraine", "negotiations", "ceasefire"
// of ten), while unrelated sentences that name Russia share 0.1 to 0.2.
const (
	minCoverage   = 0.3
	maxLater      = 1000 // later articles read per claim, in order of ID: a bound on one claim's cost
	maxCandidates = 20   // earlier claims weighed per article, most words shared first
	maxSpeakers   = 20   // named speakers whose claims are searched
)

// stopWords carry no subject: they neither find nor score coverage.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and that this with from have has had will would could should were was are
		been being their there they them than then what when where which while who whom whose into onto about after
		before over under more most some such only also very just said says told more other into upon your ours`) {
		stopWords[w] = true
	}
}

// eachContentWord calls f with each word of s that can tell its subject:
// four letters or more, no stop words, lower case.
func eachContentWord(s string, f func(w string)) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 4 && !stopWords[w] {
			f(w)
		}
	}
}

// contentWords is the set of s's content words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	eachContentWord(s, func(w string) { out[w] = true })
	return out
}

// link is a claim's best match in one article.
type link struct {
	score    float64
	sentence string
}

// linkCoverage links the article to the earlier claims it bears on
// (earlierClaims), and links again each later article already stored that
// its claims new to the database (fresh) may bear on: one rule decides
// every link, whatever order the articles come in. ids are all the
// article's claims.
func linkCoverage(ctx context.Context, tx *txn, articleID int64, a *claims.Article, when time.Time, ids []string, fresh []later) error {
	if err := relink(ctx, tx, articleID, a.Body, when, ids); err != nil {
		return err
	}
	return linkLater(ctx, tx, articleID, when, fresh)
}

// relink replaces an article's links to earlier claims with those
// earlierClaims finds; own are the article's claims.
func relink(ctx context.Context, tx *txn, articleID int64, body string, when time.Time, own []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM coverage WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	ownSet := make(map[string]bool, len(own))
	for _, id := range own {
		ownSet[id] = true
	}
	best, err := earlierClaims(ctx, tx, body, when, ownSet)
	if err != nil {
		return err
	}
	return saveLinks(ctx, tx, articleID, best)
}

// articleClaims are the IDs of the claims an article reports.
func articleClaims(ctx context.Context, tx *txn, articleID int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT claim_id FROM appearances WHERE article_id = ?`, articleID)
	if err != nil {
		return nil, err
	}
	return strings1(rows)
}

// earlierClaims finds the earlier claims an article bears on: the
// claims of the speakers it names that share enough words with the
// article as a whole (counted through the claim index; the maxCandidates
// that share most), then matched sentence by sentence. own are the
// article's own claims, which it does not cover.
func earlierClaims(ctx context.Context, tx *txn, body string, when time.Time, own map[string]bool) (map[string]link, error) {
	speakers, err := tx.s.namedSpeakers(ctx, tx, body)
	if err != nil || len(speakers) == 0 {
		return nil, err
	}
	scs := make([]*speakerClaims, len(speakers))
	for i, sp := range speakers {
		if scs[i], err = tx.s.speakerClaims(ctx, tx, sp); err != nil {
			return nil, err
		}
	}
	ix := tx.s.index
	article := ix.marked(body, nil)         // the article's words the claims have
	when = when.UTC().Truncate(time.Second) // as first_seen is stored
	var cands []candidate
	for _, sc := range scs {
		shared := make([]int32, len(sc.claims)) // a map cost ten times as much
		var hit []int32
		count := func(ns []int32) {
			for _, n := range ns {
				if shared[n] == 0 {
					hit = append(hit, n)
				}
				shared[n]++
			}
		}
		// Each word the two share, looked up from the smaller side: most
		// speakers have said a few things, most articles say many.
		if len(sc.byWord) < len(article) {
			for w, ns := range sc.byWord {
				if ix.has(w) {
					count(ns)
				}
			}
		} else {
			for _, w := range article {
				count(sc.byWord[w])
			}
		}
		for _, n := range hit {
			c := &sc.claims[n]
			if c.id == "" {
				continue // dropped from the index
			}
			// The article's own claims are looked up last, for the few
			// that would make the best twenty: most claims of a busy
			// speaker share enough words, and the look-up was a tenth
			// of ingesting the corpus.
			cand := candidate{c, float64(shared[n]) / float64(len(c.words))}
			if cand.share >= minCoverage && c.first.Before(when) && admits(cands, cand) && !own[c.id] {
				cands = top(cands, cand)
			}
		}
	}
	best := map[string]link{}
	if len(cands) == 0 {
		return best, nil
	}
	var words []int32 // each sentence's, in one buffer
	for _, s := range sentences(body) {
		words = ix.marked(s, words[:0])
		for _, c := range cands {
			if score := ix.share(c.claim.words); score >= minCoverage && score > best[c.claim.id].score {
				best[c.claim.id] = link{score, s}
			}
		}
	}
	return best, nil
}

// candidate is an earlier claim an article may bear on.
type candidate struct {
	claim *indexedClaim
	share float64 // of its words the article has
}

// before orders candidates: most words shared first, then by claim ID.
func (c candidate) before(d candidate) bool {
	if c.share != d.share {
		return c.share > d.share
	}
	return c.claim.id < d.claim.id
}

// top adds c to cands, the best maxCandidates so far in order, if it is
// one of them: sorting every candidate to keep twenty was a tenth of
// ingesting a large corpus.
func top(cands []candidate, c candidate) []candidate {
	if !admits(cands, c) {
		return cands
	}
	i := sort.Search(len(cands), func(i int) bool { return c.before(cands[i]) })
	if len(cands) < maxCandidates {
		cands = append(cands, candidate{})
	}
	copy(cands[i+1:], cands[i:len(cands)-1])
	cands[i] = c
	return cands
}

// admits reports whether c would be one of the best maxCandidates.
func admits(cands []candidate, c candidate) bool {
	return len(cands) < maxCandidates || c.before(cands[len(cands)-1])
}

// overlap is the share of the claim's content words the sentence has, by
// the words themselves (claimIndex.share counts by their numbers).
func overlap(claim, sentence map[string]bool) float64 {
	shared := 0
	for w := range claim {
		if sentence[w] {
			shared++
		}
	}
	return float64(shared) / float64(max(len(claim), 1))
}

// saveLinks records the links of one article to claims, in the order of
// the claims' IDs.
func saveLinks(ctx context.Context, tx *txn, articleID int64, best map[string]link) error {
	ids := make([]string, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		l := best[id]
		if _, err := tx.ExecContext(ctx, `INSERT INTO coverage (claim_id, article_id, score, sentence) VALUES (?, ?, ?, ?)
			ON CONFLICT (claim_id, article_id) DO UPDATE SET score = excluded.score, sentence = excluded.sentence`,
			id, articleID, l.score, l.sentence); err != nil {
			return err
		}
	}
	return nil
}

// namesSpeaker reports whether the text names the speaker, by surname.
func namesSpeaker(text, speaker string) bool {
	f := strings.Fields(speaker)
	return len(f) > 0 && strings.Contains(text, f[len(f)-1])
}

// sentences splits a body into rough sentences: enough to quote the one
// that bears on a claim.
func sentences(body string) []string {
	var out []string
	for _, para := range strings.Split(body, "\n") {
		start := 0
		for i := 0; i < len(para); i++ {
			if (para[i] == '.' || para[i] == '?' || para[i] == '!') && (i+1 == len(para) || para[i+1] == ' ') {
				if s := strings.TrimSpace(para[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
		if s := strings.TrimSpace(para[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// namedSpeakers returns the speakers (up to maxSpeakers) whose surname the
// text names, from a surname index the store keeps in memory.
func (s *Store) namedSpeakers(ctx context.Context, tx *txn, text string) ([]int64, error) {
	if s.surnames == nil {
		s.surnames = map[string][]named{}
		rows, err := tx.QueryContext(ctx, `SELECT id, name FROM speakers`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, err
			}
			s.addSurname(id, name)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	seen := map[string]bool{}
	var ids []int64
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if first, n := utf8.DecodeRuneInString(w); n == len(w) || !unicode.IsUpper(first) {
			continue
		}
		key := claims.SpeakerKey(w)
		if seen[key] {
			continue
		}
		seen[key] = true
		people := s.surnames[key]
		// Of the people who share a surname, those the text names in
		// full; all of them only when it names none so.
		var full []int64
		for _, p := range people {
			if len(people) > 1 && strings.Contains(text, p.name) {
				full = append(full, p.id)
			}
		}
		if len(full) == 0 {
			for _, p := range people {
				full = append(full, p.id)
			}
		}
		for _, id := range full {
			if len(ids) < maxSpeakers {
				ids = append(ids, id)
			}
		}
	}
	return ids, nil
}

// addSurname indexes a speaker by its surname.
func (s *Store) addSurname(id int64, name string) {
	if s.surnames != nil {
		k := claims.Surname(name)
		s.surnames[k] = append(s.surnames[k], named{id, name})
	}
}

// named is a speaker and the name the store knows them by.
type named struct {
	id   int64
	name string
}

// latestArticle is when the latest stored article appeared, kept in memory.
func (s *Store) latestArticle(ctx context.Context, tx *txn) (time.Time, error) {
	if s.latest.IsZero() {
		var v sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT max(coalesce(published, ingested_at)) FROM articles`).Scan(&v); err != nil {
			return time.Time{}, err
		}
		s.latest = parseTime(v)
	}
	return s.latest, nil
}
