// Package markdown reads and writes manuscripts: YAML front matter followed
// by a body in pandoc's Markdown.
//
// The body is parsed with goldmark and its extensions for what pandoc's
// Markdown shares with them (pipe tables, footnotes, definition lists,
// task lists, smart punctuation), and small extensions of our own for the
// rest (inline.go, block.go, table.go, brackets.go, attributes.go).
package markdown

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/language"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/texmath"
)

// maxDepth bounds how deeply table cells nest tables, each cell being
// parsed on its own.
const maxDepth = 8

var (
	parsersMu sync.Mutex
	parsers   = map[string]goldmark.Markdown{}
)

// markdownFor returns the goldmark instance for a language's quotation
// marks.
func markdownFor(lang string) goldmark.Markdown {
	q := quotesFor(lang)
	parsersMu.Lock()
	defer parsersMu.Unlock()
	if m, ok := parsers[q.key]; ok {
		return m
	}
	m := goldmark.New(
		goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(blockParsers()...),
			parser.WithInlineParsers(parser.DefaultInlineParsers()...),
			parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		)),
		goldmark.WithExtensions(
			extension.Table,
			extension.Footnote,
			extension.DefinitionList,
			extension.TaskList,
			extension.NewTypographer(extension.WithTypographicSubstitutions(map[extension.TypographicPunctuation][]byte{
				extension.LeftDoubleQuote:  []byte(q.open2),
				extension.RightDoubleQuote: []byte(q.close2),
				extension.LeftSingleQuote:  []byte(q.open1),
				extension.RightSingleQuote: []byte(q.close1),
				extension.Apostrophe:       []byte("’"),
				extension.EnDash:           []byte("–"),
				extension.EmDash:           []byte("—"),
				extension.Ellipsis:         []byte("…"),
				// pandoc reads << and >> as they are.
				extension.LeftAngleQuote:  nil,
				extension.RightAngleQuote: nil,
			})),
		),
		goldmark.WithParserOptions(
			parser.WithHeadingAttribute(),
			parser.WithInlineParsers(attributesParser, scriptInlineParser, mathInlineParser),
			parser.WithBlockParsers(divBlockParser, lineBlockBlockParser, pandocTableParser),
			parser.WithASTTransformers(footnoteWatcherTransformer),
		),
	)
	parsers[q.key] = m
	return m
}

// quotes are a language's quotation marks, double and single.
type quotes struct{ key, open2, close2, open1, close1 string }

// quotesFor returns the marks that smart punctuation uses for lang, as
// its typography has them (Unicode CLDR): “English” and 'single', «
// French » with no-break spaces, „German“, «Spanish»...
func quotesFor(lang string) quotes {
	base, _ := language.Make(lang).Base()
	switch base.String() {
	case "fr":
		return quotes{"fr", "«\u00a0", "\u00a0»", "“", "”"}
	case "de", "cs", "sk", "sl", "lt", "et", "is":
		return quotes{"de", "„", "“", "‚", "‘"}
	case "es", "it", "ca", "ru", "uk", "el", "pt", "eu", "gl", "be", "no", "nb", "nn":
		return quotes{"guillemets", "«", "»", "“", "”"}
	case "pl", "hu", "ro", "nl-BE":
		return quotes{"pl", "„", "”", "‚", "’"}
	}
	return quotes{"en", "“", "”", "‘", "’"}
}

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
	// CommonMark replaces NUL, which no edition can hold, with U+FFFD, as
	// we do bytes that are not UTF-8.
	body = bytes.ToValidUTF8(bytes.ReplaceAll(body, []byte{0}, []byte("\uFFFD")), []byte("\uFFFD"))
	if n := bytes.Count(body, []byte("[")); n > maxDocBrackets {
		body = escapeBrackets(body)
		warns.Addf(diag.Position{File: name, Line: bodyLine}, "%d brackets in the manuscript, more than %d: links, spans, notes and references in it are kept as text", n, maxDocBrackets)
	}
	r := &reading{file: name, warnings: &warns, md: markdownFor(doc.Meta.Lang), refs: map[*document.Span]refUse{}}
	c := r.converter(body, bodyLine, 0)
	doc.Blocks = c.document()
	if h := doc.TrimTitleHeading(); h != nil {
		warns.Addf(diag.Position{File: name, Line: h.Line}, "the first heading repeats the title, which the editions already show; it is left out")
	}
	r.finish(doc)
	return doc, warns, nil
}

