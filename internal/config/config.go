// Package config reads site.toml, the settings that ingest and build share.
//
// Settings start from Defaults, then the TOML file is decoded over them, and
// Validate checks the result. A key the file gives that no setting has is an
// error, so a misspelt setting is never ignored in silence.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the whole of site.toml.
type Config struct {
	Title       string `toml:"title"`       // the site's name
	Description string `toml:"description"` // one line under the name
	BaseURL     string `toml:"base_url"`    // where the site is published: "/" or "https://example.org/claims/"
	Language    string `toml:"language"`    // the pages' lang attribute
	// Where things are: no page shows it, so a page's fingerprint (see
	// internal/site) leaves it out, and a build into another folder can
	// trust the same sums.
	Database  string `toml:"database" fingerprint:"-"`    // the SQLite file, relative to the working directory
	Content   string `toml:"content_dir" fingerprint:"-"` // articles/, claims/ and pages/
	Templates string `toml:"templates_dir" fingerprint:"-"`
	Output    string `toml:"output_dir" fingerprint:"-"`
	PageSize  int    `toml:"page_size"` // claims per list page
	// MaxInputBytes is the largest input file ingest reads; larger ones are
	// rejected, as they are rarely articles (and a feed export can be split).
	MaxInputBytes int64 `toml:"max_input_bytes"`
	// MaxClaims is the most claims ingest keeps of one article (the most
	// confident): a huge page of text is rarely one story, and its claims
	// would fill the database and the site.
	MaxClaims int `toml:"max_claims_per_article"`
	// MinConfidence hides claims extraction is less sure of (0 to 1): reported
	// speech behind weak cues such as "described" or "offered".
	MinConfidence float64 `toml:"min_confidence"`
	// Ratings is the rating scale, [[rating]] tables; a file that gives
	// any replaces the default scale whole.
	Ratings []Rating `toml:"rating"`
}

// Defaults are the settings when site.toml is absent or silent.
func Defaults() Config {
	return Config{
		Title:         "claimtrack",
		Description:   "What public figures said, and what became of it.",
		BaseURL:       "/",
		Language:      "en",
		Database:      "claims.db",
		Content:       "content",
		Templates:     "templates",
		Output:        "public",
		PageSize:      50,
		MinConfidence: 0.5,
		MaxInputBytes: 10 << 20,
		MaxClaims:     1000,
		Ratings:       DefaultRatings(),
	}
}

// Load reads the file at path over the defaults. A missing file is not an
// error when optional is set: the defaults stand.
func Load(path string, optional bool) (Config, error) {
	c := Defaults()
	c.Ratings = nil // a file's [[rating]] tables replace the default scale, not add to it
	md, err := toml.DecodeFile(path, &c)
	if len(c.Ratings) == 0 {
		c.Ratings = DefaultRatings()
	}
	if errors.Is(err, fs.ErrNotExist) && optional {
		return c, c.Validate()
	}
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return c, fmt.Errorf("config: %s:%d: %s", path, perr.Position.Line, perr.Message)
		}
		return c, fmt.Errorf("config: %w", err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		keys := make([]string, len(un))
		for i, k := range un {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return c, fmt.Errorf("config: %s: unknown setting %s", path, strings.Join(keys, ", "))
	}
	if err := c.Validate(); err != nil {
		return c, fmt.Errorf("config: %s: %w", path, err)
	}
	return c, nil
}

// Validate checks that the settings can work together.
func (c *Config) Validate() error {
	u, err := url.Parse(c.BaseURL)
	switch {
	case err != nil:
		return fmt.Errorf("base_url: %w", err)
	case !strings.HasSuffix(u.Path, "/"):
		return fmt.Errorf("base_url %q must end in /", c.BaseURL)
	case c.Database == "":
		return errors.New("database: give the SQLite file's path")
	case c.Output == "":
		return errors.New("output_dir: give the folder to write the site to")
	case c.PageSize < 1:
		return fmt.Errorf("page_size %d: must be at least 1", c.PageSize)
	case c.MaxInputBytes < 1:
		return fmt.Errorf("max_input_bytes %d: must be at least 1", c.MaxInputBytes)
	case c.MaxClaims < 1:
		return fmt.Errorf("max_claims_per_article %d: must be at least 1", c.MaxClaims)
	case c.MinConfidence < 0 || c.MinConfidence > 1:
		return fmt.Errorf("min_confidence %g: must be from 0 to 1", c.MinConfidence)
	}
	return validateRatings(c.Ratings)
}
