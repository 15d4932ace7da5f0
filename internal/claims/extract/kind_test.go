package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestNotSpeech checks what is no claim however it is quoted or worded:
// terms and titles in quotes, nicknames, shows, headlines of related
// stories, site furniture, a transcript's notes and an editor's.
func TestNotSpeech(t *testing.T) {
	checkForms(t, []form{
		{
			name: "headlines in a list after \"headlines such as\", and a list's second term, are no one's words",
			body: "Mr. Trump has hired Stephen K. Bannon of Breitbart News, a website that has run stories with headlines such as " +
				"''Birth control makes women unattractive and crazy'' and ''Would you rather your child had feminism or cancer?''\n\n" +
				"Hundreds of golf courses are derisively known as ''rabbit patches'' or ''goat farms.''",
			none: []string{"Birth control makes women unattractive and crazy", "Would you rather your child had feminism or cancer?", "rabbit patches", "goat farms."},
		},
		{
			name: "a short quote opening a sentence as the subject of its verb is a term",
			body: "Shelters are full.\n\nAccording to the city's Street Needs Assessment, published in November, the number of homeless people was estimated to be 8,715.\n\n" +
				"'Community of acquaintances' exists in program\n\n" +
				"\u2018Stickerboy\u2019 placed two stickers over his face and danced around, a Western Journalism writer noted.",
			none: []string{"Community of acquaintances", "Stickerboy"},
		},
		{
			name: "not speech",
			body: "The \"reform\" was never debated.\n\nShe wrote a book titled \"The Art of Winning Big Again\" last year.\n\n" +
				"Sanders said on \"Face the Nation\" that he was tired.\n\n" +
				"Kaine said on ABC's \"This Week With George Stephanopoulos\" that he would look at the bill.\n\n" +
				"The Vatican did not immediately respond to requests for comment on the talks.\n\n" +
				"None of them responded to questions from the press about the call.\n\n" +
				"Dwayne \"The Rock\" Johnson was there.\n\nTRUMP SAYS \"WE WILL WIN\" IN RALLY SPEECH\n\n" +
				"The post Trump rally draws crowds appeared first on Example News\n\n" +
				"^ Keane, Basil (November 2010). \"Te Maori i te ohanga: Maori in the economy\". Te Ara: The Encyclopedia of New Zealand. Retrieved 7 January 2011.\n\n" +
				"Mike Pence said, \"We were in Virginia this week, in the pouring rain with 650 —.\n\n\"(CROSSTALK.)\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\n\n" +
				"CLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling for a process.\n\n" +
				"Reagan went on to win that year in a landslide.\n\nHer commentary, \"Melania, tell your immigrant story,\" ran on Sunday.\n\n" +
				"The paper published an article on Monday. The article said, \"The plan will fail because nobody funds it.\"\n\n" +
				"It is clear that the two have a shared view of Russia. It was fitting that Clinton chose to end on gun safety.\n\n" +
				"It's clear that the party insiders do not understand what is happening. Nor is it clear that the council can pay for it.\n\n" +
				"It is certainly no surprise that Kelly would seek an interview. It is with that same grit that Mrs. Clinton picked herself up.\n\n" +
				"Her friends have mocked the campaign, calling Trump \"an orange buffoon,\" Susan said as she turned around and spread her cape.\n\n" +
				"The war on drugs was a slogan. It was first declared by President Richard Nixon in the 1970s.\n\n" +
				"\u201cTo the extent they care,\u201d Axelrod said of the Clinton campaign, \u201cI\u2019m sure I\u2019ve pleased them.\u201d\n\n" +
				"Longtime friend Lanny Davis appeared on \u201cFox & Friends\u201d to defend her.\n\n" +
				"The yield on the benchmark United States 10-year Treasury note fell to 1.45 percent from 1.51 percent the day before.\n\n" +
				"Hotel rooms are priced according to how expensive they were to build.\n\n" +
				"He ran a parody account called \"Hypo-Cruz\" for a year. The mayor called \"the plan a failure\" on Monday.\n\n" +
				"Mayor Ruth Dalby said of the episode, \"I do not like it at all.\"\n\n" +
				"Williams, a seven-time Grand Slam singles champion, last played a professional match in 2023.\n\n" +
				"The new advert says much about the spirit of the carmaker as it grows. His silence says a lot about the state of the party.\n\n" +
				"The drummer Mara Quist finished the track in a single night. \"I kept the first take because it felt alive,\" she said.\n\n" +
				"[RFC6750] Jones, M., \"The OAuth 2.0 Authorization Framework: Bearer Token Usage\", RFC 6750.\n\n" +
				"Donald Trump told the authors of \"The Trumps: Three Generations That Built an Empire,\" little.\n\n" +
				"Ted Cruz: \"Physically Assaulting A Reporter Is A Fireable Offense.\"\n\n" +
				"\"WE WILL NEVER SELL OUR LAND TO ANY DEVELOPER,\" Ana Ruiz shouted.",
			want: []want{
				{"he was tired", "Sanders", claims.Indirect}, // not 'on "Face the Nation" that he was tired'
				{"he would look at the bill", "Kaine", claims.Indirect},
				{"The plan will fail because nobody funds it.", "The article", claims.Direct},
				{"Her friends have mocked the campaign, calling Trump \"an orange buffoon,\"", "Susan", claims.Fragment}, // what she said, not how
				{"the plan a failure", "The mayor", claims.Direct},                                                       // a noun that can speak calls it so; a thing is called a name
				{"I do not like it at all.", "Ruth Dalby", claims.Direct},                                                // what was said of a work, not its title
				{"I kept the first take because it felt alive,", "Mara Quist", claims.Direct},                            // a work's noun in the sentence before names no title
				{"Physically Assaulting A Reporter Is A Fireable Offense.", "Ted Cruz", claims.Direct},                   // a title's words are in title case, whatever they are
				{"WE WILL NEVER SELL OUR LAND TO ANY DEVELOPER,", "Ana Ruiz", claims.Direct},                             // capitals alone are shouted, no title
			},
			none: []string{"reform", "The Art of Winning Big Again", "Te Maori i te ohanga: Maori in the economy", "The Rock", "WE WILL WIN", "Trump rally draws crowds", "Face the Nation",
				"requests for comment on the talks", "to requests for comment on the talks", "questions from the press about the call",
				"to questions from the press about the call", "(CROSSTALK.)", "year in a landslide",
				"Follow Pam Key on Twitter @pamkeyNEN.", "The first sentence has been clarified to reflect that Fowler is calling for a process.",
				"Melania, tell your immigrant story,", "the two have a shared view of Russia", "Clinton chose to end on gun safety", "the council can pay for it",
				"Kelly would seek an interview", "Mrs. Clinton picked herself up", "the party insiders do not understand what is happening", "as she turned around and spread her cape",
				"by President Richard Nixon in the 1970s", "the Clinton campaign", "Fox & Friends",
				"fell to 1.45 percent from 1.51 percent the day before", "Hotel rooms are priced", "to how expensive they were to build",
				"how expensive they were to build", "Hypo-Cruz", "singles champion, last played a professional match in 2023",
				"much about the spirit of the carmaker as it grows", "a lot about the state of the party",
				"The OAuth 2.0 Authorization Framework: Bearer Token Usage", "The Trumps: Three Generations That Built an Empire,"},
		},
	})
}

