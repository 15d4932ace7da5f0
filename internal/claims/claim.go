// Package claims holds claimtrack's domain: the articles it reads, the quotes
// and claims found in them, the people and organisations who made them, and
// where each claim appears.
//
// Subpackages do the work: reader turns files into Articles, extract finds
// Quotes in an article body, and store keeps everything in SQLite. This
// package only defines the shared types and the rules that must agree across
// them, such as how a claim's stable ID and a speaker's key are derived.
package claims

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind says how a claim was reported.
type Kind string

// The kinds of claim. A fragment is a short quoted phrase inside the
// reporter's own sentence; indirect is reported speech without quote marks.
const (
	Direct   Kind = "direct"
	Fragment Kind = "fragment"
	Indirect Kind = "indirect"
)

// Act is what a claim reports someone did: said or wrote something, found
// something (a document: a poll, report or study), or thought, wanted,
// planned or saw something. Only what was said or found can be checked, so
// only those are claims the site lists; the rest are stored and shown on
// their article's page on request.
type Act string

// The acts.
const (
	Said    Act = "said"
	Found   Act = "found"
	Thought Act = "thought" // a belief, wish, plan or perception, or any other act that is not speech
	// Stance is a position taken with no statement in it to check: "endorsed
	// Trump", "denied the request", "thanked her parents", "urged an
	// inquiry". Said on record, but nothing in it is true or false.
	Stance Act = "stance"
)

// Checkable reports an act a reader can check: a statement or a finding.
func (a Act) Checkable() bool { return a == Said || a == Found || a == "" }

// Shown reports whether the site lists a claim by default: what was said
// or found, that extraction is sure enough of (minConfidence, from
// site.toml), and that is not part of another claim of its article (a
// quoted fragment inside the reported statement that carries it).
func Shown(act Act, confidence, minConfidence float64, inside bool) bool {
	return act.Checkable() && confidence >= minConfidence && !inside
}

// Statuses a claim starts in. Editors move it on through verdict files.
const (
	Unrated = "unrated"
	Pending = "pending"
)

// Article is one news story as a reader produced it. Body is the text that is
// stored and that claims' offsets point into; Offset is where Body starts in
// the source file, so that tools can report offsets into the file itself.
type Article struct {
	ID     int64  // set once stored
	Source string // the file (or "-") it was read from
	Offset int
	URL    string
	Title  string
	// TitleOffset is where Title starts in the source file, or -1 when
	// the title is not in the file's text (it came from front matter).
	TitleOffset int
	Publisher   string
	Published   time.Time // zero when unknown
	Language    string    // ISO 639-1 ("en", "fr"); empty when unknown, and then taken to be English
	Authors     []string
	Body        string
	Ingested    time.Time // set once stored
	// TitleFromText is set when the source gave no title and Title is the
	// body's first sentence, so that the site can say so.
	TitleFromText bool
	// Duplicates counts the other items of its feed that had the same link
	// and were dropped for this one, the newest.
	Duplicates int
	// Whole is set when the article is the whole of its file, so that the
	// file's path identifies it when it has no URL: an edited file
	// replaces the version stored before.
	Whole bool
	// Warnings are what was wrong with the input but did not stop it
	// being read, such as a URL that is no web address.
	Warnings []string
}

// Analysed reports whether extraction reads an article in this language:
// its rules are English, and run on another language they find speakers
// such as "acrescentou o". An unknown language is taken as English.
func Analysed(language string) bool { return language == "" || language == "en" }

// Hash identifies an article by its body, so that the same story saved twice
// is recognised even without a URL.
func (a *Article) Hash() string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(a.Body)))
	return hex.EncodeToString(sum[:])
}

// Span is a byte range [Start, End) of an article body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is who a quote is attributed to: the canonical name extraction
// resolved, the role it was given in this article, and where the attribution
// names them (a name, a role noun or a pronoun).
type Mention struct {
	Name string // canonical: "Donald Trump", "Ukrainian delegation"
	Role string // "President", "Russian President"; empty when none
	Text string // the words of the mention: "he", "the Kremlin chief"
	Span Span   // zero when there is no mention in the text
	Kind SpeakerKind
	// Aliases are other names the article gives the same speaker: an
	// acronym it defines ("the International Monetary Fund (IMF)").
	Aliases []string
}

