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

# Each fuzz target for a number of executions (about 15 s each on 2 quiet
# CPUs), one at a time, and in bounded memory (each process's address
# space; the targets themselves fail an input that takes more than a second
# of CPU per megabyte). A count, not a duration: with -fuzztime=20s, Go
# 1.26's coordinator now and then fails a target with "context deadline
# exceeded" at the deadline and no failing input (golang/go#75804, fixed in
# Go 1.27); a count has no deadline to race. FUZZSCALE multiplies every
# count. New inputs are not minimised (1x): minimising large EPUBs would
# take the whole budget. The readers' targets build both editions and run
# our check on them.
FUZZSCALE ?= 1
FUZZMEM ?= 8388608
FUZZ_TARGETS := FuzzImport:./internal/importer:3000 FuzzParse:./internal/markdown:100000 \
	FuzzBuildMarkdown:./internal/build:150 FuzzBuildArticle:./internal/build:100 \
	FuzzEPUB:./internal/check:10000 FuzzEPUBDocs:./internal/check:2000 FuzzPDF:./internal/check:6000 \
	FuzzWrite:./internal/pdf:250 FuzzShape:./internal/shape:50000 FuzzRead:./internal/html:1500 FuzzMHTML:./internal/html:20000 \
	FuzzDecodeScaled:./internal/imagefile/jpeg:60000
fuzz:
	@ulimit -v $(FUZZMEM); for t in $(FUZZ_TARGETS); do \
		name=$${t%%:*}; rest=$${t#*:}; pkg=$${rest%%:*}; n=$$(( $${rest#*:} * $(FUZZSCALE) )); \
		echo "fuzz $$name ($$n runs)"; \
		$(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$${n}x -fuzzminimizetime=1x $$pkg || exit 1; \
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
