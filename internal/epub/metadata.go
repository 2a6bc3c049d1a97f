package epub

import (
	"fmt"
	"strings"

	"publish/internal/document"
)

// metadata writes the package's <metadata> element from the document
// model; the finishing step puts it in place of go-epub's. coverID is the
// manifest id of the cover image.
func (f *finisher) metadata(coverID string) string {
	m := &f.doc.Meta
	var b strings.Builder
	line := func(format string, args ...any) {
		b.WriteString("    ")
		fmt.Fprintf(&b, format, args...)
		b.WriteString("\n")
	}
	b.WriteString("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
	// The identifier names its scheme (urn:isbn:, doi:, urn:uuid:), which
	// is how Calibre and other cataloguing software tell an ISBN from a
	// DOI; ONIX code list 5 says the same for reading systems that look.
	line(`<dc:identifier id="pub-id">%s</dc:identifier>`, esc(m.IDURI()))
	if code := onixIDType(m); code != "" {
		line(`<meta refines="#pub-id" property="identifier-type" scheme="onix:codelist5">%s</meta>`, code)
	}
	line(`<dc:title id="title">%s</dc:title>`, esc(m.Title))
	line(`<meta refines="#title" property="title-type">main</meta>`)
	if m.Subtitle != "" {
		line(`<dc:title id="subtitle">%s</dc:title>`, esc(m.Subtitle))
		line(`<meta refines="#subtitle" property="title-type">subtitle</meta>`)
	}
	line(`<dc:language>%s</dc:language>`, esc(f.lang))
	for _, l := range f.doc.Languages() {
		if l != f.lang && validLang(l) {
			line(`<dc:language>%s</dc:language>`, esc(l))
		}
	}

	creators, contributors := f.doc.People(f.opt.Generator)
	for i, c := range creators {
		line(`<dc:creator id="creator-%d">%s</dc:creator>`, i+1, esc(c.Text))
		line(`<meta refines="#creator-%d" property="role" scheme="marc:relators">%s</meta>`, i+1, esc(c.Role))
	}
	for i, c := range contributors {
		line(`<dc:contributor id="contributor-%d">%s</dc:contributor>`, i+1, esc(c.Text))
		line(`<meta refines="#contributor-%d" property="role" scheme="marc:relators">%s</meta>`, i+1, esc(c.Role))
	}
	el := func(tag, v string) {
		if v = strings.TrimSpace(v); v != "" {
			line("<%s>%s</%s>", tag, esc(v), tag)
		}
	}
	el("dc:publisher", m.Publisher)
	el("dc:date", m.Date)
	if s := m.Source; s != nil {
		switch {
		case s.URL != "":
			el("dc:source", s.URL)
		case s.Name != "" || s.Title != "":
			v := strings.Trim(s.Name+": "+s.Title, ": ")
			if s.Lang != "" && s.Title != "" {
				line(`<dc:source xml:lang="%s">%s</dc:source>`, esc(s.Lang), esc(v))
			} else {
				el("dc:source", v)
			}
		}
	}
	el("dc:rights", m.Rights)
	el("dc:description", m.Description)
	for _, sub := range m.Subjects {
		el("dc:subject", sub)
	}
	line(`<meta property="dcterms:modified">%s</meta>`, f.modified.Format("2006-01-02T15:04:05Z"))
	// EPUB 2 readers, and Kindle, find the cover through this element.
	line(`<meta name="cover" content="%s"/>`, esc(coverID))

	a := f.doc.Accessibility(1) // the cover, with its text alternative
	for _, v := range a.AccessModes {
		line(`<meta property="schema:accessMode">%s</meta>`, v)
	}
	for _, v := range a.AccessModeSufficient {
		line(`<meta property="schema:accessModeSufficient">%s</meta>`, v)
	}
	for _, v := range a.Features {
		line(`<meta property="schema:accessibilityFeature">%s</meta>`, v)
	}
	for _, v := range a.Hazards {
		line(`<meta property="schema:accessibilityHazard">%s</meta>`, v)
	}
	line(`<meta property="schema:accessibilitySummary">%s</meta>`, esc(a.Summary))
	if a.ConformsTo != "" {
		line(`<meta property="dcterms:conformsTo">%s</meta>`, esc(a.ConformsTo))
		line(`<meta property="a11y:certifiedBy">%s</meta>`, esc(a.CertifiedBy))
	}
	b.WriteString("  </metadata>")
	return b.String()
}

// onixIDType is the ONIX code list 5 type of the edition identifier: 15
// for an ISBN-13, 02 for an ISBN-10, 06 for a DOI; "" for others.
func onixIDType(m *document.Meta) string {
	switch scheme, v := m.IDScheme(); {
	case scheme == document.SchemeISBN && len(v) == 13:
		return "15"
	case scheme == document.SchemeISBN:
		return "02"
	case scheme == document.SchemeDOI:
		return "06"
	}
	return ""
}
