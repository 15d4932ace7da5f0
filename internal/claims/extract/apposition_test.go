package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestAppositionForms checks names with the words set off beside them: a
// relative "who" that makes a person, a party word before a role, the
// place a name is from; a "who" after "and" or "but" that adds to the
// relative clause before it, and a name that only qualifies the noun a
// "who" follows ("a Clinton endorser whose").
func TestAppositionForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "\"who\" after a name with no known given name makes a person, whose surname then stands for the whole",
			body: "Waye Mason, who championed the plan, says the lanes will make the street safer. \"This is about kids getting to school,\" Mason told reporters.",
			want: []want{{"the lanes will make the street safer", "Waye Mason", claims.Indirect},
				{"This is about kids getting to school,", "Waye Mason", claims.Direct}},
		},
		{
			name: "an aside that names someone with \"named\" gives the subject its name",
			body: "The landlord, a man named Victor Hale, told tenants on Monday that the rent would double.\n\n" +
				"The owner of the bakery, a woman named Rita Vance, told her staff on a Friday that the shop would close.\n\n" +
				"The driver, a woman named Pauline Okoro who has driven the route for 11 years, told me the night crowd is mostly nurses.",
			want: []want{{"the rent would double", "Victor Hale", claims.Indirect},
				{"the shop would close", "Rita Vance", claims.Indirect},
				{"the night crowd is mostly nurses", "Pauline Okoro", claims.Indirect}},
			none: []string{"Pauline Okoro who has driven the route for 11 years"},
		},
		{
			name: "the body a name is from closes an apposition after a role, as a place does",
			body: "\"Even modest amounts of walking seem to help,\" said the lead author, Dr. Borja del Pozo Cruz of the University of Southern Denmark.",
			want: []want{{"Even modest amounts of walking seem to help,", "Borja del Pozo Cruz", claims.Direct}},
		},
		{
			name: "a party word before the noun for the person, and the place a name is from, inside an apposition",
			body: "Her Republican colleague, Sen. Pat Roberts of Kansas, praised the agreement. Kansas exports more wheat than any other state, he noted.",
			want: []want{{"the agreement", "Pat Roberts", claims.Indirect},
				{"Kansas exports more wheat than any other state", "Pat Roberts", claims.Indirect}},
		},
		{
			name: "a party word, a modifier and the noun for the person: the description whole, not the party",
			body: "Rallies continue.\n\n\"There is hatred,\" the Republican presidential candidate said in an interview.",
			want: []want{{"There is hatred,", "the Republican presidential candidate", claims.Direct}},
		},
		{
			name: "the noun for a friend, a neighbour or a driver is someone, and the name set off after it is theirs",
			body: "The pilot had flown for three decades, said a neighbor, Wendell Price.\n\n" +
				"\"She checked every bolt twice,\" another friend, Lorna Beck told the station.\n\n" +
				"\"I cannot keep working these hours,\" said one driver.",
			want: []want{{"The pilot had flown for three decades", "Wendell Price", claims.Indirect},
				{"She checked every bolt twice,", "Lorna Beck", claims.Direct},
				{"I cannot keep working these hours,", "one driver", claims.Direct}},
		},
		{
			name: "an unnamed veteran of a campaign is not the politician whose name describes them",
			body: "Bill Clinton spoke at the dinner.\n\n\"She hated those rehearsals,\" said a 2008 Clinton veteran.",
			want: []want{{"She hated those rehearsals,", "a 2008 Clinton veteran", claims.Direct}},
		},
		{
			name: "a name set off after people who act for someone is that someone's",
			body: "Attorneys for the tenant, Maria Ostrowski, said she would appeal the eviction order next week.\n\n" +
				"A lawyer for the city, Brian Coyle, said the order was lawful.",
			want: []want{{"she would appeal the eviction order next week", "Attorneys for the tenant", claims.Indirect},
				{"the order was lawful", "Brian Coyle", claims.Indirect}},
		},
		{
			name: "a post after the noun of a body is the person's, and the person owned by a name is not that name",
			body: "The Federal Aviation Administration said the jet had been inspected.\n\n" +
				"\"She checked every bolt twice,\" the retired airline captain said.\n\n" +
				"Senator Mark Ellison spoke in Ohio. A memo from Mr. Ellison's campaign manager, who argued last week that the rival had no path to the nomination, circulated widely.",
			want: []want{{"She checked every bolt twice,", "the retired airline captain", claims.Direct}},
		},
		{
			name: "a cue's word as a modifier of a noun that can speak",
			body: "The state health department said it had sent extra vaccine.\n\nSeveral cast members said the set was tense.",
			want: []want{{"it had sent extra vaccine", "The state health department", claims.Indirect},
				{"the set was tense", "Several cast members", claims.Indirect}},
		},
		{
			name: "a noun for a person that is a verb too, before a given name, is the name's role, no verb",
			body: "Its chief executive, Tony Staffieri, said the increase reflected rising costs.\n\n" +
				"Consumer advocate John Lawford, of the Public Interest Advocacy Centre, said the increase was unjustified. \"Rogers made $1.7 billion in profit last year,\" he said.\n\n" +
				"Jannik Sinner beat Carlos Alcaraz in four sets.\n\n\"This is a dream come true,\" the Italian said.",
			want: []want{{"Rogers made $1.7 billion in profit last year,", "John Lawford", claims.Direct},
				{"This is a dream come true,", "the Italian", claims.Direct}},
			none: []string{"John Lawford, of the Public Interest Advocacy Centre"},
		},
		{
			name: "a who after and goes on from the first relative; a name that qualifies the noun before who is not its",
			body: "Jody Wilson-Raybould, who introduced the law and who has resolutely rejected calls for changes even in the face of pleas from patients, said the courts would decide.\n\n" +
				"\"Do they read newspapers?\" said Bob Mulholland, a California superdelegate and Clinton supporter who has accused the rival camp of harassment.\n\n" +
				"Rep. Beto O'Rourke (D-Tex.), a Clinton endorser whose district went strongly for her but who suggested that Sanders could pull out new voters, spoke first.",
			want: []want{{"calls for changes even in the face of pleas from patients", "Jody Wilson-Raybould", claims.Indirect},
				{"the rival camp of harassment", "Bob Mulholland", claims.Indirect},
				{"Sanders could pull out new voters", "a Clinton endorser", claims.Indirect}},
		},
	})
	for _, c := range Extract("Senator Mark Ellison spoke in Ohio. A memo from Mr. Ellison's campaign manager, who argued last week that the rival had no path to the nomination, circulated widely.") {
		if c.Speaker.Name == "Mark Ellison" {
			t.Errorf("what his campaign manager argued is Ellison's: %q", c.Text)
		}
	}
}

