package extract

import (
	"slices"
	"sort"
	"strings"

	"claimtrack/internal/claims/names"
)

// Callings: the nouns for what a person does that may stand before their
// name ("Boston goaltender Jeremy Swayman", "Consumer advocate John
// Lawford") though no list of roles holds them.

// callingBefore reports a noun for one person that no list of roles holds
// but that may name what someone is before their name, no verb, relative
// or past: "goaltender" of "Boston goaltender Jeremy Swayman", "manager"
// of "Search manager B.J. Chute". Its callers ask what stands around it.
func callingBefore(w string) bool {
	return oneCalling(w) && personCompound(w) && names.Verb(w) == 0
}

// oneCalling reports a word that may be the noun for what one person does
// as far as its form tells: no plural, past, kin or gendered noun.
func oneCalling(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !kin[w] && names.Gender(w) == 0
}

// callingBeforeGiven reports, at token i, a noun for one person that is a
// verb's base form too, before a given name: "Consumer advocate John
// Lawford", after a word of the dictionary that opens the sentence (its
// caller asks), as no verb in its base form follows a singular noun
// without its article. Not after a name: "Jannik Sinner beat Carlos".
func callingBeforeGiven(toks []token, i int) bool {
	w := toks[i].low
	return oneCalling(w) && names.PersonNoun(w) && names.Verb(w)&names.FiniteVerb == 0 && (given(toks, i+1) == 'm' || given(toks, i+1) == 'f')
}

// personCompound reports a noun for a person, or a word of the dictionary
// and such a noun written as one, which WordNet lacks as often as sport
// coins them: "midfielder", "backstopper".
func personCompound(w string) bool {
	if names.PersonNoun(w) {
		return true
	}
	if !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or") && !strings.HasSuffix(w, "ist") && !strings.HasSuffix(w, "man") {
		return false // the nouns for what a person does that sport and trades coin end so
	}
	for k := 3; k+5 <= len(w); k++ {
		if names.PersonNoun(w[k:]) && names.IsWord(w[:k]) {
			return true
		}
	}
	return false
}

// personShaped reports a name [i, j) shaped as a person's, for a noun no
// list of roles holds before it: no body's word in it, and a surname no
// dictionary holds or initials or a given name first ("pollster Whit
// Ayres", "manager B.J. Chute"; not "promoter Live Nation", "senior
// Special Operations forces").
func personShaped(toks []token, i, j int) bool {
	if slices.ContainsFunc(toks[i:j], func(t token) bool { return t.is(fOrg) }) {
		return false
	}
	first := strings.TrimSuffix(toks[i].text, ".")
	return !names.IsWord(toks[j-1].low) || given(toks, i) != 0 || len(first) <= 3 && strings.Contains(toks[i].text, ".")
}

// inRole reports a token inside the role a name's mention holds before the
// name: "advocate" of "Consumer advocate John Lawford" is no verb.
func (p *para) inRole(c int) bool {
	k := sort.Search(len(p.ms), func(k int) bool { return p.ms[k].t1 > c })
	return k < len(p.ms) && p.ms[k].t0 < c && p.ms[k].kind == byName && p.ms[k].role != ""
}
