package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/document"
)

// pandoc's fancy list markers (a. A) (i) IV. #.) and numbered examples
// ((@) and (@label)) are read by goldmark's own list parsers, which see
// each such marker rewritten as a decimal one of the same length ("iv." as
// "01.", "(a)" as " 1)"), so that every offset stays as written; the
// wrappers below record the style and the real start on the list.

// listStyleKey keeps a list's style on its goldmark node.
var listStyleKey = []byte("publish-list-style")

// exampleKey keeps the numbered examples read so far: their count, and
// each label's number.
var exampleKey = parser.NewContextKey()

type examples struct {
	count  int
	labels map[string]int
}

func examplesOf(pc parser.Context) *examples {
	v := pc.ComputeIfAbsent(exampleKey, func() any { return &examples{labels: map[string]int{}} })
	return v.(*examples)
}

// marker is a fancy list marker read from the start of a line.
type marker struct {
	style   document.ListStyle
	example bool
	label   string // of a numbered example, "" for (@)
	start   int    // the number it stands for
	line    []byte // the line with the marker rewritten as a decimal one
}

// fancyMarker reads a fancy marker, after up to three spaces, followed by
// a space (two after a capital letter and a period, as in pandoc, so that
// "B. Russell" stays text) or the end of the line.
func fancyMarker(line []byte) (marker, bool) {
	i := 0
	for i < len(line) && i < 4 && line[i] == ' ' {
		i++
	}
	if i > 3 || i >= len(line) {
		return marker{}, false
	}
	start := i
	paren := line[i] == '('
	if paren {
		i++
	}
	j := i
	for j < len(line) && (isASCIILetter(line[j]) || line[j] >= '0' && line[j] <= '9' || line[j] == '#' || line[j] == '@' || line[j] == '-' || line[j] == '_') {
		j++
	}
	if j == i || j >= len(line) {
		return marker{}, false
	}
	body := string(line[i:j])
	delim := line[j]
	switch {
	case paren && delim != ')', !paren && delim != '.' && delim != ')':
		return marker{}, false
	}
	end := j + 1
	// What follows: a space, or the end of the line.
	if end < len(line) && line[end] != ' ' && line[end] != '\t' && line[end] != '\n' && line[end] != '\r' {
		return marker{}, false
	}
	var m marker
	switch {
	case body == "#":
		m.start = 1
	case body[0] == '@' && paren:
		m.example, m.label = true, body[1:]
	case isRoman(body):
		m.style, m.start = document.LowerRoman, romanValue(strings.ToLower(body))
		if strings.ToUpper(body) == body {
			m.style = document.UpperRoman
		}
	case len(body) == 1 && isASCIILetter(body[0]):
		m.style, m.start = document.LowerAlpha, int(body[0]-'a')+1
		if body[0] <= 'Z' {
			m.style, m.start = document.UpperAlpha, int(body[0]-'A')+1
		}
	case paren && strings.Trim(body, "0123456789") == "" && len(body) <= 9:
		m.start, _ = strconv.Atoi(body)
	default:
		return marker{}, false
	}
	if m.style == document.UpperAlpha && delim == '.' && !(end >= len(line)-1 || bytes.HasPrefix(line[end:], []byte("  ")) || line[end] == '\n') {
		return marker{}, false
	}
	// The same length, as digits and the delimiter: goldmark reads the
	// item's content where it really starts.
	width := end - start
	digits := width - 1
	if digits > 9 {
		return marker{}, false
	}
	m.line = append([]byte{}, line...)
	copy(m.line[start:end], strings.Repeat("0", digits-1)+"1"+")")
	if !paren {
		m.line[end-1] = delim
	}
	return m, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isRoman reports whether s is a roman numeral that pandoc reads as one:
// several letters, or i, v or x alone (c, d, l and m alone are letters).
func isRoman(s string) bool {
	l := strings.ToLower(s)
	if l != s && strings.ToUpper(s) != s {
		return false
	}
	if strings.Trim(l, "ivxlcdm") != "" {
		return false
	}
	if len(l) == 1 {
		return l == "i" || l == "v" || l == "x"
	}
	return romanValue(l) > 0
}

func romanValue(s string) int {
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100, 'd': 500, 'm': 1000}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// lineReader is a text.Reader whose current line reads as line.
type lineReader struct {
	text.Reader
	line []byte
}

func (r *lineReader) PeekLine() ([]byte, text.Segment) {
	_, seg := r.Reader.PeekLine()
	return r.line, seg
}

// fancyListParser wraps goldmark's list parser.
type fancyListParser struct{ inner parser.BlockParser }

func (p fancyListParser) Trigger() []byte {
	t := append([]byte{'(', '#'}, p.inner.Trigger()...)
	for c := byte('a'); c <= 'z'; c++ {
		t = append(t, c, c-'a'+'A')
	}
	return t
}

func (p fancyListParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	m, ok := fancyMarker(line)
	if !ok {
		return p.inner.Open(parent, reader, pc)
	}
	node, st := p.inner.Open(parent, &lineReader{reader, m.line}, pc)
	if list, ok := node.(*ast.List); ok {
		list.Start = m.start
		if m.example {
			list.Start = examplesOf(pc).count + 1
			list.SetAttribute(listStyleKey, "example")
		} else {
			list.SetAttribute(listStyleKey, m.style)
		}
	}
	return node, st
}

func (p fancyListParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	if _, ok := node.LastChild().(*ast.ListItem); !ok && node.LastChild() != nil {
		return parser.Close // goldmark's list parser reads its last child as an item
	}
	line, _ := reader.PeekLine()
	m, fancy := fancyMarker(line)
	// A marker of another style at the list's own level starts a new list.
	if last, ok := node.LastChild().(*ast.ListItem); ok {
		w, _ := util.IndentWidth(line, reader.LineOffset())
		if w < last.Offset && !util.IsBlank(line) {
			style, _ := node.Attribute(listStyleKey)
			if fancy && (style != any(m.style) && !(m.example && style == "example")) {
				return parser.Close
			}
			if !fancy && style != nil && isOrderedMarker(line) {
				return parser.Close
			}
		}
	}
	if fancy {
		return p.inner.Continue(node, &lineReader{reader, m.line}, pc)
	}
	return p.inner.Continue(node, reader, pc)
}

// isOrderedMarker reports whether line starts with a decimal list marker.
func isOrderedMarker(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}

func (p fancyListParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	p.inner.Close(node, reader, pc)
}
func (p fancyListParser) CanInterruptParagraph() bool { return p.inner.CanInterruptParagraph() }
func (p fancyListParser) CanAcceptIndentedLine() bool { return p.inner.CanAcceptIndentedLine() }

// fancyItemParser wraps goldmark's list item parser; it numbers the
// examples.
type fancyItemParser struct{ inner parser.BlockParser }

func (p fancyItemParser) Trigger() []byte { return fancyListParser{p.inner}.Trigger() }

func (p fancyItemParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	m, ok := fancyMarker(line)
	if !ok {
		return p.inner.Open(parent, reader, pc)
	}
	node, st := p.inner.Open(parent, &lineReader{reader, m.line}, pc)
	if node != nil && m.example {
		ex := examplesOf(pc)
		ex.count++
		if m.label != "" {
			if _, dup := ex.labels[m.label]; !dup {
				ex.labels[m.label] = ex.count
			}
		}
	}
	return node, st
}

func (p fancyItemParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if m, ok := fancyMarker(line); ok {
		return p.inner.Continue(node, &lineReader{reader, m.line}, pc)
	}
	return p.inner.Continue(node, reader, pc)
}
func (p fancyItemParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	p.inner.Close(node, reader, pc)
}
func (p fancyItemParser) CanInterruptParagraph() bool { return p.inner.CanInterruptParagraph() }
func (p fancyItemParser) CanAcceptIndentedLine() bool { return p.inner.CanAcceptIndentedLine() }

// blockParsers are goldmark's, with the list parsers wrapped.
func blockParsers() []util.PrioritizedValue {
	ps := parser.DefaultBlockParsers()
	for i, p := range ps {
		switch p.Value {
		case parser.NewListParser():
			ps[i].Value = fancyListParser{p.Value.(parser.BlockParser)}
		case parser.NewListItemParser():
			ps[i].Value = fancyItemParser{p.Value.(parser.BlockParser)}
		}
	}
	return ps
}

// listStyle is the style the wrappers recorded on a list.
func listStyle(n *ast.List) (document.ListStyle, bool) {
	v, ok := n.Attribute(listStyleKey)
	if !ok {
		return document.Decimal, false
	}
	if v == "example" {
		return document.Decimal, true
	}
	s, _ := v.(document.ListStyle)
	return s, false
}
