package extract

import "strings"

// Verbs joined by "and" or "but" share their subject: the second verb's
// speaker is the first verb's subject, found by matching the verbs' forms.

// sharedSubject is the speaker of the nearest cue before the conjunction
// at token j in the same form as the verb at c after it, whose subject
// that verb shares: "Suu Kyi said it was too early but added", "after she
// attacked officers and blamed"; in "May said the country would declare
// its intention and suggested", "declare" is not the verb "suggested"
// goes with. A cue's word that is no cue where it stands is a verb whose
// subject named right before it is shared: "Osei told jurors that Delgado
// put the envelope in his drawer and said". So is any verb's in the past
// with a name or pronoun right before it ("Ms. Sherry smiled and said").
func sharedSubject(p *para, j, c, start int) *mention {
	form := verbForm(p.toks[c].low)
	if form == 'g' {
		return nil // "emailed supporters saying ... and vowing": whose participle is unclear
	}
	for k := j - 1; k > start && p.toks[k].text != ";"; k-- {
		if verbForm(p.toks[k].low) != form {
			continue
		}
		if !p.toks[k].is(fCue | fWeakCue) {
			at := k
			if at-1 > start && (p.toks[at-1].low == "has" || p.toks[at-1].low == "had" || p.toks[at-1].low == "have") {
				// "Mr. Sanders has demonized Wall Street and Mr. Trump has
				// disparaged immigrants, and vowed": a clause of its own after
				// "and", not "claimed Clinton had helped", "the narrative
				// Trump has created"
				if n := p.mentionEndingAt(at - 1); n != nil && n.t0 > start && (p.toks[n.t0-1].low == "and" || p.toks[n.t0-1].low == "but" || p.toks[n.t0-1].text == ",") {
					at--
				}
			}
			if m := p.mentionEndingAt(at); m != nil && m.t0 >= start && !m.poss && (m.kind == byName || m.kind == byPronoun) && (regularPast(p.toks[k].low) || pastForms[p.toks[k].low] || at < k && strings.HasSuffix(p.toks[k].low, "ed")) {
				return m // "When asked whom she supported, Ms. Sherry smiled and said": the verb's own subject, not a clause's before it
			}
			continue
		}
		if cueUse(p, k) {
			return subject(p, k, start)
		}
		if m := p.mentionEndingAt(k); m != nil && m.t0 >= start && !m.poss && (m.kind == byName || m.kind == byPronoun) {
			return m // "Osei told jurors that Delgado put the envelope in his drawer and said": the verb is no cue here, and Delgado its subject
		}
		if m := p.mentionEndingAt(k - 1); m != nil && !m.poss && p.toks[k-1].is(fBe) {
			return m // "Silverman was joined on stage by Al Franken and joked"
		}
	}
	return nil
}

// verbForm tells apart a verb's forms by their endings, so that verbs
// joined by "and" can be matched: 'd' past, 'g' in -ing, 's' present, 'b'
// the base form.
func verbForm(w string) byte {
	switch {
	case strings.HasSuffix(w, "ing"):
		return 'g'
	case strings.HasSuffix(w, "ed") || pastForms[w]:
		return 'd'
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return 's'
	}
	return 'b'
}

// pastForms are irregular past tenses of speech cues.
var pastForms = set(`said told wrote spoke gave made took saw thought felt knew meant sought
swore threw drew began put led`)
