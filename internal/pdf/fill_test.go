package pdf_test

import (
	"bytes"
	"fmt"
	stdimage "image"
	"image/color"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"publish/internal/build"
	"publish/internal/pdf"
)

// plasma is a photograph-like picture w×h: colour fields at four scales
// of smooth noise, as ImageMagick's plasma: does, from seed.
func plasma(w, h int, seed uint64) stdimage.Image {
	rng := rand.New(rand.NewPCG(seed, 7))
	type grid struct {
		n   int
		val [][3]float64
	}
	var grids []grid
	for _, n := range []int{3, 7, 17, 41} {
		g := grid{n: n, val: make([][3]float64, (n+1)*(n+1))}
		for i := range g.val {
			g.val[i] = [3]float64{rng.Float64(), rng.Float64(), rng.Float64()}
		}
		grids = append(grids, g)
	}
	img := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var c [3]float64
			amp := 1.0
			for _, g := range grids {
				fx, fy := float64(x)/float64(w)*float64(g.n), float64(y)/float64(h)*float64(g.n)
				x0, y0 := int(fx), int(fy)
				tx, ty := fx-float64(x0), fy-float64(y0)
				at := func(i, j int) [3]float64 { return g.val[min(j, g.n)*(g.n+1)+min(i, g.n)] }
				a, b, cc, d := at(x0, y0), at(x0+1, y0), at(x0, y0+1), at(x0+1, y0+1)
				for k := range 3 {
					top := a[k]*(1-tx) + b[k]*tx
					bot := cc[k]*(1-tx) + d[k]*tx
					c[k] += amp * (top*(1-ty) + bot*ty)
				}
				amp /= 2.2
			}
			img.Set(x, y, color.RGBA{uint8(math.Min(255, c[0]*150)), uint8(math.Min(255, c[1]*150)), uint8(math.Min(255, c[2]*150)), 255})
		}
	}
	return img
}

// photoStory loads testdata/photostory, an article of 1,800 words with
// four portrait (1200×1800) and four landscape (1800×1200) photographs,
// their sides divided by div (the layout depends only on their shape).
func photoStory(t *testing.T, div int) *build.Manuscript {
	t.Helper()
	dir := t.TempDir()
	md, err := os.ReadFile("testdata/photostory/manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), md, 0o644))
	must(t, os.MkdirAll(filepath.Join(dir, "images"), 0o755))
	for _, m := range regexp.MustCompile(`images/([pl])(\d)\.jpg`).FindAllStringSubmatch(string(md), -1) {
		w, h := 1200/div, 1800/div
		if m[1] == "l" {
			w, h = h, w
		}
		var b bytes.Buffer
		must(t, jpeg.Encode(&b, plasma(w, h, uint64(m[2][0])+uint64(m[1][0])), &jpeg.Options{Quality: 85}))
		must(t, os.WriteFile(filepath.Join(dir, m[0]), b.Bytes(), 0o644))
	}
	m, err := build.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// underfull lists the pages that stop short of the foot of the text
// block by more than a line, except those that end a chapter or the
// document, or whose text ends before figures that close a chapter.
func underfull(pages []pdf.PageFill) []pdf.PageFill {
	var out []pdf.PageFill
	for i, p := range pages {
		if p.Last || p.Gap <= p.Leading {
			continue
		}
		closing := false // only pages of figures follow before the chapter ends
		for _, q := range pages[i+1:] {
			if q.Text || q.Opener {
				closing = q.Opener
				break
			}
			closing = true
		}
		if !closing {
			out = append(out, p)
		}
	}
	return out
}

// TestPageFill is issue 17's page-fill check: on an article with
// portrait and landscape photographs, no page stops short of the text
// block at a4, a5 and 6x9; figures keep their order and never drift more
// than one page from where they fall in the text.
func TestPageFill(t *testing.T) {
	m := photoStory(t, 1)
	for _, size := range []string{"a4", "a5", "6x9"} {
		t.Run(size, func(t *testing.T) {
			pages, err := pdf.Pages(m.Doc, &pdf.Options{PageSize: size})
			if err != nil {
				t.Fatal(err)
			}
			seq := 0
			for _, p := range pages {
				var figs []string
				for _, f := range p.Figures {
					figs = append(figs, fmt.Sprintf("%d(from p%d, %.0f%%)", f.Seq, f.Anchor, 100*f.Scale))
					if f.Seq != seq+1 {
						t.Errorf("page %d: figure %d after figure %d", p.N, f.Seq, seq)
					}
					seq = f.Seq
					if d := p.N - f.Anchor; d < 0 || d > 1 {
						t.Errorf("page %d: figure %d drifted %d pages from page %d", p.N, f.Seq, d, f.Anchor)
					}
				}
				t.Logf("page %2d: gap %5.1f pt (%.1f lines) last=%v figures %v", p.N, p.Gap, p.Gap/p.Leading, p.Last, figs)
			}
			if seq != 8 {
				t.Errorf("%d figures set, want 8", seq)
			}
			for _, p := range underfull(pages) {
				t.Errorf("page %d of %d stops %.0f pt (%.1f lines) short of the text block", p.N, len(pages), p.Gap, p.Gap/p.Leading)
			}
		})
	}
}
