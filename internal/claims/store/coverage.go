package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"claimtrack/internal/claims"
)

// Later coverage: when an article is stored, each of its sentences is
// searched for in the earlier claims' full-text index (FTS5, ranked by
// bm25), and a claim is linked to the article when
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
	minCoverage      = 0.3
	coverageSearches = 5  // later articles searched per claim, best bm25 first
	maxCandidates    = 20 // earlier claims weighed per article, best bm25 first
	maxTerms         = 60 // article words in the full-text query
	maxSpeakers      = 20 // named speakers whose claims are searched
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

// topWords are the n content words of a text that it uses most (ties in
// alphabetical order): the words of the full-text query for the claims an
// article bears on, the same on every run.
func topWords(text string, n int) []string {
	count := map[string]int{}
	eachContentWord(text, func(w string) { count[w]++ })
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	return words[:min(n, len(words))]
}

// link is a claim's best match in one article.
type link struct {
	score    float64
	sentence string
}

// linkCoverage links the article to the earlier claims it bears on, and
// the article's own new claims to the later articles already stored.
func linkCoverage(ctx context.Context, tx *txn, articleID int64, a *claims.Article, when time.Time, ids []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM coverage WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	if err := earlierClaims(ctx, tx, articleID, a, when); err != nil {
		return err
	}
	return laterArticles(ctx, tx, articleID, when, ids)
}

// earlierClaims links the article to the earlier claims it bears on: the
// claims of the speakers it names, ranked by bm25 against the article's
// words in one full-text query, then matched sentence by sentence.
func earlierClaims(ctx context.Context, tx *txn, articleID int64, a *claims.Article, when time.Time) error {
	speakers, err := tx.s.namedSpeakers(ctx, tx, a.Body)
	if err != nil || len(speakers) == 0 {
		return err
	}
	terms := topWords(a.Body, maxTerms)
	if len(terms) == 0 {
		return nil
	}
	who := make([]string, len(speakers))
	for i, id := range speakers {
		who[i] = fmt.Sprintf("s%d", id)
	}
	match := "speaker : (" + strings.Join(who, " OR ") + `) AND text : ("` + strings.Join(terms, `" OR "`) + `")`
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.text FROM claims_fts f JOIN claims c ON c.rowid = f.rowid
		WHERE claims_fts MATCH ? AND c.first_seen < ?
		AND NOT EXISTS (SELECT 1 FROM appearances p WHERE p.claim_id = c.id AND p.article_id = ?)
		ORDER BY bm25(claims_fts), c.rowid LIMIT `+fmt.Sprint(maxCandidates), match, timeText(when), articleID)
	if err != nil {
		return err
	}
	type candidate struct{ id, text string }
	var cands []candidate
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.id, &c.text); err != nil {
			rows.Close()
			return err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(cands) == 0 {
		return err
	}
	best := map[string]link{}
	for _, sentence := range sentences(a.Body) {
		words := contentWords(sentence)
		for _, c := range cands {
			if score := overlap(contentWords(c.text), words); score >= minCoverage && score > best[c.id].score {
				best[c.id] = link{score, sentence}
			}
		}
	}
	return saveLinks(ctx, tx, articleID, best)
}

// laterArticles links each of the given claims to the stored articles
// that appeared after it and bear on it.
func laterArticles(ctx context.Context, tx *txn, articleID int64, when time.Time, ids []string) error {
	if latest, err := tx.s.latestArticle(ctx, tx); err != nil || !latest.After(when) {
		return err // nothing stored appeared later: the usual case when reading in order
	}
	for _, id := range ids {
		var text, speaker string
		if err := tx.QueryRowContext(ctx, `SELECT c.text, coalesce(s.name, '') FROM claims c
			LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?`, id).Scan(&text, &speaker); err != nil {
			return err
		}
		claim := contentWords(text)
		if speaker == "" || len(claim) < 2 {
			continue
		}
		terms := make([]string, 0, len(claim))
		for w := range claim {
			terms = append(terms, `"`+w+`"`)
		}
		sort.Strings(terms) // one query text for one claim, run after run
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.body FROM articles_fts f JOIN articles a ON a.id = f.rowid
			WHERE articles_fts MATCH ? AND coalesce(a.published, a.ingested_at) > ? AND a.id != ?
			ORDER BY bm25(articles_fts), a.id LIMIT ?`, strings.Join(terms, " OR "), timeText(when), articleID, coverageSearches)
		if err != nil {
			return err
		}
		found := map[int64]link{}
		for rows.Next() {
			var aid int64
			var body string
			if err := rows.Scan(&aid, &body); err != nil {
				rows.Close()
				return err
			}
			if !namesSpeaker(body, speaker) {
				continue
			}
			for _, sentence := range sentences(body) {
				if score := overlap(claim, contentWords(sentence)); score >= minCoverage && score > found[aid].score {
					found[aid] = link{score, sentence}
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		aids := make([]int64, 0, len(found))
		for aid := range found {
			aids = append(aids, aid)
		}
		sort.Slice(aids, func(i, j int) bool { return aids[i] < aids[j] })
		for _, aid := range aids {
			if err := saveLinks(ctx, tx, aid, map[string]link{id: found[aid]}); err != nil {
				return err
			}
		}
	}
	return nil
}

// overlap is the share of the claim's content words the sentence has.
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
		s.surnames = map[string][]int64{}
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
	seen := map[int64]bool{}
	var ids []int64
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if r := []rune(w); len(r) < 2 || !unicode.IsUpper(r[0]) {
			continue
		}
		for _, id := range s.surnames[claims.SpeakerKey(w)] {
			if !seen[id] && len(ids) < maxSpeakers {
				seen[id] = true
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
		s.surnames[k] = append(s.surnames[k], id)
	}
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
