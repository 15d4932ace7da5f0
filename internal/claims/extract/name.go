package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/names"
)

// Names: a run of capitalised words read as a person's or a body's name,
// with the role words before it split off ("Russian President Vladimir
// Putin"), the small words and marks a name may hold ("Bank of America",
// "Procter & Gamble", "Ursula von der Leyen"), and the runs that are no
// name (a dateline, a heading in capitals).

// allOpens reports "All" opening a body's name: capitalised inside a
// sentence before another capital ("the All India Institute of Medical
// Sciences", "the All Blacks"), or opening one before capitals a body's
// word ends ("All India Radio said"); not "All Canadians".
func allOpens(p *para, j int) bool {
	if p.toks[j].text != "All" || j+1 >= len(p.toks) || !p.toks[j+1].isCap() || p.titleWords() {
		return false
	}
	return !p.sentenceStart(j) || p.toks[capEnd(p.toks, j+1)-1].is(fOrg)
}

// nameAt reads a run of capitalised words at token i as a name, split into
// its role ("Russian President") and the name proper ("Vladimir Putin").
func nameAt(p *para, i int) *mention {
	toks := p.toks
	a := i
	if toks[a].text == "The" && a+1 < len(toks) && toks[a+1].isCap() {
		a++ // "The New York Post", "The Kremlin"
	}
	for a < len(toks) && compoundModifier(toks[a].low) {
		a++ // "the GOP-led Senate", "Democratic-leaning New Jersey": the name follows its modifier
	}
	trade := a+1 < len(toks) && tradeNouns[toks[a].low] && toks[a+1].isCap() && given(toks, a+1) == 0
	if trade {
		a++ // "Carmaker Voltra", "Retailer Brightmart": a business, after the word for its trade
	}
	if a == len(toks) || !toks[a].isCap() {
		return nil
	}
	j := a
	possessive := false
	nick := -1 // the token of a quoted nickname inside the name
	for ; j < len(toks) && !possessive; j++ {
		t := toks[j]
		lw := t.lower()
		switch {
		case j > a && lineBreak(p.text[toks[j-1].End-p.Start:t.Start-p.Start], strings.HasSuffix(toks[j-1].text, ".")):
			goto done // "Cheers, Ms. Yellen  The Federal Reserve": a line's end, or one lost to spaces, ends the name
		case j > a && (t.is(fSubordinator) && strings.HasSuffix(toks[j-1].text, ".") || p.sentenceStart(j)):
			// "entering the U.S. While Clinton has ...", "... to the U.S.
			// He says": the abbreviation ended a sentence, and no name
			// runs on into the next
			goto done
		case j > a && t.isCap() && (headlineVerbs[lw] || weekdays[lw]) || (auxiliaries[lw] || t.is(fBe)) && given(toks, j) == 0:
			// "Christie Calls Clinton ...", "Christie Is Over Marco
			// Rubio's ...": a headline's verb ends the name, as a day does
			// ("The Globe and Mail Thursday"); no name holds "Is" or
			// "Would", unless as a given name ("Will Smith")
			goto done
		case j >= a+2 && p.titleWords() && (t.is(fPreposition|fDeterminer|fPronoun|fCue|fSubordinator) || questionWords[lw] || names.Verb(lw)&names.FiniteVerb != 0) &&
			given(toks, j) == 0 && !t.is(fTitle) && personOpens(toks, a, j):
			// "John Leguizamo On How ...", "America Ferrera Sent Donald
			// Trump A Message": in a title-case heading, a person's name
			// ends before the heading's small words and verbs
			goto done
		case t.isCap() && (j > a || !t.is(fStopCap) && (!strings.HasSuffix(lw, ".") || !stopCaps[lw[:len(lw)-1]]) || t.is(fTitle) || firstNation(toks, j) || surnameSpeaks(p, j) || allOpens(p, j)):
		case j > a && t.q != nil && nickname(p, toks, j):
			nick = j // "Dwayne \"The Rock\" Johnson": a nickname in quotes between a given name and a surname
		case j > a && particles[lw] && j+1 < len(toks) && (toks[j+1].isCap() || // "Charles de Gaulle"
			particles[toks[j+1].lower()] && j+2 < len(toks) && toks[j+2].isCap()): // "Ursula von der Leyen"
		case j > a && joinedParticle(t.text): // "Majed al-Ansari", "Ahmed el-Sayed"
		case j > a && slashJoined(toks, j): // "Bodø/Glimt"
		case j > a && toks[j-1].low == "local" && isNumber(t.text) && !strings.ContainsAny(t.text, ",."):
			// "UFCW Local 832", "Unifor Local 444": a union's local goes by its number
		case lw == "of" && j > a && titles[toks[j-1].lower()] && j+1 < len(toks) && toks[j+1].isCap():
			// "Secretary of State John Kerry": the role goes on
		case (lw == "of" || lw == "for" || lw == "to" && j+1 < len(toks) && toks[j+1].isCap() && names.Verb(toks[j+1].low)&names.BaseVerb != 0 ||
			lw == "on" && deliberative[toks[j-1].low] && j+1 < len(toks) && !toks[j+1].is(fTime) && !monthWords[toks[j+1].low]) && j > a && toks[j-1].is(fOrg) && j+1 < len(toks) &&
			(toks[j+1].isCap() || toks[j+1].low == "the" && j+2 < len(toks) && toks[j+2].isCap()):
			// "Association of Flight Attendants", "Bank of America",
			// "Institute for Fiscal Studies", "National Institute on Drug
			// Abuse", "Committee to Protect Journalists": one name
		case lw == "for" && j-2 > a && toks[a].is(fOrg) && toks[j-2].low == "of" && j+1 < len(toks) && toks[j+1].isCap():
			// "Court of Appeal for Ontario", "Department of Health for
			// Northern Ireland": one body's name, not the place's alone
		case lw == "of" && j-2 >= a && peerTitles[toks[j-2].lower()] && j+1 < len(toks) && toks[j+1].isCap():
			// "Lord Smith of Finsbury": a peer's name holds the place
		case lw == "of" && j == a+1 && (regalTitles[toks[a].low] || peerTitles[toks[a].low]) && j+1 < len(toks) && toks[j+1].isCap() && !toks[j+1].is(fOrg|fTitle) && (j+2 == len(toks) || !toks[j+2].isCap()):
			// "Princess of Wales", "Duke of Sussex": a title of a place is how they are named
		case lw == "for" && j > a && strings.HasSuffix(toks[j-1].low, "s") && !toks[j-1].is(fTitle) && j+1 < len(toks) && toks[j+1].isCap() &&
			commonRun(toks, j+1):
			// "Citizens for Tax Justice", "Americans for Prosperity",
			// "Nova Scotia Parents for Public Education", not
			// "Strategists for Barack Obama"
		case lw == "of" && j == a+1 && !p.sentenceStart(a) && pluralWord(toks[a]) && j+2 < len(toks) && (toks[j+1].isCap() || toks[j+1].low == "the" && toks[j+2].isCap()) &&
			given(toks, j+1) == 0 && !names.IsPlace(toks[j+1].low):
			// "group Friends of the Earth", "Friends of Canadian Media": a
			// plural word capitalised inside a sentence opens a body's
			// name; at a sentence's opening it may be any plural
			// ("Residents of Hamilton")
		case lw == "of" && j > a+1 && pluralWord(toks[j-1]) && names.PersonNoun(strings.TrimSuffix(toks[j-1].low, "s")) && j+1 < len(toks) && names.IsPlace(toks[j+1].low):
			// "Chicken Farmers of Canada", "Dairy Farmers of Ontario": a
			// plural of people capitalised after another word names a
			// body, and the place after "of" is its name's
		case lw == "of" && j > a+1 && j+1 < len(toks) && toks[j+1].isCap() && slices.ContainsFunc(toks[a:j], func(t token) bool { return t.low == "for" }):
			// "Society for the Protection of Birds"
		case (t.text == "'" || t.text == "’") && j > a && strings.HasSuffix(toks[j-1].low, "s") && j+1 < len(toks) && toks[j+1].isCap() &&
			slices.ContainsFunc(toks[j+1:capEnd(toks, j+1)], func(t token) bool { return bodyHeads[t.low] }):
			// "National Farmers' Union", "Registered Nurses' Association of
			// Ontario": a plural's possessive inside the name
		case lw == "the" && j > a+1 && (toks[j-1].low == "of" || toks[j-1].low == "for") && j+1 < len(toks) && toks[j+1].isCap():
			// "Royal Society for the Protection of Birds"
		case j > a && !t.isCap() && frenchOf(toks, a, j) > 0:
			j = frenchOf(toks, a, j) - 1 // "Caisse de dépôt et placement du Québec": one body, not Québec
		case j > a && (lw == "and" || t.text == "&" || t.text == ",") && joinsName(toks, a, j):
			// "Food and Drug Administration", "Procter & Gamble", "Bureau
			// of Alcohol, Tobacco, Firearms and Explosives"
		default:
			goto done
		}
		_, possessive = cutPossessive(t.text)
		if possessive && possessiveInName(toks, i, a, j) {
			possessive = false
		}
	}
done:
	if j > a && compoundModifier(toks[j-1].low) {
		return nil // "a United Nations-backed panel": the words describe the noun after them, no one named
	}
	if j == a+1 && a > 0 && toks[a-1].is(fDeterminer) && !allCaps(toks[a].text) && modelNumber(toks, j) {
		return nil // "The Boeing 747 was operated by ...": a product by its maker's name and model, no mention of the maker
	}
	if j == a+1 && a > 0 && streetWords[toks[a].low] && isNumber(toks[a-1].text) {
		return nil // "on 152nd Street": a street by its number, no one
	}
	if j-a >= 4 && given(toks, a) != 0 && toks[j-1].isWord() && toks[j-2].isWord() && names.IsPlace(toks[j-2].low+" "+toks[j-1].low) && !toks[a+1].is(fOrg) {
		j -= 2 // "the Ted Cruz South Carolina victory party": a person's name, then where the party is
		possessive = false
	}
	if j-a >= 3 && toks[j-2].is(fOrg) && !toks[j-1].is(fOrg) && p.surnames[toks[j-1].low] && j < len(toks) && toks[j].is(fSpeech) {
		j-- // "the editorial board of the Washington Post Trump said": the paper's name, then the surname of the man who spoke
		possessive = false
	}
	if possessive && (j < len(toks) && saidVerbs[toks[j].low] || i > 0 && toks[i-1].is(fSpeech) && (j == len(toks) || !toks[j].isWord())) {
		possessive = false // "McDonald's said", "said Moody's.": a name that ends in 's, as no noun follows
	}
	if j == a || j-a >= 2 && shouted(toks[a:max(j, capEnd(toks, a))]) { // one word is never shouting; "EDGAR ALLEN POE WAS ONTO ..." is
		return nil
	}
	end := j // the mention's end: past an apostrophe that makes it an owner
	if !possessive && pluralOwner(toks, j) {
		possessive, end = true, j+1 // "the state of Sanders’ younger years": the apostrophe a token of its own
	}
	m := p.mention(mention{Span: claims.Span{Start: toks[i].Start, End: toks[end-1].End}, kind: byName,
		text: p.text[toks[i].Start-p.Start : toks[end-1].End-p.Start], t0: i, t1: end, p: p, poss: possessive})
	// The role runs to the last title word that still leaves a name after
	// it: "Russian President", "Police Commissioner", "Senate Majority
	// Leader", "Secretary of State".
	k := a - 1 // the last token of the role
	for n := a; n < j-1; n++ {
		lw := toks[n].lower()
		if lw == "of" && k == n-1 {
			k = min(n+1, j-1) // "Secretary of State": the word after "of" is the role's
			n++
			continue
		}
		if toks[n].is(fTitle) {
			k = n
		}
	}
	if k == a && j == a+2 && toks[a].low == "general" && given(toks, a+1) == 0 && names.IsWord(toks[a+1].low) {
		k, m.org = a-1, true // "General Motors", "General Assembly", "General Staff": an adjective opens a body's name, and no general is named after a word
	}
	for n := a; n < k; n++ {
		if w := toks[n+1].low; toks[n].is(fOrg) && (w == "of" || w == "for" || w == "on") {
			k = a - 1 // "Senate Committee on Foreign Relations": a body's name, no role in it
			break
		}
	}
	if k >= a && k+1 < j && !slices.ContainsFunc(toks[a:k+1], func(t token) bool { return !titleParts[t.low] }) &&
		!slices.ContainsFunc(toks[k+1:j], func(t token) bool {
			return t.is(fOrg) || isCommonWord(t.low) || titles[strings.TrimSuffix(t.lower(), "s")]
		}) {
		// "The Opposition NDP": words that open a title without its head
		// ("Opposition Leader") are no post, nor part of the name; but
		// part of a body's ("Defence Ministry", "Interior Health"), or
		// of its members' ("Opposition TDs")
		a = k + 1
		m.t0, m.Start = a, toks[a].Start
		m.text = p.text[m.Start-p.Start : m.End-p.Start]
	}
	if w, _ := cutPossessive(toks[a].low); j-a == 1 && (toks[a].is(fTitle) || possessive && titles[w]) && !p.surnames[w] {
		// "The Chancellor, Rachel Reeves,", "the President's insistence":
		// a title alone is a role; not "Cardinal said" of Ruth Cardinal
		k = a
	}
	if k < a && j-a >= 2 && (personHead(toks[a].lower()) || names.PersonNoun(toks[a].low) && !regalTitles[toks[a].low] && (given(toks, a+1) != 0 || compoundGiven(toks[a+1].low) != 0)) && (given(toks, a) == 0 || j-a >= 3 && names.IsWord(toks[a].low) && oppositeGiven(toks, a)) &&
		!slices.ContainsFunc(toks[a+1:j], func(t token) bool { w, _ := cutPossessive(t.lower()); return orgWords[w] }) {
		// "Filmmaker Michael Moore" opening a sentence, "Hacker Guccifer" in
		// a title, "Vermonter Bernie Sanders"; a noun that is a given name
		// too, before a given name of the other sex and a surname ("Marine
		// John Tiegen"), though "Marine Le Pen" and "John Ellis Bush" are
		// names whole
		k = a
	}
	// text returns the words of tokens [from, to), the possessive cut off,
	// with plain spaces: the entity's given name and surname are its words.
	var text func(from, to int) string
	text = func(from, to int) string {
		if from < nick && nick < to {
			return text(from, nick) + " " + text(nick+1, to)
		}
		s := p.text[toks[from].Start-p.Start : toks[to-1].End-p.Start]
		if possessive && to == j {
			s, _ = cutPossessive(s)
		}
		return oneSpace(s)
	}
	if k >= a && k+1 < j && !slices.ContainsFunc(toks[k+1:j], func(t token) bool { w, _ := cutPossessive(t.low); return !orgWords[w] }) &&
		!slices.ContainsFunc(toks[a:k+1], func(t token) bool {
			return strings.HasSuffix(t.low, ".") || titleGender[t.low] != 0 || postModifiers[t.low]
		}) {
		k = a - 1 // "China's Foreign Ministry", "Justice Department": no one holds a post in a body's name; but "Mr. Bloomberg", "Former House speaker"
	}
	if k >= a {
		m.role = text(a, k+1)
	}
	for k+1 < j-1 && !toks[k+1].isWord() {
		k++ // "Minister of Innovation, Science ...": no name opens at a comma
	}
	if k >= a && k+1 < j {
		of := slices.ContainsFunc(toks[a:k+1], func(t token) bool { return t.low == "of" })
		if !slices.ContainsFunc(toks[k+1:j], func(t token) bool {
			w, _ := cutPossessive(t.low)
			return !titles[w] && !(of && isCommonWord(w) && givenGender(w) == 0)
		}) {
			k = j - 1 // "Attorney General", "Prime Minister's", "Director of Public Prosecutions": a role, no name
		}
	}
	if k+1 >= j {
		m.kind = byNominal
		m.head, _ = cutPossessive(toks[a].lower()) // "Secretary of State": a secretary
		m.person = true
		return m
	}
	if last := toks[j-1].lower(); len(last) > 2 && strings.HasSuffix(last, "s") && titles[strings.TrimSuffix(last, "s")] {
		// "Labour MPs", "Opposition TDs": members of a body, a group
		// named whole rather than a person
		m.kind, m.head, m.role, m.org = byNominal, last, text(a, j), true
		return m
	}
	if k >= a && k+2 < j && regalTitles[toks[k+1].low] && toks[k].is(fTitle) {
		k++ // "Saudi Foreign Minister Prince Faisal bin Farhan": a regal title after a post is the post's, as "Crown Prince" is
		m.role = text(a, k+1)
	}
	if n := nameOpens(toks, k+1, j); n > k+1 && !slices.ContainsFunc(toks[n:j], func(t token) bool { return t.is(fOrg) }) {
		if personNounAt(toks, n-1) || regalTitles[toks[n-1].low] {
			// "New York City Public Advocate Trish James", "Centers for
			// Disease Control Director Thomas Frieden": a post, then the
			// person who holds it.
			m.role, k = text(a, n), n-1
		} else {
			// "Getty Images Kevin Vickers", "Canadian Press Kevin Vickers",
			// "House Newt Gingrich": words that are no title and no part of a
			// name before a given name are no part of the mention either.
			m.t0, m.Start, m.role, k = n, toks[n].Start, "", n-1
			m.text = p.text[m.Start-p.Start : m.End-p.Start]
		}
	}
	// "Michael Bloomberg", "Kathleen Hall Jamieson": a given name, then a body's word
	// that is a surname too; not a noun a body is named by ("Chase Bank", "Logan
	// Airport"), nor a longer name ("Brennan Center for Justice")
	// "Candidate Leslie Church": a given name of either sex after a post
	// held by people, though "Logan Airport" is a place
	g := given(toks, k+1)
	held := (j-(k+1) == 2 || j-(k+1) == 3 && toks[k+2].is(fOrg) && !toks[j-1].is(fOrg)) &&
		((g == 'm' || g == 'f') && !facility(toks[j-1].low) || g != 0 && k >= a && m.role != "")
	for n := k + 1; n < j && !held; n++ {
		if toks[n].is(fOrg) || n == j-1 && possessive && ownerOrgWord(toks[n]) ||
			n > k+1 && (toks[n].text == "for" || toks[n].text == "and" || toks[n].text == "&") {
			m.org = true // "Citizens for Tax Justice", "Procter & Gamble": a name joined by a small word is a body's
		}
	}
	if j-(k+1) == 2 && placeServices[toks[j-1].low] && names.IsPlace(toks[k+1].low) {
		m.org = true // "Victoria Police", "Georgia Power": a place's service, though the place is a given name too
	}
	m.name = text(k+1, j)
	if j-(k+1) >= 3 && names.PostNominal(toks[j-1].low) && !possessive {
		// "Jane Smith MP", "Nadia Qureshi KC": letters after a name say
		// what the person is, and are no part of the name
		m.name = text(k+1, j-1)
		if m.role == "" {
			m.role = toks[j-1].text
		}
	}
	// "the Portuguese newspaper Correio de Manha"; a paper's name though it
	// is a given name too ("Spanish newspaper Marca"), as a paper has no
	// holder named after it as a publisher or a broadcaster may
	m.org = m.org || trade || i > 0 && (tradeNouns[toks[i-1].text] || toks[i-1].text == "company" && j-(k+1) == 1) && (given(toks, k+1) == 0 || papers[toks[i-1].text] || j-(k+1) == 1 && tradeModified(toks, i-1)) ||
		i > 0 && orgHeads[toks[i-1].text] && !placeHeads[toks[i-1].text] && tradeModified(toks, i-1) && (j == len(toks) || !toks[j].isWord() || toks[j].is(fCue)) // "the tenant group ACORN", "the activist group Mosul Eye": a body its noun brings in, though its name is a word too
	if !m.org {
		g := given(toks, k+1)
		if g == 0 && j-(k+1) >= 2 {
			g = compoundGiven(toks[k+1].low) // "Yves-François Blanchet"
		}
		if g == 0 && j-(k+1) == 2 && onlySurname(toks[k+1], toks[k+2], p.surnames) {
			// "Dirk Notz", "Dieter Reiter": a word in English, a name before a
			// surname; of either gender as far as the article tells, as the
			// lists count few bearers of such names ("Zephyr Teachout")
			if names.Abroad(toks[k+1].low) != 0 {
				g = 'u'
			}
		}
		if g != 0 && j-(k+1) >= 3 && names.IsPlace(toks[k+1].low+" "+toks[k+2].low) {
			g = 0 // "Des Moines Register": a place's name opens it, not a given name
		}
		if (g == 'm' || g == 'f') && j-(k+1) >= 2 {
			m.gender = g // not "Clinton" alone, a surname as often as a given name
			m.disputed = names.Disputed(strings.TrimSuffix(toks[k+1].low, "."))
		}
		// A person by a given name, a title or role before the name, or a
		// name of words that may all be a person's ("Sutopo Purwo
		// Nugroho"); not "New Brunswick" or "Christmas Day", nor a given
		// name alone that names a place ("in Alberta") or a nation
		// ("German", a given name in Spanish), nor a sea or a strait
		// though its first word is a given name ("the Aral Sea"), nor a
		// place that opens with one ("Sri Lanka").
		m.person = g != 0 && (j-(k+1) > 1 && !waterEnds(toks, j) && !names.IsPlace(m.name) || j-(k+1) == 1 && !names.IsPlace(toks[k+1].low) && !adjectival(toks[k+1].low)) || k >= a || plausiblePerson(toks[k+1:j], p.surnames) && !placeEnds(toks, j) || regalAt(toks, k+1, j) ||
			j-(k+1) >= 2 && len(toks[k+1].text) == 2 && toks[k+1].text[1] == '.' && toks[k+1].isCap() && !names.IsPlace(toks[j-1].low) || // "C. Wright Mills", not "N. Korea"
			middleInitial(toks[k+1:j]) || initialsOpen(toks[k+1:j], p.surnames)
		if m.person && k < a && j-(k+1) == 1 && names.Demonym(toks[k+1].low) {
			m.person, m.gender = false, 0 // "The Argentine star": a people's word, no one's name
		}
		if m.person && k < a && a > 0 && toks[a-1].low == "the" && j-(k+1) == 2 && names.IsPlace(toks[k+1].low) && !modifiesNoun(toks, j) {
			m.person, m.gender = false, 0 // "over the Columbus Crew on Saturday", "The Carolina Hurricanes won": a team by its city, though Columbus is a given name
		}
		if g := titleGender[toks[a].lower()]; g != 0 {
			m.gender, m.person = g, true
		}
	}
	return m
}

// modifiesNoun reports a noun in lower case at token j, which the name
// before it qualifies: "the Donald Trump campaign".
func modifiesNoun(toks []token, j int) bool {
	return j < len(toks) && toks[j].isWord() && !toks[j].isCap() && names.IsWord(toks[j].low) && names.Verb(toks[j].low) == 0 && !toks[j].is(fPreposition|fCue|fAux|fBe|fAdverb) &&
		!regularPast(toks[j].low) // "as the Carolina Hurricanes defeated": a verb, which the lists hold in its base form
}

// pluralWord reports a capitalised plural of a dictionary word, no title:
// "Friends", "Citizens".
func pluralWord(t token) bool {
	return t.isCap() && !t.is(fTitle) && plural(t.low)
}

// tradeModified reports a trade's noun at token i that a word in lower
// case qualifies, the way news brings in a business by its trade before
// its name ("Vancouver software company Clio", "the tech firm Harvey"):
// the one word after it is the business's name, whatever given name it
// is; not "the company John founded".
func tradeModified(toks []token, i int) bool {
	return i > 0 && toks[i-1].isWord() && !toks[i-1].isCap() && !toks[i-1].is(fDeterminer|fPreposition|fPronoun)
}
