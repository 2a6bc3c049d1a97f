package pdf

import (
	"bytes"
	stdimage "image"
	"image/color"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/draw"
)

// printPPI is the resolution figures are embedded at, at their printed size.
const printPPI = 300

// printImage returns the bytes to embed for a figure and their fpdf type.
// Images finer than print resolution are scaled down to it, and an alpha
// channel is flattened onto white, so that no page uses transparency
// (PDF/A); anything else is embedded as supplied.
func printImage(img *image) ([]byte, string) {
	typ := "JPG"
	if img.src.MediaType == "image/png" {
		typ = "PNG"
	}
	wantW := int(img.w / 72 * printPPI)
	tooFine := img.src.Width > wantW*5/4
	if !tooFine && (typ == "JPG" || img.src.Opaque) {
		return img.src.Data, typ
	}
	m, _, err := stdimage.Decode(bytes.NewReader(img.src.Data))
	if err != nil {
		return img.src.Data, typ // build has decoded it once already
	}
	if o, ok := m.(interface{ Opaque() bool }); ok && o.Opaque() && !tooFine {
		return img.src.Data, typ
	}
	w, h := m.Bounds().Dx(), m.Bounds().Dy()
	if tooFine {
		w, h = wantW, max(1, h*wantW/w)
	}
	dst := stdimage.NewRGBA(stdimage.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), &stdimage.Uniform{color.White}, stdimage.Point{}, draw.Src)
	draw.CatmullRom.Scale(dst, dst.Bounds(), m, m.Bounds(), draw.Over, nil)
	var b bytes.Buffer
	if typ == "JPG" {
		jpeg.Encode(&b, dst, &jpeg.Options{Quality: 90})
		return b.Bytes(), typ
	}
	png.Encode(&b, dst) // opaque now, so written without an alpha channel
	return b.Bytes(), typ
}
