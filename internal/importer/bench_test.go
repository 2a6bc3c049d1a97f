package importer_test

import (
	"bytes"
	"fmt"
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
	}{{"sample", sample}, {"150k-words", benchdata.Article(benchdata.Options{Words: 150000})}, {"20k-line-fact-box", factBox(20000)}, {"20k-item-list", linkList(20000)}, {"10k-comment-counts", commentCounts(10000)}} {
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

// factBox is an article whose body is one box of n "label: value" lines
// set apart by blank lines: every line of it asks where its box begins.
func factBox(n int) []byte {
	var b bytes.Buffer
	b.WriteString("A headline over a long box of figures\n\nThe council published the figures of every station on Tuesday, and the list gives each of them in turn.\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Station %d: the reading was %d degrees\n\n", i, i%40)
	}
	return b.Bytes()
}

// linkList is an article with one list of n links under "Read more",
// none with a place before it: each item asks whether the list ends.
func linkList(n int) []byte {
	var b bytes.Buffer
	p := "The council published the list of every street on Tuesday, and the links below give each of them in turn today.\n\n"
	b.WriteString("A headline over a long list\n\n" + p + "Read more\n")
	for i := range n {
		fmt.Fprintf(&b, "Street number %d gets new lights\n", i)
	}
	b.WriteString("\n" + p)
	return b.Bytes()
}

// commentCounts is an article followed by n comment counts, each over a
// time stamp: one thread, however many counts it holds.
func commentCounts(n int) []byte {
	var b bytes.Buffer
	b.WriteString("A headline over many comments\n\nThe council published the list of every street on Tuesday, and the links below give each of them in turn today.\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Comments (%d)\nMar 12, 2025 09:14am\n", i)
	}
	return b.Bytes()
}
