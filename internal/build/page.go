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

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/html"
	"publish/internal/importer"
)

// IsPage reports whether a file is a saved web page (.html, .htm), read
// on the fly by epub, pdf and build and imported by import.
func IsPage(file string) bool { return isPage(file) }

func isPage(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// loadPage reads a saved web page; its figures' images are read from the
// page's directory (its _files folder), and nowhere else.
func loadPage(dir fs.FS, file, display string, inputs []string) (*Manuscript, error) {
	f, err := dir.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	defer f.Close()
	doc, rep, err := html.Read(f, display, html.Options{Files: dir})
	if err != nil {
		return nil, err
	}
	m := &Manuscript{Doc: doc, File: display, Inputs: inputs, Warnings: rep.Warnings, dir: dir}
	if err := m.resolveImages(); err != nil {
		return nil, err
	}
	return m, nil
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
		meta, warns, err := importer.ReadMetaFile(opt.MetaFile)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", opt.MetaFile, unwrapPath(err))
		}
		hopt.Meta, metaWarns = meta, warns
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
	doc, rep, err := html.Read(f, filepath.Clean(path), hopt)
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
		data, err := readLimited(p.root.FS(), src, maxImageBytes)
		if err != nil {
			return fmt.Errorf("%s: image %s: %w", p.Report.File, src, unwrapPath(err))
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
