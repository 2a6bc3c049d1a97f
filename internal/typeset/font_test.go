package typeset

import (
	"bufio"
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"publish/assets"
)

// The page of the PDF edition: A5 with 16 mm margins, Noto Serif 10 pt.
const (
	fontSize  = 10.0
	measure   = (148 - 2*16) * 72 / 25.4 // 116 mm in points
	emPerSize = 1.362                    // Noto Serif ascender-descender box, per font size, as pdftotext reports it
)

// pdfMeasurer measures with fpdf and embedded Noto Serif, in points.
type pdfMeasurer struct {
	pdf   *fpdf.Fpdf
	cur   Style
	calls int
}

var faceStyles = []string{"", "I", "B"} // Style 0, 1, 2

func newPDFMeasurer(t testing.TB) *pdfMeasurer {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A5", "")
	files := map[string]string{"": "fonts/NotoSerif-Regular.ttf", "I": "fonts/NotoSerif-Italic.ttf", "B": "fonts/NotoSerif-Bold.ttf"}
	for _, st := range faceStyles {
		b, err := fs.ReadFile(assets.FS(), files[st])
		if err != nil {
			t.Fatal(err)
		}
		pdf.AddUTF8FontFromBytes("NotoSerif", st, b)
	}
	pdf.SetFont("NotoSerif", "", fontSize)
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return &pdfMeasurer{pdf: pdf}
}

func (m *pdfMeasurer) Width(s string, st Style) float64 {
	if st != m.cur {
		m.pdf.SetFont("NotoSerif", faceStyles[st], fontSize)
		m.cur = st
	}
	m.calls++
	return m.pdf.GetStringWidth(s)
}

// sampleParagraphs returns the body paragraphs of the sample article (one
// per line; headings, bullets and picture credits left out).
func sampleParagraphs(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if utf8.RuneCountInString(line) >= 60 && !strings.HasPrefix(line, "image source") {
			out = append(out, line)
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// interwordGaps returns the spaces between words on the justified lines
// (all but the last of each paragraph), in points.
func interwordGaps(lines []Line) []float64 {
	var gaps []float64
	for _, l := range lines[:max(len(lines)-1, 0)] {
		for i := 1; i < len(l.Fragments); i++ {
			prev, f := l.Fragments[i-1], l.Fragments[i]
			if g := f.X - (prev.X + prev.W); g > 1e-9 {
				gaps = append(gaps, g)
			}
		}
	}
	return gaps
}

// greedyGaps sets the paragraph by first fit, without hyphenation, and
// justifies it: the floor that fpdf's MultiCell gives.
func greedyGaps(text string, m Measurer) []float64 {
	words := strings.Fields(text)
	space := m.Width(" ", 0)
	var gaps []float64
	var line []string
	natural := 0.0
	flush := func() {
		if len(line) > 1 {
			g := space + (measure-natural)/float64(len(line)-1)
			for range len(line) - 1 {
				gaps = append(gaps, g)
			}
		}
	}
	for _, w := range words {
		ww := m.Width(w, 0)
		if len(line) > 0 && natural+space+ww > measure {
			flush()
			line, natural = nil, 0
		}
		if len(line) > 0 {
			natural += space
		}
		line = append(line, w)
		natural += ww
	}
	return gaps // the last line is not justified: not flushed
}

// percentile returns the p-th percentile (nearest rank) of xs.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	k := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[min(max(k, 0), len(s)-1)]
}

func TestSpacingWithNotoSerif(t *testing.T) {
	m := newPDFMeasurer(t)
	h := mustHyphenator(t, "en")
	em := emPerSize * fontSize
	var kp, gr []float64
	lines, hyphens := 0, 0
	for _, p := range sampleParagraphs(t) {
		ls := Set([]Run{{Text: p}}, m, Options{Width: measure, Justify: true, Hyphenator: h})
		checkLines(t, p, ls, measure, true)
		lines += len(ls)
		for _, l := range ls {
			if l.Hyphenated {
				hyphens++
			}
		}
		for _, g := range interwordGaps(ls) {
			kp = append(kp, g/em)
		}
		for _, g := range greedyGaps(p, m) {
			gr = append(gr, g/em)
		}
	}
	natural := m.Width(" ", 0) / em
	t.Logf("natural space %.3f em; %d lines, %d hyphenated", natural, lines, hyphens)
	t.Logf("Knuth–Plass: %d gaps, p95 %.3f em, max %.3f em", len(kp), percentile(kp, 95), slices.Max(kp))
	t.Logf("greedy:      %d gaps, p95 %.3f em, max %.3f em", len(gr), percentile(gr, 95), slices.Max(gr))
	if p95 := percentile(kp, 95); p95 > 0.41 {
		t.Errorf("p95 of interword gaps %.3f em > 0.41", p95)
	}
	if mx := slices.Max(kp); mx > 0.50 {
		t.Errorf("largest interword gap %.3f em > 0.50", mx)
	}
}

func BenchmarkSet(b *testing.B) {
	paras := sampleParagraphs(b)
	h := mustHyphenator(b, "en")
	m := newPDFMeasurer(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Set([]Run{{Text: p}}, m, Options{Width: measure, Justify: true, Hyphenator: h})
		}
	}
}

func BenchmarkSetSharedCache(b *testing.B) {
	paras := sampleParagraphs(b)
	h := mustHyphenator(b, "en")
	wc := NewWidthCache(newPDFMeasurer(b))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Set([]Run{{Text: p}}, wc, Options{Width: measure, Justify: true, Hyphenator: h})
		}
	}
}
