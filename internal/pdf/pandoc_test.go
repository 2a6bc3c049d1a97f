package pdf_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/build"
	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestPandocManuscript sets internal/markdown/testdata/pandoc.md, with a
// section for every construct of pandoc's Markdown: the PDF is valid, and
// its text holds no raw markup outside the code it shows as written.
func TestPandocManuscript(t *testing.T) {
	src, err := os.ReadFile("../markdown/testdata/pandoc.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "images"), 0o755); err != nil {
		t.Fatal(err)
	}
	var img bytes.Buffer
	png.Encode(&img, image.NewGray(image.Rect(0, 0, 40, 30)))
	for _, f := range []string{"images/icon.png", "images/moon.png"} {
		os.WriteFile(filepath.Join(dir, f), img.Bytes(), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "manuscript.md"), src, 0o644)
	m, err := build.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	file := writeDoc(t, m.Doc, pdf.Options{Warn: func(line int, msg string) { warned = append(warned, msg) }})
	validate(t, file)
	text := testkit.PDFText(t, file)
	// Code and formulas are shown as written: take their text out first.
	text = strings.Join(strings.Fields(text), " ")
	document.Walk(m.Doc.Blocks, func(b document.Block) {
		if c, ok := b.(*document.CodeBlock); ok {
			for _, l := range strings.Split(c.Text, "\n") {
				text = strings.Replace(text, strings.Join(strings.Fields(l), " "), "", 1)
			}
		}
	})
	document.WalkInlines(m.Doc.Blocks, func(in document.Inline) {
		if f, ok := in.(*document.Math); ok {
			text = strings.Replace(text, strings.Join(strings.Fields(f.TeX), " "), "", 1)
		}
	})
	for _, raw := range []string{"[^", "~~", ":::", "{#", "{.", "^[", "|---", "+---+", "+===", "]{", "](", "{="} {
		if i := strings.Index(text, raw); i >= 0 {
			t.Errorf("raw markup %q left in the PDF's text: …%s…", raw, text[max(0, i-40):min(len(text), i+40)])
		}
	}
	for _, w := range warned {
		t.Errorf("warning: %s", w)
	}
}
