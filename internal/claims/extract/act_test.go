package extract

import (
	"slices"
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestAct checks that each claim is typed by the act it reports: speech
// and documents' findings are claims to show; beliefs, wishes, plans and
// perceptions are states of mind, stored but not shown.
func TestAct(t *testing.T) {
	tests := []struct {
		sentence string
		claim    string
		act      claims.Act
	}{
		{"Jane Roe said the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"Jane Roe told reporters the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"Jane Roe denied that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"Jane Roe tweeted that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"Jane Roe conceded that drivers on the bridge often pay twice.", "drivers on the bridge often pay twice", claims.Said},                                                    // a plural subject past its phrase, an adverb of how often, a verb
		{"Amira Haddad, 29, set out alone on Sunday to hike the mountain, her sister said.", "Amira Haddad, 29, set out alone on Sunday to hike the mountain", claims.Said},        // a past of no ending, its particle after it
		{"Men make up fewer than one in 10 nurses in Canada, according to a survey by the nurses' association.", "Men make up fewer than one in 10 nurses in Canada", claims.Said}, // a plural without an s, its verb
		{"A new poll found that 62 percent of voters back the bridge.", "62 percent of voters back the bridge", claims.Found},
		{"The report shows that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Found},
		{"Jane Roe believes the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Thought},
		{"Jane Roe thinks the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Thought},
		{"Jane Roe wants the council to build the bridge next year.", "the council to build the bridge", claims.Thought},
		{"Jane Roe plans to build the bridge next year with federal money.", "to build the bridge", claims.Thought},
		{"\"The bridge will cost $4 billion,\" Jane Roe said.", "The bridge will cost $4 billion,", claims.Said},
		// A quote is words spoken, whatever verb of the mind its tag or the paragraph before took: not one the verb takes as its object.
		{"Jane Roe said she thinks the bridge is too dear.\n\n\"I think that's something we need to fight.\"", "I think that's something we need to fight.", claims.Said},
		{"\"Our ideas of success are different,\" agrees Jane Roe, a planner.", "Our ideas of success are different,", claims.Said},
		{"Jane Roe said she believes \"there may be some engineers who are wrong.\"", "there may be some engineers who are wrong.", claims.Thought},
		{"The members met last week to discuss how to escalate their efforts.", "how to escalate their efforts", claims.Stance},
		{"Meteorologist Jane Roe said the town hit 41.2 C on Sunday.", "the town hit 41.2 C on Sunday", claims.Said}, // a past with no ending, a figure after it
		// A headline's participle after a name: what the name is accused of, nothing it said.
		{"Bridge scandal\n\nJane Roe accused of hiding donations from voters in Ottawa.\n\nThe council met.", "hiding donations from voters in Ottawa", claims.Stance},
		{"The judge denied Mr. Hemming's request for phone numbers.", "Mr. Hemming's request for phone numbers", claims.Stance},
		{"The president defended a plan to elect judges by popular vote.", "a plan to elect judges by popular vote", claims.Stance}, // the infinitive's object is no verb
		{"The mayor denied that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"The senators denied Governor Hale the funds needed to finish the bridge this year.", "Governor Hale the funds needed to finish the bridge this year", claims.Stance},
		{"A judge denied bail to a man charged with murder in the shooting death of a teenager.", "bail to a man charged with murder in the shooting death of a teenager", claims.Stance},
		{"Recent polls show that 62 percent of voters back the bridge.", "62 percent of voters back the bridge", claims.Found},
		{"A study by Harvard and the University of California found that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Found},
		// People in the plural find as a body does; what they suggest
		// they say, and what they show they let be seen.
		{"The researchers found that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Found},
		{"The authors combed through the filings and found that 73 percent held subsidiaries abroad.", "73 percent held subsidiaries abroad", claims.Found},
		{"Aides suggested that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"His supporters are showing that they will not rally behind the mayor.", "they will not rally behind the mayor", claims.Thought},
		// A body that confirms something says so; a document that does
		// finds it.
		{"Vanguard Logistics Services confirmed that he was a passenger on the plane.", "he was a passenger on the plane", claims.Said},
		{"A new study confirmed that the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Found},
		// A thing done with a document is no statement, though a
		// relative clause tells what the document does; what a ruling
		// or an order states is.
		{"More than 100 Labour MPs signed an amendment that would block the cuts to benefits.", "an amendment that would block the cuts to benefits", claims.Stance},
		{"The judge ordered the release of records that showed the mayor had approved the contract.", "the release of records that showed the mayor had approved the contract", claims.Stance},
		{"The judge ordered that the documents be released by Thursday.", "the documents be released by Thursday", claims.Said},
		// A plea entered is a thing done, its words no statement.
		{"Vikram Anand, 61, pleaded guilty in provincial offences court to two charges under the act.", "guilty in provincial offences court to two charges under the act", claims.Stance},
		// People who indicate something say it; a document's indication is its finding.
		{"Hannity indicated that he harbored no bad blood from the primary.", "he harbored no bad blood from the primary", claims.Said},
		{"The audit indicated that costs had doubled since 2019.", "costs had doubled since 2019", claims.Found},
		// A charge laid is a thing done; a charge made in words is said.
		{"Peel police have charged a 38-year-old man with second-degree murder after a woman was found dead.", "a 38-year-old man with second-degree murder after a woman was found dead", claims.Stance},
		{"The senator charged the administration had misled voters with false numbers.", "the administration had misled voters with false numbers", claims.Said},
		// A thing named, though a clause of its own follows a subordinator.
		{"Frank Moretti conceded defeat early Wednesday after a recount confirmed the result.", "defeat early Wednesday after a recount confirmed the result", claims.Stance},
		// "to" before a name or a thing says to whom or to what, no
		// infinitive; before a verb, a gerund or a predicate, a clause.
		{"Mark Delaney conceded to incumbent Rep. Susan Whitfield shortly before 10 p.m.", "to incumbent Rep. Susan Whitfield shortly before 10 p.m.", claims.Stance},
		{"Marcel Lazar admitted to defrauding about 100 Americans from his home.", "to defrauding about 100 Americans from his home", claims.Said},
		{"Jane Roe promised to build the bridge next year.", "to build the bridge next year", claims.Said},
		{"Jane Roe referred to the bridge as \"a monument to waste.\"", "to the bridge as \"a monument to waste.\"", claims.Said},
		{"Jane Roe praised the talks as having gone \"very well\" on Monday.", "the talks as having gone \"very well\"", claims.Said}, // "as" before a gerund subordinates nothing
		// What someone tells themself is a thought; a "himself" inside
		// the statement is no such telling.
		{"Jane Roe told herself the worst was over.", "the worst was over", claims.Thought},
		{"Every night Jane Roe kept saying to herself that the bridge would hold.", "the bridge would hold", claims.Thought},
		{"The campaign manager replied that the senator himself would decide on the bridge.", "the senator himself would decide on the bridge", claims.Said},
		{"The former president and his wife's campaign found themselves in a muddy battle over sexism with the Republican candidate.", "themselves in a muddy battle over sexism with the Republican candidate", claims.Thought}, // the verb's own object
		{"The U.S. media has always claimed itself to be an unbiased review of the news.", "itself to be an unbiased review of the news", claims.Said},                                                                           // what it says it is
		// A question named states no answer: a stance; "how" often tells
		// what happened, and "said" states.
		{"Jane Roe explained why the bridge would cost $4 billion.", "why the bridge would cost $4 billion", claims.Stance},
		{"Jane Roe questioned whether the bridge would cost $4 billion.", "whether the bridge would cost $4 billion", claims.Stance},
		{"Jane Roe recalled how the bridge had cost $4 billion in the end.", "how the bridge had cost $4 billion in the end", claims.Said},
		// A thing named, with no statement about it, is no claim to
		// check, whatever the verb: a stance.
		{"Jane Roe said it was \"distressing\" that the bridge had failed.", "distressing", claims.Stance},
		{"Jane Roe said the bridge was distressing.", "the bridge was distressing", claims.Said},
		// Whatever the cue, a report of a thing with no clause is a
		// stance; a clause's verb is known from WordNet's verbs after its
		// subject, a pronoun, a plural or any noun.
		{"Several executives warned the dire consequences of a hard Brexit.", "the dire consequences of a hard Brexit", claims.Stance},
		{"The company on Wednesday announced \"Bridge Run,\" its first game for phones.", "\"Bridge Run,\" its first game for phones", claims.Stance},
		{"Jane Roe said he sees a lot of waste in the budget.", "he sees a lot of waste in the budget", claims.Said},
		{"Jane Roe said obstacles remain for many of the applicants.", "obstacles remain for many of the applicants", claims.Said},
		{"Jane Roe said the council sells its land to builders.", "the council sells its land to builders", claims.Said},
		{"Analysts suggest shippers no longer view rail as a solution.", "shippers no longer view rail as a solution", claims.Said},
		{"Jane Roe said the laws favour the owner, not the tenant.", "the laws favour the owner, not the tenant", claims.Said},
		{"Three in four Canadians support a ban on phones, according to a poll by Ipsos.", "Three in four Canadians support a ban on phones", claims.Said}, // a nation's people are a plural, its verb after them
		{"The firm accuses the council of misleading its voters.", "the council of misleading its voters", claims.Said},
		// A verb inside the noun phrase ("that encourages") makes no clause
		// of it; a promise of a thing and a figure are claims.
		{"Jane Roe announced a program that encourages schools to build bridges.", "a program that encourages schools to build bridges", claims.Stance},
		{"The mayor's first comments on the election came with a tough warning.", "the election came with a tough warning", claims.Stance},
		// Nor does a participle before "by" ("brought by", "taken by"):
		// it names the thing, as the relative word does.
		{"A judge on Monday dismissed a lawsuit brought by tenants who sought the tower's closure.", "a lawsuit brought by tenants who sought the tower's closure", claims.Stance},
		{"Jane Roe cited a memo written by staff in 2019.", "a memo written by staff in 2019", claims.Stance},
		{"Jane Roe said the bridge built by the province rusts.", "the bridge built by the province rusts", claims.Said},
		// The object a topic's link parts from its cue is a topic, unless
		// it is a charge ("accused of"); "about" before a number rounds a
		// figure.
		{"Neighbours complained about speeding on the street for years.", "speeding on the street for years", claims.Stance},
		{"Jane Roe warned of rising costs on the bridge.", "rising costs on the bridge", claims.Stance},
		{"The office said about half of the money went to rent.", "about half of the money went to rent", claims.Said},
		{"The mayor went after the developers, who she accused of hiding the true cost of the tower.", "hiding the true cost of the tower", claims.Said},
		// Whom a source quoted is no statement of the source's.
		{"A memo quoted Mayor Jane Roe as saying \"We will not budge on the levy.\"", "Mayor Jane Roe as saying \"We will not budge on the levy.\"", claims.Stance},
		// An "-ed" word after a preposition is an adjective, no verb.
		{"The council rejected calls for a vote in the face of repeated floods.", "calls for a vote in the face of repeated floods", claims.Stance},
		// Posting is a deed, unless what was posted is a clause after "that".
		{"Jane Roe posted a video to her page in which she thanked the crews.", "a video to her page in which she thanked the crews", claims.Stance},
		{"Jane Roe posted on Sunday that the bridge would close for a month.", "the bridge would close for a month", claims.Said},
		{"Jane Roe promised a thousand more beds by the end of the year.", "a thousand more beds by the end of the year", claims.Said},
		{"The city reported 8,640 homeless residents in the spring.", "8,640 homeless residents in the spring", claims.Said},
		{"The city reported an estimated 1,100 trucks at the border.", "an estimated 1,100 trucks at the border", claims.Said},
		// A number inside a thing named makes no figure of it; a
		// hyphenated compound's "-ed" is no verb; a verb after "and"
		// shares the cue's subject and opens no clause.
		{"Jane Roe knocked out Ann Lee 51 seconds into the first round.", "Ann Lee 51 seconds into the first round", claims.Stance},
		{"Jane Roe reads a book to her toddler-aged son.", "a book to her toddler-aged son", claims.Stance},
		{"Jane Roe writes about style and answers reader questions for the column.", "style and answers reader questions for the column", claims.Stance},
		// A gerund after the cue and a characterisation are statements.
		{"The campaign reported spending $1.8 million on television ads.", "spending $1.8 million on television ads", claims.Said},
		{"Jane Roe denied taking money from the builders.", "taking money from the builders", claims.Said},
		{"Jane Roe called the bridge a waste of money.", "the bridge a waste of money", claims.Said},
		{"Jane Roe called the plan \"a disaster\" on Monday.", "the plan \"a disaster\"", claims.Said},
		{"Jane Roe called the distance between a pickup and the sign.", "the distance between a pickup and the sign", claims.Stance},
		// A modal makes the cue a supposition, unless a person "would"
		// (what they used to say) or the first person hedges.
		{"Few would argue that the bridge will cost $4 billion.", "the bridge will cost $4 billion", claims.Thought},
		{"The council could argue that the bridge will cost $4 billion.", "the bridge will cost $4 billion", claims.Thought},
		{"Theresa May said the bridge would cost $4 billion.", "the bridge would cost $4 billion", claims.Said},
		{"Jane Roe would later say that the bridge had cost $4 billion.", "the bridge had cost $4 billion", claims.Said},
		{"Jane Roe would say that the bridge had cost $4 billion.", "the bridge had cost $4 billion", claims.Said},
		{"I would argue that the bridge will cost $4 billion.", "the bridge will cost $4 billion", claims.Said},
		// A past with no ending of its own, or of a verb used mostly as a
		// noun, makes a clause before an object; a noun does not.
		{"Jane Roe said her team let one slip away in the final minute.", "her team let one slip away in the final minute", claims.Said},
		{"Jane Roe said the council blew the budget on the bridge.", "the council blew the budget on the bridge", claims.Said},
		{"Ann Lee endorsed the presidential bid of Jane Roe.", "the presidential bid of Jane Roe", claims.Stance},
		// A plural subject before a prepositional phrase agrees with the
		// verb after it; an adverb stands before a verb.
		{"Jane Roe told reporters the laws around renovating a unit favour the owner, not the tenant.", "the laws around renovating a unit favour the owner, not the tenant", claims.Said},
		// A verb in -s that is a noun too, after a singular subject and
		// before its object or a figure, makes a clause.
		{"Doug Ford said traffic congestion costs the province $11 billion a year.", "traffic congestion costs the province $11 billion a year", claims.Said},
		{"Doug Ford said the plan costs $11 billion a year.", "the plan costs $11 billion a year", claims.Said},
		{"Jane Roe said the council's board frequently lobbies its members.", "the council's board frequently lobbies its members", claims.Said},
		// After "that", a subject and a verb's bare form make a clause (a
		// subjunctive); the reader's "you" with a modal says nothing.
		{"The audit recommended that the board hire an independent financial monitor.", "the board hire an independent financial monitor", claims.Said},
		{"Jane Roe urged that everyone take a deep breath and relax.", "everyone take a deep breath and relax", claims.Said},
		{"You can also suggest that your man smooth his moisturizer into his beard.", "your man smooth his moisturizer into his beard", claims.Thought},
		// A relative clause set off by commas ends at the second: the verb
		// after it is the statement's.
		{"The union said its members, who include custodians and educators, earn an average of $39,000 a year.", "its members, who include custodians and educators, earn an average of $39,000 a year", claims.Said},
		{"Jane Roe praised the workers, who include custodians, for their effort.", "the workers, who include custodians, for their effort", claims.Stance},
		// A past that keeps its base form is a verb before its object.
		{"Justice Sheilah Martin said the old rule no longer fit the technology.", "the old rule no longer fit the technology", claims.Said},
		// A count that stands for its noun is a subject: "the two knew".
		{"Const. Dani McKinnon said the two knew each other.", "the two knew each other", claims.Said},
		{"Jane Roe said some believe the plan will fail.", "some believe the plan will fail", claims.Said},
		// A participle after "as" is how a thing was done: "as promised".
		{"He proposed dropping the tax as promised, but analysts agreed it was still a top-heavy plan.", "it was still a top-heavy plan", claims.Thought},
		// So does a count after "of": "a crowd of 6,500 filled"; not a year.
		{"The league said a crowd of 6,500 filled the stadium.", "a crowd of 6,500 filled the stadium", claims.Said},
		{"Jane Roe predicted the outcome of every election since 1984 based on a formula.", "the outcome of every election since 1984 based on a formula", claims.Stance},
		// A comparative before its noun opens the object; one that ends
		// the words modifies no noun after.
		{"Jane Roe said warmer water fuels stronger storms.", "warmer water fuels stronger storms", claims.Said},
		{"Apple says its battery lasts \"all day,\" though it gave no figure.", "its battery lasts \"all day,\"", claims.Said}, // a quantifier opens the object as a determiner does
		{"Jane Roe said cheap power fuels heavier industry in the north.", "cheap power fuels heavier industry in the north", claims.Said},
		{"Jane Roe has been underscoring her conservative values more.", "her conservative values more", claims.Stance},
		{"Jane Roe expressed her condolences over the Orlando massacre.", "her condolences over the Orlando massacre", claims.Stance},
		// A participle after "being" is no clause's verb.
		{"Liberals railed against him for failing to stop the judge from being confirmed to the court.", "him for failing to stop the judge from being confirmed to the court", claims.Stance},
		{"Jane Roe said she cannot support the bridge in its present form.", "she cannot support the bridge in its present form", claims.Said},
		// A thing and what someone calls it is no statement; a person
		// reading something out reads, says nothing.
		{"The mayor attacked what he calls \"fake news\" about the bridge.", "what he calls \"fake news\" about the bridge", claims.Stance},
		{"The mayor read the tarot for a living before she ran the bridge authority.", "the tarot for a living before she ran the bridge authority", claims.Stance},
		// Asking not to be named is about the source, no claim.
		{"Jane Roe, who asked not to be named, said the bridge would cost $4 billion.", "not to be named", claims.Stance},
		// "to" and a noun phrase names what the cue points at or whom it
		// addresses; "to" and a verb is a promise or a request, "to X as"
		// a characterisation.
		{"Jane Roe pointed to reports that the bridge had cracked twice.", "to reports that the bridge had cracked twice", claims.Stance},
		{"Jane Roe referred to her \"bridge tape\" in a speech.", "to her \"bridge tape\" in a speech", claims.Stance},
		{"Jane Roe wrote to Mrs. Lee about a visit to the bridge.", "to Mrs. Lee about a visit to the bridge", claims.Stance},
		{"Jane Roe vowed to forcibly deport the bridge's builders.", "to forcibly deport the bridge's builders", claims.Said},
		{"Jane Roe promised to legalize the bridge by executive order.", "to legalize the bridge by executive order", claims.Said},
		{"Jane Roe referred to Ann Lee as \"a bright, charismatic guy\" on Monday.", "to Ann Lee as \"a bright, charismatic guy\"", claims.Said},
		// A question a topic names is no statement either.
		{"Jane Roe made conflicting statements about how she would pay for the bridge.", "how she would pay for the bridge", claims.Stance},
		{"Jane Roe spoke about how the city would pay for the new bridge.", "how the city would pay for the new bridge", claims.Stance},
		{"Jane Roe called for fees to be \"clawed back\" from the builders.", "fees to be \"clawed back\" from the builders", claims.Said}, // a demand, in her words
		// What "refer" points at is no statement, however it goes on.
		{"The Hollow Valley refers to those towns east of the river and west of the hills.", "to those towns east of the river and west of the hills", claims.Stance},
		{"Jane Roe referred further questions to the bridge authority.", "further questions to the bridge authority", claims.Stance},
	}
	for _, tt := range tests {
		qs := Extract(tt.sentence)
		found := false
		for _, q := range qs {
			if q.Text != tt.claim {
				continue
			}
			found = true
			if q.Act != tt.act {
				t.Errorf("%q: act of %q = %q, want %q", tt.sentence, q.Text, q.Act, tt.act)
			}
		}
		if !found {
			t.Errorf("%q: no claim %q among %v", tt.sentence, tt.claim, texts(qs))
		}
	}
}

// TestInside checks that quoted words inside a statement of the same
// speaker are part of that claim, not a claim of their own, while a
// quote of someone else inside it stands alone.
func TestInside(t *testing.T) {
	qs := Extract(`Jane Roe said the talks with the union had been "very productive" and would go on next week.`)
	var outer, inner *claims.Quote
	for i := range qs {
		switch qs[i].Text {
		case `the talks with the union had been "very productive" and would go on next week`:
			outer = &qs[i]
		case "very productive":
			inner = &qs[i]
		}
	}
	if outer == nil || inner == nil {
		t.Fatalf("claims: %v", texts(qs))
	}
	if outer.Inside || !inner.Inside {
		t.Errorf("outer inside = %v, inner inside = %v; want false, true", outer.Inside, inner.Inside)
	}
	if !claims.Shown(outer.Act, outer.Confidence, 0.5, outer.Inside) || claims.Shown(inner.Act, inner.Confidence, 0.5, inner.Inside) {
		t.Errorf("shown: outer %v, inner %v; want true, false", claims.Shown(outer.Act, outer.Confidence, 0.5, outer.Inside),
			claims.Shown(inner.Act, inner.Confidence, 0.5, inner.Inside))
	}
}

// TestReasonAfterACue checks that a clause of reason or concession after
// a cue and its comma is the reporter's, not what was said: "none of the
// videos she was talking about showed the scene she described, although
// ..." holds no claim of hers; "warned, if ..." still does.
func TestReasonAfterACue(t *testing.T) {
	got := Extract("Not that anyone on the business side is arguing, since the network's profits are up 40 percent this year.\n\n" +
		"None of the videos showed the scene she described, although in one section a similar scene is described in a voiceover.\n\n" +
		"The mayor warned, if the plan fails, the city will have to borrow money.")
	for _, text := range []string{"since the network's profits are up 40 percent this year", "although in one section a similar scene is described in a voiceover"} {
		if c := find(got, text); c != nil {
			t.Errorf("want no claim %q; got %s", text, dump(got))
		}
	}
	if c := find(got, "if the plan fails, the city will have to borrow money"); c == nil {
		t.Errorf("want the mayor's warning; got %s", dump(got))
	}
}

// TestTermQuoted checks that a word or two quoted alone, as titles quote
// them, is a term rather than a claim to check, though the word reads as
// a clause of its own ("betraying").
func TestTermQuoted(t *testing.T) {
	qs := Extract("Roe accuses mayor of \"betraying\" farmers\n\nJane Roe spoke on Monday.")
	if c := find(qs, "betraying"); c == nil || c.Act != claims.Stance {
		t.Errorf("want \"betraying\" a stance; got %s", dump(qs))
	}
}

func texts(qs []claims.Quote) []string {
	var s []string
	for _, q := range qs {
		s = append(s, q.Text)
	}
	return s
}

// TestDeed checks that the thing a deed's cue names is no statement,
// whether quoted words lie in it (a fragment) or not, and that a clause
// after "that" or a colon stays one.
func TestDeed(t *testing.T) {
	for _, tt := range []struct {
		body, cue, text string
		kind            claims.Kind
		want            bool
	}{
		{"The band posted a video in which the drummer \"takes a bow\" for the crowd.", "posted", "a video in which the drummer \"takes a bow\" for the crowd", claims.Fragment, true},
		{"The band posted a video in which the drummer takes a bow.", "posted", "a video in which the drummer takes a bow", claims.Indirect, true},
		{"The band posted that the drummer would \"take a bow\" soon.", "posted", "the drummer would \"take a bow\" soon", claims.Fragment, false},
		{"The band posted: the drummer \"takes a bow\".", "posted", "the drummer \"takes a bow\"", claims.Fragment, false},
	} {
		c := strings.Index(tt.body, tt.cue)
		s := strings.Index(tt.body, tt.text)
		q := claims.Quote{Kind: tt.kind, Cue: tt.cue, CueSpan: claims.Span{Start: c, End: c + len(tt.cue)}, Span: claims.Span{Start: s, End: s + len(tt.text)}, Text: tt.text}
		if got := deed(&q, tt.body); got != tt.want {
			t.Errorf("%q: deed = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestFinalWords checks that the words read from the end of a text are the
// last of those strings.Fields splits it into, whatever the spaces.
func TestFinalWords(t *testing.T) {
	for _, text := range []string{"", "  ", "one", "You can also", " you  could\tsay\n", "non\u00a0breaking\u2003spaces here", "été à Montréal, dit-il"} {
		all := strings.Fields(text)
		for n := 1; n <= 4; n++ {
			want := all[max(0, len(all)-n):]
			if got := finalWords(text, n); !slices.Equal(got, want) {
				t.Errorf("finalWords(%q, %d) = %q, want %q", text, n, got, want)
			}
		}
	}
}
