// Package names knows what news names: which words are people's given
// names and the gender they usually tell, which given names are short
// forms of others (Bill of William, Len of Leonard), which names are
// places, and so when two names are one person.
//
// Extraction asks it to type a speaker from evidence that holds for any
// newsroom's articles, not only the ones it was tuned on: "New Brunswick"
// is a province and no one who speaks, "Nadia Jamil" is a woman a "she"
// may refer to, "Joseph R. Biden Jr." and "Joe Biden" are one person and
// "Bill Clinton" and "Hillary Clinton" are two. The store asks it the last
// question across articles.
//
// The lists are derived from public open data by namegen (see its
// documentation and README.md for the sources and their licences) and
// embedded; they load on first use. Every look-up takes a name in any case
// and spelling with or without diacritics.
package names

import (
	_ "embed"
	"strings"
	"sync"

	"claimtrack/internal/claims"
)

var (
	//go:embed given.txt
	givenList string
	//go:embed nicknames.txt
	nicknameList string
	//go:embed places.txt
	placeList string
	//go:embed words.txt
	wordList string
)

// lists are the embedded lists, parsed once.
var lists = sync.OnceValue(func() *tables {
	t := &tables{
		gender: make(map[string]byte, 40000),
		formal: map[string][]string{},
		place:  make(map[string]byte, 34000),
	}
	for _, line := range strings.Split(givenList, "\n") {
		if name, g, ok := strings.Cut(line, " "); ok && g != "" {
			t.gender[name] = g[0]
		}
	}
	for _, line := range strings.Split(nicknameList, "\n") {
		if f := strings.Fields(line); len(f) > 1 {
			t.formal[f[0]] = f[1:]
		}
	}
	for _, line := range strings.Split(placeList, "\n") {
		if name, country := strings.CutSuffix(line, " c"); country {
			t.place[name] = 'c'
		} else if line != "" {
			t.place[line] = 'p'
		}
	}
	return t
})

// words are the ordinary English words, loaded on first use apart from
// the other lists, as only typing a name asks of them.
var words = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 64000)
	for _, w := range strings.Split(wordList, "\n") {
		if w != "" {
			m[w] = true
		}
	}
	return m
})

// IsWord reports an ordinary English word, one a dictionary writes in
// lower case ("railway", "guest", "below"), given in lower case.
func IsWord(lower string) bool { return words()[lower] }

type tables struct {
	gender map[string]byte     // given name: 'm', 'f' or 'u' for either
	formal map[string][]string // short form: the given names it is short for
	place  map[string]byte     // place names: 'c' for a country, 'p' for any other
}

// fold is the form the lists hold a name in: claims.SpeakerKey, without
// its cost for a word already in lower-case ASCII.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			if c == ' ' {
				continue
			}
			return claims.SpeakerKey(s)
		}
	}
	return s
}
