package build

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing/fstest"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/html"
	"publish/internal/importer"
	"publish/internal/input"
)

// IsPage reports whether a file is a saved web page (.html, .htm, or an
// MHTML archive, .mhtml or .mht), read on the fly by epub, pdf and build
// and imported by import.
func IsPage(file string) bool { return isPage(file) }

func isPage(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".html", ".htm":
		return true
	}
	return html.IsMHTML(file)
}

// loadPage reads a saved web page; its figures' images are read from the
// page's directory (its _files folder), and nowhere else.
func loadPage(dir fs.FS, dirPath, file, display string, inputs []string) (*Manuscript, error) {
	if _, err := input.StatFS(dir, file); err != nil {
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	f, err := dir.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	defer f.Close()
	doc, rep, err := readPage(f, display, html.Options{Files: dir})
	if err != nil {
		return nil, err
	}
	return newManuscript(doc, display, inputs, rep.Warnings, withEmbedded(dir, rep.Embedded), dirPath)
}

// readPage reads a saved page, or an MHTML archive by its name.
func readPage(r io.Reader, name string, opt html.Options) (*document.Document, *html.Report, error) {
	if html.IsMHTML(name) {
		return html.ReadMHTML(r, name, opt)
	}
	return html.Read(r, name, opt)
}

// withEmbedded serves the images a page carries as data: URIs
// (html.Report.Embedded) beside the files of its directory.
func withEmbedded(dir fs.FS, embedded map[string][]byte) fs.FS {
	if len(embedded) == 0 {
		return dir
	}
	files := fstest.MapFS{}
	for name, data := range embedded {
		files[name] = &fstest.MapFile{Data: data, Mode: 0o444}
	}
	return embeddedFS{dir, files}
}

// embeddedFS is a page's directory with its embedded images over it.
type embeddedFS struct {
	fs.FS
	files fstest.MapFS
}

func (e embeddedFS) Open(name string) (fs.File, error) {
	if _, ok := e.files[name]; ok {
		return e.files.Open(name)
	}
	return e.FS.Open(name)
}

// ImportedPage is a saved page read for import: the model, the report,
// and the directory its images are copied from.
type ImportedPage struct {
	Doc    *document.Document
	Report *html.Report
	root   *os.Root // the page's directory
}

// ImportPage reads the saved page at path for publish import.
func ImportPage(path string, opt ImportOptions) (*ImportedPage, error) {
	var hopt html.Options
	hopt.Lang = opt.Lang
	var metaWarns diag.Warnings
	if opt.MetaFile != "" {
		if _, err := input.Stat(opt.MetaFile); err != nil {
			return nil, fmt.Errorf("%s: %w", opt.MetaFile, unwrapPath(err))
		}
		meta, warns, err := importer.ReadMetaFile(opt.MetaFile)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", opt.MetaFile, unwrapPath(err))
		}
		hopt.Meta, metaWarns = meta, warns
	}
	if _, err := input.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Dir(path), unwrapPath(err))
	}
	hopt.Files = root.FS()
	f, err := root.Open(filepath.Base(path))
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	doc, rep, err := readPage(f, filepath.Clean(path), hopt)
	if err != nil {
		root.Close()
		return nil, err
	}
	rep.Warnings = append(metaWarns, rep.Warnings...)
	return &ImportedPage{Doc: doc, Report: rep, root: root}, nil
}

// Write writes the manuscript into dir: each local image copied from the
// saved folder into dir/images/ (the figure's Src renamed to match), then
// dir/manuscript.md. A cancelled ctx stops it; no file is left half
// written.
func (p *ImportedPage) Write(ctx context.Context, dir string) error {
	defer p.root.Close()
	used := map[string]string{} // source path -> images/name
	taken := map[string]bool{}
	for _, f := range p.Doc.Figures() {
		src := f.Src
		if src == "" || isURL(src) {
			continue
		}
		if to, ok := used[src]; ok {
			f.Src = to
			continue
		}
		name := path.Base(src)
		ext := path.Ext(name)
		stem := strings.TrimSuffix(name, ext)
		for k := 2; taken[strings.ToLower(name)]; k++ {
			name = fmt.Sprintf("%s-%d%s", stem, k, ext)
		}
		taken[strings.ToLower(name)] = true
		to := "images/" + name
		data, err := input.ReadFS(withEmbedded(p.root.FS(), p.Report.Embedded), src, maxImageBytes)
		if err != nil {
			return fmt.Errorf("%s: image %s", p.Report.File, input.Describe(src, err))
		}
		if err := WriteFileContext(ctx, filepath.Join(dir, filepath.FromSlash(to)), func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}); err != nil {
			return err
		}
		used[src] = to
		f.Src = to
	}
	return WriteManuscript(ctx, dir, p.Doc)
}
