package cover

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"

	"publish/internal/deflate"
)

// canvas records what the cover paints, in order, and paints it into a
// PNG a band of rows at a time: the whole image is never in memory.
// image/png needs the whole image and cannot be given a faster
// compressor, and deflate is most of the cover's cost; a gray PNG with
// unfiltered rows is four chunks, so the cover writes its own. A batch of
// articles each with a generated cover allocated 4 MB per cover before.
type canvas struct {
	ops []paint
}

// paint is a rectangle filled with the gray level v, through mask (r's
// coverage, row by row) when there is one.
type paint struct {
	r    image.Rectangle
	mask []uint8
	v    uint8
}

func (c *canvas) fill(r image.Rectangle, v uint8) { c.ops = append(c.ops, paint{r: r, v: v}) }

func (c *canvas) blend(r image.Rectangle, mask []uint8, v uint8) {
	c.ops = append(c.ops, paint{r: r, mask: mask, v: v})
}

// bandRows is the height of a band: 64 rows are 100 KB.
const bandRows = 64

// png returns the canvas as a w×h 8-bit gray PNG.
func (c *canvas) png(w, h int) []byte {
	var idat bytes.Buffer
	idat.Grow(128 << 10)
	zw, done := deflate.ZlibStream(&idat, deflate.BestSpeed)
	stride := w + 1 // each row starts with its filter byte, 0 for none
	band := make([]byte, bandRows*stride)
	for y0 := 0; y0 < h; y0 += bandRows {
		rows := min(bandRows, h-y0)
		b := band[:rows*stride]
		clear(b)
		bounds := image.Rect(0, y0, w, y0+rows)
		for _, p := range c.ops {
			if r := p.r.Intersect(bounds); !r.Empty() {
				p.paintInto(b, stride, y0, r)
			}
		}
		zw.Write(b) // writing to memory cannot fail
	}
	done()

	out := make([]byte, 0, idat.Len()+64)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bits per sample; colour type 0 (gray), deflate, no filter set, no interlace: zeros
	out = chunk(out, "IHDR", ihdr[:])
	out = chunk(out, "IDAT", idat.Bytes())
	return chunk(out, "IEND", nil)
}

// paintInto paints the part r of p into the band b, whose first row is
// y0.
func (p paint) paintInto(b []byte, stride, y0 int, r image.Rectangle) {
	if p.mask == nil { // one row filled, then copied: copy is a memmove
		first := b[(r.Min.Y-y0)*stride+1+r.Min.X:][:r.Dx()]
		first[0] = p.v
		for n := 1; n < len(first); n *= 2 {
			copy(first[n:], first[:n])
		}
		for y := r.Min.Y + 1; y < r.Max.Y; y++ {
			copy(b[(y-y0)*stride+1+r.Min.X:][:r.Dx()], first)
		}
		return
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := b[(y-y0)*stride+1+r.Min.X:][:r.Dx()]
		m := p.mask[(y-p.r.Min.Y)*p.r.Dx()+r.Min.X-p.r.Min.X:][:len(row)]
		for i, a := range m {
			if a == 0 {
				continue
			}
			d, a := uint32(row[i]), uint32(a)
			row[i] = uint8((d*(255-a) + uint32(p.v)*a + 127) / 255)
		}
	}
}

// chunk appends a PNG chunk: length, type, data, and the CRC of type and data.
func chunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
