# publish: offline publication builder. `make test` is what CI runs.
GO ?= go
BIN := bin/publish

.PHONY: build test demo lint bench clean

build:
	$(GO) build -o $(BIN) ./cmd/publish

test: lint
	$(GO) test -timeout 40m ./...

demo:
	$(GO) run ./cmd/publish build --out-dir dist

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Side by side with pandoc and WeasyPrint (hyperfine); minutes, not part of test.
bench:
	bench/run.sh

clean:
	rm -rf bin dist
