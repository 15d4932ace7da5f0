package names

import (
	"strings"
	"testing"
)

func TestGender(t *testing.T) {
	for _, c := range []struct {
		name string
		want byte
	}{
		{"Hillary", 'f'}, {"Bill", 'm'}, {"Barack", 'm'}, {"Michelle", 'f'}, {"Nadia", 'f'},
		{"Joko", 'm'}, {"Tareq", 'm'}, {"Émilie", 'f'}, {"HILLARY", 'f'}, {"Devendra", 'm'}, {"Jitendra", 'm'},
		{"New", 0}, {"Price", 0}, {"The", 0}, {"Continued", 0}, {"Christmas", 0},
	} {
		if got := Gender(c.name); got != c.want {
			t.Errorf("Gender(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAbroad checks that words of English given as names elsewhere are
// kept apart from the given names: no gender for Gender, theirs for Abroad.
func TestAbroad(t *testing.T) {
	for name, want := range map[string]byte{"Dirk": 'm', "Dieter": 'm', "Bill": 0, "Continued": 0, "Notz": 0} {
		if got := Abroad(name); got != want {
			t.Errorf("Abroad(%q) = %q, want %q", name, got, want)
		}
		if want != 0 && Gender(name) != 0 {
			t.Errorf("Gender(%q) = %q, want none: a word of English", name, Gender(name))
		}
	}
}

func TestDisputed(t *testing.T) {
	for name, want := range map[string]bool{"Lee": true, "Sam": true, "Bill": false, "Hillary": false, "Kim": false, "Kelly": true, "Sidney": true} {
		if got := Disputed(name); got != want {
			t.Errorf("Disputed(%q) = %v, want %v", name, got, want)
		}
	}
	if Gender("Lee") != 'm' {
		t.Errorf("Gender(Lee) = %q, want 'm': a disputed name keeps its gender", Gender("Lee"))
	}
}

func TestIsPlace(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"New Brunswick", true}, {"San Jose", true}, {"Halifax", true}, {"London", true}, {"Canada", true},
		{"the United States", true}, {"Nova Scotia", true}, {"São Paulo", true},
		{"Alberta", true}, {"Victoria", true}, {"Charlotte", false}, {"Mary", false}, {"Hillary Clinton", false}, {"Justin Trudeau", false}, {"Reading", false},
		// A country's capital, though a given name; not a territory's.
		{"Paris", true}, {"Santiago", true}, {"Douglas", false}, {"Stanley", false},
	} {
		if got := IsPlace(c.name); got != c.want {
			t.Errorf("IsPlace(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestIsCountry(t *testing.T) {
	for name, want := range map[string]bool{"Japan": true, "the United States": true, "Britain": true, "Canada": true,
		"Halifax": false, "New Brunswick": false, "Europe": false} {
		if got := IsCountry(name); got != want {
			t.Errorf("IsCountry(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestOrdinary(t *testing.T) {
	for w, want := range map[string]bool{
		"center": true, "centre": true, "defence": true, "colour": true, // either spelling is a word
		"defenceman": true, "frontman": true, "blueliner": true, // two words written as one
		"rielly": false, "morgan": false, "kovalenko": false, "erdogan": false,
	} {
		if got := Ordinary(w); got != want {
			t.Errorf("Ordinary(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestDemonym(t *testing.T) {
	for word, want := range map[string]bool{"Ethiopian": true, "Canadian": true, "Kenyan": true, "Iraqi": true,
		"Chinese": true, "Turkish": true, "American": true, "Mexican": true, "French": true, "Somali": true, "Argentine": true,
		"Portuguese": true, "Peruvian": true, "Czech": true,
		"Adrian": false, "Roman": false, "Christian": false, "Cook": false, "Jordan": false, "Nega": false, "Halifax": false} {
		if got := Demonym(word); got != want {
			t.Errorf("Demonym(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestPlacePeople checks the plural words for the people of any place the
// gazetteer holds, and surnames of the same shape that are none.
func TestPlacePeople(t *testing.T) {
	for word, want := range map[string]bool{"Greenlanders": true, "Albertans": true, "Torontonians": true, "Texans": true,
		"Ontarians": true, "Londoners": true, "Vancouverites": true,
		"Peters": false, "Chambers": false, "Saunders": false, "Rivers": false, "Sanders": false} {
		if got := PlacePeople(word); got != want {
			t.Errorf("PlacePeople(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestStateAbbreviation(t *testing.T) {
	for _, w := range []string{"Md.", "N.B.", "D-Mich.", "R-Ky.", "Calif.", "R-Idaho", "R-OH", "I-Vt."} {
		if !IsStateAbbreviation(w) {
			t.Errorf("IsStateAbbreviation(%q) = false", w)
		}
	}
	for _, w := range []string{"Mr.", "Trump", "D-Day"} {
		if IsStateAbbreviation(w) {
			t.Errorf("IsStateAbbreviation(%q) = true", w)
		}
	}
}

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		// one person, however named
		{"Donald Trump", "Donald J. Trump", true},
		{"Paul Ryan", "Paul D. Ryan", true},
		{"Joe Biden", "Joseph R. Biden Jr.", true},
		{"Len Burman", "Leonard E. Burman", true},
		{"Bill Clinton", "William J. Clinton", true},
		{"Ursula von der Leyen", "Ursula Von Der Leyen", true},
		{"J. Smith", "John Smith", true},
		{"Mr. Barack Obama", "Barack Obama", true},
		// different first names, different people
		{"Hillary Clinton", "Bill Clinton", false},
		{"Barack Obama", "Michelle Obama", false},
		{"Jody Wilson-Raybould", "Jane Wilson-Raybould", false},
		{"Khaled Belkacemi", "Megda Belkacemi", false},
		{"George Bush", "George W. Bush", true},
		{"George H. W. Bush", "George W. Bush", false},
		{"Martin Luther King Jr.", "Martin Luther King Sr.", false},
		// a bare surname is no full name
		{"Clinton", "Hillary Clinton", false},
		{"Trump", "Trump", false},
	} {
		if got := SamePerson(c.a, c.b); got != c.want {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestMiddlesAgree checks middle names and suffixes alone: they agree
// where both give one, whatever the given names.
func TestMiddlesAgree(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"George W. Bush", "George H.W. Bush", false},
		{"Martin Luther King Jr.", "Martin Luther King Sr.", false},
		{"Donald Jr.", "Donald Trump Jr.", true},
		{"Joe Biden", "Joseph R. Biden Jr.", true},
		{"Hillary Clinton", "Bill Clinton", true}, // no middle names, no suffixes: nothing disagrees
	} {
		if got := MiddlesAgree(c.a, c.b); got != c.want {
			t.Errorf("MiddlesAgree(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSameOwned checks the things of people named after them ("Donald
// J. Trump's campaign"): one person's same thing, however the person is
// named; not another person's, another thing, nor a surname's.
func TestSameOwned(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Donald Trump's campaign", "Donald J. Trump's campaign", true},
		{"Paul Ryan's office", "Paul D. Ryan's office", true},
		{"Bernie Sanders's campaign", "Bernie Sanders' campaign", true},
		{"Hillary Clinton’s campaign", "Hillary Rodham Clinton's campaign", true},
		{"Hillary Clinton's campaign", "Bill Clinton's campaign", false},
		{"Paul Ryan's office", "Paul Ryan's campaign", false},
		{"Clinton's campaign", "Hillary Clinton's campaign", false},
		{"Donald Trump", "Donald Trump's campaign", false},
		{"Human Rights Campaign", "Human Rights Campaign", false},
	} {
		if got := SameOwned(c.a, c.b); got != c.want {
			t.Errorf("SameOwned(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestSameGiven(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Joe", "Joseph", true}, {"Bill", "William", true}, {"Liz", "Elizabeth", true},
		{"J.", "Joseph", true}, {"Bill", "Hillary", false}, {"Peggy", "Margaret", true},
		{"Tom", "Tim", false},
	} {
		if got := SameGiven(c.a, c.b); got != c.want {
			t.Errorf("SameGiven(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestSplit(t *testing.T) {
	p := Split("Joseph R. Biden Jr.")
	if p.Given != "joseph" || len(p.Middle) != 1 || p.Middle[0] != "r" || p.Surname != "biden" || p.Suffix != "jr" {
		t.Errorf("Split = %+v", p)
	}
	if p := Split("Ursula von der Leyen"); p.Surname != "von der leyen" || p.Given != "ursula" {
		t.Errorf("Split = %+v", p)
	}
	if p := Split("Erik ten Hag"); p.Surname != "ten hag" || p.Given != "erik" {
		t.Errorf("Split = %+v", p) // a Dutch particle, though "ten" is a number too
	}
	if p := Split("Trump"); p.Surname != "trump" || p.Given != "" {
		t.Errorf("Split = %+v", p)
	}
	// The letters of a seat or an honour follow the surname: "Jane Smith
	// MLA" is Jane Smith of the Legislative Assembly, not a Ms. Mla.
	if p := Split("Jane Smith MLA"); p.Surname != "smith" || p.Given != "jane" || !PostNominal(p.Suffix) {
		t.Errorf("Split = %+v", p)
	}
}

// TestListsSorted checks that every list is sorted by name with no name
// twice, as namegen writes them: a diff of a regenerated list then shows
// only what changed.
func TestListsSorted(t *testing.T) {
	for name, text := range map[string]string{"given": givenList, "nicknames": nicknameList, "places": placeList, "words": wordList} {
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if len(lines) < 100 {
			t.Errorf("%s: only %d lines", name, len(lines))
		}
		for i := 1; i < len(lines); i++ {
			if lines[i-1] >= lines[i] {
				t.Errorf("%s: %q before %q", name, lines[i-1], lines[i])
				break
			}
		}
	}
}

func TestVerb(t *testing.T) {
	for _, c := range []struct {
		word string
		want VerbForm
	}{
		{"sells", AnyVerb | FiniteVerb}, {"holds", AnyVerb | FiniteVerb}, {"held", AnyVerb | FiniteVerb},
		{"remain", AnyVerb | BaseVerb}, {"get", AnyVerb | BaseVerb},
		{"forms", AnyVerb}, {"results", AnyVerb}, // mostly nouns
		{"the", 0}, {"consequences", 0}, {"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.", 0}, // the notice is no entry
	} {
		if got := Verb(c.word); got != c.want {
			t.Errorf("Verb(%q) = %b, want %b", c.word, got, c.want)
		}
	}
}

func TestPersonNoun(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"professor", true}, {"residents", true}, {"women", true}, {"spokeswoman", true}, {"witnesses", true},
		{"rule", false}, {"theorem", false}, {"plan", false}, {"utility", false},
		{"texan", true}, {"vermonters", true}, // the people of a place, as WordNet defines them ("a native or resident of")
		{"einstein", false}, // a person, not a noun for people
		{"# English nouns for people derived from WordNet 3.0 by namegen: each noun", false}, // the notice is no entry
	} {
		if got := PersonNoun(c.word); got != c.want {
			t.Errorf("PersonNoun(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

func TestTable(t *testing.T) {
	tab := index("# a comment\nann\tf\nbo\nbob\tm\tx\n\ncarl\tm")
	for _, c := range []struct {
		name, want string
		ok         bool
	}{
		{"ann", "f", true}, {"bo", "", true}, {"bob", "m\tx", true}, {"carl", "m", true},
		{"b", "", false}, {"anne", "", false}, {"# a comment", "", false}, {"", "", false},
	} {
		if got, ok := tab.get(c.name); got != c.want || ok != c.ok {
			t.Errorf("get(%q) = %q, %v, want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
	if _, ok := (table{}).get("ann"); ok {
		t.Error("an empty table holds a name")
	}
	// Every line of a real list is found, with its value, whatever slot it hashed to.
	for _, line := range strings.Split(givenList, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, value, _ := strings.Cut(line, "\t")
		if got, ok := lists().gender.get(name); !ok || got != value {
			t.Fatalf("gender.get(%q) = %q, %v, want %q", name, got, ok, value)
		}
	}
}

func TestIsFirm(t *testing.T) {
	for name, want := range map[string]bool{
		"Morgan Stanley": true, "Charles Schwab Corporation": true, "Goldman Sachs Group Inc.": true,
		"Eli Lilly": true, "Estée Lauder": true, "GOLDMAN SACHS": true,
		"Ford": false, "Target": false, // one word: anyone's surname, or anything
		"Jane Roe": false, "Morgan Freeman": false, "Charles Darwin": false,
	} {
		if got := IsFirm(name); got != want {
			t.Errorf("IsFirm(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestFirmKey(t *testing.T) {
	for name, want := range map[string]string{
		"Estée Lauder Companies (The)": "estee lauder", "Lilly (Eli)": "eli lilly",
		"Fox Corporation (Class A)": "fox", "Charles Schwab Corporation": "charles schwab",
		"Ford Motor Company": "ford motor", "Johnson & Johnson": "johnson johnson",
	} {
		if got := FirmKey(name); got != want {
			t.Errorf("FirmKey(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestInitials(t *testing.T) {
	for name, want := range map[string]string{
		"Robert F. Kennedy Jr.": "rfk", "Alexandria Ocasio-Cortez": "aoc", "Lyndon B. Johnson": "lbj",
		"Ursula von der Leyen": "ul", "Trump": "",
	} {
		if got := Split(name).Initials(); got != want {
			t.Errorf("Split(%q).Initials() = %q, want %q", name, got, want)
		}
	}
}
