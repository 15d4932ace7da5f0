package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// Places and times: how a name is told to be a place's, a direction's or
// a date's rather than a speaker's, and a mention after a place's
// preposition.

// afterLocative reports a mention after a preposition that places or
// possesses ("in Barbados", "of Modern Canada"), not one that opens a
// clause ("After Wilson-Raybould was shuffled, she ...").
//
// A compass word between is passed over ("in southern Sumatra"), and so
// is the name a place is joined to ("the islands of Java and Sumatra").
func afterLocative(p *para, m *mention) bool { return locativeOf(p, m) >= 0 }

// locativeOf is the token of the preposition afterLocative finds, or -1.
func locativeOf(p *para, m *mention) int {
	i := m.t0 - 1
	for i >= 0 && compass[p.toks[i].low] {
		i--
	}
	if i > 0 && p.toks[i].low == "the" && p.toks[i-1].is(fPreposition) && namedPlace(m) {
		i-- // "on the West Coast"; not "of the Fox News Channel", a body
	}
	if i > 0 && (p.toks[i].low == "and" || p.toks[i].low == "or") {
		// "in Georgia and Virginia", "in Alabama, Georgia and Virginia":
		// the places listed before, back to the preposition
		j := i - 1
		for {
			end := j // the last word of a place's name
			for j >= 0 && end-j < 3 && p.toks[j].isCap() {
				j--
			}
			if j == end || j < 1 || p.toks[j].text != "," || !p.toks[j-1].isCap() {
				break
			}
			j-- // past the comma to the name before it
		}
		if j < i-1 {
			i = j
		}
	}
	if i >= 0 && locatives[p.toks[i].low] {
		return i
	}
	return -1
}

// compass words stand between a preposition and the place it governs.
var compass = set(`north south east west northern southern eastern western central northeastern northwestern
southeastern southwestern northeast northwest southeast southwest rural downtown`)

var locatives = set(`in at from of to near across throughout into within outside inside around on onto along
toward towards via through between among beyond`)

// geographic reports a name of several words that ends in a word for a
// place: "Vancouver Island", "Lake Cowichan" is a place too ("Lake" opens
// it), "the South China Sea".
func geographic(key string) bool {
	i, j := strings.IndexByte(key, ' '), strings.LastIndexByte(key, ' ')
	return i > 0 && (placeWords[key[j+1:]] || placeWords[key[:i]])
}

// placeEdged reports a name of several words that opens or ends with a
// place's and is no place itself, whose other words are ordinary ones:
// "Vancouver Charter", "Archives Canada", "Toronto Star", the names of
// things and bodies of a place.
func placeEdged(key string) bool {
	if !strings.Contains(key, " ") || names.IsPlace(key) {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' {
			continue
		}
		// a place of one word or more at either edge: "Toronto Star",
		// "Nova Scotia Power", "Bank of Canada"
		if names.IsPlace(key[:i]) && hasDictionaryWord(key[i+1:]) || names.IsPlace(key[i+1:]) && hasDictionaryWord(key[:i]) {
			return true
		}
		if names.IsCountry(key[i+1:]) && names.Gender(key[:i]) == 0 && !strings.Contains(key[:i], " ") {
			return true // "Sandoz Canada", "Amazon UK": a firm's branch in a country, as no one is named after one
		}
	}
	return false
}

// hasDictionaryWord reports words of which one at least is an ordinary
// word: the rest of "Toronto Star" is, of "Skip Rutherford" or "Soe Min"
// (a person's, whose surname a town bears) none is.
func hasDictionaryWord(words string) bool {
	for w := range strings.FieldsSeq(words) {
		if names.IsWord(w) || isCommonWord(w) {
			return true
		}
	}
	return false
}

// monthWords and weekdays name dates.
var monthWords = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thurs fri sat sun`)

// holidays are days of the year by their names.
var holidays = set(`christmas easter thanksgiving halloween hanukkah hanukah ramadan diwali passover eid
kwanzaa`)

// timeName reports a name that is a date: "Christmas Day", "Dec.", "New
// Year's Eve", "Labour Day".
func timeName(key string) bool {
	n, last, dated := 0, "", true // asked of every name: no slice of its words
	for w := range strings.FieldsSeq(key) {
		n, last = n+1, w
		dated = dated && (monthWords[w] || holidays[w] || strings.Trim(w, "0123456789") == "")
	}
	return n > 0 && (dated || n <= 3 && (last == "day" || last == "eve" || last == "night"))
}

// clockTime reports token i as the end of a time of day: "p.m.", the
// minutes of "9:30".
func clockTime(toks []token, i int) bool {
	if i < 0 {
		return false
	}
	switch toks[i].low {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
		return true
	}
	digits := func(t token) bool { return t.text != "" && strings.Trim(t.text, "0123456789") == "" }
	return i >= 2 && len(toks[i].text) == 2 && digits(toks[i]) && toks[i-1].text == ":" && digits(toks[i-2])
}

// namedPlace reports a mention that names a place of the gazetteer, not
// a person of that name ("Charlotte", "Obama").
func namedPlace(m *mention) bool {
	return m.kind == byName && m.ent != nil && (m.ent.kind == kindPlace || m.ent.kind != kindPerson && names.IsPlace(m.ent.key))
}

// alongStreet reports a name of no known kind right after "on", "along"
// or "near": where people are, as a place's name is ("Some business owners
// on Bloor say"); a street's name the lists do not hold.
func alongStreet(p *para, m *mention) bool {
	if m.kind != byName || m.ent == nil || m.ent.kind != kindUnknown || m.t0 < 1 {
		return false
	}
	w := p.toks[m.t0-1].low
	return w == "on" || w == "along" || w == "near"
}

// placeModifier reports a place's name that modifies the noun after it,
// "the New York primary", "the Cleveland arena": what the phrase names is
// no place and no one.
func placeModifier(p *para, m *mention) bool {
	if !namedPlace(m) || m.t1 >= len(p.toks) {
		return false
	}
	next := p.toks[m.t1]
	if next.isCap() {
		return false
	}
	// A place is one, so a verb's base form is not its verb: before a name
	// it is a noun that modifies the name with the place ("Minnesota state
	// delegate Mary Susan").
	v := names.Verb(next.low)
	return nounish(next) && !verbish(next.low) || v&names.BaseVerb != 0 && v&names.FiniteVerb == 0 && !next.is(fAux|fBe) && p.mentionAt(m.t1+1) != nil
}
