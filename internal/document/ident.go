package document

import (
	"strconv"
	"strings"
	"unicode"
)

// Identifier is pandoc's automatic identifier for a heading's text (its
// auto_identifiers extension), so that links written for pandoc resolve:
// the plain text, lower-cased, keeping only letters, digits, spaces and
// "_-."; words joined by "-"; everything before the first letter dropped.
// It returns "" when nothing is left (HeadingIDs then uses "section").
func Identifier(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsSpace(r):
			space = true
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '-' || r == '.':
			if space && b.Len() > 0 {
				b.WriteByte('-')
			}
			space = false
			if b.Len() == 0 && !unicode.IsLetter(r) {
				continue // identifiers start with a letter
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// HeadingIDs gives every heading its identifier, as pandoc does: the one
// written in the manuscript ({#id}), else the automatic Identifier of its
// text, made unique by a suffix "-1", "-2"... among those used before it
// in document order.
func HeadingIDs(blocks []Block) map[*Heading]string {
	ids := map[*Heading]string{}
	used := map[string]bool{}
	Walk(blocks, func(b Block) {
		h, ok := b.(*Heading)
		if !ok {
			return
		}
		id := h.Attr.ID
		if id == "" {
			base := Identifier(PlainText(h.Text))
			if base == "" {
				base = "section"
			}
			id = base
			for n := 1; used[id]; n++ {
				id = base + "-" + strconv.Itoa(n)
			}
		}
		used[id] = true
		ids[h] = id
	})
	return ids
}

// Target is a place that a link "#id" can point to.
type Target struct {
	ID   string
	Line int // where the node that carries it starts; 0 when unknown
}

// Targets lists every identifier in blocks, in document order: each
// heading's from headings (HeadingIDs), and every other node's Attr.ID.
func Targets(blocks []Block, headings map[*Heading]string) []Target {
	var out []Target
	line := 0
	add := func(id string) {
		if id != "" {
			out = append(out, Target{id, line})
		}
	}
	walkBlocks(blocks, func(b Block) {
		line = b.Position().Line
		switch b := b.(type) {
		case *Heading:
			add(headings[b])
		case *CodeBlock:
			add(b.Attr.ID)
		case *Table:
			add(b.Attr.ID)
		case *Div:
			add(b.Attr.ID)
		}
	}, func(in Inline) {
		switch n := in.(type) {
		case *Span:
			add(n.Attr.ID)
		case *Link:
			add(n.Attr.ID)
		case *Code:
			add(n.Attr.ID)
		case *InlineImage:
			add(n.Attr.ID)
		}
	})
	return out
}

// Languages lists the languages of the text: the document's own (Meta.Lang)
// first, then each other lang attribute of a div or span, in order of first
// use. Tags are compared without regard to case.
func (d *Document) Languages() []string {
	var out []string
	seen := map[string]bool{}
	add := func(tag string) {
		tag = strings.TrimSpace(tag)
		if k := strings.ToLower(tag); tag != "" && !seen[k] {
			seen[k] = true
			out = append(out, tag)
		}
	}
	add(d.Meta.Lang)
	walkBlocks(d.Blocks, func(b Block) {
		if div, ok := b.(*Div); ok {
			add(div.Attr.Value("lang"))
		}
	}, func(in Inline) {
		if s, ok := in.(*Span); ok {
			add(s.Attr.Value("lang"))
		}
	})
	return out
}
