package names

import "strings"

// IsPlace reports the name of a country, a state or province, or a city of
// 15,000 people or more: "New Brunswick", "San Jose", "Halifax". A city
// whose name is also a common given name or an ordinary word ("Victoria",
// "Reading") is not one, as its name alone cannot tell. A leading "the"
// is no part of the name ("the United States").
func IsPlace(name string) bool {
	_, ok := lists().place.get(strings.TrimPrefix(fold(name), "the "))
	return ok
}

// IsCountry reports the name of a country: "Japan", "the United States",
// "Britain".
func IsCountry(name string) bool {
	v, _ := lists().place.get(strings.TrimPrefix(fold(name), "the "))
	return v == "c"
}

// Demonym reports a word for the people of a country, which news writes
// capitalised as an adjective too ("An Ethiopian exile", "the Canadian
// government") and which names no one: the country's name with the
// endings English makes them with ("Ethiopia", "Kenya", "Iraq",
// "Japan", "Turkey"), or one of the few that follow no rule. A given
// name is none ("Adrian", "Roman", "Christian").
func Demonym(word string) bool {
	w := fold(word)
	if irregularDemonyms[w] {
		return true
	}
	return ofPlace(w, demonymEndings, IsCountry) && Gender(w) == 0 // asked last: most words end in none of the endings
}

// PlacePeople reports a plural word for the people of a place the
// gazetteer holds ("Greenlanders", "Albertans", "Torontonians", "New
// Yorkers" by its last word): Demonym knows those of countries only.
func PlacePeople(word string) bool { return ofPlace(fold(word), placePeopleEndings, IsPlace) }

// ofPlace reports a word w that one of the endings makes of a place's
// name, as holds tells places: the stem before the ending, with what the
// place's name has in its stead, is one.
func ofPlace(w string, endings []ending, holds func(string) bool) bool {
	for _, e := range endings {
		stem, ok := strings.CutSuffix(w, e.end)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, add := range e.adds {
			if holds(stem + add) {
				return true
			}
		}
	}
	return false
}

// ending is an ending that makes a place's name a word for its people,
// with what the name has in its stead.
type ending struct {
	end  string
	adds []string
}

// demonymEndings are the endings that make a country's name a word for its
// people, with what the country's name has in their place: "Ethiop|ian"
// of "Ethiop|ia", "Keny|an" of "Keny|a", "Iraq|i", "Turk|ish" of
// "Turk|ey".
var demonymEndings = []ending{
	{"ian", []string{"ia", "a", "y", "", "e", "ium"}},
	{"an", []string{"a", "o", "", "e"}},
	{"ese", []string{"", "a", "on"}},
	{"i", []string{"", "a", "ia"}},
	{"ish", []string{"ey", "and", "land", "en"}},
}

// placePeopleEndings are the plural endings that make any place's name a
// word for the people who live there: "Greenland|ers", "Alberta|ns",
// "Paris|ians", "Toronto|nians", "Tex|ans" of "Tex|as", "Ontari|ans" of
// "Ontari|o". Each ending takes only the stems it was seen with: "er"
// after any stem made "Peters" the people of a town "Peto".
var placePeopleEndings = []ending{
	{"ers", []string{""}}, {"ns", []string{""}}, {"ians", []string{""}}, {"nians", []string{""}}, {"ites", []string{""}}, {"ans", []string{"as", "o"}},
}

// irregularDemonyms follow no rule, or belong to more than one country.
var irregularDemonyms = map[string]bool{"french": true, "dutch": true, "swiss": true, "greek": true, "thai": true,
	"welsh": true, "scottish": true, "british": true, "spanish": true, "german": true, "filipino": true, "irish": true,
	"european": true, "african": true, "asian": true, "arab": true, "latino": true, "hispanic": true, "english": true,
	"saudi": true, "afghan": true, "norwegian": true, "danish": true, "finnish": true, "portuguese": true,
	// "argentine" is a given name too, which the rule declines
	"argentine": true, "peruvian": true, "emirati": true, "cypriot": true, "congolese": true, "icelandic": true,
	"czech": true, "slovak": true, "kazakh": true, "uzbek": true, "ghanaian": true, "ivorian": true, "mozambican": true,
	"kosovar": true, "tajik": true, "kyrgyz": true, "togolese": true}

// states are the abbreviations news writes after a town for its US state
// or Canadian province ("Silver Spring, Md.", "Trout Brook, N.B.") and in
// a lawmaker's party bracket ("D-Mich."): a place, never a speaker.
var states = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`ala. alaska ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la.
		md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c.
		s.d. tenn. tex. vt. va. wash. w.va. wis. wisc. wyo. d.c. b.c. alta. sask. man. ont. que. n.b. n.s.
		p.e.i. nfld. n.l. y.t. n.w.t. nvt.`) {
		m[s] = true
	}
	return m
}()

// IsStateAbbreviation reports a state's or province's abbreviation in the
// wire services' style, or a party bracket's, whose state may also be
// written whole or by its postal code ("R-Ky.", "D-Mich.", "R-Idaho",
// "R-OH").
func IsStateAbbreviation(w string) bool {
	if len(w) > 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' {
		st := strings.ToLower(w[2:])
		return states[st] || len(st) == 2 && w[2] >= 'A' && w[2] <= 'Z' || IsPlace(st)
	}
	if w == "" || w[len(w)-1] != '.' {
		return strings.EqualFold(w, "alaska") // the one written whole; every other ends in a period, and most words end here
	}
	w = strings.ToLower(w)
	if len(w) > 2 && (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') && w[1] == '-' {
		w = w[2:]
	}
	return states[w]
}
