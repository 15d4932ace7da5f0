package extract

import (
	"slices"
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestSpeakerNames checks the names speakers are given: a body's without
// the reporter's words before it, a campaign by its one candidate's full
// name; and that what only describes a name is no part of it (a hyphened
// modifier, a time before a group, a role before a name no list gives a
// gender).
func TestSpeakerNames(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a surname that is a word of grammar speaks, after a name set off with \"who\" brought it in",
			body: "Democrats had little credibility, said Al From, who helped found the DLC.\n\n" +
				"Many Americans saw the Democrats as \"the party of big government,\" From said. \"Our challenge was: How do you tackle those problems?\"",
			want: []want{{"Our challenge was: How do you tackle those problems?", "Al From", claims.Direct}},
		},
		{
			name: "a poll, an office and a campaign",
			body: "Hillary Clinton spoke in Iowa.\n\nThe Clinton campaign said the rally was a success.\n\n" +
				"A fresh CNN-ORC poll found that Clinton leads by five points.\n\n" +
				"The nonpartisan Congressional Budget Office said the plan would cost $1 trillion.",
			want: []want{{"the rally was a success", "Hillary Clinton's campaign", claims.Indirect},
				{"Clinton leads by five points", "CNN-ORC poll", claims.Indirect},
				{"the plan would cost $1 trillion", "Congressional Budget Office", claims.Indirect}},
		},
		{
			name: "a pronoun no one is named for shows as the pronoun, without the verb contracted with it",
			body: "If, as I've suggested, he and other developers benefit from the rules, he has proposed nothing that would raise his taxes.",
			want: []want{{"If he and other developers benefit from the rules, he has proposed nothing that would raise his taxes", "I", claims.Indirect}},
		},
		{
			name: "a surname that is a pronoun's word, capitalised in mid-sentence",
			body: "Commerce Ministry spokesperson He Yadong said the rules violated trade norms. He said China would respond.",
			want: []want{{"the rules violated trade norms", "He Yadong", claims.Indirect}, {"China would respond", "He Yadong", claims.Indirect}},
		},
		{
			name: "a given name of the dictionary opening a sentence before a surname no dictionary holds",
			body: "McIntosh wins.\n\nSummer McIntosh won her third gold medal on Wednesday.\n\n\"I did not expect the record,\" the 18-year-old said.",
			want: []want{{"I did not expect the record,", "Summer McIntosh", claims.Direct}},
		},
		{
			name: "a given name that is a verb too, opening a sentence before a surname that is a word too, with \"who\" set off after them",
			body: "Search planned.\n\nSue Caribou, who runs a search group, said volunteers would search the area on the weekend.",
			want: []want{{"volunteers would search the area on the weekend", "Sue Caribou", claims.Indirect}},
		},
		{
			name: "and with a description of a person set off after them",
			body: "Ads planned.\n\nGuy Cecil, the group's chief strategist, said the group might run ads against Mr. Trump.",
			want: []want{{"the group might run ads against Mr. Trump", "Guy Cecil", claims.Indirect}},
		},
		{
			name: "a trade's compound before a name is no part of it",
			body: "Botox-maker Allergan said it would move to Ireland.\n\nChip-maker Intel said it would cut jobs.",
			want: []want{{"it would move to Ireland", "Allergan", claims.Indirect}, {"it would cut jobs", "Intel", claims.Indirect}},
		},
		{
			name: "a news agency by its name and nouns, not the reporter's words nor the owner before them, though a place bears its name",
			body: "Kim left for China on Monday, North Korea's state-run KCNA news agency said.\n\n" +
				"Iran would respond to any attack, the semi-official Tasnim news agency said.\n\n" +
				"The talks were productive and useful, the official Xinhua news agency reported.",
			want: []want{{"Kim left for China on Monday", "KCNA news agency", claims.Indirect},
				{"Iran would respond to any attack", "Tasnim news agency", claims.Indirect},
				{"The talks were productive and useful", "Xinhua news agency", claims.Indirect}},
		},
		{
			name: "a poll named by its month alone names no pollster, nor a party's word a government",
			body: "A June poll found that turnout would fall.\n\nA Republican administration said the rates would stay low.",
			want: []want{{"turnout would fall", "A June poll", claims.Indirect},
				{"the rates would stay low", "A Republican administration", claims.Indirect}},
		},
		{
			name: "a person's campaign by its noun alone, not the reporter's words before it; but another owner's stays whole",
			body: "Donald Trump spoke in Ohio.\n\nDonald Trump's overtly racist campaign said the rally was a success.\n\n" +
				"Bill Clinton spoke in Iowa. Bill Clinton's wife's presidential campaign said the crowd was large.",
			want: []want{{"the rally was a success", "Donald Trump's campaign", claims.Indirect},
				{"the crowd was large", "Bill Clinton's wife's presidential campaign", claims.Indirect}},
		},
		{
			name: "a surname after a paper's name, with no comma between",
			body: "Donald Trump's recent gains worry allies.\n\nIn a meeting with the editorial board of the Washington Post Trump said that NATO may need to shrink.",
			want: []want{{"NATO may need to shrink", "Donald Trump", claims.Indirect}},
		},
		{
			name: "a time phrase between the subject and the cue",
			body: "Chairman Trey Gowdy earlier in the day said the panel had made real progress.",
			want: []want{{"the panel had made real progress", "Trey Gowdy", claims.Indirect}},
		},
		{
			name: "in the past, between the subject and the cue",
			body: "Al Gore has kept his silence.\n\nAl Gore's friends have in the past said he was staying quiet to keep climate change an issue.",
			want: []want{{"he was staying quiet to keep climate change an issue", "Al Gore's friends", claims.Indirect}},
		},
		{
			name: "a body's name before where it is",
			body: "The Neskantaga First Nation in northern Ontario said the water plant had failed again.",
			want: []want{{"the water plant had failed again", "Neskantaga First Nation", claims.Indirect}},
		},
		{
			name: "a given name alone joins no name that only modifies a noun",
			body: "Trump may speak in the Cleveland Browns football stadium.\n\nCleveland said the convention would bring in $200 million.",
			want: []want{{"the convention would bring in $200 million", "Cleveland", claims.Indirect}},
		},
		{
			name: "a department by the word before its noun",
			body: "The State Department released more emails on Friday.\n\nState said it would take two months to catch up.",
			want: []want{{"it would take two months to catch up", "State Department", claims.Indirect}},
		},
		{
			name: "two people of the surname: the campaign stays as written",
			body: "Hillary Clinton spoke in Iowa, and Bill Clinton spoke in Ohio.\n\nThe Clinton campaign said the rallies were a success.",
			want: []want{{"the rallies were a success", "Clinton campaign", claims.Indirect}},
		},
		{
			name: "letters after a name for a seat or an honour",
			body: "Jane Smith MP said the bill was a disgrace.\n\nProsecutor Nadia Qureshi KC told the jury that the money was gone.",
			want: []want{{"the bill was a disgrace", "Jane Smith", claims.Indirect},
				{"the money was gone", "Nadia Qureshi", claims.Indirect}},
		},
		{
			name: "a name whose words a slash joins",
			body: "Bodø/Glimt said in a statement that it was sad to see him go.\n\nA new CNN/ORC poll found that Mr. Trump leads by 16 points.",
			want: []want{{"it was sad to see him go", "Bodø/Glimt", claims.Indirect},
				{"Mr. Trump leads by 16 points", "CNN/ORC poll", claims.Indirect}},
		},
		{
			name: "a regal title and the given name, after the name in full",
			body: "Saudi Crown Prince Mohammed bin Salman met Syria's president in Riyadh on Sunday.\n\nPrince Mohammed said the kingdom would support the Syrian people's choice.",
			want: []want{{"the kingdom would support the Syrian people's choice", "Mohammed bin Salman", claims.Indirect}},
		},
		{
			name: "a body's name joined by \"and\" after a word of ordinary words joined by a hyphen",
			body: "The Canadian Radio-television and Telecommunications Commission said it would investigate.",
			want: []want{{"it would investigate", "Canadian Radio-television and Telecommunications Commission", claims.Indirect}},
		},
		{
			name: "a body by its name without the word for its premises",
			body: "She led the department of surgery at St. Michael's Hospital from 1994 to 2006.\n\n" +
				"St. Michael's said in a statement that it would name a lecture hall in her honour.",
			want: []want{{"it would name a lecture hall in her honour", "St. Michael's Hospital", claims.Indirect}},
		},
		{
			name: "a title many bear and the given name, after the one name in full it opens, with no such title",
			body: "Mohamed bin Zayed, president of the United Arab Emirates, pledged $4.5 billion. Sheikh Mohamed said the money would unlock investment.\n\n" +
				"Prince Harry visited Harry Kane at the ground. Prince Harry said the visit was a joy.",
			want: []want{{"the money would unlock investment", "Mohamed bin Zayed", claims.Indirect},
				{"the visit was a joy", "Prince Harry", claims.Indirect}},
		},
		{
			name: "a modifier, a time and a role before the name",
			body: "\"How much worse could it get?\" said Florida-based Republican strategist Al Cardenas.\n\n" +
				"It has been three years since Republicans vowed to court Latinos.\n\n" +
				"The Seattle-based International Pacific Halibut Commission said the catch would fall.",
			want: []want{{"How much worse could it get?", "Al Cardenas", claims.Direct},
				{"to court Latinos", "Republicans", claims.Indirect},
				{"the catch would fall", "International Pacific Halibut Commission", claims.Indirect}},
		},
		{
			name: "a name that ends in 's, and a possessive inside a body's name",
			body: "McDonald's said the decision was final.\n\n" +
				"The stores will close, said Moody's.\n\n" +
				"A spokeswoman for the Alzheimer's Association said the group recommends walking.\n\n" +
				"The Children's Hospital of Philadelphia said the ward would open.\n\n" +
				"Trump's Justice Department said the case was closed.\n\n" +
				"China's Foreign Ministry said the talks had failed.\n\n" +
				"Trump's claim that the election was rigged was false, experts said.",
			want: []want{{"the decision was final", "McDonald's", claims.Indirect},
				{"The stores will close", "Moody's", claims.Indirect},
				{"the group recommends walking", "Alzheimer's Association", claims.Indirect},
				{"the ward would open", "Children's Hospital of Philadelphia", claims.Indirect},
				{"the case was closed", "Justice Department", claims.Indirect},
				{"the talks had failed", "China's Foreign Ministry", claims.Indirect}, // every country has one: its owner is part of its name, a president's is not
				{"Trump's claim that the election was rigged was false", "experts", claims.Indirect}},
		},
		{
			name: "a delegate's title, a post held, a chamber's and an academy's name, an opening link word",
			body: "\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands.\n\n" +
				"\"They are spending their final days here,\" said Oversight ranking Democrat Elijah Cummings (D-Md.).\n\n" +
				"The Hollywood Chamber of Commerce has announced that it will not remove the star.\n\n" +
				"A report by the National Academies of Sciences, Engineering and Medicine noted that more immigrants buy homes.\n\n" +
				"Meanwhile Democrats said the bill was flawed.",
			want: []want{{"This is a waste of time,", "Stacey Plaskett", claims.Direct},
				{"They are spending their final days here,", "Elijah Cummings", claims.Direct},
				{"it will not remove the star", "Hollywood Chamber of Commerce", claims.Indirect},
				{"more immigrants buy homes", "National Academies of Sciences, Engineering and Medicine", claims.Indirect},
				{"the bill was flawed", "Democrats", claims.Indirect}},
		},
		{
			name: "a participle's speaker is its main clause's, past a place and a time that open the sentence, for a quote as for a statement",
			body: "At a campaign event in Ames, Iowa, on Sunday, Hillary Clinton tried to expand on her statement, saying the country must \"be rallying our partners.\"\n\n" +
				"Speaking in Salem, Donald Trump went after Jeb Bush, calling him \"a total stiff.\"\n\n" +
				"In early October, Trump's Virginia state director, Mike Rubino, reached out to the firm, writing in an email: \"We want to utilize this ASAP.\"",
			want: []want{{"the country must \"be rallying our partners.\"", "Hillary Clinton", claims.Fragment},
				{"be rallying our partners.", "Hillary Clinton", claims.Fragment},
				{"a total stiff.", "Donald Trump", claims.Fragment},
				{"We want to utilize this ASAP.", "Mike Rubino", claims.Direct}},
		},
		{
			name: "\"he said\" set off inside the sentence after a quote is that sentence's aside, not the quote's attribution",
			body: "\"We're trying to show some mercy,\" Dan Tripp said. \"We are patient.\" South Carolina, he said, was where they had a chance to win.",
			want: []want{{"We are patient.", "Dan Tripp", claims.Direct}},
		},
		{
			name: "a name written family name first keeps the family name, which no list holds",
			body: "Nguyen Thi Lan, a senior from Fresno, said she plans to study nursing. \"My mother cleaned hospital rooms,\" Nguyen said.",
			want: []want{{"she plans to study nursing", "Nguyen Thi Lan", claims.Indirect},
				{"My mother cleaned hospital rooms,", "Nguyen Thi Lan", claims.Direct}},
		},
		{
			name: "a plural's possessive inside a body's name that goes on past 'of'",
			body: "The Registered Nurses' Association of Ontario estimated that the province is short 24,000 nurses.",
			want: []want{{"the province is short 24,000 nurses", "Registered Nurses' Association of Ontario", claims.Indirect}},
		},
	})
}

