package pdf

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"publish/internal/document"
	"publish/internal/fonts"
	"publish/internal/shape"
	"publish/internal/typeset"
)

// item is one unbreakable piece of the vertical list that the flow cuts
// into pages: a line of text, a space, a figure, a row of a table.
type item struct {
	h       float64                       // height taken on the page
	draw    func(d *drawer, x, y float64) // y is the top of the item
	glue    bool                          // a space, dropped at the top of a page
	stretch float64                       // how much a page filled to its foot may add to its height
	noBreak bool                          // no page break right after this item
	newPage bool                          // starts a new page (a chapter, the contents), in duplex a recto
	verso   bool                          // a new page that may be a verso (the copyright page)
	barrier bool                          // figures still waiting are set before it (the credits)
	mark    *mark                         // a heading starts here
	notes   []*note                       // footnotes referenced here, set at the foot of its page
	head    *item                         // a table's header row, repeated when this row starts a page
	foot    func(d *drawer, x, y float64) // drawn under it when it ends a page (y its bottom): a table's rule
	frames  []*frame                      // backgrounds and borders drawn behind it, outermost first
	dests   []string                      // names of the destinations that start here (destName)

	// A figure floats: set where it falls when it fits, else at the top
	// of the next page, the text that follows filling this one.
	float        bool
	anchor, page int                      // the pages where the figure fell in the text and where it was set
	imgH         float64                  // the height of its image
	resize       func(maxH float64) *item // the figure with its image at most maxH high
	orig         *item                    // the figure's item before it was resized
}

// note is a footnote: its lines in the notes' size, the first with its
// number.
type note struct {
	lines []*item
}

// mark is a heading, a target for the outline, the contents and the
// running heads; page and y are known once the flow has placed it.
type mark struct {
	title string
	level int  // 0 for the document title, then heading levels
	toc   bool // listed in the table of contents
	page  int
	y     float64 // top, from the top of the page
	link  int     // fpdf internal link, set while drawing
}

// bodyParams tune the line breaker for justified text: Noto Serif's word
// space is wide (0.26 em), so it may shrink a little more than TeX's third.
var bodyParams = func() typeset.Params {
	p := typeset.DefaultParams
	p.Shrink = 0.4
	return p
}()

// text styles, derived from the body size of the page.
type textStyle struct {
	size, leading float64
	base          typeset.Style
	justify       bool
	hyphenate     bool
	align         int // of lines that are not justified: alignLeft, alignCenter, alignRight
	gray          int // 0 black .. 255 white
}

const (
	alignLeft = iota
	alignCenter
	alignRight
)

// layout turns the document into the vertical list.
type layout struct {
	g      geometry
	t      *texts
	hyph   *typeset.Hyphenator
	doc    *document.Document
	links  linkMode
	at     int // line of the block being laid out, for warnings
	brks   []shape.Break
	urls   []string        // link targets, by 1-based index (stLinkShift)
	ctx    context.Context // cancelled: the layout stops, and Write returns
	items  []*item
	marks  []*mark
	cache  map[float64]map[typeset.Style]*typeset.WidthCache
	figs   int
	chapts bool // the document has level-1 headings

	notes      []*note // every footnote, by 1-based index (stNoteRef)
	noteNum    int     // the number of the last note of the chapter
	inNote     bool    // setting a note: its text is in the notes' size
	noteIndent float64 // of the first line of each paragraph of a note

	boxes   []*mbox               // formulas and images in lines, by 1-based index (stBox)
	large   []*document.Figure    // inline images too large for a line, set after their block
	lang    typeset.Style         // the language bits of the text being set (a div's)
	dir     string                // "ltr" or "rtl" inside a div that says so, else ""
	langs   []string              // the languages of spans and divs, by index (stLangShift); 0 the document's
	hyphs   []*typeset.Hyphenator // their hyphenators
	ids     map[*document.Heading]string
	targets map[string]bool // the identifiers a link "#id" may point to
	warn    func(line int, msg string)

	measure  float64    // of a table's cell; 0: the text block's
	cell     *textStyle // the body text of a table's cell
	anywhere bool       // words may break anywhere (a table too wide even in its smallest size)
	dry      bool       // measuring: no links, notes or warnings are made
	lists    int        // depth of lists: their paragraphs are spaced, not indented

	tocTargets []*mark // the chapters and the credits, listed in the contents
	nextTOC    int

	top       bool                 // laying out a block of the document's own list, not one inside another
	pending   []*pending           // paragraphs waiting for settle
	newShaper func() *shape.Shaper // a shaper of the document's faces and language, for another goroutine
	latin     bool                 // the embedded faces set the body: they have every Latin character
}

