package names

import "sync"

// VerbForm says how a word may stand as the verb of a clause, from
// WordNet's verbs and how often its concordance met each word as a verb
// (see namegen): extraction tells "the laws favour the owner", a statement,
// from "the dire consequences of a hard Brexit", a thing named.
type VerbForm uint8

const (
	// AnyVerb is any form of a verb: a verb after "he" or "they" ("he
	// sees", "they bring").
	AnyVerb VerbForm = 1 << iota
	// BaseVerb is a verb's base form: a verb after a plural subject
	// ("obstacles remain", "people get").
	BaseVerb
	// FiniteVerb is a third person's present or an irregular past of a
	// word English uses mostly as a verb: a verb after any subject
	// ("Solimo sells", "the council held").
	FiniteVerb
)

// verbs are the verb forms, indexed on first use apart from the other
// lists, as only reading a claim's clause asks of them.
var verbs = sync.OnceValue(func() table { return index(verbList) })

// Verb says how lower, a word in lower case, may stand as a verb; 0 for a
// word that is no verb ("the", "consequences").
func Verb(lower string) VerbForm {
	kinds, ok := verbs().get(lower)
	if !ok {
		return 0
	}
	f := AnyVerb
	for i := 0; i < len(kinds); i++ {
		switch kinds[i] {
		case 'b':
			f |= BaseVerb
		case 'f':
			f |= FiniteVerb
		}
	}
	return f
}
