package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestReducedRelative checks that a name after a noun, before its verb,
// is a clause about that noun, not an attribution of the sentence before.
func TestReducedRelative(t *testing.T) {
	body := "Stanley Grizzle worked for 20 years as a train porter.\n\nHe also knew Jean Roe, who became a judge but worked for years as a porter, an experience Roe described in her autobiography."
	for _, c := range Extract(body) {
		if c.Cue == "described" && strings.Contains(c.Text, "also knew") {
			t.Errorf("%q attributed to %q", c.Text, c.Speaker.Text)
		}
	}
}

// TestSpeakersOwnClause checks that a phrase the speaker's clause opens
// with ("though on Wednesday, ...", "Speaking to reporters, ...") is not
// read as a statement before the attribution.
func TestSpeakersOwnClause(t *testing.T) {
	tests := []struct{ body, reporters string }{
		{"The Vatican did not respond to questions, though on Wednesday, Pope Leo took to X and said, \"Let us meet and negotiate now.\"", "Vatican"},
		{"Speaking to reporters in Delhi, opposition leader Ravi Menon said, \"These figures are fudged.\"", "Speaking"},
	}
	for _, tt := range tests {
		for _, c := range Extract(tt.body) {
			if strings.Contains(c.Text, tt.reporters) {
				t.Errorf("claim %q (%s, cue %q) holds the reporter's words", c.Text, c.Kind, c.Cue)
			}
		}
	}
}

