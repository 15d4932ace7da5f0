package extract

import (
	"slices"
	"sort"
	"strings"

	"claimtrack/internal/claims/names"
)

// Descriptions: whom a noun phrase that names no one refers back to. A role
// noun goes to the person last given that role ("the minister", in
// roleref.go), a definite description to the most salient organisation or
// person it fits ("the utility", "the lanky, bespectacled professor"), a
// document to whoever issued it ("her statement", "the parole board
// decision").

// orgHeads are the nouns by which news refers back to an organisation it
// has named: "the utility" for BC Hydro, "the company" for Procter &
// Gamble. "the city" and its like may be a place's government.
var orgHeads = set(`company firm agency utility organization organisation group union board bank corporation
retailer carmaker automaker chipmaker drugmaker steelmaker airline network station newspaper broadcaster ministry department government
council committee commission association party club team league school university college hospital
court tribunal authority service office foundation charity institute coalition alliance federation city
province state country town municipality administration regulator watchdog insurer lender developer
manufacturer startup giant thinktank think-tank maker grocer brewer miner chain brokerage label studio pac
library museum gallery zoo theatre theater orchestra festival diocese archdiocese militia band division district
supplier provider distributor exporter importer wholesaler airport`)

// localWords name a place below a country, whose government "the city
// said" means when the article names one such place (localHeads); with
// a country and a government, they are the organisation nouns a place's
// name may stand for (placeHeads).
const localWords = `city province state town municipality`

var localHeads, placeHeads = set(localWords), set(localWords + ` country government`)

// genericHeads refer back to the organisation the article is about even
// when its name does not hold them: "the utility" for BC Hydro. Others
// ("the union", "the board") must find their word in the name.
var genericHeads = set(`company firm agency utility organization organisation corporation carmaker automaker chipmaker drugmaker steelmaker
retailer airline lender insurer startup developer manufacturer broadcaster charity giant thinktank think-tank maker
grocer brewer miner chain regulator watchdog band`)

// overseers refer back to a public body over one that is not, however
// much more the sentences are about the one they oversee.
var overseers = set(`regulator watchdog`)

// commercialHeads refer back to a business, never to a public body: "the
// company" after Tesla and the Securities and Exchange Commission is
// Tesla.
var commercialHeads = set(`company firm corporation carmaker automaker chipmaker steelmaker retailer airline lender insurer startup
developer manufacturer broadcaster giant maker grocer brewer miner chain bank brokerage drugmaker
supplier provider distributor exporter importer wholesaler`)

// tradeNouns name a business by its trade before its name, capitalised
// in a title or opening a sentence ("Carmaker Voltra", "Retailer Kmart")
// or not ("the Portuguese newspaper Correio de Manha"), when no given
// name opens the name ("the firm Sarah Lee started").
var tradeNouns = set(`carmaker automaker chipmaker drugmaker retailer airline lender insurer broadcaster
newspaper tabloid magazine publisher firm band`)

// papers are the trade nouns of publications, whose name follows them.
var papers = set(`newspaper tabloid magazine`)

