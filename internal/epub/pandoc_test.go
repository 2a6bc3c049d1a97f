package epub_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/epub"
)

// pandocManuscript writes internal/markdown/testdata/pandoc.md, a
// manuscript with a section for every construct of pandoc's Markdown, and
// its two images into a new directory, and returns the directory.
func pandocManuscript(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("../markdown/testdata/pandoc.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "images"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), src, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "images/icon.png"), pngImage(t, 64, 64), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "images/moon.png"), pngImage(t, 800, 600), 0o644))
	return dir
}

// rawMarkup is what pandoc's Markdown leaves in a book's text when a
// construct was not read.
var rawMarkup = []string{"[^", "~~", ":::", "{#", "{.", "^[", "|---", "+---+", "+===", "]{", "](", "{=", "$$"}

// bookText returns the text of each XHTML document of the book, outside
// code, preformatted text and math, whose content is verbatim.
func bookText(t *testing.T, files map[string][]byte) map[string]string {
	out := map[string]string{}
	for name, f := range files {
		if !strings.HasSuffix(name, ".xhtml") {
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(f))
		d.Strict = true
		var b strings.Builder
		skip := 0
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if tok.Name.Local == "code" || tok.Name.Local == "pre" || tok.Name.Local == "math" {
					skip++
				}
			case xml.EndElement:
				if tok.Name.Local == "code" || tok.Name.Local == "pre" || tok.Name.Local == "math" {
					skip--
				}
			case xml.CharData:
				if skip == 0 {
					b.Write(tok)
					b.WriteByte(' ')
				}
			}
		}
		out[name] = b.String()
	}
	return out
}

// TestPandocManuscript builds the manuscript with every construct of
// pandoc's Markdown: no raw markup is left in its text, each construct
// has its element, links to identifiers go to the file that holds them,
// and every footnote has its reference and its way back.
func TestPandocManuscript(t *testing.T) {
	doc := load(t, pandocManuscript(t))
	file, data := writeEPUB(t, doc, epub.Generic)
	validated(t, file)
	files := unzip(t, data)
	texts := bookText(t, files)
	var names []string
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, m := range rawMarkup {
			if i := strings.Index(texts[n], m); i >= 0 {
				t.Errorf("%s: raw markup %q left in the text: …%s…", n, m, texts[n][max(0, i-40):min(len(texts[n]), i+40)])
			}
		}
	}
	var all strings.Builder
	for _, n := range names {
		all.Write(files[n])
	}
	x := all.String()
	for what, re := range map[string]string{
		"footnote":             `<aside id="fn-1" epub:type="footnote" role="doc-footnote">`,
		"note reference":       `<a id="fnref-1" href="#fn-1" class="noteref" epub:type="noteref" role="doc-noteref">1</a>`,
		"backlink":             `<a href="#fnref-1" role="doc-backlink">1</a>`,
		"table caption":        `<caption>Demonstration of simple table syntax.</caption>`,
		"header cell":          `<th scope="col" class="align-right">Right</th>`,
		"grid cell list":       `<td>\s*<ul>\s*<li>built-in wrapper</li>`,
		"code language":        `<pre id="mycode" class="numberLines" data-startfrom="100"><code class="language-haskell">qsort`,
		"MathML":               `<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"`,
		"strikeout":            `<del>is deleted text.</del>`,
		"subscript":            `H<sub>2</sub>O`,
		"superscript":          `2<sup>10</sup>`,
		"small caps":           `<span class="smallcaps">Small caps</span>`,
		"span language":        `<span lang="fr" xml:lang="fr">le français</span>`,
		"definition list":      `<dt>Term 1</dt>`,
		"line block":           `<div class="line-block">The limerick`,
		"thematic break":       `<hr/>`,
		"task list":            `<li class="task"><span class="task-box" role="img" aria-label="done">☒</span> checked item</li>`,
		"div":                  `<div id="special" class="sidebar">`,
		"inline image":         `<img src="[^"]*" alt="A lovely icon" title="An icon" class="inline st-\d+"/>`,
		"e-mail":               `<a href="mailto:sam@green.eggs.ham">`,
		"cross-file link":      `<a href="chapter-1.xhtml#blocks">Introduction</a>`,
		"implicit heading ref": `<a href="#heading-identifiers-in-html">Heading identifiers in HTML</a>`,
		"fancy list":           `<ol type="a">`,
		"roman list":           `<ol type="i">`,
		"example list":         `<ol start="3">`,
		"smart quotes":         `“Double quotes”, ‘single quotes’, it’s an apostrophe; an en dash – as`,
	} {
		if !regexp.MustCompile(re).MatchString(x) {
			t.Errorf("%s: no match for %s", what, re)
		}
	}
	// Every footnote of a chapter is referenced once from it.
	for _, n := range names {
		refs := regexp.MustCompile(`href="#(fn-\d+)"`).FindAllStringSubmatch(string(files[n]), -1)
		notes := regexp.MustCompile(`<aside id="(fn-\d+)"`).FindAllStringSubmatch(string(files[n]), -1)
		if len(refs) != len(notes) {
			t.Errorf("%s: %d note references, %d notes", n, len(refs), len(notes))
		}
	}
	var notes int
	document.WalkInlines(doc.Blocks, func(in document.Inline) {
		if _, ok := in.(*document.Note); ok {
			notes++
		}
	})
	if got := strings.Count(x, `epub:type="footnote"`); got != notes {
		t.Errorf("%d footnotes in the book, %d in the model", got, notes)
	}
}
