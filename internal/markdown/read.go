// Package markdown reads and writes manuscripts: YAML front matter followed
// by a CommonMark body that pandoc reads the same way.
package markdown

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"publish/internal/diag"
	"publish/internal/document"
)

var md = goldmark.New(goldmark.WithParserOptions(
	parser.WithInlineParsers(imageAttributesParser),
))

// Read parses a manuscript from r. name is the file name used in messages.
// Warnings are returned even when err is nil.
func Read(r io.Reader, name string) (*document.Document, diag.Warnings, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return Parse(src, name)
}

// Parse is Read on bytes already in memory.
func Parse(src []byte, name string) (*document.Document, diag.Warnings, error) {
	var warns diag.Warnings
	doc := &document.Document{}
	fm, body, bodyLine, ok := splitFrontMatter(src)
	if !ok {
		return nil, nil, diag.Errorf(diag.Position{File: name, Line: 1}, "no front matter: a manuscript starts with a line \"---\", YAML keys (at least title), and a closing \"---\"")
	}
	f := &frontMatter{file: name, lineBase: 2, warnings: &warns}
	if err := f.decode(fm, &doc.Meta); err != nil {
		return nil, warns, err
	}
	if doc.Meta.Title == "" {
		return nil, warns, diag.Errorf(diag.Position{File: name, Line: 1}, "front matter has no title")
	}
	c := &converter{src: body, file: name, lineBase: bodyLine, warnings: &warns}
	root := md.Parser().Parse(text.NewReader(body))
	doc.Blocks = c.blocks(root)
	if h := doc.TrimTitleHeading(); h != nil {
		warns.Addf(diag.Position{File: name, Line: h.Line}, "the first heading repeats the title, which the editions already show; it is left out")
	}
	return doc, warns, nil
}

type converter struct {
	src      []byte
	file     string
	lineBase int
	lines    []int // byte offsets of line starts in src, built on first use
	warnings *diag.Warnings
}

func (c *converter) line(n ast.Node) int {
	off := -1
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		off = n.Lines().At(0).Start
	} else if p := n.Pos(); p >= 0 {
		off = p
	} else if fc := n.FirstChild(); fc != nil {
		return c.line(fc)
	}
	if off < 0 {
		return 0
	}
	if c.lines == nil {
		c.lines = []int{0}
		for i, b := range c.src {
			if b == '\n' {
				c.lines = append(c.lines, i+1)
			}
		}
	}
	lo, hi := 0, len(c.lines)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if c.lines[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return c.lineBase + lo
}

func (c *converter) pos(n ast.Node) document.Pos { return document.Pos{Line: c.line(n)} }

func (c *converter) warn(n ast.Node, format string, args ...any) {
	c.warnings.Addf(diag.Position{File: c.file, Line: c.line(n)}, format, args...)
}

func (c *converter) blocks(parent ast.Node) []document.Block {
	var out []document.Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if b := c.block(n); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func (c *converter) block(n ast.Node) document.Block {
	switch n := n.(type) {
	case *ast.Heading:
		return &document.Heading{Pos: c.pos(n), Level: n.Level, Text: c.inlines(n)}
	case *ast.Paragraph, *ast.TextBlock:
		if fig := c.figure(n); fig != nil {
			return fig
		}
		ins := c.inlines(n)
		if len(ins) == 0 {
			return nil
		}
		return &document.Paragraph{Pos: c.pos(n), Text: ins}
	case *ast.Blockquote:
		return &document.Quote{Pos: c.pos(n), Blocks: c.blocks(n)}
	case *ast.List:
		l := &document.List{Pos: c.pos(n), Ordered: n.IsOrdered(), Start: n.Start}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.Items = append(l.Items, document.ListItem{Blocks: c.blocks(item)})
		}
		return l
	case *ast.ThematicBreak:
		return nil
	case *ast.HTMLBlock:
		c.warn(n, "raw HTML is not supported and was left out")
		return nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		// Code blocks have no place in an article; keep the text as a quote.
		var b strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(c.src))
		}
		return &document.Quote{Pos: c.pos(n), Blocks: []document.Block{
			&document.Paragraph{Pos: c.pos(n), Text: []document.Inline{&document.Code{Text: strings.TrimRight(b.String(), "\n")}}},
		}}
	}
	c.warn(n, "unsupported Markdown block %s was left out", n.Kind())
	return nil
}

