package build

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

// decodeImage records whether an image is opaque, which the PDF relies on
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
		img, err := decodeImage(c.name, c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if img.Opaque != c.opaque {
			t.Errorf("%s: Opaque = %v, want %v", c.name, img.Opaque, c.opaque)
		}
	}
}
