package pdf_test

import (
	"io"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/build"
)

// BenchmarkWrite writes the PDF edition of the bundled sample and of
// generated books of 40,000 words (issue 7's PDF target) and 150,000 words
// with a figure every 2,500 words, loaded beforehand.
func BenchmarkWrite(b *testing.B) {
	book, err := benchdata.Cached(benchdata.Options{Words: 40000})
	if err != nil {
		b.Fatal(err)
	}
	long, err := benchdata.Cached(benchdata.Options{Words: 150000})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, src string }{{"sample", ""}, {"40k-words", book}, {"150k-words", long}} {
		m, err := build.Load(c.src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := build.PDF(io.Discard, m, build.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
