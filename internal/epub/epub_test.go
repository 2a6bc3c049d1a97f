package epub_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"publish/internal/build"
	"publish/internal/document"
	"publish/internal/epub"
	"publish/internal/testkit"
)

// allBlocks is a manuscript with every kind of block: headings of levels
// 1 to 3, paragraphs with every inline, figures with a large JPEG and a
// tall PNG, a figure whose image is missing, a quote and both kinds of
// list.
const allBlocks = `---
title: "Every block & <kind>"
subtitle: "A test of the EPUB writer"
author: [Ana Pérez]
date: "2024-02-03"
lang: en-GB
publisher: Test Press
rights: "CC BY 4.0"
description: A manuscript with every kind of block.
subject: [Testing, EPUB]
source:
  name: El Diario
  title: "Cada bloque"
  lang: es
  url: https://example.org/cada-bloque
  translation: Translated from Spanish.
---

An opening paragraph with *emphasis*, **strong**, a [link](https://example.org/ "Example") and ` + "`code`" + `.

# The first chapter

A paragraph in the first chapter.

## A section

![A wide photograph.](images/wide.jpg){alt="A gradient from red to blue" credit="Photo Agency"}

### A subsection

> A quotation.
>
> With two paragraphs.

1. First item
2. Second item

- A bullet
- Another bullet

# The second chapter

![A tall diagram.](images/tall.png){alt="A grey diagram" credit="Diagram Studio"}

![A missing photograph.](images/missing.jpg){alt="Nothing to see" credit="Nobody"}

Closing paragraph.
`

// writeAllBlocks writes the allBlocks manuscript with its images into a
// new directory and returns the directory.
func writeAllBlocks(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "images"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(allBlocks), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "images/wide.jpg"), jpegImage(t, 2400, 1200), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "images/tall.png"), pngImage(t, 600, 2000), 0o644))
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func jpegImage(t *testing.T, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(255 * x / w), 40, uint8(255 - 255*x/w), 255})
		}
	}
	var b bytes.Buffer
	must(t, jpeg.Encode(&b, img, nil))
	return b.Bytes()
}

func pngImage(t *testing.T, w, h int) []byte {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetGray(x, y, color.Gray{uint8((x/20 + y/20) % 2 * 200)})
		}
	}
	var b bytes.Buffer
	must(t, png.Encode(&b, img))
	return b.Bytes()
}

// load reads a manuscript through the build package, so images are
// resolved as in a real build; "" is the bundled sample.
func load(t *testing.T, dir string) *document.Document {
	t.Helper()
	m, err := build.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m.Doc
}

var modified = time.Date(2024, 2, 3, 10, 0, 0, 0, time.UTC)

func writeEPUB(t *testing.T, doc *document.Document, target epub.Target) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := epub.Write(&buf, doc, &epub.Options{Generator: "publish test", Modified: modified, Target: target}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "book"+target.Ext())
	must(t, os.WriteFile(file, buf.Bytes(), 0o644))
	testkit.Check(t, file)
	return file, buf.Bytes()
}

// books are the manuscripts every validator judges.
func books(t *testing.T) map[string]*document.Document {
	return map[string]*document.Document{"sample": load(t, ""), "all-blocks": load(t, writeAllBlocks(t))}
}

// allowedUsage lists the only EPUBCheck usage message we accept: it reports
// that the NCX, which EPUB 2 readers need, uses the NCX namespace.
var allowedUsage = map[string]bool{"HTM-010": true}

func TestEPUBCheck(t *testing.T) {
	for name, doc := range books(t) {
		for _, target := range []epub.Target{epub.Generic, epub.Kindle} {
			t.Run(name+"/"+string(target), func(t *testing.T) {
				t.Parallel()
				file, _ := writeEPUB(t, doc, target)
				r := testkit.EPUBCheck(t, file, true)
				if r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning != 0 {
					t.Errorf("epubcheck: %d fatal, %d errors, %d warnings: %+v", r.Checker.NFatal, r.Checker.NError, r.Checker.NWarning, r.Messages)
				}
				for _, m := range r.Messages {
					if m.Severity == "USAGE" && !allowedUsage[m.ID] {
						t.Errorf("epubcheck usage %s: %s %+v", m.ID, m.Message, m.Locations)
					}
				}
			})
		}
	}
}

