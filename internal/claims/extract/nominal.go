package extract

import (
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// nominalHeads are nouns that can speak: "a source said", "the senator".
var nominalHeads = set(`official officials head source sources spokesman spokeswoman spokesperson spokespeople
aide aides adviser advisers advisor advisors analyst analysts expert experts president chief
leader leaders senator senators lawmaker lawmakers delegation government administration campaign
ministry department police critic critics supporter supporters resident residents witness
witnesses diplomat diplomats representative candidate nominee governor mayor secretary director
executive executives chairman chairwoman judge prosecutor prosecutors lawyer lawyers attorney
attorneys minister ministers envoy ambassador commander officer officers agency investigators
researchers scientist scientists economist economists strategist strategists operative insider
insiders member members team staff spokesmen congressman congresswoman democrat democrats
republican republicans voter voters activist activists organizers report study poll survey
statement documents letter filing pontiff kremlin office spokesperson's embassy ministry
police authorities prosecutors secretary-general director-general delegate delegates
journalist journalists author historian commentator broadcaster co-leader co-founder founder owner
artist writer editor columnist photographer designer authors co-authors writers editors
actor actress singer rapper comedian filmmaker producer novelist musician billionaire businessman
businesswoman entrepreneur investor hacker whistleblower blogger pundit lobbyist pastor preacher
demonstrators protesters protestors campaigners opponents allies observers donors investors
legislators scholars historians pollsters workers farmers teachers parents students doctors nurses
employees veterans families family analysis memo chart slide complaint indictment ruling audit surveys studies
mp mps mla mlas mpp mpps
worker farmer teacher parent student doctor nurse employee veteran donor observer opponent campaigner protester
friend neighbor neighbour relative cousin colleague classmate bystander passenger driver victim survivor customer
shopper patient tenant councillor councilor councilman councilwoman councilmember alderman alderwoman
challenger incumbent rival jury inquiry`)

// groupHeads name speakers that are organisations or groups of people.
var groupHeads = set(`delegation government administration campaign ministry department police
agency team staff family report study poll survey statement documents letter filing kremlin office
embassy analysis memo chart slide complaint indictment ruling audit surveys studies jury inquiry`)

// nominalAt reads a determiner and up to three modifiers ending in a noun
// that can speak: "the Kremlin chief", "a senior administration official".
// Bare plurals ("sources said", "officials say") count without a determiner.
func nominalAt(p *para, i int) *mention {
	// A name's possessive before a body's noun is its determiner:
	// "Germany's finance ministry", "Clinton's presidential campaign",
	// whose owner the resolver names with it. People owned ("Norman's
	// lawyers") are read as ever, the noun alone.
	if i > 0 && !p.toks[i].isCap() && p.toks[i-1].isCap() && isPossessive(p.toks[i-1].text) {
		if m := nominalFrom(p, i, true); m != nil {
			return m
		}
	}
	return nominalFrom(p, i, false)
}

// nominalFrom is nominalAt, after an owner's possessive when owned is set.
func nominalFrom(p *para, i int, owned bool) *mention {
	toks := p.toks
	det := toks[i].is(fDeterminer)
	if !det && !owned && !toks[i].is(fNominalHead) {
		return nil
	}
	j, head, descriptor := i, -1, -1
	if det {
		j++
	}
	det = det || owned
	for n := 0; j < len(toks) && n < 5; j, n = j+1, n+1 {
		t := toks[j]
		lw := t.lower()
		if !t.isWord() {
			if slashJoined(toks, j) {
				n-- // "A new CNN/ORC poll": one name of two newsrooms
				continue
			}
			break
		}
		if head >= 0 && head == j-1 && t.is(fDocument) && (lw == "report" || lw == "reports") && plural(toks[head].low) && j+1 < len(toks) && toks[j+1].isWord() && !toks[j+1].isCap() && !toks[j+1].is(fCue) {
			break // "The shelter residents report they want ...", "both groups report experiencing": the people's verb, no document of theirs
		}
		if det && head < 0 && j == i+2 && toks[j-1].isCap() && !t.isCap() && !strings.HasSuffix(lw, "s") && j+1 < len(toks) && (endsPhrase(toks, j+1) || verbish(toks[j+1].low)) &&
			names.Demonym(toks[j-1].low) && personCompound(lw) {
			head = j // "The Argentine star": a person the article named, by a people's word
			continue
		}
		if det && head < 0 && j == i+1 && toks[i].low == "the" && t.isCap() && demonymPerson(lw) &&
			(j+1 == len(toks) || !toks[j+1].isWord() || toks[j+1].is(fCue|fAux|fBe|fAdverb) || verbish(toks[j+1].low)) {
			head = j // "The Italian, who returned from a suspension, said": one of a people, someone the article named; not "The American economy"
			break
		}
		if t.is(fNominalHead) || det && descriptorGender(lw) != 0 && endsPhrase(toks, j+1) || head >= 0 && t.is(fTitle) && !t.isCap() && names.PersonNoun(lw) && endsPhrase(toks, j+1) {
			head = j // and read on: "administration official", "the retired airline captain"
			continue
		}
		if head >= 0 && toks[head].isCap() && !t.isCap() && !t.is(fCue|fPreposition|fDeterminer|fBe|fPronoun) && names.PersonNoun(lw) && names.Verb(lw) == 0 && endsPhrase(toks, j+1) {
			head = j // "Her Republican colleague": the party word a modifier of the noun for the person
			continue
		}
		if k := j + 1; head == j-1 && toks[head].isCap() && t.isWord() && !t.isCap() && !t.is(fCue|fPreposition|fDeterminer|fBe|fPronoun|fAux) && k < len(toks) && toks[k].isWord() && !toks[k].isCap() &&
			names.PersonNoun(toks[k].low) && names.Verb(toks[k].low) == 0 && endsPhrase(toks, k+1) {
			head, j = k, k // "the Republican presidential candidate": a modifier, then the noun for the person
			continue
		}
		if det && j+2 < len(toks) && parentOf(toks, j+3) && descriptorGender(lw+"-of-two") != 0 && endsPhrase(toks, j+3) {
			// "The mother of three said": the mother-of-three, a person
			// named before, of the gender the noun tells
			descriptor, head, j = j, j+2, j+2
			continue
		}
		if det && descriptorGender(lw) != 0 {
			if k := describedEnd(toks, j+1); k > 0 {
				// "The 26-year-old right wing said": a person, whatever
				// noun follows, resolved by the descriptor
				descriptor, head, j = j, k, k
				continue
			}
		}
		if t.is(fCue) && head < 0 && det && j == i+1 && !t.isCap() && headAhead(toks, j+1, singularDeterminers[toks[i].low]) {
			continue // "the state health department": a cue's word as the noun's modifier
		}
		if head == j-1 && toks[head].low == "official" && t.isCap() && headAhead(toks, j+1, false) {
			head = -1 // "the official Xinhua news agency": an adjective before the name and its noun
			continue
		}
		if head >= 0 || t.is(fCue|fPreposition|fDeterminer) || lw == "and" ||
			lw == "or" || lw == "who" || lw == "that" || auxiliaries[lw] {
			break
		}
	}
	if head >= 0 && toks[head].isCap() && head+1 < len(toks) && (toks[head+1].isCap() && !toks[head+1].is(fNominalHead) && !headlineVerbs[toks[head+1].lower()] ||
		(toks[head+1].text == "'" || toks[head+1].text == "’") && head+2 < len(toks) && toks[head+2].isCap() || // "the National Farmers' Union
		head+2 < len(toks) && (toks[head+1].low == "of" || toks[head+1].low == "for") &&
			(toks[head+2].isCap() || !p.sentenceStart(head) && toks[head+2].low == "the" && head+3 < len(toks) && toks[head+3].isCap())) {
		// "the Secretary of State", "the Office for National Statistics",
		// "the Office of the Inspector General" (not "Members of the
		// Non-Partisan Association"), "The Republican National Committee":
		// a name reads it whole
		return nil
	}
	if det && head >= i+2 && !toks[head-1].isCap() && !names.PersonNoun(toks[head-1].low) && plural(toks[head].low) && gapAfter(toks, head+1) {
		return nil // "a change supporters say will ease the shortage": the supporters, who say it of the change; "the union members say they will" keeps its noun
	}
	if head < 0 || !det && (head != i || !strings.HasSuffix(toks[head].lower(), "s") && !groupHeads[toks[head].lower()] || toks[head].low == "family") || // not "telling family stories"
		owned && !groupHeads[toks[head].low] {
		return nil
	}
	lw := toks[head].lower()
	if descriptor >= 0 {
		lw = toks[descriptor].lower()
		if head == descriptor+2 && toks[descriptor+1].low == "of" {
			lw += "-of-" + toks[head].low // as the descriptor is written with hyphens
		}
	}
	if n := head + 1; n < len(toks) && toks[n].isWord() && !toks[n].isCap() && strings.HasSuffix(toks[n].low, "s") && names.IsWord(toks[n].low) &&
		names.Verb(toks[n].low) == 0 && !toks[n].is(fCue|fAdverb|fPreposition|fDeterminer|fPronoun|fAux|fBe|fTime) {
		return nil // "telling their family stories", "the police reports", "The leading Republican candidates": the noun qualifies a plural after it
	}
	if n := head + 1; n < len(toks) && !toks[n].isCap() && orgHeads[toks[n].low] && !toks[n].is(fNominalHead) {
		return nil // "the Iraqi activist group Mosul Eye": the noun qualifies the body's
	}
	if toks[head].low == "band" && head+1 < len(toks) && toks[head+1].low == "of" {
		return nil // "the ragtag band of delegates": the people it gathers, no musicians
	}
	end := head
	if k := head + 3; det && groupHeads[lw] && k < len(toks) && toks[head+1].low == "of" && (toks[head+2].low == "a" || toks[head+2].low == "an") &&
		!toks[k].isCap() && names.PersonNoun(toks[k].low) && (endsPhrase(toks, k+1) || verbish(toks[k+1].low) || names.Verb(toks[k+1].low)&names.FiniteVerb != 0) {
		end = k // "The family of a teenager": the group, of whom it says; no one named before
	}
	post := end
	if k := head + 2; end == head && k+1 < len(toks) && toks[head+1].low == "of" && toks[k].isWord() && !toks[k].isCap() && toks[k+1].is(fCue) &&
		(toks[k].is(fCue) || strings.HasSuffix(toks[k].low, "ing")) && !toks[k].is(fNotNoun|fPronoun|fAdverb|fPreposition|fDeterminer) {
		post = k // "The former secretary of state said", "the minister of housing said": the post whole, though its last word is a verb's too
	}
	m := p.mention(mention{Span: claims.Span{Start: toks[i].Start, End: toks[end].End}, kind: byNominal,
		head: lw, t0: i, t1: end + 1, p: p, org: groupHeads[lw], person: !groupHeads[lw]})
	m.text = p.text[m.Start-p.Start : toks[post].End-p.Start]
	m.role = m.text
	if det && !owned {
		m.role = p.text[toks[i+1].Start-p.Start : toks[post].End-p.Start]
	}
	return m
}

// headAhead reports a noun that can speak at token j or one or two words
// of lower case later, with no cue or link between: "department" of
// "health department"; a singular one when one is set, after "a".
func headAhead(toks []token, j int, one bool) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if t.is(fNominalHead) {
			return !one || !plural(t.low) // not "a claim outside experts say": "a" is no plural's
		}
		if !t.isWord() || t.isCap() || t.is(fCue|fPreposition|fDeterminer|fAux|fBe) {
			return false
		}
	}
	return false
}

