package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// extensions are the files a directory is searched for.
var extensions = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".xhtml": true, ".xml": true, ".rss": true, ".atom": true,
	".jsonl": true, ".ndjson": true}

// input is one file to read, or standard input when name is "-".
type input struct{ name string }

// read reads the input whole, refusing one larger than limit bytes.
func (in input) read(stdin io.Reader, limit int64) ([]byte, error) {
	var r io.Reader = stdin
	if in.name != "-" {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.name, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	tooBig := fmt.Errorf("%s: larger than max_input_bytes (%d bytes): raise it in site.toml to read it", in.name, limit)
	size := int64(0) // a file's size, read into one buffer rather than grown into one
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if size = st.Size(); size > limit {
				return nil, tooBig
			}
		}
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, unwrapPath(err))
	}
	if int64(buf.Len()) > limit {
		return nil, tooBig
	}
	return buf.Bytes(), nil
}

// unwrapPath drops the path that os errors repeat, as ours names it already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// expand turns command-line paths into inputs: directories are walked for
// article files in name order, globs are matched, and "-" is standard input.
// A path that names nothing is an error of its own; the rest go on.
func expand(args []string) ([]input, []error) {
	var ins []input
	var errs []error
	for _, arg := range args {
		if arg == "-" {
			ins = append(ins, input{"-"})
			continue
		}
		info, err := os.Stat(arg)
		switch {
		case err == nil && info.IsDir():
			found, err := walk(arg)
			if err != nil {
				errs = append(errs, err)
			}
			if len(found) == 0 && err == nil {
				errs = append(errs, fmt.Errorf("%s: no article files (.txt, .md, .html) in this directory", arg))
			}
			ins = append(ins, found...)
		case err == nil:
			ins = append(ins, input{arg})
		case strings.ContainsAny(arg, "*?["):
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				errs = append(errs, fmt.Errorf("%s: bad pattern: %w", arg, gerr))
			} else if len(matches) == 0 {
				errs = append(errs, fmt.Errorf("%s: no files match", arg))
			}
			for _, m := range matches {
				sub, serr := expand([]string{m})
				ins, errs = append(ins, sub...), append(errs, serr...)
			}
		default:
			errs = append(errs, fmt.Errorf("%s: %w", arg, unwrapPath(err)))
		}
	}
	return ins, errs
}

func walk(dir string) ([]input, error) {
	var ins []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && path != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && extensions[strings.ToLower(filepath.Ext(name))] {
			ins = append(ins, input{path})
		}
		return nil
	})
	sort.Slice(ins, func(i, j int) bool { return ins[i].name < ins[j].name })
	return ins, err
}

// result is what reading one input gave.
type result struct {
	articles []article
	err      error
	took     time.Duration // reading and extracting it, on its worker
}

// process reads and extracts inputs on several workers and hands each
// result to store in input order, one at a time, so that the database sees
// a single writer and runs are repeatable.
func process(ctx context.Context, ins []input, workers int, lim limits, stdin io.Reader, store func(result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	results := make([]chan result, len(ins))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				began := time.Now()
				as, err := readInput(ins[i], stdin, lim)
				results[i] <- result{as, err, time.Since(began)}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range ins {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer func() { cancel(); wg.Wait() }()
	for i := range ins {
		select {
		case r := <-results[i]:
			if err := store(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
