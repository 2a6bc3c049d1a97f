package document

// Meta is everything the front matter says about a manuscript. Field names
// follow pandoc's metadata keys where pandoc has one.
type Meta struct {
	Title       string
	Subtitle    string
	Authors     []string // personal authors (pandoc "author")
	Byline      []string // the byline as printed, e.g. a newsroom credit ("Drafting")
	Date        string   // W3CDTF: 2022, 2022-10, 2022-10-04 or a full timestamp
	Lang        string   // BCP 47
	Publisher   string
	Rights      string
	Identifier  string // the manuscript's own; see ID for the derived one
	Description string
	Subjects    []string
	CoverImage  string // path relative to the manuscript directory
	Cover       *Image // CoverImage once a build has resolved it; nil means none

	Creators     []Contributor // pandoc "creator": extra creators with MARC roles
	Contributors []Contributor // pandoc "contributor"

	Source *Source // the publication this text comes from, if any

	// Accessibility names who certified conformance (dcterms:conformsTo);
	// empty means nobody did, and the editions claim nothing.
	CertifiedBy string

	// Fonts are the faces the front matter names for the PDF (pandoc's
	// mainfont, sansfont, monofont, CJKmainfont): a font file or a family
	// name each, empty for the defaults.
	Fonts FontNames
}

// FontNames are faces named in the front matter.
type FontNames struct {
	Main, Sans, Mono, CJK string
}

// Contributor is a person or body with a MARC relator role ("aut", "trl",
// "pht", ...).
type Contributor struct {
	Role string
	Text string
}

// Source describes the original publication of a text.
type Source struct {
	Name        string // e.g. "BBC News Mundo"
	Title       string // the original headline
	Lang        string // BCP 47 language of the original
	URL         string
	Translation string // a note on the translation, empty when there is none
}