// chapterMark is the mark of the next chapter listed in the contents.
func (l *layout) chapterMark(title string) *mark {
	if l.nextTOC < len(l.tocTargets) {
		mk := l.tocTargets[l.nextTOC]
		l.nextTOC++
		return mk
	}
	return &mark{title: title, level: 1, toc: true}
}

// body is the style of running text: the notes' inside a note, the
// cell's inside a table.
func (l *layout) body() textStyle {
	switch {
	case l.inNote:
		return l.footnote()
	case l.cell != nil:
		return *l.cell
	}
	return textStyle{size: l.g.size, leading: l.g.leading, justify: true, hyphenate: true}
}

// width is the measure of the text being set: a table cell's, or the
// text block's.
func (l *layout) width() float64 {
	if l.measure > 0 {
		return l.measure
	}
	return l.g.width()
}

// footnote is the notes' style: LaTeX's \footnotesize, 8 pt on 9.5 for
// 10 pt text.
func (l *layout) footnote() textStyle {
	s := l.g.size * 0.8
	return textStyle{size: s, leading: s * 1.22, justify: true, hyphenate: true}
}

func (l *layout) caption() textStyle {
	s := l.g.size * 0.85
	return textStyle{size: s, leading: s * 1.3}
}

func (l *layout) credit() textStyle {
	s := l.g.size * 0.72
	return textStyle{size: s, leading: s * 1.3, gray: 90}
}

func (l *layout) heading(level int) textStyle {
	f := map[int]float64{0: 2.2, 1: 1.8, 2: 1.3}[level]
	if f == 0 {
		f = 1.1
	}
	s := l.g.size * f
	return textStyle{size: s, leading: s * 1.2, base: stBold}
}

func (l *layout) add(it *item) { l.items = append(l.items, it) }

// space adds a space of height h that a page filled to its foot may
// stretch by up to stretch (times maxRatio).
func (l *layout) space(h, stretch float64) {
	if h > 0 || stretch > 0 {
		l.add(&item{h: h, glue: true, stretch: stretch})
	}
}

// keep forbids a page break after the last item so far.
func (l *layout) keep() {
	if n := len(l.items); n > 0 {
		l.items[n-1].noBreak = true
	}
}

// capture returns the items that fn adds, taking them off the list.
func (l *layout) capture(fn func()) []*item {
	start := len(l.items)
	fn()
	out := slices.Clone(l.items[start:])
	l.items = l.items[:start]
	return out
}

func (l *layout) measurer(ts textStyle) measurer {
	return measurer{t: l.t, size: ts.size, base: ts.base, boxes: l.boxes, langs: l.langs}
}

// set breaks text into lines of width w and adds one item per line.
func (l *layout) set(segs [][]typeset.Run, ts textStyle, w, indent, dx float64) []*item {
	lines := l.lines(segs, ts, w, indent, dx)
	for _, it := range lines {
		l.add(it)
	}
	return lines
}

// lines breaks text into lines of width w, one item each, dx from the
// left of the text block. The breaks between lines keep two lines
// together at the top and the bottom of a page, so there are no widows or
// orphans. A line holding a note's reference carries the note.
func (l *layout) lines(segs [][]typeset.Run, ts textStyle, w, indent, dx float64) []*item {
	m := l.measurer(ts)
	wc := l.widthCache(ts, m)
	var lines []typeset.Line
	var all strings.Builder
	for _, seg := range segs {
		for _, r := range seg {
			all.WriteString(r.Text)
		}
	}
	base := shape.BaseOf(all.String()) // the first strong character's
	switch l.dir {
	case "rtl":
		base = shape.RTL
	case "ltr":
		base = shape.LTR
	}
	for i, seg := range segs {
		if len(seg) == 0 {
			continue
		}
		opt := typeset.Options{Width: w, Justify: ts.justify, Breaks: l.breaks, Context: l.ctx}
		if i == 0 {
			opt.Indent = indent
		}
		if ts.hyphenate {
			opt.HyphenatorOf = l.hyphenatorOf
		}
		if ts.justify {
			opt.Params = &bodyParams
		}
		lines = append(lines, typeset.Set(seg, wc, opt)...)
	}
	if len(lines) == 0 {
		lines = []typeset.Line{{}} // an empty heading still takes its line, and its mark
	}
	out := make([]*item, 0, len(lines))
	for i, ln := range lines {
		it := l.lineItem(ln, ts, m, dx, w, base)
		above, below := i+1, len(lines)-(i+1) // lines before and after a break here
		it.noBreak = below > 0 && (above < 2 || below < 2)
		for _, f := range ln.Fragments {
			if f.Style&stNoteRef != 0 {
				it.notes = append(it.notes, l.notes[refOf(f.Style)-1])
			}
		}
		out = append(out, it)
	}
	return out
}

