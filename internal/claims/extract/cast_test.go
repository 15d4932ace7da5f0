package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestHonorifics checks that "Mrs." and "Mr." tell people apart and are no
// roles: "Mrs. Clinton" is not Bill Clinton, "Mr. Obama" leaves
// President Obama his role, and "Dr Chalmers" the treasurer his.
func TestHonorifics(t *testing.T) {
	body := "Former President Bill Clinton campaigned in Ohio on Monday.\n\n" +
		"Mrs. Clinton said the tax plan would help working families.\n\n" +
		"President Barack Obama spoke in Washington.\n\n" +
		"Mr. Obama said the museum would tell an American story.\n\n" +
		"Treasurer Jim Chalmers spoke in Canberra.\n\n" +
		"Dr Chalmers said the budget would not be delayed."
	for text, want := range map[string][2]string{
		"the tax plan would help working families": {"Clinton", ""},
		"the museum would tell an American story":  {"Barack Obama", "President"},
		"the budget would not be delayed":          {"Jim Chalmers", "Treasurer"},
	} {
		c := find(Extract(body), text)
		if c == nil {
			t.Errorf("no claim %q", text)
			continue
		}
		if c.Speaker.Name != want[0] || c.Speaker.Role != want[1] && want[1] != "" {
			t.Errorf("%q: speaker %q role %q, want %q role %q", text, c.Speaker.Name, c.Speaker.Role, want[0], want[1])
		}
	}
}

// TestShortTitle checks that "the Post" is The Washington Post named
// before it, and that "the Times" of two Timeses, or "the House" after the
// White House, is neither.
func TestShortTitle(t *testing.T) {
	body := "The Washington Post first reported the meeting on Monday.\n\n" +
		"The Post said the senator had met the donors twice.\n\n" +
		"The New York Times and the Los Angeles Times both ran the story.\n\n" +
		"The Times said the donors had given $2 million.\n\n" +
		"The White House declined to comment on the story.\n\n" +
		"The House voted on Tuesday, and the House said the bill would pass."
	for text, want := range map[string]string{
		"the senator had met the donors twice": "Washington Post",
		"the donors had given $2 million":      "Times",
		"the bill would pass":                  "House",
	} {
		c := find(Extract(body), text)
		if c == nil {
			t.Errorf("no claim %q", text)
			continue
		}
		if c.Speaker.Name != want {
			t.Errorf("%q: speaker %q, want %q", text, c.Speaker.Name, want)
		}
	}
}

// TestFirmShortName checks a business called by the first word of its
// name once named in full, when the rest of the name is the word for its
// trade or its form; a dictionary's word is no such short name, nor a
// given name someone of the article bears, nor a word two businesses open
// with.
func TestFirmShortName(t *testing.T) {
	checkForms(t, []form{{
		name: "a business by its first word; not a word two of them share",
		body: "Shares of Redstone Minerals fell on Friday. Redstone said it would cooperate with investigators.\n\n" +
			"Veltro Airlines and Veltro Holdings both gained. Veltro said the merger was off.",
		want: []want{{"it would cooperate with investigators", "Redstone Minerals", claims.Indirect},
			{"the merger was off", "Veltro", claims.Indirect}},
	}, {
		name: "a business by its first word, a rare word of the dictionary, which \"it\" then stands for",
		body: "Osprey Motors is recalling 300,000 vans, federal regulators said.\n\n" +
			"The National Highway Traffic Safety Administration said it knew of 14 fires.\n\n" +
			"Osprey said dealers would replace the pump. It added that sales had stopped.",
		want: []want{{"dealers would replace the pump", "Osprey Motors", claims.Indirect},
			{"sales had stopped", "Osprey Motors", claims.Indirect}},
	}, {
		name: "a business whose first word is a given name no one of the article bears",
		body: "Ford Motor Co. said it expects tariffs to cost $2 billion. Ford said it would keep prices steady.",
		want: []want{{"it would keep prices steady", "Ford Motor Co.", claims.Indirect}},
	}, {
		name: "but not when someone of the article bears it, though not the one meant",
		body: "Ford Motor Co. gave a job to Doug Ford's nephew. Mrs. Ford said the job was fair.",
		want: []want{{"the job was fair", "Ford", claims.Indirect}}, // her own name, not the company
	}, {
		name: "a firm of the list named as a person is, by its last word",
		body: "Charles Schwab, the discount brokerage, said client trading had dropped. Schwab said it would cut about 2,000 jobs.",
		want: []want{{"it would cut about 2,000 jobs", "Charles Schwab", claims.Indirect}},
	}, {
		name: "a retailer by its trade's word, then the chain, then the company",
		body: "Harvest Markets will close 40 stores, the supermarket chain said on Wednesday.\n\n" +
			"The company, which is based in Leeds, said the closures would save £90 million a year.",
		want: []want{{"Harvest Markets will close 40 stores", "Harvest Markets", claims.Indirect},
			{"the closures would save £90 million a year", "Harvest Markets", claims.Indirect}},
	}})
}

