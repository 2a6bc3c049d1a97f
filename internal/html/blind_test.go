package html_test

import (
	"testing"

	"publish/internal/corpus"
)

// TestBlindPages reads every page.html of internal/corpus/blind, the
// articles written without reading the reader, and logs the scorer's
// table and each failed check (go test -v -run Blind). It is a
// measurement, not a target: it fails only when an article cannot be
// loaded or read.
func TestBlindPages(t *testing.T) {
	results := readPages(t, "../corpus/blind", true)
	for _, r := range results {
		for _, f := range r.Failures {
			t.Logf("%s: %s", r.Name, f)
		}
	}
	t.Log("\n" + corpus.Table(results))
}