// breaks are the typeset breaks inside a word: those of UAX #14 (shape),
// and in an address, after its slashes and before its dots.
func (l *layout) breaks(word string, brks []typeset.Break) []typeset.Break {
	if l.anywhere {
		for i := range word {
			if i > 0 {
				brks = append(brks, typeset.Break{Off: i})
			}
		}
		return brks
	}
	if isAddress(word) {
		return addressBreaks(word, brks)
	}
	l.brks = l.t.shaper.Breaks(word, l.brks[:0])
	for _, b := range l.brks {
		brks = append(brks, typeset.Break{Off: b.Off, Stretch: b.Stretch})
	}
	return brks
}

func (l *layout) widthCache(ts textStyle, m typeset.Measurer) *typeset.WidthCache {
	if l.cache == nil {
		l.cache = map[float64]map[typeset.Style]*typeset.WidthCache{}
	}
	bySize := l.cache[ts.size]
	if bySize == nil {
		bySize = map[typeset.Style]*typeset.WidthCache{}
		l.cache[ts.size] = bySize
	}
	wc := bySize[ts.base]
	if wc == nil {
		wc = typeset.NewWidthCache(boxMeasurer{l, ts})
		bySize[ts.base] = wc
	}
	return wc
}

// boxMeasurer measures text at ts for a width cache kept from paragraph
// to paragraph: its boxes are the layout's as they are when asked.
type boxMeasurer struct {
	l  *layout
	ts textStyle
}

func (b boxMeasurer) Width(s string, st typeset.Style) float64 {
	return b.l.measurer(b.ts).Width(s, st)
}

func (b boxMeasurer) Prefix(s string, off int, st typeset.Style) float64 {
	return b.l.measurer(b.ts).Prefix(s, off, st)
}

// frag is a piece of a line in one style, at x from the line box's
// origin, in logical order: drawer.line places it.
type frag struct {
	text   string
	st     fonts.Style
	x, w   float64
	link   int
	scale  float64         // of the line's size; 0 means 1
	rise   float64         // of the baseline, in points, up
	strike bool            // struck through
	dir    shape.Direction // a span's direction, an isolate in the line; Auto when none
}

// dirOf is the direction of a span that text in style st is in.
func dirOf(st typeset.Style) shape.Direction {
	switch {
	case st&stRTL != 0:
		return shape.RTL
	case st&stLTR != 0:
		return shape.LTR
	}
	return shape.Auto
}

// lineItem is a line set in a box from dx, w wide, in a paragraph of
// direction base. A line that holds a box taller or deeper than its
// leading grows by what the box needs.
func (l *layout) lineItem(ln typeset.Line, ts textStyle, m measurer, dx, w float64, base shape.Direction) *item {
	frags := make([]frag, 0, len(ln.Fragments))
	shift := 0.0
	if n := len(ln.Fragments); ts.align != alignLeft && n > 0 {
		last := ln.Fragments[n-1]
		shift = w - (last.X + last.W)
		if ts.align == alignCenter {
			shift /= 2
		}
	}
	type boxAt struct {
		b *mbox
		x float64
	}
	var boxes []boxAt
	above := (ts.leading-ts.size)/2 + ts.size*0.8 // room above the baseline
	up, down := 0.0, 0.0
	for _, f := range ln.Fragments {
		if f.Style&stBox != 0 {
			b := m.boxes[refOf(f.Style)-1]
			boxes = append(boxes, boxAt{b, f.X + dx + shift})
			up, down = max(up, b.h+ts.size*0.15-above), max(down, b.d+ts.size*0.15-(ts.leading-above))
			continue
		}
		frags = append(frags, frag{f.Text, m.styleOf(f.Style), f.X + dx + shift, f.W, linkOf(f.Style), scaleOf(f.Style), riseOf(f.Style) * ts.size, f.Style&stStrike != 0, dirOf(f.Style)})
	}
	up, down = max(up, 0), max(down, 0)
	return &item{h: ts.leading + up + down, draw: func(d *drawer, x, y float64) {
		if len(frags) > 0 {
			d.line(frags, ts, x, y+up, dx, w, base)
		}
		for _, b := range boxes {
			b.b.draw(d, x+b.x, baseline(ts, y+up))
		}
	}}
}