func TestKoboEPUBCheck(t *testing.T) {
	for name, doc := range books(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			file, data := writeEPUB(t, doc, epub.Kobo)
			if !strings.HasSuffix(file, ".kepub.epub") {
				t.Errorf("kobo edition named %s", file)
			}
			if !bytes.Contains(unzip(t, data)["EPUB/xhtml/article.xhtml"], []byte(`class="koboSpan"`)) {
				t.Error("no koboSpan: kepubify did not run")
			}
			r := testkit.EPUBCheck(t, file, false)
			if r.Checker.NFatal+r.Checker.NError != 0 {
				t.Errorf("epubcheck on the kepub: %d fatal, %d errors: %+v", r.Checker.NFatal, r.Checker.NError, r.Messages)
			}
		})
	}
}

func TestAce(t *testing.T) {
	for name, doc := range books(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			file, _ := writeEPUB(t, doc, epub.Generic)
			for _, v := range ace(t, file) {
				t.Errorf("ace: %s violation %q in %s", v.Impact, v.Rule, v.File)
			}
		})
	}
}

func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, err)
		b, err := io.ReadAll(rc)
		rc.Close()
		must(t, err)
		out[f.Name] = b
	}
	return out
}

// opf is the package document, as far as the tests read it.
type opf struct {
	Lang     string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Metadata struct {
		Identifier []string `xml:"identifier"`
		Titles     []struct {
			ID   string `xml:"id,attr"`
			Text string `xml:",chardata"`
		} `xml:"title"`
		Language    []string   `xml:"language"`
		Creators    []refined  `xml:"creator"`
		Contribs    []refined  `xml:"contributor"`
		Publisher   string     `xml:"publisher"`
		Date        string     `xml:"date"`
		Source      string     `xml:"source"`
		Rights      string     `xml:"rights"`
		Description string     `xml:"description"`
		Subjects    []string   `xml:"subject"`
		Meta        []metaElem `xml:"meta"`
	} `xml:"metadata"`
	Manifest []struct {
		ID         string `xml:"id,attr"`
		Href       string `xml:"href,attr"`
		MediaType  string `xml:"media-type,attr"`
		Properties string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef string `xml:"idref,attr"`
	} `xml:"spine>itemref"`
}

type refined struct {
	ID   string `xml:"id,attr"`
	Text string `xml:",chardata"`
}

type metaElem struct {
	Property string `xml:"property,attr"`
	Refines  string `xml:"refines,attr"`
	Name     string `xml:"name,attr"`
	Content  string `xml:"content,attr"`
	Text     string `xml:",chardata"`
}

