package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"claimtrack/internal/claims/store/dbdump"
	"claimtrack/internal/corpus"
)

// TestRepeatable ingests one synthetic corpus twice into new databases:
// the same files in the same order (with -now) give the same rows in
// every table, later coverage included.
func TestRepeatable(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := corpus.Write(dir, 600, 3); err != nil {
		t.Fatal(err)
	}
	dump := func(db string) string {
		if _, errOut, err := ingest(t, "", "-q", "-now", "2026-01-01", "-db", db, filepath.Join(dir, "articles")); err != nil {
			t.Fatalf("%v: %s", err, errOut)
		}
		conn, err := sql.Open("sqlite3", db)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var b strings.Builder
		for _, q := range []string{
			`SELECT id, url, title, published, hash, ingested_at FROM articles ORDER BY id`,
			`SELECT id, name, slug, kind FROM speakers ORDER BY id`,
			`SELECT rowid, id, text, speaker_id, first_seen, confidence, act FROM claims ORDER BY rowid`,
			`SELECT claim_id, article_id, start, speaker_id, mention FROM appearances ORDER BY 1, 2, 3`,
			`SELECT claim_id, article_id, score, sentence FROM coverage ORDER BY 1, 2`,
		} {
			rows, err := conn.Query(q)
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			n := 0
			for rows.Next() {
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				for _, v := range vals {
					b.WriteString(strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(fmtValue(v), "\n", " "), "\t", " ")) + "\t")
				}
				b.WriteString("\n")
				n++
			}
			rows.Close()
			if n == 0 {
				t.Errorf("no rows from %s", q)
			}
		}
		return b.String()
	}
	first, second := dump(filepath.Join(dir, "a.db")), dump(filepath.Join(dir, "b.db"))
	if diff := dbdump.Difference(first, second); diff != "" {
		t.Fatalf("the two databases differ, %s", diff)
	}
	if !strings.Contains(first, "\t0.") {
		t.Error("no coverage scores in the dump")
	}
}

func fmtValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	default:
		return strings.TrimSpace(strings.Trim(fmt.Sprint(x), "[]"))
	}
}

// TestAnyOrder ingests one corpus file by file in opposite orders: the
// two databases hold the same articles, claims with the same speakers and
// first-seen dates, speakers and later coverage. (Updated stories are the
// hard part: the newer version stays, whichever comes first.)
func TestAnyOrder(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := corpus.Write(dir, 1500, 5); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*"))
	sort.Strings(files)
	forward, backward := filepath.Join(dir, "forward.db"), filepath.Join(dir, "backward.db")
	if _, errOut, err := ingest(t, "", append([]string{"-q", "-now", "2026-01-01", "-db", forward}, files...)...); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	slices.Reverse(files)
	if _, errOut, err := ingest(t, "", append([]string{"-q", "-now", "2026-01-01", "-db", backward}, files...)...); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	a, b := contents(t, forward).all, contents(t, backward).all
	if !strings.Contains(a, "coverage ") {
		t.Fatal("the corpus made no later coverage to compare")
	}
	if diff := dbdump.Difference(a, b); diff != "" {
		t.Fatalf("read in opposite orders, the databases differ, %s", diff)
	}
}