// build lays out the whole document.
func (l *layout) build(generator string) {
	l.chapts = l.doc.HasChapters()
	l.langs, l.hyphs = []string{l.doc.Meta.Lang}, []*typeset.Hyphenator{l.hyph}
	l.ids = document.HeadingIDs(l.doc.Blocks)
	l.targets = map[string]bool{}
	for _, t := range document.Targets(l.doc.Blocks, l.ids) {
		l.targets[t.ID] = true
	}
	if l.chapts {
		l.titlePage()
		l.copyrightPage(generator)
		l.contents()
		if len(l.doc.Blocks) > 0 {
			if h, ok := l.doc.Blocks[0].(*document.Heading); !ok || h.Level != 1 {
				l.add(&item{newPage: true, glue: true}) // the text before the first chapter opens a page
			}
		}
	} else {
		l.header()
	}
	prev := "start"
	for _, b := range l.doc.Blocks {
		if l.ctx.Err() != nil {
			return
		}
		l.top = true
		prev = l.block(b, 0, prev)
	}
	l.top = false
	l.at = 0
	l.credits(generator)
	l.settle()
}

// contents adds the table of contents; its page numbers are filled in
// when the pages are drawn.
func (l *layout) contents() {
	w := l.g.width()
	ts := l.heading(1)
	l.add(&item{newPage: true, glue: true})
	l.set(plainRuns(l.doc.Words().Contents, 0), ts, w, 0, 0)
	l.keep()
	l.space(l.g.leading, 0)
	l.keep()
	body := l.body()
	body.justify, body.hyphenate = false, false
	var chapters []string
	document.Walk(l.doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok && h.Level == 1 {
			chapters = append(chapters, document.PlainText(h.Text))
		}
	})
	chapters = append(chapters, l.doc.Words().Credits)
	l.tocTargets = nil
	numW := l.t.width("0000", serif, body.size)
	for _, title := range chapters {
		target := &mark{title: title, level: 1, toc: true}
		l.tocTargets = append(l.tocTargets, target)
		lines := l.set(plainRuns(title, 0), body, w-numW-l.g.size, 0, 0)
		last := lines[len(lines)-1]
		first := lines[0]
		n := len(lines)
		draw := last.draw
		last.draw = func(d *drawer, x, y float64) {
			draw(d, x, y)
			d.folio(target, x+w, y, body)
		}
		fd := first.draw
		first.draw = func(d *drawer, x, y float64) {
			fd(d, x, y)
			d.tocLink(target, x, y, w, float64(n)*body.leading)
		}
		l.space(body.leading*0.35, body.leading*0.2)
	}
}

func (l *layout) block(b document.Block, indent float64, prev string) string {
	w := l.width() - 2*indent
	l.at = b.Position().Line
	top := l.top
	l.top = false // the blocks inside this one are not the document's own
	switch b := b.(type) {
	case *document.Heading:
		title := document.PlainText(b.Text)
		ts := l.heading(b.Level)
		mk := &mark{title: title, level: b.Level}
		if b.Level == 1 {
			mk = l.chapterMark(title)
			l.noteNum = 0 // notes are numbered by chapter
			l.add(&item{newPage: true, glue: true})
			l.space(l.g.textHeight()*0.12, 0)
		} else if prev != "start" {
			l.space(l.g.leading*1.2, l.g.leading*0.5)
		}
		l.marks = append(l.marks, mk)
		lines := l.set(l.runs(b.Text), ts, w, 0, indent)
		if len(lines) == 0 { // a heading without text still marks its place
			lines = []*item{{h: ts.leading}}
			l.add(lines[0])
		}
		lines[0].mark = mk
		if id := l.ids[b]; id != "" {
			lines[0].dests = append(lines[0].dests, destName(id))
		}
		l.keep()
		after := l.g.leading * 0.5
		if b.Level == 1 {
			after = l.g.leading * 1.5
		}
		l.space(after, 0)
		l.keep()
		return "heading"
	case *document.Paragraph:
		l.paragraph(b, w, indent, prev, top)
		return "paragraph"
	case *document.Figure:
		l.figure(b, w, indent)
		return prev // it floats: the text around it reads on as if it were not there
	case *document.Quote:
		l.space(l.g.leading*0.4, l.g.leading*0.2)
		p := "start"
		for _, inner := range b.Blocks {
			p = l.block(inner, l.deeper(indent), p)
		}
		l.space(l.g.leading*0.4, l.g.leading*0.2)
		return "quote"
	case *document.List:
		l.space(l.g.leading*0.3, l.g.leading*0.2)
		for i, it := range b.Items {
			marker := "•"
			if b.Ordered {
				marker = b.Style.Number(b.Start+i) + "."
			}
			start := len(l.items)
			p := "start"
			l.lists++
			for _, inner := range it.Blocks {
				p = l.block(inner, l.deeper(indent), p)
			}
			l.lists--
			if it.Task != document.NoTask {
				l.taskMarker(start, it.Task == document.Checked, indent)
			} else {
				l.marker(start, marker, indent)
			}
		}
		l.space(l.g.leading*0.3, l.g.leading*0.2)
		return "list"
	case *document.CodeBlock:
		l.withID(b.Attr.ID, func() { l.codeBlock(b, w, indent) })
		return "code"
	case *document.Table:
		l.withID(b.Attr.ID, func() { l.table(b, w, indent) })
		return "table"
	case *document.ThematicBreak:
		l.thematicBreak(w, indent)
		return "break"
	case *document.DefinitionList:
		l.definitionList(b, w, indent)
		return "list"
	case *document.LineBlock:
		l.lineBlock(b, w, indent)
		return "lines"
	case *document.Div:
		l.withID(b.Attr.ID, func() { prev = l.div(b, w, indent, prev) })
		return prev
	}
	panic(fmt.Sprintf("pdf: unknown block %T", b))
}

