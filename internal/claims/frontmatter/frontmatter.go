// Package frontmatter reads the files editors write under content/: TOML
// front matter between +++ lines, then a Markdown body. Its errors name the
// file and, where TOML can tell, the line.
package frontmatter

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

// Decode decodes src's front matter into v and returns its body, the
// front matter's text (line 2 of the file is its first line) and what TOML
// decoded. what names the kind of file for the errors: "a verdict file".
func Decode(file string, src []byte, what string, v any) (body []byte, front string, md toml.MetaData, err error) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(src, []byte("+++\n")) {
		return nil, "", md, fmt.Errorf("%s:1: %s starts with +++ and its front matter", file, what)
	}
	end := bytes.Index(src[4:], []byte("\n+++"))
	if end < 0 {
		return nil, "", md, fmt.Errorf("%s:1: front matter opened with +++ is never closed", file)
	}
	front, body = string(src[4:4+end+1]), bytes.TrimLeft(src[4+end+4:], "\n")
	if md, err = toml.Decode(front, v); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, "", md, fmt.Errorf("%s:%d: %s", file, perr.Position.Line+1, perr.Message)
		}
		return nil, "", md, fmt.Errorf("%s: %w", file, err)
	}
	// TOML keys are case-sensitive, but the decoder fills a field from a
	// key of any case: "Status" and "status" would be two keys to TOML and
	// to the tools that edit these files, and one field to the reader.
	// Every documented key is lower case, so that is the only spelling.
	for _, k := range md.Keys() {
		for _, part := range k {
			if part != strings.ToLower(part) {
				return nil, "", md, fmt.Errorf("%s: key %s: write it in lower case, %s", file, k, strings.ToLower(k.String()))
			}
		}
	}
	return body, front, md, nil
}
