package main

import (
	"slices"
	"testing"
)

// TestNewsNames checks that the hand-written names outvote the public
// lists where those lack a name, and replace their verdict where the hand
// corrects it, or dispute it where the news knows bearers of the other
// gender, while a name they hold keeps theirs.
func TestNewsNames(t *testing.T) {
	g := newGiven(map[string]bool{"dirk": true, "price": true})
	g.vote("Dirk", 'm', 1)  // a word in English, a name in German
	g.vote("Price", 'm', 1) // and in English too, where the hand adds no name
	g.english["price"] = true
	g.vote("Devendra", 'f', 40) // a public list's mistake
	g.vote("Lee", 'm', 30)
	g.vote("Lee", 'f', 20)
	g.vote("Kelly", 'f', 90) // the lists' verdict, which the news disputes
	g.vote("Blake", 'm', 60)
	g.readNews()
	lines := g.lines()
	for _, want := range []string{"devendra\tm", "surendra\tm", "lee\tu", "dirk\twm", "price\tm", "kelly\tf?", "blake\tm?"} {
		if !slices.Contains(lines, want) {
			t.Errorf("no line %q", want)
		}
	}
}
