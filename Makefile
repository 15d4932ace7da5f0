# claimtrack. `make site` builds the demo site from content/ into public/;
# `make test` runs the tests. See README.md.

GO      ?= go
TAGS    := sqlite_fts5
ADDR    ?= :8080
EVAL    ?= ../shared/eval
export CGO_ENABLED := 1

# Everything the binaries embed counts too: the templates, the migrations,
# and extraction's word lists, name lists and statement model.
SOURCES := $(shell find . -name '*.go' -not -path './.tools/*') $(shell find templates -type f) \
	$(shell find internal -name '*.sql' -o -name '*.txt' -o -name '*.model') go.mod go.sum

.PHONY: site serve test fuzz bench bench-scale corpus eval eval-pages lexicon names tools clean

bin/ingest bin/build &: $(SOURCES)
	$(GO) build -tags $(TAGS) -o bin/ ./cmd/ingest ./cmd/build

# The demo: ingest content/articles into claims.db, render public/.
site: bin/ingest bin/build
	bin/ingest content/articles
	bin/build

# Build the demo and serve it at http://localhost:8080/ (ADDR=:9000 to change).
serve: bin/ingest bin/build
	bin/ingest -q content/articles
	bin/build -serve $(ADDR)

# Unit, store, end-to-end, browser and validator tests. The browser and
# validator tests need chromium and `make tools`; without them they skip,
# except under CI=true, where they fail.
test:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { gofmt -l .; echo "gofmt: the files above need formatting"; exit 1; }
	$(GO) vet -tags $(TAGS) ./...
	@command -v chromium >/dev/null || echo "note: chromium is not installed: the browser test will skip (apt-get install chromium)"
	@test -f .tools/node_modules/vnu-jar/build/dist/vnu.jar || echo "note: the HTML validator is not installed: its test will skip (make tools)"
	$(GO) test -tags $(TAGS) -count=1 ./...
	# The build renders on every core, and ingest extracts on every core
	# for one writer: their tests of that again under the race detector.
	$(GO) test -race -tags $(TAGS) -count=1 -run 'TestShareCard|TestPagination|TestOpenData' ./internal/site
	$(GO) test -race -tags $(TAGS) -count=1 -run 'TestProcessOrder' ./cmd/ingest

# Fuzz every reader, extraction, the verdict parser and site.toml, each for
# FUZZTIME (make fuzz FUZZTIME=10m; scripts/fuzz). `make test` runs their
# seeds.
FUZZTIME ?= 1m
FUZZ := ./internal/claims/reader:FuzzText ./internal/claims/reader:FuzzMarkdown \
	./internal/claims/reader:FuzzHTML ./internal/claims/reader:FuzzFeed \
	./internal/claims/reader:FuzzJSONLines ./internal/claims/reader:FuzzDecodeArticle \
	./internal/claims/reader:FuzzRead \
	./internal/claims/extract:FuzzExtract ./internal/claims/verdict:FuzzParse ./internal/config:FuzzLoad
fuzz:
	GO=$(GO) TAGS=$(TAGS) FUZZTIME=$(FUZZTIME) scripts/fuzz $(FUZZ)

# A synthetic corpus for measuring at scale: articles until extraction finds
# about N claims, with verdict files, in corpus/ (deterministic).
N ?= 100000
corpus:
	$(GO) run ./cmd/corpus -claims $(N) -out corpus

# Ingest, build and rebuild at scale against a dry run and against Hugo,
# on the PolNeAR training texts and the synthetic corpus (scripts/bench-scale).
bench-scale: bin/ingest bin/build
	EVAL=$(EVAL) N=$(N) scripts/bench-scale

# Benchmarks: extraction throughput (MB/s) and more.
bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

# Score extraction on both yardsticks in ../shared/eval: PolNeAR dev with
# every attribution, and GGT dev (speech only) on what the site shows.
eval: bin/ingest
	@if [ ! -f $(EVAL)/run.sh ]; then echo "make eval: $(EVAL) is absent: there is no evaluation data to score against"; exit 1; fi
	EXTRACT="bin/ingest -dry-run -json" $(EVAL)/run.sh $(EVAL)/polnear-dev.jsonl
	@if [ -f $(EVAL)/ggt-dev.jsonl ]; then EXTRACT="bin/ingest -dry-run -json" $(EVAL)/run.sh $(EVAL)/ggt-dev.jsonl --strict --shown; \
	else echo "make eval: $(EVAL)/ggt-dev.jsonl is absent: GGT not scored"; fi

# Measure how real saved news pages are read (story and title) on the pages
# of go-readability's test suite, from the Go module cache: none is copied
# into this repository.
eval-pages:
	@d=$$($(GO) list -m -f '{{.Dir}}' codeberg.org/readeck/go-readability/v2) && \
	if [ ! -d "$$d/test-pages" ]; then echo "make eval-pages: $$d/test-pages is absent"; exit 1; fi; \
	PAGES=$$d/test-pages $(GO) test -tags pages -count=1 -v -run TestPages ./internal/claims/reader | grep -Ev '^(=== RUN|--- PASS|PASS|ok)'

# Derive the name lists of internal/claims/names from the public data in
# RAW (README.md lists the files and where each comes from).
names:
	@if [ -z "$(RAW)" ]; then echo "make names: give RAW=folder holding the source files (see README.md)"; exit 1; fi
	$(GO) run ./internal/claims/names/namegen -raw $(RAW) -out internal/claims/names

# Derive extraction's word lists from the PolNeAR training split, then
# train the statement model with those lists built in (only words, counts
# and weights leave the corpus; see internal/claims/extract/lexgen).
lexicon:
	@if [ ! -f $(EVAL)/polnear-train.jsonl ]; then echo "make lexicon: $(EVAL)/polnear-train.jsonl is absent"; exit 1; fi
	$(GO) run ./internal/claims/extract/lexgen -train $(EVAL)/polnear-train.jsonl -out internal/claims/extract
	$(GO) run -tags $(TAGS) ./internal/claims/extract/lexgen -model -train $(EVAL)/polnear-train.jsonl -out internal/claims/extract

# The Nu Html Checker, for the validator test (needs npm and java).
tools:
	mkdir -p .tools
	cd .tools && npm install --no-audit --no-fund --silent vnu-jar@26.9.27 structured-data-testing-tool@4.5.0 playwright-core@1.65.2 axe-core@4.14.1

clean:
	rm -rf bin public claims.db claims.db-shm claims.db-wal
