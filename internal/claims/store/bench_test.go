package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkAddArticle stores articles of twenty claims each, five speakers
// among them, into a real SQLite file: the write side of ingest.
func BenchmarkAddArticle(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "claims.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := 0
	for b.Loop() {
		var quotes [][2]string
		for i := 0; i < 20; i++ {
			quotes = append(quotes, [2]string{fmt.Sprintf("claim %d of article %d said here", i, n),
				fmt.Sprintf("Speaker Number%d", i%5)})
		}
		a, qs := article(fmt.Sprintf("https://example.org/%d", n), "2025-05-19", quotes...)
		if _, err := s.AddArticle(ctx, &a, qs, time.Unix(0, 0)); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
