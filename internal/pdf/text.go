package pdf

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"publish/internal/fonts"
	"publish/internal/shape"
	"publish/internal/typeset"
)

// Style bits of a typeset.Style: the face's traits and the text's
// placement; then the language of the text, as an index of the layout's
// hyphenators (0: the document's); above them the 1-based index of the
// link the text belongs to, or of the note a reference refers to, or of
// the box (a formula, an inline image) that stands in a line.
const (
	stItalic typeset.Style = 1 << iota
	stBold
	stCode
	stSuper     // raised and smaller: superscripts, note references
	stSub       // lowered and smaller
	stSmall     // smaller: a link's address printed after it
	stNoteRef   // a note's reference: the index is the note's
	stSmallCaps // the face's small capitals
	stStrike    // struck through
	stBox       // a box drawn in the line: the index is the box's
	stRTL       // in a span with dir=rtl: a right-to-left isolate (UAX #9)
	stLTR       // in a span with dir=ltr: a left-to-right isolate

	stLangShift = 12 // four bits of language
	stLinkShift = 16
	stLangMask  = typeset.Style(15) << stLangShift
)

// faceStyle is the face style bits st ask for; code is in the
// monospaced face, upright.
func faceStyle(st typeset.Style) fonts.Style {
	fs := fonts.Style{Bold: st&stBold != 0, Italic: st&stItalic != 0, SmallCaps: st&stSmallCaps != 0}
	if st&stCode != 0 {
		fs.Family, fs.Italic = fonts.Mono, false
	}
	return fs
}

// scaleOf is the size of text in style st, as a share of its line's.
func scaleOf(st typeset.Style) float64 {
	switch {
	case st&(stSuper|stSub) != 0:
		return 0.7 // LaTeX's script size: 7 pt in 10 pt text
	case st&stSmall != 0:
		return 0.85
	}
	return 1
}

// riseOf is how far text in style st is raised, in ems of its line.
func riseOf(st typeset.Style) float64 {
	switch {
	case st&stSuper != 0:
		return 0.36
	case st&stSub != 0:
		return -0.14
	}
	return 0
}

// Faces that furniture and placeholders are set in.
var (
	serif       = fonts.Style{}
	serifItalic = fonts.Style{Italic: true}
	serifBold   = fonts.Style{Bold: true}
)

// texts measures and shapes the edition's text, and keeps the font subset
// of each face it draws with. Every glyph on the page goes through it:
// shaped runs (internal/shape) in the faces fonts.Chooser picks, drawn by
// glyph ID from subsets that finish writes into the PDF (fonts.Subset).
// fpdf, which maps characters to glyphs itself, never sees text.
type texts struct {
	shaper  *shape.Shaper
	prefix  prefixes
	units   map[unitKey]float64 // advances, in thousandths of the em
	shaped  map[shapedKey][]shape.Run
	common  *commonShapes   // shared with the other setters while settle runs
	subsets []*fonts.Subset // by resource name /G1, /G2...
	byFace  map[*fonts.Face]int
}

type unitKey struct {
	s  string
	st fonts.Style
}

type shapedKey struct {
	s     string
	st    fonts.Style
	level int8
}

func newTexts(s *shape.Shaper) *texts {
	return &texts{shaper: s, units: make(map[unitKey]float64, 1024), shaped: make(map[shapedKey][]shape.Run, 1024), byFace: map[*fonts.Face]int{}}
}

// advance is the width of s in style st, in thousandths of the size.
// Text without right-to-left characters is shaped as it will be drawn,
// and kept for drawing.
func (t *texts) advance(s string, st fonts.Style) float64 {
	k := unitKey{s, st}
	if w, ok := t.units[k]; ok {
		return w
	}
	var w float64
	if shape.HasRTL(s) {
		w = t.shaper.Width(s, st)
	} else {
		for _, r := range t.shape(s, st, zeros(len(s))) {
			w += r.Advance
		}
	}
	t.units[k] = w
	return w
}

// width is the width of s in style st at size.
func (t *texts) width(s string, st fonts.Style, size float64) float64 {
	return t.advance(s, st) * size / 1000
}

// shape shapes s in style st with levels, the bidi level of each of its
// bytes in its line; runs of one level are kept for the next time.
func (t *texts) shape(s string, st fonts.Style, levels []int8) []shape.Run {
	uniform := true
	for _, l := range levels {
		uniform = uniform && l == levels[0]
	}
	if !uniform || len(levels) == 0 {
		return t.shaper.ShapeLevels(s, st, shape.Auto, levels)
	}
	k := shapedKey{s, st, levels[0]}
	if r, ok := t.shaped[k]; ok {
		return r
	}
	r, ok := t.common.get(k)
	if !ok {
		r = t.shaper.ShapeLevels(s, st, shape.Auto, levels)
		t.common.put(k, r)
	}
	t.shaped[k] = r
	return r
}

// commonShapes are the shapes that the setters of settle share, so that a
// word of a long book is shaped once, not once by each setter: about a
// third of the words shaped in setting a book's body were shaped twice.
// Each setter looks here only after its own map, the first time it meets
// a text.
type commonShapes struct {
	mu sync.Mutex
	m  map[shapedKey][]shape.Run
}

func (c *commonShapes) get(k shapedKey) ([]shape.Run, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.m[k]
	return r, ok
}

func (c *commonShapes) put(k shapedKey, r []shape.Run) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = r
}

