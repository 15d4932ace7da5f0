package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// personsHeader says what persons.txt holds.
const personsHeader = `# English nouns for people derived from WordNet 3.0 by namegen: each noun
# with a sense among WordNet's people (its noun.person file), the people
# of places among them in lower case ("texan"), and their plurals.
`

// persons derives the nouns that can name a person ("professor",
// "resident", "widows") from WordNet's nouns (data.noun: the synsets of
// its noun.person file) and their irregular plurals (noun.exc), so that
// extraction refers "the lanky, bespectacled professor" back to someone
// named, and "the new rule" or "the finite-dimensional spectral theorem"
// to no one. The people of a place, whom WordNet capitalises and defines
// as "a native or resident of" it ("Texan", "Vermonter"), are nouns for
// people too: "Vermonter Bernie Sanders" has a role, not a longer name.
func persons(raw string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(raw, "data.noun"))
	if err != nil {
		return nil, err
	}
	nouns := map[string]bool{}
	natives := map[string]bool{} // the people of places: "alabaman" is no "-man"
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == ' ' {
			continue // the licence
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("data.noun:%d: not a synset", n+1)
		}
		if f[1] != "18" { // lex_filenum: noun.person
			continue
		}
		var count int
		if _, err := fmt.Sscanf(f[3], "%x", &count); err != nil || len(f) < 4+2*count {
			return nil, fmt.Errorf("data.noun:%d: bad word count %q", n+1, f[3])
		}
		native := nativeGloss(line)
		for i := range count {
			w := f[4+2*i]
			if nounWord(w) {
				nouns[w] = true // lower case: a kind of person, not one ("Einstein")
			} else if l := strings.ToLower(w); native && nounWord(l) {
				nouns[l], natives[l] = true, true // "Texan", "Vermonter": a kind of person too, capitalised as a place's people are
			}
		}
	}
	exc, err := os.ReadFile(filepath.Join(raw, "noun.exc"))
	if err != nil {
		return nil, err
	}
	forms := map[string]bool{}
	for w := range nouns {
		forms[w] = true
		forms[regularPlural(w)] = true
		if m, ok := strings.CutSuffix(w, "man"); ok && !natives[w] {
			forms[m+"men"] = true // "women", "chairmen": WordNet's own rule, not in noun.exc
		}
	}
	for _, line := range strings.Split(string(exc), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && nouns[f[1]] && nounWord(f[0]) {
			forms[f[0]] = true // "women", "alumni"
		}
	}
	lines := make([]string, 0, len(forms))
	for w := range forms {
		lines = append(lines, w)
	}
	sort.Strings(lines)
	return append([]string{personsHeader + wordNetLicence}, lines...), nil
}

// nativeGloss reports a synset whose gloss defines the people of a place:
// "a native or resident of Vermont", "a native or inhabitant of Chile".
func nativeGloss(line string) bool {
	_, gloss, _ := strings.Cut(line, "| ")
	return strings.HasPrefix(gloss, "a native or resident of ") || strings.HasPrefix(gloss, "a native or inhabitant of ")
}

// nounWord is a noun of one word in lower case, hyphens allowed.
func nounWord(w string) bool {
	return plainWord(strings.ReplaceAll(w, "-", "")) && !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-")
}

// regularPlural is a noun's regular plural: residents, witnesses, spies.
func regularPlural(w string) string {
	switch n := len(w); {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	}
	return w + "s"
}
