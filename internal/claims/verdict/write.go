package verdict

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Append records a new status for a claim in its verdict file, creating the
// file if need be, and checks the result; a file that would not read back
// is left as it was.
func Append(file string, e Entry, scale Scale) error {
	return locked(file, func() error { return appendEntry(file, e, scale) })
}

func appendEntry(file string, e Entry, scale Scale) error {
	old, err := existing(file, nil, scale)
	if err != nil {
		return err
	}
	var updated string
	entry := render(e)
	if old == nil {
		updated = "+++\n" + entry + "+++\n\n"
	} else {
		s := strings.ReplaceAll(string(old), "\r\n", "\n")
		end := strings.Index(s[4:], "\n+++") + 4
		updated = s[:end+1] + "\n" + entry + s[end+1:]
	}
	return replace(file, updated, scale)
}

// render writes an entry as a [[status]] table of TOML.
func render(e Entry) string {
	var b strings.Builder
	b.WriteString("[[status]]\n")
	fmt.Fprintf(&b, "status = %s\n", quote(e.Status))
	fmt.Fprintf(&b, "date = %s\n", e.Date.Format(time.DateOnly))
	if !e.Recorded.IsZero() {
		fmt.Fprintf(&b, "recorded = %s\n", e.Recorded.Format(time.DateOnly))
	}
	if e.Note != "" {
		fmt.Fprintf(&b, "note = %s\n", quote(e.Note))
	}
	if e.By != "" {
		fmt.Fprintf(&b, "by = %s\n", quote(e.By))
	}
	for _, ev := range e.Evidence {
		b.WriteString("\n  [[status.evidence]]\n")
		fmt.Fprintf(&b, "  url = %s\n", quote(ev.URL))
		if ev.Title != "" {
			fmt.Fprintf(&b, "  title = %s\n", quote(ev.Title))
		}
		if !ev.Date.IsZero() {
			fmt.Fprintf(&b, "  date = %s\n", ev.Date.Format(time.DateOnly))
		}
		if ev.Archive != "" {
			fmt.Fprintf(&b, "  archive = %s\n", quote(ev.Archive))
		}
	}
	return b.String()
}

// quote writes s as a TOML basic string: backslashes, quotation marks
// and every control character escaped, as TOML allows none of them raw.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\' || r == '"':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// SetDue sets the due date of a verdict file that has none yet.
func SetDue(file, due string, scale Scale) error {
	return locked(file, func() error { return setDue(file, due, scale) })
}

func setDue(file, due string, scale Scale) error {
	if _, err := time.Parse(time.DateOnly, due); err != nil {
		return fmt.Errorf("verdict: due %q: write it as 2025-12-31", due)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("verdict: %w", err)
	}
	v, err := parse(file, src, scale)
	if err != nil {
		return err
	}
	if !v.Due.IsZero() {
		return fmt.Errorf("%s: already due %s: edit the file to change it", file, v.Due.Format(time.DateOnly))
	}
	updated := "+++\ndue = " + due + "\n" + strings.TrimPrefix(strings.ReplaceAll(string(src), "\r\n", "\n"), "+++\n")
	return replace(file, updated, scale)
}

// Correction is the editors' correction of a claim: the slug of its true
// speaker, or that it is hidden and why.
type Correction struct {
	Speaker string
	Hidden  bool
	Reason  string
}

// Correct writes a correction into a claim's verdict file, creating the
// file if need be; a correction already there of the same kind is
// replaced. A file that would not read back is left as it was.
func Correct(file string, c Correction, scale Scale) error {
	return locked(file, func() error { return correct(file, c, scale) })
}

func correct(file string, c Correction, scale Scale) error {
	old, err := existing(file, []byte("+++\n+++\n\n"), scale)
	if err != nil {
		return err
	}
	s := strings.ReplaceAll(string(old), "\r\n", "\n")
	end := strings.Index(s[4:], "\n+++") + 4
	var keep []string
	drop := map[string]bool{"speaker": c.Speaker != "", "hidden": c.Hidden, "reason": c.Hidden}
	table := false // the keys of a table ([claim], [[status]]) are not the file's own
	for _, line := range strings.Split(s[4:end+1], "\n") {
		table = table || strings.HasPrefix(strings.TrimSpace(line), "[")
		if k, _, ok := strings.Cut(line, "="); ok && !table && drop[keyName(k)] {
			continue
		}
		keep = append(keep, line)
	}
	var head strings.Builder
	if c.Speaker != "" {
		fmt.Fprintf(&head, "speaker = %s\n", quote(c.Speaker))
	}
	if c.Hidden {
		fmt.Fprintf(&head, "hidden = true\nreason = %s\n", quote(c.Reason))
	}
	updated := "+++\n" + head.String() + strings.TrimLeft(strings.Join(keep, "\n"), "\n") + s[end+1:]
	return replace(file, updated, scale)
}

// existing reads a verdict file before a change to it: empty when there is
// none yet, and an error when it does not read as a verdict (fix the file
// before adding to it).
func existing(file string, empty []byte, scale Scale) ([]byte, error) {
	old, err := os.ReadFile(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return empty, nil
	case err != nil:
		return nil, fmt.Errorf("verdict: %w", err)
	}
	if _, err := parse(file, old, scale); err != nil {
		return nil, err
	}
	return old, nil
}

// replace writes a verdict file's new text in place of the old, once it
// reads as a valid verdict, through a temporary file so that a crash
// leaves one or the other whole.
func replace(file, text string, scale Scale) error {
	if _, err := parse(file, []byte(text), scale); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*.tmp") // a name of its own: writers never share one
	if err != nil {
		return fmt.Errorf("verdict: %w", err)
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), file)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("verdict: %w", err)
	}
	return nil
}
