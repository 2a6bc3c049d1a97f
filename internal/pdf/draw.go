package pdf

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"publish/internal/document"
	"publish/internal/fonts"
	"publish/internal/shape"
)

// drawer draws laid-out pages with fpdf; text goes through texts.
type drawer struct {
	pdf    *fpdf.Fpdf
	t      *texts
	g      geometry
	links  []string // external link URLs, by 1-based index
	page   int
	images map[*document.Image]string // fpdf's name of each image drawn
	embeds []*document.Image          // the images drawn, in order: stand-in k is embeds[k-1]
	buf    []byte
	cells  []cell
	gtext  []string
	fitted map[fitKey]string // running heads already shortened
}

// baseline is where text of style ts sits in a line whose top is y.
func baseline(ts textStyle, y float64) float64 {
	return y + (ts.leading-ts.size)/2 + ts.size*0.8
}

// line draws one set line, in a paragraph of direction base, whose box
// starts at left (from x) and is w wide; linked fragments get a link
// annotation. It is the one way text reaches the page: furniture, folios
// and labels are lines of one fragment.
func (d *drawer) line(frags []frag, ts textStyle, x, y, left, w float64, base shape.Direction) {
	by := baseline(ts, y)
	cells := d.place(frags, ts.size, left, w, base)
	for i := 0; i < len(cells); {
		if cells[i].run == nil {
			i++
			continue
		}
		j := i + 1
		for j < len(cells) && (cells[j].run == nil || cells[j].run.Face == cells[i].run.Face && (cells[j].link > 0) == (cells[i].link > 0) &&
			cells[j].scale == cells[i].scale && cells[j].rise == cells[i].rise) {
			j++
		}
		cts := ts
		cts.size *= cells[i].scale
		d.show(cells[i:j], cts, x, by-cells[i].rise)
		i = j
	}
	d.strike(cells, ts, x, by)
	for _, c := range cells {
		if c.run != nil && c.link > 0 && c.link <= len(d.links) {
			d.pdf.LinkString(x+c.x, y, c.w, ts.leading, d.links[c.link-1])
		}
	}
}

// strike draws a line through each stretch of struck cells, and the
// spaces between them, at half the x-height.
func (d *drawer) strike(cells []cell, ts textStyle, x, by float64) {
	for i := 0; i < len(cells); i++ {
		if !cells[i].strike {
			continue
		}
		j := i
		for j+1 < len(cells) && (cells[j+1].strike || cells[j+1].run == nil && j+2 < len(cells) && cells[j+2].strike) {
			j++
		}
		gray := float64(ts.gray) / 255
		d.pdf.RawWriteStr(fmt.Sprintf("q %.3f G %.2f w %.2f %.2f m %.2f %.2f l S Q\n", gray, ts.size*0.05,
			x+cells[i].x, d.g.h-(by-ts.size*0.25), x+cells[j].x+cells[j].w, d.g.h-(by-ts.size*0.25)))
		i = j
	}
}

// cell is a shaped run of a fragment, or the space between two
// fragments, with its bidi level and, once placed, its x on the line.
type cell struct {
	run    *shape.Run // nil for a space
	text   string     // the fragment's text, which run indexes
	x, w   float64
	level  int8
	link   int
	scale  float64 // of the line's size
	rise   float64 // of the baseline, points
	strike bool
	lang   string // the text's language, when not the document's
}

