package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/epub"
	"publish/internal/pdf"
)

// Options control the editions. EPUB and PDF hold each writer's own
// options; the generator and the time stamp are filled in from here.
type Options struct {
	// Time stamps the editions (dcterms:modified, PDF dates). Zero means
	// the Unix epoch, so that builds are reproducible by default.
	Time time.Time
	EPUB epub.Options
	PDF  pdf.Options
	// Warn receives what a writer could not do as asked (a character no
	// font has), positioned in the manuscript; nil drops them.
	Warn func(*diag.Diagnostic)
}

// SourceDate reads SOURCE_DATE_EPOCH; unset means the zero time.
func SourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a count of seconds since 1970", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

// EPUB writes the EPUB edition of m.
func EPUB(w io.Writer, m *Manuscript, opt Options) error {
	if err := m.Verify(); err != nil { // the EPUB takes the scaled copies it makes
		return err
	}
	o := opt.EPUB
	o.Generator, o.Modified = Generator(), opt.Time
	return epub.Write(w, m.Doc, &o)
}

// PDF writes the PDF edition of m.
func PDF(w io.Writer, m *Manuscript, opt Options) error {
	if err := m.Verify(); err != nil { // the PDF takes the flattened copies it makes
		return err
	}
	o := opt.PDF
	o.Generator, o.Created = Generator(), opt.Time
	if len(m.Inputs) > 0 {
		o.Dir = filepath.Dir(m.Inputs[0])
	}
	if opt.Warn != nil {
		o.Warn = func(line int, msg string) { opt.Warn(diag.Errorf(diag.Position{File: m.File, Line: line}, "%s", msg)) }
	}
	return pdf.Write(w, m.Doc, &o)
}

// Slug is the base name of m's editions.
func (m *Manuscript) Slug() string { return document.Slug(m.Doc.Meta.Title, 0) }

// WriteFile writes a file through a temporary file in the same directory,
// synced and then renamed into place, so that a failed or interrupted
// build never leaves a half-written file where a good one was.
func WriteFile(name string, write func(io.Writer) error) error {
	return WriteFileContext(context.Background(), name, write)
}

// WriteFileContext is WriteFile that stops when ctx is cancelled (an
// interrupt): writes fail from then on, the temporary file is removed, and
// the destination is left as it was. The error then wraps ctx.Err().
func WriteFileContext(ctx context.Context, name string, write func(io.Writer) error) (err error) {
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return fmt.Errorf("%s: cannot write: is a directory", name)
	}
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: cannot create directory: %w", dir, unwrapPath(err))
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: not written: %w", name, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot write: %w", name, unwrapPath(err))
	}
	defer func() {
		if r := recover(); r != nil { // a writer's bug must not leave the temporary file
			tmp.Close()
			os.Remove(tmp.Name())
			panic(r)
		}
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(ctxWriter{ctx, tmp}); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: not written: %w", name, ctx.Err())
		}
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: cannot write: %w", name, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: cannot write: %w", name, unwrapPath(err))
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	// The last moment to give up: after the rename the new file stands.
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: not written: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		var le *os.LinkError
		if errors.As(err, &le) {
			err = le.Err
		}
		return fmt.Errorf("%s: cannot write: %w", name, err)
	}
	return nil
}

// ctxWriter fails every write once ctx is cancelled, so a writer stops
// soon after an interrupt instead of finishing a file that is then thrown
// away.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