// TestExtractHeadline checks what a title attributes to someone, and that
// a title attributing nothing gives no claim. Only the title's claims are
// compared; the body is there for the names a title shortens.
func TestExtractHeadline(t *testing.T) {
	tests := []struct {
		title, body string
		want        []want
	}{
		{"Flynn says Trump 'absolutely right' in saying generals reduced to rubble", "",
			[]want{{"absolutely right", "Flynn", claims.Fragment}}},
		{"Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments", "",
			[]want{{"A Disgrace", "Christie", claims.Fragment}}},
		{`Zelenskyy: "We will not give up our land"`, "",
			[]want{{"We will not give up our land", "Zelenskyy", claims.Direct}}},
		{"'We will not bow to pressure': Modi on trade talks", "",
			[]want{{"We will not bow to pressure", "Modi", claims.Direct}}},
		{"Trump says Russia, Ukraine to start ceasefire negotiations after Putin call", "", nil},
		{`The "Deal of the Century" explained`, "", nil},
		{"Lynch: No outside influence on FBI probe into Clinton emails",
			"Attorney General Loretta Lynch said Tuesday that career staff would decide.",
			[]want{{"No outside influence on FBI probe into Clinton emails", "Loretta Lynch", claims.Indirect}}},
		{"Clinton to Planned Parenthood: Trump would overturn abortion rights",
			"Hillary Clinton spoke to the group on Friday.",
			[]want{{"Trump would overturn abortion rights", "Hillary Clinton", claims.Indirect}}},
		{"Pence: Trump Was ‘Mocking’ Clinton Camp", "Mike Pence spoke on Sunday.",
			[]want{{"Trump Was ‘Mocking’ Clinton Camp", "Mike Pence", claims.Fragment}}},
		{"Poll: Clinton and Trump in dead heat heading into first debate", "",
			[]want{{"Clinton and Trump in dead heat heading into first debate", "", claims.Indirect}}}, // a poll no one is named for: no speaker page
		{"Kasich: ‘We Are Going All The Way To Cleveland’", "Ohio Gov. John Kasich spoke to supporters.",
			[]want{{"We Are Going All The Way To Cleveland", "John Kasich", claims.Direct}}},
		{"The Latest: Trump urges supporters to monitor polling places", "Donald Trump spoke in Ohio.", nil},
		{`Analysis: Why the "green wall" of suburban ridings may crack`, "The Liberals won 28 of the 32 seats in 2021.", nil}, // the story's kind, no document
		{"Will not allow any injustice to farmers: PM Modi", "Prime Minister Narendra Modi spoke in Varanasi.",
			[]want{{"Will not allow any injustice to farmers", "Narendra Modi", claims.Indirect}}},
		{"Monsoon to hit Kerala by June 1, says IMD", "The India Meteorological Department (IMD) said the monsoon was on track.",
			[]want{{"Monsoon to hit Kerala by June 1", "India Meteorological Department", claims.Indirect}}},
		{"Storm batters coast, says forecaster", "Winds reached 100 mph.", nil},                                                           // a speaker named nowhere else
		{"Mayor Hid Budget Problems From Council, Former City Hall Aide Says", "Nothing is new at City Hall, the former aide said.", nil}, // an aide, not City Hall
		{"Coffee drinkers live longer, study finds", "People who drink coffee die later, according to a study in Nature Medicine.",
			[]want{{"Coffee drinkers live longer", "", claims.Indirect}}},
		{"Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says", "Sen. Lindsey Graham spoke on Monday.",
			[]want{{"Trump ‘The Dealmaker’ Could Address Clean Energy", "Lindsey Graham", claims.Fragment}}}, // not "The Dealmaker" by "Address Clean Energy"
		{"‘We will not give up our land,’ says Zelenskyy", "Volodymyr Zelenskyy spoke in Kyiv.",
			[]want{{"We will not give up our land,", "Volodymyr Zelenskyy", claims.Direct}}},
		{"Hurricane Milton: Tampa braces as residents flee", "Residents fled as Hurricane Milton strengthened to a Category 5 storm.", nil}, // a storm, named in the body but no one who speaks
		{"Letter: City must fix potholes before building bike lanes", "To the editor: I have lived on Elm Street for 30 years.", nil},       // a reader's letter, the page's genre
		{"Breitbart News Daily: A World at War", "", nil},                                                                      // a show, named nowhere else
		{"Mary J. Blige sings to Hillary Clinton in preview clip of ‘The 411.’", "Mary J. Blige sang for the candidate.", nil}, // a work's title
		{"Stealth Over Health: Hillary Clinton Was Headed to ER", "Hillary Clinton was ill.", nil},
		{"EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines", "Roger Stone spoke on the radio.",
			[]want{{"Don’t Trust the Voting Machines", "Roger Stone", claims.Indirect}}},
		{"Bill Clinton: Hillary ‘Better Qualified to Be President Than I Was’", "Former president Bill Clinton spoke on Tuesday.",
			[]want{{"Better Qualified to Be President Than I Was", "Bill Clinton", claims.Direct}}}, // too little of it unquoted to be a claim of its own
	}
	for _, tt := range tests {
		var got []claims.Quote
		for _, c := range ExtractArticle(tt.title, tt.body) {
			if c.Headline {
				got = append(got, c)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %d claims, want %d:%s", tt.title, len(got), len(tt.want), dump(got))
			continue
		}
		for i, w := range tt.want {
			c := got[i]
			if c.Text != w.text || c.Speaker.Name != w.speaker || c.Kind != w.kind || !c.Headline ||
				tt.title[c.Span.Start:c.Span.End] != c.Text {
				t.Errorf("%q: got %q by %q (%s, headline %v), want %q by %q (%s)", tt.title, c.Text,
					c.Speaker.Name, c.Kind, c.Headline, w.text, w.speaker, w.kind)
			}
		}
	}
}

// TestHeadlineAlone checks that an article whose body only repeats its
// title (a feed item that is a headline) is read as a headline: no claim
// of its body, where "Flood warning lifted..." made "Flood" a speaker.
func TestHeadlineAlone(t *testing.T) {
	for _, h := range []string{"Flood warning lifted for the river valley", "Mayor says the new bridge will open in June",
		"Monsoon to hit Kerala by June 1, says IMD"} {
		for _, c := range ExtractArticle(h, h+"\n") {
			if !c.Headline {
				t.Errorf("%q: claim %q by %q read from the body", h, c.Text, c.Speaker.Name)
			}
		}
	}
}

// TestFragmentsNeedAnAttribution checks that quoted words inside the
// reporter's sentence that no one is said to speak are no claim: a scare
// quote, a term, a product's name, however long.
func TestFragmentsNeedAnAttribution(t *testing.T) {
	checkForms(t, []form{{
		name: "unattributed fragments",
		body: "The age of \"fake news\" began long before the election of 2016 and its long campaign.\n\n" +
			"Sales of the \"smartest phone anyone has ever been able to buy\" fell by half last year.\n\n" +
			"The mayor called the plan \"a disaster for every family in the city\" on Monday.",
		want: []want{{"a disaster for every family in the city", "The mayor", claims.Fragment}},
		none: []string{"fake news", "smartest phone anyone has ever been able to buy"},
	}})
}

// TestCalledByPeople checks that a word people are said to have called
// something stays their quote when a quantifier stands for them: "a
// call both called \"useful\"" is no name of the call.
func TestCalledByPeople(t *testing.T) {
	body := "President Trump and Russian President Vladimir Putin spoke for two hours in a call both called \u201cuseful,\" but offered no breakthrough."
	if find(Extract(body), "useful") == nil {
		t.Errorf("no claim \"useful\"; got %s", dump(Extract(body)))
	}
}

// TestAddedOpening checks a sentence that opens with a participle of
// saying and goes straight on to a quote: it goes on with the sentence
// before, whose speaker says it.
func TestAddedOpening(t *testing.T) {
	checkForms(t, []form{{name: "adding",
		body: "Bill Maher stated that the report \"wasn't good.\" Adding, \"Now, like with all scandals, what they actually do is never that bad.\"",
		want: []want{{"Now, like with all scandals, what they actually do is never that bad.", "Bill Maher", claims.Direct}}}})
}

// TestShortSentencesQuoted checks that a quote of short sentences, each
// opening with a capital, is speech and not a title, and that a story's
// paragraph whose first word only begins like a call to subscribe or
// share is no furniture.
func TestShortSentencesQuoted(t *testing.T) {
	checkForms(t, []form{{
		name: "short sentences quoted, a paragraph that opens with a furniture word's start",
		body: "Subscribers were angry about the price rise. \"Gone. Again,\" one reader posted on X.\n\n" +
			"Advertisements for the show ran for weeks, the network said.\n\n" +
			"Subscribe to our newsletter, the banner said.",
		want: []want{{"Gone. Again,", "one reader", claims.Direct},
			{"Advertisements for the show ran for weeks", "the network", claims.Indirect}},
		none: []string{"Subscribe to our newsletter"},
	}})
}

// TestQuestionsAsk checks that a yes-or-no question says nothing of what
// it asks about, in an interview or the reporter's own, while a question
// of why takes it as said, and a statement may end in a question it
// quotes.
func TestQuestionsAsk(t *testing.T) {
	checkForms(t, []form{{
		name: "questions",
		body: "Q: Did the council tell residents that the bridge would close?\n\n" +
			"Has the mayor said the budget would be cut?\n\n" +
			"Why had the mayor claimed that the budget was balanced?\n\n" +
			"The adviser suggested asking one question first: Would I still buy this next month?",
		want: []want{{"the budget was balanced", "the mayor", claims.Indirect},
			{"asking one question first: Would I still buy this next month", "The adviser", claims.Indirect}},
		none: []string{"the bridge would close", "the budget would be cut"},
	}})
}

// TestQuoteQualifiesNoun checks that words quoted between an article and
// a noun qualify the noun, as scare quotes do, and are no one's claim;
// a quote that ends a sentence of its own still is.
func TestQuoteQualifiesNoun(t *testing.T) {
	checkForms(t, []form{{
		name: "a quote before a noun",
		body: "The film leans on the \"hero saves the day\" formula that critics mocked in the review.\n\n" +
			"The mayor defended the \"pay as you go\" model, the council said.\n\n" +
			"\"We will pay as we go,\" the mayor said.",
		want: []want{{"We will pay as we go,", "the mayor", claims.Direct}},
		none: []string{"hero saves the day", "pay as you go"},
	}})
}

// TestComparedSaying checks that a verb of saying after "than" compares
// with what someone says, and says nothing itself; a count after "more
// than" still speaks.
func TestComparedSaying(t *testing.T) {
	checkForms(t, []form{{
		name: "than",
		body: "A claim that the tunnel costs less than the transit agency says it does could sink the mayor's plan.\n\n" +
			"More than six in 10 riders said the trains were late most days.",
		want: []want{{"the trains were late most days", "More than six in 10 riders", claims.Indirect}},
		none: []string{"it does could sink the mayor's plan"},
	}})
}
