package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/document"
)

// This file holds the block syntax of pandoc's Markdown that goldmark
// lacks, as small goldmark block parsers: fenced divs (::: {.note}) and
// line blocks (| verse). Tables are in table.go.

// divNode is a fenced div; its children are the blocks inside.
type divNode struct {
	ast.BaseBlock
	attr document.Attr
}

// lineBlockNode is a line block. Its children are lineNodes, one per
// line, each with the line's inline text and its indentation.
type lineBlockNode struct {
	ast.BaseBlock
	starts []bool // for each segment of Lines: does it start a new line
}

type lineNode struct {
	ast.BaseBlock
	indent int // leading spaces, kept as no-break spaces
}

var (
	kindDiv       = ast.NewNodeKind("Div")
	kindLineBlock = ast.NewNodeKind("LineBlock")
	kindLine      = ast.NewNodeKind("Line")
)

func (n *divNode) Kind() ast.NodeKind               { return kindDiv }
func (n *lineBlockNode) Kind() ast.NodeKind         { return kindLineBlock }
func (n *lineNode) Kind() ast.NodeKind              { return kindLine }
func (n *divNode) Dump(src []byte, level int)       { ast.DumpHelper(n, src, level, nil, nil) }
func (n *lineBlockNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (n *lineNode) Dump(src []byte, level int)      { ast.DumpHelper(n, src, level, nil, nil) }

// divParser reads pandoc's fenced divs: a line of three or more colons
// with attributes ({#id .class key=value}, or a bare class name) opens
// one, and a line of three or more colons alone closes the innermost.
type divParser struct{}

func (divParser) Trigger() []byte { return []byte{':'} }

// fence returns the count of colons that start line (three or more), and
// what follows them, trimmed.
func fence(line []byte) (int, []byte) {
	n := 0
	for n < len(line) && line[n] == ':' {
		n++
	}
	if n < 3 {
		return 0, nil
	}
	return n, bytes.TrimSpace(line[n:])
}

func (divParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || pc.BlockIndent() > 3 {
		return nil, parser.NoChildren
	}
	n, rest := fence(line[pos:])
	if n == 0 || len(rest) == 0 {
		return nil, parser.NoChildren
	}
	var a document.Attr
	if rest[0] == '{' {
		var m int
		var ok bool
		if a, m, ok = parseAttr(rest); !ok {
			return nil, parser.NoChildren
		}
		rest = rest[m:]
	} else {
		end := 0
		for end < len(rest) && rest[end] != ' ' && rest[end] != ':' {
			end++
		}
		if !attrName(string(rest[:end])) {
			return nil, parser.NoChildren
		}
		a.Classes = []string{string(rest[:end])}
		rest = rest[end:]
	}
	// Colons may close the opening fence.
	if len(bytes.Trim(rest, ": \t\r\n")) != 0 {
		return nil, parser.NoChildren
	}
	reader.Advance(lineLen(line))
	return &divNode{attr: a}, parser.HasChildren
}

func (divParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 3 || pos >= len(line) {
		return parser.Continue | parser.HasChildren
	}
	n, rest := fence(line[pos:])
	if n == 0 || len(rest) != 0 || !innermost(node, pc) {
		return parser.Continue | parser.HasChildren
	}
	reader.Advance(lineLen(line))
	return parser.Close
}

// innermost reports whether div is the deepest open div, and no fenced
// code is open inside it, so that a closing fence is its own.
func innermost(div ast.Node, pc parser.Context) bool {
	inside := false
	for _, b := range pc.OpenedBlocks() {
		if b.Node == div {
			inside = true
			continue
		}
		if !inside {
			continue
		}
		switch b.Node.(type) {
		case *divNode, *ast.FencedCodeBlock:
			return false
		}
	}
	return true
}

func (divParser) Close(ast.Node, text.Reader, parser.Context) {}
func (divParser) CanInterruptParagraph() bool                 { return false }
func (divParser) CanAcceptIndentedLine() bool                 { return false }

// lineBlockParser reads pandoc's line blocks: lines that start with "| "
// (or are "|" alone), each kept as a line with its leading spaces; a line
// that starts with a space continues the one before.
type lineBlockParser struct{}

func (lineBlockParser) Trigger() []byte { return []byte{'|'} }

// lineBlockLine returns the text after "|" and a space, or ok false.
func lineBlockLine(line []byte) ([]byte, bool) {
	line = bytes.TrimRight(line, "\r\n")
	if len(line) == 0 || line[0] != '|' {
		return nil, false
	}
	if len(line) == 1 {
		return nil, true
	}
	if line[1] != ' ' {
		return nil, false
	}
	return line[2:], true
}

func (lineBlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || pc.BlockIndent() > 3 {
		return nil, parser.NoChildren
	}
	if _, ok := lineBlockLine(line[pos:]); !ok || pipeTableFollows(reader) {
		return nil, parser.NoChildren
	}
	n := &lineBlockNode{}
	n.add(line, seg, pos+2, true)
	reader.Advance(lineLen(line))
	return n, parser.NoChildren
}

// add keeps the text of line from byte start on.
func (n *lineBlockNode) add(line []byte, seg text.Segment, start int, newLine bool) {
	end := len(bytes.TrimRight(line, "\r\n"))
	start = min(start, end)
	n.Lines().Append(text.NewSegment(seg.Start+start, seg.Start+end))
	n.starts = append(n.starts, newLine)
}

// pipeTableFollows reports whether the line after the reader's is a pipe
// table's delimiter row, so that "| a | b |" is a table's first row.
func pipeTableFollows(reader text.Reader) bool {
	_, seg := reader.PeekLine()
	src := reader.Source()
	next := src[min(seg.Stop, len(src)):]
	if i := bytes.IndexByte(next, '\n'); i >= 0 {
		next = next[:i]
	}
	next = bytes.TrimSpace(next)
	// Inside a block quote the next line starts with its marker.
	next = bytes.TrimSpace(bytes.TrimLeft(next, "> "))
	return len(next) > 0 && bytes.IndexByte(next, '-') >= 0 && len(bytes.Trim(next, "|-: \t")) == 0 && bytes.IndexByte(next, '|') >= 0
}

func (lineBlockParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, seg := reader.PeekLine()
	if util.IsBlank(line) {
		return parser.Close
	}
	n := node.(*lineBlockNode)
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if _, ok := lineBlockLine(line[pos:]); ok && w <= 3 {
		n.add(line, seg, pos+2, true)
	} else if w > 0 {
		n.add(line, seg, pos, false) // a continuation line
	} else {
		return parser.Close
	}
	reader.Advance(lineLen(line))
	return parser.Continue | parser.NoChildren
}

// Close makes one lineNode per line, each holding its segments, so that
// goldmark parses each line's inlines.
func (lineBlockParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	n := node.(*lineBlockNode)
	src := reader.Source()
	var cur *lineNode
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		if n.starts[i] {
			cur = &lineNode{}
			v := seg.Value(src)
			for cur.indent < len(v) && v[cur.indent] == ' ' {
				cur.indent++
			}
			if cur.indent == len(v) {
				cur.indent = 0 // a blank line has no indentation
			}
			seg = seg.WithStart(seg.Start + cur.indent)
			n.AppendChild(n, cur)
		}
		if seg.Len() > 0 { // goldmark cannot parse an empty line's inlines
			cur.Lines().Append(seg)
		}
	}
	n.SetLines(text.NewSegments())
}

func (lineBlockParser) CanInterruptParagraph() bool { return false }
func (lineBlockParser) CanAcceptIndentedLine() bool { return false }

var (
	divBlockParser       = util.Prioritized(divParser{}, 90)
	lineBlockBlockParser = util.Prioritized(lineBlockParser{}, 90)
)

// lineLen is the length of line without its line ending.
func lineLen(line []byte) int {
	return len(bytes.TrimRight(line, "\r\n"))
}
