package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// expected is testdata/trump-putin-call.expected.json, the claims the
// project's first article must yield.
type expected struct {
	Required  []expectedClaim `json:"required"`
	Bonus     []expectedClaim `json:"bonus"`
	NotClaims []string        `json:"not_claims"`
}

type expectedClaim struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// TestFixture runs ingest -dry-run -json over the fixture article, exactly
// as the scorer does, and checks every required and bonus claim: its
// offsets into the file, its words, speaker and kind; and that nothing on
// the not_claims list became a claim.
func TestFixture(t *testing.T) {
	const file = "../../testdata/trump-putin-call.txt"
	raw, err := os.ReadFile("../../testdata/trump-putin-call.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"-dry-run", "-json", file}, nil, &out, &errOut); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut.String())
	}
	var got []line
	for _, text := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var c line
		if err := json.Unmarshal([]byte(text), &c); err != nil {
			t.Fatalf("not a JSON line: %q: %v", text, err)
		}
		if c.Type == "article" {
			continue
		}
		held := string(src[c.Start:c.End])
		if len(c.Parts) > 0 { // an attribution splits it: its pieces joined
			var pieces []string
			for _, p := range c.Parts {
				pieces = append(pieces, string(src[p[0]:p[1]]))
			}
			held = strings.Join(pieces, " ")
		}
		if held != c.Text {
			t.Errorf("claim %q: offsets %d-%d (parts %v) hold %q", c.Text, c.Start, c.End, c.Parts, held)
		}
		if c.CueStart != nil && !strings.EqualFold(string(src[*c.CueStart:*c.CueEnd]), c.Cue) {
			t.Errorf("claim %q: cue %q at %d-%d holds %q", c.Text, c.Cue, *c.CueStart, *c.CueEnd, src[*c.CueStart:*c.CueEnd])
		}
		got = append(got, c)
	}
	for _, list := range []struct {
		name   string
		claims []expectedClaim
	}{{"required", want.Required}, {"bonus", want.Bonus}} {
		for _, w := range list.claims {
			c := covering(got, w)
			switch {
			case c == nil:
				t.Errorf("%s claim not found: %q", list.name, w.Text)
			case c.Speaker == nil || *c.Speaker != w.Speaker:
				t.Errorf("%s claim %q: speaker %v, want %q", list.name, w.Text, deref(c.Speaker), w.Speaker)
			case string(c.Kind) != w.Kind:
				t.Errorf("%s claim %q: kind %s, want %s", list.name, w.Text, c.Kind, w.Kind)
			}
		}
	}
	for _, n := range want.NotClaims {
		for _, c := range got {
			if strings.Contains(n, c.Text) || strings.Contains(c.Text, n) {
				t.Errorf("not a claim, but found: %q", c.Text)
			}
		}
	}
}

// covering finds the claim at exactly the expected offsets or, for reported
// speech whose edges are a matter of judgement, one that covers them.
func covering(got []line, w expectedClaim) *line {
	for i, c := range got {
		if c.Start == w.Start && c.End == w.End {
			return &got[i]
		}
	}
	if w.Kind == "indirect" {
		for i, c := range got {
			if c.Start <= w.Start && w.End <= c.End && c.End-c.Start < 2*(w.End-w.Start) {
				return &got[i]
			}
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}
