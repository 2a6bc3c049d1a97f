// Package assets embeds the fonts, styles and hyphenation patterns that the
// editions need, so the binary works from any directory.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed fonts/*.ttf fonts/LICENSE-OFL.txt style.css
var files embed.FS

// Font is one embedded TrueType face.
type Font struct {
	Family string // e.g. "NotoSerif"
	Style  string // "", "B", "I" or "BI", as fpdf names styles
	File   string // path inside the embedded tree
}

// Fonts lists every embedded face.
var Fonts = []Font{
	{"NotoSerif", "", "fonts/NotoSerif-Regular.ttf"},
	{"NotoSerif", "B", "fonts/NotoSerif-Bold.ttf"},
	{"NotoSerif", "I", "fonts/NotoSerif-Italic.ttf"},
	{"NotoSerif", "BI", "fonts/NotoSerif-BoldItalic.ttf"},
	{"NotoSans", "", "fonts/NotoSans-Regular.ttf"},
	{"NotoSans", "B", "fonts/NotoSans-Bold.ttf"},
}

// FontBytes returns the bytes of an embedded face.
func FontBytes(f Font) []byte { return mustRead(f.File) }

// Stylesheet is the CSS of the EPUB edition.
func Stylesheet() []byte { return mustRead("style.css") }

// FS exposes every embedded file, for tools that list or check them.
func FS() fs.FS { return files }

func mustRead(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("assets: " + name + " is not embedded: " + err.Error()) // a build defect, never user input
	}
	return b
}
