package html

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"publish/internal/diag"
)

// Report says what Read decided for every block of the page and where
// every metadata field came from, so that an editor can check it.
type Report struct {
	File     string  // the name given to Read
	Encoding string  // the page's encoding, as declared or detected
	Entries  []Entry // one per block of the page, in document order
	Fields   []Field // the metadata, in front matter order
	Remote   []string
	// Warnings are problems that did not stop the import: an image path
	// refused, a byline the metadata disagrees with, an assumed language.
	Warnings diag.Warnings
	// Embedded holds the images the page carries inside it as data: URIs,
	// by the Src of their figure (EmbeddedDir/figure-N.jpg); a build reads
	// them from here, as if they were files beside the page.
	Embedded map[string][]byte
	// Placeholders warn of the figures whose image the page did not save:
	// apart from Warnings, since a build that resolves the figures warns
	// of them itself.
	Placeholders diag.Warnings
}

// EmbeddedDir is the folder the figures of data: URIs are named in. No
// browser saves a page's files in a folder whose name starts with a dot.
const EmbeddedDir = ".data"

// Entry is the decision for one block of the page: an element that holds
// text of its own, a figure or an image, or an element removed unread.
type Entry struct {
	Block   int      // 1-based number of the block, in document order
	Element string   // the element, e.g. "p", "div.share-bar", "figure"
	Text    string   // its text, white space collapsed
	Kind    string   // what it became: one of the Kind constants
	Rule    string   // the rule that decided
	Why     string   // the rule's reason, for people
	Derived []string // model fields derived for an editor to review, e.g. "alt"
}

// Field is one metadata field and where it came from.
type Field struct {
	Name   string
	Value  string
	From   string   // JSON-LD, OpenGraph, meta, <html lang>, <time datetime>, <title>, detected...
	Others []string // what less trusted sources said, when it differs
}

// Entry kinds: what a block became.
const (
	KindTitle      = "title"
	KindParagraph  = "paragraph"
	KindHeading    = "heading"
	KindListItem   = "list-item"
	KindQuote      = "quote"
	KindTable      = "table"
	KindFigure     = "figure"
	KindCaption    = "figure-caption"
	KindMeta       = "metadata" // dropped from the body; its content is metadata
	KindDropped    = "dropped"
	KindRemoved    = "removed" // scripts, styles, frames: never read
	KindUnreadable = "unused"  // an element without text (a spacer, a placeholder image)
)

// Rule names besides "furniture/NAME" and the importer's "boilerplate/NAME".
const (
	RuleExtractor    = "extractor"
	RuleUnsafe       = "unsafe"
	RuleHeadline     = "headline"
	RuleKicker       = "kicker"
	RuleByline       = "byline"
	RuleDate         = "date"
	RuleSignoff      = "signoff"
	RuleStandfirst   = "standfirst"
	RuleSkipLink     = "skip-link"
	RuleLinkOnly     = "links-only"
	RuleEmptySection = "heading-without-text"
	RuleCaption      = "figure-caption"
	RuleHeading      = "heading"
	RuleStrong       = "strong-heading"
	RuleParagraph    = "paragraph"
	RuleList         = "list-item"
	RuleQuote        = "quote"
	RuleTable        = "table"
	RuleFigure       = "figure"
	RuleDecor        = "decoration"
	RuleDuplicate    = "duplicate"
	RulePullQuote    = "structure/pull-quote"
	RuleAppeal       = "structure/appeal"
	RuleBox          = "structure/box"
	RuleEmpty        = "empty"
	RuleSection      = "section"
	RuleEmbed        = "embed"
)

// AllWarnings returns the warnings and then the placeholder warnings.
func (r *Report) AllWarnings() diag.Warnings {
	return append(append(diag.Warnings(nil), r.Warnings...), r.Placeholders...)
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

var summaryKinds = []string{KindTitle, KindHeading, KindParagraph, KindListItem, KindQuote, KindTable, KindFigure, KindMeta, KindDropped, KindRemoved, KindUnreadable}

// WriteText writes the report for people: the encoding, each metadata
// field with its source, then a line per block as
// "file: block N <element>: kind [rule] why: "text"", warnings and a
// summary.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s: encoding %s\n", r.File, r.Encoding)
	for _, f := range r.Fields {
		fmt.Fprintf(bw, "%s: %s = %q (from %s)", r.File, f.Name, excerpt(f.Value, 80), f.From)
		if len(f.Others) > 0 {
			fmt.Fprintf(bw, "; also %s", strings.Join(f.Others, "; "))
		}
		bw.WriteByte('\n')
	}
	for _, e := range r.Entries {
		fmt.Fprintf(bw, "%s: block %d <%s>: %s [%s] %s", r.File, e.Block, e.Element, e.Kind, e.Rule, e.Why)
		if len(e.Derived) > 0 {
			fmt.Fprintf(bw, " (derived: %s)", strings.Join(e.Derived, ", "))
		}
		if e.Text != "" {
			fmt.Fprintf(bw, ": %q", excerpt(e.Text, 60))
		}
		bw.WriteByte('\n')
	}
	for _, u := range r.Remote {
		fmt.Fprintf(bw, "%s: remote image, never fetched: %s\n", r.File, u)
	}
	for _, d := range r.AllWarnings() {
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

type jsonReport struct {
	File     string      `json:"file"`
	Encoding string      `json:"encoding"`
	Fields   []jsonField `json:"fields"`
	Entries  []jsonEntry `json:"entries"`
	Remote   []string    `json:"remote_images"`
	Warnings []string    `json:"warnings"`
}

type jsonField struct {
	Name   string   `json:"name"`
	Value  string   `json:"value"`
	From   string   `json:"from"`
	Others []string `json:"others,omitempty"`
}

type jsonEntry struct {
	Block   int      `json:"block"`
	Element string   `json:"element"`
	Kind    string   `json:"kind"`
	Rule    string   `json:"rule"`
	Why     string   `json:"why,omitempty"`
	Derived []string `json:"derived,omitempty"`
	Text    string   `json:"text,omitempty"`
}

// WriteJSON writes the report for programs: one object with file,
// encoding, fields (name, value, from, others), entries (block, element,
// kind, rule, why, derived, text), remote_images and warnings.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{File: r.File, Encoding: r.Encoding, Fields: []jsonField{}, Entries: []jsonEntry{}, Remote: []string{}, Warnings: []string{}}
	for _, f := range r.Fields {
		out.Fields = append(out.Fields, jsonField(f))
	}
	for _, e := range r.Entries {
		out.Entries = append(out.Entries, jsonEntry{e.Block, e.Element, e.Kind, e.Rule, e.Why, e.Derived, e.Text})
	}
	out.Remote = append(out.Remote, r.Remote...)
	for _, d := range r.AllWarnings() {
		out.Warnings = append(out.Warnings, d.Error())
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// excerpt shortens s to at most n runes, marking the cut with "…".
func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
