package imagefile

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"strings"
	"testing"
)

func goJPEG(t *testing.T, m image.Image) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func goPNG(t *testing.T, m image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func testdata(t *testing.T, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chunk returns a PNG chunk with its length and CRC.
func chunk(typ string, body []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	b = append(append(b, typ...), body...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[4:]))
}

// Every file Go, ImageMagick or a camera writes passes; what the header
// says is right.
func TestCheckValid(t *testing.T) {
	rgba := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range rgba.Pix {
		rgba.Pix[i] = byte(i*7) | 0xc0
		if i%4 == 3 {
			rgba.Pix[i] = 0xff
		}
	}
	nrgba := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range nrgba.Pix {
		nrgba.Pix[i] = byte(i * 7)
	}
	for _, c := range []struct {
		name       string
		data       []byte
		w, h, comp int
		opaque     bool
		embeddable bool
	}{
		{"go.jpg", goJPEG(t, rgba), 40, 30, 3, true, true},
		{"gray.jpg", goJPEG(t, image.NewGray(image.Rect(0, 0, 17, 9))), 17, 9, 1, true, true},
		{"progressive.jpg", testdata(t, "progressive.jpg"), 48, 32, 3, true, true},
		{"cmyk.jpg", testdata(t, "cmyk.jpg"), 48, 32, 4, true, true},
		{"rgb.png", goPNG(t, rgba), 40, 30, 3, true, true},
		{"rgba.png", goPNG(t, nrgba), 40, 30, 4, false, false},
		{"gray.png", goPNG(t, image.NewGray(image.Rect(0, 0, 5, 5))), 5, 5, 1, true, true},
		{"palette.png", testdata(t, "palette.png"), 40, 30, 1, true, true},
		{"interlaced.png", testdata(t, "interlaced.png"), 48, 32, 3, true, false},
	} {
		in, err := Check(c.data)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if in.Width != c.w || in.Height != c.h || in.Components != c.comp || in.Opaque() != c.opaque || in.Embeddable() != c.embeddable {
			t.Errorf("%s: %+v, opaque %v, embeddable %v", c.name, in, in.Opaque(), in.Embeddable())
		}
	}
	// A PNG with a transparent colour (tRNS) is not opaque.
	pal := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.Transparent, color.White})
	if in, err := Check(goPNG(t, pal)); err != nil || in.Opaque() {
		t.Errorf("paletted PNG with tRNS: %v, opaque %v", err, in != nil && in.Opaque())
	}
}

