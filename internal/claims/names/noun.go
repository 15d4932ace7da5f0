package names

import "sync"

// personNouns are the nouns for people, indexed on first use apart from
// the other lists, as only a description's head asks of them.
var personNouns = sync.OnceValue(func() table { return index(personList) })

// PersonNoun reports a noun, in lower case, that can name a person or
// people by WordNet ("professor", "resident", "women"): a description
// with such a head may refer back to someone named, one with another
// ("the new rule", "the theorem") refers to no one.
func PersonNoun(lower string) bool {
	_, ok := personNouns().get(lower)
	return ok
}
