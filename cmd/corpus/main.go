// Command corpus writes a deterministic synthetic corpus of news-like
// articles for measuring claimtrack at scale (package corpus says what is
// in it).
//
//	corpus -claims 100000 -out corpus
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"claimtrack/internal/corpus"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(_ context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	want := fs.Int("claims", 1000, "write articles until extraction finds about this many `claims`")
	out := fs.String("out", "corpus", "the `folder` to write (articles/ and claims/ under it)")
	seed := fs.Uint64("seed", 1, "the `seed` of the generator: the same seed writes the same corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return errors.New("corpus takes flags only")
	}
	n, found, err := corpus.Write(*out, *want, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "corpus: %d articles, about %d claims, in %s\n", n, found, *out)
	return nil
}
