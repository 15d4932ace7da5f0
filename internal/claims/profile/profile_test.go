package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("hillary-clinton.md", "+++\nname = \"Hillary Rodham Clinton\"\nwikidata = \"Q6294\"\naliases = [\"Hillary Rodham\"]\napart = [\"H. Clinton\"]\n+++\n\nFormer <b>secretary</b> of state.\n")
	set, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := set["hillary-clinton"]
	if p == nil || p.Name != "Hillary Rodham Clinton" || p.Wikidata != "Q6294" || !strings.Contains(p.Bio, "Former") || strings.Contains(p.Bio, "<b>") {
		t.Fatalf("profile %+v", p)
	}
	if got := set.AliasOf("hillary rodham"); got != "hillary-clinton" {
		t.Errorf("AliasOf = %q", got)
	}
	if set.AliasOf("Bill Clinton") != "" || !set.Apart("H. Clinton", "hillary-clinton") || set.Apart("Hillary Clinton", "hillary-clinton") {
		t.Error("a name merged or kept apart that should not be")
	}
	for name, text := range map[string]string{
		"bad-key.md":  "+++\nnmae = \"x\"\n+++\n",
		"Bad Name.md": "+++\n+++\n",
		"bad-qid.md":  "+++\nwikidata = \"6294\"\n+++\n",
		"open.md":     "+++\nname = \"x\"\n",
	} {
		write(name, text)
		_, err := ReadDir(dir)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %v, want one naming the file", name, err)
		}
		os.Remove(filepath.Join(dir, name))
	}
	if set, err := ReadDir(filepath.Join(dir, "none")); err != nil || len(set) != 0 {
		t.Errorf("a missing folder: %v, %v", set, err)
	}
}
