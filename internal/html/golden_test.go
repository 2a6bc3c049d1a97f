package html_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"publish/internal/html"
	"publish/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden manuscripts and reports in testdata/golden")

// TestGolden reads every page of testdata/pages and compares the
// manuscript and both reports with testdata/golden/NAME.{md,report,report.json};
// go test -update rewrites them. The manuscript must also read back to
// the same model.
func TestGolden(t *testing.T) {
	for _, p := range loadPages(t) {
		t.Run(p.name, func(t *testing.T) {
			doc, rep, err := html.ReadFile(filepath.Join(p.dir, "page.html"), html.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var md, rt, rj bytes.Buffer
			if err := markdown.Write(&md, doc); err != nil {
				t.Fatal(err)
			}
			if err := rep.WriteText(&rt); err != nil {
				t.Fatal(err)
			}
			if err := rep.WriteJSON(&rj); err != nil {
				t.Fatal(err)
			}
			back, _, err := markdown.Parse(md.Bytes(), "manuscript.md")
			if err != nil {
				t.Fatalf("the manuscript does not read back: %v", err)
			}
			var again bytes.Buffer
			markdown.Write(&again, back)
			if !bytes.Equal(again.Bytes(), md.Bytes()) {
				t.Errorf("the manuscript does not survive a round trip:\n%s\n---\n%s", md.Bytes(), again.Bytes())
			}
			base := filepath.Join("testdata", "golden", p.name)
			golden(t, base+".md", md.Bytes())
			golden(t, base+".report", rt.Bytes())
			golden(t, base+".report.json", rj.Bytes())
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the reader gives now (go test -update rewrites it):\n%s", path, got)
	}
}
