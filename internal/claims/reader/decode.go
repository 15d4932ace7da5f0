package reader

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// declared finds a charset named in the first bytes of a file: an HTML meta
// tag (charset=...) or an XML prolog (encoding="...").
var declared = regexp.MustCompile(`(?i)(?:charset\s*=\s*["']?|<\?xml[^>]*encoding\s*=\s*["'])([a-z0-9_\-:.]+)`)

// decode turns a file's bytes into UTF-8 text. UTF-8 comes through as it
// is, its byte-order mark dropped (offset says how many bytes were); UTF-16
// with a byte-order mark (or plainly UTF-16 by its zero bytes), a charset
// an HTML meta tag or XML prolog declares, and, failing all else,
// Windows-1252 (a superset of ISO-8859-1) are converted. Offsets into a
// converted file are offsets into its UTF-8 text. UTF-8 is not copied:
// the result shares data's bytes.
func decode(data []byte) (text []byte, offset int, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data, offset = data[3:], 3
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return convert(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM))
	case bytes.IndexByte(data, 0) >= 0:
		if e := utf16Guess(data); e != nil {
			return convert(data, e)
		}
		return nil, 0, errors.New("binary file (NUL bytes): not an article")
	}
	head := data[:min(len(data), 2048)]
	if !mentionsCharset(head) {
		head = nil // most files declare nothing: no need of the expression
	}
	if m := declared.FindSubmatch(head); m != nil {
		name := strings.ToLower(string(m[1]))
		if name != "utf-8" && name != "utf8" && !savedAsUTF8(data) {
			e, err := htmlindex.Get(name)
			if err != nil {
				return nil, 0, errors.New("declares the unknown character set " + name)
			}
			return convert(data, e)
		}
	}
	if !utf8.Valid(data) {
		return convert(data, charmap.Windows1252) // the usual encoding of old Western pages
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, 0, ErrEmpty
	}
	return data, offset, nil
}

// savedAsUTF8 reports text that is valid UTF-8 with characters beyond
// ASCII in it: a page a browser saved in UTF-8 while keeping the charset
// its server declared (gb2312, windows-1252). Text in those charsets with
// any such character is almost never valid UTF-8 by chance.
func savedAsUTF8(data []byte) bool {
	for _, b := range data {
		if b >= utf8.RuneSelf {
			return utf8.Valid(data)
		}
	}
	return false
}

// mentionsCharset reports bytes that may declare a character set: they
// hold "charset" or "encoding", in lower or upper case.
func mentionsCharset(b []byte) bool {
	for _, w := range []string{"harset", "HARSET", "ncoding", "NCODING"} {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// utf16Guess recognises UTF-16 without a byte-order mark by its zero bytes,
// which fall on one side of each pair for Latin text.
func utf16Guess(data []byte) encoding.Encoding {
	var even, odd int
	for i, b := range data[:min(len(data), 4096)] {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	pairs := min(len(data), 4096) / 2
	switch {
	case pairs == 0:
		return nil
	case odd*10 > pairs*3 && even*10 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 > pairs*3 && odd*10 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

func convert(data []byte, e encoding.Encoding) ([]byte, int, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, 0, errors.New("cannot be read in its character set: " + err.Error())
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(out, 0) >= 0 {
		return nil, 0, errors.New("binary file (NUL bytes): not an article")
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return nil, 0, ErrEmpty
	}
	return out, 0, nil
}
