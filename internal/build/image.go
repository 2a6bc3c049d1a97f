package build

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // converted to PNG
	"image/jpeg"
	"image/png"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	_ "golang.org/x/image/bmp" // converted to PNG
	_ "golang.org/x/image/tiff"
	_ "golang.org/x/image/webp" // converted to JPEG or PNG

	"publish/internal/diag"
	"publish/internal/document"
)

// strict fails on the first figure left with a placeholder.
func (m *Manuscript) strict() error {
	var missing []*document.Figure
	for _, f := range m.figures() {
		if f.Image == nil {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	f := missing[0]
	more := ""
	if n := len(missing) - 1; n > 0 {
		more = fmt.Sprintf("; %d more image(s) also have none", n)
	}
	why := "not found"
	if isURL(f.Src) {
		why = "remote (never fetched)"
	}
	return diag.Errorf(diag.Position{File: m.File, Line: f.Line}, "image %s is %s, and --strict refuses placeholders%s", f.Src, why, more)
}

// figures lists the figures and, when the front matter names one, the
// cover image as a figure without a line.
func (m *Manuscript) figures() []*document.Figure {
	figs := m.Doc.Figures()
	if c := m.Doc.Meta.CoverImage; c != "" {
		figs = append(figs, &document.Figure{Src: c, Image: m.Doc.Meta.Cover})
	}
	return figs
}

// resolveImages reads every figure's image from the manuscript directory.
// A missing or remote image is a warning and the figure keeps a
// placeholder; a corrupt or unsafe one is an error.
func (m *Manuscript) resolveImages() error {
	figs := m.Doc.Figures()
	var cover *document.Figure // the cover image resolves like a figure; without it a cover is generated
	if c := m.Doc.Meta.CoverImage; c != "" {
		cover = &document.Figure{Src: c}
		figs = append(figs, cover)
	}
	defer func() {
		if cover != nil {
			m.Doc.Meta.Cover = cover.Image
		}
	}()
	// Check and read in order; the first error in figure order is reported.
	type read struct {
		f    *document.Figure
		pos  diag.Position
		data []byte
	}
	var reads []read
	var stop error // an error found before any decoding
	for _, f := range figs {
		pos := diag.Position{File: m.File, Line: f.Line}
		src := f.Src
		switch {
		case isRemote(src):
			m.Warnings.Addf(pos, "image %s is remote and is never fetched (the tool works offline); a placeholder stands in", src)
			continue
		case leaves(src):
			stop = diag.Errorf(pos, "image path %s leaves the manuscript directory; images must sit inside it", src)
		case isURL(src):
			m.Warnings.Addf(pos, "image %s is a URL, not a file in the manuscript directory; a placeholder stands in", truncate(src, 60))
			continue
		}
		if stop != nil {
			break
		}
		data, err := readLimited(m.dir, path.Clean(src), maxImageBytes)
		if errors.Is(err, fs.ErrNotExist) {
			m.Warnings.Addf(pos, "image %s not found; a placeholder stands in until the photo is supplied", src)
			continue
		}
		if err != nil {
			if strings.Contains(err.Error(), "escapes") {
				// os.Root refused to follow a link out; nothing outside was read.
				stop = diag.Errorf(pos, "image %s leaves the manuscript directory (through a symbolic link); images must sit inside it", src)
			} else {
				stop = diag.Errorf(pos, "image %s: %v", src, unwrapPath(err))
			}
			break
		}
		reads = append(reads, read{f: f, pos: pos, data: data})
	}
	if stop != nil {
		return stop
	}
	// Headers now, in order: sizes, limits and conversions. The full
	// decodes of JPEG and PNG files, which catch a corrupt file, run on
	// every CPU in the background until Verify.
	v := &verification{done: make(chan struct{})}
	for _, r := range reads {
		img, decode, err := inspectImage(r.f.Src, r.data)
		if err != nil {
			return diag.Errorf(r.pos, "%v", err)
		}
		r.f.Image = img
		if decode {
			v.checks = append(v.checks, check{img: img, pos: r.pos})
		}
	}
	m.pending = v
	v.start()
	return nil
}

// verification is the full decoding of a manuscript's JPEG and PNG files,
// started by Load. Each check is written by one worker; Verify reads them
// once all are done.
type verification struct {
	checks []check
	done   chan struct{}
	once   sync.Once
	err    error
}

type check struct {
	img    *document.Image
	pos    diag.Position
	opaque bool
	err    error
}

func (v *verification) start() {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(v.checks)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(v.checks); i = int(next.Add(1) - 1) {
				c := &v.checks[i]
				c.opaque, c.err = verifyImage(c.img)
			}
		})
	}
	go func() {
		wg.Wait()
		close(v.done)
	}()
}

// Verify waits for the decoding that Load started and returns the first
// corrupt image in figure order. It also records which images are opaque,
// which the PDF reads: call it before the PDF writer, as PDF does.
func (m *Manuscript) Verify() error {
	v := m.pending
	if v == nil {
		return nil
	}
	v.once.Do(func() {
		<-v.done
		for _, c := range v.checks {
			if c.err != nil && v.err == nil {
				v.err = diag.Errorf(c.pos, "%v", c.err)
			}
			c.img.Opaque = c.opaque
		}
	})
	return v.err
}

