package importer_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/importer"
)

// TestHeldOutCorpus imports every held-out article.txt of internal/corpus
// and logs the scorer's table and each failed check (go test -v -run
// HeldOut). It fails when an article cannot be loaded or imported, or when
// fewer than 95% of the structure checks pass: the target of the issue on
// importing any outlet's article.
func TestHeldOutCorpus(t *testing.T) {
	results := importAll(t, "../corpus/testdata")
	total := corpus.Total(results)
	if passed, checks := total.Structure(); checks == 0 || float64(passed) < 0.95*float64(checks) {
		t.Errorf("%d of %d structure checks passed, want at least 95%%", passed, checks)
	}
}

// importAll imports every article.txt of the corpus in dir, scores it,
// and logs each failed check and the scorer's table. An article that
// cannot be loaded or imported fails the test.
func importAll(t *testing.T, dir string) []corpus.Result {
	t.Helper()
	arts, err := corpus.Load(dir)
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
	return results
}