// TestSpeakerMentions checks the speaker and the mention of statements
// whose subject is a relative pronoun (the speaker is what it stands for,
// the mention the pronoun itself, the word of the attribution that names
// them) or a phrase the mention finder does not know, read up to the verb
// without its adverbs.
func TestSpeakerMentions(t *testing.T) {
	tests := []struct {
		body, text, speaker, mention string
	}{
		{
			body:    "\"It is hard to see how he wins them over,\" said Lionel Sosa, a media consultant and an influential Republican who said he would not vote for Mr. Cruz.",
			text:    "he would not vote for Mr. Cruz",
			speaker: "Lionel Sosa", mention: "who",
		},
		{
			body:    "Obama has had a frosty relationship with Mitch McConnell, who in 2010 said the party's most important goal was to make Obama a one-term president.",
			text:    "the party's most important goal was to make Obama a one-term president",
			speaker: "Mitch McConnell", mention: "who",
		},
		{
			body:    "The campaign against the bill included members of the Saudi government, which has strongly denied that it played any part in the attacks.",
			text:    "it played any part in the attacks",
			speaker: "Saudi government", mention: "which",
		},
		{
			body:    "Taxes became an issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the rich — leading in the polls.",
			text:    "big tax hikes on the rich",
			speaker: "Hillary Clinton", mention: "who’s",
		},
		{
			body:    "There is serious concern about voter fraud, Donald Trump’s longtime confidant Roger Stone stated.",
			text:    "There is serious concern about voter fraud",
			speaker: "Roger Stone", mention: "Donald Trump’s longtime confidant Roger Stone",
		},
		{
			body:    "A former aide to ex-senator Robert Menendez testified on Tuesday that she had seen gold bars in his home.",
			text:    "she had seen gold bars in his home",
			speaker: "A former aide to ex-senator Robert Menendez", mention: "A former aide to ex-senator Robert Menendez", // someone related to him, unnamed
		},
		{
			body:    "The wife of former MP Derek Hollis told a Toronto court that she never saw the invoices.",
			text:    "she never saw the invoices",
			speaker: "The wife of former MP Derek Hollis", mention: "The wife of former MP Derek Hollis", // kin of his, unnamed
		},
		{
			body:    "Supporters of Donald Trump said the trial was unfair.",
			text:    "the trial was unfair",
			speaker: "Supporters of Donald Trump", mention: "Supporters of Donald Trump", // people of his, not he
		},
		{
			body:    "Hughes had asked for a trade last month, according to a person with knowledge of the talks who was not authorized to speak publicly.",
			text:    "Hughes had asked for a trade last month",
			speaker: "a person with knowledge of the talks", mention: "a person with knowledge of the talks", // not half the relative clause after
		},
		{
			body:    "Both men said the talks had been useful.",
			text:    "the talks had been useful",
			speaker: "Both men", mention: "Both men", // the quantifier that opens the phrase is in it
		},
		{
			body:    "All three candidates said taxes were too high.",
			text:    "taxes were too high",
			speaker: "All three candidates", mention: "All three candidates",
		},
		{
			body:    "Critics of Royal Bank said the fees were too high.",
			text:    "the fees were too high",
			speaker: "Critics of Royal Bank", mention: "Critics of Royal Bank", // people of the bank's, not the bank
		},
		{
			body:    "Bernie Sanders won in Oregon. Supporters of Sanders argue that the delegates should follow the voters.",
			text:    "the delegates should follow the voters",
			speaker: "Supporters of Sanders", mention: "Supporters of Sanders", // a surname alone is no less someone
		},
		{
			body:    "A former bookkeeper for developer Raymond Castillo told a jury on Wednesday that she was ordered to backdate invoices.",
			text:    "she was ordered to backdate invoices",
			speaker: "A former bookkeeper for developer Raymond Castillo", mention: "A former bookkeeper for developer Raymond Castillo", // who works for him, not he
		},
		{
			body:    "Raymond Castillo has pleaded not guilty. Lawyers for Castillo said in their opening statement that he had relied on his accountants.",
			text:    "he had relied on his accountants",
			speaker: "Lawyers for Castillo", mention: "Lawyers for Castillo", // not a body's name, as "Citizens for Tax Justice" is
		},
		{
			body:    "Gary Byrne, a former Secret Service agent for President Bill Clinton said the first lady had a temper.",
			text:    "the first lady had a temper",
			speaker: "Gary Byrne", mention: "Gary Byrne", // the description is set off after his name
		},
		{
			body:    "A columnist for the tech news site Pando said he was ashamed.",
			text:    "he was ashamed",
			speaker: "A columnist for the tech news site Pando", mention: "A columnist for the tech news site Pando", // the columnist, not the site
		},
		{
			body:    "Hillary Clinton raised money in Manhattan. The former secretary of state said the race was close.",
			text:    "the race was close",
			speaker: "Hillary Clinton", mention: "The former secretary of state", // the post whole, though "state" is a verb's word too
		},
		{
			body:    "Rents rose again. The minister of housing said rents would fall.",
			text:    "rents would fall",
			speaker: "The minister of housing", mention: "The minister of housing",
		},
		{
			body:    "Hydro One will invest $1 billion.\n\nFirst Nations leaders said they wanted a stake in the project.",
			text:    "they wanted a stake in the project",
			speaker: "First Nations leaders", mention: "First Nations leaders", // "First" opens the name, no ordinal
		},
		{
			body:    "Republicans weren’t too concerned about the shift in strategy.",
			text:    "the shift in strategy",
			speaker: "Republicans", mention: "Republicans",
		},
		{
			body:    "While Democrats argued that the plan would fail, the vote went ahead.",
			text:    "the plan would fail",
			speaker: "Democrats", mention: "Democrats", // not "While Democrats"
		},
	}
	for _, tt := range tests {
		c := find(Extract(tt.body), tt.text)
		if c == nil {
			t.Errorf("no claim %q in %q; got %s", tt.text, tt.body, dump(Extract(tt.body)))
			continue
		}
		if got := tt.body[c.Speaker.Span.Start:c.Speaker.Span.End]; speakerOf(c) != tt.speaker || got != tt.mention {
			t.Errorf("claim %q: speaker %q mention %q, want %q %q", tt.text, speakerOf(c), got, tt.speaker, tt.mention)
		}
	}
}

// TestReportedBy checks that an outlet named with "according to" after a
// quote its speaker is credited with is where the quote was reported, not
// a speaker of its own.
func TestReportedBy(t *testing.T) {
	body := "\"Our government is committed to the welfare of every farmer,\" Modi said at a rally in Varanasi, according to PTI."
	got := Extract(body)
	if c := find(got, "Our government is committed to the welfare of every farmer,"); c == nil || speakerOf(c) != "Modi" {
		t.Errorf("the quote is not Modi's:%s", dump(got))
	}
	for _, c := range got {
		if strings.Contains(c.Speaker.Text, "PTI") {
			t.Errorf("PTI credited with %q", c.Text)
		}
	}
}

