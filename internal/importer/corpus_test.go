package importer_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/importer"
)

// TestHeldOutCorpus imports every held-out article.txt of internal/corpus
// and logs the scorer's table (go test -v -run HeldOut). It fails when an
// article cannot be loaded or imported; it asserts no score yet.
func TestHeldOutCorpus(t *testing.T) {
	arts, err := corpus.Load("../corpus/testdata")
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
		results = append(results, r)
	}
	t.Log("\n" + corpus.Table(results))
}