// TestNoSpeaker checks words that speak for no one: "it" before a colon,
// a dictionary's word that describes the plural after it, a verb after
// "but"; and a gerund after a verb that says it did not happen is no
// statement at all.
func TestNoSpeaker(t *testing.T) {
	body := "Marsh shrugged it off. It's what tennis players do: \"They grumble about umpires making calls they could never make.\"\n\n" +
		"Torch bearers tend not to be loved, but those prone to dismissing Marsh as dull should watch her interviews.\n\n" +
		"Dana Ruiz can keep posting her jokes but resist announcing a merger with the rival firm when its terms have not been set.\n\n" +
		"In short, she gets to keep posting her jokes but risk announcing a merger with the rival firm before its terms are set."
	got := Extract(body)
	if c := find(got, "They grumble about umpires making calls they could never make."); c == nil || c.Speaker.Text != "" {
		t.Errorf("the quote after \"It's ...:\": want it unattributed; got %s", dump(got))
	}
	for _, c := range got {
		if s := speakerOf(&c); s == "Torch" || s == "resist" || s == "risk" || s == "Dana Ruiz" && strings.Contains(c.Text, "when its terms") {
			t.Errorf("%q speaks %q", s, c.Text)
		}
	}
}

// TestLegalForm checks that a company named with its legal form and
// without it is one speaker in an article, in either order, who goes by
// the name without it in other articles too (its name or its alias):
// "Acme Robotics Inc." and "Acme Robotics".
func TestLegalForm(t *testing.T) {
	for _, body := range []string{
		"Acme Robotics Inc. reported record sales. Acme Robotics said demand was outpacing supply.",
		"Acme Robotics reported record sales. Acme Robotics Inc. said demand was outpacing supply.",
	} {
		got := Extract(body)
		a, b := find(got, "record sales"), find(got, "demand was outpacing supply")
		if a == nil || b == nil || a.Speaker.Name != b.Speaker.Name ||
			b.Speaker.Name != "Acme Robotics" && !slices.Contains(b.Speaker.Aliases, "Acme Robotics") {
			t.Errorf("%q: want one speaker who goes by Acme Robotics; got %s", body, dump(got))
		}
	}
}

