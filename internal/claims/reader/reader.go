// Package reader turns input files into articles for ingest.
//
// Each input format is a Reader: it says whether it knows a file, from its
// name and first bytes, and reads it into one or more articles (a feed holds
// many). Read picks the first Reader that knows the file; Markdown with TOML
// front matter and plain text are built in, and other formats join by being
// added to Readers. Every error names the file and, where it can, the line.
package reader

import (
	"errors"
	"fmt"

	"claimtrack/internal/claims"
)

// Reader reads one input format.
type Reader interface {
	// Detect reports whether the reader handles a file with this name and
	// content.
	Detect(name string, data []byte) bool
	// Read returns the articles in the file. It keeps no reference to
	// data and never writes to it: a UTF-8 file reaches it uncopied.
	Read(name string, data []byte) ([]claims.Article, error)
}

// Readers are tried in order; the last one, plain text, takes anything.
var Readers = []Reader{Markdown{}, JSONLines{}, Feed{}, HTML{}, Text{}}

// ErrEmpty is returned for a file with no text in it.
var ErrEmpty = errors.New("no text in file")

// Read decodes a file's bytes and reads its articles with the first Reader
// that knows it. name is used in errors and as each article's Source.
func Read(name string, data []byte) ([]claims.Article, error) {
	b, offset, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, r := range Readers {
		if !r.Detect(name, b) {
			continue
		}
		as, err := r.Read(name, b)
		if err != nil {
			return nil, err
		}
		for i := range as {
			if as[i].Source == "" {
				as[i].Source = name // a feed's items say which item they are
				as[i].Whole = len(as) == 1 && name != "-"
			}
			if u := as[i].URL; u != "" && !claims.WebAddress(u) {
				as[i].Warnings = append(as[i].Warnings, fmt.Sprintf("url %q is no http(s) address: stored without it", u))
				as[i].URL = ""
			}
			as[i].Language = language(as[i].Language, as[i].Body)
			as[i].Offset += offset
			if as[i].TitleOffset >= 0 {
				as[i].TitleOffset += offset
			}
		}
		return as, nil
	}
	return nil, fmt.Errorf("%s: no reader for this kind of file", name)
}
