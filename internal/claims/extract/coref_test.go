package extract

import (
	"claimtrack/internal/claims"
	"testing"
)

// TestTheyForPeople checks that "they" stands for people before a body
// named near them: those a plural noun phrase names ("Several Democrats"),
// a sentence's plural subject of no speaker list ("The security
// contractors"), or a pair of names ("Ms. Epstein, along with Judge
// Posner"). A group no single speaker is leaves the claim unattributed.
func TestTheyForPeople(t *testing.T) {
	tests := []struct {
		name, body, claim, notSpeaker string
		unnamed                       bool   // no one name speaks for them
		text                          string // the speaker as written: "they", or the people a plural noun for people names
	}{
		{"a plural noun phrase",
			"Several Democrats cautioned against drawing lessons from the vote, saying immigration was a bigger problem in Britain and the European Union. " +
				"They also said many British voters were revolting against Brussels.",
			"many British voters were revolting against Brussels", "European Union", false, "They"},
		{"a plural subject of no speaker list",
			"The CIA base in Benghazi was quiet that night.\n\n" +
				"The security contractors assembled their weapons and jumped into vehicles. Bob, they said, ordered them to wait.",
			"Bob ordered them to wait", "CIA", true, "The security contractors"},
		{"a pair of names",
			"Ms. Lee Epstein, along with Judge Richard A. Posner of the United States Court of Appeals for the Seventh Circuit and " +
				"William M. Landes, a law professor at the University of Chicago, wrote an assessment of business cases. " +
				"In it, they conclude that four of the justices friendliest to business are now on the court.",
			"four of the justices friendliest to business are now on the court", "United States Court of Appeals", true, "they"},
		{"a collective noun with no plural ending",
			"A spokesman for the Department for Environment said it had spent more on defences. " +
				"Police said a man had been rescued from a car. He was taken to hospital as a precaution, they said.",
			"He was taken to hospital as a precaution", "Department for Environment", false, "they"},
		{"a body named only to qualify a noun",
			"The GOP contenders agree that decisions on testing should be left to states. " +
				"They denounced the administration's promotion of the Common Core standards through grants.",
			"the administration's promotion of the Common Core standards through grants", "GOP", false, "They"},
		{"a body named only to qualify a noun that is a verb too",
			"Carly Fiorina spoke during the second GOP debate.\n\nThey said the questions had been unfair.",
			"the questions had been unfair", "GOP", false, "They"},
	}
	for _, tt := range tests {
		got := Extract(tt.body)
		c := find(got, tt.claim)
		switch {
		case c == nil:
			t.Errorf("%s: no claim %q:%s", tt.name, tt.claim, dump(got))
		case c.Speaker.Name == tt.notSpeaker || c.Speaker.Text != tt.text:
			t.Errorf("%s: speaker %q (%q), want %q", tt.name, c.Speaker.Name, c.Speaker.Text, tt.text)
		case tt.unnamed && c.Speaker.Name != "":
			t.Errorf("%s: speaker %q, want none: no one speaker is the group", tt.name, c.Speaker.Name)
		}
	}
}

// TestTheyFits checks how well "they" fits each kind of entity: a group of
// people best, a body named as a subject less, a body named only after
// "the" or only to qualify a noun, and a person, not.
func TestTheyFits(t *testing.T) {
	for _, tt := range []struct {
		e    entity
		want float64
	}{
		{entity{kind: kindGroup}, 1},
		{entity{kind: kindOrg, subject: true}, 0.5},
		{entity{kind: kindOrg}, 0}, // named only to qualify a noun: "the GOP debate"
		{entity{kind: kindOrg, subject: true, nominal: true}, 0},
		{entity{kind: kindPerson}, 0},
	} {
		if got := fits(&tt.e, 0, true); got != tt.want {
			t.Errorf("fits(%+v, they) = %v, want %v", tt.e.kind, got, tt.want)
		}
	}
	body := "The union met on Monday. They said the strike would go on."
	if c := find(Extract(body), "the strike would go on"); c == nil || c.Speaker.Text != "They" {
		t.Errorf("no claim of \"They\":%s", dump(Extract(body)))
	}
}

