package site

import (
	"claimtrack/internal/config"
	"sort"
	"strings"
	"time"
)

// speakerPage is a speaker's page: the speaker, their scorecard, and one
// page of claims.
type speakerPage struct {
	*speakerView
	listData[*claimView]
	Scorecard           []scoreRow // the statuses their claims have, in the scale's order
	ChartHeight         int
	FirstSeen, LastSeen time.Time
}

// scoreRow is one bar of a speaker's scorecard: a status, how many of the
// speaker's claims have it, and the bar's place and length in the chart.
type scoreRow struct {
	config.Rating
	N, Y, Width int
}

// chartWidth is the longest bar of a scorecard, in the chart's units.
const chartWidth = 180

// scorecard counts a speaker's claims by status, in the order of the
// scale, leaving out statuses none of them has.
func scorecard(s *speakerView, ratings []config.Rating) ([]scoreRow, int) {
	n := map[string]int{}
	most := 0
	for _, c := range s.Claims {
		n[c.Status]++
		most = max(most, n[c.Status])
	}
	var rows []scoreRow
	for _, r := range ratings {
		if n[r.Key] > 0 {
			rows = append(rows, scoreRow{Rating: r, N: n[r.Key], Y: len(rows) * 28, Width: max(2, n[r.Key]*chartWidth/most)})
		}
	}
	return rows, len(rows) * 28
}

// speakersData is a page of the speakers index, in one of its orders.
type speakersData struct {
	listData[*speakerView]
	ByName bool  // A to Z; otherwise by number of claims
	Counts []int // each item's number of claims, which the page shows (see speakerView.Claims)
}

// listed are the speakers the index lists: those with a claim the site
// shows, most claims first (then by name).
func (m *model) listed() []*speakerView {
	var out []*speakerView
	for _, s := range m.speakers {
		if len(s.Claims) > 0 {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Claims) != len(out[j].Claims) {
			return len(out[i].Claims) > len(out[j].Claims)
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out
}

// listedSpeakers counts the speakers the index lists.
func (m *model) listedSpeakers() int { return len(m.listed()) }

// speakerPages renders the speakers index twice, by number of claims at
// speakers/ and A to Z at speakers-a-z/ (outside speakers/, where any
// name could be a speaker's slug), and every speaker's page, its claims
// paginated like any list. A speaker with no claim shown keeps a page, so
// that no link to it breaks, but is not in the index.
func (r *renderer) speakerPages() error {
	byCount := r.m.listed()
	byName := append([]*speakerView(nil), byCount...)
	sort.SliceStable(byName, func(i, j int) bool { return strings.ToLower(byName[i].Name) < strings.ToLower(byName[j].Name) })
	for _, view := range []struct {
		dir, title string
		items      []*speakerView
	}{{"speakers/", "Speakers", byCount}, {"speakers-a-z/", "Speakers A–Z", byName}} {
		byName := view.dir != "speakers/"
		err := paginate(r, "speakers", view.dir, view.title, "speakers", view.items, r.cfg.PageSize, false,
			func(items []*speakerView, p pager) any {
				counts := make([]int, len(items))
				for i, s := range items {
					counts[i] = len(s.Claims)
				}
				return speakersData{listData[*speakerView]{items, p, len(view.items)}, byName, counts}
			})
		if err != nil {
			return err
		}
	}
	for _, s := range r.m.speakers {
		page := speakerPage{speakerView: s}
		page.Scorecard, page.ChartHeight = scorecard(s, r.cfg.Ratings)
		for _, c := range s.Claims {
			if page.FirstSeen.IsZero() || c.FirstSeen.Before(page.FirstSeen) {
				page.FirstSeen = c.FirstSeen
			}
			if c.FirstSeen.After(page.LastSeen) {
				page.LastSeen = c.FirstSeen
			}
		}
		err := paginate(r, "speaker", "speakers/"+s.Slug+"/", s.Name, "speakers", s.Claims, r.cfg.PageSize, true,
			func(items []*claimView, p pager) any {
				page.listData = listData[*claimView]{items, p, len(s.Claims)}
				return page
			})
		if err != nil {
			return err
		}
	}
	return nil
}

// roleWords are the abbreviated titles news writes before names, spelt
// out for a role line; honorifics ("Mr.", "Dr.") say nothing of a role
// and go.
var roleWords = map[string]string{
	"rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "lt.": "Lieutenant", "gen.": "General",
	"atty.": "Attorney", "sec.": "Secretary", "pres.": "President", "rev.": "Reverend", "prof.": "Professor",
	"sgt.": "Sergeant", "capt.": "Captain", "col.": "Colonel", "adm.": "Admiral", "supt.": "Superintendent",
	"insp.": "Inspector", "cmdr.": "Commander", "det.": "Detective", "cpl.": "Corporal", "maj.": "Major",
	"mr.": "", "mrs.": "", "ms.": "", "miss": "", "mx.": "", "dr.": "", "mr": "", "mrs": "", "ms": "", "dr": "",
	"sir": "", "dame": "",
}

// notRoleStart are words a clause opens with and a role never does.
var notRoleStart = map[string]bool{
	"with": true, "of": true, "for": true, "to": true, "by": true, "from": true, "at": true, "in": true, "on": true,
	"and": true, "or": true, "but": true, "that": true, "who": true, "which": true, "whose": true, "as": true, "after": true,
}

// displayRole is a role as a reader should see it: abbreviated titles
// spelt out and honorifics left out, so that "Rep." reads
// "Representative" and "Mr." is no role at all. A role that only repeats
// the speaker's name ("Democrats" for Democrats), or that opens with a
// word no role opens with (a clause the attribution trailed into: "with
// defrauding investors"), is no role either.
func displayRole(role, name string) string {
	if strings.EqualFold(strings.TrimSpace(role), name) {
		return ""
	}
	if first, _, _ := strings.Cut(role, " "); notRoleStart[first] {
		return ""
	}
	var out []string
	for _, w := range strings.Fields(role) {
		if full, ok := roleWords[strings.ToLower(w)]; ok {
			if full != "" {
				out = append(out, full)
			}
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
