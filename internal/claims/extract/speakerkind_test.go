package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestPeopleByEvidence checks names no list holds that the article shows
// to be people's: an initial between a first and a last word ("Jock A.
// Finlayson"), two initials without periods ("JD Vance"), a word of
// English given as a name elsewhere before a surname ("Dirk Notz"), and a
// post only people hold set off after a name of three words ("Khin Zaw
// Win, an activist"); and a First Nation, or a body of a people, is a
// body.
func TestPeopleByEvidence(t *testing.T) {
	tests := []struct {
		body, quote, speaker string
		kind                 claims.SpeakerKind
	}{
		{"\"It is fine,\" said Jock A. Finlayson of the council.", "It is fine,", "Jock A. Finlayson", claims.Person},
		{"\"That is reckless,\" said Khin Zaw Win, an activist and former political prisoner.", "That is reckless,", "Khin Zaw Win", claims.Person},
		{"\"Rates will rise,\" said Zorbat Quelling Mentra, a banker.", "Rates will rise,", "Zorbat Quelling Mentra", claims.Person},
		// Two initials without periods, then a surname: no acronym's body, and the surname alone joins it.
		{"JD Vance said the border was open.\n\nVance said the wall would be built.", "the wall would be built", "JD Vance", claims.Person},
		{"RJ Barrett said the team had stopped passing.", "the team had stopped passing", "RJ Barrett", claims.Person},
		// A word of English given as a name elsewhere, before a surname no list holds; not before a word.
		{"The team, led by Dirk Notz of the University of Hamburg, compared records.\n\n\"The models are good,\" Notz said.", "The models are good,", "Dirk Notz", claims.Person},
		{"General Motors said the plant would close.", "the plant would close", "General Motors", claims.Organisation},
		// A company with its legal form, after its name alone named a pipeline after a landform.
		{"Pipeline talks.\n\nOttawa may sell its stake in the Trans Mountain pipeline.\n\nTrans Mountain Corp. said it does not comment on ownership matters.",
			"it does not comment on ownership matters", "Trans Mountain", claims.Organisation},
		// One name the lists do not know after a role only a person holds; not a company after its trade.
		{"Smog returns.\n\nOpposition leader Atishi said the government had acted too late.", "the government had acted too late", "Atishi", claims.Person},
		{"Layoffs begin.\n\nSnack giant Nabisco on Wednesday said the plant would close.", "the plant would close", "Nabisco", claims.Organisation},
		// A business after its trade's noun, though a given name opens it, when a word of a trade ends it.
		{"Transit is late.\n\nThe firm Dillon Consulting said its analysis was sound.", "its analysis was sound", "Dillon Consulting", claims.Organisation},
		// A body whose name holds a comma, after what it said.
		{"Services will stop for 24 hours on Friday, the Rail, Tram and Bus Union said.", "Services will stop for 24 hours on Friday", "Rail, Tram and Bus Union", claims.Organisation},
		// A body of a people or a place named before, whose name ends in theirs.
		{"Ottawa must pay First Nations children.\n\nThe Assembly of First Nations said the government should stop fighting children in court.", "the government should stop fighting children in court", "Assembly of First Nations", claims.Organisation},
		// A name of dictionary words that the noun after it says is a body's.
		{"The Black Lives Matter group said it would march on Sunday.", "it would march on Sunday", "Black Lives Matter", claims.Organisation},
		{"The United Auto Workers union, whose strike cost Ford $1.7 billion, said it would watch the plans closely.", "it would watch the plans closely", "United Auto Workers", claims.Organisation},
		// A body after the noun for its kind, after what it said or after the verb.
		{"Bike lanes save lives, the advocacy group Cycle Toronto said.", "Bike lanes save lives", "Cycle Toronto", claims.Organisation},
		{"Bike lanes save lives, said the advocacy group Cycle Toronto.", "Bike lanes save lives", "Cycle Toronto", claims.Organisation},
		// A body named by its first word, what it is of after it.
		{"The Bank of England held rates.\n\nThe Bank said the timing of the election had no bearing on its decision.", "the timing of the election had no bearing on its decision", "Bank of England", claims.Organisation},
		// A body its noun brings in, a word in lower case before the noun, though its name is a word too.
		{"Rents rose by a third in two years, according to the tenant group Acorn.", "Rents rose by a third in two years", "Acorn", claims.Organisation},
		{"At least 38 babies have been killed, according to the Iraqi activist group Mosul Eye.", "At least 38 babies have been killed", "Mosul Eye", claims.Organisation},
		{"The Neskantaga First Nation said the water plant had failed again.", "the water plant had failed again", "Neskantaga First Nation", claims.Organisation},
		{"Doctors at Cleveland Clinic said the hospital was full on Monday. Cleveland Clinic said it had no beds.", "it had no beds", "Cleveland Clinic", claims.Organisation},
		// A given name of either sex after a post, though a church's word ends it.
		{"Liberals hold.\n\nCandidate Leslie Church thanked volunteers. \"We built this together,\" Church told supporters.",
			"We built this together,", "Leslie Church", claims.Person},
		// "Works" ends a business's name, and "The company" refers back to it.
		{"Ferry cancelled.\n\nThe shipbuilder, Halifax-based Atlantic Marine Works, said it was disappointed.\n\nThe company said it would sue.",
			"it would sue", "Atlantic Marine Works", claims.Organisation},
		// A name that "which" is about and that says "it" past the clause: a body.
		{"Audit questioned.\n\nDeloitte, which audited the builder until 2022, said it had not been told.",
			"it had not been told", "Deloitte", claims.Organisation},
		// A word of English named bare mid-sentence before an auxiliary is a name where it opens a sentence too.
		{"A court overturned a ruling that had ordered Shell to cut emissions.\n\nThe court said Shell had a duty to reduce them. Shell said it welcomed the decision.",
			"it welcomed the decision", "Shell", claims.Organisation},
		// A French word for a body that an accented capital opens.
		{"Schools close.\n\nParents at École Saint-Nom-de-Jésus were angry. École Saint-Nom-de-Jésus said it would appeal.", "it would appeal", "École Saint-Nom-de-Jésus", claims.Organisation},
		// A description refers back to a body named before, which "it"
		// after a body no name gives does not change.
		{"Taxes fell.\n\nThe top 1 percent paid 25 percent of taxes, according to the Congressional Budget Office.\n\n" +
			"The middle fifth paid 9 percent, the agency said in a June report, and the bottom fifth paid 1 percent.",
			"The middle fifth paid 9 percent and the bottom fifth paid 1 percent", "Congressional Budget Office", claims.Organisation},
		// A plural of people capitalised after another word, then "of" and a place, names a body.
		{"Quotas rise.\n\nChicken Farmers of Canada said the quota would rise.", "the quota would rise", "Chicken Farmers of Canada", claims.Organisation},
		// A district, whose name holds "of" and a place, is one body.
		{"Burn ban stays.\n\nThe Regional District of Nanaimo said the burn ban would stay in place.", "the burn ban would stay in place", "Regional District of Nanaimo", claims.Organisation},
		// A sporting event is no one, whatever given name opens it.
		{"Nadal bows out at Davis Cup in final match\n\nRafael Nadal's career ended with a loss as the Netherlands beat Spain in the Davis Cup quarter-finals.\n\n" +
			"The champion lost 6-4, 6-4. \"I gave everything,\" the Spaniard told the crowd.", "I gave everything,", "", ""},
		{"Deal reached.\n\nParents' group Nova Scotia Parents for Public Education said they were relieved.", "they were relieved", "Nova Scotia Parents for Public Education", claims.Organisation},
		// A noun for one person that ends in "ss" is no group.
		{"Awards night.\n\nThe actress said the script was weak.", "the script was weak", "", ""},
		// A city that speaks of itself as "it" is its government; not a surname that is a town's name too.
		{"Rift deepens.\n\nOttawa said it had evidence linking agents to the killing.", "it had evidence linking agents to the killing", "Ottawa", claims.Organisation},
		{"Barack Obama spoke in Ohio.\n\nObama said it was time to vote.", "it was time to vote", "Barack Obama", claims.Person},
		{"Lincoln PAC said the ads would run until November.", "the ads would run until November", "Lincoln PAC", claims.Organisation},
		// A paper's name after its trade is a body's, though it is a given name too.
		{"Transfers are slow.\n\nThe fee is 60 million euros, Spanish newspaper Marca reported.", "The fee is 60 million euros", "Marca", claims.Organisation},
		// Words that open a title without its head are no post: a party, no person.
		{"Hospital plan paused.\n\nThe Opposition NDP called the pause a broken promise.", "the pause a broken promise", "NDP", claims.Organisation},
		// A team by its city after "the", whatever verb in the past follows it.
		{"Hurricanes win.\n\nNiederreiter scored as the Carolina Hurricanes defeated the Vancouver Canucks.\n\nThe Carolina Hurricanes said the streak was over.", "the streak was over", "Carolina Hurricanes", claims.Organisation},
		// Words of the dictionary that speak, past the place of the body they name.
		{"The bill was signed.\n\nPlanned Parenthood of Michigan said it would expand services.", "it would expand services", "Planned Parenthood", claims.Organisation},
		// A party's member set off after a name makes it a person's, whatever body's word ends it.
		{"Don Stewart, the Conservative, said voters wanted change. Leslie Church, the Liberal, said her campaign was gaining.", "her campaign was gaining", "Leslie Church", claims.Person},
		// A name's kind is the one the whole article gives it, here before "the company" typed it.
		{"Plants open.\n\nVolkswagen said Friday it would go ahead with the plant. The company said the plant would open in 2027.", "it would go ahead with the plant", "Volkswagen", claims.Organisation},
		// A party's acronym ends a body's name, though a given name opens
		// it, and a role before it is the noun's after it: no "he".
		{"Indiana GOP said the slate was final.", "the slate was final", "Indiana GOP", claims.Organisation},
		{"Delegates met. A veteran Indiana GOP official said the slate was set. \"We are done,\" he said.", "We are done,", "", ""},
		// A given name set off after a noun for a person names one, whatever body's word ends it.
		{"Lopez missed a court date. His attorney, Susan Church, said Lopez had never received notice.", "Lopez had never received notice", "Susan Church", claims.Person},
		// A legal form ends a body's name, whatever noun for people comes before it.
		{"Rogers blamed an update, while rival BCE Inc. said the incident showed the need for rules.", "the incident showed the need for rules", "BCE Inc.", claims.Organisation},
		// A body "of" a people is a body, not the people.
		{"The National Council of Canadian Muslims said the group would keep fighting the law.", "the group would keep fighting the law", "National Council of Canadian Muslims", claims.Organisation},
		// A regal title after a word for a nation is a post; the name follows it.
		{"Saudi Prince Alwaleed Bin Talal said the plan would fail.", "the plan would fail", "Alwaleed Bin Talal", claims.Person},
		// A noun for what a person does before a name shaped as a
		// person's, no list holding the noun or the name; but not before a
		// body's name of dictionary words.
		{"Search manager B.J. Chute said the hiker did everything right.", "the hiker did everything right", "B.J. Chute", claims.Person},
		{"Ticket sales slowed. Concert promoter Live Nation said the tour was off.", "the tour was off", "Live Nation", claims.Organisation},
		// A regal or peer's title of a place is the person's name, though
		// "the" opens it.
		{"The Duke of Sussex said he was proud of the team.", "he was proud of the team", "Duke of Sussex", claims.Person},
		{"Britain's Princess of Wales said the final was thrilling.", "the final was thrilling", "Princess of Wales", claims.Person},
		// A family named by a surname is its people, not the one named
		// before who bears it, whether it speaks or a statement it sent.
		{"Mayor Scott Gillingham resigned. The Gillingham family said they were proud of him.", "they were proud of him", "Gillingham family", claims.Group},
		{"Mayor Scott Gillingham resigned.\n\nA statement from the Gillingham family read: \"We ask for privacy.\"", "We ask for privacy.", "Gillingham family", claims.Group},
		// An emphatic reflexive after the subject: the one it stresses, a
		// body when "itself".
		{"Rallies planned.\n\nPresident Donald Trump spoke in Ohio.\n\nThe president himself posted that the Democrats were running scared.", "the Democrats were running scared", "Donald Trump", claims.Person},
		{"Trump was wrong about Ford canceling its plant in Mexico. Ford itself said the deal was on.", "the deal was on", "Ford", claims.Organisation},
		{"The agency ordered a recall.\n\nKorvana said in its recall documents that it did not agree with the analysis.", "it did not agree with the analysis", "Korvana", claims.Organisation}, // "it" past where it said so
		// One word after a trade's noun that a word in lower case
		// qualifies names the business, whatever given name it is.
		{"A former engineer at Vancouver software company Clio is suing the firm.\n\nClio said in an email that it does not comment on litigation.", "it does not comment on litigation", "Clio", claims.Organisation},
		// An apostrophe the tokens keep apart after a name in s makes it
		// an owner, as "'s" does.
		{"Bernie Sanders lost Kentucky narrowly.\n\nSanders\u2019 campaign said it would seek a recanvass.", "it would seek a recanvass", "Bernie Sanders's campaign", claims.Organisation},
		// A name that owns what follows "the state of" is no state.
		{"Primary.\n\nThe race moved to New York, the state of Sanders' younger years.\n\nBernie Sanders said he would win.", "he would win", "Bernie Sanders", claims.Person},
		// A place and a plural no other evidence types are a team's name,
		// whom "the team" means.
		{"Connor McDavid has signed a two-year extension with the Edmonton Oilers worth $12.5 million a season, the team announced Monday.", "Connor McDavid has signed a two-year extension with the Edmonton Oilers worth $12.5 million a season", "Edmonton Oilers", claims.Organisation},
		{"Manchester United have sacked manager Erik ten Hag.\n\nRuud van Nistelrooy will take charge on an interim basis, the club said.", "Ruud van Nistelrooy will take charge on an interim basis", "Manchester United", claims.Organisation},
		// Words for a people before a noun for people are no one's name.
		{"Bernie Sanders said he would win.\n\nAt a forum for Asian American voters, Sanders spoke with activists.\n\nShe said the deportations had to stop.", "the deportations had to stop", "", ""},
	}
	for _, tt := range tests {
		got := Extract(tt.body)
		if c := find(got, tt.quote); c == nil || c.Speaker.Name != tt.speaker || c.Speaker.Kind != tt.kind {
			t.Errorf("%q: want %s a %s; got %s", tt.body, tt.speaker, tt.kind, dump(got))
		}
	}
}

