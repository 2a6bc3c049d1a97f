// Package assets embeds the fonts, styles and hyphenation patterns that the
// editions need, so the binary works from any directory.
package assets

import (
	"embed"
	"io/fs"
	"unsafe"
)

//go:embed fonts/*.ttf fonts/LICENSE-OFL.txt style.css
var files embed.FS

// The faces again as strings: read-only data that the linker shares with
// the copies in files, and that FontBytes hands out without copying.
var (
	//go:embed fonts/NotoSerif-Regular.ttf
	notoSerif string
	//go:embed fonts/NotoSerif-Bold.ttf
	notoSerifBold string
	//go:embed fonts/NotoSerif-Italic.ttf
	notoSerifItalic string
	//go:embed fonts/NotoSerif-BoldItalic.ttf
	notoSerifBoldItalic string
	//go:embed fonts/NotoSans-Regular.ttf
	notoSans string
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold string
	//go:embed fonts/NotoSansMono-Regular.ttf
	notoSansMono string
	//go:embed fonts/NotoSansMono-Bold.ttf
	notoSansMonoBold string
)

// Font is one embedded TrueType face.
type Font struct {
	Family string // e.g. "NotoSerif"
	Style  string // "", "B", "I" or "BI", as fpdf names styles
	File   string // path inside the embedded tree
	data   *string
}

// Fonts lists every embedded face.
var Fonts = []Font{
	{"NotoSerif", "", "fonts/NotoSerif-Regular.ttf", &notoSerif},
	{"NotoSerif", "B", "fonts/NotoSerif-Bold.ttf", &notoSerifBold},
	{"NotoSerif", "I", "fonts/NotoSerif-Italic.ttf", &notoSerifItalic},
	{"NotoSerif", "BI", "fonts/NotoSerif-BoldItalic.ttf", &notoSerifBoldItalic},
	{"NotoSans", "", "fonts/NotoSans-Regular.ttf", &notoSans},
	{"NotoSans", "B", "fonts/NotoSans-Bold.ttf", &notoSansBold},
	// Code: Debian's fonts-noto-mono, Regular and Bold only (italic code
	// is set upright, as in most books).
	{"NotoSansMono", "", "fonts/NotoSansMono-Regular.ttf", &notoSansMono},
	{"NotoSansMono", "B", "fonts/NotoSansMono-Bold.ttf", &notoSansMonoBold},
}

// FindFont returns the embedded face of a family ("NotoSerif") in a style
// ("", "B", "I" or "BI").
func FindFont(family, style string) (Font, bool) {
	for _, f := range Fonts {
		if f.Family == family && f.Style == style {
			return f, true
		}
	}
	return Font{}, false
}

// FontBytes returns the bytes of an embedded face without copying them:
// they are read-only, and writing to them faults.
func FontBytes(f Font) []byte {
	if f.data == nil {
		return mustRead(f.File)
	}
	return unsafe.Slice(unsafe.StringData(*f.data), len(*f.data))
}

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
