package markdown_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/markdown"
	"publish/manuscript"
)

// BenchmarkParse reads manuscript.md into the model: the bundled sample
// and a generated book of 150,000 words.
func BenchmarkParse(b *testing.B) {
	sample, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	if err != nil {
		b.Fatal(err)
	}
	dir, err := benchdata.Cached(benchdata.Options{Words: 150000})
	if err != nil {
		b.Fatal(err)
	}
	book, err := os.ReadFile(filepath.Join(dir, "manuscript.md"))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		src  []byte
	}{{"sample", sample}, {"150k-words", book}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				if _, _, err := markdown.Parse(c.src, "manuscript.md"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
