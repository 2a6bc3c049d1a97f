package build

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"publish/internal/imagefile"
)

func encode(t *testing.T, f func(*bytes.Buffer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeManuscript writes manuscript.md with one figure per name in figs,
// and the files.
func writeManuscript(t *testing.T, figs []string, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	var md strings.Builder
	md.WriteString("---\ntitle: T\nlang: en\n---\n\nText.\n")
	for _, f := range figs {
		md.WriteString("\n![A caption](" + f + "){alt=\"x\" credit=\"y\"}\n")
	}
	files["manuscript.md"] = []byte(md.String())
	for name, data := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Whether an image is opaque is known from its header (PNG colour type
// and tRNS), or from the pixels of a file that is converted anyway.
func TestImageOpaque(t *testing.T) {
	solid := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	clear := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range solid.Pix {
		solid.Pix[i] = 0xff
		clear.Pix[i] = 0xff
	}
	clear.SetNRGBA(3, 3, color.NRGBA{R: 10, A: 0x80})
	pal := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Transparent, color.White})
	files := map[string][]byte{
		"solid.png": encode(t, func(b *bytes.Buffer) error { return png.Encode(b, solid) }),
		"clear.png": encode(t, func(b *bytes.Buffer) error { return png.Encode(b, clear) }),
		"photo.jpg": encode(t, func(b *bytes.Buffer) error { return jpeg.Encode(b, solid, nil) }),
		"clear.gif": encode(t, func(b *bytes.Buffer) error { return gif.Encode(b, pal, nil) }),
	}
	want := map[string]bool{"solid.png": true, "clear.png": false, "photo.jpg": true, "clear.gif": false}
	names := []string{"solid.png", "clear.png", "photo.jpg", "clear.gif"}
	m, err := Load(writeManuscript(t, names, files))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range m.Doc.Figures() {
		if f.Image.Opaque != want[names[i]] {
			t.Errorf("%s: Opaque = %v, want %v", names[i], f.Image.Opaque, want[names[i]])
		}
	}
}

// badIDAT is a PNG whose structure is sound (every CRC right) but whose
// compressed data is not: only a full decode finds it.
func badIDAT(t *testing.T) []byte {
	b := encode(t, func(b *bytes.Buffer) error { return png.Encode(b, image.NewGray(image.Rect(0, 0, 64, 64))) })
	p := bytes.Index(b, []byte("IDAT"))
	n := int(binary.BigEndian.Uint32(b[p-4:]))
	for i := p + 4 + 2; i < p+4+n; i++ {
		b[i] ^= 0x55
	}
	binary.BigEndian.PutUint32(b[p+4+n:], crc32.ChecksumIEEE(b[p:p+4+n]))
	return b
}

// A deferred load that decodes returns before the corrupt image is found;
// each edition then fails with the same message as a plain Load, which
// fails at once.
func TestDeferredLoadReportsCorruptImage(t *testing.T) {
	good := encode(t, func(b *bytes.Buffer) error { return jpeg.Encode(b, image.NewGray(image.Rect(0, 0, 64, 64)), nil) })
	dir := writeManuscript(t, []string{"good.jpg", "bad.png"}, map[string][]byte{"good.jpg": good, "bad.png": badIDAT(t)})
	const want = "manuscript.md:10: image bad.png is corrupt"
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Load: %v, want %q", err, want)
	}
	m, err := LoadWith(dir, LoadOptions{Decode: true, Deferred: true})
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
	// Without Decode, the structural check passes it: nothing is decoded.
	if _, err := LoadWith(dir, LoadOptions{}); err != nil {
		t.Errorf("structural check only: %v", err)
	}
}

// Every corrupt or truncated file is refused at load, with no decoding.
func TestCorruptImagesRefusedAtLoad(t *testing.T) {
	jpg := encode(t, func(b *bytes.Buffer) error { return jpeg.Encode(b, image.NewGray(image.Rect(0, 0, 64, 64)), nil) })
	pngData := encode(t, func(b *bytes.Buffer) error { return png.Encode(b, image.NewGray(image.Rect(0, 0, 64, 64))) })
	for name, data := range map[string][]byte{
		"half.jpg":  jpg[:len(jpg)/2],
		"half.png":  pngData[:len(pngData)/2],
		"junk.jpg":  []byte("\xff\xd8\xff\xe0 this is not a JPEG"),
		"noeoi.jpg": jpg[:len(jpg)-2],
	} {
		dir := writeManuscript(t, []string{name}, map[string][]byte{name: data})
		if _, err := LoadWith(dir, LoadOptions{}); err == nil || !strings.Contains(err.Error(), "image "+name+" is corrupt") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// decodes counts full decodes, for the tests.
func countDecodes(t *testing.T) *atomic.Int64 {
	n := new(atomic.Int64)
	old := decodeHook
	decodeHook = func() { n.Add(1) }
	t.Cleanup(func() { decodeHook = old })
	return n
}

// A large PNG with transparency shown by 300 figures (#16: "one 7.7 MB
// PNG used by 300 figures takes 11 GB") is read, decoded and scaled once
// for both editions, and each edition holds it once.
func TestOneImageManyFigures(t *testing.T) {
	w, h := 3400, 1200 // over the EPUB's 3200 px; transparent, so the PDF flattens it
	src := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			src.SetNRGBA(x, y, color.NRGBA{uint8(x), uint8(y), uint8(x ^ y), uint8(128 + x%128)})
		}
	}
	data := encode(t, func(b *bytes.Buffer) error { return png.Encode(b, src) })
	figs := make([]string, 300)
	for i := range figs {
		figs[i] = "images/big.png"
		if i%2 == 1 {
			figs[i] = "./images/big.png" // the same file by another path
		}
	}
	figs[299] = "images/copy.png" // the same bytes in another file
	dir := writeManuscript(t, figs, map[string][]byte{"images/big.png": data, "images/copy.png": data})
	decodes := countDecodes(t)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err := LoadWith(dir, LoadOptions{Screen: &imagefile.Limits{Side: 3200, Pixels: 4_000_000}, Print: true, Deferred: true})
	if err != nil {
		t.Fatal(err)
	}
	var ep, pd bytes.Buffer
	if err := EPUB(&ep, m, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := PDF(&pd, m, Options{}); err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if n := decodes.Load(); n != 1 {
		t.Errorf("%d decodes, want 1", n)
	}
	figures := m.Doc.Figures()
	for _, f := range figures {
		if f.Image != figures[0].Image {
			t.Fatalf("figure %s has an Image of its own", f.Src)
		}
	}
	if n := bytes.Count(ep.Bytes(), []byte("EPUB/images/image-")); n != 2 { // local header and central directory
		t.Errorf("the EPUB names %d image entries, want one image", n/2)
	}
	if n := bytes.Count(pd.Bytes(), []byte("/Subtype /Image")); n != 1 {
		t.Errorf("the PDF has %d image objects, want 1", n)
	}
	// One decode is about 16 MB of pixels, and the flattened and scaled
	// copies as much again; 300 decodes would be gigabytes.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 400<<20 {
		t.Errorf("allocated %d MB", alloc>>20)
	}
}

// A page saved in one file, its photo inside it as a data: URI, builds
// with the photo, and imports with it copied into images/.
func TestPageWithEmbeddedImage(t *testing.T) {
	m := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for i := range m.Pix {
		m.Pix[i] = byte(i * 7)
	}
	data := encode(t, func(b *bytes.Buffer) error { return jpeg.Encode(b, m, nil) })
	para := "<p>The harbour wall was rebuilt over the winter with stone taken from the old customs house, which had stood empty since 1962.</p>"
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall</title></head><body><article><h1>Harbour wall rebuilt</h1>` +
		para + `<figure><img src="data:image/jpeg;base64,` + base64.StdEncoding.EncodeToString(data) + `"><figcaption>The new wall at low tide.</figcaption></figure>` +
		para + para + `</article></body></html>`
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ms, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	figs := ms.Doc.Figures()
	if len(figs) != 1 || figs[0].Image == nil {
		t.Fatalf("figures %v: the photo inside the page was not read", figs)
	}
	p, err := ImportPage(path, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := p.Write(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "images", "figure-1.jpg"))
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("images/figure-1.jpg: %d bytes, %v; want the %d bytes of the data: URI", len(got), err, len(data))
	}
}
