package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestSpeakerPages ingests articles whose titles are written in title case
// around names, and whose bodies name two Clintons and two Obamas, and
// builds the site: there is one page per person, none headed by a piece of
// a headline ("Derelict Obama", "Obama Sees"), a place or a date.
func TestSpeakerPages(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public")
	var files []string
	for i, text := range []string{
		"Derelict Obama: 'We Will Fix It'\n\nBarack Obama said on Monday in Chicago that the health law would be fixed by the end of the year.\n\nObama added that he would sign the bill.\n",
		"Obama Sees Progress in Schools\n\nMichelle Obama said in Washington that schools had more money than ever for lunches.\n\n\"We are not done,\" Obama said. \"The work goes on.\"\n",
		"Hillary Clinton Hammers Wells Fargo CEO\n\nHillary Clinton said the bank had cheated millions of its customers for years.\n\nOn Christmas Day, she said the bank owed them an apology.\n",
		"Clinton Recalls the 1990s\n\nFormer president Bill Clinton said the economy grew faster in the 1990s than it does now.\n\nClinton, speaking in Little Rock, said he was proud of those years.\n",
		"Clinton on the Road\n\nClinton said the campaign would visit San Jose next week.\n",
	} {
		f := filepath.Join(dir, "in", strings.Repeat("a", i+1)+".txt")
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	ingestFiles(t, db, files...)
	build(t, "-db", db, "-content", filepath.Join(dir, "content"), "-templates", "../../templates", "-out", out, "-q")
	pages, _ := filepath.Glob(filepath.Join(out, "speakers", "*", "index.html"))
	h1 := regexp.MustCompile(`<h1>([^<]*)</h1>`)
	var heads []string
	for _, p := range pages {
		if m := h1.FindStringSubmatch(read(t, p)); m != nil {
			heads = append(heads, m[1])
		}
	}
	sort.Strings(heads)
	if got, want := strings.Join(heads, "|"), "Barack Obama|Bill Clinton|Hillary Clinton|Michelle Obama"; got != want {
		t.Errorf("speaker pages headed %s, want %s", got, want)
	}
}
