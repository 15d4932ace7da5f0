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
//	american-english                 English words, proper names capitalised (SCOWL, as Debian's wamerican package installs it in /usr/share/dict)
//
// It writes, one entry a line and sorted by the name, which a tab
// separates from what the list says of it: given.txt ("name	gender",
// gender m, f or u for either), nicknames.txt ("short	formal..."),
// places.txt (a place, countries marked "	c") and
// words.txt (ordinary English words, those the dictionary writes in lower
// case), all in lower case without diacritics.
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
	"strconv"
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
	dict, err := dictionary(filepath.Join(*raw, "american-english"))
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
	pl, err := places(filepath.Join(*raw, "world-cities.csv"), g, words)
	if err != nil {
		return err
	}
	if err := write(filepath.Join(*out, "places.txt"), pl); err != nil {
		return err
	}
	return write(filepath.Join(*out, "words.txt"), dict)
}

// dictionary reads a spelling dictionary, one word a line, and keeps the
// words it writes in lower case: ordinary words, not names.
func dictionary(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' && !strings.ContainsAny(w, "'’") {
			out = append(out, w)
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

func readCSV(path string, sep rune) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	for i := range rows[0] {
		rows[0][i] = strings.TrimPrefix(rows[0][i], "\ufeff")
	}
	return rows[1:], nil
}

// given gathers votes on each given name's gender. An ordinary English
// word ("hope", "will", "price") is a given name only where English-speaking
// countries use it often: "Price Waterhouse" is no person.
type given struct {
	common  map[string]bool
	male    map[string]int
	female  map[string]int
	english map[string]bool // used often enough in English-speaking countries
}

func newGiven(common map[string]bool) *given {
	return &given{common: common, male: map[string]int{}, female: map[string]int{}, english: map[string]bool{}}
}

func (g *given) vote(name string, gender byte, n int) {
	k := key(name)
	if k == "" || strings.ContainsAny(k, " 0123456789") || len(k) < 2 {
		return
	}
	switch gender {
	case 'm':
		g.male[k] += n
	case 'f':
		g.female[k] += n
	default: // either: a vote each way
		g.male[k] += n
		g.female[k] += n
	}
}

// readGenderC reads gender.c's table: name;gender;frequency by country,
// with gender M, 1M, ?M (male), F, 1F, ?F (female) or ? (either), and the
// frequency a power of two (in percent) of the population.
func (g *given) readGenderC(path string) error {
	rows, err := readCSV(path, ';')
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 5 {
			continue
		}
		var gender byte
		switch {
		case strings.HasSuffix(r[1], "M"):
			gender = 'm'
		case strings.HasSuffix(r[1], "F"):
			gender = 'f'
		}
		g.vote(r[0], gender, 1)
		for _, f := range r[2:5] { // Great Britain, Ireland, U.S.A.
			if x, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && x >= -7 {
				g.english[key(r[0])] = true
			}
		}
	}
	return nil
}

// readUK reads UK birth counts by sex: Name,years.appearing,count.male,count.female,...
func (g *given) readUK(path string) error {
	rows, err := readCSV(path, ',')
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 4 {
			continue
		}
		m, _ := strconv.Atoi(r[2])
		f, _ := strconv.Atoi(r[3])
		if m+f < 50 {
			continue // rare spellings and one-offs
		}
		k := key(r[0])
		switch {
		case m >= 9*f:
			g.vote(k, 'm', 1)
		case f >= 9*m:
			g.vote(k, 'f', 1)
		default:
			g.vote(k, 0, 1)
		}
		if m+f >= 1000 {
			g.english[k] = true
		}
	}
	return nil
}

// readByCountry reads the popular names of 106 countries:
// Country,...,Gender,Localized Name,Romanized Name.
func (g *given) readByCountry(path string) error {
	rows, err := readCSV(path, ',')
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 12 {
			continue
		}
		var gender byte
		switch r[9] {
		case "M":
			gender = 'm'
		case "F":
			gender = 'f'
		}
		g.vote(r[11], gender, 1)
	}
	return nil
}

