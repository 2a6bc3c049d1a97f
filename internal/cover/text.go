package cover

import (
	"image"
	"math"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"publish/internal/fonts"
	"publish/internal/shape"
)

// setter sets the cover's text as the PDF does: shaped (internal/shape)
// in the faces fonts.Chooser picks, with the same fallback for other
// scripts, in the direction of the text; each glyph's outline is filled
// with x/image's rasteriser.
type setter struct {
	cv     *canvas
	sh     *shape.Shaper
	buf    sfnt.Buffer
	ems    map[emKey]float64
	ras    vector.Rasterizer
	glyphs map[glyphKey]mask
}

// A glyph's coverage is drawn once for each position within a pixel, a
// quarter of a pixel apart, and kept: a headline repeats its letters.
const phases = 4

type glyphKey struct {
	f      *fonts.Face
	id     uint16
	size   float64
	dx, dy uint8 // the origin's position within its pixel, in phases
}

// mask is a glyph's coverage over r, relative to the origin's pixel.
type mask struct {
	r   image.Rectangle
	pix []uint8
}

type emKey struct {
	s  string
	st fonts.Style
}

func newSetter(cv *canvas, lang string) *setter {
	c, _ := fonts.Default().Chooser(lang, fonts.Named{}, "") // no named faces: no errors
	return &setter{cv: cv, sh: shape.New(c, lang), ems: map[emKey]float64{}, glyphs: map[glyphKey]mask{}}
}

// em is the advance of s in thousandths of the em.
func (t *setter) em(s string, st fonts.Style) float64 {
	k := emKey{s, st}
	if w, ok := t.ems[k]; ok {
		return w
	}
	w := t.sh.Width(s, st)
	t.ems[k] = w
	return w
}

// width is the advance of s at size, in pixels.
func (t *setter) width(s string, st fonts.Style, size float64) float64 {
	return t.em(s, st) * size / 1000
}