// descriptorGender reports a noun that British and Irish news use for a person
// named just before, and the gender it tells: "the 41-year-old" ('n'),
// "the mother-of-two" ('f'); 0 for any other word.
func descriptorGender(w string) byte {
	if n := strings.TrimSuffix(w, "-year-old"); n != w && n != "" && strings.Trim(n, "0123456789") == "" {
		return 'n'
	}
	if parent, _, ok := strings.Cut(w, "-of-"); ok {
		switch parent {
		case "mother", "mum", "mom", "grandmother":
			return 'f'
		case "father", "dad", "grandfather":
			return 'm'
		}
	}
	return 0
}

// describedEnd is the last of up to three lower-case words after a
// descriptor ("26-year-old right wing") that a verb of saying follows, or
// 0: the words say what the person is, and the cue that they speak.
func describedEnd(toks []token, j int) int {
	for k := j; k < len(toks)-1 && k < j+3; k++ {
		if t := toks[k]; k > j && k+2 < len(toks) && parentOf(toks, k+2) {
			k++ // "the 34-year-old mother of three replied"
		} else if !t.isWord() || t.isCap() || t.is(fCue|fPreposition|fDeterminer|fBe|fPronoun) || t.is(fAux) || t.low == "who" || t.low == "and" {
			return 0
		}
		if n := toks[k+1]; n.is(fCue) && n.is(fSpeech) {
			return k
		}
	}
	return 0
}

