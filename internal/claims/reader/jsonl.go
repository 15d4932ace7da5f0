package reader

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"claimtrack/internal/claims"
)

// JSONLines reads the export format of news APIs and scrapers: one JSON
// object a line, {"url", "title", "publisher", "published", "authors",
// "text"}; other fields are ignored. A line that is not such an object
// rejects the file, naming the line.
type JSONLines struct{}

func (JSONLines) Detect(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return bytes.HasPrefix(bytes.TrimSpace(data), []byte("{"))
}

// jsonArticle is one line of a JSON-lines file.
type jsonArticle struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published any    `json:"published"`
	Authors   any    `json:"authors"` // a list of names, or one name
	Text      string `json:"text"`
	Language  string `json:"language"`
}

func (JSONLines) Read(name string, data []byte) ([]claims.Article, error) {
	var out []claims.Article
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var j jsonArticle
		if err := decodeArticle(line, &j); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON object: %w", name, n, err)
		}
		if strings.TrimSpace(j.Text) == "" {
			return nil, fmt.Errorf("%s:%d: no \"text\": give each line the article's text", name, n)
		}
		published, err := parseDate(j.Published)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: published: %w", name, n, err)
		}
		a := claims.Article{URL: j.URL, Title: j.Title, TitleOffset: -1, Publisher: j.Publisher, Published: published,
			Body: j.Text, Source: fmt.Sprintf("%s:%d", name, n), Language: j.Language}
		switch v := j.Authors.(type) {
		case string:
			a.Authors = []string{v}
		case []any:
			for _, x := range v {
				if s, ok := x.(string); ok {
					a.Authors = append(a.Authors, s)
				}
			}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return out, nil
}
