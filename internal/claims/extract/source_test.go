package extract

import (
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestReportedSources checks reported speech whose source is named after
// "according to" or "as reported by", or is a poll, report or document.
func TestReportedSources(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a paper is a document, past the aside that says where it was published",
			body: "The paper, published Tuesday in Nature Communications, argues that earlier models underestimated the thinning.",
			want: []want{{"earlier models underestimated the thinning", "The paper", claims.Indirect}},
		},
		{
			name: "a paper after a people's word and its trade, though its name is a given name",
			body: "Transfers are slow this summer.\n\n" +
				"Zubimendi has a release clause in his contract, according to Spanish newspaper Marca.\n\n" +
				"The deal is close, according to the Portuguese newspaper Record.\n\n" +
				"The fee is 60 million euros, Spanish newspaper Marca reported.",
			want: []want{{"Zubimendi has a release clause in his contract", "Marca", claims.Indirect},
				{"The deal is close", "Record", claims.Indirect},
				{"The fee is 60 million euros", "Marca", claims.Indirect}},
		},
		{
			name: "according to",
			body: "Finance Minister Ana Lopez met bankers.\n\nAccording to Lopez, the economy grew by three percent last year.\n\n" +
				"It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.\n\n" +
				"But according to reports in the news media, the adviser could not convince the family.\n\n" +
				"Clinton leads Sanders by 271 delegates according to a count by The Associated Press.\n\n" +
				"According to the latest Newspoll, published in The Australian on Sunday night, Labor leads the Coalition 57-43.\n\n" +
				"The tax has not driven banks away: London was the financial capital of the world in 2015, according to one global index.\n\n" +
				"Clinton is now well ahead of Trump 46 percent to 39 percent according to a CBS poll released Monday.\n\n" +
				"Car production fell 16.3 per cent last year according to the Society of Motor Manufacturers and Traders and sales have fallen since 2016.",
			want: []want{
				{"Car production fell 16.3 per cent last year", "Society of Motor Manufacturers and Traders", claims.Indirect},
				{"London was the financial capital of the world in 2015", "one global index", claims.Indirect},
				{"Clinton is now well ahead of Trump 46 percent to 39 percent", "CBS poll", claims.Indirect},
				{"the economy grew by three percent last year", "Ana Lopez", claims.Indirect},
				{"the mayor holds only 14 percent of the vote", "recent polls", claims.Indirect},
				{"the adviser could not convince the family", "reports in the news media", claims.Indirect},
				{"Clinton leads Sanders by 271 delegates", "a count by The Associated Press", claims.Indirect},
				{"Labor leads the Coalition 57-43", "the latest Newspoll", claims.Indirect},
			},
		},
		{
			name: "according to a body named after its noun: the name, not a body the noun could mean",
			body: "Bike traffic on Bloor Street doubled in two years, according to the advocacy group Cycle Toronto.\n\n" +
				"The economy grew by 5 per cent in the third quarter, according to the state news agency Xinhua.\n\n" +
				"Sales of electric cars rose sharply in the spring, according to the carmaker Tesla.",
			want: []want{
				{"Bike traffic on Bloor Street doubled in two years", "Cycle Toronto", claims.Indirect},
				{"The economy grew by 5 per cent in the third quarter", "Xinhua", claims.Indirect},
				{"Sales of electric cars rose sharply in the spring", "Tesla", claims.Indirect},
			},
		},
		{
			name: "according to people a name qualifies: the people, not the name; but according to a body's figures, the body",
			body: "Hillary Clinton spoke in Ohio. Xi Jinping stayed in Beijing.\n\n" +
				"The plan is late, according to Clinton aides.\n\nXi will visit Japan next year, according to Japanese officials.\n\n" +
				"The man was pronounced dead at the scene, according to Ottawa paramedics.\n\n" +
				"The war has displaced 12 million people, according to UN figures.",
			want: []want{
				{"The plan is late", "Clinton aides", claims.Indirect},
				{"The war has displaced 12 million people", "UN", claims.Indirect},                 // figures, though a word for people too, are the body's that put them out
				{"The man was pronounced dead at the scene", "Ottawa paramedics", claims.Indirect}, // people no noun of the lists heads
				{"Xi will visit Japan next year", "Japanese officials", claims.Indirect},
			},
		},
		{
			name: "an unnamed source after the cue: a person, not whom they are close to",
			body: "The talks ended on Friday.\n\n\"It is over,\" said one person familiar with the talks.\n\n\"The drop is real,\" said a person close to the Clintons.",
			want: []want{{"It is over,", "one person", claims.Direct},
				{"The drop is real,", "a person", claims.Direct}},
		},
		{
			name: "someone unnamed in a tag, a relative clause after the noun, before the verb or after it",
			body: "Water pooled on the street.\n\n\"It is fine,\" said a neighbour who lives nearby.\n\n" +
				"\"We have lived here 22 years,\" said a woman who gave her name only as Maria. \"The city told us the drains would fix this.\"\n\n" +
				"\"Should there be a database?\" a reporter can be heard asking the candidate.",
			want: []want{{"We have lived here 22 years,", "a woman", claims.Direct},
				{"The city told us the drains would fix this.", "a woman", claims.Direct},
				{"Should there be a database?", "a reporter", claims.Direct}},
		},
		{
			name: "two sources in one sentence: what the first says is not the second's",
			body: "Revenue rose 48% to $9.2 billion in the third quarter, according to a company filing, compared with an average estimate of $8.7 billion, according to LSEG data.",
			want: []want{{"Revenue rose 48% to $9.2 billion in the third quarter", "a company filing", claims.Indirect},
				{"compared with an average estimate of $8.7 billion", "LSEG", claims.Indirect}},
		},
		{
			name: "a possessive source speaks through what it owns, unless that is a document",
			body: "The rockets landed in open fields, according to Norway's Coastal Administration.\n\n" +
				"The ferry turned back twice, according to Estonia's Navy Command Staff.\n\n" +
				"The contract was never signed, according to Dana Morel's attorney.\n\n" +
				"Turnout fell for the third year running, according to Gallup's annual survey.",
			want: []want{
				{"The rockets landed in open fields", "Coastal Administration", claims.Indirect},
				{"The ferry turned back twice", "Navy Command Staff", claims.Indirect},
				{"The contract was never signed", "Dana Morel's attorney", claims.Indirect},
				{"Turnout fell for the third year running", "Gallup", claims.Indirect},
			},
		},
		{
			name: "a sentence that opens with its own speaker keeps it before a source at its end",
			body: "The bakery chain said sales would reach $80 million this year, above what lenders had forecast, according to figures from Harlow Data.\n\n" +
				"The Free State has long asked for new roads, according to a report by the Lantern Institute.",
			want: []want{{"sales would reach $80 million this year, above what lenders had forecast", "The bakery chain", claims.Indirect},
				{"The Free State has long asked for new roads", "Lantern Institute", claims.Indirect}},
		},
		{
			name: "a document whose author is set off after it finds what it finds; a speaker set off in the same way still says",
			body: "The audit, written by two former treasury staff, found that the fund had lost $3 million.\n\n" +
				"Ms. Ferro, now retired in Perth, said by telephone that the fund was sound.",
			want: []want{{"the fund had lost $3 million", "The audit", claims.Indirect},
				{"the fund was sound", "Ferro", claims.Indirect}},
		},
		{
			name: "a document brought in with words before its noun is its bringer's; a poll is its pollster's, and a pair's is no one's",
			body: "Mayor Lina Ortiz wrote in an internal memo that the pool would close. The memo said repairs would cost $2 million.\n\n" +
				"Senator Ray Holt leads in a new poll. The poll shows him ahead by six points.\n\n" +
				"Ana Ruiz and Tom Berg have filed a federal lawsuit against the city. The lawsuit says the fees were illegal.",
			want: []want{{"repairs would cost $2 million", "Lina Ortiz", claims.Indirect},
				{"him ahead by six points", "The poll", claims.Indirect},
				{"the fees were illegal", "The lawsuit", claims.Indirect}},
		},
		{
			name: "a document whose phrases end with a name before the verb is who speaks, through its sender",
			body: "A memo from Corvane Mining to its shareholders on Monday night said the mine would close in June.\n\n" +
				"An email from the Halden Trust to its staff on Friday said the fund would be wound up.",
			want: []want{{"the mine would close in June", "Corvane Mining", claims.Indirect},
				{"the fund would be wound up", "Halden Trust", claims.Indirect}},
		},
		{
			name: "a source's statement ends where another speaker says something in the reporter's voice, not at a past it reports",
			body: "Terry Chapman leads the paramedics' union.\n\n" +
				"According to EHS, the target is met in 90 per cent of cases but Chapman says that's not what the union is seeing.\n\n" +
				"According to the summary, Mills sent an email, and Mills and Clinton told investigators they were unaware.",
			want: []want{{"the target is met in 90 per cent of cases", "EHS", claims.Indirect},
				{"that's not what the union is seeing", "Terry Chapman", claims.Indirect},
				{"Mills sent an email, and Mills and Clinton told investigators they were unaware", "the summary", claims.Indirect}},
		},
		{
			name: "money, lives or votes claimed and goods recalled are taken, not said, and a finding about them is the finder's",
			body: "Greg Fergus left the caucus after an audit found he had claimed $40,000 in travel expenses he could not justify.\n\n" +
				"The fire claimed 12 lives. Smith claimed 500 people attended the rally.\n\n" +
				"Canadian Tire Corp. is recalling 80,000 space heaters sold under its Noma brand.",
			want: []want{{"he had claimed $40,000 in travel expenses he could not justify", "an audit", claims.Indirect},
				{"500 people attended the rally", "Smith", claims.Indirect}},
			none: []string{"12 lives", "$40,000 in travel expenses he could not justify", "80,000 space heaters sold under its Noma brand"},
		},
		{
			name: "a source set off inside a clause with a speaker of its own reports that speaker's words",
			body: "Robert Major drove the truck. Malcolm Gibson testified for the defence.\n\nAt 2,300 feet, according to Gibson, Major said he was able to see the stop sign.",
			want: []want{{"he was able to see the stop sign", "Robert Major", claims.Indirect}},
		},
		{
			name: "a name after a conjunction that opens a clause is its subject, not a document's sender",
			body: "Senator Ann Moss issued a statement after Gov. Carl Reyes told a town hall on Monday that the plan is \u201cdead,\u201d compared to what others said.",
			want: []want{{"the plan is \u201cdead,\u201d compared to what others said", "Carl Reyes", claims.Fragment}},
		},
		{
			name: "a poll named with a slash, as reported by",
			body: "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.\n\n" +
				"As reported by Western Journalism, the former secretary of state was told how to protect classified information.",
			want: []want{
				{"the two candidates are in a dead heat nationally", "Reuters/Ipsos poll", claims.Indirect},
				{"the former secretary of state was told how to protect classified information", "Western Journalism", claims.Indirect},
			},
		},
		{
			name: "according to X inside the statement, an aside opened by while, a new clause after and",
			body: "Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving business activity.\n\n" +
				"Protest groups say the restrictions are less for safety than to minimize their visibility, and the American Civil Liberties Union has sued the city.\n\n" +
				"The senator also says the email scandal, while troublesome, was dealt with appropriately.",
			want: []want{
				{"Among Supreme Court precedents at risk are 16 involving business activity", "Epstein", claims.Indirect},
				{"the restrictions are less for safety than to minimize their visibility", "Protest groups", claims.Indirect},
				{"the email scandal, while troublesome, was dealt with appropriately", "The senator", claims.Indirect},
			},
		},
		{
			name: "according to a source the finder does not know",
			body: "About 9.9 million single mothers live in the United States, according to federal statistics.",
			want: []want{{"About 9.9 million single mothers live in the United States", "federal statistics", claims.Indirect}},
		},
		{
			name: "reports no one is named for",
			body: "In total, the hackers have reportedly infiltrated more than 100 party officials and groups.\n\n" +
				"Reportedly, he made sympathetic comments to co-workers.\n\n" +
				"The senator said the club is reportedly spending $1.5 million on advertisements.",
			want: []want{
				{"the hackers have reportedly infiltrated more than 100 party officials and groups", "", claims.Indirect},
				{"he made sympathetic comments to co-workers", "", claims.Indirect},
				{"the club is reportedly spending $1.5 million on advertisements", "The senator", claims.Indirect}, // the senator's, not the reports'
			},
			only: true,
		},
		{
			name: "a document as the source",
			body: "Video of the incident shows him with his hands in the air before he was shot.",
			want: []want{{"him with his hands in the air before he was shot", "Video of the incident", claims.Indirect}},
		},
		{
			name: "documents as sources: a cue word as their noun, a place or time between, an analysis by its author, what a poll found people said",
			body: "More than 40 percent of that money arrived in February alone, new fundraising reports show.\n\n" +
				"Polls there show Trump is trailing Ted Cruz just ahead of the vote.\n\n" +
				"The costs would rise. Another slide shows that eight of 10 avocados are grown in Mexico.\n\n" +
				"Turnout hit a record this year, according to an analysis by the Pew Research Center.\n\n" +
				"A Quinnipiac University poll found that 74 percent of likely voters said Mr. Trump should release his tax returns.\n\n" +
				"The study tracked 2,900 workers. It found that 71 per cent of participants reported lower levels of burnout.",
			want: []want{
				{"More than 40 percent of that money arrived in February alone", "new fundraising reports", claims.Indirect},
				{"Trump is trailing Ted Cruz just ahead of the vote", "Polls", claims.Indirect},
				{"eight of 10 avocados are grown in Mexico", "Another slide", claims.Indirect}, // a slide names no one
				{"Turnout hit a record this year", "Pew Research Center", claims.Indirect},
				{"74 percent of likely voters said Mr. Trump should release his tax returns", "Quinnipiac University poll", claims.Indirect}, // the poll's finding
				{"71 per cent of participants reported lower levels of burnout", "The study", claims.Indirect},                               // "it" finds as a document does
			},
		},
		{
			name: "data or figures no mention holds, released by or from a body: the body's",
			body: "Patients waited 21 hours for a bed, according to data released Tuesday by Health Quality Ontario.\n\n" +
				"Car output fell 9 per cent, according to figures from the Society of Motor Manufacturers and Traders.",
			want: []want{
				{"Patients waited 21 hours for a bed", "Health Quality Ontario", claims.Indirect},
				{"Car output fell 9 per cent", "Society of Motor Manufacturers and Traders", claims.Indirect},
			},
		},
	})
}

