package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
)

// need finds an external program a test needs. .ci/run installs them all,
// so in CI a missing one fails the test; elsewhere the test is skipped with
// the way to install it.
func need(t *testing.T, path, install string) string {
	t.Helper()
	if filepath.IsAbs(path) || strings.Contains(path, "/") {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	} else if p, err := exec.LookPath(path); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; CI must install it: %s", path, install)
	}
	t.Skipf("%s is not installed (%s); skipping", path, install)
	return ""
}

// demoSite ingests content/ and builds it into a temporary folder.
func demoSite(t *testing.T, extra ...string) (db, out string) {
	dir := t.TempDir()
	db, out = filepath.Join(dir, "claims.db"), filepath.Join(dir, "public")
	articles, _ := filepath.Glob("../../content/articles/*.md")
	ingestFiles(t, db, articles...)
	build(t, append([]string{"-config", "../../site.toml", "-db", db, "-content", "../../content", "-out", out}, extra...)...)
	return db, out
}

// TestHTMLValidator runs the Nu Html Checker (the W3C validator) over every
// page of the demo site.
func TestHTMLValidator(t *testing.T) {
	jar := os.Getenv("VNU_JAR")
	if jar == "" {
		jar, _ = filepath.Abs("../../.tools/node_modules/vnu-jar/build/dist/vnu.jar")
	}
	jar = need(t, jar, "make tools")
	java := need(t, "java", "apt-get install default-jre-headless")
	_, out := demoSite(t)
	cmd := exec.Command(java, "-jar", jar, "--skip-non-html", "--also-check-css", out)
	var msg bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msg, &msg
	if err := cmd.Run(); err != nil || msg.Len() > 0 {
		t.Errorf("the validator found problems (%v):\n%s", err, msg.String())
	}
	// The validator must be able to fail: a broken page is reported.
	bad := filepath.Join(t.TempDir(), "bad.html")
	os.WriteFile(bad, []byte("<!DOCTYPE html><html lang=en><title>x</title><p><div></span>"), 0o644)
	if err := exec.Command(java, "-jar", jar, bad).Run(); err == nil {
		t.Error("the validator passed a broken page")
	}
}

// TestBrowser serves the demo site and loads its pages in headless
// Chromium, reading the DOM the browser built and taking a phone-sized
// screenshot.
func TestBrowser(t *testing.T) {
	chromium := need(t, "chromium", "apt-get install chromium")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done := serveDemo(ctx, t)
	profile := t.TempDir()
	browse := func(args ...string) string {
		t.Helper()
		c, stop := context.WithTimeout(ctx, 60*time.Second)
		defer stop()
		all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + profile}, args...)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(c, chromium, all...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
		}
		return stdout.String()
	}
	id := claims.ClaimID("Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.", "")
	dom := browse("--dump-dom", base+"claims/"+id+"/")
	for _, want := range []string{"Claim by Donald Trump", "Russia and Ukraine will immediately start negotiations",
		`href="../../speakers/donald-trump/"`, "Pending", "<mark>"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the browser's claim page lacks %q", want)
		}
	}
	dom = browse("--dump-dom", base)
	if !strings.Contains(dom, "Latest rulings") || !strings.Contains(dom, "Latest quotes") || !strings.Contains(dom, "Rustem Umerov") {
		t.Error("the browser's home page lacks the latest rulings and quotes")
	}
	shot := filepath.Join(t.TempDir(), "phone.png")
	browse("--screenshot="+shot, "--window-size=390,844", "--hide-scrollbars", base+"claims/"+id+"/")
	if b, err := os.ReadFile(shot); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) || len(b) < 10_000 {
		t.Errorf("no screenshot of the claim page on a phone (%v, %d bytes)", err, len(b))
	} else if dir := os.Getenv("SCREENSHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, "claim-phone.png"), b, 0o644)
	}
	cancel()
	<-done
}

// serveDemo builds the demo site and serves it with build -serve until ctx
// ends, returning its address and a channel closed when the server stops.
func serveDemo(ctx context.Context, t *testing.T) (string, chan error) {
	t.Helper()
	db, out := demoSite(t)
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-config", "../../site.toml", "-db", db, "-content", "../../content", "-out", out,
			"-serve", "127.0.0.1:0"}, pw, io.Discard)
		pw.Close()
	}()
	base := ""
	buf := make([]byte, 4096)
	printed := ""
	for base == "" {
		n, err := pr.Read(buf)
		if err != nil {
			t.Fatalf("build -serve: %v (%q)", err, printed)
		}
		printed += string(buf[:n])
		if m := regexp.MustCompile(`(http://\S+/) `).FindStringSubmatch(printed); m != nil {
			base = m[1]
		}
	}
	go io.Copy(io.Discard, pr)
	return base, done
}

// TestClaimReview checks the demo's rated claim with the
// structured-data-testing-tool: its ClaimReview has what Google asks of
// one, and its Open Graph and Twitter tags what those sites ask (a share
// card among them). A claim with no rating has no ClaimReview at all, and a claim's
// words cannot break out of the JSON-LD script.
func TestClaimReview(t *testing.T) {
	sdtt, _ := filepath.Abs("../../.tools/node_modules/.bin/sdtt")
	sdtt = need(t, sdtt, "make tools")
	_, out := demoSite(t, "-base-url", "https://example.org/checks/")
	rated := filepath.Join(out, "claims", "84d4d0561d8d", "index.html")
	cmd := exec.Command(sdtt, "--file", rated, "--presets", "Google,Twitter,Facebook", "--schemas", "ClaimReview")
	msg, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(msg), "tests passed") {
		t.Errorf("sdtt on the rated claim (%v):\n%s", err, msg)
	}
	if cards, _ := filepath.Glob(filepath.Join(out, "claims", "84d4d0561d8d", "card-*.png")); len(cards) != 1 {
		t.Errorf("share cards for the rated claim: %v", cards)
	} else if card, err := os.ReadFile(cards[0]); err != nil || !bytes.HasPrefix(card, []byte("\x89PNG")) {
		t.Errorf("the share card is no PNG: %v", err)
	}
	page := read(t, rated)
	for _, want := range []string{`"@type":"ClaimReview"`, `"url":"https://example.org/checks/claims/84d4d0561d8d/"`,
		`"reviewRating":{"@type":"Rating","alternateName":"Not fulfilled","bestRating":5,"ratingValue":1,"worstRating":1}`,
		`"author":{"@type":"Person","name":"Donald Trump"}`} {
		if !strings.Contains(page, want) {
			t.Errorf("the ClaimReview lacks %s", want)
		}
	}
	unrated, _ := filepath.Glob(filepath.Join(out, "claims", "*", "index.html"))
	n := 0
	for _, p := range unrated {
		if p != rated && strings.Contains(read(t, p), "ClaimReview") {
			t.Errorf("%s has a ClaimReview but no rating", p)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d claim pages", n)
	}
	// The validator must be able to fail: a page without the ClaimReview.
	bare := filepath.Join(t.TempDir(), "bare.html")
	os.WriteFile(bare, []byte(strings.Replace(page, `"@type":"ClaimReview"`, `"@type":"Thing"`, 1)), 0o644)
	if msg, err := exec.Command(sdtt, "--file", bare, "--presets", "Google", "--schemas", "ClaimReview").CombinedOutput(); err == nil {
		t.Errorf("sdtt passed a page without a ClaimReview:\n%s", msg)
	}
}
