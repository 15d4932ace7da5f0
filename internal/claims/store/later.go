package store

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"
)

// Coverage found later: the articles already stored that a claim, new to
// the database or changed, may bear on are linked again by the one rule
// (earlierClaims), so that the order articles come in does not matter.

// later is a claim whose later articles must be linked again: those that
// name its speaker, or the speaker given.
type later struct{ id, speaker string }

// linkLater links again the later articles already stored that claims
// new to the database, first seen earlier than before or given another
// speaker may bear on.
func linkLater(ctx context.Context, tx *txn, articleID int64, when time.Time, fresh []later) error {
	set := map[int64]bool{}
	if err := laterArticles(ctx, tx, articleID, when, fresh, set); err != nil {
		return err
	}
	return relinkAll(ctx, tx, set)
}

// relinkAll links each of the articles again, in order of ID.
func relinkAll(ctx context.Context, tx *txn, set map[int64]bool) error {
	aids := make([]int64, 0, len(set))
	for aid := range set {
		aids = append(aids, aid)
	}
	sort.Slice(aids, func(i, j int) bool { return aids[i] < aids[j] })
	for _, aid := range aids {
		var body string
		var date sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT body, coalesce(published, ingested_at) FROM articles WHERE id = ?`, aid).Scan(&body, &date); err != nil {
			return err
		}
		own, err := articleClaims(ctx, tx, aid)
		if err != nil {
			return err
		}
		if err := relink(ctx, tx, aid, body, parseTime(date), own); err != nil {
			return err
		}
	}
	return nil
}

// laterArticles finds the stored articles that appeared after the given
// claims were first seen and may bear on them: those that name a claim's
// speaker and have enough of its words (found through the articles'
// full-text index), added to found.
func laterArticles(ctx context.Context, tx *txn, articleID int64, when time.Time, claims []later, found map[int64]bool) error {
	if latest, err := tx.s.latestArticle(ctx, tx); err != nil || !latest.After(when) {
		return err // nothing stored appeared later: the usual case when reading in order
	}
	if err := tx.index(ctx, "articles"); err != nil {
		return err // the batch's own articles are searched too
	}
	// The ids of the articles that appeared later bound the search, so
	// that it skips the articles that did not (migration 012).
	var first, last sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT min(id), max(id) FROM articles
		WHERE coalesce(published, ingested_at) > ? AND id != ?`, timeText(when), articleID).Scan(&first, &last); err != nil || !first.Valid {
		return err
	}
	named := map[string]bool{} // whether a later article has a surname, asked once each
	for _, l := range claims {
		var text, speaker string
		if err := tx.QueryRowContext(ctx, `SELECT c.text, coalesce(s.name, '') FROM claims c
			LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?`, l.id).Scan(&text, &speaker); err != nil {
			return err
		}
		if l.speaker != "" {
			speaker = l.speaker
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
		// Only articles that name the speaker can cover the claim: the
		// surname narrows the search before any is ranked. It is searched
		// for alone first, once an article: a search for it with all the
		// claim's words looks each word up in every segment of the index,
		// and was most of the time of loading older news into a database
		// of newer, where few later articles name the speaker.
		surname := strings.Fields(speaker)
		name := `"` + strings.ReplaceAll(surname[len(surname)-1], `"`, `""`) + `"`
		has, asked := named[name]
		if !asked {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles_fts
				WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1)`, name, first, last).Scan(&n); err != nil {
				return err
			}
			has, named[name] = n > 0, n > 0
		}
		if !has {
			continue
		}
		match := name + ` AND (` + strings.Join(terms, " OR ") + `)`
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.body FROM articles_fts f JOIN articles a ON a.id = f.rowid
			WHERE articles_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND coalesce(a.published, a.ingested_at) > ? AND a.id != ?
			ORDER BY f.rowid LIMIT ?`, match, first, last, timeText(when), articleID, maxLater) // the index's own order: no sort of every match
		if err != nil {
			return err
		}
		for rows.Next() {
			var aid int64
			var body string
			if err := rows.Scan(&aid, &body); err != nil {
				rows.Close()
				return err
			}
			// What earlierClaims asks of an article before it weighs a
			// claim: it names the speaker and has enough of the words.
			if namesSpeaker(body, speaker) && overlap(claim, contentWords(body)) >= minCoverage {
				found[aid] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
