package cover

import (
	"encoding/binary"
	"hash/crc32"
	"image"

	"publish/internal/deflate"
)

// image/png cannot be given a faster compressor, and deflate is most of
// the cover's cost; a gray PNG with unfiltered rows is four chunks, so
// the cover writes its own.

// newGray returns a w×h gray image drawn in the PNG's scanlines: each
// row is preceded by its filter byte, 0 for none, so that the buffer
// behind the image is the data to deflate.
func newGray(w, h int) (img *image.Gray, scanlines []byte) {
	scanlines = make([]byte, (w+1)*h)
	return &image.Gray{Pix: scanlines[1:], Stride: w + 1, Rect: image.Rect(0, 0, w, h)}, scanlines
}

// encode returns the scanlines of a w×h image, made by newGray, as an
// 8-bit gray PNG.
func encode(w, h int, scanlines []byte) []byte {
	idat := deflate.Zlib(scanlines, deflate.BestSpeed)
	out := make([]byte, 0, len(idat)+64)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bits per sample; colour type 0 (gray), deflate, no filter set, no interlace: zeros
	out = chunk(out, "IHDR", ihdr[:])
	out = chunk(out, "IDAT", idat)
	return chunk(out, "IEND", nil)
}

// chunk appends a PNG chunk: length, type, data, and the CRC of type and data.
func chunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
