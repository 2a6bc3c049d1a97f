package epub

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"publish/internal/document"
)

// esc escapes text for XHTML with numeric character references only, so
// that every reading system parses it without a DTD. Invalid UTF-8 becomes
// U+FFFD.
func esc(s string) string {
	i := escIndex(s)
	if i < 0 && utf8.ValidString(s) {
		return s // most text has nothing to escape
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&#38;")
		case '<':
			b.WriteString("&#60;")
		case '>':
			b.WriteString("&#62;")
		case '"':
			b.WriteString("&#34;")
		case '\u00a0':
			b.WriteString("&#160;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escIndex is the index of the first byte that esc replaces, or -1.
func escIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&', '<', '>', '"':
			return i
		case 0xc2: // U+00A0 is C2 A0
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return i
			}
		}
	}
	return -1
}

// body renders blocks as XHTML. ids maps each heading to its anchor.
type body struct {
	b        strings.Builder
	ids      map[*document.Heading]string
	images   map[*document.Figure]string // figure -> href of its image inside the book
	words    *document.Words
	chapters bool // a book: its title page shows the title; else an article, with a header
	figures  int
}

// part writes one part as a chapter section. An article's lead part opens
// with the article's header; a book's, which follows its title page, has
// no heading of its own, so that the title is not said twice.
func (x *body) part(doc *document.Document, p part) {
	switch {
	case p.heading != nil:
		id := x.ids[p.heading]
		x.b.WriteString("<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-labelledby=\"" + id + "\">\n")
		x.b.WriteString("<h1 id=\"" + id + "\">" + inlines(p.heading.Text) + "</h1>\n")
	case x.chapters:
		x.b.WriteString("<section epub:type=\"bodymatter\" aria-label=\"" + esc(doc.Meta.Title) + "\">\n")
	default:
		x.b.WriteString("<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-labelledby=\"title\">\n")
		x.b.WriteString(articleHeader(doc))
	}
	x.blocks(p.blocks)
	x.b.WriteString("</section>\n")
}

func (x *body) blocks(bs []document.Block) {
	for _, b := range bs {
		x.block(b)
	}
}

func (x *body) block(b document.Block) {
	switch b := b.(type) {
	case *document.Heading:
		lvl := min(max(b.Level, 2), 6) // h1 is the part's own heading
		fmt.Fprintf(&x.b, "<h%d id=\"%s\">%s</h%d>\n", lvl, x.ids[b], inlines(b.Text), lvl)
	case *document.Paragraph:
		x.b.WriteString("<p>")
		writeInlines(&x.b, b.Text)
		x.b.WriteString("</p>\n")
	case *document.Figure:
		x.figures++
		fmt.Fprintf(&x.b, "<figure id=\"figure-%d\">\n", x.figures)
		if href, ok := x.images[b]; ok {
			fmt.Fprintf(&x.b, "<img src=\"%s\" alt=\"%s\"/>\n", esc(href), esc(b.Alt))
		} else {
			// The path is in the build's warning; readers get the caption and credit.
			fmt.Fprintf(&x.b, "<div role=\"img\" aria-label=\"%s\">%s</div>\n",
				esc(placeholderLabel(x.words, b)), esc(x.words.PhotoUnavailable))
		}
		x.b.WriteString("<figcaption>")
		writeInlines(&x.b, b.Caption)
		if b.Credit != "" {
			x.b.WriteString(" <span role=\"doc-credit\">" + esc(x.words.Image) + ": " + esc(b.Credit) + "</span>")
		}
		x.b.WriteString("</figcaption>\n</figure>\n")
	case *document.Quote:
		x.b.WriteString("<blockquote>\n")
		x.blocks(b.Blocks)
		x.b.WriteString("</blockquote>\n")
	case *document.List:
		tag := "ul"
		start := ""
		if b.Ordered {
			tag = "ol"
			if b.Start != 1 {
				start = " start=\"" + strconv.Itoa(b.Start) + "\""
			}
		}
		x.b.WriteString("<" + tag + start + ">\n")
		for _, item := range b.Items {
			x.b.WriteString("<li>")
			// A tight item of one paragraph reads better without <p>.
			if len(item) == 1 {
				if p, ok := item[0].(*document.Paragraph); ok {
					writeInlines(&x.b, p.Text)
					x.b.WriteString("</li>\n")
					continue
				}
			}
			x.b.WriteString("\n")
			x.blocks(item)
			x.b.WriteString("</li>\n")
		}
		x.b.WriteString("</" + tag + ">\n")
	}
}

func placeholderLabel(w *document.Words, f *document.Figure) string {
	if f.Alt != "" {
		return w.PhotoUnavailable + ": " + f.Alt
	}
	return w.PhotoUnavailable
}

func inlines(ins []document.Inline) string {
	var b strings.Builder
	writeInlines(&b, ins)
	return b.String()
}

// writeInlines writes ins as XHTML to b.
func writeInlines(b *strings.Builder, ins []document.Inline) {
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			b.WriteString(esc(n.Text))
		case *document.Emph:
			b.WriteString("<em>")
			writeInlines(b, n.Children)
			b.WriteString("</em>")
		case *document.Strong:
			b.WriteString("<strong>")
			writeInlines(b, n.Children)
			b.WriteString("</strong>")
		case *document.Code:
			b.WriteString("<code>")
			b.WriteString(esc(n.Text))
			b.WriteString("</code>")
		case *document.Link:
			b.WriteString("<a href=\"")
			b.WriteString(esc(n.URL))
			b.WriteString("\"")
			if n.Title != "" {
				b.WriteString(" title=\"")
				b.WriteString(esc(n.Title))
				b.WriteString("\"")
			}
			b.WriteString(">")
			writeInlines(b, n.Children)
			b.WriteString("</a>")
		case *document.LineBreak:
			b.WriteString("<br/>")
		}
	}
}

// headingIDs gives every heading a unique anchor made from its text.
func headingIDs(blocks []document.Block) map[*document.Heading]string {
	ids := map[*document.Heading]string{}
	used := map[string]int{}
	document.Walk(blocks, func(b document.Block) {
		h, ok := b.(*document.Heading)
		if !ok {
			return
		}
		id := "s-" + document.Slug(document.PlainText(h.Text), 40)
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		ids[h] = id
	})
	return ids
}
