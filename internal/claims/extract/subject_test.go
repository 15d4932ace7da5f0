package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestSubjectsPastAsides checks the speaker of a cue whose subject stands
// before a long aside, or opens a clause after a subordinator.
func TestSubjectsPastAsides(t *testing.T) {
	checkForms(t, []form{
		{
			name: "'as' and a role after a verb open no clause whose subject a name set off after it could be",
			body: "Kayla Hiltz disagrees. She works as a technician at the company planning the project, Ocean Breeze Energy, and says it will bring good jobs.",
			want: []want{{"it will bring good jobs", "Kayla Hiltz", claims.Indirect}},
		},
		{
			name: "adverbs in a row between the subject and its verb",
			body: "Hillary Clinton spoke in Seattle.\n\nShe spoke after Arizona was called, following a day in which she repeatedly, implicitly criticized the front-runner on foreign policy.\n\n" +
				"New Jersey Gov. Chris Christie, a staunch Donald Trump ally, effectively acknowledged some plagiarism in the speech.",
			want: []want{{"the front-runner on foreign policy", "Hillary Clinton", claims.Indirect},
				{"some plagiarism in the speech", "Chris Christie", claims.Indirect}},
		},
		{
			name: "a second aside about the body a person's role names",
			body: "Gustav Ando, research director for IHS Life Sciences, a business information and consulting company, said he thought prices would fall.\n\n" +
				"Jane Roe, a spokeswoman for the Acme Corporation, a maker of anvils, said the plant would close.\n\n" +
				"Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the primaries had hurt her.\n\n" +
				"Like many who oppose YIMBY-style growth, Jennifer Friedenbach, the executive director of the Coalition on Homelessness, an activist group, worries that loosening the rules will benefit the affluent first.\n\n" +
				"My contact at Silego says they are going to send me the documentation soon.",
			want: []want{{"he thought prices would fall", "Gustav Ando", claims.Indirect},
				{"the plant would close", "Jane Roe", claims.Indirect},
				{"the primaries had hurt her", "Geoff Garin", claims.Indirect},
				{"loosening the rules will benefit the affluent first", "Jennifer Friedenbach", claims.Indirect},
				{"they are going to send me the documentation soon", "My contact at Silego", claims.Indirect}},
		},
		{
			name: "a relative clause between the subject and its verb, an object pronoun as the source",
			body: "But progressive organizations that have endorsed him say they believe superdelegates should choose the winner.\n\n" +
				"Executives who have worked with Lachlan Murdoch say he shares some of his father's views.\n\n" +
				"Jorge Ramos considers himself an immigrant.\n\nHe crossed the border after, according to him, the network censured his first report.",
			want: []want{{"they believe superdelegates should choose the winner", "progressive organizations", claims.Indirect},
				{"he shares some of his father's views", "Executives", claims.Indirect},
				{"He crossed the border after the network censured his first report", "Jorge Ramos", claims.Indirect}},
		},
		{
			name: "a relative clause opened by 'that' and its verb; not one that holds the cue, nor one before a subject of its own",
			body: "The union that represents most of the company's workers said it had not been consulted.\n\n" +
				"A spokesperson for the agency that runs the program said it was under review.\n\n" +
				"In New York, after meeting with civil rights leaders, Jane Roe proposed new federal regulations that would end what she said were overly punitive school discipline policies.\n\n" +
				"Ann Lee won by a margin that led her to declare that the race was over.\n\n" +
				"Crime fell because of the deterrent effect that is common when would-be criminals know their victims might be armed.",
			want: []want{{"it had not been consulted", "The union", claims.Indirect},
				{"it was under review", "the agency", claims.Indirect},
				{"were overly punitive school discipline policies", "Jane Roe", claims.Indirect},
				{"the race was over", "Ann Lee", claims.Indirect},
				{"their victims might be armed", "would-be criminals", claims.Indirect}},
		},
		{
			name: "a source's request not to be named ends with its passive, and the main verb's statement follows",
			body: "A witness who asked not to be named told CBC News she saw the man run toward the river.",
			want: []want{{"not to be named", "A witness", claims.Indirect},
				{"she saw the man run toward the river", "A witness", claims.Indirect}},
		},
		{
			name: "a restrictive relative clause's statement ends where the main verb of saying comes",
			body: "The officer who said she saw the crash told reporters the driver was speeding.",
			want: []want{{"she saw the crash", "The officer", claims.Indirect},
				{"the driver was speeding", "The officer", claims.Indirect}},
		},
		{
			name: "places listed after a preposition are where the subject is, not the subject",
			body: "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed by the party.\n\n" +
				"Farmers in Iowa and Nebraska said the rain came too late.",
			want: []want{{"they felt betrayed by the party", "Most Republican voters", claims.Indirect},
				{"the rain came too late", "Farmers", claims.Indirect}},
		},
		{
			name: "a campus set off after a university's name is the university's; two people of it speak together",
			body: "Jane Roe of the University of Wisconsin, Madison said the data was clear.\n\n" +
				"Ann Lee and Ruth Diaz of the University of Toronto suggest that the rules failed.\n\n" +
				"On Thursday night, as the candidates took the stage here at the University of Miami, Trump said the party must unite.\n\n" +
				"Jennifer Doudna spoke on Monday. Doudna, a biochemist at the University of California, Berkeley, said young researchers were leaving.",
			want: []want{{"the data was clear", "Jane Roe", claims.Indirect},
				{"young researchers were leaving", "Jennifer Doudna", claims.Indirect},
				{"the rules failed", "Ann Lee and Ruth Diaz", claims.Indirect},
				{"the party must unite", "Trump", claims.Indirect}},
		},
		{
			name: "a relative after a description set off after a name",
			body: "Laurence Meyer, a former Fed governor who argued that rates must rise, spoke in Washington.",
			want: []want{{"rates must rise", "Laurence Meyer", claims.Indirect}},
		},
		{
			name: "a relative clause with a time in it",
			body: "Hillary Clinton spoke.\n\nThe groups who met her on Thursday say they are worried about the law.",
			want: []want{{"they are worried about the law", "The groups", claims.Indirect}},
		},
		{
			name: "those asked speak; an 'it' that stands for its infinitive, or a passive's, says nothing",
			body: "By 58%-33%, those surveyed said the group's funding should not be cut.\n\n" +
				"All those involved say the issue is complex.\n\n" +
				"It is easy to criticize the length of American campaigns.\n\n" +
				"It's hard not to wonder whether Republican officials are envious.\n\n" +
				"It's implied that he won't stand in the senator's way.\n\n" +
				"The company said it is likely to announce that 200 jobs will go.",
			want: []want{{"the group's funding should not be cut", "those surveyed", claims.Indirect},
				{"the issue is complex", "All those involved", claims.Indirect},
				{"it is likely to announce that 200 jobs will go", "The company", claims.Indirect}},
			none: []string{"the length of American campaigns", "whether Republican officials are envious", "he won't stand in the senator's way"},
		},
		{
			name: "a time with its modifier after a participle",
			body: "A Quinnipiac University poll released in late August found that 74 percent of likely voters want the returns.",
			want: []want{{"74 percent of likely voters want the returns", "Quinnipiac University poll", claims.Indirect}},
		},
		{
			name: "the journal a document came out in is not its finder, nor the court a lawsuit was filed in",
			body: "A study published last month in JAMA estimated that vaccination rates had fallen in 39 states.\n\n" +
				"A report released Tuesday in the journal Nature found that air pollution killed 8 million people.\n\n" +
				"A class action filed in Ontario Superior Court alleges the grocers fixed prices. A lawsuit filed on Monday accuses them of fraud.",
			want: []want{{"vaccination rates had fallen in 39 states", "A study", claims.Indirect}, {"air pollution killed 8 million people", "A report", claims.Indirect},
				{"the grocers fixed prices", "A class action", claims.Indirect}, {"them of fraud", "A lawsuit", claims.Indirect}},
		},
		{
			name: "a relative clause with verbs of its own",
			body: "Chris Christie, who has campaigned heavily for Donald Trump since he suspended his own presidential campaign in February, blasted Hillary Clinton as a \"disgrace\" on Wednesday.",
			want: []want{{"disgrace", "Chris Christie", claims.Fragment}},
		},
		{
			name: "a long restrictive relative clause between the subject and its cue, or one without \"who\" or \"that\"",
			body: "A Nanaimo couple who built a tiny house in their backyard for their adult son say the city is treating them unfairly.\n\n" +
				"Voters I met in small towns said they felt ignored. The people we spoke to in the city said they were angry.",
			want: []want{{"the city is treating them unfairly", "A Nanaimo couple", claims.Indirect},
				{"they felt ignored", "Voters", claims.Indirect}, {"they were angry", "The people", claims.Indirect}},
		},
		{
			name: "an aside between dashes, a statement from an organisation",
			body: "The city's auditor -- who declined to be named because she was not authorized to speak -- said the figures were broadly accurate.\n\n" +
				"A statement from the Taxpayers Alliance said the city's debt had doubled since 2019.",
			want: []want{
				{"the figures were broadly accurate", "The city's auditor", claims.Indirect},
				{"the city's debt had doubled since 2019", "Taxpayers Alliance", claims.Indirect},
			},
		},
		{
			name: "a participle's aside",
			body: "Donald Trump, appearing after Hillary Clinton at the NBC forum on Wednesday, cited problems in the Middle East and in China as the fruits of her policies.",
			want: []want{{"problems in the Middle East and in China as the fruits of her policies", "Donald Trump", claims.Indirect}},
		},
		{
			name: "a cue after a possessive is a noun, the stance of the possessive's holder",
			body: "Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago this year alone.",
			want: []want{{"there have been “thousands of shootings” in Chicago this year alone", "Donald Trump", claims.Fragment}},
		},
		{
			name: "a modal or an adverb in -ly between the subject and the cue",
			body: "If the I.R.S. has questions about the returns, Senator Ana Lopez should argue that the law protects every taxpayer.\n\n" +
				"Senator Ana Lopez spoke to Carl Diaz in the hall, and in the end Diaz actually argued that the new tax plan would hurt families.",
			want: []want{
				{"the law protects every taxpayer", "Ana Lopez", claims.Indirect},
				{"the new tax plan would hurt families", "Carl Diaz", claims.Indirect},
			},
		},
		{
			name: "a capitalised title alone, the name set off after it",
			body: "The Chancellor, Rachel Reeves, said the budget would ‘fix the foundations’ of the economy.\n\n" +
				"Unemployment rose to 5.1 per cent, according to the Office for National Statistics.",
			want: []want{
				{"fix the foundations", "Rachel Reeves", claims.Fragment},
				{"Unemployment rose to 5.1 per cent", "Office for National Statistics", claims.Indirect},
			},
		},
		{
			name: "a hometown and its state set off after the name",
			body: "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for the nation.\n\n" +
				"Ann Lee, of Silver Spring, Md., who watched the ceremony, said the event brought back memories.\n\n" +
				"The visitors included Sam Ortiz, of Dayton, Ohio, who said the museum told the story well.",
			want: []want{
				{"he had fought in Vietnam for the nation", "Johnnie Wilson", claims.Indirect},
				{"the event brought back memories", "Ann Lee", claims.Indirect},
				{"the museum told the story well", "Sam Ortiz", claims.Indirect},
			},
		},
		{
			name: "a party and state in brackets after the name; the author of a statement",
			body: "After winning Ohio in the primary, Gov. John Kasich (R-OH) said the race was far from over.\n\n" +
				"On Friday, Black Lives Matter issued a statement saying it took the action because of the unsafe conditions.",
			want: []want{
				{"the race was far from over", "John Kasich", claims.Indirect},
				{"it took the action because of the unsafe conditions", "Black Lives Matter", claims.Indirect},
			},
		},
		{
			name: "a participle after the main clause, a relative clause inside an apposition, an adverb",
			body: "But when Mr. Hurt asked Norton to republish the book this year, the publisher declined, citing legal risks and the expenses of legal vetting.\n\n" +
				"Trump has banned various news organizations, including The Washington Post, from obtaining credentials, citing his anger at articles.\n\n" +
				"In a statement announcing the pick, the Association of Flight Attendants called Clinton a champion, citing her work after the attacks.\n\n" +
				"But Mr. Guerrero, a Republican who described himself as a religious Catholic, said he recoiled when the attacks began.\n\n" +
				"Sanders argued that the provision amounted to slavery, but Clinton has nevertheless called his vote an irresponsible one.",
			want: []want{
				{"legal risks and the expenses of legal vetting", "the publisher", claims.Indirect},
				{"his anger at articles", "Trump", claims.Indirect},
				{"her work after the attacks", "Association of Flight Attendants", claims.Indirect},
				{"he recoiled when the attacks began", "Guerrero", claims.Indirect},
				{"his vote an irresponsible one", "Clinton", claims.Indirect},
			},
		},
		{
			name: "a cue in the future speaks not yet; an organisation's secretary-general",
			body: "Prime Minister Mark Carney says Canada will respond \"forcefully\" to the new tariffs.\n\n" +
				"The UN secretary-general, António Guterres, told the Security Council the situation was \"catastrophic\".",
			want: []want{
				{"forcefully", "Mark Carney", claims.Fragment},
				{"catastrophic", "António Guterres", claims.Fragment},
			},
		},
		{
			name: "the subject right after a subordinator; the main clause's after the clause it opens",
			body: "Chris Christie called Hillary Clinton a disgrace after she attacked officers nationwide and blamed police shootings on \"implicit bias\" against minorities.\n\n" +
				"When she appeared before supporters late Monday, Hillary Clinton declined to claim outright victory - only saying that she was relieved at the numbers.",
			want: []want{{"implicit bias", "Hillary Clinton", claims.Fragment}, {"she was relieved at the numbers", "Hillary Clinton", claims.Indirect}},
		},
	})
}

