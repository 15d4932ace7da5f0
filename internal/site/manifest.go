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

// manifestFile, in the output folder, holds the fingerprint of every page
// the last build rendered. It is removed when a build starts and written
// when one ends, so after a build that failed half-way no page is trusted
// and the next one renders them all.
const manifestFile = ".claimtrack-build"

const manifestHeader = "claimtrack build manifest 1\n"

// readManifest reads the fingerprints of the last build in out, then
// removes the file. A manifest that is missing or does not read gives an
// empty map: every page is rendered.
func readManifest(out string) map[string]fingerprint {
	file := filepath.Join(out, manifestFile)
	b, err := os.ReadFile(file)
	os.Remove(file)
	prior := map[string]fingerprint{}
	if err != nil || !bytes.HasPrefix(b, []byte(manifestHeader)) {
		return prior
	}
	sc := bufio.NewScanner(bytes.NewReader(b[len(manifestHeader):]))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		sum, rel, ok := strings.Cut(sc.Text(), " ")
		var fp fingerprint
		if n, err := hex.Decode(fp[:], []byte(sum)); !ok || err != nil || n != len(fp) {
			return map[string]fingerprint{} // damaged: trust none of it
		}
		prior[rel] = fp
	}
	return prior
}

// writeManifest records the fingerprints of this build's pages in out.
func writeManifest(out string, pages map[string]fingerprint) error {
	rels := make([]string, 0, len(pages))
	for rel := range pages {
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
