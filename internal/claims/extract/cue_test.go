package extract

import (
	"claimtrack/internal/claims"
	"strings"
	"testing"
)

// TestQuotesLinkedByCue checks that two quotes joined by "but noted" stay
// two quotes: the link and the cue are no statement of the reporter's.
func TestQuotesLinkedByCue(t *testing.T) {
	body := "Putin noted \"a ceasefire with Ukraine is possible\" but noted \"both sides must find compromises.\""
	got := Extract(body)
	for _, c := range got {
		if strings.Contains(c.Text, "but noted") {
			t.Errorf("claim %q (%s) joins two quotes", c.Text, c.Kind)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d claims, want the two quotes:%s", len(got), dump(got))
	}
}

// TestCues checks the cue a claim records: the verb of a statement, not the
// listener after it; the verb before a quote, not a participle after it.
func TestCues(t *testing.T) {
	tests := []struct{ body, text, speaker, cue string }{
		{"Commerce minister Piyush Goyal told reporters that the deal would double trade by 2030.",
			"the deal would double trade by 2030", "Piyush Goyal", "told"},
		{"Prime Minister Narendra Modi hailed the agreement as \"historic\", saying it would create jobs for millions.",
			"historic", "Narendra Modi", "hailed"},
		{"Prime Minister Narendra Modi hailed the agreement as \"historic\", saying it would create jobs for millions.",
			"it would create jobs for millions", "Narendra Modi", "saying"},
		// After a determiner and one name a verb would agree with it:
		// "a Facebook post" is a noun; "Republicans in the House want" not.
		{"In a Facebook post to his voters, David Lametti expressed concern that the law was too strict.",
			"concern that the law was too strict", "David Lametti", "expressed"},
		{"Minnesota state delegate Mary Susan, clad in a red cape, said the convention was great.",
			"the convention was great", "Mary Susan", "said"},
		{"Republicans in the House say the tax cuts should be made permanent.",
			"the tax cuts should be made permanent", "Republicans in the House", "say"},
		// A party, a nation or a person before a plural for people only
		// says who the people are: they speak.
		{"But underneath the criticism, Democratic sources said, Axelrod still has respect for her.",
			"But underneath the criticism Axelrod still has respect for her", "Democratic sources", "said"},
		{"Democratic voters are slightly more likely to say that Clinton represents their positions.",
			"Clinton represents their positions", "Democratic voters", "say"},
		// A word that may be a cue, before a noun whose verb speaks, is
		// that noun's modifier.
		{"Chinese state media said the talks had been useful.", "the talks had been useful", "Chinese state media", "said"},
		// A name written with a no-break space is named with a plain one.
		{"Donald\u00a0Trump said the wall would be built.", "the wall would be built", "Donald Trump", "said"},
		{"Asked about the economy, Senate\u00a0Democrats said it was better.", "it was better", "Senate Democrats", "said"},
		{"Doug \u00adAndres, a spokesman for the Speaker, said the bill would pass.", "the bill would pass", "Doug Andres", "said"}, // a soft hyphen the page left
		// A relative clause set off after the speaker holds its own verb,
		// not the quote's cue.
		{"\"I have three children,\" one driver, who declined to give her name, said.", "I have three children,", "one driver", "said"},
		// A cue's word after a determiner and a word that only qualifies
		// ("its full-year forecast") is a noun, so no speaker ends there.
		{"Shares of Halvard Logistics sank after the trucking company cut its full-year forecast, citing thin orders from grocers.",
			"thin orders from grocers", "the trucking company", "citing"},
		{"The mill's owner trimmed her annual forecast, citing a glut of lumber.", "a glut of lumber", "The mill's owner", "citing"},
		// Words of the dictionary capitalised before a noun only describe
		// the person named after them, who speaks.
		{"In line with his fellow Americans, Republican Presidential hopeful Sen. Ted Cruz was also critical, telling Breitbart London: \"The comments are typical of his administration.\"",
			"The comments are typical of his administration.", "Ted Cruz", "telling"},
		// A run-in heading names no speaker.
		{"Campaign funding: The Sanders campaign wants to address concerns after recently accusing Clinton and the Democratic National Committee of violating fundraising laws.",
			"Clinton and the Democratic National Committee of violating fundraising laws", "Sanders campaign", "accusing"},
		// A town and its state set off inside a description are one
		// aside, whatever name the town is.
		{"Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed.",
			"he and other rabbis were alarmed", "Jeffrey Salkin", "said"},
		{"Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.",
			"the event brought back memories", "Donna Sampson Rawlings", "said"},
		{"Rep. Chris Collins, R-NY, says meeting participants outlined a scenario.", "meeting participants outlined a scenario", "Chris Collins", "says"},
		{"\"I have never voted in a primary,\" said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to get corporate money out of government.",
			"Sanders is best suited to get corporate money out of government", "Nicky Driscoll", "said"}, // who is the one from there, past an age
		// A phrase of time opening the sentence is no part of the main
		// clause, whose subject the participle's is, not a body set off.
		{"Vladimir Putin spoke for hours. This year, he rose to the defense of Sepp Blatter, the president of FIFA, who is under investigation, saying Mr. Blatter should be awarded the Nobel Peace Prize.",
			"Mr. Blatter should be awarded the Nobel Peace Prize", "Vladimir Putin", "saying"},
		// A cue's word that may be a noun is a verb past an aside a past
		// participle opens after its subject, as right after it.
		{"The lawsuit, filed Monday in federal court in Oakland, claims the platforms exploited young users.",
			"the platforms exploited young users", "The lawsuit", "claims"},
		// A word that may be a determiner ends a name: "Hydro One said".
		{"Power rates rose 3 per cent last year, Hydro One said.", "Power rates rose 3 per cent last year", "Hydro One", "said"},
		// "the news of the Lyon attack": "news" is one thing, no plural
		// whose verb a cue's word after a name could be.
		{"The Harbor Watch group tracks extremist forums. It said supporters were sharing the news of the Lyon attack and \"celebrating the massacre.\"",
			"celebrating the massacre.", "Harbor Watch", "said"}, // "it" the group the noun after its name types
		// After "a" and a noun a verb agrees with it; a share, or a phrase
		// after the subject, leaves the verb the people's.
		{"Nearly a third say they don't know what the economy will do.", "they don't know what the economy will do", "a third", "say"},
		{"Only about 4 in 10 Republican voters in each state want all the walls to be built.", "all the walls to be built", "Republican voters", "want"},
		{"\"Help us help our coach,\" team members dressed for a game say in the video.", "Help us help our coach,", "members", "say"},
	}
	for _, tt := range tests {
		c := find(Extract(tt.body), tt.text)
		if c == nil || speakerOf(c) != tt.speaker || c.Cue != tt.cue {
			t.Errorf("%q: want %q by %q with cue %q; got %s", tt.body, tt.text, tt.speaker, tt.cue, dump(Extract(tt.body)))
		}
	}
}

// TestAddingTo checks that "adding to" a thing is increasing it, not saying,
// a noun's "that" after it too ("adding to evidence that"), as adding an
// amount is ("had added 5,000 new units and was \"making real progress\"":
// the quote is the minister's, not the government's), while "added" before
// what is said stays a cue.
func TestAddingTo(t *testing.T) {
	body := "Hillary Clinton won Virginia, adding to her delegate lead over Bernie Sanders.\n\nThe mayor added that the budget would pass.\n\n" +
		"The prints are 21,000 years old, researchers said, adding to evidence that people arrived earlier than believed.\n\n" +
		"Housing Minister Ann Lohr said the government had added 5,000 new units since 2021 and was \"making real progress.\""
	got := Extract(body)
	for _, text := range []string{"to her delegate lead over Bernie Sanders", "to evidence that people arrived earlier than believed"} {
		if c := find(got, text); c != nil {
			t.Errorf("'adding to' read as speech:%s", dump(got))
		}
	}
	for _, c := range got {
		if c.Speaker.Text == "the government" {
			t.Errorf("'added 5,000 new units' read as speech:%s", dump(got))
		}
	}
	if c := find(got, "the budget would pass"); c == nil || c.Cue != "added" {
		t.Errorf("'added that' lost:%s", dump(got))
	}
}

// TestPassive checks that a cue in the passive gives nothing to its
// subject, who was told or is said, not telling.
func TestPassive(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a passive's subject was told, and tells nothing",
			body: "Jim Smith lost his bag.\n\nSmith was told that the footage was lost.\n\n" +
				"We’re told that police are looking at the footage.\n\nI'm told the bag was found.\n\n" +
				"Reince Priebus was said to be furious with Trump.",
			none: []string{"the footage was lost", "police are looking at the footage", "the bag was found", "to be furious with Trump"},
		},
		{
			name: "a plural noun that a cue's word may be, before the verb it is the subject of",
			body: "Slow page reads are a symptom of a full disk. Parking lots, the union says, are half empty.\n\n" +
				"The plant is the one that Mayor Jane Roe says has cost the town its river.",
			want: []want{{"has cost the town its river", "Jane Roe", claims.Indirect}},
			none: []string{"are a symptom of a full disk"},
		},
		{
			name: "a participle set off with its day and its agent",
			body: "Premier Dana Holt is standing by her plan.\n\nThe audit, released Monday by the province's budget office, puts the cost at $10 billion.",
			none: []string{"Monday by the province's budget office, puts the cost at $10 billion"},
		},
		{
			name: "a participle right after the document it qualifies, with no commas",
			body: "A poll released Monday by Leger found Raman at 34 per cent.\n\n" +
				"The study published last year in the Canadian Medical Association Journal found vaccination rates had fallen.",
			none: []string{"Monday by Leger found Raman at 34 per cent", "last year in the Canadian Medical Association Journal"},
		},
		{
			name: "a noun for a person the lists of cues hold, after a determiner and a name, is no verb",
			body: "Former secretary of state Madeleine Albright, a Clinton supporter, fanned controversy over her remark that \"there's a special place in hell for women who don't help each other.\"",
			want: []want{{"there's a special place in hell for women who don't help each other.", "Madeleine Albright", claims.Direct}},
		},
		{
			name: "accused of, after a noun or a term in quotes: whoever accuses goes unnamed; after a pronoun, its accusation",
			body: "Justice Ana Reyes ordered the suspension of the accounts in April as part of an investigation into so-called \"digital militias\" accused of spreading false news.\n\n" +
				"Obama called out the rest of the field, who he accused of preying on the anxieties of voters.",
			want: []want{{"preying on the anxieties of voters", "he", claims.Indirect}},
			none: []string{"spreading false news"},
		},
	})
}

