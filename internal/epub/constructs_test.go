package epub_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"publish/internal/epub"
	"publish/internal/testkit"
)

// construct is one section of testdata/pandoc.md and what shows, in a
// book's XHTML, that an edition kept its structure: each pattern must
// match. The patterns accept pandoc's markup and ours alike.
type construct struct {
	name     string
	patterns []string
}

var constructs = []construct{
	{"Paragraphs and hard line breaks", []string{`two or more spaces at\s+the end of a line\.<br ?/>`, `with a backslash:<br ?/>\s*like this`}},
	{"Headings (setext and ATX)", []string{`<h\d[^>]*>A level-one heading</h\d>`, `<h\d[^>]*>A level-three heading</h\d>`}},
	{"Heading identifiers and implicit references", []string{`id="foo"`, `id="bar"`, `href="[^"]*#heading-identifiers-in-html"[^>]*>Heading identifiers in HTML</a>`}},
	{"Block quotations", []string{`<blockquote>\s*<p>This is a block quote\.\s*</p>\s*<blockquote>`}},
	{"Indented code blocks", []string{`<pre[^>]*>(<code[^>]*>)?if \(a &gt; 3\) \{\n  moveShip`}},
	{"Fenced code blocks with attributes", []string{`id="mycode"`, `<(pre|code)[^>]*haskell`}},
	{"Line blocks", []string{`The limerick packs laughs anatomical<br ?/>`, `\x{a0}{3}But the good ones`}},
	{"Bullet lists", []string{`<ul>\s*<li>(<p>)?one`}},
	{"Block content in list items", []string{`<li>\s*<p>First paragraph\.</p>\s*<p>Continued\.</p>`, `<li>[\s\S]{0,200}<pre[^>]*>(<code[^>]*>)?\{ code \}`}},
	{"Ordered lists and start numbers", []string{`<ol start="9"`}},
	{"Task lists", []string{`(☐|type="checkbox")`, `(☒|checked)`}},
	{"Definition lists", []string{`<dt>Term 1</dt>`, `<dd>[\s\S]{0,80}Definition 3b`}},
	{"Horizontal rules", []string{`<hr ?/>`}},
	{"Simple tables", []string{`<caption[^>]*>(<p>)?Demonstration of simple table syntax\.`, `<t[hd][^>]*>(<p>)?Center(</p>)?</th>`}},
	{"Multiline tables", []string{`<caption[^>]*>(<p>)?Here’s the caption`, `<td[^>]*>(<p>)?Example of a row that\s+spans multiple lines\.`}},
	{"Grid tables", []string{`<td[^>]*>\s*<ul>\s*<li>(<p>)?built-in wrapper`}},
	{"Pipe tables", []string{`<caption[^>]*>(<p>)?Demonstration of pipe table syntax\.`}},
	{"Backslash escapes", []string{`<em>\*hello\*</em>`, `10\x{a0}km`}},
	{"Smart punctuation", []string{`“Double quotes”`, `1914–1918`, `an em dash — like`, `ellipsis…`}},
	{"Emphasis", []string{`<em>emphasize</em>`, `<strong>strong emphasis</strong>`}},
	{"Strikeout", []string{`<del>is deleted text\.</del>`}},
	{"Superscripts and subscripts", []string{`H<sub>2</sub>O`, `2<sup>10</sup>`}},
	{"Verbatim (inline code)", []string{`<code[^>]*>&gt;&gt;=</code>`, `<code[^>]*haskell[^>]*>(<span[^>]*>)?&lt;\$&gt;`}},
	{"Small caps, underline, highlighting", []string{`smallcaps[^>]*>Small caps<`, `(underline[^>]*|<u)>underlined<`, `mark[^>]*>highlighted<`}},
	{"Math", []string{`(?s)Einstein wrote <math.*<math.*<math.*<math.*<math.*<math`}},
	{"Raw HTML (inline tags, divs)", []string{`<sup>raised</sup>`, `lang="fr"[^>]*>un mot français`, `class="note"[^>]*>\s*<p>This is <em>Markdown</em>`}},
	{"Links (automatic, inline, reference, e-mail)", []string{`href="https://google.com"`, `href="mailto:sam@green.eggs.ham"`, `title="click here for a good time!"`, `href="https://example.org/foo"`}},
	{"Images (inline and figures)", []string{`in a line of|<img[^>]*alt="A lovely icon"`, `<figure`}},
	{"Divs and spans", []string{`<div id="special" class="sidebar"`, `<span class="class" data-key="val">`}},
	{"Footnotes (reference and inline)", []string{`(?s)(epub:type="noteref".*){3}`, `Here is the footnote\.`, `Inlines notes are easier`}},
	{"Fancy list markers", []string{`<ol[^>]*type="a"`, `<ol[^>]*type="i"`}},
	{"Numbered example lists", []string{`<ol[^>]*start="3"`, `As \(3\) illustrates`}},
	{"Citations", []string{`^[^@]*$`}},       // processed: no raw @key left
	{"Raw TeX", []string{`jones\.1967[^}]`}}, // rendered, not shown as TeX
	{"Raw attributes", []string{`<iframe`}},
}

