package importer_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/importer"
)

// TestBlindCorpus imports every article.txt of internal/corpus/blind, the
// articles written without reading the importer, and logs the scorer's
// table and each failed check (go test -v -run Blind). It is a
// measurement, not a target: it fails only when an article cannot be
// loaded or imported.
func TestBlindCorpus(t *testing.T) {
	arts, err := corpus.Load("../corpus/blind")
	if err != nil {
		t.Fatal(err)
	}
	var results []corpus.Result
	for _, a := range arts {
		doc, _, err := importer.ImportFile(a.Text, importer.Options{})
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		r := corpus.Score(doc, a.ForText())
		r.Name = a.Name
		for _, f := range r.Failures {
			t.Logf("%s: %s", a.Name, f)
		}
		results = append(results, r)
	}
	t.Log("\n" + corpus.Table(results))
}
