package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestAppendJSON checks the hand-written JSON against encoding/json's, on
// the strings and numbers that are hard to get right.
func TestAppendJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "new\nline\ttab\rcr\bbs\ffeed", "\x00\x01\x1f\x7f",
		"curly “quotes” and é", "line\u2028para\u2029", "bad \xff byte", "<html> & 'amp'"} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got := string(appendString(nil, s)) + "\n"; got != want.String() {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want.String())
		}
	}
	for _, f := range []float64{0, 1, 0.5, 0.30927733317500306, 1e-7, 123456789} {
		want, _ := json.Marshal(f)
		if got := string(appendFloat(nil, f)); got != string(want) {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
}
