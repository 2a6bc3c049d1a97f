// Package imagefile reads JPEG and PNG files without decoding their pixels
// where it can: a structural check that catches corrupt and truncated
// files, the facts the writers need (size, colour, transparency), and the
// raw streams a PDF embeds. Where pixels are needed (scaling, flattening)
// it decodes once and scales fast (scale.go).
package imagefile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// Info is what the structural check learns from a file's headers.
type Info struct {
	Format        string // "jpeg" or "png"
	Width, Height int
	// Components is the number of colour channels: 1 (gray), 3 (YCbCr or
	// RGB), 4 (CMYK, JPEG only).
	Components int
	// Adobe is set for a JPEG with an Adobe APP14 segment: its CMYK is
	// stored inverted (as Photoshop writes it).
	Adobe bool
	// PNG only.
	BitDepth   int
	ColorType  int  // 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
	Interlaced bool // Adam7
	Palette    []byte
	TRNS       bool // has a tRNS chunk (a transparent colour or palette alphas)
}

// Opaque reports whether the file cannot hold a transparent pixel, from
// its headers alone: every JPEG, and a PNG without alpha or tRNS.
func (in *Info) Opaque() bool {
	return in.Format == "jpeg" || (in.ColorType == 0 || in.ColorType == 2 || in.ColorType == 3) && !in.TRNS
}

// Embeddable reports whether a PDF can take the file as it is, with no
// pixel decoded: every JPEG (as a DCT stream), and a PNG without
// transparency and not interlaced (its compressed data as a Flate stream
// with the PNG predictors).
func (in *Info) Embeddable() bool {
	return in.Format == "jpeg" || in.Opaque() && !in.Interlaced
}

// Sniff reports whether data starts like a JPEG or PNG file.
func Sniff(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xd8}) || bytes.HasPrefix(data, pngSignature)
}

// Check checks the structure of a JPEG or PNG file without decoding its
// pixels, and returns what its headers say.
//   - JPEG: every marker segment is whole; the frame header (baseline or
//     progressive Huffman, 8 bits) and each scan header are sane; the
//     quantisation and Huffman tables a scan uses are defined; each scan's
//     entropy-coded data runs up to a marker; the file ends with EOI.
//   - PNG: the signature; every chunk whole with its CRC right; IHDR first
//     and sane; PLTE where the colour type needs it; IDAT present, not
//     empty and contiguous; IEND last.
//
// A bit flipped inside compressed data can pass: only a full decode sees
// that (--strict and publish check decode every image).
func Check(data []byte) (*Info, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xd8}):
		return checkJPEG(data)
	case bytes.HasPrefix(data, pngSignature):
		return checkPNG(data)
	}
	return nil, errors.New("neither a JPEG nor a PNG file")
}

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

