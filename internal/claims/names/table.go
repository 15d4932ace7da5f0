package names

import (
	"hash/maphash"
	"strings"
)

// table is a list of names, each with what the list says of it, indexed
// by a hash table over the list's own text: loading it is one pass over
// the lines with nothing allocated per name. A Go map of the same lines
// took 17 ms to build for the 64,000 ordinary words and 42 ms for all the
// lists, more than a small ingest spends on its articles; looking up is as
// fast either way.
type table struct {
	text  string
	slots []uint32 // where each name's line starts, plus one (zero: empty); a power of two, at most half full
	seed  maphash.Seed
}

// index reads a list of "name<TAB>value" lines (the value optional);
// lines that open with "#" are comments.
func index(text string) table {
	n := 2
	for lines := strings.Count(text, "\n") + 1; n < 2*lines; n *= 2 {
	}
	t := table{text: text, slots: make([]uint32, n), seed: maphash.MakeSeed()}
	for at := 0; at < len(text); {
		line := text[at:]
		if end := strings.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		if line != "" && line[0] != '#' {
			name, _, _ := strings.Cut(line, "\t")
			t.slots[t.find(name)] = uint32(at) + 1
		}
		at += len(line) + 1
	}
	return t
}

// find is the slot that holds name, or the empty one it would go in.
func (t table) find(name string) int {
	mask := len(t.slots) - 1
	i := int(maphash.String(t.seed, name)) & mask
	for {
		at := int(t.slots[i]) - 1
		if at < 0 {
			return i
		}
		if rest := t.text[at:]; strings.HasPrefix(rest, name) && (len(rest) == len(name) || rest[len(name)] == '\t' || rest[len(name)] == '\n') {
			return i
		}
		i = (i + 1) & mask
	}
}

// get is what the list says of name, and whether it holds it. Names hold
// no tab or line break: fold keeps letters, digits and single spaces, and
// the words asked of IsWord and the like are single tokens.
func (t table) get(name string) (string, bool) {
	if len(t.slots) == 0 {
		return "", false
	}
	at := int(t.slots[t.find(name)]) - 1
	if at < 0 {
		return "", false
	}
	line := t.text[at+len(name):]
	if end := strings.IndexByte(line, '\n'); end >= 0 {
		line = line[:end]
	}
	return strings.TrimPrefix(line, "\t"), true
}
