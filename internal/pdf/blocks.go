package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"publish/internal/document"
	"publish/internal/fonts"
	"publish/internal/shape"
)

// frame is a background or a border that a block draws behind its
// items, from the first of them on a page to the last (so that it runs
// on across a page break, and over the space a page filled to its foot
// adds between them): a code block's tint, an aside's box.
type frame struct {
	dx, w  float64 // from the left of the text block, and width
	tint   int     // gray of the background, 0 for none (255 is white)
	border float64 // width of the rule around it, 0 for none
	bar    float64 // width of a rule down its left side, 0 for none
	first  *item   // its first and last items: the top and bottom rules
	last   *item
}

// framed adds what fn adds inside a frame f, between two pads of height
// pad that the frame covers, and keeps the pads with what they pad.
func (l *layout) framed(f *frame, pad float64, fn func()) {
	items := l.capture(func() {
		l.add(&item{h: pad, noBreak: true})
		fn()
		l.keep()
		l.add(&item{h: pad})
	})
	f.first, f.last = items[0], items[len(items)-1]
	for _, it := range items {
		it.frames = append([]*frame{f}, it.frames...)
		l.add(it)
	}
}

// drawFrames draws the frames of the items placed on a page, under them.
func (d *drawer) drawFrames(items []placed, x float64) {
	type span struct {
		f          *frame
		top, bot   float64
		head, foot bool
	}
	var spans []*span
	at := map[*frame]*span{}
	for _, pl := range items {
		for _, f := range pl.it.frames {
			s := at[f]
			if s == nil {
				s = &span{f: f, top: pl.y}
				at[f] = s
				spans = append(spans, s)
			}
			s.bot = pl.y + pl.it.h
			s.head = s.head || pl.it == f.first
			s.foot = s.foot || pl.it == f.last
		}
	}
	for _, s := range spans {
		f, x0, h := s.f, x+s.f.dx, d.g.h
		var b strings.Builder
		if f.tint > 0 {
			fmt.Fprintf(&b, "q %.3f g %.2f %.2f %.2f %.2f re f Q\n", float64(f.tint)/255, x0, h-s.bot, f.w, s.bot-s.top)
		}
		if f.border > 0 {
			fmt.Fprintf(&b, "q 0.45 G %.2f w 0 J", f.border)
			fmt.Fprintf(&b, " %.2f %.2f m %.2f %.2f l", x0, h-s.top, x0, h-s.bot)
			fmt.Fprintf(&b, " %.2f %.2f m %.2f %.2f l", x0+f.w, h-s.top, x0+f.w, h-s.bot)
			if s.head {
				fmt.Fprintf(&b, " %.2f %.2f m %.2f %.2f l", x0, h-s.top, x0+f.w, h-s.top)
			}
			if s.foot {
				fmt.Fprintf(&b, " %.2f %.2f m %.2f %.2f l", x0, h-s.bot, x0+f.w, h-s.bot)
			}
			b.WriteString(" S Q\n")
		}
		if f.bar > 0 {
			fmt.Fprintf(&b, "q 0.3 g %.2f %.2f %.2f %.2f re f Q\n", x0, h-s.bot, f.bar, s.bot-s.top)
		}
		d.pdf.RawWriteStr(b.String())
	}
}

// code is the style of code blocks: the monospaced face, a little smaller
// than the text around it.
func (l *layout) code() textStyle {
	s := l.body().size * 0.85
	return textStyle{size: s, leading: s * 1.3, base: stCode}
}

var mono = fonts.Style{Family: fonts.Mono}

