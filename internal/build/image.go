package build

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/draw"
	_ "image/gif" // converted to PNG
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	_ "golang.org/x/image/bmp" // converted to PNG
	_ "golang.org/x/image/tiff"
	_ "golang.org/x/image/webp" // converted to JPEG or PNG

	"publish/internal/cpus"
	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/imagefile"
	"publish/internal/input"
)

// strict fails on the first thing left out of the editions: a link
// dropped as unsafe, or a figure left with a placeholder.
func (m *Manuscript) strict() error {
	for _, w := range m.Warnings {
		if w.Strict {
			return diag.Errorf(w.Pos, "%s, and --strict refuses that", w.Msg)
		}
	}
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

// source is one image file that figures name, read and checked once
// however many figures show it.
type source struct {
	path    string // cleaned, inside the manuscript directory
	name    string // as the first figure that names it writes it
	img     *document.Image
	missing bool
	err     error
	// What inspectImage found: a PDF takes the file as it is; the file
	// is in a format to convert.
	embeddable, convert bool
}

// resolveImages reads and checks every figure's image file. Files are read
// once each, on the free CPUs, and one Image stands for every figure that
// shows the same file: the same path, or the same bytes. A missing or
// remote image is a warning and the figure keeps a placeholder; a corrupt
// or unsafe one is an error, the first in figure order. No pixels are
// decoded except to convert a format (see Verify).
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
	byPath := map[string]*source{}
	var sources []*source
	uses := make([]*source, len(figs))
	refused := make([]error, len(figs)) // found before anything is opened
	for i, f := range figs {
		pos := diag.Position{File: m.File, Line: f.Line}
		src := f.Src
		switch {
		case isRemote(src):
			m.Warnings.Addf(pos, "image %s is remote and is never fetched (the tool works offline); a placeholder stands in", src)
			continue
		case leaves(src):
			refused[i] = diag.Errorf(pos, "image path %s leaves the manuscript directory; images must sit inside it", src)
			continue
		case isURL(src):
			m.Warnings.Addf(pos, "image %s is a URL, not a file in the manuscript directory; a placeholder stands in", truncate(src, 60))
			continue
		}
		p := path.Clean(src)
		s := byPath[p]
		if s == nil {
			s = &source{path: p, name: src}
			byPath[p] = s
			sources = append(sources, s)
		}
		uses[i] = s
	}
	cpus.Each(len(sources), 0, func(i int) { m.readImage(sources[i]) })
	for _, s := range sources {
		if s.img != nil && m.dirPath != "" { // an output may not replace it
			if abs, err := filepath.Abs(filepath.Join(m.dirPath, filepath.FromSlash(s.path))); err == nil {
				m.Inputs = append(m.Inputs, abs)
			}
		}
	}
	for i, f := range figs {
		pos := diag.Position{File: m.File, Line: f.Line}
		s := uses[i]
		switch {
		case refused[i] != nil:
			return refused[i]
		case s == nil:
		case s.missing:
			m.Warnings.Addf(pos, "image %s not found; a placeholder stands in until the photo is supplied", f.Src)
		case s.err != nil:
			return diag.Errorf(pos, "%v", s.err)
		}
	}
	same := sameBytes(sources, m.dir)
	m.embeddable, m.convert = map[*document.Image]bool{}, map[*document.Image]bool{}
	for i, f := range figs {
		if s := uses[i]; s != nil && s.img != nil {
			s = same[s]
			f.Image = s.img
			m.embeddable[s.img], m.convert[s.img] = s.embeddable, s.convert
		}
	}
	return nil
}

// readImage reads and checks the file of s.
func (m *Manuscript) readImage(s *source) {
	data, err := input.ReadFS(m.dir, s.path, maxImageBytes)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.missing = true
	case err != nil && strings.Contains(err.Error(), "escapes"):
		// os.Root refused to follow a link out; nothing outside was read.
		s.err = fmt.Errorf("image %s leaves the manuscript directory (through a symbolic link); images must sit inside it", s.name)
	case err != nil:
		s.err = fmt.Errorf("image %s", input.Describe(s.name, err))
	default:
		s.img, s.embeddable, s.convert, s.err = inspectImage(s.name, data)
		if s.img != nil {
			dir, p := m.dir, s.path
			s.img.Open = func() (io.ReadCloser, error) { return dir.Open(p) }
		}
	}
}

