package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// resolveSpeaker finds or creates the database's speaker for a mention,
// returning 0 when the mention names nobody the database can follow.
//
// A name is looked up by its key, so spelling variants meet (Zelenskyy,
// Zelensky), and by the acronyms the article gave it. A person's full name
// joins the one person of the same surname whose given names agree
// (names.SamePerson: "Donald J. Trump" is Donald Trump, "Len Burman" is
// Leonard E. Burman, Bill Clinton is not Hillary Clinton), unless the
// editors keep the two apart; a person's body or circle, named after them
// ("Donald J. Trump's campaign"), joins the same thing of the same person
// (names.SameOwned) the same way. A person's surname alone names nobody:
// extraction gives it the full name when the article has one, and if the
// article has none, Clinton could be either. One word of no known kind
// starts no speaker either: it joins one already known by it. A speaker's
// slug never changes once given, so permalinks hold.
func resolveSpeaker(ctx context.Context, tx *txn, m claims.Mention) (id int64, created bool, err error) {
	if m.Name == "" {
		return 0, false, nil
	}
	key := claims.SpeakerKey(m.Name)
	if key == "" || m.Kind == claims.Person && !strings.Contains(key, " ") {
		return 0, false, nil
	}
	if slug := tx.s.aliasOf(m.Name); slug != "" { // the editors say whose name it is
		if id, err = speakerBySlug(ctx, tx, slug); id != 0 || err != nil {
			if err == nil {
				err = addAliases(ctx, tx, id, m)
			}
			return id, false, err
		}
	}
	if id, err = aliasOf(ctx, tx, key); err != nil {
		return 0, false, err
	}
	if id != 0 && !tx.apart(ctx, m.Name, id) {
		return id, false, nil
	}
	for _, a := range m.Aliases { // "IMF", known before "International Monetary Fund"
		if id, err = aliasOf(ctx, tx, claims.SpeakerKey(a)); err != nil {
			return 0, false, err
		}
		if id != 0 {
			return id, false, addAliases(ctx, tx, id, m)
		}
	}
	if m.Kind == "" && !strings.Contains(key, " ") {
		// One word that extraction could not type ("Limbaugh", "Tesla",
		// "Security"): a surname alone, a company or a stray word. It
		// joins a speaker already known by it, or one the editors name,
		// but starts no page of its own: unattributed, not a wrong name.
		return 0, false, nil
	}
	if family(m.Name, m.Kind) != "" {
		if id, err = samePerson(ctx, tx, m.Name, m.Kind); id != 0 || err != nil {
			if err == nil {
				err = addAliases(ctx, tx, id, m)
			}
			return id, false, err
		}
	}
	if id, err = newSpeaker(ctx, tx, m.Name, m.Kind); err != nil {
		return 0, false, err
	}
	return id, true, addAliases(ctx, tx, id, m)
}

// speaker resolves the speaker of one of the article's quotes, once for
// each name the article gives (see txn.resolved), counting those created.
func (t *txn) speaker(ctx context.Context, m claims.Mention, res *Added) (int64, error) {
	key := m.Name + "\x00" + string(m.Kind) + "\x00" + strings.Join(m.Aliases, "\x00")
	if id, ok := t.resolved[key]; ok {
		return id, nil
	}
	id, created, err := resolveSpeaker(ctx, t, m)
	if err != nil {
		return 0, err
	}
	if created {
		res.SpeakersNew++
	}
	if t.resolved == nil {
		t.resolved = map[string]int64{}
	}
	t.resolved[key] = id
	return id, nil
}