func checkJPEG(data []byte) (*Info, error) {
	in := &Info{Format: "jpeg"}
	var (
		quant       [4]bool
		dc, ac      [4]bool
		components  []byte // component ids and their quantisation tables
		qtables     []byte
		progressive bool
		scans       int
	)
	p := 2
	for {
		// A marker: 0xff, any fill 0xff bytes, then its code.
		if p >= len(data) {
			if scans == 0 {
				return nil, errors.New("jpeg: truncated before the image data")
			}
			return nil, errors.New("jpeg: truncated: no end-of-image marker")
		}
		if data[p] != 0xff {
			return nil, fmt.Errorf("jpeg: expected a marker at byte %d, found 0x%02x", p, data[p])
		}
		for p < len(data) && data[p] == 0xff {
			p++
		}
		if p >= len(data) {
			return nil, errors.New("jpeg: truncated inside a marker")
		}
		code := data[p]
		p++
		switch {
		case code == 0xd9: // EOI
			if in.Width == 0 {
				return nil, errors.New("jpeg: no frame header before the end")
			}
			if scans == 0 {
				return nil, errors.New("jpeg: no image data before the end")
			}
			return in, nil
		case code == 0xd8:
			return nil, errors.New("jpeg: a second start-of-image marker")
		case code >= 0xd0 && code <= 0xd7 || code == 0x01:
			continue // restart markers and TEM stand alone
		case code == 0x00:
			return nil, fmt.Errorf("jpeg: expected a marker at byte %d", p-2)
		}
		if p+2 > len(data) {
			return nil, errors.New("jpeg: truncated inside a segment header")
		}
		n := int(binary.BigEndian.Uint16(data[p:]))
		if n < 2 {
			return nil, fmt.Errorf("jpeg: segment 0x%02x has a length of %d", code, n)
		}
		if p+n > len(data) {
			return nil, fmt.Errorf("jpeg: truncated inside segment 0x%02x", code)
		}
		seg := data[p+2 : p+n]
		p += n
		switch code {
		case 0xc0, 0xc1, 0xc2: // SOF: baseline, extended, progressive (Huffman)
			if in.Width != 0 {
				return nil, errors.New("jpeg: more than one frame header")
			}
			if len(seg) < 6 {
				return nil, errors.New("jpeg: short frame header")
			}
			if seg[0] != 8 {
				return nil, fmt.Errorf("jpeg: %d-bit samples are not supported", seg[0])
			}
			in.Height = int(binary.BigEndian.Uint16(seg[1:]))
			in.Width = int(binary.BigEndian.Uint16(seg[3:]))
			nc := int(seg[5])
			if in.Width == 0 || in.Height == 0 {
				return nil, fmt.Errorf("jpeg: frame of %d×%d pixels", in.Width, in.Height)
			}
			if nc != 1 && nc != 3 && nc != 4 {
				return nil, fmt.Errorf("jpeg: %d colour components", nc)
			}
			if len(seg) != 6+3*nc {
				return nil, errors.New("jpeg: frame header length does not match its components")
			}
			in.Components = nc
			for i := range nc {
				c := seg[6+3*i:]
				h, v := c[1]>>4, c[1]&15
				if h < 1 || h > 4 || v < 1 || v > 4 || c[2] > 3 {
					return nil, errors.New("jpeg: bad sampling factor or quantisation table in the frame header")
				}
				components = append(components, c[0])
				qtables = append(qtables, c[2])
			}
			progressive = code == 0xc2
		case 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf:
			return nil, fmt.Errorf("jpeg: lossless, hierarchical or arithmetic coding (SOF 0x%02x) is not supported", code)
		case 0xc4: // DHT
			for len(seg) > 0 {
				if len(seg) < 17 {
					return nil, errors.New("jpeg: short Huffman table")
				}
				class, id := seg[0]>>4, seg[0]&15
				if class > 1 || id > 3 {
					return nil, errors.New("jpeg: bad Huffman table class or id")
				}
				total := 0
				for _, c := range seg[1:17] {
					total += int(c)
				}
				if total == 0 || total > 256 || len(seg) < 17+total {
					return nil, errors.New("jpeg: bad Huffman table")
				}
				if class == 0 {
					dc[id] = true
				} else {
					ac[id] = true
				}
				seg = seg[17+total:]
			}
		case 0xdb: // DQT
			for len(seg) > 0 {
				prec, id := seg[0]>>4, seg[0]&15
				size := 65
				if prec == 1 {
					size = 129
				}
				if prec > 1 || id > 3 || len(seg) < size {
					return nil, errors.New("jpeg: bad quantisation table")
				}
				quant[id] = true
				seg = seg[size:]
			}
		case 0xdd: // DRI
			if len(seg) != 2 {
				return nil, errors.New("jpeg: bad restart interval")
			}
		case 0xee: // APP14
			if bytes.HasPrefix(seg, []byte("Adobe")) {
				in.Adobe = true
			}
		case 0xda: // SOS
			if in.Width == 0 {
				return nil, errors.New("jpeg: image data before the frame header")
			}
			if len(seg) < 1 {
				return nil, errors.New("jpeg: short scan header")
			}
			ns := int(seg[0])
			if ns < 1 || ns > in.Components || len(seg) != 4+2*ns {
				return nil, errors.New("jpeg: bad scan header")
			}
			ss, se, ah := seg[1+2*ns], seg[2+2*ns], seg[3+2*ns]>>4
			for i := range ns {
				id, tables := seg[1+2*i], seg[2+2*i]
				k := bytes.IndexByte(components, id)
				if k < 0 {
					return nil, fmt.Errorf("jpeg: scan names component %d, which the frame does not have", id)
				}
				if !quant[qtables[k]] {
					return nil, errors.New("jpeg: a scan uses an undefined quantisation table")
				}
				td, ta := tables>>4, tables&15
				if td > 3 || ta > 3 {
					return nil, errors.New("jpeg: bad Huffman table id in a scan")
				}
				// A progressive scan codes either DC (ss = 0) or AC
				// coefficients; a DC refinement (ah > 0) uses no table.
				needDC := !progressive || ss == 0 && ah == 0
				needAC := !progressive || ss > 0
				if needDC && !dc[td] || needAC && !ac[ta] {
					return nil, errors.New("jpeg: a scan uses an undefined Huffman table")
				}
			}
			if !progressive && (ss != 0 || se != 63) || se > 63 || ss > se {
				return nil, errors.New("jpeg: bad spectral selection in a scan")
			}
			// The entropy-coded data runs to the next marker other than
			// a stuffed 0xff00 or a restart marker.
			start := p
			for {
				i := bytes.IndexByte(data[p:], 0xff)
				if i < 0 || p+i+1 >= len(data) {
					return nil, errors.New("jpeg: truncated inside the image data")
				}
				p += i + 1
				if c := data[p]; c == 0x00 || c >= 0xd0 && c <= 0xd7 {
					p++
					continue
				}
				if c := data[p]; c == 0xff {
					continue // fill bytes before a marker
				}
				p--
				break
			}
			if p == start {
				return nil, errors.New("jpeg: a scan without image data")
			}
			scans++
		}
	}
}

