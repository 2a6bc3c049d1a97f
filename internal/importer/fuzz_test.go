package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"publish/internal/diag"
	"publish/internal/markdown"
)

// FuzzImport: an arbitrary input never panics; it either fails with a
// diagnostic that names the file, or gives a manuscript that markdown.Parse
// reads back to the same model.
func FuzzImport(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/golden/*.txt")
	seeds = append(seeds, filepath.Join(sampleDir, "source.txt"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(""))
	f.Add([]byte(wrappedSample))
	f.Add([]byte("T\n- A\nBy B\nx\nImage source,\nImage caption,\n\nRelated Topics\n- y\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, rep, err := Import(bytes.NewReader(src), "f.txt", Options{})
		if err != nil {
			var d *diag.Diagnostic
			if !errors.As(err, &d) || d.Pos.File != "f.txt" || d.Msg == "" {
				t.Fatalf("error %q is not a diagnostic naming the file", err)
			}
			return
		}
		for i, e := range rep.Entries {
			if e.Line != i+1 || e.Kind == "" || e.Rule == "" {
				t.Fatalf("entry %d undecided: %+v", i, e)
			}
		}
		var md bytes.Buffer
		if err := markdown.Write(&md, doc); err != nil {
			t.Fatalf("write: %v", err)
		}
		if _, _, err := markdown.Parse(md.Bytes(), "manuscript.md"); err != nil {
			t.Fatalf("the written manuscript does not parse: %v\n%s", err, md.Bytes())
		}
		if d := roundTripDiff(doc, md.Bytes()); d != "" {
			t.Fatalf("%s\n%s", d, md.Bytes())
		}
	})
}
