package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// imageAttributes is a goldmark inline parser for pandoc's link_attributes on
// images: `![Caption](photo.jpg){alt="..." credit="..."}`. It fires on "{"
// only right after an image and stores the attributes on the image node;
// anywhere else "{" stays text.
type imageAttributes struct{}

func (imageAttributes) Trigger() []byte { return []byte{'{'} }

func (imageAttributes) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	img, ok := parent.LastChild().(*ast.Image)
	if !ok || block.PrecendingCharacter() != ')' {
		return nil
	}
	attrs, ok := parser.ParseAttributes(block)
	if !ok {
		return nil
	}
	for _, a := range attrs {
		img.SetAttribute(a.Name, a.Value)
	}
	// An empty text node marks the consumed span; the reader ignores it.
	return ast.NewText()
}

var imageAttributesParser = util.Prioritized(imageAttributes{}, 50)
