package document

import "strings"

// FullTitle is the title followed by the subtitle, "Title: Subtitle", as
// cataloguing software (Calibre) joins an EPUB's main and subtitle, so
// that the PDF's one title says the same.
func (m *Meta) FullTitle() string {
	t, s := strings.TrimSpace(m.Title), strings.TrimSpace(m.Subtitle)
	if s == "" {
		return t
	}
	return t + ": " + s
}
