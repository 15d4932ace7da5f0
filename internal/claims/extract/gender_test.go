package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestKinTellsGender checks that a name set off after a noun for kin
// takes its gender ("her sister, Elena,"), and so does a name of either
// gender that a relative clause's possessive follows ("Casey Dunn, who
// lost her daughter"), so that "she" after her is hers rather than someone's
// named before. A possessive further into the clause may be someone
// else's, and tells nothing. Kin tells gender before a surname alone
// joins a full name: "Lavallee said she" is the sister, not "her
// brother, Jordan Lavallee". An owned noun of kin tells it without the
// comma ("her brother Jordan"), and a country's name after it is the
// brother's; a given name alone is that of the one named in full as an
// owner ("Robin Theriault's parents"), before a verb in the past ("When
// Sandra Leblanc crossed the stage") or as the second of a pair ("Sarah
// and Michael Fraser").
func TestKinTellsGender(t *testing.T) {
	checkForms(t, []form{{name: "her sister",
		body: "Maya Ortiz opened the bakery with her sister, Elena, in 2009. \"We're the last ones left,\" Maya says.\n\n" +
			"Elena handles the books. She says rent has tripled since they signed their first lease.",
		want: []want{{"rent has tripled since they signed their first lease", "Elena", claims.Indirect}}},
		{name: "who lost her daughter",
			body: "\"The state failed us,\" Lena Brook said.\n\n" +
				"Casey Dunn, who lost her daughter Mia Dunn in the flood, said the warning came too late. \"Nobody knocked on our door,\" she said.",
			want: []want{{"Nobody knocked on our door,", "Casey Dunn", claims.Direct}}},
		{name: "not a possessive further into the clause",
			body: "\"The count was fair,\" Tom Reyes said.\n\n" +
				"Casey Dunn, who cites the votes as evidence of her rival's weakness, asked for a recount. \"I expected more,\" he said.",
			want: []want{{"I expected more,", "Casey Dunn", claims.Direct}}},
		{name: "a brother of the same surname, before the surname alone",
			body: "Tanya Lavallee testified that Kyle Morin had pushed her brother, Jordan Lavallee, against a wall.\n\n" +
				"Morin has pleaded not guilty. Lavallee said she was sure of what she saw.",
			want: []want{{"she was sure of what she saw", "Tanya Lavallee", claims.Indirect}}},
		{name: "her brother, not set off",
			body: "When Robin Theriault's parents retired, she and her brother Jordan took over the bakery.\n\n" +
				"\"We grew up in the back of this shop,\" Robin said.\n\n" +
				"Jordan handles the books. He said the first year had been hard.",
			want: []want{{"We grew up in the back of this shop,", "Robin Theriault", claims.Direct},
				{"the first year had been hard", "Jordan", claims.Indirect}}},
		{name: "a given name alone after the full name as a verb's subject",
			body: "When Sandra Leblanc crossed the stage, her daughter Chloe Leblanc was waiting.\n\n\"I guess I had to prove it,\" Sandra said.",
			want: []want{{"I guess I had to prove it,", "Sandra Leblanc", claims.Direct}}},
		{name: "a name set off after a noun of kin that follows the subject's role",
			body: "Pilot Dave Thornton landed the plane on a highway.\n\nHis passenger, his wife Carol, said she kept her eyes closed.",
			want: []want{{"she kept her eyes closed", "Carol", claims.Indirect}}},
		{name: "a given name alone after the second of a pair",
			body: "Sarah and Michael Fraser disagree about the sale of the company.\n\nMichael said the offer was the best the family would see.",
			want: []want{{"the offer was the best the family would see", "Michael Fraser", claims.Indirect}}},
	})
}