// TestGenderPastADescription checks that "X, <description set off by
// commas>, said he" tells X's gender as "X said he" does.
func TestGenderPastADescription(t *testing.T) {
	body := "House Speaker Paul Ryan told CNN that the comments showed bias.\n\n" +
		"Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees with the remarks. " +
		"The Vermont senator declined to say more. But he told ABC that Trump is a total opportunist."
	got := Extract(body)
	if c := find(got, "Trump is a total opportunist"); c == nil || c.Speaker.Name != "Bernie Sanders" {
		t.Errorf("not Sanders':%s", dump(got))
	}
}

// TestItForADocument checks that "it" after a document the sentences
// name is the document (shown as written when no one issued it), not an
// organisation named before it, and that an
// organisation named only as a listener or an owner a sentence back is
// not what "it" stands for: the claim goes to no one (its speaker is the
// pronoun as written) rather than to the wrong body. "it" after a body
// named last is still the body's; "the company" refers back to a
// business, never to a public body.
func TestItForADocument(t *testing.T) {
	checkForms(t, []form{
		{name: "a report after a body",
			body: "The Securities and Exchange Commission requires companies to report their subsidiaries. " +
				"Many companies split them up, the report says. It also points out that the penalties are light.",
			want: []want{{"the penalties are light", "the report", claims.Indirect}}},
		{name: "a statement after a body: whoever put it out",
			body: "Donald Trump spoke on Wednesday. The Supreme Court heard the case in March. Trump's campaign put out a statement contradicting his comments. " +
				"In cases of abortion, it said, the woman is a victim.\n\n" +
				"A coalition of 40 groups sent a letter urging Congress to act. \"Congress has failed to act,\" it read.",
			want: []want{{"In cases of abortion the woman is a victim", "Donald Trump's campaign", claims.Indirect},
				{"Congress has failed to act,", "A coalition of 40 groups", claims.Direct}}},
		{name: "a listener a sentence back",
			body: "Rachel Reeves spoke after the decision. Speaking to the BBC on Friday, she said she would not gamble with mortgages. " +
				"The central bank's next decision is due on June 20, it said.",
			want: []want{{"The central bank's next decision is due on June 20", "it", claims.Indirect}}},
		{name: "a company described, then the statement it said something in",
			body: "Prosecutors say the aide steered three city contracts to Harbor Point LLC, whose owner gave money to the campaign. " +
				"The company has denied wrongdoing. In a statement, it said it won every contract on the merits.",
			want: []want{{"it won every contract on the merits", "Harbor Point LLC", claims.Indirect}}},
		{name: "a company is no public body",
			body: "Tesla was fined by the Securities and Exchange Commission last year. The company said it had named two new directors.",
			want: []want{{"it had named two new directors", "Tesla", claims.Indirect}}},
		{name: "a company is no public service",
			body: "The National Weather Service said the storm had weakened. The company said 1,200 line workers were in place.",
			want: []want{{"1,200 line workers were in place", "The company", claims.Indirect}}},
		{name: "a company is no airport",
			body: "Flights were cancelled. At Calgary International Airport, travellers waited. The company said refunds would be available.",
			want: []want{{"refunds would be available", "The company", claims.Indirect}}},
		{name: "a company is the business before a union and an airport",
			body: "WestJet cancelled 400 flights. The Air Line Pilots Association said its members had no choice. " +
				"At Calgary International Airport, travellers waited. The company said refunds would be available.",
			want: []want{{"refunds would be available", "WestJet", claims.Indirect}}},
		{name: "a body by a word of its name before the noun",
			body: "Interior Health said it had followed all reporting rules. \"Patient safety is our highest priority,\" the health authority said.",
			want: []want{{"Patient safety is our highest priority,", "Interior Health", claims.Direct}}},
		{name: "a department named by its portfolio and province",
			body: "Manitoba Infrastructure said in a statement that it had notified local officials. The department said it was reviewing how warnings are shared.",
			want: []want{{"it was reviewing how warnings are shared", "Manitoba Infrastructure", claims.Indirect}}},
		{name: "an agency is no business",
			body: "The economy added 76,000 jobs, Statistics Canada said on Friday. The unemployment rate fell to 6.5 per cent. Economists had expected a smaller gain. " +
				"\"This is a very strong report,\" said Doug Porter, chief economist at BMO Capital Markets. " +
				"But he cautioned that monthly job numbers can swing widely. Most of the gains were in part-time work, the agency said.",
			want: []want{{"Most of the gains were in part-time work", "the agency", claims.Indirect}}},
		{name: "a company is no union",
			body: "The Air Line Pilots Association said its members had no choice. The company said refunds would be available.",
			want: []want{{"refunds would be available", "The company", claims.Indirect}}},
		{name: "the speaker, not the body its statement is about",
			body: "Air Canada said it would cancel flights. The Air Line Pilots Association, which represents 5,200 Air Canada pilots, " +
				"said the airline was trying to pressure its members. It said pilots were ready to reach a deal.",
			want: []want{{"pilots were ready to reach a deal", "Air Line Pilots Association", claims.Indirect}}},
		{name: "a body with no document after it",
			body: "The Business Council of British Columbia opposed an increase. It said the tax should stay at the current level.",
			want: []want{{"the tax should stay at the current level", "Business Council of British Columbia", claims.Indirect}}},
	})
}

