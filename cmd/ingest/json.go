package main

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/reader"
)

// claimJSON appends one claim as -dry-run -json prints it, a JSON object
// on a line, with offsets in bytes into the input file as
// ../shared/eval/README.md describes:
//
//	{"file", "id", "start", "end", "parts" (when an attribution splits the
//	claim), "text", "kind", "act", "prediction", "confidence", "speaker"
//	(the canonical name, else the mention's words, else null), "role"
//	(when known), "speaker_start", "speaker_end" (null when no mention),
//	"headline" (when true), "cue", "cue_start", "cue_end" (when the cue
//	stands in the text), "shown", and what ingest -load needs to store
//	the claim as extraction found it: "name" (the canonical name, or ""),
//	"mention" (the words that name the speaker), "speaker_kind",
//	"aliases" (when any), "paragraph" ([start, end]), "inside" (when
//	true)}
//
// It writes the line by hand: encoding/json's reflection was a tenth of a
// dry run's time.
func claimJSON(b []byte, a claims.Article, q claims.Quote, minConfidence float64) []byte {
	// Offsets are into the file: the body's from where it starts, a
	// headline's from where the title does (into the title itself when it
	// came from front matter).
	base := a.Offset
	if q.Headline {
		base = max(a.TitleOffset, 0)
	}
	b = append(b, `{"file":`...)
	b = appendString(b, a.Source)
	b = append(b, `,"id":`...)
	b = appendString(b, claims.ClaimID(q.Text, q.Speaker.Name))
	b = appendInt(append(b, `,"start":`...), base+q.Span.Start)
	b = appendInt(append(b, `,"end":`...), base+q.Span.End)
	if len(q.Parts) > 0 {
		b = append(b, `,"parts":[`...)
		for i, p := range q.Parts {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendInt(append(b, '['), base+p.Start)
			b = appendInt(append(b, ','), base+p.End)
			b = append(b, ']')
		}
		b = append(b, ']')
	}
	b = appendString(append(b, `,"text":`...), q.Text)
	b = appendString(append(b, `,"kind":`...), string(q.Kind))
	b = appendString(append(b, `,"act":`...), string(q.Act))
	b = strconv.AppendBool(append(b, `,"prediction":`...), q.Prediction)
	b = appendFloat(append(b, `,"confidence":`...), q.Confidence)
	b = append(b, `,"speaker":`...)
	switch {
	case q.Speaker.Name != "":
		b = appendString(b, q.Speaker.Name)
	case q.Speaker.Text != "":
		b = appendString(b, q.Speaker.Text)
	default:
		b = append(b, "null"...)
	}
	if q.Speaker.Role != "" {
		b = appendString(append(b, `,"role":`...), q.Speaker.Role)
	}
	if q.Speaker.Span.End > 0 {
		b = appendInt(append(b, `,"speaker_start":`...), base+q.Speaker.Span.Start)
		b = appendInt(append(b, `,"speaker_end":`...), base+q.Speaker.Span.End)
	} else {
		b = append(b, `,"speaker_start":null,"speaker_end":null`...)
	}
	if q.Headline {
		b = append(b, `,"headline":true`...)
	}
	b = appendString(append(b, `,"cue":`...), q.Cue)
	if q.CueSpan.End > 0 {
		b = appendInt(append(b, `,"cue_start":`...), base+q.CueSpan.Start)
		b = appendInt(append(b, `,"cue_end":`...), base+q.CueSpan.End)
	}
	b = strconv.AppendBool(append(b, `,"shown":`...), claims.Shown(q.Act, q.Confidence, minConfidence, q.Inside))
	b = appendString(append(b, `,"name":`...), q.Speaker.Name)
	b = appendString(append(b, `,"mention":`...), q.Speaker.Text)
	b = appendString(append(b, `,"speaker_kind":`...), string(q.Speaker.Kind))
	if len(q.Speaker.Aliases) > 0 {
		b = appendStrings(append(b, `,"aliases":`...), q.Speaker.Aliases)
	}
	b = appendInt(append(b, `,"paragraph":[`...), base+q.Paragraph.Start)
	b = append(appendInt(append(b, ','), base+q.Paragraph.End), ']')
	if q.Inside {
		b = append(b, `,"inside":true`...)
	}
	return append(b, "}\n"...)
}

// articleJSON appends one article as -dry-run -json prints it before its
// claims, everything ingest -load needs to store it:
//
//	{"type": "article", "file", "url", "title", "title_offset", "offset",
//	"publisher", "published" (RFC 3339, or ""), "language", "authors",
//	"title_from_text", "duplicates", "whole", "body"}
//
// A scorer reading claims passes over it: it has no "start".
func articleJSON(b []byte, a claims.Article) []byte {
	b = appendString(append(b, `{"type":"article","file":`...), a.Source)
	b = appendString(append(b, `,"url":`...), a.URL)
	b = appendString(append(b, `,"title":`...), a.Title)
	b = appendInt(append(b, `,"title_offset":`...), a.TitleOffset)
	b = appendInt(append(b, `,"offset":`...), a.Offset)
	b = appendString(append(b, `,"publisher":`...), a.Publisher)
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339)
	}
	b = appendString(append(b, `,"published":`...), published)
	b = appendString(append(b, `,"language":`...), a.Language)
	b = appendStrings(append(b, `,"authors":`...), a.Authors)
	b = strconv.AppendBool(append(b, `,"title_from_text":`...), a.TitleFromText)
	b = appendInt(append(b, `,"duplicates":`...), a.Duplicates)
	b = strconv.AppendBool(append(b, `,"whole":`...), a.Whole)
	b = appendString(append(b, `,"body":`...), a.Body)
	return append(b, "}\n"...)
}

// appendStrings writes a JSON array of strings.
func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// appendFloat writes a number as encoding/json does.
func appendFloat(b []byte, f float64) []byte {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1] // e-07 is e-7
			b = b[:n-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string as encoding/json does without
// HTML escaping: quotes, backslashes and control characters escaped,
// U+2028 and U+2029 too, and invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; ; {
		if i = reader.PlainJSON(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