// figure recognises pandoc's implicit figure: an image alone in its paragraph.
func (c *converter) figure(p ast.Node) *document.Figure {
	var img *ast.Image
	for n := p.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Image:
			if img != nil {
				return nil
			}
			img = n
		case *ast.Text:
			if len(bytes.TrimSpace(n.Segment.Value(c.src))) != 0 {
				return nil
			}
		default:
			return nil
		}
	}
	if img == nil {
		return nil
	}
	fig := &document.Figure{Pos: c.pos(p), Src: string(img.Destination), Caption: c.inlines(img)}
	for _, a := range img.Attributes() {
		v := attrText(a.Value)
		switch string(a.Name) {
		case "alt":
			fig.Alt = v
		case "credit":
			fig.Credit = v
		default:
			c.warn(p, "unknown figure attribute %q (known: alt, credit)", a.Name)
		}
	}
	return fig
}

// unescape resolves backslash escapes and character references in one
// pass, so that an escaped "\&amp;" stays the text "&amp;".
func unescape(b []byte) string {
	if bytes.IndexByte(b, '\\') < 0 && bytes.IndexByte(b, '&') < 0 {
		return string(b) // most text: nothing to resolve
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]):
			out.WriteByte(b[i+1])
			i += 2
			continue
		case c == '&':
			if end := bytes.IndexByte(b[i:], ';'); end > 1 && end < 40 {
				ref := b[i : i+end+1]
				if r := util.ResolveNumericReferences(ref); !bytes.Equal(r, ref) {
					out.Write(r)
					i += end + 1
					continue
				}
				if e, ok := util.LookUpHTML5EntityByName(string(ref[1 : len(ref)-1])); ok {
					out.Write(e.Characters)
					i += end + 1
					continue
				}
			}
		}
		out.WriteByte(c)
		i++
	}
	return out.String()
}

func attrText(v any) string {
	switch v := v.(type) {
	case []byte:
		return string(v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}

// inlines converts the children of n, merging adjacent text so that the
// same text always gives the same model.
func (c *converter) inlines(n ast.Node) []document.Inline {
	var out []document.Inline
	add := func(in document.Inline) {
		if s, ok := in.(*document.Str); ok {
			if s.Text == "" {
				return
			}
			if len(out) > 0 {
				if prev, ok := out[len(out)-1].(*document.Str); ok {
					prev.Text += s.Text
					return
				}
			}
		}
		out = append(out, in)
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *ast.Text:
			add(&document.Str{Text: unescape(ch.Segment.Value(c.src))})
			if ch.HardLineBreak() {
				add(&document.LineBreak{})
			} else if ch.SoftLineBreak() {
				add(&document.Str{Text: " "})
			}
		case *ast.String:
			add(&document.Str{Text: string(ch.Value)})
		case *ast.Emphasis:
			kids := c.inlines(ch)
			if ch.Level >= 2 {
				add(&document.Strong{Children: kids})
			} else {
				add(&document.Emph{Children: kids})
			}
		case *ast.Link:
			add(&document.Link{URL: string(ch.Destination), Title: string(ch.Title), Children: c.inlines(ch)})
		case *ast.AutoLink:
			u := string(ch.URL(c.src))
			add(&document.Link{URL: u, Children: []document.Inline{&document.Str{Text: string(ch.Label(c.src))}}})
		case *ast.CodeSpan:
			var b strings.Builder
			for t := ch.FirstChild(); t != nil; t = t.NextSibling() {
				if tn, ok := t.(*ast.Text); ok {
					b.Write(tn.Segment.Value(c.src))
				}
			}
			add(&document.Code{Text: b.String()})
		case *ast.Image:
			c.warn(ch, "an image inside text is not a figure; only its caption was kept (put the image alone in its paragraph)")
			for _, in := range c.inlines(ch) {
				add(in)
			}
		case *ast.RawHTML:
			c.warn(ch, "raw HTML is not supported and was left out")
		default:
			for _, in := range c.inlines(ch) {
				add(in)
			}
		}
	}
	// Trim the edges: soft breaks at the ends carry no meaning.
	if len(out) > 0 {
		if s, ok := out[0].(*document.Str); ok {
			s.Text = strings.TrimLeft(s.Text, " \t")
		}
		if s, ok := out[len(out)-1].(*document.Str); ok {
			s.Text = strings.TrimRight(s.Text, " \t")
		}
	}
	return out
}