func readOPF(t *testing.T, files map[string][]byte) *opf {
	t.Helper()
	var p opf
	if err := xml.Unmarshal(files["EPUB/package.opf"], &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

// props returns the values of a metadata property, in order.
func (p *opf) props(property string) []string {
	var out []string
	for _, m := range p.Metadata.Meta {
		if m.Property == property && m.Refines == "" {
			out = append(out, m.Text)
		}
	}
	return out
}

func (p *opf) refine(id, property string) string {
	for _, m := range p.Metadata.Meta {
		if m.Refines == "#"+id && m.Property == property {
			return m.Text
		}
	}
	return ""
}

func (p *opf) roles(people []refined) map[string][]string {
	out := map[string][]string{}
	for _, c := range people {
		r := p.refine(c.ID, "role")
		out[r] = append(out[r], c.Text)
	}
	return out
}

func TestMetadata(t *testing.T) {
	doc := load(t, writeAllBlocks(t))
	_, data := writeEPUB(t, doc, epub.Generic)
	files := unzip(t, data)
	p := readOPF(t, files)
	md := &p.Metadata
	if len(md.Identifier) != 1 || md.Identifier[0] != doc.Meta.ID() || !strings.HasPrefix(md.Identifier[0], "urn:uuid:") {
		t.Errorf("identifier %q, want %q", md.Identifier, doc.Meta.ID())
	}
	if len(md.Titles) != 2 || md.Titles[0].Text != "Every block & <kind>" || p.refine(md.Titles[0].ID, "title-type") != "main" ||
		md.Titles[1].Text != "A test of the EPUB writer" || p.refine(md.Titles[1].ID, "title-type") != "subtitle" {
		t.Errorf("titles %+v", md.Titles)
	}
	if p.Lang != "en-GB" || len(md.Language) != 1 || md.Language[0] != "en-GB" {
		t.Errorf("package xml:lang %q, dc:language %q", p.Lang, md.Language)
	}
	creators, contribs := p.roles(md.Creators), p.roles(md.Contribs)
	if got := strings.Join(creators["aut"], "|"); got != "Ana Pérez" {
		t.Errorf("aut creators %q", got)
	}
	for role, want := range map[string]string{"pht": "Photo Agency|Diagram Studio|Nobody", "trl": "Test Press", "bkp": "publish test"} {
		if got := strings.Join(contribs[role], "|"); got != want {
			t.Errorf("%s contributors %q, want %q", role, got, want)
		}
	}
	for name, got := range map[string]string{"publisher": md.Publisher, "date": md.Date, "source": md.Source, "rights": md.Rights,
		"description": md.Description, "subjects": strings.Join(md.Subjects, "|")} {
		want := map[string]string{"publisher": "Test Press", "date": "2024-02-03", "source": "https://example.org/cada-bloque",
			"rights": "CC BY 4.0", "description": "A manuscript with every kind of block.", "subjects": "Testing|EPUB"}[name]
		if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if got := p.props("dcterms:modified"); len(got) != 1 || got[0] != "2024-02-03T10:00:00Z" {
		t.Errorf("dcterms:modified %q", got)
	}
	// Every XHTML document carries the language.
	for name, b := range files {
		if strings.HasSuffix(name, ".xhtml") && !bytes.Contains(b, []byte(`xml:lang="en-GB" lang="en-GB"`)) {
			t.Errorf("%s has no xml:lang", name)
		}
		if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".ncx") {
			for _, ref := range []string{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;"} {
				if bytes.Contains(b, []byte(ref)) {
					t.Errorf("%s uses the named reference %s", name, ref)
				}
			}
		}
	}
	if !bytes.Contains(files["EPUB/toc.ncx"], []byte(`<meta name="dtb:uid" content="`+doc.Meta.ID()+`"/>`)) {
		t.Error("NCX lacks dtb:uid")
	}
}

// TestIdentifierScheme checks that the identifier names its scheme, which
// is how Calibre tells an ISBN from a DOI, with its ONIX type, and that
// EPUBCheck accepts it.
func TestIdentifierScheme(t *testing.T) {
	for _, c := range []struct{ id, want, onix string }{
		{"978-0-306-40615-7", "urn:isbn:9780306406157", "15"},
		{"0-306-40615-2", "urn:isbn:0306406152", "02"},
		{"https://doi.org/10.1000/182", "doi:10.1000/182", "06"},
		{"archive-0042", "archive-0042", ""},
	} {
		doc := &document.Document{Meta: document.Meta{Title: "T", Lang: "en", Identifier: c.id}}
		file, data := writeEPUB(t, doc, epub.Generic)
		files := unzip(t, data)
		p := readOPF(t, files)
		if len(p.Metadata.Identifier) != 1 || p.Metadata.Identifier[0] != c.want || p.refine("pub-id", "identifier-type") != c.onix {
			t.Errorf("%s: identifier %q, type %q; want %s, %q", c.id, p.Metadata.Identifier, p.refine("pub-id", "identifier-type"), c.want, c.onix)
		}
		if !bytes.Contains(files["EPUB/toc.ncx"], []byte(`<meta name="dtb:uid" content="`+c.want+`"/>`)) {
			t.Errorf("%s: NCX dtb:uid is not %s", c.id, c.want)
		}
		if c.onix == "15" {
			if r := testkit.EPUBCheck(t, file, false); r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning != 0 {
				t.Errorf("epubcheck: %+v", r.Messages)
			}
		}
	}
}

func TestAccessibilityMetadata(t *testing.T) {
	jpegData := jpegImage(t, 10, 10)
	fig := func(alt string, img bool) *document.Figure {
		f := &document.Figure{Src: "x.jpg", Alt: alt, Caption: []document.Inline{&document.Str{Text: "c"}}}
		if img {
			f.Image = &document.Image{Name: "x.jpg", MediaType: "image/jpeg", Data: jpegData, Width: 10, Height: 10}
		}
		return f
	}
	cases := []struct {
		name       string
		blocks     []document.Block
		certified  string
		sufficient string
		features   string
		conforms   bool
	}{
		{"no figures", nil, "", "textual|textual,visual", "alternativeText|structuralNavigation|tableOfContents|readingOrder|displayTransformability", false},
		{"every image has alt", []document.Block{fig("a", true)}, "", "textual|textual,visual", "alternativeText|structuralNavigation|tableOfContents|readingOrder|displayTransformability", false},
		{"an image without alt", []document.Block{fig("a", true), fig("", true)}, "", "textual,visual", "structuralNavigation|tableOfContents|readingOrder|displayTransformability", false},
		{"missing image without alt", []document.Block{fig("", false)}, "", "textual|textual,visual", "alternativeText|structuralNavigation|tableOfContents|readingOrder|displayTransformability", false},
		{"certified", nil, "Accessible Books Ltd", "textual|textual,visual", "alternativeText|structuralNavigation|tableOfContents|readingOrder|displayTransformability", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := &document.Document{Meta: document.Meta{Title: "T", Lang: "en", CertifiedBy: c.certified}, Blocks: c.blocks}
			_, data := writeEPUB(t, doc, epub.Generic)
			p := readOPF(t, unzip(t, data))
			if got := strings.Join(p.props("schema:accessMode"), "|"); got != "textual|visual" {
				t.Errorf("accessMode %q", got) // the cover is an image
			}
			if got := strings.Join(p.props("schema:accessModeSufficient"), "|"); got != c.sufficient {
				t.Errorf("accessModeSufficient %q, want %q", got, c.sufficient)
			}
			if got := strings.Join(p.props("schema:accessibilityFeature"), "|"); got != c.features {
				t.Errorf("accessibilityFeature %q, want %q", got, c.features)
			}
			if got := strings.Join(p.props("schema:accessibilityHazard"), "|"); got != "none" {
				t.Errorf("accessibilityHazard %q", got)
			}
			if s := p.props("schema:accessibilitySummary"); len(s) != 1 || len(s[0]) < 100 {
				t.Errorf("accessibilitySummary %q", s)
			}
			conforms, certifiedBy := p.props("dcterms:conformsTo"), p.props("a11y:certifiedBy")
			if c.conforms != (len(conforms) == 1) || c.conforms != (len(certifiedBy) == 1) {
				t.Errorf("conformsTo %q, certifiedBy %q; want a claim: %v", conforms, certifiedBy, c.conforms)
			}
			if c.conforms && certifiedBy[0] != c.certified {
				t.Errorf("certifiedBy %q", certifiedBy)
			}
		})
	}
}

// TestDocumentAccessibility checks the shared derivation without a cover:
// a document without images is textual only.
func TestDocumentAccessibility(t *testing.T) {
	a := (&document.Document{}).Accessibility(0)
	if strings.Join(a.AccessModes, "|") != "textual" || strings.Join(a.AccessModeSufficient, "|") != "textual" {
		t.Errorf("%+v", a)
	}
	for _, f := range a.Features {
		if f == "alternativeText" {
			t.Error("alternativeText claimed without images")
		}
	}
}

// spineItem is one thing a reader meets following the spine.
type spineItem struct{ kind, text string }

// readSpine follows the spine and returns, in order, every heading ("h"),
// paragraph or list item text ("text"), image ("img", its alt, which must
// name a file of the book), placeholder ("placeholder"), caption
// ("caption", without the credit), credit ("credit") and definition term
// or description ("dt", "dd").
func readSpine(t *testing.T, files map[string][]byte) []spineItem {
	t.Helper()
	p := readOPF(t, files)
	hrefs := map[string]string{}
	for _, it := range p.Manifest {
		hrefs[it.ID] = path.Join("EPUB", it.Href)
	}
	var out []spineItem
	for _, ref := range p.Spine {
		name := hrefs[ref.IDRef]
		d := xml.NewDecoder(bytes.NewReader(files[name]))
		d.Strict = true
		type open struct {
			slot int
			text strings.Builder
		}
		var stack []*open
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
				attr := func(n string) string {
					for _, a := range tok.Attr {
						if a.Name.Local == n {
							return a.Value
						}
					}
					return ""
				}
				kind := ""
				switch tok.Name.Local {
				case "h1", "h2", "h3", "h4", "h5", "h6":
					kind = "h"
				case "p", "li":
					kind = "text"
				case "figcaption":
					kind = "caption"
				case "dt", "dd":
					kind = tok.Name.Local
				case "span":
					if attr("role") == "doc-credit" {
						kind = "credit"
					}
				case "div":
					if attr("role") == "img" {
						out = append(out, spineItem{"placeholder", ""})
					}
				case "img":
					src := path.Join(path.Dir(name), attr("src"))
					if _, ok := files[src]; !ok {
						t.Errorf("%s: img src %s is not in the book", name, src)
					}
					out = append(out, spineItem{"img", attr("alt")})
				}
				if kind != "" {
					out = append(out, spineItem{kind, ""})
					stack = append(stack, &open{slot: len(out) - 1})
				} else {
					stack = append(stack, nil)
				}
			case xml.EndElement:
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top != nil {
					out[top.slot].text = strings.Join(strings.Fields(top.text.String()), " ")
				}
			case xml.CharData:
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i] != nil {
						stack[i].text.Write(tok)
						break
					}
				}
			}
		}
	}
	// Drop items whose text sits entirely in nested items (a <li> holding <p>s).
	var kept []spineItem
	for _, it := range out {
		if it.text != "" || it.kind == "img" || it.kind == "placeholder" {
			kept = append(kept, it)
		}
	}
	return kept
}

