package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"publish/internal/document"
)

// Raw HTML in a manuscript: the inline tags that the model carries safely
// become its nodes (<sup>, <sub>, <br>, <span>, and emphasis, strong,
// strikeout and underline); a <div> block with Markdown inside becomes a
// Div, as in pandoc; comments are dropped silently, as they are not
// text; anything else is dropped with a warning, and its text is kept.

// htmlOpen is an inline tag opened and not yet closed: what was written
// since goes inside it when it closes.
type htmlOpen struct {
	tag   string
	attr  document.Attr
	start int // index in the output of the first inline inside
}

// htmlMark stands in the output where an open tag's content starts, so
// that text after it is not merged with text before.
var htmlMark = &document.Str{}

// inlineTags are the inline elements kept, with the node each becomes.
var inlineTags = map[string]bool{
	"sup": true, "sub": true, "span": true, "em": true, "i": true, "strong": true,
	"b": true, "del": true, "s": true, "strike": true, "u": true, "ins": true, "mark": true,
	"small": true, "cite": true, "q": true, "abbr": true, "dfn": true, "kbd": true, "var": true, "samp": true,
}

// rawHTML handles one inline tag.
func (c *converter) rawHTML(n *ast.RawHTML, out *[]document.Inline, open *[]htmlOpen, add func(document.Inline)) {
	var raw []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		raw = append(raw, seg.Value(c.src)...)
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	tt := z.Next()
	tok := z.Token()
	switch tt {
	case html.CommentToken:
		return
	case html.SelfClosingTagToken, html.StartTagToken:
		name := tok.Data
		if tok.DataAtom == atom.Br {
			add(&document.LineBreak{})
			return
		}
		if inlineTags[name] && tt == html.StartTagToken {
			*open = append(*open, htmlOpen{tag: name, attr: htmlAttr(tok), start: len(*out)})
			*out = append(*out, htmlMark)
			return
		}
	case html.EndTagToken:
		for i := len(*open) - 1; i >= 0; i-- {
			if (*open)[i].tag != tok.Data {
				continue
			}
			o := (*open)[i]
			// Tags opened inside and left open close here too.
			*open = (*open)[:i]
			kids := append([]document.Inline(nil), (*out)[o.start+1:]...)
			*out = (*out)[:o.start]
			add(htmlNode(o, mergeStr(kids)))
			return
		}
		if inlineTags[tok.Data] {
			c.warn(n, "closing tag </%s> closes nothing; it was dropped", tok.Data)
			return
		}
	}
	c.warn(n, "raw HTML %s is not carried; it was dropped and the text around it kept", truncate(strings.TrimSpace(string(raw)), 40))
}

// closeHTML closes the tags left open at the end of a run of inlines.
func (c *converter) closeHTML(out []document.Inline, open []htmlOpen) []document.Inline {
	for i := len(open) - 1; i >= 0; i-- {
		o := open[i]
		kids := append([]document.Inline(nil), out[o.start+1:]...)
		out = append(out[:o.start], htmlNode(o, mergeStr(kids)))
	}
	return out
}

// htmlNode is the model's node for a closed inline tag.
func htmlNode(o htmlOpen, kids []document.Inline) document.Inline {
	switch o.tag {
	case "sup":
		return &document.Superscript{Children: kids}
	case "sub":
		return &document.Subscript{Children: kids}
	case "em", "i", "cite", "dfn", "var":
		return &document.Emph{Children: kids}
	case "strong", "b":
		return &document.Strong{Children: kids}
	case "del", "s", "strike":
		return &document.Strikeout{Children: kids}
	case "u", "ins":
		o.attr.Classes = append([]string{"underline"}, o.attr.Classes...)
	case "span":
		if len(o.attr.Classes) == 1 && o.attr.Classes[0] == "smallcaps" && o.attr.ID == "" && len(o.attr.KV) == 0 {
			return &document.SmallCaps{Children: kids}
		}
		return &document.Span{Attr: o.attr, Children: kids}
	default:
		o.attr.Classes = append([]string{o.tag}, o.attr.Classes...)
	}
	return &document.Span{Attr: o.attr, Children: kids}
}

