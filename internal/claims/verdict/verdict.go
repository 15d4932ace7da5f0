// Package verdict reads and writes editors' verdict files: what became of
// a claim, as content/claims/<claim-id>.md.
//
// A verdict file is TOML front matter between +++ lines, then Markdown, the
// editor's explanation:
//
//	+++
//	due = 2025-12-31              # optional: when a prediction falls due
//	tags = ["ukraine"]            # optional
//	speaker = "hillary-clinton"   # optional: the editors' correction of who made the claim, a speaker's slug
//	hidden = true                 # optional: shown nowhere (with reason = "...")
//
//	[claim]                       # written by ingest: what the claim was, to find it again
//	text = "..."                  # should its ID change (a new extraction, an updated story)
//	speaker = "Hillary Clinton"
//	source = "https://..."        # the first article that reported it (its path when it has no URL)
//
//	[[status]]
//	status = "pending"            # a key of site.toml's rating scale
//	date = 2025-05-19             # when the claim came to be so
//	recorded = 2025-05-19         # optional: when the editor wrote it down
//	note = "..."
//
//	  [[status.evidence]]
//	  url = "https://..."
//	  title = "..."
//	  date = 2025-06-02
//	  archive = "https://web.archive.org/..."   # optional
//
//	[[moved]]                     # written by build: the file followed its claim to a new ID
//	from = "84d4d0561d8d"
//	date = 2025-07-01
//	+++
//
// Entries are kept in date order; the newest is the claim's current status,
// the others its history. A file may hold a correction alone (speaker,
// hidden) and no status. A file whose claim does not exist, or that names
// an unknown status, a computed one (overdue) or a bad date, is an error
// that names the file and the line.
package verdict

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/yuin/goldmark"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/frontmatter"
)

// Evidence is a source that shows what became of a claim.
type Evidence struct {
	URL     string    `toml:"url"`
	Title   string    `toml:"title"`
	Date    time.Time `toml:"date"`
	Archive string    `toml:"archive"`
}

// Entry is one dated status in a claim's history.
type Entry struct {
	Status   string     `toml:"status"`
	Date     time.Time  `toml:"date"`
	Recorded time.Time  `toml:"recorded"`
	Note     string     `toml:"note"`
	By       string     `toml:"by"` // the editor who ruled
	Evidence []Evidence `toml:"evidence"`
}

// Verdict is a claim's verdict file.
type Verdict struct {
	ClaimID string
	File    string
	Due     time.Time `toml:"due"`
	Tags    []string  `toml:"tags"`
	Entries []Entry   `toml:"status"`
	// Speaker is the slug of the speaker the editors give the claim,
	// whatever extraction found; Hidden keeps the claim off the site, for
	// Reason.
	Speaker string `toml:"speaker"`
	Hidden  bool   `toml:"hidden"`
	Reason  string `toml:"reason"`
	// Claim is what the claim was when an editor last wrote the file, and
	// Moved the IDs it had before (Reattach).
	Claim Record `toml:"claim"`
	Moved []Move `toml:"moved"`
	Body  string // the explanation rendered to HTML, raw HTML in it omitted
}

// Record is what a verdict file keeps of its claim, to find the claim
// again when its ID changes: its text, its speaker's name and the first
// article that reported it.
type Record struct {
	Text    string `toml:"text"`
	Speaker string `toml:"speaker"`
	Source  string `toml:"source"`
}

// Move is one change of a verdict file's claim ID.
type Move struct {
	From string    `toml:"from"`
	Date time.Time `toml:"date"`
}

// Current is the newest status, or "" when there is none.
func (v *Verdict) Current() *Entry {
	if v == nil || len(v.Entries) == 0 {
		return nil
	}
	return &v.Entries[len(v.Entries)-1]
}

// Scale says whether an editor may set a status: it is on the rating scale
// and not computed by claimtrack.
type Scale func(status string) (settable bool, known bool)

// Read reads and checks one verdict file.
func Read(file string, scale Scale) (*Verdict, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("verdict: %w", err)
	}
	return parse(file, src, scale)
}

func parse(file string, src []byte, scale Scale) (*Verdict, error) {
	v := &Verdict{ClaimID: strings.TrimSuffix(filepath.Base(file), ".md"), File: file}
	body, front, md, err := frontmatter.Decode(file, src, "a verdict file", v)
	if err != nil {
		return nil, err
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("%s:%d: unknown key %s (known: due, tags, speaker, hidden, reason, claim: text, speaker, source, status: status, date, recorded, note, by, evidence: url, title, date, archive, moved: from, date)",
			file, lineOf(front, un[0].String()[strings.LastIndexByte(un[0].String(), '.')+1:]), un[0])
	}
	if len(v.Entries) == 0 && v.Speaker == "" && !v.Hidden {
		return nil, fmt.Errorf("%s: no [[status]] entry: give the claim at least one status with a date", file)
	}
	if v.Hidden && strings.TrimSpace(v.Reason) == "" {
		return nil, fmt.Errorf("%s:%d: hidden needs a reason: write reason = \"...\"", file, lineOf(front, "hidden"))
	}
	if v.Speaker != "" && v.Speaker != claims.Slug(v.Speaker) {
		return nil, fmt.Errorf("%s:%d: speaker %q is no slug: copy it from the speaker page's address, such as hillary-clinton", file, lineOf(front, "speaker"), v.Speaker)
	}
	for i, e := range v.Entries {
		line := lineOfNth(front, "[[status]]", i)
		settable, known := scale(e.Status)
		switch {
		case e.Status == "":
			return nil, fmt.Errorf("%s:%d: [[status]] %d has no status", file, line, i+1)
		case !known:
			return nil, fmt.Errorf("%s:%d: unknown status %q: use a key of the rating scale in site.toml", file, line, e.Status)
		case !settable:
			return nil, fmt.Errorf("%s:%d: status %q is computed by claimtrack, not set in a verdict file", file, line, e.Status)
		case e.Date.IsZero():
			return nil, fmt.Errorf("%s:%d: status %q has no date: write date = 2025-05-19", file, line, e.Status)
		}
		for _, ev := range e.Evidence {
			if !claims.WebAddress(ev.URL) {
				return nil, fmt.Errorf("%s:%d: evidence url %q must be a web address (http:// or https://)", file, line, ev.URL)
			}
			if ev.Archive != "" && !claims.WebAddress(ev.Archive) {
				return nil, fmt.Errorf("%s:%d: evidence archive %q must be a web address (http:// or https://)", file, line, ev.Archive)
			}
		}
	}
	sort.SliceStable(v.Entries, func(i, j int) bool { return v.Entries[i].Date.Before(v.Entries[j].Date) })
	var buf bytes.Buffer
	if err := goldmark.Convert(body, &buf); err != nil { // raw HTML is omitted unless asked for
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	v.Body = buf.String()
	return v, nil
}

// lineOf is the file line (front matter starts on line 2) where key is set.
func lineOf(front, key string) int {
	for i, l := range strings.Split(front, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), key) {
			return i + 2
		}
	}
	return 1
}

func lineOfNth(front, s string, n int) int {
	for i, l := range strings.Split(front, "\n") {
		if strings.TrimSpace(l) == s {
			if n == 0 {
				return i + 2
			}
			n--
		}
	}
	return 1
}

// ReadDir reads every verdict file of dir (content/claims), returning what
// it could read and an error for each file it could not.
func ReadDir(dir string, scale Scale) ([]*Verdict, []error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	sort.Strings(files)
	var vs []*Verdict
	var errs []error
	for _, f := range files {
		v, err := Read(f, scale)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		vs = append(vs, v)
	}
	return vs, errs
}
