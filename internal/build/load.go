// Package build turns a manuscript path into editions: it loads and
// resolves the manuscript, runs the writers and writes files safely. It is
// what cmd/publish calls.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/imagefile"
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
	dir      fs.FS    // the manuscript directory; images are read only from here
	pending  *decodes // the decoding its images need, until Verify
	// Of each image: a PDF takes the file as it is; it is to be converted.
	embeddable, convert map[*document.Image]bool
}

// Limits on what a manuscript may make us read.
const (
	maxManuscriptBytes = 32 << 20
	maxImageBytes      = 64 << 20
	maxImagePixels     = 40_000_000 // about 160 MB decoded as RGBA
)

// LoadOptions control LoadWith.
type LoadOptions struct {
	// Strict refuses placeholders: a missing or remote image is an error
	// instead of a warning. Commands that set it set Decode too.
	Strict bool
	// Decode decodes every image whole. Without it an image gets a
	// structural check that decodes no pixels (imagefile.Check), which a
	// bit flipped inside its compressed data can pass.
	Decode bool
	// Screen, when set, are the EPUB's image limits: an image over them
	// gets a scaled copy (Image.Screen), made from its one decode.
	Screen *imagefile.Limits
	// Print prepares images for the PDF: one that the PDF cannot embed as
	// it is (a PNG with transparency, or interlaced) gets a flattened copy
	// (Image.Print), made from its one decode.
	Print bool
	// Deferred returns once every image is read and checked, and leaves
	// the decoding to Verify, which the EPUB and PDF writers call; other
	// readers of the model call Verify first.
	Deferred bool
}

// Load reads the manuscript at p: a directory holding manuscript.md, the
// .md file itself, or a raw .txt article, imported on the fly. An empty p
// loads the bundled sample. Every image is decoded whole (LoadOptions.Decode),
// as publish check wants.
func Load(p string) (*Manuscript, error) { return LoadWith(p, LoadOptions{Decode: true}) }

// LoadWith is Load with options.
func LoadWith(p string, opt LoadOptions) (*Manuscript, error) {
	m, err := loadPath(p)
	if err != nil {
		return nil, err
	}
	if opt.Strict {
		if err := m.strict(); err != nil {
			return nil, err
		}
	}
	m.planDecodes(opt)
	if !opt.Deferred {
		if err := m.Verify(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func loadPath(p string) (*Manuscript, error) {
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
	if isPage(file) {
		return loadPage(root.FS(), file, display, []string{abs})
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
	var buf bytes.Buffer
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 && fi.Size() <= limit {
		buf.Grow(int(fi.Size()) + bytes.MinRead) // read in one go, not by doubling
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
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
