package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// languages are the languages a text can be recognised in, in the order
// ties go, with their commonest words: a couple of hundred words of text
// hold so many of them that the language with the most is the text's own.
var languages = []struct{ code, words string }{
	{"en", `the of and to in is that for it was on with as said he she by at from his her are have has this be not but they were will would`},
	{"fr", `de le la les des est et une dans du que pour qui pas sur au aux avec il elle ce sont été son ses mais ont cette`},
	{"es", `el la los las de que y en del por un una para con es se al lo como más pero fue han dijo sus este esta`},
	{"pt", `o a os as de que e em do da dos das para com um uma não por se é foi mais ao pelo pela disse seu sua`},
	{"de", `der die das und ist nicht ein eine zu den von mit sich auf für dem des im auch sie er wurde hat wird`},
	{"it", `il la di che e è un una per non del della con sono lo gli le si anche nel alla ha detto ma`},
	{"nl", `de het een en van is dat niet op te zijn met voor in die ook er aan werd heeft naar bij`},
}

// functionWords maps each of those words to the languages it belongs to,
// one bit each, so that a word is looked up once.
var functionWords = map[string]uint8{}

func init() {
	for i, l := range languages {
		for _, w := range strings.Fields(l.words) {
			functionWords[w] |= 1 << i
		}
	}
}

// language is an article's language: the one its text is plainly written
// in, or else the one its page or feed declares (normalised to ISO 639-1),
// or empty when neither says. A declaration is a template's and often
// wrong (lang="en" on every page of a Portuguese site); a few dozen words of
// text are not.
func language(declared, text string) string {
	if guessed := guessLanguage(text); guessed != "" {
		return guessed
	}
	return normaliseLanguage(declared)
}

// letter reports a rune of a word: a letter or an apostrophe.
func letter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || r == '\''
	}
	return unicode.IsLetter(r)
}

// normaliseLanguage keeps a language tag's primary subtag in lower case:
// "en-US", "en_GB" and "EN" are all "en".
func normaliseLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 || strings.IndexFunc(tag, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return tag
}

// guessLanguage names the language whose function words make up most of
// the first 200 words of text, when that is clear: at least 30 words, a
// tenth of them function words of the winner, half again as many as of
// any other language. It reads words in place, lower-casing each into a
// small buffer: it runs on every article ingested.
func guessLanguage(text string) string {
	var counts [8]int
	var buf [24]byte
	words := 0
	for i := 0; i < len(text) && words < 200; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !letter(r) {
			i += size
			continue
		}
		w := buf[:0]
		for i < len(text) {
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !letter(r) {
				break
			}
			switch {
			case len(w)+utf8.UTFMax > len(buf):
			case r < utf8.RuneSelf:
				w = append(w, byte(r)|0x20) // ASCII letters and the apostrophe: lower case
			default:
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			i += size
		}
		words++
		for bits, l := functionWords[string(w)], 0; bits != 0; bits, l = bits>>1, l+1 {
			counts[l] += int(bits & 1)
		}
	}
	if words < 30 {
		return ""
	}
	best, second := 0, 0
	for i := 1; i < len(languages); i++ {
		switch {
		case counts[i] > counts[best]:
			best, second = i, counts[best]
		case counts[i] > second:
			second = counts[i]
		}
	}
	if counts[best]*10 < words || counts[best]*2 < second*3 {
		return ""
	}
	return languages[best].code
}
