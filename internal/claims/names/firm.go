package names

import (
	_ "embed"
	"strings"
	"sync"
)

// firmList holds the names of the companies of a stock index (namegen's
// firms.txt) that are two words or more, as FirmKey folds them.
//
//go:embed firms.txt
var firmList string

// firms are the companies' names, indexed on first use apart from the
// other lists, as only typing a name that seems a person's asks of them.
var firms = sync.OnceValue(func() table { return index(firmList) })

// legalForms are the words after a company's name that say what kind of
// company it is in law, which news most often leaves out.
var legalForms = map[string]bool{"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true,
	"company": true, "companies": true, "group": true, "holdings": true, "plc": true, "ltd": true, "limited": true,
	"the": true, "and": true, "class": true, "a": true, "b": true, "c": true}

// FirmKey is the form the list holds a company's name in: folded as
// every list's names are, without the notes in brackets and the legal
// form after it ("Estée Lauder Companies (The)" is "estee lauder",
// "Goldman Sachs Group Inc." is "goldman sachs"); a given name in brackets
// goes first ("Lilly (Eli)" is "eli lilly").
func FirmKey(name string) string {
	if i := strings.IndexByte(name, '('); i > 0 {
		note := strings.Trim(name[i:], "() ")
		name = name[:i]
		if !strings.Contains(note, " ") && !legalForms[fold(note)] {
			name = note + " " + name // "Lilly (Eli)" is Eli Lilly
		}
	}
	words := strings.Fields(fold(name))
	for len(words) > 1 && legalForms[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// IsFirm reports the name of a company of the list, of two words or more
// once its legal form is cut ("Morgan Stanley", "Charles Schwab Corp."):
// words a person's name could be, which name a body all the same unless
// the article says a person bears them. One word ("Ford", "Target") could
// be anyone's surname or anything, and the list leaves it out.
func IsFirm(name string) bool {
	k := FirmKey(name)
	if !strings.Contains(k, " ") {
		return false
	}
	_, ok := firms().get(k)
	return ok
}
