package epub_test

import (
	"io"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/build"
)

// BenchmarkWrite writes the EPUB edition of the bundled sample and of a
// generated book of 150,000 words with 60 figures, loaded beforehand.
func BenchmarkWrite(b *testing.B) {
	dir, err := benchdata.Cached(benchdata.Options{Words: 150000})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, src string }{{"sample", ""}, {"150k-words", dir}} {
		m, err := build.Load(c.src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := build.EPUB(io.Discard, m, build.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
