// Package build turns a manuscript path into editions: it loads and
// resolves the manuscript, runs the writers and writes files safely. It is
// what cmd/publish calls.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decoders for image.DecodeConfig
	_ "image/png"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/markdown"
	"publish/manuscript"
)

// Version is the tool's version, printed by --version and written into
// every edition.
var Version = "0.1.0"

// Generator names the tool in editions.
func Generator() string { return "publish " + Version }

// SampleName is how messages name the bundled sample.
const SampleName = "(bundled sample)"

// Manuscript is a loaded manuscript, with its images resolved.
type Manuscript struct {
	Doc      *document.Document
	File     string   // manuscript.md as messages name it
	Inputs   []string // absolute paths of the files read, so outputs never replace them
	Warnings diag.Warnings
	dir      fs.FS // the manuscript directory; images are read only from here
}

// Limits on what a manuscript may make us read.
const (
	maxManuscriptBytes = 32 << 20
	maxImageBytes      = 64 << 20
	maxImagePixels     = 40_000_000 // about 160 MB decoded as RGBA
)

// Load reads the manuscript at p: a directory holding manuscript.md, the
// .md file itself, or a raw .txt article, imported on the fly. An empty p
// loads the bundled sample.
func Load(p string) (*Manuscript, error) {
	if p == "" {
		return load(manuscript.Sample(), "manuscript.md", SampleName+"/manuscript.md", nil)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such manuscript", p)
		}
		return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
	}
	dir, file := p, "manuscript.md"
	if !fi.IsDir() {
		dir, file = filepath.Split(p)
		if dir == "" {
			dir = "."
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	display := filepath.Join(dir, file)
	if fi.IsDir() {
		display = filepath.Join(p, file)
	}
	abs, _ := filepath.Abs(display)
	if isArticle(file) {
		return loadArticle(root.FS(), file, display, []string{abs})
	}
	return load(root.FS(), file, display, []string{abs})
}

func load(dir fs.FS, file, display string, inputs []string) (*Manuscript, error) {
	src, err := readLimited(dir, file, maxManuscriptBytes)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file (a manuscript directory must hold manuscript.md)", display)
		}
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	doc, warns, err := markdown.Parse(src, display)
	if err != nil {
		return nil, err
	}
	m := &Manuscript{Doc: doc, File: display, Inputs: inputs, Warnings: warns, dir: dir}
	if err := m.resolveImages(); err != nil {
		return nil, err
	}
	return m, nil
}

func readLimited(dir fs.FS, name string, limit int64) ([]byte, error) {
	f, err := dir.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than the limit of %d MiB", limit>>20)
	}
	return data, nil
}

// unwrapPath drops the path that *fs.PathError repeats, since our
// messages already start with it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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
	for _, f := range figs {
		pos := diag.Position{File: m.File, Line: f.Line}
		src := f.Src
		switch {
		case strings.Contains(src, "://") || strings.HasPrefix(src, "//"):
			m.Warnings.Addf(pos, "image %s is remote and is never fetched (the tool works offline); a placeholder stands in", src)
			continue
		case path.IsAbs(src) || filepath.IsAbs(src) || !fs.ValidPath(path.Clean(src)) || strings.HasPrefix(path.Clean(src), "../"):
			return diag.Errorf(pos, "image path %s leaves the manuscript directory; images must sit inside it", src)
		}
		data, err := readLimited(m.dir, path.Clean(src), maxImageBytes)
		if errors.Is(err, fs.ErrNotExist) {
			m.Warnings.Addf(pos, "image %s not found; a placeholder stands in until the photo is supplied", src)
			continue
		}
		if err != nil {
			if strings.Contains(err.Error(), "escapes") || strings.Contains(err.Error(), "path escapes") {
				return diag.Errorf(pos, "image %s leaves the manuscript directory (through a symbolic link); images must sit inside it", src)
			}
			return diag.Errorf(pos, "image %s: %v", src, unwrapPath(err))
		}
		img, err := decodeImage(src, data)
		if err != nil {
			return diag.Errorf(pos, "%v", err)
		}
		f.Image = img
	}
	return nil
}

func decodeImage(name string, data []byte) (*document.Image, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, image.ErrFormat) {
			return nil, fmt.Errorf("image %s is in a format that cannot be embedded (supported: JPEG, PNG)", name)
		}
		return nil, fmt.Errorf("image %s is corrupt: %v", name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxImagePixels {
		return nil, fmt.Errorf("image %s is %d×%d pixels, over the limit of %d megapixels", name, cfg.Width, cfg.Height, maxImagePixels/1_000_000)
	}
	// Decode fully once, so a truncated file fails here and not in a writer.
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("image %s is corrupt: %v", name, err)
	}
	return &document.Image{Name: name, MediaType: "image/" + format, Data: data, Width: cfg.Width, Height: cfg.Height}, nil
}
