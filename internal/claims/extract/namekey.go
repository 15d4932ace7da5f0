package extract

import "strings"

// The words of a name's key (cast.key: lower case, one space between
// words), read without splitting it into a slice.

// ends are the first and last words of a key, and whether they differ:
// all that matching names by their words asks, with no slice to allocate.
func ends(key string) (first, final string, full bool) {
	i := strings.IndexByte(key, ' ')
	if i < 0 {
		return key, key, false
	}
	return key[:i], key[strings.LastIndexByte(key, ' ')+1:], true
}

// wordsWithin reports that the words of short are words of long, in order.
func wordsWithin(short, long string) bool {
	rest := " " + long + " "
	for _, w := range strings.Fields(short) {
		i := strings.Index(rest, " "+w+" ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(w)+1:]
	}
	return true
}

// ofBody reports the rest of a body's name after its first word that
// makes that word its head: a second joined to it ("and Mail"), or what
// it is of or for ("of England", "for National Statistics").
func ofBody(rest string) bool {
	return strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " for ")
}

// bodyOf reports words before a name that make the whole another's:
// "Assembly of" of "Assembly of First Nations", no given name of a
// person whose surname is "First Nations".
func bodyOf(before string) bool {
	last := before[strings.LastIndexByte(before, ' ')+1:]
	return last == "of" || last == "for" || last == "the"
}
