// Package typeset breaks paragraphs into lines with the Knuth–Plass total-fit
// algorithm (as in TeX), hyphenating words with Liang's patterns.
//
// The caller measures text (Measurer) and draws each Fragment of each Line at
// its X itself. Justified lines end exactly at Options.Width; the last line
// of a paragraph keeps natural spaces.
//
// Words are separated by spaces (runs of them count as one); a no-break
// space (U+00A0, U+202F, U+2007) stays inside its word, at natural width.
// Besides the hyphens that the Hyphenator inserts, a line may break after an
// explicit hyphen or dash inside a word ("well-", "yes—") and at a soft
// hyphen (U+00AD, which is then the only place its word breaks, and is
// dropped from the text). Fragment texts are otherwise the runs' own text.
//
// As TeX does, Set first tries without hyphenation at Params.Pretolerance,
// then with it at Params.Tolerance, then with Params.EmergencyStretch, and
// last accepts any line, so that it never fails. In that last pass, a word
// still wider than the measure may also break between any two characters
// (never before a combining mark), without a hyphen: nothing runs past the
// right edge. Every pass takes time linear in the paragraph's length.
package typeset

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Style is a text style opaque to this package; the caller maps it to a font face.
type Style int

// Run is a styled run of paragraph text; spaces separate words, and runs may split a word.
type Run struct {
	Text  string
	Style Style
}

// Measurer gives the width of s in style st, in the caller's unit, as the viewer draws it.
type Measurer interface {
	Width(s string, st Style) float64
}

// Fragment is text drawn at X (from the line start) with width W.
type Fragment struct {
	Text  string
	Style Style
	X     float64
	W     float64
}

// Line is one output line; Hyphenated means it ends with an inserted "-" fragment.
type Line struct {
	Fragments  []Fragment
	Hyphenated bool
	Ratio      float64 // adjustment ratio of the line's glue, for diagnostics (0 on the last line)
}

// Options controls Set.
type Options struct {
	Width      float64     // measure (line length), in the Measurer's unit
	Hyphenator *Hyphenator // nil: no hyphenation from patterns
	// HyphenatorOf, when set, gives the hyphenator of each word instead,
	// by the style of its first piece (words in another language); nil
	// for none.
	HyphenatorOf func(Style) *Hyphenator
	Justify      bool    // false: ragged right
	Indent       float64 // first-line indent
	Params       *Params // nil: DefaultParams
	// Breaks appends to brks the places inside word where a line may also
	// break (UAX #14, between characters of scripts written without
	// spaces), in ascending order, and returns it; nil: none.
	Breaks func(word string, brks []Break) []Break
	// Context stops the work when cancelled (an interrupt): Set then
	// returns nil. Nil means never.
	Context context.Context
}

// Break is a place inside a word where a line may break: a space of no
// width, which stretches as an interword space does when justifying if
// Stretch is set (between Chinese or Japanese characters, which justified
// text spaces out evenly), and does not otherwise (between Thai words).
type Break struct {
	Off     int // byte offset in the word
	Stretch bool
}

// Params are the TeX-like tuning parameters of the line breaker.
type Params struct {
	Tolerance            float64 // badness limit of the pass with hyphenation (\tolerance)
	Pretolerance         float64 // badness limit of the first pass, without hyphenation; < 0 skips it
	EmergencyStretch     float64 // extra stretch per line in the emergency passes, in interword spaces
	LinePenalty          float64 // added to each line's badness (\linepenalty)
	HyphenPenalty        float64 // penalty of a break at an inserted hyphen (\hyphenpenalty)
	ExHyphenPenalty      float64 // penalty of a break after an explicit hyphen or dash (\exhyphenpenalty)
	AdjDemerits          float64 // demerits for adjacent lines of non-adjacent fitness classes (\adjdemerits)
	DoubleHyphenDemerits float64 // demerits for two consecutive hyphenated lines (\doublehyphendemerits)
	FinalHyphenDemerits  float64 // demerits for a hyphenated second-last line (\finalhyphendemerits)
	Stretch              float64 // stretch of an interword space, as a fraction of its width
	Shrink               float64 // shrink of an interword space, as a fraction of its width
	RaggedStretch        float64 // ragged right: stretch of the right margin, in interword spaces
}

// DefaultParams are the parameters used when Options.Params is nil.
var DefaultParams = Params{
	Tolerance:            200,
	Pretolerance:         100,
	EmergencyStretch:     2,
	LinePenalty:          10,
	HyphenPenalty:        50,
	ExHyphenPenalty:      50,
	AdjDemerits:          10000,
	DoubleHyphenDemerits: 10000,
	FinalHyphenDemerits:  5000,
	Stretch:              1.0 / 2,
	Shrink:               1.0 / 3,
	RaggedStretch:        6,
}

