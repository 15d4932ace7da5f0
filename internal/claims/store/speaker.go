package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"claimtrack/internal/claims"
)

// resolveSpeaker finds or creates the database's speaker for a mention,
// returning 0 when the mention names nobody. A name is looked up by its key
// (so spelling variants meet); a bare surname joins the one known speaker of
// that surname; a full name takes over a speaker so far known by its surname
// alone. The speaker's slug never changes once given, so permalinks hold.
func resolveSpeaker(ctx context.Context, tx *txn, m claims.Mention) (id int64, created bool, err error) {
	if m.Name == "" {
		return 0, false, nil
	}
	key := claims.SpeakerKey(m.Name)
	if key == "" {
		return 0, false, nil
	}
	err = tx.QueryRowContext(ctx, `SELECT speaker_id FROM speaker_aliases WHERE key = ?`, key).Scan(&id)
	if err == nil {
		return id, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	surname := claims.Surname(m.Name)
	if !m.Org {
		if strings.Contains(key, " ") {
			// A full name: is there a speaker known by the bare surname?
			err = tx.QueryRowContext(ctx, `SELECT speaker_id FROM speaker_aliases WHERE key = ?`, surname).Scan(&id)
			if err == nil {
				if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = ? WHERE id = ?`, m.Name, id); err != nil {
					return 0, false, err
				}
				return id, false, addAlias(ctx, tx, key, id)
			}
		} else if id, err = onlySurname(ctx, tx, surname); err != nil || id != 0 {
			if err == nil {
				err = addAlias(ctx, tx, key, id)
			}
			return id, false, err
		}
	}
	slug, err := freeSlug(ctx, tx, claims.Slug(m.Name))
	if err != nil {
		return 0, false, err
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO speakers (name, slug, org) VALUES (?, ?, ?)`, m.Name, slug, m.Org)
	if err != nil {
		return 0, false, err
	}
	if id, err = r.LastInsertId(); err != nil {
		return 0, false, err
	}
	tx.s.addSurname(id, m.Name)
	return id, true, addAlias(ctx, tx, key, id)
}

// onlySurname returns the one person speaker whose name ends in surname, or
// 0 when there is none or more than one.
func onlySurname(ctx context.Context, tx *txn, surname string) (int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT a.speaker_id FROM speaker_aliases a
		JOIN speakers s ON s.id = a.speaker_id WHERE s.org = 0 AND a.key LIKE ? ESCAPE '\'`,
		"% "+strings.NewReplacer(`%`, `\%`, `_`, `\_`).Replace(surname))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return 0, err
		}
		ids = append(ids, id)
	}
	if len(ids) != 1 {
		return 0, rows.Err()
	}
	return ids[0], rows.Err()
}

func addAlias(ctx context.Context, tx *txn, key string, id int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO speaker_aliases (key, speaker_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, key, id)
	return err
}

// freeSlug returns slug, or slug-2, slug-3... if it is taken.
func freeSlug(ctx context.Context, tx *txn, slug string) (string, error) {
	if slug == "" {
		slug = "speaker"
	}
	for n := 1; ; n++ {
		try := slug
		if n > 1 {
			try = fmt.Sprintf("%s-%d", slug, n)
		}
		var x int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM speakers WHERE slug = ?`, try).Scan(&x)
		if errors.Is(err, sql.ErrNoRows) {
			return try, nil
		}
		if err != nil {
			return "", err
		}
	}
}
