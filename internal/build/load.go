// Package build turns a manuscript path into editions: it loads and
// resolves the manuscript, runs the writers and writes files safely. It is
// what cmd/publish calls.
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/imagefile"
	"publish/internal/input"
	"publish/internal/markdown"
	"publish/internal/pdf"
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
	dirPath  string   // its path on disk, "" for the bundled sample
	pending  *decodes // the decoding its images need, until Verify
	// Of each image: a PDF takes the file as it is; it is to be converted.
	embeddable, convert map[*document.Image]bool
}

// Limits on what a manuscript may make us read and write.
const (
	maxManuscriptBytes = 16 << 20 // 2.7 million words; peak memory stays under 1.5 GB
	maxImageBytes      = 64 << 20
	maxImagePixels     = 40_000_000 // about 160 MB decoded as RGBA
	maxHeadings        = 10_000     // each is an entry of the contents, the nav and the outline
	maxFigures         = 20_000     // each image is a file of the EPUB
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

// IsInput reports whether writing out would replace a file m was read
// from (the manuscript, an image, the cover, a raw article or saved page),
// by whatever name: another path, a hard or symbolic link.
func (m *Manuscript) IsInput(out string) bool {
	fo, err := os.Stat(out)
	if err != nil {
		return false // nothing there to replace
	}
	for _, in := range m.Inputs {
		if fi, err := os.Stat(in); err == nil && os.SameFile(fi, fo) {
			return true
		}
	}
	return false
}

func loadPath(p string) (*Manuscript, error) {
	if p == "" {
		return load(manuscript.Sample(), "", "manuscript.md", SampleName+"/manuscript.md", nil)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such manuscript", p)
		}
		return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
	}
	dir, file := p, "manuscript.md"
	if !fi.IsDir() && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", p, input.NotRegular(fi.Mode()))
	}
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
		return loadArticle(root.FS(), dir, file, display, []string{abs})
	}
	if isPage(file) {
		return loadPage(root.FS(), dir, file, display, []string{abs})
	}
	return load(root.FS(), dir, file, display, []string{abs})
}

func load(dir fs.FS, dirPath, file, display string, inputs []string) (*Manuscript, error) {
	src, err := input.ReadFS(dir, file, maxManuscriptBytes)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file (a manuscript directory must hold manuscript.md)", display)
		}
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	if what := input.Binary(src); what != "" {
		return nil, diag.Errorf(diag.Position{File: display}, "not a manuscript: %s", what)
	}
	doc, warns, err := markdown.Parse(src, display)
	if err != nil {
		return nil, err
	}
	return newManuscript(doc, display, inputs, warns, dir, dirPath)
}

// newManuscript makes a model read from file (by any reader) into a
// manuscript that every writer can take: within the limits, no character
// XML forbids, nothing nested deeper than an edition may be, and images
// resolved.
func newManuscript(doc *document.Document, file string, inputs []string, warns diag.Warnings, dir fs.FS, dirPath string) (*Manuscript, error) {
	m := &Manuscript{Doc: doc, File: file, Inputs: inputs, Warnings: warns, dir: dir, dirPath: dirPath}
	if err := m.limits(); err != nil {
		return nil, err
	}
	for _, r := range doc.StripNonXMLChars() {
		m.Warnings.Addf(diag.Position{File: file, Line: r.Line}, "removed %d character%s that XML 1.0 forbids (the first is U+%04X): no edition can carry them", r.Count, plural(r.Count), r.First)
	}
	if line, changed := doc.LimitNesting(); changed {
		m.Warnings.Addf(diag.Position{File: file, Line: line}, "quotes, lists or emphasis nested more than %d deep: what is deeper is set at that depth", document.MaxNesting)
	}
	if d := document.Depth(doc.Blocks); d > pdf.IndentLevels {
		m.Warnings.Addf(diag.Position{File: file, Line: deepest(doc.Blocks, pdf.IndentLevels)}, "quotes and lists nested %d deep: the PDF indents the first %d levels and sets deeper ones at that indent, to keep a readable measure", d, pdf.IndentLevels)
	}
	if err := m.resolveImages(); err != nil {
		return nil, err
	}
	return m, nil
}

// limits refuses a document that would make editions too large to read.
func (m *Manuscript) limits() error {
	var headings, figures int
	document.Walk(m.Doc.Blocks, func(b document.Block) {
		switch b.(type) {
		case *document.Heading:
			headings++
		case *document.Figure:
			figures++
		}
	})
	at := diag.Position{File: m.File}
	if headings > maxHeadings {
		return diag.Errorf(at, "has %d headings, over the limit of %d", headings, maxHeadings)
	}
	if figures > maxFigures {
		return diag.Errorf(at, "has %d figures, over the limit of %d", figures, maxFigures)
	}
	return nil
}

// deepest is the line of the first block nested more than depth deep.
func deepest(blocks []document.Block, depth int) int {
	for _, b := range blocks {
		var inner [][]document.Block
		switch b := b.(type) {
		case *document.Quote:
			inner = [][]document.Block{b.Blocks}
		case *document.List:
			for _, it := range b.Items {
				inner = append(inner, it.Blocks)
			}
		default:
			continue
		}
		if depth == 0 {
			return b.Position().Line
		}
		for _, in := range inner {
			if l := deepest(in, depth-1); l > 0 {
				return l
			}
		}
	}
	return 0
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
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
