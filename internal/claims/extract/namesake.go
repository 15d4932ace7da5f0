package extract

// Namesakes: people of one surname the article brings in together, whom a
// bare surname cannot tell apart.

// sharedSurname reports a bare surname that another person bears whom the
// article brought in beside best, joined by "and", named in full before
// pos as often, and whom no gender tells apart: "Sedin added" after
// "Daniel and Henrik Sedin" is either twin's, and a record of who said
// what names neither; but "a march with Ammon Bundy" after "Ammon and Ryan
// Bundy" singles one out. A relative named in passing ("the daughter of Dick Cheney",
// "her brother, Jordan Moar,") leaves the surname to the person the story
// is about, as news most often does.
func (c *cast) sharedSurname(cands []*entity, best *entity, key string, pos int, gender, hint byte) bool {
	for _, e := range cands {
		if e == best || !e.person || e.nobody || !e.full || e.final != key || e.first == best.first || e.named != best.named || e.last >= pos || !pairedIntro(e.intro, best.intro) {
			continue
		}
		if gender != 0 && e.gender != gender || hint != 0 && e.gender != hint && best.gender == hint {
			continue // "Mrs. Obama" after "Barack and Michelle Obama"; "Belkacemi says she"
		}
		return true
	}
	return false
}

// pairedIntro reports two first mentions joined by "and" alone: "Gordon
// Rafuse and Ellen Rafuse", "Daniel and Henrik Sedin".
func pairedIntro(a, b *mention) bool {
	if a == nil || b == nil || a.p != b.p || a.t0 < 0 || b.t0 < 0 {
		return false
	}
	if a.t0 > b.t0 {
		a, b = b, a
	}
	return b.t0 == a.t1+1 && a.t1 < len(a.p.toks) && a.p.toks[a.t1].low == "and"
}

// ambiguous is the one entity of the article that stands for a bare
// surname two people share: no one the database can follow, whom its
// claims show by the name as written.
func (c *cast) ambiguous(name string) *entity {
	for _, e := range c.ents {
		if e.nobody && e.phrase == name {
			return e
		}
	}
	e := c.newEntity()
	e.kind, e.person, e.nobody, e.phrase, e.last = kindPerson, true, true, name, -1
	e.bare, e.subject = true, true
	return e
}
