package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// sfnt is the table directory of one face of a TrueType or OpenType file
// (one member of a collection), read just far enough to subset it.
type sfnt struct {
	data    []byte
	index   int // in a collection
	dir     int // offset of the first table record
	records int
	tables  map[string][]byte
}

var errNotSfnt = errors.New("not a TrueType or OpenType font")

// faceCount is the number of faces of a font file: a collection's count
// (at most go-text's limit, 2048), else 1.
func faceCount(data []byte) int {
	if len(data) >= 12 && string(data[:4]) == "ttcf" {
		return min(int(binary.BigEndian.Uint32(data[8:])), 2048)
	}
	return 1
}

// parseSfnt reads face index of data, a font file or collection.
func parseSfnt(data []byte, index int) (*sfnt, error) {
	if len(data) < 12 {
		return nil, errNotSfnt
	}
	off := 0
	if string(data[:4]) == "ttcf" {
		if index < 0 || index >= faceCount(data) || 12+4*index+4 > len(data) {
			return nil, fmt.Errorf("collection has no face %d", index)
		}
		off = int(binary.BigEndian.Uint32(data[12+4*index:]))
	} else if index != 0 {
		return nil, fmt.Errorf("not a collection: no face %d", index)
	}
	if off+12 > len(data) {
		return nil, errNotSfnt
	}
	switch binary.BigEndian.Uint32(data[off:]) {
	case 0x00010000, 0x74727565, 0x4f54544f: // TrueType, 'true', 'OTTO'
	default:
		return nil, errNotSfnt
	}
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	if off+12+16*n > len(data) {
		return nil, errNotSfnt
	}
	s := &sfnt{data: data, index: index, dir: off + 12, records: n, tables: make(map[string][]byte, n)}
	for i := range n {
		r := data[off+12+16*i:]
		start, length := uint64(binary.BigEndian.Uint32(r[8:])), uint64(binary.BigEndian.Uint32(r[12:]))
		if start+length > uint64(len(data)) {
			return nil, fmt.Errorf("table %q runs past the end of the file", r[:4])
		}
		s.tables[string(r[:4])] = data[start : start+length]
	}
	for _, t := range []string{"head", "hhea", "hmtx", "maxp"} {
		if s.tables[t] == nil {
			return nil, fmt.Errorf("no %s table", t)
		}
	}
	if len(s.tables["head"]) < 54 || len(s.tables["hhea"]) < 36 || len(s.tables["maxp"]) < 6 {
		return nil, errors.New("short head, hhea or maxp table")
	}
	return s, nil
}

// outlines tells why a face cannot be embedded as a TrueType font program
// (FontFile2), or "" when it can: CFF outlines go in FontFile3, which we
// do not write, and bitmap-only faces (colour emoji) have no outlines.
func (s *sfnt) outlines() string {
	switch {
	case s.tables["glyf"] != nil && s.tables["loca"] != nil:
		return ""
	case s.tables["CFF "] != nil || s.tables["CFF2"] != nil:
		return "CFF outlines"
	}
	return "no outlines"
}

// tagOffset is where the tag of table t is in the file, or -1.
func (s *sfnt) tagOffset(t string) int {
	for i := range s.records {
		if at := s.dir + 16*i; string(s.data[at:at+4]) == t {
			return at
		}
	}
	return -1
}

func (s *sfnt) u16(table string, off int) int {
	t := s.tables[table]
	if off+2 > len(t) {
		return 0
	}
	return int(binary.BigEndian.Uint16(t[off:]))
}

func (s *sfnt) i16(table string, off int) int { return int(int16(s.u16(table, off))) }

func (s *sfnt) upem() int        { return max(16, s.u16("head", 18)) }
func (s *sfnt) numGlyphs() int   { return s.u16("maxp", 4) }
func (s *sfnt) longLoca() bool   { return s.i16("head", 50) == 1 }
func (s *sfnt) numHMetrics() int { return s.u16("hhea", 34) }
func (s *sfnt) bbox() [4]int {
	return [4]int{s.i16("head", 36), s.i16("head", 38), s.i16("head", 40), s.i16("head", 42)}
}
func (s *sfnt) ascent() int      { return s.i16("hhea", 4) }
func (s *sfnt) descent() int     { return s.i16("hhea", 6) }
func (s *sfnt) fixedPitch() bool { return s.u16("post", 12) != 0 || s.u16("post", 14) != 0 }
func (s *sfnt) macStyle() int    { return s.u16("head", 44) }
func (s *sfnt) italicAngle() float64 {
	return float64(int32(s.u16("post", 4)<<16|s.u16("post", 6))) / 65536
}
func (s *sfnt) capHeight() (int, bool) { return s.i16("OS/2", 88), s.u16("OS/2", 0) >= 2 }

// hmetric is glyph g's advance width and left side bearing.
func (s *sfnt) hmetric(g int) (adv, lsb int) {
	n := s.numHMetrics()
	if n == 0 {
		return 0, 0
	}
	if g < n {
		return s.u16("hmtx", 4*g), s.i16("hmtx", 4*g+2)
	}
	return s.u16("hmtx", 4*(n-1)), s.i16("hmtx", 4*n+2*(g-n))
}

// glyph is the glyf data of glyph g (empty for a glyph without outline).
func (s *sfnt) glyph(g int) []byte {
	loca, glyf := s.tables["loca"], s.tables["glyf"]
	var a, b int
	if s.longLoca() {
		if 4*g+8 > len(loca) {
			return nil
		}
		a, b = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
	} else {
		if 2*g+4 > len(loca) {
			return nil
		}
		a, b = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
	}
	if a >= b || b > len(glyf) {
		return nil
	}
	return glyf[a:b]
}

// postScriptName is the face's PostScript name (name ID 6), reduced to
// the characters a PDF name may carry plainly.
func (s *sfnt) postScriptName() string {
	t := s.tables["name"]
	if len(t) < 6 {
		return ""
	}
	count, strOff := int(binary.BigEndian.Uint16(t[2:])), int(binary.BigEndian.Uint16(t[4:]))
	best := ""
	for i := range count {
		r := 6 + 12*i
		if r+12 > len(t) {
			break
		}
		platform, enc, id := binary.BigEndian.Uint16(t[r:]), binary.BigEndian.Uint16(t[r+2:]), binary.BigEndian.Uint16(t[r+6:])
		length, off := int(binary.BigEndian.Uint16(t[r+8:])), int(binary.BigEndian.Uint16(t[r+10:]))
		if id != 6 || strOff+off+length > len(t) {
			continue
		}
		raw := t[strOff+off : strOff+off+length]
		switch {
		case platform == 3 && (enc == 1 || enc == 0) || platform == 0:
			u := make([]uint16, len(raw)/2)
			for j := range u {
				u[j] = binary.BigEndian.Uint16(raw[2*j:])
			}
			best = string(utf16.Decode(u))
		case platform == 1 && best == "":
			best = string(raw)
		}
	}
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return -1
	}, best)
}