// TestRoleNouns checks that a role noun names the person last given that
// role, in business and sport as in politics.
func TestRoleNouns(t *testing.T) {
	tests := []struct {
		name, body string
		want       map[string]string // claim text: speaker name, "" for no one named
		role       map[string]string // claim text: the speaker's role, where it matters
	}{
		{"a role in sport", "Arsenal boss Mikel Arteta has urged his players to be ruthless.\n\nThe Arsenal boss said his side had learned the hard way from last season.",
			map[string]string{"his side had learned the hard way from last season": "Mikel Arteta"}, nil},
		{"a post a country's possessive opens, set off before the name; not another country's", "Canada's deputy prime minister, Chrystia Freeland, and Foreign Affairs Minister Melanie Joly spoke.\n\n" +
			"Joly said the aid would continue. Freeland said Canada had a plan. The minister said the budget would rise.\n\n" +
			"Jordan's water minister, Raed Abu Saud, said the deal would ease shortages.\n\nIsrael's energy minister said the agreement worked.",
			map[string]string{"the budget would rise": "Chrystia Freeland", "the agreement worked": ""}, nil},
		{"a British secretary of state is a minister", "The Education Secretary, Bridget Phillipson, said schools would get more money.\n\nThe minister added that teachers would receive a pay rise.",
			map[string]string{"teachers would receive a pay rise": "Bridget Phillipson"}, nil},
		{"a judge of England's High Court is Mr Justice, and the judge", "Sentencing her, Mr Justice Harlow said she had betrayed their trust.\n\n\"You preyed on people who could not defend themselves,\" the judge told her.",
			map[string]string{"You preyed on people who could not defend themselves,": "Harlow"}, nil},
		// "the justice", "the columnist" are the one the article named with
		// the post; a longer description with no holder reads as any other
		// ("The Supreme Court justice" after the one person of the lede).
		{"a post the article named someone with", "Justice Amy Coney Barrett pressed the lawyer. \"Could he do that?\" the justice asked.\n\n" +
			"\"Many of his ideas are far from heartwarming,\" columnist Ai Jun wrote. Trump has one thing in common with voters, the columnist suggested: \"They are tired of Washington.\"",
			map[string]string{"Could he do that?": "Amy Coney Barrett", "They are tired of Washington.": "Ai Jun"}, nil},
		{"a longer description of the post with no holder", "Ruth Bader Ginsburg regrets her insults of Donald Trump.\n\nThe Supreme Court justice said she regretted her remarks.",
			map[string]string{"she regretted her remarks": "Ruth Bader Ginsburg"}, nil},
		// British news names people by age and family after naming them once;
		// an age before another noun only describes it.
		{"an age and a family", "Sarah Jones, a maths teacher from Leeds, said she could not afford to strike. \"I have two kids and a mortgage,\" the mother-of-two said.\n\n" +
			"The 41-year-old added that many colleagues felt the same way.\n\n" +
			"Tom Hill said he would vote. The 72-year-old former mayor, who led a march after the Orlando massacre, thinks the party had changed.",
			map[string]string{"I have two kids and a mortgage,": "Sarah Jones", "many colleagues felt the same way": "Sarah Jones", "the party had changed": ""}, nil},
		{"the verb before a role is the subject's, not the role's", "The team fired head coach Martin Lefebvre on Monday. \"I am grateful,\" Lefebvre said.",
			map[string]string{"I am grateful,": "Martin Lefebvre"}, map[string]string{"I am grateful,": "head coach"}},
		{"and after an auxiliary", "Manchester United have sacked manager Erik ten Hag. \"I am grateful,\" Ten Hag said.",
			map[string]string{"I am grateful,": "Erik ten Hag"}, map[string]string{"I am grateful,": "manager"}},
		{"a description whose head is a post's acronym refers back as one in lower case does", "Rachel Maskell told the BBC that the cuts went too far. \"I did not come into politics to do this,\" the York Central MP said.",
			map[string]string{"I did not come into politics to do this,": "Rachel Maskell"}, nil},
		// "County Executive" is no organisation, also before a given name
		// that is a word of the dictionary ("Dale", "Rusty").
		{"the titles of local government", "County Executive Dale Pruitt said the budget was balanced. \"We will not raise taxes,\" he said.\n\n" +
			"County Clerk Rusty Tanner said the ballots were counted.",
			map[string]string{"the budget was balanced": "Dale Pruitt", "We will not raise taxes,": "Dale Pruitt", "the ballots were counted": "Rusty Tanner"}, nil},
		{"a post of another department is someone else's", "Former Secretary of State Madeleine Albright urged women to vote.\n\nThe Secretary of Defense said the budget would grow.\n\n" +
			"Finance Minister Bill Morneau spoke on Monday. The Minister of Finance said the deficit would shrink.",
			map[string]string{"the budget would grow": "", "the deficit would shrink": "Bill Morneau"}, nil},
		{"an adverb opening the sentence is no part of the title after it", "Perhaps Mr. Okafor said the vote was a warning.",
			nil, map[string]string{"the vote was a warning": "Mr."}},
	}
	for _, tt := range tests {
		got := Extract(tt.body)
		for text, want := range tt.want {
			if c := find(got, text); c == nil || c.Speaker.Name != want {
				t.Errorf("%s: %q not %q's:%s", tt.name, text, want, dump(got))
			}
		}
		for text, want := range tt.role {
			if c := find(got, text); c == nil || c.Speaker.Role != want {
				t.Errorf("%s: %q not said as %q:%s", tt.name, text, want, dump(got))
			}
		}
	}
}

