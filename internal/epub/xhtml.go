package epub

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"publish/internal/document"
	"publish/internal/shape"
	"publish/internal/texmath"
)

// esc escapes text for XHTML with numeric character references only, so
// that every reading system parses it without a DTD. Invalid UTF-8 becomes
// U+FFFD.
func esc(s string) string {
	i := escIndex(s)
	if i < 0 && utf8.ValidString(s) {
		return s // most text has nothing to escape
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&#38;")
		case '<':
			b.WriteString("&#60;")
		case '>':
			b.WriteString("&#62;")
		case '"':
			b.WriteString("&#34;")
		case '\u00a0':
			b.WriteString("&#160;")
		default:
			if document.IsXMLChar(r) { // readers remove the others; never write one
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// escIndex is the index of the first byte that esc replaces or drops, or -1.
func escIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&', '<', '>', '"':
			return i
		case 0xef: // U+FFFE and U+FFFF are EF BF BE and EF BF BF
			if i+2 < len(s) && s[i+1] == 0xbf && s[i+2] >= 0xbe {
				return i
			}
		case 0xc2: // U+00A0 is C2 A0
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return i
			}
		default:
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return i
			}
		}
	}
	return -1
}

// body renders the parts of the book as XHTML.
type body struct {
	b      strings.Builder
	ids    map[*document.Heading]string // each heading's identifier
	files  map[string]string            // identifier -> file of the part that holds it
	used   map[string]bool              // identifiers in the book: the manuscript's and ours
	shown  map[string]bool              // the manuscript's identifiers written so far
	images map[*document.Figure]string  // figure -> href of its image inside the book
	math   map[string]bool              // files that hold MathML
	words  *document.Words

	// chapters: a book, whose title page shows the title; else an
	// article, whose lead part opens with its header.
	chapters bool

	classes map[string]bool // every class written
	styles  []string        // the declaration of each styleClass

	file    string           // the part being written
	notes   []*document.Note // the part's notes so far
	noteIDs [][2]string      // the identifiers of each note and its reference
	figures int

	rtl bool // the book's language is written right to left
}

func newBody(doc *document.Document, parts []part) *body {
	x := &body{
		rtl:    document.RightToLeft(doc.Meta.Lang),
		ids:    document.HeadingIDs(doc.Blocks),
		files:  map[string]string{},
		used:   map[string]bool{},
		shown:  map[string]bool{},
		images: map[*document.Figure]string{},
		math:   map[string]bool{},
		words:  doc.Words(),

		classes: map[string]bool{},
	}
	for _, p := range parts {
		var targets []document.Target
		if p.heading != nil {
			targets = append(targets, document.Target{ID: x.ids[p.heading]})
		}
		for _, t := range append(targets, document.Targets(p.blocks, x.ids)...) {
			id := xmlID(t.ID)
			x.used[id] = true
			if _, ok := x.files[t.ID]; !ok {
				x.files[t.ID] = p.file
			}
		}
	}
	return x
}

// newID returns an identifier for an element of ours, base or base-2,
// base-3... that the manuscript does not use.
func (x *body) newID(base string) string {
	id := base
	for n := 2; x.used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	x.used[id] = true
	return id
}

// idAttr writes the manuscript's identifier id the first time it is
// used, as an XML name; a later element with the same identifier, which
// the reader warned about, goes without.
func (x *body) idAttr(id string) string {
	if id == "" {
		return ""
	}
	id = xmlID(id)
	if x.shown[id] {
		return ""
	}
	x.shown[id] = true
	return ` id="` + esc(id) + `"`
}

// xmlID makes id an XML name, which EPUB's XHTML requires of identifiers:
// an identifier that does not start with a letter or "_" gets "id-" in
// front, and characters a name cannot hold become "_". Links are
// rewritten alike, so they still resolve.
func xmlID(id string) string {
	ok := true
	for i, r := range id {
		if !nameRune(r, i == 0) {
			ok = false
			break
		}
	}
	if ok && id != "" {
		return id
	}
	var b strings.Builder
	for i, r := range id {
		if i == 0 && !nameRune(r, true) {
			b.WriteString("id-")
		}
		if nameRune(r, false) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "id-"
	}
	return b.String()
}

