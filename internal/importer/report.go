package importer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"publish/internal/diag"
)

// Report says what Import decided for every input line, so that an editor
// can check it.
type Report struct {
	File    string  // the name given to Import
	Lang    string  // the language written to the manuscript
	LangWhy string  // how it was chosen
	Entries []Entry // one per input line, in order, blank lines included
	// Warnings are problems that did not stop the import: a re-encoded
	// file, a figure without a credit, an assumed language.
	Warnings diag.Warnings
}

// Entry is the decision for one input line.
type Entry struct {
	Line    int      // 1-based line in the input
	Text    string   // the line after whitespace normalisation
	Kind    string   // what the line became: one of the Kind constants
	Rule    string   // the rule that decided: one of the Rule constants, or "boilerplate/NAME"
	Why     string   // the rule's reason, for people
	Derived []string // model fields derived from this line for an editor to review, e.g. "alt"
}

// Count returns how many entries are of kind.
func (r *Report) Count(kind string) int {
	n := 0
	for _, e := range r.Entries {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

// summaryKinds is the order of the closing summary.
var summaryKinds = []string{KindTitle, KindByline, KindHeading, KindParagraph, KindListItem, KindFigureCredit, KindFigureCaption, KindDropped}

// WriteText writes the report for people: a line per input line, as
// "file:line: kind [rule] why: "text"", then warnings and a summary.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s: lang %s (%s)\n", r.File, r.Lang, r.LangWhy)
	for _, e := range r.Entries {
		if e.Kind == KindBlank {
			fmt.Fprintf(bw, "%s:%d: blank\n", r.File, e.Line)
			continue
		}
		fmt.Fprintf(bw, "%s:%d: %s [%s] %s", r.File, e.Line, e.Kind, e.Rule, e.Why)
		if len(e.Derived) > 0 {
			fmt.Fprintf(bw, " (derived: %s)", strings.Join(e.Derived, ", "))
		}
		fmt.Fprintf(bw, ": %q\n", excerpt(e.Text, 60))
	}
	for _, d := range r.Warnings {
		fmt.Fprintf(bw, "warning: %s\n", d.Error())
	}
	var parts []string
	for _, k := range summaryKinds {
		if n := r.Count(k); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	fmt.Fprintf(bw, "%s: %s\n", r.File, strings.Join(parts, ", "))
	return bw.Flush()
}

// excerpt shortens s to at most n runes, marking the cut with "…".
func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

type jsonReport struct {
	File     string      `json:"file"`
	Lang     string      `json:"lang"`
	LangWhy  string      `json:"lang_why"`
	Entries  []jsonEntry `json:"entries"`
	Warnings []string    `json:"warnings"`
}

type jsonEntry struct {
	Line    int      `json:"line"`
	Kind    string   `json:"kind"`
	Rule    string   `json:"rule"`
	Why     string   `json:"why,omitempty"`
	Derived []string `json:"derived,omitempty"`
	Text    string   `json:"text,omitempty"`
}

// WriteJSON writes the report for programs: one object with file, lang,
// lang_why, entries (line, kind, rule, why, derived, text) and warnings
// (as "file:line: message").
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{File: r.File, Lang: r.Lang, LangWhy: r.LangWhy, Entries: []jsonEntry{}, Warnings: []string{}}
	for _, e := range r.Entries {
		out.Entries = append(out.Entries, jsonEntry{e.Line, e.Kind, e.Rule, e.Why, e.Derived, e.Text})
	}
	for _, d := range r.Warnings {
		out.Warnings = append(out.Warnings, d.Error())
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
