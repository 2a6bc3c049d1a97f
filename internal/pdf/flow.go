package pdf

// page is one page of the edition, as the flow filled it.
type page struct {
	n       int      // 1-based
	items   []placed // the text block, top to bottom: figures at the top, then the text
	notes   []placed // footnote lines at the foot of the text block
	opener  bool     // starts a chapter or the contents: no running head
	plain   bool     // the copyright page: no page number either
	section string   // the section running head
	end     float64  // the bottom of what the text block draws (not the notes), from the top of the page
	last    bool     // ends a chapter or the document: not stretched to the foot
}

type placed struct {
	it *item
	y  float64 // from the top of the page
}

// Spacing of the flow, in body leadings.
const (
	floatSep   = 1.2  // under a figure at the top of a page (LaTeX's \textfloatsep)
	floatPad   = 0.8  // above and below a figure set in the text (\intextsep)
	noteSkip   = 1.0  // above the footnotes (\skip\footins), the rule inside it
	maxRatio   = 2.5  // at most this many times its stretch is added to a space
	maxFeather = 0.12 // at most this share of a leading is added under a line
	flowSlack  = 0.01 // points of rounding a page may exceed its height by
)

// flow cuts the vertical list into pages, as TeX's page builder does with
// its insertions:
//   - A page ends at the last item after which a break is allowed (so
//     headings stay with what follows, and paragraphs keep two lines on
//     each side of a break), and before every item that starts a new page
//     (in duplex, on a recto).
//   - Footnotes go to the foot of the page that holds their reference
//     line, under a short rule; a note too long for what is left of that
//     page keeps at least two lines there and continues at the foot of the
//     next, before that page's own notes. The text block shrinks by the
//     notes of the lines placed on it.
//   - A figure is set where it falls when it fits there. Otherwise the
//     text that follows fills the page and the figure goes to the top of
//     the next one, as LaTeX's [tbp] placement does; figures keep their
//     order, and those still waiting when a chapter or the document ends
//     get pages of their own before it.
//   - A page that does not end a chapter is filled to the foot of the
//     text block by stretching its spaces (LaTeX's \flushbottom), each by
//     at most maxRatio times its stretch.
func flow(items []*item, g geometry) []*page {
	f := &flower{items: items, g: g, avail: g.textHeight()}
	for f.i < len(f.items) || len(f.floats) > 0 || len(f.notes) > 0 {
		f.page()
	}
	return f.pages
}

type flower struct {
	items  []*item
	g      geometry
	avail  float64
	i      int     // the next item of the list
	floats []*item // figures waiting for a page, in order
	notes  []*item // footnote lines waiting for a page, in order
	pages  []*page
}

// fill is the state of a page being filled; a copy is kept at each place
// where the page may end.
type fill struct {
	j      int     // the next item
	top    float64 // height of the figures at the top, with their spacing
	text   float64 // height of the text set so far, figures set in it included
	nItems int     // len(page.items)
	nFloat int     // len(flower.floats)
	nNotes int     // len(flower.notes)
	r      int     // footnote lines reserved at the foot: flower.notes[:r]
	notesH float64 // their height, with the skip above them
	closed bool    // a note was split here: no later note may start on this page
}

func (s *fill) used() float64 { return s.top + s.text + s.notesH }

