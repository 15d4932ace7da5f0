package reader

import "testing"

func TestLanguage(t *testing.T) {
	const (
		en = "The harbour board voted on Tuesday to keep the night ferries running through the winter. People who work late have no other way home, the chair of the board said after the vote, and the cut would have saved little."
		fr = "Le conseil municipal a voté mardi le maintien des traversées de nuit pendant tout l'hiver. Les gens qui travaillent tard n'ont pas d'autre moyen de rentrer chez eux, a déclaré la présidente après le vote."
		pt = "A câmara municipal aprovou na terça-feira um plano para manter os barcos nocturnos durante o inverno. As pessoas que trabalham até tarde não têm outra forma de voltar para casa, disse o presidente da câmara."
		es = "El ayuntamiento aprobó el martes un plan para mantener los barcos nocturnos durante el invierno. Las personas que trabajan hasta tarde no tienen otra forma de volver a casa, dijo el alcalde después de la votación."
		de = "Der Stadtrat hat am Dienstag beschlossen, die Nachtfähren auch im Winter fahren zu lassen. Wer spät arbeitet, hat keinen anderen Weg nach Hause, sagte die Vorsitzende nach der Abstimmung, und die Kürzung hätte wenig gespart."
	)
	tests := []struct{ declared, text, want string }{
		{"", en, "en"},
		{"", fr, "fr"},
		{"", pt, "pt"},
		{"", es, "es"},
		{"", de, "de"},
		{"en", fr, "fr"},                 // a template's lang="en" on a French page
		{"pt-BR", "Curto demais.", "pt"}, // too short to tell: the declaration stands
		{"EN_us", "Too short.", "en"},
		{"", "Too short to tell.", ""},
		{"x-klingon", "Too short.", ""},
	}
	for _, tt := range tests {
		if got := language(tt.declared, tt.text); got != tt.want {
			t.Errorf("language(%q, %.30q) = %q, want %q", tt.declared, tt.text, got, tt.want)
		}
	}
}
