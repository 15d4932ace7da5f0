package site

import (
	"encoding/xml"
	"sort"
	"time"
)

// feedSize is how many entries a feed holds: the newest.
const feedSize = 50

// atomFeed and atomEntry are the parts of Atom (RFC 4287) the site writes.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string       `xml:"title"`
	ID      string       `xml:"id"`
	Updated string       `xml:"updated"`
	Link    atomLink     `xml:"link"`
	Summary string       `xml:"summary"`
	Authors []atomPerson `xml:"author,omitempty"`
}

// feeds writes the site's Atom feeds: the latest claims, the latest
// rulings, and each speaker's latest claims. Their links are absolute when
// the base URL is, and from the site's root otherwise.
func (r *renderer) feeds() error {
	var rulings []*claimView
	for _, c := range r.m.claims {
		if c.Ruling() != nil {
			rulings = append(rulings, c)
		}
	}
	sort.SliceStable(rulings, func(i, j int) bool { return rulings[i].Ruling().Date.After(rulings[j].Ruling().Date) })
	if err := r.feed("feeds/claims.xml", "Latest claims", r.m.claims, false); err != nil {
		return err
	}
	if err := r.feed("feeds/rulings.xml", "Latest rulings", rulings, true); err != nil {
		return err
	}
	for _, s := range r.m.speakers {
		if len(s.Claims) == 0 {
			continue
		}
		if err := r.feed("speakers/"+s.Slug+"/feed.xml", "Claims by "+s.Name, s.Claims, false); err != nil {
			return err
		}
	}
	return nil
}

// feed writes one feed of claims, newest first as given; a feed of
// rulings dates each entry by its ruling and says the rating.
func (r *renderer) feed(file, title string, cs []*claimView, rulings bool) error {
	base := r.cfg.BaseURL
	if !r.absolute() {
		base = r.basePath()
	}
	f := atomFeed{Title: title + " · " + r.cfg.Title, ID: r.atomID(file), Author: atomPerson{r.cfg.Title},
		Links: []atomLink{{Rel: "self", Href: base + file}, {Rel: "alternate", Href: base}}}
	var newest time.Time
	for _, c := range cs[:min(feedSize, len(cs))] {
		date := c.FirstSeen
		if rulings {
			date = c.Ruling().Date
		}
		if date.After(newest) {
			newest = date
		}
		e := atomEntry{Title: claimTitle(c), ID: r.atomID("claims/" + c.ID + "/"), Updated: date.UTC().Format(time.RFC3339),
			Link: atomLink{Rel: "alternate", Href: base + "claims/" + c.ID + "/"}, Summary: c.Text}
		if rulings {
			e.ID = r.atomID("claims/" + c.ID + "/ruling/" + date.Format(time.DateOnly))
			e.Title = c.Rating.Label + ": " + e.Title
		}
		if c.Speaker != nil {
			e.Authors = []atomPerson{{c.Speaker.Name}}
		}
		f.Entries = append(f.Entries, e)
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0)
	}
	f.Updated = newest.UTC().Format(time.RFC3339)
	out, err := xml.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	return r.w.write(file, append([]byte(xml.Header), append(out, '\n')...))
}

// atomID is a permanent ID for something at a path of the site: its
// address when the site has an absolute one, else a URN.
func (r *renderer) atomID(path string) string {
	if r.absolute() {
		return r.cfg.BaseURL + path
	}
	return "urn:claimtrack:" + path
}

// claimTitle is a claim's title in lists and feeds: who said it and how
// it begins.
func claimTitle(c *claimView) string {
	if c.Speaker == nil {
		return "Unattributed: " + shorten(c.Text, 80)
	}
	return c.Speaker.Name + ": " + shorten(c.Text, 80)
}