// TestCountedSubjects checks that "both", "each" and "all" after a subject
// count it: the speakers are the two named, or the noun set off before
// their names, never the first or the last of them alone; a name after a
// preposition is not the subject they count.
func TestCountedSubjects(t *testing.T) {
	checkForms(t, []form{
		{
			name: "two names counted by 'both'",
			body: "Jane Roe and John Doe both said the bridge was unsafe.",
			want: []want{{"the bridge was unsafe", "Jane Roe and John Doe", claims.Indirect}},
		},
		{
			name: "two names counted after an auxiliary",
			body: "Jane Roe and John Doe have each said the bridge was unsafe.",
			want: []want{{"the bridge was unsafe", "Jane Roe and John Doe", claims.Indirect}},
		},
		{
			name: "two names set off after the noun they name",
			body: "The two mayors, Jane Roe and John Doe, both said the bridge was unsafe.",
			want: []want{{"the bridge was unsafe", "The two mayors", claims.Indirect}},
		},
		{
			name: "names after a preposition are not the subject",
			body: "Aides to Jane Roe and Doe all said the bridge was unsafe.",
			want: []want{{"the bridge was unsafe", "Aides", claims.Indirect}},
		},
	})
}

// TestRelativeBeforeAside checks that a relative clause before an aside
// that goes on with "and who" is the subject's, not its speaker: the body
// "the ministry" names is where the woman works, and she says it. So is
// the part of a body "in" which the subject works ("One engineer in the
// ministry's bridge office").
func TestRelativeBeforeAside(t *testing.T) {
	checkForms(t, []form{{
		name: "the subject, its relative clause and an aside adding to it",
		body: "The Ministry of Transport said the bridge would reopen in May.\n\n" +
			"A man who works at the ministry, and who asked not to be named because he was not allowed to speak, said the repairs had barely begun.",
		want: []want{{"the repairs had barely begun", "A man", claims.Indirect}},
	}, {
		name: "a worker in part of a body, then an aside",
		body: "The Ministry of Transport said the bridge would reopen in May.\n\n" +
			"One engineer in the ministry's bridge office, who asked not to be named, said the repairs had barely begun.",
		want: []want{{"the repairs had barely begun", "One engineer", claims.Indirect}},
	}, {
		name: "and whom the next pronoun means, though no name stands for her",
		body: "In a memo to staff, Minister Anita Rao wrote that the bridge would reopen in May.\n\n" +
			"One engineer in the ministry's bridge office, who asked not to be named, said the repairs had barely begun.\n\n" +
			"\"We read about it on our phones,\" she said.",
		want: []want{{"We read about it on our phones,", "One engineer", claims.Direct}},
	}})
}

