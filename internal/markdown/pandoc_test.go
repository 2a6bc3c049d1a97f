package markdown

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/testkit"
)

// pandocOutline is what pandoc reads from a manuscript: headings,
// figures (an image alone in its paragraph) and the paragraph count.
type pandocOutline struct {
	Headings []string
	Figures  []string // caption|alt|credit|src
	Paras    int
}

func outlineOf(doc *document.Document) pandocOutline {
	var o pandocOutline
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *document.Heading:
			o.Headings = append(o.Headings, document.PlainText(b.Text))
		case *document.Figure:
			o.Figures = append(o.Figures, strings.Join([]string{document.PlainText(b.Caption), b.Alt, b.Credit, b.Src}, "|"))
		case *document.Paragraph:
			o.Paras++
		}
	}
	return o
}

// TestPandocReadsTheSame checks that pandoc, the way out we promise users,
// reads the same headings and figures from a manuscript as we do.
func TestPandocReadsTheSame(t *testing.T) {
	pandoc := testkit.Need(t, "pandoc")
	every, _, err := Parse([]byte(everyBlock), "every.md")
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]*document.Document{"sample": sample(t), "every block": every} {
		t.Run(name, func(t *testing.T) { pandocAgrees(t, pandoc, doc) })
	}
}

func pandocAgrees(t *testing.T, pandoc string, doc *document.Document) {
	var md bytes.Buffer
	if err := Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pandoc, "-f", "markdown", "-t", "json")
	cmd.Stdin = &md
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	var ast struct {
		Blocks []pandocNode `json:"blocks"`
	}
	if err := json.Unmarshal(out, &ast); err != nil {
		t.Fatal(err)
	}
	var got pandocOutline
	for _, b := range ast.Blocks {
		switch b.T {
		case "Header":
			var c []json.RawMessage
			json.Unmarshal(b.C, &c)
			got.Headings = append(got.Headings, stringify(c[2]))
		case "Para", "Figure":
			var kids []pandocNode
			json.Unmarshal(b.C, &kids)
			if b.T == "Para" && len(kids) == 1 && kids[0].T == "Image" {
				var img []json.RawMessage // [attr, caption, [src, title]]
				json.Unmarshal(kids[0].C, &img)
				var attr []json.RawMessage
				json.Unmarshal(img[0], &attr)
				var kv [][2]string
				json.Unmarshal(attr[2], &kv)
				vals := map[string]string{}
				for _, p := range kv {
					vals[p[0]] = p[1]
				}
				var target [2]string
				json.Unmarshal(img[2], &target)
				got.Figures = append(got.Figures, strings.Join([]string{stringify(img[1]), vals["alt"], vals["credit"], target[0]}, "|"))
			} else {
				got.Paras++
			}
		}
	}
	want := outlineOf(doc)
	if strings.Join(got.Headings, "\n") != strings.Join(want.Headings, "\n") {
		t.Errorf("headings: pandoc %q, we %q", got.Headings, want.Headings)
	}
	if strings.Join(got.Figures, "\n") != strings.Join(want.Figures, "\n") {
		t.Errorf("figures: pandoc %q\nwe %q", got.Figures, want.Figures)
	}
	if got.Paras != want.Paras {
		t.Errorf("paragraphs: pandoc %d, we %d", got.Paras, want.Paras)
	}
}

type pandocNode struct {
	T string          `json:"t"`
	C json.RawMessage `json:"c"`
}

// stringify flattens pandoc inlines to text, as pandoc's own stringify does.
func stringify(raw json.RawMessage) string {
	var nodes []pandocNode
	if json.Unmarshal(raw, &nodes) != nil {
		return ""
	}
	var b strings.Builder
	for _, n := range nodes {
		switch n.T {
		case "Str":
			var s string
			json.Unmarshal(n.C, &s)
			b.WriteString(s)
		case "Space", "SoftBreak", "LineBreak":
			b.WriteByte(' ')
		case "Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps", "Underline":
			b.WriteString(stringify(n.C))
		case "Code":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			var s string
			json.Unmarshal(c[1], &s)
			b.WriteString(s)
		case "Link", "Span":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			b.WriteString(stringify(c[1]))
		case "Quoted":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			var q struct{ T string }
			json.Unmarshal(c[0], &q)
			open, close := "“", "”"
			if q.T == "SingleQuote" {
				open, close = "‘", "’"
			}
			b.WriteString(open + stringify(c[1]) + close)
		}
	}
	return b.String()
}