// TestGenderAgainstSpeaker checks that a pronoun of the other gender than
// the list gives the one who speaks in its own paragraph goes to no one
// named further back ("Stacy" is a woman's name by the lists; the
// reporter writes "he"), that an acronym alone is no given name ("an AI
// bubble"), and that someone a preposition brings in through an owner
// ("with HuffPost Live's Alyona Minkovski") is no subject whose gender
// counts.
func TestGenderAgainstSpeaker(t *testing.T) {
	checkForms(t, []form{{name: "he after a woman's given name",
		body: "Chief executive Jensen Huang told analysts the demand was huge.\n\n" +
			"Analyst Stacy Rasgon of Bernstein said the results would calm investors who feared an AI bubble. \"This is not what a bubble looks like,\" he said.",
		want: []want{{"This is not what a bubble looks like,", "he", claims.Direct}}},
		{name: "a woman brought in by a preposition",
			body: "Actor John Leguizamo is writing a comedy.\n\n" +
				"In a conversation with HuffPost Live’s Alyona Minkovski about his project, the actor discussed history books. \"Just imagine, you are a white kid,\" he said.",
			want: []want{{"Just imagine, you are a white kid,", "John Leguizamo", claims.Direct}}},
	})
}

// TestNewcomers checks that someone the article brings in without a name
// takes the pronouns after them: one who asks not to be named, also when
// their noun is a verb's word too and a body they work at comes between
// ("A nurse at the Halifax Infirmary, who asked"), or when
// a first relative clause says who they are ("A teller who was working at
// the time, and who asked not to be named, said"), and a
// person described by a people's word ("The Argentine star") whom no sole
// person named just before, of the same calling, stands for, and one a
// definite description hangs on something new ("The store's owner", "the
// daughter of one patient").
func TestNewcomers(t *testing.T) {
	checkForms(t, []form{{name: "one who did not want to be named",
		body: "Labour Minister Patty Hajdu urged both sides to return to the table.\n\n" +
			"One letter carrier in Halifax, who did not want to be named, said she voted no. \"They want us to work longer for less,\" she said.",
		want: []want{{"They want us to work longer for less,", "One letter carrier", claims.Direct}}},
		{name: "a noun that is a verb too, at a body, then a clause of why she goes unnamed",
			body: "Health Minister Michelle Thompson said she was disappointed.\n\n" +
				"A nurse at the Halifax Infirmary, who asked not to be named because she was not authorized to speak publicly, said she had worked " +
				"16-hour shifts. \"We are not asking for the moon,\" she said.",
			want: []want{{"We are not asking for the moon,", "A nurse at the Halifax Infirmary", claims.Direct}, {"not to be named", "A nurse", claims.Indirect}}},
		{name: "who after a description opening its sentence, past a name set off in the sentence before",
			body: "Bank profits fall.\n\nMeny Grauman, an analyst at Scotiabank, said the results were messy. " +
				"Another analyst, who asked not to be named because his firm does business with the bank, said the provisions were high.",
			want: []want{{"not to be named", "Another analyst", claims.Indirect}}},
		{name: "two relative clauses, the second of going unnamed",
			body: "Insp. Gord Spado said investigators had strong leads.\n\n" +
				"A teller who was working at the time, and who asked not to be named, said the robbery was over in less than a minute. \"He was calm,\" she said.",
			want: []want{{"the robbery was over in less than a minute", "A teller", claims.Indirect},
				{"He was calm,", "A teller", claims.Direct}}},
		{name: "a people's word after a coach of that people",
			body: "Lionel Messi scored twice.\n\n\"Leo is special,\" Miami coach Javier Mascherano said.\n\n" +
				"The Argentine star, 38, has scored 20 goals this season. He told reporters he felt fresh despite the heat.",
			want: []want{{"he felt fresh despite the heat", "He", claims.Indirect}}},
		{name: "people named by a plural noun for people, as they are written",
			body: "The researchers followed 78,000 adults in Britain for seven years. They found that even 3,800 steps a day cut the risk by 25 per cent.",
			want: []want{{"even 3,800 steps a day cut the risk by 25 per cent", "The researchers", claims.Indirect}}},
		{name: "the one person named just before",
			body: "Lionel Messi scored twice on Saturday. The Argentine star said he was tired.",
			want: []want{{"he was tired", "Lionel Messi", claims.Indirect}}},
		{name: "\"the\" and a word for one of a people in a quote's tag: the one person named just before, though he spoke there",
			body: "Brighton levelled early.\n\nTheir coach, Fabian Hurzeler, said his players deserved more.\n\n\"I'm proud of them,\" the German said.",
			want: []want{{"I'm proud of them,", "Fabian Hurzeler", claims.Direct}}},
		{name: "the one person the nearest sentence that names anyone names, past another who spoke before; a Dutch particle in a name, capitalised to open a sentence",
			body: "Manchester United have sacked manager Erik ten Hag.\n\n\"Erik has been a valued member of our club,\" said sporting director Dan Ashworth.\n\n" +
				"Ten Hag, who won the FA Cup in May, had been given a new contract. The Dutchman said on Sunday that he still had the backing of the owners. \"I speak with them every week,\" he told Sky Sports.",
			want: []want{{"he still had the backing of the owners", "Erik ten Hag", claims.Indirect}, {"I speak with them every week,", "Erik ten Hag", claims.Direct}}},
		{name: "a people's word with no ending of its own",
			body: "Chelsea have signed a winger.\n\nChelsea head coach Mauricio Pochettino welcomed the signing. \"He is a special talent,\" the Argentine told reporters.",
			want: []want{{"He is a special talent,", "Mauricio Pochettino", claims.Direct}}},
		{name: "someone new, though a holder of the post was named before",
			body: "Conservative candidate Sarah Johnson said she was focusing on rural areas.\n\nA third candidate said the confusion helped nobody.\n\n" +
				"Another candidate, the NDP's Paul Ryan, said voters wanted to hear about rents.",
			want: []want{{"the confusion helped nobody", "A third candidate", claims.Indirect}, {"voters wanted to hear about rents", "Paul Ryan", claims.Indirect}}},
		{name: "a lede's person named with no post at the opening of the next paragraph",
			body: "HALIFAX — A Dartmouth mother says her son waited 20 hours in an emergency room.\n\nMelissa Tran said her son, Jacob, fell off his bike.",
			want: []want{{"her son waited 20 hours in an emergency room", "Melissa Tran", claims.Indirect}}},
		{name: "a description hung on a thing is someone new",
			body: "\"Witnesses helped us make these arrests,\" Cpl. Mark Sangha said.\n\n" +
				"The store's owner, who asked not to be named, told CBC News his employees were shaken. \"They did exactly what they were trained to do,\" he said.",
			want: []want{{"They did exactly what they were trained to do,", "The store's owner", claims.Direct}}},
		{name: "a description hung on someone new is someone new",
			body: "Judge Alice Robinson said the families had been left with a wound.\n\n" +
				"In a statement, the daughter of one patient said her mother's last weeks had been stolen. \"We trusted them with Mum,\" she said.",
			want: []want{{"We trusted them with Mum,", "the daughter of one patient", claims.Direct}}},
		{name: "but a people's word before a noun for no person names none",
			body: "Majed al-Ansari said the talks were continuing.\n\nThe Israeli military said it had struck more than 30 targets.",
			want: []want{{"it had struck more than 30 targets", "The Israeli military", claims.Indirect}}},
	})
}