// reading is what the converters of one manuscript share: the body and
// each table cell are parsed by a converter of their own.
type reading struct {
	file     string
	warnings *diag.Warnings
	md       goldmark.Markdown
	ctx      parser.Context // the body's, whose link references the cells share

	main      *converter                // the body's converter, whose source the notes are in
	notes     map[string]*east.Footnote // footnote definitions by label
	noteIndex map[int]*east.Footnote    // and by goldmark's number
	noteUse   map[string]bool           // labels referenced
	links     []linkUse                 // links to "#id", checked at the end
	refs      map[*document.Span]refUse // bracketed text that may name a heading
	seen      map[string]int            // explicit identifiers and their first line
	warned    map[string]bool
}

// linkUse is a link to an identifier and where it is.
type linkUse struct {
	id   string
	line int
}

type converter struct {
	*reading
	src      []byte
	lineBase int
	lines    []int // byte offsets of line starts in src, built on first use
	depth    int   // table cells nesting
	inNote   bool
}

func (r *reading) converter(src []byte, lineBase, depth int) *converter {
	return &converter{reading: r, src: src, lineBase: lineBase, depth: depth}
}

// document parses the converter's source and converts it.
func (c *converter) document() []document.Block {
	ctx := parser.NewContext()
	if c.ctx != nil {
		for _, ref := range c.ctx.References() {
			ctx.AddReference(ref)
		}
	}
	root := c.md.Parser().Parse(text.NewReader(c.src), parser.WithContext(ctx))
	if c.ctx == nil {
		c.ctx = ctx
		c.collectNotes(root)
	}
	return c.blocks(root)
}

// collectNotes keeps every footnote definition by its label, and by the
// number goldmark gave it when referenced.
func (c *converter) collectNotes(root ast.Node) {
	c.main = c
	c.notes = map[string]*east.Footnote{}
	c.noteIndex = map[int]*east.Footnote{}
	c.noteUse = map[string]bool{}
	if v, ok := c.ctx.Get(allNotesKey).([]*east.Footnote); ok {
		for _, fn := range v {
			if _, dup := c.notes[string(fn.Ref)]; dup {
				c.warn(fn, "footnote [^%s] is defined twice; the first is used", fn.Ref)
				continue
			}
			c.notes[string(fn.Ref)] = fn
			if fn.Index > 0 {
				c.noteIndex[fn.Index] = fn
			}
		}
	}
}

func (c *converter) line(n ast.Node) int {
	off := -1
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		off = n.Lines().At(0).Start
	} else if p := n.Pos(); p >= 0 {
		off = p
	} else if t, ok := n.(*ast.Text); ok {
		off = t.Segment.Start
	} else if fc := n.FirstChild(); fc != nil {
		return c.line(fc)
	}
	if off < 0 {
		return c.lineBase
	}
	return c.lineAt(off)
}

// lineAt is the line of byte offset off of the source.
func (c *converter) lineAt(off int) int {
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
	c.warnAt(c.line(n), format, args...)
}

func (c *converter) warnAt(line int, format string, args ...any) {
	c.warnings.Addf(diag.Position{File: c.file, Line: line}, format, args...)
}

func (c *converter) blocks(parent ast.Node) []document.Block {
	var out []document.Block
	var nodes []ast.Node // the node each block comes from, for captions
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		// pandoc's <div> in HTML: the blocks between <div …> and </div>.
		if div, end := c.htmlDiv(n); div != nil {
			out, nodes = append(out, div), append(nodes, nil)
			n = end
			continue
		}
		if b := c.block(n); b != nil {
			out, nodes = append(out, b), append(nodes, n)
		}
	}
	return c.captions(out, nodes)
}