// TestLawShortName checks that a law named without the word for one
// after its full name is the law, no speaker ("Glass-Steagall" of "the
// Glass-Steagall Act"), and that a place a law is named after stays a
// place ("Paris" of "the Paris Accord").
func TestLawShortName(t *testing.T) {
	got := Extract("Could the Glass-Steagall Act be coming back? Glass-Steagall ordered that banks decouple themselves from speculation.\n\n" +
		"The Paris Accord was signed in 2015. Paris said the summit would be held in the spring.")
	if c := find(got, "banks decouple themselves from speculation"); c == nil || c.Speaker.Text != "" {
		t.Errorf("want the law's words unattributed; got %s", dump(got))
	}
	if c := find(got, "the summit would be held in the spring"); c == nil || c.Speaker.Name != "Paris" {
		t.Errorf("want Paris to speak as a city; got %s", dump(got))
	}
}

// TestDottedAcronym checks that an acronym written with dots goes by the
// same letters without them, as other newsrooms write it: "F.B.I." is the
// FBI.
func TestDottedAcronym(t *testing.T) {
	got := Extract("The F.B.I. said the investigation was closed.")
	if c := find(got, "the investigation was closed"); c == nil || !slices.Contains(c.Speaker.Aliases, "FBI") {
		t.Errorf("want F.B.I. also FBI; got %s (%v)", dump(got), c)
	}
}

