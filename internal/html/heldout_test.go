package html_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/html"
)

// readPages reads every page.html of the corpus in dir and scores it.
// An article without a page is skipped, or is an error when every one
// must have one.
func readPages(t *testing.T, dir string, pageRequired bool) []corpus.Result {
	t.Helper()
	arts, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var results []corpus.Result
	for _, a := range arts {
		if a.Page == "" {
			if pageRequired {
				t.Errorf("%s: no page.html", a.Name)
			}
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

// TestHeldOutPages reads the held-out saved pages and logs the scorer's
// table (go test -v -run HeldOut ./internal/html). It holds the issue's
// target: at least 95% of the structure checks, every locally saved
// photo in the book, and the page's furniture gone (at least 95% of it:
// what is left is reported in the notes).
func TestHeldOutPages(t *testing.T) {
	results := readPages(t, "../corpus/testdata", false)
	t.Log("\n" + corpus.Table(results))
	assertTarget(t, corpus.Total(results))
	if testing.Verbose() {
		for _, r := range results {
			for _, f := range r.Failures {
				t.Logf("%s: %s", r.Name, f)
			}
		}
	}
}

// assertTarget fails below the target of issue 15 on the total.
func assertTarget(t *testing.T, total corpus.Result) {
	t.Helper()
	passed, checks := total.Structure()
	if checks == 0 || float64(passed) < 0.95*float64(checks) {
		t.Errorf("structure checks %d/%d, below 95%%", passed, checks)
	}
	img := total.Counts[corpus.Images]
	if img.Passed != img.Checks {
		t.Errorf("images local/remote %d/%d: every saved photo must be in the book, every unsaved one a placeholder", img.Passed, img.Checks)
	}
	f := total.Counts[corpus.Furniture]
	if float64(f.Passed) < 0.95*float64(f.Checks) {
		t.Errorf("furniture gone %d/%d, below 95%%", f.Passed, f.Checks)
	}
}
