package pdf_test

import (
	"io"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
)

// FuzzWrite writes documents of arbitrary Unicode text, in every place
// text goes (title, heading, paragraph, emphasis, code, link, caption,
// credit, list): the writer must never panic, whatever the characters.
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
			},
		}
		if err := pdf.Write(io.Discard, doc, &pdf.Options{Warn: func(int, string) {}}); err != nil {
			t.Logf("error (not a panic): %v", err)
		}
	})
}
