package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims/store/dbdump"
)

// TestStorageFloor writes every row of a database into a new one the way
// ingest writes (64 articles to a transaction, a savepoint each, the
// full-text indexes at each commit) but with none of ingest's own work:
// no extraction, no speaker resolution, no coverage matching. The copy
// must hold what the original does; its time is the floor under storing,
// which make bench-scale sets beside ingest (CLAIMTRACK_FLOOR_DB names the
// database to copy; the test copies a small one of its own in any case).
func TestStorageFloor(t *testing.T) {
	ctx := context.Background()
	src, srcPath := open(t)
	for i, names := range [][2]string{{"Jane Smith", "Tom Baker"}, {"Jane Smith", "Ann Lee"}, {"Tom Baker", "Ann Lee"}} {
		a, qs := article(fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("2025-05-%02d", 10+i),
			[2]string{"We will cut the deficit in half by next year", names[0]},
			[2]string{fmt.Sprintf("Story %d says the plan failed", i), names[1]})
		if _, err := src.AddArticle(ctx, &a, qs, now); err != nil {
			t.Fatal(err)
		}
	}
	src.Close()
	paths := []string{srcPath}
	if p := os.Getenv("CLAIMTRACK_FLOOR_DB"); p != "" {
		paths = append(paths, p)
	}
	for _, p := range paths {
		rows, err := readRows(p)
		if err != nil {
			t.Fatal(err)
		}
		dst, dstPath := open(t)
		start := time.Now()
		if err := rows.write(ctx, dst); err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		dst.Close()
		want, err := dbdump.Contents(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := dbdump.Contents(dstPath)
		if err != nil {
			t.Fatal(err)
		}
		if d := dbdump.Difference(want, got); d != "" {
			t.Fatalf("the copy of %s differs: %s", p, d)
		}
		t.Logf("floor: %d articles, %d rows stored in %.3f s", len(rows.articles), rows.n, took.Seconds())
	}
}

// tableRows are rows of one table, each as its column values.
type tableRows struct {
	table string
	cols  []string
	rows  [][]any
}

// dbRows are a database's rows, by the article that brought each in
// (the first that reports a claim, names a speaker, links to a claim),
// in the order of the articles' IDs; rest holds rows of no article.
type dbRows struct {
	articles []int64
	by       map[int64][]tableRows
	rest     []tableRows
	n        int
}

// readRows reads every row ingest writes from the database at path.
func readRows(path string) (*dbRows, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	r := &dbRows{by: map[int64][]tableRows{}}
	ids, err := db.Query(`SELECT id FROM articles ORDER BY id`)
	if err != nil {
		return nil, err
	}
	for ids.Next() {
		var id int64
		if err := ids.Scan(&id); err != nil {
			return nil, err
		}
		r.articles = append(r.articles, id)
	}
	ids.Close()
	// Each publisher, claim and speaker under the first article that
	// brings it.
	publisherFirst, claimFirst, speakerFirst := map[any]int64{}, map[any]int64{}, map[any]int64{}
	for _, q := range []struct {
		query string
		first map[any]int64
	}{
		{`SELECT publisher_id, id FROM articles`, publisherFirst},
		{`SELECT claim_id, article_id FROM appearances`, claimFirst},
		{`SELECT speaker_id, article_id FROM appearances`, speakerFirst},
		{`SELECT c.speaker_id, a.article_id FROM claims c JOIN appearances a ON a.claim_id = c.id`, speakerFirst},
	} {
		rows, err := db.Query(q.query)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var k any
			var article int64
			if err := rows.Scan(&k, &article); err != nil {
				return nil, err
			}
			if b, seen := q.first[k]; k != nil && (!seen || article < b) {
				q.first[k] = article
			}
		}
		rows.Close()
	}
	// In the order a foreign key needs them: an article's publisher and
	// speakers before it, its claims after, links to claims last.
	col := func(name string) func(row) any { return func(r row) any { return r(name) } }
	speaker := func(name string) func(row) any { return func(r row) any { return speakerFirst[r(name)] } }
	for _, q := range []struct {
		table   string
		article func(row) any
	}{
		{"publishers", func(r row) any { return publisherFirst[r("id")] }},
		{"speakers", speaker("id")},
		{"speaker_aliases", speaker("speaker_id")},
		{"speaker_redirects", speaker("speaker_id")},
		{"articles", col("id")},
		{"claims", func(r row) any { return claimFirst[r("id")] }},
		{"appearances", col("article_id")},
		{"coverage", func(r row) any { return max(r("article_id").(int64), claimFirst[r("claim_id")]) }},
		{"statuses", func(row) any { return nil }},
	} {
		if err := r.read(db, q.table, q.article); err != nil {
			return nil, fmt.Errorf("%s: %w", q.table, err)
		}
	}
	return r, nil
}

// row gives a row's value in the named column.
type row func(col string) any

// read reads the rows of table, each under the article that article
// gives for it.
func (r *dbRows) read(db *sql.DB, table string, article func(row) any) error {
	cols := "*"
	if table == "claims" {
		cols = "rowid, *" // the full-text index is by rowid
	}
	rows, err := db.Query(`SELECT ` + cols + ` FROM ` + table)
	if err != nil {
		return err
	}
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return err
	}
	at := map[string]int{}
	for i, n := range names {
		at[n] = i
	}
	if table == "claims" {
		names[0] = "rowid"
	}
	for rows.Next() {
		vals := make([]any, len(names))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		r.n++
		id, ok := article(func(col string) any { return vals[at[col]] }).(int64)
		if !ok || id == 0 {
			r.rest = appendRow(r.rest, table, names, vals)
			continue
		}
		r.by[id] = appendRow(r.by[id], table, names, vals)
	}
	return rows.Err()
}

func appendRow(ts []tableRows, table string, cols []string, vals []any) []tableRows {
	if len(ts) == 0 || ts[len(ts)-1].table != table {
		ts = append(ts, tableRows{table: table, cols: cols})
	}
	ts[len(ts)-1].rows = append(ts[len(ts)-1].rows, vals)
	return ts
}

// write stores the rows into s, 64 articles to a transaction.
func (r *dbRows) write(ctx context.Context, s *Store) error {
	const batch = 64
	for i := 0; i < len(r.articles); i += batch {
		var groups [][]tableRows
		for _, id := range r.articles[i:min(i+batch, len(r.articles))] {
			groups = append(groups, r.by[id])
		}
		if i+batch >= len(r.articles) {
			groups = append(groups, r.rest)
		}
		if err := writeBatch(ctx, s, groups); err != nil {
			return err
		}
	}
	if len(r.articles) == 0 {
		return writeBatch(ctx, s, [][]tableRows{r.rest})
	}
	return nil
}

func writeBatch(ctx context.Context, s *Store, groups [][]tableRows) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	for _, g := range groups {
		if _, err := tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
			tx.Rollback()
			return err
		}
		for _, t := range g {
			insert := `INSERT INTO ` + t.table + ` (` + strings.Join(t.cols, ", ") + `) VALUES (?` + strings.Repeat(", ?", len(t.cols)-1) + `)`
			for _, row := range t.rows {
				if _, err := tx.ExecContext(ctx, insert, row...); err != nil {
					tx.Rollback()
					return fmt.Errorf("%s: %w", t.table, err)
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `RELEASE article`); err != nil {
			tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}
