package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestSpeakerTypes checks each kind of speaker, and of name that is no
// speaker: a claim whose only candidate is no speaker is unattributed,
// and a pronoun never goes to a place, a date or an organisation.
func TestSpeakerTypes(t *testing.T) {
	tests := []struct {
		name, body, claim string
		speaker           string // the claim's speaker, "" for none
		kind              claims.SpeakerKind
	}{
		{"a person by a given name", "Nadia Jamil said the shelters were full every night.",
			"the shelters were full every night", "Nadia Jamil", claims.Person},
		{"an organisation by its words", "The Nova Scotia Health Authority said the wait times had fallen.",
			"the wait times had fallen", "Nova Scotia Health Authority", claims.Organisation},
		{"an organisation by its acronym", "BC Hydro said more than 800 crews were at work.",
			"more than 800 crews were at work", "BC Hydro", claims.Organisation},
		{"a firm by the word for its trade", "Shares of Tarvel Semiconductor fell on Monday after the company warned that orders would slow.",
			"orders would slow", "Tarvel Semiconductor", claims.Organisation},
		{"a body its country owns, named with it", "Norway's fisheries ministry said the quota would be cut.",
			"the quota would be cut", "Norway's fisheries ministry", claims.Organisation},
		{"and owned by 'its'", "Chile has stayed quiet. Its mining ministry said the talks would resume.",
			"the talks would resume", "Chile's mining ministry", claims.Organisation},
		{"a person's campaign, named with them", "Dana Ruiz entered the race in May. Ruiz's mayoral campaign said the ads would run all week.",
			"the ads would run all week", "Dana Ruiz's mayoral campaign", claims.Organisation},
		{"an acronym for a body named after 'the'", "The Northern Transit Corporation cut two routes on Monday.\n\nThe NTC said ridership had fallen.",
			"ridership had fallen", "Northern Transit Corporation", claims.Organisation},
		{"a body named after 'the' by a noun for a business", "The Western Grain Corporation said the harvest was late.",
			"the harvest was late", "Western Grain Corporation", claims.Organisation},
		{"a country's body opening a sentence with a word of the dictionary", "Health Canada said the recall was voluntary.",
			"the recall was voluntary", "Health Canada", claims.Organisation},
		{"not a word that only opens the sentence", "Say Norway agreed to the plan, as the minister hoped.\n\nNorway said the plan was sound.",
			"the plan was sound", "Norway", claims.Organisation},
		{"a utility by its word", "Hydro Westfjord says 9,000 customers are without power.",
			"9,000 customers are without power", "Hydro Westfjord", claims.Organisation},
		{"a body of a province's members, named by their plural and the province", "Colleges Ontario, which represents the province's public colleges, said a deeper cut would force closures.",
			"a deeper cut would force closures", "Colleges Ontario", claims.Organisation},
		{"a faith's people, as a party's", "Many of the city's voters are devout. Evangelicals said the ruling was a victory.",
			"the ruling was a victory", "Evangelicals", claims.Group},
		{"a person of a body whose name holds a king's or a saint's possessive", "Dr Lena Ortiz of Queen's University Belfast said the trial was small.\n\nNurse Amy Lo of St Mary's Hospital said the ward was full.",
			"the ward was full", "Amy Lo", claims.Person},
		{"and a queen's", "Dr Lena Ortiz of Queen's University Belfast said the trial was small.",
			"the trial was small", "Lena Ortiz", claims.Person},
		{"a surname before a suffix", "Walter K. Hines Jr. spoke first.\n\nHines said the dam would hold.",
			"the dam would hold", "Walter K. Hines Jr.", claims.Person},
		{"a name a person goes by between given name and surname", "Paulo Henrique Tavo Ferraz won the vote.\n\nTavo said the mines would stay open.",
			"the mines would stay open", "Paulo Henrique Tavo Ferraz", claims.Person},
		{"a royal post before the name, then the post alone", "Qatari Crown Prince Faisal bin Omar arrived on Monday.\n\nThe prince said the talks had been useful.",
			"the talks had been useful", "Faisal bin Omar", claims.Person},
		{"and the surname with its particle", "Qatari Crown Prince Faisal bin Omar arrived on Monday.\n\nBin Omar told reporters the port would reopen.",
			"the port would reopen", "Faisal bin Omar", claims.Person},
		{"a surname with its article in lower case", "Prime Minister Karim Saleh al-Rawi spoke in Baghdad.\n\n\"We will not wait for anyone,\" al-Rawi said.",
			"We will not wait for anyone,", "Karim Saleh al-Rawi", claims.Person},
		{"a business by its trade's word, though a post for a person is set off after it", "Corvane Robotics, a leader in warehouse automation, said it had raised $50 million.",
			"it had raised $50 million", "Corvane Robotics", claims.Organisation},
		{"a body named by a place of two words and a word of the dictionary", "Nova Scotia Power said crews from Maine were on their way.",
			"crews from Maine were on their way", "Nova Scotia Power", claims.Organisation},
		{"a given name joined by \"and\" to a full name shares its surname", "Omar and Leila Haddad opened the bakery in 1998.\n\nOmar said the ovens came from Lyon.",
			"the ovens came from Lyon", "Omar Haddad", claims.Person},
		{"an acronym that is no word", "NATO said more than 800 troops were at work.",
			"more than 800 troops were at work", "NATO", claims.Organisation},
		{"a newspaper by its name's last word, though the first is a given name", "The Charlotte Observer reported that the video would be released.",
			"the video would be released", "Charlotte Observer", claims.Organisation},
		{"a company by its suffix", "Ford Motor Co. said the plant would close in May.",
			"the plant would close in May", "Ford Motor Co.", claims.Organisation},
		{"'as for' fronts a topic whose pronoun tells its gender", "Ted Cruz spoke to Donald Trump's aides in Ohio.\n\n\"We need to respect the voters,\" the Texas senator said.\n\nAs for Trump, he said he was not worried. \"I'm going to have the delegates,\" he said.",
			"I'm going to have the delegates,", "Donald Trump", claims.Person},
		{"a word of the dictionary the article uses as a name", "Ban Ki-moon, the secretary-general, flew to Paris.\n\nThe deal owed much to Ban's persistence, aides said.\n\n\"It was one of the hardest moments for me,\" Ban recalled.",
			"It was one of the hardest moments for me,", "Ban Ki-moon", claims.Person},
		{"and after an honorific", "The report was long. Ban Ki-moon, the secretary general, read it.\n\nIt was under Mr. Ban's watch that the assembly met.\n\nMr. Ban said the women would lead.",
			"the women would lead", "Ban Ki-moon", claims.Person},
		{"an acronym it defined", "The International Monetary Fund (IMF) met on Monday.\n\nThe IMF said growth would slow next year.",
			"growth would slow next year", "International Monetary Fund", claims.Organisation},
		{"a group by its party", "Democrats said the bill would raise taxes on families.",
			"the bill would raise taxes on families", "Democrats", claims.Group},
		{"a place speaks as its government", "Japan said its machinery orders were flat in November.",
			"its machinery orders were flat in November", "Japan", claims.Organisation},
		{"a pronoun skips a place named just before it", "Wendy Golden spoke to reporters in New Brunswick.\n\nShe says the drugs were shared at work.",
			"the drugs were shared at work", "Wendy Golden", claims.Person},
		{"a pronoun skips a date", "Doug McCallum spoke to the council.\n\nOn Dec. 13, he said the debt was $514 million.",
			"the debt was $514 million", "Doug McCallum", claims.Person},
		{"a pronoun skips a caption's credit", "Kevin Vickers spoke in Ottawa.\n\nRyan Remiorz / The Canadian Press Martin Legere, right, looks on.\n\nHe said the legacy of his father mattered to him.",
			"the legacy of his father mattered to him", "Kevin Vickers", claims.Person},
		{"a pronoun goes to the subject, not the object of a preposition", "Niederreiter has four goals since Minnesota traded him to Carolina for Victor Rask last week.\n\n\"You have to move around,\" he said.",
			"You have to move around,", "Niederreiter", ""},
		{"a pronoun goes to a person of its gender", "Khaled Belkacemi and Megda Belkacemi spoke after the verdict.\n\n\"I am looking forward to see the sentence,\" she said.",
			"I am looking forward to see the sentence,", "Megda Belkacemi", claims.Person},
		{"a role is no name", "The Attorney General said the review was complete.",
			"the review was complete", "", ""},
		{"words before a given name are no part of it", "Canadian Press Kevin Vickers said the shooting changed him.",
			"the shooting changed him", "Kevin Vickers", claims.Person},
		{"a pronoun skips a place after a compass word", "Maria Tan spoke from Jakarta.\n\nAt least 30 homes were lost in northern Borneo, she said.",
			"At least 30 homes were lost in northern Borneo", "Maria Tan", claims.Person},
		{"a tag pronoun is not its claim's subject", "Ralph Okafor runs the shelter.\n\nVolunteers were sleeping in the hall, he said.",
			"Volunteers were sleeping in the hall", "Ralph Okafor", claims.Person},
		{"a place before a role describes the person after it", "\"Every gallery turned me down,\" says Hamilton painter Grace Obi.",
			"Every gallery turned me down,", "Grace Obi", claims.Person},
		{"a role held at an organisation is not the organisation", "\"We print everything,\" says the 41-year-old owner of Ink Press.",
			"We print everything,", "", ""},
		{"a described person is the one a relative clause is about", "Like Mr. Pike, I'm talking about Tomas Reyes, who grew up in Lima.\n\n\"We sell only local work,\" says the 41-year-old founder of Ink Press.",
			"We sell only local work,", "Tomas Reyes", claims.Person},
		{"a party and state between commas are an aside", "Sen. Ana Cole, D-Mich., a member of the leadership team, said the vote would pass.",
			"the vote would pass", "Ana Cole", claims.Person},
		{"a person's spokeswoman is not that person", "Justin Trudeau spoke in Ottawa.\n\nA spokeswoman for Trudeau said he would point out falsehoods.",
			"he would point out falsehoods", "", ""},
		{"a body's spokesman speaks for it", "A spokesman for the Nova Scotia Health Authority said the wait had fallen.",
			"the wait had fallen", "Nova Scotia Health Authority", claims.Organisation},
		{"a role held at a body is not the body", "The former sergeant-at-arms of the House of Commons said he might run for the leadership.",
			"he might run for the leadership", "", ""},
		{"a role held at a body set off after a name is the name's", "Lena Dufour, the co-founder with her sister of Maple Tea, a tea company based in Halifax, N.S., says sales doubled.",
			"sales doubled", "Lena Dufour", claims.Person},
		{"a phrase after 'and' shares the subject before it", "Justin Trudeau called the report false and in a carefully worded response said he gave no orders.",
			"he gave no orders", "Justin Trudeau", claims.Person},
		{"who gives an interview speaks in it", "James Bullard, the president of the St. Louis Fed, gave an interview noting his opposition to further rate hikes.",
			"his opposition to further rate hikes", "James Bullard", claims.Person},
		{"a province named like a woman is no antecedent", "Alberta froze the pay of its teachers last year.\n\n\"The money is gone,\" she said.",
			"The money is gone,", "", ""},
		{"a surname that is a word opens a sentence as a name", "Tim Guest with the health authority says there are many reasons.\n\n\"It is a public safety issue,\" said Terry Chapman.\n\nGuest said too often, the ER becomes a safety net.\n\n\"We're the last resort,\" he said.",
			"We're the last resort,", "Tim Guest", claims.Person},
		{"who speaks in a sentence is more salient than its subject", "\"There is just not enough supply,\" said Ben Myers.\n\nToronto city councillor and tenants advocate Josh Matlow told the paper the laws favour owners.\n\n\"I would argue the onus should not be on tenants,\" he said.",
			"I would argue the onus should not be on tenants,", "Josh Matlow", claims.Person},
		{"the one told is not who speaks", "Dennis Brooks found a flat in October.\n\nAsked what he would tell Mayor John Tory, he said: \"Just listen to us.\"",
			"Just listen to us.", "Dennis Brooks", claims.Person},
		{"a subject after 'with' before its participle", "Lily Batchelder said the losses would outstrip the gains.\n\nIt has become an issue, with Hillary Clinton — a longtime critic of such cuts — lambasting the plan.\n\n\"Slashing taxes on the wealthy has not worked,\" she said.",
			"Slashing taxes on the wealthy has not worked,", "Hillary Clinton", claims.Person},
		{"a paragraph's speaker goes on", "\"We print only local work,\" says Ana Ruiz. The shop is the region's only one. \"If you want Marvel, go elsewhere.\"",
			"If you want Marvel, go elsewhere.", "Ana Ruiz", claims.Person},
		{"a paragraph's speaker goes on until someone else is named", "\"We print only local work,\" says Ana Ruiz. Her partner Tom Bell runs the till. \"If you want Marvel, go elsewhere.\"",
			"If you want Marvel, go elsewhere.", "Tom Bell", claims.Person},
		{"'points out' and a description", "Superheroes are the tip of the iceberg for Alfonso Espinos. \"You are talking about one genre only,\" points out the laid-back Cambridge resident.",
			"You are talking about one genre only,", "Alfonso Espinos", claims.Person},
		{"an ampersand names a company", "IBM jumped 8 per cent after its results beat forecasts.\n\nTide and Crest maker Procter & Gamble rallied 6 per cent after its profit beat expectations. The company said its annual sales could be stronger than expected.",
			"its annual sales could be stronger than expected", "Procter & Gamble", claims.Organisation},
		{"an object, an object relative and a thing's 'it' are not salient", "Mayors worried about the cost of the move to a Langley SkyTrain, which a TransLink study put at $2.9 billion.\n\nDoug McCallum said the cost could be reduced, though it could lead to disruptions.\n\nBut the mayor claimed a study had been done by TransLink. The agency told CTV News it has done no such study.",
			"it has done no such study", "TransLink", claims.Organisation},
		{"a bare surname is the namesake the article names most", "Ted Cruz spoke in Cleveland on Wednesday. Ted Cruz was booed. His wife, Heidi Cruz, was escorted out.\n\nCruz said the pledge no longer bound him.",
			"the pledge no longer bound him", "Ted Cruz", claims.Person},
		{"a given name inside a body's name joined by small words", "Political scientist Hamish Telford of the University of the Fraser Valley says the suburbs will decide the race.",
			"the suburbs will decide the race", "Hamish Telford", claims.Person},
		{"a title alone in the possessive is the post's holder", "President Barack Obama spoke in London on Friday.\n\nThe President’s insistence that the UK would go to the back of the queue angered campaigners.",
			"the UK would go to the back of the queue angered campaigners", "Barack Obama", claims.Person},
		{"a word for a people is no one's name", "Berhanu Nega was once a popular professor.\n\nAn Ethiopian exile with a doctorate, he said the regime would fall.",
			"the regime would fall", "Berhanu Nega", claims.Person},
		{"a word for a people before a noun is no name", "Latino voters are angry.\n\nIn Florida, a June poll found Trump receiving 20 percent support from Latino voters.",
			"Trump receiving 20 percent support from Latino voters", "June poll", claims.Organisation},
		{"a title joined by a hyphen", "Chinese Vice-President Wang Qishan spoke at Davos. Wang said growth would hold up.",
			"growth would hold up", "Wang Qishan", claims.Person},
		{"a body after its owner", "About 795 adults remain on income assistance, according to the province's Department of Community Services.",
			"About 795 adults remain on income assistance", "Department of Community Services", claims.Organisation},
		{"a fronted clause's subject yields to the main clause's in the next sentence", "John Kasich and Donald Trump debated on Thursday.\n\nWhen Mr. Trump tried to defend his remarks about China, Mr. Kasich forcefully differed. \"I think that the Chinese government butchered those kids,\" he said.",
			"I think that the Chinese government butchered those kids,", "John Kasich", claims.Person},
		{"but is the antecedent in its own sentence", "Luis Osuna called the protesters thugs.\n\nWhen Donald Trump held rallies he was received by protesters. \"They burned the flag,\" he said.",
			"They burned the flag,", "Donald Trump", claims.Person},
		{"a speaker described in words no mention reads is no one, not the last speaker", "\"Most places will not print anything less than 1,000 copies,\" says Campbell's partner, Jason Louth. \"We print whatever you bring us,\" says the affable proprietor.",
			"We print whatever you bring us,", "", ""},
		{"'X said she' overrules a given name some sources give men", "For instance, Alberta Milk has a program called Club Moo.\n\nLee Finell, a manager with Dairy Farmers of Canada, said she is unsure what schools will do. \"We will still encourage it,\" she said.",
			"We will still encourage it,", "Lee Finell", claims.Person},
		{"a short form of the given name is the same person", "Kenneth Starr led the inquiry in the 1990s.\n\nKen Starr said the report was fair.",
			"the report was fair", "Kenneth Starr", claims.Person},
		{"'in the words of' attributes the quote after it", "The policy was, in the words of Senator Jane Roe, \"a disaster for every family in the state.\"",
			"a disaster for every family in the state.", "Jane Roe", claims.Person},
		{"an age and the words after it describe the person named before", "Nino Niederreiter has four goals since Minnesota traded him last week. The 26-year-old right wing said his new teammates have been creating chances for him.",
			"his new teammates have been creating chances for him", "Nino Niederreiter", claims.Person},
		{"'the city' is the one City of it, however far back", "The mayor did not answer through City of Surrey staff.\n\nHe spoke on Monday. He spoke again on Tuesday. He left on Wednesday. He came back on Friday.\n\nThe arena will close next year, according to the city.",
			"The arena will close next year", "City of Surrey", claims.Organisation},
		{"a document is its issuer's, named by its words", "A prosecutor questioned the Parole Board of Canada's logic in sending him back.\n\nThe parole board decision allowing his release said he was no psychopath.",
			"he was no psychopath", "Parole Board of Canada", claims.Organisation},
		{"a body's name before a person's noun describes the person", "A Superior Court of Ontario judge chastised the station on Friday, saying it had been playing games.",
			"it had been playing games", "", ""},
		{"a description that speaks passes its body on to 'it'", "A prosecutor questioned the Parole Board of Canada's logic in sending him back.\n\nHe was convicted in Halifax by the Nova Scotia Supreme Court.\n\nThe parole board decision allowing his release said he was no psychopath.\n\nIt also said he had behaved well in prison.",
			"he had behaved well in prison", "Parole Board of Canada", claims.Organisation},
		{"a pronoun after a bare surname's verb tells namesakes apart", "Khaled Belkacemi was one of the victims. Police named Khaled Belkacemi on Monday.\n\nHis daughter Megda Belkacemi spoke on Friday.\n\nBelkacemi says she will finally be able to turn the page.",
			"she will finally be able to turn the page", "Megda Belkacemi", claims.Person},
		{"but does not overrule the only namesake", "Police officer Betty Shelby shot Terence Crutcher.\n\nShelby said he refused to follow her commands.",
			"he refused to follow her commands", "Betty Shelby", claims.Person},
		{"a topic fronted with 'for' is a subject", "Kenza Tarek, a student, said there was a wave of compassion.\n\nFor Megda Belkacemi, Friday is a day she has been awaiting. Her father was one of the victims.\n\n\"I am looking forward to the sentence,\" she said.",
			"I am looking forward to the sentence,", "Megda Belkacemi", claims.Person},
		{"a tag's pronoun is someone met before, not one its words name", "\"It is the old minds and hearts thing,\" said Sen. Richard Blumenthal. Chuck Schumer, he said, \"knows the minds and hearts of his colleagues.\"",
			"knows the minds and hearts of his colleagues.", "Richard Blumenthal", claims.Person},
		{"a clause after a subordinate one is no tag", "Justice Sean Dunphy spoke to Brian Hemming.\n\nThough Justice Dunphy said he was loath to penalize a charity, he believed the station had acted improperly.",
			"the station had acted improperly", "Sean Dunphy", claims.Person},
		{"a body whose name is words of the dictionary, as a source in mid-sentence", "Rice farming uses a third of the water, according to the United Nations.",
			"Rice farming uses a third of the water", "United Nations", claims.Organisation},
		{"a name before 'union' is the union's", "The Teamsters union said the talks had collapsed.",
			"the talks had collapsed", "Teamsters", claims.Organisation},
		{"a name joined by 'and' before 'union' is one name", "The United Food and Commercial Workers union said the talks had collapsed.",
			"the talks had collapsed", "United Food and Commercial Workers", claims.Organisation},
		{"but not half a name cut at its 'and'", "On Monday, Food and Commercial Workers union said the talks had collapsed.",
			"the talks had collapsed", "", ""},
		{"a business described by where it is based refers back to it", "Northwind Foods will close 20 stores, the company said.\n\nThe Halifax-based grocer said the closures reflected a shift to online ordering.",
			"the closures reflected a shift to online ordering", "Northwind Foods", claims.Organisation},
		{"an acronym written with periods", "Late on Monday the F.B.I. said the suspect had been detained.",
			"the suspect had been detained", "F.B.I.", claims.Organisation},
		{"a newspaper of two words joined by 'and', whose report it is", "A report in The Globe and Mail alleged the minister had been warned.",
			"the minister had been warned", "Globe and Mail", claims.Organisation},
		{"a name of words no list holds, set off by a post only people hold", "Wren Baker, the deputy director of the museum, said the roof leaked.",
			"the roof leaked", "Wren Baker", claims.Person},
		{"a report that a participle's aside follows is the report's, not the aside's", "The row began with a report in The Daily Ledger on Tuesday that, citing two officials, alleged the minister had been warned.",
			"the minister had been warned", "Daily Ledger", claims.Organisation},
		{"a parent by the children counted is the person named before", "Rosa Lind, a nurse, wrote to the board in May. The mother of three said the ward was unsafe.",
			"the ward was unsafe", "Rosa Lind", claims.Person},
		{"and after an age", "Tom Hale was fired in June. The 34-year-old father of two replied, \"I will appeal.\"",
			"I will appeal.", "Tom Hale", claims.Person},
		{"a business after the word for its trade, opening a sentence, and 'it' after it", "Retailer Brightmart said on Monday that 40 stores would close by March.\n\n\"We will help every worker,\" it said.",
			"We will help every worker,", "Brightmart", claims.Organisation},
		{"a paper's report named by the paper's short name", "A report in The Globe and Mail alleged the minister had been warned.\n\nAccording to the Globe report, the minister rebuffed the pressure.\n\nHer office declined to comment to the Globe.",
			"the minister rebuffed the pressure", "Globe and Mail", claims.Organisation},
		{"a quote after a document's author is named is the author's", "Sen. Ann Lee said the numbers were wrong, and the website agreed.\n\nThe bias shows in how the website rated this statement by Tom Reyes on June 11:\n\n\"If you look at the budget, half of it is simply waste.\"",
			"If you look at the budget, half of it is simply waste.", "Tom Reyes", claims.Person},
		{"a surname that is a body's word, after a given name and a post only people hold", "Coach Peter Hall said the team was ready for the new season.",
			"the team was ready for the new season", "Peter Hall", claims.Person},
		{"a given name and a surname that a news service bears too", "Michael Brennan said the city was safe.\n\nMichael Bloomberg said the city was safer still.",
			"the city was safer still", "Michael Bloomberg", claims.Person},
		{"a president's title abbreviated", "In Cairo, Pres. Obama claimed a new era had begun.",
			"a new era had begun", "Obama", claims.Person},
		{"a name no list holds whose surname a town bears is no body's: a pronoun may stand for it", "Tom Ruiz spoke first. Yeris Hamilton chairs the group. On Monday she said the vote had been rigged.",
			"the vote had been rigged", "Yeris Hamilton", ""},
		{"a participle after an object's own verb in -ing goes on with the object", "Omar Reyes, a co-worker, was charged in May.\n\nLena Cole remembers him apologizing in court, saying he had never meant to hurt anyone.",
			"he had never meant to hurt anyone", "Omar Reyes", claims.Person},
		{"an initial opens a person's name, whatever words follow", "J. Harbor Gray said civility was once assumed in Washington.",
			"civility was once assumed in Washington", "J. Harbor Gray", claims.Person},
		{"a company's abbreviation after a given name", "Aurora LLC said the boards would ship in May.",
			"the boards would ship in May", "Aurora LLC", claims.Organisation},
		{"a body by its description set off after it, adjectives in a row", "The study was run by Milton Hall, a non-profit, multi-service agency that runs shelters.\n\nMilton Hall said the shelters were full.",
			"the shelters were full", "Milton Hall", claims.Organisation},
		{"a middle name that is a body's word", "Kathleen Hall Jamieson, who studies political speech, spoke first.\n\nJamieson said the ads were misleading.",
			"the ads were misleading", "Kathleen Hall Jamieson", claims.Person},
		{"a given name that is a word, then words before a noun, is no one the article names", "As we walked past a 1930s Art Deco movie theater, Samuel Berhe defended his choice.\n\n\"Do we really have to discuss it?\" he asked.",
			"Do we really have to discuss it?", "Samuel Berhe", claims.Person},
		{"a break lost to two spaces ends a name", "Cheers, Ms. Ortiz  The Federal Reserve chairwoman, Rosa Ortiz, seated on the dais, has been criticized for not raising rates. Yet she held firm. She said she would.",
			"she would", "Rosa Ortiz", claims.Person},
		{"a body named after a person, longer than a person's name", "The Brennan Center for Justice said the law was unfair to voters.",
			"the law was unfair to voters", "Brennan Center for Justice", claims.Organisation},
		{"and ending in a body's word", "The Clinton Health Access Initiative said the drugs would ship in May.",
			"the drugs would ship in May", "Clinton Health Access Initiative", claims.Organisation},
		{"an initial before a place is a place's abbreviation, no person's", "N. Korea tests a bomb\n\nNorth Korea said the test was its biggest yet.",
			"the test was its biggest yet", "North Korea", claims.Organisation},
		{"a body named by words of the dictionary, opening a sentence before its verb of saying", "Planned Parenthood said the clinic would stay open.\n\nHuman Rights Watch said the trial had been unfair.",
			"the trial had been unfair", "Human Rights Watch", claims.Organisation},
		{"a business by its trade before its name, and 'the company' after it", "Smartphone maker Orbit on Wednesday unveiled a phone that folds in two.\n\nThe company said the phone would go on sale in March.",
			"the phone would go on sale in March", "Orbit", claims.Organisation},
		{"but not a person a trade's word stands before", "Florida developer Mel Sembler expressed dismay at the plan. \"I now fear it may happen,\" he told a newspaper.",
			"I now fear it may happen,", "Mel Sembler", claims.Person},
		{"a body's name set off after the noun that describes it, past a relative clause", "The bank that lent Voltra most of its capital, Nordbank, said it remained confident in the company.",
			"it remained confident in the company", "Nordbank", ""},
		{"a body whose name opens with a word of the dictionary, opening a sentence before its verb", "Amnesty International said the trial had been unfair.",
			"the trial had been unfair", "Amnesty International", claims.Organisation},
		{"a capitalised word before a post in lower case after the cue is the post's", "\"Two hundred beds is a drop in the bucket,\" said Opposition health critic Maria Santos.",
			"Two hundred beds is a drop in the bucket,", "Maria Santos", claims.Person},
		{"a person by the post set off before a name no list holds", "The fund's chief executive, Sung Poblete, said the grants would double.",
			"the grants would double", "Sung Poblete", claims.Person},
		{"an organisation by its last word", "Harwick Institution curator Ana Lee said the exhibit would close.\n\nHarwick Institution said the exhibit drew 9,000 visitors.",
			"the exhibit drew 9,000 visitors", "Harwick Institution", claims.Organisation},
		{"no word that only opens a sentence before a noun", "Dairy farmer Jean Roy has milked cows for 30 years. He says the deal could ruin him.",
			"the deal could ruin him", "Jean Roy", claims.Person},
		{"a body by the noun for it set off before a name no list holds", "The singer's management company, Northlight Artists, said the show would be moved.",
			"the show would be moved", "Northlight Artists", claims.Organisation},
		{"but not a firm set off after a word for who owns a thing", "The owner, Parkside Realty, said in a statement that it had followed the law.",
			"it had followed the law", "Parkside Realty", claims.Organisation},
		{"a body no list holds, which speaks of itself as 'it'", "Korvana said it was not aware of any injuries. It said dealers would replace the parts.",
			"dealers would replace the parts", "Korvana", claims.Organisation},
		{"but not a person's surname, whatever 'it' after it", "Dale Korvan skipped the vote.\n\nKorvan said it was premature to back anyone. He said the party would decide.",
			"the party would decide", "Dale Korvan", claims.Person},
		{"two single marks make a double one", "\u201cWe dedicate ourselves to local creators,\u2019\u2019 says Ana Ruiz.",
			"We dedicate ourselves to local creators,", "Ana Ruiz", claims.Person},
		// A paper named after the word for it, or set off after it, is a
		// body whatever its words; a person's description that holds it
		// leaves the person the speaker; a rank joined to a word for
		// what someone does is a title, no part of the name.
		{"a newspaper after the word for it", "The Lisbon newspaper Diario da Manha reported that the ferry had sunk.",
			"the ferry had sunk", "Diario da Manha", claims.Organisation},
		{"a newspaper set off in a person's description", "Renato Vian, the editor in chief of the city's oldest daily newspaper, La Voce Romana, said the archive would close.",
			"the archive would close", "Renato Vian", claims.Person},
		// A name no list holds is a person's when a phrase for a person
		// is set off after it, though a clause goes on from the phrase;
		// the surname alone then joins it.
		{"a person by the phrase set off after the name", "\"We lost the north,\" said Cash Holloway, a party member who ran in 2012.\n\nHolloway said the count was fair.",
			"the count was fair", "Cash Holloway", claims.Person},
		// An adverb opening a sentence is no part of the name after it.
		{"an adverb before a surname", "The party rose with Karl Brauer.\n\nInterestingly Brauer, a wealthy industrialist, became its voice.\n\nBrauer said the vote was lost.",
			"the vote was lost", "Karl Brauer", claims.Person},
		{"a constable's rank abbreviated, as Canadian police write it", "Police made two arrests.\n\n\"The public helped us,\" Const. Lena Hart said in a news release.",
			"The public helped us,", "Lena Hart", claims.Person},
		{"and before a name no list holds", "Police closed the road.\n\nConst. Amrit Gill said the road was closed for six hours.",
			"the road was closed for six hours", "Amrit Gill", claims.Person},
		// The object of a phrase opening the sentence learns no gender
		// from the pronoun after the subject's verb.
		{"a magazine in a phrase before the subject", "Nadia Quill has never hidden her struggles.\n\nIn a new interview with Vogue, the 31-year-old singer said she nearly quit music.",
			"she nearly quit music", "Nadia Quill", claims.Person},
		{"a paper named after its city, whose first word is a given name too", "A Des Moines Register/Channel 9 poll released on Saturday found that 31 percent backed the mayor.",
			"31 percent backed the mayor", "Des Moines Register", claims.Organisation},
		{"a rank and a word for a person", "Co-moderator Andrea Voss raised the issue of the budget, asking Ruiz why he had waited.",
			"the issue of the budget, asking Ruiz why he had waited", "Andrea Voss", claims.Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := find(Extract(tt.body), tt.claim)
			if c == nil {
				t.Fatalf("no claim %q in %s", tt.claim, dump(Extract(tt.body)))
			}
			if c.Speaker.Name != tt.speaker || tt.speaker != "" && tt.kind != "" && c.Speaker.Kind != tt.kind {
				t.Errorf("speaker %q (%q), want %q (%q)", c.Speaker.Name, c.Speaker.Kind, tt.speaker, tt.kind)
			}
		})
	}
}

