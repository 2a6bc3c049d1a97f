package pdf

import (
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// advances reads a face's advance widths from its font file, in
// thousandths of the em and rounded as fpdf rounds them, so that the text
// is measured with the widths the viewer draws with while fpdf is still
// parsing the face on another goroutine (fpdf parses the whole file, and
// measuring through it would wait for that).
type advances struct {
	font    *sfnt.Font
	buf     sfnt.Buffer
	scale   float64 // 1000 / units per em
	missing int     // the width of a rune the face lacks: its .notdef glyph
	cache   map[rune]int
}

func newAdvances(f face) (*advances, error) {
	fnt, err := sfnt.Parse(fontFile(f))
	if err != nil {
		return nil, err
	}
	ad := &advances{font: fnt, scale: 1000 / float64(fnt.UnitsPerEm()), cache: make(map[rune]int, 128)}
	if ad.missing = ad.glyph(0); ad.missing == 0 {
		ad.missing = 500 // as fpdf
	}
	return ad, nil
}

// glyph is the rounded advance of glyph g in thousandths of the em.
func (ad *advances) glyph(g sfnt.GlyphIndex) int {
	upem := fixed.Int26_6(ad.font.UnitsPerEm()) << 6 // at this size, the advance is in font units
	adv, err := ad.font.GlyphAdvance(&ad.buf, g, upem, font.HintingNone)
	if err != nil {
		return 0
	}
	return int(math.Round(ad.scale * float64(adv) / 64))
}

// rune is the width fpdf's GetStringSymbolWidth gives r: the glyph's
// advance, the .notdef advance for a rune the face lacks or beyond the
// Basic Multilingual Plane, which fpdf does not map.
func (ad *advances) rune(r rune) int {
	if w, ok := ad.cache[r]; ok {
		return w
	}
	w := ad.missing
	if r > 0 && r < 0xffff {
		if g, err := ad.font.GlyphIndex(&ad.buf, r); err == nil && g != 0 {
			w = ad.glyph(g)
		}
	}
	ad.cache[r] = w
	return w
}
