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
# with a sense among WordNet's people (its noun.person file), and its
# plurals.
`

// persons derives the nouns that can name a person ("professor",
// "resident", "widows") from WordNet's nouns (data.noun: the synsets of
// its noun.person file) and their irregular plurals (noun.exc), so that
// extraction refers "the lanky, bespectacled professor" back to someone
// named, and "the new rule" or "the finite-dimensional spectral theorem"
// to no one.
func persons(raw string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(raw, "data.noun"))
	if err != nil {
		return nil, err
	}
	nouns := map[string]bool{}
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
		for i := range count {
			if w := f[4+2*i]; nounWord(w) {
				nouns[w] = true // lower case: a kind of person, not one ("Einstein")
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
		if m, ok := strings.CutSuffix(w, "man"); ok {
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
