package config

import (
	"os"
	"path/filepath"
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
				if tt.name == "overrides" && (c.Title != "Watch" || c.PageSize != 10 || c.Database != "claims.db") {
					t.Errorf("got %+v", c)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want one naming %s and saying %q", err, path, tt.want)
			}
		})
	}
	if c, err := Load(filepath.Join(dir, "absent.toml"), true); err != nil || c != Defaults() {
		t.Errorf("optional absent file: %+v, %v", c, err)
	}
	if _, err := Load(filepath.Join(dir, "absent.toml"), false); err == nil {
		t.Error("a missing file that was asked for is not an error")
	}
}
