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

	scaledjpeg "publish/internal/imagefile/jpeg"
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

// DecodeAtLeast decodes a whole file, a JPEG at the smallest of 1/2, 1/4
// and 1/8 of its size that is still at least w×h (a 6000×4000 photograph
// to be shown at 2449×1633 is decoded at 3000×2000, in a third of the
// time and a quarter of the memory). Every byte is read, so a corrupt
// file fails as in Decode. Other formats, and a JPEG in CMYK or RGB, are
// decoded whole.
func DecodeAtLeast(data []byte, w, h int) (image.Image, error) {
	if len(data) < 2 || data[0] != 0xff || data[1] != 0xd8 || w <= 0 || h <= 0 {
		return Decode(data)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	shift := uint(0)
	for shift < 3 && cfg.Width>>(shift+1) >= w && cfg.Height>>(shift+1) >= h {
		shift++
	}
	if shift == 0 {
		return Decode(data)
	}
	m, err := scaledjpeg.DecodeScaled(bytes.NewReader(data), shift)
	if _, ok := err.(scaledjpeg.UnsupportedError); ok {
		return Decode(data)
	}
	return m, err
}

// Scale returns src scaled down to w×h, with a separable tent filter
// widened to the ratio (each output pixel weighs the source pixels under
// it and its neighbours', so nothing aliases), in integer arithmetic on
// the decoded planes themselves: a JPEG's YCbCr planes stay YCbCr, at
// their subsampling, and are encoded again without a colour conversion.
// The one intermediate buffer is a byte per sample of the width-scaled
// image. x/image/draw's kernels, by contrast, keep four float64s per
// sample (157 MB for a 6000×4000 photograph) and convert to RGBA.
func Scale(src image.Image, w, h int) image.Image {
	b := src.Bounds()
	switch m := src.(type) {
	case *image.YCbCr:
		dst := image.NewYCbCr(image.Rect(0, 0, w, h), m.SubsampleRatio)
		resample(dst.Y, dst.YStride, w, h, m.Y[m.YOffset(b.Min.X, b.Min.Y):], m.YStride, b.Dx(), b.Dy(), 1)
		cw, ch := chromaSize(dst)
		sw, sh := chromaSize(m)
		off := m.COffset(b.Min.X, b.Min.Y)
		resample(dst.Cb, dst.CStride, cw, ch, m.Cb[off:], m.CStride, sw, sh, 1)
		resample(dst.Cr, dst.CStride, cw, ch, m.Cr[off:], m.CStride, sw, sh, 1)
		return dst
	case *image.Gray:
		dst := image.NewGray(image.Rect(0, 0, w, h))
		resample(dst.Pix, dst.Stride, w, h, m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride, b.Dx(), b.Dy(), 1)
		return dst
	case *image.RGBA:
		dst := image.NewRGBA(image.Rect(0, 0, w, h))
		resample(dst.Pix, dst.Stride, w, h, m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride, b.Dx(), b.Dy(), 4)
		return dst
	}
	// Anything else (NRGBA, paletted, 16-bit) as premultiplied RGBA, so
	// that transparent pixels do not darken their neighbours.
	rgba := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), src, b.Min, draw.Src)
	return Scale(rgba, w, h)
}

// weight is where a destination sample's source samples start, and their
// weights in 1/2^14.
type weight struct {
	start int
	w     []int32
}

const one = 1 << 14

// tent returns the weights that take n samples to m (m ≤ n): a tent of
// half-width n/m source samples centred on each destination sample.
func tent(n, m int) []weight {
	out := make([]weight, m)
	scale := float64(n) / float64(m)
	r := max(scale, 1)
	for i := range out {
		c := (float64(i)+0.5)*scale - 0.5
		lo, hi := max(0, int(math.Ceil(c-r))), min(n-1, int(math.Floor(c+r)))
		fs := make([]float64, 0, hi-lo+1)
		sum := 0.0
		for j := lo; j <= hi; j++ {
			f := max(0, 1-math.Abs(float64(j)-c)/r)
			fs = append(fs, f)
			sum += f
		}
		ws := make([]int32, len(fs))
		total, big := int32(0), 0
		for k, f := range fs {
			ws[k] = int32(math.Round(f / sum * one))
			total += ws[k]
			if ws[k] > ws[big] {
				big = k
			}
		}
		ws[big] += one - total // the weights sum to one exactly
		out[i] = weight{lo, ws}
	}
	return out
}

// resample scales a plane of n interleaved channels from sw×sh to dw×dh:
// rows first, into a byte buffer, then columns.
func resample(dst []byte, dstStride, dw, dh int, src []byte, srcStride, sw, sh, n int) {
	wx, wy := tent(sw, dw), tent(sh, dh)
	row := dw * n
	tmp := make([]byte, row*sh)
	for y := range sh {
		s, t := src[y*srcStride:], tmp[y*row:]
		for x, wt := range wx {
			for c := range n {
				acc := int32(one / 2)
				for k, w := range wt.w {
					acc += w * int32(s[(wt.start+k)*n+c])
				}
				t[x*n+c] = clip(acc)
			}
		}
	}
	acc := make([]int32, row)
	for y, wt := range wy {
		for i := range acc {
			acc[i] = one / 2
		}
		for k, w := range wt.w {
			t := tmp[(wt.start+k)*row:][:row]
			for i, v := range t {
				acc[i] += w * int32(v)
			}
		}
		d := dst[y*dstStride:][:row]
		for i, a := range acc {
			d[i] = clip(a)
		}
	}
}

func clip(acc int32) byte {
	return byte(min(max(acc>>14, 0), 255))
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
