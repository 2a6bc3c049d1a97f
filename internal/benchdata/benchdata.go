// Package benchdata makes benchmark inputs of any length: a manuscript
// (pandoc Markdown with front matter, a cover, chapters, sections, emphasis,
// links, quotes, lists and figures with small generated JPEG and PNG
// images) and a
// raw article as copied from a news page. The same options give the same
// bytes, so benchmarks compare like with like and nothing large is
// committed.
package benchdata

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options say what to generate. The zero value of a field means its default.
type Options struct {
	Words       int    // words of body text, at least; default 1000
	Seed        uint64 // default 1
	FigureEvery int    // words between figures; default 2500; < 0 means no figures
	NoCover     bool   // leave cover-image out, so that builds generate a cover
	// Quotes makes every third paragraph of a raw article a quotation, and
	// every eighth quotation repeated as a pull quote on a line of its
	// own: what the importer's pull-quote rule searches.
	Quotes bool
}

func (o Options) withDefaults() Options {
	if o.Words <= 0 {
		o.Words = 1000
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.FigureEvery == 0 {
		o.FigureEvery = 2500
	}
	return o
}

// Book is a generated manuscript.
type Book struct {
	Markdown []byte            // manuscript.md
	Images   map[string][]byte // path inside the manuscript directory -> file
	Words    int               // words written, headings and captions included
}

// Manuscript generates a book's manuscript.md and its images.
func Manuscript(opt Options) *Book {
	opt = opt.withDefaults()
	g := newGen(opt)
	var b bytes.Buffer
	fmt.Fprintf(&b, `---
title: "Harbour Archive %d: a generated book of %d words"
author: [Ana Ortega, Tomás Vidal]
date: "2024-03-01"
lang: en
publisher: Benchmark Press
rights: "Generated text for benchmarks; free to use."
description: "A deterministic book made by internal/benchdata (seed %d) to measure build speed."
subject: [Benchmarks, Fiction]
`, opt.Seed, opt.Words, opt.Seed)
	book := &Book{Images: map[string][]byte{}}
	if !opt.NoCover {
		// pandoc reads the same key, so both tools embed the same cover.
		book.Images["images/cover.jpg"] = g.draw(600, 960, true)
		b.WriteString("cover-image: images/cover.jpg\n")
	}
	b.WriteString("---\n\n")
	nextFig := opt.FigureEvery
	for chapter := 1; g.words < opt.Words; chapter++ {
		fmt.Fprintf(&b, "# Chapter %d: %s\n\n", chapter, g.title())
		for section := 0; section < 6 && g.words < opt.Words; section++ {
			if section > 0 {
				fmt.Fprintf(&b, "## %s\n\n", g.title())
			}
			for p := 0; p < 8 && g.words < opt.Words; p++ {
				switch k := g.r.IntN(40); {
				case k == 0:
					b.WriteString("> " + g.paragraph(2, 4, true) + "\n\n")
				case k == 1:
					for i, n := 0, 3+g.r.IntN(3); i < n; i++ {
						b.WriteString("- " + g.sentence(true) + "\n")
					}
					b.WriteString("\n")
				default:
					b.WriteString(g.paragraph(3, 8, true) + "\n\n")
				}
				if opt.FigureEvery > 0 && g.words >= nextFig {
					nextFig += opt.FigureEvery
					name, data := g.image(len(book.Images) + 1)
					book.Images[name] = data
					caption := g.sentence(false)
					fmt.Fprintf(&b, "![%s](%s){alt=%q credit=%q}\n\n", caption, name, "A generated pattern: "+strings.TrimSuffix(caption, "."), g.credit())
				}
			}
		}
	}
	book.Markdown, book.Words = b.Bytes(), g.words
	return book
}

// Article generates a raw article as copied out of a news page, the input
// of the importer: a headline, a byline, paragraphs one to a line, short
// subheadings, and photo credits with captions.
func Article(opt Options) []byte {
	opt = opt.withDefaults()
	g := newGen(opt)
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n\n- Ana Ortega\n- BBC News World\n\n", strings.TrimSuffix(g.sentence(false), "."))
	nextFig, quotes := opt.FigureEvery, 0
	for i := 0; g.words < opt.Words; i++ {
		if i > 0 && i%8 == 0 {
			b.WriteString(g.title() + "\n")
		}
		if opt.Quotes && i%3 == 2 {
			q := strings.TrimSuffix(g.sentence(false), ".")
			fmt.Fprintf(&b, "“%s,” said Ana Ortega. %s\n", q, g.paragraph(1, 3, false))
			if quotes++; quotes%8 == 0 {
				fmt.Fprintf(&b, "“%s”\n", q)
			}
			continue
		}
		b.WriteString(g.paragraph(2, 6, false) + "\n")
		if opt.FigureEvery > 0 && g.words >= nextFig {
			nextFig += opt.FigureEvery
			fmt.Fprintf(&b, "image source, %s\n%s\n", g.credit(), strings.TrimSuffix(g.sentence(false), "."))
		}
	}
	return b.Bytes()
}

// Write writes the manuscript of opt into dir (manuscript.md and images/),
// creating dir, and returns the book it wrote.
func Write(dir string, opt Options) (*Book, error) {
	book := Manuscript(opt)
	if err := os.MkdirAll(filepath.Join(dir, "images"), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "manuscript.md"), book.Markdown, 0o644); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(book.Images))
	for n := range book.Images {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(n)), book.Images[n], 0o644); err != nil {
			return nil, err
		}
	}
	return book, nil
}

