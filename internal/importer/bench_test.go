package importer_test

import (
	"bytes"
	"io/fs"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/importer"
	"publish/manuscript"
)

// BenchmarkImport imports a raw article: the bundled sample's source.txt
// and a generated article of 150,000 words.
func BenchmarkImport(b *testing.B) {
	sample, err := fs.ReadFile(manuscript.Sample(), "source.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		src  []byte
	}{{"sample", sample}, {"150k-words", benchdata.Article(benchdata.Options{Words: 150000})}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				if _, _, err := importer.Import(bytes.NewReader(c.src), "article.txt", importer.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
