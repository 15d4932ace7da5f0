package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestListenerForms checks that the one spoken to, after "to" or "told",
// is passed over to the statement, and is never its speaker; so is a
// phrasal verb's particle.
func TestListenerForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a quote ending in a question, then \"told\", an outlet a name owns, a setting and the question answered: one sentence, no statement",
			body: "Cameron criticised Trump in the British parliament.\n\n\"It looks like we are not going to have a very good relationship, who knows?\" " +
				"Trump told Britain's ITV television station in an interview aired on Monday when asked how ties would fare if he won.",
			want: []want{{"It looks like we are not going to have a very good relationship, who knows?", "Trump", claims.Direct}},
			none: []string{"ITV television station in an interview aired on Monday when asked how ties would fare if he won"},
		},
		{
			name: "a question, then \"asked\" and whom: one sentence, the asker's",
			body: "Not long after Donald Trump tweeted the quote, NBC's Chuck Todd asked him about it. \"Did you know it was Mussolini?\" Todd asked the real estate mogul.",
			want: []want{{"Did you know it was Mussolini?", "Chuck Todd", claims.Direct}},
		},
		{
			name: "\"told\", an outlet a name owns and a setting, alone: nothing was said",
			body: "Trump spoke about Britain.\n\nTrump told Britain's ITV television station in an interview aired on Monday.",
			none: []string{"ITV television station in an interview aired on Monday"},
		},
		{
			name: "a text cut off after \"told\": no listener to pass over",
			body: "Claiming the criticism of Lauer is designed to pressure moderators, Trump told",
			want: []want{{"Claiming the criticism of Lauer is designed to pressure moderators", "Trump", claims.Indirect}},
		},
		{
			name: "listeners by a plural noun, then where they heard it, after the statement; a nickname in quotes in the speaker's name; a noun's modifier after \"and\" is no cue",
			body: "At least four band members and support crew were killed, lead singer Riefian \u201cIfan\u201d Fajarsyah told followers in a tearful Instagram post.",
			want: []want{{"At least four band members and support crew were killed", "Riefian Fajarsyah", claims.Indirect}},
		},
		{
			name: "a phrasal verb's particle before the comma is the cue's, not the statement's",
			body: "But, as the Joint Committee on Intelligence and Security has pointed out, it would also be used to identify a journalist's sources.",
			want: []want{{"it would also be used to identify a journalist's sources", "Joint Committee on Intelligence and Security", claims.Indirect}},
			none: []string{"out, it would"},
		},
		{
			name: "whom a letter was written to, with no \"to\", before \"that\"; a thing written is no listener",
			body: "The mayor wrote Premier Doug Ford that the city could not afford the cuts.\n\n" +
				"Paul Ryan wrote legislation that gave the president expanded authority.",
			want: []want{{"the city could not afford the cuts", "The mayor", claims.Indirect}},
			none: []string{"gave the president expanded authority"},
		},
		{
			name: "whom it was told to and when, after the statement",
			body: "The woman was stabbed twice, Const. Dani McKinnon told reporters Sunday.\n\nThe base will close, the general told a Senate panel on Tuesday.",
			want: []want{{"The woman was stabbed twice", "Dani McKinnon", claims.Indirect},
				{"The base will close", "the general", claims.Indirect}},
		},
		{
			name: "a vote's count or a time between the cue and \"that\" is no part of the statement",
			body: "The Supreme Court ruled 6-3 that the agency exceeded its authority.\n\nSammie Szmodics said afterwards that the dressing room was bouncing.",
			want: []want{{"the agency exceeded its authority", "Supreme Court", claims.Indirect},
				{"the dressing room was bouncing", "Sammie Szmodics", claims.Indirect}},
		},
		{
			name: "a listener after \"to\", then what was said; a relative clause of the listener is none",
			body: "Anthony Weiner admitted to the newspaper that he and the woman had been friends for some time.\n\n" +
				"Robert Gordon suggested to me that skilled workers were harder to replace.\n\n" +
				"Sam Jacobs explained to CBS why Merkel was selected above all the others.\n\n" +
				"The firm posted a message that appeared to respond to the state law that bars people from the bridge.",
			want: []want{{"he and the woman had been friends for some time", "Anthony Weiner", claims.Indirect},
				{"skilled workers were harder to replace", "Robert Gordon", claims.Indirect},
				{"why Merkel was selected above all the others", "Sam Jacobs", claims.Indirect}},
			none: []string{"bars people from the bridge"},
		},
		{
			name: "a long listener of \"told\", then what was said; a dash ends the search, which the told story's relative clause is after",
			body: "Olivia Chow told a closed-door meeting of her allies last week that she would not back down.\n\n" +
				"Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he's not giving up.\n\n" +
				"The film told the story of Florida tomato pickers - a labor issue that Sanders had discovered in his first term.",
			want: []want{{"she would not back down", "Olivia Chow", claims.Indirect},
				{"he's not giving up", "Ben Carson", claims.Indirect}},
			none: []string{"Sanders had discovered in his first term"},
		},
		{
			name: "where or when it was said, then what: a phrase after a plain verb of saying; a verb's own preposition is no such phrase",
			body: "The Regional Municipality of Peel said in a statement it supported faster approvals.\n\n" +
				"Mayor Jo Park said after the meeting she would not accept the offer.\n\n" +
				"The unions will insist on a contract they can at least accept.",
			want: []want{{"it supported faster approvals", "Regional Municipality of Peel", claims.Indirect},
				{"she would not accept the offer", "Jo Park", claims.Indirect}},
			none: []string{"they can at least accept"},
		},
		{
			name: "when or how it was said, opened by a word the adverb list lacks, then that; not a word of what was said",
			body: "Nadia Varga said late on Sunday that the ferries would run again.\n\n" +
				"Coach Ivo Brandt argued stubbornly that the referee had missed the foul.\n\n" +
				"The audit found barely anything that the council had not already published.\n\n" +
				"Her lawyer said it seemed unlikely that the case would reach trial.",
			want: []want{{"the ferries would run again", "Nadia Varga", claims.Indirect},
				{"the referee had missed the foul", "Ivo Brandt", claims.Indirect},
				{"it seemed unlikely that the case would reach trial", "Her lawyer", claims.Indirect}},
			none: []string{"the council had not already published"},
		},
		{
			name: "the listener of \"told\" after the statement may be a plural with no article",
			body: "People should provide evidence for their accusations and not wave around speculation, Shane Shook told reporters.",
			want: []want{{"People should provide evidence for their accusations and not wave around speculation", "Shane Shook", claims.Indirect}},
		},
	})
}

