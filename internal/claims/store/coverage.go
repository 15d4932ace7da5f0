package store

import (
	"context"
	"database/sql"
	"fmt"
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

// contentWords are the words of s that can tell its subject: four letters
// or more, no stop words, lower case.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 4 && !stopWords[w] {
			out[w] = true
		}
	}
	return out
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
	var terms []string
	for w := range contentWords(a.Body) {
		terms = append(terms, `"`+w+`"`)
		if len(terms) == maxTerms {
			break
		}
	}
	if len(terms) == 0 {
		return nil
	}
	args := []any{strings.Join(terms, " OR "), timeText(when), articleID}
	for _, id := range speakers {
		args = append(args, id)
	}
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.text FROM claims_fts f JOIN claims c ON c.rowid = f.rowid
		WHERE claims_fts MATCH ? AND c.first_seen < ?
		AND NOT EXISTS (SELECT 1 FROM appearances p WHERE p.claim_id = c.id AND p.article_id = ?)
		AND c.speaker_id IN (?`+strings.Repeat(", ?", len(speakers)-1)+`)
		ORDER BY bm25(claims_fts) LIMIT `+fmt.Sprint(maxCandidates), args...)
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
		var terms []string
		for w := range claim {
			terms = append(terms, `"`+w+`"`)
		}
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.body FROM articles_fts f JOIN articles a ON a.id = f.rowid
			WHERE articles_fts MATCH ? AND coalesce(a.published, a.ingested_at) > ? AND a.id != ?
			ORDER BY bm25(articles_fts) LIMIT ?`, strings.Join(terms, " OR "), timeText(when), articleID, coverageSearches)
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
		for aid, l := range found {
			if err := saveLinks(ctx, tx, aid, map[string]link{id: l}); err != nil {
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

// saveLinks records the links of one article to claims.
func saveLinks(ctx context.Context, tx *txn, articleID int64, best map[string]link) error {
	for id, l := range best {
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
