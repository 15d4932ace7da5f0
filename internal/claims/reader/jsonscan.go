package reader

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// decodeArticle decodes one line of a JSON-lines file as json.Unmarshal
// would, in one pass where it can. encoding/json reads every byte twice,
// once to check the line and once to decode it, and half of a line of
// annotated news is fields no article keeps: on the PolNeAR texts that was
// a tenth of a dry run. The fast path hands anything it does not decode
// exactly as encoding/json does (an escaped or non-ASCII key, a number where
// a string is wanted, a lone surrogate, invalid UTF-8, invalid JSON) to
// encoding/json, for the same result or for its error.
func decodeArticle(line []byte, j *jsonArticle) error {
	if fastArticle(line, j) {
		return nil
	}
	*j = jsonArticle{}
	return json.Unmarshal(line, j)
}

// fastArticle decodes line into j and reports whether it could.
func fastArticle(line []byte, j *jsonArticle) bool {
	s := scan{b: line}
	s.space()
	if !s.eat('{') {
		return false
	}
	s.space()
	if s.eat('}') {
		return s.end()
	}
	for {
		s.space()
		k := s.i
		if !s.str() {
			return false
		}
		key := line[k+1 : s.i-1]
		s.space()
		if !s.eat(':') {
			return false
		}
		s.space()
		v := s.i
		if !s.value(0) || !j.set(key, line[v:s.i]) {
			return false
		}
		s.space()
		if s.eat(',') {
			continue
		}
		return s.eat('}') && s.end()
	}
}

// set stores a field's raw value under its key, matched as encoding/json
// matches field names (exactly, else ignoring ASCII case); other keys are
// ignored.
func (j *jsonArticle) set(key, raw []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf || c == '\\' {
			return false // encoding/json folds more than ASCII: let it match
		}
	}
	var dst *string
	switch {
	case bytes.EqualFold(key, []byte("text")):
		dst = &j.Text
	case bytes.EqualFold(key, []byte("url")):
		dst = &j.URL
	case bytes.EqualFold(key, []byte("title")):
		dst = &j.Title
	case bytes.EqualFold(key, []byte("publisher")):
		dst = &j.Publisher
	case bytes.EqualFold(key, []byte("language")):
		dst = &j.Language
	case bytes.EqualFold(key, []byte("published")):
		return json.Unmarshal(raw, &j.Published) == nil
	case bytes.EqualFold(key, []byte("authors")):
		return json.Unmarshal(raw, &j.Authors) == nil
	default:
		return true
	}
	switch raw[0] {
	case 'n':
		return true // null leaves a string as it was
	case '"':
		s, ok := unquote(raw)
		*dst = s
		return ok
	}
	return false
}

// unquote decodes a JSON string already checked by scan.str.
func unquote(raw []byte) (string, bool) {
	body := raw[1 : len(raw)-1]
	if !utf8.Valid(body) {
		return "", false // encoding/json puts U+FFFD for each bad byte
	}
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		return string(body), true
	}
	out := make([]byte, 0, len(body))
	for i >= 0 {
		out = append(out, body[:i]...)
		c := body[i+1]
		body = body[i+2:]
		switch c {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := rune(0)
			for _, h := range body[:4] {
				r = r<<4 | rune(hexValue(h))
			}
			if !utf8.ValidRune(r) {
				return "", false // a surrogate: pairs and lone halves are encoding/json's
			}
			out = utf8.AppendRune(out, r)
			body = body[4:]
		default: // '"', '\\', '/'
			out = append(out, c)
		}
		i = bytes.IndexByte(body, '\\')
	}
	return string(append(out, body...)), true
}

func hexValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// scan checks JSON as it walks it, byte by byte.
type scan struct {
	b []byte
	i int
}

// maxDepth is encoding/json's limit of nesting.
const maxDepth = 10000

func (s *scan) eat(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

func (s *scan) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// end reports whether nothing but white space is left.
func (s *scan) end() bool {
	s.space()
	return s.i == len(s.b)
}

// value walks one JSON value.
func (s *scan) value(depth int) bool {
	if s.i >= len(s.b) || depth > maxDepth {
		return false
	}
	switch s.b[s.i] {
	case '"':
		return s.str()
	case '{', '[':
		close := s.b[s.i] + 2 // '}' and ']' are two past '{' and '['
		s.i++
		s.space()
		if s.eat(close) {
			return true
		}
		for {
			s.space()
			if close == '}' {
				if !s.str() {
					return false
				}
				s.space()
				if !s.eat(':') {
					return false
				}
				s.space()
			}
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if !s.eat(',') {
				return s.eat(close)
			}
		}
	case 't':
		return s.word("true")
	case 'f':
		return s.word("false")
	case 'n':
		return s.word("null")
	}
	return s.number()
}

func (s *scan) word(w string) bool {
	if !bytes.HasPrefix(s.b[s.i:], []byte(w)) {
		return false
	}
	s.i += len(w)
	return true
}

// str walks a string: escapes as JSON has them, no control characters.
func (s *scan) str() bool {
	if !s.eat('"') {
		return false
	}
	for {
		if s.i = PlainJSON(s.b, s.i); s.i >= len(s.b) {
			return false
		}
		c := s.b[s.i]
		s.i++
		switch {
		case c == '"':
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if s.i >= len(s.b) {
				return false
			}
			e := s.b[s.i]
			s.i++
			switch e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if s.i+4 > len(s.b) {
					return false
				}
				for _, h := range s.b[s.i : s.i+4] {
					if !isHex(h) {
						return false
					}
				}
				s.i += 4
			default:
				return false
			}
		}
	}
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// number walks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scan) number() bool {
	s.eat('-')
	if !s.eat('0') && s.digits() == 0 {
		return false
	}
	if s.eat('.') && s.digits() == 0 {
		return false
	}
	if s.eat('e') || s.eat('E') {
		if !s.eat('+') {
			s.eat('-')
		}
		return s.digits() > 0
	}
	return true
}

func (s *scan) digits() int {
	n := 0
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
		n++
	}
	return n
}

// PlainJSON is the index of the first byte of s at or after i that a JSON
// string cannot hold as it is, or that needs decoding: a quote, a
// backslash, a control character or a byte of a multi-byte character; it
// is len(s) when there is none. It reads eight bytes at a time, as most of
// an article is plain ASCII: going byte by byte was the slowest part of
// reading and writing JSON lines.
func PlainJSON[T string | []byte](s T, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		q, bs := w^(ones*'"'), w^(ones*'\\')
		// A byte's high bit is set in some term where the byte is below
		// 0x20, is zero after the XOR (a quote, a backslash), or is >= 0x80
		// (and now and then where a borrow reached it: the bytes are read
		// one by one then).
		if ((w-ones*0x20)|(q-ones)|(bs-ones)|w)&highs != 0 {
			if j := plainUpTo(s, i, i+8); j < i+8 {
				return j
			}
		}
	}
	return plainUpTo(s, i, len(s))
}

// plainUpTo is PlainJSON byte by byte, from i up to end.
func plainUpTo[T string | []byte](s T, i, end int) int {
	for ; i < end; i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
			return i
		}
	}
	return end
}