// TestNoSpeakers checks names that are never a speaker: page furniture
// (a label in capitals among it), an adjective of party or nation (though
// "German" is a given name too), a number opening a sentence, a date, a
// place named as where someone is from, a time zone (named after a time),
// a given name only ever named "in" it ("in Brooklyn"), a landform no one
// speaks for ("the Pacific Ocean").
func TestNoSpeakers(t *testing.T) {
	for _, body := range []string{
		"Continued Below said the markets would rally in the spring.",
		"Republican said the bill would pass the Senate easily.",
		"Christmas Day said the markets would rally in the spring.",
		"\"We will win the seat,\" said Sen. Debbie Stabenow, D-Mich., on Tuesday.",
		"Ann Lee, of Silver Spring, Md., said the water was brown for a week.",
		"ABSTRACT\n\nThe company said it had suspended 125,000 accounts since mid-2015.",
		"German said the bill would pass the Senate easily.",
		"Ethiopian said the regime would fall within a year.",
		"Hispanic said the bill would pass the Senate easily.",
		"Obama To Asians Worried About U.S. Election: It’s Going To Be OK.\n\nPresident Barack Obama spoke in Laos on Wednesday.",
		"Aral Sea fishermen have left.\n\n\"The water is gone,\" he said.",
		"Reprising his role, he said the deal was done.\n\nCapitalizing on the mood, he said taxes would fall.",
		"Ann Roe, a senator whose El Paso-based district went for her but who suggested that Sanders could win, spoke.",
		"Twelve years ago, when she was breaking in, the reporter accepted it.\n\n\"I covered lobbying,\" she said.",
		"The email was sent at 8:41 p.m. EST to the staff.\n\n\"We are ready,\" it said.",
		"The email was sent at 20:41 GMT to the staff.\n\n\"We are ready,\" it said.",
		"Adoptees are uniting behind the Adoptee Citizenship Act, which says that anyone adopted is a citizen.",
		"The GOP-dominated chambers state that districts are drawn fairly.",
		"New research links trade and politics.\n\nResearch suggests that job losses drove voters apart.",
		"Analysis shows that lawsuits are one of his primary negotiating tools.",
		"Police said a man had been rescued from a car near the bridge.",
		"Marine traffic in the strait has doubled since spring, according to a report released on Monday.\n\nThe report, led by port officials in two cities, found that delays rose by a third.",
		"The rally will be held in Brooklyn on Friday, and tickets sold out in an hour.\n\nShe said the permit was hard to get.",
		"Rogers, a four-time Grand Prix winner, retired in May.\n\n\"I wanted to stop while I still loved it,\" he said.",
		"Hughes, a two-time Grand Slam doubles champion, last played in 2023.\n\n\"I wanted to stop while I still loved it,\" he said.",
		"Tourists filled the U.S. Capitol on Monday. It said the tours would resume.",
		"A driver who crashed onto a sidewalk along the Reno Strip told police she was exhausted.",
		"From a room overlooking the Pacific Ocean, a slide show predicted victory for the party.",
	} {
		for _, c := range Extract(body) {
			switch c.Speaker.Name {
			case "Continued Below", "Republican", "Christmas Day", "D-Mich.", "Md.", "Silver Spring", "ABSTRACT", "German", "Ethiopian", "Hispanic", "Obama To Asians", "Twelve", "El Paso-based", "Aral Sea", "Reprising", "Capitalizing", "EST", "GMT", "Adoptee Citizenship Act", "GOP-dominated",
				"Research", "Analysis", "Police", "Marine", "Brooklyn", "Grand Prix", "Grand Slam", "U.S. Capitol", "Reno Strip", "Pacific Ocean":
				t.Errorf("%q: claim %q given to %q", body, c.Text, c.Speaker.Name)
			}
		}
	}
}

