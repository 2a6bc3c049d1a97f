// Package shape turns text into positioned glyphs, for the PDF and the
// cover alike: it itemises text by direction (the Unicode Bidirectional
// Algorithm, UAX #9, with go-text's bidi), script and face (fonts.Chooser),
// shapes each item with go-text's port of HarfBuzz (Arabic joining, Indic
// reordering and conjuncts, mark positioning, ligatures, kerning), and
// finds line-break opportunities (UAX #14, go-text's segmenter).
//
// Measures are in thousandths of the em, so that one shaping serves every
// size.
package shape

import (
	"slices"
	"unicode/utf8"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"publish/internal/fonts"
)

// Glyph is one shaped glyph.
type Glyph struct {
	ID               uint16  // glyph index in the run's face
	Advance          float64 // thousandths of the em
	XOffset, YOffset float64 // from the pen, thousandths of the em; y up
	Start, End       int     // bytes of the text of the cluster it belongs to
	Alone            bool    // the only glyph of its cluster: it stands for all its text
}

// Run is text in one direction, script and face, shaped.
type Run struct {
	Face       *fonts.Face
	Start, End int  // bytes of the text
	Level      int8 // bidi embedding level: odd is right to left
	Glyphs     []Glyph
	Advance    float64 // sum of the glyphs' advances
}

// RTL tells whether the run reads right to left; its glyphs are still in
// visual order, left to right.
func (r *Run) RTL() bool { return r.Level%2 == 1 }

// Missing is a character that no face has: the shaper leaves it out.
type Missing struct {
	Rune   rune
	Script string
}

// Shaper shapes the text of one document. Not safe for concurrent use.
type Shaper struct {
	choose  *fonts.Chooser
	lang    language.Language
	hb      shaping.HarfbuzzShaper
	faces   map[*fonts.Face]*font.Face
	par     bidi.Paragraph
	seg     segmenter.Segmenter
	runes   []rune
	offs    []int // byte offset of each rune, and the length last
	levels  []int8
	missing map[rune]bool

	// OnMissing is called once per character that no face has.
	OnMissing func(Missing)
}

// New returns a shaper that picks faces with c, for text in lang (BCP 47).
func New(c *fonts.Chooser, lang string) *Shaper {
	return &Shaper{choose: c, lang: language.NewLanguage(lang), faces: map[*fonts.Face]*font.Face{}, missing: map[rune]bool{}}
}

// Direction is a paragraph's base direction.
type Direction int8

const (
	Auto Direction = iota // from the first strong character (UAX #9 P2, P3), else left to right
	LTR
	RTL
)

// BaseOf is the direction of text by its first strong character, or LTR.
func BaseOf(text string) Direction {
	if d := FirstStrong(text); d != Auto {
		return d
	}
	return LTR
}

// FirstStrong is the direction of text's first strong character (UAX #9
// P2), or Auto when it has none (digits, punctuation).
func FirstStrong(text string) Direction {
	for _, r := range text {
		switch bidiClass(r) {
		case 'L':
			return LTR
		case 'R':
			return RTL
		}
	}
	return Auto
}

// Levels is the bidi embedding level of each byte of text, a paragraph
// (or a line of one) of direction base.
func (s *Shaper) Levels(text string, base Direction) []int8 {
	s.load(text)
	s.setLevels(base)
	out := make([]int8, len(text))
	for i, l := range s.levels {
		for j := s.offs[i]; j < s.offs[i+1]; j++ {
			out[j] = l
		}
	}
	return out
}

// setLevels sets the level of each rune of s.runes for a paragraph of
// direction base.
func (s *Shaper) setLevels(base Direction) {
	n := len(s.runes)
	s.levels = grow(s.levels, n)
	// The paragraph's level is given, not found from a mark put before
	// the text: with a default direction the segmenter takes its level
	// as given, so a right-to-left mark before "This is it." left the
	// paragraph at level 0 and the full stop at the right end.
	dir := bidi.LeftToRight
	if base == RTL {
		dir = bidi.RightToLeft
	}
	runs := s.par.Segment(s.runes, dir)
	for i := range runs.NumRuns() {
		r := runs.Run(i)
		for j := r.Start; j < r.End && j < n; j++ {
			s.levels[j] = int8(r.Level)
		}
	}
}

