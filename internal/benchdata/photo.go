package benchdata

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// PhotoOptions say what photo book to generate. The zero value of a field
// means its default: 124 photographs of 2400×1600, 4 of them 6000×4000
// camera originals, 8 figures that show a photograph again, a chapter per
// 8 figures.
type PhotoOptions struct {
	Photos    int    // distinct photographs
	Originals int    // of them, 6000×4000 camera originals; < 0 means none
	Figures   int    // figures; figure i shows photograph i mod Photos; default Photos+8
	Chapters  int    // default one per 8 figures
	Seed      uint64 // default 1
	// Cache, when set, is a directory that keeps every photograph drawn,
	// by size and seed; books link to it (or copy from it) instead of
	// drawing a photograph again. Books of the same seed share photographs.
	Cache string
}

func (o PhotoOptions) withDefaults() PhotoOptions {
	if o.Photos <= 0 {
		o.Photos = 124
	}
	if o.Originals == 0 {
		o.Originals = 4
	}
	o.Originals = min(o.Originals, o.Photos) // below 0: none, kept so that defaults apply once
	if o.Figures <= 0 {
		o.Figures = o.Photos + 8
	}
	if o.Chapters <= 0 {
		o.Chapters = max(1, (o.Figures+7)/8)
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// Photo sizes: a photograph as a newsroom or a photographer delivers it
// for a book, and a camera original (24 megapixels).
const (
	PhotoW, PhotoH       = 2400, 1600
	OriginalW, OriginalH = 6000, 4000
)

// PhotoBook generates a photo book: chapters of a few paragraphs, each with
// its figures, captioned and credited. Photographs are spread evenly among
// the figures, the originals among the photographs. Images are not drawn
// here: Images holds their names with nil data; WritePhotoBook draws them.
func PhotoBook(opt PhotoOptions) *Book {
	opt = opt.withDefaults()
	g := newGen(Options{Seed: opt.Seed})
	var b bytes.Buffer
	fmt.Fprintf(&b, `---
title: "Harbour Lights %d: a generated photo book of %d photographs"
author: [Ana Ortega]
date: "2024-03-01"
lang: en
publisher: Benchmark Press
rights: "Generated text and pictures for benchmarks; free to use."
description: "A deterministic photo book made by internal/benchdata (seed %d) to measure build speed."
---

`, opt.Seed, opt.Photos, opt.Seed)
	book := &Book{Images: map[string][]byte{}}
	names := make([]string, opt.Photos)
	for i := range names {
		names[i] = photoName(i, opt)
		book.Images[names[i]] = nil
	}
	fig := 0
	for c := 0; c < opt.Chapters; c++ {
		fmt.Fprintf(&b, "# %s\n\n%s\n\n", g.title(), g.paragraph(3, 6, true))
		n := (opt.Figures*(c+1))/opt.Chapters - fig // figures in this chapter
		for range n {
			caption := g.sentence(false)
			fmt.Fprintf(&b, "![%s](%s){alt=%q credit=%q}\n\n", caption, names[fig%opt.Photos], "A photograph: "+strings.TrimSuffix(caption, "."), g.credit())
			if g.r.IntN(3) == 0 {
				b.WriteString(g.paragraph(2, 4, true) + "\n\n")
			}
			fig++
		}
	}
	book.Markdown, book.Words = b.Bytes(), g.words
	return book
}

// photoName names photograph i; originals are spread evenly.
func photoName(i int, opt PhotoOptions) string {
	if isOriginal(i, opt) {
		return fmt.Sprintf("images/original-%03d.jpg", i+1)
	}
	return fmt.Sprintf("images/photo-%03d.jpg", i+1)
}

func isOriginal(i int, opt PhotoOptions) bool {
	if opt.Originals <= 0 {
		return false
	}
	step := opt.Photos / opt.Originals
	return i%step == step/2 && i/step < opt.Originals
}

// WritePhotoBook writes the photo book of opt into dir, drawing its
// photographs on every CPU, and returns the book (without image data).
func WritePhotoBook(dir string, opt PhotoOptions) (*Book, error) {
	opt = opt.withDefaults()
	book := PhotoBook(opt)
	if err := os.MkdirAll(filepath.Join(dir, "images"), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "manuscript.md"), book.Markdown, 0o644); err != nil {
		return nil, err
	}
	var next sync.Mutex
	i := 0
	errs := make([]error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for k := range errs {
		wg.Go(func() {
			for {
				next.Lock()
				n := i
				i++
				next.Unlock()
				if n >= opt.Photos || errs[k] != nil {
					return
				}
				w, h := PhotoW, PhotoH
				if isOriginal(n, opt) {
					w, h = OriginalW, OriginalH
				}
				errs[k] = writePhoto(filepath.Join(dir, filepath.FromSlash(photoName(n, opt))), w, h, opt.Seed<<20+uint64(n), opt.Cache)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return book, nil
}

// writePhoto writes photograph seed of w×h to name, through cache when
// there is one.
func writePhoto(name string, w, h int, seed uint64, cache string) error {
	if cache == "" {
		return os.WriteFile(name, Photo(w, h, seed), 0o644)
	}
	kept := filepath.Join(cache, fmt.Sprintf("v%d-%dx%d-%d.jpg", version, w, h, seed))
	if _, err := os.Stat(kept); err != nil {
		if err := os.MkdirAll(cache, 0o755); err != nil {
			return err
		}
		tmp, err := os.CreateTemp(cache, ".photo-*")
		if err != nil {
			return err
		}
		_, err = tmp.Write(Photo(w, h, seed))
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(tmp.Name(), 0o644)
		}
		if err == nil {
			err = os.Rename(tmp.Name(), kept)
		}
		if err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	os.Remove(name)
	if os.Link(kept, name) == nil {
		return nil
	}
	data, err := os.ReadFile(kept)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// Photo draws a w×h JPEG that compresses like a photograph (about 400 KB
// at 2400×1600): a sky with clouds over a textured ground, a few shaded
// subjects, fine grain and a vignette, built from fractal value noise, in
// a palette and composition chosen by seed. The same seed gives the same
// bytes.
func Photo(w, h int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 0x51ab))
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	scale := float64(w) / PhotoW // textures keep their size in the picture
	horizon := float64(h) * (0.25 + 0.45*r.Float64())
	skyY, groundY := 150+90*r.Float64(), 50+90*r.Float64()
	sky := fbm(r, w, h, 420*scale, 4, 0.5)
	ground := fbm(r, w, h, 300*scale, 9, 0.62)
	type subject struct{ x, y, rx, ry, lum float64 }
	var subjects []subject
	for range 1 + r.IntN(5) {
		rx := float64(w) * (0.04 + 0.14*r.Float64())
		subjects = append(subjects, subject{
			x: float64(w) * r.Float64(), y: horizon + (float64(h)-horizon)*r.Float64()*0.8,
			rx: rx, ry: rx * (0.6 + 1.4*r.Float64()), lum: 40 + 180*r.Float64(),
		})
	}
	grain := 5 + 4*r.Float64()
	state := seed | 1
	for y := range h {
		fy := float64(y)
		sr, gr := sky.row(y), ground.row(y)
		for x := range w {
			fx := float64(x)
			var v float64
			if fy < horizon+30*gr[x]*scale {
				v = skyY - 50*fy/horizon + 45*sr[x]
			} else {
				v = groundY + 70*gr[x] + 25*(fy-horizon)/(float64(h)-horizon)
			}
			for _, s := range subjects {
				dx, dy := (fx-s.x)/s.rx, (fy-s.y)/s.ry
				if d := dx*dx + dy*dy; d < 1 {
					v = s.lum*(1-0.5*d) - 30*dx + 35*gr[x]
				}
			}
			state ^= state << 13
			state ^= state >> 7
			state ^= state << 17
			v += grain * (float64(state&0xff)/128 - 1)
			cx, cy := fx/float64(w)-0.5, fy/float64(h)-0.5
			v *= 1 - 0.6*(cx*cx+cy*cy)
			img.Y[y*img.YStride+x] = clamp8(v)
		}
	}
	cbSky, crSky := 128+40*r.Float64(), 128-30*r.Float64()
	cbGround, crGround := 128-30*r.Float64(), 128+30*r.Float64()
	tint := fbm(r, (w+1)/2, (h+1)/2, 200*scale, 4, 0.5)
	for y := range (h + 1) / 2 {
		tr := tint.row(y)
		for x := range (w + 1) / 2 {
			cb, cr := cbGround, crGround
			if float64(2*y) < horizon {
				cb, cr = cbSky, crSky
			}
			img.Cb[y*img.CStride+x] = clamp8(cb + 18*tr[x])
			img.Cr[y*img.CStride+x] = clamp8(cr - 14*tr[x])
		}
	}
	q := 82
	if w >= OriginalW {
		q = 92 // a camera's own JPEG is finer than one exported for a book
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: q}) // writing to memory cannot fail
	return b.Bytes()
}

func clamp8(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, v)))
}

// noise is fractal value noise: octaves of random values on ever finer
// lattices, each interpolated bilinearly, summed with falling amplitude.
type noise struct {
	w       int
	octaves []octave
	out     []float64
}

type octave struct {
	cell float64
	cols int
	v    []float64
	amp  float64
	x0   []int32   // lattice column left of each pixel
	tx   []float64 // and the pixel's weight towards the next
}

func fbm(r *rand.Rand, w, h int, cell float64, n int, falloff float64) *noise {
	nz := &noise{w: w, out: make([]float64, w)}
	amp := 1.0
	for range n {
		c := max(cell, 1.5)
		cols, rows := int(float64(w)/c)+2, int(float64(h)/c)+2
		o := octave{cell: c, cols: cols, v: make([]float64, cols*rows), amp: amp, x0: make([]int32, w), tx: make([]float64, w)}
		for i := range o.v {
			o.v[i] = 2*r.Float64() - 1
		}
		for x := range w {
			f := float64(x) / c
			o.x0[x] = int32(f)
			o.tx[x] = f - math.Floor(f)
		}
		nz.octaves = append(nz.octaves, o)
		cell /= 2
		amp *= falloff
	}
	return nz
}

// row returns the noise of row y, in about -1 to 1; the slice is reused.
func (nz *noise) row(y int) []float64 {
	clear(nz.out)
	for _, o := range nz.octaves {
		f := float64(y) / o.cell
		r0 := int(f) * o.cols
		ty := f - math.Floor(f)
		a, b := o.v[r0:], o.v[r0+o.cols:]
		for x := range nz.out {
			i, t := o.x0[x], o.tx[x]
			top := a[i] + (a[i+1]-a[i])*t
			bot := b[i] + (b[i+1]-b[i])*t
			nz.out[x] += o.amp * (top + (bot-top)*ty)
		}
	}
	return nz.out
}