// PrefixMeasurer is a Measurer that also gives the width of the first off
// bytes of s as part of s. A renderer that shapes text can answer from
// one shaping of s, where measuring each prefix would shape it again: a
// long word of Chinese, which may break between any two characters, would
// cost time and memory quadratic in its length.
type PrefixMeasurer interface {
	Measurer
	Prefix(s string, off int, st Style) float64
}

// WidthCache is a Measurer that remembers each width it measured; not safe for concurrent use.
type WidthCache struct {
	m     Measurer
	cache map[widthKey]float64
}

type widthKey struct {
	s  string
	st Style
}

// NewWidthCache wraps m; share one across paragraphs set with the same fonts and size.
func NewWidthCache(m Measurer) *WidthCache {
	return &WidthCache{m: m, cache: make(map[widthKey]float64, 256)}
}

// Prefix is the width of s[:off] in style st: from the Measurer's Prefix
// if it has one (not cached here: keys as long as the word would make the
// cache quadratic too), else Width.
func (c *WidthCache) Prefix(s string, off int, st Style) float64 {
	if pm, ok := c.m.(PrefixMeasurer); ok {
		return pm.Prefix(s, off, st)
	}
	return c.Width(s[:off], st)
}

// prefixes reports whether the Measurer gives prefix widths of its own.
func (c *WidthCache) prefixes() bool {
	_, ok := c.m.(PrefixMeasurer)
	return ok
}

// Width returns the cached width of s in style st, measuring it on first use.
func (c *WidthCache) Width(s string, st Style) float64 {
	k := widthKey{s, st}
	if w, ok := c.cache[k]; ok {
		return w
	}
	w := c.m.Width(s, st)
	c.cache[k] = w
	return w
}

// windowBytes is the length of text from which a paragraph is set a
// window at a time: the breaker's items take about 300 bytes a word, and a
// paragraph of 16 MiB (a raw article with no line break) would take a
// gigabyte at once. Each window is broken as a paragraph, its last lines
// are set again at the start of the next window, and the result differs
// from a total fit only in where those seams fall.
const windowBytes = 64 << 10

// Set breaks the paragraph made of runs into lines of opt.Width; it never fails.
func Set(runs []Run, m Measurer, opt Options) []Line {
	size := 0
	for _, r := range runs {
		size += len(r.Text)
	}
	if size <= windowBytes {
		lines, _ := set(runs, m, opt, true)
		return lines
	}
	if _, ok := m.(*WidthCache); !ok {
		m = NewWidthCache(m) // one cache for every window
	}
	var out []Line
	at := textPos{}
	for {
		win, last := window(runs, at)
		lines, next := set(win, m, opt, last)
		if lines == nil && opt.Context != nil && opt.Context.Err() != nil {
			return nil
		}
		out = append(out, lines...)
		if last {
			return out
		}
		if next.run < 0 { // the whole window was set
			next = textPos{len(win) - 1, len(win[len(win)-1].Text)}
		}
		// next is a position in win; win[0] starts at at.
		if next.run == 0 {
			next.off += at.off
		}
		next.run += at.run
		at = next
		opt.Indent = 0 // the first line is behind
	}
}

// textPos is a place in a paragraph's runs: a run and a byte offset in it.
type textPos struct{ run, off int }

// window returns the runs from at to the first breaking space after
// windowBytes more bytes, and whether they reach the paragraph's end.
func window(runs []Run, at textPos) (win []Run, last bool) {
	n := 0
	for i := at.run; i < len(runs); i++ {
		r := runs[i]
		text := r.Text
		if i == at.run {
			text = text[at.off:]
		}
		if n+len(text) > windowBytes {
			from := max(windowBytes-n, 0)
			if cut := strings.IndexFunc(text[from:], isBreakingSpace); cut >= 0 {
				return append(win, Run{Text: text[:from+cut], Style: r.Style}), false
			}
		}
		win = append(win, Run{Text: text, Style: r.Style})
		n += len(text)
	}
	return win, true
}

