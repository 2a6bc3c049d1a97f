package pdf

import (
	"strings"

	"publish/internal/document"
	"publish/internal/typeset"
)

// table sets a table as a LaTeX book does with booktabs and longtable:
// its caption above it, rules above and below it and under its header,
// columns as wide as their content needs (or as the manuscript says),
// cells ragged and wrapped within their column, aligned as their column
// says. Each row is one item, so a row is never split, and a row that
// starts a page repeats the header above it. A table too wide for the
// measure is set smaller (down to 70% of the text's size) before any
// column gets narrower than its longest word; then its words are
// hyphenated to fit, and only then do they break anywhere.
func (l *layout) table(t *document.Table, w, dx float64) {
	n := len(t.Columns)
	if n == 0 || len(t.Head)+len(t.Body) == 0 {
		return
	}
	base := l.body().size
	// Each column's narrowest (its longest word) and natural widths, at
	// the first size tried.
	s0 := base * 0.9
	words, hyphs, nats := make([]float64, n), make([]float64, n), make([]float64, n)
	for r, row := range append(append([]document.Row{}, t.Head...), t.Body...) {
		if l.ctx.Err() != nil {
			return
		}
		for c := range min(n, len(row)) {
			ts := l.cellStyle(s0, r < len(t.Head), t.Columns[c].Align)
			word, hyph, hi := l.extent(row[c].Blocks, ts)
			words[c], hyphs[c], nats[c] = max(words[c], word), max(hyphs[c], hyph), max(nats[c], hi)
		}
	}
	mins := words
	// The manuscript's widths (multiline and grid tables), when its
	// longest words fit them; else widths from the content.
	given := t.Columns[0].Width > 0
	for c := range n {
		given = given && mins[c] <= t.Columns[c].Width*w-2*s0*0.55+0.01
	}
	var widths []float64
	size, fits := s0, false
	for try, f := range []float64{0.9, 0.8, 0.7, 0.7} {
		if try == 3 { // the smallest size, its longest words hyphenated
			mins = hyphs
		}
		size = base * f
		k := size / s0
		pad := size * 0.55
		widths = make([]float64, n)
		fits = true
		sumMin, sumNat := 0.0, 0.0
		for c := range n {
			sumMin += mins[c] * k
			sumNat += nats[c] * k
		}
		room := w - 2*pad*float64(n)
		switch {
		case given:
			for c := range n {
				widths[c] = max(t.Columns[c].Width*w-2*pad, 1)
				fits = fits && mins[c]*k <= widths[c]+0.01
			}
		case sumNat <= room:
			for c := range n {
				widths[c] = nats[c] * k
			}
		case sumMin <= room:
			for c := range n { // the room beyond their narrowest, shared by how much more each wants
				widths[c] = mins[c]*k + (nats[c]-mins[c])*k*(room-sumMin)/(sumNat-sumMin)
			}
		default: // shares of the room as their narrowest
			fits = false
			for c := range n {
				widths[c] = max(room, 1) * mins[c] * k / max(sumMin, 0.01)
			}
		}
		if fits {
			break
		}
	}
	anywhere := !fits // even the smallest size does not fit: words break anywhere
	pad := size * 0.55
	tableW := 2 * pad * float64(n)
	for _, cw := range widths {
		tableW += cw
	}
	x0 := dx + max(0, (w-tableW)/2)

	l.space(l.body().leading*0.6, l.body().leading*0.3)
	if len(t.Caption) > 0 {
		capW := min(w, max(tableW, w*0.6))
		l.captionLines(l.runs(t.Caption), "", capW, dx+(w-capW)/2)
		l.keep()
		l.space(size*0.4, 0)
		l.keep()
	}
	saved := l.anywhere
	l.anywhere = anywhere
	var head *item
	rows := make([]*item, 0, len(t.Head)+len(t.Body))
	for r, row := range append(append([]document.Row{}, t.Head...), t.Body...) {
		if l.ctx.Err() != nil {
			return
		}
		isHead := r < len(t.Head)
		room := l.g.textHeight() * 0.9 // a row taller than a page is cut between its lines
		if head != nil {
			room -= head.h
		}
		parts := l.row(t, row, widths, size, pad, x0, isHead, room)
		if isHead {
			it := parts[0]
			for _, p := range parts[1:] {
				it = joinRows(it, p)
			}
			it.noBreak = true
			if head == nil {
				head = it
			} else { // several header rows: one item, so it repeats whole
				head = joinRows(head, it)
				continue
			}
			rows = append(rows, it)
			continue
		}
		rows = append(rows, parts...)
	}
	l.anywhere = saved
	first := 0 // the first body row
	if head != nil {
		rows[0] = head
		first = 1
	}
	// As a paragraph's lines: a table of three rows or fewer is not
	// broken, and a longer one leaves at least two rows on each side.
	if body := len(rows) - first; body <= 3 {
		for _, it := range rows[:len(rows)-1] {
			it.noBreak = true
		}
	} else {
		rows[first].noBreak = true
		rows[len(rows)-2].noBreak = true
	}
	// The rules: heavy above and below, light under the header.
	heavy, light := size*0.08, size*0.05
	for i, it := range rows {
		draw, h := it.draw, it.h
		top := i == 0 || it == head
		mid := it == head
		bottom := i == len(rows)-1
		it.draw = func(d *drawer, x, y float64) {
			if top {
				d.rawRule(x+x0, y+heavy/2, tableW, heavy)
			}
			draw(d, x, y)
			if mid {
				d.rawRule(x+x0, y+h-light/2, tableW, light)
			}
			if bottom {
				d.rawRule(x+x0, y+h-heavy/2, tableW, heavy)
			}
		}
		if head != nil && it != head {
			it.head = head
		}
		if !bottom { // a page that ends inside the table closes it with a light rule
			it.foot = func(d *drawer, x, y float64) { d.rawRule(x+x0, y-light/2, tableW, light) }
		}
		l.add(it)
	}
	l.space(l.body().leading*0.6, l.body().leading*0.3)
}

