package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg5(t *testing.T) {
	if os.Getenv("C") != "" {
		debugCoref = func(s string) { fmt.Println(s) }
	}
	for _, q := range Extract(os.Getenv("T")) {
		fmt.Printf("CLAIM %q | %q [%q] cue=%q kind=%s\n", q.Text, q.Speaker.Name, q.Speaker.Text, q.Cue, q.Kind)
	}
}
