package pdf_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestDivDirection: a div with dir=rtl sets its paragraphs right to left
// (flush right) even when they start with Latin letters; dir=ltr sets a
// Hebrew paragraph left to right; outside, each paragraph takes its
// direction from its first strong character. The full stop of "Bravo
// two." in the right-to-left div is drawn at the line's left end, where
// UAX #9 puts it.
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
		// pdftotext -bbox gives a right-to-left word in visual order, and
		// a full stop that the bidi algorithm put at the other end of the
		// line as part of the word next to it (".Bravo").
		w := strings.Trim(m[2], ".")
		for _, w := range []string{w, reverse(w)} {
			if _, seen := xMin[w]; !seen {
				xMin[w] = x
			}
		}
	}
	if !strings.Contains(out, ">.Bravo</word>") {
		t.Errorf("the full stop of a right-to-left paragraph of Latin text is not at its left end:\n%s", out)
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

// TestLanguageMarked: text in a span or div in another language than the
// document's is marked content with its /Lang (PDF 1.7, 14.9.2), so that
// a screen reader or a search reads it in its language; the document's
// own text carries none, its language being the catalog's.
func TestLanguageMarked(t *testing.T) {
	span := &document.Span{Attr: document.Attr{KV: []document.KeyValue{{Key: "lang", Value: "de"}}}, Children: []document.Inline{&document.Str{Text: "Straßenbahnhaltestelle"}}}
	doc := &document.Document{Meta: document.Meta{Title: "Languages", Lang: "en"}, Blocks: []document.Block{
		&document.Paragraph{Text: []document.Inline{&document.Str{Text: "The word "}, span, &document.Str{Text: " is German."}}},
		&document.Div{Attr: document.Attr{KV: []document.KeyValue{{Key: "lang", Value: "fr"}}}, Blocks: []document.Block{
			&document.Paragraph{Text: []document.Inline{&document.Str{Text: "Une phrase en français."}}},
		}},
	}}
	file := writeDoc(t, doc, pdf.Options{})
	qdf := file + ".qdf"
	testkit.Run(t, "qpdf", "--qdf", "--object-streams=disable", file, qdf)
	b, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	content := string(b)
	for _, want := range []string{"/Span << /Lang (de) >> BDC", "/Span << /Lang (fr) >> BDC"} {
		if !strings.Contains(content, want) {
			t.Errorf("no %q in the content streams", want)
		}
	}
	if strings.Contains(content, "/Lang (en) >> BDC") {
		t.Error("the document's own language is marked")
	}
	if n, m := strings.Count(content, " BDC"), strings.Count(content, " EMC"); n != m {
		t.Errorf("%d BDC, %d EMC", n, m)
	}
}
