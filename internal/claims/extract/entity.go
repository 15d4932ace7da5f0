package extract

import (
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// entityKind is what an entity is, decided from evidence that holds for
// any newsroom's articles rather than from one rule per example: given
// names and their gender, titles and roles, the words of organisations'
// names, the places of the world, and how the article itself writes the
// name. Only people, organisations and groups speak; a place speaks only
// as the government it stands for, named as the subject of its own words
// ("Japan said"); a date, ordinary words and page furniture never do.
type entityKind uint8

const (
	kindUnknown entityKind = iota // no evidence either way: a surname alone, "TransLink"
	kindPerson
	kindOrg   // an organisation, or a document's issuer
	kindGroup // people by their party or nation: "Democrats", "Black Canadians"
	kindPlace
	kindTime
	kindOther // ordinary words: furniture, a piece of a headline, an adjective of party or nation
)

// speaker is the kind of speaker an entity of this kind is: a place
// speaks as its government.
func (k entityKind) speaker() claims.SpeakerKind {
	switch k {
	case kindPerson:
		return claims.Person
	case kindOrg, kindPlace:
		return claims.Organisation
	case kindGroup:
		return claims.Group
	}
	return ""
}

// speaks reports whether an entity of this kind can be a claim's speaker
// when an attribution names it.
func (k entityKind) speaks() bool { return k != kindTime && k != kindOther }

// classify decides each entity's kind once the article's mentions are
// gathered: an organisation by its name's words; a person by a given
// name, a title or role, or a pronoun of a gender that refers to them;
// then a date, a place, or ordinary words by the lists; otherwise unknown.
//
// A one-word place is a place only when the article never has it speak:
// "Obama" is a town in Japan, and "Obama said" is not the town. An
// adverb or a participle that the article capitalises only to open its
// sentences is no name at all ("Conversely", opener).
func (c *cast) classify(ms []*mention) {
	ev := c.gather(ms)
	for _, e := range c.ents {
		switch {
		case e.titleOnly:
			e.kind = kindOther // "Derelict Obama", "Obama Sees": a title's words, no one the body names
		case unnamedLabel(e.name):
			e.kind = kindOther // "REPORTER:", "Q" of "Q: ...": a transcript's role, no one's name
		case names.IsStateAbbreviation(e.name):
			e.kind = kindOther // "Md.", "D-Mich.": a place that is part of someone's description
		case shoutedWord(e.name, e.key):
			e.kind = kindOther // "ABSTRACT", "TEXT": a label in capitals, no acronym
		case origin(e.key):
			e.kind = kindOther // "a Pakistan-based group": where the body is, not the body
		case ev[e.n].clock:
			e.kind = kindTime // "8:41 p.m. EST": a time zone, whatever an acronym seems
		case thingAcronyms[e.key]:
			e.kind = kindOther // "TV", "SUV": an acronym for a kind of thing, no body that speaks
		case ev[e.n].work && !ev[e.n].notWork:
			e.kind = kindOther // "Peter Schweizer's book Clinton Cash": a work's title, whatever names are in it
		case e.full && eventWords[e.final]:
			e.kind = kindOther // "the Davis Cup", "the Valspar Championship": an event, whatever given name opens it
		case !e.person && !e.org && !ev[e.n].inside && (opener(e.key) || documents[e.key]):
			e.kind = kindOther // "Conversely, ...", "Capitalizing on ...", "Research suggests": a word capitalised only to open sentences
		case !e.org && !ev[e.n].inside && !ev[e.n].named && e.role == "" && !strings.Contains(e.key, " ") && names.IsWord(e.key) && !names.IsCountry(e.key): // not "China's", "Turkey's"
			e.kind = kindOther // "Marine heat waves now last ...", "Dairy farmer Jean Tremblay has milked": a word capitalised only to open a sentence before a noun, given name or not
		case e.person && !ev[e.n].alone && (e.role == "" && e.full && names.IsWord(e.first) || !e.full && names.IsWord(e.key) && givenGender(e.key) == 0):
			e.kind = kindOther // "a 1930s-era Art Deco movie theater", "Republican Presidential hopeful Sen. Ted Cruz": words of the dictionary before a noun, never a name alone
		case lawName(e.name):
			e.kind = kindOther // "the Adoptee Citizenship Act", "the Paris Accord": a text, no one who speaks
		case peoplesWords(e.key):
			e.kind = kindOther // "Asian American", "African American": a people's words, a modifier, no one's name
		case groupName(e.key) && !strings.Contains(e.key, " of "): // not "National Council of Canadian Muslims", a body
			e.kind = kindGroup
		case articled(e.name) && !names.IsPlace(e.key):
			e.kind = kindOrg // "Der Spiegel", "Le Monde": a title, whatever pronoun seemed to fit it
		case e.org || withoutLegalForm(e.name) != "" || webName(e.name) || !e.person && !geographic(e.key) && (orgLooking(e.name) || placeEdged(e.key) || firmName(e.name)) || strings.HasSuffix(e.key, " first nation"):
			e.kind = kindOrg
		case e.full && !e.person && !geographic(e.key) && teamShaped(e.key, e.final):
			e.kind = kindOrg // "the Edmonton Oilers": a team, by its place and a plural
		case ev[e.n].itSays && (!e.person || !e.full && e.gender == 0 && e.role == "" && !e.they) && !names.IsPlace(e.key) && !c.endsName(e):
			e.kind = kindOrg // "Hyundai said it was not aware of any injuries": a body, which speaks of itself as "it"
		case timeName(e.key) && e.role == "":
			e.kind = kindTime // before a person: "Dec." is a given name too, but "Mrs May" is no date
		case (ev[e.n].settled || ev[e.n].within && !ev[e.n].without && !e.full) && e.role == "" && !e.they:
			e.kind = kindPlace // "the nearby town of Lac-Ferré", "the city of Austin", a word only ever "in Brooklyn": whatever given name it is
		case e.person && ev[e.n].member && e.role == "" && !e.they:
			e.kind = kindOrg // "Miriam Feldstein of Temple Beth Shalom": people are not of people, whatever given name opens it
		case e.person && !e.bare && e.role == "" && e.full && !e.they && !regalTitles[e.first] && !peerTitles[e.first]: // "the Duke of Sussex" is a person
			// "the Sandy Lake First Nation", "the Clinton Presidential
			// Library": a given name opens it, but people are not named
			// after "the"; a body when it speaks
			e.kind = kindOther
			if ev[e.n].speaking {
				e.kind = kindOrg
			}
		case e.person && e.role == "" && e.gender == 0 && !e.they && c.opensBody(e):
			e.kind = kindOther // "Sandy Hook wasn't just a national tragedy" after "Sandy Hook Elementary School": the body's name cut short, no one whom a pronoun means
		case e.person && e.role == "" && !e.they && names.IsFirm(e.name):
			// "Morgan Stanley said", "Charles Schwab said": a company of
			// the list, whatever given name opens it, unless the article
			// gives its bearer a title or a role
			e.kind, e.business = kindOrg, true
		case e.person:
			e.kind = kindPerson
		case names.IsCountry(e.key) && ev[e.n].speaking:
			e.kind = kindOrg // "Japan said": its government
		case names.IsPlace(e.key) && !e.full && !e.person && ev[e.n].itSays && givenGender(e.key) == 0 && !c.endsName(e):
			e.kind = kindOrg // "Ottawa said it had evidence": its government, as a country's; not "Victoria" (a given name) nor "Obama" of Barack Obama
		case names.IsPlace(e.key) && (e.full || !ev[e.n].speaking) || geographic(e.key):
			e.kind = kindPlace
		case ordinaryName(e.key) && (ev[e.n].inside || ev[e.n].speaking) && strings.Contains(e.name, " ") && !adjectival(e.key[strings.LastIndexByte(e.key, ' ')+1:]):
			// Words of the dictionary capitalised in mid-sentence name
			// something: a body when it speaks ("According to the United
			// Nations", "Amnesty International said", opening a sentence
			// too), else no one knows what ("Black Lives Matter issued a
			// statement", "Social Security")
			e.kind, e.worded = kindOther, true
			if ev[e.n].speaking {
				e.kind, e.worded = kindOrg, false
			}
		case ordinaryName(e.key):
			e.kind = kindOther
		case !e.bare && !e.person && ev[e.n].speaking && !strings.Contains(e.key, " ") && !c.family(e.key):
			e.kind = kindOrg // "The Times reported", "the Hill reported": a name only ever after "the", which speaks, is a body's
		}
	}
}

// family reports a plural of the surname of a person the article names:
// "the Ebelings" after "Betsy Ebeling", a family, no body.
func (c *cast) family(key string) bool {
	surname, ok := strings.CutSuffix(key, "s")
	if !ok {
		return false
	}
	for _, e := range c.keyed(surname) {
		if e.person && e.final == surname {
			return true
		}
	}
	return false
}

// eventWords end the names of sporting events, which no one speaks for.
var eventWords = set(`cup cups championship championships open tournament trophy bowl series classic marathon regatta invitational`)

// thingAcronyms are acronyms for kinds of things or posts, written in
// capitals as bodies' acronyms are.
var thingAcronyms = set(`tv suv foia gdp atm dna ceo cfo coo gps`)

// endsName reports a one-word name that ends a longer name the article
// gives: "Gore" of "Al Gore's self-imposed exile", a person's surname
// whatever "Gore insisted it was premature" seems to say.
func (c *cast) endsName(e *entity) bool {
	return !strings.Contains(e.key, " ") && c.inLonger(e, false, false)
}

// opensBody reports a name of several words that opens the name of an
// organisation the article also names: "Sandy Hook" of "Sandy Hook
// Elementary School". A given name of no known gender opens it, so only a
// title, a role or a pronoun could tell it is a person's.
func (c *cast) opensBody(e *entity) bool {
	return strings.Contains(e.key, " ") && c.inLonger(e, true, true)
}

// inLonger reports another name of the article, an organisation's if
// org, that e's words open (opens) or end.
func (c *cast) inLonger(e *entity, opens, org bool) bool {
	for _, o := range c.ents {
		if o == e || org && !o.org {
			continue
		}
		if opens && strings.HasPrefix(o.key, e.key+" ") || !opens && strings.HasSuffix(o.key, " "+e.key) {
			return true
		}
	}
	return false
}

// firmName reports the name of a business by the word for its trade that
// ends it: "Nexora Semiconductor", "Acme Industries", "Rio Tinto
// Minerals". One word alone ("Energy", "Media") names none.
func firmName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && tradeWords[name[i+1:]]
}