// page fills the next page.
func (f *flower) page() {
	g := f.g
	// Spaces vanish at the top of a page.
	for f.i < len(f.items) && f.items[f.i].glue && !f.items[f.i].newPage && f.items[f.i].mark == nil {
		f.i++
	}
	waiting := len(f.floats) > 0 || len(f.notes) > 0
	if f.i == len(f.items) && !waiting {
		return
	}
	p := &page{n: len(f.pages) + 1}
	more := f.i < len(f.items) && !f.items[f.i].newPage // the text goes on
	if !more && !waiting && g.duplex && p.n%2 == 0 && len(f.pages) > 0 && !f.items[f.i].verso {
		f.pages = append(f.pages, p) // a blank verso before a recto opening
		return
	}
	p.opener = !more && !waiting
	p.plain = p.opener && f.items[f.i].verso
	s := fill{j: f.i, nNotes: len(f.notes)}

	// Notes carried from the page before come first at the foot, leaving
	// room for two lines of text when the text goes on.
	room := f.avail
	if more {
		room -= 2 * g.leading
	}
	for s.r < len(f.notes) && f.notesHeight(s.r+1) <= room+flowSlack {
		s.r++
	}
	if s.r == 0 && len(f.notes) > 0 {
		s.r = 1 // never a page without them
	}
	s.notesH = f.notesHeight(s.r)
	s.closed = s.r < len(f.notes)

	f.topFloats(p, &s)
	s.nItems, s.nFloat, s.nNotes = len(p.items), len(f.floats), len(f.notes)
	if (!more || f.items[s.j].barrier) && len(f.floats) > 0 {
		f.finish(p, s, false) // a page of figures before a chapter, the credits or the end
		return
	}

	// A table that goes on repeats its header row.
	if s.j < len(f.items) && f.items[s.j].head != nil && f.fits(&s, f.items[s.j].head.h) {
		p.items = append(p.items, placed{it: f.items[s.j].head})
		s.text += f.items[s.j].head.h
		s.nItems = len(p.items)
	}
	start := s.j
	last, found, legal := s, false, false
	for s.j < len(f.items) {
		it := f.items[s.j]
		if it.newPage && s.j > start || it.barrier && len(f.floats) > 0 {
			break
		}
		prev := s
		ok, deferred := f.add(p, &s, it)
		if !ok {
			switch {
			case found:
				s = last
			case prev.j > start || prev.top > 0:
				s = prev // nothing fits by the rules: break anyway
			default:
				f.force(p, &s, it) // taller than the page: alone on it
			}
			break
		}
		switch {
		case deferred:
		case it.glue && s.j-1 > start:
			legal = legal && !it.noBreak // as TeX's, a break at a space needs one allowed before it: a heading's keep holds over the spaces after it
		default:
			legal = !it.noBreak
		}
		if legal {
			last, found = s, true
		}
	}
	f.rollback(p, &s)
	end := s.j == len(f.items) || f.items[s.j].newPage || f.items[s.j].barrier && len(f.floats) > 0
	if end {
		// Figures still waiting go below the text when they fit there.
		for len(f.floats) > 0 {
			fl := f.floats[0]
			h := fl.h + 2*floatPad*g.leading
			if s.text == 0 || !f.reserve(&s, fl, h) {
				break
			}
			s.text += h
			p.items = append(p.items, placed{it: fl})
			fl.page = p.n
			f.floats = f.floats[1:]
			s.nItems, s.nFloat, s.nNotes = len(p.items), len(f.floats), len(f.notes)
		}
	}
	f.finish(p, s, end)
}

// add puts item it on page p if it fits, and moves s on; a figure that
// does not fit, or that would pass one still waiting, is deferred.
func (f *flower) add(p *page, s *fill, it *item) (ok, deferred bool) {
	g := f.g
	if it.float {
		if len(f.floats) == 0 {
			pad := floatSep * g.leading // at the top of the page
			if s.text > 0 {
				pad = 2 * floatPad * g.leading
			}
			if fit := f.shrunk(s, it, pad); fit != nil {
				s.text += fit.h + pad
				p.items = append(p.items, placed{it: fit})
				it.page, it.anchor = p.n, p.n
				fit.page, fit.anchor = p.n, p.n
				s.nItems = len(p.items)
				s.j++
				return true, false
			}
		}
		it.anchor = p.n
		f.floats = append(f.floats, it) // to the top of the next page
		s.nFloat = len(f.floats)
		s.j++
		return true, true
	}
	if !f.reserve(s, it, it.h) {
		return false, false
	}
	s.text += it.h
	p.items = append(p.items, placed{it: it})
	s.nItems = len(p.items)
	s.j++
	return true, false
}

// How far figures may be scaled down: one to stay where it falls, those
// waiting to share the page after it.
const (
	minShrink = 0.75
	minShare  = 0.6
)

