package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

func TestExtractForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "quote then said",
			body: "Senator Jane Smith spoke on Monday.\n\n\"We will win this election,\" Smith said.",
			want: []want{{"We will win this election,", "Jane Smith", claims.Direct}},
		},
		{
			name: "a phrase the reporter's sentence carries is a fragment, though its attribution follows",
			body: "Treasurer Jim Chalmers seized on the turmoil. The Opposition was \"a rabble\", he said, and could not be trusted.",
			want: []want{{"a rabble", "Jim Chalmers", claims.Fragment}},
		},
		{
			name: "a fragment tied only by a weak cue is the reporting speaker's",
			body: "Judge Sarah Clarke told Southwark Crown Court that Peter Walsh, 58, had shown \"a callous disregard\" for his victims.",
			want: []want{{"a callous disregard", "Sarah Clarke", claims.Fragment}},
		},
		{
			name: "verbs of speaking with no reported statement of their own",
			body: "\"Imagine him on the same stage as Trump,\" mused radio host Stu Burke.\n\n\"Not again,\" Maria Lopez sighed.",
			want: []want{
				{"Imagine him on the same stage as Trump,", "Stu Burke", claims.Direct},
				{"Not again,", "Maria Lopez", claims.Direct},
			},
		},
		{
			name: "said name after quote",
			body: "\u201cThe budget is balanced,\u201d said Mayor John Doe.",
			want: []want{{"The budget is balanced,", "John Doe", claims.Direct}},
		},
		{
			name: "a quote split mid-sentence is one claim, of both pieces; one split between sentences is two",
			body: "Governor Mary Jones spoke.\n\n\"The plan is sound,\" she said, \"and it will pass.\"\n\n" +
				"\"It's heartbreaking,\" Jones said. \"And this country has to heal.\"\n\n" +
				"\"I'm not going anywhere,\" she said, \"I'm a fighter.\"",
			want: []want{{"The plan is sound and it will pass.", "Mary Jones", claims.Direct},
				{"It's heartbreaking,", "Mary Jones", claims.Direct}, {"And this country has to heal.", "Mary Jones", claims.Direct},
				{"I'm not going anywhere,", "Mary Jones", claims.Direct}, {"I'm a fighter.", "Mary Jones", claims.Direct}},
		},
		{
			name: "a quote split by its speaker and a description of them that names a body with a cue's word",
			body: "\"The danger,\" said Edward Lamb, an economist who is director of Westlake Anderson Forecast, \"is that rents rise faster than wages.\"",
			want: []want{{"The danger is that rents rise faster than wages.", "Edward Lamb", claims.Direct}},
			none: []string{"is that rents rise faster than wages."},
		},
		{
			name: "quote runs over paragraphs",
			body: "Tom Baker said, \"We are ready for the vote.\n\n\"Nobody can stop this bill now,\" he added.",
			want: []want{{"We are ready for the vote.", "Tom Baker", claims.Direct}, {"Nobody can stop this bill now,", "Tom Baker", claims.Direct}},
		},
		{
			name: "a quote run over paragraphs, attributed only in the last",
			body: "Finance minister Asha Rao spoke in Delhi on Monday.\n\n\"We are confident of the numbers. The fundamentals are strong.\n\n" +
				"\"Inflation is under control and it will stay so,\" she told reporters.",
			want: []want{
				{"We are confident of the numbers. The fundamentals are strong.", "Asha Rao", claims.Direct},
				{"Inflation is under control and it will stay so,", "Asha Rao", claims.Direct},
			},
		},
		{
			name: "a quote run over paragraphs after someone else's statement, attributed in the next",
			body: "Union leader Mary Lee said on Monday that members were ready to strike.\n\n\"We have been patient for two years.\n\n" +
				"\"We are asking for our share,\" said Rob Ashton, the union's president.",
			want: []want{
				{"We have been patient for two years.", "Rob Ashton", claims.Direct},
				{"We are asking for our share,", "Rob Ashton", claims.Direct},
			},
		},
		{
			name: "continuation without its own attribution",
			body: "Tom Baker said, \"We are ready for the vote.\n\n\"Nobody can stop this bill now.\"",
			want: []want{{"Nobody can stop this bill now.", "Tom Baker", claims.Direct}},
		},
		{
			name: "a paragraph of quotation after a paragraph whose speaker said something",
			body: "Defense Secretary Ash Carter said that the United States would not leave the region.\n\n" +
				"\"That is because this region remains the most consequential for our future.\"\n\n" +
				"Radio host Bill Howard continued his scathing remarks.\n\n\"She was winning, and then she lost.\"",
			want: []want{
				{"That is because this region remains the most consequential for our future.", "Ash Carter", claims.Direct},
				{"She was winning, and then she lost.", "Bill Howard", claims.Direct},
			},
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
			name: "abbreviations do not end sentences",
			body: "Dr. Alan Price said the U.S. economy grew 2.5 percent in Jan. after a slow start.\n\nThe union said 3,000 jobs in Sault Ste. Marie were at risk.",
			want: []want{{"the U.S. economy grew 2.5 percent in Jan. after a slow start", "Alan Price", claims.Indirect},
				{"3,000 jobs in Sault Ste. Marie were at risk", "The union", claims.Indirect}},
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
			name: "double apostrophes as quote marks; three close a single quote inside one, then the double",
			body: "''We're anxious,'' said another Twitter user, Johanna Bayer.\n\n" +
				"''Voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain.",
			want: []want{{"We're anxious,", "Johanna Bayer", claims.Direct},
				{"Voters will not be satisfied with 'We'll bomb them,'", "John McCain", claims.Direct}},
			none: []string{"We'll bomb them,''"},
		},
		{
			name: "a height in feet and inches inside a quote closes nothing",
			body: "Rubio's comments came on Sunday, The Hill reported.\n\n\u201cI admit, he\u2019s taller than me; he\u2019s like 6\u20192\u201d,\u201d Rubio said Sunday in Virginia.",
			want: []want{{"I admit, he\u2019s taller than me; he\u2019s like 6\u20192\u201d,", "Rubio", claims.Direct}},
		},
		{
			name: "parenthetical attribution",
			body: "Senator Jane Smith spoke.\n\nThe transition was seamless, she said, but replacing the nominee would be acrimonious.",
			want: []want{{"The transition was seamless but replacing the nominee would be acrimonious", "Jane Smith", claims.Indirect}},
		},
		{
			name: "quote after a sentence naming its speaker",
			body: "On Sunday, Sen. Bernie Sanders said young voters were exhausted by bigotry. \"They want change and they want it now.\"",
			want: []want{{"They want change and they want it now.", "Bernie Sanders", claims.Direct}},
		},
		{
			name: "a participle after a cue is the cue's speaker's; a source's description around according to",
			body: "Ryan and Trump will meet sometime next week, Spicer said, adding, \"They need to sit down and have a good talk.\"\n\n" +
				"Before the attacks, Trump took a more hands-off approach to the Islamic State, suggesting the U.S. outsource the fight to Syria and Russia.\n\n" +
				"According to Skymet, a private forecaster, the monsoon could be delayed by a few days.\n\n" +
				"According to SAFAR, the Centre's air quality forecasting agency, pollution levels are likely to stay high.\n\n" +
				"According to the report, the plant closed last year, and the jobs went with it.\n\n" +
				"Some Americans would pay more under the plan, according to an analysis by Lily Batchelder, a former tax aide, whose conclusions were seconded by others.\n\n" +
				"At the heart of the trouble, according to Dennis Ross, a former envoy, was a decision by Mr. Obama to keep his distance.\n\n" +
				"Tickets sold out in under an hour, according to the promoter, Live Arena Group.",
			want: []want{
				{"Tickets sold out in under an hour", "the promoter", claims.Indirect},         // the name set off after the source is the source's
				{"They need to sit down and have a good talk.", "Spicer", claims.Direct},       // not Ryan, who opens the sentence
				{"the U.S. outsource the fight to Syria and Russia", "Trump", claims.Indirect}, // "State" is no verb of saying
				{"the monsoon could be delayed by a few days", "Skymet", claims.Indirect},
				{"pollution levels are likely to stay high", "SAFAR", claims.Indirect},
				{"the plant closed last year, and the jobs went with it", "the report", claims.Indirect}, // no description: a clause
				{"Some Americans would pay more under the plan", "Lily Batchelder", claims.Indirect},     // not her description
				{"At the heart of the trouble was a decision by Mr. Obama to keep his distance", "Dennis Ross", claims.Indirect},
			},
		},
		{
			name: "British single quotes",
			body: "Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelenskyy.\n\n\u2018We won\u2019t stop supporting Ukraine\u2019s people,\u2019 Starmer said. 'Nobody doubts it,' he added.",
			want: []want{{"We won\u2019t stop supporting Ukraine\u2019s people,", "Keir Starmer", claims.Direct}, {"Nobody doubts it,", "Keir Starmer", claims.Direct}},
		},
		{
			name: "British single quotes around a plural's possessive; a short sentence after a split",
			body: "Union leader Mick O'Neill said: 'It's the workers' right to strike, and they'll use it.'\n\n" +
				"'I'm not going anywhere,' insisted Ms Truss, 'I'm a fighter.'",
			want: []want{
				{"It's the workers' right to strike, and they'll use it.", "Mick O'Neill", claims.Direct},
				{"I'm a fighter.", "Truss", claims.Direct},
			},
		},
		{
			name: "British single quotes closing on a plural, a short quote inside a statement",
			body: "He added that ministers were 'looking at all the options' to reduce child poverty, but that 'there's no silver bullet'.\n\n" +
				"The Resolution Foundation think tank said scrapping the cap would lift 490,000 children out of poverty.\n\n" +
				"A source close to her said she'd 'made her views clear'.\n\n" +
				"'It's the single most cost-effective way to cut child poverty,' said its chief executive, Ruth Curtice.",
			want: []want{
				{"ministers were 'looking at all the options' to reduce child poverty, but that 'there's no silver bullet'", "He", claims.Fragment},
				{"looking at all the options", "He", claims.Fragment},
				{"there's no silver bullet", "He", claims.Direct},
				{"scrapping the cap would lift 490,000 children out of poverty", "Resolution Foundation", claims.Indirect},
				{"made her views clear", "A source close to her", claims.Fragment},
				{"It's the single most cost-effective way to cut child poverty,", "Ruth Curtice", claims.Direct},
			},
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
			name: "quote inside a reported statement",
			body: "Sen. Bernie Sanders spoke on Sunday. As for his supporters, the Vermont senator acknowledged that there are still \"some people\" who feel that way.",
			want: []want{
				{"there are still \"some people\" who feel that way", "Bernie Sanders", claims.Fragment},
				{"some people", "Bernie Sanders", claims.Fragment},
			},
		},
		{
			name: "a dateline with a colon, roles in lower case and their abbreviations",
			body: "NEW DELHI: Prime Minister Narendra Modi on Sunday said that India would not accept any deal that hurt farmers.\n\n" +
				"\"We will never compromise on their interests,\" the PM said.\n\n" +
				"Congress leader Rahul Gandhi slammed the government, saying it had \"failed the youth of this country\".\n\n" +
				"Australian Treasurer Jim Chalmers said the Reserve Bank was right to hold rates.",
			want: []want{
				{"India would not accept any deal that hurt farmers", "Narendra Modi", claims.Indirect},
				{"We will never compromise on their interests,", "Narendra Modi", claims.Direct},
				{"failed the youth of this country", "Rahul Gandhi", claims.Fragment},
				{"the Reserve Bank was right to hold rates", "Jim Chalmers", claims.Indirect},
			},
		},
		{
			name: "a paragraph opened with a closing mark",
			body: "Mark Barabak wrote about the debate.\n\n\u201d \u2026 he delivered a mix of orthodoxy and rejoinders with a coolness Reagan might have admired,\u201d Barabak wrote.",
			want: []want{{"\u2026 he delivered a mix of orthodoxy and rejoinders with a coolness Reagan might have admired,", "Mark Barabak", claims.Direct}},
		},
		{
			name: "British titles without full stops",
			body: "Mrs May said the deal was good for the country. Prof Brown said the figures were wrong again.",
			want: []want{
				{"the deal was good for the country", "May", claims.Indirect},
				{"the figures were wrong again", "Brown", claims.Indirect},
			},
		},
		{
			name: "a group linked to a name speaks, a spokesman for the one named",
			body: "Aides to Mr Trump said he would not attend the summit.\n\n" +
				"An official at the State Department said the talks had stalled again.\n\n" +
				"A spokesman for the Kremlin said the call had been useful.",
			want: []want{
				{"he would not attend the summit", "Aides to Mr Trump", claims.Indirect},
				{"the talks had stalled again", "An official at the State Department", claims.Indirect},
				{"the call had been useful", "Kremlin", claims.Indirect},
			},
		},
		{
			name: "a participle goes on with the main clause's speaker",
			body: "Clinton answered a question from moderator Lester Holt about race relations.\n\n" +
				"Clinton told the debate audience that she believes we must push policies that help, saying that \"race still determines too much\" in America.",
			want: []want{
				{"she believes we must push policies that help", "Clinton", claims.Indirect},
				{"race still determines too much", "Clinton", claims.Direct},
			},
			none: []string{"a question from moderator Lester Holt about race relations"},
		},
		{
			name: "a campaign role before a name, a term the sentence is about",
			body: "\"That is fine,\" Sanders campaign manager Jeff Weaver said.\n\n" +
				"\"Top secret\" is the highest level of classification, the State Department said.",
			want: []want{{"That is fine,", "Jeff Weaver", claims.Direct}},
			none: []string{"Top secret"},
		},
		{
			name: "a quote's speaker with a verb no list holds, inverted, after a connective",
			body: "\"The Times is claiming today that they had an off-the-record meeting,\" Hannity started.\n\n" +
				"\"France will always be France,\" an angry Hollande retaliated.\n\n" +
				"\"She has her moments,\" Izuku smiled fondly.\n\n" +
				"\"Jeb wants to be a tough guy tonight,\" Trump shot back.\n\n" +
				"\"You seem to have picked a new standard out of thin air,\" the two write.\n\n" +
				"Officials were shaken. Said Comey, \"The thought that an error on our part is connected to this is painful.\"\n\n" +
				"\"We have had offices here since April,\" said Stephanie Formas, the communications director, \"and we have been forming relationships.\"\n\n" +
				"\"He is supposed to be a cheerleader for this country,\" Trump said. Instead, \"he just acts like a defeated man.\"\n\n" +
				"Rather than the layout in which government and opposition MPs sit facing each other, asks editor Jennifer Ditchburn, \"has anyone considered a horseshoe?\"",
			want: []want{
				{"The Times is claiming today that they had an off-the-record meeting,", "Hannity", claims.Direct},
				{"France will always be France,", "Hollande", claims.Direct},
				{"She has her moments,", "Izuku", claims.Direct},
				{"Jeb wants to be a tough guy tonight,", "Trump", claims.Direct},
				{"You seem to have picked a new standard out of thin air,", "the two", claims.Direct},
				{"The thought that an error on our part is connected to this is painful.", "Comey", claims.Direct},
				{"We have had offices here since April and we have been forming relationships.", "Stephanie Formas", claims.Direct},
				{"he just acts like a defeated man.", "Trump", claims.Direct},
				{"has anyone considered a horseshoe?", "Jennifer Ditchburn", claims.Direct}, // a verb after a comma: the name after it speaks, not a subject before the comma
			},
		},
		{
			name: "a role of a place with the name set off after it",
			body: "The premier of Alberta, Danielle Smith, said her province would challenge the carbon tax in court.",
			want: []want{{"her province would challenge the carbon tax in court", "Danielle Smith", claims.Indirect}},
		},
		{
			name: "a role of another party is someone else",
			body: "Republican presidential nominee Donald Trump spoke in Ohio on Monday.\n\n" +
				"The Democratic presidential nominee said the economy needed a fairer tax code.\n\n" +
				"The Republican nominee said the tax code was rigged against workers.",
			want: []want{
				{"the economy needed a fairer tax code", "The Democratic presidential nominee", claims.Indirect},
				{"the tax code was rigged against workers", "Donald Trump", claims.Indirect},
			},
		},
		{
			name: "a role with the name set off after it, British style",
			body: "The shadow health secretary, Victoria Atkins, said the plan was unfunded and would fail.\n\n" +
				"Ms Atkins told the BBC's Today programme: 'They have no idea how to pay for it.'\n\n" +
				"Mr Starmer told the Guardian: 'We will fix the NHS within five years.'",
			want: []want{
				{"the plan was unfunded and would fail", "Victoria Atkins", claims.Indirect},
				{"They have no idea how to pay for it.", "Victoria Atkins", claims.Direct},
				{"We will fix the NHS within five years.", "Starmer", claims.Direct},
			},
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
			name: "a label after as",
			body: "Senate Minority Leader Harry Reid has been steadily pounding Trump as a \u201ccon artist\u201d for weeks.",
			want: []want{{"con artist", "Harry Reid", claims.Fragment}},
		},
		{
			name: "a label after as, past an apposition to the one labelled",
			body: "Mike Pence spoke on Sunday. However, he characterized Democratic vice presidential nominee Sen. Tim Kaine, D-Va., as, \u201ca little desperate there, jumping in all the time.\u201d",
			want: []want{{"a little desperate there, jumping in all the time.", "Mike Pence", claims.Direct}},
		},
		{
			name: "a pronoun after a quote goes back to its speaker before others of its gender",
			body: "\"We have had problems with cyber intrusions from Russia in the past,\" Obama said after meeting with Russian President Vladimir Putin. He did not suggest retaliation. \"Our goal is not to duplicate a cycle of escalation.\"",
			want: []want{{"Our goal is not to duplicate a cycle of escalation.", "Obama", claims.Direct}},
		},
		{
			name: "a label in title case that a verb of calling gives, not a name",
			body: "Sam Jacobs, an editor, called Merkel \u201cThe Chancellor of the Free World.\u201d\n\nAn anti-Trump super PAC called \u201cOur Principles\u201d is ramping up.",
			want: []want{{"The Chancellor of the Free World.", "Sam Jacobs", claims.Fragment}},
			none: []string{"Our Principles"},
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
	})
}
