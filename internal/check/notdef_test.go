package check

import (
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"publish/assets"
)

// TestNotdef: a PDF that draws characters its font lacks (fpdf maps them
// to glyph 0) is reported, page by page; the notdefs reader counts the
// codes of glyph 0 in literal and hex strings of Tj and TJ.
func TestNotdef(t *testing.T) {
	a, _ := assets.FindFont("NotoSerif", "")
	p := fpdf.New("P", "pt", "A4", "")
	p.SetTitle("t", true)
	p.AddUTF8FontFromBytes("serif", "", assets.FontBytes(a))
	p.AddPage()
	p.SetFont("serif", "", 12)
	p.Text(50, 50, "Hello 中文")
	var out bytes.Buffer
	if err := p.Output(&out); err != nil {
		t.Fatal(err)
	}
	rep := PDF(bytes.NewReader(out.Bytes()), "boxes.pdf")
	found := false
	for _, f := range rep.Findings {
		if strings.Contains(f.Msg, "page 1 draws the .notdef glyph 2 time(s)") {
			found = true
		}
	}
	if !found {
		t.Errorf("findings %v, want page 1 drawing .notdef twice", rep.Findings)
	}

	identity := func(string) func(int) int { return func(c int) int { return c } }
	for _, c := range []struct {
		content string
		want    int
	}{
		{"BT /F1 12 Tf (\\000\\001\\000\\000) Tj ET", 1},
		{"BT /F1 12 Tf [<00010000> -20 <0000>] TJ ET", 2},
		{"BT /F1 12 Tf /Span << /ActualText <FEFF0041> >> BDC [<0001>] TJ EMC ET", 0},
		{"BT /F1 12 Tf (a\\)\\(b) Tj ET", 0},
		{"% <0000> Tj\nBT ET", 0},
	} {
		if got := notdefs([]byte(c.content), identity); got != c.want {
			t.Errorf("%q: %d, want %d", c.content, got, c.want)
		}
	}
}

func FuzzNotdefs(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf [<00010000> -20 (\\000\\000)] TJ ET BI /W 1 ID \x00\x01 EI"))
	f.Fuzz(func(t *testing.T, b []byte) {
		notdefs(b, func(string) func(int) int { return func(c int) int { return c } })
	})
}
