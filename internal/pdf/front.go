package pdf

import (
	"math"
	"strings"
)

// The front matter: a book's title page and its verso, the copyright
// page; an article's compact header. Their words come from the model
// (document.Words, Names, SourceLine, Copyright), as the EPUB's do.

// titlePage sets a book's title page, centred on the grid of the text
// block's lines: the title a fifth of the way down, the subtitle under
// it, the authors under the middle, the publisher on the last line.
func (l *layout) titlePage() {
	m := &l.doc.Meta
	w := l.g.width()
	grid := l.g.leading
	rows := math.Floor(l.g.textHeight() / grid)
	ceil := func(y float64) float64 { return math.Ceil(y/grid-0.001) * grid }

	type block struct {
		lines []*item
		y     float64
	}
	var blocks []block
	title := l.heading(0)
	title.align, title.leading = alignCenter, 2*grid
	y := math.Round(rows*0.2) * grid
	b := block{l.lines(plainRuns(m.Title, 0), title, w, 0, 0), y}
	blocks = append(blocks, b)
	y += float64(len(b.lines)) * title.leading
	if m.Subtitle != "" {
		sub := textStyle{size: l.g.size * 1.2, leading: grid, base: stItalic, align: alignCenter}
		y = ceil(y) + grid
		b := block{l.lines(plainRuns(m.Subtitle, 0), sub, w, 0, 0), y}
		blocks = append(blocks, b)
		y += float64(len(b.lines)) * sub.leading
	}
	if names := l.doc.Names(); names != "" {
		by := textStyle{size: l.g.size * 1.2, leading: grid, align: alignCenter}
		y = max(ceil(y)+2*grid, math.Round(rows*0.45)*grid)
		b := block{l.lines(plainRuns(names, 0), by, w, 0, 0), y}
		blocks = append(blocks, b)
		y += float64(len(b.lines)) * by.leading
	}
	if p := strings.TrimSpace(m.Publisher); p != "" {
		pub := textStyle{size: l.g.size, leading: grid, align: alignCenter}
		lines := l.lines(plainRuns(p, 0), pub, w, 0, 0)
		blocks = append(blocks, block{lines, max(ceil(y)+2*grid, (rows-float64(len(lines)))*grid)})
	}
	end := 0.0
	for _, b := range blocks {
		end = max(end, b.y+float64(len(b.lines))*b.lines[0].h)
	}
	mk := &mark{title: m.Title, level: 0}
	l.marks = append(l.marks, mk)
	l.add(&item{h: max(end, l.g.textHeight()), mark: mk, draw: func(d *drawer, x, y float64) {
		for _, b := range blocks {
			for i, ln := range b.lines {
				ln.draw(d, x, y+b.y+float64(i)*ln.h)
			}
		}
	}})
}

// copyrightPage sets the verso of a book's title page: its rights,
// identifier, publisher, edition, source and the tool that made it, in
// small type at the foot of the page.
func (l *layout) copyrightPage(generator string) {
	w := l.g.width()
	ts := l.caption()
	ts.size, ts.leading = l.g.size*0.8, l.g.size*0.8*1.35
	var lines []*item
	for i, c := range l.doc.Copyright(generator) {
		if i > 0 {
			lines = append(lines, &item{h: ts.leading * 0.5})
		}
		lines = append(lines, l.lines(plainRuns(c, 0), ts, w, 0, 0)...)
	}
	h := 0.0
	for _, ln := range lines {
		h += ln.h
	}
	l.add(&item{newPage: true, verso: true, glue: true})
	l.add(&item{h: max(0, l.g.textHeight()-h)}) // pushes the lines to the foot
	for _, ln := range lines {
		ln.noBreak = false
		l.add(ln)
	}
}

// header opens an article: title, subtitle, names and date, publisher,
// and the source when it is not the publisher, over a rule.
func (l *layout) header() {
	m := &l.doc.Meta
	words := l.doc.Words()
	w := l.g.width()
	mk := &mark{title: m.Title, level: 0}
	l.marks = append(l.marks, mk)
	lines := l.set(plainRuns(m.Title, 0), l.heading(0), w, 0, 0)
	lines[0].mark = mk
	if m.Subtitle != "" {
		l.keep()
		l.space(l.g.size*0.4, 0)
		l.keep()
		st := l.heading(2)
		st.base = stItalic
		l.set(plainRuns(m.Subtitle, 0), st, w, 0, 0)
	}
	var info []string
	if names := l.doc.Names(); names != "" && m.Date != "" {
		info = append(info, names+"  ·  "+words.Date(m.Date))
	} else if names != "" || m.Date != "" {
		info = append(info, names+words.Date(m.Date))
	}
	info = append(info, strings.TrimSpace(m.Publisher), l.doc.SourceLine())
	st := l.caption()
	st.size, st.leading = l.g.size*0.9, l.g.size*0.9*1.35
	first := true
	for _, s := range info {
		if s == "" {
			continue
		}
		l.keep()
		if first {
			l.space(l.g.size*0.8, 0)
			l.keep()
			first = false
		}
		l.set(plainRuns(s, 0), st, w, 0, 0)
	}
	l.keep()
	l.space(l.g.size*0.6, 0)
	l.keep()
	l.add(&item{h: l.g.size * 1.6, draw: func(d *drawer, x, y float64) {
		d.rule(x, y+1, w, 0.6)
	}})
}