// TestCurrencyAfterAnAmount checks that a currency's code after an amount
// ("$2.2 billion US") names no one whom "the company" could mean, while
// the country the same letters name elsewhere still speaks.
func TestCurrencyAfterAnAmount(t *testing.T) {
	got := Extract("Shopify Inc. shares rose 12 per cent on Tuesday.\n\n" +
		"Revenue rose 26 per cent to $2.2 billion US in the quarter, the company said. The U.S. said it would respond.")
	if c := find(got, "Revenue rose 26 per cent to $2.2 billion US in the quarter"); c == nil || c.Speaker.Name != "Shopify Inc." {
		t.Errorf("want Shopify's claim:%s", dump(got))
	}
	if c := find(got, "it would respond"); c == nil || c.Speaker.Name != "U.S." {
		t.Errorf("want the country's claim:%s", dump(got))
	}
}

// TestQuantifiedObject checks a speaker's phrase whose noun has an object
// opened by a quantifier ("ministers from both countries"): the whole
// phrase, not its last noun, and the statement before the tag is theirs,
// whatever its own verb.
func TestQuantifiedObject(t *testing.T) {
	checkForms(t, []form{{
		name: "the ministers, not the countries",
		body: "China and Japan agreed on Friday to resume talks, foreign ministers from both countries said after meeting in Beijing.\n\n" +
			"He has a reputation as a hard worker, elected officials from both parties say.",
		want: []want{{"China and Japan agreed on Friday to resume talks", "foreign ministers from both countries", claims.Indirect},
			{"He has a reputation as a hard worker", "elected officials from both parties", claims.Indirect}},
	}})
}

