package build

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// inspectImage and verifyImage record whether an image is opaque, which the PDF relies on
// to embed it as it is.
func TestDecodeImageOpaque(t *testing.T) {
	solid := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	clear := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range solid.Pix {
		solid.Pix[i] = 0xff
		clear.Pix[i] = 0xff
	}
	clear.SetNRGBA(3, 3, color.NRGBA{R: 10, A: 0x80})
	pal := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Transparent, color.White})
	enc := func(f func(*bytes.Buffer) error) []byte {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, c := range []struct {
		name   string
		data   []byte
		opaque bool
	}{
		{"solid.png", enc(func(b *bytes.Buffer) error { return png.Encode(b, solid) }), true},
		{"clear.png", enc(func(b *bytes.Buffer) error { return png.Encode(b, clear) }), false},
		{"photo.jpg", enc(func(b *bytes.Buffer) error { return jpeg.Encode(b, solid, nil) }), true},
		{"clear.gif", enc(func(b *bytes.Buffer) error { return gif.Encode(b, pal, nil) }), false},
	} {
		img, decode, err := inspectImage(c.name, c.data)
		if err == nil && decode {
			img.Opaque, err = verifyImage(img)
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if img.Opaque != c.opaque {
			t.Errorf("%s: Opaque = %v, want %v", c.name, img.Opaque, c.opaque)
		}
	}
}

// A deferred load returns before a corrupt image is found; each edition
// then fails with the same message as a plain Load, which fails at once.
func TestDeferredLoadReportsCorruptImage(t *testing.T) {
	dir := t.TempDir()
	md := "---\ntitle: T\nlang: en\n---\n\nText.\n\n![A caption](good.jpg){alt=\"x\" credit=\"y\"}\n\n![A caption](cut.png){alt=\"x\" credit=\"y\"}\n"
	solid := image.NewGray(image.Rect(0, 0, 64, 64))
	var good, cut bytes.Buffer
	jpeg.Encode(&good, solid, nil)
	png.Encode(&cut, solid)
	for name, data := range map[string][]byte{"manuscript.md": []byte(md), "good.jpg": good.Bytes(), "cut.png": cut.Bytes()[:cut.Len()-20]} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const want = "manuscript.md:10: image cut.png is corrupt"
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Load: %v, want %q", err, want)
	}
	m, err := LoadWith(dir, LoadOptions{Deferred: true})
	if err != nil {
		t.Fatalf("deferred load: %v", err)
	}
	for name, write := range map[string]func(io.Writer, *Manuscript, Options) error{"EPUB": EPUB, "PDF": PDF} {
		if err := write(io.Discard, m, Options{}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
	if err := m.Verify(); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Verify again: %v", err)
	}
}
