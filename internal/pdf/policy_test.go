package pdf_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestLinkPolicy: handed a model whose links no reader would have let
// through, the PDF keeps their text and makes no action of them; a link
// to a heading's identifier is a GoTo link to its named destination, and
// one to a missing identifier is text alone.
func TestLinkPolicy(t *testing.T) {
	link := func(url, text string) document.Inline {
		return &document.Link{URL: url, Children: []document.Inline{&document.Str{Text: text}}}
	}
	doc := &document.Document{Meta: document.Meta{Title: "Links", Lang: "en"}, Blocks: []document.Block{
		&document.Heading{Level: 2, Attr: document.Attr{ID: "sec"}, Text: []document.Inline{&document.Str{Text: "Section"}}},
		&document.Paragraph{Text: []document.Inline{
			link("javascript:alert(1)", "scripted"), &document.Str{Text: " "},
			link("file:///etc/passwd", "filed"), &document.Str{Text: " "},
			link("//evil.example/x", "netpath"), &document.Str{Text: " "},
			link("#missing", "nowhere"), &document.Str{Text: " "},
			link("#sec", "inside"), &document.Str{Text: " "},
			link("https://ok.example/a", "outside"),
		}},
	}}
	file := writeDoc(t, doc, pdf.Options{})
	validate(t, file)
	text := testkit.PDFText(t, file)
	for _, w := range []string{"scripted", "filed", "netpath", "nowhere", "inside", "outside", "https://ok.example/a"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q is not in the text", w)
		}
	}
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	testkit.Run(t, "qpdf", "--qdf", "--object-streams=disable", file, qdf)
	raw, err := os.ReadFile(qdf)
	must(t, err)
	uris := regexp.MustCompile(`/URI \(([^)]*)\)`).FindAllSubmatch(raw, -1)
	got := map[string]bool{}
	for _, u := range uris {
		got[string(u[1])] = true
	}
	if len(got) != 1 || !got["https://ok.example/a"] {
		t.Errorf("URI actions to %v, want only https://ok.example/a", got)
	}
	// qpdf writes the destination's name as a literal string.
	if gotos := regexp.MustCompile(`/D \(([^)]*)\)\s*/S /GoTo`).FindAllSubmatch(raw, -1); len(gotos) != 1 || string(gotos[0][1]) != "sec" {
		t.Errorf("GoTo links: %q, want one to sec", gotos)
	}
	for _, bad := range []string{"/JavaScript", "/Launch", "/GoToR"} {
		if strings.Contains(string(raw), bad) {
			t.Errorf("the PDF holds %s", bad)
		}
	}
}

// TestNestedAsides: asides nested 40 deep keep their text inside the text
// block, each box no narrower than the last level of indent leaves.
func TestNestedAsides(t *testing.T) {
	var inner document.Block = &document.Paragraph{Text: []document.Inline{&document.Str{Text: "Deepest words of all, set where they can be read."}}}
	for i := range 40 {
		inner = &document.Div{Attr: document.Attr{Classes: []string{[]string{"note", "warning", "sidebar"}[i%3]}}, Blocks: []document.Block{
			&document.Paragraph{Text: []document.Inline{&document.Str{Text: fmt.Sprintf("Level %d.", 40-i)}}}, inner}}
	}
	doc := &document.Document{Meta: document.Meta{Title: "Asides", Lang: "en"}, Blocks: []document.Block{inner}}
	file := writeDoc(t, doc, pdf.Options{PageSize: "a5"})
	bbox := testkit.Run(t, "pdftotext", "-bbox", file, "-")
	words := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`).FindAllStringSubmatch(bbox, -1)
	found := false
	for _, w := range words {
		var x0, x1 float64
		fmt.Sscan(w[1], &x0)
		fmt.Sscan(w[2], &x1)
		if x0 < 0 || x1 > 419.53-40 {
			t.Errorf("%q is set from %.1f to %.1f pt, outside the text block", w[3], x0, x1)
		}
		found = found || w[3] == "Deepest"
	}
	if !found {
		t.Error("the deepest aside's text is lost")
	}
}

// TestBlocksFirst: a list item, a task and a note that open with a code
// block (whose first item, the pad above the code, draws nothing) get
// their marker, box and number on the code's first line; a formula of
// spaces alone is drawn. (FuzzWrite found the note's case panicking.)
func TestBlocksFirst(t *testing.T) {
	code := func(s string) document.Block { return &document.CodeBlock{Text: s} }
	doc := &document.Document{Meta: document.Meta{Title: "Firsts", Lang: "en"}, Blocks: []document.Block{
		&document.List{Items: []document.ListItem{{Blocks: []document.Block{code("listcode()")}}}},
		&document.List{Items: []document.ListItem{{Task: document.Checked, Blocks: []document.Block{code("taskcode()")}}}},
		&document.Paragraph{Text: []document.Inline{&document.Str{Text: "Noted"}, &document.Note{Blocks: []document.Block{code("notecode()")}},
			&document.Str{Text: " and "}, &document.Math{TeX: `\frac{\,}{x} \hat{\,}`}, &document.Note{Blocks: []document.Block{&document.Paragraph{}}}}},
	}}
	file := writeDoc(t, doc, pdf.Options{})
	validate(t, file)
	text := strings.Join(strings.Fields(testkit.PDFText(t, file)), " ")
	for _, want := range []string{"• listcode()", "notecode()", "1 notecode()", "2"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q: %s", want, text)
		}
	}
}
