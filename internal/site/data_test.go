package site

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"claimtrack/internal/config"
)

// TestOpenData reads data/ back: claims.csv and claims.json hold the
// claims the site shows with the columns datapackage.json describes,
// speakers.csv the speakers with claims, and the database is published
// when the build has its snapshot.
func TestOpenData(t *testing.T) {
	d := data(3)
	d.Claims[2].Confidence = 0.1 // not shown, so not in the data either
	d.Claims[0].Text = "=cmd|' /C calc'!A0, \"quoted\"\nand a new line"
	out := t.TempDir()
	snapshot := filepath.Join(t.TempDir(), "snapshot.db")
	db := []byte("SQLite format 3\x00")
	if err := os.WriteFile(snapshot, db, 0o644); err != nil {
		t.Fatal(err)
	}
	build := func() Stats {
		st, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"),
			Out: out, Database: snapshot})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	build()
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join(out, "data", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	rows, err := csv.NewReader(open("claims.csv")).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(rows[0]) != len(claimFields) || rows[0][0] != "id" {
		t.Fatalf("claims.csv: %d rows, header %v", len(rows), rows[0])
	}
	texts := map[string]bool{}
	for _, r := range rows[1:] {
		texts[r[1]] = true
	}
	if !texts[d.Claims[0].Text] || !texts[d.Claims[1].Text] || texts[d.Claims[2].Text] {
		t.Errorf("claims.csv texts: %v", texts)
	}
	var objs []map[string]any
	if err := json.NewDecoder(open("claims.json")).Decode(&objs); err != nil {
		t.Fatal(err)
	}
	if len(objs) != 2 || objs[0]["speaker"] != "Jane Smith" || objs[0]["prediction"] != false || objs[0]["confidence"] != 1.0 {
		t.Errorf("claims.json: %v", objs)
	}
	var pkg struct {
		Resources []struct {
			Name, Path string
			Schema     struct{ Fields []field }
		}
	}
	if err := json.NewDecoder(open("datapackage.json")).Decode(&pkg); err != nil {
		t.Fatal(err)
	}
	paths := map[string]int{}
	for _, r := range pkg.Resources {
		paths[r.Path] = len(r.Schema.Fields)
		if _, err := os.Stat(filepath.Join(out, "data", r.Path)); err != nil {
			t.Errorf("datapackage.json lists %s: %v", r.Path, err)
		}
	}
	if paths["claims.csv"] != len(claimFields) || paths["speakers.csv"] != len(speakerFields) {
		t.Errorf("datapackage.json resources: %v", paths)
	}
	if _, ok := paths["claims.db"]; !ok {
		t.Error("datapackage.json lacks the database")
	}
	if b, err := os.ReadFile(filepath.Join(out, "data", "claims.db")); err != nil || string(b) != string(db) {
		t.Errorf("data/claims.db: %q, %v; want the snapshot's bytes", b, err)
	}
	// The same snapshot again leaves the published file as it was.
	if err := os.WriteFile(snapshot, db, 0o644); err != nil {
		t.Fatal(err)
	}
	if st := build(); st.Written != 0 {
		t.Errorf("the same data again wrote %d files", st.Written)
	}
	speakers, err := csv.NewReader(open("speakers.csv")).ReadAll()
	if err != nil || len(speakers) != 2 || speakers[1][0] != "jane-smith" || speakers[1][4] != "2" {
		t.Errorf("speakers.csv: %v %v", speakers, err)
	}
	if _, err := os.Stat(filepath.Join(out, "data", "index.html")); err != nil {
		t.Errorf("no page describing the data: %v", err)
	}
}

// TestClaimsJSON checks the hand-written claims.json against what
// encoding/json makes of the same rows as maps, escapes included.
func TestClaimsJSON(t *testing.T) {
	var rows [][]string
	var objects []map[string]any
	for _, text := range []string{"plain", "<b>&amp; \"quoted\"</b>\n\t\u2028 — ünïcode", ""} {
		row := make([]string, len(claimFields))
		obj := map[string]any{}
		for i, f := range claimFields {
			switch f.Type {
			case "boolean":
				row[i] = "true"
			case "integer":
				row[i] = "3"
			case "number":
				row[i] = "0.875"
			default:
				row[i] = f.Name + ": " + text
			}
			obj[f.Name] = typed(f.Type, row[i])
		}
		rows = append(rows, row)
		objects = append(objects, obj)
	}
	want, err := json.MarshalIndent(objects, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(claimsJSON(rows)); got != string(want)+"\n" {
		t.Errorf("claims.json:\n%s\nwant:\n%s", got, want)
	}
	if got := string(claimsJSON(nil)); got != "[]\n" {
		t.Errorf("no claims: %q, want []", got)
	}
}