// Every kind of corrupt or truncated file is refused, without decoding.
func TestCheckCorrupt(t *testing.T) {
	m := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for i := range m.Pix {
		m.Pix[i] = byte(i * 13)
	}
	jpg := goJPEG(t, m)
	prog := testdata(t, "progressive.jpg")
	sos := bytes.Index(jpg, []byte{0xff, 0xda})
	sof := bytes.Index(jpg, []byte{0xff, 0xc0})
	dht := bytes.Index(jpg, []byte{0xff, 0xc4})
	pngData := goPNG(t, m)
	idat := bytes.Index(pngData, []byte("IDAT")) - 4
	iend := bytes.Index(pngData, []byte("IEND")) - 4
	ihdr := pngData[8 : 8+25]
	with := func(b []byte, i int, v byte) []byte { b = bytes.Clone(b); b[i] = v; return b }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"JPEG: empty", nil, "neither a JPEG nor a PNG"},
		{"JPEG: SOI only", jpg[:2], "truncated before the image data"},
		{"JPEG: garbage after SOI", []byte("\xff\xd8\xff\xe0 this is not a JPEG"), "truncated inside segment"},
		{"JPEG: text after SOI", cat(jpg[:2], []byte("hello"), jpg[2:]), "expected a marker"},
		{"JPEG: truncated in the headers", jpg[:sof+5], "truncated inside segment"},
		{"JPEG: truncated mid-scan", jpg[:sos+(len(jpg)-sos)/2], "truncated inside the image data"},
		{"JPEG: progressive, truncated mid-scan", prog[:len(prog)*3/4], "truncated"},
		{"JPEG: no EOI", jpg[:len(jpg)-2], "truncated inside the image data"},
		{"JPEG: no frame header", cat(jpg[:sof], jpg[bytes.Index(jpg[sof+2:], []byte{0xff})+sof+2:]), "before the frame header"},
		{"JPEG: 12-bit", with(jpg, sof+4, 12), "12-bit samples"},
		{"JPEG: zero height", with(with(jpg, sof+5, 0), sof+6, 0), "frame of"},
		{"JPEG: two components", with(jpg, sof+9, 2), "2 colour components"},
		{"JPEG: arithmetic coding", with(jpg, sof+1, 0xc9), "arithmetic"},
		{"JPEG: bad Huffman table", with(jpg, dht+4, 0x27), "bad Huffman table"},
		{"JPEG: scan before tables", cat(jpg[:2], jpg[sof:]), "undefined"},
		{"JPEG: scan without data", cat(jpg[:sos+14], []byte{0xff, 0xd9}), "without image data"},
		{"JPEG: second SOI", cat(jpg[:2], []byte{0xff, 0xd8}, jpg[2:]), "second start-of-image"},
		{"PNG: signature only", pngData[:8], "truncated: no IEND"},
		{"PNG: truncated in IDAT", pngData[:idat+20], "truncated inside chunk IDAT"},
		{"PNG: no IEND", pngData[:iend], "truncated: no IEND"},
		{"PNG: bad CRC", with(pngData, idat+10, pngData[idat+10]^1), "bad CRC"},
		{"PNG: bad CRC in IHDR", with(pngData, 20, 9), "chunk IHDR has a bad CRC"},
		{"PNG: zero-length IDAT", cat(pngData[:8], ihdr, chunk("IDAT", nil), chunk("IEND", nil)), "no image data"},
		{"PNG: no IDAT", cat(pngData[:8], ihdr, chunk("IEND", nil)), "no image data"},
		{"PNG: IDAT split by another chunk", cat(pngData[:8], ihdr, chunk("IDAT", []byte{1}), chunk("tEXt", []byte("a\x00b")), chunk("IDAT", []byte{2}), chunk("IEND", nil)), "not contiguous"},
		{"PNG: IHDR not first", cat(pngData[:8], chunk("tEXt", []byte("a\x00b")), pngData[8:]), "IHDR is not the first"},
		{"PNG: zero width", cat(pngData[:8], chunk("IHDR", []byte{0, 0, 0, 0, 0, 0, 0, 1, 8, 2, 0, 0, 0}), pngData[8+25:]), "image of 0×1"},
		{"PNG: bad bit depth", cat(pngData[:8], chunk("IHDR", []byte{0, 0, 0, 1, 0, 0, 0, 1, 3, 2, 0, 0, 0}), pngData[8+25:]), "colour type 2 with bit depth 3"},
		{"PNG: palette without PLTE", cat(pngData[:8], chunk("IHDR", []byte{0, 0, 0, 1, 0, 0, 0, 1, 8, 3, 0, 0, 0}), pngData[8+25:]), "without PLTE"},
		{"PNG: unknown critical chunk", cat(pngData[:idat], chunk("ABCD", nil), pngData[idat:]), "unknown critical chunk"},
		{"PNG: huge chunk length", cat(pngData[:idat], []byte{0xff, 0xff, 0xff, 0xff}, pngData[idat+4:]), "has a length of"},
	} {
		_, err := Check(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

func TestIDAT(t *testing.T) {
	data := goPNG(t, image.NewGray(image.Rect(0, 0, 30, 30)))
	if got := IDAT(data); len(got) == 0 || !bytes.Contains(data, got) {
		t.Errorf("IDAT: %d bytes", len(got))
	}
}

func TestLimitsFit(t *testing.T) {
	l := Limits{Side: 3200, Pixels: 4_000_000}
	for _, c := range []struct{ w, h, ww, wh int }{
		{2400, 1600, 2400, 1600}, // 3.84 MP: kept
		{6000, 4000, 2449, 1632}, // 4 MP
		{3300, 1000, 3200, 969},  // the longer side
		{1000, 5000, 640, 3200},
	} {
		w, h, over := l.Fit(c.w, c.h)
		if w != c.ww || h != c.wh || over != (c.w != c.ww) {
			t.Errorf("Fit(%d, %d) = %d, %d, %v", c.w, c.h, w, h, over)
		}
	}
}

// Scale reduces by whole boxes first, then filters; the result has the size asked.
func TestScale(t *testing.T) {
	src := image.NewYCbCr(image.Rect(0, 0, 600, 400), image.YCbCrSubsampleRatio420)
	for i := range src.Y {
		src.Y[i] = byte(i % 256)
	}
	for _, sz := range [][2]int{{245, 163}, {300, 200}, {599, 399}, {100, 66}} {
		if b := Scale(src, sz[0], sz[1]).Bounds(); b.Dx() != sz[0] || b.Dy() != sz[1] {
			t.Errorf("Scale to %v: %v", sz, b)
		}
	}
}
