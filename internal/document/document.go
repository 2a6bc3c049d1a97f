// Package document is the one model that every reader produces and every
// writer consumes: metadata plus a sequence of blocks made of inlines. It
// follows pandoc's AST, so that what pandoc's Markdown says has a place.
// It imports nothing else of this project.
//
// Block and Inline are sealed: the types below are their only
// implementations, and every reader and writer handles each of them (a
// test in each writer's package fails when one is left out).
package document

import (
	"strconv"
	"strings"
)

// Document is a whole manuscript: its metadata and its body.
type Document struct {
	Meta   Meta
	Blocks []Block
}

// Pos is where a node starts in its source file; Line is 1-based, 0 when
// unknown (for example in a document built by code).
type Pos struct {
	Line int
}

// Position returns p; it lets every node report where it came from.
func (p Pos) Position() Pos { return p }

// SetLine moves the node to line n, for a reader whose lines are not its
// input's (the importer's joined lines of a hard-wrapped copy).
func (p *Pos) SetLine(n int) { p.Line = n }

// Attr is pandoc's attribute triple, written {#id .class key="value"}: an
// identifier, classes and key-value pairs, each kept in source order. The
// zero value has none.
type Attr struct {
	ID      string // unique in the document when not empty
	Classes []string
	KV      []KeyValue
}

// KeyValue is one key="value" attribute.
type KeyValue struct{ Key, Value string }

// Value returns the value of key, or "" when it is not set.
func (a Attr) Value(key string) string {
	for _, kv := range a.KV {
		if kv.Key == key {
			return kv.Value
		}
	}
	return ""
}

// HasClass reports whether c is one of the classes.
func (a Attr) HasClass(c string) bool {
	for _, x := range a.Classes {
		if x == c {
			return true
		}
	}
	return false
}

// IsZero reports whether a has no identifier, class or key.
func (a Attr) IsZero() bool { return a.ID == "" && len(a.Classes) == 0 && len(a.KV) == 0 }

// Block is a block-level node. The set is sealed: Heading, Paragraph,
// Figure, Quote, List, CodeBlock, Table, ThematicBreak, DefinitionList,
// LineBlock and Div are the only implementations.
type Block interface {
	block()
	Position() Pos
}

// Heading is a section heading. Level 1 marks a chapter, 2 a section.
// Attr.ID is the identifier the manuscript gave; without one, HeadingIDs
// derives pandoc's automatic identifier from the text.
type Heading struct {
	Pos
	Attr  Attr
	Level int // 1..6
	Text  []Inline
}

// Paragraph is a run of text.
type Paragraph struct {
	Pos
	Text []Inline
}

// Figure is an image with its caption and photo credit.
type Figure struct {
	Pos
	Src     string   // path relative to the manuscript directory, as written
	Alt     string   // text alternative; empty when the manuscript gives none
	Caption []Inline // what is printed under the image
	Credit  string   // photo credit, for example "GALO PAGUAY / Getty"
	// Image holds the decoded file once a build has resolved Src. Nil means
	// the file is not available and writers set a labelled placeholder.
	Image *Image
}

// Quote is a block quotation.
type Quote struct {
	Pos
	Blocks []Block
}

// List is a bulleted or numbered list.
type List struct {
	Pos
	Ordered bool
	Start   int       // first number of an ordered list
	Style   ListStyle // how an ordered list numbers its items
	Items   []ListItem
}

// ListStyle is how an ordered list numbers its items: 1, a, A, i or I.
type ListStyle int

// List styles.
const (
	Decimal ListStyle = iota
	LowerAlpha
	UpperAlpha
	LowerRoman
	UpperRoman
)

func (s ListStyle) String() string {
	return [...]string{"decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman"}[s]
}

