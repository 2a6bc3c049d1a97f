package markdown

import (
	"bytes"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"strings"

	"publish/internal/document"
)

// This file reads the bracketed syntax of pandoc's Markdown that is not a
// link: spans with attributes ([text]{.smallcaps}), inline notes
// (^[text]), and references to headings by their text ([Heading] or
// [Heading][]). goldmark leaves such brackets as text when no link
// follows; rebracket finds the matching ones among a node's children and
// puts what they enclose in a node of its own, before the node's inlines
// are converted.

type (
	// spanNode is a bracketed span; ref marks brackets without
	// attributes, which may name a heading (resolved once every heading's
	// identifier is known).
	spanNode struct {
		ast.BaseInline
		attr document.Attr
		ref  bool
		// label is the second pair of [text][label], a heading reference
		// by another name; labeled is set when the pair was there, even
		// empty ([Heading][]).
		label   string
		labeled bool
	}
	inlineNoteNode struct{ ast.BaseInline }
)

var (
	kindSpan       = ast.NewNodeKind("Span")
	kindInlineNote = ast.NewNodeKind("InlineNote")
)

func (n *spanNode) Kind() ast.NodeKind               { return kindSpan }
func (n *inlineNoteNode) Kind() ast.NodeKind         { return kindInlineNote }
func (n *spanNode) Dump(src []byte, level int)       { ast.DumpHelper(n, src, level, nil, nil) }
func (n *inlineNoteNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// piece is one child of the node being rebracketed: a goldmark node, or
// a bracket cut out of a text node.
type piece struct {
	node ast.Node
	// For a bracket: its source offset, '[' or ']', and whether a caret
	// comes right before an opening one (^[, an inline note).
	at    int
	br    byte
	caret bool
}

// maxBrackets bounds the brackets read as syntax in one paragraph; a
// paragraph with more keeps them all as text.
const maxBrackets = 10000

// maxDocBrackets bounds them in a manuscript. goldmark keeps a node and a
// link state for each bracket, and rebracket cuts text at each: about a
// kilobyte a bracket in all, so 4 MiB of paragraphs of "[x" under
// maxBrackets each took 660 MB and half a minute. A book with a
// thousand links has a few thousand brackets.
const maxDocBrackets = 50000

// escapeBrackets puts a backslash before every bracket of src outside
// code (fenced blocks, indented lines, backtick spans), so that goldmark
// reads them as text.
func escapeBrackets(src []byte) []byte {
	out := make([]byte, 0, len(src)+bytes.Count(src, []byte("["))+bytes.Count(src, []byte("]")))
	fence := ""
	for len(src) > 0 {
		end := bytes.IndexByte(src, '\n') + 1
		if end == 0 {
			end = len(src)
		}
		line := src[:end]
		src = src[end:]
		trimmed := bytes.TrimLeft(line, " ")
		switch {
		case fence != "":
			if bytes.HasPrefix(trimmed, []byte(fence)) {
				fence = ""
			}
			out = append(out, line...)
			continue
		case bytes.HasPrefix(trimmed, []byte("```")), bytes.HasPrefix(trimmed, []byte("~~~")):
			fence = string(trimmed[:3])
			out = append(out, line...)
			continue
		case len(line)-len(trimmed) >= 4 || bytes.HasPrefix(line, []byte("\t")):
			out = append(out, line...) // indented code, or a list item's continuation: left alone
			continue
		}
		inCode := false
		for i := 0; i < len(line); i++ {
			switch b := line[i]; {
			case b == '\\' && i+1 < len(line):
				out = append(out, b, line[i+1])
				i++
			case b == '`':
				inCode = !inCode
				out = append(out, b)
			case (b == '[' || b == ']') && !inCode:
				out = append(out, '\\', b)
			default:
				out = append(out, b)
			}
		}
	}
	return out
}

// rebracket rewrites n's children so that each matched pair of brackets
// that is a span, an inline note or a possible heading reference becomes
// one node holding what it encloses.
func (c *converter) rebracket(n ast.Node) {
	switch b := c.countBrackets(n); {
	case b == 0:
		return
	case b > maxBrackets:
		c.warn(n, "%d brackets in one paragraph, more than %d: spans, inline notes and heading references in it are kept as text", b, maxBrackets)
		return
	}
	var pieces []piece
	brackets := 0
	for ch := n.FirstChild(); ch != nil; {
		next := ch.NextSibling()
		t, ok := ch.(*ast.Text)
		if !ok || t.IsRaw() {
			pieces = append(pieces, piece{node: ch})
			ch = next
			continue
		}
		// Cut the text at each unescaped bracket.
		seg := t.Segment
		v := seg.Value(c.src)
		start := 0
		for i := 0; i < len(v); i++ {
			switch v[i] {
			case '\\':
				i++
			case '[', ']':
				if start < i {
					pieces = append(pieces, piece{node: ast.NewTextSegment(text.NewSegment(seg.Start+start, seg.Start+i))})
				}
				// A caret right before an opening bracket makes an inline
				// note; it comes off the text before.
				caret := false
				if at := seg.Start + i; v[i] == '[' && at > 0 && c.src[at-1] == '^' && (at < 2 || c.src[at-2] != '\\') {
					if last := len(pieces) - 1; last >= 0 {
						if tt, ok := pieces[last].node.(*ast.Text); ok && tt.Segment.Stop == at && !tt.SoftLineBreak() && !tt.HardLineBreak() {
							caret = true
							pieces[last].node = ast.NewTextSegment(tt.Segment.WithStop(at - 1))
						}
					}
				}
				pieces = append(pieces, piece{at: seg.Start + i, br: v[i], caret: caret})
				brackets++
				start = i + 1
			}
		}
		if start == 0 {
			pieces = append(pieces, piece{node: ch})
		} else {
			if start < len(v) {
				rest := ast.NewTextSegment(text.NewSegment(seg.Start+start, seg.Stop))
				rest.SetSoftLineBreak(t.SoftLineBreak())
				rest.SetHardLineBreak(t.HardLineBreak())
				pieces = append(pieces, piece{node: rest})
			} else if t.SoftLineBreak() || t.HardLineBreak() {
				// Keep the line break after the bracket.
				br := ast.NewTextSegment(text.NewSegment(seg.Stop, seg.Stop))
				br.SetSoftLineBreak(t.SoftLineBreak())
				br.SetHardLineBreak(t.HardLineBreak())
				pieces = append(pieces, piece{node: br})
			}
		}
		ch = next
	}
	if brackets == 0 {
		return
	}
	out := c.match(pieces)
	for ch := n.FirstChild(); ch != nil; {
		next := ch.NextSibling()
		n.RemoveChild(n, ch)
		ch = next
	}
	for _, p := range out {
		n.AppendChild(n, p)
	}
}

// countBrackets counts the brackets in n's text children, escaped or not.
func (c *converter) countBrackets(n ast.Node) int {
	count := 0
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if t, ok := ch.(*ast.Text); ok && !t.IsRaw() {
			v := t.Segment.Value(c.src)
			count += bytes.Count(v, []byte{'['}) + bytes.Count(v, []byte{']'})
		}
	}
	return count
}