// cellStyle is the style of a table's cells at size: ragged, aligned as
// the column says, the header in bold.
func (l *layout) cellStyle(size float64, head bool, a document.Align) textStyle {
	ts := textStyle{size: size, leading: size * 1.25, hyphenate: true}
	if head {
		ts.base = stBold
	}
	switch a {
	case document.AlignCenter:
		ts.align = alignCenter
	case document.AlignRight:
		ts.align = alignRight
	}
	return ts
}

// row lays out one row of t as one item: each cell's blocks in its
// column, the tallest cell giving the row its height. A row taller than
// room (about a page) is cut between the lines of its cells into bands
// of a sixth of the text block, which the pages fill as they do lines,
// so that no row runs off the page.
func (l *layout) row(t *document.Table, row document.Row, widths []float64, size, pad, x0 float64, head bool, room float64) []*item {
	type cell struct {
		x     float64
		items []*item
	}
	vpad := size * 0.3
	if head {
		vpad = size * 0.45
	}
	var cells []cell
	h := 0.0
	x := x0
	for c, cw := range widths {
		x += pad
		var items []*item
		if c < len(row) {
			ts := l.cellStyle(size, head, t.Columns[c].Align)
			items = l.inCell(ts, cw, func() {
				p := "start"
				for _, b := range row[c].Blocks {
					p = l.block(b, 0, p)
				}
			})
			for len(items) > 0 && items[0].glue { // a cell's text starts at its top
				items = items[1:]
			}
		}
		ch := 0.0
		for _, it := range items {
			ch += it.h
		}
		h = max(h, ch)
		cells = append(cells, cell{x, items})
		x += cw + pad
	}
	band := h // the height of the cells' text in each part
	if h+2*vpad > room {
		band = l.g.textHeight() / 6
	}
	// Each part takes from every cell the lines that fit it; the pads
	// are above the first and below the last.
	var parts []*item
	next := make([]int, len(cells))
	for more := true; more; {
		more = false
		part := make([]cell, len(cells))
		var notes []*note
		ph := 0.0
		for c := range cells {
			part[c].x = cells[c].x
			ch, k := 0.0, next[c]
			for k < len(cells[c].items) && (ch+cells[c].items[k].h <= band+flowSlack || k == next[c] && ch == 0) {
				it := cells[c].items[k]
				ch += it.h
				notes = append(notes, it.notes...)
				k++
			}
			part[c].items = cells[c].items[next[c]:k]
			next[c] = k
			more = more || k < len(cells[c].items)
			ph = max(ph, ch)
		}
		top, bottom := vpad, vpad
		if len(parts) > 0 {
			top = 0
		}
		if more {
			bottom = 0
		}
		parts = append(parts, &item{h: top + ph + bottom, notes: notes, draw: func(d *drawer, px, py float64) {
			for _, c := range part {
				y := py + top
				for _, it := range c.items {
					if it.draw != nil && !it.glue {
						it.draw(d, px+c.x, y)
					}
					y += it.h
				}
			}
		}})
	}
	return parts
}

