package names

import "strings"

// Parts are a person's name taken apart: "Joseph R. Biden Jr." is given
// "joseph", middle ["r"], surname "biden", suffix "jr". Parts are folded
// as the lists hold names.
type Parts struct {
	Given   string
	Middle  []string
	Surname string
	Suffix  string
}

// suffixes follow a surname without being part of it: a generation's, a
// degree's, and the post-nominal letters of a seat or an honour.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "v": true,
	"phd": true, "md": true, "esq": true}

// postNominals are the letters after a name for a seat or an honour:
// "Jane Smith MP", "Nadia Qureshi KC".
var postNominals = map[string]bool{"mp": true, "mpp": true, "mla": true, "msp": true, "mep": true, "mha": true,
	"td": true, "kc": true, "qc": true, "obe": true, "cbe": true, "mbe": true, "kbe": true, "dbe": true}

// PostNominal reports the letters of a seat or an honour after a name, in
// lower case: no part of the name, so extraction names the person without
// them and Split reads them as a suffix.
func PostNominal(lower string) bool { return postNominals[lower] }

// honorifics say how to address someone, and are no part of the name.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"sir": true, "dame": true, "prof": true, "rev": true}

// particles join a surname's words: "van der Leyen", "de la Cruz", "Al Hashish".
var particles = map[string]bool{"de": true, "da": true, "di": true, "del": true, "della": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "dos": true, "das": true,
	"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "st": true, "mac": true, "ter": true, "ten": true}

// Split takes a person's name apart. A name of one word is a surname.
func Split(name string) Parts {
	w := strings.Fields(fold(name))
	for len(w) > 1 && honorifics[w[0]] {
		w = w[1:]
	}
	var p Parts
	for len(w) > 1 && (suffixes[w[len(w)-1]] || postNominals[w[len(w)-1]]) {
		p.Suffix = w[len(w)-1]
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return p
	}
	// The surname takes the particles before it: "Ursula von der Leyen".
	s := len(w) - 1
	for s > 1 && particles[w[s-1]] {
		s--
	}
	p.Surname = strings.Join(w[s:], " ")
	if s > 0 {
		p.Given = w[0]
		p.Middle = w[1:s]
	}
	return p
}

// Initials are the letters a person's name is shortened to: given name,
// middle names and each word of the surname but its particles ("rfk" of
// "Robert F. Kennedy Jr.", "aoc" of "Alexandria Ocasio-Cortez"), in lower
// case; "" for a name without a given name.
func (p Parts) Initials() string {
	if p.Given == "" {
		return ""
	}
	var b strings.Builder
	for _, w := range append(append([]string{p.Given}, p.Middle...), strings.FieldsFunc(p.Surname, func(r rune) bool { return r == ' ' || r == '-' })...) {
		if !particles[w] {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// SamePerson reports whether two full names can name one person: the same
// surname and suffix, given names that agree (equal, an initial, or a
// short form: "Len Burman" and "Leonard E. Burman"), and middle names that
// agree where both give one. A bare surname is no full name: whether
// "Clinton" is Bill or Hillary only the article can tell, so it is false.
func SamePerson(a, b string) bool {
	pa, pb := Split(a), Split(b)
	if pa.Surname == "" || pa.Surname != pb.Surname || pa.Given == "" || pb.Given == "" {
		return false
	}
	return SameGiven(pa.Given, pb.Given) && partsAgree(pa, pb)
}

// MiddlesAgree reports two names whose middle names agree where both give
// one, and whose suffixes do where both give one: not "George W. Bush" and
// "George H.W. Bush", nor "Martin Luther King Jr." and "Sr."; "Donald Jr."
// and "Donald Trump Jr." do. It says nothing of given names or surnames.
func MiddlesAgree(a, b string) bool { return partsAgree(Split(a), Split(b)) }

// partsAgree is MiddlesAgree of names already taken apart.
func partsAgree(pa, pb Parts) bool {
	if pa.Suffix != pb.Suffix && pa.Suffix != "" && pb.Suffix != "" {
		return false // Jr. and Sr. are two people
	}
	for i := 0; i < len(pa.Middle) && i < len(pb.Middle); i++ {
		if !SameGiven(pa.Middle[i], pb.Middle[i]) {
			return false
		}
	}
	return true
}
