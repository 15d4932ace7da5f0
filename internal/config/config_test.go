package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, toml, want string // want: "" for success, else a piece of the error
	}{
		{"defaults only", "", ""},
		{"overrides", "title = \"Watch\"\nbase_url = \"https://example.org/c/\"\npage_size = 10\n", ""},
		{"unknown key", "titel = \"x\"\n", "unknown setting titel"},
		{"bad toml", "title = \"x\"\npage_size = ten\n", ":2:"},
		{"base url without slash", "base_url = \"https://example.org/c\"\n", "must end in /"},
		{"page size", "page_size = 0\n", "page_size 0"},
		{"no database", "database = \"\"\n", "database"},
		{"own scale", "[[rating]]\nkey = \"unrated\"\nlabel = \"New\"\ncolor = \"#555\"\nclaims = true\n" +
			"[[rating]]\nkey = \"pending\"\nlabel = \"Waiting\"\ncolor = \"#a50\"\npredictions = true\n" +
			"[[rating]]\nkey = \"overdue\"\nlabel = \"Late\"\ncolor = \"#b00\"\npredictions = true\ncomputed = true\n", ""},
		{"scale without overdue", "[[rating]]\nkey = \"unrated\"\nlabel = \"New\"\ncolor = \"#555\"\nclaims = true\n", "overdue"},
		{"bad colour", "[[rating]]\nkey = \"x\"\nlabel = \"X\"\ncolor = \"red\"\nclaims = true\n", "not #rgb"},
		{"rating value out of range", "[[rating]]\nkey = \"x\"\nlabel = \"X\"\ncolor = \"#fff\"\nclaims = true\nrating_value = 9\nbest_rating = 5\nworst_rating = 1\n", "rating_value 9"},
		{"unknown rating key", "[[rating]]\nkey = \"x\"\nlabl = \"X\"\n", "unknown setting rating.labl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".toml")
			if err := os.WriteFile(path, []byte(tt.toml), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := Load(path, false)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if tt.name == "overrides" && (c.Title != "Watch" || c.PageSize != 10 || c.Database != "claims.db" || len(c.Ratings) != 14) {
					t.Errorf("got %+v", c)
				}
				if tt.name == "own scale" && (len(c.Ratings) != 3 || c.Ratings[1].Label != "Waiting") {
					t.Errorf("own scale: %+v", c.Ratings)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want one naming %s and saying %q", err, path, tt.want)
			}
		})
	}
	if c, err := Load(filepath.Join(dir, "absent.toml"), true); err != nil || !reflect.DeepEqual(c, Defaults()) {
		t.Errorf("optional absent file: %+v, %v", c, err)
	}
	if _, err := Load(filepath.Join(dir, "absent.toml"), false); err == nil {
		t.Error("a missing file that was asked for is not an error")
	}
}

func TestSettable(t *testing.T) {
	c := Defaults()
	for _, tt := range []struct {
		status          string
		settable, known bool
	}{{"false", true, true}, {"pending", true, true}, {"overdue", false, true}, {"maybe", false, false}} {
		if s, k := c.Settable(tt.status); s != tt.settable || k != tt.known {
			t.Errorf("Settable(%q) = %v, %v; want %v, %v", tt.status, s, k, tt.settable, tt.known)
		}
	}
}

func TestRatingKeysAreSlugs(t *testing.T) {
	for _, key := range []string{"../../../x", "Mostly True", "a/b", "-x"} {
		rs := append(DefaultRatings(), Rating{Key: key, Label: "X", Color: "#fff", Claims: true})
		if err := validateRatings(rs); err == nil {
			t.Errorf("rating key %q accepted", key)
		}
	}
}
