package pdf

import (
	"bytes"
	"fmt"
	"strconv"

	"codeberg.org/go-pdf/fpdf"
)

// drawer draws laid-out pages with fpdf.
type drawer struct {
	pdf    *fpdf.Fpdf
	fs     *fonts
	g      geometry
	links  []string // external link URLs, by 1-based index
	page   int
	images map[*image]bool
	used   [numFaces]map[rune]bool // runes fpdf knows are drawn, by face
	buf    []byte
	cur    struct {
		f    face
		size float64
		gray int
	}
}

func (d *drawer) font(f face, size float64) {
	if d.cur.f != f || d.cur.size != size {
		d.pdf.SetFont(faceFonts[f].family, faceFonts[f].style, size)
		d.cur.f, d.cur.size = f, size
	}
}

func (d *drawer) color(gray int) {
	if d.cur.gray != gray {
		d.pdf.SetTextColor(gray, gray, gray)
		d.cur.gray = gray
	}
}

// baseline is where text of style ts sits in a line whose top is y.
func baseline(ts textStyle, y float64) float64 {
	return y + (ts.leading-ts.size)/2 + ts.size*0.8
}

// line draws one set line; linked fragments get a link annotation. Each
// run of fragments in one face and colour is one TJ operator, its gaps
// as position adjustments: fpdf's Text would take one operator a word, and
// its word spacing (Tw) does not apply to the two-byte codes of its
// Unicode fonts.
func (d *drawer) line(frags []frag, ts textStyle, x, y float64) {
	by := baseline(ts, y)
	for i := 0; i < len(frags); {
		j := i + 1
		for j < len(frags) && frags[j].face == frags[i].face && (frags[j].link > 0) == (frags[i].link > 0) {
			j++
		}
		d.font(frags[i].face, ts.size)
		d.color(0)
		d.text(frags[i:j], ts, x, by)
		for _, f := range frags[i:j] {
			if f.link > 0 && f.link <= len(d.links) {
				d.pdf.LinkString(x+f.x, y, f.w, ts.leading, d.links[f.link-1])
			}
		}
		i = j
	}
}

// linkRGB is the colour of linked text.
var linkRGB = [3]int{20, 50, 110}

// text writes fragments in the current face as one TJ operator, in the
// line's gray or, for links, in the link colour.
func (d *drawer) text(frags []frag, ts textStyle, x, by float64) {
	f := frags[0].face
	d.use(f, frags)
	k := d.pdf.GetConversionRatio()
	_, pageH := d.pdf.GetPageSize()
	b := d.buf[:0]
	switch {
	case frags[0].link > 0:
		b = fmt.Appendf(b, "q %.3f %.3f %.3f rg ", float64(linkRGB[0])/255, float64(linkRGB[1])/255, float64(linkRGB[2])/255)
	case ts.gray != 0:
		b = fmt.Appendf(b, "q %.3f g ", float64(ts.gray)/255)
	}
	b = fmt.Appendf(b, "BT %.2f %.2f Td [", (x+frags[0].x)*k, (pageH-by)*k)
	var end float64 // where the pen is, in thousandths of the size from the start
	for n, fr := range frags {
		if n > 0 {
			at := (fr.x - frags[0].x) * 1000 / ts.size
			b = strconv.AppendFloat(b, end-at, 'f', 2, 64)
			end = at
		}
		b = append(b, '(')
		for _, r := range fr.text {
			b = appendUTF16(b, r)
		}
		b = append(b, ')')
		end += float64(d.fs.units(fr.text, f))
	}
	b = append(b, "] TJ ET"...)
	if frags[0].link > 0 || ts.gray != 0 {
		b = append(b, " Q"...)
	}
	d.pdf.RawWriteBuf(bytes.NewReader(b))
	d.buf = b
}

