package extract

import (
	"slices"
	"strconv"
	"strings"

	"claimtrack/internal/claims/names"
)

// Seniority: which of the people of one surname "the younger" or "the
// elder" means, by what the article tells of their ages and kin.

// seniorNamesake is whom "the younger Nielsen" or "the elder Mr. Murdoch"
// means of the people the article has named in full with that surname:
// the eldest or the youngest by what the article tells of them, their
// ages set off after their names ("Kyle Nielsen, 34,"), their kin ("His
// son, Kyle Nielsen": the son of the namesake named before; "Kyle's
// mother, Linda Nielsen") or suffixes ("Jr."). "The elder Mr. Murdoch" is
// Rupert Murdoch, 85, beside "his two sons, Lachlan, 44, and James, 43".
// When that leaves two, either may be meant, and no one is named; when it
// tells nothing, nil, and findShort decides as for any surname. Beside one
// namesake only, "the younger" is someone else: a child the article calls
// by given name ("His son Donald Jr."), whom the surname cannot tell.
func (c *cast) seniorNamesake(m *mention, ms []*mention) *entity {
	toks := m.p.toks
	i := m.t0 - 1
	if i >= 0 && honorifics[toks[i].low] {
		i--
	}
	if i < 1 || toks[i-1].low != "the" || strings.Contains(m.name, " ") {
		return nil
	}
	younger := toks[i].low == "younger"
	if !younger && toks[i].low != "elder" && toks[i].low != "older" {
		return nil
	}
	key := c.key(m.name)
	var cands []*entity
	for _, n := range ms {
		if n.Start < m.Start && n.ent != nil && n.ent.person && n.ent.full && n.ent.final == key && !slices.Contains(cands, n.ent) {
			cands = append(cands, n.ent)
		}
	}
	switch {
	case len(cands) == 1 && younger:
		return c.ambiguous(m.name)
	case len(cands) < 2:
		return nil
	}
	older := c.seniority(cands, ms)
	told := false
	for _, row := range older {
		told = told || slices.Contains(row, true)
	}
	if !told {
		return nil // namesakes of whom the article tells nothing of the kind: the one it names most, as ever
	}
	// the one shown older (younger) than someone, whom no one is shown
	// older (younger) than: the eldest, though the article tells nothing
	// of how a third compares
	found := -1
	for a := range cands {
		above, below := false, false
		for b := range cands {
			if younger {
				above, below = above || older[a][b], below || older[b][a]
			} else {
				above, below = above || older[b][a], below || older[a][b]
			}
		}
		if below && !above {
			if found >= 0 {
				found = -2
				break
			}
			found = a
		}
	}
	if found >= 0 {
		return cands[found]
	}
	return c.ambiguous(m.name) // "the elder Nielsen" of a father, a son and the son's mother: either parent
}

// seniority tells, for each pair of namesakes, whether the article shows
// the first older than the second: by their ages, their kin, their
// suffixes, and what follows from those.
func (c *cast) seniority(cands []*entity, ms []*mention) [][]bool {
	older := make([][]bool, len(cands))
	for a := range older {
		older[a] = make([]bool, len(cands))
	}
	age := make([]int, len(cands))
	last := -1 // the namesake named last, whom "his" or "her" before a kin word means
	for _, n := range ms {
		a := slices.Index(cands, n.ent)
		if a < 0 || n.t0 < 0 {
			continue
		}
		nt := n.p.toks
		if n.t1+2 < len(nt) && nt[n.t1].text == "," && (nt[n.t1+2].text == "," || nt[n.t1+2].text == ".") && len(nt[n.t1+1].text) <= 3 && number(nt[n.t1+1].text) {
			age[a], _ = strconv.Atoi(nt[n.t1+1].text)
		}
		k := n.t0 - 1
		if k >= 0 && nt[k].text == "," {
			k--
		}
		if k >= 1 && kinSeniority[nt[k].low] != 0 {
			rel := last
			if w, poss := cutPossessive(nt[k-1].low); poss {
				rel = slices.IndexFunc(cands, func(e *entity) bool { return e.first == w })
			}
			if rel >= 0 && rel != a {
				if kinSeniority[nt[k].low] > 0 {
					older[a][rel] = true
				} else {
					older[rel][a] = true
				}
			}
		}
		last = a
	}
	for a := range cands {
		for b := range cands {
			if age[a] != 0 && age[b] != 0 && age[a] > age[b] || suffixSeniority(cands[a].name) > suffixSeniority(cands[b].name) {
				older[a][b] = true
			}
		}
	}
	for k := range cands { // what follows: a parent's parent is older too
		for a := range cands {
			for b := range cands {
				older[a][b] = older[a][b] || older[a][k] && older[k][b]
			}
		}
	}
	return older
}

// suffixSeniority is 1 for a name a parent's suffix ends ("Sr."), -1 for
// a child's ("Jr.", "II", "III"), 0 otherwise.
func suffixSeniority(name string) int {
	switch names.Split(name).Suffix {
	case "sr":
		return 1
	case "jr", "ii", "iii":
		return -1
	}
	return 0
}

// kinSeniority is what a word for a relative right before a name ("His
// son, Kyle Nielsen") says of its bearer: -1 a child, 1 a parent.
var kinSeniority = map[string]int{
	"son": -1, "daughter": -1, "grandson": -1, "granddaughter": -1, "nephew": -1, "niece": -1,
	"father": 1, "mother": 1, "dad": 1, "mom": 1, "mum": 1, "grandfather": 1, "grandmother": 1, "uncle": 1, "aunt": 1,
}
