package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// This file holds the inline syntax of pandoc's Markdown that goldmark
// lacks, as small goldmark inline parsers: superscripts (2^10^),
// subscripts (H~2~O) and strikeout (~~gone~~), and TeX math ($x$, $$x$$).
//
// goldmark's strikethrough extension is not used: as in GitHub's Markdown
// it also strikes out text between single tildes, which pandoc reads as
// a subscript. One delimiter processor reads both, by the tildes' count.

// Nodes of the syntax, converted by the reader like goldmark's own.
type (
	superscriptNode struct{ ast.BaseInline }
	subscriptNode   struct{ ast.BaseInline }
	strikeoutNode   struct{ ast.BaseInline }
	// mathNode holds the TeX between the dollars as source segments.
	mathNode struct {
		ast.BaseInline
		display bool
		tex     []text.Segment
	}
)

var (
	kindSuperscript = ast.NewNodeKind("Superscript")
	kindSubscript   = ast.NewNodeKind("Subscript")
	kindStrikeout   = ast.NewNodeKind("Strikeout")
	kindMath        = ast.NewNodeKind("Math")
)

func (n *superscriptNode) Kind() ast.NodeKind         { return kindSuperscript }
func (n *subscriptNode) Kind() ast.NodeKind           { return kindSubscript }
func (n *strikeoutNode) Kind() ast.NodeKind           { return kindStrikeout }
func (n *mathNode) Kind() ast.NodeKind                { return kindMath }
func (n *superscriptNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (n *subscriptNode) Dump(src []byte, level int)   { ast.DumpHelper(n, src, level, nil, nil) }
func (n *strikeoutNode) Dump(src []byte, level int)   { ast.DumpHelper(n, src, level, nil, nil) }
func (n *mathNode) Dump(src []byte, level int)        { ast.DumpHelper(n, src, level, nil, nil) }

// scriptProcessor pairs ^ with ^, ~ with ~ and ~~ with ~~; char tells a
// superscript from a subscript.
type scriptProcessor struct{ char byte }

func (p scriptProcessor) IsDelimiter(b byte) bool { return b == p.char }

func (scriptProcessor) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char && opener.OriginalLength == closer.OriginalLength
}

func (p scriptProcessor) OnMatch(consumes int) ast.Node {
	switch {
	case p.char == '^':
		return &superscriptNode{}
	case consumes == 2:
		return &strikeoutNode{}
	}
	return &subscriptNode{}
}

var (
	superscriptProcessor = scriptProcessor{char: '^'}
	tildeProcessor       = scriptProcessor{char: '~'}
)

// scriptParser reads a run of one or two tildes, or one caret. Pandoc's
// super- and subscripts open before any character but a space and close
// after one; a space inside makes them text again (see the reader).
type scriptParser struct{}

func (scriptParser) Trigger() []byte { return []byte{'^', '~'} }

func (scriptParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	c := line[0]
	if c == '^' && len(line) > 1 && line[1] == '[' {
		return nil // an inline note, ^[…]
	}
	if rune(c) == before {
		return nil
	}
	proc := superscriptProcessor
	if c == '~' {
		proc = tildeProcessor
	}
	d := parser.ScanDelimiter(line, before, 1, proc)
	if d == nil || d.OriginalLength > 2 || c == '^' && d.OriginalLength > 1 {
		return nil
	}
	if d.OriginalLength == 1 {
		after := rune(' ')
		if len(line) > 1 {
			after = util.ToRune(line, 1)
		}
		d.CanOpen = !util.IsSpaceRune(after)
		d.CanClose = !util.IsSpaceRune(before)
	}
	d.Segment = segment.WithStop(segment.Start + d.OriginalLength)
	block.Advance(d.OriginalLength)
	pc.PushDelimiter(d)
	return d
}

// mathParser reads pandoc's TeX math: $…$ inline, where the opening
// dollar has a non-space after it, the closing one a non-space before it
// and no digit after it (so "$20 and $30" stays text); and $$…$$
// displayed. Either may run over lines of the paragraph.
type mathParser struct{}

func (mathParser) Trigger() []byte { return []byte{'$'} }

func (mathParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	display := len(line) > 1 && line[1] == '$'
	open := 1
	if display {
		open = 2
	}
	if !display && (len(line) < 2 || util.IsSpace(line[1])) {
		return nil
	}
	l, pos := block.Position()
	block.Advance(open)
	node := &mathNode{display: display}
	for first := true; ; first = false {
		line, seg := block.PeekLine()
		if line == nil || !first && util.IsBlank(line) {
			block.SetPosition(l, pos)
			return nil
		}
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++ // an escaped character, \$ among them, is TeX
			case '$':
				if display {
					if i+1 < len(line) && line[i+1] == '$' {
						node.tex = append(node.tex, seg.WithStop(seg.Start+i))
						block.Advance(i + 2)
						return node
					}
					continue
				}
				// Not an empty formula, nor after a space or a line
				// break, nor before a digit.
				if i == 0 || util.IsSpace(line[i-1]) || i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9' {
					continue
				}
				node.tex = append(node.tex, seg.WithStop(seg.Start+i))
				block.Advance(i + 1)
				return node
			}
		}
		node.tex = append(node.tex, seg)
		block.AdvanceLine()
	}
}

var (
	scriptInlineParser = util.Prioritized(scriptParser{}, 500)
	mathInlineParser   = util.Prioritized(mathParser{}, 150)
)