func (s *Shaper) load(text string) {
	s.runes, s.offs = s.runes[:0], s.offs[:0]
	for i, r := range text {
		s.runes = append(s.runes, r)
		s.offs = append(s.offs, i)
	}
	s.offs = append(s.offs, len(text))
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// Shape shapes text in style st, as a paragraph of direction base (Auto:
// from the text itself). Runs are in logical order, the glyphs of each in
// visual order. Characters no face has are left out, and reported once
// each through OnMissing.
func (s *Shaper) Shape(text string, st fonts.Style, base Direction) []Run {
	return s.ShapeLevels(text, st, base, nil)
}

// ShapeLevels is Shape with the level of each byte of text given (from
// Levels over the line it is part of), unless levels is nil.
func (s *Shaper) ShapeLevels(text string, st fonts.Style, base Direction, levels []int8) []Run {
	s.load(text)
	if len(s.runes) == 0 {
		return nil
	}
	if levels == nil {
		s.setLevels(base)
	} else {
		s.levels = grow(s.levels, len(s.runes))
		for i, o := range s.offs[:len(s.runes)] {
			s.levels[i] = levels[o]
		}
	}
	var out []Run
	// Items: maximal rune ranges of one level, script and face; a cluster
	// (a character and the marks that follow it) is never split.
	start := 0
	var cur *fonts.Face
	curScript := language.Common
	for i := 0; i < len(s.runes); {
		j := clusterEnd(s.runes, i)
		var f *fonts.Face
		switch {
		case fonts.IsIgnorable(s.runes[i]) && j == i+1 && cur != nil:
			// Joiners, bidi controls and the like stay in the run they
			// are in, whose shaping uses or hides them.
			f = cur
		case fonts.IsIgnorable(s.runes[i]) && j == i+1:
			f = s.choose.Face(s.runes[i:j], st)
			if f == nil {
				f = fonts.Embedded(st)
			}
		default:
			if f = s.choose.Face(s.runes[i:j], st); f == nil {
				s.report(s.runes[i])
			}
		}
		sc := language.LookupScript(s.runes[i])
		if sc == language.Common || sc == language.Inherited {
			sc = curScript
		}
		if i > start && (f != cur || s.levels[i] != s.levels[start] || sc != curScript && curScript != language.Common) {
			out = s.shapeItem(out, start, i, cur, curScript, st)
			start = i
		}
		if i == start || curScript == language.Common {
			curScript = sc
		}
		cur = f
		i = j
	}
	return s.shapeItem(out, start, len(s.runes), cur, curScript, st)
}

func (s *Shaper) report(r rune) {
	if s.missing[r] {
		return
	}
	s.missing[r] = true
	if s.OnMissing != nil {
		s.OnMissing(Missing{Rune: r, Script: ScriptName(r)})
	}
}

// clusterEnd is the end of the cluster starting at rune i: the character
// and the combining marks, joiners and variation selectors after it.
func clusterEnd(rs []rune, i int) int {
	j := i + 1
	for j < len(rs) && (isMark(rs[j]) || rs[j] == 0x200d || rs[j-1] == 0x200d) {
		j++
	}
	return j
}

// smallCaps turns on a face's small capitals (a face without them keeps
// its lower case).
var smallCaps = []shaping.FontFeature{{Tag: ot.NewTag('s', 'm', 'c', 'p'), Value: 1}}

// shapeItem shapes runes [a, b) in face f and appends the run to out.
func (s *Shaper) shapeItem(out []Run, a, b int, f *fonts.Face, sc language.Script, st fonts.Style) []Run {
	run := Run{Face: f, Start: s.offs[a], End: s.offs[b], Level: s.levels[a]}
	if f == nil {
		return append(out, run) // nothing to draw: reported
	}
	gf := s.faces[f]
	if gf == nil {
		gf = font.NewFace(f.Font)
		s.faces[f] = gf
	}
	dir := di.DirectionLTR
	if run.RTL() {
		dir = di.DirectionRTL
	}
	in := shaping.Input{
		Text: s.runes, RunStart: a, RunEnd: b, Direction: dir, Face: gf,
		Size: fixed.Int26_6(f.Upem << 6), Script: sc, Language: s.lang,
	}
	if st.Lang != "" {
		in.Language = language.NewLanguage(st.Lang)
	}
	if st.SmallCaps {
		in.FontFeatures = smallCaps
	}
	o := s.hb.Shape(in)
	k := 1000 / float64(f.Upem) / 64
	run.Glyphs = make([]Glyph, 0, len(o.Glyphs))
	for _, g := range o.Glyphs {
		ci := g.TextIndex()
		end := min(ci+g.RunesCount(), len(s.runes))
		if g.GlyphID == 0 {
			for _, r := range s.runes[ci:end] {
				if !isMark(r) && !fonts.IsIgnorable(r) {
					s.report(r)
				}
			}
			continue // never draw .notdef
		}
		gl := Glyph{ID: uint16(g.GlyphID), Advance: float64(g.Advance) * k, XOffset: float64(g.XOffset) * k, YOffset: float64(g.YOffset) * k,
			Start: s.offs[ci], End: s.offs[end], Alone: g.GlyphsCount() == 1}
		run.Glyphs = append(run.Glyphs, gl)
		run.Advance += gl.Advance
	}
	return append(out, run)
}

// Covered tells whether some face has every character of text in style
// st; unlike shaping, it reports none of those it lacks.
func (s *Shaper) Covered(text string, st fonts.Style) bool {
	for _, r := range text {
		if !fonts.IsIgnorable(r) && !isMark(r) && s.choose.Face([]rune{r}, st) == nil {
			return false
		}
	}
	return true
}

// Width is the advance of text in style st, in thousandths of the em.
func (s *Shaper) Width(text string, st fonts.Style) float64 {
	w := 0.0
	for _, r := range s.Shape(text, st, Auto) {
		w += r.Advance
	}
	return w
}

// Break is a place inside a word where a line may break.
type Break struct {
	Off     int  // byte offset
	Stretch bool // between Chinese or Japanese characters or Thai words, which justified text spaces out
}

// Breaks appends to brks the places inside text where UAX #14 lets a line
// break between characters of scripts written without spaces (Chinese,
// Japanese, Thai, Lao, Khmer, Myanmar), and returns it, in ascending
// order. Breaks at spaces and hyphens are the line breaker's own.
//
// UAX #14 leaves Thai and Lao words to a dictionary, which go-text's
// segmenter does not have. A line may break there at the syllable
// boundaries that spelling shows: before a leading vowel (เ แ โ ใ ไ,
// ເ ແ ໂ ໃ ໄ), and after a vowel or sign that ends a syllable (ะ ำ ์, ະ ຳ)
// before a consonant; and after the repetition and abbreviation marks
// (ๆ ฯ).
func (s *Shaper) Breaks(text string, brks []Break) []Break {
	if !hasSpaceless(text) {
		return brks
	}
	if s.seg.InitWithString(text) != nil {
		return brks
	}
	first := len(brks)
	it := s.seg.LineIterator()
	for it.Next() {
		l := it.Line()
		off := l.OffsetInBytes + l.LengthInBytes
		if off <= 0 || off >= len(text) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:off])
		after, _ := utf8.DecodeRuneInString(text[off:])
		if spaceless(before) || spaceless(after) {
			brks = append(brks, Break{off, fonts.IsCJK(before) || fonts.IsCJK(after)})
		}
	}
	brks, dict := thaiBreaks(text, brks)
	prev := rune(0)
	for i, r := range text {
		if i > 0 && syllableBreak(prev, r) && !(dict && isThai(prev) && isThai(r)) {
			brks = append(brks, Break{Off: i})
		}
		prev = r
	}
	slices.SortStableFunc(brks[first:], func(a, b Break) int { return a.Off - b.Off })
	return slices.CompactFunc(brks, func(a, b Break) bool { return a.Off == b.Off })
}

