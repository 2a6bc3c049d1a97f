package document

// MaxNesting is how deep blocks may nest (quotes, list items, divs,
// definitions, table cells and notes), and, separately, inline
// containers (emphasis, links, spans and the rest). Deeper ones are set
// at this depth: every edition stays within what reading systems and
// `publish check` accept (an XHTML document nested more than 1,000
// elements deep is refused), and nothing is lost.
const MaxNesting = 32

// LimitNesting lifts what nests deeper than MaxNesting to that depth: the
// blocks of a container that deep join the blocks around them, and the
// text of an inline container that deep joins the text around it. It
// returns the line of the first block it changed, and whether it changed
// any.
func (d *Document) LimitNesting() (line int, changed bool) {
	l := &limiter{}
	d.Blocks = l.blocks(d.Blocks, 0)
	return l.line, l.changed
}

// Depth is how deep block containers nest in blocks: 0 when none does.
func Depth(blocks []Block) int {
	deepest := 0
	for _, b := range blocks {
		for _, inner := range innerBlocks(b) {
			deepest = max(deepest, 1+Depth(inner))
		}
	}
	return deepest
}

// innerBlocks lists the block sequences a block holds.
func innerBlocks(b Block) [][]Block {
	switch b := b.(type) {
	case *Quote:
		return [][]Block{b.Blocks}
	case *Div:
		return [][]Block{b.Blocks}
	case *List:
		out := make([][]Block, len(b.Items))
		for i, it := range b.Items {
			out[i] = it.Blocks
		}
		return out
	case *DefinitionList:
		var out [][]Block
		for _, it := range b.Items {
			out = append(out, it.Defs...)
		}
		return out
	case *Table:
		var out [][]Block
		for _, rows := range [][]Row{b.Head, b.Body} {
			for _, r := range rows {
				for _, c := range r {
					out = append(out, c.Blocks)
				}
			}
		}
		return out
	}
	return nil
}

type limiter struct {
	line    int
	changed bool
}

func (l *limiter) mark(b Block) {
	if !l.changed {
		l.changed = true
		if b != nil {
			l.line = b.Position().Line
		}
	}
}

// blocks limits bs, found at depth (the number of block containers
// around them).
func (l *limiter) blocks(bs []Block, depth int) []Block {
	out := bs[:0:0]
	for _, b := range bs {
		if depth >= MaxNesting && innerBlocks(b) != nil {
			// Too deep: the container's text joins the blocks around it.
			l.mark(b)
			if dl, ok := b.(*DefinitionList); ok {
				for _, it := range dl.Items {
					out = append(out, &Paragraph{Pos: dl.Pos, Text: l.inlines(b, it.Term, 0, depth)})
					for _, def := range it.Defs {
						out = append(out, l.blocks(def, depth)...)
					}
				}
				continue
			}
			if t, ok := b.(*Table); ok && len(t.Caption) > 0 {
				out = append(out, &Paragraph{Pos: t.Pos, Text: l.inlines(b, t.Caption, 0, depth)})
			}
			for _, inner := range innerBlocks(b) {
				out = append(out, l.blocks(inner, depth)...)
			}
			continue
		}
		switch b := b.(type) {
		case *Quote:
			b.Blocks = l.blocks(b.Blocks, depth+1)
		case *Div:
			b.Blocks = l.blocks(b.Blocks, depth+1)
		case *List:
			for i := range b.Items {
				b.Items[i].Blocks = l.blocks(b.Items[i].Blocks, depth+1)
			}
		case *DefinitionList:
			for i := range b.Items {
				it := &b.Items[i]
				it.Term = l.inlines(b, it.Term, 0, depth)
				for j := range it.Defs {
					it.Defs[j] = l.blocks(it.Defs[j], depth+1)
				}
			}
		case *Table:
			b.Caption = l.inlines(b, b.Caption, 0, depth)
			for _, rows := range [][]Row{b.Head, b.Body} {
				for _, r := range rows {
					for i := range r {
						r[i].Blocks = l.blocks(r[i].Blocks, depth+1)
					}
				}
			}
		case *Heading:
			b.Text = l.inlines(b, b.Text, 0, depth)
		case *Paragraph:
			b.Text = l.inlines(b, b.Text, 0, depth)
		case *Figure:
			b.Caption = l.inlines(b, b.Caption, 0, depth)
		case *LineBlock:
			for i := range b.Lines {
				b.Lines[i] = l.inlines(b, b.Lines[i], 0, depth)
			}
		}
		out = append(out, b)
	}
	return out
}

// inlines limits ins, found at depth inline containers inside a block at
// block depth bdepth; a note's blocks count one block level deeper.
func (l *limiter) inlines(b Block, ins []Inline, depth, bdepth int) []Inline {
	var out []Inline
	for _, in := range ins {
		kids := children(in)
		switch n := in.(type) {
		case *Note:
			n.Blocks = l.blocks(n.Blocks, bdepth+1)
		case *InlineImage:
			if n.Figure != nil {
				n.Figure.Caption = l.inlines(b, n.Figure.Caption, 0, bdepth)
			}
		}
		if kids == nil {
			out = append(out, in)
			continue
		}
		if depth >= MaxNesting {
			l.mark(b)
			out = append(out, l.inlines(b, *kids, depth, bdepth)...)
			continue
		}
		*kids = l.inlines(b, *kids, depth+1, bdepth)
		out = append(out, in)
	}
	return out
}