// endsPhrase reports whether the noun phrase ends before token i: at its
// end, a mark, a verb or an adverb ("the 41-year-old added", not "the
// 43-year-old former congressman").
func endsPhrase(toks []token, i int) bool {
	return i >= len(toks) || !toks[i].isWord() || toks[i].is(fCue|fAdverb|fBe) || toks[i].is(fAux) || toks[i].low == "who"
}

// modifierWord reports a word in lower case that can only qualify the noun
// after it, never be one a verb agrees with: a hyphenated compound
// ("full-year", "long-term"; not "43-year-old" or "front-runner", which
// name people) or an adjective by its ending ("annual", "economic",
// "latest"). After a determiner and such a word, a cue of base form is a
// noun ("its annual report"): a singular subject would have "reports".
func modifierWord(w string) bool {
	if w == "" || strings.HasSuffix(w, "s") || w != strings.ToLower(w) {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		switch w[i+1:] {
		case "old", "up", "law", "elect", "runner", "checker", "maker", "founder", "in":
			return false
		}
		return true
	}
	for _, end := range []string{"al", "ic", "ous", "ful", "less", "est", "ern"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// gapAfter reports a verb of saying at token k whose clause lacks its
// subject, an auxiliary right after it ("say will ease", "says could
// help"): the subject is what a phrase before the speaker names.
func gapAfter(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].is(fCue) && toks[k+1].is(fAux)
}
