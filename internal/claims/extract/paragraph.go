package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimtrack/internal/claims"
)

// para is one paragraph of the body: a non-empty line, trimmed.
type para struct {
	claims.Span
	text     string
	skip     bool // boilerplate: never a source of claims or mentions
	headline bool // the article's title: title case, and only attributed quotes count
	// titleCase marks the first paragraph of a text without a title when
	// it is written as a headline is ("New Poll Shows Minor Post-Debate
	// Bump For Clinton."): its capitals say nothing of names, so its words
	// name only whom the rest names.
	titleCase bool
	// subheading marks a paragraph of one sentence in title case after
	// the first ("John Leguizamo On How U.S. History Makes Latinos Feel"):
	// its names are a heading's (titleWords), though its people are the
	// story's.
	subheading bool
	answer     bool // an interviewee's answer ("A: ..."), which its speaker gives
	quotes     []*quote
	toks       []token
	sents      []claims.Span  // token index ranges [Start, End)
	ms         []*mention     // possible speakers named outside the quotes
	used       map[int]*quote // cues (token indexes) spent on attributing a direct quote, and the quote each attributed last
	voices     []voice        // the entities descriptions that speak stand for

	arena *mentionArena // where its mentions are kept; nil: on the heap
	// surnames are the article's, in lower case: the last words of names
	// that open with a given name ("guest" of "Tim Guest"), so that one
	// opening a sentence is read as a name though it is also a word, and
	// the opening pairs of names ("whole foods"); see doc.surnames.
	surnames map[string]bool
	speaker  *mention    // the speaker of a transcript paragraph ("PENCE: ...")
	spoken   claims.Span // a transcript paragraph's or a post's spoken words
}

// voice is an entity that speaks through a description at a cue: "The
// parole board decision ... said".
type voice struct {
	at int // the cue's byte offset
	e  *entity
}

// spentOn is the quote the cue at token i attributed last, or nil.
func (p *para) spentOn(i int) *quote { return p.used[i] }

// spend records that the cue at token i attributed the direct quote q.
func (p *para) spend(i int, q *quote) {
	if p.used == nil {
		p.used = map[int]*quote{}
	}
	p.used[i] = q
}

// paragraphs splits a body into its non-empty lines. News text puts one
// paragraph on a line, with or without blank lines between them. The
// paragraphs are kept in *slab, grown when it is too small, so that one
// allocation, or none, holds them all.
func paragraphs(body, folded string, slab *[]para) []*para {
	n := strings.Count(body, "\n") + 1
	if cap(*slab) < n {
		*slab = make([]para, 0, n)
	}
	paras := (*slab)[:0]
	ps := make([]*para, 0, n)
	for start := 0; start < len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		s, e := trimSpan(body, start, end)
		if s < e {
			paras = append(paras, para{Span: claims.Span{Start: s, End: e}, text: body[s:e]})
			p := &paras[len(paras)-1]
			p.skip = isBoilerplate(p.text, folded[s:e])
			ps = append(ps, p)
		}
		start = end + 1
	}
	return ps
}

// trimSpan narrows [s, e) of text past white space, non-breaking spaces and
// byte-order marks on both sides.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isBlank(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isBlank(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || invisible(r)
}

// boilerPrefixes open paragraphs that are site furniture, not reporting.
var boilerPrefixes = []string{
	"click here", "read more", "read the rest", "related:", "related coverage",
	"sign up", "subscribe", "share this", "share on", "follow us", "follow fox news",
	"(photo", "photo:", "photo by", "image:", "credit:", "advertisement",
	"watch:", "watch the", "watch |", "listen:", "download the", "get the latest",
	"[video", "(video", "video:", "[photo", "[image", "[watch", // an embedded clip's or picture's caption
	"story continues below", "continued below", "continue reading", "read more:", "more:",
	"^ ", // a reference note: '^ Keane, Basil (2010). "..." Te Ara. Retrieved 7 January 2011.'
}