// TestShareholdersMakeACompany checks that a name with shareholders is a
// company's, whom "the company" means, though the gazetteer holds its
// words as a place's ("Rio Tinto", a river).
func TestShareholdersMakeACompany(t *testing.T) {
	got := Extract("Rio Tinto shareholders voted against the pay report on Thursday.\n\n" +
		"About 54 per cent of votes went against the report, the company said in a statement.")
	if c := find(got, "About 54 per cent of votes went against the report"); c == nil || c.Speaker.Name != "Rio Tinto" {
		t.Errorf("want Rio Tinto's claim:%s", dump(got))
	}
}

// TestOwnerIsNoAcronym checks that a possessive name ending in a word an
// acronym spells in capitals is a person's in mixed case: "Kim Jong Un's
// sister" is no UN's, though "the UN's agency" is a body's.
func TestOwnerIsNoAcronym(t *testing.T) {
	got := Extract("Kim Jong Un's sister warns Seoul\n\nKim Jong Un said the drills were a rehearsal for invasion.")
	if c := find(got, "the drills were a rehearsal for invasion"); c == nil || c.Speaker.Name != "Kim Jong Un" || c.Speaker.Kind != claims.Person {
		t.Errorf("want Kim Jong Un a person:%s", dump(got))
	}
}

// TestWebNames checks that a name that is a web address is a body's, which
// speaks and which "the company" and "it" mean.
func TestWebNames(t *testing.T) {
	got := Extract("Realtor.ca said prices fell in November.\n\n" +
		"GunBroker.com said the listings were posted by users. The company said it reserved the right to reject any listing.")
	if c := find(got, "prices fell in November"); c == nil || c.Speaker.Name != "Realtor.ca" || c.Speaker.Kind != claims.Organisation {
		t.Errorf("want Realtor.ca's claim:%s", dump(got))
	}
	if c := find(got, "it reserved the right to reject any listing"); c == nil || c.Speaker.Name != "GunBroker.com" {
		t.Errorf("want \"the company\" GunBroker.com:%s", dump(got))
	}
}
