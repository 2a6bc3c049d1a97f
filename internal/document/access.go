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

	w := d.Words()
	s := []string{w.a11yStructure}
	switch {
	case images == 0:
		s = append(s, w.a11yNoImages)
	case allAlt:
		s = append(s, w.a11yAllAlt(images))
	default:
		s = append(s, w.a11yLacking(images-withAlt, images))
	}
	if missing > 0 {
		s = append(s, w.a11yMissing(missing))
	}
	s = append(s, w.a11yHazards)
	if c := strings.TrimSpace(d.Meta.CertifiedBy); c != "" {
		a.ConformsTo = ConformsToA11y11
		a.CertifiedBy = c
		s = append(s, fmt.Sprintf(w.a11yClaim, ConformsToA11y11, c))
	} else {
		s = append(s, w.a11yNoClaim)
	}
	a.Summary = strings.Join(s, " ")
	return a
}
