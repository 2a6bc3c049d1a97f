package pdf

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"publish/internal/document"
	"publish/internal/texmath"
	"publish/internal/typeset"
)

// objectChar stands for a box (a formula, an inline image) in the text
// the line breaker sees: one unbreakable "word" as wide as the box.
const objectChar = "\uFFFC"

// runs turns inlines into typeset runs; each segment ends at a hard line
// break. Links are numbered into l.urls, and their addresses printed as
// l.links says, unless the text already is the address; inside a note, an
// address goes after the text. A link to an identifier of the document
// is a link inside the PDF, to its named destination.
func (l *layout) runs(ins []document.Inline) [][]typeset.Run {
	segs := [][]typeset.Run{nil}
	add := func(text string, st typeset.Style) {
		text = strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
		if text != "" {
			segs[len(segs)-1] = append(segs[len(segs)-1], typeset.Run{Text: text, Style: st})
		}
	}
	var walk func(ins []document.Inline, st typeset.Style)
	walk = func(ins []document.Inline, st typeset.Style) {
		for _, in := range ins {
			switch n := in.(type) {
			case *document.Str:
				add(n.Text, st)
			case *document.Code:
				add(n.Text, st|stCode)
			case *document.Emph:
				walk(n.Children, st^stItalic) // emphasis inside italics is upright
			case *document.Strong:
				walk(n.Children, st|stBold)
			case *document.Strikeout:
				walk(n.Children, st|stStrike)
			case *document.Superscript:
				walk(n.Children, st&^stSub|stSuper)
			case *document.Subscript:
				walk(n.Children, st&^stSuper|stSub)
			case *document.SmallCaps:
				walk(n.Children, st|stSmallCaps)
			case *document.Span:
				inner := st // the span's style, not its siblings'
				if n.Attr.HasClass("smallcaps") {
					inner |= stSmallCaps
				}
				if lang := n.Attr.Value("lang"); lang != "" {
					inner = inner&^stLangMask | l.langStyle(lang)
				}
				switch strings.ToLower(n.Attr.Value("dir")) {
				case "rtl":
					inner = inner&^stLTR | stRTL
				case "ltr":
					inner = inner&^stRTL | stLTR
				}
				walk(n.Children, inner)
			case *document.Link:
				l.link(n, st, add, walk)
			case *document.LineBreak:
				segs = append(segs, nil)
			case *document.Note:
				if l.inNote { // a note holds no note: its text goes in brackets
					add(" ["+blocksText(n.Blocks)+"]", st)
					break
				}
				if l.dry {
					add(strconv.Itoa(l.noteNum+1), st|stSuper)
					break
				}
				num := l.addNote(func(indent float64) { l.noteBlocks(n.Blocks, indent) })
				add(num, withIndex(st&^(stSub|stStrike)|stSuper|stNoteRef, len(l.notes)))
			case *document.Math:
				if b := l.formula(n.TeX, false, l.body().size*scaleOf(st)); b != nil { // a displayed formula out of a paragraph is set in the line
					l.boxes = append(l.boxes, b)
					add(objectChar, withIndex(st&stLangMask|stBox, len(l.boxes)))
				} else {
					add(n.TeX, st|stCode)
				}
			case *document.InlineImage:
				if b := l.inlineImage(n, l.body().size*scaleOf(st)); b != nil {
					l.boxes = append(l.boxes, b)
					add(objectChar, withIndex(st&stLangMask|stBox, len(l.boxes)))
				} else if n.Figure != nil && !l.dry {
					l.large = append(l.large, n.Figure) // set as a figure after its block
				}
			default:
				panic(fmt.Sprintf("pdf: unknown inline %T", in))
			}
		}
	}
	walk(ins, l.lang)
	return segs
}

