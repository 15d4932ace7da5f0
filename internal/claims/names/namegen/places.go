package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// countryAliases are the names news gives countries besides the formal
// ones GeoNames lists.
var countryAliases = []string{"Russia", "Vietnam", "South Korea", "North Korea", "Korea", "Iran", "Syria",
	"Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "America", "U.S.",
	"U.S.A.", "USA", "UK", "U.K.", "Taiwan", "Venezuela", "Bolivia", "Tanzania", "Moldova", "Palestine",
	"Laos", "Czech Republic", "Turkey", "Ivory Coast", "Macedonia", "Burma", "Vatican", "Kosovo", "Congo"}

// regions are places that are no country and no city: continents,
// regions, territories.
var regions = []string{"Gaza", "West Bank", "Europe", "Asia", "Africa", "North America", "South America",
	"Latin America", "Antarctica", "Oceania", "Middle East", "Caribbean", "Arctic", "Scandinavia", "Balkans",
	"Crimea", "Donbas", "Kashmir", "Tibet", "Hong Kong", "Macau", "Washington, D.C.", "D.C."}

// places reads the world's larger cities with their countries and their
// states or provinces, one a line, countries marked with a tab and "c". A
// one-word city that is also a given name common in English-speaking
// countries or an ordinary word ("Victoria", "Mobile", "Reading") is left
// out: the name alone cannot tell which it is. So is a state or province,
// unless fifteen of the cities or more lie in it and it is no ordinary
// word: "Alberta", "Georgia" and "Victoria" are named as places far more
// often than as people (extraction lets an article that has one speak say
// otherwise), "Mary" in Turkmenistan is not. An independent country's
// capital is a place though its name is a given name too ("Paris",
// "Santiago"): news names capitals as places far more often than people by
// their given name alone; but not when it is an ordinary word ("Male"),
// nor a territory's ("Douglas" on the Isle of Man, "Stanley").
func places(path, capitalsPath string, g *given, common map[string]bool) ([]string, error) {
	rows, err := readCSV(path, ',')
	if err != nil {
		return nil, err
	}
	header, caps, err := readTable(capitalsPath, ',')
	if err != nil {
		return nil, err
	}
	capital, independent := slices.Index(header, "Capital"), slices.Index(header, "is_independent")
	if capital < 0 || independent < 0 {
		return nil, fmt.Errorf("%s: no Capital or is_independent column", capitalsPath)
	}
	set := map[string]bool{}
	country := map[string]bool{}
	add := func(name string, always, isCountry bool) {
		name = strings.TrimSpace(name)
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i] // "Falkland Islands (Malvinas)"
		}
		k := key(name)
		if k == "" || name == "N/A" || strings.HasPrefix(name, "No country") {
			return
		}
		if !always && !strings.Contains(k, " ") && (g.has(k) && g.english[k] || common[k]) {
			return
		}
		set[k] = true
		country[k] = country[k] || isCountry
	}
	cities := map[string]int{}
	for _, r := range rows {
		if len(r) >= 3 {
			cities[r[2]]++
		}
	}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		add(r[0], false, false)
		add(r[1], true, true)
		add(r[2], cities[r[2]] >= 15 && !common[key(r[2])], false)
	}
	for _, c := range countryAliases {
		add(c, true, true)
	}
	for _, r := range caps {
		if max(capital, independent) < len(r) && r[independent] == "Yes" && !common[key(r[capital])] {
			add(r[capital], true, false)
		}
	}
	for _, r := range regions {
		add(r, true, false)
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k
		if country[k] {
			out[i] += "\tc"
		}
	}
	return out, nil
}
