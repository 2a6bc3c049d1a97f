package markdown

import (
	"bytes"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/document"
)

// This file reads pandoc's simple, multiline and grid tables, which
// goldmark lacks (its table extension reads pipe tables, which the reader
// takes from it). Columns are found by display width, as pandoc counts
// them: an East Asian wide character takes two.

// maxTableLines bounds how far a table is looked for, so that a stray
// line of dashes cannot make reading quadratic.
const maxTableLines = 5000

// tableNode is a simple, multiline or grid table, read whole when it
// opens. Its cells hold Markdown, which the reader parses as blocks.
type tableNode struct {
	ast.BaseBlock
	columns []document.Column
	head    [][]tableCell
	body    [][]tableCell
	raw     string // a grid table with merged cells, which the model cannot carry, as written
	blocks  bool   // cells hold blocks (grid tables), not one paragraph
	left    int    // lines still to consume
}

// tableCell is a cell's Markdown and the line of the table it starts on.
type tableCell struct {
	text string
	line int // from 0, the table's first line
}

var kindPandocTable = ast.NewNodeKind("PandocTable")

func (n *tableNode) Kind() ast.NodeKind         { return kindPandocTable }
func (n *tableNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

type tableParser struct{}

// Trigger is every byte a line can start with: a simple table's header
// may start with anything.
func (tableParser) Trigger() []byte {
	var t []byte
	for c := 0x21; c < 0x100; c++ {
		t = append(t, byte(c))
	}
	return t
}

func (tableParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if pc.BlockOffset() < 0 || pc.BlockIndent() > 3 {
		return nil, parser.NoChildren
	}
	// A list holds only items: "- -" under a list is an item, never a
	// table's rule (goldmark's list parser fails on any other child).
	if _, ok := parent.(*ast.List); ok {
		return nil, parser.NoChildren
	}
	line, seg := reader.PeekLine()
	src := reader.Source()
	first := strings.TrimRight(string(line), "\r\n")
	// Lines after this one belong to the table if they start with what
	// came before it on this line (block quote markers, list indentation).
	lineStart := bytes.LastIndexByte(src[:seg.Start], '\n') + 1
	prefix := src[lineStart:seg.Start]
	next := func(from int, n int) []string {
		var out []string
		for pos := from; pos < len(src) && len(out) < n; {
			end := bytes.IndexByte(src[pos:], '\n')
			if end < 0 {
				end = len(src) - pos
			}
			l := src[pos : pos+end]
			pos += end + 1
			if !bytes.HasPrefix(l, prefix) && !(len(bytes.TrimSpace(l)) == 0) {
				break
			}
			l = bytes.TrimPrefix(l, prefix)
			out = append(out, strings.TrimRight(string(l), "\r"))
		}
		return out
	}
	after := seg.Stop
	if after > 0 && src[after-1] != '\n' {
		after = len(src)
	}
	peek := next(after, 1)
	if len(peek) == 0 || strings.TrimSpace(peek[0]) == "" {
		return nil, parser.NoChildren
	}
	var t *tableNode
	var n int
	switch {
	case gridRule(first) != nil:
		t, n = readGrid(append([]string{first}, next(after, maxTableLines)...))
	case isDashes(first):
		t, n = readMultiline(append([]string{first}, next(after, maxTableLines)...), true)
		if t == nil {
			t, n = readSimple(append([]string{first}, next(after, maxTableLines)...), false)
		}
	case len(dashGroups(first)) > 0:
		lines := append([]string{first}, next(after, maxTableLines)...)
		if t, n = readSimple(lines, false); t == nil {
			t, n = readMultiline(lines, false)
		}
	case len(dashGroups(peek[0])) >= 2:
		t, n = readSimple(append([]string{first}, next(after, maxTableLines)...), true)
	}
	if t == nil {
		return nil, parser.NoChildren
	}
	t.left = n - 1
	reader.Advance(lineLen(line))
	return t, parser.NoChildren
}

func (tableParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	t := node.(*tableNode)
	if t.left == 0 {
		return parser.Close
	}
	t.left--
	line, _ := reader.PeekLine()
	reader.Advance(lineLen(line))
	return parser.Continue | parser.NoChildren
}

func (tableParser) Close(ast.Node, text.Reader, parser.Context) {}
func (tableParser) CanInterruptParagraph() bool                 { return false }
func (tableParser) CanAcceptIndentedLine() bool                 { return false }

var pandocTableParser = util.Prioritized(tableParser{}, 95)

// cols is a line as runes with the display column each starts at.
type cols struct {
	r   []rune
	col []int // col[i] is where r[i] starts; col[len(r)] is the width
}

func newCols(s string) cols {
	c := cols{r: []rune(s)}
	w := 0
	for _, r := range c.r {
		c.col = append(c.col, w)
		if r == '\t' {
			w += 4 - w%4
		} else {
			w += runewidth.RuneWidth(r)
		}
	}
	c.col = append(c.col, w)
	return c
}

// slice is the text of the runes that start in columns [from, to); to < 0
// means to the end.
func (c cols) slice(from, to int) string {
	var b strings.Builder
	for i, r := range c.r {
		if c.col[i] >= from && (to < 0 || c.col[i] < to) {
			if r == '\t' {
				r = ' '
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// at is the rune that starts at column col, or ' '.
func (c cols) at(col int) rune {
	for i, r := range c.r {
		if c.col[i] == col {
			return r
		}
		if c.col[i] > col {
			break
		}
	}
	return ' '
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// isDashes reports whether s is one run of three or more dashes.
func isDashes(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 3 && strings.Trim(t, "-") == ""
}

// dashGroups returns the column ranges [start, end) of the runs of dashes
// of a line made only of dashes and spaces, or nil.
func dashGroups(s string) [][2]int {
	t := strings.TrimRight(s, " ")
	if t == "" || strings.Trim(t, "- ") != "" {
		return nil
	}
	var out [][2]int
	c := newCols(t)
	for i := 0; i < len(c.r); i++ {
		if c.r[i] != '-' {
			continue
		}
		j := i
		for j < len(c.r) && c.r[j] == '-' {
			j++
		}
		out = append(out, [2]int{c.col[i], c.col[j]})
		i = j
	}
	return out
}

// alignOf is pandoc's alignment of a column from where its key text (the
// header's lines, or the first row's) sits over its dashes g, in the
// column that runs to end (-1: the line's end): flush with the start only
// is left, with the end only right, with neither centred, with both the
// default.
func alignOf(texts []string, g [2]int, end int) document.Align {
	var best cols
	bestLen := -1
	for _, t := range texts {
		c := newCols(t)
		if s := strings.TrimSpace(c.slice(g[0], end)); len(s) > bestLen {
			best, bestLen = c, len(s)
		}
	}
	if bestLen <= 0 {
		return document.AlignDefault
	}
	left := best.at(g[0]) == ' '
	last := -1
	for i, r := range best.r {
		if r != ' ' && best.col[i] >= g[0] && (end < 0 || best.col[i] < end) {
			last = best.col[i+1]
		}
	}
	right := last < g[1]
	switch {
	case left && right:
		return document.AlignCenter
	case left:
		return document.AlignRight
	case right:
		return document.AlignLeft
	}
	return document.AlignDefault
}

// columnEnd is where column k of groups ends: the next one's start.
func columnEnd(groups [][2]int, k int) int {
	if k+1 < len(groups) {
		return groups[k+1][0]
	}
	return -1
}

// split cuts a line into cells at the columns' starts.
func split(line string, starts []int) []string {
	c := newCols(line)
	out := make([]string, len(starts))
	for k, s := range starts {
		from := s
		if k == 0 {
			from = 0
		}
		to := -1
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		out[k] = strings.TrimSpace(c.slice(from, to))
	}
	return out
}

func startsOf(groups [][2]int) []int {
	var s []int
	for _, g := range groups {
		s = append(s, g[0])
	}
	return s
}

// readSimple reads a simple table: a header line over a line of dash
// groups, rows, and a blank line; or, without a header, rows between two
// lines of dashes. Its widths are unset.
func readSimple(lines []string, header bool) (*tableNode, int) {
	var groups [][2]int
	var body int // index of the first row
	if header {
		groups = dashGroups(lines[1])
		body = 2
	} else {
		groups = dashGroups(lines[0])
		body = 1
	}
	if len(groups) == 0 || header && len(groups) < 2 {
		return nil, 0
	}
	end := body
	for end < len(lines) && !blank(lines[end]) && (header || dashGroups(lines[end]) == nil) {
		end++
	}
	if end == body {
		return nil, 0
	}
	n := end
	if !header {
		// Without a header, a line of dashes ends the table.
		if end >= len(lines) || dashGroups(lines[end]) == nil {
			return nil, 0
		}
		n = end + 1
	}
	if n < len(lines) && !blank(lines[n]) {
		return nil, 0
	}
	starts := startsOf(groups)
	t := &tableNode{}
	key := lines[0]
	if !header {
		key = lines[body]
	}
	for k, g := range groups {
		t.columns = append(t.columns, document.Column{Align: alignOf([]string{key}, g, columnEnd(groups, k))})
	}
	if header {
		t.head = [][]tableCell{cellsOf(split(lines[0], starts), 0)}
	}
	for i := body; i < end; i++ {
		t.body = append(t.body, cellsOf(split(lines[i], starts), i))
	}
	return t, n
}

func cellsOf(texts []string, line int) []tableCell {
	out := make([]tableCell, len(texts))
	for i, s := range texts {
		out[i] = tableCell{s, line}
	}
	return out
}

// readMultiline reads a multiline table: a line of dashes, the header's
// lines, the line of dash groups that sets the columns, rows separated by
// blank lines, and a closing line of dashes; without a header it starts
// at the dash groups. Widths are each column's share of the wider of the
// table and 72 columns, as pandoc's.
func readMultiline(lines []string, header bool) (*tableNode, int) {
	sep := 0
	if header {
		sep = 1
		for sep < len(lines) && sep <= 12 && !blank(lines[sep]) && dashGroups(lines[sep]) == nil {
			sep++
		}
		if sep == 1 || sep >= len(lines) || sep > 12 || dashGroups(lines[sep]) == nil {
			return nil, 0
		}
	}
	groups := dashGroups(lines[sep])
	if len(groups) == 0 {
		return nil, 0
	}
	starts := startsOf(groups)
	t := &tableNode{}
	// Rows until a line of dashes followed by a blank line or the end.
	var rows [][2]int // [first, end) line of each row
	i := sep + 1
	closed := false
	for i < len(lines) {
		if blank(lines[i]) {
			if i+1 < len(lines) && blank(lines[i+1]) {
				break // two blank lines: no table
			}
			i++
			continue
		}
		if dashGroups(lines[i]) != nil && (i+1 >= len(lines) || blank(lines[i+1])) {
			closed = true
			break
		}
		start := i
		for i < len(lines) && !blank(lines[i]) && !(dashGroups(lines[i]) != nil && (i+1 >= len(lines) || blank(lines[i+1]))) {
			i++
		}
		rows = append(rows, [2]int{start, i})
	}
	if !closed || len(rows) == 0 {
		return nil, 0
	}
	// A headerless table with its rows side by side is a simple table.
	if !header && len(rows) == 1 && rows[0][1]-rows[0][0] > 1 {
		return nil, 0
	}
	row := func(from, to int) []tableCell {
		cells := make([]tableCell, len(starts))
		parts := make([][]string, len(starts))
		for l := from; l < to; l++ {
			for k, s := range split(lines[l], starts) {
				if s != "" || len(parts[k]) > 0 {
					parts[k] = append(parts[k], s)
				}
			}
		}
		for k := range cells {
			cells[k] = tableCell{strings.TrimRight(strings.Join(parts[k], "\n"), "\n"), from}
		}
		return cells
	}
	keys := lines[sep+1 : sep+2]
	if header {
		keys = lines[1:sep]
		h := row(1, sep)
		empty := true
		for _, c := range h {
			empty = empty && c.text == ""
		}
		if !empty {
			t.head = [][]tableCell{h}
		}
	} else {
		keys = lines[rows[0][0]:rows[0][1]]
	}
	for _, r := range rows {
		t.body = append(t.body, row(r[0], r[1]))
	}
	// pandoc's widths: each column runs to the next one's start; the last
	// is its dashes and one more.
	lengths := make([]int, len(groups))
	total := 0
	for k, g := range groups {
		if k+1 < len(groups) {
			lengths[k] = groups[k+1][0] - g[0]
		} else {
			lengths[k] = g[1] - g[0] + 1
		}
		total += lengths[k]
	}
	norm := float64(max(total, pandocColumns))
	for k, g := range groups {
		t.columns = append(t.columns, document.Column{Align: alignOf(keys, g, columnEnd(groups, k)), Width: float64(lengths[k]) / norm})
	}
	return t, i + 1
}

// gridRule returns the columns of the '+' of a grid table's rule line
// (+---+:==:+), or nil.
func gridRule(s string) []int {
	t := strings.TrimRight(s, " ")
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' || strings.Trim(t, "+-=:") != "" || strings.Contains(t, "++") {
		return nil
	}
	c := newCols(t)
	var out []int
	for i, r := range c.r {
		if r == '+' {
			out = append(out, c.col[i])
		}
	}
	return out
}

// readGrid reads a grid table: rules of +---+ around rows of |-separated
// lines, an optional header above a +===+ rule, alignment colons in the
// header rule (or, without a header, the top one), and widths from the
// rules' dashes, as pandoc's. A table with merged cells, which the model
// cannot carry, is kept as written in raw.
func readGrid(lines []string) (*tableNode, int) {
	bounds := gridRule(lines[0])
	if len(bounds) < 2 {
		return nil, 0
	}
	t := &tableNode{}
	merged := false
	var rows [][2]int
	headEnd := -1
	alignLine := lines[0]
	i := 1
	start := 1
	for ; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " ")
		if r := gridRule(l); r != nil {
			if !sameInts(r, bounds) {
				merged = true
			}
			if start < i {
				rows = append(rows, [2]int{start, i})
			} else {
				merged = merged || i > 1 // two rules in a row
			}
			if strings.Contains(l, "=") {
				if headEnd >= 0 {
					return nil, 0
				}
				headEnd, alignLine = len(rows), l
			}
			start = i + 1
			if i+1 >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "|") && gridRule(lines[i+1]) == nil {
				break
			}
			continue
		}
		c := newCols(l)
		if c.at(bounds[0]) != '|' || c.col[len(c.r)] != bounds[len(bounds)-1]+1 {
			if strings.HasPrefix(l, "|") || strings.HasPrefix(l, "+") {
				merged = true
				continue
			}
			return nil, 0
		}
		for _, b := range bounds[1:] {
			if c.at(b) != '|' {
				merged = true
			}
		}
	}
	if i >= len(lines) || len(rows) == 0 {
		return nil, 0
	}
	n := i + 1
	if merged {
		return &tableNode{raw: strings.Join(lines[:n], "\n")}, n
	}
	t.blocks = true
	ac := newCols(alignLine)
	total := 0
	for k := 0; k+1 < len(bounds); k++ {
		total += bounds[k+1] - bounds[k]
	}
	ncols := len(bounds) - 1
	norm := float64(max(total+ncols-2, pandocColumns))
	for k := 0; k+1 < len(bounds); k++ {
		seg := strings.TrimSpace(ac.slice(bounds[k]+1, bounds[k+1]))
		a := document.AlignDefault
		l, r := strings.HasPrefix(seg, ":"), strings.HasSuffix(seg, ":")
		switch {
		case l && r:
			a = document.AlignCenter
		case l:
			a = document.AlignLeft
		case r:
			a = document.AlignRight
		}
		t.columns = append(t.columns, document.Column{Align: a, Width: float64(bounds[k+1]-bounds[k]) / norm})
	}
	for ri, r := range rows {
		cells := make([]tableCell, ncols)
		for k := 0; k < ncols; k++ {
			var parts []string
			for l := r[0]; l < r[1]; l++ {
				parts = append(parts, strings.TrimRight(newCols(lines[l]).slice(bounds[k]+1, bounds[k+1]), " "))
			}
			cells[k] = tableCell{gridCellText(parts), r[0]}
		}
		if ri < headEnd {
			t.head = append(t.head, cells)
		} else {
			t.body = append(t.body, cells)
		}
	}
	return t, n
}

// gridCellText joins a cell's lines as Markdown: one leading space off
// every line when all have one, blank lines at the ends dropped.
func gridCellText(lines []string) string {
	all := true
	for _, l := range lines {
		if l != "" && !strings.HasPrefix(l, " ") {
			all = false
		}
	}
	for i, l := range lines {
		if all {
			lines[i] = strings.TrimPrefix(l, " ")
		}
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
