package markdown

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/document"
)

// pipeTable converts goldmark's pipe table. As in pandoc, a table with a
// row longer than 72 columns gets relative widths from its delimiter
// row's dashes, and a header of empty cells is no header.
func (c *converter) pipeTable(n *east.Table) *document.Table {
	t := &document.Table{Pos: c.pos(n)}
	for _, a := range n.Alignments {
		t.Columns = append(t.Columns, document.Column{Align: [...]document.Align{
			east.AlignLeft: document.AlignLeft, east.AlignRight: document.AlignRight,
			east.AlignCenter: document.AlignCenter, east.AlignNone: document.AlignDefault}[a]})
	}
	longest := 0
	headLine := -1
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var r document.Row
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			var blocks []document.Block
			if ins := c.inlines(cell); len(ins) > 0 {
				blocks = []document.Block{&document.Paragraph{Pos: c.pos(cell), Text: ins}}
			}
			r = append(r, document.Cell{Blocks: blocks})
			if cell.Lines().Len() > 0 {
				l := c.rawLine(cell.Lines().At(0).Start)
				longest = max(longest, textWidth(strings.TrimSpace(l)))
				if _, ok := row.(*east.TableHeader); ok && headLine < 0 {
					headLine = cell.Lines().At(0).Start
				}
			}
		}
		for len(r) < len(t.Columns) {
			r = append(r, document.Cell{})
		}
		r = r[:len(t.Columns)]
		if _, ok := row.(*east.TableHeader); ok {
			if !emptyRow(r) {
				t.Head = append(t.Head, r)
			}
		} else {
			t.Body = append(t.Body, r)
		}
	}
	if longest > pandocColumns && headLine >= 0 {
		// The delimiter row is the line after the header.
		end := strings.IndexByte(string(c.src[headLine:]), '\n')
		if end >= 0 {
			sep := strings.Trim(strings.TrimSpace(c.rawLine(headLine+end+1)), "|")
			cells := strings.Split(sep, "|")
			total := 0
			for _, s := range cells {
				total += len(strings.TrimSpace(s))
			}
			if len(cells) == len(t.Columns) && total > 0 {
				for i, s := range cells {
					t.Columns[i].Width = float64(len(strings.TrimSpace(s))) / float64(total)
				}
			}
		}
	}
	return t
}

// rawLine is the source line that holds byte offset off, without the
// block quote markers before a table.
func (c *converter) rawLine(off int) string {
	start := strings.LastIndexByte(string(c.src[:min(off, len(c.src))]), '\n') + 1
	end := strings.IndexByte(string(c.src[start:]), '\n')
	if end < 0 {
		end = len(c.src) - start
	}
	return strings.TrimLeft(string(c.src[start:start+end]), "> ")
}

func emptyRow(r document.Row) bool {
	for _, c := range r {
		if len(c.Blocks) > 0 {
			return false
		}
	}
	return true
}

// pandocTable converts a simple, multiline or grid table. Each cell is
// parsed on its own: a grid table's as blocks, the others' as one
// paragraph, as pandoc reads them.
func (c *converter) pandocTable(n *tableNode) document.Block {
	if n.raw != "" {
		c.warn(n, "a grid table with merged cells is not carried; it was kept as code")
		return &document.CodeBlock{Pos: c.pos(n), Text: n.raw}
	}
	t := &document.Table{Pos: c.pos(n), Columns: n.columns}
	line := c.line(n)
	rows := func(rs [][]tableCell) []document.Row {
		var out []document.Row
		for _, r := range rs {
			var row document.Row
			for _, cell := range r {
				row = append(row, document.Cell{Blocks: c.cell(cell, line, n.blocks)})
			}
			out = append(out, row)
		}
		return out
	}
	t.Head = rows(n.head)
	t.Body = rows(n.body)
	if len(t.Head) == 1 && emptyRow(t.Head[0]) {
		t.Head = nil
	}
	return t
}

// cell parses a table cell's Markdown.
func (c *converter) cell(cell tableCell, line int, blocks bool) []document.Block {
	if strings.TrimSpace(cell.text) == "" {
		return nil
	}
	src := cell.text
	if !blocks {
		src = inlineOnly(src)
	}
	if c.depth >= maxDepth {
		c.warnAt(line+cell.line, "tables nested more than %d deep are not read; the cell's text was kept as it is", maxDepth)
		return []document.Block{&document.Paragraph{Text: []document.Inline{&document.Str{Text: cell.text}}}}
	}
	sub := c.reading.converter([]byte(src+"\n"), line+cell.line, c.depth+1)
	return sub.document()
}

// blockStart matches what would make a cell's line start a block: a
// list, quote, heading, definition, line block or code fence marker, or a
// heading underline.
var blockStart = regexp.MustCompile("^\\s*([-+*>:|]\\s|#{1,6}(\\s|$)|=+\\s*$|\\d+[.)](\\s|$)|```|~~~)")