// TestSurnameParticleNoGiven checks that the first word of a surname
// ("Des" of "Des Rosiers") tells no gender when the surname alone names
// someone the article named in full.
func TestSurnameParticleNoGiven(t *testing.T) {
	checkForms(t, []form{{name: "Des Rosiers is no Desmond",
		body: "Bonnie Crombie is seeking a second chance. Nathalie Des Rosiers is challenging her.\n\n" +
			"Crombie said the party had made gains. Des Rosiers said the party needed a new direction. She said the campaign had been weak.",
		want: []want{{"the campaign had been weak", "Nathalie Des Rosiers", claims.Indirect}},
	}})
}

// TestUnsurePronounGoesOn checks that a pronoun left to no one, as its
// gender fits no one named, hands that doubt to the next pronoun of its
// gender rather than to a name inside what it said.
func TestUnsurePronounGoesOn(t *testing.T) {
	checkForms(t, []form{{name: "she after a man's given name, then she again",
		body: "Marty Walz chairs the council. Walz approaches it more diplomatically.\n\n" +
			"She said she would rather see money spent to elect Hillary Clinton.\n\n\"They are trying to defeat opportunity for kids,\" she said.",
		want: []want{{"They are trying to defeat opportunity for kids,", "she", claims.Direct}},
	}})
}

