package check

import (
	"errors"

	"publish/internal/diag"
	"publish/internal/document"
)

// Manuscript lints a manuscript that build loaded from file, as doc with
// its reader's warnings: what the build warns about, and what an editor
// should fix before publishing, is a warning, each with file:line.
func Manuscript(file string, doc *document.Document, warnings diag.Warnings) *Report {
	rep := &Report{File: file, Kind: "manuscript"}
	for _, w := range warnings {
		rep.Findings = append(rep.Findings, Finding{Pos: w.Pos, Severity: Warning, Msg: w.Msg})
	}
	lint(doc, file, rep)
	return rep
}

// Unloadable reports a manuscript at p that build could not load: err is
// the one error, positioned where it has a position.
func Unloadable(p string, err error) *Report {
	rep := &Report{File: p, Kind: "manuscript"}
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		rep.Findings = append(rep.Findings, Finding{Pos: d.Pos, Severity: Error, Msg: d.Msg})
	} else {
		rep.errorf(diag.Position{}, "%v", err)
	}
	return rep
}

// lint adds what a build accepts but an editor should fix.
func lint(doc *document.Document, file string, rep *Report) {
	at := func(line int) diag.Position { return diag.Position{File: file, Line: line} }
	if doc.Meta.Date == "" {
		rep.warnf(at(1), "front matter has no date (when the article was published)")
	}
	if doc.Meta.Publisher == "" {
		rep.warnf(at(1), "front matter has no publisher")
	}
	for _, f := range doc.Figures() {
		if f.Alt == "" {
			rep.warnf(at(f.Line), "figure %s has no alt text; add {alt=\"what the photo shows\"} for readers who cannot see it", f.Src)
		}
		if f.Credit == "" {
			rep.warnf(at(f.Line), "figure %s has no credit; add {credit=\"photographer / agency\"}", f.Src)
		}
		if len(document.PlainText(f.Caption)) == 0 {
			rep.warnf(at(f.Line), "figure %s has no caption", f.Src)
		}
	}
	// Level 1 is the title's rank in the editions, so the first heading may
	// be 1 or 2; after that a heading goes at most one level deeper.
	prev := 1
	var open *document.Heading // the last heading, until content follows it
	for _, b := range doc.Blocks {
		h, ok := b.(*document.Heading)
		if !ok {
			open = nil
			continue
		}
		if h.Level > prev+1 {
			rep.warnf(at(h.Line), "heading level %d follows level %d; a level is skipped", h.Level, prev)
		}
		if open != nil && h.Level <= open.Level {
			rep.warnf(at(open.Line), "section %q is empty", document.PlainText(open.Text))
		}
		prev, open = h.Level, h
	}
	if open != nil {
		rep.warnf(at(open.Line), "section %q is empty", document.PlainText(open.Text))
	}
}
