// Package manuscript embeds the bundled sample manuscript, so that the
// binary can build it from any directory.
package manuscript

import (
	"embed"
	"io/fs"
)

// SampleDir is the sample's directory name under manuscript/.
const SampleDir = "who-was-leandro-norero-the-patron"

//go:embed all:who-was-leandro-norero-the-patron
var files embed.FS

// Sample returns the sample's directory: manuscript.md, source.txt,
// meta.yaml and any images.
func Sample() fs.FS {
	sub, err := fs.Sub(files, SampleDir)
	if err != nil {
		panic(err) // SampleDir is a constant that the embed above names
	}
	return sub
}
