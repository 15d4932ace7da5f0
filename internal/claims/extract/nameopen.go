package extract

import (
	"slices"
	"strings"

	"claimtrack/internal/claims/names"
)

// Where a person's name opens in a run of capitalised words, past the
// post or the body's words before it ("Bank of Canada Governor Tiff
// Macklem", "Saudi Crown Prince Mohammed bin Salman").

// regalTitles stay in the names they open: "Pope Leo XIV", "Queen
// Elizabeth", "Sheikh Hasina".
var regalTitles = set(`pope king queen prince princess sheikh sheikha emir sultan saint st. empress emperor
crown grand archduke duke duchess`)

// regalAt reports a regal title opening the name toks[i:j]: "King
// Charles", "Grand Duke Henri"; "crown" and "grand" only before another
// title, for "Grand Slam", "Grand Prix" and "Crown Estate" name no one.
func regalAt(toks []token, i, j int) bool {
	w := toks[i].low
	if w == "crown" || w == "grand" {
		return i+1 < j && regalTitles[toks[i+1].low]
	}
	return regalTitles[w]
}

// nameOpens finds where a person's name opens in the capitalised words
// [from, to): at the last given name of a known gender that a noun for a
// person or a title comes just before (personNounAt), else at a given
// name of a known gender after capitalised words that are neither given
// names, initials, particles nor titles, or at from.
func nameOpens(toks []token, from, to int) int {
	for n := to - 2; n > from; n-- {
		if given(toks, n) != 0 && personNounAt(toks, n-1) {
			return n // "... Public Advocate Trish James", "Parliamentary Budget Officer Yves Giroux": the post's holder
		}
	}
	if n := to - 2; n-1 > from && toks[n-1].is(fTitle) && heldBy(toks, n, to) {
		return n // "Bank of Canada Governor Tiff Macklem": a given name no list holds, after a body's post
	}
	placeEnd := -1
	for n := from; n < to-1; n++ {
		t := toks[n]
		if regalTitles[t.low] && (n > from || n+1 < to-1 && regalTitles[toks[n+1].low]) {
			// "Saudi Crown Prince Mohammed bin Salman": a post, then the
			// name, as "Public Advocate Trish James" is
			for k := n + 1; k < to-1; k++ {
				if g := given(toks, k); g == 'm' || g == 'f' {
					return k
				}
			}
			if n > from && !regalTitles[toks[n+1].low] && toks[n+1].isWord() {
				return n + 1 // "Saudi Prince Alwaleed Bin Talal": a given name no list holds, after the post
			}
		}
		if t.is(fTitle) || particles[t.low] || len(strings.TrimSuffix(t.text, ".")) == 1 || regalTitles[t.low] {
			return from // "Pope Leo XIV", "King Charles": how they are named
		}
		if !t.isCap() {
			return from // "University of the Fraser Valley": a name a small word joins is a body's, whatever given name it holds
		}
		if g := given(toks, n); g != 0 {
			if n > from && names.IsPlace(toks[n-1].low+" "+toks[n].low) {
				placeEnd = n + 1
				continue // "North Dakota RNC Committeeman Curly Haugland": a place's word, not a given name
			}
			if n > from && (g == 'm' || g == 'f') && (n > from+1 || !surnameFirst(toks[from])) {
				return n // "Getty Images Kevin Vickers"; not "Nguyen Thi Lan", whose surname opens it
			}
			if n == from+1 && names.Ordinary(toks[from].low) || n == placeEnd {
				return n // "Defenceman Morgan Rielly", "North Dakota Jordan Smith": a name either sex is given, after a word of the dictionary or a place
			}
			return from
		}
	}
	return from
}

// heldBy reports that the two words [n, to) could be the name of a post's
// holder: capitalised words, neither a body's word, a title nor a place.
func heldBy(toks []token, n, to int) bool {
	return !slices.ContainsFunc(toks[n:to], func(t token) bool {
		return !t.isCap() || !t.isWord() || t.is(fOrg) || t.is(fTitle) || names.IsPlace(t.low)
	})
}

// personOpens reports capitalised words [a, j) that hold a given name of
// a known gender and a word after it, and no body's word: a person's name
// so far, perhaps after a heading's other words ("Sent Donald Trump").
func personOpens(toks []token, a, j int) bool {
	if slices.ContainsFunc(toks[a:j], func(t token) bool { return t.is(fOrg) }) {
		return false
	}
	for n := a; n+1 < j; n++ {
		if g := given(toks, n); g == 'm' || g == 'f' {
			return true
		}
	}
	return false
}

// personNounAt reports a capitalised noun for a person or a title at
// token i, no regal title ("Pope Leo" is how he is named): "Advocate",
// "Director", "Committeeman".
func personNounAt(toks []token, i int) bool {
	t := toks[i]
	return !regalTitles[t.low] && (t.is(fTitle) || names.PersonNoun(t.low) && names.Gender(t.low) == 0)
}

// givenOpens reports a word of the dictionary that is a given name too,
// opening a sentence before a capitalised word no dictionary or gazetteer
// holds, as a surname is: "Summer McIntosh won", "Hope Hicks said"; not
// "Summer Olympics", "Rose Garden". A surname that is a word too is a
// surname when a verb of saying or "who" set off follows the two: "Sue
// Caribou, who runs a search group, said", "Guy Cecil, the group's chief
// strategist, said".
func givenOpens(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].isCap() || !toks[i+1].isWord() || toks[i+1].is(fOrg|fTitle) || givenGender(toks[i].low) == 0 {
		return false
	}
	if n := toks[i+1].low; !names.IsWord(n) && !names.IsPlace(n) && !names.IsGiven(n) {
		return true
	}
	k := i + 2
	return k < len(toks) && (toks[k].is(fSpeech) || toks[k].text == "," && k+1 < len(toks) && (toks[k+1].low == "who" || describesPerson(toks, k+1)))
}

// describesPerson reports an apposition at token k that a determiner or
// a possessive opens and a noun for a person ends before the next comma:
// "Guy Cecil, the group's chief strategist,".
func describesPerson(toks []token, k int) bool {
	if !toks[k].is(fDeterminer) && possessivePronouns[toks[k].low] == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].isWord(); j++ {
		if !toks[j].isCap() && names.PersonNoun(toks[j].low) && j+1 < len(toks) && toks[j+1].text == "," {
			return true
		}
	}
	return false
}
