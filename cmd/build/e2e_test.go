package main

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/extract"
	"claimtrack/internal/claims/reader"
	"claimtrack/internal/claims/store"
)

// ingestFiles stores the articles of the given files the way ingest does.
func ingestFiles(t *testing.T, db string, files ...string) {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as, err := reader.Read(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			qs := extract.ExtractArticle(a.Title, a.Body)
			if _, err := st.AddArticle(context.Background(), &a, qs, time.Unix(0, 0)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func build(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("build %v: %v\n%s", args, err, errOut.String())
	}
	return out.String()
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEndToEnd ingests the demo content/ and builds the site from it, then
// reads the pages: the claims with their speakers, sources and context, and
// every link between pages leading to a page that exists.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public")
	articles, _ := filepath.Glob("../../content/articles/*.md")
	if len(articles) == 0 {
		t.Fatal("no demo articles in content/articles")
	}
	ingestFiles(t, db, articles...)
	msg := build(t, "-config", "../../site.toml", "-db", db, "-content", "../../content", "-templates", "../../templates", "-out", out)
	if !strings.Contains(msg, "written") {
		t.Errorf("build said %q", msg)
	}

	trump := claims.ClaimID("Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.", "")
	home := read(t, filepath.Join(out, "index.html"))
	for _, want := range []string{"Latest rulings", `href="./claims/` + trump + `/"`, // the demo's one ruling leads
		"Latest quotes", "“Russia again rejected an unconditional ceasefire”", // the newest article's direct quote
		`href="./speakers/rustem-umerov/"`, `href="./status/not-fulfilled/"`, "Not fulfilled"} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
	if strings.Contains(home, "<h1>claimtrack demo</h1>") {
		t.Error("the home page repeats the site's name as its heading")
	}
	if list := read(t, filepath.Join(out, "claims", "index.html")); !strings.Contains(list, `href="../claims/`+trump+`/"`) {
		t.Error("the claims list lacks the demo prediction")
	}
	page := read(t, filepath.Join(out, "claims", trump, "index.html"))
	for _, want := range []string{
		`<blockquote class="kind-direct" cite="https://www.foxnews.com/world/trump-says-russia-ukraine-start-ceasefire-negotiations-after-putin-call"><p>“Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.”</p></blockquote>`,
		`<a href="../../speakers/donald-trump/">Donald Trump</a>`, `<span class="role">President</span>`,
		`">Trump says Russia, Ukraine to start ceasefire negotiations after Putin call</a> · FOX News · <time datetime="2025-05-19">19 May 2025</time>`,
		// the ruling box: badge, meter, date, editor, note, evidence
		`Ruled <time datetime="2025-06-02">2 June 2025</time> by claimtrack demo desk`, `<svg class="meter"`,
		"Russia rejected an unconditional ceasefire.</p>",
		"praise the call as having gone &#34;very well&#34; and said, &#34;<mark>Russia and Ukraine will immediately",
		"prediction or promise",
		// the demo verdict: pending, then not fulfilled, with its evidence and explanation
		`<span class="badge status-not-fulfilled" style="--badge: #b3261e; --badge-dark: #`, ">Not fulfilled</span>",
		`<span class="badge status-pending" style="--badge: #8a5a00; --badge-dark: #`, ">Pending</span>",
		`href="https://www.irishtimes.com/world/europe/2025/06/02/ukraine-and-russia-agree-to-new-prisoner-exchange-in-istanbul/"`,
		"The claim is therefore recorded as <strong>not fulfilled</strong> as of 2 June 2025.",
		"Later coverage", "Second round of Istanbul talks ends with prisoner swap deal, no ceasefire",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("claim page lacks %q", want)
		}
	}
	speaker := read(t, filepath.Join(out, "speakers", "donald-trump", "index.html"))
	for _, want := range []string{"<h1>Donald Trump</h1>", "Let the process begin", "he needed to negotiate with Putin first"} {
		if !strings.Contains(speaker, want) {
			t.Errorf("speaker page lacks %q", want)
		}
	}
	if strings.Contains(speaker, "The Holy See") {
		t.Error("Donald Trump's page lists the Pope's claim")
	}
	article := read(t, filepath.Join(out, "articles", "1", "index.html"))
	if !strings.Contains(article, "claims in this article") || strings.Contains(article, "RUSSIA BOMBARDS UKRAINE") {
		t.Error("article page: claims missing, or a related-story headline listed as a claim")
	}
	for _, slug := range []string{"donald-trump", "vladimir-putin", "volodymyr-zelenskyy", "pope-leo-xiv"} {
		if _, err := os.Stat(filepath.Join(out, "speakers", slug, "index.html")); err != nil {
			t.Errorf("speaker page %s: %v", slug, err)
		}
	}
	checkPages(t, out)
}

var hrefRE = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// checkPages parses every page and follows every relative link in it.
func checkPages(t *testing.T, out string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		n++
		src := read(t, p)
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if h1 := count(doc, "h1"); h1 != 1 {
			t.Errorf("%s: %d h1 headings, want 1", p, h1)
		}
		if count(doc, "main") != 1 || count(doc, "title") != 1 {
			t.Errorf("%s: want one main and one title", p)
		}
		if filepath.Base(p) == "404.html" {
			return nil // its links are absolute from the site's root
		}
		for _, m := range hrefRE.FindAllStringSubmatch(src, -1) {
			link := html.UnescapeString(m[1])
			if strings.Contains(link, "://") || strings.HasPrefix(link, "#") {
				continue
			}
			target := filepath.Join(filepath.Dir(p), filepath.FromSlash(link))
			if strings.HasSuffix(link, "/") || link == "." || link == "./" {
				target = filepath.Join(target, "index.html")
			}
			if _, err := os.Stat(target); err != nil {
				rel, _ := filepath.Rel(out, p)
				t.Errorf("%s: broken link %q", rel, link)
			}
		}
		return nil
	})
	if err != nil || n < 10 {
		t.Fatalf("walked %d pages: %v", n, err)
	}
}

