package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestSentences checks sentence splitting around abbreviations, initials,
// decimals and quotes.
func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string // the sentences, as their first words
	}{
		{"Sen. Jane Roe spoke in Jan. about the U.S. economy. It grew 2.5 percent. Dr. J. R. Smith agreed.",
			[]string{"Sen.", "It", "Dr."}},
		{"He met Gov. Abbott at 3 p.m. on Friday. They talked.", []string{"He", "They"}},
		{"\"We will win.\" Then he left. Is it true? Yes!", []string{"\"We will win.\"", "Then", "Is", "Yes"}},
		{"\"We will win.\" Trump said at the rally.", []string{"\"We will win.\""}},
		{"\"We will win.\" Trump told him.", []string{"\"We will win.\""}},
		{"Clinton says his \"meltdown is unhinged.\" She says it shows he is unfit. \"It is.\" He said that it was not.",
			[]string{"Clinton", "She", "\"It is.\"", "He"}},
		{"Mitch McConnell, R-Ky., said so. Others agreed.", []string{"Mitch", "Others"}},
		// A short tag's period before its bracket is an abbreviation's (a
		// sentence's in brackets is a full stop: TestAttributionInBrackets).
		{"Sen. Marco Rubio (R-Fla.) said so. Others agreed.", []string{"Sen.", "Others"}},
		{"Trump said Clinton \"caused death.\" Sanders called Trump a \"liar.\" \"No.\" said Mr. Cruz on Monday.",
			[]string{"Trump", "Sanders", "\"No.\""}},
		{"A spokesman said it was \"simply not true.\" Cruz has supported more visas.", []string{"A", "Cruz"}},
		// A quote its own sentence attributes ends there, whatever cue
		// follows: that cue is the next sentence's.
		{"Rights groups called the post \"dangerous.\" The Border Coalition said in a statement that it spread fear.", []string{"Rights", "The"}},
		{"Cycle Toronto called the move \"reckless.\" The advocacy group said in a statement that it spread fear.", []string{"Cycle", "The"}},
		// A live blog's time stamp is no part of its entry's sentence.
		{"10:31 p.m. ET: \"It's going to be a long night,\" Andrew Bevan told reporters.", []string{"\"It's going to be a long night,\""}},
		{"9:45 a.m. - Police said the road was closed.", []string{"Police"}},
		// An abbreviation's period ends a sentence before a sentence
		// quoted, not before words quoted within one.
		{"They were granted an S.R.O. \"I don't know what happened,\" he said.", []string{"They", "\"I don't know what happened,\""}},
		{"His office said the U.S. \"does not have the capacity to vet them\" yet.", []string{"His"}},
		// A decimal's period is no abbreviation's: it ends the sentence.
		{"The average donation was $27.16. Sanders appears to be spending more.", []string{"The", "Sanders"}},
		// Nor is a site's name: "Rentals.ca." ends its sentence.
		{"Rents rose, according to Rentals.ca. That is up 40 per cent.", []string{"Rents", "That"}},
		// An abbreviation's period ends the sentence before a word that
		// opens sentences and no name.
		{"Hale conceded shortly after 11 p.m. In a brief speech, he thanked his staff.", []string{"Hale", "In"}},
		{"Muslims would be barred from the U.S. He says that is wrong. He met Gov. Abbott in St. Louis.", []string{"Muslims", "He", "He"}},
		// A name of one letter, or an initial, ends its sentence before a
		// pronoun; not before a name.
		{"Musk wrote on X. He said the vote was set. She met John F. Kennedy.", []string{"Musk", "He", "She"}},
		// A clock time's period ends the sentence before a capital that
		// says no more of the time.
		{"The TTC said the line reopened by 9:30 a.m. Spokesperson Stuart Green said crews had worked overnight.", []string{"The", "Spokesperson"}},
		{"The vote closes at 8 p.m. ET on Tuesday. Results are due at 9 a.m. Wednesday.", []string{"The", "Results"}},
		// A quote's period ends the sentence inside doubled apostrophes
		// too, and inside a single mark before the double one.
		{"He blamed a focus on ''the business of selling houses.'' But he runs it differently, he said.", []string{"He", "But"}},
		{"She recalled it: \"He said, 'How do we win Loudoun?’\" Polls there are close.", []string{"She", "Polls"}},
		// A cue after the name's description set off by commas attributes
		// the quote before; one with its own words after it does not.
		{"\"How do we win Loudoun?\" Will Estrada, the party chairman for the county, said of the visit.", []string{"\"How do we win Loudoun?\""}},
		{"He called the move \"arbitrary.\" Josh Hendler, a party operative, warned Saturday that it would hurt.", []string{"He", "Josh"}},
	}
	for _, tt := range tests {
		ps := paragraphs(tt.text, foldASCII(tt.text), new([]para))
		p := ps[0]
		scanQuotes(tt.text, p)
		tokenize(tt.text, foldASCII(tt.text), p, nil)
		splitSentences(p)
		var got []string
		for _, s := range p.sents {
			got = append(got, p.toks[s.Start].text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: sentences open with %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWords checks which runs of characters are one word: numbers with
// their thousands, names with apostrophes and hyphens.
func TestWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"More than 2,400 billionaires, said O'Neill.", "More|than|2,400|billionaires|,|said|O'Neill|."},
		{"In 2016, 1,000 Russia-Ukraine talks failed.", "In|2016|,|1,000|Russia-Ukraine|talks|failed|."},
	}
	for _, tt := range tests {
		folded := foldASCII(tt.text)
		p := paragraphs(tt.text, folded, new([]para))[0]
		scanQuotes(tt.text, p)
		tokenize(tt.text, folded, p, nil)
		var got []string
		for _, tok := range p.toks {
			got = append(got, tok.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: tokens %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestBritishSpelling checks that British spellings of listed words read
// as the lists spell them, and that a claim's cue keeps the article's.
func TestBritishSpelling(t *testing.T) {
	for us, gb := range map[string]string{"criticized": "criticised", "emphasizing": "emphasising", "labeled": "labelled", "signaling": "signalling", "said": "said"} {
		if got := britishSpelling(us); got != gb {
			t.Errorf("britishSpelling(%q) = %q, want %q", us, got, gb)
		}
	}
	body := "The shadow chancellor criticised the plan to raise fuel duty."
	cs := Extract(body)
	if len(cs) != 1 || cs[0].Cue != "criticised" || body[cs[0].CueSpan.Start:cs[0].CueSpan.End] != "criticised" {
		t.Errorf("claims %s: want one whose cue is \"criticised\"", dump(cs))
	}
}

// TestFoldASCII folds every byte at every place of a string longer than
// two eight-byte words: capitals become small letters, every other byte
// (a UTF-8 continuation byte included) stays.
func TestFoldASCII(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 19; at++ {
			b := []byte("Ab@[`{Z\xc3\xa9z" + "MIXED case.")[:19]
			b[at] = byte(c)
			want := make([]byte, len(b))
			for i, x := range b {
				if x >= 'A' && x <= 'Z' {
					x += 'a' - 'A'
				}
				want[i] = x
			}
			if got := foldASCII(string(b)); got != string(want) {
				t.Fatalf("foldASCII(%q) = %q, want %q", b, got, want)
			}
		}
	}
}

// TestNegativeNumber checks that a hyphen before a digit is a number's
// sign, not a dash that ends the clause: the statement runs past it.
func TestNegativeNumber(t *testing.T) {
	checkForms(t, []form{{name: "a temperature below zero",
		body: "Jean-Philippe Bégin said temperatures would fall to -15 C by Monday.",
		want: []want{{"temperatures would fall to -15 C by Monday", "Jean-Philippe Bégin", claims.Indirect}}},
		{name: "a loss",
			body: "Jones said losses were -3 per cent.",
			want: []want{{"losses were -3 per cent", "Jones", claims.Indirect}}},
	})
}

// TestLowerIn checks the look-up of a word in lower case: capitals of
// ASCII, an accented capital, and a word longer than the buffer on the
// stack (what it spares is measured by BenchmarkExtract's allocations).
func TestLowerIn(t *testing.T) {
	s := set("ministry école internationalisationsprojekte")
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Ministry", true}, {"MINISTRY", true}, {"ministry", true}, {"Ministries", false},
		{"École", true}, {"INTERNATIONALISATIONSPROJEKTE", true}, {"Internationalisationsprojekt", false},
	} {
		if got := lowerIn(s, tt.w); got != tt.want {
			t.Errorf("lowerIn(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
