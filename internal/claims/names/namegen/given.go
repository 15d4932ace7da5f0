package main

import (
	"sort"
	"strconv"
	"strings"
)

// Given names and their gender, voted on by the sources: a name is a
// man's or a woman's when four in five of the people the sources count
// with it are, of either otherwise; a "?" after the gender marks a name
// some sources give the other gender ("Lee"), whose bearer an article may
// show to be of that other one.

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
gautam mukesh ratan anupam surendra jitendra upendra dharmendra virendra gajendra
`

// newsEither are given names the public lists give one gender only, that
// people of the other bear in the news, written by hand for this project:
// "Kelly Ortberg", "Dana White", "Marion Barry", "Lynn Westmoreland", "Blake
// Lively", "Sidney Powell". A vote for the other gender marks them
// disputed ("f?"), so that an article's "Ortberg said he" is believed.
var newsEither = strings.Fields(`kelly dana marion lynn blake sidney`)

// newsCorrected are given names the public lists give the wrong gender,
// written by hand for this project: the hand's verdict replaces theirs
// ("Devendra", a man's name across India, is a woman's in them).
var newsCorrected = map[string]byte{"devendra": 'm'}

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
	for _, n := range newsEither {
		if g.male[n] == 0 {
			g.vote(n, 'm', 1)
		}
		if g.female[n] == 0 {
			g.vote(n, 'f', 1)
		}
	}
	for n, gender := range newsCorrected {
		g.male[n], g.female[n] = 0, 0
		g.vote(n, gender, 100)
		g.english[n] = true
	}
}

// abroad reports an ordinary English word that countries where English is
// not spoken give as a name ("Dirk", "Dieter"): the list keeps it marked,
// a given name only before a surname that is no word ("Dirk Notz", not
// "General Motors").
func (g *given) abroad(k string) bool {
	return (g.male[k] > 0 || g.female[k] > 0) && !joiners[k] && g.common[k] && !g.english[k]
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
			if seen[k] || !g.has(k) && !g.abroad(k) {
				continue
			}
			seen[k] = true
			m, f := g.male[k], g.female[k]
			gender := "u"
			switch {
			case m > 0 && f == 0:
				gender = "m"
			case f > 0 && m == 0:
				gender = "f"
			case m >= 4*f:
				gender = "m?" // a man's mostly: "Lee"
			case f >= 4*m:
				gender = "f?"
			}
			if !g.has(k) {
				gender = "w" + gender // "dirk": a word in English, whose bearer only a surname after it shows
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