// topFloats puts the figures waiting at the top of page p. They fell on
// the page before (or earlier), so all belong on this one: when they do
// not fit, they are scaled down together, to no less than minShare of
// their size; what still does not fit waits for the next page. The first
// always goes.
func (f *flower) topFloats(p *page, s *fill) {
	if len(f.floats) == 0 {
		return
	}
	sep := floatSep * f.g.leading
	k, room := 1.0, f.avail-s.used()
	// Those that may share the page: as many as would fit at minShare,
	// the captions kept at their size.
	share, est := 0, 0.0
	for _, fl := range f.floats {
		est += fl.h - fl.imgH*(1-minShare) + sep
		if est > room+flowSlack && share > 0 {
			break
		}
		share++
	}
	total := func(k float64) float64 {
		h := 0.0
		for _, fl := range f.floats[:share] {
			if k < 1 && fl.resize != nil {
				h += fl.resize(k*fl.imgH).h + sep
			} else {
				h += fl.h + sep
			}
		}
		return h
	}
	if total(1) > room+flowSlack {
		lo, hi := minShare, 1.0
		for range 8 {
			if mid := (lo + hi) / 2; total(mid) <= room+flowSlack {
				lo = mid
			} else {
				hi = mid
			}
		}
		k = lo
	}
	for len(f.floats) > 0 {
		fl := f.floats[0]
		it := fl
		if k < 1 && fl.resize != nil {
			it = fl.resize(k * fl.imgH)
			it.orig, it.anchor = fl, fl.anchor
		}
		if !f.reserve(s, it, it.h+sep) {
			if s.top > 0 {
				break
			}
			f.notesAnyway(s, it)
		}
		s.top += it.h + sep
		p.items = append(p.items, placed{it: it})
		fl.page, it.page = p.n, p.n
		f.floats = f.floats[1:]
	}
}

// shrunk is figure it, or it scaled down to no less than minShrink, when
// it fits on the page with pad around it; nil when it does not.
func (f *flower) shrunk(s *fill, it *item, pad float64) *item {
	if f.reserve(s, it, it.h+pad) {
		return it
	}
	if it.resize == nil {
		return nil
	}
	over := s.used() + it.h + pad - f.avail
	for range 2 {
		want := it.imgH - over
		if want < it.imgH*minShrink {
			return nil
		}
		fit := it.resize(want)
		fit.orig = it
		if f.reserve(s, fit, fit.h+pad) {
			return fit
		}
		over += s.used() + fit.h + pad - f.avail // the caption grew as the image narrowed
	}
	return nil
}

// force puts an item taller than the text block alone on page p.
func (f *flower) force(p *page, s *fill, it *item) {
	f.notesAnyway(s, it)
	if it.float {
		it.page, it.anchor = p.n, p.n
	}
	s.text += it.h
	p.items = append(p.items, placed{it: it})
	s.nItems = len(p.items)
	s.j++
}

// notesAnyway reserves what fits of the notes of an item that goes on the
// page whether or not they fit.
func (f *flower) notesAnyway(s *fill, it *item) {
	if len(it.notes) == 0 {
		return
	}
	f.notes = append(f.notes, noteLines(it)...)
	s.nNotes = len(f.notes)
	for s.r < len(f.notes) && s.top+s.text+it.h+f.notesHeight(s.r+1) <= f.avail+flowSlack {
		s.r++
	}
	s.notesH, s.closed = f.notesHeight(s.r), s.r < len(f.notes)
}

// fits tells whether h more of text fits on the page.
func (f *flower) fits(s *fill, h float64) bool {
	return s.used()+h <= f.avail+flowSlack
}

// reserve tells whether an item h high fits on the page with the notes
// it references, and reserves room for them at the foot: all of them
// when they fit, else all but the last, which is split with at least two
// lines here and two on the next page.
func (f *flower) reserve(s *fill, it *item, h float64) bool {
	if len(it.notes) == 0 {
		return f.fits(s, h)
	}
	if s.closed || s.r < len(f.notes) {
		return false // a note before these continues on a later page
	}
	added := noteLines(it)
	f.notes = append(f.notes, added...)
	s.nNotes = len(f.notes)
	base := s.top + s.text + h
	if base+f.notesHeight(len(f.notes)) <= f.avail+flowSlack {
		s.r = len(f.notes)
		s.notesH = f.notesHeight(s.r)
		return true
	}
	if n := len(it.notes[len(it.notes)-1].lines); n >= 4 {
		for r := len(f.notes) - 2; r >= len(f.notes)-n+2; r-- {
			if base+f.notesHeight(r) <= f.avail+flowSlack {
				s.r, s.notesH, s.closed = r, f.notesHeight(r), true
				return true
			}
		}
	}
	f.notes = f.notes[:len(f.notes)-len(added)]
	s.nNotes = len(f.notes)
	return false
}