// set breaks runs into lines. When last is false the runs are a window of
// a longer paragraph: the lines of its end are left for the next window,
// and next is where in runs they start (run -1: none are left).
func set(runs []Run, m Measurer, opt Options, last bool) (lines []Line, next textPos) {
	b := breakers.Get().(*breaker)
	defer b.release()
	words := b.splitWords(runs)
	if len(words) == 0 {
		return nil, textPos{}
	}
	p := DefaultParams
	if opt.Params != nil {
		p = *opt.Params
	}
	wc, ok := m.(*WidthCache)
	if !ok {
		wc = NewWidthCache(m)
	}
	if !(opt.Width >= 0) { // negative or NaN
		opt.Width = 0
	}
	b.p, b.opt, b.m, b.words = p, opt, wc, words
	b.space = wc.Width(" ", runs[0].Style)
	var background float64
	if !opt.Justify {
		background = p.RaggedStretch * b.space
	}
	emergency := background + p.EmergencyStretch*b.space

	// TeX's passes: without hyphenation at \pretolerance, with hyphenation at
	// \tolerance, then with emergency stretch; and a last one that accepts
	// any line, its badness not capped so that it still tells loose lines
	// from looser ones, and an overfull line only where a word is wider
	// than the measure.
	type pass struct {
		hyphens   bool
		tolerance float64
		stretch   float64
		final     bool
	}
	var passes []pass
	if p.Pretolerance >= 0 {
		passes = append(passes, pass{false, p.Pretolerance, background, false})
	}
	passes = append(passes, pass{true, p.Tolerance, background, false})
	if emergency > background {
		passes = append(passes, pass{true, p.Tolerance, emergency, false})
	}
	passes = append(passes, pass{true, math.Inf(1), emergency, true})
	built := -1 // 0: items without pattern hyphens, 1: with, 2: with emergency breaks too
	for _, ps := range passes {
		hy := ps.hyphens && (opt.Hyphenator != nil || opt.HyphenatorOf != nil)
		want := 0
		if hy {
			want = 1
		}
		if ps.final && b.overwide && opt.Width > 0 {
			want = 2
		}
		if want != built {
			b.build(hy, want == 2)
			built = want
		}
		best := b.breakLines(ps.tolerance, ps.stretch, ps.final)
		if b.cancelled() {
			return nil, textPos{}
		}
		if best != nil {
			if !last {
				return b.window(best)
			}
			return b.lines(best), textPos{}
		}
	}
	return b.lines(b.wordPerLine()), textPos{} // unreachable: the final pass always finds breaks
}

// seamLines is how many lines at the end of a window are set again with
// the next window: the end of a window is no paragraph end, and its last
// lines were broken as if it were.
const seamLines = 3

// window returns the lines of a window but its last few, up to a line
// that starts a word, and where that line's text starts.
func (b *breaker) window(last *node) ([]Line, textPos) {
	var chain []*node
	for n := last; n.prev != nil; n = n.prev {
		chain = append(chain, n)
	}
	slices.Reverse(chain)
	// Keep lines[:k]; line k must start a word, after a space between
	// words (not a break inside a word, such as between Chinese
	// characters).
	for k := len(chain) - seamLines; k > 0; k-- {
		brk := chain[k-1]
		if b.items[brk.pos].kind != kGlue || brk.pos == 0 || brk.start >= len(b.items) ||
			b.items[brk.start].kind != kBox || b.items[brk.pos-1].kind != kBox ||
			b.items[brk.pos-1].word == b.items[brk.start].word {
			continue
		}
		w := &b.words[b.items[brk.start].word]
		lines := b.lines(brk)
		return lines, textPos{w.run, w.off}
	}
	// No line to set again (one word fills the window): the window stands
	// as it is, and the next starts where it ends.
	return b.lines(last), textPos{-1, 0}
}

// cancelled reports whether the caller's context is done.
func (b *breaker) cancelled() bool {
	return b.opt.Context != nil && b.opt.Context.Err() != nil
}

// wordPerLine breaks at every space: the breaks of last resort.
func (b *breaker) wordPerLine() *node {
	last := &node{pos: -1, start: b.afterBreak(-1)}
	for pos, it := range b.items {
		if (it.kind == kGlue && pos > 0 && b.items[pos-1].kind == kBox) || it.penalty <= -infPenalty {
			last = &node{pos: pos, start: b.afterBreak(pos), prev: last}
		}
	}
	return last
}

// piece is a part of a word in one style.
type piece struct {
	text  string
	style Style
}

// word is a space-delimited word of the paragraph.
type word struct {
	pieces   []piece
	soft     []int // byte offsets of soft hyphens (removed from the text)
	space    Style // style of the space after the word
	run, off int   // where it starts: a run, and a byte offset in its text
}

func (w *word) text() string {
	if len(w.pieces) == 1 {
		return w.pieces[0].text
	}
	var sb strings.Builder
	for _, p := range w.pieces {
		sb.WriteString(p.text)
	}
	return sb.String()
}

func (w *word) len() int {
	n := 0
	for _, p := range w.pieces {
		n += len(p.text)
	}
	return n
}

// isBreakingSpace tells whether r separates words; no-break spaces do not.
func isBreakingSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u2007', '\u202f':
		return false
	}
	return unicode.IsSpace(r)
}

const softHyphen = '\u00ad'

