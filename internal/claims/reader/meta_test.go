package reader

import (
	"strings"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-04-28 06:01:07", "2019-04-28T06:01:07Z"},
		{"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00Z"},
		{"2015-07-10 09:53:00 -0400", "2015-07-10T13:53:00Z"},
		{"2017-11-16T14:15+0000", "2017-11-16T14:15:00Z"},
		{"2017-11-16T14:15+01:00", "2017-11-16T13:15:00Z"},
		{"2020/1/10 14:33:00", "2020-01-10T14:33:00Z"},
		{"2025-05-19T09:30:00-04:00", "2025-05-19T13:30:00Z"},
		{"2025-05-19T09:30:00.123Z", "2025-05-19T09:30:00.123Z"},
		{"2025-05-19", "2025-05-19T00:00:00Z"},
		{"Tue, 10 Mar 2020 08:15:00 GMT", "2020-03-10T08:15:00Z"},
		{"Tue, 10 Mar 2020 08:15:00 +0100", "2020-03-10T07:15:00Z"},
		{"1583828100", "2020-03-10T08:15:00Z"},
		{"1583828100000", "2020-03-10T08:15:00Z"}, // milliseconds
		{"May 20, 2019", "2019-05-20T00:00:00Z"},
		{"yesterday", ""},
		{"", ""},
		{"2019", ""},
	}
	for _, tt := range tests {
		got := ""
		if p := parseTime(tt.in); !p.IsZero() {
			got = p.Format(time.RFC3339Nano)
		}
		if got != tt.want {
			t.Errorf("parseTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAuthorNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Erin Cunningham|Erin Cunningham|May 20, 2019|Follow @erinmcunningham", "Erin Cunningham"},
		{"By Erin Cunningham and Luis Ortega", "Erin Cunningham|Luis Ortega"},
		{"Sam Ortiz, Lee Park", "Sam Ortiz|Lee Park"},
		{"@handle|https://example.org/staff/jo|staff", ""},
		{"The Associated Press", "The Associated Press"},
		{"Reporting by a large team of people from our bureaus", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(authorNames(strings.Split(tt.in, "|")), "|"); got != tt.want {
			t.Errorf("authorNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name, src               string
		title, published, names string
	}{
		{"CDATA with comment marks", "//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"datePublished\": \"2021-09-14T07:30:00-04:00\"}\n//]]>",
			"H", "2021-09-14T11:30:00Z", ""},
		{"bare CDATA", "<![CDATA[{\"@type\": \"NewsArticle\", \"headline\": \"H\"}]]>", "H", "", ""},
		{"Unix seconds", `{"@type": "ReportageNewsArticle", "headline": "H", "datePublished": 1583828100}`, "H", "2020-03-10T08:15:00Z", ""},
		{"graph and authors", `{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"], "headline": "H", "author": [{"name": "A B"}, "C D"]}]}`,
			"H", "", "A B|C D"},
		{"not an article", `{"@type": "Organization", "name": "X"}`, "", "", ""},
	}
	for _, tt := range tests {
		var m pageMeta
		readJSONLD(tt.src, &m)
		published := ""
		if !m.published.IsZero() {
			published = m.published.Format(time.RFC3339)
		}
		if m.title != tt.title || published != tt.published || strings.Join(m.authors, "|") != tt.names {
			t.Errorf("%s: title %q published %q authors %q", tt.name, m.title, published, m.authors)
		}
	}
}

func TestPlaceholderTitle(t *testing.T) {
	for _, tt := range []struct {
		headline, others string
		want             bool
	}{
		{"escenic", "Harbour board votes to keep night ferries | The Herald", true},
		{"Harbour board keeps ferries", "Harbour board votes to keep night ferries", false},
		{"escenic", "", false}, // nothing to compare with
	} {
		if got := placeholder(tt.headline, tt.others); got != tt.want {
			t.Errorf("placeholder(%q, %q) = %v", tt.headline, tt.others, got)
		}
	}
}

func TestWithoutSiteName(t *testing.T) {
	for _, tt := range []struct{ title, headline, want string }{
		{"New Zealand - Wikipedia", "New Zealand", "New Zealand"},
		{"Harbour board keeps ferries | The Example Herald", "Harbour board keeps ferries", "Harbour board keeps ferries"},
		{"Harbour board keeps ferries", "Harbour board keeps ferries", "Harbour board keeps ferries"},
		// A subtitle is part of the headline, not a site's name.
		{"Ferries: the board votes to keep the night sailings through the winter", "Ferries", "Ferries: the board votes to keep the night sailings through the winter"},
		{"Board keeps ferries", "", "Board keeps ferries"},
		{"Board keeps ferries running", "Board keeps", "Board keeps ferries running"},
	} {
		if got := withoutSiteName(tt.title, tt.headline); got != tt.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", tt.title, tt.headline, got, tt.want)
		}
	}
}