// modelItems lists what the model says a reader must meet, in order.
func modelItems(doc *document.Document) []spineItem {
	var out []spineItem
	var walk func(bs []document.Block)
	walk = func(bs []document.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *document.Heading:
				out = append(out, spineItem{"h", document.PlainText(b.Text)})
			case *document.Paragraph:
				out = append(out, spineItem{"text", document.PlainText(b.Text)})
			case *document.Figure:
				if b.Image != nil {
					out = append(out, spineItem{"img", b.Alt})
				} else {
					out = append(out, spineItem{"placeholder", ""})
				}
				out = append(out, spineItem{"caption", document.PlainText(b.Caption)})
				if b.Credit != "" {
					out = append(out, spineItem{"credit", "Image: " + b.Credit})
				}
			case *document.Quote:
				walk(b.Blocks)
			case *document.List:
				for _, item := range b.Items {
					walk(item.Blocks)
				}
			}
		}
	}
	walk(doc.Blocks)
	out = append(out, spineItem{"h", "Credits"})
	for _, c := range doc.Credits("publish test") {
		out = append(out, spineItem{"dt", c.Label})
		for _, v := range c.Values {
			out = append(out, spineItem{"dd", v})
		}
	}
	return out
}

func TestReadBack(t *testing.T) {
	for name, doc := range books(t) {
		t.Run(name, func(t *testing.T) {
			_, data := writeEPUB(t, doc, epub.Generic)
			got := readSpine(t, unzip(t, data))
			if len(got) == 0 || got[0].kind != "img" || !strings.HasPrefix(got[0].text, "Cover: ") {
				t.Fatalf("the spine does not open with the cover: %+v", got[:min(3, len(got))])
			}
			at := 0
			for _, want := range modelItems(doc) {
				i := at
				for i < len(got) && got[i] != want {
					i++
				}
				if i == len(got) {
					t.Errorf("%s %q not found after item %d (%+v)", want.kind, want.text, at, got[min(at, len(got)-1)])
					continue
				}
				at = i + 1
			}
		})
	}
}