// codeBlock sets code as written: its lines kept, never justified or
// hyphenated, in the monospaced face on a light tint; a line too long for
// the measure goes on under a hooked arrow. A block with the class
// numberLines gets its lines numbered in the margin.
func (l *layout) codeBlock(c *document.CodeBlock, w, dx float64) {
	ts := l.code()
	pad := ts.size * 0.6
	text := expandTabs(c.Text, 4)
	src := strings.Split(text, "\n")
	numbered := c.Attr.HasClass("numberLines") || c.Attr.HasClass("number-lines")
	first := 1
	if n, err := strconv.Atoi(c.Attr.Value("startFrom")); err == nil {
		first = n
	}
	cont := l.t.width("  ", mono, ts.size) // continuation lines' indent
	avail := w - 2*pad
	type vline struct {
		text string
		num  int     // the source line's number on its first piece, else 0
		cont float64 // of a piece after the first: its indent, under the line's own
	}
	var lines []vline
	for i, s := range src {
		if l.ctx.Err() != nil {
			return
		}
		// The pieces after the first go on under the line's own indent.
		lead := min(l.t.width(s[:len(s)-len(strings.TrimLeft(s, " "))], mono, ts.size), avail/2) + cont
		for k, piece := range l.wrapCode(s, avail, lead, ts.size) {
			v := vline{text: piece}
			if k > 0 {
				v.cont = lead
			}
			if k == 0 {
				v.num = first + i
			}
			lines = append(lines, v)
		}
	}
	l.space(l.body().leading*0.4, l.body().leading*0.2)
	l.framed(&frame{dx: dx, w: w, tint: 240}, pad*0.8, func() {
		for i, v := range lines {
			v := v
			x := dx + pad + v.cont
			width := l.t.width(v.text, mono, ts.size)
			it := &item{h: ts.leading, draw: func(d *drawer, px, py float64) {
				if v.text != "" {
					d.line([]frag{{text: v.text, st: mono, x: x, w: width}}, ts, px, py, x, width, shape.LTR)
				}
				if v.cont > 0 {
					d.hook(px+x-cont*0.85, baseline(ts, py), ts.size)
				}
				if numbered && v.num > 0 {
					n := strconv.Itoa(v.num)
					nw := l.t.width(n, mono, ts.size*0.8)
					d.text(n, mono, ts.size*0.8, 110, px+dx-nw-ts.size*0.6, baseline(ts, py))
				}
			}}
			above, below := i+1, len(lines)-i-1
			it.noBreak = below > 0 && (above < 2 || below < 2)
			l.add(it)
		}
	})
	l.space(l.body().leading*0.4, l.body().leading*0.2)
}

// wrapCode cuts a line of code into pieces that fit w (the pieces after
// the first indented by cont, their leading spaces dropped): after the
// last space or punctuation in the last third of the room, else where
// the room ends. Each character is measured once, so a line of any
// length costs time linear in it.
func (l *layout) wrapCode(s string, w, cont, size float64) []string {
	if l.t.width(s, mono, size) <= w {
		return []string{s}
	}
	rs := []rune(s)
	ws := make([]float64, len(rs))
	seen := map[rune]float64{}
	for i, r := range rs {
		cw, ok := seen[r]
		if !ok {
			cw = l.t.width(string(r), mono, size)
			seen[r] = cw
		}
		ws[i] = cw
	}
	var out []string
	room, at := w, 0
	for at < len(rs) {
		n, x := at, 0.0
		for n < len(rs) && (x+ws[n] <= room || n == at) {
			x += ws[n]
			n++
		}
		if n == len(rs) {
			out = append(out, string(rs[at:]))
			break
		}
		cut := n
		for k := n; k > at+(n-at)*2/3; k-- {
			if strings.ContainsRune(" ,;)]}>=+-*/|&.", rs[k-1]) {
				cut = k
				break
			}
		}
		out = append(out, strings.TrimRight(string(rs[at:cut]), " "))
		at = cut
		for at < len(rs) && rs[at] == ' ' {
			at++
		}
		room = w - cont
	}
	return out
}

