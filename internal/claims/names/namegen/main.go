// Command namegen derives the lists of package names from public open
// data, so that the raw data stays out of the repository and only the
// derived lists are committed:
//
//	go run ./internal/claims/names/namegen -raw DIR -out internal/claims/names
//
// DIR holds the source files under these names (README.md says where each
// comes from and under which licence):
//
//	firstnames.csv                   given names with gender and frequency by country (Jörg Michael's gender.c database, as MatthiasWinkelmann/firstname-database has it)
//	ukprocessed.csv                  given names of UK births with counts by sex (OpenGenderTracking/globalnamedata, from ONS, NISRA and GRO Scotland)
//	common-forenames-by-country.csv  popular given names by country with gender (sigpwned/popular-names-by-country-dataset)
//	names.csv                        given names and their short forms (carltonnorthern/nicknames)
//	world-cities.csv                 cities of 15,000 people or more, with their country and state or province (datasets/world-cities, from GeoNames)
//	country-codes.csv                countries with their capitals (datasets/country-codes)
//	american-english                 English words, proper names capitalised (SCOWL, as Debian's wamerican package installs it in /usr/share/dict)
//	british-english, canadian-english the same in British and Canadian spelling (Debian's wbritish and wcanadian), so that "centre" and "defence" are words as "center" and "defense" are
//	index.verb, verb.exc, cntlist.rev WordNet 3.0's verbs, their irregular forms and how often each sense was met (Debian's wordnet-base package installs them in /usr/share/wordnet)
//	data.noun, noun.exc               WordNet 3.0's nouns with their lexicographer files, and their irregular plurals (the same package)
//	constituents.csv                  the companies of the S&P 500 (datasets/s-and-p-500-companies)
//
// It writes, one entry a line and sorted by the name, which a tab
// separates from what the list says of it: given.txt ("name	gender",
// gender m, f or u for either, a "?" after m or f when some sources
// give the other), nicknames.txt ("short	formal..."),
// places.txt (a place, countries marked "	c") and
// words.txt (ordinary English words, those the dictionary writes in lower
// case), all in lower case without diacritics; verbs.txt (English verb
// forms, "form	kinds") and persons.txt (nouns for people and their
// plurals), each after WordNet's notice; firms.txt (companies' names of
// two words or more, names.FirmKey's form).
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"claimtrack/internal/claims"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "namegen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("namegen", flag.ContinueOnError)
	raw := fs.String("raw", "", "folder holding the source files")
	out := fs.String("out", "internal/claims/names", "folder to write the lists to")
	common := fs.String("common", "internal/claims/extract/lexicon_common.txt", "English words written in lower case (make lexicon)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *raw == "" {
		return errors.New("-raw is required: the folder with the source files")
	}
	words, err := readWords(*common)
	if err != nil {
		return err
	}
	dict, err := dictionary(filepath.Join(*raw, "american-english"), filepath.Join(*raw, "british-english"), filepath.Join(*raw, "canadian-english"))
	if err != nil {
		return err
	}
	for _, w := range dict {
		words[w] = true // ordinary words are given names only where English-speaking countries use them often
	}
	g := newGiven(words)
	if err := g.readGenderC(filepath.Join(*raw, "firstnames.csv")); err != nil {
		return err
	}
	if err := g.readUK(filepath.Join(*raw, "ukprocessed.csv")); err != nil {
		return err
	}
	if err := g.readByCountry(filepath.Join(*raw, "common-forenames-by-country.csv")); err != nil {
		return err
	}
	g.readNews()
	if err := write(filepath.Join(*out, "given.txt"), g.lines()); err != nil {
		return err
	}
	nick, err := nicknames(filepath.Join(*raw, "names.csv"), g)
	if err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "nicknames.txt"), nick); err != nil {
		return err
	}
	pl, err := places(filepath.Join(*raw, "world-cities.csv"), filepath.Join(*raw, "country-codes.csv"), g, words)
	if err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "places.txt"), pl); err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "words.txt"), dict); err != nil {
		return err
	}
	vs, err := verbs(*raw)
	if err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "verbs.txt"), vs); err != nil {
		return err
	}
	ps, err := persons(*raw)
	if err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "persons.txt"), ps); err != nil {
		return err
	}
	cos, err := firms(filepath.Join(*raw, "constituents.csv"))
	if err != nil {
		return err
	}
	return write(filepath.Join(*out, "firms.txt"), cos)
}

// dictionary reads spelling dictionaries, one word a line, and keeps the
// words any of them writes in lower case: ordinary words, not names. The
// news is written in more than one spelling: a Canadian "Centre" or
// "Defenceman" opening a sentence is as ordinary as an American "Center".
func dictionary(paths ...string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, w := range strings.Split(string(b), "\n") {
			if w != "" && w[0] >= 'a' && w[0] <= 'z' && !strings.ContainsAny(w, "'’") && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// key folds a name as the lists hold it: lower case, no diacritics, words
// joined by single spaces.
func key(s string) string { return claims.SpeakerKey(s) }

func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		m[w] = true
	}
	return m, nil
}

// readCSV reads a CSV file's rows after its header.
func readCSV(path string, sep rune) ([][]string, error) {
	_, rows, err := readTable(path, sep)
	return rows, err
}

// readTable reads a CSV file: its header, then its rows.
func readTable(path string, sep rune) (header []string, rows [][]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	if len(rows) < 2 {
		return nil, nil, fmt.Errorf("%s: no rows", path)
	}
	for i := range rows[0] {
		rows[0][i] = strings.TrimPrefix(rows[0][i], "\ufeff")
	}
	return rows[0], rows[1:], nil
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func write(path string, lines []string) error {
	if len(lines) == 0 {
		return fmt.Errorf("%s: nothing to write", path)
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
