package markdown

import (
	"fmt"
	"strconv"
	"strings"

	"publish/internal/document"
)

// mdWriter writes blocks as pandoc's Markdown, in a form that Parse reads
// back to the same model. Notes are written as references [^n], their
// text after the body.
type mdWriter struct {
	notes []*document.Note
	// wrap, when above 0, folds paragraphs into lines of at most that many
	// columns where a word space allows (grid table cells).
	wrap int
}

// brk stands for a space at which a paragraph may be folded; it never
// reaches the output.
const brk = "\x00"

func writeBody(blocks []document.Block) string {
	w := &mdWriter{}
	var b strings.Builder
	if body := w.blocks(blocks); body != "" {
		b.WriteString("\n" + body + "\n")
	}
	for i := 0; i < len(w.notes); i++ {
		label := "[^" + strconv.Itoa(i+1) + "]:"
		text := w.blocks(w.notes[i].Blocks)
		if text == "" {
			b.WriteString("\n" + label + "\n")
			continue
		}
		b.WriteString("\n" + indent(text, label+" ", "    ") + "\n")
	}
	return b.String()
}

// blocks writes bs separated by blank lines. Two lists of the same kind,
// or two definition lists, would run together: an empty comment, which
// the reader drops, keeps them apart, as pandoc's writer does.
func (w *mdWriter) blocks(bs []document.Block) string {
	var parts []string
	for i, b := range bs {
		if i > 0 && runTogether(bs[i-1], b) {
			parts = append(parts, "<!-- -->")
		}
		parts = append(parts, w.block(b))
	}
	return strings.Join(parts, "\n\n")
}

func runTogether(a, b document.Block) bool {
	switch a := a.(type) {
	case *document.List:
		bl, ok := b.(*document.List)
		return ok && bl.Ordered == a.Ordered
	case *document.DefinitionList:
		_, ok := b.(*document.DefinitionList)
		return ok
	}
	return false
}

// indent prefixes the first line of s with first and the others with
// rest; blank lines stay empty.
func indent(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		switch {
		case i == 0 && l == "":
			lines[i] = strings.TrimRight(first, " ")
		case i == 0:
			lines[i] = first + l
		case l != "":
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}

func (w *mdWriter) block(b document.Block) string {
	switch b := b.(type) {
	case *document.Heading:
		s := strings.Repeat("#", b.Level) + " " + oneLine(w.inlines(b.Text, true))
		if !b.Attr.IsZero() {
			s += " " + attrString(b.Attr)
		}
		return s
	case *document.Paragraph:
		return w.paragraph(b.Text)
	case *document.Figure:
		return w.image(b, "", document.Attr{}, true)
	case *document.Quote:
		lines := strings.Split(w.blocks(b.Blocks), "\n")
		for i, l := range lines {
			lines[i] = "> " + l
			if l == "" {
				lines[i] = ">"
			}
		}
		return strings.Join(lines, "\n")
	case *document.List:
		var items []string
		for i, item := range b.Items {
			marker := "- "
			if b.Ordered {
				// A capital letter and a period would need two spaces.
				delim := ". "
				if b.Style == document.UpperAlpha {
					delim = ") "
				}
				marker = b.Style.Number(b.Start+i) + delim
			}
			pad := strings.Repeat(" ", len(marker))
			box := [...]string{"", "[ ] ", "[x] "}[item.Task]
			items = append(items, indent(w.blocks(item.Blocks), marker+box, pad))
		}
		return strings.Join(items, "\n")
	case *document.CodeBlock:
		fence := strings.Repeat("`", max(3, longestRun(b.Text, '`')+1))
		info := ""
		switch a := b.Attr; {
		case a.ID == "" && len(a.KV) == 0 && len(a.Classes) == 1 && plainWord(a.Classes[0]):
			info = a.Classes[0]
		case !a.IsZero():
			info = " " + attrString(a)
		}
		return fence + info + "\n" + b.Text + "\n" + fence
	case *document.Table:
		return w.table(b)
	case *document.ThematicBreak:
		return "* * *"
	case *document.DefinitionList:
		var items []string
		for _, item := range b.Items {
			parts := []string{escapeStart(oneLine(w.inlines(item.Term, true)))}
			for _, def := range item.Defs {
				text := w.blocks(def)
				if text == "" {
					text = "<!-- -->" // an empty definition, which the reader drops
				}
				parts = append(parts, indent(text, ":   ", "    "))
			}
			items = append(items, strings.Join(parts, "\n\n"))
		}
		return strings.Join(items, "\n\n")
	case *document.LineBlock:
		var lines []string
		for _, line := range b.Lines {
			s := oneLine(w.inlines(line, true))
			// Leading no-break spaces are the line's indentation, which
			// the reader keeps: write them as spaces.
			lead := len(s) - len(strings.TrimLeft(s, "\u00a0"))
			s = strings.Repeat(" ", lead/len("\u00a0")) + s[lead:]
			lines = append(lines, strings.TrimRight("| "+s, " "))
		}
		return strings.Join(lines, "\n")
	case *document.Div:
		fence := strings.Repeat(":", 3+divDepth(b.Blocks))
		open := fence + " {}"
		switch a := b.Attr; {
		case a.ID == "" && len(a.KV) == 0 && len(a.Classes) == 1 && plainWord(a.Classes[0]):
			open = fence + " " + a.Classes[0]
		case !a.IsZero():
			open = fence + " " + attrString(a)
		}
		if inner := w.blocks(b.Blocks); inner != "" {
			return open + "\n" + inner + "\n" + fence
		}
		return open + "\n" + fence
	default:
		panic(fmt.Sprintf("markdown: unknown block %T", b))
	}
}

// paragraph writes text, folded at w.wrap when it is set.
func (w *mdWriter) paragraph(text []document.Inline) string {
	s := w.inlines(text, false)
	if w.wrap > 0 {
		return fold(s, w.wrap)
	}
	return oneLine(s)
}

// divDepth is how deeply divs nest inside bs, so that an outer fence can
// be longer than the inner ones.
func divDepth(bs []document.Block) int {
	d := 0
	for _, b := range bs {
		if div, ok := b.(*document.Div); ok {
			d = max(d, 1+divDepth(div.Blocks))
		}
	}
	return d
}

func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// plainWord reports whether s can stand alone as a class after a fence.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '+' || r == '#') {
			return false
		}
	}
	return s[0] != '{' && s[0] != '-'
}

