package extract
import ("testing";"fmt";"os")
func TestDbg(t *testing.T){
	b,_ := os.ReadFile(os.Getenv("F"))
	if os.Getenv("C") != "" { debugCoref = func(s string){ fmt.Println(s) } }
	for _, q := range Extract(string(b)) {
		fmt.Printf("CLAIM %q | %q [%q] cue=%q kind=%s act=%s conf=%.2f\n", q.Text[:min(60,len(q.Text))], q.Speaker.Name, q.Speaker.Text, q.Cue, q.Kind, q.Act, q.Confidence)
	}
}
