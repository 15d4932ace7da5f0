package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isPrediction reports a claim about the future: will, shall, going to,
// promises, plans, or one introduced by a cue such as "vowed".
func isPrediction(text, cue string) bool {
	if futureCues[cue] {
		return true
	}
	prev := ""
	for i := 0; i < len(text); {
		w, n := nextWord(text[i:])
		if n == 0 {
			break
		}
		i += n
		if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
		if len(w) >= 2 && len(w) <= 7 { // the words below, told apart by their first letter
			switch w[0] | 0x20 {
			case 'w':
				if strings.EqualFold(w, "will") || strings.EqualFold(w, "won't") || strings.EqualFold(w, "won’t") {
					return true
				}
			case 's', 'g':
				if strings.EqualFold(w, "shall") || strings.EqualFold(w, "gonna") {
					return true
				}
			case 't':
				if len(w) == 2 && strings.EqualFold(w, "to") && (strings.EqualFold(prev, "going") || futureWords[lowerASCII(prev)]) {
					return true
				}
			}
		}
		prev = w
	}
	return false
}

// reportedFuture reports a statement in reported speech whose "will" the
// past tense of its cue turned into "would": "Shah said the NDA would win
// more than 160 seats". The first auxiliary of the statement must be that
// "would", and not "would have", a past that did not happen.
func reportedFuture(text, cue string) bool {
	if !strings.Contains(text, "would") || verbForm(cue) != 'd' {
		return false // most statements: one scan of the bytes
	}
	for i := 0; i < len(text); {
		w, n := nextWord(text[i:])
		if n == 0 {
			return false
		}
		i += n
		if strings.EqualFold(w, "would") {
			next, _ := nextWord(text[i:])
			return !strings.EqualFold(next, "have")
		}
		if auxiliaries[w] || w[0] >= 'A' && w[0] <= 'Z' && auxiliaries[lowerASCII(w)] { // lower case first: no allocation
			return false // "the plan had failed", "it was what would happen"
		}
	}
	return false
}

// nextWord returns the first word of s (letters and apostrophes) and how
// many bytes it took to reach its end; 0 when there is none.
func nextWord(s string) (string, int) {
	i := 0
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf {
			if b|0x20 >= 'a' && b|0x20 <= 'z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	start := i
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf {
			if b|0x20 >= 'a' && b|0x20 <= 'z' || b == '\'' {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '’' {
			break
		}
		i += n
	}
	if start == i {
		return "", 0
	}
	return s[start:i], i
}

// futureWords mark a claim as a prediction or a promise.
var futureWords = set(`will won't wont shall 'll ’ll gonna promise promises promised pledge pledges
pledged vow vows vowed going intend intends plan plans expect expects`)

// futureCues make any claim they introduce a prediction or a promise.
var futureCues = set(`predict predicts predicted promise promises promised vow vows vowed
pledge pledges pledged`)
