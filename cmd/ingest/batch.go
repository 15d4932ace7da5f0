package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/store"
)

// A batch is committed when it holds batchSize articles or has been open
// for batchTime: few commits (each a sync to disk) for a large run, and
// another writer never waits long for the database.
const (
	batchSize = 256
	batchTime = time.Second
)

// waitNotice is how long a writer waits for the database before it says so.
var waitNotice = 3 * time.Second

// errWaiting is reported, not returned: the run goes on once the database is free.
var errWaiting = errors.New("waiting for another writer (an ingest or -reresolve) to finish with the database")

// batcher stores the articles of a run in batches (store.Batch), counting
// each article in the summary once its batch is committed. An article that
// fails is reported and leaves nothing; a batch that fails to commit
// reports each of its articles as failed.
type batcher struct {
	st      *store.Store
	sum     *summary
	report  func(error)
	b       *store.Batch
	opened  time.Time
	pending []store.Added
	sources []string
}

func (w *batcher) add(ctx context.Context, a *claims.Article, qs []claims.Quote, now time.Time) error {
	began := time.Now()
	if w.b == nil {
		// Another ingest's batch holds the database for a second at
		// most, and a build never does; a longer wait is worth saying.
		said := make(chan struct{})
		waiting := time.AfterFunc(waitNotice, func() { w.report(errWaiting); close(said) })
		b, err := w.st.Batch(context.WithoutCancel(ctx)) // see Add below
		if !waiting.Stop() {
			<-said // the notice is out before anything else is
		}
		if err != nil {
			return err
		}
		w.b, w.opened = b, time.Now()
	}
	// A batch's statements run to the end once begun (an interrupt is
	// heeded between articles, and the batch rolled back): a context that
	// can be cancelled costs database/sql and the SQLite driver a goroutine
	// per statement, about a tenth of the time storing took.
	added, err := w.b.Add(context.WithoutCancel(ctx), a, qs, now)
	w.sum.storing += time.Since(began) // and flush counts its commit
	if err != nil {
		w.sum.failed++
		w.report(err)
	} else {
		w.pending = append(w.pending, added)
		w.sources = append(w.sources, a.Source)
	}
	if len(w.pending) >= batchSize || time.Since(w.opened) >= batchTime {
		w.flush()
	}
	return nil
}

// flush commits the open batch, if any.
func (w *batcher) flush() {
	if w.b == nil {
		return
	}
	defer func(began time.Time) { w.sum.storing += time.Since(began) }(time.Now())
	err := w.b.Commit()
	if err != nil {
		for _, src := range w.sources {
			w.sum.failed++
			w.report(fmt.Errorf("%s: not stored: %w", src, err))
		}
	} else {
		for _, a := range w.pending {
			w.sum.add(a)
		}
	}
	w.b, w.pending, w.sources = nil, nil, nil
}

// rollback drops a batch left open by an error or an interruption.
func (w *batcher) rollback() {
	if w.b != nil {
		w.b.Rollback()
	}
}