// TestPronounNotItsObject checks that a pronoun never stands for a name in
// its own clause ("he told Hannity" is not Hannity), but may for one that
// only qualifies a noun there ("a Rubio sign").
func TestPronounNotItsObject(t *testing.T) {
	checkForms(t, []form{{name: "he told Hannity; he told of a supporter holding a Rubio sign",
		body: "Sean Hannity asked Donald Trump how high the wall would be.\n\n\"I think the height could be 35 to 45 feet,\" he told Hannity.\n\n" +
			"Marco Rubio spoke in Miami. He told the story of a supporter who was holding a Rubio sign outside a polling station.",
		want: []want{{"I think the height could be 35 to 45 feet,", "he", claims.Direct},
			{"of a supporter who was holding a Rubio sign outside a polling station", "Marco Rubio", claims.Indirect}},
	}})
}

// TestNameTheListsDoNotKnow checks that "she" right after a sentence that
// a name of no known kind leads, in the pronoun's own paragraph, is that
// name and not a woman named paragraphs back ("Atishi accused the
// government ... "...," she said" after Rekha Gupta); but a name that
// qualifies a noun ("The president's Pacific roots") leads nothing, nor is
// a word that qualifies a noun after a role ("chief Democratic rival") a
// person's one name.
func TestNameTheListsDoNotKnow(t *testing.T) {
	checkForms(t, []form{
		{name: "a name no list holds",
			body: "Schools shut.\n\nChief Minister Rekha Gupta said the order would be reviewed. \"Children come first,\" she told reporters.\n\n" +
				"Atishi accused the government of acting too late. \"Every year they wait for the emergency,\" she said in a post on X.",
			want: []want{{"Every year they wait for the emergency,", "Atishi", claims.Direct}}},
		{name: "a word of English",
			body: "Seas rise.\n\nPresident Ana Lopez flew to Midway Atoll. \"We are ready,\" she said.\n\n" +
				"The president's Pacific roots also came into play. In Honolulu, she told island leaders that crops were withering.",
			want: []want{{"crops were withering", "Ana Lopez", claims.Indirect}}},
		{name: "a word that qualifies a noun after a role is no name",
			body: "Candidates spoke at the conference.\n\nClinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, skipped the meeting. " +
				"Instead he gave a speech in which he pledged that he would be a friend to Israel.",
			want: []want{{"he would be a friend to Israel", "Bernie Sanders", claims.Indirect}}},
	})
}

