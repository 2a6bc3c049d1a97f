package html_test

import (
	"testing"

	"publish/internal/corpus"
)

// TestBlindPages reads every page.html of each blind set
// (corpus.BlindSets: pages written without reading this reader), logs
// each failed check and the scorer's table (go test -v -run
// BlindPages/blind3 ./internal/html). It is a measurement, not a target:
// it fails only when an article cannot be loaded or read.
func TestBlindPages(t *testing.T) {
	for _, set := range corpus.BlindSets {
		t.Run(set, func(t *testing.T) {
			results := readPages(t, "../corpus/"+set, true)
			for _, r := range results {
				for _, f := range r.Failures {
					t.Logf("%s: %s", r.Name, f)
				}
			}
			t.Log("\n" + corpus.Table(results))
		})
	}
}
