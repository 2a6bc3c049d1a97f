package html_test

import (
	"testing"

	"publish/internal/corpus"
	"publish/internal/html"
)

// TestBlindPages reads every page.html of internal/corpus/blind, the
// articles written without reading the reader, and logs the scorer's
// table and each failed check (go test -v -run Blind). It is a
// measurement, not a target: it fails only when an article cannot be
// loaded or read.
func TestBlindPages(t *testing.T) {
	arts, err := corpus.Load("../corpus/blind")
	if err != nil {
		t.Fatal(err)
	}
	var results []corpus.Result
	for _, a := range arts {
		if a.Page == "" {
			t.Errorf("%s: no page.html", a.Name)
			continue
		}
		doc, _, err := html.ReadFile(a.Page, html.Options{})
		if err != nil {
			t.Errorf("%s: %v", a.Name, err)
			continue
		}
		r := corpus.Score(doc, a.ForPage())
		r.Name = a.Name
		for _, f := range r.Failures {
			t.Logf("%s: %s", a.Name, f)
		}
		results = append(results, r)
	}
	t.Log("\n" + corpus.Table(results))
}
