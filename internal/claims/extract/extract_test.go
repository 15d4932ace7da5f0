package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// want is a claim a text must yield: its words, speaker and kind.
type want struct {
	text, speaker string
	kind          claims.Kind
}

func TestExtractForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
		none []string // texts that must not be claims, whole or in part
	}{
		{
			name: "quote then said",
			body: "Senator Jane Smith spoke on Monday.\n\n\"We will win this election,\" Smith said.",
			want: []want{{"We will win this election,", "Jane Smith", claims.Direct}},
		},
		{
			name: "said colon quote",
			body: "Mayor John Doe said: \"The budget is balanced.\"",
			want: []want{{"The budget is balanced.", "John Doe", claims.Direct}},
		},
		{
			name: "said name after quote",
			body: "\u201cThe budget is balanced,\u201d said Mayor John Doe.",
			want: []want{{"The budget is balanced,", "John Doe", claims.Direct}},
		},
		{
			name: "split quote",
			body: "Governor Mary Jones spoke.\n\n\"The plan is sound,\" she said, \"and it will pass.\"",
			want: []want{{"The plan is sound,", "Mary Jones", claims.Direct}, {"and it will pass.", "Mary Jones", claims.Direct}},
		},
		{
			name: "quote runs over paragraphs",
			body: "Tom Baker said, \"We are ready for the vote.\n\n\"Nobody can stop this bill now,\" he added.",
			want: []want{{"We are ready for the vote.", "Tom Baker", claims.Direct}, {"Nobody can stop this bill now,", "Tom Baker", claims.Direct}},
		},
		{
			name: "continuation without its own attribution",
			body: "Tom Baker said, \"We are ready for the vote.\n\n\"Nobody can stop this bill now.\"",
			want: []want{{"Nobody can stop this bill now.", "Tom Baker", claims.Direct}},
		},
		{
			name: "fragment",
			body: "Tom Baker praised the deal as \"a historic win\" for workers.",
			want: []want{{"a historic win", "Tom Baker", claims.Fragment}},
		},
		{
			name: "verb phrase before quote",
			body: "Tom Baker took to Twitter and said, \"This is a great day for the city.\"",
			want: []want{{"This is a great day for the city.", "Tom Baker", claims.Direct}},
		},
		{
			name: "dash attribution",
			body: "Ukrainian President Volodymyr Zelenskyy met allies.\n\n\"We stand with our partners.\" - President Zelenskyy said.",
			want: []want{{"We stand with our partners.", "Volodymyr Zelenskyy", claims.Direct}},
		},
		{
			name: "spelling variants are one person",
			body: "Ukrainian President Volodymyr Zelenskyy met allies.\n\n\"We will not give up land,\" Zelensky said.",
			want: []want{{"We will not give up land,", "Volodymyr Zelenskyy", claims.Direct}},
		},
		{
			name: "pronoun by gender",
			body: "Senator Jane Smith met Governor Tom Baker on Monday.\n\n\"We agreed on nothing at all,\" she said.",
			want: []want{{"We agreed on nothing at all,", "Jane Smith", claims.Direct}},
		},
		{
			name: "gender from the article's usage",
			body: "Ngozi Okonjo said she would run.\n\nDale Brooks, a rival, met Okonjo on Monday.\n\n\"We disagreed on everything,\" she said.",
			want: []want{{"We disagreed on everything,", "Ngozi Okonjo", claims.Direct}},
		},
		{
			name: "role noun",
			body: "Finance Minister Ana Lopez met bankers.\n\nThe minister said that inflation would fall below two percent next year.",
			want: []want{{"inflation would fall below two percent next year", "Ana Lopez", claims.Indirect}},
		},
		{
			name: "organisation",
			body: "\"The talks were constructive and useful,\" the Kremlin said.",
			want: []want{{"The talks were constructive and useful,", "Kremlin", claims.Direct}},
		},
		{
			name: "reported speech after",
			body: "Finance Minister Ana Lopez met bankers.\n\nInflation will fall sharply next year, Lopez said.",
			want: []want{{"Inflation will fall sharply next year", "Ana Lopez", claims.Indirect}},
		},
		{
			name: "according to",
			body: "Finance Minister Ana Lopez met bankers.\n\nAccording to Lopez, the economy grew by three percent last year.",
			want: []want{{"the economy grew by three percent last year", "Ana Lopez", claims.Indirect}},
		},
		{
			name: "according to a source the finder does not know",
			body: "About 9.9 million single mothers live in the United States, according to federal statistics.",
			want: []want{{"About 9.9 million single mothers live in the United States", "federal statistics", claims.Indirect}},
		},
		{
			name: "time phrase and aside between speaker and cue",
			body: "Sen. Bernie Sanders and Hillary Clinton debated.\n\nBased on a New York Times article, Sanders on Tuesday said he wants to close four loopholes.\n\n" +
				"Trump attacked Machado after Clinton, at Monday's debate, cited comments Trump had made about her weight.",
			want: []want{
				{"he wants to close four loopholes", "Bernie Sanders", claims.Indirect},
				{"comments Trump had made about her weight", "Hillary Clinton", claims.Indirect},
			},
		},
		{
			name: "two speakers in one sentence",
			body: "Obama emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.",
			want: []want{
				{"the reforms were not complete", "Obama", claims.Indirect},
				{"the administration was giving up leverage", "human rights groups", claims.Indirect},
			},
		},
		{
			name: "that inside the statement",
			body: "Police Commissioner James O'Neill spoke.\n\nO'Neill said officials are in possession of video that shows the explosion.\n\n" +
				"Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.",
			want: []want{
				{"officials are in possession of video that shows the explosion", "James O'Neill", claims.Indirect},
				{"the latest nuclear test could change that", "Experts on North Korea and nuclear nonproliferation", claims.Indirect},
			},
		},
		{
			name: "attributions after the statement",
			body: "Trump could embrace a clean energy policy as president, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.\n\n" +
				"West Virginia officials felt comfortable with this arrangement, said Mr. Barrett, the lawyer for the agency.\n\n" +
				"But the new plan is still tilted toward the rich, the Tax Foundation said.\n\n" +
				"Six million American jobs also depend on exports to Mexico, one slide says.",
			want: []want{
				{"Trump could embrace a clean energy policy as president", "Lindsey Graham", claims.Indirect},
				{"West Virginia officials felt comfortable with this arrangement", "Barrett", claims.Indirect},
				{"But the new plan is still tilted toward the rich", "Tax Foundation", claims.Indirect},
				{"Six million American jobs also depend on exports to Mexico", "one slide", claims.Indirect},
			},
		},
		{
			name: "abbreviations do not end sentences",
			body: "Dr. Alan Price said the U.S. economy grew 2.5 percent in Jan. after a slow start.",
			want: []want{{"the U.S. economy grew 2.5 percent in Jan. after a slow start", "Alan Price", claims.Indirect}},
		},
		{
			name: "apposition between quote and cue",
			body: "\u201cThe veto will be overridden,\u201d Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
			want: []want{{"The veto will be overridden,", "Mitch McConnell", claims.Direct}},
		},
		{
			name: "descriptor before the name after the cue",
			body: "\"The rationales don't hold weight,\" said 9/11 widow Terry Strada.",
			want: []want{{"The rationales don't hold weight,", "Terry Strada", claims.Direct}},
		},
		{
			name: "double apostrophes as quote marks",
			body: "''We're anxious,'' said another Twitter user, Johanna Bayer.",
			want: []want{{"We're anxious,", "Johanna Bayer", claims.Direct}},
		},
		{
			name: "parenthetical attribution",
			body: "Senator Jane Smith spoke.\n\nThe transition was seamless, she said, but replacing the nominee would be acrimonious.",
			want: []want{{"The transition was seamless but replacing the nominee would be acrimonious", "Jane Smith", claims.Indirect}},
		},
		{
			name: "group noun as speaker",
			body: "Police say he posed a deadly threat and refused to drop the gun.",
			want: []want{{"he posed a deadly threat and refused to drop the gun", "Police", claims.Indirect}},
		},
		{
			name: "reported statement carrying quoted words",
			body: "Secretary of State John F. Kerry said the United States would work with allies to take \"robust steps\" in response, and he urged talks.",
			want: []want{
				{"the United States would work with allies to take \"robust steps\" in response", "John F. Kerry", claims.Fragment},
				{"robust steps", "John F. Kerry", claims.Fragment},
			},
		},
		{
			name: "quote after a sentence naming its speaker",
			body: "On Sunday, Sen. Bernie Sanders said young voters were exhausted by bigotry. \"They want change and they want it now.\"",
			want: []want{{"They want change and they want it now.", "Bernie Sanders", claims.Direct}},
		},
		{
			name: "transcript",
			body: "Governor Mike Pence debated Chris Wallace.\n\nWALLACE: Do you really see those two as equivalent?\n\nPENCE: Well, look, the two are not the same at all.",
			want: []want{{"Well, look, the two are not the same at all.", "Mike Pence", claims.Direct}},
		},
		{
			name: "British single quotes",
			body: "Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelenskyy.\n\n\u2018We won\u2019t stop supporting Ukraine\u2019s people,\u2019 Starmer said. 'Nobody doubts it,' he added.",
			want: []want{{"We won\u2019t stop supporting Ukraine\u2019s people,", "Keir Starmer", claims.Direct}, {"Nobody doubts it,", "Keir Starmer", claims.Direct}},
		},
		{
			name: "single quotes nested in double",
			body: "\"I've always been insulted with the term 'African American outreach,' \" Scott told the group.",
			want: []want{{"I've always been insulted with the term 'African American outreach,'", "Scott", claims.Direct}},
			none: []string{"African American outreach,"},
		},
		{
			name: "curly quotes nested in curly quotes",
			body: "\u201cI\u2019d rather live in what he calls \u201chell\u201d than live in his world,\u201d said Adriana Rodarte.",
			want: []want{{"I\u2019d rather live in what he calls \u201chell\u201d than live in his world,", "Adriana Rodarte", claims.Direct}},
		},
		{
			name: "statement resumes after the attribution",
			body: "Tom Baker spoke to the party.\n\nThat is why, he argued, the party should be prepared for a long fight.",
			want: []want{{"That is why the party should be prepared for a long fight", "Tom Baker", claims.Indirect}},
		},
		{
			name: "a document as the source",
			body: "Video of the incident shows him with his hands in the air before he was shot.",
			want: []want{{"him with his hands in the air before he was shot", "Video of the incident", claims.Indirect}},
		},
		{
			name: "infinitive after the cue",
			body: "The governor vowed to veto any bill that raises taxes.",
			want: []want{{"to veto any bill that raises taxes", "The governor", claims.Indirect}},
		},
		{
			name: "topic of speech",
			body: "The mayor spoke about her plans for the city while at the convention.",
			want: []want{{"her plans for the city", "The mayor", claims.Indirect}},
		},
		{
			name: "a stance held by a possessive",
			body: "Senator Jane Roe met the bankers. Her criticism of the bank's sales practices was sharp.",
			want: []want{{"the bank's sales practices", "Jane Roe", claims.Indirect}},
		},
		{
			name: "quote inside a reported statement",
			body: "Sen. Bernie Sanders spoke on Sunday. As for his supporters, the Vermont senator acknowledged that there are still \"some people\" who feel that way.",
			want: []want{
				{"there are still \"some people\" who feel that way", "Bernie Sanders", claims.Fragment},
				{"some people", "Bernie Sanders", claims.Fragment},
			},
		},
		{
			name: "paraphrase ending in a quote before the attribution",
			body: "Details aside, the proposals send a clear message that a top priority ''is increasing the tax liability at the top,'' Mr. Kamin said.",
			want: []want{
				{"Details aside, the proposals send a clear message that a top priority ''is increasing the tax liability at the top,''", "Kamin", claims.Fragment},
				{"is increasing the tax liability at the top,", "Kamin", claims.Direct},
			},
		},
		{
			name: "a few quoted words inside a statement",
			body: "A cashier who \u201csteals a handful of $20s\u201d is held accountable at the bank, Warren said.",
			want: []want{{"A cashier who \u201csteals a handful of $20s\u201d is held accountable at the bank", "Warren", claims.Fragment}},
		},
		{
			name: "an organisation named with of",
			body: "In a statement announcing the pick, the Association of Flight Attendants called Clinton a \u201cchampion\u201d for its members.",
			want: []want{{"champion", "Association of Flight Attendants", claims.Fragment}},
			none: []string{"the pick, the Association of Flight Attendants called Clinton"},
		},
		{
			name: "the subject of a clause after its conjunction",
			body: "Gov. Chris Christie described Hillary Clinton as a \u201cdisgrace\u201d after she blamed police shootings on \u201cimplicit bias\u201d against minorities.",
			want: []want{{"disgrace", "Chris Christie", claims.Fragment}, {"implicit bias", "Hillary Clinton", claims.Fragment}},
		},
		{
			name: "a participle goes on with the speaker",
			body: "\"The day was personal,\" Tom Baker said, adding he would never vote for Clinton.\n\nTrump attacked Clinton on Monday, saying she had lied about her emails for years.",
			want: []want{
				{"he would never vote for Clinton", "Tom Baker", claims.Indirect},
				{"she had lied about her emails for years", "Trump", claims.Indirect},
			},
			none: []string{"Trump attacked Clinton on Monday"},
		},
		{
			name: "asides inside a statement",
			body: "The study found that in the three largest counties, which include Cleveland and Columbus, voters have been taken off the rolls.\n\n" +
				"The Tax Policy Center estimates that the top 1 percent -- those earning the most -- would face a tax increase.\n\n" +
				"Smith said the plan would fail, which angered Democrats.",
			want: []want{
				{"in the three largest counties, which include Cleveland and Columbus, voters have been taken off the rolls", "study", claims.Indirect},
				{"the top 1 percent -- those earning the most -- would face a tax increase", "Tax Policy Center", claims.Indirect},
				{"the plan would fail", "Smith", claims.Indirect},
			},
		},
		{
			name: "a promise with weeks in it, and a demand",
			body: "He also proposes tax cuts, Tom Baker said. He also promised to extend six weeks of paid leave to new mothers.\n\n" +
				"The city of Phoenix is demanding that the campaign stop using the image of its police officers.",
			want: []want{
				{"to extend six weeks of paid leave to new mothers", "Tom Baker", claims.Indirect},
				{"the campaign stop using the image of its police officers", "Phoenix", claims.Indirect},
			},
		},
		{
			name: "a label after as",
			body: "Senate Minority Leader Harry Reid has been steadily pounding Trump as a \u201ccon artist\u201d for weeks.",
			want: []want{{"con artist", "Harry Reid", claims.Fragment}},
		},
		{
			name: "labels in a row",
			body: "In recent weeks, Senator Harry Reid has gone after Trump as a \u201chuman leech who will bleed the country\u201d and a \u201cspoiled brat.\u201d",
			want: []want{{"human leech who will bleed the country", "Harry Reid", claims.Fragment}, {"spoiled brat.", "Harry Reid", claims.Fragment}},
		},
		{
			name: "a quote closing a statement after a dash",
			body: "Speaking on the Mall, President Barack Obama said the museum would document the stories of Americans -- \"the president but also the slave, the industrialist but also the porter.\"",
			want: []want{{"the president but also the slave, the industrialist but also the porter.", "Barack Obama", claims.Direct}},
		},
		{
			name: "a transcript going on in quotation marks",
			body: "Governor Mike Pence spoke to Chris Wallace.\n\n\"PENCE: Well, look, the two are not the same at all.\n\n\"But the truth is that the choice is serious business for the country.",
			want: []want{{"But the truth is that the choice is serious business for the country.", "Mike Pence", claims.Direct}},
		},
		{
			name: "a past participle inside an opening phrase",
			body: "In a Facebook message posted Friday, Senator Ted Cruz said he has had \"areas of significant disagreement\" with Trump.",
			want: []want{
				{"he has had \"areas of significant disagreement\" with Trump", "Ted Cruz", claims.Fragment},
				{"areas of significant disagreement", "Ted Cruz", claims.Fragment},
			},
		},
		{
			name: "a speaker named after a possessive",
			body: "However debates in and of themselves are not likely to alter the campaign, noted NBC\u2019s Dante Chinni.",
			want: []want{{"However debates in and of themselves are not likely to alter the campaign", "Dante Chinni", claims.Indirect}},
		},
		{
			name: "a block quotation after a colon",
			body: "Governor Chris Christie spoke on the radio.\n\nThe governor added:\n\nIt is typical of her. She knows nothing about what happened in North Carolina.\n\nThe show went on.",
			want: []want{{"It is typical of her. She knows nothing about what happened in North Carolina.", "Chris Christie", claims.Direct}},
			none: []string{"The show went on."},
		},
		{
			name: "quantified speakers",
			body: "The ruling angered family members of the victims, many of whom say the court was wrong.\n\nSome believe the new polling shows the campaign is worried about turnout.",
			want: []want{
				{"the court was wrong", "many of whom", claims.Indirect},
				{"the new polling shows the campaign is worried about turnout", "Some", claims.Indirect},
			},
		},
		{
			name: "not speech",
			body: "The \"reform\" was never debated.\n\nShe wrote a book titled \"The Art of Winning Big Again\" last year.\n\n" +
				"Sanders said on \"Face the Nation\" that he was tired.\n\n" +
				"The Vatican did not immediately respond to requests for comment on the talks.\n\n" +
				"None of them responded to questions from the press about the call.\n\n" +
				"Dwayne \"The Rock\" Johnson was there.\n\nTRUMP SAYS \"WE WILL WIN\" IN RALLY SPEECH\n\n" +
				"The post Trump rally draws crowds appeared first on Example News",
			none: []string{"reform", "The Art of Winning Big Again", "The Rock", "WE WILL WIN", "Trump rally draws crowds", "Face the Nation",
				"requests for comment on the talks", "to requests for comment on the talks", "questions from the press about the call",
				"to questions from the press about the call"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.body)
			for _, w := range tt.want {
				c := find(got, w.text)
				if c == nil {
					t.Errorf("no claim %q; got %s", w.text, dump(got))
					continue
				}
				if speakerOf(c) != w.speaker || c.Kind != w.kind {
					t.Errorf("claim %q: speaker %q kind %s, want %q %s", w.text, speakerOf(c), c.Kind, w.speaker, w.kind)
				}
				held := tt.body[c.Span.Start:c.Span.End]
				if len(c.Parts) > 0 {
					var parts []string
					for _, p := range c.Parts {
						parts = append(parts, tt.body[p.Start:p.End])
					}
					held = strings.Join(parts, " ")
				}
				if held != c.Text {
					t.Errorf("claim %q: span %v (parts %v) holds %q", w.text, c.Span, c.Parts, held)
				}
			}
			for _, n := range tt.none { // no claim is this text, or a piece of it
				for _, c := range got {
					if strings.Contains(n, c.Text) {
						t.Errorf("%q became a claim: %q", n, c.Text)
					}
				}
			}
		})
	}
}