// TestGenderPastWhereFrom checks that "X of a body in a place, said he"
// tells X's gender, the names of where X is from between, so that "he"
// next is X rather than the man named before.
func TestGenderPastWhereFrom(t *testing.T) {
	body := "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 calls.\n\n" +
		"\"Find your polling place and get there,\" he tells parishioners."
	got := Extract(body)
	if c := find(got, "Find your polling place and get there,"); c == nil || c.Speaker.Name != "Darran Whiting" {
		t.Errorf("want the quote Darran Whiting's; got %s", dump(got))
	}
}

// TestNamedOnlyAfterThe checks that a one-word name the article only ever
// writes after "the", and that speaks, is a body ("The Hill reported"),
// unless it is the plural of a surname the article gives (a family).
func TestNamedOnlyAfterThe(t *testing.T) {
	got := Extract("The Hill reported on Monday that the bill would pass the Senate.\n\n" +
		"Betsy Ebeling hosted the candidate. The Ebelings said they were hoping to spend time with her.")
	if c := find(got, "the bill would pass the Senate"); c == nil || c.Speaker.Kind != claims.Organisation {
		t.Errorf("want the Hill an organisation; got %s", dump(got))
	}
	if c := find(got, "they were hoping to spend time with her"); c == nil || c.Speaker.Kind == claims.Organisation {
		t.Errorf("want the Ebelings no organisation; got %s", dump(got))
	}
}

// TestWorkTitle checks that a name right after a noun for a work is the
// work's title, no person, whatever names it holds ("his book Clinton
// Cash"), unless the article names it otherwise too.
func TestWorkTitle(t *testing.T) {
	got := Extract("News reports and an account in Peter Schweizer's book Clinton Cash reveal that the foundation took foreign money.")
	if c := find(got, "the foundation took foreign money"); c == nil || c.Speaker.Name == "Clinton Cash" {
		t.Errorf("want no speaker Clinton Cash; got %s", dump(got))
	}
}

// TestThingAcronyms checks that an acronym for a kind of thing ("TV") is
// no body that speaks: "TV shows" are no finding of an organisation "TV".
func TestThingAcronyms(t *testing.T) {
	for _, c := range Extract("Nothing on TV shows that the public loves a villain.") {
		if c.Speaker.Kind == claims.Organisation {
			t.Errorf("a claim of an organisation %q: %q", c.Speaker.Name, c.Text)
		}
	}
}
