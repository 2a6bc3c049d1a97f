package markdown

import (
	"math"
	"strings"

	"github.com/mattn/go-runewidth"

	"publish/internal/document"
)

// pandocColumns is pandoc's default text width (--columns): a pipe table
// with a row longer than this has relative column widths, and grid and
// multiline table widths are shares of it.
const pandocColumns = 72

// textWidth is the width of s in columns, as pandoc counts it: East Asian
// wide characters take two.
func textWidth(s string) int { return runewidth.StringWidth(s) }

// table writes t in the first of pandoc's table syntaxes that carries it
// whole: a pipe table when every cell is one line and the widths are
// unset (or are the shares that a long pipe table gives); a simple table
// when such a table has lines too long for a pipe table; else a grid
// table, which holds any blocks. The caption and attributes follow as
// "Table: caption {#id}".
func (w *mdWriter) table(t *document.Table) string {
	n := len(t.Columns)
	mark := len(w.notes)
	head, body, simple := w.simpleCells(t)
	if !simple {
		w.notes = w.notes[:mark]
	}
	var s string
	widths := false
	for _, c := range t.Columns {
		widths = widths || c.Width > 0
	}
	switch {
	case n == 0:
		s = ""
	case simple && !widths && longest(head, body, true) <= pandocColumns:
		s = pipeTable(t, head, body, nil)
	case simple && !widths && simpleTableFits(head, body):
		s = simpleTable(t, head, body)
	case simple && widths && longest(head, body, false) > pandocColumns && len(head) > 0 && shareDashes(t.Columns) != nil:
		s = pipeTable(t, head, body, shareDashes(t.Columns))
	case simple && widths && w.multilineTable(t) != "":
		s = w.multilineTable(t)
	default:
		if simple {
			w.notes = w.notes[:mark]
		}
		s = w.gridTable(t)
	}
	if len(t.Caption) > 0 || !t.Attr.IsZero() {
		c := "Table: " + oneLine(w.inlines(t.Caption, true))
		if !t.Attr.IsZero() {
			c = strings.TrimRight(c, " ") + " " + attrString(t.Attr)
		}
		s += "\n\n" + c
	}
	return s
}

// simpleCells writes each cell on one line when every cell is empty or
// one paragraph that a pipe table can hold.
func (w *mdWriter) simpleCells(t *document.Table) (head, body [][]string, ok bool) {
	rows := func(rs []document.Row) [][]string {
		var out [][]string
		for _, r := range rs {
			var line []string
			for _, c := range r {
				switch {
				case len(c.Blocks) == 0:
					line = append(line, "")
				case len(c.Blocks) == 1:
					p, isPara := c.Blocks[0].(*document.Paragraph)
					if !isPara {
						ok = false
						return nil
					}
					s := oneLine(w.inlines(p.Text, true))
					if unescapedPipe(s) || strings.Contains(s, "\n") {
						ok = false
						return nil
					}
					line = append(line, s)
				default:
					ok = false
					return nil
				}
			}
			out = append(out, line)
		}
		return out
	}
	ok = true
	head = rows(t.Head)
	if ok {
		body = rows(t.Body)
	}
	return head, body, ok
}

func unescapedPipe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			return true
		}
	}
	return false
}

// longest is the length of the longest row as a compact pipe table row
// ("| a | b |"), padded to the columns' widths when padded is set.
func longest(head, body [][]string, padded bool) int {
	cols := columnWidths(head, body)
	best := 0
	for _, r := range append(append([][]string{}, head...), body...) {
		n := 1
		for i, c := range r {
			cw := textWidth(c)
			if padded {
				cw = cols[i]
			}
			n += cw + 3
		}
		best = max(best, n)
	}
	return best
}

func columnWidths(head, body [][]string) []int {
	var cols []int
	for _, r := range append(append([][]string{}, head...), body...) {
		for i, c := range r {
			if i >= len(cols) {
				cols = append(cols, 0)
			}
			cols[i] = max(cols[i], textWidth(c))
		}
	}
	return cols
}