// version changes whenever the generator's output does, so that Cached
// never returns a book made by an older generator.
const version = 2

// Cached returns a directory holding the manuscript of opt, writing it
// under the system's temporary directory the first time, so that
// benchmarks and the bench script do not regenerate a large book each run.
func Cached(opt Options) (string, error) {
	opt = opt.withDefaults()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("publish-benchdata-v%d-w%d-s%d-f%d-c%t", version, opt.Words, opt.Seed, opt.FigureEvery, !opt.NoCover))
	if _, err := os.Stat(filepath.Join(dir, "manuscript.md")); err == nil {
		return dir, nil
	}
	tmp, err := os.MkdirTemp(os.TempDir(), ".publish-benchdata-*")
	if err != nil {
		return "", err
	}
	if _, err := Write(tmp, opt); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp) // another process made it first
		if _, err := os.Stat(filepath.Join(dir, "manuscript.md")); err != nil {
			return "", err
		}
	}
	return dir, nil
}

type gen struct {
	r     *rand.Rand
	words int
}

func newGen(opt Options) *gen {
	return &gen{r: rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))}
}

// word picks a word, common ones more often (a rough Zipf law), so that
// line breaking and hyphenation see realistic word lengths.
func (g *gen) word() string {
	i := int(float64(len(vocabulary)) * g.r.Float64() * g.r.Float64())
	return vocabulary[i]
}

func (g *gen) sentence(markup bool) string {
	n := 6 + g.r.IntN(18)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	if n > 10 && g.r.IntN(3) == 0 {
		ws[n/2] += ","
	}
	if markup {
		switch i := 1 + g.r.IntN(n-2); g.r.IntN(12) {
		case 0:
			ws[i] = "*" + ws[i] + "*"
		case 1:
			ws[i] = "**" + ws[i] + "**"
		case 2:
			ws[i] = "[" + ws[i] + "](https://example.org/archive/" + ws[i] + ")"
		case 3:
			ws[i] = "“" + ws[i] + "”"
		}
	}
	g.words += n
	return strings.Join(ws, " ") + "."
}

func (g *gen) paragraph(min, max int, markup bool) string {
	n := min + g.r.IntN(max-min+1)
	ss := make([]string, n)
	for i := range ss {
		ss[i] = g.sentence(markup)
	}
	return strings.Join(ss, " ")
}

func (g *gen) title() string {
	n := 2 + g.r.IntN(4)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	g.words += n
	return strings.Join(ws, " ")
}

func (g *gen) credit() string {
	return credits[g.r.IntN(len(credits))]
}

// image draws figure n: odd ones are JPEG, even ones PNG, a few KB each.
func (g *gen) image(n int) (string, []byte) {
	if n%2 == 1 {
		return fmt.Sprintf("images/figure-%03d.jpg", n), g.draw(240, 160, true)
	}
	return fmt.Sprintf("images/figure-%03d.png", n), g.draw(240, 160, false)
}

// draw makes a w×h picture of stripes on a gradient, as JPEG or PNG.
func (g *gen) draw(w, h int, asJPEG bool) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	c0 := color.RGBA{uint8(g.r.IntN(256)), uint8(g.r.IntN(256)), uint8(g.r.IntN(256)), 255}
	stripe := 8 + g.r.IntN(24)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := c0
			c.R += uint8(x * 255 / w)
			c.G += uint8(y * 255 / h)
			if (x+y)/stripe%2 == 0 {
				c.B += 96
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if asJPEG {
		jpeg.Encode(&b, img, &jpeg.Options{Quality: 70}) // writing to memory cannot fail
	} else {
		png.Encode(&b, img)
	}
	return b.Bytes()
}

var credits = []string{"Ecuador Police", "GALO PAGUAY / Getty", "Reuters / Tomás Vidal", "Archive of the Harbour Museum", "AFP"}

// vocabulary is ordered roughly from common to rare.
var vocabulary = strings.Fields(`
the of and to in a is that for it as was with be by on not he this are or
his from at which but have an they you were her she there been one all we
their has would when who will more no if out so said what up its about into
than them can only other new some could time these two may then do first any
my now such like our over man me even most made after also did many before
must through back years where much your way well down should because each
just those people how too little state good very make world still own see men
work long get here between both life being under never day same another know
while last might us great old year off come since against go came right used
take three states himself few house use during without again place american
around however home small found thought went say part once general high upon
school every does got united left number course war until always away something
fact though water less public put think almost hand enough far took head yet
government system better set told nothing night end why called didn't eyes find
going look asked later knew point next program city business give group toward
young days let room president side social given present several order national
possible rather second face per among form important often things looking early
harbour fishermen market morning custom storm engines church bell coffee
remember supermarket lorries council archive newspaper correspondent photograph
investigation prosecutor prison authorities violence confrontation inmates
international organisation responsibility neighbourhood extraordinary
characteristically incomprehensible telecommunications interdisciplinary
reconstruction photojournalist documentation accountability transparency
administration municipality infrastructure parliamentary constitutional
`)
