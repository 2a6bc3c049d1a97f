package fonts

import (
	"encoding/binary"
	"errors"
	"slices"
)

// subsetFont writes a TrueType font holding glyph 0 (.notdef) and the
// glyphs gids, in that order, so that glyph i of the subset is gids[i-1]
// of the face; the components of composite glyphs follow them. The
// tables a PDF viewer needs are kept (head, hhea, maxp, hmtx, loca, glyf
// and the hinting programs cvt, fpgm, prep, with OS/2, name and a format
// 3 post); the layout tables go, and cmap maps nothing, as a
// CIDFontType2 reaches its glyphs by glyph ID. It returns the font and the number of glyphs.
//
// No Go subsetter is available to us, and this is the smallest one a
// glyph-keyed PDF font needs; the tests check its output with qpdf, pdfcpu,
// pdffonts, mutool and pdftotext.
func subsetFont(s *sfnt, gids []int) ([]byte, int, error) {
	if s.outlines() != "" {
		return nil, 0, errors.New("fonts: only TrueType outlines can be subset: " + s.outlines())
	}
	n := s.numGlyphs()
	newID := make(map[int]int, len(gids)+1)
	order := make([]int, 0, len(gids)+1)
	add := func(g int) int {
		if id, ok := newID[g]; ok {
			return id
		}
		id := len(order)
		newID[g] = id
		order = append(order, g)
		return id
	}
	add(0)
	for _, g := range gids {
		if g > 0 && g < n {
			add(g)
		}
	}
	var glyf []byte
	loca := make([]byte, 0, 4*(len(order)+1))
	// order grows as composites name their components.
	for i := 0; i < len(order); i++ {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		g := s.glyph(order[i])
		if len(g) >= 10 && int16(binary.BigEndian.Uint16(g)) < 0 {
			g = slices.Clone(g)
			if err := renumberComponents(g, n, add); err != nil {
				return nil, 0, err
			}
		}
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))

	hmtx := make([]byte, 0, 4*len(order))
	for _, g := range order {
		adv, lsb := s.hmetric(g)
		hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(adv))
		hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(int16(lsb)))
	}
	head := slices.Clone(s.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // long loca
	hhea := slices.Clone(s.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(order)))
	maxp := slices.Clone(s.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(order)))

	tables := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf, "cmap": emptyCmap}
	for _, t := range []string{"cvt ", "fpgm", "prep", "OS/2", "name"} {
		if b := s.tables[t]; b != nil {
			tables[t] = b
		}
	}
	if p := s.tables["post"]; len(p) >= 32 {
		post := slices.Clone(p[:32])
		binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names
		tables["post"] = post
	}
	return writeSfnt(tables), len(order), nil
}

// emptyCmap maps no character: the PDF reaches glyphs by ID, but some
// font parsers refuse a face without a cmap table. It is a Windows
// Unicode (3, 1) format 4 subtable holding only the closing segment.
var emptyCmap = []byte{
	0, 0, 0, 1, // version, one subtable
	0, 3, 0, 1, 0, 0, 0, 12, // platform 3, encoding 1, at offset 12
	0, 4, 0, 24, 0, 0, // format 4, length, language
	0, 2, 0, 2, 0, 0, 0, 0, // segCountX2, searchRange, entrySelector, rangeShift
	0xff, 0xff, 0, 0, 0xff, 0xff, // endCode, reservedPad, startCode
	0, 1, 0, 0, // idDelta, idRangeOffset
}

// renumberComponents rewrites the component glyph IDs of composite glyph
// g in place, through add.
func renumberComponents(g []byte, numGlyphs int, add func(int) int) error {
	const (
		argsAreWords  = 0x0001
		haveScale     = 0x0008
		moreComps     = 0x0020
		haveXYScale   = 0x0040
		haveTwoByTwo  = 0x0080
		errComposites = "fonts: malformed composite glyph"
	)
	p := 10
	for {
		if p+4 > len(g) {
			return errors.New(errComposites)
		}
		flags := binary.BigEndian.Uint16(g[p:])
		comp := int(binary.BigEndian.Uint16(g[p+2:]))
		if comp >= numGlyphs {
			return errors.New(errComposites)
		}
		binary.BigEndian.PutUint16(g[p+2:], uint16(add(comp)))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComps == 0 {
			return nil
		}
	}
}

// writeSfnt assembles tables into a font file with its directory and
// checksums, head's checkSumAdjustment included.
func writeSfnt(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	n := len(tags)
	pow, log := 1, 0
	for pow*2 <= n {
		pow, log = pow*2, log+1
	}
	size := 12 + 16*n
	for _, t := range tags {
		size += (len(tables[t]) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(out[8:], uint16(log))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16*pow))
	headAt := 0
	for i, t := range tags {
		b := tables[t]
		r := out[12+16*i:]
		copy(r, t)
		binary.BigEndian.PutUint32(r[4:], checksum(b))
		binary.BigEndian.PutUint32(r[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(r[12:], uint32(len(b)))
		if t == "head" {
			headAt = len(out)
		}
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the OpenType table checksum: the sum of its big-endian
// 32-bit words, the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
