package site

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
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
	dirs  map[string]bool // folders made or found by this build
	next  map[string]fingerprint
	stats Stats
	empty bool // the output folder had nothing in it when the build began
}

func newWriter(out string) *writer {
	return &writer{out: out, prior: readManifest(out), made: map[string]bool{}, dirs: map[string]bool{}, next: map[string]fingerprint{}, empty: isEmpty(out)}
}

// isEmpty reports whether the folder dir is missing or has nothing in it.
func isEmpty(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return errors.Is(err, fs.ErrNotExist)
	}
	defer f.Close()
	_, err = f.Readdirnames(1)
	return err == io.EOF
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
	return w.put(rel, func(path string) (bool, error) {
		old, err := os.ReadFile(path)
		return err == nil && bytes.Equal(old, data), nil
	}, func(tmp string) error { return os.WriteFile(tmp, data, 0o644) })
}

// place puts the file at src at rel, as write does with bytes, without
// reading it into memory: for the database snapshot. src is moved, or
// copied where a move cannot be made.
func (w *writer) place(rel, src string) error {
	return w.put(rel, func(path string) (bool, error) { return sameFile(src, path) }, func(tmp string) error {
		if os.Rename(src, tmp) != nil {
			return copyFile(src, tmp)
		}
		return nil
	})
}

// put makes the file at rel with create, unless same says the one there
// already holds its bytes; rel is refused if it would leave the folder or
// another file of the build has it.
func (w *writer) put(rel string, same func(path string) (bool, error), create func(tmp string) error) error {
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
	if w.empty {
		// Nothing of an earlier build to compare with or to keep whole
		// while serving: the file is made in place, its folder once.
		if err := w.mkdir(filepath.Dir(path)); err != nil {
			return err
		}
		if err := create(path); err != nil {
			return err
		}
		w.count(&w.stats.Written)
		return nil
	}
	if ok, err := same(path); err != nil {
		return err
	} else if ok {
		w.count(&w.stats.Unchanged)
		return nil
	}
	if err := w.mkdir(filepath.Dir(path)); err != nil {
		return err
	}
	// Make then rename, so a server never sees half a file.
	tmp := path + ".tmp"
	if err := create(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	w.count(&w.stats.Written)
	return nil
}

// mkdir makes the folder dir and those it is in, once per build: a
// build writes thousands of files into a few folders each.
func (w *writer) mkdir(dir string) error {
	w.mu.Lock()
	made := w.dirs[dir]
	w.mu.Unlock()
	if made {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	w.mu.Lock()
	w.dirs[dir] = true
	w.mu.Unlock()
	return nil
}

// sameFile reports whether the files at a and b hold the same bytes; a
// missing b is not the same.
func sameFile(a, b string) (bool, error) {
	fb, err := os.Open(b)
	if err != nil {
		return false, nil
	}
	defer fb.Close()
	fa, err := os.Open(a)
	if err != nil {
		return false, err
	}
	defer fa.Close()
	ia, erra := fa.Stat()
	ib, errb := fb.Stat()
	if erra != nil || errb != nil || ia.Size() != ib.Size() {
		return false, erra
	}
	ba, bb := make([]byte, 1<<20), make([]byte, 1<<20)
	for {
		na, erra := io.ReadFull(fa, ba)
		nb, _ := io.ReadFull(fb, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false, nil
		}
		if erra == io.EOF || erra == io.ErrUnexpectedEOF {
			return true, nil
		}
		if erra != nil {
			return false, erra
		}
	}
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
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
// empty, then writes the manifest. After a build that left a manifest,
// the files to remove are those it lists and this build did not make;
// otherwise (a first build, or one after a failure) the whole folder is
// looked through, which at 100,000 pages takes seconds, unless it was
// empty when the build began.
func (w *writer) finish() error {
	if w.prior == nil {
		if !w.empty {
			if err := w.sweep(); err != nil {
				return err
			}
		}
		return writeManifest(w.out, w.made, w.next)
	}
	dirs := map[string]bool{}
	for rel := range w.prior {
		if w.made[rel] || !inside(rel) {
			continue
		}
		err := os.Remove(filepath.Join(w.out, filepath.FromSlash(rel)))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err == nil {
			w.stats.Removed++
		}
		for d := path.Dir(rel); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	w.removeEmpty(slices.Collect(maps.Keys(dirs)))
	return writeManifest(w.out, w.made, w.next)
}

// sweep removes every file in the output folder that this build did not
// make, and the folders left empty.
func (w *writer) sweep() error {
	var dirs []string
	err := filepath.WalkDir(w.out, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(w.out, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." {
				dirs = append(dirs, rel)
			}
			return nil
		}
		if !w.made[rel] {
			w.stats.Removed++
			return os.Remove(p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	w.removeEmpty(dirs)
	return nil
}

// removeEmpty removes those of dirs (relative to the output folder) that
// are empty, deepest first.
func (w *writer) removeEmpty(dirs []string) {
	sort.Sort(sort.Reverse(sort.StringSlice(dirs)))
	for _, d := range dirs {
		os.Remove(filepath.Join(w.out, filepath.FromSlash(d))) // fails, harmlessly, unless empty
	}
}
