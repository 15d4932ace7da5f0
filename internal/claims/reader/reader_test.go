package reader

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, file, data string
		title, body      string
		publisher, url   string
		published        string
		authors          string
	}{
		{name: "text with title", file: "a.txt", data: "A headline\n\nFirst paragraph.\n",
			title: "A headline", body: "First paragraph.\n"},
		{name: "text without title", file: "a.txt", data: "Just one paragraph that runs on.\nAnd another line.\n",
			body: "Just one paragraph that runs on.\nAnd another line.\n"},
		{name: "text, CRLF", file: "a.txt", data: "A headline\r\n\r\nBody.\r\n",
			title: "A headline", body: "Body.\r\n"},
		{name: "text with BOM", file: "a.txt", data: "\xef\xbb\xbfA headline\n\nBody.",
			title: "A headline", body: "Body."},
		{name: "text opening with its lede", file: "a.txt", data: "Employees at a second cafe in Winnipeg have voted to unionize.\n\nThe vote was 40 to 28.\n",
			body: "Employees at a second cafe in Winnipeg have voted to unionize.\n\nThe vote was 40 to 28.\n"},
		{name: "text whose title ends in initials", file: "a.txt", data: "Storm knocks out power to 200,000 in B.C.\n\nCrews worked all night.\n",
			title: "Storm knocks out power to 200,000 in B.C.", body: "Crews worked all night.\n"},
		{name: "text opening with a lede that ends in initials", file: "a.txt",
			data: "More than 200,000 customers were without power on Tuesday after a storm brought winds of up to 100 km/h to B.C.\n\nCrews worked all night.\n",
			body: "More than 200,000 customers were without power on Tuesday after a storm brought winds of up to 100 km/h to B.C.\n\nCrews worked all night.\n"},
		{name: "text opening with a dateline", file: "a.txt", data: "OTTAWA — Andrew Scheer says Justin Trudeau divides Canadians\n\nHe said so on Sunday.\n",
			body: "OTTAWA — Andrew Scheer says Justin Trudeau divides Canadians\n\nHe said so on Sunday.\n"},
		{name: "markdown", file: "a.md",
			data:  "+++\ntitle = \"T\"\nurl = \"https://example.org/a\"\npublisher = \"P\"\npublished = 2025-05-19\nauthors = [\"A B\", \"C D\"]\n+++\n\nBody here.\n",
			title: "T", body: "Body here.\n", url: "https://example.org/a", publisher: "P",
			published: "2025-05-19", authors: "A B|C D"},
		{name: "markdown, date as string with zone", file: "a.md",
			data:  "+++\ntitle = \"T\"\npublished = \"2025-05-19T22:30:00-04:00\"\n+++\nBody.",
			title: "T", body: "Body.", published: "2025-05-20"},
		{name: "markdown, title from heading", file: "a.md", data: "+++\npublisher = \"P\"\n+++\n# The title\n\nBody.",
			title: "The title", body: "Body.", publisher: "P"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := Read(tt.file, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(as) != 1 {
				t.Fatalf("%d articles, want 1", len(as))
			}
			a := as[0]
			if a.Title != tt.title || a.Body != tt.body {
				t.Errorf("title %q body %q, want %q %q", a.Title, a.Body, tt.title, tt.body)
			}
			if want := strings.LastIndex(tt.data, tt.body); a.Offset != want {
				t.Errorf("offset %d, want %d: where the body starts in the file", a.Offset, want)
			}
			if a.URL != tt.url || a.Publisher != tt.publisher || strings.Join(a.Authors, "|") != tt.authors {
				t.Errorf("url %q publisher %q authors %q", a.URL, a.Publisher, a.Authors)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.UTC().Format(time.DateOnly)
			}
			if got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
			if a.Source != tt.file {
				t.Errorf("source %q", a.Source)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             string // in the error, after the file name
	}{
		{"empty", "e.txt", "  \n\n", "e.txt: no text in file"},
		{"binary", "b.txt", "PK\x03\x04\x00\x00", "b.txt: binary file"},
		{"unknown charset", "c.html", "<meta charset=\"klingon-8\"><p>Qapla'</p>", "c.html: declares the unknown character set klingon-8"},
		{"unclosed front matter", "u.md", "+++\ntitle = \"T\"\nBody.", "u.md:1: front matter opened with +++ is never closed"},
		{"bad TOML", "t.md", "+++\ntitle = \"T\"\npublisher = FOX\n+++\nBody.", "t.md:3: front matter:"},
		{"unknown key", "k.md", "+++\ntitle = \"T\"\nauthor = \"X\"\n+++\nBody.", "k.md: front matter: unknown key author"},
		{"bad date", "d.md", "+++\ntitle = \"T\"\npublished = \"yesterday\"\n+++\nBody.", `d.md: front matter: published: "yesterday" is not a date`},
		{"no body", "n.md", "+++\ntitle = \"T\"\n+++\n\n", "n.md: no text in file after the front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, []byte(tt.data))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to start %q", err, tt.want)
			}
		})
	}
	if _, err := Read("e.txt", nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty file: %v is not ErrEmpty", err)
	}
}

func utf16(s string, big bool) []byte {
	var b []byte
	for _, r := range s { // ASCII and Latin-1 only, enough for the tests
		if big {
			b = append(b, 0, byte(r))
		} else {
			b = append(b, byte(r), 0)
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	const want = "Title\n\n\"Caf\u00e9 au lait,\" she said.\n"
	latin1 := []byte("Title\n\n\"Caf\xe9 au lait,\" she said.\n")
	tests := []struct {
		name   string
		data   []byte
		want   string
		offset int
	}{
		{"UTF-8", []byte(want), want, 0},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), want...), want, 3},
		{"UTF-16 LE with BOM", append([]byte("\xff\xfe"), utf16(want, false)...), want, 0},
		{"UTF-16 BE with BOM", append([]byte("\xfe\xff"), utf16(want, true)...), want, 0},
		{"UTF-16 LE without BOM", utf16(want, false), want, 0},
		{"Windows-1252 undeclared", latin1, want, 0},
		{"Windows-1252 curly quotes", []byte("\x93Yes,\x94 she said \x96 twice."), "\u201cYes,\u201d she said \u2013 twice.", 0},
		{"ISO-8859-1 in a meta tag", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`), latin1...),
			`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">` + want, 0},
		{"UTF-8 saved under a declared gb2312", []byte(`<meta charset="gb2312"><p>人工智能迈上新台阶</p>`),
			`<meta charset="gb2312"><p>人工智能迈上新台阶</p>`, 0},
		{"Windows-1252 in an XML prolog", append([]byte(`<?xml version="1.0" encoding="windows-1252"?>`), latin1...),
			`<?xml version="1.0" encoding="windows-1252"?>` + want, 0},
	}
	for _, tt := range tests {
		got, offset, err := decode(tt.data)
		if err != nil || string(got) != tt.want || offset != tt.offset {
			t.Errorf("%s: %q, %d, %v; want %q, %d", tt.name, got, offset, err, tt.want, tt.offset)
		}
	}
}
