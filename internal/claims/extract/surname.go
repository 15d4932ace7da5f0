package extract

import (
	"strings"

	"claimtrack/internal/claims/names"
)

// surnames gathers, once, before the article's mentions are read
// (para.surnames), the words that the article uses as names: the last
// words of names that open with a given name ("Mark Rice", "Donald
// Trump"), and the words of the dictionary it capitalises inside a
// sentence where a name stands, as an owner or before a verb of saying
// ("without Ban's persistence", "Ban recalled"), so that "Ban Ki-moon"
// opening a paragraph keeps "Ban". It also holds, as "word next", a word of the
// dictionary that opens a name inside a sentence ("at Whole Foods"), so
// that the name opening a sentence keeps it ("Whole Foods said").
func (d *doc) surnames() map[string]bool {
	for _, p := range d.paras {
		if p.skip {
			continue
		}
		toks := p.toks
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].isCap() && toks[i+1].isCap() && (given(toks, i) != 0 || personWho(toks, i+2)) && (i+2 >= len(toks) || !toks[i+2].isCap()) {
				w, _ := cutPossessive(toks[i+1].low)
				d.surnameSet[w] = true // "Mark Rice", "Ruth Cardinal", "Donald Trump's"
			}
			if i == 0 || !toks[i].isCap() || p.headlineCase() || toks[i].is(fOrg|fTitle|fStopCap|fPronoun|fDeterminer|fTime) {
				continue
			}
			if !toks[i-1].isCap() && toks[i+1].isCap() && toks[i+1].isWord() && !p.sentenceStart(i) && isCommonWord(toks[i].low) {
				// "at Whole Foods", "the White House": the word opens a name
				// here, so it does where a sentence opens with the name
				d.surnameSet[toks[i].low+" "+toks[i+1].low] = true
			}
			// The word alone, as a bare name, or after an honorific ("Mr.
			// Ban's"): not "Kantar Media said", "the Swiss People's Party"
			alone := (!toks[i-1].isCap() || honorifics[toks[i-1].low]) && !toks[i+1].isCap()
			w, poss := cutPossessive(toks[i].low)
			// "Ban said", "said Shell had a duty": the subject of a verb of
			// speech or of an auxiliary; not "Highway warning"
			said := toks[i+1].is(fSpeech|fAux) && !strings.HasSuffix(toks[i+1].low, "ing")
			if alone && (poss || said) && isCommonWord(w) && !strings.HasSuffix(w, "ing") && !adjectival(w) && !p.sentenceStart(i) {
				d.surnameSet[w] = true
			}
		}
	}
	return d.surnameSet
}

// surnameFirst reports a word before a given name that may be the surname
// that opens a name written family name first ("Nguyen Thi Lan",
// "Mahamat Saleh Oumar"): a bare word no list holds, not a verb, a title,
// an abbreviation, a place or a compound ("Conflates Ted Cruz", "Coun.
// Jessica Tran", "Korean-born Monte Haines").
func surnameFirst(t token) bool {
	w := t.low
	return !strings.ContainsAny(w, ".-'’") && names.Verb(w) == 0 && !names.IsWord(w) && !isCommonWord(w) && !t.is(fOrg|fTitle) &&
		!names.IsPlace(w) && !adjectival(w)
}

// shareSurname gives a given name alone the surname of the name it is
// joined to: in "Bill and Hillary Clinton", "Harold and Maureen Pike", the
// first is Bill Clinton, not a speaker named "Bill" whom any other Bill
// would join.
func shareSurname(p *para) {
	toks := p.toks
	for k := 0; k+1 < len(p.ms); k++ {
		a, b := p.ms[k], p.ms[k+1]
		if a.kind != byName || b.kind != byName || a.t1-a.t0 != 1 || b.t0 != a.t1+1 || a.poss || a.org || b.org ||
			toks[a.t1].low != "and" || given(toks, a.t0) == 0 || given(toks, b.t0) == 0 || b.t1-b.t0 < 2 || toks[b.t0].is(fTitle) { // not "Clinton and Sen. Bernie Sanders"
			continue
		}
		if _, surname, ok := strings.Cut(b.name, " "); ok && !strings.Contains(a.name, " ") {
			a.name, a.person = a.name+" "+surname, true
			if g := given(toks, a.t0); g == 'm' || g == 'f' {
				a.gender, a.disputed = g, names.Disputed(toks[a.t0].low) // as the name in full would have it: "David and Charles Koch" are two men
			}
		}
	}
}

// personWho reports ", who" at token i: what follows a person's name ("Al
// From, who helped found the DLC"), whether or not a list holds the given
// name.
func personWho(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].text == "," && toks[i+1].low == "who"
}
