// Package check validates manuscripts and the editions we write, with no
// Java and no network: a lint of a manuscript, structural checks of an
// EPUB (after the OCF and EPUB 3 rules that EPUBCheck enforces), and PDF
// validation through pdfcpu plus our own checks of fonts and metadata.
package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"publish/internal/diag"
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

// File checks the file or manuscript at p, choosing the check by its
// name: .epub, .pdf, or else a manuscript (a directory holding
// manuscript.md, the .md file, or a raw .txt article).
func File(p string) (*Report, error) {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".epub":
		return EPUBFile(p)
	case ".pdf":
		return PDFFile(p)
	}
	return Manuscript(p), nil
}

// EPUBFile checks the EPUB at name.
func EPUBFile(name string) (*Report, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not an EPUB file", name)
	}
	return EPUB(f, fi.Size(), name), nil
}

// PDFFile checks the PDF at name.
func PDFFile(name string) (*Report, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a PDF file", name)
	}
	return PDF(f, name), nil
}