// aliasOf is the speaker known by key, or 0.
func aliasOf(ctx context.Context, tx *txn, key string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT speaker_id FROM speaker_aliases WHERE key = ?`, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// family is what a speaker of a name is filed under (the surname
// column) for samePerson: a person's surname, or the owner's surname and
// the thing of a name owned by a person (names.OwnedKey); "" for the rest,
// which join by their key alone.
func family(name string, kind claims.SpeakerKind) string {
	if kind == claims.Person {
		return names.Split(name).Surname
	}
	return names.OwnedKey(name)
}

// samePerson is the one speaker of kind that name can be: the person of
// its surname with agreeing given names, or that person's same thing for
// an owned name. It is 0 when there is none, or more than one and none
// with the very same given name ("J. Smith" among John and Jane Smith).
// Names the editors keep apart stay apart.
func samePerson(ctx context.Context, tx *txn, name string, kind claims.SpeakerKind) (int64, error) {
	same, given := names.SamePerson, func(n string) string { return names.Split(n).Given }
	if kind != claims.Person {
		same = names.SameOwned
		given = func(n string) string { o, _, _ := names.Owned(n); return names.Split(o).Given }
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, name, slug FROM speakers WHERE surname = ? AND kind = ? ORDER BY id`, family(name, kind), string(kind))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var ids []int64
	exact := int64(0)
	for rows.Next() {
		var id int64
		var other, slug string
		if err := rows.Scan(&id, &other, &slug); err != nil {
			return 0, err
		}
		if tx.free(id) || !same(name, other) || tx.s.Apart != nil && tx.s.Apart(name, slug) {
			continue
		}
		ids = append(ids, id)
		if given(other) == given(name) && exact == 0 {
			exact = id
		}
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	switch {
	case len(ids) == 1:
		return ids[0], nil
	case exact != 0:
		return exact, nil
	}
	return 0, nil
}

// speakerBySlug is the speaker at slug, or the one a redirect from it
// names, or 0.
func speakerBySlug(ctx context.Context, tx *txn, slug string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE slug = ? UNION ALL SELECT speaker_id FROM speaker_redirects WHERE slug = ?`, slug, slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// apart reports whether the editors keep name apart from speaker id.
func (t *txn) apart(ctx context.Context, name string, id int64) bool {
	if t.s.Apart == nil {
		return false
	}
	var slug string
	if err := t.QueryRowContext(ctx, `SELECT slug FROM speakers WHERE id = ?`, id).Scan(&slug); err != nil {
		return false
	}
	return t.s.Apart(name, slug)
}

// aliasOf is the slug the editors' Alias hook gives name, or "".
func (s *Store) aliasOf(name string) string {
	if s.Alias == nil {
		return ""
	}
	return s.Alias(name)
}

// newSpeaker creates a speaker with a free slug made from its name, or
// during Reresolve takes over the old row of that slug or name.
func newSpeaker(ctx context.Context, tx *txn, name string, kind claims.SpeakerKind) (int64, error) {
	surname := family(name, kind)
	if id, err := tx.takeOver(ctx, name, kind, surname); id != 0 || err != nil {
		return id, err
	}
	slug, err := freeSlug(ctx, tx, claims.Slug(name))
	if err != nil {
		return 0, err
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO speakers (name, slug, kind, surname) VALUES (?, ?, ?, ?)`, name, slug, string(kind), surname)
	if err != nil {
		return 0, err
	}
	id, err := r.LastInsertId()
	if err == nil {
		tx.s.addSurname(id, name)
	}
	return id, err
}

// addAliases records the keys a mention names its speaker by.
func addAliases(ctx context.Context, tx *txn, id int64, m claims.Mention) error {
	if err := addAlias(ctx, tx, claims.SpeakerKey(m.Name), id); err != nil {
		return err
	}
	for _, a := range m.Aliases {
		if err := addAlias(ctx, tx, claims.SpeakerKey(a), id); err != nil {
			return err
		}
	}
	return nil
}

func addAlias(ctx context.Context, tx *txn, key string, id int64) error {
	if key == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO speaker_aliases (key, speaker_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, key, id)
	return err
}

// freeSlug returns slug, or slug-2, slug-3... if a speaker or a redirect
// has it.
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
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM speakers WHERE slug = ? UNION ALL SELECT 1 FROM speaker_redirects WHERE slug = ?`, try, try).Scan(&x)
		if errors.Is(err, sql.ErrNoRows) {
			return try, nil
		}
		if err != nil {
			return "", err
		}
	}
}