// joinRows makes two header rows one item.
func joinRows(a, b *item) *item {
	da, db, ha := a.draw, b.draw, a.h
	return &item{h: a.h + b.h, noBreak: true, notes: append(append([]*note{}, a.notes...), b.notes...), draw: func(d *drawer, x, y float64) {
		da(d, x, y)
		db(d, x, y+ha)
	}}
}

// inCell returns the items fn adds when the measure is w and the body
// text is ts, as in a table's cell.
func (l *layout) inCell(ts textStyle, w float64, fn func()) []*item {
	savedW, savedCell := l.measure, l.cell
	l.measure, l.cell = w, &ts
	defer func() { l.measure, l.cell = savedW, savedCell }()
	return l.capture(fn)
}

// extent is how narrow blocks may be set in style ts (their longest
// word, and their longest piece of a hyphenated word) and how wide they
// are on lines of their own.
func (l *layout) extent(blocks []document.Block, ts textStyle) (lo, hyph, hi float64) {
	saved := l.dry
	l.dry = true
	defer func() { l.dry = saved }()
	m := l.measurer(ts)
	wc := l.widthCache(ts, m)
	measure := func(segs [][]typeset.Run, width float64, indent float64, hyphenate bool) float64 {
		widest := 0.0
		opt := typeset.Options{Width: width, Breaks: l.breaks, Context: l.ctx}
		if hyphenate && ts.hyphenate {
			opt.HyphenatorOf = l.hyphenatorOf
		}
		for _, seg := range segs {
			if len(seg) == 0 {
				continue
			}
			for _, ln := range typeset.Set(seg, wc, opt) {
				if k := len(ln.Fragments); k > 0 {
					widest = max(widest, ln.Fragments[k-1].X+ln.Fragments[k-1].W)
				}
			}
		}
		return widest + indent
	}
	text := func(segs [][]typeset.Run, indent float64) {
		lo, hi = max(lo, measure(segs, 0.01, indent, false)), max(hi, measure(segs, 1e6, indent, false))
		hyph = max(hyph, measure(segs, 0.01, indent, true))
	}
	var walk func(bs []document.Block, indent float64)
	walk = func(bs []document.Block, indent float64) {
		for _, b := range bs {
			switch b := b.(type) {
			case *document.Paragraph:
				segs := l.runs(b.Text)
				text(segs, indent)
			case *document.Heading:
				segs := l.runs(b.Text)
				text(segs, indent)
			case *document.List:
				for _, it := range b.Items {
					walk(it.Blocks, l.deeper(indent))
				}
			case *document.Quote:
				walk(b.Blocks, indent+2*(l.deeper(indent)-indent)) // indented on both sides
			case *document.Div:
				walk(b.Blocks, indent)
			case *document.CodeBlock:
				cs := l.code()
				for _, line := range strings.Split(expandTabs(b.Text, 4), "\n") {
					hi = max(hi, l.t.width(line, mono, cs.size)+indent+cs.size*1.2)
				}
				lo = max(lo, min(hi, l.t.width(strings.Repeat("0", 20), mono, cs.size)+indent))
				hyph = max(hyph, lo)
			default:
				segs := plainRuns(blocksText([]document.Block{b}), 0)
				text(segs, indent)
			}
		}
	}
	walk(blocks, 0)
	return lo, hyph, hi
}
