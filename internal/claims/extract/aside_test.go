package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestAsideForms checks statements around asides: a quote inside dashes,
// a "which" after a phrase, an aside between a subject and its participle.
func TestAsideForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a relative clause set off after a person's name is one aside, whatever commas a place and a time put in it",
			body: "Sandy Phillips, who lost her daughter during the mass shooting in Aurora, Colorado, in July 2012, said that Sanders had treated her family disrespectfully.",
			want: []want{{"Sanders had treated her family disrespectfully", "Sandy Phillips", claims.Indirect}},
		},
		{
			name: "a relative clause set off after a name may run past twenty-five words",
			body: "Glenn Beck, who since the appointment of Breitbart News executive Stephen Bannon as CEO of Donald Trump's campaign " +
				"has thrown restraint to the winds in denouncing the GOP presidential nominee, on Friday declared Trump was a threat to America's democracy.",
			want: []want{{"Trump was a threat to America's democracy", "Glenn Beck", claims.Indirect}},
		},
		{
			name: "a state set off after its town is an aside, no speaker",
			body: "Mayor Dan Pruitt spent the day knocking on doors.\n\nHe was cheered after a woman in Dover, Delaware, told him she worries the tax plan is too timid.\n\n" +
				"A man in Salem, Oregon, told reporters the bridge was unsafe.\n\n" +
				"Families of the six people killed when a helicopter crashed off the coast of Nova Scotia last year say they are still waiting for answers.",
			want: []want{{"she worries the tax plan is too timid", "a woman", claims.Indirect},
				{"the bridge was unsafe", "A man", claims.Indirect},
				// the verb before the place is the subordinate clause's: the families speak
				{"they are still waiting for answers", "Families of the six people killed", claims.Indirect}},
		},
		{
			name: "a jury or an inquiry, past an aside that names who heads it",
			body: "The jury, chaired by retired judge Ann Smith, said the novel showed extraordinary control.\n\n" +
				"The inquiry, led by Paul Roy, found the office almost never searched its own email.",
			want: []want{{"the novel showed extraordinary control", "The jury", claims.Indirect},
				{"the office almost never searched its own email", "The inquiry", claims.Indirect}},
		},
		{
			name: "one of a group, described between commas",
			body: "Two former employees spoke to the paper.\n\nOne of them, a former safety manager, said the board decided to delay repairs until the spring.",
			want: []want{{"the board decided to delay repairs until the spring", "One of them", claims.Indirect}},
		},
		{
			name: "a quote inside an aside set off by dashes is not the one the verb after the aside reports",
			body: "Although Martin O'Malley lamented her tendency to commit gaffes - \"does she have to keep giving them so much ammunition?\" - " +
				"Democrats in Iowa who watched the debate said they were unfazed by the flap.",
			want: []want{{"does she have to keep giving them so much ammunition?", "Martin O'Malley", claims.Direct},
				{"they were unfazed by the flap", "Democrats", claims.Indirect}},
		},
		{
			name: "\"which\" after a phrase no mention covers is not the subject named before; a participle's subject passes over an aside",
			body: "Maria Cantwell has been criticized by labor unions, which say the deal will send jobs overseas.\n\n" +
				"Other Republican candidates, including Carly Fiorina and Ben Carson, have followed Mr. Trump's lead, saying Mr. Clinton's history is a legitimate criticism.",
			want: []want{{"the deal will send jobs overseas", "which", claims.Indirect},
				{"Mr. Clinton's history is a legitimate criticism", "Other Republican candidates", claims.Indirect}},
		},
		{
			name: "\"which\" after two names joined by \"and\" stands for both, so for neither alone",
			body: "The tariff has drawn protests from Brazil and Argentina, which say it breaks the trade pact.\n\n" +
				"The plan was opposed by the Teamsters and the Sierra Club, who said it would cost jobs.\n\n" +
				"Several governors, among them Ada Blum and Rita Vance, who has long opposed the levy, spoke.",
			want: []want{{"it breaks the trade pact", "which", claims.Indirect},
				{"it would cost jobs", "who", claims.Indirect},
				{"the levy", "Rita Vance", claims.Indirect}}, // a verb for one: the last
		},
		{
			name: "a participle after a name that is the main verb's object is the subject's, named or described",
			body: "The family of a teenager sued Brightway, saying its app had shown him the videos.\n\n" +
				"Last week Ann Lee sued the county, saying its dump had poisoned her well.",
			want: []want{{"its app had shown him the videos", "The family of a teenager", claims.Indirect},
				{"its dump had poisoned her well", "Ann Lee", claims.Indirect}},
		},
		{
			name: "a person described by where they work, then a participle's aside with a pronoun in it",
			body: "The ministry's spokesman, Omar Haddad, called for calm.\n\n" +
				"A senior official in one of the militias, speaking on condition of anonymity because he was not authorized to speak, said the group had no part in the attack.",
			want: []want{{"the group had no part in the attack", "A senior official in one of the militias", claims.Indirect}},
		},
		{
			name: "\"who\" right after a noun that an article or a preposition opens is that noun's, not the name before it's; after a name and a comma, the name's",
			body: "The season ends as Labor Day nears: a time for a coach who can argue that the team is rebuilding.\n\n" +
				"Pat Gold, a retired plumber who said the pipes were rotten, testified first.\n\n" +
				"The company has faced criticism from shareholder groups who say its board is too close to Elon Musk.",
			want: []want{{"the team is rebuilding", "a coach", claims.Indirect},
				{"the pipes were rotten", "Pat Gold", claims.Indirect},
				{"its board is too close to Elon Musk", "who", claims.Indirect}},
		},
		{
			name: "a participle after a relative clause's cue is the main clause's subject's",
			body: "Mayor Ruth Dalby was defensive when forced to defend not paying an engineer who said he was owed money for the bridge, saying, \"Maybe the work was not finished.\"",
			want: []want{{"Maybe the work was not finished.", "Ruth Dalby", claims.Direct}},
		},
		{
			name: "a longer restrictive clause, with a sum of money in it, is passed over to its noun",
			body: "A retired welder and his wife who won $2 million in the lottery say they will keep working.\n\n" +
				"Volunteers who raised $40,000 for the shelter last year say the drive will be bigger.",
			want: []want{{"they will keep working", "A retired welder and his wife", claims.Indirect},
				{"the drive will be bigger", "Volunteers", claims.Indirect}},
		},
		{
			name: "\"who\" after a plural noun no mention covers is that noun's people, not the subject named before",
			body: "The council approved the budget despite objections from local merchants, who said the new parking fees would drive shoppers away.",
			want: []want{{"the new parking fees would drive shoppers away", "local merchants", claims.Indirect}},
		},
		{
			name: "a participle set off between the subject and the verb of saying is no cue of its own",
			body: "Chief Justice John Roberts, writing for the majority, said courts must exercise their independent judgment.\n\n" +
				"Head coach Rick Tocchet, echoing Allvin, called Hronek \"a warrior\" and said the deal was fair.",
			want: []want{{"courts must exercise their independent judgment", "John Roberts", claims.Indirect}},
			none: []string{"for the majority"},
		},
		{
			name: "a noun for someone no list names, then a relative clause, is the subject; never a pronoun inside the clause, nor an age",
			body: "Aisha Okafor works nights.\n\n" +
				"Her mother, who asked not to be named because she still works at the hospital, said the pandemic years had changed her daughter.\n\n" +
				"One attendee, who spoke on the condition of anonymity, said the message was clear.\n\n" +
				"Adam Schiff, 56, who leads the committee, told reporters the plan would fail.",
			want: []want{{"the pandemic years had changed her daughter", "Her mother", claims.Indirect},
				{"the message was clear", "One attendee", claims.Indirect},
				{"the plan would fail", "Adam Schiff", claims.Indirect}},
		},
	})
	for _, c := range Extract("Head coach Rick Tocchet, echoing Allvin, called Hronek \"a warrior\" and said the deal was fair.") {
		if c.Cue == "echoing" {
			t.Errorf("whom a participle set off echoes is no statement: %q", c.Text)
		}
	}
}