// TestThingGerund checks that a cue in -ing after a noun is the noun's
// words only when the noun can speak: a document, a person, a name.
func TestThingGerund(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a thing before the cue says nothing",
			body: "It's worth noting that some of that mentorship will likely be done remotely.\n\n" +
				"That request includes information mentioning the name of the page you are visiting.",
			none: []string{"some of that mentorship will likely be done remotely", "the name of the page you are visiting"},
		},
		{
			name: "\"adds to\" a thing makes more of it; \"added to\" a listener or before \"that\" says",
			body: "Honeybees can count, according to a new study that adds to evidence of surprising abilities in insects.\n\n" +
				"\"It was 50 percent more than her show,\" Donald Trump added to People.",
			want: []want{{"It was 50 percent more than her show,", "Donald Trump", claims.Direct}},
			none: []string{"to evidence of surprising abilities in insects"},
		},
		{
			name: "what a thing is called is no one's statement",
			body: "For instance, Prairie Dairy has a program called Moo Crew that encourages elementary schools to offer white or chocolate milk to students up to five times a week.",
			none: []string{"Moo Crew that encourages elementary schools to offer white or chocolate milk to students up to five times a week"},
		},
		{
			name: "a document, a person, a form of be, an adverb or a time between keep the cue",
			body: "The company issued a statement saying it would cut 200 jobs next year.\n\n" +
				"Reuters quoted a senior official saying the talks had collapsed.\n\n" +
				"Donald Trump is saying that the election was rigged.\n\n" +
				"Senator Jeff Merkley is gently urging Bernie Sanders to accept the result.\n\n" +
				"The Clinton campaign released an ad this week showing Trump mocking a reporter.",
			want: []want{
				{"it would cut 200 jobs next year", "The company", claims.Indirect},
				{"the talks had collapsed", "a senior official", claims.Indirect},
				{"the election was rigged", "Donald Trump", claims.Indirect},
				{"Bernie Sanders to accept the result", "Jeff Merkley", claims.Indirect},
				{"Trump mocking a reporter", "Clinton campaign", claims.Indirect},
			},
		},
	})
}