// IndentLevels is how many levels of quotes and lists the PDF indents.
// Deeper ones are set at the last level's indent, so that the measure
// stays readable and no line is set narrower than its words.
const IndentLevels = 4

// deeper is the indent of a quote or list inside one at indent (never
// less: inside an aside's box, indent may be past the last level).
func (l *layout) deeper(indent float64) float64 {
	step := l.g.size * 1.5
	return max(indent, min(indent+step, IndentLevels*step))
}

// withID makes the first item that fn adds the destination of id.
func (l *layout) withID(id string, fn func()) {
	start := len(l.items)
	fn()
	if id == "" {
		return
	}
	for _, it := range l.items[start:] {
		if !it.glue {
			it.dests = append(it.dests, destName(id))
			return
		}
	}
}

// firstLine is the first of items that draws something in the text (not
// a space, nor the pad above a code block; a figure only when nothing
// else does), or nil: where a marker or a note's number goes.
func firstLine(items []*item) *item {
	var fig *item
	for _, it := range items {
		switch {
		case it.glue || it.draw == nil:
		case it.float:
			if fig == nil {
				fig = it
			}
		default:
			return it
		}
	}
	return fig
}

// marker draws a list item's marker on the first line the item added
// from start.
func (l *layout) marker(start int, marker string, indent float64) {
	first := firstLine(l.items[start:])
	if first == nil {
		return
	}
	d := first.draw
	body := l.body()
	mw := l.t.width(marker, serif, body.size)
	mx := l.deeper(indent) - body.size*0.45 - mw // flush right in the gutter, as LaTeX's labels
	first.draw = func(dr *drawer, x, y float64) {
		d(dr, x, y)
		dr.line([]frag{{text: marker, st: serif, x: mx, w: mw}}, body, x, y, mx, mw, shape.LTR)
	}
}

// figure adds an image (or its placeholder) with its caption and credit as
// one item that floats, so that a figure is never split across pages and
// the text fills the page when it does not fit. The image is at most 55%
// of the text block's height, less when its caption needs more room; the
// caption is as wide as the image, and at least 60% of the measure. The
// flow may ask for it smaller (item.resize).
func (l *layout) figure(f *document.Figure, w, dx float64) {
	l.figs++
	fig := &figureBox{f: f, w: w, dx: dx, n: l.figs, caption: l.runs(f.Caption), ratio: 0.5} // 0.5: a placeholder's, whose photo has no size
	if f.Image != nil && f.Image.Width > 0 && f.Image.Height > 0 {
		fig.ratio = float64(f.Image.Height) / float64(f.Image.Width)
	}
	l.add(l.figureItem(fig, l.g.textHeight()*0.55))
}

// cssPixel is the size of an image's pixel at most, in points: a CSS
// pixel (1/96 in), as the EPUB shows an image no larger than its pixels.
const cssPixel = 0.75

