package pdf

import (
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"publish/assets"
	"publish/internal/document"
	"publish/internal/typeset"
)

// face is one embedded font face.
type face int

const (
	serif face = iota
	serifItalic
	serifBold
	serifBoldItalic
	sans
	sansBold
	numFaces
)

var faceFonts = [numFaces]struct{ family, style string }{
	{"NotoSerif", ""}, {"NotoSerif", "I"}, {"NotoSerif", "B"}, {"NotoSerif", "BI"},
	{"NotoSans", ""}, {"NotoSans", "B"},
}

// Style bits of a typeset.Style: the face's traits, and above them the
// 1-based index of the link the text belongs to.
const (
	stItalic typeset.Style = 1 << iota
	stBold
	stCode
	stLinkShift = 3
)

// styleFace maps style bits to a face; code is set in the sans face, as no
// monospaced face is embedded, and the sans has no italic.
func styleFace(st typeset.Style) face {
	switch {
	case st&stCode != 0 && st&stBold != 0:
		return sansBold
	case st&stCode != 0:
		return sans
	case st&stBold != 0 && st&stItalic != 0:
		return serifBoldItalic
	case st&stBold != 0:
		return serifBold
	case st&stItalic != 0:
		return serifItalic
	}
	return serif
}

// fonts loads each face into the edition's fpdf the first time it is
// drawn with, so that a document parses and embeds only the faces it uses,
// and measures text with the widths the viewer draws with, read from the
// font files (advances) and not through fpdf.
type fonts struct {
	pdf    *fpdf.Fpdf
	loaded [numFaces]bool
	widths [numFaces]*advances
}

func newFonts(pdf *fpdf.Fpdf) *fonts { return &fonts{pdf: pdf} }

// baseFaces are the faces every document uses: the body, the title, the
// folios and running heads.
var baseFaces = []face{serif, serifItalic, serifBold}

// fontFile is the embedded TrueType file of face f.
func fontFile(f face) []byte {
	ff := faceFonts[f]
	a, ok := assets.FindFont(ff.family, ff.style)
	if !ok {
		panic("pdf: no embedded face " + ff.family + " " + ff.style) // a build defect
	}
	return assets.FontBytes(a)
}

// load adds face f to the fpdf if it is not there yet.
func (fs *fonts) load(f face) {
	if !fs.loaded[f] {
		fs.pdf.AddUTF8FontFromBytes(faceFonts[f].family, faceFonts[f].style, fontFile(f))
		fs.loaded[f] = true
	}
}

// width is fpdf's GetStringWidth of s in face f at size. It does not touch
// the fpdf, which may be loading faces meanwhile.
func (fs *fonts) width(s string, f face, size float64) float64 {
	ad := fs.widths[f]
	if ad == nil {
		var err error
		if ad, err = newAdvances(f); err != nil {
			panic("pdf: embedded face: " + err.Error()) // a build defect
		}
		fs.widths[f] = ad
	}
	w := 0
	for _, r := range s {
		w += ad.rune(r)
	}
	return float64(w) * size / 1000
}

// units is the advance of s in face f, in thousandths of the size.
func (fs *fonts) units(s string, f face) int {
	return int(math.Round(fs.width(s, f, 1000)))
}

// measurer measures typeset runs at one size with the widths the viewer
// draws with. base styles all the text (stBold for bold).
type measurer struct {
	fs   *fonts
	size float64
	base typeset.Style
}

func (m measurer) Width(s string, st typeset.Style) float64 {
	return m.fs.width(s, m.faceOf(st), m.size)
}

func (m measurer) faceOf(st typeset.Style) face {
	return styleFace((st | m.base) &^ (^typeset.Style(0) << stLinkShift))
}

// linkOf is the 1-based link index of a style, 0 for none.
func linkOf(st typeset.Style) int { return int(st >> stLinkShift) }

// runs turns inlines into typeset runs; links are numbered into *links and
// each segment ends at a hard line break.
func runs(ins []document.Inline, links *[]string) [][]typeset.Run {
	segs := [][]typeset.Run{nil}
	var walk func(ins []document.Inline, st typeset.Style)
	add := func(text string, st typeset.Style) {
		text = strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
		if text != "" {
			segs[len(segs)-1] = append(segs[len(segs)-1], typeset.Run{Text: text, Style: st})
		}
	}
	walk = func(ins []document.Inline, st typeset.Style) {
		for _, in := range ins {
			switch n := in.(type) {
			case *document.Str:
				add(n.Text, st)
			case *document.Code:
				add(n.Text, st|stCode)
			case *document.Emph:
				walk(n.Children, st^stItalic) // emphasis inside italics is upright
			case *document.Strong:
				walk(n.Children, st|stBold)
			case *document.Link:
				*links = append(*links, n.URL)
				walk(n.Children, st&^(^typeset.Style(0)<<stLinkShift)|typeset.Style(len(*links))<<stLinkShift)
			case *document.LineBreak:
				segs = append(segs, nil)
			}
		}
	}
	walk(ins, 0)
	return segs
}

// plainRuns is text in one style.
func plainRuns(s string, st typeset.Style) [][]typeset.Run {
	return [][]typeset.Run{{{Text: s, Style: st}}}
}
