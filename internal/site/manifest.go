package site

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// manifestFile, in the output folder, lists every file the last build
// made, with the fingerprint of each page it rendered (zeros for other
// files). It is removed when a build starts and written when one ends, so
// after a build that failed half-way no page is trusted, and the next one
// renders them all and looks through the whole folder for what to remove.
const manifestFile = ".claimtrack-build"

const manifestHeader = "claimtrack build manifest 2\n"

// readManifest reads the files and fingerprints of the last build in out,
// then removes the file. A manifest that is missing or does not read gives
// nil: every page is rendered.
func readManifest(out string) map[string]fingerprint {
	file := filepath.Join(out, manifestFile)
	b, err := os.ReadFile(file)
	os.Remove(file)
	if err != nil || !bytes.HasPrefix(b, []byte(manifestHeader)) {
		return nil
	}
	prior := map[string]fingerprint{}
	sc := bufio.NewScanner(bytes.NewReader(b[len(manifestHeader):]))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		sum, rel, ok := strings.Cut(sc.Text(), " ")
		var fp fingerprint
		if n, err := hex.Decode(fp[:], []byte(sum)); !ok || err != nil || n != len(fp) {
			return nil // damaged: trust none of it
		}
		prior[rel] = fp
	}
	return prior
}

// writeManifest records the files this build made in out, with the
// fingerprints of its pages.
func writeManifest(out string, made map[string]bool, pages map[string]fingerprint) error {
	rels := make([]string, 0, len(made))
	for rel := range made {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	var b bytes.Buffer
	b.WriteString(manifestHeader)
	for _, rel := range rels {
		fp := pages[rel]
		fmt.Fprintf(&b, "%s %s\n", hex.EncodeToString(fp[:]), rel)
	}
	file := filepath.Join(out, manifestFile)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(file+".tmp", b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(file+".tmp", file)
}
