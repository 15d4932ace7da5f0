package extract

import "testing"

// TestTheyForPeopleNamedTogether checks that "they" after a sentence that
// opens by naming two people together stands for the two of them, whom no
// single speaker is: the claim stays unattributed rather than going to a
// body named beside them.
func TestTheyForPeopleNamedTogether(t *testing.T) {
	body := "Ms. Lee Epstein, along with Judge Richard A. Posner of the United States Court of Appeals for the Seventh Circuit and " +
		"William M. Landes, a law professor at the University of Chicago, wrote an assessment of business cases. " +
		"In it, they conclude that four of the justices friendliest to business are now on the court."
	c := find(Extract(body), "four of the justices friendliest to business are now on the court")
	if c == nil {
		t.Fatalf("no claim:%s", dump(Extract(body)))
	}
	if c.Speaker.Name != "" || c.Speaker.Text != "they" {
		t.Errorf("speaker %q (%q), want an unresolved \"they\"", c.Speaker.Name, c.Speaker.Text)
	}
}

// TestTheyForADescribedGroup checks that "they" stands for the people a
// plural noun phrase names before it, not for a body named near them.
func TestTheyForADescribedGroup(t *testing.T) {
	body := "Several Democrats cautioned against drawing lessons from the vote, saying immigration was a bigger problem in Britain and the European Union. " +
		"They also said many British voters were revolting against Brussels."
	c := find(Extract(body), "many British voters were revolting against Brussels")
	if c == nil {
		t.Fatalf("no claim:%s", dump(Extract(body)))
	}
	if c.Speaker.Name == "European Union" || c.Speaker.Text != "They" {
		t.Errorf("speaker %q (%q, role %q), want the Democrats' \"They\"", c.Speaker.Name, c.Speaker.Text, c.Speaker.Role)
	}
}

// TestTheyFits checks how well "they" fits each kind of entity: a group of
// people best, a body less, a body named only after "the" and a person not.
func TestTheyFits(t *testing.T) {
	for _, tt := range []struct {
		e    entity
		want float64
	}{
		{entity{kind: kindGroup}, 1},
		{entity{kind: kindOrg}, 0.5},
		{entity{kind: kindOrg, nominal: true}, 0},
		{entity{kind: kindPerson}, 0},
	} {
		if got := fits(&tt.e, 0, true); got != tt.want {
			t.Errorf("fits(%+v, they) = %v, want %v", tt.e.kind, got, tt.want)
		}
	}
	body := "The union met on Monday. They said the strike would go on."
	if c := find(Extract(body), "the strike would go on"); c == nil || c.Speaker.Text != "They" {
		t.Errorf("no claim of \"They\":%s", dump(Extract(body)))
	}
}

// TestTheyForAPluralSubject checks that "they" after a sentence whose
// subject is a plural noun of no speaker list stands for those people.
func TestTheyForAPluralSubject(t *testing.T) {
	body := "The CIA base in Benghazi was quiet that night.\n\n" +
		"The security contractors assembled their weapons and jumped into vehicles. Bob, they said, ordered them to wait."
	c := find(Extract(body), "Bob ordered them to wait")
	if c == nil {
		t.Fatalf("no claim:%s", dump(Extract(body)))
	}
	if c.Speaker.Name != "" {
		t.Errorf("speaker %q, want the contractors' unresolved \"they\"", c.Speaker.Name)
	}
}