// TestParticipleAfterStatement checks that after "A, X said", a participle
// or a clause with a cue of its own says more, not the same statement.
func TestParticipleAfterStatement(t *testing.T) {
	checkForms(t, []form{
		{
			name: "after \"A, X said\", a participle with a cue of its own says more, not the same statement; a body's word before the speakers is no verb",
			body: "The number of cases has risen to 120, Jane Roe said Tuesday, adding that more cases were expected.\n\n" +
				"The outbreak is the largest in three decades, state health officials said.",
			want: []want{{"The number of cases has risen to 120", "Jane Roe", claims.Indirect},
				{"more cases were expected", "Jane Roe", claims.Indirect},
				{"The outbreak is the largest in three decades", "state health officials", claims.Indirect}},
		},
		{
			name: "after a quote's tag that a description no mention reads speaks, the participle is the description's",
			body: "Comics need more heroes.\n\n\"There has not been much representation,\" says the cartoonist, noting that his disability does not define who he is.",
			want: []want{{"his disability does not define who he is", "the cartoonist", claims.Indirect}},
		},
		{
			name: "after \"A, X said\", a clause with a cue of its own is its own statement; one without goes on with the first",
			body: "The number of cases has risen to 48, officials said Friday, and they warned the outbreak could spread.\n\n" +
				"The plan is dead, Jane Roe said Friday, and nobody will revive it.",
			want: []want{{"The number of cases has risen to 48", "officials", claims.Indirect},
				{"the outbreak could spread", "they", claims.Indirect},
				{"The plan is dead and nobody will revive it", "Jane Roe", claims.Indirect}},
		},
	})
}

