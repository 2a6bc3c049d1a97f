package cover

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"testing"

	"publish/internal/document"
)

func sampleMeta() *document.Meta {
	return &document.Meta{
		Title:     "Who was Leandro Norero, the “patron” accused of being one of the main drug traffickers in Ecuador who died in the last prison massacre in the country",
		Publisher: "BBC News Mundo",
		Date:      "2022-10",
		Source:    &document.Source{Name: "BBC News Mundo"},
	}
}

func TestGenerate(t *testing.T) {
	cases := []*document.Meta{
		sampleMeta(),
		{Title: "Short", Subtitle: "A subtitle that runs a little long", Publisher: "Small Press", Date: "2024-02-03", Source: &document.Source{Name: "The Daily"}},
		{Title: ""},
		{Title: string(bytes.Repeat([]byte("Overlong headline "), 60))},
	}
	for i, m := range cases {
		a, err := Generate(m)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(m)
		if !bytes.Equal(a, b) {
			t.Errorf("case %d: two covers differ", i)
		}
		img, err := png.Decode(bytes.NewReader(a))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if img.Bounds() != image.Rect(0, 0, Width, Height) {
			t.Errorf("case %d: bounds %v", i, img.Bounds())
		}
		if i == 0 && os.Getenv("COVER_OUT") != "" {
			os.WriteFile(os.Getenv("COVER_OUT"), a, 0o644)
		}
	}
}

// The headline must actually be drawn: dark ink covers part of the page.
func TestGenerateDrawsText(t *testing.T) {
	data, err := Generate(sampleMeta())
	if err != nil {
		t.Fatal(err)
	}
	img, _ := png.Decode(bytes.NewReader(data))
	dark := 0
	for y := 500; y < 1900; y += 4 {
		for x := 0; x < Width; x += 4 {
			r, g, b, _ := img.At(x, y).RGBA()
			if r+g+b < 3*0x4000 {
				dark++
			}
		}
	}
	if dark < 2000 {
		t.Errorf("only %d dark samples in the headline area", dark)
	}
}

func TestAlt(t *testing.T) {
	got := Alt(&document.Meta{Title: "T", Publisher: "P", Date: "2022-10"})
	if want := "Cover: T. P. October 2022"; got != want {
		t.Errorf("Alt = %q, want %q", got, want)
	}
}

func BenchmarkGenerate(b *testing.B) {
	m := sampleMeta()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(m); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHeadlineScripts: a headline in Arabic, Chinese, Hindi or Hebrew is
// drawn (ink where the headline goes), a right-to-left one flush right.
func TestHeadlineScripts(t *testing.T) {
	for _, c := range []struct {
		title string
		rtl   bool
	}{
		{"يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق", true},
		{"人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。", false},
		{"सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता", false},
		{"כל בני האדם נולדו בני חורין ושווים בערכם ובזכויותיהם", true},
	} {
		data, err := Generate(&document.Meta{Title: c.title})
		if err != nil {
			t.Fatal(err)
		}
		img, _ := png.Decode(bytes.NewReader(data))
		left, right := 0, 0
		for y := 400; y < 1200; y += 2 {
			for x := margin; x < Width-margin; x += 2 {
				if r, _, _, _ := img.At(x, y).RGBA(); r>>8 < 0x80 {
					if x < Width/2 {
						left++
					} else {
						right++
					}
				}
			}
		}
		if left+right < 2000 {
			t.Errorf("%.20q: %d dark pixels: no headline", c.title, left+right)
		}
		if os.Getenv("COVER_OUT") != "" {
			os.WriteFile(os.Getenv("COVER_OUT")+"-"+string([]rune(c.title)[:2])+".png", data, 0o644)
		}
	}
}

// The canvas paints band by band what a whole image would show: a fill
// and a mask that cross band boundaries, and pixels outside the image
// left alone.
func TestCanvasBands(t *testing.T) {
	const w, h = 37, 3*bandRows + 5
	var cv canvas
	cv.fill(image.Rect(0, 0, w, h), 200)
	cv.fill(image.Rect(-5, bandRows-2, w+5, bandRows+3), 10)
	r := image.Rect(3, 2*bandRows-4, 9, 2*bandRows+4)
	mask := make([]uint8, r.Dx()*r.Dy())
	for i := range mask {
		mask[i] = uint8(i * 5)
	}
	cv.blend(r, mask, 0)
	img, err := png.Decode(bytes.NewReader(cv.png(w, h)))
	if err != nil {
		t.Fatal(err)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			want := uint32(200)
			if y >= bandRows-2 && y < bandRows+3 {
				want = 10
			}
			if p := image.Pt(x, y); p.In(r) {
				a := uint32(mask[(y-r.Min.Y)*r.Dx()+x-r.Min.X])
				want = (want*(255-a) + 127) / 255
			}
			if g, _, _, _ := img.At(x, y).RGBA(); g>>8 != want {
				t.Fatalf("(%d, %d) = %d, want %d", x, y, g>>8, want)
			}
		}
	}
}