// splitWords cuts runs into words at breaking spaces, collapsing runs of
// them. The words and their pieces go in b's scratch slices.
func (b *breaker) splitWords(runs []Run) []word {
	size := 0
	for _, r := range runs {
		size += len(r.Text)
	}
	words := grow(b.wordBuf, size/5+1)
	all := grow(b.pieceBuf, size/5+len(runs)) // the pieces of every word
	defer func() { b.wordBuf, b.pieceBuf = words[:0], all[:0] }()
	var cur word
	p0 := 0 // first piece of cur in all
	add := func(s string, st Style) {
		if s == "" {
			return
		}
		if n := len(all); n > p0 && all[n-1].style == st {
			all[n-1].text += s // a run split inside a word in the same style
			return
		}
		all = append(all, piece{s, st})
	}
	wordLen := func() int {
		n := 0
		for _, p := range all[p0:] {
			n += len(p.text)
		}
		return n
	}
	end := func(space Style) {
		if len(all) > p0 {
			cur.space = space
			cur.pieces = all[p0:len(all):len(all)] // re-sliced below, once all is complete
			words = append(words, cur)
			cur, p0 = word{}, len(all)
		}
	}
	for ri, run := range runs {
		start := 0
		begin := func(end int) { // record where cur starts, at its first text
			if len(all) == p0 && end > start {
				cur.run, cur.off = ri, start
			}
		}
		for i, r := range run.Text {
			switch {
			case isBreakingSpace(r):
				begin(i)
				add(run.Text[start:i], run.Style)
				end(run.Style)
				start = i + utf8.RuneLen(r)
			case r == softHyphen:
				begin(i)
				add(run.Text[start:i], run.Style)
				cur.soft = append(cur.soft, wordLen())
				start = i + utf8.RuneLen(r)
			}
		}
		begin(len(run.Text))
		add(run.Text[start:], run.Style)
	}
	end(0)
	p0 = 0
	for i := range words {
		w := &words[i]
		n := len(w.pieces)
		w.pieces = all[p0 : p0+n : p0+n] // all may have moved while growing
		p0 += n
		// A soft hyphen at either end of a word is no break.
		size := w.len()
		k := 0
		for _, o := range w.soft {
			if o > 0 && o < size && (k == 0 || w.soft[k-1] != o) {
				w.soft[k] = o
				k++
			}
		}
		w.soft = w.soft[:k]
	}
	return words
}

type kind uint8

const (
	kBox kind = iota
	kGlue
	kPenalty
)

const (
	infPenalty = 10000 // a penalty this high forbids a break, this low forces one
	infBad     = 10000 // TeX's inf_bad
)

// item is a box, glue or penalty of the Knuth–Plass model.
type item struct {
	kind    kind
	flagged bool // penalty at a hyphen (inserted or explicit)
	style   Style
	word    int32   // index of the word a box belongs to; -1 for the indent
	width   float64 // box and glue width; penalty: width of the inserted hyphen
	stretch float64
	shrink  float64
	fil     float64 // infinite stretch (the last line's fill)
	penalty float64
	src     string // box: the text of its piece; the box is src[s:e]
	s, e    int
}

// breaker holds the state of one call to Set. Its slices are kept for the
// next call (breakers): a book sets thousands of paragraphs, and their
// items were most of what a PDF build allocated.
type breaker struct {
	p     Params
	opt   Options
	m     *WidthCache
	words []word
	space float64

	items []item
	sums  []sums // sums[i]: totals of the boxes and glue of items[:i]
	brks  []brk
	extra []Break
	// overwide: a word is wider than the measure, and the last pass
	// may break it between characters.
	overwide bool

	wordBuf  []word
	pieceBuf []piece
}

var breakers = sync.Pool{New: func() any { return new(breaker) }}

// release puts b back in breakers with its slices emptied. Their old
// elements still point into the text just set, which is not worth the time
// of clearing them.
func (b *breaker) release() {
	*b = breaker{items: b.items[:0], sums: b.sums[:0], brks: b.brks[:0], extra: b.extra[:0], wordBuf: b.wordBuf[:0], pieceBuf: b.pieceBuf[:0]}
	breakers.Put(b)
}

// grow returns s emptied, with room for at least n elements.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// sums are running totals of natural width, stretch, shrink and fil.
type sums struct{ w, y, z, f float64 }

// brk is a break opportunity inside a word.
type brk struct {
	off       int  // byte offset in the word text
	hyphen    bool // insert a hyphen when breaking here
	glue      bool // a break between characters: an empty space (Options.Breaks)
	fill      bool // the empty space stretches
	emergency bool // between two characters, the last resort
}

// emergencyPenalty is the penalty of a break between two characters of a
// word wider than the measure: dearer than a hyphen, never forbidden.
const emergencyPenalty = 1000

