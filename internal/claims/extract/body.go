package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// The names of public bodies and associations run over small words that
// end a person's name: "and", "&", "for", "of the" and a plural's
// possessive ("Department of Health and Social Care", "National Farmers'
// Union"). nameAt reads them whole with these.

// joinsName reports whether the "and", "&" or comma at token j joins the
// capitalised words after it to the name begun at token a, as in an
// organisation's name, rather than listing another speaker ("Trump and
// Clinton"): an ampersand always does; "and" does before words that end
// in a public body's word after a common one ("Food and Drug
// Administration", not "Trump and Fox News") or inside a name already
// joined by "of" or "for" ("Department of Health and Social Care"); a
// comma does inside such a name when a list ending in "and" follows
// ("Bureau of Alcohol, Tobacco, Firearms and Explosives"), or a list of
// common words ending in a body's word ("Meteorology, Climatology and
// Geophysics Agency").
func joinsName(toks []token, a, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].isCap() || toks[j+1].is(fStopCap) {
		return false
	}
	e := capEnd(toks, j+1)
	joined := slices.ContainsFunc(toks[a:j], func(t token) bool { return t.low == "of" || t.low == "for" || t.low == "on" })
	switch toks[j].text {
	case "&":
		return true
	case ",":
		for n := e; n+1 < len(toks); n++ {
			switch {
			case toks[n].text == ",":
			case toks[n].low == "and":
				if !toks[n+1].isCap() {
					return false
				}
				// "Meteorology, Climatology and Geophysics Agency": a
				// list of common words that ends in a body's word
				return joined || bodyHeads[toks[capEnd(toks, n+1)-1].low] && wordsOnly(toks[a:n])
			case !toks[n].isCap():
				return false
			}
		}
		return false
	}
	if toks[j].low == "and" && placeWithAnd(toks, a, j, e) {
		return true // "Newfoundland and Labrador Premier Andrew Furey": one province, not two names
	}
	if toks[j].low == "and" && e < len(toks) && orgTails[toks[e].low] && !toks[e].isCap() && a > 0 && toks[a-1].low == "the" {
		return true // "the United Food and Commercial Workers union": one name, which the word after it says is a body's
	}
	if _, poss := cutPossessive(toks[e-1].text); poss {
		return false
	}
	if toks[j].low == "and" && j == a+1 && (e == j+2 || toks[j+2].is(fTime)) && a > 0 && toks[a-1].low == "the" && plainWord(toks, a) && plainWord(toks, j+1) {
		return true // "The Globe and Mail": two words of the dictionary after "the" are a title, not two names
	}
	if e-1 > j+1 && names.IsCountry(toks[e-1].low) && wordsOnly(toks[a:j]) && wordsOnly(toks[j+1:e-1]) {
		return true // "Public Services and Procurement Canada", "Fisheries and Oceans Canada": a country's department of two charges
	}
	if toks[j].low == "and" && wordsOnly(toks[a:j]) && slices.ContainsFunc(toks[j+1:min(e+1, len(toks)-1)], func(t token) bool { return t.text == "Local" }) {
		return true // "United Food and Commercial Workers Local 1400": a union local's name
	}
	if bodyHeads[toks[e-1].low] && (joined || isCommonWord(toks[j-1].low) || commonCompound(toks[j-1].low) || slices.ContainsFunc(toks[a:j], func(t token) bool { return t.text == "," }) ||
		a > 0 && toks[a-1].low == "the" && names.IsWord(toks[j-1].low)) {
		return true // "Food and Drug Administration", "Meteorology, Climatology and Geophysics Agency", "the Nursing and Midwifery Council", not "Trump and Fox News"
	}
	// "Department of Health and Social Care", "Joint Committee on
	// Intelligence and Security"
	return joined && slices.ContainsFunc(toks[a:j], func(t token) bool { return t.is(fOrg) }) && commonRun(toks, j+1)
}

// placeWithAnd reports a place whose name holds "and", the words from a
// to the "and" at j and up to three after it before e, as the gazetteer
// knows them: "Trinidad and Tobago", "Newfoundland and Labrador".
func placeWithAnd(toks []token, a, j, e int) bool {
	var b strings.Builder
	for _, t := range toks[a:j] {
		b.WriteString(t.low)
		b.WriteByte(' ')
	}
	b.WriteString("and")
	for k := j + 1; k < e && k <= j+3; k++ {
		b.WriteByte(' ')
		b.WriteString(toks[k].low)
		if names.IsPlace(b.String()) {
			return true
		}
	}
	return false
}