// TestObjectPronounThenAside checks that a verb's object pronoun and a
// clause of when after it make no statement ("hours after declaring it,
// after lawmakers voted"), while an aside set off after one goes on to the
// quote it precedes.
func TestObjectPronounThenAside(t *testing.T) {
	checkForms(t, []form{
		{
			name: "an object pronoun and a clause of when after it say nothing; an aside before a quote goes on to it",
			body: "Yoon lifted martial law, hours after declaring it, after lawmakers voted to reject the decree.\n\n" +
				"Trump attacked Romney on Friday, calling him, among other things, \"a failed candidate.\"",
			want: []want{{"him, among other things, \"a failed candidate.\"", "Trump", claims.Fragment}},
			none: []string{"it, after lawmakers voted"},
		},
	})
}

// TestTagBetweenTwoClauses checks that when a belief before a tag is a
// statement of its own ("She thinks ..., she said, and she plans to
// ..."), the clause after the tag is said without the belief's subject or
// the word that joins it: not "She and she plans to ...".
func TestTagBetweenTwoClauses(t *testing.T) {
	checkForms(t, []form{{name: "a belief, the tag, a second clause",
		body: "Candidates knock on doors.\n\nCandidate Priya Shah said she understands the frustration. " +
			"She thinks voters want a government that listens, she said, and she plans to knock on every door in the riding.",
		want: []want{{"she plans to knock on every door in the riding", "Priya Shah", claims.Indirect},
			{"voters want a government that listens", "Priya Shah", claims.Indirect}},
	}})
}

// TestInvertedTagInset checks that an inverted tag set in the middle of a
// sentence ("The problem, says economist Jane Doe, is the cost") leaves the
// statement on both sides of it, past a description set off after the
// name; a description after the name, a participle or a quote before the
// tag end the statement at the tag.
func TestInvertedTagInset(t *testing.T) {
	checkForms(t, []form{{name: "the tag inset, the statement around it",
		body: "Housing costs rose again.\n\nThe problem, says economist Jane Doe, is the cost of land.\n\n" +
			"Part of the problem, said Tom Reyes, a planner at the city, is the zoning.\n\n" +
			"The group is $9 million short of its goal, said Ed Rendell, who chairs the host committee.\n\n" +
			"\"Our members can hold their heads high,\" said Jon Holden, president of the local.",
		want: []want{{"The problem is the cost of land", "Jane Doe", claims.Indirect},
			{"Part of the problem is the zoning", "Tom Reyes", claims.Indirect},
			{"The group is $9 million short of its goal", "Ed Rendell", claims.Indirect},
			{"Our members can hold their heads high,", "Jon Holden", claims.Direct}},
	}})
}