// build lays out the items of the paragraph, with or without pattern
// hyphens, and with emergency breaks in words wider than the measure.
func (b *breaker) build(hyphenate, emergency bool) {
	b.items = grow(b.items, 3*len(b.words)+8)
	if b.opt.Indent != 0 {
		b.items = append(b.items, item{kind: kBox, width: b.opt.Indent, word: -1})
	}
	brks := b.brks
	defer func() { b.brks = brks[:0] }()
	for wi := range b.words {
		if wi&255 == 0 && b.cancelled() {
			return
		}
		w := &b.words[wi]
		brks = brks[:0]
		text := w.text()
		for _, o := range w.soft {
			brks = append(brks, brk{off: o, hyphen: true})
		}
		if len(w.soft) == 0 && hyphenate {
			h := b.opt.Hyphenator
			if b.opt.HyphenatorOf != nil {
				h = b.opt.HyphenatorOf(w.pieces[0].style)
			}
			for _, o := range h.Hyphenate(text) {
				brks = append(brks, brk{off: o, hyphen: true})
			}
		}
		brks = explicitBreaks(text, brks)
		if b.opt.Breaks != nil {
			b.extra = b.opt.Breaks(text, b.extra[:0])
			brks = mergeGlue(brks, b.extra)
		}
		over, partial := b.overwideWord(w)
		b.overwide = b.overwide || over
		switch {
		case emergency && over:
			b.addWord(int32(wi), w, b.emergencyBreaks(w, brks), true)
		case over && len(brks) == 0 && len(w.pieces) == 1 && len(text) > longPiece:
			// One box wider than the measure, which only the last pass
			// cuts: its exact width matters to no pass before, so a
			// "word" of a megabyte is not shaped whole for it.
			p := w.pieces[0]
			b.items = append(b.items, item{kind: kBox, word: int32(wi), style: p.style, src: p.text, e: len(p.text), width: partial})
		default:
			b.addWord(int32(wi), w, brks, false)
		}
		if wi < len(b.words)-1 {
			sp := b.m.Width(" ", w.space)
			g := item{kind: kGlue, width: sp}
			if b.opt.Justify {
				g.stretch = sp * b.p.Stretch
				g.shrink = sp * b.p.Shrink
			}
			b.items = append(b.items, g)
		}
	}
	b.items = append(b.items,
		item{kind: kPenalty, penalty: infPenalty},
		item{kind: kGlue, fil: 1},
		item{kind: kPenalty, penalty: -infPenalty, flagged: true},
	)
	if n := len(b.items) + 1; cap(b.sums) < n {
		b.sums = make([]sums, n)
	} else {
		b.sums = b.sums[:n]
	}
	for i := range b.items {
		it, t := &b.items[i], b.sums[i]
		if it.kind != kPenalty {
			t.w += it.width
			t.y += it.stretch
			t.z += it.shrink
			t.f += it.fil
		}
		b.sums[i+1] = t
	}
}

// overwideWord reports whether w is wider than the measure.
// It also returns the width measured: the whole word's, or for a long
// one that is over, its first few hundred bytes'.
func (b *breaker) overwideWord(w *word) (bool, float64) {
	ww := 0.0
	for _, p := range w.pieces {
		if len(p.text) <= longPiece {
			ww += b.m.Width(p.text, p.style) // cached for the next build
			continue
		}
		// A long piece is measured a prefix at a time, and only until
		// the word is wider than the measure: a "word" of a megabyte
		// with no space is not shaped whole just to learn that.
		for t := p.text; t != ""; {
			n := min(len(t), longPiece)
			for n < len(t) && !utf8.RuneStart(t[n]) {
				n++
			}
			ww += b.m.Width(t[:n], p.style)
			if ww > b.opt.Width {
				return true, ww
			}
			t = t[n:]
		}
	}
	return ww > b.opt.Width, ww
}

// emergencyBreaks adds to brks (sorted by offset) breaks between the
// characters of w, so that no stretch between two breaks is wider than an
// eighth of the measure, and returns them all sorted. It measures each
// character once: linear in the word's length.
func (b *breaker) emergencyBreaks(w *word, brks []brk) []brk {
	chunk := b.opt.Width / 8
	out := make([]brk, 0, len(brks)+8)
	k := 0     // next existing break
	acc := 0.0 // width since the last break
	prev := rune(0)
	off := 0 // offset of the piece in the word
	for _, p := range w.pieces {
		for i, r := range p.text {
			o := off + i
			for k < len(brks) && brks[k].off <= o {
				if brks[k].off == o {
					acc = 0
				}
				out = append(out, brks[k])
				k++
			}
			_, size := utf8.DecodeRuneInString(p.text[i:]) // 1 for invalid UTF-8, not RuneLen(U+FFFD)
			rw := b.m.Width(p.text[i:i+size], p.style)
			if acc+rw > chunk && o > 0 && acc > 0 && breakableBefore(prev, r) &&
				(len(out) == 0 || out[len(out)-1].off != o) {
				out = append(out, brk{off: o, emergency: true})
				acc = 0
			}
			acc += rw
			prev = r
		}
		off += len(p.text)
	}
	return append(out, brks[k:]...)
}

