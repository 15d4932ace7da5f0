package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SpeakerKind says what sort of speaker a name is. Extraction decides it
// from evidence (given names, titles, organisations' words, acronyms); ""
// is a name with no evidence either way ("TransLink").
type SpeakerKind string

// The kinds of speaker. A place that speaks ("Japan said") speaks as its
// government, an organisation; a document ("a CBS poll") for its issuer.
const (
	Person       SpeakerKind = "person"
	Organisation SpeakerKind = "organisation"
	Group        SpeakerKind = "group" // people by party, nation or role: "Democrats", "officials"
)

// Speaker is a person or organisation that claims are attributed to, one per
// real-world speaker across the whole database.
type Speaker struct {
	ID      int64
	Name    string // canonical, as first seen
	Slug    string // never changes once given: merged speakers leave redirects
	Kind    SpeakerKind
	Aliases []string
}

// SpeakerKey folds a name to the key under which spelling variants meet:
// case and diacritics are dropped, titles stay with the caller, and the
// transliteration endings -iy, -yy and -y of Slavic surnames are one, so that
// Zelenskyy, Zelensky and Zelenskiy are one speaker.
func SpeakerKey(name string) string {
	if k, ok := asciiKey(name); ok {
		return k
	}
	var words []string
	folded := foldASCII(name)
	if strings.ContainsAny(folded, "'’") {
		folded = apostrophes.Replace(folded) // O'Neill is oneill
	}
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		for _, end := range []string{"iy", "yy", "yi"} {
			if len(w) > 4 && strings.HasSuffix(w, end) {
				w = w[:len(w)-2] + "y"
				break
			}
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

var apostrophes = strings.NewReplacer("'", "", "’", "")

// asciiKey is SpeakerKey for a name in ASCII, in one pass and one
// allocation (ingest asks it of every name in every article); ok is false
// for any other name.
func asciiKey(name string) (key string, ok bool) {
	b := make([]byte, 0, len(name))
	word := 0       // where the current word starts in b
	end := func() { // a word ends: -iy, -yy and -yi are -y
		if n := len(b) - word; n > 4 {
			if t := string(b[len(b)-2:]); t == "iy" || t == "yy" || t == "yi" {
				b = append(b[:len(b)-2], 'y')
			}
		}
	}
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf:
			return "", false
		case c == '\'': // O'Neill is oneill
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case len(b) > word: // a separator after a word
			end()
			b = append(b, ' ')
			word = len(b)
		}
	}
	if len(b) > word {
		end()
	} else if len(b) > 0 {
		b = b[:len(b)-1] // the space after the last word
	}
	return string(b), true
}

// Slug turns a name into the path segment of its pages: "Pope Leo XIV" is
// pope-leo-xiv.
func Slug(name string) string {
	return strings.Join(strings.FieldsFunc(foldASCII(name), func(r rune) bool {
		return r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
}

// Surname is the last word of a name's key: what a bare "Trump" matches.
func Surname(name string) string {
	k := SpeakerKey(name)
	return k[strings.LastIndexByte(k, ' ')+1:]
}

// foldASCII lowercases and strips diacritics (é to e), keeping other letters.
func foldASCII(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
