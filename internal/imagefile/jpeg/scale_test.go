package jpeg

import (
	"bytes"
	"errors"
	"image"
	stdjpeg "image/jpeg"
	"math"
	"os"
	"testing"
)

// plane is one channel of an image: its samples and size.
type plane struct {
	pix    []byte
	stride int
	w, h   int
}

func planes(m image.Image) []plane {
	switch m := m.(type) {
	case *image.Gray:
		b := m.Bounds()
		return []plane{{m.Pix, m.Stride, b.Dx(), b.Dy()}}
	case *image.YCbCr:
		b := m.Bounds()
		cw, ch := chroma(m.SubsampleRatio, b.Dx(), b.Dy())
		return []plane{{m.Y, m.YStride, b.Dx(), b.Dy()}, {m.Cb, m.CStride, cw, ch}, {m.Cr, m.CStride, cw, ch}}
	}
	return nil
}

func chroma(r image.YCbCrSubsampleRatio, w, h int) (int, int) {
	switch r {
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	}
	return w, h
}

// TestDecodeScaled: at each scale, the reduced decode has the sides of
// the full decode divided and rounded up, the same subsampling, and
// samples within 40 dB PSNR (44–58 dB measured) of the means of the full decode's samples
// they stand for (a box filter of the full decode), on baseline 4:2:0,
// 4:2:2 and grey JPEGs and a progressive 4:4:4 one, of odd sizes.
func TestDecodeScaled(t *testing.T) {
	for _, name := range []string{"420.jpg", "422.jpg", "gray.jpg", "444-progressive.jpg"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		full, err := stdjpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for shift := uint(1); shift <= 3; shift++ {
			m, err := DecodeScaled(bytes.NewReader(data), shift)
			if err != nil {
				t.Fatalf("%s at 1/%d: %v", name, 1<<shift, err)
			}
			fb := full.Bounds()
			if got, want := m.Bounds().Size(), image.Pt((fb.Dx()+1<<shift-1)>>shift, (fb.Dy()+1<<shift-1)>>shift); got != want {
				t.Errorf("%s at 1/%d: size %v, want %v", name, 1<<shift, got, want)
			}
			fp, sp := planes(full), planes(m)
			if len(fp) != len(sp) || len(fp) == 0 {
				t.Fatalf("%s at 1/%d: %T, want the full decode's %T", name, 1<<shift, m, full)
			}
			for c := range fp {
				if psnr := boxPSNR(fp[c], sp[c], 1<<shift); psnr < 40 {
					t.Errorf("%s at 1/%d, channel %d: %.1f dB against a box filter of the full decode", name, 1<<shift, c, psnr)
				}
			}
		}
	}
}

// boxPSNR compares each sample of small with the mean of the f×f samples
// of full it stands for, over the samples whose box is whole.
func boxPSNR(full, small plane, f int) float64 {
	var se float64
	n := 0
	for y := 0; (y+1)*f <= full.h && y < small.h; y++ {
		for x := 0; (x+1)*f <= full.w && x < small.w; x++ {
			sum := 0
			for dy := 0; dy < f; dy++ {
				for dx := 0; dx < f; dx++ {
					sum += int(full.pix[(y*f+dy)*full.stride+x*f+dx])
				}
			}
			d := float64(sum)/float64(f*f) - float64(small.pix[y*small.stride+x])
			se += d * d
			n++
		}
	}
	if se == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(255*255/(se/float64(n)))
}

// TestDecodeScaledRefuses: CMYK is left to image/jpeg, a scale of 1 or
// 1/16 is refused, and a cut JPEG is an error.
func TestDecodeScaledRefuses(t *testing.T) {
	cmyk, err := os.ReadFile("../testdata/cmyk.jpg")
	if err != nil {
		t.Fatal(err)
	}
	var unsupported UnsupportedError
	if _, err := DecodeScaled(bytes.NewReader(cmyk), 1); !errors.As(err, &unsupported) {
		t.Errorf("CMYK: %v, want an UnsupportedError", err)
	}
	data, err := os.ReadFile("testdata/420.jpg")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []uint{0, 4} {
		if _, err := DecodeScaled(bytes.NewReader(data), s); err == nil {
			t.Errorf("shift %d accepted", s)
		}
	}
	if _, err := DecodeScaled(bytes.NewReader(data[:len(data)/2]), 1); err == nil {
		t.Error("half a JPEG decoded without error")
	}
}

// FuzzDecodeScaled: no input panics or decodes to a size other than the
// header's, reduced.
func FuzzDecodeScaled(f *testing.F) {
	for _, name := range []string{"420.jpg", "gray.jpg", "444-progressive.jpg"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, s uint8) {
		shift := uint(s%3) + 1
		cfg, err := stdjpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width*cfg.Height > 1<<20 {
			return
		}
		m, err := DecodeScaled(bytes.NewReader(data), shift)
		if err != nil {
			return
		}
		if got, want := m.Bounds().Size(), image.Pt((cfg.Width+1<<shift-1)>>shift, (cfg.Height+1<<shift-1)>>shift); got != want {
			t.Errorf("size %v, want %v", got, want)
		}
	})
}