// breakableBefore reports whether a line may break between prev and r as a
// last resort: not before a combining mark or a variation selector, not
// around a joiner, and not at a no-break space.
func breakableBefore(prev, r rune) bool {
	nbsp := func(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }
	return !unicode.Is(unicode.M, r) && r != '\u200d' && prev != '\u200d' && r != '\u200c' && !nbsp(r) && !nbsp(prev)
}

// isExplicitHyphen tells whether a line may break after r without an extra hyphen.
func isExplicitHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2013', '\u2014':
		return true
	}
	return false
}

// explicitBreaks merges the breaks after explicit hyphens and dashes of text
// into brks (sorted by offset). A dash must follow and precede other
// characters of the word; URLs and e-mail addresses get none.
func explicitBreaks(text string, brks []brk) []brk {
	if strings.Contains(text, "://") || strings.Contains(text, "@") || strings.HasPrefix(text, "www.") {
		return brks
	}
	var ex []int
	for i, r := range text {
		if !isExplicitHyphen(r) || i == 0 {
			continue
		}
		o := i + utf8.RuneLen(r)
		if o >= len(text) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(text[o:]); isExplicitHyphen(next) {
			continue // break after the last of "--"
		}
		ex = append(ex, o)
	}
	if len(ex) == 0 {
		return brks
	}
	out := make([]brk, 0, len(brks)+len(ex))
	i := 0
	for _, o := range ex {
		for i < len(brks) && brks[i].off < o {
			out = append(out, brks[i])
			i++
		}
		if i < len(brks) && brks[i].off == o {
			i++ // the explicit break wins
		}
		out = append(out, brk{off: o})
	}
	return append(out, brks[i:]...)
}

// mergeGlue merges the breaks extra (ascending) into brks as breaks
// between characters; a break of brks at the same offset wins.
func mergeGlue(brks []brk, extra []Break) []brk {
	if len(extra) == 0 {
		return brks
	}
	out := make([]brk, 0, len(brks)+len(extra))
	i := 0
	for _, e := range extra {
		o := e.Off
		for i < len(brks) && brks[i].off < o {
			out = append(out, brks[i])
			i++
		}
		if i < len(brks) && brks[i].off == o || len(out) > 0 && out[len(out)-1].off == o {
			continue
		}
		out = append(out, brk{off: o, glue: true, fill: e.Stretch})
	}
	return append(out, brks[i:]...)
}

// longPiece is the length in bytes from which a piece of a word is
// measured box by box, unless the Measurer gives prefix widths itself:
// measuring each prefix anew would take time growing with the square of
// its length.
const longPiece = 256

// addWord appends the boxes of a word, cut at its breaks, with a penalty at
// each break. Widths of the cut boxes are differences of measured prefixes,
// so that the boxes of a word add up to the width of the whole word; in a
// long piece that the measurer has no prefix widths for, or one cut
// between its characters, each box is measured on its own.
//
// cut says the word is cut between its characters as a last resort: it
// is measured box by box, each box a few letters that the width cache
// mostly knows, rather than shaped whole for its prefixes, as one such
// "word" can be a megabyte long.
func (b *breaker) addWord(wi int32, w *word, brks []brk, cut bool) {
	ps, bi := 0, 0
	for _, p := range w.pieces {
		pe := ps + len(p.text)
		long := len(p.text) > longPiece && (!b.m.prefixes() || cut)
		seg, prevW := ps, 0.0
		for bi < len(brks) && brks[bi].off <= pe {
			off := brks[bi].off
			if off > seg {
				var wp float64
				if long {
					wp = prevW + b.m.Width(p.text[seg-ps:off-ps], p.style)
				} else {
					wp = b.m.Prefix(p.text, off-ps, p.style)
				}
				b.items = append(b.items, item{kind: kBox, word: wi, style: p.style, src: p.text, s: seg - ps, e: off - ps, width: wp - prevW})
				prevW, seg = wp, off
			}
			if brks[bi].glue {
				g := item{kind: kGlue}
				if b.opt.Justify && brks[bi].fill {
					g.stretch = b.space * b.p.Stretch
				}
				b.items = append(b.items, g)
				bi++
				continue
			}
			pen := item{kind: kPenalty, flagged: true, style: p.style, penalty: b.p.ExHyphenPenalty, word: wi}
			switch {
			case brks[bi].hyphen:
				pen.penalty = b.p.HyphenPenalty
				pen.width = b.m.Width("-", p.style)
			case brks[bi].emergency:
				pen.penalty, pen.flagged = emergencyPenalty, false
			}
			b.items = append(b.items, pen)
			bi++
		}
		if seg < pe {
			var width float64
			if long {
				width = b.m.Width(p.text[seg-ps:], p.style)
			} else {
				width = b.m.Width(p.text, p.style) - prevW
			}
			b.items = append(b.items, item{kind: kBox, word: wi, style: p.style, src: p.text, s: seg - ps, e: len(p.text), width: width})
		}
		ps = pe
	}
}

