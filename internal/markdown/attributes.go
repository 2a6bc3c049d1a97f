package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/document"
)

// parseAttr reads pandoc's attribute syntax at the start of s:
// {#id .class key=value key="quoted value" -}, where "-" is the class
// "unnumbered". It returns the attributes and the bytes read, or ok false
// when s does not start with a well-formed attribute block.
func parseAttr(s []byte) (a document.Attr, n int, ok bool) {
	if len(s) == 0 || s[0] != '{' {
		return a, 0, false
	}
	i := 1
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		if i >= len(s) {
			return a, 0, false
		}
		switch c := s[i]; {
		case c == '}':
			return a, i + 1, true
		case c == '#':
			j := identEnd(s, i+1)
			if j == i+1 || a.ID != "" {
				return a, 0, false
			}
			a.ID = string(s[i+1 : j])
			i = j
		case c == '.':
			j := identEnd(s, i+1)
			if j == i+1 {
				return a, 0, false
			}
			a.Classes = append(a.Classes, string(s[i+1:j]))
			i = j
		case c == '=' && i == 1:
			// A raw attribute, {=html}: content for that format only.
			j := identEnd(s, i+1)
			if j == i+1 || j >= len(s) || s[j] != '}' {
				return a, 0, false
			}
			a.Classes = append(a.Classes, string(s[i:j]))
			i = j
		case c == '-' && i+1 < len(s) && (s[i+1] == '}' || s[i+1] == ' '):
			a.Classes = append(a.Classes, "unnumbered")
			i++
		default:
			j := i
			for j < len(s) && (isKeyByte(s[j])) {
				j++
			}
			if j == i || j >= len(s) || s[j] != '=' {
				return a, 0, false
			}
			key := string(s[i:j])
			v, m, ok := attrValueAt(s[j+1:])
			if !ok {
				return a, 0, false
			}
			a.KV = append(a.KV, document.KeyValue{Key: key, Value: v})
			i = j + 1 + m
		}
		if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '}' {
			return a, 0, false
		}
	}
}

// identEnd is where an identifier or class that starts at i ends: at a
// space or the closing brace.
func identEnd(s []byte, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '}' && s[i] != '{' && s[i] != '"' && s[i] != '\'' && s[i] != '#' && s[i] != '=' {
		i++
	}
	return i
}

// attrName reports whether s can be written as #s or .s in an attribute
// block, so that only such identifiers and classes enter the model.
func attrName(s string) bool {
	return s != "" && identEnd([]byte(s), 0) == len(s)
}

func isKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// attrValueAt reads a value: "double" or 'single' quoted, with backslash
// escapes, or a run of characters up to a space or the closing brace.
func attrValueAt(s []byte) (string, int, bool) {
	if len(s) == 0 {
		return "", 0, false
	}
	if q := s[0]; q == '"' || q == '\'' {
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				if i+1 < len(s) {
					i++
					b.WriteByte(s[i])
				}
			case q:
				return b.String(), i + 1, true
			default:
				b.WriteByte(s[i])
			}
		}
		return "", 0, false
	}
	i := 0
	for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '}' {
		i++
	}
	return string(s[:i]), i, i > 0
}

// attributes is a goldmark inline parser for pandoc's attribute blocks:
// after an image, a link or inline code ({alt="…" credit="…"}, {.class},
// {.go}) they are kept on that node; anywhere else a well-formed block
// becomes an attrNode, which a bracketed span or a table caption takes,
// and which is text again otherwise. Reading them here, before smart
// punctuation, keeps their straight quotes.
type attributes struct{}

// attrKey keeps the attributes on the goldmark node.
var attrKey = []byte("publish-attr")

// attrNode is an attribute block that no node has taken yet; seg is its
// source.
type attrNode struct {
	ast.BaseInline
	attr document.Attr
	seg  text.Segment
}

var kindAttr = ast.NewNodeKind("Attributes")

func (n *attrNode) Kind() ast.NodeKind         { return kindAttr }
func (n *attrNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

func (attributes) Trigger() []byte { return []byte{'{'} }

func (attributes) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	a, n, ok := parseAttr(line)
	if !ok {
		return nil
	}
	var target ast.Node
	switch last := parent.LastChild(); last.(type) {
	case *ast.Image, *ast.Link:
		if block.PrecendingCharacter() == ')' || block.PrecendingCharacter() == ']' {
			target = last
		}
	case *ast.CodeSpan:
		if block.PrecendingCharacter() == '`' {
			target = last
		}
	}
	block.Advance(n)
	if target != nil {
		if _, done := target.Attribute(attrKey); !done {
			target.SetAttribute(attrKey, a)
			// An empty text node marks the consumed span; the reader ignores it.
			return ast.NewText()
		}
	}
	return &attrNode{attr: a, seg: seg.WithStop(seg.Start + n)}
}

// nodeAttr is the attributes the attributes parser kept on n.
func nodeAttr(n ast.Node) document.Attr {
	if v, ok := n.Attribute(attrKey); ok {
		if a, ok := v.(document.Attr); ok {
			return a
		}
	}
	return document.Attr{}
}

var attributesParser = util.Prioritized(attributes{}, 50)
