package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestGroupForms checks speakers named together or not at all: people named
// as one subject, an MP no one names.
func TestGroupForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "two people or bodies or more named together speak together, their ages set off or not: no one of them is the speaker; two roles of one person are one",
			body: "In a statement, Stella's owners Tore Sohlberg and Lehla Abreder said they respected the outcome of the vote.\n\n" +
				"Richard Armitage, Henry Paulson and Brent Scowcroft said they were supporting Clinton.\n\n" +
				"Northway Foods and Bellmart said on Monday they had agreed to merge.\n\n" +
				"Hewlett-Packard CEO and presidential candidate Carly Fiorina said the deal was fair.\n\n" +
				"Amit Sharma, 44, and Rohit Sharma, 39, admitted that they had persuaded 30 people to invest.",
			want: []want{{"they respected the outcome of the vote", "Tore Sohlberg and Lehla Abreder", claims.Indirect},
				{"they had persuaded 30 people to invest", "Amit Sharma and Rohit Sharma", claims.Indirect},
				{"they had agreed to merge", "Northway Foods and Bellmart", claims.Indirect},
				{"the deal was fair", "Carly Fiorina", claims.Indirect},
				{"they were supporting Clinton", "Richard Armitage, Henry Paulson and Brent Scowcroft", claims.Indirect}},
		},
		{
			name: "a person's spokesperson is not that person, though the post names them",
			body: "Premier Danielle Smith's office on Monday rejected calls for an inquiry.\n\nA spokesperson for the premier said the auditor was reviewing the contracts.",
			want: []want{{"the auditor was reviewing the contracts", "A spokesperson for the premier", claims.Indirect}},
		},
		{
			name: "a place or a name before the noun for a group only says which: the group speaks, in either order",
			body: "A man has been charged after a crash that killed a cyclist, Riverside police said.\n\n" +
				"Hamburg police say they have not yet found the driver.\n\n" +
				"The strike hit a depot, Trump administration officials said.\n\n" +
				"At each stop, Senator Hale primes voters to doubt the polls and cites his crowds as proof.\n\n" +
				"The other was taken to hospital with serious injuries, Toronto paramedics said.\n\n" +
				"The base will stay open, according to American military officials.",
			want: []want{{"A man has been charged after a crash that killed a cyclist", "Riverside police", claims.Indirect},
				{"The other was taken to hospital with serious injuries", "Toronto paramedics", claims.Indirect}, // a noun for people no list of speakers holds
				{"The base will stay open", "American military officials", claims.Indirect},
				{"they have not yet found the driver", "Hamburg police", claims.Indirect},
				{"The strike hit a depot", "Trump administration officials", claims.Indirect},
				{"his crowds as proof", "Hale", claims.Indirect}},
		},
		{
			name: "where a group after a quote works says which group, as when it opens the sentence; a post keeps its role",
			body: "\"Rents will keep climbing,\" economists at Harbour Bank wrote in a note.\n\n" +
				"Senator Ada Voss spoke for an hour.\n\n\"We will not fold,\" the senator from Maine said.",
			want: []want{{"Rents will keep climbing,", "economists at Harbour Bank", claims.Direct},
				{"We will not fold,", "Ada Voss", claims.Direct}},
		},
		{
			name: "people on a body or a street speak, not the body or the street",
			body: "Democrats on the House Judiciary Committee asked the Justice Department to review the rules.\n\n" +
				"Some business owners on Bloor say the lanes have hurt them.\n\nMany shop owners along Danforth say sales fell.",
			want: []want{{"the Justice Department to review the rules", "Democrats", claims.Indirect},
				{"the lanes have hurt them", "Some business owners", claims.Indirect},
				{"sales fell", "Many shop owners", claims.Indirect}},
		},
		{
			name: "a person no one names, whose phrases of prepositions end in a name, speaks: not the name",
			body: "A witness at the murder trial of Kevin Marsh testified Tuesday that she saw him leave the bar.\n\n" +
				"A spokeswoman for the Jupiter Police Department said he was not handcuffed.",
			want: []want{{"she saw him leave the bar", "A witness at the murder trial of Kevin Marsh", claims.Indirect},
				{"he was not handcuffed", "Jupiter Police Department", claims.Indirect}},
		},
		{
			name: "\"those who\" are people no one names, not the place named before",
			body: "Naureen Jahangir, a supporter from Hemet, California, is among those who say they have no intention of backing Clinton.",
			want: []want{{"they have no intention of backing Clinton", "those who", claims.Indirect}},
		},
		{
			name: "an MP not named is no speaker named \"MP\"",
			body: "Another MP, who asked not to be named, said: \"They have completely misjudged the mood.\"",
			want: []want{{"They have completely misjudged the mood.", "Another MP", claims.Direct}},
		},
		{
			name: "a person's spokesperson is not that person, though a body's possessive opens the post",
			body: "A spokesperson for Children's Services Minister Ana Ruiz said the ministry could not comment.",
			want: []want{{"the ministry could not comment", "A spokesperson for Children's Services Minister Ana Ruiz", claims.Indirect}},
		},
	})
}

