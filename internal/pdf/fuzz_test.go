package pdf_test

import (
	"io"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
)

// FuzzWrite writes documents of arbitrary Unicode text, in every place
// text goes (title, heading, paragraph, emphasis, code, link, caption,
// credit, list, and every block and inline of pandoc's Markdown, a
// formula's TeX and a span's language included): the writer must never
// panic, whatever the characters.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{
		"Hello", "يولد جميع الناس 2022", "सभी मनुष्यों", "人人生而自由，在尊严和权利上一律平等。", "𝔸 🎉 😀 \U000F0000",
		"a\u202eb\u202cc\u2067d", "\u0301\u0301", "\x00\x01\ufffd", "מילה-עברית English العربية", "e\u0302\u0301",
	} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		doc := &document.Document{
			Meta: document.Meta{Title: a, Subtitle: b, Lang: "en", Byline: []string{b}},
			Blocks: []document.Block{
				&document.Heading{Level: 1, Text: []document.Inline{&document.Str{Text: a}}},
				&document.Paragraph{Text: []document.Inline{&document.Str{Text: a + " " + b}, &document.Emph{Children: []document.Inline{&document.Str{Text: b}}},
					&document.Code{Text: a}, &document.Link{URL: "https://example.com/" + b, Children: []document.Inline{&document.Str{Text: a}}}}},
				&document.Heading{Level: 2, Text: []document.Inline{&document.Strong{Children: []document.Inline{&document.Str{Text: b}}}}},
				&document.Figure{Src: "x.jpg", Caption: []document.Inline{&document.Str{Text: b}}, Credit: a},
				&document.List{Items: []document.ListItem{{Blocks: []document.Block{&document.Paragraph{Text: []document.Inline{&document.Str{Text: b}}}}}}},
				// pandoc's Markdown: every kind of block and inline of the grown model.
				&document.Paragraph{Text: []document.Inline{&document.Strikeout{Children: str(a)}, &document.Superscript{Children: str(b)},
					&document.Subscript{Children: str(a)}, &document.SmallCaps{Children: str(b)},
					&document.Span{Attr: document.Attr{KV: []document.KeyValue{{Key: "lang", Value: b}}}, Children: str(a)},
					&document.Note{Blocks: []document.Block{&document.Paragraph{Text: str(b)}, &document.CodeBlock{Text: a}}},
					&document.Math{TeX: a}, &document.Math{TeX: b, Display: true}, &document.Link{URL: "#" + b, Children: str(a)}}},
				&document.CodeBlock{Text: a + "\n\t" + b, Attr: document.Attr{Classes: []string{"numberLines"}}},
				&document.Table{Caption: str(a), Columns: []document.Column{{}, {Align: document.AlignRight}},
					Head: []document.Row{{{Blocks: []document.Block{&document.Paragraph{Text: str(a)}}}, {}}},
					Body: []document.Row{{{Blocks: []document.Block{&document.Paragraph{Text: str(b)}}}, {Blocks: []document.Block{&document.CodeBlock{Text: a}}}}}},
				&document.ThematicBreak{},
				&document.DefinitionList{Items: []document.Definition{{Term: str(a), Defs: [][]document.Block{{&document.Paragraph{Text: str(b)}}}}}},
				&document.LineBlock{Lines: [][]document.Inline{str(a), str(b)}},
				&document.Div{Attr: document.Attr{Classes: []string{"warning"}, KV: []document.KeyValue{{Key: "lang", Value: a}}}, Blocks: []document.Block{&document.Paragraph{Text: str(b)}}},
			},
		}
		if err := pdf.Write(io.Discard, doc, &pdf.Options{Warn: func(int, string) {}}); err != nil {
			t.Logf("error (not a panic): %v", err)
		}
	})
}

func str(s string) []document.Inline { return []document.Inline{&document.Str{Text: s}} }
