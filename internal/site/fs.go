package site

import (
	"errors"
	"io/fs"
	"os"
	"sort"
)

// overlay reads a file from dir when it is there and from def otherwise, so
// a user overrides one template without copying the rest.
type overlay struct {
	dir string
	def fs.FS
}

// Overlay returns the templates as found in dir over the defaults.
func Overlay(dir string, def fs.FS) fs.FS { return overlay{dir, def} }

func (o overlay) Open(name string) (fs.File, error) {
	if o.dir != "" {
		f, err := os.DirFS(o.dir).Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return o.def.Open(name)
}

// ReadDir lists the union of both folders, the user's entries first.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, f := range []fs.FS{os.DirFS(o.dir), o.def} {
		if f == nil || o.dir == "" && f != o.def {
			continue
		}
		es, err := fs.ReadDir(f, name)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		for _, e := range es {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}
