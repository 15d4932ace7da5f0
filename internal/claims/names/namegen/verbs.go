package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// wordNetLicence is WordNet's licence, which asks that its notice appear
// on every copy of the database and of what is made from it: the lists
// derived from it open with it, after what they hold.
const wordNetLicence = `#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database
# and its documentation for any purpose and without fee or royalty is hereby
# granted, provided that you agree to comply with the following copyright
# notice and statements, including the disclaimer, and that the same appear
# on ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
# OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR
# THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database. Title to copyright in this software, database and any
# associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.`

// verbsHeader says what verbs.txt holds.
const verbsHeader = `# English verb forms derived from WordNet 3.0 by namegen: each form, a tab,
# then b (a base form), f (a third person's present or an irregular past
# of a word English uses mostly as a verb), v (another form of a verb).
`

// verbs derives the verb forms extraction reads clauses by from WordNet's
// verb index, its irregular forms (verb.exc) and how often each word's
// senses were tagged in its semantic concordance (cntlist.rev): a verb
// counts only if the concordance met it as one, and it is "mostly a verb"
// when it met it as a verb more often than as anything else ("sells",
// "holds" and "claims" are; "forms" and "results" are not).
func verbs(raw string) ([]string, error) {
	uses, err := senseCounts(filepath.Join(raw, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	lemmas, err := firstFields(filepath.Join(raw, "index.verb"))
	if err != nil {
		return nil, err
	}
	irregular := map[string][]string{} // base: its irregular forms
	exc, err := os.ReadFile(filepath.Join(raw, "verb.exc"))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(exc), "\n") {
		if f := strings.Fields(line); len(f) >= 2 {
			irregular[f[1]] = append(irregular[f[1]], f[0])
		}
	}
	kinds := map[string]map[byte]bool{}
	add := func(form string, kind byte) {
		if kinds[form] == nil {
			kinds[form] = map[byte]bool{}
		}
		kinds[form][kind] = true
	}
	for _, v := range lemmas {
		u := uses[v]
		if !plainWord(v) || u[1] == 0 {
			continue
		}
		finite := byte('v')
		if u[1] > u[0]+u[2] {
			finite = 'f'
		}
		add(v, 'b')
		add(thirdPerson(v), finite)
		for _, f := range irregular[v] {
			// -ed pasts read as verbs anyway, and -ing forms head no clause
			if plainWord(f) && !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "ing") {
				add(f, finite)
			}
		}
	}
	lines := make([]string, 0, len(kinds))
	for form, k := range kinds {
		var b []byte
		for _, c := range []byte("bfv") {
			if k[c] {
				b = append(b, c)
			}
		}
		lines = append(lines, form+"\t"+string(b))
	}
	sort.Strings(lines)
	return append([]string{verbsHeader + wordNetLicence}, lines...), nil
}

// senseCounts reads cntlist.rev ("lemma%type:... sense count" a line) into
// how often each word was met as a noun, a verb, and an adjective or adverb.
func senseCounts(path string) (map[string][3]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	uses := map[string][3]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fs := strings.Fields(sc.Text())
		lemma, rest, ok := strings.Cut(fs[0], "%")
		if len(fs) != 3 || !ok || rest == "" {
			return nil, fmt.Errorf("%s:%d: not a sense count", path, n)
		}
		c, err := strconv.Atoi(fs[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		u := uses[lemma]
		switch rest[0] {
		case '1':
			u[0] += c
		case '2':
			u[1] += c
		default:
			u[2] += c
		}
		uses[lemma] = u
	}
	return uses, sc.Err()
}

// firstFields reads the first field of each line of a WordNet index,
// past the licence its lines that open with spaces hold.
func firstFields(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && line[0] != ' ' {
			out = append(out, strings.Fields(line)[0])
		}
	}
	return out, nil
}

// plainWord is a single word of lower-case letters: WordNet joins the
// words of a phrasal verb with underscores ("give_up").
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// thirdPerson is a verb's third person singular present: says, pushes,
// carries, goes.
func thirdPerson(v string) string {
	switch n := len(v); {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		return v + "es"
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ies"
	}
	return v + "s"
}