func nameRune(r rune, first bool) bool {
	if unicode.IsLetter(r) || r == '_' {
		return true
	}
	return !first && (unicode.IsDigit(r) || r == '-' || r == '.' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == '\u00b7')
}

// href is where a link to url points from the part being written: a
// fragment "#id" goes to the file that holds id. ok is false when no
// element has that identifier, or for a relative link, which names a file
// the book does not hold (the reader warned): the text is then written
// without a link, so that no link dangles.
func (x *body) href(url string) (string, bool) {
	id, internal := strings.CutPrefix(url, "#")
	if !internal {
		// Readers drop unsafe links; this is the last line of defence,
		// and a relative link names a file that is not in the book.
		u, kind, _ := document.CheckLink(url)
		return u, kind == document.LinkWeb
	}
	file, ok := x.files[id]
	if !ok {
		return "", false
	}
	if file == x.file {
		return "#" + xmlID(id), true
	}
	return file + "#" + xmlID(id), true
}

// dirAttr is a dir attribute for text whose first strong character runs
// the other way from the book's language (an Arabic paragraph in an
// English book), so that reading systems set its direction as the PDF
// does; empty otherwise.
func (x *body) dirAttr(ins []document.Inline) string {
	switch shape.FirstStrong(document.PlainText(ins)) {
	case shape.LTR:
		if x.rtl {
			return ` dir="ltr"`
		}
	case shape.RTL:
		if !x.rtl {
			return ` dir="rtl"`
		}
	}
	return ""
}

// attrs writes a node's classes and attributes: lang (also as
// xml:lang) and dir as they are, anything else as data-*, which XHTML
// allows on any element. extra classes come first.
func (x *body) attrs(a document.Attr, extra ...string) string {
	var b strings.Builder
	b.WriteString(x.class(append(extra, a.Classes...)...))
	for _, kv := range a.KV {
		switch kv.Key {
		case "lang":
			if validLang(kv.Value) {
				b.WriteString(` lang="` + esc(kv.Value) + `" xml:lang="` + esc(kv.Value) + `"`)
			}
		case "dir":
			if kv.Value == "ltr" || kv.Value == "rtl" || kv.Value == "auto" {
				b.WriteString(` dir="` + kv.Value + `"`)
			}
		default:
			if name := dataName(kv.Key); name != "" {
				b.WriteString(` ` + name + `="` + esc(kv.Value) + `"`)
			}
		}
	}
	return b.String()
}

// class writes a class attribute for names and records them, so that the
// book's stylesheet has a rule for each: EPUBCheck reports a class that
// has none.
func (x *body) class(names ...string) string {
	var keep []string
	for _, n := range names {
		if n != "" && !strings.ContainsAny(n, " \t\n") {
			keep = append(keep, n)
			x.classes[n] = true
		}
	}
	if len(keep) == 0 {
		return ""
	}
	return ` class="` + esc(strings.Join(keep, " ")) + `"`
}

// styleClass returns the class of a CSS declaration, such as a column's
// width: EPUB content documents should carry no style attribute.
func (x *body) styleClass(decl string) string {
	for i, d := range x.styles {
		if d == decl {
			return "st-" + strconv.Itoa(i+1)
		}
	}
	x.styles = append(x.styles, decl)
	return "st-" + strconv.Itoa(len(x.styles))
}

// stylesheet is the book's copy of base: its rules up to the classes
// section, the rules of that section whose classes the parts use, a rule
// for each styleClass, and an empty one for each other class they use.
func (x *body) stylesheet(base string) string {
	common, classRules, _ := strings.Cut(base, classesMarker)
	var b strings.Builder
	b.WriteString(common)
	known := map[string]bool{}
	for _, rule := range strings.Split(classRules, "\n") {
		used := rule != ""
		for _, m := range cssClassRE.FindAllStringSubmatch(rule, -1) {
			known[m[1]] = true
			used = used && x.classes[m[1]]
		}
		if used {
			b.WriteString(rule + "\n")
		}
	}
	for i, d := range x.styles {
		fmt.Fprintf(&b, ".st-%d { %s }\n", i+1, d)
	}
	var names []string
	for n := range x.classes {
		if !known[n] && !strings.HasPrefix(n, "st-") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		b.WriteString("." + cssIdent(n) + " {}\n")
	}
	return b.String()
}

