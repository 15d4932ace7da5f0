package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestReportedClauses checks reported speech whose speaker or statement
// the words around it decide: two verbs of one speaker, a speaker the
// mention finder does not know, a clause that after or a question opens,
// a request, a demand, a topic in the sentence's subject; and where the
// reporter's asides inside a statement and after it begin and end.
func TestReportedClauses(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a speaker's own clause after an opening that holds a cue",
			body: "Asked if she believed the council wanted the tower built, Mayor Ana Ruiz said she would not guess at its motives.\n\n" +
				"Where the unions sought to outdo each other in saying how hard they would fight, the owners stressed the need for a quick settlement.",
			want: []want{{"she would not guess at its motives", "Ana Ruiz", claims.Indirect},
				{"the need for a quick settlement", "the owners", claims.Indirect}},
		},
		{
			name: "a request that one's name not be used is why the article names one so, no claim",
			body: "Among them was Lisa, a mother of three who asked that her last name not be used. She said she never thought she would need a food bank.\n\n" +
				"The boy's mother, who asked that she not be named to protect her family's privacy, said she hoped the report would help.\n\n" +
				"One survivor, who spoke on condition that he not be named, said he had waited 40 years.\n\n" +
				"Maya, a student who spoke at the meeting and asked that her last name not be used, said she was disappointed.",
			want: []want{{"she never thought she would need a food bank", "Lisa", claims.Indirect},
				{"he had waited 40 years", "One survivor", claims.Indirect}},
			none: []string{"her last name not be used", "she not be named to protect her family's privacy", "he not be named"}, // nor after another verb before the asking
		},
		{
			name: "a day between the cue and the preposition or \"to\" that opens its statement is when, no word of what",
			body: "Nanaimo Mayor Leonard Krog apologized Thursday for a Facebook post about the protest.\n\nBernie Sanders pledged Saturday to rid the world of the group.",
			want: []want{{"for a Facebook post about the protest", "Leonard Krog", claims.Indirect},
				{"to rid the world of the group", "Bernie Sanders", claims.Indirect}},
		},
		{
			name: "a statement ends at its full stop before a bracket after it",
			body: "Alex Smith said the rules changed last year. (The agency did not say why.)",
			want: []want{{"the rules changed last year", "Alex Smith", claims.Indirect}},
		},
		{
			name: "a clause of condition or time that a speaker's verb opens belongs to the statement it qualifies",
			body: "Justin Trudeau said the Conservatives are flat-out lying when they say the agreement overrides Canada's sovereignty.\n\n" +
				"Jared Huffman said he would have attended the meeting if he thought Grayson would get his way.",
			want: []want{{"the Conservatives are flat-out lying when they say the agreement overrides Canada's sovereignty", "Justin Trudeau", claims.Indirect},
				{"he would have attended the meeting if he thought Grayson would get his way", "Jared Huffman", claims.Indirect}},
		},
		{
			name: "a participle of saying set off between a subject and its verb ends at the aside's comma",
			body: "Mayor Ana Ruiz, saying the plan was flawed, voted against it.\n\nThe councillor resigned in May, claiming he was wasting time, distracted from the real work.",
			want: []want{{"the plan was flawed", "Ana Ruiz", claims.Indirect},
				{"he was wasting time, distracted from the real work", "The councillor", claims.Indirect}},
		},
		{
			name: "a short statement before its tag, a fragment quoted in it",
			body: "Weston's testimony was \"unconvincing,\" Conservative MP Michelle Rempel Garner said after the meeting.",
			want: []want{{"Weston's testimony was \"unconvincing,\"", "Michelle Rempel Garner", claims.Fragment}},
		},
		{
			name: "a statement in an aside ends where the aside does, and the aside's noun speaks after it",
			body: "Kataib Hezbollah, the militia the Pentagon said was responsible for the drone attack, said in a Telegram post that it would respond.",
			want: []want{{"was responsible for the drone attack", "Pentagon", claims.Indirect},
				{"it would respond", "Kataib Hezbollah", claims.Indirect}},
		},
		{
			name: "the reporter's link to the sentence before is no part of the statement that opens it",
			body: "Meanwhile, Russian drones struck the city of Odesa overnight, regional Gov. Oleh Kiper said.\n\n" +
				"In addition, the campaign plans to release medical records, a spokesman said.",
			want: []want{{"Russian drones struck the city of Odesa overnight", "Oleh Kiper", claims.Indirect},
				{"the campaign plans to release medical records", "a spokesman", claims.Indirect}},
		},
		{
			name: "a long name where the words came out is a trimming of the attribution after them",
			body: "The bees were right about 70 percent of the time, the team reported in the journal Frontiers in Ecology and Evolution.",
			want: []want{{"The bees were right about 70 percent of the time", "the team", claims.Indirect}},
		},
		{
			name: "the scene of the telling after the tag is no more of the statement",
			body: "The rules would restrict sales of memory chips, the people said, speaking on condition of anonymity because the talks are private.\n\n" +
				"The talks may not lead to a deal, the people said, asking not to be identified because the talks are private.\n\n" +
				"The young woman who escorted her to her room, Ms. Kostrzewa recalled, asked her what she did.",
			want: []want{{"The rules would restrict sales of memory chips", "the people", claims.Indirect},
				{"The talks may not lead to a deal", "the people", claims.Indirect},
				{"The young woman who escorted her to her room asked her what she did", "Kostrzewa", claims.Indirect}},
		},
		{
			name: "whom a verb after a comma urges to do something is no speaker named after the verb",
			body: "The mayor, in a statement, urged residents to stay home.",
			want: []want{{"residents to stay home", "The mayor", claims.Indirect}},
		},
		{
			name: "a second name after \", and\" goes on with a subject that has no verb yet",
			body: "The company said Kathleen Wilson-Thompson, a former Walgreens executive, and Joe Gebbia, a co-founder of Airbnb, would join the board.\n\n" +
				"Tesla said Kathleen Wilson-Thompson had resigned, and Joe Gebbia would stay.",
			want: []want{{"Kathleen Wilson-Thompson, a former Walgreens executive, and Joe Gebbia, a co-founder of Airbnb, would join the board", "The company", claims.Indirect},
				{"Kathleen Wilson-Thompson had resigned", "Tesla", claims.Indirect}},
		},
		{
			name: "a subject and an auxiliary after a comma go on with what was said",
			body: "The senator said, if elected, she would ask the governor to fund the new bridge.",
			want: []want{{"if elected, she would ask the governor to fund the new bridge", "The senator", claims.Indirect}},
		},
		{
			name: "an adverb set off after the verb, a second that-clause, a spokesman named after his role",
			body: "Viktor Orban said his country had secured an exemption. He warned, however, that Budapest would veto any measure that threatened its energy security.\n\n" +
				"Governor Tom Hale said the cuts were needed to balance the books, and that the state could not keep borrowing.\n\n" +
				"Her spokesman, Dan Reyes, said the senator would introduce her own proposal next week.",
			want: []want{{"his country had secured an exemption", "Viktor Orban", claims.Indirect},
				{"Budapest would veto any measure that threatened its energy security", "Viktor Orban", claims.Indirect},
				{"the cuts were needed to balance the books, and that the state could not keep borrowing", "Tom Hale", claims.Indirect},
				{"the senator would introduce her own proposal next week", "Dan Reyes", claims.Indirect}},
		},
		{
			name: "two verbs of one speaker",
			body: "The minister said the budget was balanced and added that taxes would not rise.\n\n" +
				"Sandoval said he had voted for Mr. Rubio but warned that the race was far from over.\n\n" +
				"Greeting supporters at the party's headquarters, Suu Kyi, 70, said it was too early to congratulate winners but added, \"I think you all have an idea of the results.\"\n\n" +
				"Bobby Jindal wanted a ban, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up\" and said Paul Ryan should resign.\n\n" +
				"As the crowd began to chant, Sarah Silverman was joined on stage again by Minnesota Sen. Al Franken and joked, \"You're being ridiculous.\"\n\n" +
				"Mary Lou McDonald said the Coalition was running out of road and called on the Taoiseach to go to the country.\n\n" +
				"David Seymour said the bill was about \"equal rights for every New Zealander\" and accused National of walking away from the debate.\n\n" +
				"Kimberly Osei told jurors that Ray Delgado put the envelope in his desk drawer and said, \"This stays between us.\"\n\n" +
				"Hillary Clinton argued that the system was rigged. When asked whom she supported, Ms. Sherry smiled and said, \"I'm waiting for Bloomberg.\"\n\n" +
				"John Kasich jokingly offered a veteran a job as Secretary of Defense, then says he'll welcome advice from anyone.\n\n" +
				"This year Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged immigrants, and vowed that the mills would reopen.\n\n" +
				"Mr. Sanders has demonized Wall Street and Mr. Trump has said that immigrants are criminals.",
			want: []want{
				{"the mills would reopen", "Trump", claims.Indirect},
				{"immigrants are criminals", "Trump", claims.Indirect},
				{"the budget was balanced", "The minister", claims.Indirect},
				{"taxes would not rise", "The minister", claims.Indirect},
				{"he had voted for Mr. Rubio", "Sandoval", claims.Indirect},
				{"the race was far from over", "Sandoval", claims.Indirect},
				{"it was too early to congratulate winners", "Suu Kyi", claims.Indirect},
				{"I think you all have an idea of the results.", "Suu Kyi", claims.Direct},
				{"wake up", "Mike Huckabee", claims.Fragment},
				{"Paul Ryan should resign", "Mike Huckabee", claims.Indirect},
				{"You're being ridiculous.", "Sarah Silverman", claims.Direct},
				{"the Coalition was running out of road", "Mary Lou McDonald", claims.Indirect},
				{"the Taoiseach to go to the country", "Mary Lou McDonald", claims.Indirect},
				{"the bill was about \"equal rights for every New Zealander\"", "David Seymour", claims.Fragment},
				// "put" is no cue here: the verb "said" shares is Delgado's
				{"This stays between us.", "Ray Delgado", claims.Direct},
				// "smiled" is no cue: its subject, not the question's "she", said it
				{"I'm waiting for Bloomberg.", "Sherry", claims.Direct},
				// ", then says": the clause's subject, not the post named last
				{"he'll welcome advice from anyone", "John Kasich", claims.Indirect},
				{"a veteran a job as Secretary of Defense", "John Kasich", claims.Indirect},
			},
		},
		{
			name: "a poll's finding, with no verb of saying",
			body: "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent among young voters.\n\n" +
				"In a new report, the agency said the economy was slowing.",
			want: []want{
				{"Clinton led Trump 47 percent to 39 percent among young voters", "Washington Post-ABC News poll", claims.Indirect},
				{"the economy was slowing", "the agency", claims.Indirect}, // its own verb's, not the report's; an agency not named is no speaker of its own
			},
		},
		{
			name: "speakers the mention finder does not know",
			body: "Even the organizer of a pro-Trump rally said the city's rules increased the chance of violence.\n\n" +
				"Editorial pages across the country, including USA TODAY, warned that the sky was falling.\n\n" +
				"Recent polling shows that his rating among working-class voters is roughly equivalent to his rating among all voters.\n\n" +
				"Both men were once moderates. And both vowed to be tougher on immigration as president.",
			want: []want{
				{"the city's rules increased the chance of violence", "the organizer of a pro-Trump rally", claims.Indirect},
				{"the sky was falling", "Editorial pages across the country", claims.Indirect},
				{"his rating among working-class voters is roughly equivalent to his rating among all voters", "Recent polling", claims.Indirect},
				{"to be tougher on immigration as president", "both", claims.Indirect},
			},
		},
		{
			name: "a participle set off after a statement is no one's cue",
			body: "Retired neurosurgeon Ben Carson went on ABC's This Week to defend his recent staff shake-up, viewed as a sign his campaign may be in trouble.",
			none: []string{"as a sign his campaign may be in trouble"},
		},
		{
			name: "a speaker in a clause that after opens",
			body: "Shares in Acme Corp fell 18% on Tuesday after the retailer warned that annual profits would come in well below expectations.",
			want: []want{{"annual profits would come in well below expectations", "Acme Corp", claims.Indirect}}, // "the retailer", the business named before
		},
		{
			name: "a request, not a question",
			body: "Two House committees on Monday asked the Justice Department to investigate the leak.\n\n" +
				"Tapper asked whether Republicans would be able to hold on to the House.\n\nMika Brzezinski asked Trump how he would handle deportations.",
			want: []want{{"the Justice Department to investigate the leak", "Two House committees", claims.Indirect}},
			none: []string{"Republicans would be able to hold on to the House", "he would handle deportations"},
		},
		{
			name: "the question before an answer, and an office by its owner's name",
			body: "Asked whether he would keep the rebate, Pierre Poilievre declined to answer.\n\n" +
				"Asked about Trump's declaration that it had been a bomb, Clinton said, \"I think it's important to know the facts.\"\n\n" +
				"Ontario Premier Doug Ford's office said the province welcomes any relief for families.\n\n" +
				"Poilievre says he will scrap the tax within days of taking office, a pledge he repeated at a rally in Kitchener.",
			want: []want{
				{"I think it's important to know the facts.", "Clinton", claims.Direct},
				{"it had been a bomb", "Trump", claims.Indirect}, // the declaration's, not what Clinton said
				{"the province welcomes any relief for families", "Doug Ford's office", claims.Indirect},
				{"he will scrap the tax within days of taking office", "Pierre Poilievre", claims.Indirect},
			},
			none: []string{"Asked whether he would keep the rebate"},
		},
		{
			name: "a that inside the object of a topic, a topic in the sentence's subject",
			body: "Trump called for female contestants to wear shorter dresses that showed more cleavage.\n\n" +
				"Trump's claim that Clinton founded the Islamic State has been widely debunked.",
			want: []want{{"female contestants to wear shorter dresses that showed more cleavage", "Trump", claims.Indirect},
				{"Clinton founded the Islamic State", "Trump", claims.Indirect}},
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
			name: "a speaker named after a possessive",
			body: "However debates in and of themselves are not likely to alter the campaign, noted NBC\u2019s Dante Chinni.",
			want: []want{{"However debates in and of themselves are not likely to alter the campaign", "Dante Chinni", claims.Indirect}},
		},
		{
			name: "quantified speakers",
			body: "The ruling angered family members of the victims, many of whom say the court was wrong.\n\nSome believe the new polling shows the campaign is worried about turnout.\n\n" +
				"That lesson is reverberating nationally as several states have recently rejected bills painted as anti-gay.",
			want: []want{
				{"the court was wrong", "many of whom", claims.Indirect},
				{"bills painted as anti-gay", "several states", claims.Indirect}, // "states" no cue after a determiner
				{"the new polling shows the campaign is worried about turnout", "Some", claims.Indirect},
			},
		},
		{
			name: "people no one names, whom 'who' takes up",
			body: "Council voted for the ban, despite objections from landscaping companies who said the change would drive up their costs.\n\n" +
				"Trump knows there are people all over this country who think the vote was stolen.\n\n" +
				"The coalition also includes individuals who claim the ban is unfair.",
			want: []want{
				{"the change would drive up their costs", "landscaping companies", claims.Indirect},
				{"the vote was stolen", "people", claims.Indirect},
				{"the ban is unfair", "individuals", claims.Indirect},
			},
		},
		{
			name: "asides inside a statement",
			body: "The study found that in the three largest counties, which include Cleveland, Cincinnati and Columbus, voters have been taken off the rolls.\n\n" +
				"The Tax Policy Center estimates that the top 1 percent -- those earning the most -- would face a tax increase.\n\n" +
				"Smith said the plan would fail, which angered Democrats.\n\n" +
				"Mr. Schultz likened RT to the BBC, which receives some government funding, in an interview with The Washington Post.\n\n" +
				"Mr Hollinrake later claimed the policy would cost landlords £2bn, a figure disputed by the Treasury.\n\n" +
				"The president told voters he would consider it a personal insult if they stayed home, implicitly putting his name on the ballot.\n\n" +
				"Critics say the money could be better spent with NATO, the alliance that includes most E.U. countries.\n\n" +
				"Cruz said he and Trump differ on Israel, the Iranian nuclear deal and the Supreme Court.\n\n" +
				"Rubio said the person would not get beat up at his rally, a swipe at the scuffles at Trump's rallies.\n\n" +
				"The policy changes, which officials said will go into effect in the next few months, will not apply to all Central Americans.\n\n" +
				"A federal judge on Friday blocked the state's six-week abortion ban, ruling that it likely violated the state constitution.\n\n" +
				"Police allege the man approached the woman, who was waiting for a bus, and attacked her without warning.",
			want: []want{
				{"in the three largest counties, which include Cleveland, Cincinnati and Columbus, voters have been taken off the rolls", "The study", claims.Indirect},
				{"the top 1 percent -- those earning the most -- would face a tax increase", "Tax Policy Center", claims.Indirect},
				{"the plan would fail", "Smith", claims.Indirect},
				{"RT to the BBC", "Schultz", claims.Indirect},                                                    // not the interview it was said in
				{"the policy would cost landlords £2bn", "Hollinrake", claims.Indirect},                          // not "a figure disputed by the Treasury"
				{"he would consider it a personal insult if they stayed home", "The president", claims.Indirect}, // not the reporter's gloss
				{"the money could be better spent with NATO", "Critics", claims.Indirect},                        // not the reporter's note on NATO
				{"he and Trump differ on Israel, the Iranian nuclear deal and the Supreme Court", "Cruz", claims.Indirect},
				{"the person would not get beat up at his rally", "Rubio", claims.Indirect},                                              // "a swipe at": the reporter's word on it
				{"will go into effect in the next few months", "officials", claims.Indirect},                                             // the relative clause, not the sentence's verb
				{"the state's six-week abortion ban", "A federal judge", claims.Indirect},                                                // ", ruling that": another statement
				{"the man approached the woman, who was waiting for a bus, and attacked her without warning", "Police", claims.Indirect}, // the verb after the aside is the statement's
			},
		},
		{
			name: "whom an act blames, and for what; not how long someone was known",
			body: "Hillary Clinton blasted him for not paying income tax.\n\nDonald Trump has known him for years.",
			want: []want{{"him for not paying income tax", "Hillary Clinton", claims.Indirect}},
			only: true,
		},
		{
			name: "a statement told before its attribution holds another's",
			body: "The mayor had told police officials that she did not want the escort, but the police overruled that request, the source added.\n\n" +
				"Though Republicans boast of stronger turnout, there is no link between primary turnout and who wins in November, political scientists say.\n\n" +
				"The company has agreed to pay $8 million to settle the lawsuit, court records show.",
			want: []want{
				{"The company has agreed to pay $8 million to settle the lawsuit", "court records", claims.Indirect}, // though the agreeing is surer, it runs on over the records' verb
				{"The mayor had told police officials that she did not want the escort, but the police overruled that request", "the source", claims.Indirect},
				{"Though Republicans boast of stronger turnout, there is no link between primary turnout and who wins in November", "political scientists", claims.Indirect},
			},
		},
		{
			name: "as a memo put it; an exhortation",
			body: "The main requirement for the program is a lawful source of income, as a Homeland Security memo put it.\n\n" +
				"Cruz exhorted Republicans to vote their conscience.",
			want: []want{
				{"The main requirement for the program is a lawful source of income", "Homeland Security memo", claims.Indirect},
				{"Republicans to vote their conscience", "Cruz", claims.Indirect},
			},
		},
		{
			name: "an attribution that a semicolon ends",
			body: "Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.",
			want: []want{{"Candidates need about 40 percent of the Hispanic vote", "political analysts", claims.Indirect}},
		},
	})
}

