package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestBodyForms checks that "the company" and its like refer back to the
// business named before, typed by the words set off beside it or coined,
// and never to a public body or an ordinary word.
func TestBodyForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a business described by its city and its province's abbreviation refers back to it; a word joined to an abbreviation is one word",
			body: "Loblaw Companies Ltd. reported a higher profit on Thursday.\n\nThe Brampton, Ont.-based company said it earned $621 million.\n\n" +
				"The war ended with tanks rolling into Saigon to bring U.S.-backed South Vietnam under communist rule.",
			want: []want{{"it earned $621 million", "Loblaw Companies Ltd.", claims.Indirect}},
			none: []string{"South Vietnam under communist rule"},
		},
		{
			name: "two bodies whose names share their first and last words are two; a body's name without a middle word is the body",
			body: "The Alberta Teachers' Association said 95 per cent of members backed a strike.\n\nThe Alberta School Boards Association said its members were preparing plans.\n\n" +
				"The Holocaust Memorial Museum issued a statement on Friday.\n\nThe Holocaust Museum said the refugees of the 1930s had been turned away.",
			want: []want{{"its members were preparing plans", "Alberta School Boards Association", claims.Indirect},
				{"the refugees of the 1930s had been turned away", "Holocaust Memorial Museum", claims.Indirect}},
		},
		{
			name: "a board, a council, an authority or a committee refers back to the one body the article names with that word, however far back",
			body: "Parents sued the Vancouver School Board.\n\nThe parents say buses came late. None of it is proven.\n\n" +
				"Priya Nair said her son waited. \"He was shaking,\" Nair said.\n\nThe board said it could not comment. It said a new contractor was hired.",
			want: []want{{"it could not comment", "Vancouver School Board", claims.Indirect},
				{"a new contractor was hired", "Vancouver School Board", claims.Indirect}},
		},
		{
			name: "\"the company\" is the one business that acts in the article, however far back; not an analyst's firm named in passing since",
			body: "Shopify Inc. shares rose on Thursday after the e-commerce company reported strong revenue.\n\n" +
				"Chief financial officer Jeff Hoffmeister told analysts that merchants had started early. \"We are seeing strength everywhere,\" Hoffmeister said.\n\n" +
				"Analyst Martin Toner of ATB Capital Markets said the results were clean. He raised his price target.\n\n" +
				"President Harley Finkelstein said the tools were popular.\n\nThe company said it expected growth to slow.",
			want: []want{{"it expected growth to slow", "Shopify Inc.", claims.Indirect}},
		},
		{
			name: "\"the company\" keeps the business an earlier \"the company\" meant, over a body named since only after a preposition or a coined name taken for a brand",
			body: "Korvane Robotics reported a jump in profit on Tuesday.\n\nThe company posted net income of $2 billion. Analysts polled by FactSet had expected less. " +
				"\"Demand is strong,\" chief executive Ana Ruiz said. \"We are hiring.\"\n\nChief financial officer Tom Hale said the company expected revenue to grow.\n\n" +
				"\"Prices could soften,\" said Dana Cole, an analyst at Bernstein. She rates the stock neutral.\n\nShares rose 4%.\n\nThe company also said it would buy back shares.",
			want: []want{{"it would buy back shares", "Korvane Robotics", claims.Indirect}},
		},
		{
			name: "of two bodies a sentence names whose words the description's modifier holds, the one that speaks there",
			body: "The emergency department at Ladysmith Community Health Centre will close overnight again, Island Health said Sunday.\n\n" +
				"The health authority said patients should go to Nanaimo or call 911.",
			want: []want{{"patients should go to Nanaimo or call 911", "Island Health", claims.Indirect}},
		},
		{
			name: "a school division or district is the one body the article names with that word",
			body: "The Prairie Spirit School Division voted to close three schools.\n\nParent Jason Reimer said families would move. \"This was the reason we bought here,\" Reimer said.\n\n" +
				"The division said students would be bused to Warman.",
			want: []want{{"students would be bused to Warman", "Prairie Spirit School Division", claims.Indirect}},
		},
		{
			name: "a band by its trade before its name, and \"the band\" after it; not a band of people",
			body: "Montreal band Arcade Fire has cancelled its tour.\n\n\"We're heartbroken,\" the band said in a post.\n\n" +
				"News of the mogul's dismal fundraising has energized the ragtag band of delegates looking to unseat Smith at the convention.",
			want: []want{{"We're heartbroken,", "Arcade Fire", claims.Direct},
				{"to unseat Smith at the convention", "the ragtag band of delegates", claims.Indirect}},
		},
		{
			name: "\"the company\" after a sentence about one company that a clause of \"while\" sets a rival against is the first",
			body: "Rogers Communications Inc. blamed a faulty router update for the outage, while rival BCE Inc. said the incident showed the need for rules.\n\n" +
				"The company said the update had been tested. It said customers would get a credit.",
			want: []want{{"the update had been tested", "Rogers Communications Inc.", claims.Indirect},
				{"customers would get a credit", "Rogers Communications Inc.", claims.Indirect}},
		},
		{
			name: "a name set off with a noun for a body is a body's, and \"the company\" refers back to it, never to a public service",
			body: "The National Weather Service says the storm has weakened.\n\n" +
				"Entergy, the state's largest utility, said it could take a week to restore power. The company said 1,200 line workers were in place.",
			want: []want{{"1,200 line workers were in place", "Entergy", claims.Indirect}},
		},
		{
			name: "a body's name set off after the description that opens the sentence, whatever body the description names, is the speaker, and \"the firm\" after it",
			body: "The trustee overseeing the bankruptcy of homebuilder Urban Homes Inc., Ernst & Young, said in a report that the company owes creditors $40 million. " +
				"The firm said it had found serious irregularities in the books.",
			want: []want{{"the company owes creditors $40 million", "Ernst & Young", claims.Indirect},
				{"it had found serious irregularities in the books", "Ernst & Young", claims.Indirect}},
		},
		{
			name: "\"the company\" refers back to a coined name no list types, not to an ordinary word",
			body: "Netflix on Wednesday unveiled a cheaper plan with ads. The company said the plan would cost $6.99 a month. It added that the old plans would stay.",
			want: []want{{"the plan would cost $6.99 a month", "Netflix", claims.Indirect},
				{"the old plans would stay", "Netflix", claims.Indirect}},
		},
		{
			name: "a business's name without the words for its trade and form, with what it is set off after it, and \"the company\" after it",
			body: "Bus drivers have rejected the latest offer from Coast Mountain Bus Company, their union said.\n\n" +
				"Coast Mountain, a subsidiary of TransLink, said it was disappointed. In a statement, the company said it had offered raises of 11 per cent.",
			want: []want{{"it was disappointed", "Coast Mountain Bus Company", claims.Indirect},
				{"it had offered raises of 11 per cent", "Coast Mountain Bus Company", claims.Indirect}},
		},
		{
			name: "\"the company\" refers back to no ordinary word",
			body: "Trayvon Martin was killed in 2012. A site listed the gun. Trayvon's family objected. The company said it would remove the listing.",
			want: []want{{"it would remove the listing", "The company", claims.Indirect}},
		},
		{
			name: "a name after a noun for a business is a business, which \"the company\" means when named last; a decimal's period ends its sentence",
			body: "The Dow was held back partly by a drop in the oil giant Exxon Mobil. The company reported its smallest quarterly profit in 17 years.\n\n" +
				"Amazon rose $6.20, or 1 percent, to $758.81. The online retail giant reported a profit of $1.78 per share.\n\n" +
				"Another partner routinely spends time with the technology giant Cisco Systems, helping the company think through its quarterly earnings release.",
			want: []want{{"its smallest quarterly profit in 17 years", "Exxon Mobil", claims.Indirect},
				{"a profit of $1.78 per share", "Amazon", claims.Indirect},
				{"through its quarterly earnings release", "Cisco Systems", claims.Indirect}},
		},
		{
			name: "but a body more salient that has spoken before that business was described is whom \"the firm\" means",
			body: "Trustee reports.\n\nThe trustee overseeing the bankruptcy of Toronto building company Urban Homes Inc., Ernst & Young, said in a report that the company owes creditors $40 million.\n\n" +
				"The firm said it had found irregularities in the company's books.",
			want: []want{{"the company owes creditors $40 million", "Ernst & Young", claims.Indirect},
				{"it had found irregularities in the company's books", "Ernst & Young", claims.Indirect}},
		},
		{
			name: "\"the newspaper\" is the paper just named, though only after \"by\"",
			body: "Tariffs loom.\n\nThe report, published by the Wall Street Journal, cited two people familiar with the talks. The newspaper said officials had discussed a pause.",
			want: []want{{"officials had discussed a pause", "Wall Street Journal", claims.Indirect}},
		},
		{
			name: "\"the group\" is the body the article named after that noun",
			body: "Bike lanes stay.\n\nThe advocacy group Cycle Toronto said the lanes were safe. Mayor Olivia Chow agreed. The group said it would keep pushing.",
			want: []want{{"it would keep pushing", "Cycle Toronto", claims.Indirect}},
		},
		{
			name: "\"the airport\" is the airport the article named",
			body: "Snow hits Toronto.\n\nFlights were cancelled at Toronto Pearson International Airport on Monday.\n\nThe airport said crews were clearing the runways.",
			want: []want{{"crews were clearing the runways", "Toronto Pearson International Airport", claims.Indirect}},
		},
		{
			name: "a body named in full goes on to be called by the words before \"of\"",
			body: "Bank profits rise.\n\nRoyal Bank of Canada reported a profit of $4 billion.\n\nThe Royal Bank, the country's largest lender, said consumer spending had slowed.",
			want: []want{{"consumer spending had slowed", "Royal Bank of Canada", claims.Indirect}},
		},
		{
			name: "a product by its maker and model names no maker; an airline's words make a body of its name, which \"the company\" means",
			body: "The plane crashed on takeoff.\n\nThe Boeing 747 was operated by Northern Air Cargo. The company said it was co-operating with investigators.",
			want: []want{{"it was co-operating with investigators", "Northern Air Cargo", claims.Indirect}},
		},
		{
			name: "\"the airline\" is the one body whose name says it is one, however far back; of two, neither",
			body: "Air Canada has apologized to a passenger.\n\nMaayan Ziv wrote that her chair had not been loaded. \"This is not the first time,\" she wrote. " +
				"Hundreds of people replied. One user wrote that the same thing had happened to her father.\n\nThe airline said it had found the chair.",
			want: []want{{"it had found the chair", "Air Canada", claims.Indirect}},
		},
		{
			name: "but of two such bodies neither",
			body: "WestJet and Air Transat cut fares. Air Canada did not. Analysts called it a price war. Many flights were full. Travel agents were busy. The airline said it would add flights.",
			want: []want{{"it would add flights", "The airline", claims.Indirect}},
		},
		{
			name: "a British thinktank refers back to the body named before it",
			body: "Analysis by the Resolution Foundation found that the poorest pensioners would lose about 1.4% of their income. " +
				"The thinktank said the cut was poorly targeted.",
			want: []want{{"the cut was poorly targeted", "Resolution Foundation", claims.Indirect}},
		},
		{
			name: "a name that has a spokesperson is a body's, which \"the company\" and \"the firm\" refer back to; a period is no part of a name",
			body: "Thames Water has been fined £3.3m after a sewage spill killed fish in a river in Oxfordshire.\n\n" +
				"The company admitted it had failed to monitor the pumping station properly.\n\n" +
				"Environment Agency officer Sarah Hughes told BBC News the spill was avoidable.\n\n" +
				"A Thames Water spokesperson said: \"We deeply regret this incident.\" The firm said it had since invested £2m in the site.\n\n" +
				"(Local farms do not draw water from Thames Water.)",
			want: []want{{"it had failed to monitor the pumping station properly", "Thames Water", claims.Indirect},
				{"it had since invested £2m in the site", "Thames Water", claims.Indirect}},
		},
		{
			name: "a maker of something is a business, which \"the company\" refers back to, never the dateline's city",
			body: "SAN FRANCISCO, Jan. 9, 2025 /PRNewswire/ -- Acme Robotics, a maker of autonomous forklifts, today announced it has raised $40 million.\n\n" +
				"The company said it will use the funds to double its engineering team.",
			want: []want{{"it will use the funds to double its engineering team", "Acme Robotics", claims.Indirect}},
		},
		{
			name: "an ordinary word opening a sentence is no company",
			body: "New prices took effect on Monday. The company said the change would save customers money.",
			want: []want{{"the change would save customers money", "The company", claims.Indirect}},
		},
		{
			name: "an office or a campaign owned by \"his\" or \"her\" is the one of the person the pronoun stands for",
			body: "Health Minister Sylvia Jones disputed the figures. Her office said in an email that the province had added 3,500 beds since 2018.",
			want: []want{{"the province had added 3,500 beds since 2018", "Sylvia Jones's office", claims.Indirect}},
		},
		{
			name: "a document is its issuer's when the body it is by follows \"the\"",
			body: "Wait times hit a record high last year, according to a report released Thursday by the Canadian Institute for Health Information.",
			want: []want{{"Wait times hit a record high last year", "Canadian Institute for Health Information", claims.Indirect}},
		},
		{
			name: "a description set off with \"of\" after its noun for a body makes the name a body's",
			body: "Wall Street had a busy week of earnings.\n\nAlphabet, the parent company of Google, jumped 3.3 percent. The company reported earnings of $8.42 a share.",
			want: []want{{"earnings of $8.42 a share", "Alphabet", claims.Indirect}},
		},
		{
			name: "a body whose name opens with \"the\" issues the report it is by, and \"it\" after the report is the body's",
			body: "A report by the Congressional Budget Office found that the deficit would grow. It said spending on interest would double by 2030.\n\n" +
				"Ann Lee, according to the Globe report, rebuffed the pressure from the Prime Minister's Office.",
			want: []want{{"spending on interest would double by 2030", "Congressional Budget Office", claims.Indirect},
				{"Ann Lee rebuffed the pressure from the Prime Minister's Office", "Globe report", claims.Indirect}},
		},
	})
}

