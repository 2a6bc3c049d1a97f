package document

import (
	"fmt"
	"io"
	"strings"
)

// Dump writes a readable outline of doc, one node a line, for golden tests
// and debugging. Positions are left out so that the same content dumps the
// same from any reader.
func Dump(w io.Writer, doc *Document) {
	m := &doc.Meta
	p := func(indent, format string, args ...any) { fmt.Fprintf(w, indent+format+"\n", args...) }
	p("", "Meta")
	field := func(name, v string) {
		if v != "" {
			p("  ", "%s: %q", name, v)
		}
	}
	list := func(name string, vs []string) {
		if len(vs) > 0 {
			p("  ", "%s: %q", name, vs)
		}
	}
	field("title", m.Title)
	field("subtitle", m.Subtitle)
	list("authors", m.Authors)
	list("byline", m.Byline)
	field("date", m.Date)
	field("lang", m.Lang)
	field("publisher", m.Publisher)
	field("rights", m.Rights)
	field("identifier", m.Identifier)
	field("description", m.Description)
	list("subjects", m.Subjects)
	field("cover-image", m.CoverImage)
	for _, c := range m.Creators {
		p("  ", "creator: %s %q", c.Role, c.Text)
	}
	for _, c := range m.Contributors {
		p("  ", "contributor: %s %q", c.Role, c.Text)
	}
	if s := m.Source; s != nil {
		p("  ", "source: name=%q title=%q lang=%q url=%q translation=%q", s.Name, s.Title, s.Lang, s.URL, s.Translation)
	}
	field("certified-by", m.CertifiedBy)
	p("", "Blocks")
	dumpBlocks(w, doc.Blocks, "  ")
}

func dumpBlocks(w io.Writer, bs []Block, indent string) {
	p := func(format string, args ...any) { fmt.Fprintf(w, indent+format+"\n", args...) }
	for _, b := range bs {
		switch b := b.(type) {
		case *Heading:
			p("Heading %d%s %s", b.Level, dumpAttr(b.Attr), dumpInlines(b.Text))
		case *Paragraph:
			p("Paragraph %s", dumpInlines(b.Text))
		case *Figure:
			p("Figure %s", dumpFigure(b))
		case *Quote:
			p("Quote")
			dumpBlocks(w, b.Blocks, indent+"  ")
		case *List:
			style := ""
			if b.Style != Decimal {
				style = " style=" + b.Style.String()
			}
			p("List ordered=%v start=%d%s", b.Ordered, b.Start, style)
			for _, item := range b.Items {
				p("  Item%s", [...]string{"", " [ ]", " [x]"}[item.Task])
				dumpBlocks(w, item.Blocks, indent+"    ")
			}
		case *CodeBlock:
			p("CodeBlock%s %q", dumpAttr(b.Attr), b.Text)
		case *Table:
			var cols []string
			for _, c := range b.Columns {
				cols = append(cols, fmt.Sprintf("%s/%.3g", c.Align, c.Width))
			}
			p("Table%s columns=[%s] caption=%s", dumpAttr(b.Attr), strings.Join(cols, " "), dumpInlines(b.Caption))
			for _, part := range []struct {
				name string
				rows []Row
			}{{"Head", b.Head}, {"Body", b.Body}} {
				for _, row := range part.rows {
					p("  %s row", part.name)
					for _, cell := range row {
						p("    Cell")
						dumpBlocks(w, cell.Blocks, indent+"      ")
					}
				}
			}
		case *ThematicBreak:
			p("ThematicBreak")
		case *DefinitionList:
			p("DefinitionList")
			for _, item := range b.Items {
				p("  Term %s", dumpInlines(item.Term))
				for _, def := range item.Defs {
					p("    Definition")
					dumpBlocks(w, def, indent+"      ")
				}
			}
		case *LineBlock:
			p("LineBlock")
			for _, line := range b.Lines {
				p("  Line %s", dumpInlines(line))
			}
		case *Div:
			p("Div%s", dumpAttr(b.Attr))
			dumpBlocks(w, b.Blocks, indent+"  ")
		default:
			panic(fmt.Sprintf("document: unknown block %T", b))
		}
	}
}

func dumpFigure(f *Figure) string {
	return fmt.Sprintf("src=%q alt=%q credit=%q caption=%s", f.Src, f.Alt, f.Credit, dumpInlines(f.Caption))
}

// dumpAttr writes a as pandoc does, " {#id .class key=\"value\"}", or
// nothing when a is empty.
func dumpAttr(a Attr) string {
	if a.IsZero() {
		return ""
	}
	var parts []string
	if a.ID != "" {
		parts = append(parts, "#"+a.ID)
	}
	for _, c := range a.Classes {
		parts = append(parts, "."+c)
	}
	for _, kv := range a.KV {
		parts = append(parts, fmt.Sprintf("%s=%q", kv.Key, kv.Value))
	}
	return " {" + strings.Join(parts, " ") + "}"
}

func dumpInlines(ins []Inline) string {
	var parts []string
	for _, in := range ins {
		switch n := in.(type) {
		case *Str:
			parts = append(parts, fmt.Sprintf("%q", n.Text))
		case *Emph:
			parts = append(parts, "Emph["+dumpInlines(n.Children)+"]")
		case *Strong:
			parts = append(parts, "Strong["+dumpInlines(n.Children)+"]")
		case *Link:
			title := ""
			if n.Title != "" {
				title = fmt.Sprintf(" %q", n.Title)
			}
			parts = append(parts, fmt.Sprintf("Link<%s%s>%s[%s]", n.URL, title, dumpAttr(n.Attr), dumpInlines(n.Children)))
		case *Code:
			parts = append(parts, fmt.Sprintf("Code%s%q", dumpAttr(n.Attr), n.Text))
		case *LineBreak:
			parts = append(parts, "LineBreak")
		case *Strikeout:
			parts = append(parts, "Strikeout["+dumpInlines(n.Children)+"]")
		case *Superscript:
			parts = append(parts, "Superscript["+dumpInlines(n.Children)+"]")
		case *Subscript:
			parts = append(parts, "Subscript["+dumpInlines(n.Children)+"]")
		case *SmallCaps:
			parts = append(parts, "SmallCaps["+dumpInlines(n.Children)+"]")
		case *Span:
			parts = append(parts, "Span"+dumpAttr(n.Attr)+"["+dumpInlines(n.Children)+"]")
		case *Note:
			var b strings.Builder
			dumpBlocks(&b, n.Blocks, "")
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			parts = append(parts, "Note{"+strings.Join(lines, " / ")+"}")
		case *Math:
			kind := "Math"
			if n.Display {
				kind = "DisplayMath"
			}
			parts = append(parts, fmt.Sprintf("%s%q", kind, n.TeX))
		case *InlineImage:
			title, fig := "", "nil"
			if n.Title != "" {
				title = fmt.Sprintf(" title=%q", n.Title)
			}
			if n.Figure != nil {
				fig = dumpFigure(n.Figure)
			}
			parts = append(parts, fmt.Sprintf("Image%s%s<%s>", dumpAttr(n.Attr), title, fig))
		default:
			panic(fmt.Sprintf("document: unknown inline %T", in))
		}
	}
	return strings.Join(parts, " ")
}
