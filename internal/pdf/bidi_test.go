package pdf

import (
	"testing"

	"publish/internal/fonts"
	"publish/internal/shape"
)

// testDrawer is a drawer with texts and nothing to draw on: enough to
// place lines.
func testDrawer(t *testing.T) *drawer {
	t.Helper()
	c, errs := fonts.Default().Chooser("en", fonts.Named{}, "")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s := shape.New(c, "en")
	s.OnMissing = func(m shape.Missing) { t.Skipf("no face for %U on this machine", m.Rune) }
	return &drawer{t: newTexts(s)}
}

// frags sets words as typeset would: one space's width apart.
func (d *drawer) testFrags(words []string, size float64) []frag {
	var out []frag
	x := 0.0
	for _, w := range words {
		wd := d.t.width(w, serif, size)
		out = append(out, frag{text: w, st: serif, x: x, w: wd})
		x += wd + d.t.width(" ", serif, size)
	}
	return out
}

// TestHebrewNameInEnglish: the words of a Hebrew name in an English
// sentence read right to left, and the sentence around them left to right.
func TestHebrewNameInEnglish(t *testing.T) {
	d := testDrawer(t)
	words := []string{"The", "minister", "דוד", "בן-גוריון", "said."}
	fr := d.testFrags(words, 10)
	cells := d.place(fr, 10, 0, 300, shape.BaseOf("The minister"))
	at := map[string]float64{}
	for _, c := range cells {
		if c.run != nil {
			at[c.text] = c.x
		}
	}
	if !(at["The"] < at["minister"] && at["minister"] < at["בן-גוריון"] && at["בן-גוריון"] < at["דוד"] && at["דוד"] < at["said."]) {
		t.Errorf("visual order: %v", at)
	}
	if at["The"] != 0 {
		t.Errorf("a left-to-right line starts at %g", at["The"])
	}
}

// TestRightToLeftLine: a Hebrew line is flush right in its box, its first
// word rightmost, and a number inside it keeps its digits in order.
func TestRightToLeftLine(t *testing.T) {
	d := testDrawer(t)
	words := []string{"כל", "בני", "האדם", "2022"}
	fr := d.testFrags(words, 10)
	for i := range fr {
		fr[i].x += 20 // the box starts at 20
	}
	cells := d.place(fr, 10, 20, 300, shape.RTL)
	at := map[string]float64{}
	right := 0.0
	for _, c := range cells {
		if c.run != nil {
			at[c.text] = c.x
			right = max(right, c.x+c.w)
		}
	}
	if right < 319.9 || right > 320.1 {
		t.Errorf("right-to-left line ends at %g, want the box's right edge 320", right)
	}
	if !(at["כל"] > at["בני"] && at["בני"] > at["האדם"] && at["האדם"] > at["2022"]) {
		t.Errorf("visual order: %v", at)
	}
	for _, c := range cells {
		if c.text == "2022" && c.run != nil && c.run.RTL() {
			t.Error("digits shaped right to left")
		}
	}
}

// TestSpanDirection: a span with dir=rtl is an isolate (UAX #9): the
// exclamation mark that ends the Hebrew in it belongs to the span's
// right-to-left run, drawn at its left end, not to the English sentence
// around it; without the span the mark takes the sentence's direction.
func TestSpanDirection(t *testing.T) {
	d := testDrawer(t)
	for _, tc := range []struct {
		dir  shape.Direction
		want int8
	}{{shape.RTL, 1}, {shape.Auto, 0}} {
		fr := d.testFrags([]string{"He", "wrote", "שלום", "עולם!", "twice."}, 10)
		fr[2].dir, fr[3].dir = tc.dir, tc.dir
		cells := d.place(fr, 10, 0, 300, shape.LTR)
		found := false
		for _, c := range cells {
			if c.run != nil && c.text[c.run.Start:c.run.End] == "!" || c.run != nil && c.text == "עולם!" && c.run.End-c.run.Start == len("עולם!") {
				found = true
				if c.level != tc.want {
					t.Errorf("span direction %v: the mark at level %d, want %d", tc.dir, c.level, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("span direction %v: no run holds the mark", tc.dir)
		}
	}
}