// sameBytes maps every read source to the first one with the same bytes
// (the same size and CRC-32, then compared byte for byte), so that two
// paths to one photograph give one Image.
func sameBytes(sources []*source, dir fs.FS) map[*source]*source {
	type key struct {
		size int64
		crc  uint32
	}
	first := map[key][]*source{}
	out := map[*source]*source{}
	for _, s := range sources {
		if s.img == nil {
			continue
		}
		out[s] = s
		k := key{s.img.Size, s.img.CRC32}
		for _, o := range first[k] {
			if equalFiles(dir, o.path, s.path) {
				out[s] = o
				break
			}
		}
		if out[s] == s {
			first[k] = append(first[k], s)
		}
	}
	return out
}

func equalFiles(dir fs.FS, a, b string) bool {
	x, err1 := input.ReadFS(dir, a, maxImageBytes)
	y, err2 := input.ReadFS(dir, b, maxImageBytes)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// decodes is the decoding that Verify runs once, for the images that need
// their pixels: every image when LoadOptions.Decode is set, else those to
// convert and those an edition cannot take as they are.
type decodes struct {
	todo []decodeJob
	once sync.Once
	err  error
}

type decodeJob struct {
	img    *document.Image
	pos    diag.Position
	screen *imagefile.Limits // scale a copy within these
	print  bool              // make an opaque copy for the PDF, if it needs one
	err    error
}

// planDecodes lists the images that need their pixels under opt, each
// once, at the first figure that shows it.
func (m *Manuscript) planDecodes(opt LoadOptions) {
	d := &decodes{}
	seen := map[*document.Image]bool{}
	for _, f := range m.figures() {
		img := f.Image
		if img == nil || seen[img] {
			continue
		}
		seen[img] = true
		j := decodeJob{img: img, pos: diag.Position{File: m.File, Line: f.Line}, print: opt.Print}
		if opt.Screen != nil {
			if _, _, over := opt.Screen.Fit(img.Width, img.Height); over {
				j.screen = opt.Screen
			}
		}
		if opt.Decode || m.convert[img] || j.screen != nil || j.print && !m.embeddable[img] {
			d.todo = append(d.todo, j)
		}
	}
	m.pending = d
}

// Verify runs the decoding that the images need, once, on the free CPUs:
// each image is decoded at most once, and that decode makes everything
// the editions need from it: the conversion of a WebP, GIF, BMP or TIFF
// file, a copy scaled for the EPUB (Image.Screen), a flattened copy for
// the PDF (Image.Print). It returns the first corrupt image in figure
// order. The writers call it; LoadWith does too unless Deferred.
func (m *Manuscript) Verify() error {
	d := m.pending
	if d == nil {
		return nil
	}
	d.once.Do(func() {
		cpus.Each(len(d.todo), 0, func(i int) {
			j := &d.todo[i]
			j.err = m.prepare(j)
		})
		for _, j := range d.todo {
			if j.err != nil {
				d.err = diag.Errorf(j.pos, "%v", j.err)
				break
			}
		}
		d.todo = nil
	})
	return d.err
}

// prepare decodes j.img once and makes what j asks for.
func (m *Manuscript) prepare(j *decodeJob) error {
	img := j.img
	data, err := img.Bytes()
	if err != nil {
		return err
	}
	embeddable := m.embeddable[img]
	sw, sh, over := 0, 0, false // the screen edition's size, when smaller
	if j.screen != nil {
		sw, sh, over = j.screen.Fit(img.Width, img.Height)
	}
	// What only the screen edition needs, smaller, is decoded at the
	// smallest reduced size that covers it.
	w, h := 0, 0
	if over && !m.convert[img] && !(j.print && !embeddable) {
		w, h = sw, sh
	}
	px, err := decodeFile(img.Name, data, w, h)
	if err != nil {
		return err
	}
	if m.convert[img] {
		if err := convert(img, data, px); err != nil {
			return err
		}
		embeddable = img.MediaType == "image/jpeg" || img.Opaque
	}
	if over {
		data, err := imagefile.Encode(imagefile.Scale(px, sw, sh), img.MediaType)
		if err != nil {
			return fmt.Errorf("image %s: scaling: %v", img.Name, err)
		}
		img.Screen = &document.Image{Name: img.Name, MediaType: img.MediaType, Data: data, Width: sw, Height: sh, Opaque: img.Opaque}
	}
	if j.print && !embeddable {
		data, err := imagefile.Encode(imagefile.Flatten(px), "image/png")
		if err != nil {
			return fmt.Errorf("image %s: flattening: %v", img.Name, err)
		}
		img.Print = &document.Image{Name: img.Name, MediaType: "image/png", Data: data, Width: img.Width, Height: img.Height, Opaque: true}
	}
	return nil
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

// inspectImage checks an image file's format, structure and declared
// size without decoding its pixels, and says whether a PDF can embed it as
// it is. JPEG and PNG files are embedded as they are (the EPUB scales
// those over its limits). WebP, GIF, BMP and TIFF are converted by Verify
// to formats that e-readers and PDF can all show: WebP to JPEG (or PNG
// when lossless or transparent), the others to PNG.
func inspectImage(name string, data []byte) (img *document.Image, embeddable, conv bool, err error) {
	var w, h int
	var format string
	var in *imagefile.Info
	if imagefile.Sniff(data) {
		in, err = imagefile.Check(data)
		if err != nil {
			return nil, false, false, fmt.Errorf("image %s is corrupt: %v", name, err)
		}
		w, h, format = in.Width, in.Height, in.Format
	} else {
		cfg, f, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			if errors.Is(err, image.ErrFormat) {
				what := "in a format that cannot be embedded"
				if f := sniffFormat(data); f != "" {
					what = f + ", which cannot be embedded"
				}
				return nil, false, false, fmt.Errorf("image %s is %s (%s)", name, what, Supported)
			}
			return nil, false, false, fmt.Errorf("image %s is corrupt: %v", name, err)
		}
		w, h, format = cfg.Width, cfg.Height, f
	}
	if w <= 0 || h <= 0 || w > maxImagePixels || h > maxImagePixels || w*h > maxImagePixels {
		return nil, false, false, fmt.Errorf("image %s declares %d×%d pixels, over the limit of %d megapixels; it was not decoded", name, w, h, maxImagePixels/1_000_000)
	}
	img = &document.Image{Name: name, MediaType: "image/" + format, Width: w, Height: h, Size: int64(len(data)), CRC32: crc32.ChecksumIEEE(data)}
	if in == nil {
		return img, false, true, nil
	}
	img.Opaque = in.Opaque()
	return img, in.Embeddable(), false, nil
}

// convert turns img, whose file is data and pixels px, into a JPEG or PNG
// held in memory.
func convert(img *document.Image, data []byte, px image.Image) error {
	format := strings.TrimPrefix(img.MediaType, "image/")
	img.Opaque = opaque(px)
	var b bytes.Buffer
	var err error
	name, ext := img.Name, path.Ext(img.Name)
	if format == "webp" && !lossless(data) && img.Opaque {
		err = jpeg.Encode(&b, px, &jpeg.Options{Quality: 92})
		img.MediaType, img.Name = "image/jpeg", strings.TrimSuffix(name, ext)+".jpg"
	} else {
		err = png.Encode(&b, px)
		img.MediaType, img.Name = "image/png", strings.TrimSuffix(name, ext)+".png"
	}
	if err != nil {
		return fmt.Errorf("image %s: converting from %s: %v", name, strings.ToUpper(format), err)
	}
	img.Data, img.Open, img.Size, img.CRC32 = b.Bytes(), nil, 0, 0
	return nil
}

// decodeHook, when set, is called on every full decode (for the tests).
var decodeHook func()

// decodeFile decodes a whole image file, so that a corrupt one fails
// here; a JPEG at a reduced size that is still at least w×h, when they
// are not 0.
func decodeFile(name string, data []byte, w, h int) (image.Image, error) {
	if decodeHook != nil {
		decodeHook()
	}
	m, err := imagefile.DecodeAtLeast(data, w, h)
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