// Number writes n in the style: 3 is "3", "c", "C", "iii" or "III".
// Letters run out at 26 and numerals at 3999, where n is written in
// digits.
func (s ListStyle) Number(n int) string {
	switch {
	case (s == LowerAlpha || s == UpperAlpha) && n >= 1 && n <= 26:
		c := 'a' + rune(n-1)
		if s == UpperAlpha {
			c = 'A' + rune(n-1)
		}
		return string(c)
	case (s == LowerRoman || s == UpperRoman) && n >= 1 && n < 4000:
		var b strings.Builder
		for _, r := range []struct {
			v int
			s string
		}{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
			for ; n >= r.v; n -= r.v {
				b.WriteString(r.s)
			}
		}
		if s == UpperRoman {
			return strings.ToUpper(b.String())
		}
		return b.String()
	}
	return strconv.Itoa(n)
}

// ListItem is one item of a list: a sequence of blocks, and its check box
// when the list is a task list.
type ListItem struct {
	Task   Task
	Blocks []Block
}

// Task is the state of a task list item's check box.
type Task int

// Task states. NoTask is an ordinary item, without a box.
const (
	NoTask Task = iota
	Unchecked
	Checked
)

// CodeBlock is verbatim text, such as a program: fenced or indented code.
// Text keeps every character as written, lines separated by "\n", with
// no final newline. The first class of Attr names the language ("go").
type CodeBlock struct {
	Pos
	Attr Attr
	Text string
}

// Language is the code's language, its first class; "" when not given.
func (c *CodeBlock) Language() string {
	if len(c.Attr.Classes) > 0 {
		return c.Attr.Classes[0]
	}
	return ""
}

// Table is a table with an optional caption, header rows and body rows.
// Every row has exactly len(Columns) cells, and either every column has a
// Width or none has.
type Table struct {
	Pos
	Attr    Attr
	Caption []Inline
	Columns []Column
	Head    []Row // header rows; none when the table has no header
	Body    []Row
}

// Column is the alignment and relative width of one column of a table.
type Column struct {
	Align Align
	// Width is the column's share of the text width, from 0 to 1, when the
	// manuscript gives one (multiline and grid tables, long pipe tables);
	// 0 means the writer sizes the column from its content.
	Width float64
}

// Align is the horizontal alignment of a table column.
type Align int

// Alignments. AlignDefault leaves the choice to the writer.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

func (a Align) String() string {
	return [...]string{"default", "left", "center", "right"}[a]
}

// Row is one row of a table.
type Row []Cell

// Cell is one cell of a table; it holds blocks, usually one paragraph.
type Cell struct {
	Blocks []Block
}

// ThematicBreak is a break between scenes or topics (Markdown's "* * *").
type ThematicBreak struct {
	Pos
}

// DefinitionList is a list of terms, each with one or more definitions.
type DefinitionList struct {
	Pos
	Items []Definition
}

// Definition is one term of a definition list and its definitions.
type Definition struct {
	Term []Inline
	Defs [][]Block // at least one
}

// LineBlock is text whose line breaks and leading spaces matter: verse,
// addresses. Each line is kept; leading spaces are no-break spaces
// (U+00A0) in the line's first Str, so that nothing collapses them.
type LineBlock struct {
	Pos
	Lines [][]Inline
}

// Div is a generic container of blocks with attributes (pandoc's fenced
// div "::: {.note}"). Its lang attribute sets the language of its text.
type Div struct {
	Pos
	Attr   Attr
	Blocks []Block
}

func (*Heading) block()        {}
func (*Paragraph) block()      {}
func (*Figure) block()         {}
func (*Quote) block()          {}
func (*List) block()           {}
func (*CodeBlock) block()      {}
func (*Table) block()          {}
func (*ThematicBreak) block()  {}
func (*DefinitionList) block() {}
func (*LineBlock) block()      {}
func (*Div) block()            {}

