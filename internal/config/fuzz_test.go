package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds Load arbitrary site.toml files: it must never panic, an
// error must name the file, and a configuration it accepts must validate
// and name only rating keys and page sizes that can make a site.
func FuzzLoad(f *testing.F) {
	if b, err := os.ReadFile("../../site.toml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("title = \"x\"\n[[rating]]\nkey = \"../x\"\nlabel = \"X\"\n"))
	f.Add([]byte("page_size = -1\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		path := filepath.Join(t.TempDir(), "site.toml")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(path, false)
		if err != nil {
			if !strings.Contains(err.Error(), path) && !strings.HasPrefix(err.Error(), "config:") {
				t.Fatalf("error names neither the file nor the settings: %v", err)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("Load accepted what Validate refuses: %v", err)
		}
		for _, r := range c.Ratings {
			if !Slug.MatchString(r.Key) {
				t.Fatalf("rating key %q names no page", r.Key)
			}
		}
		if c.PageSize < 1 {
			t.Fatalf("page size %d", c.PageSize)
		}
	})
}
