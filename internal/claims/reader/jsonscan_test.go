package reader

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

// jsonLines are lines the fast path must decode as encoding/json does, or
// leave to it: each case says which.
var jsonLines = []struct {
	line string
	fast bool // decoded without encoding/json
}{
	{`{"text":"Hi.","url":"https://x.example/a"}`, true},
	{` { "text" : "a\nb \"q\" \\ \/ \t \u00e9 \u20ac" , "quotes":[{"a":[1,-2.5e+3,true,false,null]},{}] } `, true},
	{`{"TEXT":"upper case key","Url":"u"}`, true},
	{`{"text":"first","text":"second"}`, true},
	{`{"text":"kept","text":null}`, true},
	{`{"text":"x","published":"2020-01-02","authors":["A B",7,"C"]}`, true},
	{`{"text":"x","published":1577923200}`, true},
	{`{}`, true},
	{`{"text":"pair \ud83d\ude00"}`, false},
	{`{"text":"lone \ud800"}`, false},
	{"{\"text\":\"bad \xff byte\"}", false},
	{`{"te\u0078t":"escaped key"}`, false},
	{"{\"\u212aey\":\"Kelvin sign\"}", false},
	{`{"text":5}`, false},
	{`{"text":"x",}`, false},
	{`{"text":"x"} trailing`, false},
	{`{"text":"x","n":01}`, false},
	{`{"text":"x","n":1.}`, false},
	{`{"text":"x","n":[1 2]}`, false},
	{"{\"text\":\"control \x01\"}", false},
	{`{"text":"x","s":"\q"}`, false},
	{`[1]`, false},
	{`{"text":"unterminated`, false},
}

func TestDecodeArticle(t *testing.T) {
	for _, c := range jsonLines {
		var fast jsonArticle
		if got := fastArticle([]byte(c.line), &fast); got != c.fast {
			t.Errorf("fastArticle(%q) = %v, want %v", c.line, got, c.fast)
		}
		sameAsEncodingJSON(t, []byte(c.line))
	}
}

// sameAsEncodingJSON checks decodeArticle against json.Unmarshal: the
// same article, or an error when it gives one.
func sameAsEncodingJSON(t *testing.T, line []byte) {
	t.Helper()
	var got, want jsonArticle
	err := decodeArticle(line, &got)
	wantErr := json.Unmarshal(line, &want)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%q: error %v, encoding/json's %v", line, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %#v\nwant %#v", line, got, want)
	}
}

func FuzzDecodeArticle(f *testing.F) {
	for _, c := range jsonLines {
		f.Add([]byte(c.line))
	}
	f.Fuzz(sameAsEncodingJSON)
}

// TestPlainJSON puts each byte that ends a plain run, and a few that do
// not, at every place of a string longer than two eight-byte words, for
// both the string and the byte-slice reading.
func TestPlainJSON(t *testing.T) {
	stops := []byte{'"', '\\', 0, '\n', 0x1f, 0x80, 0xc3, 0xff}
	plain := []byte{' ', '!', '#', '[', ']', '~', 0x7f, 'a', 0x21, 0x5d}
	for n := 0; n <= 19; n++ {
		for at := 0; at < n; at++ {
			for _, c := range append(stops, plain...) {
				b := make([]byte, n)
				for i := range b {
					b[i] = 'x'
				}
				b[at] = c
				want := n
				if slices.Contains(stops, c) {
					want = at
				}
				for from := 0; from <= n; from++ {
					w := want
					if from > at {
						w = n
					}
					if got := PlainJSON(b, from); got != w {
						t.Fatalf("PlainJSON(%q, %d) = %d, want %d", b, from, got, w)
					}
					if got := PlainJSON(string(b), from); got != w {
						t.Fatalf("PlainJSON(string %q, %d) = %d, want %d", b, from, got, w)
					}
				}
			}
		}
	}
}