// Image is a resolved image file, ready to embed. Figures that show the
// same file share one Image.
type Image struct {
	Name      string // file name used inside an edition, e.g. "images/photo.jpg"
	MediaType string // "image/jpeg" or "image/png"
	// Data is the file, or nil when Open reads it each time an edition
	// writes it, so that a book of photographs is not held in memory.
	Data   []byte
	Open   func() (ReadCloser, error)
	Size   int64  // bytes of the file, with Open
	CRC32  uint32 // IEEE CRC-32 of the file, with Open
	Width  int    // pixels
	Height int
	Opaque bool // known to have no transparent pixel; false when not known
	// Copies made from one decode of the file for an edition that cannot
	// take it as it is; nil when it can, or when the writer is left to
	// make its own.
	Screen *Image // scaled within the EPUB's limits
	Print  *Image // flattened onto white, for the PDF
}

// Inline is an inline node. The set is sealed: Str, Emph, Strong, Link,
// Code, LineBreak, Strikeout, Superscript, Subscript, SmallCaps, Span,
// Note, Math and InlineImage are the only implementations.
type Inline interface{ inline() }

// Str is plain text. Spaces inside it are ordinary word spaces.
type Str struct{ Text string }

// Emph is emphasis, usually set in italics.
type Emph struct{ Children []Inline }

// Strong is strong importance, usually set in bold.
type Strong struct{ Children []Inline }

// Link is a hyperlink. A URL "#id" points to an identifier in the
// document (a heading's, or any node's Attr.ID).
type Link struct {
	URL      string
	Title    string
	Attr     Attr
	Children []Inline
}

// RelativeURL reports whether a link's URL is relative: neither a
// fragment ("#id") nor with a scheme ("https:", "mailto:"). A relative link
// names a file that no edition holds.
func RelativeURL(u string) bool {
	if strings.HasPrefix(u, "#") {
		return false
	}
	i := strings.IndexByte(u, ':')
	if i <= 0 {
		return true
	}
	for j, r := range u[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || j > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return true
		}
	}
	return false
}

// Code is inline code, set in a monospaced face. Text is verbatim.
type Code struct {
	Attr Attr
	Text string
}

// LineBreak is a hard line break.
type LineBreak struct{}

// Strikeout is text struck through (deleted).
type Strikeout struct{ Children []Inline }

// Superscript is text raised above the line (2^10^).
type Superscript struct{ Children []Inline }

// Subscript is text lowered below the line (H~2~O).
type Subscript struct{ Children []Inline }

// SmallCaps is text set in small capitals.
type SmallCaps struct{ Children []Inline }

// Span is a generic inline container with attributes ([text]{lang=fr}).
// Its lang attribute sets the language of its text.
type Span struct {
	Attr     Attr
	Children []Inline
}

// Note is a footnote, placed where it is referenced, as pandoc's Note:
// writers number the notes and set their blocks apart (at the foot of the
// page, at the end of the chapter). A note holds no other note.
type Note struct{ Blocks []Block }

// Math is a TeX formula, inline ($x^2$) or displayed on its own line
// ($$x^2$$). TeX is the source between the dollars, as written.
type Math struct {
	Display bool
	TeX     string
}

// InlineImage is an image set inside a line of text, such as an icon. Its
// file is described by Figure, which is not one of the document's blocks
// but which Figures lists with the others, so that loading, embedding,
// credits and accessibility treat every image alike. Figure.Caption is the
// bracketed description; Figure.Alt is the text alternative (the alt
// attribute, else the description's plain text).
type InlineImage struct {
	Attr   Attr // attributes other than alt and credit (width, height)
	Title  string
	Figure *Figure
}

func (*Str) inline()         {}
func (*Emph) inline()        {}
func (*Strong) inline()      {}
func (*Link) inline()        {}
func (*Code) inline()        {}
func (*LineBreak) inline()   {}
func (*Strikeout) inline()   {}
func (*Superscript) inline() {}
func (*Subscript) inline()   {}
func (*SmallCaps) inline()   {}
func (*Span) inline()        {}
func (*Note) inline()        {}
func (*Math) inline()        {}
func (*InlineImage) inline() {}
