package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestNounPhraseBefore checks the phrase read as the subject of the last
// word of each text: people described, not a verb and its object, nor
// an object pronoun, and past the participle that qualifies a noun.
func TestNounPhraseBefore(t *testing.T) {
	tests := []struct{ text, want string }{
		{"High school administrators say", "High school administrators"},
		{"By 58%-33%, those surveyed said", "those surveyed"},
		{"All those involved say", "All those involved"},
		{"The lanky, bespectacled professor said", "The lanky, bespectacled professor"},
		{"Still, while the industry cannot block terror content on the web, people say", "people"},
		{"A man accosted me, and jerking his thumb over his shoulder said", ""},
		{"But hearing him say", ""},
		{"Progressive groups that have endorsed him say", ""},
		{"He was on drugs — something a 911 caller told", "something a 911 caller"},
		{"He is tough enough to be president after a woman told", "a woman"},
		// A noun before an article or a possessive is another phrase's.
		{"At some point my husband said", "my husband"},
		{"Outside the courthouse, Hale's lawyer said", "Hale's lawyer"},
		// A participle after a noun qualifies it; a finite verb opens a clause.
		{"The sister of a man killed outside a Winnipeg bar told", "The sister of a man killed outside a Winnipeg bar"},
		{"The brother of a woman hit by a truck near a Calgary school said", "The brother of a woman hit by a truck near a Calgary school"},
		{"The sister of a man stabbed to death outside a Winnipeg nightclub told", "The sister of a man stabbed to death outside a Winnipeg nightclub"},
		{"And Mrs. Clinton is well positioned to block any proposals", ""},
		{"Last year a federal judge handling a Freedom of Information Act lawsuit ordered", "a federal judge handling a Freedom of Information Act lawsuit"},
		{"Outside experts say", "Outside experts"},
		{"At least four Democrat senators claim", "At least four Democrat senators"},
		{"Polls show as many as 30 percent of his backers say", "as many as 30 percent of his backers"},
		// A town and its province or state between the article and the noun qualify it; not after "in".
		{"The Timmins, Ont., native wrote", "The Timmins, Ont., native"},
		{"Arrests rose in 1990 in Douglas, Ariz., border officials say", "border officials"},
		{"Bush and his rivals for the Republican presidential nomination said", "Bush and his rivals for the Republican presidential nomination"},
		{"The DNC apologized for the emails, which included staff members suggesting", "staff members"},
		// A long phrase goes on past "of" to the noun that speaks; not to
		// one that does not.
		{"Parents of three students at a Surrey elementary school say", "Parents of three students at a Surrey elementary school"},
		{"Mr. Sanders's treatment of the attack and the larger challenge of terrorism at the start of the debate seemed", "terrorism at the start of the debate"},
		// When a thing is from is part of its phrase.
		{"Last year's FBI statistics show", "Last year's FBI statistics"},
		{"Tuesday night's results showed", "Tuesday night's results"},
	}
	for _, tt := range tests {
		folded := foldASCII(tt.text)
		ps := paragraphs(tt.text, folded, new([]para))
		p := ps[0]
		scanQuotes(tt.text, p)
		tokenize(tt.text, folded, p, nil)
		splitSentences(p)
		p.ms = findMentions(p)
		got := ""
		if m := nounPhraseBefore(p, len(p.toks)-1, 0); m != nil {
			got = m.text
		}
		if got != tt.want {
			t.Errorf("%q: phrase %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestGerundOfVerb checks which words in -ing are a verb's.
func TestGerundOfVerb(t *testing.T) {
	for w, want := range map[string]bool{"jerking": true, "making": true, "running": true, "saying": true,
		"something": false, "morning": false, "king": false, "thing": false} {
		if got := gerundOfVerb(w); got != want {
			t.Errorf("gerundOfVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOneBeforeAPlural checks that "a" opens no phrase whose noun is a
// plural: in "a claim outside experts say they cannot check" the experts
// speak, and the claim is what they speak of.
func TestOneBeforeAPlural(t *testing.T) {
	got := Extract("A start-up says its battery charges in five minutes, a claim outside experts say they cannot yet check.")
	if c := find(got, "they cannot yet check"); c == nil || c.Speaker.Text != "outside experts" {
		t.Errorf("want the experts' claim:%s", dump(got))
	}
}

// TestOwnedSubject checks that a main clause whose subject a possessive
// name opens hands its participle's words to that phrase, not to a name
// in the fronted clause before it; and that a verb in -ied is a past.
func TestOwnedSubject(t *testing.T) {
	checkForms(t, []form{{name: "a right-hand woman rallied supporters, saying",
		body: "In response to a proposal to bar Muslims from entering the United States, Hillary Clinton's right-hand woman rallied supporters, saying: \"We have to be ready to stop him.\"",
		want: []want{{"We have to be ready to stop him.", "Hillary Clinton's right-hand woman", claims.Direct}},
	}})
	for w, want := range map[string]bool{"rallied": true, "carried": true, "planned": true, "walked": true, "tried": true, "ied": false} {
		if got := regularPast(w); got != want {
			t.Errorf("regularPast(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestThingSaysNothing checks that a participle's subject read as a thing
// ("its annual sales", "their ninth debate") or a name in the predicate
// ("marched through downtown Halifax") gives way to the main clause's
// named subject (or its described one: "A special court ... granted bail
// to a man accused of claiming tax credits, saying"), as
// does the site someone wrote on, and a
// participle after a quote ending in a comma is the main clause's; but a
// sign, a share of those polled and a pair of names keep their words, a
// sign's too when a relative clause's object ("a line cook who carried a
// sign reading"), and the quote after a sign's goes on with the one who
// spoke before it (but an ad's voice-over speaks on).
func TestThingSaysNothing(t *testing.T) {
	checkForms(t, []form{{name: "a thing before a participle",
		body: "Lululemon Athletica Inc. cut its annual sales forecast on Thursday, saying shoppers in the United States were spending less on its leggings.\n\n" +
			"Bernie Sanders started out their ninth debate saying that Clinton had the qualifications to be president.\n\n" +
			"Protesters held up a sign saying \"We have seen this before.\"\n\n" +
			"The poll found 22 percent saying they would not support him in the fall.\n\n" +
			"Hillary Clinton responded to the question on Facebook writing, \"Yes, I will. That was a poor choice of words.\"\n\n" +
			"Democrats had sued after Ohio eliminated what had been called the \"Golden Week,\" saying that wiping out that week burdened Black voters.\n\n" +
			"A special court on Friday granted bail to a businessman accused of claiming fake tax credits worth 48 crore, saying the investigation was largely complete.\n\n" +
			"The tribunal granted the motion, saying the rule was unlawful.\n\n" +
			"Several hundred people marched through downtown Halifax on Saturday, saying rents had doubled.\n\n" +
			"The criticism of Mr. Clinton's personal life comes as Mrs. Clinton is increasingly relying on the former president, saying his record was strong.\n\n" +
			"\"I pay half my income on rent,\" said Jordan Lee, a line cook who carried a sign reading \"Rent is theft.\" \"I'm asking to live where I work.\"\n\n" +
			"\"They know she is strong,\" a voice-over in the ad states. \"She will stand up to the gun lobby.\"",
		want: []want{{"shoppers in the United States were spending less on its leggings", "Lululemon Athletica Inc.", claims.Indirect},
			{"Clinton had the qualifications to be president", "Bernie Sanders", claims.Indirect},
			{"We have seen this before.", "a sign", claims.Direct},
			{"they would not support him in the fall", "22 percent", claims.Indirect},
			{"Yes, I will. That was a poor choice of words.", "Hillary Clinton", claims.Direct},
			{"wiping out that week burdened Black voters", "Democrats", claims.Indirect},
			{"the investigation was largely complete", "A special court", claims.Indirect},
			{"the rule was unlawful", "The tribunal", claims.Indirect},
			{"rents had doubled", "Several hundred people", claims.Indirect},
			{"his record was strong", "Clinton", claims.Indirect},
			{"Rent is theft.", "a sign", claims.Fragment},
			{"I'm asking to live where I work.", "Jordan Lee", claims.Direct},
			{"She will stand up to the gun lobby.", "a voice-over in the ad", claims.Direct}},
	}})
}

// TestSubjectGap checks that people in the plural after a noun, before a
// verb of saying whose clause lacks its subject, say the clause of that
// noun ("a change supporters say will ease"), and are the speakers alone;
// "U.S. officials say" keeps its modifier.
func TestSubjectGap(t *testing.T) {
	checkForms(t, []form{{name: "a bare plural after a noun",
		body: "City council voted on Wednesday to allow up to four homes on every lot, a change supporters say will ease the housing shortage.\n\n" +
			"The man is tied to Russian intelligence services, U.S. officials say.",
		want: []want{{"will ease the housing shortage", "supporters", claims.Indirect},
			{"The man is tied to Russian intelligence services", "U.S. officials", claims.Indirect}},
		none: []string{"City council voted on Wednesday to allow up to four homes on every lot"}}})
}

// TestNoSubjectAfterParticiple checks that a bare noun after a
// participle's preposition ("a text message sent in error on Tuesday told
// them") is no one who speaks: the sentence's subject, who sent it, is.
func TestNoSubjectAfterParticiple(t *testing.T) {
	got := Extract("The Halton District School Board has apologized to parents after a text message sent in error on Tuesday told them that the school was in lockdown.")
	if c := find(got, "the school was in lockdown"); c == nil || c.Speaker.Name != "Halton District School Board" {
		t.Errorf("want the board's claim, not a speaker \"error\":%s", dump(got))
	}
}