func TestSemanticXHTML(t *testing.T) {
	doc := load(t, writeAllBlocks(t))
	_, data := writeEPUB(t, doc, epub.Generic)
	files := unzip(t, data)
	for _, name := range []string{"EPUB/xhtml/chapter-1.xhtml", "EPUB/xhtml/chapter-2.xhtml"} {
		s := string(files[name])
		for _, want := range []string{`<section epub:type="bodymatter chapter" role="doc-chapter" aria-labelledby="`, "<h1 id="} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %s", name, want)
			}
		}
	}
	// A book's opening text follows its title page: it does not say the
	// title again.
	if s := string(files["EPUB/xhtml/article.xhtml"]); !strings.Contains(s, `<section epub:type="bodymatter" aria-label="Every block &#38; &#60;kind&#62;">`) || strings.Contains(s, "<h1") {
		t.Errorf("a book's lead part repeats the title or is not labelled:\n%s", s)
	}
	ch1 := string(files["EPUB/xhtml/chapter-1.xhtml"])
	for _, want := range []string{"<h2 id=", "<h3 id=", "<figure", "<figcaption>", `<span role="doc-credit">Image: Photo Agency</span>`,
		"<blockquote>", "<ol>", "<ul>"} {
		if !strings.Contains(ch1, want) {
			t.Errorf("chapter-1 lacks %s", want)
		}
	}
	lead := string(files["EPUB/xhtml/article.xhtml"])
	for _, want := range []string{"<em>emphasis</em>", "<strong>strong</strong>", `<a href="https://example.org/" title="Example">link</a>`, "<code>code</code>"} {
		if !strings.Contains(lead, want) {
			t.Errorf("article lacks %s", want)
		}
	}
	nav := string(files["EPUB/nav.xhtml"])
	for _, want := range []string{`epub:type="landmarks"`, `epub:type="cover"`, `epub:type="titlepage"`, `epub:type="bodymatter" href="xhtml/article.xhtml"`, `epub:type="backmatter"`,
		`href="xhtml/chapter-1.xhtml#a-subsection"`} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav lacks %s", want)
		}
	}
}

