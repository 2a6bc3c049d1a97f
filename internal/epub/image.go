package epub

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/draw"

	"publish/internal/document"
)

// MaxImageSide is the longest side, in pixels, of an image in the EPUB:
// e-reader screens are at most this large, and larger images only make
// the book heavier (and Send to Kindle slower). Covers may be as large as
// the stores ask for (1600×2560).
const (
	MaxImageSide = 1600
	MaxCoverSide = 2560
)

// forReaders returns img ready for e-readers: unchanged when its longer
// side is at most limit, else scaled down with Catmull-Rom in its own format
// (PNG stays PNG, JPEG stays JPEG).
func forReaders(img *document.Image, limit int) (data []byte, mediaType string, err error) {
	if max(img.Width, img.Height) <= limit {
		return img.Data, img.MediaType, nil
	}
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return nil, "", err
	}
	w, h := fit(img.Width, img.Height, limit)
	var dst draw.Image
	switch src.(type) {
	case *image.Gray, *image.Gray16:
		dst = image.NewGray(image.Rect(0, 0, w, h))
	case *image.YCbCr, *image.CMYK:
		dst = image.NewRGBA(image.Rect(0, 0, w, h))
	default:
		dst = image.NewNRGBA(image.Rect(0, 0, w, h))
	}
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	var buf bytes.Buffer
	switch img.MediaType {
	case "image/png":
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		err = enc.Encode(&buf, dst)
	case "image/jpeg":
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 85})
	default:
		return nil, "", fmt.Errorf("cannot scale %s images", img.MediaType)
	}
	if err != nil {
		return nil, "", err
	}
	return buf.Bytes(), img.MediaType, nil
}

// fit scales w×h so that its longer side is limit, keeping the ratio.
func fit(w, h, limit int) (int, int) {
	if w >= h {
		return limit, max(1, (h*limit+w/2)/w)
	}
	return max(1, (w*limit+h/2)/h), limit
}
