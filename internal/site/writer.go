package site

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// writer writes the site's files, skipping those whose bytes are unchanged,
// and at the end removes what the build did not produce and records the
// fingerprints of the pages it rendered.
type writer struct {
	out   string
	prior map[string]fingerprint // the last build's pages (read-only)
	mu    sync.Mutex             // over made, next and stats: pages are written from several goroutines
	made  map[string]bool
	next  map[string]fingerprint
	stats Stats
}

func newWriter(out string) *writer {
	return &writer{out: out, prior: readManifest(out), made: map[string]bool{}, next: map[string]fingerprint{}}
}

// reuse keeps the page at rel as the last build wrote it when its
// fingerprint is the same and the file is still there, and reports
// whether it did.
func (w *writer) reuse(rel string, fp fingerprint) bool {
	if old, ok := w.prior[rel]; !ok || old != fp {
		return false
	}
	if !w.keep(rel) {
		return false
	}
	w.mu.Lock()
	w.next[rel] = fp
	w.stats.Reused++
	w.mu.Unlock()
	return true
}

// record notes the fingerprint of the page at rel for the next build.
func (w *writer) record(rel string, fp fingerprint) {
	w.mu.Lock()
	w.next[rel] = fp
	w.mu.Unlock()
}

// inside reports a slash-separated relative path that stays inside the
// output folder: no absolute path, no ".." segment.
func inside(rel string) bool {
	return rel != "" && !path.IsAbs(rel) && rel == path.Clean(rel) && rel != ".." && !strings.HasPrefix(rel, "../")
}

// write puts data at rel, a slash-separated path inside the output folder;
// a path that would leave the folder is refused, whatever made it.
func (w *writer) write(rel string, data []byte) error {
	if !inside(rel) {
		return fmt.Errorf("refusing to write %q: outside the output folder", rel)
	}
	w.mu.Lock()
	if w.made[rel] {
		w.mu.Unlock()
		return fmt.Errorf("two pages want %s", rel)
	}
	w.made[rel] = true
	w.stats.Pages++
	w.mu.Unlock()
	path := filepath.Join(w.out, filepath.FromSlash(rel))
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		w.count(&w.stats.Unchanged)
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	// Write then rename, so a server never sees half a page.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	w.count(&w.stats.Written)
	return nil
}

// keep marks rel as made by this build if the output folder has it
// already, and reports whether it did: for files named by their content,
// which need not be made again.
func (w *writer) keep(rel string) bool {
	if _, err := os.Stat(filepath.Join(w.out, filepath.FromSlash(rel))); err != nil {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.made[rel] {
		return false
	}
	w.made[rel] = true
	w.stats.Pages++
	w.stats.Unchanged++
	return true
}

func (w *writer) count(n *int) {
	w.mu.Lock()
	*n++
	w.mu.Unlock()
}

// finish removes files the build did not produce and the folders left
// empty, then writes the manifest.
func (w *writer) finish() error {
	var dirs []string
	err := filepath.WalkDir(w.out, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(w.out, path)
		if d.IsDir() {
			dirs = append(dirs, path)
			return nil
		}
		if !w.made[filepath.ToSlash(rel)] {
			w.stats.Removed++
			return os.Remove(path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Sort(sort.Reverse(sort.StringSlice(dirs))) // deepest first
	for _, d := range dirs {
		if d != w.out {
			os.Remove(d) // fails, harmlessly, unless empty
		}
	}
	return writeManifest(w.out, w.next)
}
