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

// partSize is how many articles of one input a worker extracts at a time:
// a large input (a JSON-lines dump, a feed) is shared among the workers in
// parts this small, and its first articles are stored while its last are
// still being extracted.
const partSize = 4

// result is one part of an input: its articles, extracted, or the error
// that failed the whole input.
type result struct {
	articles []article
	err      error
	took     time.Duration // reading and extracting it, on its worker
	last     bool          // the input's last part
}

// part is some articles of an input, read and waiting for extraction.
type part struct {
	articles []article
	out      chan<- result
	last     bool
}

// process reads and extracts inputs on several workers and hands each
// input's parts to store in input order, and an input's articles in their
// order, so that the database sees a single writer and runs are
// repeatable. A worker that reads an input extracts its first part and
// hands the rest to whichever workers are free; workers take such parts
// before the next input, so that the writer is not kept waiting.
func process(ctx context.Context, ins []input, workers int, lim limits, stdin io.Reader, store func(result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	outcomes := make([]chan []chan result, len(ins)) // each input's parts, in order
	for i := range outcomes {
		outcomes[i] = make(chan []chan result, 1)
	}
	jobs := make(chan int)
	parts := make(chan part)
	var reading, handing, working sync.WaitGroup
	extractPart := func(p part, began time.Time) {
		for i := range p.articles {
			extractOne(&p.articles[i], lim)
		}
		p.out <- result{articles: p.articles, took: time.Since(began), last: p.last}
	}
	read := func(i int) {
		defer reading.Done()
		began := time.Now()
		as, err := readArticles(ins[i], stdin, lim)
		if err != nil {
			out := make(chan result, 1)
			out <- result{err: err, took: time.Since(began), last: true}
			outcomes[i] <- []chan result{out}
			return
		}
		var ps []part
		var outs []chan result
		for k := 0; k == 0 || k < len(as); k += partSize {
			out := make(chan result, 1)
			outs = append(outs, out)
			ps = append(ps, part{articles: as[k:min(k+partSize, len(as))], out: out, last: k+partSize >= len(as)})
		}
		outcomes[i] <- outs
		if len(ps) > 1 {
			handing.Add(1)
			go func() {
				defer handing.Done()
				for _, p := range ps[1:] {
					select {
					case parts <- p:
					case <-ctx.Done():
						p.out <- result{err: ctx.Err(), last: p.last}
					}
				}
			}()
		}
		extractPart(ps[0], began)
	}
	for w := 0; w < workers; w++ {
		working.Add(1)
		go func() {
			defer working.Done()
			for {
				var p part
				ok := true
				select { // another input's parts first: the writer waits for them
				case p, ok = <-parts:
				default:
					select {
					case p, ok = <-parts:
					case i, more := <-jobs:
						if more {
							read(i)
							continue
						}
						for p := range parts {
							extractPart(p, time.Now())
						}
						return
					}
				}
				if !ok {
					return // closed once every input is read and its parts taken
				}
				extractPart(p, time.Now())
			}
		}()
	}
	go func() {
		defer func() {
			close(jobs)
			reading.Wait() // every input read has its parts handed out...
			handing.Wait() // ...and taken
			close(parts)
		}()
		for i := range ins {
			reading.Add(1)
			select {
			case jobs <- i:
			case <-ctx.Done():
				reading.Done()
				return
			}
		}
	}()
	defer func() { cancel(); working.Wait() }()
	for i := range ins {
		var outs []chan result
		select {
		case outs = <-outcomes[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		for _, out := range outs {
			select {
			case r := <-out:
				if err := store(r); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}