// TestPutIt checks that the "it" of "as X put it" is what X put, never a
// speaker, though a description with a quoted title stands between.
func TestPutIt(t *testing.T) {
	got := Extract("Judges disagreed.\n\nAs Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten Constitution,'' put it, " +
		"''Senate Republicans should remember that a compromise is better.''")
	for _, c := range got {
		if c.Speaker.Text == "it" {
			t.Errorf("\"it\" speaks:%s", dump(got))
		}
	}
	if c := find(got, "Senate Republicans should remember that a compromise is better."); c == nil {
		t.Errorf("no quote:%s", dump(got))
	}
}

// TestItSpeaks checks that "it" speaks for the organisation named last.
func TestItSpeaks(t *testing.T) {
	body := "The Congressional Budget Office released its estimate on Monday. It said the deficit would reach $1 trillion next year."
	got := Extract(body)
	if c := find(got, "the deficit would reach $1 trillion next year"); c == nil || c.Speaker.Name != "Congressional Budget Office" || c.Speaker.Text != "It" {
		t.Errorf("not the CBO's, by its \"It\":%s", dump(got))
	}
	// A body named after "The" is what "it" stands for, not a thing named
	// after it in the same sentence.
	body = "The Food Standards Agency warned people to stay away from slimming products that contained DNP.\n\n" +
		"\u201cWe advise the public not to take any tablets containing DNP,\u201d it said in a statement."
	got = Extract(body)
	if c := find(got, "We advise the public not to take any tablets containing DNP,"); c == nil || c.Speaker.Name != "Food Standards Agency" {
		t.Errorf("not the agency's, by its \"it\":%s", dump(got))
	}
}

// TestSpeakersFromContext checks speakers found from what the article says
// around a quote rather than beside it: the role a person held, a name of
// several words before the speaker's, an attribution after a trailing
// phrase, a stand-alone quote paragraph, an expletive "it" and a colon
// after an apposition. A pronoun with nothing it can stand for leaves the
// quote unattributed rather than given to the person nearby.
func TestSpeakersFromContext(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a role held, in a term served",
			body: "Doug McCallum spoke at one debate.\n\nMcCallum’s last term as Surrey mayor ended in 2005.\n\nBut the mayor claimed a study had been done by TransLink.",
			want: []want{{"a study had been done by TransLink", "Doug McCallum", claims.Indirect}},
		},
		{
			name: "a name of several words describing the speaker",
			body: "“There is an element of gamesmanship going on,” University of the Fraser Valley political scientist Hamish Telford said.",
			want: []want{{"There is an element of gamesmanship going on,", "Hamish Telford", claims.Direct}},
		},
		{
			name: "an attribution after a trailing phrase",
			body: "BC Hydro said in a statement that 600,000 customers lost power.\n\n\"Hundreds of downed trees have left some roads impassable\" including Lake Cowichan, it said.",
			want: []want{{"Hundreds of downed trees have left some roads impassable", "BC Hydro", claims.Direct}},
		},
		{
			name: "a stand-alone quote two paragraphs after its speaker's",
			body: "\"People who survived were less likely to be working,\" Garland said.\n\n" +
				"The financial fallout from suffering a stroke was the most significant.\n\n" +
				"\"So stroke patients were losing about a third on average of their incomes.\"",
			want: []want{{"So stroke patients were losing about a third on average of their incomes.", "Garland", claims.Direct}},
		},
		{
			name: "an expletive it is no one",
			body: "He also knew Stanley Grizzle, who described the work in his autobiography.\n\n" +
				"Yet it was only recently that Cecil Foster pieced these fragments together. “I never put these elements together,” he remarks.",
			want: []want{{"I never put these elements together,", "Cecil Foster", claims.Direct}},
		},
		{
			name: "a colon after the subject and its apposition",
			body: "Dave Martell, the addictions doctor on Nova Scotia's South Shore, is more blunt: \"I think they're going to uncover things that are horrifying.\"",
			want: []want{{"I think they're going to uncover things that are horrifying.", "Dave Martell", claims.Direct}},
		},
		{
			name: "an it with no organisation before it",
			body: "Rod Peters spoke to the town.\n\n\"Some areas will be without power for several more days,\" it said.",
			want: []want{{"Some areas will be without power for several more days,", "it", claims.Direct}},
		},
	})
}