// TestKindNouns checks that a body named by a noun for its kind alone
// ("Court", "Post", "Police") is left untyped, so that the store starts
// no page that every court or paper of every newsroom would join, while a
// body's own name of two words keeps its type.
func TestKindNouns(t *testing.T) {
	tests := []struct {
		body, claim, speaker string
		kind                 claims.SpeakerKind
	}{
		{"The Court said the law was void.", "the law was void", "Court", ""},
		{"The Post reported that the deal was off.", "the deal was off", "Post", ""},
		{"The Human Rights Tribunal ruled that the landlord had lied.", "the landlord had lied", "Human Rights Tribunal", claims.Organisation},
		{"United Food and Commercial Workers Local 1400 said the company broke the law.", "the company broke the law", "United Food and Commercial Workers Local 1400", claims.Organisation},
		{"The Supreme Court said the law was void.", "the law was void", "Supreme Court", claims.Organisation},
		{"The FBI said the files were sealed.", "the files were sealed", "FBI", claims.Organisation},
	}
	for _, tt := range tests {
		c := find(Extract(tt.body), tt.claim)
		if c == nil || c.Speaker.Name != tt.speaker || c.Speaker.Kind != tt.kind {
			t.Errorf("%q: claim %+v, want speaker %q of kind %q", tt.body, c, tt.speaker, tt.kind)
		}
	}
}