// spineXHTML returns the concatenated XHTML of an EPUB's text documents,
// its character references made characters, as both writers differ in
// how they escape.
func spineXHTML(t *testing.T, file string) string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".xhtml") && !strings.Contains(f.Name, "nav") {
			names = append(names, f.Name)
			files[f.Name] = f
		}
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		r, err := files[n].Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		b.Write(data)
	}
	return strings.NewReplacer("&#38;", "&amp;", "&#60;", "&lt;", "&#62;", "&gt;", "&#34;", `"`, "&quot;", `"`,
		"&#160;", "\u00a0", "&nbsp;", "\u00a0", "&#39;", "'").Replace(b.String())
}

// keeps reports which constructs an edition's XHTML keeps.
func keeps(x string) []bool {
	var out []bool
	for _, c := range constructs {
		ok := true
		for _, p := range c.patterns {
			if !regexp.MustCompile(p).MatchString(x) {
				ok = false
			}
		}
		out = append(out, ok)
	}
	return out
}

// TestConstructsKept builds testdata/pandoc.md with publish and with
// pandoc, and counts the constructs each EPUB keeps. publish must keep
// every construct the model carries: all but citations, raw TeX and raw
// content for other formats, which it keeps as text with a warning.
func TestConstructsKept(t *testing.T) {
	pandoc := testkit.Need(t, "pandoc")
	dir := pandocManuscript(t)
	ours, _ := writeEPUB(t, load(t, dir), epub.Generic)
	theirs := filepath.Join(t.TempDir(), "pandoc.epub")
	cmd := exec.Command(pandoc, "manuscript.md", "-o", theirs)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, out)
	}
	// Citations: no raw @key in the text of their section.
	section := func(x string) string {
		i := strings.Index(x, "Blah blah")
		if i < 0 {
			return ""
		}
		return x[i:min(len(x), i+400)]
	}
	ox, px := spineXHTML(t, ours), spineXHTML(t, theirs)
	ok, pk := keeps(ox), keeps(px)
	for i, c := range constructs {
		if c.name == "Citations" {
			ok[i] = !strings.Contains(section(ox), "@doe99")
			pk[i] = !strings.Contains(section(px), "@doe99")
		}
	}
	var b bytes.Buffer
	no, np := 0, 0
	notCarried := map[string]bool{"Citations": true, "Raw TeX": true, "Raw attributes": true}
	for i, c := range constructs {
		mark := func(k bool) string {
			if k {
				return "kept"
			}
			return "-"
		}
		fmt.Fprintf(&b, "%-48s publish %-5s pandoc %s\n", c.name, mark(ok[i]), mark(pk[i]))
		if ok[i] {
			no++
		}
		if pk[i] {
			np++
		}
		if !ok[i] && !notCarried[c.name] {
			t.Errorf("publish's EPUB does not keep %s", c.name)
		}
	}
	t.Logf("constructs kept of %d: publish %d, pandoc %s %d\n%s", len(constructs), no, pandocVersion(pandoc), np, b.String())
}

func pandocVersion(pandoc string) string {
	out, err := exec.Command(pandoc, "--version").Output()
	if err != nil {
		return ""
	}
	return strings.SplitN(string(out), "\n", 2)[0]
}
