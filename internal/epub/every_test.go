package epub_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"publish/internal/document/documenttest"
	"publish/internal/epub"
	"publish/internal/testkit"
)

// TestEveryNode: the EPUB keeps every node type of documenttest.Every,
// each by its marker word in the text of the book's XHTML (parsed as
// XML), and renders each with its own element.
func TestEveryNode(t *testing.T) {
	file, data := writeEPUB(t, documenttest.Every(), epub.Generic)
	validated(t, file)
	files := unzip(t, data)
	var text, markup strings.Builder
	for name, f := range files {
		if !strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, "nav.xhtml") {
			continue
		}
		markup.Write(f)
		d := xml.NewDecoder(bytes.NewReader(f))
		d.Strict = true
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if c, ok := tok.(xml.CharData); ok {
				text.Write(c)
			}
		}
	}
	for name, word := range documenttest.Markers {
		if !strings.Contains(text.String(), word) {
			t.Errorf("the EPUB's text leaves out %s (%s)", name, word)
		}
	}
	m := markup.String()
	for what, re := range map[string]string{
		"LineBreak":            `<br/>`,
		"ThematicBreak":        `<hr/>`,
		"heading id":           `<h1 id="every" class="unnumbered">`,
		"noteref":              `<a id="fnref-1" href="#fn-1" class="noteref" epub:type="noteref" role="doc-noteref">1</a>`,
		"footnote":             `<aside id="fn-1" epub:type="footnote" role="doc-footnote">\s*<p><a href="#fnref-1" role="doc-backlink">1</a> KWNOTEQ</p>`,
		"link":                 `<a href="#every" title="Up">KWLINKQ</a>`,
		"code":                 `<code class="language-go">KWCODEQ := 1</code>`,
		"code block":           `<pre id="listing"><code class="language-python">def KWCODEBLOCKQ\(\):\n    return  1</code></pre>`,
		"strikeout":            `<del>KWSTRIKEOUTQ</del>`,
		"superscript":          `<sup>KWSUPERSCRIPTQ</sup>`,
		"subscript":            `<sub>KWSUBSCRIPTQ</sub>`,
		"small caps":           `<span class="smallcaps">KWSMALLCAPSQ</span>`,
		"span":                 `<span id="span" class="mark" lang="fr" xml:lang="fr">KWSPANQ</span>`,
		"math":                 `<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="[^"]*"><semantics><mrow><mfrac>`,
		"display math":         `<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"`,
		"table":                `<table id="tab">\s*<caption>KWTABLEQ</caption>\s*<colgroup><col class="st-1"/>`,
		"header cell":          `<th scope="col" class="align-left">Left</th><th scope="col" class="align-center">Centre</th><th scope="col" class="align-right">Right</th><th scope="col">Default</th>`,
		"task unchecked":       `<li class="task"><span class="task-box" role="img" aria-label="not done">☐</span> open task</li>`,
		"task checked":         `<li class="task"><span class="task-box" role="img" aria-label="done">☒</span> done task</li>`,
		"ordered start":        `<ol start="3">`,
		"definition list":      `<dl>\s*<dt>KWDEFINITIONQ</dt>\s*<dd>first definition</dd>\s*<dd>second definition</dd>`,
		"line block":           `<div class="line-block">KWLINEBLOCKQ<br/>\s*&#160;&#160;&#160;&#160;indented line</div>`,
		"div":                  `<div id="aside" class="note" lang="de" xml:lang="de">`,
		"missing inline image": `<span class="image-missing">\[KWINLINEIMAGEQ\]</span>`,
	} {
		if !regexp.MustCompile(re).MatchString(m) {
			t.Errorf("%s: no match for %s", what, re)
		}
	}
	opf := string(files["EPUB/package.opf"])
	if !regexp.MustCompile(`href="xhtml/chapter-1.xhtml"[^>]*properties="mathml"`).MatchString(opf) {
		t.Errorf("the chapter with MathML is not marked so in the manifest:\n%s", opf)
	}
	for _, lang := range []string{"en", "fr", "de"} {
		if !strings.Contains(opf, "<dc:language>"+lang+"</dc:language>") {
			t.Errorf("the package does not list language %s", lang)
		}
	}
}

// validated runs EPUBCheck and Ace on file: 0 errors, 0 warnings, no
// usage message but the allowed one, 0 violations.
func validated(t *testing.T, file string) {
	t.Helper()
	r := testkit.EPUBCheck(t, file, true)
	if r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning != 0 {
		t.Errorf("epubcheck: %d fatal, %d errors, %d warnings: %+v", r.Checker.NFatal, r.Checker.NError, r.Checker.NWarning, r.Messages)
	}
	for _, m := range r.Messages {
		if m.Severity == "USAGE" && !allowedUsage[m.ID] {
			t.Errorf("epubcheck usage %s: %s %+v", m.ID, m.Message, m.Locations)
		}
	}
	for _, v := range ace(t, file) {
		t.Errorf("ace: %s violation %q in %s", v.Impact, v.Rule, v.File)
	}
}
