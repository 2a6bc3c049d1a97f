package pdf

import (
	"fmt"
	"slices"
	"strings"

	"publish/internal/document"
	"publish/internal/fonts"
	"publish/internal/shape"
	"publish/internal/typeset"
)

// item is one unbreakable piece of the vertical list that the flow cuts
// into pages: a line of text, a space, a figure.
type item struct {
	h       float64                       // height taken on the page
	draw    func(d *drawer, x, y float64) // y is the top of the item
	glue    bool                          // a space, dropped at the top of a page
	noBreak bool                          // no page break right after this item
	newPage bool                          // starts a new page (a chapter, the contents)
	mark    *mark                         // a heading starts here
	group   int                           // the lines of one paragraph share it
	heading bool                          // a line of a heading
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
	gray          int // 0 black .. 255 white
}

// layout turns the document into the vertical list.
type layout struct {
	g      geometry
	t      *texts
	hyph   *typeset.Hyphenator
	doc    *document.Document
	at     int // line of the block being laid out, for warnings
	brks   []shape.Break
	links  []string
	items  []*item
	marks  []*mark
	cache  map[float64]map[typeset.Style]*typeset.WidthCache
	figs   int
	chapts bool // the document has level-1 headings

	groups     int
	tocTargets []*mark // the chapters and the credits, listed in the contents
	nextTOC    int
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

func (l *layout) body() textStyle {
	return textStyle{size: l.g.size, leading: l.g.leading, justify: true, hyphenate: true}
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

func (l *layout) space(h float64) {
	if h > 0 {
		l.add(&item{h: h, glue: true})
	}
}

// keep forbids a page break after the last item so far.
func (l *layout) keep() {
	if n := len(l.items); n > 0 {
		l.items[n-1].noBreak = true
	}
}

func (l *layout) measurer(ts textStyle) typeset.Measurer {
	return measurer{t: l.t, size: ts.size, base: ts.base}
}

// set breaks text into lines of width w and adds one item per line. The
// breaks between lines keep two lines together at the top and the bottom
// of a page, so there are no widows or orphans.
func (l *layout) set(segs [][]typeset.Run, ts textStyle, w, indent, dx float64) []*item {
	m := l.measurer(ts)
	wc := l.widthCache(ts, m)
	var lines []typeset.Line
	var all strings.Builder
	for _, seg := range segs {
		for _, r := range seg {
			all.WriteString(r.Text)
		}
	}
	base := shape.BaseOf(all.String())
	for i, seg := range segs {
		if len(seg) == 0 {
			continue
		}
		opt := typeset.Options{Width: w, Justify: ts.justify, Breaks: l.breaks}
		if i == 0 {
			opt.Indent = indent
		}
		if ts.hyphenate {
			opt.Hyphenator = l.hyph
		}
		if ts.justify {
			opt.Params = &bodyParams
		}
		lines = append(lines, typeset.Set(seg, wc, opt)...)
	}
	var out []*item
	l.groups++
	for i, ln := range lines {
		it := l.lineItem(ln, ts, m.(measurer), dx, w, base)
		above, below := i+1, len(lines)-(i+1) // lines before and after a break here
		it.noBreak = below > 0 && (above < 2 || below < 2)
		it.group = l.groups
		out = append(out, it)
		l.add(it)
	}
	return out
}

// breaks are the typeset breaks inside a word: those of UAX #14 (shape).
func (l *layout) breaks(word string, brks []typeset.Break) []typeset.Break {
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
		wc = typeset.NewWidthCache(m)
		bySize[ts.base] = wc
	}
	return wc
}

// frag is a piece of a line in one style, at x from the line box's
// origin, in logical order: drawer.line places it.
type frag struct {
	text string
	st   fonts.Style
	x, w float64
	link int
}

// lineItem is a line set in a box from dx, w wide, in a paragraph of
// direction base.
func (l *layout) lineItem(ln typeset.Line, ts textStyle, m measurer, dx, w float64, base shape.Direction) *item {
	frags := make([]frag, 0, len(ln.Fragments))
	for _, f := range ln.Fragments {
		frags = append(frags, frag{f.Text, m.styleOf(f.Style), f.X + dx, f.W, linkOf(f.Style)})
	}
	return &item{h: ts.leading, draw: func(d *drawer, x, y float64) {
		d.line(frags, ts, x, y, dx, w, base)
	}}
}

// build lays out the whole document.
func (l *layout) build(generator string) {
	document.Walk(l.doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok && h.Level == 1 {
			l.chapts = true
		}
	})
	l.titleBlock()
	if l.chapts {
		l.contents()
	}
	prev := "start"
	for _, b := range l.doc.Blocks {
		prev = l.block(b, 0, prev)
	}
	l.at = 0
	l.credits(generator)
}