func (c *converter) block(n ast.Node) document.Block {
	switch n := n.(type) {
	case *ast.Heading:
		return c.heading(n)
	case *ast.Paragraph, *ast.TextBlock:
		if fig := c.figure(n); fig != nil {
			return fig
		}
		ins := c.inlines(n)
		if len(ins) == 0 {
			return nil
		}
		c.lint(n, ins)
		return &document.Paragraph{Pos: c.pos(n), Text: ins}
	case *ast.Blockquote:
		return &document.Quote{Pos: c.pos(n), Blocks: c.blocks(n)}
	case *ast.List:
		l := &document.List{Pos: c.pos(n), Ordered: n.IsOrdered(), Start: n.Start}
		l.Style, _ = listStyle(n)
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.Items = append(l.Items, c.listItem(item))
		}
		return l
	case *ast.ThematicBreak:
		return &document.ThematicBreak{Pos: c.pos(n)}
	case *ast.HTMLBlock:
		return c.htmlBlock(n)
	case *ast.FencedCodeBlock:
		return c.codeBlock(n, n.Info)
	case *ast.CodeBlock:
		return c.codeBlock(n, nil)
	case *ast.LinkReferenceDefinition:
		return nil // goldmark resolved the links that use it
	case *east.FootnoteList:
		return nil // each note is put where it is referenced
	case *east.FootnoteBacklink:
		return nil // goldmark's own backlink, added as a block to a note with no paragraph
	case *east.Table:
		return c.pipeTable(n)
	case *tableNode:
		return c.pandocTable(n)
	case *east.DefinitionList:
		return c.definitionList(n)
	case *lineBlockNode:
		lb := &document.LineBlock{Pos: c.pos(n)}
		for l := n.FirstChild(); l != nil; l = l.NextSibling() {
			ins := c.inlines(l)
			if ind := l.(*lineNode).indent; ind > 0 {
				ins = append([]document.Inline{&document.Str{Text: strings.Repeat("\u00a0", ind)}}, ins...)
				ins = mergeStr(ins)
			}
			lb.Lines = append(lb.Lines, ins)
		}
		return lb
	case *divNode:
		return &document.Div{Pos: c.pos(n), Attr: n.attr, Blocks: c.blocks(n)}
	}
	c.warn(n, "unsupported Markdown block %s; its text was kept as a paragraph", n.Kind())
	if t := strings.TrimSpace(string(n.Text(c.src))); t != "" {
		return &document.Paragraph{Pos: c.pos(n), Text: []document.Inline{&document.Str{Text: t}}}
	}
	return nil
}

// heading converts a heading with its attributes: pandoc's {#id .class
// key=value}, and {-} for the class unnumbered.
func (c *converter) heading(n *ast.Heading) *document.Heading {
	h := &document.Heading{Pos: c.pos(n), Level: n.Level}
	for _, a := range n.Attributes() {
		v := attrText(a.Value)
		switch string(a.Name) {
		case "id":
			if attrName(v) {
				h.Attr.ID = v
			}
		case "class":
			for _, cl := range strings.Fields(v) {
				if attrName(cl) {
					h.Attr.Classes = append(h.Attr.Classes, cl)
				}
			}
		default:
			if attrKey := string(a.Name); attrKey != "" && strings.Trim(attrKey, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:.") == "" {
				h.Attr.KV = append(h.Attr.KV, document.KeyValue{Key: attrKey, Value: v})
			}
		}
	}
	h.Text = c.inlines(n)
	if last := len(h.Text) - 1; last >= 0 {
		if s, ok := h.Text[last].(*document.Str); ok && strings.HasSuffix(s.Text, " {-}") || ok && s.Text == "{-}" {
			s.Text = strings.TrimSpace(strings.TrimSuffix(s.Text, "{-}"))
			h.Attr.Classes = append(h.Attr.Classes, "unnumbered")
			if s.Text == "" {
				h.Text = h.Text[:last]
			}
		}
	}
	c.lint(n, h.Text)
	return h
}

func (c *converter) listItem(item ast.Node) document.ListItem {
	li := document.ListItem{}
	if p := item.FirstChild(); p != nil {
		if box, ok := p.FirstChild().(*east.TaskCheckBox); ok {
			li.Task = document.Unchecked
			if box.IsChecked {
				li.Task = document.Checked
			}
			p.RemoveChild(p, box)
		}
	}
	li.Blocks = c.blocks(item)
	return li
}