// wrap breaks s into lines no wider than width pixels at size, greedily,
// at spaces and where UAX #14 lets Chinese, Japanese or Thai break; a
// piece wider than the line stands alone.
func (t *setter) wrap(s string, st fonts.Style, size float64, width int) []string {
	s = strings.Join(strings.Fields(s), " ")
	var brks []int
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' {
			brks = append(brks, i)
		}
	}
	for _, b := range t.sh.Breaks(s, nil) {
		brks = append(brks, b.Off)
	}
	slices.Sort(brks)
	brks = append(slices.Compact(brks), len(s))
	var out []string
	fits := func(a, b int) bool { return t.width(strings.TrimSpace(s[a:b]), st, size) <= float64(width) }
	start, prev := 0, -1 // prev: the furthest break after start that fits
	for _, b := range brks {
		if b <= start {
			continue
		}
		if fits(start, b) {
			prev = b
			continue
		}
		if prev > start {
			out = append(out, strings.TrimSpace(s[start:prev]))
			start, prev = prev, -1
			if fits(start, b) {
				prev = b
				continue
			}
		}
		out = append(out, strings.TrimSpace(s[start:b])) // wider than the line: alone
		start, prev = b, -1
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// lines draws each line with its baseline at y, then every step pixels,
// and returns the baseline after the last line. A right-to-left text is
// set flush right.
func (t *setter) lines(ls []string, st fonts.Style, size float64, v uint8, y, step int) int {
	base := shape.BaseOf(strings.Join(ls, " "))
	for _, l := range ls {
		t.line(l, st, size, base, v, y)
		y += step
	}
	return y
}

// line draws s with its baseline at y: its runs in visual order (UAX #9,
// rule L2), each run's glyphs as shaped.
func (t *setter) line(s string, st fonts.Style, size float64, base shape.Direction, v uint8, y int) {
	runs := slices.Clone(t.sh.Shape(s, st, base))
	hi, lo := int8(0), int8(127)
	total := 0.0
	for _, r := range runs {
		hi = max(hi, r.Level)
		if r.Level%2 == 1 {
			lo = min(lo, r.Level)
		}
		total += r.Advance
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(runs); {
			if runs[i].Level < lvl {
				i++
				continue
			}
			j := i
			for j < len(runs) && runs[j].Level >= lvl {
				j++
			}
			slices.Reverse(runs[i:j])
			i = j
		}
	}
	px := size / 1000
	x := float64(margin)
	if base == shape.RTL {
		x = float64(Width-margin) - total*px
	}
	for _, r := range runs {
		if r.Face == nil {
			x += r.Advance * px
			continue
		}
		for _, g := range r.Glyphs {
			t.glyph(r.Face, g.ID, size, x+g.XOffset*px, float64(y)-g.YOffset*px, v)
			x += g.Advance * px
		}
	}
}

// nArgs is the number of points of each kind of segment.
var nArgs = [...]int{sfnt.SegmentOpMoveTo: 1, sfnt.SegmentOpLineTo: 1, sfnt.SegmentOpQuadTo: 2, sfnt.SegmentOpCubeTo: 3}

// glyph fills the outline of glyph id of f at size, its origin at (x, y)
// to the nearest quarter of a pixel, in the gray level v.
func (t *setter) glyph(f *fonts.Face, id uint16, size, x, y float64, v uint8) {
	if x > Width+size || x < -2*size || y > Height+2*size || y < -2*size {
		return // off the cover: not worth drawing
	}
	x, y = math.Round(x*phases)/phases, math.Round(y*phases)/phases
	ox, oy := math.Floor(x), math.Floor(y)
	k := glyphKey{f, id, size, uint8((x - ox) * phases), uint8((y - oy) * phases)}
	m, ok := t.glyphs[k]
	if !ok {
		m = t.draw(f, id, size, x-ox, y-oy)
		t.glyphs[k] = m
	}
	if len(m.pix) > 0 {
		t.cv.blend(m.r.Add(image.Pt(int(ox), int(oy))), m.pix, v)
	}
}

// draw returns the coverage of glyph id of f at size, its origin at (x,
// y) within the pixel at (0, 0).
func (t *setter) draw(f *fonts.Face, id uint16, size, x, y float64) mask {
	o, err := f.Outlines()
	if err != nil {
		return mask{}
	}
	// At a ppem of the face's units per em, the points are in font units
	// (26.6 fixed point), y growing down.
	segs, err := o.LoadGlyph(&t.buf, sfnt.GlyphIndex(id), fixed.I(f.Upem), nil)
	if err != nil || len(segs) == 0 {
		return mask{}
	}
	scale := size / float64(f.Upem) / 64
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, sg := range segs {
		for _, p := range sg.Args[:nArgs[sg.Op]] {
			px, py := x+float64(p.X)*scale, y+float64(p.Y)*scale
			minX, maxX = min(minX, px), max(maxX, px)
			minY, maxY = min(minY, py), max(maxY, py)
		}
	}
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
	if r.Empty() || r.Dx() > 4*Width || r.Dy() > 4*Height {
		return mask{}
	}
	ox, oy := float32(x-float64(r.Min.X)), float32(y-float64(r.Min.Y))
	sc := float32(scale)
	pt := func(p fixed.Point26_6) (float32, float32) { return ox + float32(p.X)*sc, oy + float32(p.Y)*sc }
	t.ras.Reset(r.Dx(), r.Dy())
	for _, sg := range segs {
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			t.ras.MoveTo(pt(sg.Args[0]))
		case sfnt.SegmentOpLineTo:
			t.ras.LineTo(pt(sg.Args[0]))
		case sfnt.SegmentOpQuadTo:
			ax, ay := pt(sg.Args[0])
			bx, by := pt(sg.Args[1])
			t.ras.QuadTo(ax, ay, bx, by)
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(sg.Args[0])
			bx, by := pt(sg.Args[1])
			cx, cy := pt(sg.Args[2])
			t.ras.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	t.ras.ClosePath()
	a := image.NewAlpha(image.Rect(0, 0, r.Dx(), r.Dy()))
	t.ras.Draw(a, a.Rect, image.Opaque, image.Point{})
	return mask{r, a.Pix}
}