// TestRetort checks that a verb with "back that" reports what was said in
// reply, whatever the verb: its act is speech and "back that" no part of
// what was said; so does one with "back" and how before a quote's colon,
// which also ends the statement of a clause fronted before it.
func TestRetort(t *testing.T) {
	checkForms(t, []form{{
		name: "shot back, fired back, wrote back; a retort with how it was made after it",
		body: "Councilman Gary Wendt shot back that his rival had never held office.\n\n" +
			"The mayor fired back that the audit was out of date. The clerk wrote back that the records were sealed.\n\n" +
			"\"Look at all these supporters,\" Paradis said with a smirk.\n\n\"They are here for the free stuff,\" Bennett shot back with a laugh.\n\n" +
			"When Donald Trump suggested that Cuba would sue the U.S. for reneging on the deal, Marco Rubio fired back forcefully: \"If they sue us in Miami, they're going to lose.\"",
		want: []want{{"his rival had never held office", "Gary Wendt", claims.Indirect},
			{"They are here for the free stuff,", "Bennett", claims.Direct},
			{"the audit was out of date", "The mayor", claims.Indirect},
			{"the records were sealed", "The clerk", claims.Indirect},
			{"Cuba would sue the U.S. for reneging on the deal", "Donald Trump", claims.Indirect},
			{"If they sue us in Miami, they're going to lose.", "Marco Rubio", claims.Direct}},
	}})
	for _, c := range Extract("Councilman Gary Wendt shot back that his rival had never held office.") {
		if c.Act != claims.Said {
			t.Errorf("%q: act %q, want %q", c.Text, c.Act, claims.Said)
		}
	}
}

