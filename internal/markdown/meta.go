package markdown

import (
	"publish/internal/diag"
	"publish/internal/document"
)

// ParseMeta reads a YAML file of front matter keys, such as the one that
// `publish import --meta` merges into an imported article. It takes the
// same keys, checks and messages as a manuscript's front matter; the YAML
// may stand alone or sit between "---" lines. Unlike a manuscript, it need
// not have a title.
func ParseMeta(src []byte, name string) (document.Meta, diag.Warnings, error) {
	var (
		m     document.Meta
		warns diag.Warnings
	)
	lineBase := 1
	if fm, _, _, ok := splitFrontMatter(src); ok {
		src, lineBase = fm, 2
	}
	f := &frontMatter{file: name, lineBase: lineBase, warnings: &warns}
	if err := f.decode(src, &m); err != nil {
		return document.Meta{}, warns, err
	}
	return m, warns, nil
}
