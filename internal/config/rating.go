package config

import (
	"errors"
	"fmt"
	"regexp"
)

// Rating is one status of the rating scale: what a claim can become.
type Rating struct {
	Key         string `toml:"key"`         // in verdict files and URLs: "mostly-true"
	Label       string `toml:"label"`       // shown on badges: "Mostly true"
	Description string `toml:"description"` // shown on the status page and the method page
	Color       string `toml:"color"`       // the badge's colour, #rgb or #rrggbb (text always says the status too)
	Predictions bool   `toml:"predictions"` // applies to predictions and promises
	Claims      bool   `toml:"claims"`      // applies to other claims
	Computed    bool   `toml:"computed"`    // set by claimtrack (overdue), never by an editor
	// ClaimReview's reviewRating; a zero RatingValue means no rating is
	// published for this status (unrated, pending, unverifiable).
	RatingValue int `toml:"rating_value"`
	BestRating  int `toml:"best_rating"`
	WorstRating int `toml:"worst_rating"`
}

// DefaultRatings is the scale when site.toml gives none: a truth scale for
// claims and a fulfilment scale for predictions and promises.
func DefaultRatings() []Rating {
	r := func(key, label, color, desc string, claims, preds bool, value int) Rating {
		best, worst := 0, 0
		if value > 0 {
			best, worst = 5, 1
		}
		return Rating{Key: key, Label: label, Color: color, Description: desc, Claims: claims, Predictions: preds,
			RatingValue: value, BestRating: best, WorstRating: worst}
	}
	overdue := r("overdue", "Overdue", "#b3261e", "A prediction or promise whose due date has passed with no verdict.", false, true, 0)
	overdue.Computed = true
	return []Rating{
		r("unrated", "Unrated", "#5b5b66", "Not checked yet.", true, false, 0),
		r("true", "True", "#1b6e2d", "Accurate, with nothing significant missing.", true, false, 5),
		r("mostly-true", "Mostly true", "#3d7a1f", "Accurate but needs clarification or extra information.", true, false, 4),
		r("half-true", "Half true", "#8a6d00", "Partly accurate, leaving out important details.", true, false, 3),
		r("mostly-false", "Mostly false", "#a34a00", "Contains an element of truth but ignores facts that would give a different impression.", true, false, 2),
		r("false", "False", "#b3261e", "Not accurate.", true, false, 1),
		r("misleading", "Misleading", "#8e2469", "Accurate in parts but presented so as to mislead.", true, false, 2),
		r("unverifiable", "Unverifiable", "#5b5b66", "Cannot be checked with the evidence available.", true, false, 0),
		r("pending", "Pending", "#8a5a00", "A prediction or promise whose time has not come.", false, true, 0),
		r("in-progress", "In progress", "#1a4fa3", "Work toward the promise has begun.", false, true, 0),
		r("fulfilled", "Fulfilled", "#1b6e2d", "It came true, or the promise was kept.", false, true, 5),
		r("partly-fulfilled", "Partly fulfilled", "#8a6d00", "It came partly true, or the promise was partly kept.", false, true, 3),
		r("not-fulfilled", "Not fulfilled", "#b3261e", "It did not come true, or the promise was broken.", false, true, 1),
		overdue,
	}
}

var hexColor = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// Slug is the form of any name that becomes part of a page's path (a
// rating's key, a page's file name): lower-case letters, digits and inner
// hyphens, so that no name can reach outside the site's folder.
var Slug = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// validateRatings checks the scale: unique keys with labels and colours,
// ClaimReview numbers in order, and the statuses claimtrack itself sets
// (unrated, pending, overdue) present.
func validateRatings(rs []Rating) error {
	seen := map[string]bool{}
	for i, r := range rs {
		switch {
		case r.Key == "":
			return fmt.Errorf("rating %d: give it a key", i+1)
		case !Slug.MatchString(r.Key):
			return fmt.Errorf("rating %q: a key is lower-case letters, digits and hyphens (it names the status's pages)", r.Key)
		case seen[r.Key]:
			return fmt.Errorf("rating %q: the key is given twice", r.Key)
		case r.Label == "":
			return fmt.Errorf("rating %q: give it a label", r.Key)
		case !hexColor.MatchString(r.Color):
			return fmt.Errorf("rating %q: color %q is not #rgb or #rrggbb", r.Key, r.Color)
		case !r.Claims && !r.Predictions:
			return fmt.Errorf("rating %q: set claims or predictions (or both) to true", r.Key)
		case r.RatingValue != 0 && (r.BestRating <= r.WorstRating || r.RatingValue < r.WorstRating || r.RatingValue > r.BestRating):
			return fmt.Errorf("rating %q: rating_value %d must lie between worst_rating %d and best_rating %d (best above worst)",
				r.Key, r.RatingValue, r.WorstRating, r.BestRating)
		}
		seen[r.Key] = true
	}
	for _, k := range []string{"unrated", "pending", "overdue"} {
		if !seen[k] {
			return errors.New("rating: the scale needs a status with key " + k + ", which claimtrack sets itself")
		}
	}
	return nil
}

// Rating returns the scale's entry for key.
func (c *Config) Rating(key string) (Rating, bool) {
	for _, r := range c.Ratings {
		if r.Key == key {
			return r, true
		}
	}
	return Rating{}, false
}

// Settable says whether an editor may set a status in a verdict file: it is
// on the scale (known) and not computed by claimtrack (settable).
func (c *Config) Settable(status string) (settable, known bool) {
	r, known := c.Rating(status)
	return known && !r.Computed, known
}
