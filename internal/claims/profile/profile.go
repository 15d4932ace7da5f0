// Package profile reads the editors' speaker files, content/speakers/<slug>.md,
// through which a newsroom corrects what extraction made of a speaker
// without touching code:
//
//	+++
//	name = "Hillary Rodham Clinton"     # optional: the name to show
//	role = "U.S. Secretary of State"    # optional: the role to show
//	description = "..."                 # optional: one line under the name
//	wikidata = "Q6294"                  # optional: the speaker's Wikidata item
//	aliases = ["Hillary Rodham"]        # optional: names that are this speaker
//	apart = ["H. Clinton"]              # optional: names that are not, though they agree
//	+++
//
//	A biography in Markdown (raw HTML is left out).
//
// The file's name is the speaker's slug. Aliases merge other names (and the
// speakers stored under them) into this one; apart keeps names out that the
// identity rules would join to it. Both hold at ingest, at -reresolve and
// when the site is built, so corrections survive re-ingest and re-extraction.
package profile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/frontmatter"
)

// Profile is one speaker file.
type Profile struct {
	Slug        string
	File        string
	Name        string   `toml:"name"`
	Role        string   `toml:"role"`
	Description string   `toml:"description"`
	Wikidata    string   `toml:"wikidata"`
	Aliases     []string `toml:"aliases"`
	Apart       []string `toml:"apart"`
	Bio         string   // the Markdown body rendered to HTML, raw HTML omitted
}

var wikidataID = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// Read reads and checks one speaker file.
func Read(file string) (*Profile, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	p := &Profile{Slug: strings.TrimSuffix(filepath.Base(file), ".md"), File: file}
	body, _, md, err := frontmatter.Decode(file, src, "a speaker file", p)
	if err != nil {
		return nil, err
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("%s: unknown key %s (known: name, role, description, wikidata, aliases, apart)", file, un[0])
	}
	if p.Slug != claims.Slug(p.Slug) || p.Slug == "" {
		return nil, fmt.Errorf("%s: the file's name must be a speaker's slug, such as hillary-clinton.md", file)
	}
	if p.Wikidata != "" && !wikidataID.MatchString(p.Wikidata) {
		return nil, fmt.Errorf("%s: wikidata %q is no Wikidata ID: write it as Q6294", file, p.Wikidata)
	}
	for _, list := range [][]string{p.Aliases, p.Apart} {
		for _, n := range list {
			if claims.SpeakerKey(n) == "" {
				return nil, fmt.Errorf("%s: an empty name in aliases or apart", file)
			}
		}
	}
	var buf bytes.Buffer
	if err := goldmark.Convert(body, &buf); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	p.Bio = buf.String()
	return p, nil
}

// Set is every speaker file of a content folder, by slug.
type Set map[string]*Profile

// ReadDir reads content/speakers. A folder that does not exist holds no
// profiles; every file it cannot read is an error naming the file.
func ReadDir(dir string) (Set, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	set := Set{}
	var errs []error
	for _, f := range files {
		p, err := Read(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		set[p.Slug] = p
	}
	if _, err := os.Stat(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	return set, errors.Join(errs...)
}

// AliasOf is the slug of the speaker whose file lists name among its
// aliases, or "".
func (s Set) AliasOf(name string) string {
	key := claims.SpeakerKey(name)
	for _, slug := range s.slugs() {
		for _, a := range s[slug].Aliases {
			if claims.SpeakerKey(a) == key {
				return slug
			}
		}
	}
	return ""
}

// Apart reports whether the speaker file of slug keeps name apart from it.
func (s Set) Apart(name, slug string) bool {
	p := s[slug]
	if p == nil {
		return false
	}
	key := claims.SpeakerKey(name)
	for _, a := range p.Apart {
		if claims.SpeakerKey(a) == key {
			return true
		}
	}
	return false
}

// slugs are the set's slugs in order, so that look-ups are deterministic.
func (s Set) slugs() []string {
	out := make([]string, 0, len(s))
	for slug := range s {
		out = append(out, slug)
	}
	sort.Strings(out)
	return out
}