// TestToldHeard checks that whom "told" has after it is never the
// speaker, past a speaker's aside before the verb ("Graham, a former
// candidate, told CBS News").
func TestToldHeard(t *testing.T) {
	body := "\"Keeping order during the count matters a great deal,\" Council Chair Ann Lowe, the meeting's host, told the delegates before the vote.\n\n" +
		"\"Yes, I back the governor,\" Ray Dunn III, founder of the Civic Action Fund, tells Capitol News in an exclusive interview."
	got := Extract(body)
	for _, w := range []struct{ text, speaker string }{{"Keeping order during the count matters a great deal,", "Ann Lowe"}, {"Yes, I back the governor,", "Ray Dunn III"}} {
		if c := find(got, w.text); c == nil || speakerOf(c) != w.speaker {
			t.Errorf("no claim %q of %s; got %s", w.text, w.speaker, dump(got))
		}
	}
	for _, c := range got {
		if s := speakerOf(&c); s == "the delegates" || s == "Capitol News" {
			t.Errorf("the listener %q speaks %q", s, c.Text)
		}
	}
}

// TestWhereItWasSaid checks that a phrase of where or how something was
// said, however long, is no part of what was said: "said in an interview
// with The Associated Press last week that", "said in a filing with the
// Securities and Exchange Commission that", "said on a trip to Kosovo
// this week, he would", and the listener of "told" before a clause with
// no "that"; but an indirect question after "told" is what was told.
func TestWhereItWasSaid(t *testing.T) {
	checkForms(t, []form{{
		name: "a setting before the statement",
		body: "Ruth Bader Ginsburg said in an interview with The Associated Press last week that she did not want to think about it.\n\n" +
			"Joe Biden said on a trip to Kosovo and Serbia this week, he would be compelled to respond.\n\n" +
			"Christine Todd Whitman told a newspaper of Newark last week she would rather vote for Hillary Clinton.\n\n" +
			"Pat Caddell told Breitbart News on Thursday how surprised he is that health has been at the forefront.\n\n" +
			"The victim's father, Ahmed Hassan, said outside court that the family was relieved.\n\n" +
			"Salesforce said in a filing with the Securities and Exchange Commission that the layoffs would cost $50 million.",
		want: []want{{"she did not want to think about it", "Ruth Bader Ginsburg", claims.Indirect},
			{"the layoffs would cost $50 million", "Salesforce", claims.Indirect},
			{"the family was relieved", "Ahmed Hassan", claims.Indirect},
			{"he would be compelled to respond", "Joe Biden", claims.Indirect},
			{"she would rather vote for Hillary Clinton", "Christine Todd Whitman", claims.Indirect}},
		none: []string{"he is that health has been at the forefront"}, // cut inside "how surprised he is"
	}})
}

// TestTrailingOutlet checks that a paper's trailing attribution of the
// whole sentence ("..., the New York Times reported late Thursday") is
// no part of what the sentence's speaker told.
func TestTrailingOutlet(t *testing.T) {
	checkForms(t, []form{{
		name: "an outlet's attribution after the statement, with its article",
		body: "Hillary Clinton told federal investigators she was advised by Colin Powell to use a private email account, the New York Times reported late Thursday.",
		want: []want{{"she was advised by Colin Powell to use a private email account", "Hillary Clinton", claims.Indirect}},
	}})
}