// anaphor finds whom a definite description refers back to: an
// organisation noun the latest organisation whose name holds it, or else
// the most salient one ("the utility" for BC Hydro); a noun for a person
// the most salient person of the sentences before ("the professor" for
// Schuh). Role nouns go by role (byRole) first.
func (d *doc) anaphor(m *mention, at sentRef) *entity {
	if documents[m.head] || groupHeads[m.head] && !orgHeads[m.head] || timeWords[m.head] {
		return nil
	}
	if pairWord(m) {
		return d.pairMember(m, at)
	}
	if !orgHeads[m.head] {
		// A person described, not merely named by role: "the lanky,
		// bespectacled professor", "the 26-year-old right wing", "the
		// 39-year-old founder"; "the publisher", "the senator" or "the
		// 72-year-old former mayor" may be someone new.
		// A head that names no person refers back to no one: "the new
		// rule said", "the finite-dimensional spectral theorem says".
		if kin[m.head] || owned(m) {
			return nil // "the woman's son", "the daughter": someone's relative, not the one named before
		}
		last := m.p.toks[m.t1-1].text
		if demonym(m) {
			return d.soleNamed(at, m)
		}
		if m.tag {
			// A description in a quote's tag: the one person named just
			// before, or no one; not the one who spoke the sentence
			// before, whom a pronoun would do for ('..., says Campbell's
			// partner, Jason Louth. "One!" says the affable proprietor').
			// A pronoun of the tag's own tells the gender: '"...," the
			// 34-year-old says, wiping her hands' is the woman named
			// before, not her father named since.
			g := taggedGender(m)
			if e := d.soleNamed(at, m); e != nil && !d.spokeLast(at, e) && (g == 0 || e.gender == 0 || e.gender == g) {
				return e
			}
			if g != 0 {
				return d.antecedent(at, m.Start, g, false)
			}
			return nil
		}
		acronym := allCaps(last) && personHead(strings.ToLower(m.head)) // "the York Central MP"
		if m.t1-m.t0 < 3 || personRoles[m.head] && !(m.t1-m.t0 == 3 && strings.HasSuffix(m.p.toks[m.t0+1].low, "year-old")) || startsUpper(last) && !acronym ||
			!(names.PersonNoun(strings.ToLower(m.head)) && names.PersonNoun(headBeforeLink(m))) && !acronym {
			return d.leadSubject(m, at)
		}
		g := byte('p')
		if gendered[m.head] != 0 {
			g = gendered[m.head] // "the former first lady" is no man named before
		}
		return d.antecedent(at, m.Start, g, false) // "the self-taught Cambridge resident" too
	}
	if proper(m.role) {
		return nil // "the Obama administration" names its own
	}
	if owned(m) {
		return nil // "the agency's watchdog": another body, the agency's own, whom no name stands for
	}
	var best, named, trade, public, place *entity
	// weak is set when best is a name no list types, taken for a brand, or
	// one named only after a preposition ("Analysts polled by LSEG"): a
	// description the article gave before may know better (calledBefore),
	// as it may when no body is named near; but not past one named since
	// that the noun does not fit ("the team" after a health authority
	// hired nurses), which others tells.
	weak, others := false, false
	namedW, namedAt := 0.0, 0 // the salience of named's mention, and the step back it was found at
	score, weight, tradeScore, publicScore := 0.0, 1.0, 0.0, 0.0
	steps, places := 0, false
	d.backwards(at, m.Start, 4, func(at sentRef, pos int) bool {
		steps++
		cands, done := d.mentioned(at, pos)
		defer done()
		for _, c := range cands {
			e := c.e
			// A name no list types ("Netflix") may be the business "the
			// company" refers back to, if no body is named more saliently.
			brand := commercialHeads[m.head] && e.kind == kindUnknown && !e.person && e.gender == 0 && brandLike(e.key) && !d.cast.givenName(e.key)
			local := localHeads[m.head] && (e.kind == kindPlace || e.kind == kindUnknown && names.IsPlace(e.key)) && !names.IsCountry(e.key)
			if e.kind != kindOrg && !(e.kind == kindPlace && placeHeads[m.head]) && !brand && !local || e.kind == kindOrg && streetWords[e.final] && !e.subject {
				continue // nor "Ste-Catherine Street" where a store is, unless it acts as Wall Street does
			}
			others = others || e.kind == kindOrg
			if local && steps <= 2 {
				places = places || place != nil && place != e
				place = e // "Calgary said ... The city said": the one place named, whose government speaks
			}
			if (named == nil || namedAt == steps && c.w > namedW) && !brand && (hasWord(" "+e.key+" ", m.head) && (e.subject || !localHeads[m.head]) || d.setOffAs(e, m.head) || m.head == "union" && d.unionBody(e) != nil ||
				(m.head == "department" || m.head == "ministry") && portfolioName(e.key) || modifierNamed(m, e.key) ||
				papers[m.head] && paperWords[e.final] && steps <= 2 || (m.head == "team" || m.head == "club") && teamName(e) && steps <= 2) {
				// "the board" for the Parole Board of Canada; "the union"
				// for the Minnesota Nurses Association; "the department"
				// for Manitoba Infrastructure; but "the province" is no
				// building named for it that only a phrase of where names
				// ("told reporters at Province House"); "the newspaper" for
				// the Wall Street Journal just named; "the team" for the
				// Toronto Maple Leafs. Of two a sentence names, the one
				// that speaks there: "The emergency department at Ladysmith
				// Community Health Centre will close, Island Health said.
				// The health authority said" is Island Health.
				named, namedW, namedAt = e, c.w, steps
			}
			x := c.w * weight
			if brand {
				x /= 2
			}
			if commercialHeads[m.head] && e.business && steps <= 2 && x > tradeScore {
				trade, tradeScore = e, x // "the company" for "the oil giant Exxon Mobil" just named
			}
			// "the company" is no public body, union or place where people
			// work, and no such place is an agency, nor a business: not the
			// airport named before the Federal Aviation Administration, nor
			// BMO Capital Markets after Statistics Canada
			if overseers[m.head] && publicBody(e.key) && x > publicScore {
				public, publicScore = e, x // "Air Canada has been fined by the Canadian Transportation Agency, the regulator said"
			}
			if genericHeads[m.head] && x > score && !(commercialHeads[m.head] && (publicBody(e.key) || premises[e.final] || d.unionBody(e) != nil || e.final == "union")) && !(m.head == "agency" && (premises[e.final] || e.business || firmName(e.name))) {
				best, score, weak = e, x, brand || c.w <= wObject
			}
		}
		weight *= fade
		return named != nil
	})
	switch {
	case named != nil:
		if m.head == "union" {
			if u := d.unionBody(named); u != nil {
				named = u // "the union" after "UFCW" in a story of UFCW Local 832: the local
			}
			named.union = true
		}
		return named
	case trade != nil && !(best != nil && score > tradeScore && best.spokeBefore(m.Start) && !trade.spokeBefore(m.Start)):
		// the business just described, unless a body more salient has
		// spoken: "The trustee overseeing the bankruptcy of Toronto
		// building company Urban Homes Inc., Ernst & Young, said ... The
		// firm said" is the trustee's
		return trade
	case public != nil:
		return public
	}
	if best == nil || soleHeads[m.head] {
		if b := d.bodyOf(m.head, m.Start); b != nil {
			best = b // "The agency warned" paragraphs after the Japan Meteorological Agency, with a railway named since
		}
	}
	if best == nil && !others || weak {
		if e := d.calledBefore(m, at); e != nil {
			best = e
		}
	}
	if (best == nil || !best.subject) && commercialHeads[m.head] {
		if e := d.soleActing(m.Start); e != nil {
			best = e // "The company said" after Shopify Inc. reported, six sentences back, not the analyst's firm named since
		}
	}
	if best == nil && place != nil && !places {
		best = place // "Calgary said ... The city said"; not a body of the city the article names ("City of Surrey")
	}
	if best != nil && best.kind == kindUnknown {
		best.kind = kindOrg // the article calls it "the company": a body from here on ("It said")
	}
	if best != nil && m.head == "union" {
		best.union = true // the article calls it "the union": no company
	}
	return best
}

