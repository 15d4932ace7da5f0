package verdict

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// A claim's ID is a hash of its text and speaker, so an improvement to
// extraction, an updated story or a speaker's fuller name gives it a new
// one. The verdict file records what the claim was (Record), and the build
// finds it again: the claim of the same source whose text is most like
// the recorded text, if it is like enough and has no verdict of its own.

// Candidate is a claim a verdict file may be re-attached to.
type Candidate struct {
	ID      string
	Text    string
	Speaker string
	Sources []string // the URL (or, without one, the path) of each article that reported it
}

// minSimilar is how alike (Dice's coefficient over words) a claim's text
// must be to the recorded one: a word or two changed, not another claim.
const minSimilar = 0.6

// Match finds the claim a verdict file whose ID is gone belongs to now:
// of those its recorded source reported, the one whose text is most like
// the recorded text, the same speaker breaking ties. taken says which
// claims already have a verdict file. It returns the candidate's index, or
// -1 when none is alike enough or the file records nothing to match on.
func Match(v *Verdict, cands []Candidate, taken func(id string) bool) int {
	if v.Claim.Text == "" || v.Claim.Source == "" {
		return -1
	}
	want := words(v.Claim.Text)
	best, score := -1, minSimilar
	for i, c := range cands {
		if taken(c.ID) || !hasSource(c.Sources, v.Claim.Source) {
			continue
		}
		x := dice(want, words(c.Text))
		if strings.EqualFold(c.Speaker, v.Claim.Speaker) {
			x += 0.01
		}
		if x > score {
			best, score = i, x
		}
	}
	return best
}

func hasSource(sources []string, s string) bool {
	for _, x := range sources {
		if x == s {
			return true
		}
	}
	return false
}

// words are a text's words in lower case, with how often each occurs.
func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

// dice is Dice's coefficient of two bags of words: 1 when they are the
// same, 0 when they share none.
func dice(a, b map[string]int) float64 {
	na, nb, both := 0, 0, 0
	for w, n := range a {
		na += n
		both += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(both) / float64(na+nb)
}

// Describe records in a claim's verdict file what the claim is, replacing
// what it recorded before. ingest writes it with every status and
// correction.
func Describe(file string, rec Record, scale Scale) error {
	return locked(file, func() error {
		old, err := existing(file, nil, scale)
		if err != nil || old == nil {
			return err
		}
		return replace(file, withClaim(string(old), rec, ""), scale)
	})
}

// Reattach moves the verdict file v to the claim newID: the file is
// written again as dir/<newID>.md with the claim's record brought up to
// date and the move kept in its history, and the old file removed.
func Reattach(v *Verdict, newID string, rec Record, date time.Time, scale Scale) (string, error) {
	to := filepath.Join(filepath.Dir(v.File), newID+".md")
	err := locked(v.File, func() error {
		if _, err := os.Stat(to); !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: cannot move it to %s: that file exists", v.File, to)
		}
		old, err := existing(v.File, nil, scale)
		if err != nil {
			return err
		}
		if old == nil {
			return fmt.Errorf("%s: gone before it could be moved", v.File)
		}
		moved := fmt.Sprintf("[[moved]]\nfrom = %s\ndate = %s\n", quote(v.ClaimID), date.Format(time.DateOnly))
		if err := replace(to, withClaim(string(old), rec, moved), scale); err != nil {
			return err
		}
		return os.Remove(v.File)
	})
	return to, err
}

// withClaim is a verdict file's text with its [claim] table set to rec
// (placed before the first table, as TOML wants the keys above it) and
// tail added at the end of the front matter.
func withClaim(src string, rec Record, tail string) string {
	s := strings.ReplaceAll(src, "\r\n", "\n")
	end := strings.Index(s[4:], "\n+++") + 4
	lines := strings.Split(strings.TrimSuffix(s[4:end+1], "\n"), "\n")
	var keep []string
	for i := 0; i < len(lines); i++ {
		if isClaimTable(lines[i]) {
			for i+1 < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "[") {
				i++ // the old record's keys
			}
			continue
		}
		keep = append(keep, lines[i])
	}
	block := fmt.Sprintf("[claim]\ntext = %s\nspeaker = %s\nsource = %s\n", quote(rec.Text), quote(rec.Speaker), quote(rec.Source))
	at := len(keep)
	for i, l := range keep {
		if strings.HasPrefix(l, "[") {
			at = i
			break
		}
	}
	head := strings.TrimRight(strings.Join(keep[:at], "\n"), "\n")
	if head != "" {
		head += "\n\n"
	}
	rest := strings.TrimRight(strings.Join(keep[at:], "\n"), "\n")
	if rest != "" {
		rest = "\n" + rest + "\n"
	}
	if tail != "" {
		tail = "\n" + tail
	}
	return "+++\n" + head + block + rest + tail + s[end+1:]
}

// isClaimTable reports whether a front-matter line opens the [claim] table,
// however it is spaced or quoted: "[ "claim" ]  # old" is the same table,
// so it must be replaced, not kept beside a new one.
func isClaimTable(line string) bool {
	l := strings.TrimSpace(line)
	if !strings.HasPrefix(l, "[") || strings.HasPrefix(l, "[[") {
		return false
	}
	end := strings.Index(l, "]")
	if end < 0 {
		return false
	}
	return keyName(l[1:end]) == "claim"
}

// keyName is a TOML key without the spaces and quotes TOML allows around
// it ("claim", ' claim ' and "'claim'" are one key).
func keyName(k string) string {
	return strings.Trim(strings.TrimSpace(k), `"'`)
}