func (l *layout) titleBlock() {
	m := &l.doc.Meta
	w := l.g.width()
	if l.chapts {
		l.space(l.g.textHeight() * 0.22) // a title page: the block sits high on it
		l.keep()
	}
	ts := l.heading(0)
	ts.base = stBold
	mk := &mark{title: m.Title, level: 0}
	l.marks = append(l.marks, mk)
	lines := l.set(plainRuns(m.Title, 0), ts, w, 0, 0)
	lines[0].mark = mk
	if m.Subtitle != "" {
		l.keep()
		l.space(l.g.size * 0.4)
		l.keep()
		st := l.heading(2)
		st.base = stItalic
		l.set(plainRuns(m.Subtitle, 0), st, w, 0, 0)
	}
	var info []string
	if b := byline(m); b != "" {
		info = append(info, b)
	}
	if m.Date != "" {
		info = append(info, document.FormatDate(m.Date))
	}
	if s := m.Source; s != nil && s.Name != "" {
		info = append(info, "Source: "+s.Name)
	}
	if len(info) > 0 {
		l.keep()
		l.space(l.g.size * 0.8)
		l.keep()
		st := l.caption()
		st.size, st.leading = l.g.size*0.9, l.g.size*0.9*1.35
		l.set(plainRuns(strings.Join(info, "  ·  "), 0), st, w, 0, 0)
	}
	l.keep()
	l.space(l.g.size * 0.6)
	l.keep()
	l.add(&item{h: l.g.size * 1.6, draw: func(d *drawer, x, y float64) {
		d.rule(x, y+1, w, 0.6)
	}})
	if l.chapts {
		l.add(&item{h: 0, glue: true}) // the title page ends here
	}
}

// contents adds the table of contents; its page numbers are filled in
// when the pages are drawn.
func (l *layout) contents() {
	w := l.g.width()
	ts := l.heading(1)
	l.add(&item{newPage: true, glue: true})
	l.set(plainRuns(l.doc.Words().Contents, 0), ts, w, 0, 0)
	l.keep()
	l.space(l.g.leading)
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
		l.space(body.leading * 0.35)
	}
}