// TestMentions checks which words the mention finder takes for possible
// speakers.
func TestMentions(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"BRUSSELS - European leaders gathered Friday.", []string{"European"}, []string{"BRUSSELS"}},
		{"CHARLOTTE, N.C. (AP) — Police said the video would be released.", []string{"Police"}, []string{"CHARLOTTE", "N.C."}},
		{"The Association of Flight Attendants backed Bank of America.", []string{"Association of Flight Attendants", "Bank of America"}, nil},
		{"CONGRESS HAS INVESTIGATED HIM for his claims, Senator Jane Roe said.", []string{"Senator Jane Roe"}, []string{"CONGRESS HAS INVESTIGATED HIM"}},
		{"NATO and the FBI said so.", []string{"NATO", "FBI"}, nil},
	}
	for _, tt := range tests {
		folded := foldASCII(tt.text)
		var got []string
		for _, p := range paragraphs(tt.text, folded) {
			scanQuotes(tt.text, p)
			tokenize(tt.text, folded, p, nil)
			splitSentences(p)
			for _, m := range findMentions(p) {
				got = append(got, m.text)
			}
		}
		has := func(s string) bool {
			for _, g := range got {
				if g == s {
					return true
				}
			}
			return false
		}
		for _, w := range tt.want {
			if !has(w) {
				t.Errorf("%q: no mention %q in %q", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if has(n) {
				t.Errorf("%q: %q taken for a mention", tt.text, n)
			}
		}
	}
}

// speakerOf is the name of a claim's speaker, or the words of the mention
// when it names nobody the database can follow ("the mayor").
func speakerOf(c *claims.Quote) string {
	if c.Speaker.Name == "" {
		return c.Speaker.Text
	}
	return c.Speaker.Name
}

func TestPrediction(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"Russia and Ukraine will immediately start negotiations", "said", true},
		{"We're going to build the wall", "said", true},
		{"we'll see what happens", "said", true},
		{"The economy grew last year", "said", false},
		{"taxes stay as they are", "promised", true},
		{"He plans to run again", "said", true},
		{"The plans were shelved", "said", false},
	}
	for _, tt := range tests {
		if got := isPrediction(tt.text, tt.cue); got != tt.want {
			t.Errorf("isPrediction(%q, %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

func find(qs []claims.Quote, text string) *claims.Quote {
	for i := range qs {
		if qs[i].Text == text {
			return &qs[i]
		}
	}
	return nil
}

func dump(qs []claims.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n\t" + string(q.Kind) + " [" + q.Speaker.Name + "] " + q.Text)
	}
	return b.String()
}

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
		{"Mitch McConnell, R-Ky., said so. Others agreed.", []string{"Mitch", "Others"}},
	}
	for _, tt := range tests {
		ps := paragraphs(tt.text, foldASCII(tt.text))
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

func TestExtractHeadline(t *testing.T) {
	tests := []struct {
		title string
		want  []want
	}{
		{"Flynn says Trump 'absolutely right' in saying generals reduced to rubble",
			[]want{{"absolutely right", "Flynn", claims.Fragment}}},
		{"Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments",
			[]want{{"A Disgrace", "Christie", claims.Fragment}}},
		{`Zelenskyy: "We will not give up our land"`,
			[]want{{"We will not give up our land", "Zelenskyy", claims.Direct}}},
		{"Trump says Russia, Ukraine to start ceasefire negotiations after Putin call", nil},
		{`The "Deal of the Century" explained`, nil},
	}
	for _, tt := range tests {
		got := ExtractArticle(tt.title, "")
		if len(got) != len(tt.want) {
			t.Errorf("%q: %d claims, want %d:%s", tt.title, len(got), len(tt.want), dump(got))
			continue
		}
		for i, w := range tt.want {
			c := got[i]
			if c.Text != w.text || c.Speaker.Name != w.speaker || c.Kind != w.kind || !c.Headline ||
				tt.title[c.Span.Start:c.Span.End] != c.Text {
				t.Errorf("%q: got %q by %q (%s, headline %v), want %q by %q (%s)", tt.title, c.Text,
					c.Speaker.Name, c.Kind, c.Headline, w.text, w.speaker, w.kind)
			}
		}
	}
}
