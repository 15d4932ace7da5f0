package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"claimtrack/internal/claims"
)

// Reresolved says what Reresolve did.
type Reresolved struct {
	Articles        int
	ClaimsDropped   int // claims no article reports any more
	SpeakersBefore  int
	SpeakersAfter   int
	SpeakersKept    int // old speakers that kept their row and slug
	SpeakersMerged  int // old speakers whose slug now redirects to another
	SpeakersDropped int // old speakers whose claims no longer name anyone
}

// Reresolve reads every stored article again with extract and stores
// what it finds now, in one transaction: the mend for a database built by
// an older extraction or older identity rules (two Clintons as one
// speaker, "Donald J. Trump" apart from "Donald Trump"). Speakers are
// resolved afresh; an old speaker keeps its row and slug when a new one
// has the same slug or name, and an old speaker no one took over leaves a
// redirect from its slug to the speaker that took most of its claims.
// Claims keep their IDs (their text decides them), their statuses and
// their later coverage; those no article reports any more go, unless
// KeepClaim keeps them.
func (s *Store) Reresolve(ctx context.Context, extract func(title, body string) []claims.Quote) (Reresolved, error) {
	var res Reresolved
	tx, err := s.begin(ctx)
	if err != nil {
		return res, fmt.Errorf("store: reresolve: %w", err)
	}
	defer tx.Rollback()
	wrap := func(err error) (Reresolved, error) { return Reresolved{}, fmt.Errorf("store: reresolve: %w", err) }

	before, err := appearanceSpeakers(ctx, tx) // who each appearance was given to
	if err != nil {
		return wrap(err)
	}
	old := map[int64]oldSpeaker{}
	rows, err := tx.QueryContext(ctx, `SELECT id, name, slug FROM speakers`)
	if err != nil {
		return wrap(err)
	}
	for rows.Next() {
		var o oldSpeaker
		if err := rows.Scan(&o.id, &o.name, &o.slug); err != nil {
			rows.Close()
			return wrap(err)
		}
		old[o.id] = o
	}
	rows.Close()
	res.SpeakersBefore = len(old)
	tx.reuse = map[string]int64{}
	for id, o := range old {
		tx.reuse["slug:"+o.slug] = id
		tx.reuse["key:"+claims.SpeakerKey(o.name)] = id
	}
	for _, q := range []string{`DELETE FROM appearances`, `DELETE FROM speaker_aliases`,
		`UPDATE claims SET speaker_id = NULL, confidence = 0, act = 'thought'`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return wrap(err)
		}
	}
	arts, err := tx.QueryContext(ctx, `SELECT id, title, body, coalesce(published, ingested_at), language
		FROM articles ORDER BY id`)
	if err != nil {
		return wrap(err)
	}
	type stored struct {
		id          int64
		title, body string
		seen, lang  string
	}
	var all []stored
	for arts.Next() {
		var a stored
		if err := arts.Scan(&a.id, &a.title, &a.body, &a.seen, &a.lang); err != nil {
			arts.Close()
			return wrap(err)
		}
		all = append(all, a)
	}
	arts.Close()
	for _, a := range all {
		if !claims.Analysed(a.lang) {
			continue
		}
		seen := parseTime(nullString(a.seen))
		var added Added
		clear(tx.resolved)
		for _, q := range extract(a.title, a.body) {
			if _, err := addQuote(ctx, tx, a.id, q, seen, &added); err != nil {
				return wrap(fmt.Errorf("article %d: %w", a.id, err))
			}
		}
		res.Articles++
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claims`).Scan(&n); err != nil {
		return wrap(err)
	}
	if err := s.dropOrphans(ctx, tx); err != nil {
		return wrap(err)
	}
	var left int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claims`).Scan(&left); err != nil {
		return wrap(err)
	}
	res.ClaimsDropped = n - left

	// The old speakers no new one took over: their slug goes to the
	// speaker that took most of their appearances, if any.
	after, err := appearanceSpeakers(ctx, tx)
	if err != nil {
		return wrap(err)
	}
	heirs := map[int64]map[int64]int{}
	for p, was := range before {
		if now := after[p]; was != 0 && now != 0 && now != was {
			if heirs[was] == nil {
				heirs[was] = map[int64]int{}
			}
			heirs[was][now]++
		}
	}
	for id, o := range old {
		if tx.reused[id] {
			res.SpeakersKept++
			continue
		}
		heir := int64(0)
		for h, c := range heirs[id] {
			if heir == 0 || c > heirs[id][heir] || c == heirs[id][heir] && h < heir {
				heir = h
			}
		}
		if heir != 0 {
			for _, q := range []string{`UPDATE speaker_redirects SET speaker_id = ? WHERE speaker_id = ?`,
				`INSERT INTO speaker_redirects (slug, speaker_id) SELECT slug, ? FROM speakers WHERE id = ?`} {
				if _, err := tx.ExecContext(ctx, q, heir, id); err != nil {
					return wrap(fmt.Errorf("redirect %s: %w", o.slug, err))
				}
			}
			res.SpeakersMerged++
		} else {
			res.SpeakersDropped++
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM speakers WHERE id = ?`, id); err != nil {
			return wrap(err)
		}
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM speakers`).Scan(&res.SpeakersAfter); err != nil {
		return wrap(err)
	}
	if err := tx.Commit(); err != nil {
		return wrap(err)
	}
	s.surnames = nil // rebuilt on next use
	return res, nil
}

// oldSpeaker is a speaker as Reresolve found it.
type oldSpeaker struct {
	id         int64
	name, slug string
}

// takeOver reuses the row of an old speaker for a new one of the same slug
// or name during Reresolve, so that its pages stay where they were, and
// reports the row's ID, or 0 when there is none to reuse.
func (t *txn) takeOver(ctx context.Context, name string, kind claims.SpeakerKind, surname string) (int64, error) {
	if t.reuse == nil {
		return 0, nil
	}
	id := t.reuse["slug:"+claims.Slug(name)]
	if id == 0 || t.reused[id] {
		id = t.reuse["key:"+claims.SpeakerKey(name)]
	}
	if id == 0 || t.reused[id] {
		return 0, nil
	}
	if t.reused == nil {
		t.reused = map[int64]bool{}
	}
	t.reused[id] = true
	_, err := t.ExecContext(ctx, `UPDATE speakers SET name = ?, kind = ?, surname = ? WHERE id = ?`, name, string(kind), surname, id)
	return id, err
}

// free reports an old speaker's row that Reresolve has not given anyone
// yet: no new name may join it.
func (t *txn) free(id int64) bool {
	return t.reuse != nil && !t.reused[id]
}

func nullString(s string) sql.NullString {
	return sql.NullString{String: s, Valid: strings.TrimSpace(s) != ""}
}

// place is an appearance: where in which article a claim appears.
type place struct {
	article int64
	start   int
}

// appearanceSpeakers is the speaker each appearance is given to, 0 for
// none.
func appearanceSpeakers(ctx context.Context, tx *txn) (map[place]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT article_id, start, coalesce(speaker_id, 0) FROM appearances`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	speakers := map[place]int64{}
	for rows.Next() {
		var p place
		var id int64
		if err := rows.Scan(&p.article, &p.start, &id); err != nil {
			return nil, err
		}
		speakers[p] = id
	}
	return speakers, rows.Err()
}
