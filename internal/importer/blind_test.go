package importer_test

import (
	"testing"

	"publish/internal/corpus"
)

// TestBlindCorpus imports every article.txt of each blind set
// (corpus.BlindSets: articles written without reading the importer) and
// logs the scorer's table (go test -v -run BlindCorpus/blind3
// ./internal/importer). It is a measurement, not a target: it fails only
// when an article cannot be loaded or imported.
func TestBlindCorpus(t *testing.T) {
	for _, set := range corpus.BlindSets {
		t.Run(set, func(t *testing.T) { importAll(t, "../corpus/"+set) })
	}
}
