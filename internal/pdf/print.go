package pdf

import (
	"bytes"
	"encoding/hex"
	"fmt"
	stdimage "image"
	"image/png"
	"sync"

	"publish/internal/document"
	"publish/internal/imagefile"
)

// embed returns the image XObject of img: its dictionary entries, without
// /Length, and its stream. Nothing is decoded for a file that PDF takes as
// it is (imagefile.Info.Embeddable): a JPEG is its DCT stream, unchanged;
// an opaque PNG that is not interlaced is its compressed data with the
// PNG predictors. Anything else is flattened onto white, so that no page
// uses transparency (PDF/A): from the copy that build made from its one
// decode (Image.Print), or, for a caller that loaded none, decoded here.
func embed(img *document.Image) (dict string, stream []byte, err error) {
	src := img
	if img.Print != nil {
		src = img.Print
	}
	data, err := src.Bytes()
	if err != nil {
		return "", nil, err
	}
	in, err := imagefile.Check(data)
	if err != nil {
		return "", nil, fmt.Errorf("image %s is corrupt: %v", img.Name, err)
	}
	if !in.Embeddable() {
		px, err := imagefile.Decode(data)
		if err != nil {
			return "", nil, fmt.Errorf("image %s is corrupt: %v", img.Name, err)
		}
		if data, err = imagefile.Encode(imagefile.Flatten(px), "image/png"); err != nil {
			return "", nil, err
		}
		if in, err = imagefile.Check(data); err != nil {
			return "", nil, err
		}
	}
	head := fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d", in.Width, in.Height)
	if in.Format == "jpeg" {
		cs := map[int]string{1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}[in.Components]
		if in.Components == 4 && in.Adobe {
			cs += " /Decode [1 0 1 0 1 0 1 0]" // Adobe's CMYK is stored inverted
		}
		return fmt.Sprintf("%s /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode", head, cs), data, nil
	}
	colors, cs := 1, "/DeviceGray"
	switch in.ColorType {
	case 2:
		colors, cs = 3, "/DeviceRGB"
	case 3:
		cs = fmt.Sprintf("[/Indexed /DeviceRGB %d <%s>]", len(in.Palette)/3-1, hex.EncodeToString(in.Palette))
	}
	return fmt.Sprintf("%s /ColorSpace %s /BitsPerComponent %d /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d >>",
		head, cs, in.BitDepth, colors, in.BitDepth, in.Width), imagefile.IDAT(data), nil
}

// standIn is the PNG that fpdf gets for the k-th image: k×1 gray pixels,
// so that each stand-in differs (fpdf names an image by its content) and
// finish knows it by its width.
func standIn(k int) []byte {
	var b bytes.Buffer
	standInPNG.Encode(&b, stdimage.NewGray(stdimage.Rect(0, 0, k, 1))) // writing to memory cannot fail
	return b.Bytes()
}

// standInPNG keeps its compressor between stand-ins: png.Encode makes a
// new one each time, 800 KB of tables, which was a quarter of what the
// PDF of a 40,000-word book with 16 figures allocated. It stores the
// pixels without compressing them: finish replaces the stand-in, and a
// compressor clears its tables for every image.
var standInPNG = png.Encoder{BufferPool: &pngBuffers{}, CompressionLevel: png.NoCompression}

type pngBuffers struct{ p sync.Pool }

func (b *pngBuffers) Get() *png.EncoderBuffer {
	e, _ := b.p.Get().(*png.EncoderBuffer)
	return e
}

func (b *pngBuffers) Put(e *png.EncoderBuffer) { b.p.Put(e) }