// TestGroupNames checks which groups get a name, and so a speaker's page:
// a body's group by its capitalised words ("Senate Democrats"), the party
// alone for a group its lower-case words describe ("liberal Democrats"),
// and none for a share of a group ("75 percent of Democrats", "some
// Democrats", "Some Democrats": a capital opening the sentence makes it
// no name).
func TestGroupNames(t *testing.T) {
	tests := []struct{ body, claim, name string }{
		{"Senate Democrats said the bill would fail.", "the bill would fail", "Senate Democrats"},
		{"Liberal critics were quiet, but liberal Democrats said the bill would fail.", "the bill would fail", "Democrats"},
		{"In the poll, 75 percent of Democrats said the bill would fail.", "the bill would fail", ""},
		{"A chorus of prominent Republicans said the bill would fail.", "the bill would fail", ""},
		{"Some Democrats said the bill would fail.", "the bill would fail", ""},
		{"The vote was close, and most Democrats said the bill would fail.", "the bill would fail", ""}, // some of them, as the sentence opens
	}
	for _, tt := range tests {
		c := find(Extract(tt.body), tt.claim)
		if c == nil || c.Speaker.Name != tt.name {
			t.Errorf("%q: claim %v, want its speaker named %q", tt.body, c, tt.name)
		}
	}
}

// TestMembersNamedFirst checks a person named before the body they belong
// to: the person speaks, whatever given name opens the body's name or
// whatever post opens the person's, and a surname that is a title too
// stays the person's.
func TestMembersNamedFirst(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a body named after 'the' is no person, though a given name opens it",
			body: "Darren Smith of the Sandy Lake First Nation said the company never asked his community.\n\n" +
				"The Sandy Lake First Nation said in a statement that it would go to court.",
			want: []want{{"the company never asked his community", "Darren Smith", claims.Indirect},
				{"it would go to court", "Sandy Lake First Nation", claims.Indirect}},
		},
		{
			name: "people are not of people: the name after a person's name and 'of' is a body",
			body: "Miriam Feldstein of Temple Beth Shalom said her members had offered to pay for repairs.",
			want: []want{{"her members had offered to pay for repairs", "Miriam Feldstein", claims.Indirect}},
		},
		{
			name: "a post, a name, then the body with no name of its own",
			body: "Grand Chief Ruth Cardinal of the Treaty 8 assembly said on Monday that the nations would not consent.\n\n" +
				"\"No means no,\" Cardinal said.",
			want: []want{{"the nations would not consent", "Ruth Cardinal", claims.Indirect},
				{"No means no,", "Ruth Cardinal", claims.Direct}},
		},
		{
			name: "a body's name a particle joins, after a person's name and 'of the'",
			body: "The Pope apologized on Monday.\n\nChief Rosanne Casimir of the Tk'emlúps te Secwépemc said the apology was a first step.",
			want: []want{{"the apology was a first step", "Rosanne Casimir", claims.Indirect}},
		},
	})
}

// TestTheyForAGroup checks that "they" stands for the group of people named
// before it when no organisation is: the analysts, not nobody.
func TestTheyForAGroup(t *testing.T) {
	tests := []struct{ body, quote, role string }{
		{"Analysts at Jefferies said the warning raised questions about the turnaround plan. " +
			"\"We think the dividend is now at risk,\" they wrote in a note to clients.", "We think the dividend is now at risk,", "Analysts"},
		{"Hundreds marched on the capitol. Protesters said the police had used excessive force. " +
			"\"We will be back every night,\" they told reporters.", "We will be back every night,", "Protesters"},
	}
	for _, tt := range tests {
		c := find(Extract(tt.body), tt.quote)
		if c == nil {
			t.Errorf("no claim %q", tt.quote)
			continue
		}
		if c.Speaker.Text != "they" || c.Speaker.Role != tt.role {
			t.Errorf("%q: speaker %q role %q, want \"they\" standing for %s", tt.quote, c.Speaker.Text, c.Speaker.Role, tt.role)
		}
	}
}

