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
	for _, b := range bs {
		switch b := b.(type) {
		case *Heading:
			fmt.Fprintf(w, "%sHeading %d %s\n", indent, b.Level, dumpInlines(b.Text))
		case *Paragraph:
			fmt.Fprintf(w, "%sParagraph %s\n", indent, dumpInlines(b.Text))
		case *Figure:
			fmt.Fprintf(w, "%sFigure src=%q alt=%q credit=%q caption=%s\n", indent, b.Src, b.Alt, b.Credit, dumpInlines(b.Caption))
		case *Quote:
			fmt.Fprintf(w, "%sQuote\n", indent)
			dumpBlocks(w, b.Blocks, indent+"  ")
		case *List:
			fmt.Fprintf(w, "%sList ordered=%v start=%d\n", indent, b.Ordered, b.Start)
			for _, item := range b.Items {
				fmt.Fprintf(w, "%s  Item\n", indent)
				dumpBlocks(w, item, indent+"    ")
			}
		}
	}
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
			parts = append(parts, fmt.Sprintf("Link<%s>[%s]", n.URL, dumpInlines(n.Children)))
		case *Code:
			parts = append(parts, fmt.Sprintf("Code%q", n.Text))
		case *LineBreak:
			parts = append(parts, "LineBreak")
		}
	}
	return strings.Join(parts, " ")
}
