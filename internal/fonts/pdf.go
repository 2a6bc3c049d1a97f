package fonts

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"

	"publish/internal/deflate"
)

// Subset collects the glyphs a PDF draws with one face, and writes them
// as a Type 0 font: a CIDFontType2 whose CIDs are the glyph IDs of a
// subset of the face (Identity-H encoding, identity CIDToGIDMap), keyed
// by glyph and not by character, so that shaped glyphs with no code
// point of their own (ligatures, Arabic forms, Indic conjuncts) and
// characters beyond the Basic Multilingual Plane are drawn; a ToUnicode
// CMap maps each glyph back to its characters. Not safe for concurrent use.
type Subset struct {
	Face  *Face
	cids  []uint16 // face glyph → CID, 0 for none yet (made on first use)
	gids  []int    // face glyph of CID i+1
	text  []string // characters of CID i+1, for ToUnicode
	width []int    // advance of CID i, in thousandths of the em
}

// NewSubset starts an empty subset of f, which must be Embeddable.
func NewSubset(f *Face) *Subset {
	adv, _ := f.sfnt.hmetric(0)
	return &Subset{Face: f, width: []int{f.thousandths(adv)}}
}

func (f *Face) thousandths(units int) int {
	return int(math.Round(float64(units) * 1000 / float64(f.Upem)))
}

// CID is the code that draws glyph g of the face, added to the subset
// the first time; text is what the glyph stands for, which the ToUnicode
// CMap keeps from that first use ("" for none: a glyph that is part of a
// cluster with no character of its own). Glyph 0 (.notdef) is code 0.
func (s *Subset) CID(g uint16, text string) uint16 {
	if g == 0 {
		return 0
	}
	if int(g) < len(s.cids) && s.cids[g] != 0 {
		return s.cids[g]
	}
	if int(g) >= len(s.cids) {
		n := max(s.Face.sfnt.numGlyphs(), int(g)+1)
		s.cids = append(s.cids, make([]uint16, n-len(s.cids))...)
	}
	c := uint16(len(s.gids) + 1)
	s.cids[g] = c
	s.gids = append(s.gids, int(g))
	s.text = append(s.text, text)
	adv, _ := s.Face.sfnt.hmetric(int(g))
	s.width = append(s.width, s.Face.thousandths(adv))
	return c
}

// Width is the advance of code cid in thousandths of the em, as the
// font's W array gives it to the viewer.
func (s *Subset) Width(cid uint16) int { return s.width[cid] }

// Text is what code cid stands for in the ToUnicode CMap.
func (s *Subset) Text(cid uint16) string {
	if cid == 0 {
		return ""
	}
	return s.text[cid-1]
}

// Len is the number of glyphs used so far.
func (s *Subset) Len() int { return len(s.gids) }

// Objects writes the font's objects, each through add, which numbers it
// and returns its number, and returns the number of the Type 0 font.
func (s *Subset) Objects(add func(body []byte) int) (int, error) {
	prog, _, err := subsetFont(s.Face.sfnt, s.gids)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", s.Face.Source, err)
	}
	sum := sha256.Sum256(prog)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	name := string(tag) + "+" + s.Face.Name

	file := add(stream(fmt.Sprintf("/Length1 %d", len(prog)), prog))
	f := s.Face.sfnt
	upem := float64(f.upem())
	scale := func(v int) int { return int(math.Round(float64(v) * 1000 / upem)) }
	bb := f.bbox()
	flags := 4 // symbolic: the font's own glyphs, by CID
	if f.fixedPitch() {
		flags |= 1
	}
	if s.Face.Italic || f.macStyle()&2 != 0 {
		flags |= 64
	}
	capH, ok := f.capHeight()
	if !ok || capH == 0 {
		capH = f.ascent()
	}
	stemV := 80
	if s.Face.Bold {
		stemV = 140
	}
	desc := add(fmt.Appendf(nil, "<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>\n",
		name, flags, scale(bb[0]), scale(bb[1]), scale(bb[2]), scale(bb[3]), strconv.FormatFloat(f.italicAngle(), 'f', -1, 64),
		scale(f.ascent()), scale(f.descent()), scale(capH), stemV, file))

	var w bytes.Buffer
	w.WriteString("[0 [")
	for i, v := range s.width {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(v))
	}
	w.WriteString("]]")
	cid := add(fmt.Appendf(nil, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW %d /W %s /CIDToGIDMap /Identity >>\n",
		name, desc, s.width[0], w.Bytes()))
	uni := add(stream("", s.toUnicode()))
	return add(fmt.Appendf(nil, "<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>\n", name, cid, uni)), nil
}

// toUnicode is the CMap that maps each code to its characters.
func (s *Subset) toUnicode() []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	var entries []string
	for i, t := range s.text {
		if t == "" {
			continue
		}
		var h bytes.Buffer
		for _, u := range utf16.Encode([]rune(t)) {
			fmt.Fprintf(&h, "%04X", u)
		}
		entries = append(entries, fmt.Sprintf("<%04X> <%s>\n", i+1, h.Bytes()))
	}
	for len(entries) > 0 {
		n := min(100, len(entries))
		fmt.Fprintf(&b, "%d beginbfchar\n", n)
		for _, e := range entries[:n] {
			b.WriteString(e)
		}
		b.WriteString("endbfchar\n")
		entries = entries[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// stream is a deflated stream object with the extra dictionary entries.
func stream(extra string, data []byte) []byte {
	z := deflate.Zlib(data, deflate.BestCompression)
	return fmt.Appendf(nil, "<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\n", extra, len(z), z)
}