// figureBox is what a figure's item is made from, at any size.
type figureBox struct {
	f       *document.Figure
	w, dx   float64 // the measure and where it starts
	n       int     // 1-based, in the document
	caption [][]typeset.Run
	ratio   float64 // of the image's height to its width
}

// figureItem is fig's item with its image at most maxH high (a figure
// taller than the text block is scaled to fit it).
func (l *layout) figureItem(fig *figureBox, maxH float64) *item {
	w, dx := fig.w, fig.dx
	gap := l.g.size * 0.5
	imgW := w
	if src := fig.f.Image; src != nil && src.Width > 0 {
		imgW = min(w, float64(src.Width)*cssPixel) // a small image is not blown up past its pixels
	}
	imgH := imgW * fig.ratio
	var parts []*item
	for range 3 {
		if imgH > maxH {
			imgW, imgH = maxH/fig.ratio, maxH
		}
		capW := min(w, max(imgW, w*0.6))
		parts = l.capture(func() { l.captionLines(fig.caption, fig.f.Credit, capW, dx+(w-capW)/2) })
		h := 0.0
		for _, p := range parts {
			h += p.h
		}
		if imgH+gap+h <= l.g.textHeight() {
			break
		}
		maxH = l.g.textHeight() - gap - h
	}
	var img *image
	if src := fig.f.Image; src != nil && src.Width > 0 && src.Height > 0 {
		img = &image{name: fmt.Sprintf("figure-%d", fig.n), src: src, w: imgW, h: imgH}
	}
	h := imgH + gap
	var notes []*note
	for _, p := range parts {
		h += p.h
		notes = append(notes, p.notes...)
	}
	unavailable := l.doc.Words().PhotoUnavailable
	return &item{h: h, float: !l.inNote, notes: notes, imgH: imgH,
		resize: func(maxH float64) *item { return l.figureItem(fig, maxH) },
		draw: func(d *drawer, x, y float64) {
			ix := x + dx + (w-imgW)/2
			if img != nil {
				d.image(img, ix, y)
			} else {
				d.placeholder(ix, y, imgW, imgH, unavailable)
			}
			yy := y + imgH + gap
			for _, p := range parts {
				p.draw(d, x, yy)
				yy += p.h
			}
		}}
}

// captionLines adds a figure's caption and credit, w wide from dx; a
// caption of one line is centred, and its credit with it.
func (l *layout) captionLines(caption [][]typeset.Run, credit string, w, dx float64) {
	center := true
	if len(caption) > 1 || len(caption) == 1 && len(caption[0]) > 0 {
		capTS := l.caption()
		if lines := l.lines(caption, capTS, w, 0, dx); len(lines) == 1 {
			capTS.align = alignCenter
			l.set(caption, capTS, w, 0, dx)
		} else {
			center = false
			for _, ln := range lines {
				l.add(ln)
			}
		}
	}
	if credit != "" {
		crTS := l.credit()
		if center {
			crTS.align = alignCenter
		}
		l.set([][]typeset.Run{{{Text: l.doc.Words().Image + l.doc.Words().Colon(), Style: stItalic}, {Text: credit}}}, crTS, w, 0, dx)
	}
}

// image is a figure's picture, registered with fpdf when first drawn.
type image struct {
	name string
	src  *document.Image
	w, h float64
}

func (l *layout) credits(generator string) {
	w := l.g.width()
	ts := l.heading(2)
	title := l.doc.Words().Credits
	mk := &mark{title: title, level: 2}
	if l.chapts {
		ts = l.heading(1)
		mk = l.chapterMark(title)
		l.add(&item{newPage: true, glue: true})
		l.space(l.g.textHeight()*0.12, 0)
	} else {
		l.space(l.g.leading*2, l.g.leading)
	}
	l.items[len(l.items)-1].barrier = true
	l.marks = append(l.marks, mk)
	lines := l.set(plainRuns(title, 0), ts, w, 0, 0)
	lines[0].mark = mk
	l.keep()
	l.space(l.g.leading*0.5, 0)
	l.keep()
	label := l.caption()
	label.base = stBold
	value := l.caption()
	last := 0 // where the last entry starts
	for _, c := range l.doc.Credits(generator) {
		last = len(l.items)
		l.set(plainRuns(c.Label, 0), label, w, 0, 0)
		l.keep()
		for _, v := range c.Values {
			l.set(plainRuns(v, 0), value, w, 0, 0)
		}
		l.space(l.g.size*0.4, l.g.size*0.3)
	}
	for _, it := range l.items[max(last-2, 0):last] { // the last entry is not alone on a page
		it.noBreak = true
	}
}
