package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestBar(t *testing.T) {
	var b bytes.Buffer
	p := Always(&b, 4, "articles")
	p.start = time.Now().Add(-time.Second)
	for range 4 {
		p.Step()
	}
	if !strings.Contains(b.String(), "\r[##############################] 4/4 articles, 4/s") {
		t.Errorf("bar at the end: %q", b.String())
	}
	p.Clear()
	if !strings.HasSuffix(b.String(), "\r\033[K") {
		t.Error("the bar is not wiped at the end")
	}
	var nilBar *Bar
	nilBar.Step() // a run without a bar draws nothing and does not crash
	nilBar.Set(3)
	nilBar.Clear()
	if New(&b, 3, "pages") != nil {
		t.Error("a bar for a buffer, which is no terminal")
	}
}

// TestBarFromManyGoroutines sets the bar from several goroutines at once,
// as the build's workers do; run with -race.
func TestBarFromManyGoroutines(t *testing.T) {
	var b bytes.Buffer
	p := Always(&b, 400, "pages")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				p.Step()
			}
		})
	}
	wg.Wait()
	if !strings.Contains(b.String(), "400/400 pages") {
		t.Errorf("the bar does not end at 400/400: %q", b.String()[max(0, b.Len()-80):])
	}
}
