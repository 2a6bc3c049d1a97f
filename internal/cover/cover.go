// Package cover draws the cover that an edition carries when the
// manuscript supplies none: the headline, publisher and date set in the
// embedded Noto fonts on a 1600×2560 PNG. The same metadata always gives
// the same bytes.
//
// The design is monochrome: the cover is drawn in an 8-bit gray image and
// encoded as a PNG whose palette is the 256 grays. A paletted PNG is
// written unfiltered, and the flat paper deflates to almost nothing, so it
// encodes in a quarter of the time of a gray JPEG, at half the size, with
// sharp type. A generated cover is built in every build without a
// supplied one, so its cost is most of the cost of the sample's EPUB.
package cover

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"publish/assets"
	"publish/internal/document"
)

// Size of the generated cover, the portrait ratio (1:1.6) that e-book
// stores ask for.
const (
	Width  = 1600
	Height = 2560
)

// MediaType and Ext are those of a generated cover.
const (
	MediaType = "image/png"
	Ext       = ".png"
)

// Gray levels of the design.
const (
	paper  = 0xf3
	ink    = 0x1a
	accent = 0x3a // publisher, bars
	muted  = 0x50 // subtitle
)

const margin = 140

// Generate returns the PNG of a cover for m.
func Generate(m *document.Meta) ([]byte, error) {
	img := image.NewGray(image.Rect(0, 0, Width, Height))
	fill(img, img.Bounds(), paper)
	fill(img, image.Rect(0, 0, Width, 36), accent)
	fill(img, image.Rect(0, Height-36, Width, Height), accent)

	c := &canvas{img: img}
	y := 300
	if p := strings.TrimSpace(m.Publisher); p != "" {
		face, err := c.face("NotoSans", "B", 64)
		if err != nil {
			return nil, err
		}
		y = c.lines(wrap(face, strings.ToUpper(p), Width-2*margin), face, accent, y, 80)
		y += 20
	}
	fill(img, image.Rect(margin, y, Width-margin, y+8), ink)
	y += 130

	// The headline: the largest size at which it fits its box.
	headBottom := Height - 520
	title := strings.TrimSpace(m.Title)
	if title == "" {
		title = "Untitled"
	}
	var head font.Face
	var headLines []string
	size := 150.0
	for ; size >= 48; size -= 6 {
		f, err := c.face("NotoSerif", "B", size)
		if err != nil {
			return nil, err
		}
		ls := wrap(f, title, Width-2*margin)
		if y+int(float64(len(ls))*size*1.18) <= headBottom-subtitleRoom(m) {
			head, headLines = f, ls
			break
		}
	}
	if head == nil { // too long even at the smallest size: cut it
		f, err := c.face("NotoSerif", "B", 48)
		if err != nil {
			return nil, err
		}
		head, size = f, 48
		headLines = wrap(f, title, Width-2*margin)
		max := max(1, (headBottom-subtitleRoom(m)-y)/56)
		if len(headLines) > max {
			headLines = append(headLines[:max-1], headLines[max-1]+" …")
		}
	}
	y = c.lines(headLines, head, ink, y+int(size), int(size*1.18))

	if s := strings.TrimSpace(m.Subtitle); s != "" {
		face, err := c.face("NotoSerif", "I", 64)
		if err != nil {
			return nil, err
		}
		c.lines(wrap(face, s, Width-2*margin), face, muted, y+40, 82)
	}

	// Foot: the date, and the source when the text comes from one.
	var foot []string
	if d := document.FormatDate(m.Date); d != "" {
		foot = append(foot, d)
	}
	if s := m.Source; s != nil && s.Name != "" && s.Name != m.Publisher {
		foot = append(foot, "From "+s.Name)
	}
	fy := Height - 300
	fill(img, image.Rect(margin, fy-110, margin+240, fy-102), accent)
	face, err := c.face("NotoSans", "", 60)
	if err != nil {
		return nil, err
	}
	for _, line := range foot {
		c.lines(wrap(face, line, Width-2*margin), face, ink, fy, 76)
		fy += 80
	}

	var buf bytes.Buffer
	buf.Grow(192 << 10)
	p := &image.Paletted{Pix: img.Pix, Stride: img.Stride, Rect: img.Rect, Palette: grays}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, p); err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	return buf.Bytes(), nil
}