// TestPeopleOfAPlace checks that a plural word for the people of a place
// the gazetteer holds is a group, which "they" stands for rather than a
// body named paragraphs before, while surnames of the same shape stay
// people.
func TestPeopleOfAPlace(t *testing.T) {
	got := Extract("A State Department spokesperson said the United States respected Denmark.\n\n" +
		"Polls show that most Greenlanders favour independence, though they say it should come slowly.\n\n" +
		"Albertans say the tax is unfair. Torontonians say rents are high.\n\n" +
		"Ann Peters said the vote was close. Peters said she would run again.")
	for text, name := range map[string]string{"it should come slowly": "Greenlanders", "the tax is unfair": "Albertans", "rents are high": "Torontonians"} {
		if c := find(got, text); c == nil || c.Speaker.Name != name || c.Speaker.Kind != claims.Group {
			t.Errorf("want %q the group %s's:%s", text, name, dump(got))
		}
	}
	if c := find(got, "she would run again"); c == nil || c.Speaker.Name != "Ann Peters" || c.Speaker.Kind != claims.Person {
		t.Errorf("want Ann Peters' claim:%s", dump(got))
	}
}

// TestMembersOfABody checks that "Labour MPs" and "Opposition TDs" speak as
// a group named whole, not as a person named "MPs".
func TestMembersOfABody(t *testing.T) {
	for text, want := range map[string]string{
		"Labour MPs said the policy was cruel and had to go.":           "Labour MPs",
		"Opposition TDs claimed the figures were inflated by students.": "Opposition TDs",
	} {
		cs := Extract(text)
		if len(cs) != 1 {
			t.Errorf("%q: %d claims, want 1:%s", text, len(cs), dump(cs))
			continue
		}
		if s := cs[0].Speaker; s.Name != want || s.Kind != claims.Group {
			t.Errorf("%q: speaker %q (%q), want the group %q", text, s.Name, s.Kind, want)
		}
	}
}

// TestAnotherIsSomeoneNew checks that "another" brings in someone new, as
// "a" does, whom a description after refers back to rather than to the
// person named before.
func TestAnotherIsSomeoneNew(t *testing.T) {
	checkForms(t, []form{{
		name: "another unnamed official, then the second",
		body: "Former House Speaker Newt Gingrich said the campaign was learning fast.\n\n" +
			"The Post quoted another unnamed official as saying that Lewandowski was not opposed by Manafort.\n\n" +
			"\"The kids do not like him,\" said the second official.",
		want: []want{{"The kids do not like him,", "the second official", claims.Direct}},
	}})
}

// TestPeopleReport checks that "report" after a plural noun for people is
// their verb, no document of theirs.
func TestPeopleReport(t *testing.T) {
	checkForms(t, []form{{
		name: "the people report",
		body: "The shelter residents report they want more counselling and more affordable housing in the city.",
		want: []want{{"they want more counselling and more affordable housing in the city", "The shelter residents", claims.Indirect}},
	}})
}

// TestOneOfAPeople checks that "the" and a word for one of a people is a
// description of someone named ("The Italian, who returned ..., said"),
// no speaker called "Italian", while "The American economy" names no one.
func TestOneOfAPeople(t *testing.T) {
	got := Extract("Carlos Alcaraz beat Jannik Sinner on Sunday.\n\nSinner said he had no regrets. The Italian, who returned from a suspension last month, said his level was better than he had expected.\n\n" +
		"The American economy, economists said, seemed impervious to all but the largest shocks.")
	if c := find(got, "his level was better than he had expected"); c == nil || c.Speaker.Name == "Italian" || c.Speaker.Name != "Jannik Sinner" && c.Speaker.Text != "The Italian" {
		t.Errorf("want the Italian's claim Sinner's or the description's, no speaker \"Italian\":%s", dump(got))
	}
	for _, c := range got {
		if c.Speaker.Name == "The American" || c.Speaker.Text == "The American" {
			t.Errorf("\"The American economy\" made a speaker:%s", dump(got))
		}
	}
}