// attrString writes a as {#id .class key="value"}.
func attrString(a document.Attr) string {
	var parts []string
	if a.ID != "" {
		parts = append(parts, "#"+a.ID)
	}
	for _, c := range a.Classes {
		parts = append(parts, "."+c)
	}
	for _, kv := range a.KV {
		parts = append(parts, kv.Key+"="+attrValue(kv.Value))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

// image writes a figure, or with block false an inline image, whose alt
// text defaults to its description.
func (w *mdWriter) image(f *document.Figure, title string, a document.Attr, block bool) string {
	s := "![" + oneLine(w.inlines(f.Caption, true)) + "](" + destination(f.Src)
	if title != "" {
		s += ` "` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(title) + `"`
	}
	s += ")"
	if f.Alt != "" && (block || f.Alt != document.PlainText(f.Caption)) {
		a.KV = append([]document.KeyValue{{Key: "alt", Value: f.Alt}}, a.KV...)
	}
	if f.Credit != "" {
		a.KV = append(a.KV, document.KeyValue{Key: "credit", Value: f.Credit})
	}
	if !a.IsZero() {
		s += attrString(a)
	}
	return s
}

// oneLine turns fold points back into spaces.
func oneLine(s string) string { return strings.ReplaceAll(s, brk, " ") }

// fold breaks s at its fold points into lines of at most width columns
// where it can, never before a word that would start a block.
func fold(s string, width int) string {
	var out strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			out.WriteByte('\n')
		}
		col := 0
		for j, word := range strings.Split(line, brk) {
			ww := textWidth(word)
			switch {
			case j == 0:
			case col+1+ww > width && !startsBlock(word):
				out.WriteByte('\n')
				col = 0
			default:
				out.WriteByte(' ')
				col++
			}
			out.WriteString(word)
			col += ww
		}
	}
	return out.String()
}

// startsBlock reports whether a line starting with s could open a block
// other than a paragraph's continuation.
func startsBlock(s string) bool {
	if s == "" {
		return true
	}
	if escapeStart(s) != s {
		return true
	}
	switch s[0] {
	case ':', '*', '#', '>', '|', '~', '`', '<', '[':
		return true
	}
	return false
}