// grays is the palette whose index i is the gray level i, so that a gray
// image's pixels are a paletted image's indexes as they stand.
var grays = func() color.Palette {
	p := make(color.Palette, 256)
	for i := range p {
		p[i] = color.Gray{Y: uint8(i)}
	}
	return p
}()

// Alt is the text alternative of the generated cover: what it says.
func Alt(m *document.Meta) string {
	parts := []string{"Cover: " + strings.TrimSpace(m.Title)}
	if m.Subtitle != "" {
		parts = append(parts, m.Subtitle)
	}
	if m.Publisher != "" {
		parts = append(parts, m.Publisher)
	}
	if d := document.FormatDate(m.Date); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, ". ")
}

func subtitleRoom(m *document.Meta) int {
	if m.Subtitle == "" {
		return 0
	}
	return 260
}

// fill paints r in the gray level v.
func fill(img *image.Gray, r image.Rectangle, v uint8) {
	r = r.Intersect(img.Rect)
	if r.Empty() {
		return
	}
	row := img.Pix[img.PixOffset(r.Min.X, r.Min.Y):][:r.Dx()]
	for i := range row {
		row[i] = v
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		copy(img.Pix[img.PixOffset(r.Min.X, y):][:r.Dx()], row)
	}
}

type canvas struct {
	img   *image.Gray
	fonts map[string]*opentype.Font
}

func (c *canvas) face(family, style string, size float64) (font.Face, error) {
	key := family + style
	if c.fonts == nil {
		c.fonts = map[string]*opentype.Font{}
	}
	f, ok := c.fonts[key]
	if !ok {
		a, found := assets.FindFont(family, style)
		if !found {
			return nil, fmt.Errorf("cover: no embedded font %s %s", family, style)
		}
		var err error
		if f, err = opentype.Parse(assets.FontBytes(a)); err != nil {
			return nil, fmt.Errorf("cover: font %s: %w", a.File, err)
		}
		c.fonts[key] = f
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

// lines draws each line with its baseline at y, then every step pixels,
// and returns the baseline after the last line.
func (c *canvas) lines(ls []string, face font.Face, v uint8, y, step int) int {
	for _, l := range ls {
		c.text(l, face, v, fixed.P(margin, y))
		y += step
	}
	return y
}

// text draws s from dot in the gray level v, as font.Drawer.DrawString
// does, but blends each glyph's coverage mask straight into the gray
// pixels: image/draw has no fast path for a gray destination.
func (c *canvas) text(s string, face font.Face, v uint8, dot fixed.Point26_6) {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += face.Kern(prev, r)
		}
		dr, mask, mp, advance, ok := face.Glyph(dot, r)
		if !ok {
			continue
		}
		c.blend(dr, mask, mp, v)
		dot.X += advance
		prev = r
	}
}

// blend paints v over the rectangle dr of the image through the mask.
func (c *canvas) blend(dr image.Rectangle, mask image.Image, mp image.Point, v uint8) {
	clip := dr.Intersect(c.img.Rect)
	mp = mp.Add(clip.Min.Sub(dr.Min))
	a, isAlpha := mask.(*image.Alpha)
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		row := c.img.Pix[c.img.PixOffset(clip.Min.X, y):][:clip.Dx()]
		my := mp.Y + y - clip.Min.Y
		for i := range row {
			var m uint32
			if isAlpha {
				m = uint32(a.Pix[a.PixOffset(mp.X+i, my)])
			} else {
				_, _, _, m16 := mask.At(mp.X+i, my).RGBA()
				m = m16 >> 8
			}
			if m == 0 {
				continue
			}
			d := uint32(row[i])
			row[i] = uint8((d*(255-m) + uint32(v)*m + 127) / 255)
		}
	}
}

// wrap breaks s into lines no wider than width, greedily at spaces; a word
// wider than the line stands alone.
func wrap(face font.Face, s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && font.MeasureString(face, try).Ceil() > width {
			out = append(out, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}
