package pdf

import (
	"encoding/xml"
	"fmt"
	"strings"
	"unicode"

	"publish/internal/fonts"
)

// Formulas are laid out from the MathML that internal/texmath makes of
// their TeX (the EPUB's), the way TeX sets math, simplified: sub- and
// superscripts, fractions, roots, large operators with their limits,
// accents, fences, spaces and text; letters in italics, numbers and
// operators upright, in the text's faces and, for symbols those lack, in
// the faces found for them. A formula with a character no face has, or a
// construct texmath does not handle, is shown as its TeX in the
// monospaced face, with a warning.

// mnode is an element of MathML, or its text.
type mnode struct {
	name string // "mi", "mo", "mfrac"...; "" for text
	attr map[string]string
	kids []*mnode
	text string
}

// parseMathML reads a <math> element into its tree.
func parseMathML(s string) (*mnode, error) {
	dec := xml.NewDecoder(strings.NewReader(s))
	root := &mnode{name: "#root"}
	stack := []*mnode{root}
	for {
		tok, err := dec.Token()
		if err != nil {
			if len(stack) == 1 && len(root.kids) == 1 {
				return root.kids[0], nil
			}
			return nil, fmt.Errorf("MathML: %v", err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &mnode{name: t.Name.Local, attr: map[string]string{}}
			for _, a := range t.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(t)
		}
	}
}

// mbox is a laid-out part of a formula: w wide, h above its baseline and
// d below it; draw draws it with its baseline at by, from x.
type mbox struct {
	w, h, d float64
	draw    func(dr *drawer, x, by float64)
	kind    int // the TeX class it spaces as: mOrd, mOp, mBin, mRel, mOpen, mClose, mPunct
}

const (
	mOrd = iota
	mOp
	mBin
	mRel
	mOpen
	mClose
	mPunct
)

// mathStyle is TeX's: display, text, script, scriptscript.
type mathStyle int

// script is the style of a script in style s.
func (s mathStyle) script() mathStyle {
	if s < 2 {
		return 2
	}
	return 3
}

// scale is the size of a style as a share of the text's.
func (s mathStyle) scale() float64 {
	switch {
	case s >= 3:
		return 0.5
	case s == 2:
		return 0.7
	}
	return 1
}

// mathSetter lays one formula out.
type mathSetter struct {
	t       *texts
	size    float64 // the text's
	covered func(s string, st fonts.Style) bool
	missing []rune
}

// Faces of formulas.
var (
	mathUpright = fonts.Style{Family: fonts.Math}
	mathItalic  = fonts.Style{Family: fonts.Math, Italic: true}
	mathBold    = fonts.Style{Family: fonts.Math, Bold: true}
)

// glyphs is a box of text in face st, in style s.
func (m *mathSetter) glyphs(text string, st fonts.Style, s mathStyle, kind int) mbox {
	sz := m.size * s.scale()
	if !m.covered(text, st) {
		for _, r := range text {
			if !m.covered(string(r), st) {
				m.missing = append(m.missing, r)
			}
		}
	}
	w := m.t.width(text, st, sz)
	h, d := 0.0, 0.0
	for _, r := range text {
		rh, rd := glyphExtent(r)
		h, d = max(h, rh), max(d, rd)
	}
	return mbox{w: w, h: h * sz, d: d * sz, kind: kind, draw: func(dr *drawer, x, by float64) {
		dr.text(text, st, sz, 0, x, by)
	}}
}

// glyphExtent is about how far a character of Noto Serif reaches above
// and below the baseline, in ems: enough to stack scripts and bars.
func glyphExtent(r rune) (h, d float64) {
	switch {
	case strings.ContainsRune("gjpqyβγζημξρφχψ", r):
		return 0.53, 0.22
	case strings.ContainsRune("()[]{}|‖⟨⟩", r):
		return 0.75, 0.25
	case strings.ContainsRune("∑∏∐⋃⋂⨁⨂", r):
		return 0.75, 0.25
	case strings.ContainsRune("∫∬∭∮", r):
		return 0.8, 0.3
	case strings.ContainsRune("acemnorsuvwxzαεικνοστυω+−=<>×÷·∼≈≠≤≥±∓∙∘", r):
		return 0.53, 0
	case unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("bdfhklt∂δθλ", r):
		return 0.72, 0
	}
	return 0.72, 0.05
}

// row sets boxes side by side, with TeX's spaces between classes.
func (m *mathSetter) row(boxes []mbox, s mathStyle) mbox {
	em := m.size * s.scale()
	var out mbox
	type at struct {
		b mbox
		x float64
	}
	var placed []at
	prev := -1
	for i, b := range boxes {
		kind := b.kind
		if kind == mBin && (prev < 0 || prev == mBin || prev == mOp || prev == mRel || prev == mOpen || prev == mPunct) {
			kind = mOrd // a unary minus
		}
		if i+1 == len(boxes) && kind == mBin {
			kind = mOrd
		}
		if prev >= 0 && s < 2 {
			out.w += spaceBetween(prev, kind) * em / 18
		} else if prev >= 0 {
			if sp := spaceBetween(prev, kind); sp == 3 {
				out.w += sp * em / 18 // only thin spaces in scripts
			}
		}
		placed = append(placed, at{b, out.w})
		out.w += b.w
		out.h, out.d = max(out.h, b.h), max(out.d, b.d)
		prev = kind
	}
	out.draw = func(dr *drawer, x, by float64) {
		for _, p := range placed {
			if p.b.draw != nil {
				p.b.draw(dr, x+p.x, by)
			}
		}
	}
	if len(boxes) == 1 {
		out.kind = boxes[0].kind
	}
	return out
}

// spaceBetween is TeX's space between two classes, in mu (1/18 em):
// thin 3, medium 4, thick 5.
func spaceBetween(a, b int) float64 {
	switch {
	case a == mOp && (b == mOrd || b == mOp):
		return 3
	case a == mOrd && b == mOp || a == mClose && b == mOp:
		return 3
	case a == mBin || b == mBin:
		return 4
	case a == mRel || b == mRel:
		if a == mRel && b == mRel {
			return 0
		}
		return 5
	case a == mPunct:
		return 3
	}
	return 0
}

// opKind is the class of an operator by its character.
func opKind(s string) int {
	switch s {
	case "+", "−", "±", "∓", "×", "÷", "·", "∗", "∘", "∙", "∪", "∩", "∧", "∨", "⊕", "⊗", "∖":
		return mBin
	case "=", "<", ">", "≤", "≥", "≠", "≈", "∼", "≃", "≅", "≡", "∝", "→", "←", "↔", "⇒", "⇐", "⇔", "↦", "∈", "∉", "∋", "⊂", "⊃", "⊆", "⊇", ":", "≪", "≫", "∣", "⟶", "⟹":
		return mRel
	case "(", "[", "{", "⟨", "⌊", "⌈":
		return mOpen
	case ")", "]", "}", "⟩", "⌋", "⌉":
		return mClose
	case ",", ";":
		return mPunct
	case "\u2061": // function application: no space of its own
		return mOrd
	}
	return mOrd
}

// box lays out node n in style s; every box it returns can be drawn (a
// space draws nothing).
func (m *mathSetter) box(n *mnode, s mathStyle) mbox {
	b := m.layout(n, s)
	if b.draw == nil {
		b.draw = func(*drawer, float64, float64) {}
	}
	return b
}

// layout lays out node n in style s.
func (m *mathSetter) layout(n *mnode, s mathStyle) mbox {
	em := m.size * s.scale()
	kids := func() []mbox {
		var out []mbox
		for _, k := range n.kids {
			out = append(out, m.box(k, s))
		}
		return out
	}
	switch n.name {
	case "math", "mrow", "semantics", "mstyle":
		var boxes []mbox
		var fences []int
		h, d := 0.0, 0.0
		for _, k := range n.kids {
			if k.name == "annotation" {
				continue
			}
			b := m.box(k, s)
			if k.name == "mo" && k.attr["stretchy"] != "false" && (b.kind == mOpen || b.kind == mClose || k.attr["fence"] == "true") {
				fences = append(fences, len(boxes))
			} else {
				h, d = max(h, b.h), max(d, b.d)
			}
			boxes = append(boxes, b)
		}
		// Fences grow with what they enclose, when it is taller than a line.
		if em := m.size * s.scale(); h > 0.8*em || d > 0.3*em {
			k := 0
			for _, kid := range n.kids {
				if kid.name == "annotation" {
					continue
				}
				if len(fences) > 0 && fences[0] == k {
					boxes[k] = m.fence(strings.TrimSpace(kid.text), h, d, boxes[k].kind, s)
					fences = fences[1:]
				}
				k++
			}
		}
		return m.row(boxes, s)
	case "mi":
		text := strings.TrimSpace(n.text)
		st := mathUpright
		switch v := n.attr["mathvariant"]; {
		case v == "bold":
			st = mathBold
		case v == "bold-italic":
			st = fonts.Style{Family: fonts.Math, Bold: true, Italic: true}
		case v == "sans-serif":
			st = fonts.Style{Family: fonts.Sans}
		case v == "monospace":
			st = mono
		case v == "double-struck" || v == "script" || v == "fraktur":
			text = mathAlpha(text, v)
		case v == "" && len([]rune(text)) == 1 && !unicode.Is(unicode.Greek, []rune(text)[0]) || v == "italic":
			st = mathItalic
		case v == "" && len([]rune(text)) == 1: // lower-case Greek is italic in TeX
			if unicode.IsLower([]rune(text)[0]) {
				st = mathItalic
			}
		}
		return m.glyphs(text, st, s, mOrd)
	case "mn":
		st := mathUpright
		if n.attr["mathvariant"] == "bold" {
			st = mathBold
		}
		return m.glyphs(strings.TrimSpace(n.text), st, s, mOrd)
	case "mtext":
		return m.glyphs(n.text, mathUpright, s, mOrd)
	case "mo":
		return m.operator(n, s)
	case "mspace":
		var w float64
		fmt.Sscanf(n.attr["width"], "%fem", &w)
		return mbox{w: w * em}
	case "msup", "msub", "msubsup":
		if len(n.kids) < 2 {
			return m.row(kids(), s)
		}
		base := m.box(n.kids[0], s)
		var sub, sup *mbox
		if n.name == "msub" || n.name == "msubsup" {
			b := m.box(n.kids[1], s.script())
			sub = &b
		}
		if n.name == "msup" {
			b := m.box(n.kids[1], s.script())
			sup = &b
		} else if n.name == "msubsup" && len(n.kids) > 2 {
			b := m.box(n.kids[2], s.script())
			sup = &b
		}
		return m.scripts(base, sub, sup, s)
	case "munder", "mover", "munderover":
		if len(n.kids) < 2 {
			return m.row(kids(), s)
		}
		base := m.box(n.kids[0], s)
		op := n.kids[0]
		for op.name == "mrow" && len(op.kids) == 1 {
			op = op.kids[0]
		}
		limits := op.name == "mo" && op.attr["movablelimits"] == "true"
		var under, over *mbox
		switch n.name {
		case "munder":
			b := m.box(n.kids[1], s.script())
			under = &b
		case "mover":
			if n.attr["accent"] == "true" {
				return m.accent(base, n.kids[1], s)
			}
			b := m.box(n.kids[1], s.script())
			over = &b
		default:
			b := m.box(n.kids[1], s.script())
			under = &b
			if len(n.kids) > 2 {
				b := m.box(n.kids[2], s.script())
				over = &b
			}
		}
		if limits && s > 0 {
			return m.scripts(base, under, over, s) // in text, limits go beside
		}
		return m.limits(base, under, over, s)
	case "mfrac":
		if len(n.kids) < 2 {
			return m.row(kids(), s)
		}
		inner := s + 1
		if s == 0 {
			inner = 1
		} else if s == 1 {
			inner = 2
		} else {
			inner = 3
		}
		num, den := m.box(n.kids[0], inner), m.box(n.kids[1], inner)
		return m.fraction(num, den, n.attr["linethickness"] != "0", s)
	case "msqrt":
		return m.root(m.row(kids(), s), nil, s)
	case "mroot":
		if len(n.kids) < 2 {
			return m.row(kids(), s)
		}
		idx := m.box(n.kids[1], 3)
		return m.root(m.box(n.kids[0], s), &idx, s)
	case "":
		return m.glyphs(n.text, mathUpright, s, mOrd)
	}
	return m.row(kids(), s)
}

// operator lays out an mo: a large operator bigger in display, a
// stretchy fence as tall as the row it closes (fence set by row).
func (m *mathSetter) operator(n *mnode, s mathStyle) mbox {
	text := strings.TrimSpace(n.text)
	if text == "" && n.text != "" {
		text = n.text
	}
	if text == "\u2061" {
		return mbox{kind: mOrd}
	}
	kind := opKind(text)
	if n.attr["largeop"] == "true" || n.attr["movablelimits"] == "true" {
		kind = mOp
	}
	if len([]rune(text)) > 1 { // lim, max: upright words
		return m.glyphs(text, mathUpright, s, mOp)
	}
	b := m.glyphs(text, mathUpright, s, kind)
	if n.attr["largeop"] == "true" && s == 0 {
		// A large operator in display: 1.4 times, centred on the axis.
		big := m.glyphs(text, mathUpright, s, kind)
		sz := m.size * 1.4
		w := m.t.width(text, mathUpright, sz)
		axis := m.size * 0.25
		h, d := big.h*1.4, big.d*1.4
		shift := (h-d)/2 - axis
		return mbox{w: w, h: h - shift, d: d + shift, kind: mOp, draw: func(dr *drawer, x, by float64) {
			dr.text(text, mathUpright, sz, 0, x, by+shift)
		}}
	}
	if mins := n.attr["minsize"]; mins != "" { // \big
		var f float64
		fmt.Sscanf(mins, "%fem", &f)
		return m.fence(text, f*m.size*0.75, f*m.size*0.25, kind, s)
	}
	return b
}

// fence is a delimiter about h+d tall, centred on the axis.
func (m *mathSetter) fence(text string, h, d float64, kind int, s mathStyle) mbox {
	if text == "" {
		return mbox{kind: kind}
	}
	axis := m.size * s.scale() * 0.25
	half := max(h-axis, d+axis, m.size*s.scale()*0.5) * 1.05
	sz := 2 * half / 1.0 // a parenthesis spans about one em
	w := m.t.width(text, mathUpright, sz)
	// The glyph reaches 0.75 em up and 0.25 down: centre that on the axis.
	shift := axis - sz*0.25
	return mbox{w: w, h: axis + half, d: half - axis, kind: kind, draw: func(dr *drawer, x, by float64) {
		dr.text(text, mathUpright, sz, 0, x, by-shift)
	}}
}

// scripts attaches a subscript and superscript to base, as TeX does.
func (m *mathSetter) scripts(base mbox, sub, sup *mbox, s mathStyle) mbox {
	em := m.size * s.scale()
	up, down := 0.0, 0.0
	if sup != nil {
		up = max(base.h-0.25*em, 0.36*em, sup.d+0.25*em)
		if s == 0 {
			up = max(up, 0.41*em)
		}
	}
	if sub != nil {
		down = max(base.d+0.05*em, 0.15*em, sub.h-0.4*em)
		if sup != nil {
			down = max(down, 0.25*em)
			// keep four rule widths between them
			if gap := (up - sup.d) - (sub.h - down); gap < 0.16*em {
				down += 0.16*em - gap
			}
		}
	}
	gap := 0.05 * em
	w := base.w + gap
	out := mbox{w: w, h: base.h, d: base.d, kind: base.kind}
	sw := 0.0
	if sup != nil {
		sw = sup.w
		out.h = max(out.h, up+sup.h)
	}
	if sub != nil {
		sw = max(sw, sub.w)
		out.d = max(out.d, down+sub.d)
	}
	out.w += sw
	out.draw = func(dr *drawer, x, by float64) {
		if base.draw != nil {
			base.draw(dr, x, by)
		}
		if sup != nil && sup.draw != nil {
			sup.draw(dr, x+w, by-up)
		}
		if sub != nil && sub.draw != nil {
			sub.draw(dr, x+w, by+down)
		}
	}
	return out
}

// limits sets under and over a large operator, centred.
func (m *mathSetter) limits(base mbox, under, over *mbox, s mathStyle) mbox {
	em := m.size * s.scale()
	w := base.w
	if under != nil {
		w = max(w, under.w)
	}
	if over != nil {
		w = max(w, over.w)
	}
	out := mbox{w: w, h: base.h, d: base.d, kind: base.kind}
	gap := 0.15 * em
	if over != nil {
		out.h = base.h + gap + over.d + over.h
	}
	if under != nil {
		out.d = base.d + gap + under.h + under.d
	}
	out.draw = func(dr *drawer, x, by float64) {
		base.draw(dr, x+(w-base.w)/2, by)
		if over != nil && over.draw != nil {
			over.draw(dr, x+(w-over.w)/2, by-base.h-gap-over.d)
		}
		if under != nil && under.draw != nil {
			under.draw(dr, x+(w-under.w)/2, by+base.d+gap+under.h)
		}
	}
	return out
}

// accent sets an accent over base, centred.
func (m *mathSetter) accent(base mbox, acc *mnode, s mathStyle) mbox {
	em := m.size * s.scale()
	a := m.box(acc, s)
	text := strings.TrimSpace(acc.text)
	// Accents set as spacing characters (^ ~ ¯) sit low: raise them over
	// the base's x-height.
	lift := base.h - 0.4*em // accents sit over the x-height: raise them over what is taller
	if text == "→" || text == "←" {
		lift = base.h - 0.2*em
	}
	out := mbox{w: max(base.w, a.w), h: max(base.h, lift+a.h), d: base.d, kind: base.kind}
	out.draw = func(dr *drawer, x, by float64) {
		base.draw(dr, x+(out.w-base.w)/2, by)
		a.draw(dr, x+(out.w-a.w)/2+0.08*em, by-lift)
	}
	return out
}

// fraction sets num over den with a bar on the axis (none for a binomial).
func (m *mathSetter) fraction(num, den mbox, bar bool, s mathStyle) mbox {
	em := m.size * s.scale()
	axis := 0.25 * em
	rule := 0.04 * em
	gap := 0.1 * em
	if s == 0 {
		gap = 0.2 * em
	}
	w := max(num.w, den.w) + 0.2*em
	up := axis + rule/2 + gap + num.d
	down := -axis + rule/2 + gap + den.h
	out := mbox{w: w + 0.1*em, h: up + num.h, d: down + den.d, kind: mOrd}
	out.draw = func(dr *drawer, x, by float64) {
		x += 0.05 * em
		num.draw(dr, x+(w-num.w)/2, by-up)
		den.draw(dr, x+(w-den.w)/2, by+down)
		if bar {
			dr.rawRule(x, by-axis, w, rule)
		}
	}
	return out
}

// root sets a radical sign over body, with the index of an nth root.
func (m *mathSetter) root(body mbox, index *mbox, s mathStyle) mbox {
	em := m.size * s.scale()
	rule := 0.04 * em
	gap := 0.12 * em
	top := body.h + gap + rule
	bottom := body.d + 0.05*em
	sign := 0.55 * em // the sign's width
	lead := 0.0
	if index != nil {
		lead = max(0, index.w-0.3*em)
	}
	out := mbox{w: lead + sign + body.w + 0.1*em, h: top + 0.05*em, d: bottom, kind: mOrd}
	if index != nil {
		out.h = max(out.h, (top+bottom)*0.55+index.h+index.d)
	}
	out.draw = func(dr *drawer, x, by float64) {
		x0 := x + lead
		dr.radical(x0, by, sign, top, bottom, body.w+0.1*em, rule)
		body.draw(dr, x0+sign, by)
		if index != nil && index.draw != nil {
			index.draw(dr, x, by-(top+bottom)*0.45+bottom-index.d)
		}
	}
	return out
}

// mathAlpha maps letters and digits to the double-struck (ℝ), script
// (ℒ) or fraktur (𝔤) forms of Unicode's mathematical alphanumerics.
func mathAlpha(s, variant string) string {
	type form struct {
		upper, lower, digit rune
		special             map[rune]rune
	}
	forms := map[string]form{
		"double-struck": {0x1D538, 0x1D552, 0x1D7D8, map[rune]rune{'C': 'ℂ', 'H': 'ℍ', 'N': 'ℕ', 'P': 'ℙ', 'Q': 'ℚ', 'R': 'ℝ', 'Z': 'ℤ'}},
		"script": {0x1D49C, 0x1D4B6, 0, map[rune]rune{'B': 'ℬ', 'E': 'ℰ', 'F': 'ℱ', 'H': 'ℋ', 'I': 'ℐ', 'L': 'ℒ', 'M': 'ℳ', 'R': 'ℛ',
			'e': 'ℯ', 'g': 'ℊ', 'o': 'ℴ'}},
		"fraktur": {0x1D504, 0x1D51E, 0, map[rune]rune{'C': 'ℭ', 'H': 'ℌ', 'I': 'ℑ', 'R': 'ℜ', 'Z': 'ℨ'}},
	}
	f := forms[variant]
	var b strings.Builder
	for _, r := range s {
		switch {
		case f.special[r] != 0:
			b.WriteRune(f.special[r])
		case r >= 'A' && r <= 'Z':
			b.WriteRune(f.upper + r - 'A')
		case r >= 'a' && r <= 'z':
			b.WriteRune(f.lower + r - 'a')
		case r >= '0' && r <= '9' && f.digit != 0:
			b.WriteRune(f.digit + r - '0')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rawRule fills a bar w wide and thick high, centred on y.
func (dr *drawer) rawRule(x, y, w, thick float64) {
	dr.pdf.RawWriteStr(fmt.Sprintf("q 0 g %.2f %.2f %.2f %.2f re f Q\n", x, dr.g.h-y-thick/2, w, thick))
}

// radical draws a root's sign from x on baseline by: a tick rising from
// the left, a stroke down to bottom below the baseline, one up to top
// above it, then the bar over width.
func (dr *drawer) radical(x, by, sign, top, bottom, width, rule float64) {
	h := dr.g.h
	dr.pdf.RawWriteStr(fmt.Sprintf("q 0 G %.2f w 1 j %.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l %.2f %.2f l S Q\n", rule,
		x, h-(by-top*0.3),
		x+sign*0.22, h-(by-top*0.42),
		x+sign*0.5, h-(by+bottom),
		x+sign, h-(by-top+rule/2),
		x+sign+width, h-(by-top+rule/2)))
}
