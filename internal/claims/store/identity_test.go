package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"claimtrack/internal/claims"
)

// TestSpeakersAcrossArticles checks who gets a speaker page: a person
// named in full, however spelled, an organisation; not a surname alone, nor
// one word extraction could not type ("Security" pointed out), which joins
// a speaker known by that word from an article that typed it.
func TestSpeakersAcrossArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	add := func(url, quote, speaker string, kind claims.SpeakerKind) {
		t.Helper()
		a, qs := article(url, "", [2]string{quote, speaker})
		qs[0].Speaker.Kind = kind
		if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
			t.Fatal(err)
		}
	}
	add("u1", "first quote of the day", "Volodymyr Zelenskyy", claims.Person)
	add("u2", "second quote of the day", "Zelensky", claims.Person)                  // a surname alone names no one
	add("u3", "third quote of the day", "Volodymyr Zelenskiy", claims.Person)        // full name, other spelling
	add("u4", "fourth quote of the day", "Merz", claims.Person)                      // a surname alone names no one
	add("u5", "fifth quote of the day", "Friedrich Merz", claims.Person)             // named in full: a speaker
	add("u6", "sixth quote of the day", "Ukrainian delegation", claims.Organisation) // an organisation
	add("u7", "the law would expose journalists' sources", "Security", "")           // one untyped word: no one
	add("u8", "deliveries rose in the third quarter", "Tesla", claims.Organisation)
	add("u9", "deliveries will rise again next year", "Tesla", "") // joins the Tesla known
	if got, want := speakerList(t, s), "Friedrich Merz=friedrich-merz|Tesla=tesla|Ukrainian delegation=ukrainian-delegation|Volodymyr Zelenskyy=volodymyr-zelenskyy"; got != want {
		t.Errorf("speakers %s, want %s", got, want)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int64{}
	for _, c := range d.Claims {
		by[c.Text] = c.SpeakerID
	}
	if by["the law would expose journalists' sources"] != 0 || by["deliveries will rise again next year"] == 0 ||
		by["deliveries will rise again next year"] != by["deliveries rose in the third quarter"] {
		t.Errorf("speaker ids %v: want none for Security's claim, Tesla's for both of Tesla's", by)
	}
}

// speakerList lists the store's speakers as name=slug, by name.
func speakerList(t *testing.T, s *Store) string {
	t.Helper()
	d, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, sp := range d.Speakers {
		names = append(names, sp.Name+"="+sp.Slug)
	}
	return strings.Join(names, "|")
}

// TestSpeakerIdentity checks who is one person across articles and who
// is not: middle names and initials, suffixes, short forms of given names
// and acronyms join; different given names and bare surnames do not.
func TestSpeakerIdentity(t *testing.T) {
	tests := []struct {
		name     string
		speakers []string // one article each, in this order
		want     string
	}{
		{"two Clintons and two Obamas are four people",
			[]string{"Hillary Clinton", "Bill Clinton", "Clinton", "Barack Obama", "Michelle Obama", "Obama"},
			"Barack Obama=barack-obama|Bill Clinton=bill-clinton|Hillary Clinton=hillary-clinton|Michelle Obama=michelle-obama"},
		{"a middle initial", []string{"Donald Trump", "Donald J. Trump"}, "Donald Trump=donald-trump"},
		{"a short form and a suffix", []string{"Joe Biden", "Joseph R. Biden Jr."}, "Joe Biden=joe-biden"},
		{"a short form and an initial", []string{"Leonard E. Burman", "Len Burman"}, "Leonard E. Burman=leonard-e-burman"},
		{"one middle name each way", []string{"Paul D. Ryan", "Paul Ryan"}, "Paul D. Ryan=paul-d-ryan"},
		{"different middle initials", []string{"George H. W. Bush", "George W. Bush"}, "George H. W. Bush=george-h-w-bush|George W. Bush=george-w-bush"},
		{"an initial two people may have is a third, for the editors to merge", []string{"John Smith", "Jane Smith", "J. Smith"},
			"J. Smith=j-smith|Jane Smith=jane-smith|John Smith=john-smith"},
		{"an initial one person has is that person", []string{"John Smith", "J. Smith"}, "John Smith=john-smith"},
		{"initials with periods or without", []string{"J.D. Vance", "JD Vance", "J. D. Vance"}, "J.D. Vance=j-d-vance"},
		{"Jr. and Sr.", []string{"Martin Luther King Jr.", "Martin Luther King Sr."}, "Martin Luther King Jr.=martin-luther-king-jr|Martin Luther King Sr.=martin-luther-king-sr"},
		{"one person's campaign, however the person is named", []string{"Donald Trump's campaign", "Donald J. Trump's campaign", "Paul D. Ryan's office", "Paul Ryan's office"},
			"Donald Trump's campaign=donald-trump-s-campaign|Paul D. Ryan's office=paul-d-ryan-s-office"},
		{"two people's campaigns, and one person's campaign and office", []string{"Hillary Clinton's campaign", "Bill Clinton's campaign", "Bill Clinton's office"},
			"Bill Clinton's campaign=bill-clinton-s-campaign|Bill Clinton's office=bill-clinton-s-office|Hillary Clinton's campaign=hillary-clinton-s-campaign"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, _ := open(t)
			for i, sp := range tt.speakers {
				a, qs := article(fmt.Sprintf("https://example.org/%d", i), "", [2]string{fmt.Sprintf("claim number %d of the test", i), sp})
				if strings.Contains(sp, "'s ") {
					qs[0].Speaker.Kind = claims.Organisation // a body named after its owner, as extraction types it
				}
				if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
					t.Fatal(err)
				}
			}
			if got := speakerList(t, s); got != tt.want {
				t.Errorf("speakers %s\nwant     %s", got, tt.want)
			}
		})
	}
}

