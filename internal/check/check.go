// Package check validates manuscripts and the editions we write, with no
// Java and no network: a lint of a manuscript, structural checks of an
// EPUB (after the OCF and EPUB 3 rules that EPUBCheck enforces), and PDF
// validation through pdfcpu plus our own checks of fonts and metadata.
package check

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"publish/internal/diag"
	"publish/internal/input"
)

// Severity tells a finding that makes a file wrong from one that a careful
// editor would want to fix.
type Severity int

const (
	Warning Severity = iota
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Finding is one thing check found, with where it is.
type Finding struct {
	Pos      diag.Position
	Severity Severity
	Msg      string
}

// String is "file:line: error: message".
func (f Finding) String() string {
	if p := f.Pos.String(); p != "" {
		return p + ": " + f.Severity.String() + ": " + f.Msg
	}
	return f.Severity.String() + ": " + f.Msg
}

// Report is what checking one file found, in the order found.
type Report struct {
	File     string
	Kind     string // "manuscript", "EPUB" or "PDF"
	Findings []Finding
}

func (r *Report) add(sev Severity, pos diag.Position, format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Pos: pos, Severity: sev, Msg: fmt.Sprintf(format, args...)})
}

func (r *Report) errorf(pos diag.Position, format string, args ...any) {
	r.add(Error, pos, format, args...)
}

func (r *Report) warnf(pos diag.Position, format string, args ...any) {
	r.add(Warning, pos, format, args...)
}

// Count returns how many findings have severity s.
func (r *Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// OK reports whether r has no errors and, when strict, no warnings.
func (r *Report) OK(strict bool) bool {
	return r.Count(Error) == 0 && (!strict || r.Count(Warning) == 0)
}

// File checks the edition at p, an EPUB or a PDF by its name. A
// manuscript is loaded by build and linted by Manuscript.
func File(p string) (*Report, error) { return FileContext(context.Background(), p) }

// FileContext is File that stops checking an EPUB when ctx is cancelled
// (an interrupt), and then returns ctx's error.
func FileContext(ctx context.Context, p string) (*Report, error) {
	var rep *Report
	var err error
	switch strings.ToLower(filepath.Ext(p)) {
	case ".epub":
		rep, err = epubFile(ctx, p)
	case ".pdf":
		rep, err = PDFFile(p)
	default:
		return nil, fmt.Errorf("%s: not an EPUB or a PDF", p)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return rep, err
}

// IsEdition reports whether p names an edition that File checks.
func IsEdition(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".epub", ".pdf":
		return true
	}
	return false
}

// open opens an edition, refusing from its metadata what is not a regular
// file (a named pipe would block the check) or is empty.
func open(name string) (*os.File, int64, error) {
	fi, err := input.Stat(name)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	return f, fi.Size(), nil
}

// unwrapPath drops the path that *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// EPUBFile checks the EPUB at name.
func EPUBFile(name string) (*Report, error) { return epubFile(context.Background(), name) }

func epubFile(ctx context.Context, name string) (*Report, error) {
	f, size, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return epubContext(ctx, f, size, name), nil
}

// PDFFile checks the PDF at name.
func PDFFile(name string) (*Report, error) {
	f, size, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > maxPDFBytes {
		rep := &Report{File: name, Kind: "PDF"}
		rep.errorf(diag.Position{File: name}, "larger than the limit of %s for a check", input.Size(maxPDFBytes))
		return rep, nil
	}
	return PDF(f, name), nil
}