// TestArticleGenderOverList checks that a pronoun opening the sentence
// right after one a person opens tells their gender against the lists'
// word for their given name ("Erin O'Toole ... He said", "Sarbjit Sangha
// ... She asked"), but not when the sentence says otherwise ("his
// patients"), a title does ("Mr."), or someone of the pronoun's gender was
// named before ("Linda and Gerald Fraser ... Gerald Fraser said ... She
// said").
func TestArticleGenderOverList(t *testing.T) {
	checkForms(t, []form{
		{name: "a man the lists call a woman",
			body: "Former Conservative leader Erin O'Toole says he will not run again.\n\n" +
				"O'Toole told CBC News he had had his time. He said he would focus on his work with a security firm.",
			want: []want{{"he would focus on his work with a security firm", "Erin O'Toole", claims.Indirect}}},
		{name: "a woman the lists call a man",
			body: "Police arrested two men.\n\nSarbjit Sangha of the RCMP said officers were on scene. She said witnesses should call.",
			want: []want{{"witnesses should call", "Sarbjit Sangha", claims.Indirect}}},
		{name: "not against the sentence's own pronoun",
			body: "Prices rose.\n\nDr. Carl Tremblay said many of his patients could not pay. She added that seniors were hit hardest.",
			want: []want{{"seniors were hit hardest", "She", claims.Indirect}}},
		{name: "not against a title",
			body: "Prices rose.\n\nMr. Robin Lee said the plan was late. She said it would fail.",
			want: []want{{"it would fail", "She", claims.Indirect}}},
		{name: "a disputed name's gender gives way to \"X said ... that she\", past the setting of the verb of saying",
			body: "\"We held firm,\" said union leader Mary Holden.\n\n" +
				"Company head Lee Ortberg said in a message to employees that she was pleased. \"We are one team,\" she wrote.",
			want: []want{{"We are one team,", "Lee Ortberg", claims.Direct}}},
		{name: "not when a woman was named before",
			body: "Linda and Gerald Fraser built a tiny house.\n\n\"We followed every rule,\" Linda Fraser said.\n\n" +
				"Gerald Fraser said the couple would appeal. She said they would sell the house if they lost.",
			want: []want{{"they would sell the house if they lost", "She", claims.Indirect}}},
	})
}