// TestAfterADescribedSpeaker checks that a quote after one whose speaker
// is described in words no mention reads ("says the affable proprietor")
// goes on with that speaker, shown by the description and no name, rather
// than with the person quoted before.
func TestAfterADescribedSpeaker(t *testing.T) {
	body := "\"Most shops will not print anything less than 1,000 copies,\" says his partner, Tom Reyes. " +
		"The minimum here is lower. \"One!\" says the affable proprietor. \"No, two, because one goes on the shelf.\""
	got := Extract(body)
	if c := find(got, "No, two, because one goes on the shelf."); c == nil || c.Speaker.Name != "" || c.Speaker.Text != "the affable proprietor" {
		t.Errorf("want the last quote the affable proprietor's, no one named; got %s", dump(got))
	}
}

// TestTagWithOtherVerb checks that a quote its comma closes before a
// pronoun and a verb that is no verb of saying ('"...," they sign off as a
// group') is that pronoun's, not the speaker's before; and that a quote
// standing alone after "X says he knows ..." is not given to whomever
// "he" would mean.
func TestTagWithOtherVerb(t *testing.T) {
	checkForms(t, []form{{
		name: "a tag with another verb, and no inheritance through a statement's pronoun",
		body: "Stephen Gillis said the video moved him.\n\nThe players hold up signs in the video.\n\n" +
			"Another player says he knows this is a lot to ask.\n\n\u201cPlease help us help our coach,\u201d they sign off as a group.\n\n" +
			"Another player says he knows the coach well.\n\n\u201cHe never gives up.\u201d",
		want: []want{{"Please help us help our coach,", "they", claims.Direct}},
	}})
	got := Extract("Stephen Gillis said the video moved him.\n\nAnother player says he knows the coach well.\n\n\u201cHe never gives up.\u201d")
	if c := find(got, "He never gives up."); c != nil && c.Speaker.Name == "Stephen Gillis" {
		t.Errorf("a quote after a description's statement went to Gillis:%s", dump(got))
	}
}

// TestQuoteAfterFrontedClause checks that a quote standing alone after a
// sentence whose main clause has its own speaker goes to that speaker,
// not to the asker of the clause set before it ("When I asked whether
// she'd ever leave, she laughed. "Where would I go?"").
func TestQuoteAfterFrontedClause(t *testing.T) {
	checkForms(t, []form{{
		name: "the main clause's speaker, not the fronted clause's",
		body: "The ferry\n\nBy Megan Doyle\n\nWendy Langille has lived on the island for 60 years. " +
			"When I asked whether she'd ever leave, she laughed. \"Where would I go? Halifax?\"",
		want: []want{{"Where would I go? Halifax?", "Wendy Langille", claims.Direct}},
	}})
}

// TestSentenceInParentheses checks that a sentence in parentheses ends
// the one before it and is an aside: no statement after it reaches back
// over the reporter's words before it, a quote standing alone after it
// goes on with the speaker before it, and whom it names is no subject a
// pronoun after it goes on with.
func TestSentenceInParentheses(t *testing.T) {
	checkForms(t, []form{{
		name: "a parenthesis between sentences",
		body: "Barbers talk.\n\nI called Jane Roe, who owns a shop named after her grandmother. (She was busy.) \"Call back later,\" she said.\n\n" +
			"Sean Hannity has turned over one of his shows to a town hall with Mr. Trump. (As BuzzFeed News first reported, Mr. Trump voiced support for the campaign in a 2002 discussion.)\n\n" +
			"On other days, he has lent his platform to wild accusations. He showed a video of a supposed seizure.\n\n" +
			"Mayor Ann Cole said the budget was tight. (The city has cut 40 jobs since 2020.) \"We will manage.\"",
		want: []want{{"Call back later,", "Jane Roe", claims.Direct},
			{"a video of a supposed seizure", "Sean Hannity", claims.Indirect},
			{"We will manage.", "Ann Cole", claims.Direct}},
	}})
	for _, c := range Extract("Barbers talk.\n\nI called Jane Roe, who owns a shop named after her grandmother. (She was busy.) \"Call back later,\" she said.") {
		if strings.HasPrefix(c.Text, "I called") && c.Kind == claims.Fragment {
			t.Errorf("the reporter's words before a parenthesis are a claim: %q", c.Text)
		}
	}
}