// plainWord reports a capitalised word that is a word of the dictionary
// and nothing a name is made of: no given name, place, title, body's word
// or plural ("Globe", "Mail"; not "Senate", "Democrats", "Paris").
func plainWord(toks []token, i int) bool {
	t := toks[i]
	return names.IsWord(t.low) && !strings.HasSuffix(t.low, "s") && given(toks, i) == 0 && !t.is(fOrg|fTitle) && !names.IsPlace(t.low)
}

// commonRun reports whether the capitalised words from token i open with
// a common word, not a title, and hold no first name, as the words of a
// body's name do ("Tax Justice", "Social Care", "Security") and a
// person's name does not ("Barack Obama", "Professor Christopher
// Knittel"). Any word of the dictionary counts when it stands alone; of
// several, "New Jersey" is a place's.
func commonRun(toks []token, i int) bool {
	e := capEnd(toks, i)
	if k := slices.IndexFunc(toks[i:e], func(t token) bool { return nameJoiners[t.low] }); k > 0 {
		e = i + k // "Surgeons" of "Physicians and Surgeons of Ontario": the run's words before the name goes on with "of"
	}
	for n, t := range toks[i:e] {
		if g := given(toks, i+n); n == 0 && t.is(fTitle) || g == 'm' || g == 'f' {
			return false
		}
	}
	// "Aerospace Workers" of "Association of Machinists and Aerospace
	// Workers": words of the dictionary, two or three
	words := e <= i+3 && !slices.ContainsFunc(toks[i:e], func(t token) bool { return !names.IsWord(t.low) })
	return e > i && (isCommonWord(toks[i].low) || e == i+1 && names.IsWord(toks[i].low) || bodyHeads[toks[i].low] || words)
}

// wordsOnly reports a list of names that opens with a word of the
// dictionary and holds no given name: "Meteorology, Climatology".
func wordsOnly(toks []token) bool {
	if len(toks) == 0 || !names.IsWord(toks[0].low) && !isCommonWord(toks[0].low) {
		return false
	}
	for i := range toks {
		if g := given(toks, i); g == 'm' || g == 'f' {
			return false
		}
	}
	return true
}

// bodyHeads end the name of a public body or an association, whose words
// before them may be joined by "and".
var bodyHeads = set(`administration commission association agency department bureau council committee
authority service services institute foundation federation union board office organization
organisation society enforcement protection prevention corporation company fund trust coalition
alliance league center centre centers party ministry health`)

// placeServices are the services a city, a province or a state runs
// or licenses under its name: "Victoria Police", "Calgary Transit",
// "Georgia Power", "Alberta Transportation".
var placeServices = set(`police fire transit hydro power energy water health transportation transport parks
library libraries schools housing`)

// capEnd returns the end of the run of capitalised words from token i,
// "of" between them included.
func capEnd(toks []token, i int) int {
	e := i
	for e < len(toks) && (toks[e].isCap() || toks[e].low == "of" && e > i && e+1 < len(toks) && toks[e+1].isCap()) {
		if _, poss := cutPossessive(toks[e].text); poss {
			return e + 1
		}
		e++
	}
	return e
}

// facility reports a noun that names a body or a place by its kind, after
// whatever name: "Bank", "Council", "Airport", "Street", "Observer", "LLC".
func facility(w string) bool {
	return bodyHeads[w] || orgHeads[w] || placeWords[w] || paperWords[w] || legalForms[w] || premises[w]
}

// paperWords end the names of newspapers, and no one's surname.
var paperWords = set(`observer herald tribune telegraph gazette courier chronicle examiner inquirer dispatch
bulletin journal times news`)

// publicBody reports the name of a government body by its words: "u.s.
// securities and exchange commission", "state department".
func publicBody(key string) bool {
	for _, w := range strings.Fields(key) {
		if publicWords[w] {
			return true
		}
	}
	return portfolioName(key)
}

