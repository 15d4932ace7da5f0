package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
)

// txn is a write transaction whose statements run prepared: ingest runs the
// same few thousands of times, and preparing each anew was most of its time.
//
// It runs on a connection of its own with BEGIN and COMMIT of its own
// rather than as a *sql.Tx: database/sql starts a goroutine to watch a
// transaction's context for every query run in it, and the scheduling of
// those goroutines was a tenth of ingesting.
type txn struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt // prepared on conn, by query text
	done  bool
	s     *Store
	// During Reresolve: the old speakers' rows by "slug:" and "key:", and
	// those given to a new speaker.
	reuse  map[string]int64
	reused map[int64]bool
	// resolved holds the speakers the article being stored has named so
	// far, by name, kind and aliases: an article names its few speakers
	// many times, and each resolution cost two queries.
	resolved map[string]int64
}

// begin starts a write transaction, and forgets what the store keeps in
// memory of the database when another writer has written since this one
// last did (the writes table counts every write transaction).
func (s *Store) begin(ctx context.Context) (*txn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	// The log is copied into the database every 40 MB rather than SQLite's
	// 4 MB: a large ingest touches the same index pages batch after batch,
	// and copying them ten times as often was a twelfth of its time. (A
	// setting of the connection, which the DSN cannot give.)
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 10000`); err != nil {
		conn.Close()
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		conn.Close()
		return nil, err
	}
	t := &txn{conn: conn, stmts: map[string]*sql.Stmt{}, s: s}
	var n int64
	if err := t.QueryRowContext(ctx, `UPDATE writes SET n = n + 1 RETURNING n`).Scan(&n); err != nil {
		t.Rollback()
		return nil, err
	}
	if n != s.writes+1 {
		s.forget()
	}
	s.writes = n
	return t, nil
}

// Commit ends the transaction, keeping what it wrote; when that fails,
// it rolls back.
func (t *txn) Commit() error {
	if t.done {
		return sql.ErrTxDone
	}
	ctx := context.Background()
	if err := t.index(ctx, "claims"); err != nil {
		t.Rollback()
		return err
	}
	if err := t.index(ctx, "articles"); err != nil {
		t.Rollback()
		return err
	}
	if _, err := t.conn.ExecContext(ctx, `COMMIT`); err != nil {
		t.Rollback()
		return err
	}
	t.close(nil)
	return nil
}

// index adds the rows of table ("claims" or "articles") that wait in its
// pending table to its full-text index, all in one statement (migration
// 011): at the end of each write transaction, and before a search of the
// index within one.
func (t *txn) index(ctx context.Context, table string) error {
	key, text := ftsColumns[table][0], ftsColumns[table][1]
	if _, err := t.ExecContext(ctx, `INSERT INTO `+table+`_fts (rowid, `+text+`)
		SELECT t.`+key+`, t.`+text+` FROM `+table+`_fts_pending p JOIN `+table+` t ON t.`+key+` = p.id ORDER BY p.id`); err != nil {
		return err
	}
	_, err := t.ExecContext(ctx, `DELETE FROM `+table+`_fts_pending`)
	return err
}

// ftsColumns are, for each table with a full-text index, the key the
// index's rowids are and the column it indexes.
var ftsColumns = map[string][2]string{"claims": {"rowid", "text"}, "articles": {"id", "body"}}

// Rollback ends the transaction, dropping what it wrote; after Commit or
// Rollback it does nothing and says so (sql.ErrTxDone).
func (t *txn) Rollback() error {
	if t.done {
		return sql.ErrTxDone
	}
	_, err := t.conn.ExecContext(context.Background(), `ROLLBACK`)
	t.close(err)
	return err
}

// close gives the connection back. One whose ROLLBACK failed may still be
// in the transaction, so it is closed for good rather than pooled.
func (t *txn) close(rollbackErr error) {
	t.done = true
	for _, st := range t.stmts {
		st.Close()
	}
	if rollbackErr != nil {
		t.conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	t.conn.Close()
}

// prepared returns query prepared once for the transaction.
func (t *txn) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	st := t.stmts[query]
	if st == nil {
		var err error
		if st, err = t.conn.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		t.stmts[query] = st
	}
	return st, nil
}

func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.prepared(ctx, query)
	if err != nil {
		return t.conn.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

func (t *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}