// node is a feasible breakpoint.
type node struct {
	pos      int // index of the break item; -1 for the paragraph start
	start    int // index of the first item of the line after the break
	fitness  int
	flagged  bool
	demerits float64
	prev     *node
	next     *node // in the active list
}

// Fitness classes, as in TeX.
const (
	veryLoose = iota
	loose
	decent
	tight
)

// afterBreak returns the index of the first item of the line after a break
// at pos: glue and penalties after a break are discarded.
func (b *breaker) afterBreak(pos int) int {
	i := pos + 1
	for i < len(b.items) {
		it := &b.items[i]
		if it.kind == kBox || (it.kind == kPenalty && it.penalty <= -infPenalty) {
			break
		}
		i++
	}
	return i
}

// lineSums returns natural width, stretch, shrink and fil of the line from
// item start to a break at pos.
func (b *breaker) lineSums(start, pos int) (w, y, z, f float64) {
	e, s := &b.sums[pos], &b.sums[start]
	w = e.w - s.w
	if it := &b.items[pos]; it.kind == kPenalty {
		w += it.width
	}
	return w, e.y - s.y, e.z - s.z, e.f - s.f
}

// badness is TeX's 100·|r|³ for a line short by short (negative: too
// long), capped at infBad unless uncapped; an overfull line (r < -1) gives
// +Inf, a line that cannot stretch infBad (or 1e12 uncapped).
func badness(short, stretch, shrink, fil float64, uncapped bool) (bad, r float64) {
	switch {
	case short > 0:
		if fil > 0 {
			return 0, 0
		}
		if stretch <= 0 {
			if uncapped {
				return 1e12, math.Inf(1)
			}
			return infBad, math.Inf(1)
		}
		r = short / stretch
	case short < 0:
		if shrink <= 0 || -short > shrink+1e-9 {
			return math.Inf(1), math.Inf(-1)
		}
		r = max(short/shrink, -1) // -1 within rounding
	default:
		return 0, 0
	}
	bad = 100 * math.Abs(r*r*r)
	if bad > infBad && !uncapped {
		bad = infBad
	}
	return bad, r
}