// TestReportCited checks that a report its issuer's name qualifies is the
// issuer's, not that of whoever cites it: "Clinton is seizing upon a New
// York Times report that ..." reports what the Times found.
func TestReportCited(t *testing.T) {
	got := Extract("Clinton is seizing upon a New York Times report that Trump had a net loss of more than $915 million in 1995.")
	c := find(got, "Trump had a net loss of more than $915 million in 1995")
	if c == nil || !strings.HasPrefix(c.Speaker.Name, "New York Times") {
		t.Errorf("want the report's; got %s", dump(got))
	}
}

// TestDocumentSeenBy checks that a document someone has read or obtained
// speaks for itself, not for its reader: "A memo seen by Reuters said",
// "emails combed through by Vox suggest", "A letter from the American
// Legion obtained by The Associated Press warns" (the Legion's).
func TestDocumentSeenBy(t *testing.T) {
	got := Extract("A letter from the American Legion obtained by The Associated Press warns that the emblem may not be used.\n\n" +
		"Other leaked emails combed through by Vox suggest that the host places business first.")
	for text, not := range map[string]string{"the emblem may not be used": "Associated Press", "the host places business first": "Vox"} {
		if c := find(got, text); c == nil || strings.Contains(c.Speaker.Name+c.Speaker.Text, not) {
			t.Errorf("want %q no claim of %s; got %s", text, not, dump(got))
		}
	}
	if c := find(got, "the emblem may not be used"); c == nil || c.Speaker.Name != "American Legion" {
		t.Errorf("want the letter the American Legion's; got %s", dump(got))
	}
}

