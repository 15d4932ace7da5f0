// Package store keeps claimtrack's database: one SQLite file holding
// articles, speakers, claims, their appearances, status history and later
// coverage, with an FTS5 index over claim text.
//
// The schema is a list of numbered SQL migrations embedded in the binary and
// recorded in the schema_migrations table as they are applied, so any older
// database is brought up to date when it is opened. Connection settings
// (foreign keys, WAL, busy timeout) live in the DSN, so every pooled
// connection has them. Every exported method that writes owns its
// transaction: an article and all it brings is stored whole or not at all.
//
// The binary must be built with -tags sqlite_fts5.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"

	"claimtrack/internal/claims/names"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is an open claims database.
type Store struct {
	db *sql.DB
	// KeepClaim, when set, keeps a claim that no article reports any more,
	// such as one with an editor's verdict file.
	KeepClaim func(id string) bool
	// Alias and Apart are the editors' word on speakers (package profile):
	// the slug of the speaker a name belongs to, or ""; and whether a name
	// is kept apart from the speaker at slug though the identity rules
	// would join them ("J. Smith" and John Smith).
	Alias func(name string) (slug string)
	Apart func(name, slug string) bool

	// For later coverage, kept in memory across articles: speakers by
	// surname, and when the latest stored article appeared.
	surnames map[string][]named
	latest   time.Time
	index    *claimIndex // named speakers' claims by word (claimindex.go)
	writes   int64       // the writes table's count after this store's last write transaction began
}

// Open opens (creating if need be) the database file at path and applies
// any migrations it lacks.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", busyTimeout)
	q.Set("_synchronous", "NORMAL")
	// A writer touches claims, appearances and their indexes all over the
	// file; SQLite's default cache of 2 MB made ingesting 100,000 claims
	// a seventh slower than 64 MB does.
	q.Set("_cache_size", "-65536")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	if err := s.fillSurnames(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	return s, nil
}

// busyTimeout is how long, in milliseconds, a writer waits for another to
// finish before giving up: ingest commits a batch at least every second, so
// a wait is short unless something holds the database much longer.
const busyTimeout = "30000"

// OpenReadOnly opens an existing database for reading only, as build
// does: it takes no write lock, so builds run while ingests write. A
// database whose schema is behind is brought up to date first, with a
// writing connection that is closed again.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	open := func() (*Store, error) {
		q := url.Values{}
		q.Set("mode", "ro")
		q.Set("_busy_timeout", busyTimeout)
		db, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
		return &Store{db: db}, nil
	}
	s, err := open()
	if err != nil {
		return nil, err
	}
	if v, err := s.Version(ctx); err == nil && v >= latestMigration() {
		return s, nil
	}
	s.Close()
	w, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	w.Close()
	return open()
}

// latestMigration is the number of the newest embedded migration.
func latestMigration() int {
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	latest := 0
	for _, name := range names {
		if v, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0]); err == nil && v > latest {
			latest = v
		}
	}
	return latest
}

// Close closes the database.
func (s *Store) Close() error {
	return s.db.Close()
}

// migrate applies, in order and each in its own transaction, the embedded
// migrations not yet recorded in schema_migrations.
func (s *Store) migrate(ctx context.Context) error {
	if v, err := s.Version(ctx); err == nil && v >= latestMigration() {
		return nil // up to date: no write lock taken
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		version, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: %s: name must start with its number", base)
		}
		if err := s.apply(ctx, version, base, name); err != nil {
			if strings.Contains(err.Error(), "no such module: fts5") {
				return fmt.Errorf("migrate %s: %w (this binary was built without -tags sqlite_fts5)", base, err)
			}
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, version int, base, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	sqlText, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(sqlText)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		version, base, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// fillSurnames gives the people of a database made before speakers had
// surnames theirs, which only Go can take apart (names.Split).
func (s *Store) fillSurnames(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM speakers WHERE kind = 'person' AND surname = ''`)
	if err != nil {
		return err
	}
	fill := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return err
		}
		fill[id] = names.Split(name).Surname
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(fill) == 0 {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for id, surname := range fill {
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET surname = ? WHERE id = ?`, surname, id); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Version is the number of the newest migration applied.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

// timeText stores a time as RFC 3339 in UTC, or NULL when it is zero.
func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339, s.String)
	return t
}