// noteLines are the lines of the notes that item it references.
func noteLines(it *item) []*item {
	var out []*item
	for _, n := range it.notes {
		out = append(out, n.lines...)
	}
	return out
}

// notesHeight is the height of the first r waiting note lines with the
// skip above them.
func (f *flower) notesHeight(r int) float64 {
	if r == 0 {
		return 0
	}
	h := noteSkip * f.g.leading
	for _, ln := range f.notes[:r] {
		h += ln.h
	}
	return h
}

// rollback forgets what was put on the page after state s.
func (f *flower) rollback(p *page, s *fill) {
	p.items = p.items[:s.nItems]
	f.floats = f.floats[:s.nFloat]
	f.notes = f.notes[:s.nNotes]
}

// finish places what state s holds on page p: the figures at the top,
// the text, and the notes at the foot. A page that does not end a
// chapter (last false) is stretched to the foot of its text block.
func (f *flower) finish(p *page, s fill, last bool) {
	g := f.g
	f.rollback(p, &s)
	f.i = s.j
	p.last = last
	// The spaces stretch up to maxRatio times their stretch; what is left
	// goes between the lines, at most maxFeather of a leading each, as
	// newspapers justify their columns.
	natural, lines := f.place(p, 0, 0)
	stretch, _ := f.place(p, 1, 0)
	stretch -= natural
	ratio, feather := 0.0, 0.0
	if gap := g.bottomY() - s.notesH - natural; !last && gap > flowSlack {
		if stretch > 0 {
			ratio = min(gap/stretch, maxRatio)
			gap -= ratio * stretch
		}
		if lines > 0 && gap > flowSlack {
			feather = min(gap/float64(lines), maxFeather*g.leading)
		}
	}
	p.end, _ = f.place(p, ratio, feather)
	for _, pl := range p.items {
		if mk := pl.it.mark; mk != nil {
			mk.page, mk.y = p.n, pl.y
		}
	}
	ny := g.bottomY() - s.notesH + noteSkip*g.leading
	for _, ln := range f.notes[:s.r] {
		p.notes = append(p.notes, placed{it: ln, y: ny})
		ny += ln.h
	}
	f.notes = f.notes[s.r:]
	f.pages = append(f.pages, p)
}

// place sets the y of the page's items, their spaces stretched by ratio
// times their stretch and feather added under each line, and returns the
// bottom of the last one drawn and the number of lines above it. Figures
// before any text are at the top of the page.
func (f *flower) place(p *page, ratio, feather float64) (end float64, lines int) {
	g := f.g
	last := -1
	for k, pl := range p.items {
		if !pl.it.glue && pl.it.h > 0 {
			last = k
		}
	}
	y, text := g.top, false
	end = y
	for k := range p.items {
		it := p.items[k].it
		switch {
		case it.float && !text:
			p.items[k].y = y
			end = y + it.h
			y = end + (floatSep+0.5*ratio)*g.leading
		case it.float:
			y += (floatPad + 0.5*ratio) * g.leading
			p.items[k].y = y
			end = y + it.h
			y = end + (floatPad+0.5*ratio)*g.leading
		default:
			text = text || it.h > 0
			p.items[k].y = y
			y += it.h + it.stretch*ratio
			if !it.glue && it.h > 0 {
				end = p.items[k].y + it.h
				if k < last {
					y += feather
					lines++
				}
			}
		}
	}
	return end, lines
}

// sections sets the section running head of each page: the first heading
// of level lvl on the page, else the one in force at its top.
func sections(pages []*page, lvl int) {
	cur := ""
	for _, p := range pages {
		first := ""
		for _, pl := range p.items {
			if mk := pl.it.mark; mk != nil && mk.level == lvl && first == "" {
				first = mk.title
			}
		}
		if first != "" {
			p.section = first
		} else {
			p.section = cur
		}
		for _, pl := range p.items {
			if mk := pl.it.mark; mk != nil && mk.level == lvl {
				cur = mk.title
			}
		}
	}
}