func TestCover(t *testing.T) {
	doc := load(t, "")
	_, data := writeEPUB(t, doc, epub.Generic)
	files := unzip(t, data)
	p := readOPF(t, files)
	var coverID, coverHref string
	n := 0
	for _, it := range p.Manifest {
		if strings.Contains(it.Properties, "cover-image") {
			coverID, coverHref = it.ID, it.Href
			n++
		}
	}
	if n != 1 || coverHref != "images/cover.png" {
		t.Fatalf("%d cover-image items, href %q", n, coverHref)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(files["EPUB/"+coverHref]))
	if err != nil || format != "png" || cfg.Width != 1600 || cfg.Height != 2560 {
		t.Errorf("generated cover: %s %dx%d %v", format, cfg.Width, cfg.Height, err)
	}
	var legacy bool
	for _, m := range p.Metadata.Meta {
		legacy = legacy || m.Name == "cover" && m.Content == coverID
	}
	if !legacy {
		t.Error(`no <meta name="cover"> for EPUB 2 readers and Kindle`)
	}
	var first string
	for _, it := range p.Manifest {
		if it.ID == p.Spine[0].IDRef {
			first = it.Href
		}
	}
	if first != "xhtml/cover.xhtml" {
		t.Errorf("first spine item %s, want the cover", first)
	}

	// A supplied cover replaces the generated one, PNG kept as PNG.
	own := pngImage(t, 400, 640)
	doc.Meta.Cover = &document.Image{Name: "cover.png", MediaType: "image/png", Data: own, Width: 400, Height: 640}
	_, data = writeEPUB(t, doc, epub.Generic)
	files = unzip(t, data)
	if !bytes.Equal(files["EPUB/images/cover.png"], own) {
		t.Error("the manuscript's cover is not used as it is")
	}
	for name := range files {
		if strings.HasPrefix(name, "EPUB/images/cover.") && name != "EPUB/images/cover.png" {
			t.Errorf("%s: a cover was generated although the manuscript has one", name)
		}
	}
}