// match pairs the brackets and returns the children: a pair becomes a
// span, an inline note or a heading reference; an unmatched bracket is
// text again.
func (c *converter) match(pieces []piece) []ast.Node {
	var out []ast.Node
	var stack []int // indexes in out of the open brackets' text nodes
	var opens []piece
	for i := 0; i < len(pieces); i++ {
		p := pieces[i]
		switch {
		case p.node != nil:
			out = append(out, p.node)
		case p.br == '[':
			from := p.at
			if p.caret {
				from--
			}
			stack = append(stack, len(out))
			opens = append(opens, p)
			out = append(out, ast.NewTextSegment(text.NewSegment(from, p.at+1)))
		case len(stack) == 0:
			out = append(out, ast.NewTextSegment(text.NewSegment(p.at, p.at+1)))
		default:
			k := stack[len(stack)-1]
			open := opens[len(opens)-1]
			stack, opens = stack[:len(stack)-1], opens[:len(opens)-1]
			var node ast.Node
			consumed := 1 // the closing bracket
			switch {
			case open.caret:
				node = &inlineNoteNode{}
			default:
				after := c.src[p.at+1:]
				if i+1 < len(pieces) && isAttrAt(pieces[i+1].node, p.at+1) {
					node = &spanNode{attr: pieces[i+1].node.(*attrNode).attr}
					pieces[i+1].node = ast.NewText() // taken
				} else if len(after) > 0 && (after[0] == '(' || after[0] == ':') {
					// a link that goldmark did not take, or a definition
				} else {
					sn := &spanNode{ref: true}
					// [text][label] and [Heading][]: the second pair, with
					// no bracket inside it, is the label.
					if j := i + 1; j < len(pieces) && pieces[j].node == nil && pieces[j].br == '[' && pieces[j].at == p.at+1 && !pieces[j].caret {
						k := j + 1
						for k < len(pieces) && pieces[k].node != nil {
							if _, ok := pieces[k].node.(*ast.Text); !ok {
								break
							}
							k++
						}
						if k < len(pieces) && pieces[k].node == nil && pieces[k].br == ']' {
							sn.label = strings.Join(strings.Fields(string(c.src[p.at+2:pieces[k].at])), " ")
							sn.labeled = true
							i = k // the label's pieces are taken
						}
					}
					node = sn
				}
			}
			if node == nil {
				out = append(out, ast.NewTextSegment(text.NewSegment(p.at, p.at+1)))
				continue
			}
			for _, kid := range out[k+1:] {
				node.AppendChild(node, kid)
			}
			out = append(out[:k], node)
			// Cut what the closing bracket consumed (attributes) from the
			// text after it.
			if consumed > 1 && i+1 < len(pieces) {
				t := pieces[i+1].node.(*ast.Text)
				rest := ast.NewTextSegment(t.Segment.WithStart(p.at + consumed))
				rest.SetSoftLineBreak(t.SoftLineBreak())
				rest.SetHardLineBreak(t.HardLineBreak())
				pieces[i+1].node = rest
			}
		}
	}
	return out
}

// isAttrAt reports whether n is an attribute block that starts at offset at.
func isAttrAt(n ast.Node, at int) bool {
	a, ok := n.(*attrNode)
	return ok && a.seg.Start == at
}
