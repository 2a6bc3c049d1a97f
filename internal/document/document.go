// Package document is the one model that every reader produces and every
// writer consumes: metadata plus a sequence of blocks made of inlines.
// It imports nothing else of this project.
package document

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

// Block is a block-level node. The set is sealed: Heading, Paragraph,
// Figure, Quote and List are the only implementations.
type Block interface {
	block()
	Position() Pos
}

// Heading is a section heading. Level 1 marks a chapter, 2 a section.
type Heading struct {
	Pos
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

// List is a bulleted or numbered list; each item is a sequence of blocks.
type List struct {
	Pos
	Ordered bool
	Start   int // first number of an ordered list
	Items   [][]Block
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Figure) block()    {}
func (*Quote) block()     {}
func (*List) block()      {}

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
// Code and LineBreak are the only implementations.
type Inline interface{ inline() }

// Str is plain text. Spaces inside it are ordinary word spaces.
type Str struct{ Text string }

// Emph is emphasis, usually set in italics.
type Emph struct{ Children []Inline }

// Strong is strong importance, usually set in bold.
type Strong struct{ Children []Inline }

// Link is a hyperlink.
type Link struct {
	URL      string
	Title    string
	Children []Inline
}

// Code is inline code, set in a monospaced face where one is available.
type Code struct{ Text string }

// LineBreak is a hard line break.
type LineBreak struct{}

func (*Str) inline()       {}
func (*Emph) inline()      {}
func (*Strong) inline()    {}
func (*Link) inline()      {}
func (*Code) inline()      {}
func (*LineBreak) inline() {}