// pipeTable writes a pipe table. dashes, when set, gives each column's
// count of separator characters, which a long table's widths come from;
// otherwise the cells are padded to their column's width. A table without
// header rows gets an empty one, which the reader drops, as pandoc does.
func pipeTable(t *document.Table, head, body [][]string, dashes []int) string {
	n := len(t.Columns)
	if len(head) == 0 {
		head = [][]string{make([]string, n)}
	}
	cols := columnWidths(head, body)
	for i := range cols {
		cols[i] = max(cols[i], 3)
	}
	var b strings.Builder
	row := func(r []string) {
		b.WriteString("|")
		for i, c := range r {
			if dashes == nil {
				c += strings.Repeat(" ", cols[i]-textWidth(c))
			}
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	for _, r := range head {
		row(r)
	}
	b.WriteString("|")
	for i, c := range t.Columns {
		d := cols[i] + 2 // under the cell and its padding
		if dashes != nil {
			d = dashes[i]
		}
		b.WriteString(alignedRule(c.Align, d, '-') + "|")
	}
	b.WriteString("\n")
	for _, r := range body {
		row(r)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// alignedRule is a separator cell of n characters (n >= 3) with the colons
// that give align.
func alignedRule(a document.Align, n int, c byte) string {
	r := []byte(strings.Repeat(string(c), n))
	switch a {
	case document.AlignLeft:
		r[0] = ':'
	case document.AlignRight:
		r[n-1] = ':'
	case document.AlignCenter:
		r[0], r[n-1] = ':', ':'
	}
	return string(r)
}

// shareDashes finds separator lengths whose shares are exactly the
// columns' widths (a long pipe table's widths are dashes/total), or nil.
func shareDashes(cols []document.Column) []int {
	sum := 0.0
	for _, c := range cols {
		sum += c.Width
	}
	if math.Abs(sum-1) > 1e-9 {
		return nil
	}
	for total := 1; total <= 4096; total++ {
		dashes := make([]int, len(cols))
		ok := true
		for i, c := range cols {
			d := c.Width * float64(total)
			if math.Abs(d-math.Round(d)) > 1e-6 || math.Round(d) < 1 {
				ok = false
				break
			}
			dashes[i] = int(math.Round(d))
		}
		if !ok {
			continue
		}
		// At least three characters a column: scale them all alike.
		least := dashes[0]
		for _, d := range dashes {
			least = min(least, d)
		}
		for i := range dashes {
			dashes[i] *= (3 + least - 1) / least
		}
		return dashes
	}
	return nil
}

// simpleTableFits reports whether a simple table can hold the rows: no
// row may be blank, as a blank line ends the table.
func simpleTableFits(head, body [][]string) bool {
	for _, r := range append(append([][]string{}, head...), body...) {
		if strings.TrimSpace(strings.Join(r, "")) == "" {
			return false
		}
	}
	return len(head) <= 1
}

// simpleTable writes a simple table, whose alignments come from where the
// header (or, without one, the first row) sits over its dashes: flush
// with both ends for the default, with one end for left or right, with
// neither for centre. Its widths are unset, whatever the line lengths.
func simpleTable(t *document.Table, head, body [][]string) string {
	n := len(t.Columns)
	key := body[0]
	if len(head) > 0 {
		key = head[0]
	}
	dash := make([]int, n)  // length of each column's dashes
	shift := make([]int, n) // where the key row's text starts within them
	span := make([]int, n)  // columns from this column's start to the next
	for i, c := range t.Columns {
		kw := textWidth(key[i])
		switch c.Align {
		case document.AlignDefault:
			dash[i] = max(kw, 1)
		case document.AlignLeft:
			dash[i] = kw + 1
		case document.AlignRight:
			dash[i], shift[i] = kw+1, 1
		case document.AlignCenter:
			dash[i], shift[i] = kw+2, 1
		}
		span[i] = dash[i]
		for _, r := range body {
			span[i] = max(span[i], textWidth(r[i]))
		}
		span[i] += 2
	}
	line := func(r []string, key bool) string {
		var b strings.Builder
		for i, c := range r {
			s := c
			if key {
				s = strings.Repeat(" ", shift[i]) + c
			}
			if i < n-1 {
				s += strings.Repeat(" ", span[i]-textWidth(s))
			}
			b.WriteString(s)
		}
		return strings.TrimRight(b.String(), " ")
	}
	rule := func() string {
		var b strings.Builder
		for i := range t.Columns {
			s := strings.Repeat("-", dash[i])
			if i < n-1 {
				s += strings.Repeat(" ", span[i]-dash[i])
			}
			b.WriteString(s)
		}
		return b.String()
	}
	var lines []string
	if len(head) > 0 {
		lines = append(lines, line(head[0], true), rule())
		for _, r := range body {
			lines = append(lines, line(r, false))
		}
	} else {
		lines = append(lines, rule())
		for i, r := range body {
			lines = append(lines, line(r, i == 0))
		}
		lines = append(lines, rule())
	}
	return strings.Join(lines, "\n")
}

// gridTable writes a grid table: each cell's blocks, folded to its
// column. A column's dashes are its width's share of pandoc's 72 columns,
// or, without widths, what its content needs; a word too long for its
// column widens it.
func (w *mdWriter) gridTable(t *document.Table) string {
	n := len(t.Columns)
	render := func(rows []document.Row, widths []int) [][][]string {
		var out [][][]string
		for _, r := range rows {
			var cells [][]string
			for i, c := range r {
				sub := &mdWriter{notes: w.notes, wrap: max(widths[i], 1)}
				text := sub.blocks(c.Blocks)
				w.notes = sub.notes
				cells = append(cells, strings.Split(text, "\n"))
			}
			out = append(out, cells)
		}
		return out
	}
	// inner is the text width inside each column's cells.
	inner := make([]int, n)
	fold := make([]int, n)
	for i, c := range t.Columns {
		inner[i] = max(int(math.Round(c.Width*pandocColumns))-3, 0)
		fold[i] = inner[i]
		if c.Width <= 0 {
			fold[i] = math.MaxInt32 // unfolded: the content sets the width
		}
	}
	mark := len(w.notes)
	head, body := render(t.Head, fold), render(t.Body, fold)
	grown := false
	for _, rows := range [][][][]string{head, body} {
		for _, r := range rows {
			for i, lines := range r {
				for _, l := range lines {
					if lw := textWidth(l); lw > inner[i] {
						inner[i], grown = lw, true
					}
				}
			}
		}
	}
	for i := range inner {
		inner[i] = max(inner[i], 1)
	}
	if grown {
		// Fold again at the final widths, numbering the notes once.
		w.notes = w.notes[:mark]
		head, body = render(t.Head, inner), render(t.Body, inner)
	}
	rule := func(c byte, aligned bool) string {
		var b strings.Builder
		b.WriteString("+")
		for i, col := range t.Columns {
			if aligned {
				b.WriteString(alignedRule(col.Align, inner[i]+2, c))
			} else {
				b.WriteString(strings.Repeat(string(c), inner[i]+2))
			}
			b.WriteString("+")
		}
		return b.String()
	}
	var lines []string
	row := func(cells [][]string) {
		h := 0
		for _, c := range cells {
			h = max(h, len(c))
		}
		for k := 0; k < h; k++ {
			var b strings.Builder
			b.WriteString("|")
			for i, c := range cells {
				s := ""
				if k < len(c) {
					s = c[k]
				}
				b.WriteString(" " + s + strings.Repeat(" ", inner[i]-textWidth(s)) + " |")
			}
			lines = append(lines, b.String())
		}
	}
	if len(head) > 0 {
		lines = append(lines, rule('-', false))
		for _, r := range head {
			row(r)
		}
		lines = append(lines, rule('=', true))
	} else {
		lines = append(lines, rule('-', true))
	}
	for i, r := range body {
		if i > 0 {
			lines = append(lines, rule('-', false))
		}
		row(r)
	}
	if len(body) > 0 || len(head) == 0 {
		lines = append(lines, rule('-', false))
	}
	return strings.Join(lines, "\n")
}

// multilineTable writes t as a multiline table, or returns "" when one
// cannot carry it exactly: its widths are each column's share of pandoc's
// 72 columns (or of the table, when wider), its alignments where the
// header sits over the dashes, and every cell is one paragraph folded to
// its column.
func (w *mdWriter) multilineTable(t *document.Table) string {
	n := len(t.Columns)
	lens := multilineLengths(t.Columns)
	if lens == nil {
		return ""
	}
	mark := len(w.notes)
	defer func() { w.notes = w.notes[:mark] }()
	starts := make([]int, n)
	for k := 1; k < n; k++ {
		starts[k] = starts[k-1] + lens[k-1]
	}
	// Each column's text width: up to the gap before the next column; the
	// last column's dashes are its length less one.
	room := make([]int, n)
	for k := range room {
		room[k] = lens[k] - 1
	}
	cellLines := func(c document.Cell, k int) ([]string, bool) {
		switch {
		case len(c.Blocks) == 0:
			return nil, true
		case len(c.Blocks) > 1:
			return nil, false
		}
		p, ok := c.Blocks[0].(*document.Paragraph)
		if !ok {
			return nil, false
		}
		s := fold(w.inlines(p.Text, true), room[k])
		lines := strings.Split(s, "\n")
		for _, l := range lines {
			if textWidth(l) > room[k] && k < n-1 || unescapedPipe(l) && false {
				return nil, false
			}
		}
		return lines, true
	}
	render := func(r document.Row) ([][]string, bool) {
		out := make([][]string, n)
		any := false
		for k, c := range r {
			lines, ok := cellLines(c, k)
			if !ok {
				return nil, false
			}
			out[k], any = lines, any || len(lines) > 0
		}
		return out, any
	}
	var head [][]string
	if len(t.Head) > 1 {
		return ""
	}
	if len(t.Head) == 1 {
		var ok bool
		if head, ok = render(t.Head[0]); !ok {
			return ""
		}
	}
	var body [][][]string
	for _, r := range t.Body {
		cells, ok := render(r)
		if !ok {
			return "" // a row of empty cells would read as a blank line
		}
		body = append(body, cells)
	}
	if len(body) == 0 {
		return ""
	}
	keys := head
	if keys == nil {
		keys = body[0]
	}
	// Dashes and where the key text sits over them, by alignment.
	dash := make([]int, n)
	shift := make([]int, n)
	for k, col := range t.Columns {
		kw := 0
		for _, l := range keys[k] {
			kw = max(kw, textWidth(l))
		}
		d := room[k]
		switch col.Align {
		case document.AlignDefault:
			if kw == 0 || kw > d || k == n-1 && kw != d {
				return ""
			}
			d = kw
		case document.AlignLeft:
			if kw == 0 || kw+1 > d {
				return ""
			}
		case document.AlignRight:
			if kw == 0 || kw+1 > d {
				return ""
			}
			shift[k] = -1 // right-aligned, line by line
		case document.AlignCenter:
			if kw == 0 || kw+2 > d {
				return ""
			}
			shift[k] = -2 // centred, line by line
		}
		dash[k] = d
	}
	place := func(cells [][]string, key bool) []string {
		h := 0
		for _, c := range cells {
			h = max(h, len(c))
		}
		var lines []string
		for i := 0; i < h; i++ {
			var b strings.Builder
			col := 0
			for k, c := range cells {
				if i >= len(c) {
					continue
				}
				text := c[i]
				at := starts[k]
				if key {
					switch shift[k] {
					case -1:
						at += dash[k] - textWidth(text)
					case -2:
						at += max((dash[k]-textWidth(text))/2, 1)
					}
				}
				b.WriteString(strings.Repeat(" ", max(at-col, 0)) + text)
				col = at + textWidth(text)
			}
			lines = append(lines, strings.TrimRight(b.String(), " "))
		}
		return lines
	}
	var groups strings.Builder
	for k := range t.Columns {
		groups.WriteString(strings.Repeat(" ", starts[k]-groups.Len()) + strings.Repeat("-", dash[k]))
	}
	full := strings.Repeat("-", starts[n-1]+dash[n-1])
	var lines []string
	if head != nil {
		lines = append(lines, full)
		lines = append(lines, place(head, true)...)
		lines = append(lines, groups.String())
	} else {
		lines = append(lines, groups.String())
	}
	for i, r := range body {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, place(r, head == nil && i == 0)...)
	}
	lines = append(lines, full)
	return strings.Join(lines, "\n")
}

// multilineLengths finds, for widths a multiline table gave, each
// column's length in characters: widths are lengths over 72, or over the
// table's length when it is wider. nil when no lengths give them.
func multilineLengths(cols []document.Column) []int {
	for total := pandocColumns; total <= 4096; total++ {
		lens := make([]int, len(cols))
		sum := 0
		ok := true
		for i, c := range cols {
			l := c.Width * float64(total)
			if math.Abs(l-math.Round(l)) > 1e-6 || math.Round(l) < 2 {
				ok = false
				break
			}
			lens[i] = int(math.Round(l))
			sum += lens[i]
		}
		if ok && (total == pandocColumns && sum <= total || sum == total) {
			return lens
		}
	}
	return nil
}
