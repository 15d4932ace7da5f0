// Package names knows what news names: which words are people's given
// names and the gender they usually tell, which given names are short
// forms of others (Bill of William, Len of Leonard), which names are
// places and which companies (firm.go), and so when two names are one
// person; for reading a claim's
// clause, which words are verbs (verb.go); and which nouns name people
// (noun.go).
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
	//go:embed verbs.txt
	verbList string
	//go:embed persons.txt
	personList string
)

// lists are the embedded lists, indexed once.
var lists = sync.OnceValue(func() *tables {
	return &tables{gender: index(givenList), formal: index(nicknameList), place: index(placeList)}
})

type tables struct {
	gender table // given name: m, f or u for either
	formal table // short form: the given names it is short for
	place  table // place names: c for a country
}

// words are the ordinary English words, indexed on first use apart from
// the other lists, as only typing a name asks of them.
var words = sync.OnceValue(func() table { return index(wordList) })

// IsWord reports an ordinary English word, one a dictionary writes in
// lower case ("railway", "guest", "below"), given in lower case.
func IsWord(lower string) bool {
	_, ok := words().get(lower)
	return ok
}

// Ordinary reports a word of the dictionary, or two of them written as
// one ("defenceman", "frontman", "blueliner"), which the dictionary lacks
// as often as the news coins them; each part has three letters or more.
func Ordinary(lower string) bool {
	if IsWord(lower) {
		return true
	}
	for k := 3; k+3 <= len(lower); k++ {
		if IsWord(lower[:k]) && IsWord(lower[k:]) {
			return true
		}
	}
	return false
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