// appendUTF16 appends r as the two-byte codes of fpdf's Unicode fonts
// (Identity-H, code = rune), escaped for a PDF string.
func appendUTF16(b []byte, r rune) []byte {
	var codes [2]uint16
	n := 1
	if r >= 0x10000 {
		r -= 0x10000
		codes[0], codes[1] = uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF))
		n = 2
	} else {
		codes[0] = uint16(r)
	}
	for _, c := range codes[:n] {
		for _, c := range [2]byte{byte(c >> 8), byte(c)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	return b
}

// use tells fpdf that the runes of frags are drawn in face f, so that its
// font subset keeps their glyphs. fpdf records used runes only in its own
// text calls, so new runes go through Text in a template that is never
// placed: templates share the document's fonts, and the template's page
// is thrown away.
func (d *drawer) use(f face, frags []frag) {
	seen := d.used[f]
	if seen == nil {
		seen = map[rune]bool{}
		d.used[f] = seen
	}
	var fresh []rune
	for _, fr := range frags {
		for _, r := range fr.text {
			if !seen[r] {
				seen[r] = true
				fresh = append(fresh, r)
			}
		}
	}
	if len(fresh) == 0 {
		return
	}
	ff := faceFonts[f]
	d.pdf.CreateTemplate(func(t *fpdf.Tpl) {
		t.SetFont(ff.family, ff.style, 10)
		t.Text(0, 10, string(fresh))
	})
}

func (d *drawer) rule(x, y, w, weight float64) {
	d.pdf.SetLineWidth(weight)
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.Line(x, y, x+w, y)
}

// folio writes the page number of target flush right at right.
func (d *drawer) folio(target *mark, right, y float64, ts textStyle) {
	n := fmt.Sprint(target.page)
	d.font(serif, ts.size)
	d.color(0)
	d.pdf.Text(right-d.pdf.GetStringWidth(n), baseline(ts, y), n)
}

// tocLink makes a contents entry a link to its chapter.
func (d *drawer) tocLink(target *mark, x, y, w, h float64) {
	if target.link != 0 {
		d.pdf.Link(x, y, w, h, target.link)
	}
}

func (d *drawer) image(img *image, x, y float64) {
	if !d.images[img] {
		data, typ := printImage(img)
		d.pdf.RegisterImageOptionsReader(img.name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
		d.images[img] = true
	}
	d.pdf.ImageOptions(img.name, x, y, img.w, img.h, false, fpdf.ImageOptions{}, 0, "")
}

// placeholder draws a box where a photo will go, with label in its
// middle ("Photograph not available"); the caption and credit follow it.
// The file's path goes only into the build's warning, never on the page.
func (d *drawer) placeholder(x, y, w, h float64, label string) {
	pdf := d.pdf
	pdf.SetFillColor(240, 240, 240)
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetLineWidth(0.6)
	pdf.SetDashPattern([]float64{4, 3}, 0)
	pdf.Rect(x, y, w, h, "DF")
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetFillColor(0, 0, 0) // else fpdf wraps all later text in its own colour state
	size := d.g.size
	d.font(serifItalic, size)
	d.color(60)
	pdf.Text(x+(w-pdf.GetStringWidth(label))/2, y+h/2+size*0.3, label)
	d.color(0)
}

// furniture draws the running head and the page number.
func (d *drawer) furniture(p *page, title string) {
	g := d.g
	size := g.size * 0.85
	x := g.left(p.n)
	w := g.width()
	headY := g.top - g.size*2.2
	footY := g.h - g.bottom + g.size*2.6
	n := fmt.Sprint(p.n)
	d.color(60)
	if !p.opener {
		d.font(serifItalic, size)
		left, right := title, p.section
		if g.duplex && p.n%2 == 0 {
			right = ""
		} else if g.duplex {
			left, right = "", p.section
			if right == "" {
				right = title
			}
		}
		if right == left {
			right = ""
		}
		left = d.fit(left, w*0.55)
		right = d.fit(right, w*0.55-d.pdf.GetStringWidth(left)*0)
		if left != "" {
			d.pdf.Text(x, headY, left)
		}
		if right != "" {
			d.pdf.Text(x+w-d.pdf.GetStringWidth(right), headY, right)
		}
		d.pdf.SetLineWidth(0.3)
		d.pdf.SetDrawColor(120, 120, 120)
		d.pdf.Line(x, headY+size*0.5, x+w, headY+size*0.5)
		d.pdf.SetDrawColor(0, 0, 0)
	}
	d.font(serif, size)
	nx := x + (w-d.pdf.GetStringWidth(n))/2
	if g.duplex {
		nx = x + w - d.pdf.GetStringWidth(n)
		if p.n%2 == 0 {
			nx = x
		}
	}
	d.pdf.Text(nx, footY, n)
	d.color(0)
}

// fit shortens s with an ellipsis to at most w wide, at a word boundary.
func (d *drawer) fit(s string, w float64) string {
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && d.pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	for len(r) > 0 && r[len(r)-1] != ' ' && len(r) > 10 {
		r = r[:len(r)-1]
	}
	return string(bytes.TrimRight([]byte(string(r)), " ,;:")) + "…"
}
