// Package documenttest builds documents for the tests of readers and
// writers, as net/http/httptest serves the tests of HTTP code.
package documenttest

import "publish/internal/document"

// Markers maps the name of each node type (as fmt's %T prints it without
// the package, "Heading") to a word that only that node of Every carries,
// so that a writer's test can check that its output keeps every node. The
// words are capitals, which the PDF never hyphenates, and none is inside
// another. LineBreak and ThematicBreak carry no text and have no word:
// each writer's test checks them its own way.
var Markers = map[string]string{
	"Heading":        "KWHEADINGQ",
	"Paragraph":      "KWPARAGRAPHQ",
	"Figure":         "KWFIGUREQ",
	"Quote":          "KWQUOTEQ",
	"List":           "KWLISTQ",
	"CodeBlock":      "KWCODEBLOCKQ",
	"Table":          "KWTABLEQ",
	"DefinitionList": "KWDEFINITIONQ",
	"LineBlock":      "KWLINEBLOCKQ",
	"Div":            "KWDIVQ",
	"Str":            "KWSTRQ",
	"Emph":           "KWEMPHQ",
	"Strong":         "KWSTRONGQ",
	"Link":           "KWLINKQ",
	"Code":           "KWCODEQ",
	"Strikeout":      "KWSTRIKEOUTQ",
	"Superscript":    "KWSUPERSCRIPTQ",
	"Subscript":      "KWSUBSCRIPTQ",
	"SmallCaps":      "KWSMALLCAPSQ",
	"Span":           "KWSPANQ",
	"Note":           "KWNOTEQ",
	"Math":           "KWMATHQ",
	"InlineImage":    "KWINLINEIMAGEQ",
}

// Every returns a new document that holds every type of block and inline,
// each with its word from Markers, and every kind of attribute, table
// alignment and task state. Nothing in it is resolved: figures have no
// Image.
func Every() *document.Document {
	m := Markers
	str := func(s string) []document.Inline { return []document.Inline{&document.Str{Text: s}} }
	para := func(s string) []document.Block { return []document.Block{&document.Paragraph{Text: str(s)}} }
	cell := func(s string) document.Cell { return document.Cell{Blocks: para(s)} }
	return &document.Document{
		Meta: document.Meta{Title: "Every node", Lang: "en"},
		Blocks: []document.Block{
			&document.Heading{Level: 1, Attr: document.Attr{ID: "every", Classes: []string{"unnumbered"}}, Text: str(m["Heading"])},
			&document.Paragraph{Text: []document.Inline{
				&document.Str{Text: m["Paragraph"] + " " + m["Str"] + " "},
				&document.Emph{Children: str(m["Emph"])},
				&document.Str{Text: " "},
				&document.Strong{Children: str(m["Strong"])},
				&document.Str{Text: " "},
				&document.Link{URL: "#every", Title: "Up", Children: str(m["Link"])},
				&document.Str{Text: " "},
				&document.Code{Attr: document.Attr{Classes: []string{"go"}}, Text: m["Code"] + " := 1"},
				&document.LineBreak{},
				&document.Strikeout{Children: str(m["Strikeout"])},
				&document.Str{Text: " H"},
				&document.Subscript{Children: str(m["Subscript"])},
				&document.Str{Text: "O 2"},
				&document.Superscript{Children: str(m["Superscript"])},
				&document.Str{Text: " "},
				&document.SmallCaps{Children: str(m["SmallCaps"])},
				&document.Str{Text: " "},
				&document.Span{Attr: document.Attr{ID: "span", Classes: []string{"mark"}, KV: []document.KeyValue{{Key: "lang", Value: "fr"}}}, Children: str(m["Span"])},
				&document.Note{Blocks: para(m["Note"])},
				&document.Str{Text: " "},
				&document.Math{TeX: `\frac{1}{2} + \text{` + m["Math"] + `}`},
				&document.Str{Text: " "},
				&document.Math{Display: true, TeX: `\sum_{i=1}^{n} x_i^2`},
				&document.Str{Text: " "},
				&document.InlineImage{Attr: document.Attr{KV: []document.KeyValue{{Key: "width", Value: "1em"}}}, Title: "An icon",
					Figure: &document.Figure{Src: "images/icon.png", Alt: m["InlineImage"], Caption: str(m["InlineImage"])}},
			}},
			&document.Figure{Src: "images/photo.jpg", Alt: "A photograph", Caption: str(m["Figure"]), Credit: "Agency"},
			&document.Quote{Blocks: para(m["Quote"])},
			&document.List{Items: []document.ListItem{
				{Blocks: para(m["List"])},
				{Task: document.Unchecked, Blocks: para("open task")},
				{Task: document.Checked, Blocks: para("done task")},
			}},
			&document.List{Ordered: true, Start: 3, Items: []document.ListItem{{Blocks: para("third")}}},
			&document.CodeBlock{Attr: document.Attr{ID: "listing", Classes: []string{"python"}}, Text: "def " + m["CodeBlock"] + "():\n    return  1"},
			&document.Table{
				Attr:    document.Attr{ID: "tab"},
				Caption: str(m["Table"]),
				Columns: []document.Column{{Align: document.AlignLeft, Width: 0.3}, {Align: document.AlignCenter, Width: 0.2}, {Align: document.AlignRight, Width: 0.3}, {Width: 0.2}},
				Head:    []document.Row{{cell("Left"), cell("Centre"), cell("Right"), cell("Default")}},
				Body: []document.Row{
					{cell("a"), cell("b"), cell("12"), cell("d")},
					{cell("e"), {}, cell("3"), {Blocks: []document.Block{&document.Paragraph{Text: str("one")}, &document.Paragraph{Text: str("two")}}}},
				},
			},
			&document.ThematicBreak{},
			&document.DefinitionList{Items: []document.Definition{
				{Term: str(m["DefinitionList"]), Defs: [][]document.Block{para("first definition"), para("second definition")}},
			}},
			&document.LineBlock{Lines: [][]document.Inline{
				str(m["LineBlock"]),
				str("\u00a0\u00a0\u00a0\u00a0indented line"),
			}},
			&document.Div{Attr: document.Attr{ID: "aside", Classes: []string{"note"}, KV: []document.KeyValue{{Key: "lang", Value: "de"}}}, Blocks: para(m["Div"])},
		},
	}
}