// codeBlock converts fenced or indented code. A fence's info string is
// pandoc's: a language, or attributes {#id .language key=value}; raw
// content for another format ({=latex}) is kept as code, with a warning.
func (c *converter) codeBlock(n ast.Node, info *ast.Text) document.Block {
	var b strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b.Write(seg.Value(c.src))
	}
	cb := &document.CodeBlock{Pos: c.pos(n), Text: strings.TrimRight(b.String(), "\n")}
	if info != nil {
		v := bytes.TrimSpace(info.Segment.Value(c.src))
		switch {
		case bytes.HasPrefix(v, []byte("{=")):
			c.warn(n, "raw %s content is not carried; it was kept as code", strings.Trim(string(v), "{=}"))
			cb.Attr.Classes = []string{strings.Trim(string(v), "{=}")}
		case len(v) > 0 && v[0] == '{':
			if a, _, ok := parseAttr(v); ok {
				cb.Attr = a
			} else {
				c.warn(n, "code block attributes %s are not well formed; they were left out", v)
			}
		case len(v) > 0:
			word := v
			if i := bytes.IndexAny(v, " \t{"); i >= 0 {
				word = v[:i]
				if a, _, ok := parseAttr(bytes.TrimSpace(v[i:])); ok {
					cb.Attr = a
				}
			}
			cb.Attr.Classes = append([]string{string(word)}, cb.Attr.Classes...)
		}
	}
	// A block written with a fence of tildes or backticks alike.
	if cb.Text == "" && n.Lines().Len() == 0 {
		cb.Text = ""
	}
	return cb
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
	fig, rest := c.imageFigure(img)
	fig.Pos = c.pos(p)
	if !rest.IsZero() {
		var keys []string
		if rest.ID != "" {
			keys = append(keys, "#"+rest.ID)
		}
		for _, cl := range rest.Classes {
			keys = append(keys, "."+cl)
		}
		for _, kv := range rest.KV {
			keys = append(keys, kv.Key)
		}
		c.warn(p, "figure attributes %s are not carried (known: alt, credit)", strings.Join(keys, " "))
	}
	return fig
}

// imageFigure reads an image's file, description, alt text and credit;
// rest is its other attributes.
func (c *converter) imageFigure(img *ast.Image) (*document.Figure, document.Attr) {
	fig := &document.Figure{Pos: c.pos(img), Src: string(img.Destination), Caption: c.inlines(img)}
	a := nodeAttr(img)
	var kv []document.KeyValue
	for _, p := range a.KV {
		switch p.Key {
		case "alt":
			fig.Alt = p.Value
		case "credit":
			fig.Credit = p.Value
		default:
			kv = append(kv, p)
		}
	}
	a.KV = kv
	return fig, a
}

// unescape resolves backslash escapes and character references in one
// pass, so that an escaped "\&amp;" stays the text "&amp;". A backslash
// before a space is pandoc's no-break space.
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
		case c == '\\' && i+1 < len(b) && b[i+1] == ' ':
			out.WriteString("\u00a0")
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

// mergeStr joins adjacent Str nodes, so that the same text always gives
// the same model, and drops empty ones. It is linear in the text: each run
// is joined once, into a new node.
func mergeStr(ins []document.Inline) []document.Inline {
	var out []document.Inline
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, &document.Str{Text: run.String()})
			run.Reset()
		}
	}
	for _, in := range ins {
		if s, ok := in.(*document.Str); ok {
			run.WriteString(s.Text)
			continue
		}
		flush()
		out = append(out, in)
	}
	flush()
	return out
}

