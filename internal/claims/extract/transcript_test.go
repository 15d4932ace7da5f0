package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestWholeParagraphs checks the paragraphs read whole as one speaker's
// words: a transcript's, an embedded post's and an interview's answers.
func TestWholeParagraphs(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a label whose line opens with a pronoun",
			body: "Transcript of the interview.\n\nSAMANTHA BIELEFELD: I think the focus is wrong.\n\nMARCO ARMENT: I disagree with that.\n\n" +
				"SAMANTHA BIELEFELD: She said it was fine.",
			want: []want{{"I disagree with that.", "Marco Arment", claims.Direct}},
		},
		{
			name: "transcript",
			body: "Governor Mike Pence debated Chris Wallace.\n\nWALLACE: Do you really see those two as equivalent?\n\nPENCE: Well, look, the two are not the same at all.",
			want: []want{{"Well, look, the two are not the same at all.", "Mike Pence", claims.Direct}},
		},
		{
			name: "a label for whoever asks is no speaker, and its line no claim; the one asked is a person still",
			body: "Premier Doug Ford took questions.\n\nREPORTER: The union says you refused to meet.\n\nFORD: That is not true. Our minister met them four times.\n\n" +
				"QUESTION: Teachers say the offer is too low.\n\nFORD: The offer is fair.",
			want: []want{{"That is not true. Our minister met them four times.", "Doug Ford", claims.Direct},
				{"The offer is fair.", "Doug Ford", claims.Direct}},
			none: []string{"The union says you refused to meet.", "you refused to meet", "Teachers say the offer is too low.", "the offer is too low"},
		},
		{
			name: "the Q of \"Q:\" is no one's name",
			body: "An interview with Joe Biden.\n\nQ: Bernie has a particular critique of the economy. What do you make of it?\n\nA: I think his conclusion is correct.",
			want: []want{{"the economy", "", claims.Indirect}, {"I think his conclusion is correct.", "Joe Biden", claims.Direct}},
		},
		{
			name: "a party's member named later, with a label's speaker before",
			body: "Governor Mike Pence debated Chris Wallace.\n\nPENCE: Well, look, the two are not the same at all.\n\n\"We will win,\" the Republican said.",
			want: []want{{"Well, look, the two are not the same at all.", "Mike Pence", claims.Direct}},
		},
		{
			name: "a body set off later, with a label's speaker of its name before",
			body: "Reporters questioned Walmart.\n\nWALMART: We sell widgets at low prices.\n\nWalmart, the company, has stores.\n\n\"We grow,\" the company said.",
			want: []want{{"We grow,", "Walmart", claims.Direct}},
		},
		{
			name: "a quotation alone in its paragraph, signed by a name after a dash in the next, with how it came or not; a dash and a name after a reporter's paragraph is a byline",
			body: "Fact check: what the candidates said.\n\n\"Boeing and GE and other multinationals pay zero taxes.\"\n\n- Bernie Sanders.\n\n" +
				"\"I will look into it. I don't know the status.\"\n\n- Hillary Clinton.\n\nThe senator says the rich pay too little, as he told voters in Iowa.\n\n- Amber Phillips.\n\n" +
				"Harry Reid spoke after her.\n\n\"Great speech. She's ready.\"\n\n-President Obama, tweeting after Clinton's speech.",
			want: []want{{"Boeing and GE and other multinationals pay zero taxes.", "Bernie Sanders", claims.Direct},
				{"I will look into it. I don't know the status.", "Hillary Clinton", claims.Direct},
				{"Great speech. She's ready.", "Obama", claims.Direct}},
		},
		{
			name: "a heading in capitals is no speaker's label",
			body: "U.S.-CHINA RELATIONS: White House adviser Larry Kudlow denied reports that talks had stalled.\n\nECB WATCH: The ECB wrapped up its meeting. The bank said it did not change its rates.",
			want: []want{{"reports that talks had stalled", "Larry Kudlow", claims.Indirect}},
			none: []string{"The ECB wrapped up its meeting."},
		},
		{
			name: "embedded posts signed by their authors",
			body: "Trump lashed out on Twitter.\n\n" +
				"<tweet id=\"1\">The media makes everything up! https://t.co/abc — Donald J. Trump (@realDonaldTrump) June 29, 2016</tweet>.\n\n" +
				"While I respect the professionals at the FBI, this announcement defies explanation. pic.twitter.com/xyz — Paul Ryan (@SpeakerRyan) July 5, 2016",
			want: []want{
				{"The media makes everything up!", "Donald J. Trump", claims.Direct},
				{"While I respect the professionals at the FBI, this announcement defies explanation.", "Paul Ryan", claims.Direct},
			},
		},
		{
			name: "a post's markup, whose attribute values are no one's words",
			body: "Clinton responded within the hour.\n\n" +
				"<tweet pic=\"\" author=\"HillaryClinton\" timestamp=\"1449075600\">I refuse to accept this as normal. We must take action to stop gun violence now.</tweet>.",
			none: []string{"author=", " author=", "HillaryClinton", "1449075600"},
		},
		{
			name: "question-and-answer interview",
			body: "Health Secretary Wes Streeting spoke to us at his office.\n\n" +
				"Q: You said the NHS is broken. Do you stand by that?\n\n" +
				"A: Absolutely. The NHS is on its knees.\n\n" +
				"Q: When will waiting lists come down?\n\n" +
				"A: I expect we will see real progress within two years.\n\n" +
				"Q: Will you resign if they don't?\n\n" +
				"A: No!",
			want: []want{
				{"Absolutely. The NHS is on its knees.", "Wes Streeting", claims.Direct},
				{"I expect we will see real progress within two years.", "Wes Streeting", claims.Direct},
				{"we will see real progress within two years", "Wes Streeting", claims.Indirect}, // "I" is the interviewee
			},
			none: []string{"No!"},
		},
		{
			name: "an interview whose subject's trade opens the article with a word that is also a given name",
			body: "Marine biologist Leah Crowe has spent a decade tracking right whales.\n\n" +
				"Q: How many right whales are left?\n\n" +
				"A: About 370, and fewer than 70 of them are breeding females.",
			want: []want{{"About 370, and fewer than 70 of them are breeding females.", "Leah Crowe", claims.Direct}},
		},
		{
			name: "answers that open with the surname of someone the article names",
			body: "The potter Ines Calloway talked to us between firings.\n\n" +
				"Q: Why clay?\n\n" +
				"Calloway: My father was a bricklayer. I grew up with mud on my boots.\n\n" +
				"Q: What comes next?\n\n" +
				"Calloway: A show in Lisbon, if the kiln survives the winter.\n\n" +
				"Note: This interview has been condensed.",
			want: []want{{"My father was a bricklayer. I grew up with mud on my boots.", "Ines Calloway", claims.Direct},
				{"A show in Lisbon, if the kiln survives the winter.", "Ines Calloway", claims.Direct}},
			none: []string{"This interview has been condensed."},
		},
		{
			name: "answers labelled by surname after questions that carry no label",
			body: "Senator Lena Hartmann spoke with us about health care.\n\n" +
				"Why did you run?\n\n" +
				"Hartmann: I kept seeing the same patients come back.\n\n" +
				"Your party has been cool to your bill. Why?\n\n" +
				"Hartmann: They think it costs votes. I think they are wrong.",
			want: []want{{"I kept seeing the same patients come back.", "Lena Hartmann", claims.Direct},
				{"They think it costs votes. I think they are wrong.", "Lena Hartmann", claims.Direct}},
		},
	})
}