// inlineOnly escapes what would make a cell's lines start a block, so that
// a simple or multiline table's cell is one paragraph, as in pandoc.
func inlineOnly(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		m := blockStart.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		at := m[2] // the marker
		if l[at] >= '0' && l[at] <= '9' {
			at = strings.IndexAny(l[at:], ".)") + at // before the period or parenthesis
		}
		lines[i] = l[:at] + `\` + l[at:]
	}
	return strings.Join(lines, "\n")
}

// captionRE matches a table caption: "Table:" or ":" at a paragraph's
// start, as pandoc reads them before or after a table.
var captionRE = regexp.MustCompile(`^\s*(Table:|table:|:)\s`)

// captions gives each table the caption paragraph after it, or else before
// it; attributes at the caption's end are the table's ({#tbl-1}).
func (c *converter) captions(bs []document.Block, nodes []ast.Node) []document.Block {
	var out []document.Block
	skip := map[int]bool{}
	for i, b := range bs {
		t, ok := b.(*document.Table)
		if !ok || len(t.Caption) > 0 {
			continue
		}
		for _, j := range []int{i + 1, i - 1} {
			if j < 0 || j >= len(bs) || skip[j] {
				continue
			}
			if caption, a, ok := c.caption(bs[j], nodes[j]); ok {
				t.Caption, skip[j] = caption, true
				if !a.IsZero() {
					t.Attr = a
				}
				break
			}
		}
	}
	for i, b := range bs {
		if !skip[i] {
			out = append(out, b)
		}
	}
	return out
}

// caption reads a caption paragraph: its text without the prefix, and its
// attributes.
func (c *converter) caption(b document.Block, n ast.Node) ([]document.Inline, document.Attr, bool) {
	p, ok := b.(*document.Paragraph)
	if !ok || n == nil || n.Lines().Len() == 0 {
		return nil, document.Attr{}, false
	}
	seg := n.Lines().At(0)
	first := seg.Value(c.src)
	m := captionRE.FindSubmatch(first)
	if m == nil || len(p.Text) == 0 {
		return nil, document.Attr{}, false
	}
	ins := append([]document.Inline(nil), p.Text...)
	s, ok := ins[0].(*document.Str)
	if !ok || !strings.HasPrefix(s.Text, string(m[1])) {
		return nil, document.Attr{}, false
	}
	ins[0] = &document.Str{Text: strings.TrimLeft(strings.TrimPrefix(s.Text, string(m[1])), " ")}
	var a document.Attr
	if last, ok := ins[len(ins)-1].(*document.Str); ok {
		if i := strings.LastIndexByte(last.Text, '{'); i >= 0 && strings.HasSuffix(last.Text, "}") {
			if attr, n, ok := parseAttr([]byte(last.Text[i:])); ok && n == len(last.Text)-i {
				a = attr
				ins[len(ins)-1] = &document.Str{Text: strings.TrimRight(last.Text[:i], " ")}
			}
		}
	}
	return mergeStr(ins), a, true
}

// definitionList converts goldmark's definition list. goldmark makes a
// term of each line before the definitions; pandoc's term is one line,
// so consecutive terms are joined by line breaks.
func (c *converter) definitionList(n *east.DefinitionList) *document.DefinitionList {
	dl := &document.DefinitionList{Pos: c.pos(n)}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		last := len(dl.Items) - 1
		switch ch := ch.(type) {
		case *east.DefinitionTerm:
			term := c.inlines(ch)
			if last >= 0 && len(dl.Items[last].Defs) == 0 {
				dl.Items[last].Term = append(append(dl.Items[last].Term, &document.LineBreak{}), term...)
				continue
			}
			dl.Items = append(dl.Items, document.Definition{Term: term})
		case *east.DefinitionDescription:
			if last < 0 {
				dl.Items = append(dl.Items, document.Definition{})
				last = 0
			}
			dl.Items[last].Defs = append(dl.Items[last].Defs, c.blocks(ch))
		}
	}
	for i := range dl.Items {
		if len(dl.Items[i].Defs) == 0 {
			dl.Items[i].Defs = [][]document.Block{nil}
		}
	}
	return dl
}

// footnoteWatcher keeps every footnote definition, and those never
// referenced, before goldmark's footnote extension drops those.
type footnoteWatcher struct{}

var (
	allNotesKey     = parser.NewContextKey()
	unreferencedKey = parser.NewContextKey()
)

func (footnoteWatcher) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var all, unused []*east.Footnote
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fn, ok := n.(*east.Footnote); ok && entering {
			all = append(all, fn)
			if fn.Index < 0 {
				unused = append(unused, fn)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	pc.Set(allNotesKey, all)
	pc.Set(unreferencedKey, unused)
}

var footnoteWatcherTransformer = util.Prioritized(footnoteWatcher{}, 100)
