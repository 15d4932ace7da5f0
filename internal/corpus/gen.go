package corpus

import (
	"fmt"
	"strings"
	"time"
)

type dateT = time.Time

// gen makes articles from word lists with a small deterministic random
// number generator (SplitMix64), so that a seed always makes one corpus.
type gen struct {
	state    uint64
	speakers []person
}

// person is a recurring speaker.
type person struct {
	first, last, role string
	female            bool
}

func newGen(seed uint64) *gen {
	g := &gen{state: seed}
	for i := 0; i < 400; i++ {
		female := g.intn(2) == 0
		first := g.pick(maleNames)
		if female {
			first = g.pick(femaleNames)
		}
		g.speakers = append(g.speakers, person{first, g.pick(surnames), g.pick(roles), female})
	}
	return g
}

func (g *gen) next() uint64 {
	g.state += 0x9e3779b97f4a7c15
	z := g.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (g *gen) intn(n int) int         { return int(g.next() % uint64(n)) }
func (g *gen) pick(s []string) string { return s[g.intn(len(s))] }

// speaker picks a recurring speaker, a few far more often than the rest,
// as news quotes a few people most.
func (g *gen) speaker() person {
	i := g.intn(len(g.speakers))
	if g.intn(3) == 0 {
		i = g.intn(12)
	}
	return g.speakers[i]
}

func (g *gen) article(n int) article {
	topic := g.pick(topics)
	a := article{n: n, publisher: g.pick(publishers), author: g.pick(femaleNames) + " " + g.pick(surnames),
		date: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n/4)} // four stories a day, in order
	a.url = fmt.Sprintf("https://news.example/%d/%s-%d", a.date.Year(), strings.ReplaceAll(topic, " ", "-"), n)
	s1, s2 := g.speaker(), g.speaker()
	a.title = fmt.Sprintf("%s %s %s", s1.last, g.pick(headlineVerbs), topic)
	a.paras = []string{
		capital(fmt.Sprintf("%s %s %s %s in %s on %s that %s, as the debate over %s went on.", s1.role, s1.first, s1.last,
			g.pick([]string{"said", "told reporters", "announced"}), g.pick(places), a.date.Weekday(), g.statement(topic), topic)),
		fmt.Sprintf("\"%s,\" %s said. \"%s.\"", g.quote(topic), s1.last, g.quote(topic)),
		g.reported(s2),
		fmt.Sprintf("\"%s,\" %s %s %s told the %s.", g.quote(topic), s2.role, s2.first, s2.last, g.pick(audiences)),
		fmt.Sprintf("%s added that %s.", pronoun(s2), g.statement(topic)),
	}
	if g.intn(2) == 0 {
		s3 := g.speaker()
		a.paras = append(a.paras, fmt.Sprintf("According to %s %s %s, %s.", s3.role, s3.first, s3.last, g.statement(topic)),
			fmt.Sprintf("\"%s,\" %s said.", g.quote(topic), s3.last))
	}
	return a
}

func pronoun(p person) string {
	if p.female {
		return "She"
	}
	return "He"
}

func (g *gen) reported(p person) string {
	return capital(fmt.Sprintf("%s %s %s said %s.", p.role, p.first, p.last, g.statement(g.pick(topics))))
}

// capital starts a sentence with a capital letter.
func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// amount is a quantity, from a range wide enough that claims rarely
// repeat word for word (news repeats claims, but not most of them).
func (g *gen) amount() string {
	switch g.intn(3) {
	case 0:
		return fmt.Sprintf("by %d percent", 1+g.intn(90))
	case 1:
		return fmt.Sprintf("by $%d million", 1+g.intn(900))
	}
	return fmt.Sprintf("by %d jobs", 10*(1+g.intn(500)))
}

func (g *gen) statement(topic string) string {
	return fmt.Sprintf("the %s %s %s by %d", topic, g.pick(predicates), g.amount(), 2016+g.intn(12))
}

func (g *gen) quote(topic string) string {
	switch g.intn(4) {
	case 0:
		return fmt.Sprintf("We will %s the %s before %s %d", g.pick(actions), topic, g.pick(months), 2016+g.intn(12))
	case 1:
		return fmt.Sprintf("The %s %s %s since %d", topic, g.pick(predicates), g.amount(), 2000+g.intn(20))
	case 2:
		return fmt.Sprintf("%d families in %s depend on the %s", 100*(1+g.intn(400)), g.pick(places), topic)
	}
	return fmt.Sprintf("Nobody in %s wants the %s to %s %s", g.pick(places), topic, g.pick(actions), g.amount())
}

var (
	maleNames     = strings.Fields("James Robert Daniel Thomas Samuel Omar Luis Wei Ivan Kofi Pierre Mateo Arjun Henrik Tomas Rafael")
	femaleNames   = strings.Fields("Mary Elena Sarah Grace Amara Ines Mei Olga Fatima Chloe Lucia Priya Hanna Ruth Nadia Sofia")
	surnames      = strings.Fields("Alvarez Brennan Castellano Dubois Eriksen Fischer Haddad Ivanova Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quinn Rahman Silva Takahashi Underwood Varga Whitfield Yilmaz Zeller Abara Bianchi Costa Delgado Esposito Ferreira")
	roles         = []string{"Senator", "Mayor", "Governor", "Finance Minister", "Health Minister", "council member", "union leader", "Representative", "school board chair", "police chief"}
	topics        = []string{"transit budget", "housing plan", "water rates", "school funding", "bridge repairs", "clinic hours", "port expansion", "tax credit", "minimum wage", "fire service", "park levy", "ferry schedule"}
	headlineVerbs = []string{"defends", "rejects", "backs", "questions", "promises", "attacks"}
	predicates    = []string{"will grow", "has fallen", "will cost more", "has risen", "will shrink", "has grown"}
	months        = []string{"January", "March", "May", "July", "September", "November"}
	actions       = []string{"fix", "fund", "cut", "expand", "review", "freeze"}
	places        = []string{"Riverton", "Northpoint", "Millbrook", "Lakeside", "Eastfield", "the capital", "the county"}
	publishers    = []string{"The Riverton Gazette", "Valley Courier", "Harbor Times", "Lakeside Gazette", "County Wire"}
	audiences     = []string{"council", "committee", "crowd", "press", "assembly"}
)