// pairWord reports "the former" or "the latter".
func pairWord(m *mention) bool {
	return m.kind == byNominal && (m.head == "former" || m.head == "latter") && m.t1-m.t0 == 2
}

// pairMember is whom "the former" or "the latter" stands for: the first
// or the last of the two people this sentence names before it, or else
// the sentence before ("Doug Ford met Mark Carney. The latter said") or
// the one before that past a sentence that names no one ("The former has
// promised ... The latter says"), or of the pair joined by "and" that
// closes a longer list; else no one, as a pair named further back may not
// be the one meant.
func (d *doc) pairMember(m *mention, at sentRef) *entity {
	ref := at
	for back := range 3 {
		p := d.paras[ref.p]
		s := p.sents[ref.s]
		var people []*entity
		var last [2]*mention // the last two people's mentions
		for _, n := range p.mentionsIn(s.Start, s.End) {
			if ref == at && n.t0 >= m.t0 {
				break
			}
			if n.kind == byName && !n.poss && n.ent != nil && n.ent.kind == kindPerson && !slices.Contains(people, n.ent) {
				people = append(people, n.ent)
				last[0], last[1] = last[1], n
			}
		}
		if len(people) > 2 && !slices.ContainsFunc(p.toks[last[0].t1:last[1].t0], func(t token) bool { return t.low == "and" || t.low == "or" }) {
			return nil // of three, only a pair named last: "Darren Hill: lawyer Priya Mehta and ... Tom Lukas"
		}
		if n := len(people); n >= 2 {
			if m.head == "former" {
				return people[n-2]
			}
			return people[n-1]
		} else if n == 1 && back > 0 {
			break // someone named between: not "The former ... The latter says" past them
		}
		var ok bool
		if ref, ok = d.prevSentence(ref); !ok {
			break
		}
	}
	return nil
}