// TestInitials checks a person called by the initials of the full name
// the article gives ("RFK Jr.", "AOC"), whom "He" then stands for; two
// people whose initials agree leave the letters to no one of them.
func TestInitials(t *testing.T) {
	checkForms(t, []form{{
		name: "the initials and the suffix of the one person of the article they spell",
		body: "Health Secretary Robert F. Kennedy Jr. spoke on Tuesday. Vice President JD Vance said the change was overdue.\n\n" +
			"RFK Jr. said the new panel would meet in June. He said it would review the schedule.",
		want: []want{{"the new panel would meet in June", "Robert F. Kennedy Jr.", claims.Indirect},
			{"it would review the schedule", "Robert F. Kennedy Jr.", claims.Indirect}},
	}, {
		name: "the initials of a hyphenated surname",
		body: "Rep. Alexandria Ocasio-Cortez held a rally in Queens. AOC said the rent was too high.",
		want: []want{{"the rent was too high", "Alexandria Ocasio-Cortez", claims.Indirect}},
	}, {
		name: "not when two people of the article have those initials",
		body: "John F. Kennedy and James F. Kelly were honoured on Monday.\n\nJFK said the plaque would stay.",
		want: []want{{"the plaque would stay", "JFK", claims.Indirect}},
	}})
}

// TestDescribedNamesake checks that a bare surname two people of the
// article share is the one whom the words set off after it describe as
// the words after that person's full name did, whoever is named more
// often; words that fit neither leave findShort to decide.
func TestDescribedNamesake(t *testing.T) {
	body := "Mark Johnson, a retired firefighter, said he was running to fix the roads. Paul Johnson, who owns a hardware store, said taxes were too high.\n\n" +
		"\"We get along fine,\" Mark Johnson said. \"We just disagree about the budget.\"\n\n"
	checkForms(t, []form{{
		name: "the words fit one namesake",
		body: body + "Johnson, the store owner, said the two had agreed not to attack each other.",
		want: []want{{"the two had agreed not to attack each other", "Paul Johnson", claims.Indirect}},
	}, {
		name: "the words fit the other",
		body: body + "Johnson, the former firefighter, said the two had agreed not to attack each other.",
		want: []want{{"the two had agreed not to attack each other", "Mark Johnson", claims.Indirect}},
	}})
}

