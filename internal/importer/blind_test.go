package importer_test

import "testing"

// TestBlindCorpus imports every article.txt of internal/corpus/blind, the
// articles written without reading the importer, and logs the scorer's
// table and each failed check (go test -v -run Blind). It is a
// measurement, not a target: it fails only when an article cannot be
// loaded or imported.
func TestBlindCorpus(t *testing.T) {
	importAll(t, "../corpus/blind")
}

// TestBlind2Corpus does the same for internal/corpus/blind2, the second
// blind set.
func TestBlind2Corpus(t *testing.T) {
	importAll(t, "../corpus/blind2")
}

// TestBlind3Corpus does the same for internal/corpus/blind3, the third
// blind set.
func TestBlind3Corpus(t *testing.T) {
	importAll(t, "../corpus/blind3")
}

// TestBlind4Corpus does the same for internal/corpus/blind4, the fourth
// blind set.
func TestBlind4Corpus(t *testing.T) {
	importAll(t, "../corpus/blind4")
}

// TestBlind5Corpus does the same for internal/corpus/blind5, the fifth
// blind set.
func TestBlind5Corpus(t *testing.T) {
	importAll(t, "../corpus/blind5")
}
