package document

import (
	"fmt"
	"strings"
)

// People returns who made the edition, with MARC relator roles, as both
// editions describe them: creators are the authors (role aut), or else the
// byline as printed, followed by the front matter's creators; contributors
// are the front matter's contributors, a translator (trl) when the text is
// a translation, each credited photographer or agency (pht) and the tool
// that made the edition (bkp). A name appears once per role.
func (d *Document) People(generator string) (creators, contributors []Contributor) {
	m := &d.Meta
	seen := map[Contributor]bool{}
	add := func(list *[]Contributor, role, name string) {
		name = strings.TrimSpace(name)
		c := Contributor{Role: role, Text: name}
		if name == "" || seen[c] {
			return
		}
		seen[c] = true
		*list = append(*list, c)
	}
	authors := m.Authors
	if len(authors) == 0 {
		authors = m.Byline
	}
	for _, a := range authors {
		add(&creators, "aut", a)
	}
	for _, c := range m.Creators {
		add(&creators, c.Role, c.Text)
	}
	for _, c := range m.Contributors {
		add(&contributors, c.Role, c.Text)
	}
	if d.Translated() && !hasRole(creators, "trl") && !hasRole(contributors, "trl") {
		// No translator is named: the edition's publisher answers for the
		// translation it publishes.
		add(&contributors, "trl", m.Publisher)
	}
	for _, c := range d.PhotoCredits() {
		add(&contributors, "pht", c)
	}
	add(&contributors, "bkp", generator)
	return creators, contributors
}

// Translated reports whether the text is a translation: the source has a
// translation note, or a language other than the text's.
func (d *Document) Translated() bool {
	s := d.Meta.Source
	if s == nil {
		return false
	}
	if s.Translation != "" {
		return true
	}
	return s.Lang != "" && d.Meta.Lang != "" && !strings.EqualFold(primary(s.Lang), primary(d.Meta.Lang))
}

func primary(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		return tag[:i]
	}
	return tag
}

func hasRole(cs []Contributor, role string) bool {
	for _, c := range cs {
		if c.Role == role {
			return true
		}
	}
	return false
}

// Accessibility is what an edition says about its own accessibility, in
// the terms of EPUB Accessibility 1.1 (schema.org properties).
type Accessibility struct {
	AccessModes          []string // "textual", plus "visual" when there are images
	AccessModeSufficient []string // each entry a comma-separated set of modes
	Features             []string
	Hazards              []string
	Summary              string
	// ConformsTo and CertifiedBy are set only when the manuscript names who
	// certified the edition; otherwise no conformance is claimed.
	ConformsTo  string
	CertifiedBy string
}

// ConformsToA11y11 is the EPUB Accessibility 1.1 conformance identifier
// claimed when a certifier is named.
const ConformsToA11y11 = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"

// Accessibility derives the edition's accessibility metadata from its
// content, never from fixed defaults. extraImages counts images that the
// edition adds beyond the figures (a cover), always with a text
// alternative.
func (d *Document) Accessibility(extraImages int) Accessibility {
	var a Accessibility
	images, withAlt, missing := extraImages, extraImages, 0
	for _, f := range d.Figures() {
		if f.Image == nil {
			missing++
			continue
		}
		images++
		if strings.TrimSpace(f.Alt) != "" {
			withAlt++
		}
	}
	a.AccessModes = []string{"textual"}
	if images > 0 {
		a.AccessModes = append(a.AccessModes, "visual")
	}
	allAlt := images > 0 && withAlt == images
	switch {
	case images == 0:
		a.AccessModeSufficient = []string{"textual"}
	case allAlt:
		a.AccessModeSufficient = []string{"textual", "textual,visual"}
	default:
		a.AccessModeSufficient = []string{"textual,visual"}
	}
	if allAlt {
		a.Features = append(a.Features, "alternativeText")
	}
	a.Features = append(a.Features, "structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")
	a.Hazards = []string{"none"}

	var s strings.Builder
	s.WriteString("This publication has a table of contents, headings that give its structure, and a single logical reading order; its text can be resized and restyled by the reading system.")
	switch {
	case images == 0:
		s.WriteString(" It contains no images: all of its content is text.")
	case allAlt:
		fmt.Fprintf(&s, " Each of its %d image%s has a text alternative, so the text alone conveys the whole content.", images, plural(images))
	default:
		fmt.Fprintf(&s, " %d of its %d image%s lack%s a text alternative; captions describe them where present.", images-withAlt, images, plural(images), singularVerb(images-withAlt))
	}
	if missing > 0 {
		fmt.Fprintf(&s, " %d photograph%s not supplied %s replaced by a labelled placeholder with %s caption and credit.", missing, plural(missing), isAre(missing), itsTheir(missing))
	}
	s.WriteString(" It presents no flashing, motion or sound hazards.")
	if c := strings.TrimSpace(d.Meta.CertifiedBy); c != "" {
		a.ConformsTo = ConformsToA11y11
		a.CertifiedBy = c
		fmt.Fprintf(&s, " Its conformance to %s was certified by %s.", ConformsToA11y11, c)
	} else {
		s.WriteString(" No conformance to an accessibility standard is claimed, as nobody has certified it.")
	}
	a.Summary = s.String()
	return a
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func singularVerb(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func itsTheir(n int) string {
	if n == 1 {
		return "its"
	}
	return "their"
}
