package pdf_test

import (
	"regexp"
	"strconv"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestDivDirection: a div with dir=rtl sets its paragraphs right to left
// (flush right) even when they start with Latin letters; dir=ltr sets a
// Hebrew paragraph left to right; outside, each paragraph takes its
// direction from its first strong character.
func TestDivDirection(t *testing.T) {
	para := func(s string) document.Block {
		return &document.Paragraph{Text: []document.Inline{&document.Str{Text: s}}}
	}
	div := func(dir string, b document.Block) document.Block {
		return &document.Div{Attr: document.Attr{KV: []document.KeyValue{{Key: "dir", Value: dir}}}, Blocks: []document.Block{b}}
	}
	doc := &document.Document{Meta: document.Meta{Title: "Directions", Lang: "en"}, Blocks: []document.Block{
		para("Alpha one."),
		div("rtl", para("Bravo two.")),
		para("שלום גימל."),
		div("ltr", para("שלום דלת.")),
		div("auto", para("Echo five.")),
	}}
	file := writeDoc(t, doc, pdf.Options{})
	out := testkit.Run(t, "pdftotext", "-bbox", file, "-")
	xMin := map[string]float64{}
	for _, m := range regexp.MustCompile(`<word xMin="([0-9.]+)"[^>]*>([^<]+)</word>`).FindAllStringSubmatch(out, -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		// pdftotext -bbox gives a right-to-left word in visual order.
		for _, w := range []string{m[2], reverse(m[2])} {
			if _, seen := xMin[w]; !seen {
				xMin[w] = x
			}
		}
	}
	left := xMin["Alpha"]
	for word, flushRight := range map[string]bool{"Bravo": true, "גימל": true, "דלת": false, "Echo": false} {
		x, ok := xMin[word]
		if !ok {
			t.Fatalf("no %q in the text:\n%s", word, out)
		}
		if got := x > left+100; got != flushRight {
			t.Errorf("%q starts at %.1f (the left margin is %.1f): flush right %v, want %v", word, x, left, got, flushRight)
		}
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
