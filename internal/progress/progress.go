// Package progress draws the one-line progress bar ingest and build show
// on a terminal: how many of how many, and the rate.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Bar is a progress bar of total things of one unit ("articles",
// "pages"). A nil Bar draws nothing, so callers need not check. It is
// safe for use by several goroutines.
type Bar struct {
	w     io.Writer
	unit  string
	total int
	start time.Time

	mu    sync.Mutex
	n     int
	drawn time.Time
}

// New returns a bar that draws on w, or nil when w is no terminal.
func New(w io.Writer, total int, unit string) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	return Always(w, total, unit)
}

// Always returns a bar that draws on w whatever it is (-progress).
func Always(w io.Writer, total int, unit string) *Bar {
	return &Bar{w: w, unit: unit, total: max(total, 1), start: time.Now()}
}

// Step counts one more done.
func (b *Bar) Step() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.set(b.n + 1)
}

// Set sets how many are done.
func (b *Bar) Set(n int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.set(n)
}

func (b *Bar) set(n int) {
	b.n = n
	if time.Since(b.drawn) < 100*time.Millisecond && b.n < b.total {
		return
	}
	b.drawn = time.Now()
	const width = 30
	filled := width * min(b.n, b.total) / b.total
	rate := float64(b.n) / max(time.Since(b.start).Seconds(), 1e-9)
	fmt.Fprintf(b.w, "\r[%s%s] %d/%d %s, %.0f/s ", strings.Repeat("#", filled),
		strings.Repeat(".", width-filled), b.n, b.total, b.unit, rate)
}

// Clear wipes the bar so that another line prints cleanly; the next step
// draws it again.
func (b *Bar) Clear() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	fmt.Fprint(b.w, "\r\033[K")
	b.drawn = time.Time{}
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