// expandTabs replaces tabs with spaces to the next stop of every n
// columns, as pandoc does in code.
func expandTabs(s string, n int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			k := n - col%n
			b.WriteString(strings.Repeat(" ", k))
			col += k
		case '\n':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// hook draws the mark of a continued line of code, a hooked arrow (↪)
// in gray, left of x on baseline by.
func (d *drawer) hook(x, by, size float64) {
	h := d.g.h
	top, mid := by-size*0.62, by-size*0.28
	right := x + size*0.62
	d.pdf.RawWriteStr(fmt.Sprintf("q 0.5 G %.2f w 1 J 1 j %.2f %.2f m %.2f %.2f l %.2f %.2f l S %.2f %.2f m %.2f %.2f l %.2f %.2f l S Q\n",
		size*0.07, x, h-top, x, h-mid, right, h-mid,
		right-size*0.2, h-(mid-size*0.16), right, h-mid, right-size*0.2, h-(mid+size*0.16)))
}

// thematicBreak is a centred ornament between two spaces: it stays where
// a blank would vanish at a page break.
func (l *layout) thematicBreak(w, dx float64) {
	body := l.body()
	ow := l.t.width("⁂", serif, body.size)
	x := dx + (w-ow)/2
	l.space(l.g.leading*0.5, l.g.leading*0.3)
	l.add(&item{h: body.leading, draw: func(d *drawer, px, py float64) {
		d.line([]frag{{text: "⁂", st: serif, x: x, w: ow}}, body, px, py, x, ow, shape.LTR)
	}})
	l.space(l.g.leading*0.5, l.g.leading*0.3)
}

// definitionList sets each term in bold, kept with its definitions,
// which are indented under it.
func (l *layout) definitionList(dl *document.DefinitionList, w, indent float64) {
	l.space(l.g.leading*0.3, l.g.leading*0.2)
	for i, it := range dl.Items {
		if i > 0 {
			l.space(l.g.leading*0.3, l.g.leading*0.2)
		}
		ts := l.body()
		ts.justify, ts.base = false, stBold
		l.set(l.runs(it.Term), ts, w, 0, indent)
		l.keep()
		for k, def := range it.Defs {
			if k > 0 {
				l.space(l.g.leading*0.2, l.g.leading*0.1)
			}
			p := "start"
			for _, b := range def {
				p = l.block(b, l.deeper(indent), p)
			}
		}
	}
	l.space(l.g.leading*0.3, l.g.leading*0.2)
}

// lineBlock sets each line as written, its leading spaces kept; a line
// too long for the measure goes on indented.
func (l *layout) lineBlock(lb *document.LineBlock, w, dx float64) {
	ts := l.body()
	ts.justify = false
	hang := l.g.size * 1.5
	var all []*item
	for _, line := range lb.Lines {
		lines := l.lines(l.runs(line), ts, w-hang, -hang, dx+hang)
		if len(lines) == 0 {
			lines = []*item{{h: ts.leading}} // an empty line stays
		}
		all = append(all, lines...)
	}
	l.space(l.g.leading*0.3, l.g.leading*0.2)
	for i, it := range all {
		above, below := i+1, len(all)-i-1
		it.noBreak = below > 0 && (above < 2 || below < 2)
		l.add(it)
	}
	l.space(l.g.leading*0.3, l.g.leading*0.2)
}

// asides are the classes of a div set as a boxed aside, and their look.
var asides = map[string]frame{
	"note":    {border: 0.5},
	"sidebar": {border: 0.5, tint: 246},
	"warning": {border: 0.5, bar: 2.5},
}

// div sets a div's blocks, in its language and direction when it names
// them (dir="auto" leaves each paragraph to its first strong character);
// a note, warning or sidebar is a boxed aside.
func (l *layout) div(dv *document.Div, w, indent float64, prev string) string {
	if lang := dv.Attr.Value("lang"); lang != "" {
		saved, savedHyph := l.lang, l.hyph
		l.lang = l.langStyle(lang)
		defer func() { l.lang, l.hyph = saved, savedHyph }()
	}
	if dir := dv.Attr.Value("dir"); dir == "ltr" || dir == "rtl" || dir == "auto" {
		saved := l.dir
		l.dir = strings.TrimSuffix(dir, "auto")
		defer func() { l.dir = saved }()
	}
	for _, class := range dv.Attr.Classes {
		look, ok := asides[class]
		if !ok {
			continue
		}
		pad := l.body().size * 0.8
		f := look
		f.dx, f.w = indent, w
		if indent+pad+f.bar > IndentLevels*l.g.size*1.5 {
			break // boxes nested past the last level of indent are set as their blocks
		}
		l.space(l.g.leading*0.5, l.g.leading*0.3)
		l.framed(&f, pad, func() {
			p := "start"
			for _, b := range dv.Blocks {
				p = l.block(b, indent+pad+f.bar, p)
			}
		})
		l.space(l.g.leading*0.5, l.g.leading*0.3)
		return "aside"
	}
	for _, b := range dv.Blocks {
		prev = l.block(b, indent, prev)
	}
	return prev
}

// noteBlocks sets a note's blocks in the notes' size, each paragraph's
// first line indented by indent, where the first one's number goes.
func (l *layout) noteBlocks(blocks []document.Block, indent float64) {
	saved := l.noteIndent
	l.noteIndent = indent
	defer func() { l.noteIndent = saved }()
	start := len(l.items)
	p := "start"
	for _, b := range blocks {
		p = l.block(b, 0, p)
	}
	if firstLine(l.items[start:]) == nil { // a note without text still shows its number
		l.set(plainRuns("\u00a0", 0), l.footnote(), l.g.width(), indent, 0)
	}
}

// paragraph sets a paragraph; a displayed formula in it is set centred
// on a line of its own, and the text after it goes on unindented.
func (l *layout) paragraph(p *document.Paragraph, w, indent float64, prev string, top bool) {
	var parts [][]document.Inline
	var shown []*document.Math
	start := 0
	for i, in := range p.Text {
		if m, ok := in.(*document.Math); ok && m.Display {
			parts = append(parts, p.Text[start:i])
			shown = append(shown, m)
			start = i + 1
		}
	}
	parts = append(parts, p.Text[start:])
	first := true
	for i, part := range parts {
		if len(part) > 0 && !(len(part) == 1 && isSpace(part[0])) {
			ind := 0.0
			switch {
			case l.inNote && first:
				ind = l.noteIndent
			case first && prev == "paragraph" && l.lists > 0:
				l.space(l.body().leading*0.3, l.body().leading*0.2) // LaTeX's lists space their paragraphs
			case first && prev == "paragraph":
				ind = l.body().size
				l.space(0, l.body().leading*0.2) // a page filled to its foot spaces its paragraphs
			}
			segs := l.runs(part)
			var dests []string
			if first {
				dests = inlineIDs(p.Text)
			}
			if top && len(parts) == 1 && l.deferred(segs, l.body()) {
				l.wait(segs, l.body(), w, ind, indent, dests)
			} else if lines := l.set(segs, l.body(), w, ind, indent); len(lines) > 0 {
				lines[0].dests = append(lines[0].dests, dests...)
			}
			first = false
		}
		if i < len(shown) {
			l.displayMath(shown[i], w, indent)
		}
	}
	for _, f := range l.large {
		l.figure(f, w, indent)
	}
	l.large = l.large[:0]
}

func isSpace(in document.Inline) bool {
	s, ok := in.(*document.Str)
	return ok && strings.TrimSpace(s.Text) == ""
}

// inlineIDs are the names of the identifiers of inlines, as destinations.
func inlineIDs(ins []document.Inline) []string {
	var out []string
	document.WalkInlines([]document.Block{&document.Paragraph{Text: ins}}, func(in document.Inline) {
		var id string
		switch n := in.(type) {
		case *document.Span:
			id = n.Attr.ID
		case *document.Link:
			id = n.Attr.ID
		case *document.Code:
			id = n.Attr.ID
		case *document.InlineImage:
			id = n.Attr.ID
		}
		if id != "" {
			out = append(out, destName(id))
		}
	})
	return out
}

// displayMath sets a displayed formula centred, or its TeX as written.
func (l *layout) displayMath(m *document.Math, w, dx float64) {
	body := l.body()
	l.space(l.g.leading*0.5, l.g.leading*0.3)
	l.keep()
	b := l.formula(m.TeX, true, body.size)
	if b == nil {
		ts := l.code()
		ts.align = alignCenter
		l.set(plainRuns(m.TeX, stCode), ts, w, 0, dx)
	} else {
		scale := 1.0
		if b.w > w {
			scale = w / b.w // too wide for the measure: smaller
		}
		h := (b.h + b.d) * scale
		x := dx + (w-b.w*scale)/2
		l.add(&item{h: max(h, body.leading), draw: func(d *drawer, px, py float64) {
			by := py + b.h*scale + max(0, body.leading-h)/2
			if scale < 1 {
				d.scaled(px+x, by, scale, func() { b.draw(d, 0, 0) })
			} else {
				b.draw(d, px+x, by)
			}
		}})
	}
	l.space(l.g.leading*0.5, l.g.leading*0.3)
}

// scaled draws what fn draws at the origin, scaled by k about (x, by).
func (d *drawer) scaled(x, by, k float64, fn func()) {
	h := d.g.h
	d.pdf.RawWriteStr(fmt.Sprintf("q %.4f 0 0 %.4f %.2f %.2f cm\n", k, k, x, (h-by)-h*k))
	fn()
	d.pdf.RawWriteStr("Q\n")
}

// taskBox draws a task's check box, its bottom on the baseline by from
// x, crossed when done.
func (d *drawer) taskBox(x, by, size float64, done bool) {
	h, s := d.g.h, size*0.62
	var b strings.Builder
	fmt.Fprintf(&b, "q 0 G %.2f w %.2f %.2f %.2f %.2f re S", size*0.06, x, h-by, s, s)
	if done {
		in := s * 0.2
		fmt.Fprintf(&b, " %.2f %.2f m %.2f %.2f l %.2f %.2f m %.2f %.2f l S", x+in, h-by+in, x+s-in, h-by+s-in, x+in, h-by+s-in, x+s-in, h-by+in)
	}
	b.WriteString(" Q\n")
	d.pdf.RawWriteStr(b.String())
}

// taskMarker draws a task list item's box on the first line the item
// added from start: the character ☐ or ☒ when an installed face has it
// (Noto Sans Symbols 2, of fonts-noto-core), so that the text read back
// has it too, else a box drawn with rules.
func (l *layout) taskMarker(start int, done bool, indent float64) {
	box := "☐"
	if done {
		box = "☒"
	}
	glyph := l.t.shaper.Covered(box, serif)
	if it := firstLine(l.items[start:]); it != nil {
		draw, body := it.draw, l.body()
		x := l.deeper(indent) - l.g.size*1.2 // in the gutter, as a list's marker
		bw := l.t.width(box, serif, body.size)
		it.draw = func(d *drawer, px, py float64) {
			draw(d, px, py)
			if glyph {
				d.line([]frag{{text: box, st: serif, x: x, w: bw}}, body, px, py, x, bw, shape.LTR)
			} else {
				d.taskBox(px+x, baseline(body, py), body.size, done)
			}
		}
	}
}

// blocksText is the text of blocks, paragraphs separated by spaces: a
// note's inside another note, which a footnote cannot hold.
func blocksText(bs []document.Block) string {
	var parts []string
	document.Walk(bs, func(b document.Block) {
		switch b := b.(type) {
		case *document.Paragraph:
			parts = append(parts, document.PlainText(b.Text))
		case *document.Heading:
			parts = append(parts, document.PlainText(b.Text))
		case *document.CodeBlock:
			parts = append(parts, b.Text)
		case *document.Figure:
			parts = append(parts, document.PlainText(b.Caption))
		case *document.DefinitionList:
			for _, it := range b.Items {
				parts = append(parts, document.PlainText(it.Term))
			}
		case *document.LineBlock:
			for _, line := range b.Lines {
				parts = append(parts, document.PlainText(line))
			}
		case *document.Table:
			parts = append(parts, document.PlainText(b.Caption))
		}
	})
	return strings.Join(parts, " ")
}
