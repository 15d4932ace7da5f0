package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"io/fs"
	"math"
	"os"
	"reflect"
	"sort"
	"sync"
	"time"
	"unsafe"
)

// A fingerprint sums up everything a page is made from: the build's code
// and templates, the page's place and title, and every value its template
// is given, read by reflection. Two builds that give a page the same
// fingerprint give it the same bytes, so a rebuild renders only the pages
// whose fingerprint changed (see manifest.go). Reflection, not a list of
// the fields each template shows, because a list would fall behind the
// templates without anyone noticing. TestIncrementalEqualsFull (cmd/build)
// proves the sums: after each kind of change, a build that trusts them
// and one from scratch write the same bytes.
type fingerprint [16]byte

// fingerprinter sums page data. A value behind a pointer is summed once
// per build and remembered, so the thousands of list pages and cards that
// show one claim, speaker or article read it once.
type fingerprinter struct {
	seed  fingerprint
	mu    sync.RWMutex
	known map[pointerKey]fingerprint
}

// pointerKey names a value behind a pointer; a pointer to a struct and to
// its first field share an address, so the type is part of the name.
type pointerKey struct {
	addr uintptr
	typ  reflect.Type
	root bool
}

// summer is a running sum: values are written into it as they are read,
// never gathered first. They pass through a small buffer, because most
// are a few bytes and a call into the hash for each cost more than the
// hashing (millions of them in a large build).
type summer struct {
	h   hash.Hash
	n   int
	buf [512]byte
}

func newSummer() *summer { return &summer{h: sha256.New()} }

// write adds b to the sum. A long b goes to the hash as it is: copying it
// into the buffer first cost more than hashing it.
func (s *summer) write(b []byte) {
	if len(b) >= directWrite {
		s.h.Write(s.buf[:s.n])
		s.n = 0
		s.h.Write(b)
		return
	}
	if s.n+len(b) > len(s.buf) {
		s.h.Write(s.buf[:s.n])
		s.n = 0
	}
	s.n += copy(s.buf[s.n:], b)
}

// directWrite is the length from which write hands bytes to the hash
// directly: two of SHA-256's blocks.
const directWrite = 128

func (s *summer) byte(c byte) {
	if s.n == len(s.buf) {
		s.h.Write(s.buf[:s.n])
		s.n = 0
	}
	s.buf[s.n] = c
	s.n++
}

func (s *summer) int(n int64) {
	var b [binary.MaxVarintLen64]byte
	s.write(binary.AppendVarint(b[:0], n))
}

func (s *summer) uint(n uint64) {
	var b [binary.MaxVarintLen64]byte
	s.write(binary.AppendUvarint(b[:0], n))
}

func (s *summer) string(t string) {
	s.uint(uint64(len(t)))
	// No copy of the string as bytes: write neither keeps nor changes
	// what it is given.
	s.write(unsafe.Slice(unsafe.StringData(t), len(t)))
}

func (s *summer) sum() fingerprint {
	s.h.Write(s.buf[:s.n])
	s.n = 0
	var fp fingerprint
	var full [sha256.Size]byte
	copy(fp[:], s.h.Sum(full[:0]))
	return fp
}

// newFingerprinter seeds the sums with the build's code and templates: a
// new version of either changes every page's fingerprint.
func newFingerprinter(templates fs.FS) (*fingerprinter, error) {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if b, err := os.ReadFile(exe); err == nil {
			h.Write(b)
		}
	}
	err := fs.WalkDir(templates, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templates, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("site: templates: %w", err)
	}
	f := &fingerprinter{known: map[pointerKey]fingerprint{}}
	copy(f.seed[:], h.Sum(nil))
	return f, nil
}

// page is the fingerprint of the page written at file with template kind.
func (f *fingerprinter) page(kind, file string, p *page) fingerprint {
	s := newSummer()
	s.write(f.seed[:])
	s.string(kind)
	s.string(file)
	f.value(s, reflect.ValueOf(p).Elem(), true, nil)
	return s.sum()
}