// TestSharedSurname checks that a bare surname two people share who were
// brought in together, and named as often, is no one's; that a title's
// gender tells them apart; that naming one again singles them out; and
// that of two named apart, the one named before it counts, a given name
// alone counts nothing towards the surname, and kin brought in with it, or
// a pronoun after it, tell whose it is; that different middle names
// are different people; and that a given name sharing the surname after
// "and" keeps its gender ("David and Charles Koch"), while a title opening
// the second name makes it no surname to share ("Clinton and Sen. Bernie
// Sanders" holds no "Clinton Sanders").
func TestSharedSurname(t *testing.T) {
	checkForms(t, []form{
		{
			name: "twins brought in together: the bare surname is either's",
			body: "Daniel and Henrik Sedin are returning to the team.\n\n\"We never left,\" Henrik Sedin said. Daniel Sedin said the pair had turned down other offers.\n\n" +
				"Sedin added that the two would not coach.\n\nMrs. Sedin said she was proud.",
			want: []want{{"the two would not coach", "Sedin", claims.Indirect}, {"the pair had turned down other offers", "Daniel Sedin", claims.Indirect}},
		},
		{
			name: "a couple brought in together: a title's gender tells them apart",
			body: "Barack and Michelle Obama opened a program on Monday.\n\nMrs. Obama said the program would take 200 students. Mr. Obama said he needed mentors too.\n\nObama said the first class would graduate in June.",
			want: []want{{"the program would take 200 students", "Michelle Obama", claims.Indirect}, {"the first class would graduate in June", "Obama", claims.Indirect}},
		},
		{
			name: "one named again since is the one meant",
			body: "Brothers Ammon and Ryan Bundy led the occupation.\n\nSantilli marched with Ammon Bundy. \"Go to the refuge,\" Bundy says on camera.",
			want: []want{{"Go to the refuge,", "Ammon Bundy", claims.Direct}},
		},
		{
			name: "a husband called by his given name does not take her surname",
			body: "Betsy Ebeling, 68, has known Clinton since sixth grade. Betsy Ebeling works for the state.\n\n" +
				"She and her husband, Tom, were greeted by an organizer. Tom drove.\n\n\"It goes in here and out here,\" Tom Ebeling said.\n\n" +
				"Ebeling said it was hard to watch the attacks on her friend.",
			want: []want{{"it was hard to watch the attacks on her friend", "Betsy Ebeling", claims.Indirect}},
		},
		{
			name: "the pronoun that speaks in the sentence after tells namesakes apart",
			body: "Raj Dhillon is running for council, and so is his daughter, Priya Dhillon.\n\n\"I love my dad, but I disagree with him,\" Priya Dhillon said.\n\n" +
				"Her father supports the new police force. \"Surrey needs its own force,\" Dhillon said. He said the change had cost too much to reverse.",
			want: []want{{"Surrey needs its own force,", "Raj Dhillon", claims.Direct}, {"the change had cost too much to reverse", "Raj Dhillon", claims.Indirect}},
		},
		{
			name: "kin brought in with the surname tell its gender",
			body: "Khizr Khan said the speech was his own. Ghazala Khan said she could not have spoken.\n\n" +
				"Khan and his wife have voted for both parties. Khan said the letters kept coming.",
			want: []want{{"the letters kept coming", "Khizr Khan", claims.Indirect}},
		},
		{
			name: "a sentence that opens with a pronoun after one the bare surname opens tells whose it is",
			body: "For 31 years, Wayne Tobin climbed the steps of the lighthouse.\n\nHis wife, Doreen, keeps the guest book. \"People come from all over,\" Doreen Tobin said.\n\n" +
				"Tobin remembers the night a boat lost power. He said he had radioed the coast guard.",
			want: []want{{"he had radioed the coast guard", "Wayne Tobin", claims.Indirect}},
		},
		{
			name: "a surname goes to one named before it, not to the namesake the article names in full more often later on",
			body: "Foundation complicates Clinton's bid\n\nHillary Clinton has yet to say how she would handle donors.\n\n" +
				"But as Mrs. Clinton seeks the White House, the foundation has become a burden. Mrs. Clinton's aides say so privately.\n\n" +
				"The foundation paid for a visit by Chelsea Clinton to Ukraine. Chelsea Clinton, its vice chairwoman, will stay on.\n\n" +
				"Mrs. Clinton said the foundation had done good work.",
			want: []want{{"the foundation had done good work", "Hillary Clinton", claims.Indirect}},
		},
		{
			name: "a given name alone whose surname the article keeps back is someone new, not one named in full with it",
			body: "Board chair Victoria Jung said the decision followed a review.\n\n" +
				"Victoria, a Grade 11 student who asked that her last name not be used, said she was disappointed. \"I feel like nobody listened,\" she said.",
			want: []want{{"she was disappointed", "Victoria", claims.Indirect}, {"I feel like nobody listened,", "Victoria", claims.Direct}},
		},
		{
			name: "a surname that speaks of itself as \"it\" before anyone of that name is named in full is no one named later",
			body: "Ford said Thursday it would delay $12 billion in spending on electric vehicles.\n\n" +
				"Ford's executive chair, Bill Ford, said last month that the company remained committed to electrification.",
			want: []want{{"it would delay $12 billion in spending on electric vehicles", "Ford", claims.Indirect},
				{"the company remained committed to electrification", "Bill Ford", claims.Indirect}},
		},
		{
			name: "of namesakes named as often, the one the article has had speak, not a brother named in passing after",
			body: "Former Florida Gov. Jeb Bush said the invasion, ordered by his brother, former President George W. Bush, was a mistake.\n\n" +
				"\"I would not have gone in,\" Bush said at a town hall.\n\n" +
				"Their father, former President George H.W. Bush, told a biographer that the advisers were too hawkish.",
			want: []want{{"I would not have gone in,", "Jeb Bush", claims.Direct},
				{"the advisers were too hawkish", "George H.W. Bush", claims.Indirect}},
		},
		{
			name: "different middle initials are two people, a suffix without the surname one",
			body: "George W. Bush said the war was just. George H.W. Bush said the war was a mistake.\n\n" +
				"His son Donald Jr. announced the votes. Donald Trump Jr. said the count was final.",
			want: []want{{"the war was just", "George W. Bush", claims.Indirect}, {"the war was a mistake", "George H.W. Bush", claims.Indirect},
				{"the votes", "Donald Trump Jr.", claims.Indirect}},
		},
		{
			name: "whose wife or husband follows a bare surname tells its gender, and a title's gender votes for no bare surname",
			body: "Former President Barack Obama and former first lady Michelle Obama made a joint appearance Saturday.\n\n" +
				"\"This election is about who we are,\" Mrs. Obama told a crowd at Temple University. She said she had not planned to campaign.\n\n" +
				"Obama, speaking after his wife, mocked the Republican nominee's rallies. He said voters had a choice between chaos and competence.\n\n" +
				"Bill Clinton defended Hillary Clinton's email practices. Mrs. Clinton has apologized. She told ABC News it was a mistake.\n\n" +
				"Clinton, 70, has campaigned for his wife in a dozen states. He said she would be the best-prepared president in history.",
			want: []want{{"voters had a choice between chaos and competence", "Barack Obama", claims.Indirect},
				{"she would be the best-prepared president in history", "Bill Clinton", claims.Indirect}},
		},
		{
			name: "a given name that shares the surname after \"and\" keeps its gender; a title opening the second name shares nothing",
			body: "Bernie Sanders said he would win Modesto.\n\nHe said that only people such as David and Charles Koch wanted \"open borders.\"\n\n" +
				"She said the wall would never be built.\n\nOn the Democratic side, Clinton and Sen. Bernie Sanders have said the ruling should be overturned.\n\n" +
				"President Obama prompted outrage in 2010 when he blasted the ruling in his State of the Union address.",
			want: []want{{"the wall would never be built", "She", claims.Indirect}, {"the ruling in his State of the Union address", "Obama", claims.Indirect}},
		},
		{
			name: "a pronoun after the bare surname tells whose it is, where no count would",
			body: "Hillary Clinton campaigned in Harlem on Tuesday.\n\nVoters remember President Bill Clinton's two terms fondly, and many credit Bill Clinton with the boom of the 1990s.\n\n" +
				"Clinton proposed rules that would end what she called unfair school policies. Clinton also said the state had been good to the family.",
			want: []want{{"the state had been good to the family", "Hillary Clinton", claims.Indirect}},
		},
	})
}

