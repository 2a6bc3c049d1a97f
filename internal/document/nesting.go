package document

// MaxNesting is how deep quotes and lists may nest, and, separately,
// emphasis, strong importance and links. Deeper ones are set at this
// depth: every edition stays within what reading systems and `publish
// check` accept (an XHTML document nested more than 1,000 elements deep is
// refused), and nothing is lost.
const MaxNesting = 32

// LimitNesting lifts what nests deeper than MaxNesting to that depth: the
// blocks of a quote or list item that deep join the blocks around them,
// and the text of emphasis that deep joins the text around it. It
// returns the line of the first block it changed, and whether it changed
// any.
func (d *Document) LimitNesting() (line int, changed bool) {
	l := &limiter{}
	d.Blocks = l.blocks(d.Blocks, 0)
	return l.line, l.changed
}

// Depth is how deep quotes and lists nest in blocks: 0 when none does.
func Depth(blocks []Block) int {
	deepest := 0
	for _, b := range blocks {
		switch b := b.(type) {
		case *Quote:
			deepest = max(deepest, 1+Depth(b.Blocks))
		case *List:
			for _, item := range b.Items {
				deepest = max(deepest, 1+Depth(item))
			}
		}
	}
	return deepest
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

// blocks limits bs, found at depth (the number of quotes and list items
// around them).
func (l *limiter) blocks(bs []Block, depth int) []Block {
	out := bs[:0:0]
	for _, b := range bs {
		switch b := b.(type) {
		case *Quote:
			if depth >= MaxNesting {
				l.mark(b)
				out = append(out, l.blocks(b.Blocks, depth)...)
				continue
			}
			b.Blocks = l.blocks(b.Blocks, depth+1)
		case *List:
			if depth >= MaxNesting {
				l.mark(b)
				for _, item := range b.Items {
					out = append(out, l.blocks(item, depth)...)
				}
				continue
			}
			for i, item := range b.Items {
				b.Items[i] = l.blocks(item, depth+1)
			}
		case *Heading:
			b.Text = l.inlines(b, b.Text, 0)
		case *Paragraph:
			b.Text = l.inlines(b, b.Text, 0)
		case *Figure:
			b.Caption = l.inlines(b, b.Caption, 0)
		}
		out = append(out, b)
	}
	return out
}

func (l *limiter) inlines(b Block, ins []Inline, depth int) []Inline {
	var out []Inline
	for _, in := range ins {
		var kids *[]Inline
		switch n := in.(type) {
		case *Emph:
			kids = &n.Children
		case *Strong:
			kids = &n.Children
		case *Link:
			kids = &n.Children
		}
		if kids == nil {
			out = append(out, in)
			continue
		}
		if depth >= MaxNesting {
			l.mark(b)
			out = append(out, l.inlines(b, *kids, depth)...)
			continue
		}
		*kids = l.inlines(b, *kids, depth+1)
		out = append(out, in)
	}
	return out
}