// classesMarker starts the stylesheet's section of class rules.
const classesMarker = "/* classes */\n"

var cssClassRE = regexp.MustCompile(`\.([A-Za-z_][A-Za-z0-9_-]*)`)

// cssIdent escapes a class name for a CSS selector.
func cssIdent(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' || r >= 0x80,
			i > 0 && (r >= '0' && r <= '9' || r == '-'):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\%x ", r)
		}
	}
	return b.String()
}

// validLang reports whether tag is a BCP 47 language tag, which lang,
// xml:lang and dc:language must be; the reader warned about any other.
func validLang(tag string) bool {
	_, err := language.Parse(tag)
	return err == nil && tag != ""
}

// dataName is key as a data-* attribute name, or "" when it cannot be
// one (XML names, lower case, no colon).
func dataName(key string) string {
	key = strings.ToLower(strings.TrimPrefix(key, "data-"))
	if key == "" {
		return ""
	}
	for i, r := range key {
		if !(r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')) {
			return ""
		}
	}
	return "data-" + key
}

// part writes one part as a chapter section, its notes after its text.
// An article's lead part opens with the article's header; a book's, which
// follows its title page, has no heading of its own, so that the title is
// not said twice.
func (x *body) part(doc *document.Document, p part) {
	x.file, x.notes, x.noteIDs = p.file, nil, nil
	switch {
	case p.heading != nil:
		id := xmlID(x.ids[p.heading])
		x.shown[id] = true
		x.b.WriteString("<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-labelledby=\"" + esc(id) + "\">\n")
		x.b.WriteString("<h1 id=\"" + esc(id) + "\"" + x.attrs(p.heading.Attr) + ">")
		x.inlines(p.heading.Text)
		x.b.WriteString("</h1>\n")
	case x.chapters:
		x.b.WriteString("<section epub:type=\"bodymatter\" aria-label=\"" + esc(doc.Meta.Title) + "\">\n")
	default:
		x.b.WriteString("<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-labelledby=\"title\">\n")
		x.b.WriteString(articleHeader(doc))
	}
	x.blocks(p.blocks)
	x.footnotes()
	x.b.WriteString("</section>\n")
}

// footnotes writes the part's notes as EPUB 3 footnotes, each an aside
// that reading systems show where it is referenced, with a link back.
func (x *body) footnotes() {
	if len(x.notes) == 0 {
		return
	}
	x.b.WriteString("<section" + x.class("footnotes") + " epub:type=\"footnotes\" aria-label=\"" + esc(x.words.Notes) + "\">\n")
	for i := 0; i < len(x.notes); i++ {
		n := strconv.Itoa(i + 1)
		back := "<a href=\"#" + x.noteIDs[i][1] + "\" role=\"doc-backlink\">" + n + "</a> "
		x.b.WriteString("<aside id=\"" + x.noteIDs[i][0] + "\" epub:type=\"footnote\" role=\"doc-footnote\">\n")
		bs := x.notes[i].Blocks
		if p, ok := first[*document.Paragraph](bs); ok {
			x.b.WriteString("<p>" + back)
			x.inlines(p.Text)
			x.b.WriteString("</p>\n")
			bs = bs[1:]
		} else {
			x.b.WriteString("<p>" + strings.TrimSpace(back) + "</p>\n")
		}
		x.blocks(bs)
		x.b.WriteString("</aside>\n")
	}
	x.b.WriteString("</section>\n")
}

// first returns bs[0] as a T.
func first[T document.Block](bs []document.Block) (T, bool) {
	var zero T
	if len(bs) == 0 {
		return zero, false
	}
	t, ok := bs[0].(T)
	return t, ok
}

func (x *body) blocks(bs []document.Block) {
	for _, b := range bs {
		x.block(b)
	}
}