// TestShortClauses checks that a clause of three words with a plural
// subject is a whole statement, with a quoted word or without, and so is
// a subject whose verb opens the quote after it.
func TestShortClauses(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a short clause with a plural subject is a whole statement, with a quoted word or without",
			body: "Pat Cullen told the Guardian that nurses were \"exhausted\".\n\nJane Roe said that prices were rising.",
			want: []want{{"nurses were \"exhausted\"", "Pat Cullen", claims.Fragment}, {"prices were rising", "Jane Roe", claims.Indirect}},
		},
		{
			name: "a phrase set off between the cue and its \"that\"",
			body: "The mayor said, in a statement on Friday, that the pool would reopen in June.\n\nThe auditor warned, however, that costs were rising.",
			want: []want{{"the pool would reopen in June", "The mayor", claims.Indirect},
				{"costs were rising", "The auditor", claims.Indirect}},
		},
		{
			name: "a subject, then a quote that opens with its verb",
			body: "Fire Chief Angela Moss said crews \"held the line all night.\"\n\nThe coach said he \"would never quit on this team.\"\n\n" +
				"Surrey Lumber Co. said it \"takes every complaint seriously.\"\n\n" +
				"The UN envoy, Clementine Nkweta-Salami, said she was \"horrified.\" The National Council of Canadian Muslims said it was \"devastated.\"",
			want: []want{{"she was \"horrified.\"", "Clementine Nkweta-Salami", claims.Fragment},
				{"it was \"devastated.\"", "National Council of Canadian Muslims", claims.Fragment},
				{"crews \"held the line all night.\"", "Angela Moss", claims.Fragment},
				{"he \"would never quit on this team.\"", "The coach", claims.Fragment},
				{"it \"takes every complaint seriously.\"", "Surrey Lumber Co.", claims.Fragment}},
		},
		{
			name: "a name, then a quote that opens with its verb; not a possessive",
			body: "Toronto coach Craig Berube said Woll \"gave us a chance every night.\"\n\nCowan says Bloomberg's \"looks like a vanity candidacy.\"",
			want: []want{{"Woll \"gave us a chance every night.\"", "Craig Berube", claims.Fragment},
				{"gave us a chance every night.", "Craig Berube", claims.Fragment},
				{"looks like a vanity candidacy.", "Cowan", claims.Fragment}},
			only: true, // and not "Bloomberg's \"looks like ...\"", which "Bloomberg's" opens as the owner of a thing unsaid
		},
	})
}