// TestPartyTagInBrackets checks that a party and state tag in brackets,
// "(R-Fla.)", keeps its abbreviation's period and speaks for no one: "all
// of whom opposed" after a list of senators is theirs, not the tag's.
func TestPartyTagInBrackets(t *testing.T) {
	for _, q := range Extract("Ms. Roe teamed up with Sens. Jane Doe (D-N.J.) and Ann Lee (R-Fla.), all of whom opposed the bill last summer, to write a new one.") {
		if strings.Contains(q.Speaker.Text, "R-Fla") || strings.Contains(q.Speaker.Name, "R-Fla") {
			t.Errorf("claim %q: speaker %q (%q), a party tag", q.Text, q.Speaker.Text, q.Speaker.Name)
		}
	}
}

// TestGerundAfterSubordinator checks that a cue in -ing after "while" or
// "after" speaks for the main clause's subject, not for a name in an
// aside between them, and that "quoted X as saying" is no such cue.
func TestGerundAfterSubordinator(t *testing.T) {
	checkForms(t, []form{{
		name: "'while chanting' after an aside that names teams",
		body: "Small groups of protesters continued to demand answers about the shooting, marching past the arena - where the Winnipeg Jets played the Calgary Flames - while chanting, \"We want answers.\"",
		want: []want{{"We want answers.", "Small groups of protesters", claims.Direct}},
	}, {
		name: "'quoted X as saying', X named",
		body: "A memo quoted Mayor Jane Roe as saying \"We will not budge on the levy.\"",
		want: []want{{"We will not budge on the levy.", "Jane Roe", claims.Direct}},
	}, {
		name: "'quoted X as saying', X after an abbreviated title",
		body: "The Toronto Star quoted Coun. Stephen Holyday as saying the plan shows no restraint at all.",
		want: []want{{"the plan shows no restraint at all", "Stephen Holyday", claims.Indirect}},
	}, {
		name: "'quoted X as saying'",
		body: "President Jane Roe spoke in the East Room on Monday.\n\nAn early post quoted the president as saying \"We need to act before the next flood!\"",
		want: []want{{"We need to act before the next flood!", "Jane Roe", claims.Direct}},
	}})
}