// TestHeAfterUnlike checks that a person set against the subject by
// "unlike" is not the one "he" stands for.
func TestHeAfterUnlike(t *testing.T) {
	checkForms(t, []form{{name: "unlike",
		body: "Ragheb Al Turkmani came to Canada from Jordan with his family.\n\n" +
			"Unlike Mohammad Al Mnajer, he has been unable to find work. \"My study comes afterwards,\" he said.",
		want: []want{{"My study comes afterwards,", "Ragheb Al Turkmani", claims.Direct}}}})
}

// TestHeAfterAClauseThatSetsTheScene checks that a person named, and
// quoted, in a clause that opens a sentence before its main clause
// ("Although Trump has tweeted ..."), past a dashed aside, is not whom
// "he" in the next sentence stands for: the spokesman quoted before is.
func TestHeAfterAClauseThatSetsTheScene(t *testing.T) {
	checkForms(t, []form{{name: "although, with a dashed aside",
		body: "Mayor Richard Cole's office is under review.\n\n" +
			"Hospital spokesman Omar Price said the clinic received about 400 complaints. Although Cole has repeatedly posted that " +
			"there was \"no crisis\" and \"crisis\" was among the words heard most -- along with \"backlog\" -- its use " +
			"should not be read as a political statement. Rather, patients were just tired of waiting, he said.",
		want: []want{{"Rather, patients were just tired of waiting", "Omar Price", claims.Indirect}}}})
}