// isBoilerplate reports whether a paragraph is furniture rather than the
// story: ALL-CAPS links to related stories, "The post ... appeared first on",
// calls to click, subscribe or follow, and photo credits.
func isBoilerplate(text, lower string) bool {
	if strings.HasPrefix(lower, "the post ") && strings.Contains(text, " appeared first on") {
		return true
	}
	lead := strings.TrimLeft(lower, "\"'“‘ ") // a stray mark before it, as in a transcript's last line
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(lead, p) && !(len(lead) > len(p) && isLetter(p[len(p)-1]) && isLetter(lead[len(p)])) {
			return true // a whole word: "Subscribe", not "Subscribers were quick to complain."
		}
	}
	if postedAt(lead) {
		return true
	}
	if strings.HasPrefix(lead, "follow ") && len(lead) < 120 && (strings.Contains(lead, "twitter") || strings.Contains(lead, " @")) {
		return true // "Follow Pam Key on Twitter @pamkeyNEN."
	}
	if len(text) < 160 {
		if strings.Contains(lower, "getty images") || strings.Contains(lower, "ap photo") ||
			strings.Contains(lower, "reuters/") && !strings.Contains(lower, "reuters/ipsos") { // a credit, not the poll
			return true
		}
	}
	if caption(text, lower) {
		return true
	}
	var upper, letters int
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b >= 'a' && b <= 'z':
			letters++
			if letters-upper > 40 {
				return false // running text, not a headline in capitals
			}
		case b >= 'A' && b <= 'Z':
			letters, upper = letters+1, upper+1
		case b >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
			i += n - 1
		}
	}
	return letters >= 12 && upper*100 >= letters*85
}

// creditWords end a photo or video credit: "(Haweya Fadal/CBC)",
// "(Getty Images)", "Ryan Remiorz / The Canadian Press".
var creditWords = set(`images image photo photos press reuters afp ap cbc getty handout file supplied submitted
shutterstock istock news pool`)

// caption reports a photo or video caption: a paragraph that ends in its
// credit in brackets ("... in Toronto. (Lauren Pelley / CBC News)") or in
// a video's running time ("... a five goal second period. 0:25"), or that
// opens with a credit ("Ryan Remiorz / The Canadian Press Kevin Vickers,
// right, tosses ...") or with a gallery button's words. A caption names
// people who speak nowhere in it, so no pronoun after it may point at
// them.
func caption(text, lower string) bool {
	if strings.HasPrefix(lower, "open this photo in gallery") {
		return true // the Globe and Mail's pictures, each caption behind its button's words
	}
	if i := strings.LastIndexByte(text, '('); i > 0 && strings.HasSuffix(text, ")") {
		credit := lower[i+1 : len(lower)-1]
		words := strings.Fields(strings.ReplaceAll(credit, "/", " / "))
		if len(words) > 0 && len(words) <= 8 && (strings.Contains(credit, "/") || creditWords[words[len(words)-1]] ||
			strings.HasSuffix(strings.TrimSpace(text[:i]), ".") && capitalised(text[i+1:len(text)-1])) {
			return true // "... in this 1914 photo. ( Library and Archives Canada )"
		}
	}
	if i := strings.Index(text, "( "); i >= 0 {
		if j := strings.Index(text[i:], " )"); j > 0 && strings.Contains(text[i:i+j], " / ") && j < 80 {
			return true // "( Andrew Francis Wallace / Toronto Star )" inside a run of captions
		}
	}
	if n := len(text); n > 5 && strings.Count(text[max(0, n-6):], ":") == 1 {
		t := strings.TrimRight(text, ".")
		if j := strings.LastIndexByte(t, ' '); j > 0 && runningTime(t[j+1:]) {
			return true
		}
	}
	if slash := strings.Index(text, " / "); slash > 0 && slash < 40 {
		after := strings.Fields(lower[slash+3 : min(len(lower), slash+40)])
		for k := 0; k < len(after) && k < 4; k++ {
			if creditWords[strings.Trim(after[k], ".,")] {
				return true
			}
		}
	}
	return false
}