// TestNoSpeakerWords checks that a name that is no speaker leaves its
// claim with no speaker at all, not one named by the name's words, and
// that a name of dictionary words in mid-sentence is no pronoun's: a
// claim is unattributed rather than given to the wrong one. Such a name
// speaks only when it says something: no state of mind is its.
func TestNoSpeakerWords(t *testing.T) {
	tests := []struct{ body, not string }{
		{"Republican said the bill would pass the Senate easily.", "Republican"},
		{"Christmas Day said the markets would rally in the spring.", "Christmas Day"},
		{"Li Wei spoke to French state television about \"a new era.\"", "French"},
		{"Dressed in a Silver Peak jacket, the crowd sang.\n\n\"We will stay,\" she said.", "Silver Peak"},
		{"The film opens Friday. In many ways Quiet Harbor seems to be a film about grief.", "Quiet Harbor"},
		{"He met the prime minister in Oslo before heading to other Middle Eastern nations and to Germany to discuss security and intelligence issues.", "Middle Eastern"},
		{"The column made one rule plain. Everything Trump says is a lie unless proven otherwise.", "Everything Trump"},
	}
	for _, tt := range tests {
		for _, c := range Extract(tt.body) {
			if c.Speaker.Text == tt.not || c.Speaker.Name == tt.not {
				t.Errorf("%q: claim %q given to %q (%q)", tt.body, c.Text, c.Speaker.Text, c.Speaker.Name)
			}
		}
	}
}

// TestArticledName checks that a name opening with an article ("Der
// Spiegel", "Le Monde") is typed an organisation, whatever pronoun seems
// to fit it.
func TestArticledName(t *testing.T) {
	got := Extract("Der Spiegel reported that the comments had become abusive. He said the paper was right.")
	if c := find(got, "the comments had become abusive"); c == nil || c.Speaker.Kind != claims.Organisation {
		t.Errorf("Der Spiegel is no organisation:%s", dump(got))
	}
}

// TestPlaceModifier checks that a place's name before the noun it
// modifies is not the speaker of the phrase ("The New York primary").
func TestPlaceModifier(t *testing.T) {
	got := Extract("Sanders won again.\n\nThe New York primary made it clear that Sanders may not have the backing of a majority of Democrats.")
	for _, c := range got {
		if c.Speaker.Name == "New York" {
			t.Errorf("New York speaks:%s", dump(got))
		}
	}
}