// inlines converts the children of n, merging adjacent text so that the
// same text always gives the same model.
func (c *converter) inlines(n ast.Node) []document.Inline {
	c.rebracket(n)
	var out []document.Inline
	var html []htmlOpen // open inline HTML tags, innermost last
	add := func(in document.Inline) {
		// Text is appended as it comes and joined once, by mergeStr:
		// joining it here would copy it again at every piece (1 MB of
		// '[x' took 29 s and 4.3 GB).
		if s, ok := in.(*document.Str); ok && s.Text == "" {
			return
		}
		out = append(out, in)
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *ast.Text:
			add(&document.Str{Text: c.exampleRefs(unescape(ch.Segment.Value(c.src)))})
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
			for _, in := range c.link(ch, unescape(ch.Destination), unescape(ch.Title), nodeAttr(ch), c.inlines(ch)) {
				add(in)
			}
		case *ast.AutoLink:
			u := string(ch.URL(c.src))
			if ch.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
				u = "mailto:" + u
			}
			for _, in := range c.link(ch, u, "", document.Attr{}, []document.Inline{&document.Str{Text: string(ch.Label(c.src))}}) {
				add(in)
			}
		case *ast.CodeSpan:
			var b strings.Builder
			for t := ch.FirstChild(); t != nil; t = t.NextSibling() {
				if tn, ok := t.(*ast.Text); ok {
					b.Write(tn.Segment.Value(c.src))
				}
			}
			code := &document.Code{Attr: nodeAttr(ch), Text: b.String()}
			if len(code.Attr.Classes) > 0 && strings.HasPrefix(code.Attr.Classes[0], "=") {
				c.warn(ch, "raw %s content is not carried; it was kept as code", code.Attr.Classes[0][1:])
				code.Attr.Classes[0] = code.Attr.Classes[0][1:]
			}
			add(code)
		case *ast.Image:
			fig, rest := c.imageFigure(ch)
			add(&document.InlineImage{Attr: rest, Title: string(ch.Title), Figure: fig})
			if fig.Alt == "" {
				fig.Alt = document.PlainText(fig.Caption)
			}
		case *ast.RawHTML:
			c.rawHTML(ch, &out, &html, add)
		case *superscriptNode:
			c.script(ch, "^", add, func(kids []document.Inline) document.Inline { return &document.Superscript{Children: kids} })
		case *subscriptNode:
			c.script(ch, "~", add, func(kids []document.Inline) document.Inline { return &document.Subscript{Children: kids} })
		case *strikeoutNode:
			add(&document.Strikeout{Children: c.inlines(ch)})
		case *mathNode:
			var b strings.Builder
			for _, s := range ch.tex {
				b.Write(s.Value(c.src))
			}
			tex := strings.TrimSpace(b.String())
			if err := texmath.Check(tex); err != nil {
				c.warn(ch, "formula $%s$ uses %s, which the EPUB cannot show as MathML: it shows the TeX as written", truncate(tex, 40), strings.TrimPrefix(err.Error(), "texmath: "))
			}
			add(&document.Math{Display: ch.display, TeX: tex})
		case *spanNode:
			add(c.span(ch))
		case *inlineNoteNode:
			add(c.note(ch, func() []document.Block {
				if ins := c.inlines(ch); len(ins) > 0 {
					return []document.Block{&document.Paragraph{Pos: c.pos(ch), Text: ins}}
				}
				return nil
			}))
		case *east.FootnoteLink:
			add(c.footnote(ch))
		case *attrNode:
			// Attributes that no span or caption took are text.
			add(&document.Str{Text: unescape(ch.seg.Value(c.src))})
		case *east.FootnoteBacklink, *east.TaskCheckBox:
		default:
			for _, in := range c.inlines(ch) {
				add(in)
			}
		}
	}
	out = mergeStr(c.closeHTML(out, html))
	// Trim the edges: soft breaks at the ends carry no meaning.
	if len(out) > 0 {
		if s, ok := out[0].(*document.Str); ok {
			s.Text = strings.TrimLeft(s.Text, " \t\n")
		}
		if s, ok := out[len(out)-1].(*document.Str); ok {
			s.Text = strings.TrimRight(s.Text, " \t\n")
		}
		out = mergeStr(out)
	}
	return out
}

// refUse is bracketed text that may be a reference to a heading: its
// line, and the label of [text][label] when one was written.
type refUse struct {
	line    int
	label   string
	labeled bool
}

// exampleRefs replaces references to numbered examples (@good) with
// their numbers, as pandoc does.
func (c *converter) exampleRefs(s string) string {
	if strings.IndexByte(s, '@') < 0 || c.ctx == nil {
		return s
	}
	labels := examplesOf(c.ctx).labels
	if len(labels) == 0 {
		return s
	}
	return exampleRefRE.ReplaceAllStringFunc(s, func(ref string) string {
		if n, ok := labels[ref[1:]]; ok {
			return strconv.Itoa(n)
		}
		return ref
	})
}

