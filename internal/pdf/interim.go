package pdf

import (
	"fmt"
	"strings"

	"publish/internal/document"
	"publish/internal/shape"
	"publish/internal/typeset"
)

// Interim, until the PDF side of #12 (tables, code in the monospaced
// face, the blocks of footnotes, and the rest) replaces this file: the
// nodes below are set as plain paragraphs, so that no text is lost, and
// Write warns once for each kind, naming its first line. Footnotes go to
// the foot of the page already (addNote), their blocks as paragraphs.

var taskLabel = [...]string{"", "To do:", "Done:"}

// interimBlock sets the blocks the PDF does not lay out yet as plain
// paragraphs of their text.
func (l *layout) interimBlock(b document.Block, w, indent float64, prev string) string {
	plain := l.body()
	plain.justify, plain.hyphenate = false, false
	switch b := b.(type) {
	case *document.CodeBlock:
		l.space(l.g.leading*0.3, 0)
		for _, line := range strings.Split(b.Text, "\n") {
			if strings.TrimSpace(line) == "" {
				l.space(plain.leading, 0)
				continue
			}
			l.set(plainRuns(line, stCode), plain, w, 0, indent)
		}
		l.space(l.g.leading*0.3, 0)
	case *document.Table:
		l.space(l.g.leading*0.3, 0)
		if len(b.Caption) > 0 {
			l.set(l.runs(b.Caption), l.caption(), w, 0, indent)
		}
		for i, row := range append(append([]document.Row{}, b.Head...), b.Body...) {
			var cells []string
			for _, c := range row {
				cells = append(cells, blocksText(c.Blocks))
			}
			ts := plain
			if i < len(b.Head) {
				ts.base = stBold
			}
			l.set(plainRuns(strings.Join(cells, "  ·  "), 0), ts, w, 0, indent)
		}
		l.space(l.g.leading*0.3, 0)
	case *document.ThematicBreak:
		body := l.body()
		ow := l.t.width("⁂", serif, body.size)
		x := indent + (w-ow)/2
		l.space(l.g.leading*0.5, 0)
		l.add(&item{h: body.leading, draw: func(d *drawer, px, py float64) {
			d.line([]frag{{text: "⁂", st: serif, x: x, w: ow}}, body, px, py, x, ow, shape.LTR)
		}})
		l.space(l.g.leading*0.5, 0)
	case *document.DefinitionList:
		for _, item := range b.Items {
			ts := plain
			ts.base = stBold
			l.set(l.runs(item.Term), ts, w, 0, indent)
			l.keep()
			for _, def := range item.Defs {
				p := "start"
				for _, inner := range def {
					p = l.block(inner, l.deeper(indent), p)
				}
			}
		}
	case *document.LineBlock:
		for _, line := range b.Lines {
			l.set(l.runs(line), plain, w, 0, indent)
		}
	case *document.Div:
		p := prev
		for _, inner := range b.Blocks {
			p = l.block(inner, indent, p)
		}
		return p
	}
	return "interim"
}

// interimInline sets the inlines of pandoc's Markdown that runs leaves
// to it: notes at the foot of the page (their blocks as plain
// paragraphs), super- and subscripts raised and lowered, formulas as
// their TeX in the code face, inline images as their description, the
// rest as its text.
func (l *layout) interimInline(in document.Inline, st typeset.Style, add func(string, typeset.Style), walk func([]document.Inline, typeset.Style)) {
	switch n := in.(type) {
	case *document.Superscript:
		walk(n.Children, st|stSuper)
	case *document.Subscript:
		walk(n.Children, st|stSub)
	case *document.Strikeout, *document.SmallCaps, *document.Span:
		walk(document.Children(n), st)
	case *document.Note:
		if l.inNote {
			add(" ("+blocksText(n.Blocks)+")", st)
			return
		}
		num := l.addNote(func(indent float64) {
			ts := l.footnote()
			first := true
			for _, b := range n.Blocks {
				var segs [][]typeset.Run
				if p, ok := b.(*document.Paragraph); ok {
					segs = l.runs(p.Text)
				} else {
					segs = plainRuns(blocksText([]document.Block{b}), 0)
				}
				l.set(segs, ts, l.g.width(), indent, 0) // each paragraph indented, as LaTeX's
				first = false
			}
			if first { // a note without text still shows its number
				l.set(plainRuns(" ", 0), ts, l.g.width(), indent, 0)
			}
		})
		add(num, withIndex(withIndex(st, 0)|stSuper|stNoteRef, len(l.notes)))
	case *document.Math:
		add(n.TeX, st|stCode)
	case *document.InlineImage:
		if n.Figure != nil {
			add("["+document.PlainText(n.Figure.Caption)+"]", st|stItalic)
		}
	default:
		panic(fmt.Sprintf("pdf: unknown inline %T", in))
	}
}

// blocksText is the text of blocks, paragraphs separated by spaces.
func blocksText(bs []document.Block) string {
	var parts []string
	document.Walk(bs, func(b document.Block) {
		switch b := b.(type) {
		case *document.Paragraph:
			parts = append(parts, document.PlainText(b.Text))
		case *document.Heading:
			parts = append(parts, document.PlainText(b.Text))
		case *document.CodeBlock:
			parts = append(parts, b.Text)
		case *document.Figure:
			parts = append(parts, document.PlainText(b.Caption))
		case *document.DefinitionList:
			for _, it := range b.Items {
				parts = append(parts, document.PlainText(it.Term))
			}
		case *document.LineBlock:
			for _, line := range b.Lines {
				parts = append(parts, document.PlainText(line))
			}
		case *document.Table:
			parts = append(parts, document.PlainText(b.Caption))
		}
	})
	return strings.Join(parts, " ")
}

// InterimKind is a kind of node that the PDF sets as plain text for now,
// and where it first occurs.
type InterimKind struct {
	What  string
	Line  int
	Count int
}

// Interim lists the kinds of nodes in doc that the PDF sets as plain text
// until it lays them out, in order of first use.
func Interim(doc *document.Document) []InterimKind {
	var out []InterimKind
	index := map[string]int{}
	line := 0
	add := func(what string) {
		if i, ok := index[what]; ok {
			out[i].Count++
			return
		}
		index[what] = len(out)
		out = append(out, InterimKind{What: what, Line: line, Count: 1})
	}
	var inlines func(ins []document.Inline)
	inlines = func(ins []document.Inline) {
		for _, in := range ins {
			switch in.(type) {
			case *document.Math:
				add("formulas")
			case *document.InlineImage:
				add("inline images")
			case *document.Strikeout, *document.SmallCaps:
				add("strikeout and small caps")
			}
			inlines(document.Children(in))
		}
	}
	document.Walk(doc.Blocks, func(b document.Block) {
		line = b.Position().Line
		switch b := b.(type) {
		case *document.Heading:
			inlines(b.Text)
		case *document.Paragraph:
			inlines(b.Text)
		case *document.Figure:
			inlines(b.Caption)
		case *document.CodeBlock:
			add("code blocks")
		case *document.Table:
			add("tables")
			inlines(b.Caption)
		case *document.DefinitionList:
			add("definition lists")
			for _, it := range b.Items {
				inlines(it.Term)
			}
		case *document.LineBlock:
			add("line blocks")
			for _, l := range b.Lines {
				inlines(l)
			}
		case *document.List:
			for _, it := range b.Items {
				if it.Task != document.NoTask {
					add("task lists")
					break
				}
			}
		}
	})
	return out
}
