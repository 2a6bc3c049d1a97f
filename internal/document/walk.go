package document

import "fmt"

// Walk calls fn for every block in document order, descending into every
// block that holds blocks (quotes, list items, divs, definitions, table
// cells) and into the blocks of notes, where the note is referenced.
func Walk(blocks []Block, fn func(Block)) {
	walkBlocks(blocks, fn, nil)
}

// WalkInlines calls fn for every inline in document order: those of every
// block that holds text (headings, paragraphs, captions, terms, lines,
// cells), their children, and those of notes.
func WalkInlines(blocks []Block, fn func(Inline)) {
	walkBlocks(blocks, nil, fn)
}

// Figures returns every figure in document order, including those inside
// other blocks and notes, and the figure of every inline image.
func (d *Document) Figures() []*Figure {
	var out []*Figure
	walkBlocks(d.Blocks, func(b Block) {
		if f, ok := b.(*Figure); ok {
			out = append(out, f)
		}
	}, func(in Inline) {
		if im, ok := in.(*InlineImage); ok && im.Figure != nil {
			out = append(out, im.Figure)
		}
	})
	return out
}

func walkBlocks(bs []Block, fb func(Block), fi func(Inline)) {
	for _, b := range bs {
		if fb != nil {
			fb(b)
		}
		switch b := b.(type) {
		case *Heading:
			walkInlines(b.Text, fb, fi)
		case *Paragraph:
			walkInlines(b.Text, fb, fi)
		case *Figure:
			walkInlines(b.Caption, fb, fi)
		case *Quote:
			walkBlocks(b.Blocks, fb, fi)
		case *List:
			for _, item := range b.Items {
				walkBlocks(item.Blocks, fb, fi)
			}
		case *CodeBlock, *ThematicBreak:
		case *Table:
			walkInlines(b.Caption, fb, fi)
			for _, rows := range [][]Row{b.Head, b.Body} {
				for _, row := range rows {
					for _, cell := range row {
						walkBlocks(cell.Blocks, fb, fi)
					}
				}
			}
		case *DefinitionList:
			for _, item := range b.Items {
				walkInlines(item.Term, fb, fi)
				for _, def := range item.Defs {
					walkBlocks(def, fb, fi)
				}
			}
		case *LineBlock:
			for _, line := range b.Lines {
				walkInlines(line, fb, fi)
			}
		case *Div:
			walkBlocks(b.Blocks, fb, fi)
		default:
			panic(fmt.Sprintf("document: unknown block %T", b))
		}
	}
}

func walkInlines(ins []Inline, fb func(Block), fi func(Inline)) {
	for _, in := range ins {
		if fi != nil {
			fi(in)
		}
		if kids := children(in); kids != nil {
			walkInlines(*kids, fb, fi)
			continue
		}
		switch n := in.(type) {
		case *Str, *Code, *LineBreak, *Math:
		case *Note:
			walkBlocks(n.Blocks, fb, fi)
		case *InlineImage:
			if n.Figure != nil {
				walkInlines(n.Figure.Caption, fb, fi)
			}
		default:
			panic(fmt.Sprintf("document: unknown inline %T", in))
		}
	}
}

// Children returns the inlines directly inside a container inline (Emph,
// Strong, Link, Strikeout, Superscript, Subscript, SmallCaps, Span), or
// nil for any other.
func Children(in Inline) []Inline {
	if kids := children(in); kids != nil {
		return *kids
	}
	return nil
}

// children is where a container inline keeps its inlines, for reading or
// replacing them; nil for any other inline.
func children(in Inline) *[]Inline {
	switch n := in.(type) {
	case *Emph:
		return &n.Children
	case *Strong:
		return &n.Children
	case *Link:
		return &n.Children
	case *Strikeout:
		return &n.Children
	case *Superscript:
		return &n.Children
	case *Subscript:
		return &n.Children
	case *SmallCaps:
		return &n.Children
	case *Span:
		return &n.Children
	}
	return nil
}

// MapInlines replaces each sequence of inlines in blocks by what fn
// returns for it, innermost first: the text of headings, paragraphs,
// captions, terms and lines, the children of container inlines, and the
// inlines of notes.
func MapInlines(blocks []Block, fn func([]Inline) []Inline) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *Heading:
			b.Text = mapInlines(b.Text, fn)
		case *Paragraph:
			b.Text = mapInlines(b.Text, fn)
		case *Figure:
			b.Caption = mapInlines(b.Caption, fn)
		case *Quote:
			MapInlines(b.Blocks, fn)
		case *List:
			for _, item := range b.Items {
				MapInlines(item.Blocks, fn)
			}
		case *CodeBlock, *ThematicBreak:
		case *Table:
			b.Caption = mapInlines(b.Caption, fn)
			for _, rows := range [][]Row{b.Head, b.Body} {
				for _, row := range rows {
					for _, cell := range row {
						MapInlines(cell.Blocks, fn)
					}
				}
			}
		case *DefinitionList:
			for i := range b.Items {
				b.Items[i].Term = mapInlines(b.Items[i].Term, fn)
				for _, def := range b.Items[i].Defs {
					MapInlines(def, fn)
				}
			}
		case *LineBlock:
			for i := range b.Lines {
				b.Lines[i] = mapInlines(b.Lines[i], fn)
			}
		case *Div:
			MapInlines(b.Blocks, fn)
		default:
			panic(fmt.Sprintf("document: unknown block %T", b))
		}
	}
}

func mapInlines(ins []Inline, fn func([]Inline) []Inline) []Inline {
	for _, in := range ins {
		if kids := children(in); kids != nil {
			*kids = mapInlines(*kids, fn)
			continue
		}
		switch n := in.(type) {
		case *Str, *Code, *LineBreak, *Math:
		case *Note:
			MapInlines(n.Blocks, fn)
		case *InlineImage:
			if n.Figure != nil {
				n.Figure.Caption = mapInlines(n.Figure.Caption, fn)
			}
		default:
			panic(fmt.Sprintf("document: unknown inline %T", in))
		}
	}
	return fn(ins)
}