// blocksOrText writes bs, or the text of a lone paragraph without <p>, as
// a tight list item or a table cell reads best.
func (x *body) blocksOrText(bs []document.Block) {
	if p, ok := first[*document.Paragraph](bs); ok && len(bs) == 1 {
		x.inlines(p.Text)
		return
	}
	if len(bs) > 0 {
		x.b.WriteString("\n")
		x.blocks(bs)
	}
}

var alignClass = [...]string{"", "align-left", "align-center", "align-right"}

func (x *body) block(b document.Block) {
	switch b := b.(type) {
	case *document.Heading:
		lvl := min(max(b.Level, 2), 6) // h1 is the part's own heading
		dir := ""
		if b.Attr.Value("dir") == "" {
			dir = x.dirAttr(b.Text)
		}
		fmt.Fprintf(&x.b, "<h%d%s%s%s>", lvl, x.idAttr(x.ids[b]), x.attrs(b.Attr), dir)
		x.inlines(b.Text)
		fmt.Fprintf(&x.b, "</h%d>\n", lvl)
	case *document.Paragraph:
		x.b.WriteString("<p" + x.dirAttr(b.Text) + ">")
		x.inlines(b.Text)
		x.b.WriteString("</p>\n")
	case *document.Figure:
		x.figures++
		fmt.Fprintf(&x.b, "<figure id=\"%s\">\n", x.newID("figure-"+strconv.Itoa(x.figures)))
		if href, ok := x.images[b]; ok {
			fmt.Fprintf(&x.b, "<img src=\"%s\" alt=\"%s\"/>\n", esc(href), esc(b.Alt))
		} else {
			// The path is in the build's warning; readers get the caption and credit.
			fmt.Fprintf(&x.b, "<div role=\"img\" aria-label=\"%s\">%s</div>\n",
				esc(placeholderLabel(x.words, b)), esc(x.words.PhotoUnavailable))
		}
		x.b.WriteString("<figcaption>")
		x.inlines(b.Caption)
		if b.Credit != "" {
			x.b.WriteString(" <span role=\"doc-credit\">" + esc(x.words.Image+x.words.Colon()) + esc(b.Credit) + "</span>")
		}
		x.b.WriteString("</figcaption>\n</figure>\n")
	case *document.Quote:
		x.b.WriteString("<blockquote>\n")
		x.blocks(b.Blocks)
		x.b.WriteString("</blockquote>\n")
	case *document.List:
		tag := "ul"
		start := ""
		if b.Ordered {
			tag = "ol"
			if b.Start != 1 {
				start = " start=\"" + strconv.Itoa(b.Start) + "\""
			}
			if b.Style != document.Decimal {
				start += ` type="` + b.Style.Number(1) + `"`
			}
		}
		x.b.WriteString("<" + tag + start + ">\n")
		for _, item := range b.Items {
			if item.Task == document.NoTask {
				x.b.WriteString("<li>")
				x.blocksOrText(item.Blocks)
				x.b.WriteString("</li>\n")
				continue
			}
			x.b.WriteString("<li" + x.class("task") + ">")
			box := x.taskBox(item.Task)
			if p, ok := first[*document.Paragraph](item.Blocks); ok {
				if len(item.Blocks) > 1 {
					x.b.WriteString("\n<p>")
				}
				x.b.WriteString(box)
				x.inlines(p.Text)
				if len(item.Blocks) > 1 {
					x.b.WriteString("</p>\n")
					x.blocks(item.Blocks[1:])
				}
			} else {
				x.b.WriteString(box)
				x.blocksOrText(item.Blocks)
			}
			x.b.WriteString("</li>\n")
		}
		x.b.WriteString("</" + tag + ">\n")
	case *document.CodeBlock:
		x.b.WriteString("<pre" + x.idAttr(b.Attr.ID) + x.attrs(document.Attr{Classes: tail(b.Attr.Classes), KV: b.Attr.KV}) + "><code")
		if l := b.Language(); l != "" {
			x.b.WriteString(x.class("language-" + l))
		}
		x.b.WriteString(">" + esc(b.Text) + "</code></pre>\n")
	case *document.Table:
		x.table(b)
	case *document.ThematicBreak:
		x.b.WriteString("<hr/>\n")
	case *document.DefinitionList:
		x.b.WriteString("<dl>\n")
		for _, item := range b.Items {
			x.b.WriteString("<dt>")
			x.inlines(item.Term)
			x.b.WriteString("</dt>\n")
			for _, def := range item.Defs {
				x.b.WriteString("<dd>")
				x.blocksOrText(def)
				x.b.WriteString("</dd>\n")
			}
		}
		x.b.WriteString("</dl>\n")
	case *document.LineBlock:
		x.b.WriteString("<div" + x.class("line-block") + ">")
		for i, line := range b.Lines {
			if i > 0 {
				x.b.WriteString("<br/>\n")
			}
			x.inlines(line)
		}
		x.b.WriteString("</div>\n")
	case *document.Div:
		x.b.WriteString("<div" + x.idAttr(b.Attr.ID) + x.attrs(b.Attr) + ">\n")
		x.blocks(b.Blocks)
		x.b.WriteString("</div>\n")
	default:
		panic(fmt.Sprintf("epub: unknown block %T", b))
	}
}

