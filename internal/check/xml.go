package check

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// node is an element of a parsed XML document, with the line it starts on.
type node struct {
	Name     xml.Name
	Attr     []xml.Attr
	Line     int
	Children []*node
	text     strings.Builder // character data directly inside: appended, in linear time
}

// Text is the character data directly inside n, concatenated.
func (n *node) Text() string { return n.text.String() }

// attr returns the value of the attribute with local name local in
// namespace space ("" for no namespace).
func (n *node) attr(space, local string) (string, bool) {
	for _, a := range n.Attr {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value, true
		}
	}
	return "", false
}

// walk visits n and every element below it, in document order, without
// recursion, so a deeply nested document cannot exhaust the stack.
func (n *node) walk(visit func(*node)) {
	stack := []*node{n}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visit(e)
		for i := len(e.Children) - 1; i >= 0; i-- {
			stack = append(stack, e.Children[i])
		}
	}
}

// find returns the elements below n (n included) with local name local in
// namespace space.
func (n *node) find(space, local string) []*node {
	var out []*node
	n.walk(func(e *node) {
		if e.Name.Local == local && e.Name.Space == space {
			out = append(out, e)
		}
	})
	return out
}

// xmlError is a well-formedness error with its position.
type xmlError struct {
	Line, Col int
	Msg       string
}

func (e *xmlError) Error() string { return e.Msg }

const maxDepth = 1000

// parseXML parses data strictly, as an XML processor with no DTD does:
// only the five predefined entities, every namespace prefix bound. HTML
// named entities such as &nbsp; are errors, as they are for EPUBCheck.
func parseXML(ctx context.Context, data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var root *node
	var stack []*node
	for n := 0; ; n++ {
		if n&4095 == 0 && ctx.Err() != nil {
			return nil, &xmlError{0, 0, "not read: " + ctx.Err().Error()}
		}
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		line, col := d.InputPos()
		if err != nil {
			msg := strings.TrimPrefix(err.Error(), "XML syntax error on line ")
			if se, ok := err.(*xml.SyntaxError); ok {
				msg, line, col = se.Msg, se.Line, 0
			}
			return nil, &xmlError{line, col, "not well-formed: " + msg}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := unbound(t); err != "" {
				return nil, &xmlError{line, col, "not namespace-well-formed: " + err}
			}
			n := &node{Name: t.Name, Attr: t.Attr, Line: line}
			if len(stack) == 0 {
				if root != nil {
					return nil, &xmlError{line, col, "not well-formed: more than one root element"}
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			}
			if len(stack) >= maxDepth {
				return nil, &xmlError{line, col, fmt.Sprintf("elements nested more than %d deep", maxDepth)}
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			} else if len(bytes.TrimSpace(t)) > 0 {
				return nil, &xmlError{line, col, "not well-formed: text outside the root element"}
			}
		}
	}
	if root == nil {
		return nil, &xmlError{1, 0, "not well-formed: no root element"}
	}
	return root, nil
}

// unbound names a prefix that no xmlns declaration binds. encoding/xml
// leaves such a prefix in Name.Space instead of a namespace URI.
func unbound(t xml.StartElement) string {
	isURI := func(s string) bool { return s == "" || strings.ContainsAny(s, ":/") }
	if !isURI(t.Name.Space) {
		return fmt.Sprintf("prefix %q of <%s:%s> is not bound to a namespace", t.Name.Space, t.Name.Space, t.Name.Local)
	}
	for _, a := range t.Attr {
		if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") {
			continue
		}
		if !isURI(a.Name.Space) {
			return fmt.Sprintf("prefix %q of attribute %s:%s is not bound to a namespace", a.Name.Space, a.Name.Space, a.Name.Local)
		}
	}
	return ""
}