// TestThingInsideAStatement checks that words quoted after a thing's verb
// inside someone's statement are that statement's, not the thing's: the
// museum "tells" nothing.
func TestThingInsideAStatement(t *testing.T) {
	body := "President Obama, dedicating the National Museum of African American History and Culture on Saturday, said it would tell an American story, one of ''suffering and delight, one of fear, but also of hope.''"
	got := Extract(body)
	if c := find(got, "suffering and delight, one of fear, but also of hope."); c == nil || !c.Inside {
		t.Errorf("the quoted words stand as a claim of their own:%s", dump(got))
	}
	if c := find(got, "it would tell an American story, one of ''suffering and delight, one of fear, but also of hope.''"); c == nil || c.Speaker.Name != "Obama" {
		t.Errorf("no claim of Obama's holds them:%s", dump(got))
	}
}

// TestWhichIsNoPerson checks that a sentence's subject set off before ",
// which" is no person's, whatever given name it is: "which" is for things
// and bodies; but not a name that ends a clause "which" sums up.
func TestWhichIsNoPerson(t *testing.T) {
	got := Extract("Chanel, which has raised prices four times since 2022, said it had no plans to follow.")
	if c := find(got, "it had no plans to follow"); c == nil || c.Speaker.Name != "Chanel" || c.Speaker.Kind == claims.Person {
		t.Errorf("Chanel is a person or no speaker:%s", dump(got))
	}
	// Not a name ending a clause that "which" sums up.
	got = Extract("Hillary Clinton campaigned with Jane Roe in Miami on Monday.\n\n" +
		"Support has been slipping for Clinton, which is something that worries her aides. \"We will win Florida,\" she said.")
	if c := find(got, "We will win Florida,"); c == nil || c.Speaker.Name != "Hillary Clinton" || c.Speaker.Kind != claims.Person {
		t.Errorf("Clinton taken for no person:%s", dump(got))
	}
}

