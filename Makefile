# publish: offline publication builder. `make test` is what CI runs.
GO ?= go
BIN := bin/publish

.PHONY: build test demo lint bench clean fuzz

# A static binary, without urfave/cli's man-page generator (which the command
# never uses, and whose package initialisation costs every run about 3 ms).
# bench/run.sh times this build.
build:
	CGO_ENABLED=0 $(GO) build -trimpath -tags urfave_cli_no_docs -o $(BIN) ./cmd/publish

test: lint
	$(GO) test -timeout 40m ./...

# Each fuzz target for a bounded time, one at a time, and in bounded
# memory (each process's address space; the targets themselves fail an
# input that takes more than a second of CPU per megabyte). New inputs are
# not minimised (1x): minimising large EPUBs would take the whole budget.
# The readers' targets build both editions and run our check on them.
FUZZTIME ?= 12s
FUZZMEM ?= 8388608
FUZZ_TARGETS := FuzzImport:./internal/importer FuzzParse:./internal/markdown \
	FuzzBuildMarkdown:./internal/build FuzzBuildArticle:./internal/build \
	FuzzEPUB:./internal/check FuzzEPUBDocs:./internal/check FuzzPDF:./internal/check \
	FuzzWrite:./internal/pdf FuzzShape:./internal/shape FuzzRead:./internal/html
fuzz:
	@ulimit -v $(FUZZMEM); for t in $(FUZZ_TARGETS); do \
		echo "fuzz $${t%%:*} ($(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$${t%%:*}$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=1x $${t#*:} || exit 1; \
	done

demo:
	$(GO) run ./cmd/publish build --out-dir dist

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Side by side with pandoc and WeasyPrint (hyperfine); minutes, not part of test.
bench:
	bench/run.sh README.md

clean:
	rm -rf bin dist