func isThaiLao(r rune) bool { return r >= 0x0e00 && r <= 0x0eff }

// syllableBreak tells whether a Thai or Lao syllable ends between a and b.
func syllableBreak(a, b rune) bool {
	if !isThaiLao(a) || !isThaiLao(b) {
		return false
	}
	switch {
	case leadingVowel(b):
		return !leadingVowel(a)
	case a == 0x0e46 || a == 0x0e2f: // ๆ ฯ
		return true
	case a == 0x0e30 || a == 0x0e33 || a == 0x0e4c || a == 0x0eb0 || a == 0x0eb3: // ะ ำ ์ ະ ຳ
		return b >= 0x0e01 && b <= 0x0e2e || b >= 0x0e81 && b <= 0x0eae // a consonant
	}
	return false
}

// leadingVowel tells whether r is a Thai or Lao vowel written before the
// consonant it follows in speech.
func leadingVowel(r rune) bool { return r >= 0x0e40 && r <= 0x0e44 || r >= 0x0ec0 && r <= 0x0ec4 }

func hasSpaceless(text string) bool {
	for _, r := range text {
		if spaceless(r) {
			return true
		}
	}
	return false
}

// spaceless tells whether r belongs to a script written without spaces
// between words, or is CJK punctuation.
func spaceless(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	if fonts.IsCJK(r) {
		return true
	}
	switch language.LookupScript(r) {
	case language.Thai, language.Lao, language.Khmer, language.Myanmar, language.Tibetan:
		return true
	}
	return false
}
