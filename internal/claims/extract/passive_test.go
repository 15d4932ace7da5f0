package extract

import "testing"

// TestPassiveForms checks that a passive's subject is never the speaker of
// the act the passive reports.
func TestPassiveForms(t *testing.T) {
	checkForms(t, []form{
		{
			name: "a passive's subject, an adverb between, is not the speaker, nor of the label after \"as\"",
			body: "The judge ruled he was likely to reoffend. He was also described as \"lacking a conscience.\"\n\n" +
				"Ted Cruz was widely endorsed the day before by former rival Carly Fiorina.\n\n" +
				"Schumer has been praised, but also criticized, for not forcing his senators to fall in line.\n\n" +
				"Liberals railed against him for failing to stop the judge from being confirmed to the court.",
			none: []string{"lacking a conscience.", "the day before by former rival Carly Fiorina", "for not forcing his senators to fall in line"},
		},
	})
}