// TestNothingSaid checks cues that the words before them deny: what
// someone held back from saying is no claim of theirs.
func TestNothingSaid(t *testing.T) {
	checkForms(t, []form{{
		name: "stopping short of saying, hesitating to say, taking care not to say; \"all told\"",
		body: "The minister said talks would resume. She stopped short of saying the walkout was illegal.\n\n" +
			"The mayor hesitated to say the budget would balance.\n\n" +
			"The chief was careful not to say the suspect had fled.\n\nAll told, the group, whose members met last week, raised $4 million in February.",
		want: []want{{"talks would resume", "The minister", claims.Indirect}},
		none: []string{"the walkout was illegal", "the budget would balance", "the suspect had fled", "raised $4 million in February"},
		only: true,
	}})
}

// TestCueNounAfterAnArticle checks that a cue's word in its base form
// after "a" and a noun is that noun phrase's head, no verb: "a housing
// advocate", "a snappy retort".
func TestCueNounAfterAnArticle(t *testing.T) {
	checkForms(t, []form{{
		name: "a noun for what someone does or said",
		body: "\"Toronto is in a crisis,\" said Sean Galbraith, a housing advocate with the group More Neighbours Toronto.\n\n" +
			"Bernie Sanders delivered a snappy retort: \"No one is tearing this up.\"",
		want: []want{{"Toronto is in a crisis,", "Sean Galbraith", claims.Direct}, {"No one is tearing this up.", "Bernie Sanders", claims.Direct}},
		none: []string{"a housing advocate with the group More Neighbours Toronto."},
	}})
}

// TestCueNounAfterAPluralsVerb checks that a cue's word that is a noun as
// often ("notes", "claims") right after a plural and its verb is the
// verb's object: "The papers include notes Trudeau wrote" says nothing.
func TestCueNounAfterAPluralsVerb(t *testing.T) {
	checkForms(t, []form{{
		name: "a plural, its verb, its object",
		body: "Archive opens\n\nThe papers include notes Trudeau wrote in 1970.\n\nThe documents contain claims the minister made in 2019.",
		none: []string{"Trudeau wrote in 1970", "the minister made in 2019"},
	}})
}

// TestLetMeSay checks that "Let me say" and "Let me just say" make no
// claim of a speaker "Let me": the writer or speaker of the text, whom
// the sentence does not name.
func TestLetMeSay(t *testing.T) {
	for _, body := range []string{"Let me say that the plan was never overpopulated with dentists.", "Let me just say that it was not crowded with dentists."} {
		for _, c := range Extract(body) {
			if strings.HasPrefix(c.Speaker.Text, "Let") {
				t.Errorf("%q: a claim of %q", body, c.Speaker.Text)
			}
		}
	}
}