// TestAcronyms joins an organisation named by its acronym in one article
// to its full name in another, when an article gave both.
func TestAcronyms(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	for i, m := range []claims.Mention{
		{Name: "IMF", Kind: claims.Organisation},
		{Name: "International Monetary Fund", Kind: claims.Organisation, Aliases: []string{"IMF"}},
		{Name: "International Monetary Fund", Kind: claims.Organisation},
	} {
		a, qs := article(fmt.Sprintf("https://example.org/%d", i), "", [2]string{fmt.Sprintf("claim number %d of the test", i), m.Name})
		qs[0].Speaker = m
		if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := speakerList(t, s), "IMF=imf"; got != want {
		t.Errorf("speakers %s, want %s", got, want)
	}
}

// TestKeepApart keeps two people apart whose names agree when the
// editors say they are two.
func TestKeepApart(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	s.Apart = func(name, slug string) bool { return name == "J. Smith" && slug == "john-smith" }
	for i, sp := range []string{"John Smith", "J. Smith"} {
		a, qs := article(fmt.Sprintf("https://example.org/%d", i), "", [2]string{fmt.Sprintf("claim number %d of the test", i), sp})
		if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := speakerList(t, s), "J. Smith=j-smith|John Smith=john-smith"; got != want {
		t.Errorf("speakers %s, want %s", got, want)
	}
	s.Alias = func(name string) string { // the editors merge a name into a speaker
		if name == "Johnny Smith" {
			return "john-smith"
		}
		return ""
	}
	a, qs := article("https://example.org/alias", "", [2]string{"claim number nine of the test", "Johnny Smith"})
	if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
		t.Fatal(err)
	}
	if got, want := speakerList(t, s), "J. Smith=j-smith|John Smith=john-smith"; got != want {
		t.Errorf("after an alias: speakers %s, want %s", got, want)
	}
}

// TestReresolve mends a database whose speakers an older version merged
// or split: Hillary and Bill Clinton as one speaker named "Bill Clinton" at
// hillary-clinton, and Donald J. Trump apart from Donald Trump. The page
// at hillary-clinton stays Hillary's, Bill gets his own, and donald-j-trump
// redirects to donald-trump.
func TestReresolve(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	quotes := map[string][2]string{
		"https://example.org/1": {"the first quote of hillary", "Hillary Clinton"},
		"https://example.org/2": {"the first quote of bill here", "Bill Clinton"},
		"https://example.org/3": {"the first quote of donald", "Donald Trump"},
		"https://example.org/4": {"the second quote of donald", "Donald J. Trump"},
	}
	bodies := map[string][2]string{}
	for _, url := range []string{"https://example.org/1", "https://example.org/2", "https://example.org/3", "https://example.org/4"} {
		a, qs := article(url, "", quotes[url])
		bodies[a.Body] = quotes[url]
		if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
			t.Fatal(err)
		}
	}
	// What an older version made of them.
	for _, q := range []string{
		`UPDATE speakers SET name = 'Bill Clinton' WHERE slug = 'hillary-clinton'`,
		`UPDATE claims SET speaker_id = (SELECT id FROM speakers WHERE slug = 'hillary-clinton') WHERE text LIKE '%of bill%'`,
		`UPDATE appearances SET speaker_id = (SELECT id FROM speakers WHERE slug = 'hillary-clinton') WHERE speaker_id = (SELECT id FROM speakers WHERE slug = 'bill-clinton')`,
		`DELETE FROM speakers WHERE slug = 'bill-clinton'`,
		`INSERT INTO speakers (name, slug, kind, surname) VALUES ('Donald J. Trump', 'donald-j-trump', 'person', 'trump')`,
		`UPDATE appearances SET speaker_id = (SELECT id FROM speakers WHERE slug = 'donald-j-trump') WHERE claim_id IN (SELECT id FROM claims WHERE text LIKE '%second quote of donald%')`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	res, err := s.Reresolve(ctx, func(title, body string) []claims.Quote {
		_, qs := article("", "", bodies[body])
		return qs
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 4 || res.SpeakersMerged != 1 || res.SpeakersAfter != 3 {
		t.Errorf("reresolve: %+v; want 4 articles, 1 speaker merged, 3 speakers", res)
	}
	if got, want := speakerList(t, s), "Bill Clinton=bill-clinton|Donald Trump=donald-trump|Hillary Clinton=hillary-clinton"; got != want {
		t.Errorf("speakers %s\nwant     %s", got, want)
	}
	var heir string
	if err := s.db.QueryRow(`SELECT s.slug FROM speaker_redirects r JOIN speakers s ON s.id = r.speaker_id WHERE r.slug = 'donald-j-trump'`).Scan(&heir); err != nil || heir != "donald-trump" {
		t.Errorf("donald-j-trump redirects to %q (%v), want donald-trump", heir, err)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bySlug := map[int64]string{}
	for _, sp := range d.Speakers {
		bySlug[sp.ID] = sp.Slug
	}
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "of bill") && bySlug[c.SpeakerID] != "bill-clinton" {
			t.Errorf("Bill's claim is %s's", bySlug[c.SpeakerID])
		}
	}
}