func count(n *html.Node, tag string) int {
	c := 0
	if n.Type == html.ElementNode && n.Data == tag {
		c++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c += count(ch, tag)
	}
	return c
}

// TestArticleTextIsEscaped feeds markup through a quote, a speaker, a title
// and a publisher, and expects to see it as text on every page.
func TestArticleTextIsEscaped(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public")
	f := filepath.Join(dir, "x.md")
	os.WriteFile(f, []byte("+++\ntitle = \"<b>Bold</b> title\"\npublisher = \"<i>Pub</i>\"\nurl = \"javascript:alert(1)\"\n+++\n\n"+
		"\"We will <script>alert(1)</script> win,\" said Senator Jane Smith.\n"), 0o644)
	ingestFiles(t, db, f)
	build(t, "-config", "../../site.toml", "-db", db, "-out", out)
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		src := read(t, p)
		for _, bad := range []string{"<script>", "<b>Bold", "<i>Pub", `href="javascript:`} {
			if strings.Contains(src, bad) {
				t.Errorf("%s contains %q unescaped", p, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	id := claims.ClaimID("We will <script>alert(1)</script> win,", "")
	if page := read(t, filepath.Join(out, "claims", id, "index.html")); !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the claim page does not show the markup as text")
	}
}

// TestIncrementalBuild rebuilds unchanged data without writing, and removes
// the pages of claims that are gone.
func TestIncrementalBuild(t *testing.T) {
	db, out, f := oneArticle(t, busLanes)
	args := []string{"-config", "../../site.toml", "-db", db, "-out", out}
	build(t, args...)
	first := tree(t, out)
	if msg := build(t, args...); !strings.Contains(msg, "(0 written") || !strings.Contains(msg, "0 removed") {
		t.Errorf("second build: %s", msg)
	}
	if again := tree(t, out); again != first {
		t.Error("a rebuild of the same data changed the files")
	}
	// The story is corrected at the same URL (here: the same file), so its claim changes.
	os.WriteFile(f, []byte("Title\n\n\"We will build ten new bus lanes,\" Mayor Elena Rivera said.\n"), 0o644)
	st, _ := store.Open(context.Background(), db)
	st.Close()
	os.Remove(db)
	ingestFiles(t, db, f)
	msg := build(t, args...)
	if !regexp.MustCompile(`[1-9][0-9]* removed`).MatchString(msg) { // its page, and index shards of words it alone had
		t.Errorf("after the claim changed: %s", msg)
	}
	old := claims.ClaimID("We will build twelve new bus lanes,", "")
	if _, err := os.Stat(filepath.Join(out, "claims", old)); !os.IsNotExist(err) {
		t.Errorf("the old claim's page folder is still there: %v", err)
	}
	// Without the last build's manifest, the whole folder is looked
	// through: a file no build made goes too.
	stray := filepath.Join(out, "claims", "stray", "index.html")
	os.MkdirAll(filepath.Dir(stray), 0o755)
	os.WriteFile(stray, []byte("left over"), 0o644)
	if err := os.Remove(filepath.Join(out, ".claimtrack-build")); err != nil {
		t.Fatal(err)
	}
	if msg := build(t, args...); !strings.Contains(msg, "1 removed") {
		t.Errorf("build without a manifest: %s", msg)
	}
	if _, err := os.Stat(filepath.Dir(stray)); !os.IsNotExist(err) {
		t.Errorf("the stray page's folder is still there: %v", err)
	}
}

// oneArticle writes a one-article text file with the given body, ingests
// it, and returns the database and the output folder to build into.
func oneArticle(t *testing.T, text string) (db, out, file string) {
	t.Helper()
	dir := t.TempDir()
	db, out, file = filepath.Join(dir, "claims.db"), filepath.Join(dir, "public"), filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ingestFiles(t, db, file)
	return db, out, file
}

const busLanes = "Title\n\n\"We will build twelve new bus lanes,\" Mayor Elena Rivera said.\n"

func TestBaseURLAndErrors(t *testing.T) {
	db, out, _ := oneArticle(t, busLanes)
	dir := filepath.Dir(db)
	build(t, "-config", "../../site.toml", "-db", db, "-out", out, "-base-url", "https://example.org/claims/")
	home := read(t, filepath.Join(out, "index.html"))
	if !strings.Contains(home, `<link rel="canonical" href="https://example.org/claims/">`) {
		t.Error("no canonical address under the base URL")
	}
	if nf := read(t, filepath.Join(out, "404.html")); !strings.Contains(nf, `href="/claims/claims/"`) {
		t.Error("the 404 page's links do not start at the base path")
	}
	var errOut bytes.Buffer
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-db", filepath.Join(dir, "none.db")}, "run ingest first"},
		{[]string{"-db", db, "-base-url", "https://example.org/claims"}, "must end in /"},
		{[]string{"stray"}, "unexpected argument"},
	} {
		err := run(context.Background(), append([]string{"-config", "../../site.toml", "-out", out}, tt.args...), io.Discard, &errOut)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("build %v: %v, want %q", tt.args, err, tt.want)
		}
	}
}

