// Package diag holds the positioned messages that readers and checks report:
// "manuscript.md:12:3: unknown front matter key".
package diag

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position names a place in a file. Line and Col are 1-based; 0 means
// unknown, and is left out when printed.
type Position struct {
	File string
	Line int
	Col  int
}

func (p Position) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	return b.String()
}

// Diagnostic is a message about a place. As an error it is fatal; in a
// Warnings list the build goes on.
type Diagnostic struct {
	Pos Position
	Msg string
	// Strict marks a warning about something left out of the editions (a
	// link dropped as unsafe), which --strict makes an error.
	Strict bool
}

func (d *Diagnostic) Error() string {
	if s := d.Pos.String(); s != "" {
		return s + ": " + d.Msg
	}
	return d.Msg
}

// Errorf returns a positioned error.
func Errorf(pos Position, format string, args ...any) *Diagnostic {
	return &Diagnostic{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// Warnings collects non-fatal messages in the order they were found.
type Warnings []*Diagnostic

// Addf appends a positioned warning.
func (w *Warnings) Addf(pos Position, format string, args ...any) {
	*w = append(*w, Errorf(pos, format, args...))
}

// Strictf appends a positioned warning that --strict makes an error.
func (w *Warnings) Strictf(pos Position, format string, args ...any) {
	d := Errorf(pos, format, args...)
	d.Strict = true
	*w = append(*w, d)
}

// Quote shows a value from the input in a message: quoted, with control
// characters escaped, and cut to at most max runes.
func Quote(s string, max int) string {
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		return strconv.Quote(string(r[:max])) + "…"
	}
	return strconv.Quote(s)
}