// Images within the reading systems' limits (4 megapixels, 3200 px) are
// stored as they are; larger ones are scaled in their own format, to the
// limits of --max-image-px when it is given; one file per image however
// many figures show it.
func TestImagesScaled(t *testing.T) {
	doc := load(t, writeAllBlocks(t))
	for _, f := range doc.Figures() { // 2400×1200 JPEG, 600×2000 PNG
		if f.Image != nil && (f.Image.Width > 3200 || f.Image.Width*f.Image.Height > 4_000_000) {
			t.Fatalf("%s is over the limits", f.Src)
		}
	}
	write := func(d *document.Document, maxPx int) map[string][]byte {
		var buf bytes.Buffer
		must(t, epub.Write(&buf, d, &epub.Options{Modified: modified, MaxImagePx: maxPx}))
		return unzip(t, buf.Bytes())
	}
	files := write(doc, 0)
	i := 0
	for _, f := range doc.Figures() {
		if f.Image == nil {
			continue
		}
		i++
		data, _ := f.Image.Bytes()
		name := fmt.Sprintf("EPUB/images/image-%d%s", i, path.Ext(f.Src))
		if !bytes.Equal(files[name], data) {
			t.Errorf("%s: not stored as it is", name)
		}
	}
	// --max-image-px 1600: 1600 px and 1 megapixel (4 scaled by (1600/3200)²).
	files = write(doc, 1600)
	want := map[string][3]any{"EPUB/images/image-1.jpg": {"jpeg", 1414, 707}, "EPUB/images/image-2.png": {"png", 480, 1600}}
	for name, w := range want {
		cfg, format, err := image.DecodeConfig(bytes.NewReader(files[name]))
		if err != nil || format != w[0] || cfg.Width != w[1] || cfg.Height != w[2] {
			t.Errorf("%s: %s %dx%d %v, want %v", name, format, cfg.Width, cfg.Height, err, w)
		}
	}
	// Over 3200 px by default; three figures, one file.
	wide := jpegImage(t, 3300, 1000)
	img := &document.Image{Name: "w.jpg", MediaType: "image/jpeg", Data: wide, Width: 3300, Height: 1000}
	d := &document.Document{Meta: document.Meta{Title: "Wide"}}
	for range 3 {
		d.Blocks = append(d.Blocks, &document.Figure{Src: "w.jpg", Alt: "a", Image: img})
	}
	files = write(d, 0)
	cfg, _, err := image.DecodeConfig(bytes.NewReader(files["EPUB/images/image-1.jpg"]))
	if err != nil || cfg.Width != 3200 || cfg.Height != 969 {
		t.Errorf("wide image: %dx%d %v, want 3200x969", cfg.Width, cfg.Height, err)
	}
	if _, ok := files["EPUB/images/image-2.jpg"]; ok {
		t.Error("a second file for the same image")
	}
}

func TestReproducible(t *testing.T) {
	dir := writeAllBlocks(t)
	for _, target := range epub.Targets {
		_, a := writeEPUB(t, load(t, dir), target)
		_, b := writeEPUB(t, load(t, dir), target)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two builds differ", target)
		}
	}
	var c bytes.Buffer
	must(t, epub.Write(&c, load(t, dir), &epub.Options{Generator: "publish test", Modified: modified.Add(time.Hour)}))
	_, a := writeEPUB(t, load(t, dir), epub.Generic)
	if bytes.Equal(a, c.Bytes()) {
		t.Error("a different SOURCE_DATE_EPOCH gave the same bytes")
	}
}

