package store

import (
	"claimtrack/internal/claims"
	"context"
	"fmt"
	"testing"
	"time"
)

// TestBatch stores three articles in one batch, the second of which fails
// part way (a claim of an unknown kind): nothing of it is stored, the
// others are, and a batch rolled back stores nothing at all.
func TestBatch(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	a1, q1 := article("https://a.example/1", "2025-05-01", [2]string{"We will build the bridge by May", "Ann Lee"})
	a2, q2 := article("https://a.example/2", "2025-05-02", [2]string{"Taxes will fall next year", "Bo Park"})
	a3, q3 := article("https://a.example/3", "2025-05-03", [2]string{"The port will reopen in June", "Cy Diaz"})
	q2[0].Kind = "bogus"
	b, err := s.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(ctx, &a1, q1, now); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(ctx, &a2, q2, now); err == nil {
		t.Fatal("an article with a claim of an unknown kind was stored")
	}
	if _, err := b.Add(ctx, &a3, q3, now); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 2 || len(d.Claims) != 2 || len(d.Speakers) != 2 {
		t.Errorf("%d articles, %d claims, %d speakers; want 2 of each", len(d.Articles), len(d.Claims), len(d.Speakers))
	}
	for _, a := range d.Articles {
		if a.URL == "https://a.example/2" {
			t.Error("the failed article was stored")
		}
	}
	b, err = s.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a4, q4 := article("https://a.example/4", "2025-05-04", [2]string{"Rents will double", "Di Moss"})
	if _, err := b.Add(ctx, &a4, q4, now); err != nil {
		t.Fatal(err)
	}
	b.Rollback()
	if d, _ := s.Load(ctx); len(d.Articles) != 2 {
		t.Errorf("a rolled-back batch left %d articles", len(d.Articles))
	}
}

// TestReadOnlyWhileWriting reads a database with OpenReadOnly while a
// batch holds the write lock: the read neither waits nor fails, and sees
// what was committed before.
func TestReadOnlyWhileWriting(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	a1, q1 := article("https://a.example/1", "2025-05-01", [2]string{"We will build the bridge by May", "Ann Lee"})
	if _, err := s.AddArticle(ctx, &a1, q1, now); err != nil {
		t.Fatal(err)
	}
	b, err := s.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	a2, q2 := article("https://a.example/2", "2025-05-02", [2]string{"Taxes will fall next year", "Bo Park"})
	if _, err := b.Add(ctx, &a2, q2, now); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	d, err := r.Load(ctx) // a connection that begins with a write lock would wait out the busy timeout and fail
	if err != nil || len(d.Articles) != 1 {
		t.Fatalf("read while a batch is open: %v, %d articles", err, len(d.Articles))
	}
	if _, err := r.AddArticle(ctx, &a2, q2, now); err == nil {
		t.Error("a read-only store wrote")
	}
}

// TestLoadWhileWriting loads the database again and again while articles
// are stored one by one: Load reads its parts at once, each in a read
// transaction of its own, and every load must still be of one moment:
// as many claims as appearances (each article brings one claim of its
// own), and every appearance in an article it holds.
func TestLoadWhileWriting(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	r, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	const n = 120
	done := make(chan error, 1)
	go func() {
		for i := range n {
			a, q := article(fmt.Sprintf("https://a.example/%d", i), "2025-05-01", [2]string{fmt.Sprintf("We will build bridge number %d by May", i), "Ann Lee"})
			if _, err := s.AddArticle(ctx, &a, q, now); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	loads := 0
	for writing := true; writing; loads++ {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			writing = false
		default:
		}
		d, err := r.Load(ctx)
		if err != nil {
			t.Fatal(err)
		}
		articles := map[int64]bool{}
		for _, a := range d.Articles {
			articles[a.ID] = true
		}
		appearances := 0
		for _, c := range d.Claims {
			for _, p := range c.Appearances {
				appearances++
				if !articles[p.ArticleID] {
					t.Fatalf("load %d: claim %s appears in article %d, which the load lacks", loads, c.ID, p.ArticleID)
				}
			}
		}
		if len(d.Articles) != len(d.Claims) || appearances != len(d.Claims) {
			t.Fatalf("load %d: %d articles, %d claims, %d appearances: parts of different moments", loads, len(d.Articles), len(d.Claims), appearances)
		}
	}
	if d, _ := r.Load(ctx); len(d.Claims) != n {
		t.Errorf("after the writes: %d claims, want %d", len(d.Claims), n)
	}
	t.Logf("%d loads while writing", loads)
}

// TestSearchIndexByTransaction changes rows within the transaction that
// inserts them, before the full-text indexes take them at its end, and in
// a later one: an article replaced at its URL, a claim whose words an
// earlier report corrects, claims dropped with their article. After each
// commit both indexes agree row for row with their tables (FTS5's
// integrity check against the content), nothing waits, and search finds
// only the words the claims have now.
func TestSearchIndexByTransaction(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	first, q1 := article("https://a.example/story", "2025-05-02", [2]string{"The harbour will close in winter", "Ann Lee"})
	replaced, q2 := article("https://a.example/story", "2025-05-02", [2]string{"The ferry will run all year", "Ann Lee"})
	// The same claim, reported earlier and with a full stop: its stored
	// words become these.
	earlier, q3 := article("https://a.example/earlier", "2025-04-01", [2]string{"The ferry will run all year.", "Ann Lee"})
	check := func(when string, want map[string]int) {
		t.Helper()
		for _, table := range []string{"claims", "articles"} {
			if _, err := s.db.ExecContext(ctx, `INSERT INTO `+table+`_fts (`+table+`_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
				t.Errorf("%s: %s_fts: %v", when, table, err)
			}
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+table+`_fts_pending`).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d %s rows wait for the index (%v)", when, n, table, err)
			}
		}
		for query, n := range want {
			if ids, err := s.Search(ctx, query, 10); err != nil || len(ids) != n {
				t.Errorf("%s: search %q found %v (%v), want %d", when, query, ids, err, n)
			}
		}
	}
	b, err := s.Batch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, add := range []struct {
		a  *claims.Article
		qs []claims.Quote
	}{{&first, q1}, {&replaced, q2}, {&earlier, q3}} {
		if _, err := b.Add(ctx, add.a, add.qs, now); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	check("one transaction", map[string]int{"harbour": 0, "ferry": 1})
	var text string
	if err := s.db.QueryRowContext(ctx, `SELECT text FROM claims`).Scan(&text); err != nil || text != "The ferry will run all year." {
		t.Fatalf("stored claim %q (%v), want the earlier report's words", text, err)
	}
	// Now indexed rows change: the story is replaced again.
	again, q4 := article("https://a.example/story", "2025-05-02", [2]string{"The harbour will open at dawn", "Ann Lee"})
	if _, err := s.AddArticle(ctx, &again, q4, now); err != nil {
		t.Fatal(err)
	}
	check("a later transaction", map[string]int{"harbour": 1, "ferry": 1, "dawn": 1})
}