// TestCueWordsAsNouns checks words of saying that are no verb where they
// stand: a noun after a superlative ("one of the biggest challenges") and
// a participle that says what a thing is likened to ("a star likened to
// the Star of David") or whom people are against ("ranchers opposed to the
// mine"), whose phrases are no speakers.
func TestCueWordsAsNouns(t *testing.T) {
	for _, body := range []string{
		"He anticipated that one of the biggest challenges for a President Smith would be \u201cdealing with the debts that Jones is going to leave.\u201d",
		"While discussing a tweet featuring an image of Jane Roe, money and a six-pointed star likened to the Star of David, Speaker Tom Reyes said \u201chateful images have no place in a campaign.\u201d",
		"Lawyer Fraser Thomson, who represented ranchers opposed to the mine, called it \u201ca huge win for the headwaters.\u201d",
	} {
		for _, c := range Extract(body) {
			if strings.HasPrefix(c.Speaker.Text, "one of") || strings.HasPrefix(c.Speaker.Text, "money") || c.Speaker.Text == "ranchers" {
				t.Errorf("%q: a claim of %q: %q", body, c.Speaker.Text, c.Text)
			}
		}
	}
}

// TestAccusedOf checks a participle that says what someone is accused or
// suspected of, after the noun for them: no one accuses anyone there,
// and the reporter's byline before it is no speaker.
func TestAccusedOf(t *testing.T) {
	checkForms(t, []form{{
		name: "accused of, suspected of",
		body: "Rajoy said he would try to form a government. -- Kim Hjelmgaard\n\n" +
			"The homeless woman accused of deliberately driving onto a packed sidewalk told police she was stressed.\n\n" +
			"Charities that fund groups suspected of ties to militants were named in the report.",
		none: []string{"deliberately driving onto a packed sidewalk", "of ties to militants"},
	}})
}

// TestTheOther checks "The other said" after two unnamed sources: a
// statement of the second of them, unnamed, not lost as "the call" is no
// cue.
func TestTheOther(t *testing.T) {
	checkForms(t, []form{{
		name: "the other of two",
		body: "Two people familiar with the talks said a deal was close.\n\n" +
			"One of the people said the change could come in January. The other said no decision had been made.",
		want: []want{{"no decision had been made", "The other", claims.Indirect}},
	}})
}

// TestCalledIt checks that a naming verb's thing and the quote after it
// that judges it are a claim however few their words ('called the
// allegation "false"'); not a pronoun and its quote ('him a "loser"'),
// which the quote's own claim carries: a label of a word or three, a
// stance, hidden, but a phrase of four words or more, said.
func TestCalledIt(t *testing.T) {
	body := "Justin Trudeau is under pressure.\n\nTrudeau called the allegation \u201cfalse\u201d on Thursday.\n\nJeb Bush called him a \u201closer.\u201d"
	got := Extract(body)
	if c := find(got, "the allegation \u201cfalse\u201d"); c == nil || speakerOf(c) != "Justin Trudeau" || c.Kind != claims.Fragment {
		t.Errorf("no fragment claim of Trudeau's \"the allegation \u201cfalse\u201d\":%s", dump(got))
	}
	if c := find(got, "him a \u201closer.\u201d"); c != nil {
		t.Errorf("a pronoun and its quote made a claim of their own:%s", dump(got))
	}
	if c := find(got, "loser."); c == nil || c.Act.Checkable() {
		t.Errorf("want the label \"loser\" a stance, hidden:%s", dump(got))
	}
	got = Extract("Mark Carney called her \u201ca tireless advocate for the oceans and for her constituents.\u201d")
	if c := find(got, "a tireless advocate for the oceans and for her constituents."); c == nil || c.Act != claims.Said {
		t.Errorf("want the quoted phrase of four words or more said, shown:%s", dump(got))
	}
}

// TestSetPhrases checks that "to say" in a set phrase ("it's safe to
// say", "needless to say") is no cue: no one says what follows.
func TestSetPhrases(t *testing.T) {
	for _, body := range []string{
		"Trump said open borders are tearing families apart. Given his past comments on a wall, it’s safe to say he’s referring to the notion of closing the border.",
		"Needless to say, the mayor’s plan has its critics.",
	} {
		for _, c := range Extract(body) {
			if c.Cue == "say" {
				t.Errorf("%q: claim %q by %q on the cue %q", body, c.Text, c.Speaker.Name, c.Cue)
			}
		}
	}
}