// TestPronounGender checks that "he" and "she" pass over someone of the
// other gender to the one they mean, for given names from beyond the US
// too, and over places.
func TestPronounGender(t *testing.T) {
	checkForms(t, []form{{
		name: "a surname two people share goes to the one the pronoun after the cue says, past an age set off",
		body: "Raj Patel opened the shop in 1989. His daughter, Priya Patel, took over the books five years ago.\n\n" +
			"\"My father still comes in every morning,\" Priya said.\n\nPatel, now 71, said he had no plans to retire.",
		want: []want{{"he had no plans to retire", "Raj Patel", claims.Indirect}},
	}, {
		name: "\"she\" is no body a word of English ends, though her surname opens it",
		body: "Every morning, Ruth Mahoney lights the forge.\n\n" +
			"Her shop, Mahoney Iron, makes gates. Business picked up during the pandemic, she says, when people started renovating.",
		want: []want{{"Business picked up during the pandemic when people started renovating", "Ruth Mahoney", claims.Indirect}},
	}, {
		name: "the one asked answers: a man whose name tells his gender, over the asker whose name tells none",
		body: "David Vigneault said he had briefed officials.\n\n" +
			"Commission counsel Shantona Chaudhury asked Vigneault whether the warnings had been acted on. He said some had and some had not.",
		want: []want{{"some had and some had not", "David Vigneault", claims.Indirect}},
	}, {
		name: "a hyphenated given name tells its parts' gender, when a surname follows it",
		body: "Quebec Premier François Legault said his government would not take part.\n\n" +
			"Bloc Québécois Leader Yves-François Blanchet backed the premier. He said the federal plan was an intrusion.\n\n" +
			"Dr. Carl Tremblay said many of his patients could not afford treatment. She added that seniors were hit hardest.",
		want: []want{{"the federal plan was an intrusion", "Yves-François Blanchet", claims.Indirect},
			{"seniors were hit hardest", "She", claims.Indirect}},
	}, {
		name: "given names from India",
		body: "Finance minister Nirmala Sitharaman said on Monday that the economy would grow by 7 per cent.\n\n" +
			"Reserve Bank governor Shaktikanta Das cautioned that global headwinds remained a concern.\n\n" +
			"Asked about the deficit, she said the government was on track to meet its target.\n\n" +
			"BMC commissioner Bhushan Gagrani said schools would stay closed.\n\n" +
			"Chief Minister Devendra Fadnavis said the state was watching the situation. \"The teams are on standby,\" he said.",
		want: []want{{"the government was on track to meet its target", "Nirmala Sitharaman", claims.Indirect},
			{"The teams are on standby,", "Devendra Fadnavis", claims.Direct}},
	}, {
		name: "a place after 'in' or 'on the' says where the speakers are",
		body: "District attorneys in San Francisco and Los Angeles say Uber has been lying to its customers.\n\n" +
			"Two Republican members of Congress from Florida said they will not back the bill.\n\n" +
			"The head of the union representing dockworkers on the West Coast said members were ready to strike.",
		want: []want{{"Uber has been lying to its customers", "District attorneys", claims.Indirect},
			{"they will not back the bill", "Two Republican members of Congress", claims.Indirect},
			{"members were ready to strike", "The head of the union representing dockworkers", claims.Indirect}},
	}, {
		name: "a person the article does not name is someone a pronoun stands for",
		body: "Chancellor Angela Merkel defended her refugee policy on Monday.\n\n" +
			"Thousands of migrants crossed the Mediterranean this year.\n\n" +
			"A 29-year-old Berlin woman received probation after she had posted comments about asylum seekers online. " +
			"The asylum seekers must leave, she wrote.",
		want: []want{{"The asylum seekers must leave", "A 29-year-old Berlin woman", claims.Indirect}},
	}, {
		name: "a place's possessive is the place, no person a 'she' may stand for",
		body: "The bank has a new chief, Ms. Acosta.\n\n" +
			"Puerto Rico's debt has grown for a decade. Puerto Rico has been warning that it is running out of cash.\n\n" +
			"\"The bank cannot pay what it owes,\" she said.",
		want: []want{{"The bank cannot pay what it owes,", "Acosta", claims.Direct}},
	}, {
		name: "a relative by a noun for someone, whom the claim shows as the article does",
		body: "Det. Sgt. Karen Hill spoke to reporters.\n\nThe victim's mother told CityNews that her son had been walking home. \"He is a good boy,\" she said.",
		want: []want{{"He is a good boy,", "The victim's mother", claims.Direct}},
	}, {
		name: "one man or guy met is someone new, not a name he owns",
		body: "One young guy I met gave me a summary of Niels Bohr's work in quantum mechanics. The theory was sound, he said.",
		want: []want{{"The theory was sound", "One young guy", claims.Indirect}},
	}, {
		name: "a name that opens with an article is a title, not a person",
		body: "One of Germany's largest media outlets, Der Spiegel, disabled its comments.\n\n" +
			"Der Spiegel reported that the comments had become abusive.",
		want: []want{{"the comments had become abusive", "Der Spiegel", claims.Indirect}},
	}, {
		name: "a 'who' is a person, not the place or body their description names",
		body: "\u201cI will not vote for him,\u201d declared Senator Jeff Flake, Republican of Arizona, who said the remarks were indefensible.\n\n" +
			"\u201cIt is a car crash,\u201d said Pierre de Vos, a professor in public law at the University of Cape Town in South Africa, who said the race was a spectacle.\n\n" +
			"\u201cStaff erred,\u201d said Curt Smith, a close friend of Gov. Mike Pence, who said he would campaign in Ohio.\n\n" +
			"Elizabeth Arnold, a former staff member for the Sanders campaign in Philadelphia who said she planned to demonstrate, spoke first.",
		want: []want{{"the remarks were indefensible", "Jeff Flake", claims.Indirect},
			{"the race was a spectacle", "Pierre de Vos", claims.Indirect},
			{"he would campaign in Ohio", "Mike Pence", claims.Indirect},
			{"she planned to demonstrate", "Elizabeth Arnold", claims.Indirect}},
	}, {
		name: "a place is no one a pronoun stands for",
		body: "Admiral Harry Harris makes no apologies for his candor.\n\n" +
			"As China builds islands in the South China Sea, it is his job, he said, to talk to Congress about the threat.",
		want: []want{{"As China builds islands in the South China Sea, it is his job to talk to Congress about the threat", "Harry Harris", claims.Indirect}},
	}})
}