// TestServe builds and serves the site, and fetches pages over HTTP.
func TestServe(t *testing.T) {
	db, out, _ := oneArticle(t, busLanes)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-config", "../../site.toml", "-db", db, "-out", out, "-serve", "127.0.0.1:0"}, pw, io.Discard)
		pw.Close()
	}()
	var addr string
	buf := make([]byte, 4096)
	got := ""
	for !strings.Contains(got, "serving") || !strings.Contains(got, "\n") || addr == "" {
		n, err := pr.Read(buf)
		if err != nil {
			t.Fatalf("build -serve: %v (printed %q)", err, got)
		}
		got += string(buf[:n])
		if m := regexp.MustCompile(`http://(\S+)/ `).FindStringSubmatch(got); m != nil {
			addr = m[1]
		}
	}
	go io.Copy(io.Discard, pr)
	get := func(p string) (int, string) {
		resp, err := http.Get("http://" + path.Join(addr, p))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/"); code != 200 || !strings.Contains(body, "We will build twelve new bus lanes") {
		t.Errorf("GET /: %d", code)
	}
	if code, body := get("/speakers/elena-rivera/"); code != 200 || !strings.Contains(body, "<h1>Elena Rivera</h1>") {
		t.Errorf("GET speaker page: %d", code)
	}
	if code, body := get("/no/such/page/"); code != 404 || !strings.Contains(body, "Page not found") {
		t.Errorf("GET a missing page: %d", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve ended with %v", err)
	}
}

// TestHeadlineClaim shows a quote from a title with the title as its context.
func TestHeadlineClaim(t *testing.T) {
	db, out, _ := oneArticle(t, "Zelenskyy: \"We will not give up our land\"\n\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv.\n")
	build(t, "-config", "../../site.toml", "-db", db, "-out", out)
	id := claims.ClaimID("We will not give up our land", "")
	page := read(t, filepath.Join(out, "claims", id, "index.html"))
	for _, want := range []string{`<a href="../../speakers/volodymyr-zelenskyy/">Volodymyr Zelenskyy</a>`,
		`<p>Zelenskyy: &#34;<mark>We will not give up our land</mark>&#34;</p>`} {
		if !strings.Contains(page, want) {
			t.Errorf("headline claim page lacks %q", want)
		}
	}
}
