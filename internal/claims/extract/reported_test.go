package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestReportedForms checks reported speech: statements with no quotation
// marks of their own, or only a few quoted words, and who made them.
func TestReportedForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "reported speech after",
			body: "Finance Minister Ana Lopez met bankers.\n\nInflation will fall sharply next year, Lopez said.",
			want: []want{{"Inflation will fall sharply next year", "Ana Lopez", claims.Indirect}},
		},
		{
			name: "a share written with a percent sign speaks for those asked",
			body: "Over half of respondents said introducing AI is risky, and 49% said they fear AI will replace their current role.",
			want: []want{{"they fear AI will replace their current role", "49%", claims.Indirect}},
		},
		{
			name: "a listener after \"to\", then what was said; a relative clause of the listener is none",
			body: "Anthony Weiner admitted to the newspaper that he and the woman had been friends for some time.\n\n" +
				"Robert Gordon suggested to me that skilled workers were harder to replace.\n\n" +
				"Sam Jacobs explained to CBS why Merkel was selected above all the others.\n\n" +
				"The firm posted a message that appeared to respond to the state law that bars people from the bridge.",
			want: []want{{"he and the woman had been friends for some time", "Anthony Weiner", claims.Indirect},
				{"skilled workers were harder to replace", "Robert Gordon", claims.Indirect},
				{"why Merkel was selected above all the others", "Sam Jacobs", claims.Indirect}},
			none: []string{"bars people from the bridge"},
		},
		{
			name: "\"who\" after a name with no known given name makes a person, whose surname then stands for the whole",
			body: "Waye Mason, who championed the plan, says the lanes will make the street safer. \"This is about kids getting to school,\" Mason told reporters.",
			want: []want{{"the lanes will make the street safer", "Waye Mason", claims.Indirect},
				{"This is about kids getting to school,", "Waye Mason", claims.Direct}},
		},
		{
			name: "a party word before the noun for the person, and the place a name is from, inside an apposition",
			body: "Her Republican colleague, Sen. Pat Roberts of Kansas, praised the agreement. Kansas exports more wheat than any other state, he noted.",
			want: []want{{"the agreement", "Pat Roberts", claims.Indirect},
				{"Kansas exports more wheat than any other state", "Pat Roberts", claims.Indirect}},
		},
		{
			name: "\"which\" after a phrase no mention covers is not the subject named before; a participle's subject passes over an aside",
			body: "Maria Cantwell has been criticized by labor unions, which say the deal will send jobs overseas.\n\n" +
				"Other Republican candidates, including Carly Fiorina and Ben Carson, have followed Mr. Trump's lead, saying Mr. Clinton's history is a legitimate criticism.",
			want: []want{{"the deal will send jobs overseas", "which", claims.Indirect},
				{"Mr. Clinton's history is a legitimate criticism", "Other Republican candidates", claims.Indirect}},
		},
		{
			name: "a quote inside an aside set off by dashes is not the one the verb after the aside reports",
			body: "Although Martin O'Malley lamented her tendency to commit gaffes - \"does she have to keep giving them so much ammunition?\" - " +
				"Democrats in Iowa who watched the debate said they were unfazed by the flap.",
			want: []want{{"does she have to keep giving them so much ammunition?", "Martin O'Malley", claims.Direct},
				{"they were unfazed by the flap", "Democrats", claims.Indirect}},
		},
		{
			name: "a passive's subject, an adverb between, is not the speaker, nor of the label after \"as\"",
			body: "The judge ruled he was likely to reoffend. He was also described as \"lacking a conscience.\"\n\n" +
				"Ted Cruz was widely endorsed the day before by former rival Carly Fiorina.\n\n" +
				"Schumer has been praised, but also criticized, for not forcing his senators to fall in line.\n\n" +
				"Liberals railed against him for failing to stop the judge from being confirmed to the court.",
			none: []string{"lacking a conscience.", "the day before by former rival Carly Fiorina", "for not forcing his senators to fall in line"},
		},
		{
			name: "the listener of \"told\" after the statement may be a plural with no article",
			body: "People should provide evidence for their accusations and not wave around speculation, Shane Shook told reporters.",
			want: []want{{"People should provide evidence for their accusations and not wave around speculation", "Shane Shook", claims.Indirect}},
		},
		{
			name: "verbs of Indian and older English",
			body: "Union Finance Minister Nirmala Sitharaman, however, averred that prices were linked to international crude rates.",
			want: []want{{"prices were linked to international crude rates", "Nirmala Sitharaman", claims.Indirect}},
		},
		{
			name: "verbs of suspicion, dispute and caution",
			body: "Many tax experts suspect the losses were generated by savvy use of tax breaks.\n\n" +
				"Election scholars caution that high turnout in the primaries does not translate to an advantage in November.\n\n" +
				"The farmers' union disputed the figures the ministry had published.",
			want: []want{{"the losses were generated by savvy use of tax breaks", "Many tax experts", claims.Indirect},
				{"high turnout in the primaries does not translate to an advantage in November", "Election scholars", claims.Indirect},
				{"the figures the ministry had published", "The farmers' union", claims.Indirect}},
		},
		{
			name: "the object of an act ends where its time or circumstance begins, or its subject acts again",
			body: "Donald Trump threatened to run away from the Republican presidential field Thursday night in the final debate.\n\n" +
				"Elizabeth Warren invoked the same implicit bargain while running for the Senate in 2012.\n\n" +
				"Former President Bill Clinton criticized the Affordable Care Act as a \u201ccrazy system\u201d during a campaign stop in Flint.\n\n" +
				"The Obama administration has publicly signaled willingness to change the law but has been met with opposition.\n\n" +
				"Some state officials praised Mr. Clarke's work preserving the property but also had to give him more time.\n\n" +
				"The experts generally praised her proposals to help small businesses, which include a provision on capital investments.",
			want: []want{
				{"Mr. Clarke's work preserving the property", "officials", claims.Indirect},
				{"her proposals to help small businesses", "The experts", claims.Indirect},
				{"to run away from the Republican presidential field", "Donald Trump", claims.Indirect},
				{"the same implicit bargain", "Elizabeth Warren", claims.Indirect},
				{"the Affordable Care Act as a \u201ccrazy system\u201d", "Bill Clinton", claims.Fragment},
				{"willingness to change the law", "Obama administration", claims.Indirect},
			},
		},
		{
			name: "a statement in a relative clause ends with it, one around it goes on to its of; a participle after a noun is no cue",
			body: "Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday.\n\n" +
				"In a video posted to her Facebook account, she criticized the donor and challenged him to a debate.\n\n" +
				"Trump repeatedly accused Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald.",
			want: []want{{"his campaign", "McConnell", claims.Indirect},
				{"Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald", "Trump", claims.Indirect}},
			none: []string{"to her Facebook account"},
		},
		{
			name: "an adverb or a verb's words are no speaker",
			body: "Ki Hong applied for college aid. He soon learned that his parents had never filled out the paperwork.\n\n" +
				"The American Legion has twice complained to Sanders officials about the use of the emblem.",
			want: []want{
				{"his parents had never filled out the paperwork", "Ki Hong", claims.Indirect},
				{"to Sanders officials about the use of the emblem", "American Legion", claims.Indirect},
			},
		},
		{
			name: "no statement after a label, a conjunction or \"as much\"",
			body: "He was shot after he approached the car. (WARNING: Video contains graphic images.)\n\n" +
				"Would you vote for a man or woman who said and did the same things as Trump?\n\n" +
				"Hillary Clinton's campaign manager Robby Mook said as much in an interview earlier Thursday morning.",
			none: []string{"Video contains graphic images.", "and did the same things as Trump", "as much in an interview earlier Thursday morning"},
		},
		{
			name: "British spellings of cue words",
			body: "The shadow chancellor criticised the plan to raise fuel duty.\n\nMinisters have apologised for the delay to the rail line.",
			want: []want{
				{"the plan to raise fuel duty", "The shadow chancellor", claims.Indirect},
				{"the delay to the rail line", "Ministers", claims.Indirect},
			},
		},
		{
			name: "Downing Street and No 10 speak",
			body: "Downing Street said the prime minister had full confidence in her.\n\nNo 10 said the talks would continue next week.",
			want: []want{
				{"the prime minister had full confidence in her", "Downing Street", claims.Indirect},
				{"the talks would continue next week", "No 10", claims.Indirect},
			},
		},
		{
			name: "a stance whose object a time or an occasion follows, not a time after a possessive",
			body: "Jeb Bush endorsed Cruz Wednesday.\n\nChris Christie endorsed Trump last week.\n\n" +
				"Paul Ryan endorsed Kasich in early June, but only after publicly deliberating.\n\n" +
				"On Friday, Ben Carson endorsed Mr. Trump at a news conference at Mar-a-Lago.\n\n" +
				"The approach won over Weaver, who came out and endorsed Clinton during a conference call with reporters.\n\n" +
				"A WBUR poll last week showed Rubio in third at 11 percent.\n\n" +
				"Wendy Sherman cited Clinton's September 2011 visit to the United Nations.",
			want: []want{{"Cruz", "Jeb Bush", claims.Indirect}, {"Trump", "Chris Christie", claims.Indirect},
				{"Clinton's September 2011 visit to the United Nations", "Wendy Sherman", claims.Indirect},
				{"Kasich", "Paul Ryan", claims.Indirect}, {"Mr. Trump", "Ben Carson", claims.Indirect},
				{"Clinton", "Weaver", claims.Indirect}, {"Rubio in third at 11 percent", "WBUR poll", claims.Indirect}},
		},
		{
			name: "the listener of told, named with its article or its place",
			body: "Htay Oo, its acting chairman, told the Reuters news agency the party had lost the vote.\n\n" +
				"The children's commissioner for England, Dame Rachel de Souza, told BBC Radio 4's Today programme the cap was cruel and must go.\n\n" +
				"Peter Dutton accused the government of chaos, telling reporters in Brisbane the Treasurer had lost control of the budget.\n\n" +
				"Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.\n\n" +
				"Energy Minister Chris Bowen told ABC's Insiders the modelling was flawed.",
			want: []want{{"the party had lost the vote", "Htay Oo", claims.Indirect},
				{"the modelling was flawed", "Chris Bowen", claims.Indirect},
				{"the cap was cruel and must go", "Rachel de Souza", claims.Indirect},
				{"the Treasurer had lost control of the budget", "Peter Dutton", claims.Indirect},
				{"nobody would question her intelligence", "Sanders", claims.Indirect}},
		},
		{
			name: "the listener of a promise or a warning, and of a note",
			body: "President Cyril Ramaphosa has promised South Africans that rolling blackouts will end within months.\n\n" +
				"The regulator warned investors that the fund could lose most of its value.\n\n" +
				"Analysts at Jefferies said in a note to clients that the warning was worse than feared.",
			want: []want{{"rolling blackouts will end within months", "Cyril Ramaphosa", claims.Indirect},
				{"the fund could lose most of its value", "The regulator", claims.Indirect},
				{"the warning was worse than feared", "Analysts at Jefferies", claims.Indirect}},
		},
		{
			name: "a statement cut short by the next ends on a word, not on its and",
			body: "In a two-minute response, Cruz mentioned CNN five times in his answer and seemed to blame the network for its reporting.",
			want: []want{{"CNN five times in his answer", "Cruz", claims.Indirect}, {"to blame the network for its reporting", "Cruz", claims.Indirect}},
		},
		{
			name: "a despite-clause the reporter adds",
			body: "Prime Minister Anthony Albanese has vowed to press ahead with the referendum, despite polls showing support slipping.",
			want: []want{{"to press ahead with the referendum", "Anthony Albanese", claims.Indirect}},
		},
		{
			name: "clauses of two and three words, a promise's infinitive, participles joined by and, a when-clause the reporter adds",
			body: "The state attorney general's office said it would appeal. Jeff Flake said he would. Tashfeen Malik said she supported it.\n\n" +
				"Demonstrators said they want justice, but pledged to remain civil.\n\n" +
				"Police said a 34-year-old man had been arrested and charged with assault.\n\n" +
				"People with knowledge of the group said new donors have come aboard since January, when the group launched.",
			want: []want{
				{"it would appeal", "office", claims.Indirect},
				{"he would", "Jeff Flake", claims.Indirect},
				{"she supported it", "Tashfeen Malik", claims.Indirect},
				{"to remain civil", "Demonstrators", claims.Indirect},
				{"a 34-year-old man had been arrested and charged with assault", "Police", claims.Indirect},
				{"new donors have come aboard since January", "People with knowledge of the group", claims.Indirect},
			},
		},
		{
			name: "a split statement whose second part opens with its verb, or whose first is a relative clause",
			body: "The turnaround, local officials say, began with a single grant.\n\n" +
				"The park is near the football stadium, which, Tompkins said, is usually full of activities on game days.",
			want: []want{{"The turnaround began with a single grant", "local officials", claims.Indirect},
				{"which is usually full of activities on game days", "Tompkins", claims.Indirect}},
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
			name: "two speakers in one sentence, no comma between",
			body: "Republicans said they were convinced the department had mishandled the case and Democrats argued that the party was stoking the issue.\n\n" +
				"Lynch said she talks about race often though she noted she has also pushed for tougher sentences.",
			want: []want{
				{"they were convinced the department had mishandled the case", "Republicans", claims.Indirect},
				{"she talks about race often", "Lynch", claims.Indirect},
				{"she has also pushed for tougher sentences", "Lynch", claims.Indirect},
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
				"Six million American jobs also depend on exports to Mexico, one leaflet says.\n\n" +
				"This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel.\n\n" +
				"Her husband, Saeed Abedini, was free and would soon be coming home, the president told her.\n\n" +
				"It doesn't help that invoking the specters of Weimar Germany is a classic scare tactic, as David Dayen noted in The Intercept.\n\n" +
				"The firm lobbied for the Trump Organization on gaming, said lobbyist and GOP strategist Charlie Black, a former partner.",
			want: []want{
				{"This includes a special force to assist Kurdish Peshmerga", "Ash Carter", claims.Indirect},
				{"Her husband, Saeed Abedini, was free and would soon be coming home", "the president", claims.Indirect},
				{"It doesn't help that invoking the specters of Weimar Germany is a classic scare tactic", "David Dayen", claims.Indirect},
				{"Trump could embrace a clean energy policy as president", "Lindsey Graham", claims.Indirect},
				{"West Virginia officials felt comfortable with this arrangement", "Barrett", claims.Indirect},
				{"But the new plan is still tilted toward the rich", "Tax Foundation", claims.Indirect},
				{"Six million American jobs also depend on exports to Mexico", "one leaflet", claims.Indirect},
				{"The firm lobbied for the Trump Organization on gaming", "Charlie Black", claims.Indirect},
			},
		},
		{
			name: "a speaker after the cue, described at length",
			body: "The Internet has greatly sped up such misinformation, said Angie Holan, Politifact's editor.\n\n" +
				"He also had a voice in decisions about investments in Ukraine, said a former spokesman for the Foreign Ministry, Oleg Voloshyn.\n\n" +
				"The group is $9 million short of its goal, said former Pennsylvania governor Ed Rendell, who chairs the host committee.\n\n" +
				"Rep. Tom Cole of Oklahoma, an ally of the leadership, said Thursday his biggest worry is that the nominee is unpredictable.",
			want: []want{
				{"The Internet has greatly sped up such misinformation", "Angie Holan", claims.Indirect},
				{"He also had a voice in decisions about investments in Ukraine", "a former spokesman", claims.Indirect},
				{"The group is $9 million short of its goal", "Ed Rendell", claims.Indirect},
				{"his biggest worry is that the nominee is unpredictable", "Tom Cole", claims.Indirect},
			},
		},
		{
			name: "group noun as speaker, with the words before a plural",
			body: "Police say he posed a deadly threat and refused to drop the gun.\n\n" +
				"Many State Department employees said the emails were never marked classified. Sanders supporters said the count was unfair.",
			want: []want{{"he posed a deadly threat and refused to drop the gun", "Police", claims.Indirect},
				{"the emails were never marked classified", "Many State Department employees", claims.Indirect},
				{"the count was unfair", "Sanders supporters", claims.Indirect}},
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
			name: "statement resumes after the attribution",
			body: "Tom Baker spoke to the party.\n\nThat is why, he argued, the party should be prepared for a long fight.\n\n" +
				"As Election Day nears, Stone says, the number of real independents shrinks as those in the middle flee to the poles.",
			want: []want{
				{"That is why the party should be prepared for a long fight", "Tom Baker", claims.Indirect},
				{"As Election Day nears the number of real independents shrinks as those in the middle flee to the poles", "Stone", claims.Indirect},
			},
		},
		{
			name: "infinitive after the cue",
			body: "The governor vowed to veto any bill that raises taxes.",
			want: []want{{"to veto any bill that raises taxes", "The governor", claims.Indirect}},
		},
		{
			name: "topic of speech",
			body: "The mayor spoke about her plans for the city while at the convention.\n\n" +
				"Groberg spoke about what he perceives as the unrealistic expectations of Sanders' supporters.",
			want: []want{{"her plans for the city", "The mayor", claims.Indirect},
				{"what he perceives as the unrealistic expectations of Sanders' supporters", "Groberg", claims.Indirect}}, // a clause: its "as" ends nothing
		},
		{
			name: "topic after an opening phrase the verb might have reported",
			body: "In July, the NAACP called for a moratorium on charter schools.",
			want: []want{{"a moratorium on charter schools", "NAACP", claims.Indirect}},
		},
		{
			name: "a statement that is mostly a quote",
			body: "Dr. Harold Bornstein wrote that Trump would be \u201cthe healthiest individual ever elected to the presidency.\u201d",
			want: []want{
				{"Trump would be \u201cthe healthiest individual ever elected to the presidency.\u201d", "Harold Bornstein", claims.Fragment},
				{"the healthiest individual ever elected to the presidency.", "Harold Bornstein", claims.Fragment},
			},
		},
		{
			name: "a stance whose object is a short phrase",
			body: "Tom Baker spoke.\n\nSen. Ted Cruz endorsed Trump. The Obama administration has promised a veto, and officials have ruled out talks. " +
				"Graham criticized the death penalty. Many tax experts pointed out. In a statement announcing the pick, the union praised Clinton.",
			want: []want{
				{"Trump", "Ted Cruz", claims.Indirect},
				{"a veto", "Obama administration", claims.Indirect},
				{"the death penalty", "Graham", claims.Indirect},
			},
			none: []string{"out talks", "talks", "out", "the pick"},
		},
		{
			name: "a clause the speaker's own, and a cue denied",
			body: "The Vatican did not respond to questions, though on Wednesday, Pope Leo took to X and said, \"Let us meet and negotiate now.\"\n\n" +
				"Leaders in Rome and Berlin were told, but none of them responded, nor have they publicly commented on the call.",
			want: []want{{"Let us meet and negotiate now.", "Pope Leo", claims.Direct}},
			none: []string{"nor have they publicly commented on the call"},
		},
		{
			name: "wire copy: a dated dateline, a condition, a time before the statement",
			body: "BRUSSELS, March 3 (Reuters) - The European Union will impose tariffs if Washington does not lift its duties by June, EU trade chief Maros Sefcovic said on Monday.\n\n" +
				"The Kremlin said on Tuesday it had not been informed of the plan.\n\n" +
				"French President Emmanuel Macron said Europe must \"stand united\".\n\n" +
				"Last year, the union called for higher taxes on the richest families.",
			want: []want{
				{"The European Union will impose tariffs if Washington does not lift its duties by June", "Maros Sefcovic", claims.Indirect},
				{"it had not been informed of the plan", "Kremlin", claims.Indirect},
				{"Europe must \"stand united\"", "Emmanuel Macron", claims.Fragment},
				{"higher taxes on the richest families", "European Union", claims.Indirect}, // the union the article named
			},
		},
		{
			name: "a name and its apposition as subject, or a description and its name, a particle, a refusal to speak and one to act",
			body: "Prime Minister Anthony Albanese has ruled out a royal commission into the scheme.\n\n" +
				"Sussan Ley, the Opposition Leader, said Labor had questions to answer. She told Sky News the review was \"a whitewash\".\n\n" +
				"The minister declined to say when the review would report. Her deputy refuses to attack the review's authors.\n\n" +
				"Keir Starmer thanked her for her service. Michael Gove told the BBC the episode was damaging for the party.\n\n" +
				"Its treasury spokesman, Mel Stride, accused Rachel Reeves of misleading voters. York's council leader, Claire Douglas, criticised the government.",
			want: []want{
				{"Rachel Reeves of misleading voters", "Mel Stride", claims.Indirect},
				{"the government", "Claire Douglas", claims.Indirect},
				{"a royal commission into the scheme", "Anthony Albanese", claims.Indirect},
				{"Labor had questions to answer", "Sussan Ley", claims.Indirect},
				{"a whitewash", "Sussan Ley", claims.Fragment},
				{"the episode was damaging for the party", "Michael Gove", claims.Indirect},
				{"to attack the review's authors", "Her deputy", claims.Indirect},
			},
			none: []string{"Sussan Ley, the Opposition Leader", "Its treasury spokesman, Mel Stride", "York's council leader, Claire Douglas", "when the review would report", "say when the review would report",
				"her for her service"},
		},
		{
			name: "a long apposition after the speaker, an aside in the statement, a share of those polled",
			body: "Cruz also lacks support from his colleagues in Congress, whom he has alienated, said Larry Sabato, director of the University of Virginia's Center for Politics.\n\n" +
				"Abortion opponents said the decision, which struck down restrictions on Texas abortion clinics that other states have duplicated, illustrates the importance of the election.\n\n" +
				"Two in three said they are less likely to vote Republican in November.",
			want: []want{
				{"Cruz also lacks support from his colleagues in Congress, whom he has alienated", "Larry Sabato", claims.Indirect},
				{"the decision, which struck down restrictions on Texas abortion clinics that other states have duplicated, illustrates the importance of the election", "Abortion opponents", claims.Indirect},
				{"they are less likely to vote Republican in November", "Two in three", claims.Indirect},
			},
		},
		{
			name: "a pronoun joined to its auxiliary, a clause a conjunction opens up to its comma or dash (at the start or after and), a demonstrative subject",
			body: "Bernie Sanders spoke in Vermont.\n\nWhile he's said he'll fight all the way to the convention, Sanders must decide soon.\n\n" +
				"Attorneys and legal experts said that is highly unlikely.\n\n" +
				"When Hillary Clinton noted that Trump had paid no federal income taxes \u2015 as was true for the years his returns were public \u2015 he boasted.\n\n" +
				"Loretta Lynch has the final say, and though she has said she will accept the recommendation, Republicans are crying foul.",
			want: []want{
				{"he'll fight all the way to the convention", "Bernie Sanders", claims.Indirect},
				{"Trump had paid no federal income taxes", "Hillary Clinton", claims.Indirect},
				{"that is highly unlikely", "Attorneys and legal experts", claims.Indirect},
				{"she will accept the recommendation", "Loretta Lynch", claims.Indirect},
			},
		},
		{
			name: "a stance held by a possessive noun after a name",
			body: "The video undercut Tulsa police’s earlier claim that Crutcher had a weapon in his car.",
			want: []want{{"Crutcher had a weapon in his car", "Tulsa police’s", claims.Indirect}},
		},
		{
			name: "a stance held by a possessive",
			body: "Senator Jane Roe met the bankers. Her criticism of the bank's sales practices was sharp.",
			want: []want{{"the bank's sales practices", "Jane Roe", claims.Indirect}},
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
			name: "a participle goes on with the speaker",
			body: "\"The day was personal,\" Tom Baker said, adding he would never vote for Clinton.\n\nTrump attacked Clinton on Monday, saying she had lied about her emails for years.",
			want: []want{
				{"he would never vote for Clinton", "Tom Baker", claims.Indirect},
				{"Clinton", "Trump", claims.Indirect}, // a stance, its time left out
				{"she had lied about her emails for years", "Trump", claims.Indirect},
			},
		},
		{
			name: "a participle opens the sentence, the main clause names its speaker",
			body: "Noting that the deficit had doubled, Senator Jane Roe called for new taxes.\n\n" +
				"Responding to the criticism, Jones said the plan was sound.",
			want: []want{{"the deficit had doubled", "Jane Roe", claims.Indirect}, {"new taxes", "Jane Roe", claims.Indirect},
				{"the plan was sound", "Jones", claims.Indirect}},
			only: true, // not "Noting that ..." for "called", nor "to the criticism"
		},
	})
}