// TestSourceNamedAfterAccordingTo checks that a person set off by commas
// after a source described as one person is the source ("According to
// Gagnon's lawyer, Sarah Kwan, the city ..."), and not the subject of the
// clause after a source ("According to police, John Smith, 45, was").
func TestSourceNamedAfterAccordingTo(t *testing.T) {
	checkForms(t, []form{{name: "a name set off after a description, and a subject after a body",
		body: "According to Gagnon's lawyer, Sarah Kwan, the city had changed the scoring after bids closed.\n\n" +
			"According to police, John Smith, 45, was arrested on Friday.",
		want: []want{{"the city had changed the scoring after bids closed", "Sarah Kwan", claims.Indirect},
			{"John Smith, 45, was arrested on Friday", "police", claims.Indirect}},
	}, {name: "a description set off after the source ends the sentence, no words of the claim",
		body: "The contract covers 100 workers, according to Brian Wieser, an analyst at Pivotal Research Group.\n\n" +
			"The deal covers seven stores, according to the union, one of three representing the staff.",
		want: []want{{"The contract covers 100 workers", "Brian Wieser", claims.Indirect},
			{"The deal covers seven stores", "the union", claims.Indirect}},
	}})
}

// TestNamedAfterDescription checks a statement before a speaker's
// description and the name set off after it ("..., her daughter, Lisa
// Doucette, said"): the name's, and the statement ends before the
// description, though no mention reads "her daughter".
func TestNamedAfterDescription(t *testing.T) {
	checkForms(t, []form{{
		name: "a description and the name set off after it, before the verb",
		body: "Margaret Doucette was taken to hospital with chest pain, her daughter, Lisa Doucette, said.\n\n" +
			"The plant will close in May, its owner, Jane Roe, said on Monday.",
		want: []want{{"Margaret Doucette was taken to hospital with chest pain", "Lisa Doucette", claims.Indirect},
			{"The plant will close in May", "Jane Roe", claims.Indirect}},
	}})
}