var tradeWords = set(`Semiconductor Semiconductors Systems Technologies Technology Industries Motors Automotive
Airlines Airways Pharmaceuticals Pharma Therapeutics Biotech Holdings Partners Labs Laboratories
Software Networks Communications Electronics Logistics Brands Entertainment Resources Energy Foods
Insurance Financial Bancorp Solutions Ventures Studios Pictures Records Railway Railways Steel
Chemical Chemicals Petroleum Mining Minerals Robotics Microsystems Dynamics Aerospace Telecom
Wireless Capital Securities Investments Realty Properties Enterprises Manufacturing Construction
Ferries Mines Cruises Hotels Resorts Breweries Brewing Farms Utilities Markets Supermarkets Stores Retail Pharmacies Platforms Consulting Consultants Engineering
Restaurants Outfitters Power Electric`)

// articled reports a name of several words that opens with an article:
// the name of a thing or a title, not of a person.
func articled(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && lowerIn(articles, first)
}

// articles open names of things, not of people: "The Atlantic", "Der
// Spiegel", "Le Monde", "El País".
var articles = set(`the der die das le la les el los las il lo gli`)

// opener reports a word of the dictionary with the ending of an adverb or
// a participle, or a word that links sentences, which opens sentences
// ("Conversely", "Capitalizing", "Disillusioned", "Hence") and names no
// one when the article capitalises it nowhere else: unlike "Trump" or
// "Rice", it is no surname.
func opener(key string) bool {
	if strings.Contains(key, " ") || !names.IsWord(key) {
		return false
	}
	for _, end := range []string{"ly", "ing", "ed"} {
		if strings.HasSuffix(key, end) {
			return true
		}
	}
	return linkWords[key]
}