// TestAsClauseWithItsOwnObject checks that "..., as X warned of Y" is no
// trailing attribution of the clause before it: what X warned of is X's,
// and the clause before keeps its own speaker.
func TestAsClauseWithItsOwnObject(t *testing.T) {
	checkForms(t, []form{{
		name: "a clause after 'as' whose verb has its own object",
		body: "Premier Li Qiang told regional leaders on Thursday that Beijing would open its markets further, as South Korea's president warned of rising tensions.",
		want: []want{{"Beijing would open its markets further", "Li Qiang", claims.Indirect}},
		none: []string{"Premier Li Qiang told regional leaders"},
	}})
}

// TestInvertedOnlyForSaying checks that only a verb of saying may come
// before its speaker after a comma ("..., said the mayor"): in "The
// union, which brought the case, welcomed the ruling" the union welcomed
// the ruling, and the ruling says nothing.
func TestInvertedOnlyForSaying(t *testing.T) {
	checkForms(t, []form{{
		name: "a verb that is not one of saying after a relative clause",
		body: "The tenants' union, which brought the case on behalf of several families, welcomed the ruling.",
		want: []want{{"the ruling", "The tenants' union", claims.Indirect}},
		none: []string{"The tenants' union, which brought the case on behalf of several families"},
	}})
}