// adopt takes the advances and shapes that o found and t lacks: the same
// text in the same style shapes the same way whichever shaper shaped it.
func (t *texts) adopt(o *texts) {
	for k, v := range o.units {
		if _, ok := t.units[k]; !ok {
			t.units[k] = v
		}
	}
	for k, v := range o.shaped {
		if _, ok := t.shaped[k]; !ok {
			t.shaped[k] = v
		}
	}
}

// subset is the subset of face f and its resource number (/Gn).
func (t *texts) subset(f *fonts.Face) (*fonts.Subset, int) {
	n, ok := t.byFace[f]
	if !ok {
		t.subsets = append(t.subsets, fonts.NewSubset(f))
		n = len(t.subsets)
		t.byFace[f] = n
	}
	return t.subsets[n-1], n
}

// prefixes are the advances of the prefixes of the last text asked for:
// cum[i] is the advance of the clusters that start before byte i.
type prefixes struct {
	s   string
	st  fonts.Style
	cum []float64
}

// prefixAdvance is the advance of s[:off] as part of s, in thousandths of
// the size: the clusters of s shaped once that start before off.
func (t *texts) prefixAdvance(s string, off int, st fonts.Style) float64 {
	p := &t.prefix
	if len(p.s) != len(s) || unsafe.StringData(p.s) != unsafe.StringData(s) || p.st != st {
		p.s, p.st = s, st
		p.cum = slices.Grow(p.cum[:0], len(s)+1)[:len(s)+1]
		clear(p.cum)
		var runs []shape.Run
		if shape.HasRTL(s) {
			runs = t.shaper.Shape(s, st, shape.Auto)
		} else {
			runs = t.shape(s, st, zeros(len(s)))
		}
		for _, r := range runs {
			for _, g := range r.Glyphs {
				p.cum[g.Start+1] += g.Advance
			}
		}
		for i := 1; i <= len(s); i++ {
			p.cum[i] += p.cum[i-1]
		}
	}
	return p.cum[off]
}

// measurer measures typeset runs at one size. base styles all the text
// (stBold for bold).
type measurer struct {
	t     *texts
	size  float64
	base  typeset.Style
	boxes []*mbox  // formulas and inline images, by 1-based index (stBox)
	langs []string // the layout's languages, by index (stLangShift)
}

func (m measurer) Width(s string, st typeset.Style) float64 {
	if st&stBox != 0 {
		return m.boxes[refOf(st)-1].w
	}
	return m.t.width(s, m.styleOf(st), m.size*scaleOf(st|m.base))
}

// Prefix is the width of s[:off] as part of s, from one shaping of s.
func (m measurer) Prefix(s string, off int, st typeset.Style) float64 {
	if st&stBox != 0 {
		if off < len(s) {
			return 0
		}
		return m.boxes[refOf(st)-1].w
	}
	return m.t.prefixAdvance(s, off, m.styleOf(st)) * m.size * scaleOf(st|m.base) / 1000
}

// styleOf is the face style of text in style st, with its language when
// that is a span's or div's other than the document's: the shaper's
// language, and the /Lang of its marked content.
func (m measurer) styleOf(st typeset.Style) fonts.Style {
	fs := faceStyle((st | m.base) &^ (^typeset.Style(0) << stLangShift))
	if i := langOf(st); i > 0 && i < len(m.langs) && !strings.EqualFold(m.langs[i], m.langs[0]) {
		fs.Lang = m.langs[i]
	}
	return fs
}

// linkOf is the 1-based link index of a style, 0 for none.
func linkOf(st typeset.Style) int {
	if st&(stNoteRef|stBox) != 0 {
		return 0
	}
	return int(st >> stLinkShift)
}

// langOf is the index of the hyphenator of text in style st.
func langOf(st typeset.Style) int { return int(st & stLangMask >> stLangShift) }

// withIndex is st with the 1-based index n of a link or a note.
func withIndex(st typeset.Style, n int) typeset.Style {
	return st&^(^typeset.Style(0)<<stLinkShift) | typeset.Style(n)<<stLinkShift
}

// refOf is the 1-based note index of a reference's style.
func refOf(st typeset.Style) int { return int(st >> stLinkShift) }

// plainRuns is text in one style.
func plainRuns(s string, st typeset.Style) [][]typeset.Run {
	return [][]typeset.Run{{{Text: s, Style: st}}}
}

// missingFont is the warning for a character no face has, with what
// would supply one: a Debian package, or a font named by the user; where
// says where it is, or is "".
func missingFont(m shape.Missing, where string) string {
	fix := "install fonts-noto-core, or name a font (--font-dir, or mainfont in front matter)"
	switch {
	case m.Script == "private use":
		fix = "name the font made for it (--font-dir, or mainfont in front matter)"
	case m.Script == "emoji" || m.Script == "symbol" || m.Script == "mathematical letters":
		fix = "install fonts-symbola, or name a font (--font-dir, or mainfont in front matter)"
	case fonts.IsCJK(m.Rune):
		fix = "install fonts-droid-fallback, or name a font (--font-dir, or CJKmainfont in front matter)"
	}
	ch := ""
	if unicode.IsGraphic(m.Rune) {
		ch = " " + string(m.Rune)
	}
	return fmt.Sprintf("no font for %U%s (%s)%s; %s", m.Rune, ch, m.Script, where, fix)
}
