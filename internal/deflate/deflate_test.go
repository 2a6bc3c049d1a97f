package deflate

import (
	"bytes"
	"compress/flate"
	"compress/zlib"

	kzlib "github.com/klauspost/compress/zlib"
	"io"
	"strings"
	"testing"
)

// The streams are read back by the standard library's readers, at every
// level, and a reused compressor leaves nothing of its last input.
func TestRoundTrip(t *testing.T) {
	inputs := [][]byte{nil, []byte("x"), []byte(strings.Repeat("the quick brown fox ", 5000)), bytes.Repeat([]byte{0xf3}, 1<<20)}
	for level := -2; level <= 9; level++ {
		for range 2 {
			for _, in := range inputs {
				zr, err := zlib.NewReader(bytes.NewReader(Zlib(in, level)))
				if err != nil {
					t.Fatalf("level %d: %v", level, err)
				}
				if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, in) {
					t.Fatalf("zlib level %d, %d bytes: got %d bytes, %v", level, len(in), len(got), err)
				}
				got, err := io.ReadAll(flate.NewReader(bytes.NewReader(Raw(in, level))))
				if err != nil || !bytes.Equal(got, in) {
					t.Fatalf("raw level %d, %d bytes: got %d bytes, %v", level, len(in), len(got), err)
				}
			}
		}
	}
}

// The same input gives the same bytes, whether the compressor is new or
// reused after another input.
func TestDeterministic(t *testing.T) {
	a := []byte(strings.Repeat("lorem ipsum dolor ", 3000))
	first := bytes.Clone(Zlib(a, BestSpeed))
	Zlib([]byte(strings.Repeat("zz", 70000)), BestSpeed)
	if !bytes.Equal(Zlib(a, BestSpeed), first) {
		t.Error("a reused compressor gave other bytes")
	}
}

// A zlib stream framed here is byte for byte what klauspost's own
// zlib.Writer writes, header and checksum included.
func TestZlibFraming(t *testing.T) {
	in := []byte(strings.Repeat("framed by hand ", 4000))
	for level := -2; level <= 9; level++ {
		var want bytes.Buffer
		zw, err := kzlib.NewWriterLevel(&want, level)
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(in)
		zw.Close()
		if got := Zlib(in, level); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("level %d: %d bytes, zlib.Writer wrote %d; header % x, want % x", level, len(got), want.Len(), got[:2], want.Bytes()[:2])
		}
	}
}
