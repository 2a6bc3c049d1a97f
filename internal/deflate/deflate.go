// Package deflate compresses whole buffers, for the PDF's streams, the
// EPUB's zip entries and the generated cover's PNG.
//
// It uses klauspost/compress rather than the standard library: at level
// 1 it deflates the cover in 8.3 ms where compress/flate takes 14.6 ms,
// within 8% of the size. Compressors are kept for reuse: each holds up to
// a megabyte of tables, which a new process faults in page by page, and
// a build that made one per stream spent more time in those faults than
// in compressing.
package deflate

import (
	"bytes"
	"hash"
	"hash/adler32"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// Levels, as compress/flate numbers them.
const (
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
)

// The free compressors, by level+2 (from HuffmanOnly, -2, to
// BestCompression, 9).
var raws [12]sync.Pool

// Zlib returns data as a zlib stream (a PDF's FlateDecode, a PNG's IDAT)
// at level.
func Zlib(data []byte, level int) []byte { return whole(data, level, ZlibStream) }

// Raw returns data as a raw deflate stream (a zip entry's) at level.
func Raw(data []byte, level int) []byte { return whole(data, level, RawStream) }

// ZlibStream returns a zlib stream at level onto w, and the function that
// ends it and keeps its compressor for reuse. It frames a raw stream
// (RFC 1950: a two-byte header, then the Adler-32 of the input), so that
// zlib streams and zip entries at one level share one set of compressors:
// zlib.Writer holds a compressor of its own, and a build that used both
// kinds faulted in a megabyte more of tables.
func ZlibStream(w io.Writer, level int) (io.Writer, func() error) {
	z := &zlibWriter{sum: adler32.New()}
	_, z.err = w.Write(zlibHeader(level))
	z.raw, z.done = RawStream(w, level)
	return z, func() error {
		err := z.done()
		if z.err == nil {
			z.err = err
		}
		if z.err == nil {
			_, z.err = w.Write(z.sum.Sum(nil))
		}
		return z.err
	}
}

// zlibHeader is the header klauspost's zlib.Writer writes for level:
// deflate with a 32 KB window, and the level's class.
func zlibHeader(level int) []byte {
	var class byte
	switch {
	case level == DefaultCompression || level == 6:
		class = 2
	case level >= 7:
		class = 3
	case level >= 2:
		class = 1
	}
	h := []byte{0x78, class << 6}
	h[1] += byte(31 - (uint16(h[0])<<8+uint16(h[1]))%31)
	return h
}

type zlibWriter struct {
	raw  io.Writer
	done func() error
	sum  hash.Hash32
	err  error
}

func (z *zlibWriter) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	z.sum.Write(p)
	n, err := z.raw.Write(p)
	z.err = err
	return n, err
}

// RawStream returns a raw deflate stream (a zip entry's) at level onto w,
// and the function that ends it and keeps its compressor for reuse.
func RawStream(w io.Writer, level int) (io.Writer, func() error) {
	p := &raws[level+2]
	c, ok := p.Get().(*flate.Writer)
	if ok {
		c.Reset(w)
	} else {
		var err error
		if c, err = flate.NewWriter(w, level); err != nil {
			panic(err) // only an invalid level fails: a bug here
		}
	}
	return c, func() error {
		err := c.Close()
		p.Put(c)
		return err
	}
}

// whole compresses data in one stream made by open.
func whole(data []byte, level int, open func(io.Writer, int) (io.Writer, func() error)) []byte {
	var buf bytes.Buffer
	buf.Grow(len(data)/4 + 64)
	zw, done := open(&buf, level)
	zw.Write(data) // writing to memory cannot fail
	done()
	return buf.Bytes()
}