// inlines writes ins on one line, except after a hard line break; word
// spaces are fold points (brk). In a heading, a table cell or a term,
// which are one line, a hard break is written <br>, which reads back as
// one.
func (w *mdWriter) inlines(ins []document.Inline, single bool) string {
	var b strings.Builder
	lineStart := true
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			s := escapeText(n.Text)
			if lineStart {
				s = escapeStart(s)
			}
			b.WriteString(strings.ReplaceAll(s, " ", brk))
		case *document.Emph:
			d := "*"
			if edgeIs[*document.Strong](n.Children) {
				d = "_"
			}
			b.WriteString(d + w.inlines(n.Children, single) + d)
		case *document.Strong:
			d := "**"
			if edgeIs[*document.Emph](n.Children) {
				d = "__"
			}
			b.WriteString(d + w.inlines(n.Children, single) + d)
		case *document.Link:
			b.WriteString("[" + w.inlines(n.Children, single) + "](" + destination(n.URL))
			if n.Title != "" {
				b.WriteString(` "` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(n.Title) + `"`)
			}
			b.WriteString(")")
			if !n.Attr.IsZero() {
				b.WriteString(attrString(n.Attr))
			}
		case *document.Code:
			fence := strings.Repeat("`", longestRun(n.Text, '`')+1)
			pad := ""
			if strings.HasPrefix(n.Text, "`") || strings.HasSuffix(n.Text, "`") ||
				len(n.Text) > 1 && n.Text[0] == ' ' && n.Text[len(n.Text)-1] == ' ' && strings.Trim(n.Text, " ") != "" {
				pad = " "
			}
			b.WriteString(fence + pad + n.Text + pad + fence)
			if !n.Attr.IsZero() {
				b.WriteString(attrString(n.Attr))
			}
		case *document.LineBreak:
			if single {
				b.WriteString("<br>")
				continue
			}
			b.WriteString("\\\n")
			lineStart = true
			continue
		case *document.Strikeout:
			b.WriteString("~~" + w.inlines(n.Children, single) + "~~")
		case *document.Superscript:
			b.WriteString(script(w.inlines(n.Children, single), "^", "sup"))
		case *document.Subscript:
			b.WriteString(script(w.inlines(n.Children, single), "~", "sub"))
		case *document.SmallCaps:
			b.WriteString("[" + w.inlines(n.Children, single) + "]{.smallcaps}")
		case *document.Span:
			b.WriteString("[" + w.inlines(n.Children, single) + "]" + attrString(n.Attr))
		case *document.Note:
			w.notes = append(w.notes, n)
			b.WriteString("[^" + strconv.Itoa(len(w.notes)) + "]")
		case *document.Math:
			d := "$"
			if n.Display {
				d = "$$"
			}
			b.WriteString(d + n.TeX + d)
		case *document.InlineImage:
			if n.Figure != nil {
				b.WriteString(w.image(n.Figure, n.Title, n.Attr, false))
			}
		default:
			panic(fmt.Sprintf("markdown: unknown inline %T", in))
		}
		lineStart = false
	}
	return b.String()
}

// edgeIs reports whether the first or last inline is a T, which would run
// its delimiters into ours ("***").
func edgeIs[T document.Inline](ins []document.Inline) bool {
	if len(ins) == 0 {
		return false
	}
	_, first := ins[0].(T)
	_, last := ins[len(ins)-1].(T)
	return first || last
}

// script writes super- or subscript text between d's, as pandoc reads
// them, when it holds no space; otherwise as the HTML tag, which the
// reader maps to the same node.
func script(s, d, tag string) string {
	if s != "" && !strings.ContainsAny(s, " \n\t"+brk) && !strings.Contains(s, "<br>") {
		return d + s + d
	}
	return "<" + tag + ">" + oneLine(s) + "</" + tag + ">"
}

// escapeText backslash-escapes what CommonMark or pandoc's Markdown would
// read as markup ($ math, @ citations, ^ and ~ super- and subscripts), and
// the straight quotes, "--" and "..." that smart punctuation would turn
// into curly quotes, dashes and an ellipsis.
func escapeText(s string) string {
	var b strings.Builder
	run, last := 0, rune(0) // unescaped '-' or '.' just before r
	for _, r := range s {
		esc := false
		switch r {
		case '\\', '*', '_', '`', '[', ']', '<', '>', '&', '$', '@', '^', '~', '|', '{', '}', '#', '\'', '"':
			esc = true
		case '-', '.':
			if r != last {
				run = 0
			}
			if limit := map[rune]int{'-': 1, '.': 2}[r]; run == limit {
				esc, run = true, 0
			} else {
				run++
			}
		default:
			run = 0
		}
		last = r
		if esc {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeStart protects a line that would start like a list item, a
// heading underline, a definition or a numbered item.
func escapeStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=', ':':
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	// pandoc's other list markers: (a), a., iv), #.
	if _, ok := fancyMarker([]byte(s)); ok {
		if s[0] == '(' {
			return "\\" + s
		}
		i := strings.IndexAny(s, ".)")
		return s[:i] + "\\" + s[i:]
	}
	return s
}

func destination(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

func attrValue(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(v) + `"`
}