// link sets a link's text and, as l.links says, its address. Readers
// drop unsafe links; this is the last line of defence, through the one
// link policy (document.CheckLink): a link to an identifier of the
// document is a GoTo link to its named destination, only http, https and
// mailto become URI actions, and any other link keeps its text alone.
func (l *layout) link(n *document.Link, st typeset.Style, add func(string, typeset.Style), walk func([]document.Inline, typeset.Style)) {
	u, kind, _ := document.CheckLink(n.URL)
	id, internal := strings.CutPrefix(n.URL, "#")
	internal = internal && kind == document.LinkLocal && l.targets[id] // a missing one the reader has warned of
	web := kind == document.LinkWeb
	address := printedAddress(u)
	if l.dry { // measuring: the text, and the address as it will be printed
		walk(n.Children, st)
		if !web || sameAddress(document.PlainText(n.Children), address) {
			return
		}
		switch {
		case l.links == linksNotes && !l.inNote:
			add(strconv.Itoa(l.noteNum+1), st|stSuper)
		case l.links != linksHidden:
			add(" ("+address+")", st|stSmall)
		}
		return
	}
	if internal {
		l.urls = append(l.urls, "#"+destName(id))
		walk(n.Children, withIndex(st&^(stNoteRef|stBox), len(l.urls)))
		return
	}
	if !web {
		walk(n.Children, st) // a file no edition holds, or a refused link
		return
	}
	l.urls = append(l.urls, u)
	link := withIndex(st&^(stNoteRef|stBox), len(l.urls))
	walk(n.Children, link)
	if sameAddress(document.PlainText(n.Children), address) {
		return // the text is the address: printed once
	}
	plain := withIndex(st&^(stNoteRef|stBox), 0)
	switch {
	case l.links == linksHidden:
	case l.links == linksNotes && !l.inNote:
		num := l.addNote(func(indent float64) {
			ts := l.footnote()
			ts.justify, ts.hyphenate = false, false
			l.set(plainRuns(address, withIndex(stCode, len(l.urls))), ts, l.g.width(), indent, 0)
		})
		add(num, withIndex(plain&^(stSub|stStrike)|stSuper|stNoteRef, len(l.notes)))
	default:
		add(" (", plain|stSmall)
		add(address, link|stCode|stSmall)
		add(")", plain|stSmall)
	}
}

// destName is the name of the destination of identifier id: its bytes
// in hexadecimal, which passes through fpdf's link strings unchanged and
// is the same string, written <…>, in the PDF's name tree.
func destName(id string) string { return hex.EncodeToString([]byte(id)) }

// langStyle is the style bits of text in language tag: the index of its
// hyphenator, added on first use (at most 15 languages besides the
// document's; the others hyphenate as the document does).
func (l *layout) langStyle(tag string) typeset.Style {
	for i, t := range l.langs {
		if strings.EqualFold(t, tag) {
			return typeset.Style(i) << stLangShift
		}
	}
	if len(l.langs) >= 16 {
		return 0
	}
	h, _ := typeset.NewHyphenator(tag) // no patterns: no hyphenation
	l.langs = append(l.langs, tag)
	l.hyphs = append(l.hyphs, h)
	return typeset.Style(len(l.langs)-1) << stLangShift
}

// hyphenatorOf is the hyphenator of text in style st; code is never
// hyphenated.
func (l *layout) hyphenatorOf(st typeset.Style) *typeset.Hyphenator {
	if st&stCode != 0 {
		return nil
	}
	if i := langOf(st); i < len(l.hyphs) {
		return l.hyphs[i]
	}
	return l.hyph
}

// formula is the box of a TeX formula at size, or nil, with a warning,
// when texmath does not handle it or a character of it has no face: the
// caller then shows the TeX as written.
func (l *layout) formula(tex string, display bool, size float64) *mbox {
	ml, err := texmath.MathML(tex, display)
	var root *mnode
	if err == nil {
		root, err = parseMathML(ml)
	}
	if err != nil {
		if !l.dry {
			l.warn(l.at, fmt.Sprintf("the formula %q is shown as written in the PDF: %v", clip(tex), err))
		}
		return nil
	}
	m := &mathSetter{t: l.t, size: size, covered: l.t.shaper.Covered}
	style := mathStyle(1)
	if display {
		style = 0
	}
	b := m.box(root, style)
	if len(m.missing) > 0 && l.dry {
		return nil
	}
	if len(m.missing) > 0 {
		l.warn(l.at, fmt.Sprintf("the formula %q is shown as written in the PDF: no font for %q (install fonts-noto-core, which has Noto Sans Math)", clip(tex), string(m.missing)))
		return nil
	}
	return &b
}

// clip shortens a formula for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// inlineImage is the box of an image set in a line, as high as the
// text's capitals; nil for one too large for a line (more than 64 pixels
// high), which is set as a figure after its block, or one not loaded.
func (l *layout) inlineImage(n *document.InlineImage, size float64) *mbox {
	f := n.Figure
	if f == nil || f.Image == nil || f.Image.Width <= 0 || f.Image.Height <= 0 || f.Image.Height > 64 {
		return nil
	}
	h := size * 0.75
	w := h * float64(f.Image.Width) / float64(f.Image.Height)
	l.figs++
	img := &image{name: fmt.Sprintf("figure-%d", l.figs), src: f.Image, w: w, h: h}
	return &mbox{w: w, h: h, draw: func(d *drawer, x, by float64) { d.image(img, x, by-h) }}
}