// script converts a super- or subscript; pandoc's hold no space, so one
// with a space inside is the text it was.
func (c *converter) script(n ast.Node, d string, add func(document.Inline), node func([]document.Inline) document.Inline) {
	kids := c.inlines(n)
	spaced := false
	document.WalkInlines([]document.Block{&document.Paragraph{Text: kids}}, func(in document.Inline) {
		if s, ok := in.(*document.Str); ok && strings.ContainsAny(s.Text, " \t\n") {
			spaced = true
		}
	})
	if !spaced && len(kids) > 0 {
		add(node(kids))
		return
	}
	add(&document.Str{Text: d})
	for _, k := range kids {
		add(k)
	}
	add(&document.Str{Text: d})
}

// span converts a bracketed span; the classes smallcaps, and the empty
// ref marker for a possible implicit heading reference, are resolved.
func (c *converter) span(n *spanNode) document.Inline {
	kids := c.inlines(n)
	if n.ref {
		// [^label] in a table cell, which goldmark parsed on its own.
		if len(kids) == 1 {
			if s, ok := kids[0].(*document.Str); ok && strings.HasPrefix(s.Text, "^") {
				if def, ok := c.notes[s.Text[1:]]; ok {
					return c.note(n, func() []document.Block {
						c.noteUse[string(def.Ref)] = true
						return c.main.blocks(def)
					})
				}
			}
		}
		s := &document.Span{Children: kids}
		c.refs[s] = refUse{line: c.line(n), label: n.label, labeled: n.labeled}
		return s
	}
	a := n.attr
	if len(a.Classes) == 1 && a.Classes[0] == "smallcaps" && a.ID == "" && len(a.KV) == 0 {
		return &document.SmallCaps{Children: kids}
	}
	if l := a.Value("lang"); l != "" {
		if _, err := language.Parse(l); err != nil {
			c.warn(n, "lang %q is not a BCP 47 language tag; the EPUB leaves it out", l)
		}
	}
	return &document.Span{Attr: a, Children: kids}
}

// footnote converts a reference to a footnote: the note's blocks, put
// where it is referenced. A note referenced twice is set twice.
func (c *converter) footnote(n *east.FootnoteLink) document.Inline {
	def := c.noteIndex[n.Index]
	return c.note(n, func() []document.Block {
		if def == nil {
			return nil
		}
		c.noteUse[string(def.Ref)] = true
		return c.main.blocks(def)
	})
}

