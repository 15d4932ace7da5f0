package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"sort"
	"strconv"
	"time"
)

// field is a column of the open data, described for datapackage.json.
type field struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description"`
}

// claimFields and speakerFields are the columns of claims.csv (and the
// keys of claims.json) and of speakers.csv.
var (
	claimFields = []field{
		{"id", "string", "the claim's stable ID, as in its page's address"},
		{"text", "string", "the claim's words"},
		{"kind", "string", "direct (a quote), fragment (quoted words in the reporter's sentence) or indirect (reported speech)"},
		{"act", "string", "said (a statement) or found (a document's finding)"},
		{"prediction", "boolean", "a prediction or a promise"},
		{"confidence", "number", "how sure extraction is that these are the speaker's words, 0 to 1"},
		{"speaker", "string", "who made it, empty when unattributed"},
		{"speaker_slug", "string", "the speaker's ID, as in their page's address"},
		{"status", "string", "the current status's key on the rating scale"},
		{"status_label", "string", "the current status as shown"},
		{"rating_value", "integer", "the published rating (worst_rating to best_rating), 0 when none"},
		{"ruled", "date", "when the current status was given, empty when unrated"},
		{"first_seen", "date", "when it was first reported"},
		{"article_title", "string", "the first article that reported it"},
		{"article_url", "string", "that article's address"},
		{"publisher", "string", "that article's publisher"},
		{"page", "string", "the claim's page on this site, from the site's root"},
	}
	speakerFields = []field{
		{"slug", "string", "the speaker's ID, as in their page's address"},
		{"name", "string", "the name shown"},
		{"kind", "string", "person, organisation or group"},
		{"role", "string", "the role last reported or given by the editors"},
		{"claims", "integer", "claims the site shows"},
		{"page", "string", "the speaker's page on this site, from the site's root"},
	}
)

// openData writes data/: the claims the site shows as CSV and JSON, the
// speakers as CSV, the SQLite database itself when the build was given
// its snapshot, and datapackage.json (Frictionless Data) describing them.
// Rows come in the site's own order, so the files change only when the
// data does.
func (r *renderer) openData(snapshot string) error {
	// The files are written by a worker of the pool: at 100,000 claims
	// they take seconds, which the pages need not wait for.
	if err := r.doFirst(func() error { return r.dataFiles(snapshot) }); err != nil {
		return err
	}
	return r.render("data", "data/", "Download the data", "data", struct {
		Claims, Speakers           int
		Database                   bool
		ClaimFields, SpeakerFields []field
	}{len(r.m.claims), len(r.m.listed()), snapshot != "", claimFields, speakerFields})
}

// dataFiles writes the files of data/ that openData describes.
func (r *renderer) dataFiles(snapshot string) error {
	var rows [][]string
	for _, c := range r.m.claims {
		rows = append(rows, claimRow(c))
	}
	if err := r.writeCSV("data/claims.csv", claimFields, rows); err != nil {
		return err
	}
	if err := r.w.write("data/claims.json", claimsJSON(rows)); err != nil {
		return err
	}
	rows = nil
	for _, s := range r.m.listed() {
		rows = append(rows, []string{s.Slug, s.Name, string(s.Kind), s.Role, strconv.Itoa(len(s.Claims)), "speakers/" + s.Slug + "/"})
	}
	if err := r.writeCSV("data/speakers.csv", speakerFields, rows); err != nil {
		return err
	}
	resources := []map[string]any{
		{"name": "claims", "path": "claims.csv", "format": "csv", "mediatype": "text/csv", "schema": map[string]any{"fields": claimFields}},
		{"name": "claims-json", "path": "claims.json", "format": "json", "mediatype": "application/json",
			"description": "the same claims as claims.csv, as an array of objects"},
		{"name": "speakers", "path": "speakers.csv", "format": "csv", "mediatype": "text/csv", "schema": map[string]any{"fields": speakerFields}},
	}
	if snapshot != "" {
		if err := r.w.place("data/claims.db", snapshot); err != nil {
			return err
		}
		resources = append(resources, map[string]any{"name": "database", "path": "claims.db", "format": "sqlite",
			"mediatype": "application/vnd.sqlite3", "description": "the whole claims database: articles, claims, speakers, coverage"})
	}
	pkg := map[string]any{"profile": "data-package", "name": "claimtrack", "title": r.cfg.Title,
		"description": r.cfg.Description, "resources": resources}
	js, err := json.MarshalIndent(pkg, "", " ")
	if err != nil {
		return err
	}
	return r.w.write("data/datapackage.json", append(js, '\n'))
}

// claimsJSON writes claims.json from the rows of claims.csv: an array of
// objects with their keys in alphabetical order, indented by one space,
// as encoding/json indents a slice of maps, but a value at a time (a map
// per claim was most of what the open data cost at 100,000 claims).
func claimsJSON(rows [][]string) []byte {
	order := make([]int, len(claimFields))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return claimFields[order[i]].Name < claimFields[order[j]].Name })
	keys := make([][]byte, len(claimFields))
	size := 4
	for k, f := range claimFields {
		keys[k], _ = json.Marshal(f.Name)
		size += len(rows) * (len(keys[k]) + 8)
	}
	for _, row := range rows {
		for _, v := range row {
			size += len(v) + len(v)/8 // room for escapes: the buffer is not grown by copying at 100,000 claims
		}
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteByte('[')
	for i, row := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n {")
		for j, k := range order {
			if j > 0 {
				b.WriteByte(',')
			}
			value, _ := json.Marshal(typed(claimFields[k].Type, row[k])) // strings, numbers and booleans always marshal
			b.WriteString("\n  ")
			b.Write(keys[k])
			b.WriteString(": ")
			b.Write(value)
		}
		b.WriteString("\n }")
	}
	if len(rows) > 0 {
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// claimRow is a claim's row of claims.csv, in claimFields' order.
func claimRow(c *claimView) []string {
	var speaker, slug, ruled, title, url, publisher string
	if c.Speaker != nil {
		speaker, slug = c.Speaker.Name, c.Speaker.Slug
	}
	if e := c.Ruling(); e != nil {
		ruled = e.Date.Format(time.DateOnly)
	}
	if f := c.First(); f != nil {
		title, url, publisher = f.Article.Title, f.Article.URL, f.Article.Publisher
	}
	act := string(c.Act)
	if act == "" {
		act = "said"
	}
	return []string{c.ID, c.Text, string(c.Kind), act, strconv.FormatBool(c.Prediction),
		strconv.FormatFloat(c.Confidence, 'f', 3, 64), speaker, slug, c.Status, c.Rating.Label,
		strconv.Itoa(c.Rating.RatingValue), ruled, c.FirstSeen.Format(time.DateOnly), title, url, publisher, "claims/" + c.ID + "/"}
}

// typed turns a CSV cell back into the JSON value its field's type says.
func typed(kind, cell string) any {
	switch kind {
	case "boolean":
		return cell == "true"
	case "integer":
		n, _ := strconv.Atoi(cell)
		return n
	case "number":
		f, _ := strconv.ParseFloat(cell, 64)
		return f
	}
	return cell
}

func (r *renderer) writeCSV(file string, fields []field, rows [][]string) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := make([]string, len(fields))
	for i, f := range fields {
		head[i] = f.Name
	}
	w.Write(head)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		return err
	}
	return r.w.write(file, buf.Bytes())
}
