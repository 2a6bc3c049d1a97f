package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/epub"
	"publish/internal/input"
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

// lastSecond is 9999-12-31T23:59:59Z: EPUB and PDF dates have four-digit
// years.
const lastSecond = 253402300799

// SourceDate reads SOURCE_DATE_EPOCH; unset means the zero time.
func SourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a count of seconds since 1970", v)
	}
	if err != nil || n > lastSecond {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is after the year 9999, which the dates of an edition cannot hold", v)
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
// Messages name the destination, never the temporary file.
func WriteFileContext(ctx context.Context, name string, write func(io.Writer) error) error {
	p, err := WriteTemporary(ctx, name, write)
	if err != nil {
		return err
	}
	return p.Commit()
}

// Pending is a file written in full to a temporary file beside its
// destination, which Commit syncs and renames into place. Until then the
// destination is as it was, and an interrupt removes the temporary file.
type Pending struct {
	ctx  context.Context
	tmp  *os.File
	name string
}

// WriteTemporary is the first half of WriteFileContext: it writes the
// temporary file, and Commit does the rest. A batch commits after its
// manuscript has given back its CPU, because syncing is a wait on the
// disk (a sixth of a batch of photo books).
func WriteTemporary(ctx context.Context, name string, write func(io.Writer) error) (p *Pending, err error) {
	if err := Destination(name); err != nil {
		return nil, err
	}
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot create directory: %w", dir, unwrapPath(err))
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: not written: %w", name, err)
	}
	tmp, err := temporaries.create(dir, "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write: %w", name, unwrapPath(err))
	}
	defer func() {
		if r := recover(); r != nil { // a writer's bug must not leave the temporary file
			temporaries.remove(tmp)
			panic(r)
		}
		if err != nil {
			temporaries.remove(tmp)
		}
	}()
	if err := write(ctxWriter{ctx, tmp}); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: not written: %w", name, ctx.Err())
		}
		var we *writeError
		if errors.As(err, &we) { // the file failed, not the writer: say so of the destination
			return nil, fmt.Errorf("%s: cannot write: %w", name, we.err)
		}
		return nil, err
	}
	return &Pending{ctx, tmp, name}, nil
}

// Commit syncs the temporary file and renames it into place; on failure
// it removes the temporary file.
func (p *Pending) Commit() (err error) {
	defer func() {
		if err != nil {
			temporaries.remove(p.tmp)
		}
	}()
	if err := p.tmp.Sync(); err != nil {
		return fmt.Errorf("%s: cannot write: %w", p.name, unwrapPath(err))
	}
	if err := p.tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("%s: cannot write: %w", p.name, unwrapPath(err))
	}
	// The last moment to give up: after the rename the new file stands.
	return temporaries.rename(p.ctx, p.tmp, p.name)
}

// Discard removes the temporary file of an edition that will not be
// committed.
func (p *Pending) Discard() { temporaries.remove(p.tmp) }

// Destination refuses to write name when it exists and is not a regular
// file: a rename would replace a device node, a named pipe or a symbolic
// link itself (as root, /dev/full or /dev/stdout), and writing into one
// in place could block or go somewhere unexpected.
func Destination(name string) error {
	fi, err := os.Lstat(name)
	switch {
	case err != nil || fi.Mode().IsRegular():
		return nil
	case fi.IsDir():
		return fmt.Errorf("%s: cannot write: is a directory", name)
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s: cannot write: is a symbolic link; an edition replaces a regular file, never a link (name the file it points to)", name)
	}
	return fmt.Errorf("%s: cannot write: %v; editions are written only to regular files", name, input.NotRegular(fi.Mode()))
}

// temporaries are the temporary files being written, so that an
// interrupt can remove them all before the process exits.
var temporaries = &tempFiles{files: map[*os.File]bool{}}

type tempFiles struct {
	mu     sync.Mutex
	files  map[*os.File]bool
	closed bool // RemoveTemporaryFiles ran: the process is exiting
}

// RemoveTemporaryFiles removes every temporary file being written and
// makes any later write fail before it renames: the process is about to
// exit on an interrupt, and must leave nothing half-written behind.
// Finished editions, already renamed into place, stay.
func RemoveTemporaryFiles() {
	t := temporaries
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	for f := range t.files {
		os.Remove(f.Name())
		delete(t.files, f)
	}
}

func (t *tempFiles) create(dir, pattern string) (*os.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, context.Canceled
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		t.files[f] = true
	}
	return f, err
}

func (t *tempFiles) remove(f *os.File) {
	f.Close()
	t.mu.Lock()
	defer t.mu.Unlock()
	os.Remove(f.Name())
	delete(t.files, f)
}

// rename closes the finished temporary file and renames it into place,
// unless the work was cancelled or the process is exiting.
func (t *tempFiles) rename(ctx context.Context, f *os.File, name string) error {
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: cannot write: %w", name, unwrapPath(err))
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: not written: %w", name, err)
	}
	if t.closed {
		return fmt.Errorf("%s: not written: %w", name, context.Canceled)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		var le *os.LinkError
		if errors.As(err, &le) {
			err = le.Err
		}
		return fmt.Errorf("%s: cannot write: %w", name, err)
	}
	delete(t.files, f)
	return nil
}

// ctxWriter fails every write once ctx is cancelled, so a writer stops
// soon after an interrupt instead of finishing a file that is then thrown
// away. A failed write to the file comes back as a writeError.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.w.Write(p)
	if err != nil {
		err = &writeError{unwrapPath(err)}
	}
	return n, err
}

// writeError is a write to the temporary file that failed (a full disk).
type writeError struct{ err error }

func (e *writeError) Error() string { return "cannot write: " + e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }
