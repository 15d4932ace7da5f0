package names

import (
	"slices"
	"strings"
)

// Formal lists the given names a short form is short for: "bill" is short
// for william (and, in older use, robert), "len" for leonard.
func Formal(short string) []string {
	f, _ := lists().formal.get(fold(short))
	return strings.Fields(f)
}

// SameGiven reports whether two given names, or a given name and an
// initial, can name one person: equal, one the other's initial ("J." and
// "Joseph"), or one a short form of the other ("Joe" and "Joseph"). Two
// different names are two people: Bill is not Hillary.
func SameGiven(a, b string) bool {
	a, b = fold(a), fold(b)
	switch {
	case a == "" || b == "":
		return false
	case a == b:
		return true
	case len(a) == 1 || len(b) == 1:
		return a[0] == b[0]
	}
	return slices.Contains(Formal(a), b) || slices.Contains(Formal(b), a)
}