// TestHealthAuthority checks the names of public health bodies, which end
// in "Health" after what may be a given name ("Fraser Health", a body, no
// man) or a past form ("Shared Health"), and that "the Fraser Health
// authority" is the body its name names, as "it" after it is.
func TestHealthAuthority(t *testing.T) {
	got := Extract("Measles cases climb\n\n" +
		"The Fraser Health authority said it would open clinics. It said parents could also book through a pharmacy.\n\n" +
		"Shared Health, which runs the hospital, said the department had been busy.")
	for _, c := range []struct{ text, name string }{
		{"it would open clinics", "Fraser Health"},
		{"parents could also book through a pharmacy", "Fraser Health"},
		{"the department had been busy", "Shared Health"},
	} {
		if q := find(got, c.text); q == nil || q.Speaker.Name != c.name || q.Speaker.Kind != claims.Organisation {
			t.Errorf("%q: want the body %s:%s", c.text, c.name, dump(got))
		}
	}
}

// TestPlaceService checks a place's service named by the place, whose
// name is a given name too ("Victoria", "Georgia"): an organisation, which
// "it" stands for, no woman.
func TestPlaceService(t *testing.T) {
	got := Extract("Victoria Police said the suspect fled on foot. It said officers had found the car.\n\n" +
		"Georgia Power said outages fell overnight.")
	for _, c := range []struct{ text, name string }{
		{"the suspect fled on foot", "Victoria Police"},
		{"officers had found the car", "Victoria Police"},
		{"outages fell overnight", "Georgia Power"},
	} {
		if q := find(got, c.text); q == nil || q.Speaker.Name != c.name || q.Speaker.Kind != claims.Organisation {
			t.Errorf("%q: want the organisation %s:%s", c.text, c.name, dump(got))
		}
	}
}

