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
	logBlindPages(t, "../corpus/blind")
}

// TestBlind2Pages does the same for internal/corpus/blind2, the second
// blind set.
func TestBlind2Pages(t *testing.T) {
	logBlindPages(t, "../corpus/blind2")
}

// TestBlind3Pages does the same for internal/corpus/blind3, the third
// blind set.
func TestBlind3Pages(t *testing.T) {
	logBlindPages(t, "../corpus/blind3")
}

// TestBlind4Pages does the same for internal/corpus/blind4, the fourth
// blind set.
func TestBlind4Pages(t *testing.T) {
	logBlindPages(t, "../corpus/blind4")
}

// TestBlind5Pages does the same for internal/corpus/blind5, the fifth
// blind set.
func TestBlind5Pages(t *testing.T) {
	logBlindPages(t, "../corpus/blind5")
}

// logBlindPages reads the pages under dir and logs each failed check and
// the scorer's table.
func logBlindPages(t *testing.T, dir string) {
	results := readPages(t, dir, true)
	for _, r := range results {
		for _, f := range r.Failures {
			t.Logf("%s: %s", r.Name, f)
		}
	}
	t.Log("\n" + corpus.Table(results))
}
