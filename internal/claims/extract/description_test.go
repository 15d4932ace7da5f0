package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestDescriptions checks whom a noun phrase that names no one refers
// back to: "the statement" is the statement of whoever brought one in, or
// of whom it was from, named in full; a definite description is a
// person's only when its head is a noun for people (WordNet's), "the
// lanky, bespectacled professor" but not "the new rule", nor "the jury in
// a separate case", whose last word may name a person but whose head does
// not; a post two named in one sentence hold is either's ("The minister"
// after two ministers); "the Liberal" is the one person the article set
// off so ("Leslie Church, the Liberal,"); and "it" after a sentence a
// document opens is the document's, its issuer's when the article names
// one, never the organisation named last.
func TestDescriptions(t *testing.T) {
	checkForms(t, []form{
		{
			name: "the subject who said it in a statement",
			body: "The Canadian Beverage Association said in a statement that fruit juice is a source of vitamins.\n\n" +
				"The statement also said that removing it from the diet could have serious consequences.",
			want: []want{{"removing it from the diet could have serious consequences", "Canadian Beverage Association", claims.Indirect}},
		},
		{
			name: "the subject after a fronted phrase that names the statement, a participle before its noun",
			body: "In an emailed statement, her press secretary, Andrea Smith, said the province had hired 1,000 nurses.\n\n" +
				"\"We know there is more work to do,\" the statement said.",
			want: []want{{"We know there is more work to do,", "Andrea Smith", claims.Direct}},
		},
		{
			name: "the speaker of the cue before in a report, though a body opens the sentence",
			body: "The Canada Border Services Agency cannot say how many people have left, Auditor General Karen Hogan said in a report released Tuesday.\n\n" +
				"The report found that the agency had lost track of nearly 30,000 people. It said the agency's data was often wrong.",
			want: []want{{"the agency had lost track of nearly 30,000 people", "Karen Hogan", claims.Indirect},
				{"the agency's data was often wrong", "Karen Hogan", claims.Indirect}},
		},
		{
			name: "no building named for the province that only a phrase of where names",
			body: "Health Minister Michelle Thompson said she was disappointed. \"We have put a fair offer on the table,\" Thompson told reporters at Province House.\n\n" +
				"The province has said essential services legislation means emergency departments would stay open.",
			want: []want{{"essential services legislation means emergency departments would stay open", "The province", claims.Indirect}},
		},
		{
			name: "a business by the word for its trade",
			body: "Shares of Veridian Semiconductor fell 14% on Tuesday after the chipmaker said revenue growth would slow.",
			want: []want{{"revenue growth would slow", "Veridian Semiconductor", claims.Indirect}},
		},
		{
			name: "the body a report is by, set off after it",
			body: "The minister defended the program.\n\nThe report, by the Canadian Centre for Policy Alternatives, found that only one in three children had a space.",
			want: []want{{"only one in three children had a space", "Canadian Centre for Policy Alternatives", claims.Indirect}},
		},
		{
			name: "the firm a report is by, named after the noun, past the report's topic named before",
			body: "Mayor Scott Gillingham dismissed a consultant's report on Winnipeg Transit.\n\nThe report, by the firm Dillon Consulting, found that buses arrived late.\n\n" +
				"In a statement, Dillon Consulting said its analysis was sound.",
			want: []want{{"buses arrived late", "Dillon Consulting", claims.Indirect}},
		},
		{
			name: "a body set off with the noun a description has, past a body named since",
			body: "Environmental Defence, a Toronto-based group, said the highway would destroy habitat. The Ontario Medical Association said nothing.\n\n" +
				"The group said it would consider legal action.",
			want: []want{{"it would consider legal action", "Environmental Defence", claims.Indirect}},
		},
		{
			name: "no street where a store is, which does nothing",
			body: "Simons will close two stores next year, chief executive Peter Simons said. It will keep its flagship store on Ste-Catherine Street open.\n\n" +
				"The chain said about 80 employees would be offered other jobs.",
			want: []want{{"about 80 employees would be offered other jobs", "The chain", claims.Indirect}},
		},
		{
			name: "a party's member, the one subject named just before; not one in a quote or an owner",
			body: "PHOENIX — Arizona Gov. Katie Hobbs vetoed a bill Tuesday.\n\n\"This bill would drain money from public schools,\" the Democrat said.\n\n" +
				"Donald Trump spoke in Michigan. His audio was quieter than Clinton's. He says, \"Working that microphone was harder than working Crooked Hillary Clinton.\"\n\n" +
				"The Republican also said the debate had been rigged.",
			want: []want{{"This bill would drain money from public schools,", "Katie Hobbs", claims.Direct},
				{"the debate had been rigged", "The Republican", claims.Indirect}}, // no one named as a subject just before: not Clinton
		},
		{
			name: "a post that two named in one sentence hold is either's",
			body: "Alberta Finance Minister Nate Horner and federal Finance Minister François-Philippe Champagne traded letters this week.\n\n" +
				"The minister said Albertans were owed more than half of the plan's assets. Champagne said that was not credible.",
			want: []want{{"Albertans were owed more than half of the plan's assets", "The minister", claims.Indirect}},
		},
		{
			name: "a party's member, as the article set them off",
			body: "The race has tightened.\n\nDon Stewart, the Conservative, said voters wanted change. Leslie Church, the Liberal, said her campaign was gaining.\n\n" +
				"\"We're knocking on every door,\" the Liberal said. The Conservative said he had never seen so many signs.",
			want: []want{{"We're knocking on every door,", "Leslie Church", claims.Direct},
				{"he had never seen so many signs", "Don Stewart", claims.Indirect}},
		},
		{
			name: "a business no list types, who said it in a blog post",
			body: "Quillory said in a blog post that it would appeal the fine.\n\n" +
				"\"We fixed the setting in March,\" the post said.",
			want: []want{{"We fixed the setting in March,", "Quillory", claims.Direct}},
		},
		{
			name: "the subject after a fronted phrase that brings the document in, three sentences back",
			body: "In a letter to parents, Principal Ines Ward wrote that the school would close early.\n\n" +
				"\"We did not take this lightly,\" Ward wrote. \"Safety comes first.\"\n\n" +
				"Buses will leave at noon, the letter said.",
			want: []want{{"Buses will leave at noon", "Ines Ward", claims.Indirect}},
		},
		{
			name: "but not a name in that subject's clause",
			body: "In a video released by the museum, a guard said Mayor Ines Ward had ignored the warnings.\n\n" +
				"The video shows the guards locking the doors.",
			want: []want{{"the guards locking the doors", "The video", claims.Indirect}},
		},
		{
			name: "a report from someone named with more words: no one",
			body: "The agency gave an inaccurate response, according to a report from the State Department's inspector general.\n\n" +
				"The report says the agency had failed to search its records.",
			want: []want{{"the agency had failed to search its records", "The report", claims.Indirect}},
		},
		{
			name: "a role held at a body, a place after the body",
			body: "The chief of a First Nation in northern Manitoba says the water is unsafe.",
			want: []want{{"the water is unsafe", "The chief of a First Nation", claims.Indirect}},
		},
		{
			name: "a person described",
			body: "Professor Jane Roe has taught physics for 30 years.\n\n" +
				"The lanky, bespectacled professor said the budget would fall next year.",
			want: []want{{"the budget would fall next year", "Jane Roe", claims.Indirect}},
		},
		{
			name: "a person described by what they do, named with it just before, not the speaker of the paragraph before",
			body: "\"He's playing with confidence,\" coach Craig Berube said.\n\n" +
				"Boston goaltender Jeremy Swayman stopped 31 shots. The Bruins netminder said his team had been sloppy.",
			want: []want{{"his team had been sloppy", "Jeremy Swayman", claims.Indirect}},
		},
		{
			name: "a post qualified by a people's word, for the one person named with a post of that people",
			body: "Volodymyr Zelensky spoke after meeting German Chancellor Friedrich Merz in Kyiv. The German leader said Berlin would send more air defence systems.",
			want: []want{{"Berlin would send more air defence systems", "Friedrich Merz", claims.Indirect}},
		},
		{
			name: "a person described before the surname after a quote",
			body: "Maria Lopez has farmed the valley for 30 years.\n\n" +
				"Ana Ruiz said the storm hit at dawn.\n\n" +
				"\"We lost the barn,\" the soft-spoken Lopez, 58, said on Monday.",
			want: []want{{"We lost the barn,", "Maria Lopez", claims.Direct}},
		},
		{
			name: "but not one of two who share the surname",
			body: "Jacob Tibbetts and his father, Robert Tibbetts, run against each other.\n\n" +
				"\"He is wrong,\" the younger Tibbetts said.",
			want: []want{{"He is wrong,", "the younger Tibbetts", claims.Direct}},
		},
		{
			name: "a thing described",
			body: "\"We will change tactics,\" Jane Roe said.\n\n" +
				"The new federal rule says that any bank can be sold to a buyer abroad.",
			want: []want{{"any bank can be sold to a buyer abroad", "The new federal rule", claims.Indirect}},
		},
		{
			name: "a body described by the case it sat on: not the person named before",
			body: "Mayor Helen Dubois said the town would appeal.\n\n" +
				"The jury in a separate case found that the province had been negligent.",
			want: []want{{"the province had been negligent", "The jury in a separate case", claims.Indirect}},
		},
		{
			name: "the issuer named before",
			body: "The Pentagon released a report on Tuesday about the base.\n\n" +
				"The report found that the base had cost $4 billion more than planned. It also said the contractors had missed three deadlines.",
			want: []want{{"the contractors had missed three deadlines", "Pentagon", claims.Indirect}},
		},
		{
			name: "a document the subject did not issue is not the subject's",
			body: "Harlow Foods agreed on Monday to settle a lawsuit over its labels.\n\n" +
				"The lawsuit, filed by two shoppers in 2022, alleged that the labels overstated the fruit content.\n\n" +
				"The Ledger obtained a memo sent to plant staff. The memo said the line would close.\n\n" +
				"A second memo, obtained by the Ledger, says the plant will reopen in May.",
			want: []want{{"the labels overstated the fruit content", "The lawsuit", claims.Indirect},
				{"the line would close", "The memo", claims.Indirect},
				{"the plant will reopen in May", "A second memo", claims.Indirect}},
		},
		{
			name: "a union whose name does not say so",
			body: "The Harbour Teachers' Federation called the offer an insult on Friday.\n\n\"We will not sign it,\" the union said.",
			want: []want{{"We will not sign it,", "Harbour Teachers' Federation", claims.Direct}},
		},
		{
			name: "no issuer named: the document as written, not the pronoun",
			body: "The Pentagon released a report on Tuesday about the base.\n\n" +
				"A study published in a journal was presented at a meeting in Houston. It found that the base had cost $4 billion more than planned.",
			want: []want{{"the base had cost $4 billion more than planned", "A study", claims.Indirect}},
		},
		{
			name: "where a person is from, as a noun, is the one person named just before, and the words as written when two are",
			body: "Rovers manager Gareth Lyle praised his side's spirit. \"We were poor for an hour, but they kept running,\" the Welshman said.\n\n" +
				"Jannik Sinner beat Taylor Fritz in straight sets on Sunday. \"He served better than me today,\" the American said.\n\n" +
				"Lionel Messi scored twice on Saturday. The Argentine said he was tired.\n\n" +
				"Coco Gauff beat Aryna Sabalenka on Sunday. The Belarusian said she was sore. The American economy grew.",
			want: []want{{"We were poor for an hour, but they kept running,", "Gareth Lyle", claims.Direct},
				{"He served better than me today,", "the American", claims.Direct},
				{"he was tired", "Lionel Messi", claims.Indirect}, {"she was sore", "The Belarusian", claims.Indirect}},
		},
		{
			name: "a relative, someone's or alone, is not the one named before",
			body: "Prosecutor Nadia Qureshi told the jury that the money was gone.\n\nThe daughter said the house had been sold.\n\n" +
				"The victim's daughter said: \"Mum spent her whole life saving.\"",
			want: []want{{"the house had been sold", "The daughter", claims.Indirect},
				{"Mum spent her whole life saving.", "The victim's daughter", claims.Direct}},
		},
		{
			name: "a relative the article introduced by name, and not one whose name it had met before",
			body: "Dr. Eleanor Voss died Sunday. Her death was confirmed by her son, David Voss.\n\n" +
				"\"She kept the list of their names,\" her son said.\n\n" +
				"Rafael Edward Cruz was born in Calgary and later went by Ted. The choice angered his father, Rafael.\n\n" +
				"His father said the name was a rejection of his heritage.\n\n" +
				"For three generations the Okafor family has sold bread. Grace Okafor runs the bakery with her husband, Daniel Okafor.\n\n" +
				"Daniel Okafor said the shop had no flood insurance.\n\n" +
				"Her husband added that the neighbours had carried out the ruined ovens.",
			want: []want{{"She kept the list of their names,", "David Voss", claims.Direct},
				{"the neighbours had carried out the ruined ovens", "Daniel Okafor", claims.Indirect},
				{"the name was a rejection of his heritage", "His father", claims.Indirect}},
		},
		{
			name: "a role owned by a pronoun in a lede, named in the same words after it",
			body: "A nurse has settled her lawsuit with the care home, her lawyer said Tuesday.\n\n" +
				"Rebecca Thorne was fired in 2022. Her lawyer, David Chen, said the terms were confidential.\n\n" +
				"The home's owner said in a statement that it had changed. Its lawyer said the company admitted nothing.",
			want: []want{{"A nurse has settled her lawsuit with the care home", "David Chen", claims.Indirect},
				{"the company admitted nothing", "Its lawyer", claims.Indirect}},
		},
		{
			name: "or named by the noun as the title that opens a sentence; not a title another owns",
			body: "President Bola Tinubu has ordered a review of fuel prices, his spokesman said Saturday.\n\n" +
				"Spokesman Bayo Onanuga said the review would take two weeks.\n\n" +
				"The panel met Clinton's lawyer Cheryl Mills. His lawyer said he would not answer questions.",
			want: []want{{"President Bola Tinubu has ordered a review of fuel prices", "Bayo Onanuga", claims.Indirect},
				{"he would not answer questions", "His lawyer", claims.Indirect}},
		},
		{
			name: "a description set off after a name, opening a list of posts",
			body: "The Conservative Action Fund has been derided as a scam.\n\n" +
				"Dan Backer, the fund's lawyer, treasurer and strategist, has rejected the label, noting that it costs money to raise money.",
			want: []want{{"it costs money to raise money", "Dan Backer", claims.Indirect}},
		},
		{
			name: "an institution by the word for its kind, whose name holds it",
			body: "The Brandon Public Library board voted on Thursday to restore the event.\n\n" +
				"Board chair Helen Martel said the first decision had been wrong.\n\nThe library said the event would go ahead.",
			want: []want{{"the event would go ahead", "Brandon Public Library", claims.Indirect}},
		},
		{
			name: "the city, the province: the one such place the sentences before name, or a role there holds, whose government speaks; not one of two",
			body: "Calgary said its water supply was not at risk. The city said the river would peak on Friday.\n\n" +
				"Nova Scotia will hire 200 more nurses by spring, the province said.\n\n" +
				"Flooding hit Canmore and Banff. The town said 300 homes had been evacuated.\n\n" +
				"Alberta Premier Danielle Smith said she was disappointed. The province had argued the law was unconstitutional.",
			want: []want{{"the river would peak on Friday", "Calgary", claims.Indirect},
				{"Nova Scotia will hire 200 more nurses by spring", "Nova Scotia", claims.Indirect},
				{"300 homes had been evacuated", "The town", claims.Indirect},
				{"the law was unconstitutional", "Alberta", claims.Indirect}}, // the place a role just before holds
		},
		{
			name: "the regulator is the public body, not the firm it fined",
			body: "Air Canada has been fined $97,500 by the Canadian Transportation Agency for failing to refund passengers on time, the regulator said Monday.",
			want: []want{{"Air Canada has been fined $97,500 by the Canadian Transportation Agency for failing to refund passengers on time", "Canadian Transportation Agency", claims.Indirect}},
		},
		{
			name: "the one agency the article named, after \"the\" and paragraphs back, before a firm named since",
			body: "A magnitude 7.2 earthquake struck off northern Japan on Monday, the Japan Meteorological Agency said.\n\n" +
				"There were no immediate reports of major damage.\n\n\"Please stay away from the coast,\" a government spokesman said.\n\n" +
				"East Japan Railway said it had suspended some bullet train services.\n\nThe agency warned that aftershocks could continue for about a week.",
			want: []want{{"aftershocks could continue for about a week", "Japan Meteorological Agency", claims.Indirect}},
		},
		{
			name: "a place where people work is no agency",
			body: "A cargo jet skidded off the runway at Wichita's Halbrook Regional Airport on Friday, officials said.\n\n" +
				"The jet stopped in the grass, according to the Federal Aviation Administration. The agency said the crew had reported a brake fault.",
			want: []want{{"the crew had reported a brake fault", "Federal Aviation Administration", claims.Indirect}},
		},
		{
			name: "a team by its place and a plural is whom \"the team\" means, named just before; not a body whose plural is a body's word",
			body: "The Toronto Maple Leafs have signed William Nylander to an eight-year extension, the team announced Monday.\n\n" +
				"Nurses are tired.\n\nAlberta Health Services hired 40 of them. The team said the ward would reopen.",
			want: []want{{"The Toronto Maple Leafs have signed William Nylander to an eight-year extension", "Toronto Maple Leafs", claims.Indirect},
				{"the ward would reopen", "The team", claims.Indirect}},
		},
		{
			name: "a possessive pronoun in the participle after a tag tells the description's gender",
			body: "Before dawn, Hannah Vos is in the barn. Her father, Gerrit, used to do the milking.\n\n\"I didn't plan on this,\" the 34-year-old says, wiping her hands.\n\n" +
				"Cartoonist Andre Campbell draws every night. His editor, Maria Lopez, reads each page.\n\n\"Comics need heroes,\" says the bow-tied maverick, noting that his disability does not define him.",
			want: []want{{"I didn't plan on this,", "Hannah Vos", claims.Direct}, {"Comics need heroes,", "Andre Campbell", claims.Direct}},
		},
		{
			name: "the one union named, paragraphs before",
			body: "The Nova Scotia Teachers Union and the province reached a deal.\n\nUnion president Ryan Lutes said the deal was good. He said members would vote. \"It paid off,\" he said.\n\n" +
				"Education Minister Becky Druhan said she was pleased. She said it was fair.\n\nThe union said it would not release details.",
			want: []want{{"it would not release details", "Nova Scotia Teachers Union", claims.Indirect}},
		},
		{
			name: "a description whose capital says only whose the body is",
			body: "A court quashed the mine's approval.\n\nBenga Mining said it was reviewing the ruling. The Australian-owned company said it remained committed to the project.",
			want: []want{{"it remained committed to the project", "Benga Mining", claims.Indirect}},
		},
		{
			name: "a body named a team after \"the\"",
			body: "A man was shot by police.\n\nThe Serious Incident Response Team, the province's police watchdog, is investigating. The agency said officers found a knife.",
			want: []want{{"officers found a knife", "Serious Incident Response Team", claims.Indirect}},
		},
		{
			name: "a body named after the reporter's adjective",
			body: "Taxes fell.\n\nThe top 1 percent paid 25 percent of taxes, according to the nonpartisan Congressional Budget Office.\n\n" +
				"The middle fifth paid 9 percent, the agency said in a June report.",
			want: []want{{"The middle fifth paid 9 percent", "Congressional Budget Office", claims.Indirect}},
		},
		{
			name: "a bank of the companies' list, which the next paragraph calls the bank",
			body: "Goldman Sachs said on Tuesday that fees fell 12 per cent.\n\nThe bank said it expected a recovery by spring.",
			want: []want{{"it expected a recovery by spring", "Goldman Sachs", claims.Indirect}},
		},
		{
			name: "a union's local by its number, the union and its release; the company is no union, nor is the union's short name",
			body: "Workers at Stella's have joined UFCW Local 832, the union said.\n\n" +
				"The UFCW will represent all servers and cooks at both locations, according to the union's Friday release.\n\n" +
				"The company said it respected the vote.",
			want: []want{{"Workers at Stella's have joined UFCW Local 832", "UFCW Local 832", claims.Indirect},
				{"The UFCW will represent all servers and cooks at both locations", "UFCW Local 832", claims.Indirect},
				{"it respected the vote", "Stella", claims.Indirect}},
		},
		{
			name: "a description with an ordinal, of the gender its noun tells: not the man named last",
			body: "Barack and Michelle Obama opened the center on Monday. Mayor Brandon Johnson spoke first.\n\n" +
				"The former first lady said the program would add a summer camp.",
			want: []want{{"the program would add a summer camp", "Michelle Obama", claims.Indirect}},
		},
	})
}

