package markdown

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/manuscript"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\n--- got:\n%s", path, got)
	}
}

func sample(t *testing.T) *document.Document {
	t.Helper()
	src, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, warns, err := Parse(src, "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("sample warnings: %v", warns)
	}
	return doc
}

// TestSampleModel pins the model of the bundled sample.
func TestSampleModel(t *testing.T) {
	doc := sample(t)
	var buf bytes.Buffer
	document.Dump(&buf, doc)
	golden(t, "sample.model.golden", buf.Bytes())

	var heads, paras, figs int
	for _, b := range doc.Blocks {
		switch b.(type) {
		case *document.Heading:
			heads++
		case *document.Paragraph:
			paras++
		case *document.Figure:
			figs++
		}
	}
	if heads != 2 || paras != 25 || figs != 3 {
		t.Errorf("sample has %d headings, %d paragraphs, %d figures; want 2, 25, 3", heads, paras, figs)
	}
	var credits []string
	for _, f := range doc.Figures() {
		credits = append(credits, f.Credit)
	}
	if got := strings.Join(credits, "|"); got != "Ecuador Police|GALO PAGUAY / Getty|GALO PAGUAY / Getty" {
		t.Errorf("credits = %s", got)
	}
	if doc.Meta.Lang != "en" || doc.Meta.Date != "2022-10" || doc.Meta.Source == nil || doc.Meta.Source.Lang != "es" {
		t.Errorf("sample meta: %+v", doc.Meta)
	}
}

// everyBlock has every kind of block and the characters that need escaping.
const everyBlock = `---
title: "Every: kind of block"
subtitle: A test
author: [Ana Pérez, "José #2"]
date: 2024-02-29
lang: es-EC
subject: "2024"
creator:
  - {role: trl, text: María}
source: {name: El Diario, url: "https://example.org/a?b=1"}
---

# Chapter *one*

A paragraph with *emphasis*, **strong**, ` + "`code`" + `, a [link](https://example.org "Title") and US$7 at 50% — “quotes” & <angles> [brackets] \*stars\* _under_ @cite ^sup^ ~sub~ $x$ #hash.\
After a hard break.

1984\. A year, not a list. Literal \&amp; and \&#233;, resolved &#233; &eacute; &copy;.

- A list item that starts with - a dash
- Second

3. three
4. four

> Quoted *text*.
>
> Second quoted paragraph.

![A caption with “quotes”](images/a b.jpg){alt="Alt with \"straight\" quotes" credit="AFP / Getty"}

## Section {not attributes}

+ plus
`

// TestRoundTrip writes a model and reads it back unchanged.
func TestRoundTrip(t *testing.T) {
	cases := map[string]string{
		"sample":            "",
		"every block":       everyBlock,
		"pandoc's Markdown": pandocManuscript,
		"scalars": "---\ntitle: \"2024\"\nsubtitle: \"yes: no\"\nauthor: [\"- dash\", \"#hash\", 'say \"hi\"', \"back\\\\slash\"]\ndate: 2022-10-04\n" +
			"identifier: \"1.0\"\nrights: \"a\\tb\"\ndescription: \"Line\\nbreak\"\nsubject: \"true\"\ncreator:\n  - {role: trl, text: \"Smith, John\"}\n  - {role: pht, text: \"a: b\"}\n" +
			"source: {name: \"[x]\", url: \"https://example.org/a#b?c=d\"}\n---\n\nText.\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			var doc *document.Document
			if src == "" {
				doc = sample(t)
			} else {
				var err error
				doc, _, err = Parse([]byte(src), "case.md")
				if err != nil {
					t.Fatal(err)
				}
			}
			var out bytes.Buffer
			if err := Write(&out, doc); err != nil {
				t.Fatal(err)
			}
			back, _, err := Parse(out.Bytes(), "written.md")
			if err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			var a, b bytes.Buffer
			document.Dump(&a, doc)
			document.Dump(&b, back)
			if a.String() != b.String() {
				t.Errorf("round trip changed the model\n--- before:\n%s--- after:\n%s--- written:\n%s", a.String(), b.String(), out.String())
			}
			// Writing again is stable.
			var out2 bytes.Buffer
			Write(&out2, back)
			if out.String() != out2.String() {
				t.Errorf("second write differs:\n%s\n---\n%s", out.String(), out2.String())
			}
		})
	}
}

func TestFrontMatterErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"no front matter", "# Hi\n", "m.md:1: no front matter"},
		{"no title", "---\nlang: en\n---\n", "m.md:1: front matter has no title"},
		{"yaml syntax", "---\ntitle: x\nauthor: [a, b\n---\n", "m.md:3:9: front matter: sequence end token ']' not found"},
		{"null title", "---\ntitle:\n---\n", `m.md:2:8: front matter key "title" must be a single text value`},
		{"mapping author", "---\ntitle: x\nauthor:\n  name: A\n---\n", `m.md:4:3: front matter key "author" must be a text value or a list of them`},
		{"duplicate in source", "---\ntitle: x\nsource:\n  name: a\n  name: b\n---\n", `m.md:5:3: key "name" appears twice in source`},
		{"not a mapping", "---\n- title\n---\n", "m.md:2:1: front matter must be a mapping of keys to values"},
		{"wrong type", "---\ntitle: [a, b]\n---\n", `m.md:2:8: front matter key "title" must be a single text value`},
		{"bad lang", "---\ntitle: x\nlang: english!\n---\n", `m.md:3:7: lang "english!" is not a BCP 47 language tag`},
		{"bad date", "---\ntitle: x\ndate: 4 October 2022\n---\n", `m.md:3:7: date "4 October 2022" is not a W3CDTF date`},
		{"bad month", "---\ntitle: x\ndate: 2022-13\n---\n", `m.md:3:7: date "2022-13"`},
		{"bad role", "---\ntitle: x\ncreator:\n  - {role: author, text: A}\n---\n", `m.md:4:12: creator role "author" is not a three-letter MARC relator code`},
		{"duplicate", "---\ntitle: x\ntitle: y\n---\n", `m.md:3:1: front matter key "title" appears twice`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Parse([]byte(c.src), "m.md")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error = %v, want prefix %q", err, c.want)
			}
		})
	}
}