// joiners open surnames and place names more often than they are given
// names: "Van" of "van der Leyen", "Al" of "Al Hashish", "San" of "San
// Jose", "St" of "St. John's".
var joiners = map[string]bool{"al": true, "el": true, "la": true, "le": true, "de": true, "del": true, "da": true,
	"di": true, "du": true, "dos": true, "das": true, "der": true, "den": true, "van": true, "von": true,
	"bin": true, "ibn": true, "abu": true, "mac": true, "mc": true, "ter": true, "st": true, "san": true,
	"santa": true, "saint": true, "sao": true, "fort": true, "port": true, "mount": true, "lake": true}

// newsMale and newsFemale are given names of people in the news, written
// by hand for this project, that the public lists lack or give the wrong
// gender ("Shaktikanta", "Nirmala"): they outvote the other sources.
var newsMale = `
art barney rich ford august cliff rusty chip duke buck butch
aaron adam adrian al alan albert alec alex alexander alexei alfred ali andrew andy angus anthony
antony antonio arnold arthur austin barack barry ben benjamin benny bernie bernard bill billy bob
bobby boris brad bradley brandon brendan brett brian bruce bryan buddy carl carlos chad charles
charlie chris christopher chuck clarence clark claude cliff clint cody colin conor craig curtis dan
daniel danny dave david dean dennis derek devin dick dmitry don donald doug douglas duncan dwight
earl ed eddie edgar edward elijah elon emmanuel emil eric erik ernest evan frank franklin fred
frederick friedrich gary gavin gene geoffrey george gerald gerhard glenn gordon graham greg gregory
hakeem hank harold harry hassan henry herbert howard hugh hunter ian isaac ivan jack jacob jake
james jamie jared jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john
johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin karl keir keith ken
kenneth kevin kim kirk kurt kyle lamar larry lawrence lee leo leon leonard lindsey lloyd louis luis
luke marco marcus mario mark martin marty matt matthew max michael mike mitch mitt mohammed muhammad
nathan neil newt nicholas nick nigel noah norman olaf oliver omar oscar owen pat patrick paul pedro
pete peter phil philip rahm ralph rand randy ray raymond reince rex richard rick rob robert rodrigo
roger roland ron ronald ross roy rudy rupert russell ryan sam samuel scott sean sergei sergey seth
shane sid simon stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis
trey troy tucker ty tyler victor vince vincent vladimir volodymyr walter warren wayne will william
xi yuri zach zachary abdul abdullah ahmed ajay akhilesh amit anil anand anders anwar arvind ashok
barnaby bashar bola bruno christian christophe cyril deepak dominic edouard emeka emmerson enrique
fabio felipe fernando francois fumio gabriel giuseppe gustavo hamid hans hemant hugo humza ibrahim
imran jagmeet jair jairam javier jens jurgen kamal khalid kwasi kyriakos lars luiz malcolm manmohan
manuel markus mateo matteo mehmet mohamed muhammadu mustafa nadhim naftali narendra naveen nawaz
nayib nicolas nitin pablo pankaj piyush pranab rajiv rajnath rakesh ramesh ravi recep rishi sachin
sadiq sajid salman sanjay santiago sebastian sergio shashi shinzo silvio sunil suresh sven tariq
thabo uhuru vijay viktor volker wolfgang yair yasser yoav yoshihide andrzej mateusz alberto mariano
andres shaktikanta yogi uddhav sharad arun venkaiah raghuram manish mahesh sandeep rahul amitabh
gautam mukesh ratan anupam
`