func checkPNG(data []byte) (*Info, error) {
	in := &Info{Format: "png"}
	p := len(pngSignature)
	idat, idatBytes, idatDone := false, 0, false
	first := true
	for {
		if p+8 > len(data) {
			return nil, errors.New("png: truncated: no IEND chunk")
		}
		n := binary.BigEndian.Uint32(data[p:])
		typ := string(data[p+4 : p+8])
		if n > 1<<31-1 {
			return nil, fmt.Errorf("png: chunk %q has a length of %d", typ, n)
		}
		if int(n) > len(data)-p-12 {
			return nil, fmt.Errorf("png: truncated inside chunk %s", printable(typ))
		}
		body := data[p+8 : p+8+int(n)]
		if crc32.ChecksumIEEE(data[p+4:p+8+int(n)]) != binary.BigEndian.Uint32(data[p+8+int(n):]) {
			return nil, fmt.Errorf("png: chunk %s has a bad CRC", printable(typ))
		}
		p += 12 + int(n)
		if first != (typ == "IHDR") {
			return nil, errors.New("png: IHDR is not the first chunk")
		}
		first = false
		if typ != "IDAT" && idat {
			idatDone = true
		}
		switch typ {
		case "IHDR":
			if len(body) != 13 {
				return nil, errors.New("png: bad IHDR length")
			}
			w, h := binary.BigEndian.Uint32(body), binary.BigEndian.Uint32(body[4:])
			if w == 0 || h == 0 || w > 1<<31-1 || h > 1<<31-1 {
				return nil, fmt.Errorf("png: image of %d×%d pixels", w, h)
			}
			in.Width, in.Height = int(w), int(h)
			in.BitDepth, in.ColorType = int(body[8]), int(body[9])
			ok := false
			switch in.ColorType {
			case 0:
				ok = in.BitDepth == 1 || in.BitDepth == 2 || in.BitDepth == 4 || in.BitDepth == 8 || in.BitDepth == 16
				in.Components = 1
			case 3:
				ok = in.BitDepth == 1 || in.BitDepth == 2 || in.BitDepth == 4 || in.BitDepth == 8
				in.Components = 1
			case 2, 4, 6:
				ok = in.BitDepth == 8 || in.BitDepth == 16
				in.Components = map[int]int{2: 3, 4: 2, 6: 4}[in.ColorType]
			}
			if !ok {
				return nil, fmt.Errorf("png: colour type %d with bit depth %d", in.ColorType, in.BitDepth)
			}
			if body[10] != 0 || body[11] != 0 || body[12] > 1 {
				return nil, errors.New("png: unknown compression, filter or interlace method")
			}
			in.Interlaced = body[12] == 1
		case "PLTE":
			if idat || len(body) == 0 || len(body)%3 != 0 || len(body) > 3*256 {
				return nil, errors.New("png: bad PLTE chunk")
			}
			in.Palette = body
		case "tRNS":
			in.TRNS = true
		case "IDAT":
			if idatDone {
				return nil, errors.New("png: IDAT chunks are not contiguous")
			}
			if in.ColorType == 3 && in.Palette == nil {
				return nil, errors.New("png: a palette image without PLTE")
			}
			idat = true
			idatBytes += len(body)
		case "IEND":
			if !idat || idatBytes == 0 {
				return nil, errors.New("png: no image data (IDAT)")
			}
			return in, nil
		default:
			if typ[0]&0x20 == 0 { // a critical chunk we do not know
				return nil, fmt.Errorf("png: unknown critical chunk %s", printable(typ))
			}
		}
	}
}

func printable(typ string) string {
	for _, c := range []byte(typ) {
		if c < 'A' || c > 'z' || c > 'Z' && c < 'a' {
			return fmt.Sprintf("%q", typ)
		}
	}
	return typ
}

// IDAT returns the compressed image data of a checked PNG file: its IDAT
// chunks' contents, joined.
func IDAT(data []byte) []byte {
	var out []byte
	for p := len(pngSignature); p+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[p:]))
		if p+12+n > len(data) {
			break
		}
		if string(data[p+4:p+8]) == "IDAT" {
			out = append(out, data[p+8:p+8+n]...)
		}
		p += 12 + n
	}
	return out
}