// htmlAttr keeps a tag's id, classes, lang and dir, and data-* and title
// as key-values; event handlers, styles and the rest are dropped.
func htmlAttr(tok html.Token) document.Attr {
	var a document.Attr
	for _, at := range tok.Attr {
		switch k := strings.ToLower(at.Key); {
		case k == "id" && attrName(at.Val):
			a.ID = at.Val
		case k == "class":
			for _, c := range strings.Fields(at.Val) {
				if attrName(c) {
					a.Classes = append(a.Classes, c)
				}
			}
		case k == "lang" || k == "xml:lang" || k == "dir" || k == "title":
			if k == "xml:lang" {
				k = "lang"
			}
			if a.Value(k) == "" {
				a.KV = append(a.KV, document.KeyValue{Key: k, Value: at.Val})
			}
		case strings.HasPrefix(k, "data-"):
			a.KV = append(a.KV, document.KeyValue{Key: strings.TrimPrefix(k, "data-"), Value: at.Val})
		}
	}
	return a
}

// htmlText is the text of an HTML fragment, its tags dropped, block
// elements making paragraphs; script and style content is not text.
func htmlText(raw []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var paras []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return paras
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "figure", "figcaption":
				flush()
			case "td", "th":
				cur.WriteByte(' ')
			}
		}
	}
}

// htmlBlock drops a raw HTML block with a warning and keeps its text as
// paragraphs; a comment goes silently.
func (c *converter) htmlBlock(n *ast.HTMLBlock) document.Block {
	raw := c.rawBlock(n)
	if t := bytes.TrimSpace(raw); bytes.HasPrefix(t, []byte("<!--")) && bytes.HasSuffix(t, []byte("-->")) {
		return nil
	}
	paras := htmlText(raw)
	c.warn(n, "raw HTML block %s is not carried; it was dropped and its text kept", truncate(strings.Fields(string(raw) + " ")[0], 30))
	switch len(paras) {
	case 0:
		return nil
	case 1:
		return &document.Paragraph{Pos: c.pos(n), Text: []document.Inline{&document.Str{Text: paras[0]}}}
	}
	d := &document.Div{Pos: c.pos(n)}
	for _, p := range paras {
		d.Blocks = append(d.Blocks, &document.Paragraph{Pos: c.pos(n), Text: []document.Inline{&document.Str{Text: p}}})
	}
	return d
}

func (c *converter) rawBlock(n ast.Node) []byte {
	var raw []byte
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		raw = append(raw, seg.Value(c.src)...)
	}
	if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
		raw = append(raw, hb.ClosureLine.Value(c.src)...)
	}
	return raw
}

// htmlDiv reads pandoc's native div in HTML: a block that is only a
// <div …> opening tag, the blocks after it, and a block that is only
// </div>. It returns the Div and the closing block, or nil.
func (c *converter) htmlDiv(n ast.Node) (*document.Div, ast.Node) {
	hb, ok := n.(*ast.HTMLBlock)
	if !ok {
		return nil, nil
	}
	tok, ok := onlyTag(c.rawBlock(hb))
	if !ok || tok.Type != html.StartTagToken || tok.DataAtom != atom.Div {
		return nil, nil
	}
	depth := 1
	for end := n.NextSibling(); end != nil; end = end.NextSibling() {
		eb, ok := end.(*ast.HTMLBlock)
		if !ok {
			continue
		}
		t, ok := onlyTag(c.rawBlock(eb))
		if !ok || t.DataAtom != atom.Div {
			continue
		}
		if t.Type == html.StartTagToken {
			depth++
			continue
		}
		if depth--; depth > 0 {
			continue
		}
		// Convert the blocks between as the div's own.
		holder := ast.NewDocument()
		for b := n.NextSibling(); b != end; {
			next := b.NextSibling()
			holder.AppendChild(holder, b)
			b = next
		}
		return &document.Div{Pos: c.pos(n), Attr: htmlAttr(tok), Blocks: c.blocks(holder)}, end
	}
	return nil, nil
}

// onlyTag returns the one tag that raw holds, blank space aside.
func onlyTag(raw []byte) (html.Token, bool) {
	z := html.NewTokenizer(bytes.NewReader(bytes.TrimSpace(raw)))
	var tag html.Token
	found := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return tag, found
		case html.StartTagToken, html.EndTagToken:
			if found {
				return tag, false
			}
			tag, found = z.Token(), true
		case html.TextToken:
			if len(bytes.TrimSpace(z.Text())) > 0 {
				return tag, false
			}
		default:
			return tag, false
		}
	}
}