// TestLedeDescription checks that a description for someone opening the
// story's second sentence refers back to the lede's subject, named in
// full (AP style), and that further on a post of another kind is someone
// new.
func TestLedeDescription(t *testing.T) {
	checkForms(t, []form{{name: "the lede's subject",
		body: "TROUT BROOK, N.B. — Kevin Vickers, who became Canada's ambassador to Ireland, is considering a move into politics.\n\n" +
			"The former sergeant-at-arms of the House of Commons said Monday he is considering a run for the Liberal leadership.\n\n" +
			"Vickers met supporters in Moncton. The judge said the hearing would resume in May.",
		want: []want{{"he is considering a run for the Liberal leadership", "Kevin Vickers", claims.Indirect},
			{"the hearing would resume in May", "The judge", claims.Indirect}}},
		{name: "past a clause the second sentence opens with",
			body: "Anthony Albanese has defended his government's target of 1.2 million new homes by 2029.\n\n" +
				"Speaking in Brisbane on Thursday, the prime minister said the target was achievable.",
			want: []want{{"the target was achievable", "Anthony Albanese", claims.Indirect}}},
		{name: "whose only title is an honorific",
			body: "Sir Keir Starmer insisted on Monday that the budget would not be rewritten.\n\n" +
				"Speaking at a factory in Derby, the prime minister said the choices had been tough.",
			want: []want{{"the choices had been tough", "Keir Starmer", claims.Indirect}}},
		{name: "not when the lede brings in someone unnamed by the same noun",
			body: "Senator Marie-Françoise Mégie will retire in June, a source close to the senator told The Canadian Press.\n\n" +
				"The source, who was not authorized to speak publicly, said Mégie had informed her colleagues last week.",
			want: []want{{"Mégie had informed her colleagues last week", "The source", claims.Indirect}}},
	})
}

