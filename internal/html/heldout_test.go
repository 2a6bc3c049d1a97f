package html_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/html"
)

// readHeldOut reads every held-out page.html of internal/corpus and scores it.
func readHeldOut(t *testing.T) []corpus.Result {
	t.Helper()
	arts, err := corpus.Load("../corpus/testdata")
	if err != nil {
		t.Fatal(err)
	}
	var results []corpus.Result
	for _, a := range arts {
		if a.Page == "" {
			continue
		}
		doc, _, err := html.ReadFile(a.Page, html.Options{})
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		r := corpus.Score(doc, a.ForPage())
		r.Name = a.Name
		results = append(results, r)
	}
	return results
}

// TestHeldOutPages reads the held-out saved pages (never tuned on) and
// logs the scorer's table (go test -v -run HeldOut ./internal/html).
func TestHeldOutPages(t *testing.T) {
	results := readHeldOut(t)
	t.Log("\n" + corpus.Table(results))
	if testing.Verbose() {
		for _, r := range results {
			for _, f := range r.Failures {
				t.Logf("%s: %s", r.Name, f)
			}
		}
	}
}
