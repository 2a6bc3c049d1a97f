package importer_test

import (
	"os"
	"strings"
	"testing"

	"publish/internal/corpus"
	"publish/internal/importer"
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

// TestDenseCopy imports every blind article with its blank lines taken
// out, as some browsers and editors paste a page, and logs each failure
// and the total. It fails when structure falls under a floor just below
// the 97.0% (8,979 of 9,260 checks) measured when dense copies were
// first read: a rule that leans on blank lines must not break the
// copies that have none.
func TestDenseCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("imports every blind article")
	}
	var results []corpus.Result
	for _, set := range corpus.BlindSets {
		arts, err := corpus.Load("../corpus/" + set)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			text, err := os.ReadFile(a.Text)
			if err != nil {
				t.Fatal(err)
			}
			var dense []string
			for _, l := range strings.Split(string(text), "\n") {
				if strings.TrimSpace(l) != "" {
					dense = append(dense, l)
				}
			}
			doc, _, err := importer.Import(strings.NewReader(strings.Join(dense, "\n")), a.Text, importer.Options{})
			if err != nil {
				t.Errorf("%s: %v", a.Name, err)
				continue
			}
			r := corpus.Score(doc, a.ForText())
			r.Name = set + "/" + a.Name
			for _, f := range r.Failures {
				t.Logf("%s: %s", r.Name, f)
			}
			results = append(results, r)
		}
	}
	all := corpus.Total(results)
	passed, checks := all.Structure()
	mp, mc := all.Metadata()
	t.Logf("dense copies: structure %d/%d, metadata %d/%d", passed, checks, mp, mc)
	if passed*1000 < checks*969 {
		t.Errorf("dense copies: structure %d/%d, under the floor of 96.9%%", passed, checks)
	}
}