// linkWords open sentences to tie them to the one before, without the
// ending of an adverb: "Hence, ...", "Likewise, ...", "Oh, ...".
var linkWords = set(`hence thus likewise otherwise meanwhile nevertheless nonetheless moreover furthermore
besides instead still oh`)

// dotted reports capital letters each followed by a period: "F.B.I.".
func dotted(w string) bool {
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// origin reports a name that says where someone or something is from or
// whose it is: "Alberta-based", "Toronto born", "Australian-owned".
func origin(key string) bool {
	last := key[strings.LastIndexByte(key, ' ')+1:]
	return last == "based" || last == "born" || strings.HasSuffix(last, "-based") || strings.HasSuffix(last, "-born") || strings.HasSuffix(last, "-owned")
}

// shoutedWord reports a name of one word in capitals that is an ordinary
// word of the dictionary: a page's label or heading ("ABSTRACT", "TEXT",
// "UPDATE"), where an acronym ("NATO", "ISIS") is no word.
func shoutedWord(name, key string) bool {
	return len(name) > 3 && !strings.ContainsAny(key, " .") && allCaps(name) && (isCommonWord(key) || names.IsWord(key))
}

// orgLooking reports a name written as organisations write theirs: with
// an acronym ("BC Hydro", "UFCW Local 832", "IBM") or a capital inside a
// word ("TransLink", "PayPal"), but not a Scottish or Irish surname
// ("McCallum", "MacLeod", "O'Neill") or a numeral ("Henry VIII").
func orgLooking(name string) bool {
	for w := range strings.FieldsSeq(name) { // asked of every name: no slice of its words
		if strings.Contains(strings.TrimSuffix(w, "."), ".") {
			if w == name && len(w) >= 6 && dotted(w) && !names.IsPlace(claims.SpeakerKey(w)) {
				return true // "F.B.I.", "I.R.S.": an acronym by itself; not initials ("J.K.", "J.J."), nor "U.S."
			}
			continue // "B.C.", "J.K.": initials, not an acronym
		}
		w = strings.Trim(w, ".,’'")
		letters, upper, inner := 0, 0, false
		for i, r := range w {
			if r >= 'A' && r <= 'Z' {
				upper++
				if i > 0 && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") && !strings.ContainsAny(w[:i], "'’-") {
					inner = true
				}
			}
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
				letters++
			}
		}
		if letters >= 2 && upper == letters && strings.Trim(w, "IVX") != "" || inner && upper < letters {
			return true
		}
	}
	return false
}

