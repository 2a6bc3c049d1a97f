package imagefile

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"

	"golang.org/x/image/draw"
)

// Limits bound the images of an edition: the longer side, and the pixel
// count. Zero fields mean no limit.
type Limits struct {
	Side   int
	Pixels int
}

// Fit returns the size that w×h takes within l, keeping its ratio, and
// whether that is smaller than w×h.
func (l Limits) Fit(w, h int) (int, int, bool) {
	f := 1.0
	if l.Side > 0 && max(w, h) > l.Side {
		f = float64(l.Side) / float64(max(w, h))
	}
	if l.Pixels > 0 && float64(w)*float64(h)*f*f > float64(l.Pixels) {
		f = math.Sqrt(float64(l.Pixels) / (float64(w) * float64(h)))
	}
	if f >= 1 {
		return w, h, false
	}
	return max(1, int(float64(w)*f)), max(1, int(float64(h)*f)), true
}

// Decode decodes a whole file; the error says what is wrong with it.
func Decode(data []byte) (image.Image, error) {
	m, _, err := image.Decode(bytes.NewReader(data))
	return m, err
}

// Scale returns src scaled down to w×h. It first averages boxes of k×k
// pixels, for the largest whole k that leaves at least w×h (cheap, and a
// proper low-pass filter for that factor), then filters the rest, less
// than a halving, with a bilinear (tent) filter widened to the scale, as
// x/image/draw does for its kernels: that is a third faster than
// Catmull-Rom, which a reduction of less than 2 does not need.
func Scale(src image.Image, w, h int) image.Image {
	b := src.Bounds()
	if k := min(b.Dx()/w, b.Dy()/h); k >= 2 {
		src = boxReduce(src, k)
		b = src.Bounds()
	}
	var dst draw.Image
	switch src.(type) {
	case *image.Gray, *image.Gray16:
		dst = image.NewGray(image.Rect(0, 0, w, h))
	case *image.YCbCr, *image.CMYK:
		dst = image.NewRGBA(image.Rect(0, 0, w, h))
	default:
		dst = image.NewNRGBA(image.Rect(0, 0, w, h))
	}
	if b.Dx() == w && b.Dy() == h {
		draw.Draw(dst, dst.Bounds(), src, b.Min, draw.Src)
		return dst
	}
	draw.BiLinear.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	return dst
}

// boxReduce averages k×k boxes of src. YCbCr (as JPEG decodes), gray and
// RGBA images are reduced plane by plane; others are first converted.
func boxReduce(src image.Image, k int) image.Image {
	b := src.Bounds()
	w, h := b.Dx()/k, b.Dy()/k
	switch m := src.(type) {
	case *image.YCbCr:
		dst := image.NewYCbCr(image.Rect(0, 0, w, h), m.SubsampleRatio)
		boxPlane(dst.Y, dst.YStride, w, h, m.Y, m.YStride, b.Dx(), b.Dy(), k, 1)
		cw, ch := chromaSize(dst)
		sw, sh := chromaSize(m)
		boxPlane(dst.Cb, dst.CStride, cw, ch, m.Cb, m.CStride, sw, sh, k, 1)
		boxPlane(dst.Cr, dst.CStride, cw, ch, m.Cr, m.CStride, sw, sh, k, 1)
		return dst
	case *image.Gray:
		dst := image.NewGray(image.Rect(0, 0, w, h))
		boxPlane(dst.Pix, dst.Stride, w, h, m.Pix, m.Stride, b.Dx(), b.Dy(), k, 1)
		return dst
	case *image.RGBA:
		dst := image.NewRGBA(image.Rect(0, 0, w, h))
		boxPlane(dst.Pix, dst.Stride, w, h, m.Pix, m.Stride, b.Dx(), b.Dy(), k, 4)
		return dst
	case *image.NRGBA:
		// Averaging straight alpha would darken edges: premultiply first.
	}
	rgba := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), src, b.Min, draw.Src)
	return boxReduce(rgba, k)
}

func chromaSize(m *image.YCbCr) (int, int) {
	r := m.Bounds()
	w, h := r.Dx(), r.Dy()
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	case image.YCbCrSubsampleRatio411:
		return (w + 3) / 4, h
	case image.YCbCrSubsampleRatio410:
		return (w + 3) / 4, (h + 1) / 2
	}
	return w, h
}

// boxPlane fills a w×h plane of n interleaved channels with the means of
// k×k boxes of the sw×sh plane src (boxes at the edge are cut short).
func boxPlane(dst []byte, dstStride, w, h int, src []byte, srcStride, sw, sh, k, n int) {
	sums := make([]uint32, w*n)
	for y := range h {
		clear(sums)
		y0, y1 := y*k, min((y+1)*k, sh)
		for sy := y0; sy < y1; sy++ {
			row := src[sy*srcStride:]
			for x := range w {
				x0, x1 := x*k, min((x+1)*k, sw)
				for c := range n {
					var s uint32
					for sx := x0; sx < x1; sx++ {
						s += uint32(row[sx*n+c])
					}
					sums[x*n+c] += s
				}
			}
		}
		out := dst[y*dstStride:]
		for x := range w {
			cnt := uint32((min((x+1)*k, sw) - x*k) * (y1 - y0))
			for c := range n {
				out[x*n+c] = uint8((sums[x*n+c] + cnt/2) / max(cnt, 1))
			}
		}
	}
}

// Encode writes m in mediaType: JPEG at quality 85, or PNG.
func Encode(m image.Image, mediaType string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	switch mediaType {
	case "image/jpeg":
		err = jpeg.Encode(&buf, m, &jpeg.Options{Quality: 85})
	case "image/png":
		err = png.Encode(&buf, m)
	default:
		return nil, fmt.Errorf("cannot encode %s", mediaType)
	}
	return buf.Bytes(), err
}

// Flatten returns m drawn over white, opaque.
func Flatten(m image.Image) *image.RGBA {
	b := m.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(dst, dst.Bounds(), &image.Uniform{color.White}, image.Point{}, draw.Src)
	draw.Draw(dst, dst.Bounds(), m, b.Min, draw.Over)
	return dst
}
