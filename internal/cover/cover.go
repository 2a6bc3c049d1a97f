// Package cover draws the cover that an edition carries when the
// manuscript supplies none: the headline, publisher and date set in the
// embedded Noto fonts on a 1600×2560 JPEG. The same metadata always gives
// the same bytes.
package cover

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
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

var (
	paper  = color.RGBA{0xf6, 0xf1, 0xe7, 0xff}
	ink    = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	accent = color.RGBA{0x8c, 0x1c, 0x13, 0xff}
	muted  = color.RGBA{0x4a, 0x4a, 0x4a, 0xff}
)

const margin = 140

// Generate returns the JPEG of a cover for m.
func Generate(m *document.Meta) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	draw.Draw(img, img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
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
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 88}); err != nil {
		return nil, fmt.Errorf("cover: %w", err)
	}
	return buf.Bytes(), nil
}

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

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

type canvas struct {
	img   *image.RGBA
	fonts map[string]*opentype.Font
}

func (c *canvas) face(family, style string, size float64) (font.Face, error) {
	key := family + style
	if c.fonts == nil {
		c.fonts = map[string]*opentype.Font{}
	}
	f, ok := c.fonts[key]
	if !ok {
		for _, a := range assets.Fonts {
			if a.Family == family && a.Style == style {
				var err error
				if f, err = opentype.Parse(assets.FontBytes(a)); err != nil {
					return nil, fmt.Errorf("cover: font %s: %w", a.File, err)
				}
			}
		}
		if f == nil {
			return nil, fmt.Errorf("cover: no embedded font %s %s", family, style)
		}
		c.fonts[key] = f
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

// lines draws each line with its baseline at y, then every step pixels,
// and returns the baseline after the last line.
func (c *canvas) lines(ls []string, face font.Face, col color.Color, y, step int) int {
	for _, l := range ls {
		d := &font.Drawer{Dst: c.img, Src: image.NewUniform(col), Face: face, Dot: fixed.P(margin, y)}
		d.DrawString(l)
		y += step
	}
	return y
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
