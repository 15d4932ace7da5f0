package reader

import (
	"strings"
	"unicode"
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
// any other language.
func guessLanguage(text string) string {
	text = text[:min(len(text), 1600)]
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(words) < 30 {
		return ""
	}
	words = words[:min(len(words), 200)]
	var counts [8]int
	for _, w := range words {
		for bits, i := functionWords[w], 0; bits != 0; bits, i = bits>>1, i+1 {
			counts[i] += int(bits & 1)
		}
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
	if counts[best]*10 < len(words) || counts[best]*2 < second*3 {
		return ""
	}
	return languages[best].code
}