// TestFormerLatter checks that "the former" and "the latter" are the first
// and the last of two people named just before, and no one when the
// sentence before names fewer: a pair named further back may not be the
// one meant.
func TestFormerLatter(t *testing.T) {
	checkForms(t, []form{{name: "a pair the sentence before names",
		body: "Premier Doug Ford met Prime Minister Mark Carney on Monday. The latter said the talks had gone well.",
		want: []want{{"the talks had gone well", "Mark Carney", claims.Indirect}}},
		{name: "and the first of them",
			body: "Premier Doug Ford met Prime Minister Mark Carney on Monday. The former said the talks had gone well.",
			want: []want{{"the talks had gone well", "Doug Ford", claims.Indirect}}},
		{name: "no pair just before: not the one two sentences back",
			body: "Jason Kenney and Rachel Notley weighed in on the race.\n\nKenney endorsed Travis Toews on Tuesday. Notley said she feared the party was drifting.\n\nThe latter said the party had lost its way.",
			want: []want{{"the party had lost its way", "The latter", claims.Indirect}}},
		{name: "the pair that closes a list of three, past the sentence of the former",
			body: "Two candidates want to replace councillor Darren Hill: lawyer Priya Mehta and owner Tom Lukas.\n\n" +
				"The former has promised to make housing her priority. The latter says property taxes are too high.",
			want: []want{{"to make housing her priority", "Priya Mehta", claims.Indirect},
				{"property taxes are too high", "Tom Lukas", claims.Indirect}}},
	})
}

// TestTagDescriptions checks a description in a quote's tag, where a
// pronoun would do for someone named just before: the one person named
// in the sentences just before, or else no one (the phrase as written),
// and never a word after it ("noting that it").
func TestTagDescriptions(t *testing.T) {
	checkForms(t, []form{{name: "the one person named just before",
		body: "Andre Campbell draws comics. \"In my experience, it is rare,\" says the bow-tied cartoonist, noting that it matters.",
		want: []want{{"In my experience, it is rare,", "Andre Campbell", claims.Direct}}},
		{name: "not one of two named just before",
			body: "\"Most places will not print anything less than 1,000 copies,\" says Campbell's partner, Jason Louth. The minimum is … \"One!\" says the affable proprietor.",
			want: []want{{"One!", "the affable proprietor", claims.Direct}}},
	})
}