// TestIssuerBeforeItsWords checks that "from" or "by" after a document's
// verb is part of what it says, not who issued it: "Polls show that most
// Greenlanders favour independence from Denmark" is the polls', and "The
// emails show Labott took directions from Philippe Reines" the emails'.
func TestIssuerBeforeItsWords(t *testing.T) {
	checkForms(t, []form{{name: "a preposition in the document's words",
		body: "Denmark said so.\n\nPolls show that most Greenlanders favour independence from Denmark.\n\n" +
			"The emails show Labott took directions from Clinton staffer Philippe Reines.",
		want: []want{{"most Greenlanders favour independence from Denmark", "Polls", claims.Indirect},
			{"Labott took directions from Clinton staffer Philippe Reines", "The emails", claims.Indirect}},
	}})
}

// TestFiledDocuments checks that a lawsuit or a class action filed on a
// day, or in a court, is what alleges, not the day's words nor the court.
func TestFiledDocuments(t *testing.T) {
	checkForms(t, []form{{name: "filed on a day, named without a preposition",
		body: "Grocers face a new suit.\n\nA class action filed Monday alleges the grocers fixed prices.",
		want: []want{{"the grocers fixed prices", "A class action", claims.Indirect}},
	}})
}

// TestCompanyNamedInARole checks that "the company" after a chief
// executive named with the company's name in their role is that company,
// though its own name comes only later, and not another body named after
// it whose name holds a trade's word ("Air Passenger Rights").
func TestCompanyNamedInARole(t *testing.T) {
	checkForms(t, []form{{name: "the company in a role, not a body named later",
		body: "Airline apologizes\n\nWestJet chief executive Alexis von Hoensbroech apologized on Monday.\n\n" +
			"The company said most passengers had been rebooked.\n\n" +
			"Gábor Lukács, president of Air Passenger Rights, said the airline was hiding. He said WestJet owed passengers $1,000 each.",
		want: []want{{"most passengers had been rebooked", "WestJet", claims.Indirect}},
	}, {name: "no body named only after the description",
		body: "Airline apologizes\n\nThe airline's chief executive, Alexis von Hoensbroech, apologized after the airline cancelled 400 flights.\n\n" +
			"\"We let our guests down,\" von Hoensbroech said. He said the cancellations were caused by a software failure.\n\n" +
			"The company said most passengers had been rebooked. It said it would compensate travellers.\n\n" +
			"Gábor Lukács, president of Air Passenger Rights, said the airline was hiding. Lukács said passengers were owed $1,000 each.\n\n" +
			"Chrystia Freeland said she expected WestJet to do right by every passenger.",
		want: []want{{"most passengers had been rebooked", "The company", claims.Indirect}},
	}})
}

// TestWhoAfterPartyTag checks that "who" after a lawmaker's party tag is
// the lawmaker ("Sen. Claire McCaskill, D-Mo., who"), not the tag, and
// that "all of whom" after a list of names is no one of them.
func TestWhoAfterPartyTag(t *testing.T) {
	checkForms(t, []form{{name: "the lawmaker, not the tag; all of a list, not its last",
		body: "Kasich sent a surrogate.\n\nHe was represented by Gov. Tom Otter (R-Idaho), an early endorser, who said Western states mattered.\n\n" +
			"Corker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio (R-Fla.), all of whom said the deal was flawed.",
		want: []want{{"Western states mattered", "Tom Otter", claims.Indirect}, {"the deal was flawed", "all of whom", claims.Indirect}},
	}})
}
