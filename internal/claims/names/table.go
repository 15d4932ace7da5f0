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
	slots []slot // a power of two, at most half full
	seed  maphash.Seed
}

// slot is where a name's line starts in the text (plus one: zero is an
// empty slot), with the name's and its value's lengths.
type slot struct {
	at      uint32
	name    uint16
	valueAt uint16 // the value's offset from at; zero when there is none
}

// index reads a list of "name<TAB>value" lines (the value optional);
// lines that open with "#" are comments.
func index(text string) table {
	n := 2
	for lines := strings.Count(text, "\n") + 1; n < 2*lines; n *= 2 {
	}
	t := table{text: text, slots: make([]slot, n), seed: maphash.MakeSeed()}
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		if line := text[at:end]; line != "" && line[0] != '#' {
			s := slot{at: uint32(at) + 1, name: uint16(len(line))}
			if tab := strings.IndexByte(line, '\t'); tab >= 0 {
				s.name, s.valueAt = uint16(tab), uint16(tab+1)
			}
			t.slots[t.find(line[:s.name])] = s
		}
		at = end + 1
	}
	return t
}

// find is the slot that holds name, or the empty one it would go in.
func (t table) find(name string) int {
	mask := len(t.slots) - 1
	i := int(maphash.String(t.seed, name)) & mask
	for {
		s := t.slots[i]
		if s.at == 0 || int(s.name) == len(name) && t.text[s.at-1:int(s.at-1)+len(name)] == name {
			return i
		}
		i = (i + 1) & mask
	}
}

// get is what the list says of name, and whether it holds it.
func (t table) get(name string) (string, bool) {
	if len(t.slots) == 0 {
		return "", false
	}
	s := t.slots[t.find(name)]
	if s.at == 0 {
		return "", false
	}
	if s.valueAt == 0 {
		return "", true
	}
	v := t.text[int(s.at-1)+int(s.valueAt):]
	if end := strings.IndexByte(v, '\n'); end >= 0 {
		v = v[:end]
	}
	return v, true
}