// place shapes the fragments of a line and places their runs in visual
// order: levels from the Unicode Bidirectional Algorithm over the line's
// text, runs reversed by rule L2, the spaces between fragments (stretched
// by justification) kept as they were set. A right-to-left line is
// mirrored in its box, so that it is flush right and its indent is on the
// right.
func (d *drawer) place(frags []frag, size, left, w float64, base shape.Direction) []cell {
	// The line's text, with the spaces between fragments; a span with a
	// dir is an isolate, its fragments between RLI or LRI and PDI, which
	// are cut out of the levels again. Most lines need only its length:
	// all their levels are 0.
	bidi := base == shape.RTL
	for i := range frags {
		bidi = bidi || frags[i].dir != shape.Auto || shape.HasRTL(frags[i].text)
	}
	var sb strings.Builder
	n := 0 // the text's length
	write := func(s string) {
		if bidi {
			sb.WriteString(s)
		}
		n += len(s)
	}
	starts := make([]int, len(frags))
	gaps := make([]int, len(frags)) // where the space before fragment i is
	for i := range frags {
		f := &frags[i]
		if i > 0 && f.dir != frags[i-1].dir && frags[i-1].dir != shape.Auto {
			write(pdi)
		}
		if i > 0 && f.x > frags[i-1].x+frags[i-1].w+0.01 {
			gaps[i] = n
			write(" ")
		}
		if f.dir != shape.Auto && (i == 0 || f.dir != frags[i-1].dir) {
			write(isolate[f.dir])
		}
		starts[i] = n
		write(f.text)
	}
	levels := zeros(n)
	if bidi {
		levels = d.t.shaper.Levels(sb.String(), base)
	}
	cells := d.cells[:0]
	for i, f := range frags {
		if i > 0 {
			prev := frags[i-1]
			if gap := f.x - (prev.x + prev.w); gap > 0.01 {
				cells = append(cells, cell{w: gap, level: levels[gaps[i]]})
			}
		}
		lv := levels[starts[i] : starts[i]+len(f.text)]
		rs := d.t.shape(f.text, f.st, lv)
		scale := f.scale
		if scale == 0 {
			scale = 1
		}
		for k := range rs {
			r := &rs[k] // runs are kept by texts and only read
			c := cell{run: r, text: f.text, w: r.Advance * size * scale / 1000, level: r.Level, link: f.link, scale: scale, rise: f.rise, strike: f.strike, lang: f.st.Lang}
			if r.Face == nil || len(r.Glyphs) == 0 {
				c.run = nil // characters no face has: reported, not drawn
			}
			cells = append(cells, c)
		}
	}
	d.cells = cells
	if len(cells) == 0 {
		return nil
	}
	// Rule L2: from the highest level to the lowest odd one, reverse every
	// maximal sequence of cells at that level or above.
	hi, lo := int8(0), int8(127)
	for _, c := range cells {
		hi = max(hi, c.level)
		if c.level%2 == 1 {
			lo = min(lo, c.level)
		}
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(cells); {
			if cells[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(cells) && cells[j].level >= lvl {
				j++
			}
			slices.Reverse(cells[i:j])
			i = j
		}
	}
	total := 0.0
	for _, c := range cells {
		total += c.w
	}
	x := frags[0].x // the logical start: after the indent
	// The paragraph's direction decides, not its line's first word: a
	// line of an English paragraph that starts with a Hebrew name is not
	// mirrored.
	if base == shape.RTL {
		end := frags[len(frags)-1].x + frags[len(frags)-1].w
		x = 2*left + w - end
		if end-frags[0].x > total+0.01 { // shaped narrower than set: keep flush right
			x += end - frags[0].x - total
		}
	}
	for i := range cells {
		cells[i].x = x
		x += cells[i].w
	}
	return cells
}

// The isolates of UAX #9 that a span's direction puts its text in.
const pdi = "\u2069"

var isolate = map[shape.Direction]string{shape.LTR: "\u2066", shape.RTL: "\u2067"}

var zeroLevels = make([]int8, 256)

// zeros is n zero levels, shared: nobody writes them.
func zeros(n int) []int8 {
	if n > len(zeroLevels) {
		return make([]int8, n)
	}
	return zeroLevels[:n]
}

// linkRGB is the colour of linked text.
var linkRGB = [3]int{20, 50, 110}

// show writes the glyphs of cells, all in one face (the first is a run), as one TJ operator,
// in the line's gray or, for links, in the link colour. Glyphs are codes
// of the face's subset; the pen is moved to each glyph's shaped position
// by the TJ adjustments, and marks raised or lowered with the text rise
// (Ts). A run whose glyphs do not spell its text in order through the
// ToUnicode map (reordered, or glyphs that stand for several characters
// together), or that places marks, is marked with its text (ActualText),
// so that copying and searching find the characters in logical order. A
// right-to-left run whose glyphs spell its text backwards is left to the
// extractor, which reverses it (pdftotext reverses ActualText too).
func (d *drawer) show(cells []cell, ts textStyle, x, by float64) {
	first := 0
	sub, n := d.t.subset(cells[first].run.Face)
	k := d.pdf.GetConversionRatio()
	_, pageH := d.pdf.GetPageSize()
	b := d.buf[:0]
	switch {
	case cells[first].link > 0:
		b = fmt.Appendf(b, "q %.3f %.3f %.3f rg ", float64(linkRGB[0])/255, float64(linkRGB[1])/255, float64(linkRGB[2])/255)
	case ts.gray != 0:
		b = fmt.Appendf(b, "q %.3f g ", float64(ts.gray)/255)
	}
	x0 := cells[first].x
	// "BT /Gn size Tf x y Td", without fmt: this is written for every line.
	b = strconv.AppendInt(append(b, "BT /G"...), int64(n), 10)
	b = strconv.AppendFloat(append(b, ' '), ts.size, 'f', 2, 64)
	b = strconv.AppendFloat(append(b, " Tf "...), (x+x0)*k, 'f', 2, 64)
	b = strconv.AppendFloat(append(b, ' '), (pageH-by)*k, 'f', 2, 64)
	b = append(b, " Td"...)
	tj := tjArray{b: b}
	cur, rise := 0.0, 0.0 // where the viewer's pen is, from x0, and the text rise, in thousandths of the size
	var cids []uint16
	for _, c := range cells {
		if c.run == nil {
			continue
		}
		cids = cids[:0]
		d.gtext = glyphTexts(c.run, c.text, d.gtext)
		for i, g := range c.run.Glyphs {
			cids = append(cids, sub.CID(g.ID, d.gtext[i]))
		}
		actual := !spells(sub, cids, c.text[c.run.Start:c.run.End], c.run.RTL()) || !c.run.RTL() && hasMarks(c.run)
		// Marked content: the text the glyphs stand for where they do not
		// spell it, and the language of a span or div in another one
		// (PDF 1.7, 14.9.2 and 14.9.4).
		marked := actual || c.lang != ""
		if marked {
			tj.end()
			tj.b = append(tj.b, " /Span <<"...)
			if c.lang != "" {
				tj.b = append(tj.b, " /Lang "...)
				tj.b = append(tj.b, pdfString(c.lang)...)
			}
			if actual {
				tj.b = append(tj.b, " /ActualText "...)
				tj.b = append(tj.b, pdfString(c.text[c.run.Start:c.run.End])...)
			}
			tj.b = append(tj.b, " >> BDC"...)
		}
		pos := (c.x - x0) * 1000 / ts.size
		for i, g := range c.run.Glyphs {
			if g.YOffset != rise {
				tj.end()
				tj.b = append(tj.b, ' ')
				tj.b = strconv.AppendFloat(tj.b, g.YOffset*ts.size/1000, 'f', 2, 64)
				tj.b = append(tj.b, " Ts"...)
				rise = g.YOffset
			}
			target := pos + g.XOffset
			if adj := cur - target; adj > 0.005 || adj < -0.005 {
				tj.adjust(adj)
			}
			tj.code(cids[i])
			cur = target + float64(sub.Width(cids[i]))
			pos += g.Advance
		}
		if marked {
			tj.end()
			tj.b = append(tj.b, " EMC"...)
		}
	}
	tj.end()
	b = tj.b
	if rise != 0 {
		b = append(b, " 0 Ts"...)
	}
	b = append(b, " ET"...)
	if cells[first].link > 0 || ts.gray != 0 {
		b = append(b, " Q"...)
	}
	d.pdf.RawWriteBuf(bytes.NewReader(b))
	d.buf = b
}

// tjArray writes a TJ operator's array: codes in hex strings, position
// adjustments between them, opened when there is something to write.
type tjArray struct {
	b         []byte
	open, hex bool
}

const hexDigits = "0123456789ABCDEF"

func (t *tjArray) code(cid uint16) {
	if !t.open {
		t.b = append(t.b, " ["...)
		t.open = true
	}
	if !t.hex {
		t.b = append(t.b, '<')
		t.hex = true
	}
	t.b = append(t.b, hexDigits[cid>>12], hexDigits[cid>>8&15], hexDigits[cid>>4&15], hexDigits[cid&15])
}

func (t *tjArray) adjust(v float64) {
	if !t.open {
		t.b = append(t.b, " ["...)
		t.open = true
	}
	if t.hex {
		t.b = append(t.b, '>')
		t.hex = false
	}
	t.b = strconv.AppendFloat(t.b, v, 'f', 2, 64)
}

// end closes the array with its operator, if it was opened.
func (t *tjArray) end() {
	if t.hex {
		t.b = append(t.b, '>')
		t.hex = false
	}
	if t.open {
		t.b = append(t.b, "] TJ"...)
		t.open = false
	}
}

// glyphTexts is what each glyph of run stands for: all its cluster if it
// is alone in it; else the character of the cluster that the face maps
// to it, the characters left over going to the first glyph without one
// (a ligature), in logical order.
func glyphTexts(run *shape.Run, text string, into []string) []string {
	into = into[:0]
	for i := 0; i < len(run.Glyphs); {
		g := run.Glyphs[i]
		if g.Alone {
			into = append(into, text[g.Start:g.End])
			i++
			continue
		}
		j := i + 1
		for j < len(run.Glyphs) && run.Glyphs[j].Start == g.Start {
			j++
		}
		cluster := []rune(text[g.Start:g.End])
		claimed := make([]bool, len(cluster))
		n := len(into)
		for _, gg := range run.Glyphs[i:j] {
			t := ""
			for k, r := range cluster {
				if id, ok := run.Face.Font.NominalGlyph(r); ok && uint16(id) == gg.ID && !claimed[k] {
					t, claimed[k] = string(r), true
					break
				}
			}
			into = append(into, t)
		}
		var left []rune
		for k, r := range cluster {
			if !claimed[k] {
				left = append(left, r)
			}
		}
		if len(left) > 0 {
			order := func(k int) int { return k }
			if run.RTL() { // visual order: the logical first is last
				order = func(k int) int { return j - i - 1 - k }
			}
			for k := range j - i {
				if into[n+order(k)] == "" {
					into[n+order(k)] = string(left)
					break
				}
			}
		}
		i = j
	}
	return into
}

// hasMarks tells whether a run places glyphs over others (marks), which
// text extractors may take out of order or put on a line of their own.
func hasMarks(run *shape.Run) bool {
	for _, g := range run.Glyphs {
		if g.Advance == 0 || g.XOffset != 0 || g.YOffset != 0 {
			return true
		}
	}
	return false
}

// spells tells whether the ToUnicode texts of cids, read in visual order
// (backwards for a right-to-left run, as text extractors read it), give
// text.
func spells(sub *fonts.Subset, cids []uint16, text string, rtl bool) bool {
	at := 0
	for i := range cids {
		if rtl {
			i = len(cids) - 1 - i
		}
		t := sub.Text(cids[i])
		if t == "" || !strings.HasPrefix(text[at:], t) {
			return false
		}
		at += len(t)
	}
	return at == len(text)
}

// text draws s in style st at size, from x on the baseline by.
func (d *drawer) text(s string, st fonts.Style, size float64, gray int, x, by float64) {
	if s == "" {
		return
	}
	ts := textStyle{size: size, leading: size, gray: gray}
	w := d.t.width(s, st, size)
	d.line([]frag{{text: s, st: st, w: w}}, ts, x, by-size*0.8, 0, w, shape.BaseOf(s))
}

// noteRule is the short rule over the footnotes, its top at y (LaTeX's
// \footnoterule: 0.4 pt, two fifths of the measure at most).
func (d *drawer) noteRule(x, y float64) {
	d.rule(x, y, min(d.g.width()*0.4, 144), 0.4)
}

func (d *drawer) rule(x, y, w, weight float64) {
	d.pdf.SetLineWidth(weight)
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.Line(x, y, x+w, y)
}

// folio writes the page number of target flush right at right.
func (d *drawer) folio(target *mark, right, y float64, ts textStyle) {
	n := fmt.Sprint(target.page)
	d.text(n, serif, ts.size, 0, right-d.t.width(n, serif, ts.size), baseline(ts, y))
}

// tocLink makes a contents entry a link to its chapter.
func (d *drawer) tocLink(target *mark, x, y, w, h float64) {
	if target.link != 0 {
		d.pdf.Link(x, y, w, h, target.link)
	}
}

// image draws a figure's picture. fpdf gets a stand-in for each distinct
// image, however many figures show it (one XObject, one resource name):
// a gray PNG one pixel high whose width numbers the image. finish puts the
// image itself in its place, read as the file is written (see embed).
func (d *drawer) image(img *image, x, y float64) {
	name, ok := d.images[img.src]
	if !ok {
		d.embeds = append(d.embeds, img.src)
		name = fmt.Sprintf("image-%d", len(d.embeds))
		d.images[img.src] = name
		d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(standIn(len(d.embeds))))
	}
	d.pdf.ImageOptions(name, x, y, img.w, img.h, false, fpdf.ImageOptions{}, 0, "")
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
	d.text(label, serifItalic, size, 60, x+(w-d.t.width(label, serifItalic, size))/2, y+h/2+size*0.3)
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
	if !p.opener {
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
		left = d.fit(left, w*0.55, size)
		right = d.fit(right, w*0.55, size)
		d.text(left, serifItalic, size, 60, x, headY)
		d.text(right, serifItalic, size, 60, x+w-d.t.width(right, serifItalic, size), headY)
		d.pdf.SetLineWidth(0.3)
		d.pdf.SetDrawColor(120, 120, 120)
		d.pdf.Line(x, headY+size*0.5, x+w, headY+size*0.5)
		d.pdf.SetDrawColor(0, 0, 0)
	}
	nw := d.t.width(n, serif, size)
	nx := x + (w-nw)/2
	if g.duplex {
		nx = x + w - nw
		if p.n%2 == 0 {
			nx = x
		}
	}
	d.text(n, serif, size, 60, nx, footY)
}