// Books are assembled at once with no lock (as a batch does): each gives
// the bytes it gives alone. Run with -race, this also checks go-epub's
// file system.
func TestConcurrentBooks(t *testing.T) {
	doc := load(t, writeAllBlocks(t))
	_, want := writeEPUB(t, doc, epub.Generic)
	var wg sync.WaitGroup
	got := make([][]byte, 6)
	for i := range got {
		wg.Go(func() {
			var b bytes.Buffer
			if err := epub.Write(&b, doc, &epub.Options{Generator: "publish test", Modified: modified}); err != nil {
				t.Error(err)
			}
			got[i] = b.Bytes()
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("book %d differs", i)
		}
	}
}

// rezip rewrites an EPUB with one file changed by fn.
func rezip(t *testing.T, data []byte, name string, fn func([]byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, err)
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == name {
			b = fn(b)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method})
		must(t, err)
		w.Write(b)
	}
	must(t, zw.Close())
	return buf.Bytes()
}

func TestCheckKindle(t *testing.T) {
	_, good := writeEPUB(t, load(t, writeAllBlocks(t)), epub.Kindle)
	if errs := epub.CheckKindle(good); len(errs) != 0 {
		t.Fatalf("the Kindle edition has rejection causes: %v", errs)
	}
	replace := func(old, new string) func([]byte) []byte {
		return func(b []byte) []byte { return bytes.Replace(b, []byte(old), []byte(new), 1) }
	}
	cases := []struct {
		name, file string
		fn         func([]byte) []byte
		want       string
	}{
		{"no UTF-8 declaration", "EPUB/xhtml/chapter-1.xhtml", replace(`<?xml version="1.0" encoding="UTF-8"?>`, ""), "chapter-1.xhtml: no UTF-8 declaration"},
		{"other encoding declared", "EPUB/xhtml/credits.xhtml", replace(`encoding="UTF-8"`, `encoding="ISO-8859-1"`), "credits.xhtml: no UTF-8 declaration"},
		{"not UTF-8", "EPUB/xhtml/article.xhtml", replace("opening", "op\xe9ning"), "article.xhtml: not UTF-8"},
		{"invalid dc:language", "EPUB/package.opf", replace("<dc:language>en-GB</dc:language>", "<dc:language>english!</dc:language>"), `dc:language "english!" is not a valid language tag`},
		{"no dc:language", "EPUB/package.opf", replace("<dc:language>en-GB</dc:language>", ""), "no dc:language"},
		{"img without src", "EPUB/xhtml/chapter-2.xhtml", replace("<figcaption>", `<img alt="x"/><figcaption>`), "chapter-2.xhtml: an img has no src"},
		{"link to a body id", "EPUB/xhtml/chapter-2.xhtml", replace(`<body dir="auto">`, `<body dir="auto" id="top"><p><a href="chapter-2.xhtml#top">top</a></p>`), `link "chapter-2.xhtml#top" points to the id of a body element`},
		{"too large", "", nil, "over Send to Kindle's limit of 50 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var bad []byte
			if c.fn != nil {
				bad = rezip(t, good, c.file, c.fn)
			} else { // a stored entry, so that the container really is over the limit
				var buf bytes.Buffer
				zw := zip.NewWriter(&buf)
				w, _ := zw.CreateHeader(&zip.FileHeader{Name: "EPUB/images/padding.bin", Method: zip.Store})
				w.Write(make([]byte, epub.KindleMaxBytes))
				zw.Close()
				bad = buf.Bytes()
			}
			errs := epub.CheckKindle(bad)
			var msgs []string
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			if !strings.Contains(strings.Join(msgs, "\n"), c.want) {
				t.Errorf("CheckKindle = %q, want a cause containing %q", msgs, c.want)
			}
		})
	}
}

func TestUnknownTarget(t *testing.T) {
	err := epub.Write(io.Discard, load(t, ""), &epub.Options{Target: "nook"})
	if err == nil || !strings.Contains(err.Error(), `unknown target "nook"`) {
		t.Errorf("err = %v", err)
	}
}