// note builds a Note from its blocks; a note inside a note, which the
// model does not carry, becomes its text in parentheses.
func (c *converter) note(n ast.Node, blocks func() []document.Block) document.Inline {
	if c.inNote {
		c.warn(n, "a note inside a note is not carried; its text was kept in parentheses")
		var parts []string
		for _, b := range blocks() {
			if p, ok := b.(*document.Paragraph); ok {
				parts = append(parts, document.PlainText(p.Text))
			}
		}
		return &document.Str{Text: " (" + strings.Join(parts, " ") + ")"}
	}
	c.inNote = true
	defer func() { c.inNote = false }()
	return &document.Note{Blocks: blocks()}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

var (
	citationRE   = regexp.MustCompile(`(^|[\s\[;(])-?@[\p{L}\p{N}_]`)
	texRE        = regexp.MustCompile(`\\[a-zA-Z]{2,}(\{|\[|\b)`)
	exampleRefRE = regexp.MustCompile(`@[\w-]+`)
	fenceRE      = regexp.MustCompile(`^:::`)
)

// lint warns, once per block, about syntax that pandoc's Markdown has and
// the model does not carry, whose text is kept as it is: citations, raw
// TeX, a stray div fence.
func (c *converter) lint(n ast.Node, ins []document.Inline) {
	text := document.PlainText(ins)
	switch {
	case fenceRE.MatchString(text):
		c.warn(n, "a line of colons opens or closes no div here; it was kept as text")
	}
	if !strings.ContainsAny(text, `@\`) {
		return // no citation, no TeX: most paragraphs
	}
	var plain strings.Builder
	document.WalkInlines([]document.Block{&document.Paragraph{Text: ins}}, func(in document.Inline) {
		if s, ok := in.(*document.Str); ok {
			plain.WriteString(s.Text)
			plain.WriteByte(' ')
		}
	})
	// The patterns are tried only where their first character is (above,
	// and here in the text outside code): a regular expression over every
	// paragraph took half of reading a book.
	p := plain.String()
	if strings.Contains(p, "@") && citationRE.MatchString(p) && !strings.Contains(p, "@.") {
		c.warn(n, "citations (@key) are not processed; they were kept as text")
	}
	if strings.Contains(p, `\`) {
		if m := texRE.FindString(p); m != "" {
			c.warn(n, "raw TeX (%s) is not carried; it was kept as text", strings.TrimRight(m, "{[ "))
		}
	}
}

// finish resolves implicit references to headings ([Heading text]),
// checks links to identifiers and the identifiers themselves.
func (r *reading) finish(doc *document.Document) {
	ids := document.HeadingIDs(doc.Blocks)
	byText := map[string]string{}
	document.Walk(doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok {
			key := strings.ToLower(strings.Join(strings.Fields(document.PlainText(h.Text)), " "))
			if _, dup := byText[key]; !dup {
				byText[key] = ids[h]
			}
		}
	})
	document.MapInlines(doc.Blocks, func(ins []document.Inline) []document.Inline {
		var out []document.Inline
		changed := false
		for _, in := range ins {
			s, ok := in.(*document.Span)
			use, ref := r.refs[s]
			if !ok || !ref {
				out = append(out, in)
				continue
			}
			changed = true
			name := document.PlainText(s.Children)
			if use.label != "" {
				name = use.label
			}
			key := strings.ToLower(strings.Join(strings.Fields(name), " "))
			if id, ok := byText[key]; ok && key != "" {
				out = append(out, &document.Link{URL: "#" + id, Children: s.Children})
				continue
			}
			if t := document.PlainText(s.Children); strings.HasPrefix(t, "^") && !strings.ContainsAny(t, " \t") {
				r.warnings.Addf(diag.Position{File: r.file, Line: use.line}, "footnote [%s] is not defined; it was kept as text", t)
			}
			out = append(out, &document.Str{Text: "["})
			out = append(out, s.Children...)
			out = append(out, &document.Str{Text: "]"})
			if use.labeled {
				out = append(out, &document.Str{Text: "[" + use.label + "]"})
			}
		}
		if !changed {
			return ins
		}
		return mergeStr(out)
	})
	// Identifiers: each once; links to them resolve.
	targets := document.Targets(doc.Blocks, ids)
	known := map[string]bool{}
	first := map[string]int{}
	for _, t := range targets {
		if l, dup := first[t.ID]; dup {
			r.warnings.Addf(diag.Position{File: r.file, Line: t.Line}, "identifier #%s is used twice (first on line %d); links go to the first", t.ID, l)
			continue
		}
		first[t.ID] = t.Line
		known[t.ID] = true
	}
	for _, l := range r.links {
		if !known[l.id] {
			r.warnings.Addf(diag.Position{File: r.file, Line: l.line}, "link to #%s: no heading or element has that identifier; the editions keep its text without a link", l.id)
		}
	}
	var unused []*east.Footnote
	for label, fn := range r.notes {
		if !r.noteUse[label] {
			unused = append(unused, fn)
		}
	}
	sort.Slice(unused, func(i, j int) bool { return r.main.line(unused[i]) < r.main.line(unused[j]) })
	for _, fn := range unused {
		r.main.warn(fn, "footnote [^%s] is never referenced; its text was left out", fn.Ref)
	}
}

// link applies the link policy of every reader (document.CheckLink): a
// refused destination is dropped and its text kept, with a warning that
// --strict makes an error.
func (c *converter) link(n ast.Node, dest, title string, attr document.Attr, text []document.Inline) []document.Inline {
	u, kind, why := document.CheckLink(dest)
	if kind == document.LinkRefused {
		c.warnings.Strictf(diag.Position{File: c.file, Line: c.line(n)}, "link %s removed, its text kept: %s", diag.Quote(dest, 60), why)
		return text
	}
	if id, ok := strings.CutPrefix(u, "#"); ok {
		c.links = append(c.links, linkUse{id, c.line(n)})
	} else if document.RelativeURL(u) {
		c.warn(n, "link to %s is relative: the editions hold no such file, so they keep its text without a link", truncate(u, 60))
	}
	return []document.Inline{&document.Link{URL: u, Title: title, Attr: attr, Children: text}}
}