// fit shortens s with an ellipsis to at most w wide at size, at a word
// boundary: one measurement of s, then a galloping binary search over
// its prefixes, so that a headline of any length costs about what its
// shortened form does. The result is kept: every page asks again.
func (d *drawer) fit(s string, w, size float64) string {
	key := fitKey{s, w, size}
	if out, ok := d.fitted[key]; ok {
		return out
	}
	width := func(s string) float64 { return d.t.width(s, serifItalic, size) }
	out := s
	if width(s) > w {
		r := []rune(s)
		fits := func(k int) bool { return width(string(r[:k])+"…") <= w }
		hi := 1
		for hi < len(r) && fits(hi) {
			hi *= 2
		}
		hi = min(hi, len(r))
		k := sort.Search(hi+1, func(k int) bool { return !fits(k) }) - 1 // the longest prefix that fits
		r = r[:max(k, 0)]
		for len(r) > 0 && r[len(r)-1] != ' ' && len(r) > 10 {
			r = r[:len(r)-1]
		}
		out = strings.TrimRight(string(r), " ,;:") + "…"
	}
	if d.fitted == nil {
		d.fitted = map[fitKey]string{}
	}
	d.fitted[key] = out
	return out
}

type fitKey struct {
	s    string
	w    float64
	size float64
}