// portfolioName reports a government department named by what it is for
// and its country ("Health Canada", "Statistics Norway") or its province
// or state ("Manitoba Infrastructure", "Alberta Transportation"), which
// "the department" and "the ministry" refer back to though the name
// holds neither word.
func portfolioName(key string) bool {
	if portfolio, country, ok := strings.Cut(key, " "); ok && portfolios[portfolio] && names.IsCountry(country) {
		return true
	}
	i := strings.LastIndexByte(key, ' ')
	return i > 0 && portfolios[key[i+1:]] && names.IsPlace(key[:i]) && !names.IsCountry(key[:i])
}

// portfolios are what a government department is for, which names it
// before its country's name: "Health Canada", "Transport Canada".
var portfolios = set(`health statistics elections transport environment parks justice finance heritage agriculture
fisheries employment immigration infrastructure revenue sport defence defense energy housing education`)

// premises end the names of places where people work, which may speak
// ("the hospital said") but are no agency.
var premises = set(`airport hospital clinic school university college station stadium arena church prison museum library`)

var publicWords = set(`administration commission agency department bureau council committee authority ministry
parliament senate congress court government police regulator service`)

// unionNames end the names of labour unions that do not say "union":
// "the Minnesota Nurses Association", "the Elementary Teachers' Federation
// of Ontario", "the Screen Actors Guild".
var unionNames = set(`association federation guild brotherhood teamsters workers`)

// unionBody is the union a body is, or whose name its name opens ("UFCW"
// of "UFCW Local 832"), or nil: a union by its name's last word, a local
// by its number, or one the article has called "the union". "The
// company" is never one.
func (d *doc) unionBody(e *entity) *entity {
	union := func(e *entity) bool {
		return e.union || unionNames[e.final] || isNumber(e.final) && strings.Contains(e.key, "local ")
	}
	for _, o := range d.cast.ents {
		if o != e && union(o) && strings.HasPrefix(o.key, e.key+" ") {
			return o
		}
	}
	if union(e) {
		return e
	}
	return nil
}

// bodyOwner is the place whose possessive comes before the body's name m,
// when every country, province or state has a body of that name: "Russia's
// Defence Ministry", "Ontario's Ministry of Transportation", so that the
// place that owns it is part of its name, and two places' ministries are
// two speakers. Nil for any other name.
func bodyOwner(m *mention) *mention {
	first, rest, _ := strings.Cut(m.name, " ")
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	if !lowerIn(governmentBodies, last) && !(lowerIn(governmentBodies, first) && strings.HasPrefix(rest, "of ")) {
		return nil
	}
	if o := m.p.mentionEndingAt(m.t0); o != nil && o.poss && o.kind == byName && names.IsPlace(o.name) {
		return o
	}
	return nil
}

// governmentBodies name a body every country, province or state has one
// of, first ("Ministry of Health") or last ("Defence Ministry", "Foreign
// Office").
var governmentBodies = set(`ministry department office`)

// headTrades are the words in a business's name that say its trade, by the
// noun a description calls it: "Air Canada", "British Airways" are airlines.
var headTrades = map[string][]string{
	"airline":  {"air", "airlines", "airways"},
	"insurer":  {"insurance", "assurance"},
	"carmaker": {"motors", "motor"}, "automaker": {"motors", "motor"},
	"brewer": {"brewing", "brewery", "breweries"},
	"miner":  {"mining", "mines"},
}

// namesTrade reports a body's key whose words say the trade of head.
func namesTrade(head, key string) bool {
	for _, w := range headTrades[head] {
		if hasWord(" "+key+" ", w) {
			return true
		}
	}
	return false
}

// soleActing is the one business or other body of no public office the
// article names before pos as a subject, however far back: whom "the
// company" means when no body is named near it; not one a word of the
// dictionary names, as a legislature is. Nil when there are two.
func (d *doc) soleActing(pos int) *entity {
	return soleEntity(d.cast.ents, func(e *entity) bool {
		return e.kind == kindOrg && e.subject && !e.nobody && e.intro != nil && (e.intro.Start < pos || d.inRoleBefore(e, pos)) && !publicBody(e.key) && d.unionBody(e) == nil && e.final != "union" &&
			(e.full || !names.IsWord(e.key) && !isCommonWord(e.key)) // not "the House"
	})
}