// TestSpeakerBeforeApposition checks that a name with what the person is
// set off after it, then a verb of saying ("Ruth Wheeler, a visiting
// fellow at the institute, said"), is that verb's speaker, as salient as
// one right before the verb: the "he" or "she" after it is that person,
// not a name inside what they said. So is a name set off with the body
// it belongs to after a description ("One pastor supporting Mr. Cruz,
// Daniel Whiting of Grace Baptist Church in Marion, said"), not the one
// the description names.
func TestSpeakerBeforeApposition(t *testing.T) {
	checkForms(t, []form{{
		name: "a pronoun after a speaker set off by an apposition",
		body: "Mayor Dan Ortiz is not without recourse if he thinks the judge erred.\n\n" +
			"Frank Wheeler, a visiting fellow at the Halden Institute, said Ortiz could file a complaint with the court. He said Ortiz would have to show that the judge was biased.",
		want: []want{{"Ortiz would have to show that the judge was biased", "Frank Wheeler", claims.Indirect}},
	}, {
		name: "a name set off with its body after a description that names someone else",
		body: "Senator Ted Cruz spoke in Iowa on Monday.\n\n" +
			"One pastor supporting Mr. Cruz, Daniel Whiting of Grace Baptist Church in Marion, said he had made 150 calls to other pastors. " +
			"He has spoken about the caucuses at every service since May, he said.",
		want: []want{{"he had made 150 calls to other pastors", "Daniel Whiting", claims.Indirect},
			{"He has spoken about the caucuses at every service since May", "Daniel Whiting", claims.Indirect}},
	}, {
		name: "a participle after what was said is the speaker's, not the person's named before the speaker",
		body: "On the day that footage showed a guard at a rally pushing a protester, Mayor Ruth Dalby said of the scene, \"I do not like it at all,\" adding that \"they have anger that is hard to believe.\"",
		want: []want{{"they have anger that is hard to believe.", "Ruth Dalby", claims.Direct}},
	}, {
		name: "the words before a speaker whose quote follows set the scene and are no part of a claim",
		body: "Hours after a video showed a guard pushing a protester, Mayor Ruth Dalby said of the scene, \"I do not like what I saw there,\" adding that the guard had been suspended.",
		want: []want{{"I do not like what I saw there,", "Ruth Dalby", claims.Direct},
			{"the guard had been suspended", "Ruth Dalby", claims.Indirect}},
	}})
	// The words before the speaker are not glued to the quote as a claim.
	for _, c := range Extract("Hours after a video showed a guard pushing a protester, Mayor Ruth Dalby said of the scene, \"I do not like what I saw there,\" adding that the guard had been suspended.") {
		if strings.HasPrefix(c.Text, "Hours after") {
			t.Errorf("the scene became part of a claim: %q", c.Text)
		}
	}
}

