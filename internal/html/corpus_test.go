package html_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/goccy/go-yaml"

	"publish/internal/corpus"
	"publish/internal/html"
)

// page is one saved page of testdata/pages, written for these tests in
// the markup of one kind of CMS, with its truth in the corpus schema.
type page struct {
	name, dir string
	exp       *corpus.Expected
}

func loadPages(t testing.TB) []page {
	t.Helper()
	dirs, err := filepath.Glob("testdata/pages/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	var out []page
	for _, d := range dirs {
		src, err := os.ReadFile(filepath.Join(d, "expected.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		exp := &corpus.Expected{}
		if err := yaml.UnmarshalWithOptions(src, exp, yaml.Strict()); err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		a := corpus.Article{Expected: exp}
		out = append(out, page{filepath.Base(d), d, a.ForPage()})
	}
	return out
}

func scorePages(t *testing.T, pages []page) []corpus.Result {
	var results []corpus.Result
	for _, p := range pages {
		doc, _, err := html.ReadFile(filepath.Join(p.dir, "page.html"), html.Options{})
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
			continue
		}
		r := corpus.Score(doc, p.exp)
		r.Name = p.name
		results = append(results, r)
	}
	return results
}

// TestCorpusScore reads our own corpus of saved pages and logs precision
// and recall per category (go test -v -run CorpusScore ./internal/html).
func TestCorpusScore(t *testing.T) {
	results := scorePages(t, loadPages(t))
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