// givenGender is the gender a name's first word tells when it is a given
// name: 'm', 'f', 'u' for a name of either, 0 for no given name. A word
// that opens surnames or places ("Al", "San") is none.
func givenGender(w string) byte {
	if w == "" || names.IsStateAbbreviation(w) {
		return 0
	}
	return names.Gender(strings.TrimSuffix(w, "."))
}

// plausiblePerson reports a name of two words or more that may be a
// person's without a given name the lists know ("Sutopo Purwo Nugroho"):
// none of its words ordinary, unless the article uses it as a name
// (surnames: "Ban Ki-moon"), a date or an organisation's, and no place.
func plausiblePerson(toks []token, surnames map[string]bool) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		w, _ := cutPossessive(t.low)
		if (isCommonWord(w) || names.IsWord(w)) && !particles[w] && !surnames[w] || t.is(fOrg|fTime) || monthWords[strings.TrimSuffix(w, ".")] || orgLooking(t.text) {
			return false // not "Christmas Day", "Canadian Pacific Railway", nor "BC Hydro"
		}
	}
	if names.IsPlace(toks[0].low) || names.IsPlace(toks[len(toks)-1].low) {
		return false // "Vancouver Charter", "Archives Canada": a thing of a place
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		w, _ := cutPossessive(t.low) // "Puerto Rico's" is Puerto Rico
		b.WriteString(w)
	}
	return !names.IsPlace(b.String())
}

// groupName reports the name of a group of people by their party or
// nation: "Black Canadians", "Democrats", "Tories".
func groupName(key string) bool {
	last := key[strings.LastIndexByte(key, ' ')+1:]
	if last == "tories" {
		return true
	}
	for _, end := range []string{"s", "ns"} {
		if w, ok := strings.CutSuffix(last, end); ok && adjectival(w) && w != "north" && w != "south" && w != "east" && w != "west" {
			return true
		}
	}
	return names.PlacePeople(last)
}

// ordinaryName reports a "name" of ordinary words only, which no one is
// called: page furniture ("Continued Below"), a word capitalised for
// opening a sentence ("Conversely", "There"), an adjective of party or
// nation ("Republican", "Canadian").
func ordinaryName(key string) bool {
	words := strings.Fields(key)
	if len(words) == 0 {
		return true
	}
	if last := words[len(words)-1]; len(words) <= 3 && adjectival(last) || origin(key) {
		return true // "Republican", "North American", "Alberta-based"
	}
	if len(words) == 1 && numberWords[words[0]] {
		return true // "Twelve years ago, when she ...": a sentence's number
	}
	for i, w := range words {
		// A one-word name is a surname as often as it is a word of the
		// dictionary ("Trump", "Rice", "Guest"): only the words news keeps
		// in lower case say it is none ("There", "Conversely").
		if !isCommonWord(w) && (len(words) == 1 || !names.IsWord(w)) || i == 0 && len(words) > 1 && givenGender(w) != 0 {
			return false
		}
	}
	return true
}

// adjectival reports a word of party, nation or faith, which stands before
// a name or a group, never alone as a speaker: "Republican", "Canadian",
// "Ethiopian".
func adjectival(w string) bool { return adjectives[w] || names.Demonym(w) }

// adjectives are the words of party and faith, and of the compass; a
// nation's are names.Demonym's.
var adjectives = set(`republican democratic democrat liberal conservative labour labor tory green libertarian
eastern western northern southern
progressive socialist communist independent
south north east west
muslim catholic protestant hindu sikh buddhist mormon evangelical jew`)