// taskBox is a task list item's check box: the character pandoc writes,
// named for screen readers.
func (x *body) taskBox(t document.Task) string {
	if t == document.Checked {
		return `<span` + x.class("task-box") + ` role="img" aria-label="` + esc(x.words.TaskDone) + `">☒</span> `
	}
	return `<span` + x.class("task-box") + ` role="img" aria-label="` + esc(x.words.TaskOpen) + `">☐</span> `
}

func tail(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s[1:]
}

// table writes a table with its caption, column widths, header rows
// (th scope="col") and body; alignment is a class on each cell.
func (x *body) table(t *document.Table) {
	x.b.WriteString("<table" + x.idAttr(t.Attr.ID) + x.attrs(t.Attr) + ">\n")
	if len(t.Caption) > 0 {
		x.b.WriteString("<caption>")
		x.inlines(t.Caption)
		x.b.WriteString("</caption>\n")
	}
	if len(t.Columns) > 0 && t.Columns[0].Width > 0 {
		total := 0.0
		for _, c := range t.Columns {
			total += c.Width
		}
		x.b.WriteString("<colgroup>")
		for _, c := range t.Columns {
			x.b.WriteString("<col" + x.class(x.styleClass(fmt.Sprintf("width: %.1f%%;", 100*c.Width/max(total, 1)))) + "/>")
		}
		x.b.WriteString("</colgroup>\n")
	}
	rows := func(rs []document.Row, tag, scope string) {
		for _, r := range rs {
			x.b.WriteString("<tr>")
			for i, c := range r {
				x.b.WriteString("<" + tag + scope)
				if i < len(t.Columns) {
					x.b.WriteString(x.class(alignClass[t.Columns[i].Align]))
				}
				x.b.WriteString(">")
				x.blocksOrText(c.Blocks)
				x.b.WriteString("</" + tag + ">")
			}
			x.b.WriteString("</tr>\n")
		}
	}
	if len(t.Head) > 0 {
		x.b.WriteString("<thead>\n")
		rows(t.Head, "th", ` scope="col"`)
		x.b.WriteString("</thead>\n")
	}
	x.b.WriteString("<tbody>\n")
	rows(t.Body, "td", "")
	x.b.WriteString("</tbody>\n</table>\n")
}

func placeholderLabel(w *document.Words, f *document.Figure) string {
	if f.Alt != "" {
		return w.PhotoUnavailable + w.Colon() + f.Alt
	}
	return w.PhotoUnavailable
}