// inRoleBefore reports an organisation whose name a role before pos holds
// ("Air Canada chief executive Michael Rousseau"), where no mention of its
// own names it.
func (d *doc) inRoleBefore(e *entity, pos int) bool {
	for _, m := range d.ms {
		if m.Start >= pos {
			break
		}
		if m.kind == byName && m.role != "" && hasWord(" "+strings.ToLower(m.role)+" ", e.key) {
			return true
		}
	}
	return false
}

// streetWords end the names of streets, which news names as bodies only
// when they act ("Wall Street", "Downing Street said").
var streetWords = set(`street avenue road boulevard square`)

// setOffAs reports an organisation the article describes by the noun
// head, set off after its name or right before it: "Simons, the Quebec
// department store chain," is whom "the chain" means, whatever was named
// since, and "the advocacy group Cycle Toronto" whom "the group" does.
// The nouns are gathered once an article, on the first description that
// asks: a walk over the article's mentions for each one made a long
// article quadratic.
func (d *doc) setOffAs(e *entity, head string) bool {
	if d.setOff == nil {
		d.setOff = map[*entity][]string{}
		for _, n := range d.ms {
			if n.kind != byName || n.ent == nil {
				continue
			}
			if h := bodySetOff(n.p.toks, n.t1); h != "" {
				d.setOff[n.ent] = append(d.setOff[n.ent], h)
			}
			if k := n.t0 - 1; k > 0 && !n.poss && orgHeads[n.p.toks[k].low] && !commercialHeads[n.p.toks[k].low] && !n.p.toks[k].isCap() {
				d.setOff[n.ent] = append(d.setOff[n.ent], n.p.toks[k].low) // "The advocacy group Cycle Toronto": the noun before the name; a business's is the trade rule's (anaphor)
			}
		}
	}
	return slices.Contains(d.setOff[e], head)
}

// brandLike reports a name of one coined word: no word of the dictionary,
// no number in it, three letters at least ("Netflix", "Verizon",
// "GunBroker.com", not "New", "D" or "COVID-19").
func brandLike(key string) bool {
	key, _ = webSite(key) // "GunBroker.com": a web address names its business
	return len(key) >= 3 && !strings.ContainsAny(key, " 0123456789-.") && !names.IsWord(key) && !isCommonWord(key)
}

// modifierNamed reports a description whose word before its noun is a word
// of the body's name: "the health authority" for Interior Health, as "the
// board" is the Parole Board of Canada's.
func modifierNamed(m *mention, key string) bool {
	words := strings.Fields(strings.ToLower(m.role))
	if len(words) != 2 || len(words[0]) < 4 || !orgHeads[words[1]] {
		return false
	}
	return hasWord(" "+key+" ", words[0])
}

// teamName reports a body named as sports teams are, by a place and a
// plural ("Toronto Maple Leafs", "Boston Celtics", "New York Yankees") or
// a club's word: whom "the team" and "the club" mean. Not a body whose
// plural is a body's word ("Canadian Armed Forces", "Alberta Health
// Services").
func teamName(e *entity) bool {
	return e.kind == kindOrg && e.full && (teamShaped(e.key, e.final) || clubWords[e.final] && names.IsPlace(e.first) && !names.IsPlace(e.key))
}

// clubWords end the names of football clubs after a place, in the
// singular: "Manchester United", "Leicester City", "Charlton Athletic";
// not "Mexico City", a place whole.
var clubWords = set(`united city athletic albion county hotspur fc cf`)

// teamShaped reports a name of a place and a plural, a team's shape
// (teamName), which types a name no other evidence does ("the Edmonton
// Oilers" is a body, whatever an oiler is); not a place's name itself
// ("Cayman Islands"), nor its people's ("Virginia Democrats", a group).
func teamShaped(key, final string) bool {
	if !strings.HasSuffix(final, "s") || orgWords[final] || orgWords[strings.TrimSuffix(final, "s")] || names.IsPlace(key) {
		return false
	}
	n := strings.Count(key, " ") + 1
	first, rest, _ := strings.Cut(key, " ")
	second, _, _ := strings.Cut(rest, " ")
	return n >= 2 && n <= 4 && (names.IsPlace(first) || n > 2 && names.IsPlace(first+" "+second))
}
