package names

import "strings"

// Owned takes apart the name of a person's body or circle, which
// extraction writes as the owner's canonical name, a possessive and the
// thing: "Donald J. Trump's campaign" is owner "Donald J. Trump", thing
// "campaign". ok is false unless the owner is a full name, at least two
// words: whose "Clinton's campaign" is only the article can tell.
func Owned(name string) (owner, thing string, ok bool) {
	for _, mark := range []string{"'s ", "’s ", "s' ", "s’ "} {
		i := strings.Index(name, mark)
		if i <= 0 {
			continue
		}
		owner = name[:i]
		if mark[0] == 's' {
			owner = name[:i+1] // "Bernie Sanders' campaign"
		}
		thing = strings.TrimSpace(name[i+len(mark):])
		if thing == "" || !strings.Contains(strings.TrimSpace(owner), " ") {
			return "", "", false
		}
		return owner, thing, true
	}
	return "", "", false
}

// OwnedKey is what a store files an owned name under, so that the
// same thing of one person meets however the person is named: the
// owner's surname and the thing, folded ("trump's campaign"); "" for a
// name that is not owned.
func OwnedKey(name string) string {
	owner, thing, ok := Owned(name)
	if !ok {
		return ""
	}
	return Split(owner).Surname + "'s " + fold(thing)
}

// SameOwned reports whether two owned names are one person's one thing:
// "Donald J. Trump's campaign" and "Donald Trump's campaign", not "Bill
// Clinton's campaign" and "Hillary Clinton's campaign", nor a campaign
// and an office.
func SameOwned(a, b string) bool {
	oa, ta, ok := Owned(a)
	ob, tb, ok2 := Owned(b)
	return ok && ok2 && fold(ta) == fold(tb) && SamePerson(oa, ob)
}