// breakLines runs one Knuth–Plass pass and returns the last node of the best
// breaks, or nil if the pass finds none. background is stretch added to every
// line when judging it (ragged right margin, emergency stretch); final lets an
// overfull line through where nothing else is possible.
func (b *breaker) breakLines(tolerance, background float64, final bool) *node {
	width := b.opt.Width
	// A line short by more than its stretch times loosest has a badness
	// over tolerance (a hair's margin left to badness itself), unless
	// badness is capped at or under it.
	loosest := math.Cbrt(tolerance/100) * (1 + 1e-9)
	if !final && tolerance >= infBad {
		loosest = math.Inf(1)
	}
	active := &node{pos: -1, start: b.afterBreak(-1), fitness: decent}
	var best [4]*node
	var minD [4]float64
	for pos := range b.items {
		if pos&1023 == 0 && b.cancelled() {
			return nil
		}
		it := &b.items[pos]
		switch it.kind {
		case kBox:
			continue
		case kGlue:
			if pos == 0 || b.items[pos-1].kind != kBox {
				continue
			}
		case kPenalty:
			if it.penalty >= infPenalty {
				continue
			}
		}
		pi := 0.0
		if it.kind == kPenalty {
			pi = it.penalty
		}
		forced := pi <= -infPenalty
		for i := range best {
			best[i], minD[i] = nil, math.Inf(1)
		}
		minAll := math.Inf(1)
		var prev *node
		for a := active; a != nil; {
			next := a.next
			w, y, z, f := b.lineSums(a.start, pos)
			short, y := width-w, y+background
			if short > 0 && f == 0 && short > y*loosest && !forced {
				// Too loose for this pass (most of the active nodes,
				// most of the time): kept, and nothing more to judge.
				prev, a = a, next
				continue
			}
			bad, r := badness(short, y, z, f, final)
			overfull := math.IsInf(r, -1)
			feasible := !overfull && bad <= tolerance
			// In the final pass the only node left may break an overfull
			// line when nothing else can.
			artificial := overfull && final && math.IsInf(minAll, 1) && prev == nil && next == nil
			deactivate := overfull || forced
			if feasible || artificial {
				fit := decent
				switch {
				case r > 0 && bad > 99:
					fit = veryLoose
				case r > 0 && bad > 12:
					fit = loose
				case r < 0 && bad > 12:
					fit = tight
				}
				d := 0.0
				if !artificial {
					d = b.p.LinePenalty + bad
					d *= d
					if pi > 0 {
						d += pi * pi
					} else if pi > -infPenalty {
						d -= pi * pi
					}
					if a.flagged && it.flagged {
						if forced {
							d += b.p.FinalHyphenDemerits
						} else {
							d += b.p.DoubleHyphenDemerits
						}
					}
					if fit-a.fitness > 1 || a.fitness-fit > 1 {
						d += b.p.AdjDemerits
					}
				}
				d += a.demerits
				if d <= minD[fit] {
					minD[fit], best[fit] = d, a
					if d < minAll {
						minAll = d
					}
				}
			}
			if deactivate {
				if prev == nil {
					active = next
				} else {
					prev.next = next
				}
			} else {
				prev = a
			}
			a = next
		}
		if math.IsInf(minAll, 1) {
			if active == nil {
				return nil
			}
			continue
		}
		// New nodes go to the end of the active list (prev is its last node),
		// which stays ordered by position as TeX's: the last one left is the
		// most recent, whence an artificial break puts an overlong word on a
		// line of its own.
		tail := prev
		start := b.afterBreak(pos)
		for fit := range best {
			if best[fit] == nil || minD[fit] > minAll+b.p.AdjDemerits {
				continue
			}
			n := &node{pos: pos, start: start, fitness: fit, flagged: it.kind == kPenalty && it.flagged,
				demerits: minD[fit], prev: best[fit]}
			if forced {
				// The paragraph ends here: keep the best node only.
				if minD[fit] == minAll {
					return n
				}
				continue
			}
			if tail == nil {
				active = n
			} else {
				tail.next = n
			}
			tail = n
		}
		if active == nil {
			return nil
		}
	}
	return nil
}

// lines turns the chain of breaks ending at last into output lines.
func (b *breaker) lines(last *node) []Line {
	var chain []*node
	for n := last; n.prev != nil; n = n.prev {
		chain = append(chain, n)
	}
	lines := make([]Line, 0, len(chain))
	start := b.afterBreak(-1)
	for i := len(chain) - 1; i >= 0; i-- {
		n := chain[i]
		lines = append(lines, b.line(start, n.pos, i == 0))
		start = n.start
	}
	return lines
}

// line sets the items from start to a break at pos.
func (b *breaker) line(start, pos int, last bool) Line {
	w, y, z, f := b.lineSums(start, pos)
	short := b.opt.Width - w
	r := 0.0
	switch {
	case short > 0 && f == 0 && y > 0:
		r = short / y
	case short < 0 && z > 0:
		r = math.Max(short/z, -1)
	}
	ln := Line{Fragments: make([]Fragment, 0, (pos-start)/2+2)}
	if !b.opt.Justify && !last {
		if bg := b.p.RaggedStretch * b.space; bg > 0 {
			ln.Ratio = short / bg
		}
	} else if !last || short < 0 {
		ln.Ratio = r
	}
	x := 0.0
	prevWord := int32(-2)
	fragStart := 0 // offset in its piece of the last fragment's text
	for i := start; i < pos; i++ {
		it := &b.items[i]
		switch it.kind {
		case kGlue:
			gw := it.width
			if r > 0 {
				gw += r * it.stretch
			} else if r < 0 {
				gw += r * it.shrink
			}
			x += gw
			prevWord = -2
		case kBox:
			if it.word < 0 { // the indent
				x += it.width
				continue
			}
			fr := ln.Fragments
			if k := len(fr) - 1; k >= 0 && prevWord == it.word && fr[k].Style == it.style {
				// The same piece of the same word, cut at a break not taken.
				fr[k].Text = it.src[fragStart:it.e]
				fr[k].W += it.width
			} else {
				fragStart = it.s
				ln.Fragments = append(ln.Fragments, Fragment{Text: it.src[it.s:it.e], Style: it.style, X: x, W: it.width})
			}
			x += it.width
			prevWord = it.word
		}
	}
	if it := &b.items[pos]; it.kind == kPenalty && it.width > 0 {
		ln.Fragments = append(ln.Fragments, Fragment{Text: "-", Style: it.style, X: x, W: it.width})
		ln.Hyphenated = true
	}
	return ln
}