// TestWhoAfterWhereFrom checks that "who" after a person, what they are
// and where they are from ("a dentist from Englewood, New Jersey, who")
// is the person's, not the state's, and that a headline's verb ends the
// name before it ("Jane Roe Endorses Tom Lee" names two people, and the
// body's "Tom Lee" is not a name that holds both).
func TestWhoAfterWhereFrom(t *testing.T) {
	checkForms(t, []form{{
		name: "a person, a description, a town and a state, then who",
		body: "\"That worries people here,\" said Alan Berger, a dentist from Englewood, New Jersey, who said he knows the family well.",
		want: []want{{"he knows the family well", "Alan Berger", claims.Indirect}},
	}, {
		name: "a headline's verb between two names",
		body: "Conservative Leader Jane Roe Endorses Tom Lee.\n\n" +
			"Jane Roe, the leader of the party, has endorsed Sen. Tom Lee for governor.\n\n" +
			"Lee, a graduate of Harvard Law School who has argued cases before the court, said he was grateful.",
		want: []want{{"he was grateful", "Tom Lee", claims.Indirect}},
	}})
}

// TestDocumentBeforeThat checks that a document a relative "that" follows
// is the subject of the cue right after it ("despite a new report that
// says"), not the person the sentence opens with.
func TestDocumentBeforeThat(t *testing.T) {
	checkForms(t, []form{{
		name: "a report that says",
		body: "Premier Dana Holt is standing by her plan to widen the bridge, despite a new audit that says it will cost twice as much.",
		want: []want{{"it will cost twice as much", "a new audit", claims.Indirect}},
	}})
}

// TestDocumentByWhom checks that a document named with whom it is by or
// for ("A study by the city", "A report commissioned by the city", "A
// report released by the city on Monday") is the subject of what it
// found, not the words after "by" nor the whole phrase.
func TestDocumentByWhom(t *testing.T) {
	checkForms(t, []form{{
		name: "a document by a body named with an article",
		body: "A study by the city found the line would carry 40,000 riders a day.\n\n" +
			"A report commissioned by the council found the bridge would cost $2 billion.\n\n" +
			"A report released by the province on Monday found the wait lists had doubled.",
		want: []want{{"the line would carry 40,000 riders a day", "A study", claims.Indirect},
			{"the bridge would cost $2 billion", "A report", claims.Indirect},
			{"the wait lists had doubled", "A report", claims.Indirect}},
	}})
}