// TestSeniorNamesake checks whom "the younger" or "the elder" before a
// surname means of the namesakes named before it: by ages, by kin, by the
// two together; no one when the article leaves two, or when "the younger"
// sets another beside the one namesake.
func TestSeniorNamesake(t *testing.T) {
	family := "Gord Nielsen, 67, has served on council for 12 years. His son, Kyle Nielsen, 34, runs a coffee shop.\n\n" +
		"\"He's always been stubborn,\" Gord Nielsen said.\n\n"
	checkForms(t, []form{
		{
			name: "by ages",
			body: family + "The younger Nielsen said the library should open on Sundays. The elder Nielsen said the town could not afford it.",
			want: []want{{"the library should open on Sundays", "Kyle Nielsen", claims.Indirect}, {"the town could not afford it", "Gord Nielsen", claims.Indirect}},
		},
		{
			name: "by kin alone",
			body: "Brennan Sonne coaches the Blades. His father, Dale Sonne, coaches the Pats.\n\n" +
				"The elder Sonne said he was proud of his son. The younger Sonne said his mother would cheer for both.",
			want: []want{{"he was proud of his son", "Dale Sonne", claims.Indirect}, {"his mother would cheer for both", "Brennan Sonne", claims.Indirect}},
		},
		{
			name: "two parents of one son: either is the elder",
			body: family + "Kyle's mother, Linda Nielsen, has not decided.\n\nThe elder Nielsen said the skate park was too costly.",
			want: []want{{"the skate park was too costly", "Nielsen", claims.Indirect}},
		},
		{
			name: "the younger beside one namesake is another",
			body: "Donald Trump won the vote. His son Donald Jr. announced it on the floor.\n\n\"It's a movement,\" said the younger Mr. Trump.",
			want: []want{{"It's a movement,", "Mr. Trump", claims.Direct}},
		},
	})
}