// capitalised reports words that all open with a capital, but for the
// small words of names ("Library and Archives Canada").
func capitalised(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "of" && w != "the" && w != "&" {
			return false
		}
	}
	return len(words) > 0
}

// runningTime reports a video's length: "0:25", "2:43", "12:05".
func runningTime(w string) bool {
	m, sec, ok := strings.Cut(w, ":")
	if !ok || len(m) == 0 || len(m) > 2 || len(sec) != 2 {
		return false
	}
	for _, r := range m + sec {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sentenceOf is the sentence that holds token i.
func (p *para) sentenceOf(i int) claims.Span {
	k := sort.Search(len(p.sents), func(k int) bool { return p.sents[k].End > i })
	if k < len(p.sents) && p.sents[k].Start <= i {
		return p.sents[k]
	}
	return claims.Span{}
}

// sentenceStart reports whether token i opens a sentence of the paragraph.
func (p *para) sentenceStart(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].shape&shapeOpens != 0
}

// inTitleCase reports a paragraph written in title case: short, every word
// of four letters or more capitalised but one in five at most (styles
// differ on "for" and "if"), with a capital that running prose never
// gives inside a sentence: a short word of grammar ("For", "Against",
// "The") or a headline's verb ("Says", "Slams"). Names, even of
// organisations made of ordinary words, have neither.
func inTitleCase(p *para) bool {
	words, long, caps, marks := 0, 0, 0, 0
	for i, t := range p.toks {
		if !t.isWord() {
			continue
		}
		if words++; words > maxTitleWords {
			return false
		}
		if i > 0 && t.isCap() && (titleFunctionWords[t.low] || headlineVerbs[t.low]) {
			marks++
		}
		if utf8.RuneCountInString(t.text) >= 4 {
			long++
			if t.isCap() {
				caps++
			} else if (long-caps)*5 > maxTitleWords {
				return false // more words in lower case than any title has: running text
			}
		}
	}
	return long >= 3 && marks > 0 && caps*5 >= long*4
}

// titleFunctionWords are the words of grammar a title-case headline
// capitalises and a sentence does not.
var titleFunctionWords = set(`for and the to of in on at as is are was be by with from after against about over into
than that this just not will could would has have who what why how but or its his her their our your`)

// maxTitleWords is the most words a headline holds.
const maxTitleWords = 25

// headlineCase reports a paragraph whose capitals say nothing of names:
// the title, or a line of the body written like one.
func (p *para) headlineCase() bool { return p.headline || p.titleCase }

// titleWords reports a paragraph whose every word is capitalised as
// titles are, a subheading's included: its names end at its small words.
func (p *para) titleWords() bool { return p.headlineCase() || p.subheading }

// isLetter reports an ASCII letter.
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// postedAt reports a line that says when the page went up or changed and
// nothing else: "Posted December 3, 2026 10:14 am", "Updated: Nov. 4, 2025
// at 9:02 a.m. ET"; not "Updated figures show 40 per cent ...".
func postedAt(lower string) bool {
	rest, ok := "", false
	for _, p := range []string{"posted", "updated", "published", "last updated"} {
		if rest, ok = strings.CutPrefix(lower, p); ok {
			break
		}
	}
	if !ok || len(rest) > 60 || !strings.ContainsAny(rest, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '|' || r == '-' }) {
		w = strings.TrimSuffix(w, ".")
		if !monthWords[w] && !weekdays[w] && !clockWords[w] && strings.TrimLeft(w, "0123456789") != "" && !isNumber(w) {
			return false
		}
	}
	return true
}

// clockWords go with a time of day in a page's posting line.
var clockWords = set(`am pm a.m p.m at on et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet ast adt nst ndt`)