// TestStatementsInsideAnAnswer checks that a statement read inside an
// interview's answer stands as part of the answer, as a quote's words do
// inside quotation marks: kept for the record, not shown as a claim of its
// own, whoever its speaker ("Kids say", "I'd tell you").
func TestStatementsInsideAnAnswer(t *testing.T) {
	body := "Novelist Miriam Toews spoke to us from Toronto.\n\n" +
		"Q: Why write about grief through a child?\n\n" +
		"A: Kids say the things adults are afraid to say. I would tell you the book is about my mother."
	qs := Extract(body)
	for _, text := range []string{"the things adults are afraid to say", "the book is about my mother"} {
		c := find(qs, text)
		if c == nil || !c.Inside {
			t.Errorf("want %q inside the answer; got %s", text, dump(qs))
		}
	}
	if c := find(qs, "Kids say the things adults are afraid to say. I would tell you the book is about my mother."); c == nil || c.Inside {
		t.Errorf("want the answer a claim of its own; got %s", dump(qs))
	}
}

// TestUnlabelledInterview checks an interview whose questions stand as
// paragraphs of their own, with no "Q:", and whose answers carry no label:
// the answers are the person's the introduction names; a feature's
// rhetorical questions, with no word of an interview, make nobody's.
func TestUnlabelledInterview(t *testing.T) {
	checkForms(t, []form{{
		name: "an introduction that says it is an interview",
		body: "Mira Okafor took over as head of Calgary Transit on Monday. She spoke with the Herald about safety and fares.\n\n" +
			"What is your first priority?\n\nSafety. People will not ride a train they are afraid of.\n\n" +
			"Will fares go up?\n\nNot this year. Council froze fares in the budget, and I support that.\n\n" +
			"This interview has been edited and condensed.",
		want: []want{{"Safety. People will not ride a train they are afraid of.", "Mira Okafor", claims.Direct},
			{"Not this year. Council froze fares in the budget, and I support that.", "Mira Okafor", claims.Direct}},
		none: []string{"What is your first priority?", "This interview has been edited and condensed."},
	}, {
		name: "a feature's questions",
		body: "Mira Okafor took over as head of Calgary Transit on Monday.\n\n" +
			"Will riders come back?\n\nThe numbers are not encouraging. Ridership fell again in May.\n\n" +
			"Will fares go up?\n\nCouncil froze fares in the budget.",
		none: []string{"The numbers are not encouraging.", "Council froze fares in the budget."},
	}})
}