// owned reports a description whose head someone's possessive qualifies:
// "the woman's son", "the agency's watchdog", of whom the owner is not.
func owned(m *mention) bool {
	return slices.ContainsFunc(m.p.toks[m.t0:m.t1-1], func(t token) bool { return isPossessive(t.text) })
}

// soleHeads end the names of bodies an article seldom names two of, or
// one of under another word: "the association" is the Alberta Teachers'
// Association named paragraphs before, "the board" the Vancouver School
// Board; not "the court" (an appeals court after the Supreme Court), "the
// city" or "the network".
var soleHeads = set(`association commission hospital foundation institute society federation coalition alliance agency
board council authority committee division district union`)

// bodyOf is the one organisation of the article named by a head, with
// "of" after it or last, however far back before pos: "the city" for the
// City of Surrey, "the ministry" for the Ministry of Health, "the
// association" for the Alberta Teachers' Association; nil when there is
// none, or more than one. Not one named only after pos, save in a role
// before it: "The company said" of WestJet is not Air Passenger Rights,
// named a paragraph later.
func (d *doc) bodyOf(head string, pos int) *entity {
	var found *entity
	many := false
	match := func(e *entity) {
		if e.kind == kindOrg && (strings.HasPrefix(e.key, head+" of ") || soleHeads[head] && strings.HasSuffix(e.key, " "+head) || namesTrade(head, e.key)) {
			many = many || found != nil && found != e
			found = e
		}
	}
	for _, e := range d.cast.ents {
		if e.kind == kindOrg && e.intro != nil && (e.intro.Start < pos || d.inRoleBefore(e, pos)) {
			match(e)
		}
	}
	for _, p := range d.paras {
		for _, n := range p.ms {
			if namesBody(n) && n.Start < pos {
				match(d.namedBody(n)) // "the Japan Meteorological Agency said": named after "the"
			}
		}
	}
	if many {
		return nil
	}
	return found
}

// headBeforeLink is the noun a description's phrase after it describes:
// "jury" of "the jury in a separate case", whose last word is a case, not
// the one who found; the head itself when no preposition follows it.
func headBeforeLink(m *mention) string {
	for i := m.t0 + 1; i < m.t1; i++ {
		if m.p.toks[i].is(fPreposition) {
			return m.p.toks[i-1].low
		}
	}
	return strings.ToLower(m.head)
}

// lastBefore is the offset of an entity's latest name mention before pos, or -1.
func (d *doc) lastBefore(e *entity, pos int) int {
	if m := d.lastMentionBefore(e, pos); m != nil {
		return m.Start
	}
	return -1
}

// lastMentionBefore is e's latest mention that starts before pos, or nil.
// The article's mentions are in order: it looks back from pos, so that
// the cost is the distance to e's mention, not the article's length.
func (d *doc) lastMentionBefore(e *entity, pos int) *mention {
	k := sort.Search(len(d.ms), func(k int) bool { return d.ms[k].Start >= pos })
	for k--; k >= 0; k-- {
		if d.ms[k].ent == e {
			return d.ms[k]
		}
	}
	return nil
}

// asideOpener reports a word that opens an aside about a document set off
// by a comma: a participle ("released", "conducted") or "including".
func asideOpener(w string) bool {
	return w == "including" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}
