package build

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/importer"
	"publish/internal/input"
	"publish/internal/markdown"
)

// isArticle reports whether a file is a raw article to import on the fly
// rather than a manuscript.
func isArticle(file string) bool { return strings.EqualFold(filepath.Ext(file), ".txt") }

// loadArticle imports a raw article; its figures look for images beside it.
func loadArticle(dir fs.FS, dirPath, file, display string, inputs []string) (*Manuscript, error) {
	if _, err := input.StatFS(dir, file); err != nil {
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	f, err := dir.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, unwrapPath(err))
	}
	defer f.Close()
	doc, rep, err := importer.Import(f, display, importer.Options{})
	if err != nil {
		return nil, err
	}
	return newManuscript(doc, display, inputs, rep.Warnings, dir, dirPath)
}

// ImportOptions control Import.
type ImportOptions struct {
	Lang     string // BCP 47; overrides detection
	MetaFile string // YAML front matter to merge: date, source URL, original headline, rights
}

// Import turns the raw article at path into a model, with the importer's
// report of every line. Warnings from the meta file come first in the
// report's warnings.
func Import(path string, opt ImportOptions) (*document.Document, *importer.Report, error) {
	var iopt importer.Options
	iopt.Lang = opt.Lang
	var metaWarns diag.Warnings
	if opt.MetaFile != "" {
		if _, err := input.Stat(opt.MetaFile); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", opt.MetaFile, unwrapPath(err))
		}
		meta, warns, err := importer.ReadMetaFile(opt.MetaFile)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", opt.MetaFile, unwrapPath(err))
		}
		iopt.Meta, metaWarns = meta, warns
	}
	if _, err := input.Stat(path); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	doc, rep, err := importer.Import(f, filepath.Clean(path), iopt)
	if err != nil {
		return nil, nil, err
	}
	rep.Warnings = append(metaWarns, rep.Warnings...)
	return doc, rep, nil
}

// WriteManuscript writes doc as dir/manuscript.md; a cancelled ctx stops
// it and leaves no partial file.
func WriteManuscript(ctx context.Context, dir string, doc *document.Document) error {
	return WriteFileContext(ctx, filepath.Join(dir, "manuscript.md"), func(w io.Writer) error {
		return markdown.Write(w, doc)
	})
}
