package pdf

import (
	"maps"
	"runtime"
	"sync"

	"publish/internal/cpus"
	"publish/internal/typeset"
)

// A paragraph of the body is set in lines after the whole document is
// laid out, on every free CPU: breaking lines is a quarter of a long
// book's PDF and each paragraph's lines depend only on its own text. Its
// runs are made in order (notes and links are numbered there), and a
// placeholder item holds its place in the vertical list until settle
// puts its lines there. A paragraph waits only where setting it later
// gives the same lines: at the top level of the document, with no formula
// or inline image, and with a face for every character (a missing one is
// warned about in order, as it is met).
type pending struct {
	at     *item // the placeholder
	segs   [][]typeset.Run
	ts     textStyle
	w      float64
	indent float64
	dx     float64
	dests  []string // of the first line
	lines  []*item
}

// deferred reports whether the paragraph with runs segs can wait for
// settle.
func (l *layout) deferred(segs [][]typeset.Run, ts textStyle) bool {
	if l.newShaper == nil || l.dry || len(l.boxes) > 0 && hasBox(segs) {
		return false
	}
	m := l.measurer(ts)
	for _, seg := range segs {
		for _, r := range seg {
			if !l.latin || !latin(r.Text) {
				if !l.t.shaper.Covered(r.Text, m.styleOf(r.Style)) {
					return false
				}
			}
		}
	}
	return true
}

// latin reports whether s is all Latin letters, digits and signs that
// the embedded faces have (up to U+024F, and general punctuation): text
// that needs no look-up of its faces.
func latin(s string) bool {
	for _, r := range s {
		if r >= 0x250 && (r < 0x2000 || r > 0x206F) {
			return false
		}
	}
	return true
}

func hasBox(segs [][]typeset.Run) bool {
	for _, seg := range segs {
		for _, r := range seg {
			if r.Style&stBox != 0 {
				return true
			}
		}
	}
	return false
}

// wait adds a placeholder for the paragraph's lines.
func (l *layout) wait(segs [][]typeset.Run, ts textStyle, w, indent, dx float64, dests []string) {
	p := &pending{at: &item{}, segs: segs, ts: ts, w: w, indent: indent, dx: dx, dests: dests}
	l.add(p.at)
	l.pending = append(l.pending, p)
}

// settle sets the waiting paragraphs, in as many parts as there are free
// CPUs, and puts their lines in place. Each part but the first has a
// copy of the layout with its own shaper and caches, whose shapes the
// layout then adopts for drawing; the lines are the same however many
// parts there are.
func (l *layout) settle() {
	if len(l.pending) == 0 {
		return
	}
	parts := 1
	for parts < runtime.GOMAXPROCS(0) && parts < len(l.pending) && cpus.TryAcquire() {
		parts++
	}
	setters := []*layout{l}
	if parts > 1 {
		l.t.common = &commonShapes{m: maps.Clone(l.t.shaped)}
		defer func() { l.t.common = nil }()
	}
	for range parts - 1 {
		s := *l
		s.t, s.brks, s.cache = newTexts(l.newShaper()), nil, nil
		s.t.common = l.t.common
		setters = append(setters, &s)
	}
	var wg sync.WaitGroup
	for k, s := range setters[1:] {
		wg.Go(func() {
			defer cpus.Release()
			s.setPart(l.pending, k+1, parts)
		})
	}
	l.setPart(l.pending, 0, parts)
	wg.Wait()
	for _, s := range setters[1:] {
		l.t.adopt(s.t)
	}
	l.place()
}

// setPart sets every parts-th waiting paragraph from the k-th.
func (l *layout) setPart(ps []*pending, k, parts int) {
	for i := k; i < len(ps); i += parts {
		p := ps[i]
		p.lines = l.lines(p.segs, p.ts, p.w, p.indent, p.dx)
	}
}

// place puts the lines of the waiting paragraphs where their placeholders
// are.
func (l *layout) place() {
	byItem := make(map[*item]*pending, len(l.pending))
	n := len(l.items)
	for _, p := range l.pending {
		byItem[p.at] = p
		n += len(p.lines) - 1
	}
	items := make([]*item, 0, n)
	for _, it := range l.items {
		p := byItem[it]
		if p == nil {
			items = append(items, it)
			continue
		}
		p.lines[0].dests = append(append(p.lines[0].dests, it.dests...), p.dests...)
		last := p.lines[len(p.lines)-1]
		last.noBreak = last.noBreak || it.noBreak // a keep after the paragraph
		items = append(items, p.lines...)
	}
	l.items, l.pending = items, nil
}