func (l *layout) block(b document.Block, indent float64, prev string) string {
	w := l.g.width() - 2*indent
	l.at = b.Position().Line
	switch b := b.(type) {
	case *document.Heading:
		title := document.PlainText(b.Text)
		ts := l.heading(b.Level)
		mk := &mark{title: title, level: b.Level}
		if b.Level == 1 {
			mk = l.chapterMark(title)
			l.add(&item{newPage: true, glue: true})
			l.space(l.g.textHeight() * 0.12)
		} else if prev != "start" {
			l.space(l.g.leading * 1.2)
		}
		l.marks = append(l.marks, mk)
		lines := l.set(runs(b.Text, &l.links), ts, w, 0, indent)
		lines[0].mark = mk
		for _, ln := range lines {
			ln.heading = true
		}
		l.keep()
		after := l.g.leading * 0.5
		if b.Level == 1 {
			after = l.g.leading * 1.5
		}
		l.space(after)
		l.keep()
		return "heading"
	case *document.Paragraph:
		ind := 0.0
		if prev == "paragraph" {
			ind = l.g.size
		}
		l.set(runs(b.Text, &l.links), l.body(), w, ind, indent)
		return "paragraph"
	case *document.Figure:
		l.space(l.g.leading * 0.5)
		l.figure(b, w, indent)
		l.space(l.g.leading * 0.5)
		return "figure"
	case *document.Quote:
		l.space(l.g.leading * 0.4)
		p := "start"
		for _, inner := range b.Blocks {
			p = l.block(inner, indent+l.g.size*1.5, p)
		}
		l.space(l.g.leading * 0.4)
		return "quote"
	case *document.List:
		l.space(l.g.leading * 0.3)
		for i, it := range b.Items {
			marker := "•"
			if b.Ordered {
				marker = fmt.Sprintf("%d.", b.Start+i)
			}
			start := len(l.items)
			p := "start"
			for _, inner := range it {
				p = l.block(inner, indent+l.g.size*1.5, p)
			}
			if start < len(l.items) {
				first := l.items[start]
				for _, x := range l.items[start:] {
					if !x.glue {
						first = x
						break
					}
				}
				d := first.draw
				body := l.body()
				mx := indent + l.g.size*0.3
				mw := l.t.width(marker, serif, body.size)
				first.draw = func(dr *drawer, x, y float64) {
					d(dr, x, y)
					dr.line([]frag{{text: marker, st: serif, x: mx, w: mw}}, body, x, y, mx, mw, shape.LTR)
				}
			}
		}
		l.space(l.g.leading * 0.3)
		return "list"
	}
	return prev
}

// figure adds an image (or its placeholder) with its caption and credit as
// one item, so that a figure is never split across pages.
func (l *layout) figure(f *document.Figure, w, dx float64) {
	l.figs++
	maxH := l.g.textHeight() * 0.55
	imgW, imgH := w, w*0.5
	var img *image
	if f.Image != nil && f.Image.Width > 0 && f.Image.Height > 0 {
		imgH = w * float64(f.Image.Height) / float64(f.Image.Width)
		if imgH > maxH {
			imgW, imgH = imgW*maxH/imgH, maxH
		}
		img = &image{name: fmt.Sprintf("figure-%d", l.figs), src: f.Image, w: imgW, h: imgH}
	}
	start := len(l.items)
	capTS := l.caption()
	if len(f.Caption) > 0 {
		l.set(runs(f.Caption, &l.links), capTS, w, 0, dx)
	}
	if f.Credit != "" {
		crTS := l.credit()
		l.set([][]typeset.Run{{{Text: l.doc.Words().Image + ": ", Style: stItalic}, {Text: f.Credit}}}, crTS, w, 0, dx)
	}
	parts := slices.Clone(l.items[start:])
	l.items = l.items[:start]
	gap := l.g.size * 0.5
	h := imgH + gap
	for _, p := range parts {
		h += p.h
	}
	unavailable := l.doc.Words().PhotoUnavailable
	l.add(&item{h: h, draw: func(d *drawer, x, y float64) {
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
	}})
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
		l.space(l.g.textHeight() * 0.12)
	} else {
		l.space(l.g.leading * 2)
	}
	l.marks = append(l.marks, mk)
	lines := l.set(plainRuns(title, 0), ts, w, 0, 0)
	lines[0].mark = mk
	l.keep()
	l.space(l.g.leading * 0.5)
	l.keep()
	label := l.caption()
	label.base = stBold
	value := l.caption()
	for _, c := range l.doc.Credits(generator) {
		l.set(plainRuns(c.Label, 0), label, w, 0, 0)
		l.keep()
		for _, v := range c.Values {
			l.set(plainRuns(v, 0), value, w, 0, 0)
		}
		l.space(l.g.size * 0.4)
	}
}