var newsFemale = `
abigail alexandra alice alicia alison allison amanda amy andrea angela angelina ann anna anne annie
barbara becky betsy betty beverly brenda bridget brittany carla carly carol caroline carolyn
catherine cathy cecilia chelsea cheryl christina christine cindy claire claudia colleen cynthia dana
dawn debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elena elizabeth
ellen emily emma erin eva evelyn frances gabrielle gillian gina giorgia gloria grace hannah heather
heidi helen hillary hope huma ivanka jackie jacqueline jane janet janice jean jennifer jessica jill
joan joanne jodi joni josephine joy joyce judith judy julia julie karen kate katherine kathleen
kathy katie kay kayleigh kellyanne kelly kimberly kirsten kristen laura lauren linda lisa liz
loretta lori louise lucy lydia lynn maggie margaret maria marie marine marsha martha mary maxine
megan melania melissa meryl michele michelle mika mitzi monica nancy natalie nicole nikki nina
olivia pam pamela patricia patty paula peggy penny rachel rebecca regina renee rita robin rosa rose
ruth sally samantha sandra sara sarah sharon shirley sonia sophie stacey stephanie sue susan suzanne
sylvia tammy teresa theresa tiffany tina tracy ursula valerie vanessa victoria virginia wendy
whitney yvonne aisha amina anjali annalena arundhati benazir brigitte chrystia cristina dilma gita
indira jacinda kamala kavita kemi kristalina lakshmi mamata mariam mayawati meera mette mhairi
nadine nicola nirmala pooja priti priya priyanka sanna shobha smriti sunita suella sushma yvette
fatima layla leila ngozi kaja margrethe winnie nkosazana naledi lindiwe thandi neha deepika shreya
anita rekha nirupama jayalalithaa
`

// readNews adds the hand-written names, as used in English-language news;
// a name no public list holds takes its gender from here.
//
// A name the public lists already hold keeps their verdict, with one vote
// more: "Lee" and "Kim" are given to either.
func (g *given) readNews() {
	for gender, list := range map[byte]string{'m': newsMale, 'f': newsFemale} {
		for _, n := range strings.Fields(list) {
			votes := 100
			if g.male[n]+g.female[n] > 0 {
				votes = 1
			}
			g.vote(n, gender, votes)
			g.english[n] = true
		}
	}
}

// has reports a given name the list keeps.
func (g *given) has(k string) bool {
	if g.male[k] == 0 && g.female[k] == 0 || joiners[k] {
		return false
	}
	return !g.common[k] || g.english[k]
}

func (g *given) lines() []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range []map[string]int{g.male, g.female} {
		for k := range m {
			if seen[k] || !g.has(k) {
				continue
			}
			seen[k] = true
			m, f := g.male[k], g.female[k]
			gender := "u"
			switch {
			case m > 0 && f == 0 || m >= 4*f:
				gender = "m"
			case f > 0 && m == 0 || f >= 4*m:
				gender = "f"
			}
			out = append(out, k+"\t"+gender)
		}
	}
	sort.Strings(out)
	return out
}

// nicknames reads name1,has_nickname,name2 triples into "short formal..."
// lines, keeping the short forms that are given names themselves or
// plainly short (a nickname table from genealogy holds forms no one
// writes today).
func nicknames(path string, g *given) ([]string, error) {
	rows, err := readCSV(path, ',')
	if err != nil {
		return nil, err
	}
	formal := map[string][]string{}
	for _, r := range rows {
		if len(r) < 3 || r[1] != "has_nickname" {
			continue
		}
		f, n := key(r[0]), key(r[2])
		if f == "" || n == "" || f == n || strings.Contains(f+n, " ") || !g.has(f) || !g.has(n) {
			continue
		}
		formal[n] = append(formal[n], f)
	}
	var out []string
	for n, fs := range formal {
		sort.Strings(fs)
		out = append(out, n+"\t"+strings.Join(dedupe(fs), " "))
	}
	sort.Strings(out)
	return out, nil
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
// otherwise), "Mary" in Turkmenistan is not.
func places(path string, g *given, common map[string]bool) ([]string, error) {
	rows, err := readCSV(path, ',')
	if err != nil {
		return nil, err
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

func write(path string, lines []string) error {
	if len(lines) == 0 {
		return fmt.Errorf("%s: nothing to write", path)
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