// TestScalarsStayText: numbers, dates and booleans, quoted or not, are read
// as the text written.
func TestScalarsStayText(t *testing.T) {
	src := "---\ntitle: 2024\nsubtitle: yes\ndate: 2022-10-04\nidentifier: 1.0\nrights: \"2022-10\"\npublisher: 0x1F\nsubject: [true, 1e3, ~x]\ndescription: |\n  Two\n  lines\n---\n"
	doc, _, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	got := strings.Join([]string{m.Title, m.Subtitle, m.Date, m.Identifier, m.Rights, m.Publisher, strings.Join(m.Subjects, ","), m.Description}, "|")
	if want := "2024|yes|2022-10-04|1.0|2022-10|0x1F|true,1e3,~x|Two\nlines"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestUnknownKeyWarning(t *testing.T) {
	_, warns, err := Parse([]byte("---\ntitle: x\nauther: Ana\n---\n\nText.\n"), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || warns[0].Error() != `m.md:3:1: unknown front matter key "auther" (did you mean "author"?)` {
		t.Errorf("warnings = %v", warns)
	}
}

func TestFigureLines(t *testing.T) {
	doc, _, err := Parse([]byte("---\ntitle: x\n---\n\nPara.\n\n![Cap](a.jpg){alt=\"A\" credit=\"C\"}\n"), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	f, ok := doc.Blocks[1].(*document.Figure)
	if !ok || f.Line != 7 || f.Alt != "A" || f.Credit != "C" || document.PlainText(f.Caption) != "Cap" {
		t.Errorf("figure = %#v", doc.Blocks[1])
	}
}

// pandocManuscript is testdata/pandoc.md, a manuscript with a section for
// every construct of pandoc's Markdown.
var pandocManuscript = func() string {
	b, err := os.ReadFile("testdata/pandoc.md")
	if err != nil {
		return ""
	}
	return string(b)
}()

// TestPandocManuscriptModel pins the model of testdata/pandoc.md, a
// manuscript with a section for every construct of pandoc's Markdown, and
// the warnings about what the model does not carry, each with its line.
func TestPandocManuscriptModel(t *testing.T) {
	doc, warns, err := Parse([]byte(pandocManuscript), "pandoc.md")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	document.Dump(&buf, doc)
	golden(t, "pandoc.model.golden", buf.Bytes())
	var w bytes.Buffer
	for _, d := range warns {
		w.WriteString(d.Error() + "\n")
	}
	golden(t, "pandoc.warnings.golden", w.Bytes())
}

// TestHeadingReferences: [Heading], [Heading][] and [text][Heading] link
// to the heading, as pandoc's implicit references do; an unknown label
// stays text as written. A note holding only a fenced code block is a
// note (goldmark adds its backlink as a block there).
func TestHeadingReferences(t *testing.T) {
	src := "---\ntitle: x\n---\n\n## The Rules\n\nSee [The Rules], [the rules][], [this part][The  rules] and [that][Nowhere].[^1]\n\n[^1]:\n    ```go\n    x := 1\n    ```\n"
	doc, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	document.Dump(&b, doc)
	for _, want := range []string{
		`"See " Link<#the-rules>["The Rules"] ", " Link<#the-rules>["the rules"] ", " Link<#the-rules>["this part"] " and [that][Nowhere]."`,
		`Note`, `CodeBlock {.go} "x := 1"`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %s in\n%s", want, b.String())
		}
	}
	if len(warns) != 0 {
		t.Errorf("warnings %v", warns)
	}
}

// TestManyBrackets: a paragraph with more brackets than maxBrackets keeps
// them all as text, with one warning naming its line, while the next
// paragraph's span is still read.
func TestManyBrackets(t *testing.T) {
	many := strings.Repeat("[x]{.smallcaps} ", maxBrackets/2+1)
	src := "---\ntitle: x\n---\n\n" + many + "\n\n[y]{.smallcaps}\n"
	doc, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 2 {
		t.Fatalf("%d blocks", len(doc.Blocks))
	}
	if got := document.PlainText(doc.Blocks[0].(*document.Paragraph).Text); got != strings.TrimSpace(many) {
		t.Errorf("first paragraph %.60q…, want its brackets as text", got)
	}
	var b strings.Builder
	document.Dump(&b, &document.Document{Blocks: doc.Blocks[1:]})
	if !strings.Contains(b.String(), `SmallCaps["y"]`) {
		t.Errorf("second paragraph lost its span:\n%s", b.String())
	}
	if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), "m.md:5:") || !strings.Contains(warns[0].Error(), "brackets") {
		t.Errorf("warnings %v", warns)
	}
}
