package names

// Gender is the gender a given name usually tells: 'm', 'f', 'u' for a
// name given to either, or 0 for a word that is no given name. Ordinary
// English words are given names only where English-speaking countries use
// them often ("Hope", "Will"), not "Price" or "Major".
func Gender(given string) byte {
	if g, ok := lists().gender.get(fold(given)); ok && g != "" && g[0] != 'w' {
		return g[0]
	}
	return 0
}

// Abroad is the gender of an ordinary English word that countries where
// English is not spoken give as a name ("Dirk", "Dieter"), 0 for any other
// word: a given name only where the word after it can be nothing but a
// surname ("Dirk Notz", not "General Motors").
func Abroad(given string) byte {
	if g, ok := lists().gender.get(fold(given)); ok && len(g) > 1 && g[0] == 'w' {
		return g[1]
	}
	return 0
}

// IsGiven reports a given name.
func IsGiven(w string) bool { return Gender(w) != 0 }

// Disputed reports a given name whose gender some of the lists' sources
// give the other way ("Lee", "Sam", "Sharon"): an article that shows its
// bearer to be of the other gender ("Lee Finell ... said she") is right.
func Disputed(given string) bool {
	g, _ := lists().gender.get(fold(given))
	return len(g) > 1 && g[0] != 'w' && g[1] == '?'
}
