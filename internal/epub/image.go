package epub

import (
	"fmt"

	"publish/internal/document"
	"publish/internal/imagefile"
)

// MaxImageSide and MaxImagePixels are the default image limits (see
// Options.ImageLimits).
const (
	MaxImageSide   = 3200
	MaxImagePixels = 4_000_000
)

// forReaders returns img ready for e-readers: as it is within limits;
// else the copy that build made from its one decode (Image.Screen); else,
// for a caller that loaded no copy, a copy scaled here, in its own format
// (PNG stays PNG, JPEG stays JPEG).
func forReaders(img *document.Image, limits imagefile.Limits) (*document.Image, error) {
	w, h, over := limits.Fit(img.Width, img.Height)
	if !over {
		return img, nil
	}
	if s := img.Screen; s != nil && s.Width == w && s.Height == h {
		return s, nil
	}
	if img.MediaType != "image/jpeg" && img.MediaType != "image/png" {
		return nil, fmt.Errorf("cannot scale %s images", img.MediaType)
	}
	data, err := img.Bytes()
	if err != nil {
		return nil, err
	}
	px, err := imagefile.DecodeAtLeast(data, w, h)
	if err != nil {
		return nil, err
	}
	scaled, err := imagefile.Encode(imagefile.Scale(px, w, h), img.MediaType)
	if err != nil {
		return nil, err
	}
	return &document.Image{Name: img.Name, MediaType: img.MediaType, Data: scaled, Width: w, Height: h, Opaque: img.Opaque}, nil
}
