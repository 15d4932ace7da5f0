package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// The lede: a story's first sentence names its subject in full, and a
// description opening the next one refers back to that subject.

// leadSubject is the person a definite description for someone that
// opens the story's second sentence refers back to when the first, the
// lede, opened with that person's full name: "Kevin Vickers, who became Canada's
// ambassador to Ireland, is considering a move into politics. The former
// sergeant-at-arms of the House of Commons said Monday ..."; nil when
// anyone else is named between, as someone new may be meant. A clause the
// sentence opens with may come first ("Speaking in Brisbane on Thursday,
// the prime minister said").
func (d *doc) leadSubject(m *mention, at sentRef) *entity {
	head := headBeforeLink(m)
	if i := strings.IndexByte(head, '-'); i > 0 && !names.PersonNoun(head) {
		head = head[:i] // "sergeant-at-arms", "editor-in-chief"
	}
	if !definite(m) || !m.p.sentenceStart(m.t0) && !afterFronted(m) || !personRoles[head] && !(names.PersonNoun(head) && names.Gender(head) == 0) ||
		collectives[head] || groupHeads[head] || audienceWords[head] {
		return nil // not "The crowd chanted", "The inquiry found"
	}
	prev, ok := d.prevSentence(at)
	if !ok || !d.lede(prev) {
		return nil // further on, a description may well introduce someone new ("The judge ruled", "The employee said")
	}
	p := d.paras[prev.p]
	s := p.sents[prev.s]
	var lead *entity
	for _, n := range p.mentionsIn(s.Start, s.End) {
		if n.kind == byNominal && n.head == head {
			return nil // "..., a source close to the senator told CP. The source said": that one, no one named
		}
		if n.kind != byName || n.ent == nil {
			continue
		}
		if lead == nil && n.ent.kind == kindPerson && n.ent.full && !n.poss && !afterPreposition(p, n) && !sentenceBetween(p, s.Start, n.t0) {
			lead = n.ent // the first name, past a dateline: "TROUT BROOK, N.B. — Kevin Vickers, ..."
			continue
		}
		if n.ent != lead && n.ent.kind == kindPerson {
			return nil // another person named: "the senator" may be either
		}
	}
	if g := gendered[head]; lead != nil && g != 0 && lead.gender != 0 && g != lead.gender {
		return nil // "The actress" after a man
	}
	if lead == nil {
		return nil
	}
	role := strings.ToLower(lead.role)
	if role == "" || honorifics[role] {
		return lead // an honorific says nothing of a post: "Sir Keir Starmer ... the prime minister said"
	}
	if personRoles[head] && !strings.Contains(role, head) {
		return nil // "The judge ruled" after Sen. Bernie Sanders: another post, someone else
	}
	for _, t := range m.p.toks[m.t0+1 : m.t1] {
		if t.isCap() && !strings.Contains(role, t.low) {
			return nil // "The Democratic presidential nominee" after the Republican one
		}
	}
	return lead
}

// lede reports the story's first sentence, past its title.
func (d *doc) lede(at sentRef) bool {
	if at.s != 0 {
		return false
	}
	for _, p := range d.paras[:at.p] {
		if !p.skip && !p.headlineCase() && len(p.sents) > 0 && !byline(p) {
			return false
		}
	}
	return true
}

// audienceWords are nouns for a gathering of people, one body that no
// single person is.
var audienceWords = set(`crowd audience audiences crowds congregation gathering assembly throng spectators fans`)

// namedNext is the person a story's first sentence describes without a
// name ("A federal judge on Friday blocked a new state law"), when the
// rest of its paragraph or the next two first name someone whose role
// holds the description's noun or the post it falls back to ("U.S.
// District Judge Carlton Reeves wrote", "Justice Sean Dunphy directed"),
// or who opens the next paragraph with a full name and no role after a
// lede of one sentence that describes no one before it ("A Vancouver
// peewee hockey coach says ... Stephen Gillis said"): wire copy names in
// its second paragraph whom its lede only describes. Nil when another
// person comes first, as the description may then be anyone.
func (d *doc) namedNext(m *mention, at sentRef) *entity {
	for pi := at.p; pi < len(d.paras) && pi <= at.p+2; pi++ {
		for _, n := range d.paras[pi].ms {
			if pi == at.p && n.Start <= m.Start || n.kind != byName || n.ent == nil || n.ent.kind != kindPerson {
				continue
			}
			if roles := n.ent.roleWords(); hasWord(roles, m.head) || roleFallbacks[m.head] != "" && hasWord(roles, roleFallbacks[m.head]) || n.ent.role == "" && pi == at.p+1 && n.ent.full && n.ent.intro == n && m.p.sentenceOf(m.t0).End == len(m.p.toks) && !describedEarlier(m) &&
				(m.t1 >= len(m.p.toks) || m.p.toks[m.t1].low != "who") { // not "follows a retired trucker who drives", whom an actor plays
				return n.ent
			}
			return nil
		}
	}
	return nil
}

// describedEarlier reports a person the sentence describes before m: the
// name that opens the next paragraph is as likely theirs ("A Surrey man
// accused of shooting a neighbour will stay in jail, a provincial court
// judge ruled. Harjit Sandhu, 41, is charged").
func describedEarlier(m *mention) bool {
	s := m.p.sentenceOf(m.t0)
	for _, n := range m.p.mentionsIn(s.Start, m.t0) {
		if n.t1 <= m.t0 && (n.kind == byNominal && n.person || n.kind == byName && n.ent != nil && n.ent.kind == kindPerson) {
			return true
		}
	}
	return false
}

// afterFronted reports a mention that opens a sentence's main clause past
// the participle's or subordinate clause it opens with.
func afterFronted(m *mention) bool {
	s := m.p.sentenceOf(m.t0)
	f := frontedEnd(m.p.toks[s.Start:s.End])
	return f > 0 && s.Start+f == m.t0
}

// describedAt reports a description with no preposition, or one that
// says only where the person it names works or lives, right after a noun
// for people ("A nurse at Royal University Hospital"); not "for" or "of",
// which make them someone else's ("A spokesperson for Premier Doug
// Ford", "A lawyer for a former oil executive ... told jurors" before
// the executive's name), nor a thing's place ("a new article in
// Politico").
func describedAt(m *mention) bool {
	toks := m.p.toks
	if k := m.t1; k+1 < len(toks) && (toks[k].low == "for" || toks[k].low == "of") {
		if n := m.p.mentionAt(k + 1); n != nil && n.person && !n.org {
			return false // "A lawyer for a former oil executive ... told jurors": the executive's lawyer, not the executive named next
		}
	}
	for i := m.t0; i < m.t1; i++ {
		if toks[i].is(fPreposition) {
			return i > m.t0 && (toks[i].low == "at" || toks[i].low == "in" || toks[i].low == "from") && names.PersonNoun(toks[i-1].low)
		}
	}
	return true
}
