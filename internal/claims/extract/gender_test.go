package extract

import (
	"testing"

	"claimtrack/internal/claims"
)

// TestKinTellsGender checks that a name set off after a noun for kin
// takes its gender ("her sister, Elena,"), and so does a name of either
// gender that a relative clause's possessive follows ("Casey Dunn, who
// lost her daughter"), so that "she" after her is hers rather than someone's
// named before. A possessive further into the clause may be someone
// else's, and tells nothing. Kin tells gender before a surname alone
// joins a full name: "Lavallee said she" is the sister, not "her
// brother, Jordan Lavallee".
func TestKinTellsGender(t *testing.T) {
	checkForms(t, []form{{name: "her sister",
		body: "Maya Ortiz opened the bakery with her sister, Elena, in 2009. \"We're the last ones left,\" Maya says.\n\n" +
			"Elena handles the books. She says rent has tripled since they signed their first lease.",
		want: []want{{"rent has tripled since they signed their first lease", "Elena", claims.Indirect}}},
		{name: "who lost her daughter",
			body: "\"The state failed us,\" Lena Brook said.\n\n" +
				"Casey Dunn, who lost her daughter Mia Dunn in the flood, said the warning came too late. \"Nobody knocked on our door,\" she said.",
			want: []want{{"Nobody knocked on our door,", "Casey Dunn", claims.Direct}}},
		{name: "not a possessive further into the clause",
			body: "\"The count was fair,\" Tom Reyes said.\n\n" +
				"Casey Dunn, who cites the votes as evidence of her rival's weakness, asked for a recount. \"I expected more,\" he said.",
			want: []want{{"I expected more,", "Casey Dunn", claims.Direct}}},
		{name: "a brother of the same surname, before the surname alone",
			body: "Tanya Lavallee testified that Kyle Morin had pushed her brother, Jordan Lavallee, against a wall.\n\n" +
				"Morin has pleaded not guilty. Lavallee said she was sure of what she saw.",
			want: []want{{"she was sure of what she saw", "Tanya Lavallee", claims.Indirect}}},
	})
}

// TestGenderAgainstSpeaker checks that a pronoun of the other gender than
// the list gives the one who speaks in its own paragraph goes to no one
// named further back ("Stacy" is a woman's name by the lists; the
// reporter writes "he"), that an acronym alone is no given name ("an AI
// bubble"), and that someone a preposition brings in through an owner
// ("with HuffPost Live's Alyona Minkovski") is no subject whose gender
// counts.
func TestGenderAgainstSpeaker(t *testing.T) {
	checkForms(t, []form{{name: "he after a woman's given name",
		body: "Chief executive Jensen Huang told analysts the demand was huge.\n\n" +
			"Analyst Stacy Rasgon of Bernstein said the results would calm investors who feared an AI bubble. \"This is not what a bubble looks like,\" he said.",
		want: []want{{"This is not what a bubble looks like,", "he", claims.Direct}}},
		{name: "a woman brought in by a preposition",
			body: "Actor John Leguizamo is writing a comedy.\n\n" +
				"In a conversation with HuffPost Live’s Alyona Minkovski about his project, the actor discussed history books. \"Just imagine, you are a white kid,\" he said.",
			want: []want{{"Just imagine, you are a white kid,", "John Leguizamo", claims.Direct}}},
	})
}