var (
	schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	driveRE  = regexp.MustCompile(`^[A-Za-z]:[\\/]`)
)

// isRemote reports a network URL: the tool never fetches one.
func isRemote(src string) bool {
	return strings.HasPrefix(src, "//") || (isURL(src) && strings.Contains(src, "://") && !strings.HasPrefix(strings.ToLower(src), "file:"))
}

// isURL reports any URL with a scheme (http:, data:, file:...), as
// opposed to a path; a Windows drive letter is a path.
func isURL(src string) bool { return schemeRE.MatchString(src) && !driveRE.MatchString(src) }

// leaves reports a path that is absolute or climbs out of the directory,
// before anything is opened. Symbolic links out are refused by os.Root.
func leaves(src string) bool {
	if strings.HasPrefix(strings.ToLower(src), "file:") {
		return true
	}
	c := path.Clean(strings.ReplaceAll(src, `\`, "/"))
	return path.IsAbs(c) || filepath.IsAbs(src) || driveRE.MatchString(src) || c == ".." || strings.HasPrefix(c, "../") || !fs.ValidPath(c)
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// Supported is how messages name the image formats we take.
const Supported = "JPEG and PNG are embedded as they are; WebP, GIF, BMP and TIFF are converted"

// inspectImage checks an image's format and declared size from its
// header. JPEG and PNG are embedded as they are, and decode reports that
// they still need a full decode (verifyImage) to catch a corrupt file.
// WebP, GIF, BMP and TIFF are decoded now and converted to formats that
// e-readers and PDF can all show: WebP to JPEG (or PNG when lossless or
// transparent), the others to PNG.
func inspectImage(name string, data []byte) (img *document.Image, decode bool, err error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, image.ErrFormat) {
			what := "in a format that cannot be embedded"
			if f := sniffFormat(data); f != "" {
				what = f + ", which cannot be embedded"
			}
			return nil, false, fmt.Errorf("image %s is %s (%s)", name, what, Supported)
		}
		return nil, false, fmt.Errorf("image %s is corrupt: %v", name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxImagePixels || cfg.Height > maxImagePixels || cfg.Width*cfg.Height > maxImagePixels {
		return nil, false, fmt.Errorf("image %s declares %d×%d pixels, over the limit of %d megapixels; it was not decoded", name, cfg.Width, cfg.Height, maxImagePixels/1_000_000)
	}
	out := &document.Image{Name: name, MediaType: "image/" + format, Data: data, Width: cfg.Width, Height: cfg.Height}
	if format == "jpeg" || format == "png" {
		return out, true, nil
	}
	m, err := decodeFile(name, data)
	if err != nil {
		return nil, false, err
	}
	out.Opaque = opaque(m)
	var b bytes.Buffer
	ext := path.Ext(name)
	if format == "webp" && !lossless(data) && out.Opaque {
		err = jpeg.Encode(&b, m, &jpeg.Options{Quality: 92})
		out.MediaType, out.Name = "image/jpeg", strings.TrimSuffix(name, ext)+".jpg"
	} else {
		err = png.Encode(&b, m)
		out.MediaType, out.Name = "image/png", strings.TrimSuffix(name, ext)+".png"
	}
	if err != nil {
		return nil, false, fmt.Errorf("image %s: converting from %s: %v", name, strings.ToUpper(format), err)
	}
	out.Data = b.Bytes()
	return out, false, nil
}

// verifyImage decodes a JPEG or PNG file whole, so that a corrupt one
// fails here and not in a writer, and reports whether it is opaque (the
// PDF then need not decode it again to know).
func verifyImage(img *document.Image) (opaqueImg bool, err error) {
	m, err := decodeFile(img.Name, img.Data)
	if err != nil {
		return false, err
	}
	return opaque(m), nil
}

// decodeFile decodes a whole image file, so that a corrupt one fails here.
func decodeFile(name string, data []byte) (image.Image, error) {
	m, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("image %s is corrupt: %v", name, err)
	}
	return m, nil
}

// lossless reports a WebP file in the lossless (VP8L) encoding.
func lossless(data []byte) bool { return len(data) >= 16 && string(data[12:16]) == "VP8L" }

// opaque reports whether img has no transparent pixel worth keeping.
func opaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	return rgba.Opaque()
}

// sniffFormat names a few formats we cannot read, so the message can say
// what the file is.
func sniffFormat(data []byte) string {
	switch {
	case len(data) >= 12 && string(data[4:8]) == "ftyp" && (string(data[8:12]) == "heic" || string(data[8:12]) == "heix" || string(data[8:12]) == "mif1"):
		return "HEIC"
	case len(data) >= 12 && string(data[4:8]) == "ftyp" && (string(data[8:12]) == "avif" || string(data[8:12]) == "avis"):
		return "AVIF"
	case bytes.HasPrefix(data, []byte("<svg")) || bytes.HasPrefix(data, []byte("<?xml")):
		return "SVG"
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "a PDF"
	}
	return ""
}