// TestPlaceNames checks the names of bodies a place's name is part of: a
// French name with words in lower case between its capitals, one name
// and not the place it ends with, or after its first word for a body
// ("Fédération autonome de l'enseignement"); a body named by its cause and its city
// opening a sentence ("Cycle Toronto"); a country whose name is a word of
// the dictionary too ("China", "Turkey") opening a sentence as the owner
// of its ministry; and a body every country has one of, named after its
// country's possessive, whose name holds the country, so that Russia's
// and Ukraine's defence ministries are two speakers.
func TestPlaceNames(t *testing.T) {
	checkForms(t, []form{{
		name: "the whole French name, not Québec",
		body: "The Caisse de dépôt et placement du Québec said returns rose.\n\n" +
			"The Fédération des chambres de commerce du Québec said the tax hurt.\n\n" +
			"The Fédération autonome de l'enseignement, a teachers' union, said it would sue. The Confédération des syndicats nationaux said so too.\n\n" +
			"The Centre de services scolaire de Montréal said three schools would close.\n\nEnvironment and Climate Change Canada said the smoke would linger.\n\n" +
			"The College of Physicians and Surgeons of Ontario said it alerted police in March.\n\nThe Village of Lytton says archaeological work slowed the rebuilding.",
		want: []want{{"returns rose", "Caisse de dépôt et placement du Québec", claims.Indirect},
			{"three schools would close", "Centre de services scolaire de Montréal", claims.Indirect},
			{"the smoke would linger", "Environment and Climate Change Canada", claims.Indirect},
			{"it alerted police in March", "College of Physicians and Surgeons of Ontario", claims.Indirect},
			{"archaeological work slowed the rebuilding", "Village of Lytton", claims.Indirect},
			{"the tax hurt", "Fédération des chambres de commerce du Québec", claims.Indirect},
			{"it would sue", "Fédération autonome de l'enseignement", claims.Indirect}},
	}, {
		name: "a singular noun and a city",
		body: "Mayor Olivia Chow announced the plan on Friday.\n\nCycle Toronto called the plan \"a good start.\"",
		want: []want{{"the plan \"a good start.\"", "Cycle Toronto", claims.Fragment}},
	}, {
		name: "a country's possessive opening the sentence",
		body: "Ferdinand Marcos spoke in Manila on Monday.\n\nChina's foreign ministry said the Philippines was provoking tensions.\n\n" +
			"Turkey's foreign ministry said the talks would resume.",
		want: []want{{"the Philippines was provoking tensions", "China's foreign ministry", claims.Indirect},
			{"the talks would resume", "Turkey's foreign ministry", claims.Indirect}},
	}, {
		name: "two countries' ministries",
		body: "Russia's Defence Ministry said its troops had taken the village.\n\nUkraine's Defence Ministry said the attack had been repelled.",
		want: []want{{"its troops had taken the village", "Russia's Defence Ministry", claims.Indirect},
			{"the attack had been repelled", "Ukraine's Defence Ministry", claims.Indirect}},
	}, {
		name: "two provinces' ministries, named before what they are for",
		body: "Ontario's Ministry of Transportation said it would review the request.\n\nQuebec's Ministry of Transportation said the bridge would reopen.",
		want: []want{{"it would review the request", "Ontario's Ministry of Transportation", claims.Indirect},
			{"the bridge would reopen", "Quebec's Ministry of Transportation", claims.Indirect}},
	}})
}

// TestBodySetOffWithMoreWords checks that a name set off with a noun for
// a body is a body's when more words go with the noun: a relative clause
// without "that" after it, or a participle's phrase before the name;
// whatever given name its first word may be.
func TestBodySetOffWithMoreWords(t *testing.T) {
	for _, tt := range []struct{ body, claim, name string }{
		{"Kataib Hezbollah, the militia the Pentagon blamed for the drone attack, said in a post that it would respond.", "it would respond", "Kataib Hezbollah"},
		{"The union representing the workers, Unifor, said it would fight the cuts.", "it would fight the cuts", "Unifor"},
	} {
		c := find(Extract(tt.body), tt.claim)
		if c == nil {
			t.Errorf("no claim %q in %s", tt.claim, dump(Extract(tt.body)))
			continue
		}
		if c.Speaker.Name != tt.name || c.Speaker.Kind != claims.Organisation {
			t.Errorf("speaker %q (%q), want %s, an organisation", c.Speaker.Name, c.Speaker.Kind, tt.name)
		}
	}
}