// Quote is one claim as extraction found it in an article body.
type Quote struct {
	Text       string
	Span       Span   // from the first quoted character to the last
	Parts      []Span // the quoted pieces when an attribution splits them
	Kind       Kind
	Prediction bool    // future-looking: a prediction or a promise
	Confidence float64 // how sure extraction is that this is someone's claim, 0 to 1
	Cue        string  // the word (or mark) that ties the claim to its speaker
	CueSpan    Span    // where the cue stands; zero when it is implied
	Act        Act
	Speaker    Mention
	Paragraph  Span // the paragraph around the quote, for context
	Headline   bool // found in the article's title: spans are into the title
	// Inside is set on a quote that lies within another claim of the
	// article that carries it ('said the talks were "very productive"'):
	// the site shows that claim, with these words marked in it.
	Inside bool
}

// Claim is a stored claim: one statement, however many articles report it.
type Claim struct {
	ID          string
	Text        string
	Kind        Kind
	Prediction  bool
	Confidence  float64 // the highest of its appearances
	Act         Act     // speech if any appearance reports it as such
	SpeakerID   int64   // 0 when nobody could be named
	FirstSeen   time.Time
	Appearances []Appearance
}

// Status is the status a claim has before any verdict: pending for a
// prediction or promise, otherwise unrated.
func (c *Claim) Status() string {
	if c.Prediction {
		return Pending
	}
	return Unrated
}

// Appearance is one place a claim was reported: the article, the exact span,
// the paragraph around it and how that article named the speaker.
type Appearance struct {
	ArticleID int64
	Span      Span
	Paragraph Span
	SpeakerID int64
	Mention   string // the words that named the speaker: "he", "the Kremlin chief"
	Role      string // the speaker's role as this article gave it
	Cue       string
	InTitle   bool // the span is into the article's title, not its body
	Inside    bool // it lies within a longer claim of the article (Quote.Inside)
}

// Shown reports whether the site lists the claim by default (the
// function Shown): a claim reported inside a longer one everywhere is
// shown as part of that one.
func (c *Claim) Shown(minConfidence float64) bool {
	inside := len(c.Appearances) > 0
	for _, p := range c.Appearances {
		inside = inside && p.Inside
	}
	return Shown(c.Act, c.Confidence, minConfidence, inside)
}

// NormalizeText folds a quote to the form that decides whether two quotes
// are the same claim: case, quote glyphs, white space and the punctuation
// around it do not count. It runs in one pass with one allocation, as
// ingest asks it of every claim.
func NormalizeText(s string) string {
	return string(appendNormalized(make([]byte, 0, len(s)), s))
}

// appendNormalized appends s normalised (NormalizeText) to b and returns
// the normalised words: a slice of b's new bytes.
func appendNormalized(b []byte, s string) []byte {
	from := len(b)
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // most text: no rune to decode nor to switch on
			i++
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				space = true
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			if space && len(b) > from {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '‘', '’', '`', '´':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		case '–', '—':
			r = '-'
		}
		if r < utf8.RuneSelf {
			if r == ' ' || r >= '\t' && r <= '\r' {
				space = true
				continue
			}
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if unicode.IsSpace(r) {
			space = true
			continue
		} else {
			r = unicode.ToLower(r)
		}
		if space && len(b) > from {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	return bytes.TrimFunc(b[from:], func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}

// ClaimID derives a claim's permanent ID from its normalised text alone, so
// that re-ingesting or improving speaker resolution never changes it and
// verdict files named after it stay attached. Very short quotes ("useful")
// are too common to stand alone, so the speaker's key joins them.
func ClaimID(text, speaker string) string {
	var buf [512]byte
	n := appendNormalized(buf[:0], text)
	if len(n) == 0 || bytes.Count(n, []byte{' '}) < 3 { // fewer than four words
		n = append(append(n, 0), SpeakerKey(speaker)...)
	}
	sum := sha256.Sum256(n)
	return hex.EncodeToString(sum[:6])
}

// WebAddress reports whether u is an absolute http or https URL with a
// host: the only addresses claimtrack stores and links to ("javascript:",
// "data:" and relative paths are not).
func WebAddress(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}