// TestHeAfterASetOffSpeaker checks that a name set off after the role
// that speaks ("The Greens' housing spokesperson, Max Chandler-Mather,
// said") is the speaker "he" goes to next, not a man quoted a paragraph
// before; but a name set off inside a phrase after a preposition ("a
// survey by a pollster, Pavel Sidorov, concluded") is no verb's speaker.
func TestHeAfterASetOffSpeaker(t *testing.T) {
	checkForms(t, []form{{name: "set off",
		body: "Speaking to ABC Radio, Mr Anthony Albanese said the government had no plans. \"Our focus is on homes,\" he said.\n\n" +
			"The Greens' housing spokesperson, Max Chandler-Mather, said the decision was a betrayal. \"Labor is protecting investors,\" he told reporters.",
		want: []want{{"Labor is protecting investors,", "Max Chandler-Mather", claims.Direct}}}})
	for _, c := range []struct {
		text, name string
		speaks     bool
	}{
		{"The party's housing spokesperson, Max Hill, said the plan had failed.", "Max Hill", true},
		{"Voters admire him, a survey by a well-known pollster, Pavel Sidorov, concluded this year.", "Pavel Sidorov", false},
		{"A historian at Bowdin College, Robin Alder, said such races were rare.", "Robin Alder", true},
		{"The state's attorney general, Tom Vance, said his office would appeal.", "Tom Vance", true},
	} {
		folded := foldASCII(c.text)
		p := paragraphs(c.text, folded, new([]para))[0]
		scanQuotes(c.text, p)
		tokenize(c.text, folded, p, nil)
		splitSentences(p)
		found := false
		for _, m := range findMentions(p) {
			if m.text == c.name {
				found = true
				if got := speaks(p, m); got != c.speaks {
					t.Errorf("%q: %s speaks = %v, want %v", c.text, c.name, got, c.speaks)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.text, c.name)
		}
	}
}

// TestHeInHisParagraph checks that "he said" is the person who speaks or
// acts earlier in its own paragraph, though the name tells no gender and
// a man named a paragraph before does; and not when that name only opens
// the name of a body ("Sandy Hook" of "Sandy Hook Elementary School") or
// signs a letter.
func TestHeInHisParagraph(t *testing.T) {
	checkForms(t, []form{{name: "a name of either gender",
		body: "\"The wind will turn tonight,\" fire Capt. Ruben Ortiz said.\n\n" +
			"County Sheriff Jordan Reyes urged drivers to stay off the canyon roads. \"If you are told to leave, leave,\" he said.",
		want: []want{{"If you are told to leave, leave,", "Jordan Reyes", claims.Direct}}},
		{name: "a body's name cut short",
			body: "Sen. Chris Murphy visited Sandy Hook Elementary School in 2013.\n\n" +
				"\"I was handed a mission,\" Murphy said.\n\n" +
				"Sandy Hook was not just a tragedy for the nation. \"It changed my life,\" he added.",
			want: []want{{"It changed my life,", "Chris Murphy", claims.Direct}}},
		{name: "someone no name stands for speaks in the pronoun's paragraph",
			body: "The landlord's lawyer, Rosa Quill, said the lease was valid. \"We followed the law,\" she said.\n\n" +
				"A tenant said she had paid rent for six years. \"Nobody ever told us the building was sold,\" she said.",
			want: []want{{"Nobody ever told us the building was sold,", "A tenant", claims.Direct}}},
		{name: "someone no name stands for speaks past a relative clause",
			body: "The landlord's lawyer, Rosa Quill, said the lease was valid. \"We followed the law,\" she said.\n\n" +
				"A neighbor, who asked not to be named because she feared reprisals, said she heard shouting on the stairs. \"I locked my door and called my son,\" she said.",
			want: []want{{"I locked my door and called my son,", "A neighbor", claims.Direct}}},
		{name: "a councillor's and a challenger's roles refer back to them, and so does the pronoun after",
			body: "Incumbent councillor Mark Tessier and challenger Raj Gill clashed Tuesday night over housing.\n\n" +
				"Gill disputed the figure. \"Building for investors is not a housing strategy,\" Gill said.\n\n" +
				"The councillor shot back that Gill had no experience in government. \"It's easy to criticize from the sidelines,\" he said.\n\n" +
				"Asked about transit, the challenger said he would push for a new bus route.",
			want: []want{{"Gill had no experience in government", "Mark Tessier", claims.Indirect},
				{"It's easy to criticize from the sidelines,", "Mark Tessier", claims.Direct},
				{"he would push for a new bus route", "Raj Gill", claims.Indirect}}},
		{name: "\"said one\" is someone unnamed, not whom the paragraph before named",
			body: "Finance Minister Nate Horner said the tax was needed to pay for road repairs.\n\n" +
				"Some drivers were less sympathetic. \"I'm going to miss my daughter's recital,\" said one, who would not give her name.",
			want: []want{{"I'm going to miss my daughter's recital,", "one", claims.Direct}}},
		{name: "a relative the sentence opens with, whom no name stands for",
			body: "Rose Antonelli's husband, Sal, died in 2009. Her son said the store had kept her going. \"After Dad died, this was what got her up in the morning,\" he said.",
			want: []want{{"After Dad died, this was what got her up in the morning,", "Her son", claims.Direct}}},
		{name: "a relative of someone named, opening the sentence",
			body: "\"We never stopped believing,\" his sister, Ana Mendoza, said.\n\nCarlos Mendoza's mother said she had prayed every night. \"God brought my son home,\" she said.",
			want: []want{{"God brought my son home,", "Carlos Mendoza's mother", claims.Direct}}},
		{name: "but a relative named after a comma and \"the\"",
			body: "Elliott's father, the Rev. Charles Elliott Jr., knew Muhammad Ali for decades. \"He gave and never told anyone,\" he said.",
			want: []want{{"He gave and never told anyone,", "Charles Elliott Jr.", claims.Direct}}},
		{name: "but a relative named beside the noun",
			body: "Ewan MacLeod kept the light for thirty years.\n\nHis daughter Fiona grew up in the keeper's cottage. \"He'd go up when we were hiding under the blankets,\" she said.",
			want: []want{{"He'd go up when we were hiding under the blankets,", "Fiona", claims.Direct}}},
		{name: "nor a relative only described",
			body: "Abode's chief executive, Louis Chicoine, started working there in 1999. His father was an early engineer at Sprint, and the industry gave him an idea.\n\n\"We looked to Cisco and Intel,\" he told me.",
			want: []want{{"We looked to Cisco and Intel,", "Louis Chicoine", claims.Direct}}},
		{name: "the one a first-person reporter asks",
			body: "A spokesperson, Tina Lovgreen, said in an email that the agency has no plans to cut service.\n\n" +
				"I asked Pauline Okoro whether she ever feels unsafe. She shrugged. \"Sometimes,\" she said. \"But mostly I feel useful.\"",
			want: []want{{"But mostly I feel useful.", "Pauline Okoro", claims.Direct}}},
		{name: "a letter's signature",
			body: "Dale Pruitt says he will not pay the fee.\n\n" +
				"Robin Hale.\n\n" +
				"Everyone can see through this. \"He knows the fee is unfair,\" he wrote.",
			want: []want{{"He knows the fee is unfair,", "Dale Pruitt", claims.Direct}}},
	})
}

// TestQuoteInsideAStatement checks that words quoted in lower case inside
// a reported statement are the reporter's source's, not the subject's of a
// verb that is no verb of saying inside it.
func TestQuoteInsideAStatement(t *testing.T) {
	got := Extract("Justice Jamie Campbell said Tuesday that Tyler Boone, 31, had shown \"a complete disregard for human life.\"")
	c := find(got, "a complete disregard for human life.")
	if c == nil || speakerOf(c) != "Jamie Campbell" {
		t.Errorf("the quote inside the judge's statement: want it the judge's; got %s", dump(got))
	}
}

// TestAfterAParticiple checks that a sentence opening with a participle's
// clause is about its main clause's subject: a pronoun inside the clause
// ("Asked whether she would stay") points ahead to her, and "she" in the
// next sentence is her, not the woman quoted before; past an irregular
// participle's clause ("Born in ...") and a description set off after it.
func TestAfterAParticiple(t *testing.T) {
	checkForms(t, []form{{name: "asked whether",
		body: "Gloria Hernandez told me the number was closer to 60.\n\nI spent three nights on the unit.\n\n" +
			"Asked whether she would stay another six years, Aisha Okafor laughed. \"Ask me after Christmas,\" she said.",
		want: []want{{"Ask me after Christmas,", "Aisha Okafor", claims.Direct}}},
		{name: "an irregular past, and a description set off after its clause",
			body: "\"Oliver was a gentleman and a genius,\" Jim West said.\n\n" +
				"Born in Little Burgundy, the same Montreal neighbourhood as Peterson, Oliver Jones began playing piano at age five. He once said he owed his career to Daisy Sweeney.",
			want: []want{{"he owed his career to Daisy Sweeney", "Oliver Jones", claims.Indirect}}}})
}

// TestTopicOwner checks that a sentence that opens with "her" or "his" is
// about the person the pronoun stands for, whom a quote with no
// attribution after it goes to: not the son the sentences before tell of.
// A quote in capitals is a headline, no one's words by topic.
func TestTopicOwner(t *testing.T) {
	checkForms(t, []form{{name: "her message",
		body: "Ann Lee now lives in a small bungalow with two dogs. There are no photos of her son Tom Lee on the walls. " +
			"She used to keep a shrine to him.\n\nBut her memories of him are vivid. How he was making his way, preparing to move to Moncton.\n\n" +
			"Her message now is simple: don't sell prescriptions.\n\n\"You don't know what that person took earlier.\"",
		want: []want{{"You don't know what that person took earlier.", "Ann Lee", claims.Direct}}}, {name: "a headline in capitals",
		body: "Premier Dana Holt will take over the talks.\n\n“FARMERS ASK WHO WILL PAY FOR THE DROUGHT” The province has seen no rain since May.",
		want: []want{{"FARMERS ASK WHO WILL PAY FOR THE DROUGHT", "", claims.Direct}}}})
}

// TestTheyForAPerson checks that "they" stands for a person the article
// says goes by it, rather than for the body named before.
func TestTheyForAPerson(t *testing.T) {
	checkForms(t, []form{{name: "they/them",
		body: "Jordan Ellis has volunteered at the Millbrook Public Library for a decade. Ellis, who uses they/them pronouns, said the cuts were shortsighted.\n\n" +
			"\"The library is the only place in town where you can sit without buying anything,\" they said.",
		want: []want{{"The library is the only place in town where you can sit without buying anything,", "Jordan Ellis", claims.Direct}}}})
}

// TestHeAfterSomeoneWhoWorksForABody checks that a pronoun after a quote
// of someone unnamed who works for a body ("A reporter for Agence
// France-Presse") goes to no one: not to the body named in the
// description, which nothing says is a person.
func TestHeAfterSomeoneWhoWorksForABody(t *testing.T) {
	body := "Police urged people to stay home.\n\nA reporter for Agence France-Presse called it \"absolute chaos.\"\n\n\"We saw people hit,\" he said."
	c := find(Extract(body), "We saw people hit,")
	if c == nil {
		t.Fatalf("no claim in %q; got %s", body, dump(Extract(body)))
	}
	if c.Speaker.Name != "" {
		t.Errorf("%q given to %q, want no one", c.Text, c.Speaker.Name)
	}
}

// TestHeAfterSomeoneWhoSpeaksForHim checks that a pronoun after the words
// of someone unnamed who speaks for a man named ("A spokesman for Tory
// said", "A former aide to Robert Menendez testified") goes to no one:
// the man is named to say whose they are, and does not speak. Nor does a
// woman named before a spokeswoman for a body ("She said" is the
// spokeswoman's).
func TestHeAfterSomeoneWhoSpeaksForHim(t *testing.T) {
	for _, tt := range []struct{ body, claim string }{
		{"Mayor John Tory unveiled the budget on Monday.\n\nA spokesman for Tory said the plan was final. \"It will not change,\" he said.",
			"It will not change,"},
		{"Senator Robert Menendez was charged in September.\n\nA former aide to Robert Menendez testified on Tuesday that he had seen gold bars.\n\n\"They were in the closet,\" he said.",
			"They were in the closet,"},
		{"The letter's organizers included Jennifer Doudna.\n\nA spokeswoman for the National Institutes of Health said the agency was committed to science. She said the cuts were aimed at waste.",
			"the cuts were aimed at waste"},
	} {
		c := find(Extract(tt.body), tt.claim)
		if c == nil {
			t.Errorf("no claim %q in %q", tt.claim, tt.body)
			continue
		}
		if c.Speaker.Name != "" {
			t.Errorf("%q given to %q, want no one", tt.claim, c.Speaker.Name)
		}
	}
}

// TestTitleTellsGender checks that a peer's title tells the gender a
// pronoun after the name needs ("Baroness Finlay of Llandaff ... she
// said"), as "Mrs." and "Sir" do.
func TestTitleTellsGender(t *testing.T) {
	body := "Baroness Finlay of Llandaff, a palliative care doctor, said peers had a duty to scrutinise the bill. \"It is our job,\" she said."
	c := find(Extract(body), "It is our job,")
	if c == nil || c.Speaker.Name != "Finlay of Llandaff" {
		t.Errorf("want the quote Finlay of Llandaff's; got %s", dump(Extract(body)))
	}
}

// TestHisTellsGender checks that "his" later in the sentence a name opens,
// with only places between, makes a name no list genders a man, so that
// "he" next is his rather than a man named after him; "her" tells nothing
// ("Tan raised money for her challenger" is someone else's).
func TestHisTellsGender(t *testing.T) {
	checkForms(t, []form{{name: "his",
		body: "Foreign Minister Wang Yi spoke on Friday.\n\nWang met reporters in Beijing alongside his Brazilian counterpart, Mauro Vieira. He said the curbs were bullying.",
		want: []want{{"the curbs were bullying", "Wang Yi", claims.Indirect}}},
		{name: "not her",
			body: "Senator Alice Moreno faces a primary. Wei Tan has raised money for her challenger, lawyer Tom Reyes. \"Do not split the party,\" she said.",
			want: []want{{"Do not split the party,", "Alice Moreno", claims.Direct}}},
	})
}
