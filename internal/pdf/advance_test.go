package pdf

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// The widths read from the font files are fpdf's, for every rune of the
// Basic Multilingual Plane in every face: the text is measured with them
// and drawn with fpdf's.
func TestAdvancesAreFpdfs(t *testing.T) {
	for f := face(0); f < numFaces; f++ {
		ff := faceFonts[f]
		pdf := fpdf.New("P", "pt", "A4", "")
		pdf.AddUTF8FontFromBytes(ff.family, ff.style, fontFile(f))
		pdf.SetFont(ff.family, ff.style, 10)
		if err := pdf.Error(); err != nil {
			t.Fatal(err)
		}
		ad, err := newAdvances(f)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for r := rune(1); r < 0xffff; r++ {
			if r >= 0xd800 && r < 0xe000 {
				continue // surrogates never come out of a Go string
			}
			if want, got := pdf.GetStringSymbolWidth(string(r)), ad.rune(r); got != want {
				if bad++; bad <= 5 {
					t.Errorf("%s %s: U+%04X is %d wide, fpdf says %d", ff.family, ff.style, r, got, want)
				}
			}
		}
		if bad > 5 {
			t.Errorf("%s %s: %d runes differ in all", ff.family, ff.style, bad)
		}
	}
}