var (
	timeType = reflect.TypeFor[time.Time]()
	pageType = reflect.TypeFor[page]()
)

// value writes v into s. root is true for the page itself and the
// data its template is given, down through embedded structs: there a
// field tagged `fingerprint:"len"` counts in full, and elsewhere only its
// length does (a speaker's claims: its own page lists them, a card that
// names the speaker shows how many at most). A field tagged
// `fingerprint:"root"` counts in full there and not at all elsewhere, and
// one tagged `fingerprint:"-"` is left out: no page shows it. path holds the pointers
// being summed, to catch a cycle.
func (f *fingerprinter) value(s *summer, v reflect.Value, root bool, path []pointerKey) {
	s.byte(byte(v.Kind()))
	switch v.Kind() {
	case reflect.Bool:
		s.byte(boolByte(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		s.uint(math.Float64bits(v.Float()))
	case reflect.String:
		s.string(v.String())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			s.uint(uint64(v.Len()))
			s.write(v.Bytes())
			return
		}
		s.uint(uint64(v.Len()))
		for i := range v.Len() {
			f.value(s, v.Index(i), false, path)
		}
	case reflect.Map:
		sums := make([]fingerprint, 0, v.Len())
		for it := v.MapRange(); it.Next(); {
			entry := newSummer()
			f.value(entry, it.Key(), false, path)
			f.value(entry, it.Value(), false, path)
			sums = append(sums, entry.sum())
		}
		sort.Slice(sums, func(i, j int) bool { return bytes.Compare(sums[i][:], sums[j][:]) < 0 })
		s.uint(uint64(len(sums)))
		for _, e := range sums {
			s.write(e[:])
		}
	case reflect.Interface:
		if v.IsNil() {
			s.byte(0)
			return
		}
		s.string(v.Elem().Type().String())
		f.value(s, v.Elem(), root, path)
	case reflect.Pointer:
		if v.IsNil() {
			s.byte(0)
			return
		}
		key := pointerKey{v.Pointer(), v.Type(), root}
		f.mu.RLock()
		fp, ok := f.known[key]
		f.mu.RUnlock()
		if !ok {
			for _, p := range path {
				if p == key {
					panic(fmt.Sprintf("site: fingerprint: %s refers back to itself: tag the field that does `fingerprint:\"len\"`", v.Type()))
				}
			}
			inner := newSummer()
			f.value(inner, v.Elem(), root, append(path, key))
			fp = inner.sum()
			f.mu.Lock()
			f.known[key] = fp
			f.mu.Unlock()
		}
		s.write(fp[:])
	case reflect.Struct:
		if v.Type() == timeType && v.CanInterface() {
			t := v.Interface().(time.Time)
			name, offset := t.Zone()
			s.int(t.UnixNano())
			s.int(int64(offset))
			s.string(name)
			return
		}
		for i, field := range fieldsOf(v.Type()) {
			fv := v.Field(i)
			switch field.tag {
			case "-":
				continue
			case "len":
				if !root {
					s.uint(uint64(fv.Len()))
					continue
				}
			case "root":
				if !root {
					continue
				}
			}
			f.value(s, fv, root && (field.anonymous || v.Type() == pageType), path)
		}
	case reflect.Func:
		s.byte(boolByte(v.IsNil()))
	default:
		panic(fmt.Sprintf("site: fingerprint: cannot sum a %s", v.Type()))
	}
}

// structField is what summing needs of a struct's field, read once per type:
// looking a field's tag up each time was about 3% of a rebuild.
type structField struct {
	tag       string
	anonymous bool
}

var structFields sync.Map // reflect.Type → []structField

func fieldsOf(t reflect.Type) []structField {
	if fs, ok := structFields.Load(t); ok {
		return fs.([]structField)
	}
	fs := make([]structField, t.NumField())
	for i := range fs {
		f := t.Field(i)
		fs[i] = structField{f.Tag.Get("fingerprint"), f.Anonymous}
	}
	structFields.Store(t, fs)
	return fs
}

func boolByte(ok bool) byte {
	if ok {
		return 1
	}
	return 0
}
