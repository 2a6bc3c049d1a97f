package typeset_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"publish/assets"
	"publish/internal/benchdata"
	"publish/internal/document"
	"publish/internal/markdown"
	"publish/internal/typeset"
	"publish/manuscript"
)

// fontMeasurer measures with fpdf and the embedded Noto Serif, in points,
// as the PDF edition does.
type fontMeasurer struct{ pdf *fpdf.Fpdf }

func (m fontMeasurer) Width(s string, _ typeset.Style) float64 { return m.pdf.GetStringWidth(s) }

// paragraphs returns the plain text of every paragraph of a manuscript.
func paragraphs(b *testing.B, src []byte) []string {
	doc, _, err := markdown.Parse(src, "manuscript.md")
	if err != nil {
		b.Fatal(err)
	}
	var ps []string
	document.Walk(doc.Blocks, func(bl document.Block) {
		if p, ok := bl.(*document.Paragraph); ok {
			ps = append(ps, document.PlainText(p.Text))
		}
	})
	return ps
}

// BenchmarkBreakBook breaks every paragraph of the bundled sample and of a
// generated book of 150,000 words into justified, hyphenated lines of the
// PDF edition's measure, sharing one width cache as the PDF writer can.
func BenchmarkBreakBook(b *testing.B) {
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
	font, err := fs.ReadFile(assets.FS(), "fonts/NotoSerif-Regular.ttf")
	if err != nil {
		b.Fatal(err)
	}
	pdf := fpdf.New("P", "pt", "A5", "")
	pdf.AddUTF8FontFromBytes("NotoSerif", "", font)
	pdf.SetFont("NotoSerif", "", 10)
	h, err := typeset.NewHyphenator("en")
	if err != nil {
		b.Fatal(err)
	}
	opt := typeset.Options{Width: (148 - 2*16) * 72 / 25.4, Justify: true, Hyphenator: h}
	for _, c := range []struct {
		name string
		src  []byte
	}{{"sample", sample}, {"150k-words", book}} {
		paras := paragraphs(b, c.src)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				wc := typeset.NewWidthCache(fontMeasurer{pdf})
				for _, p := range paras {
					typeset.Set([]typeset.Run{{Text: p}}, wc, opt)
				}
			}
		})
	}
}
