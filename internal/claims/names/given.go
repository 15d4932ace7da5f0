package names

// Gender is the gender a given name usually tells: 'm', 'f', 'u' for a
// name given to either, or 0 for a word that is no given name. Ordinary
// English words are given names only where English-speaking countries use
// them often ("Hope", "Will"), not "Price" or "Major".
func Gender(given string) byte {
	if g, ok := lists().gender.get(fold(given)); ok && g != "" {
		return g[0]
	}
	return 0
}

// IsGiven reports a given name.
func IsGiven(w string) bool { return Gender(w) != 0 }