// inlines writes ins as XHTML.
func (x *body) inlines(ins []document.Inline) {
	b := &x.b
	wrap := func(open, close string, kids []document.Inline) {
		b.WriteString(open)
		x.inlines(kids)
		b.WriteString(close)
	}
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			b.WriteString(esc(n.Text))
		case *document.Emph:
			wrap("<em>", "</em>", n.Children)
		case *document.Strong:
			wrap("<strong>", "</strong>", n.Children)
		case *document.Code:
			classes := n.Attr.Classes
			if len(classes) > 0 {
				classes = append([]string{"language-" + classes[0]}, classes[1:]...)
			}
			b.WriteString("<code" + x.idAttr(n.Attr.ID) + x.attrs(document.Attr{Classes: classes, KV: n.Attr.KV}) + ">")
			b.WriteString(esc(n.Text))
			b.WriteString("</code>")
		case *document.Link:
			href, ok := x.href(n.URL)
			if !ok {
				x.inlines(n.Children)
				continue
			}
			b.WriteString("<a href=\"" + esc(href) + "\"" + x.idAttr(n.Attr.ID) + x.attrs(n.Attr))
			if n.Title != "" {
				b.WriteString(" title=\"" + esc(n.Title) + "\"")
			}
			wrap(">", "</a>", n.Children)
		case *document.LineBreak:
			b.WriteString("<br/>")
		case *document.Strikeout:
			wrap("<del>", "</del>", n.Children)
		case *document.Superscript:
			wrap("<sup>", "</sup>", n.Children)
		case *document.Subscript:
			wrap("<sub>", "</sub>", n.Children)
		case *document.SmallCaps:
			wrap("<span"+x.class("smallcaps")+">", "</span>", n.Children)
		case *document.Span:
			wrap("<span"+x.idAttr(n.Attr.ID)+x.attrs(n.Attr)+">", "</span>", n.Children)
		case *document.Note:
			k := strconv.Itoa(len(x.notes) + 1)
			ids := [2]string{x.newID("fn-" + k), x.newID("fnref-" + k)}
			x.notes = append(x.notes, n)
			x.noteIDs = append(x.noteIDs, ids)
			b.WriteString("<sup><a id=\"" + ids[1] + "\" href=\"#" + ids[0] + "\"" + x.class("noteref") + " epub:type=\"noteref\" role=\"doc-noteref\">" + k + "</a></sup>")
		case *document.Math:
			if m, err := texmath.MathML(n.TeX, n.Display); err == nil {
				x.math[x.file] = true
				b.WriteString(m)
			} else {
				// The reader warned: the TeX is shown as written.
				tag := "code"
				if n.Display {
					b.WriteString("<span" + x.class("display-math") + ">")
				}
				b.WriteString("<" + tag + x.class("tex") + ">" + esc(n.TeX) + "</" + tag + ">")
				if n.Display {
					b.WriteString("</span>")
				}
			}
		case *document.InlineImage:
			f := n.Figure
			if f == nil {
				continue
			}
			alt := f.Alt
			if alt == "" {
				alt = document.PlainText(f.Caption)
			}
			href, ok := x.images[f]
			if !ok {
				b.WriteString("<span" + x.class("image-missing") + ">[" + esc(alt) + "]</span>")
				continue
			}
			b.WriteString("<img src=\"" + esc(href) + "\" alt=\"" + esc(alt) + "\"" + x.idAttr(n.Attr.ID))
			if n.Title != "" {
				b.WriteString(" title=\"" + esc(n.Title) + "\"")
			}
			var style []string
			for _, k := range []string{"width", "height"} {
				if v := cssLength(n.Attr.Value(k)); v != "" {
					style = append(style, k+": "+v+";")
				}
			}
			extra := []string{"inline"}
			if len(style) > 0 {
				extra = append(extra, x.styleClass(strings.Join(style, " ")))
			}
			b.WriteString(x.attrs(document.Attr{Classes: n.Attr.Classes}, extra...))
			b.WriteString("/>")
		default:
			panic(fmt.Sprintf("epub: unknown inline %T", in))
		}
	}
}

// cssLength is v as a CSS length for a style attribute: a number and a
// unit, or a percentage; a bare number is in pixels. Anything else gives "".
func cssLength(v string) string {
	num := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
	unit := v[len(num):]
	if num == "" || strings.Trim(num, "0123456789.") != "" || strings.Count(num, ".") > 1 || num == "." {
		return ""
	}
	switch unit {
	case "":
		return num + "px"
	case "px", "em", "rem", "ex", "%", "cm", "mm", "in", "pt", "pc", "vw", "vh", "ch":
		return num + unit
	}
	return ""
}
