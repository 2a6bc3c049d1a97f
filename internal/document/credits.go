package document

import (
	"strings"

	"github.com/google/uuid"
)

// idNamespace is the UUID v5 namespace for identifiers derived from a
// title and date (uuid.NameSpaceURL is used for source URLs).
var idNamespace = uuid.MustParse("8f7d2a3e-6c1b-5e0a-9d4f-2b1c3a4e5f60")

// ID is the edition identifier shared by the EPUB and the PDF: the
// manuscript's own, else a UUID v5 of the source URL, else of title and
// date, so that it is stable across builds.
func (m *Meta) ID() string {
	if m.Identifier != "" {
		return m.Identifier
	}
	if m.Source != nil && m.Source.URL != "" {
		return "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte(m.Source.URL)).String()
	}
	return "urn:uuid:" + uuid.NewSHA1(idNamespace, []byte(m.Title+"\x00"+m.Date)).String()
}

// Credit is one entry of the closing Credits section.
type Credit struct {
	Label  string
	Values []string
}

// Credits lists what the closing Credits section of every edition says, in
// the book's language: source, original headline and language,
// translation, authors, byline, photo credits, rights, identifier and the
// tool that made the edition.
func (d *Document) Credits(generator string) []Credit {
	m := &d.Meta
	w := d.Words()
	var out []Credit
	add := func(label string, vs ...string) {
		var keep []string
		for _, v := range vs {
			if v = strings.TrimSpace(v); v != "" {
				keep = append(keep, v)
			}
		}
		if len(keep) > 0 {
			out = append(out, Credit{label, keep})
		}
	}
	if s := m.Source; s != nil {
		add(w.SourcePublication, s.Name, s.URL)
		add(w.OriginalHeadline, s.Title)
		add(w.OriginalLanguage, w.LanguageName(s.Lang))
		add(w.Translation, s.Translation)
	}
	if len(m.Authors) == 1 {
		add(w.Author, m.Authors...)
	} else {
		add(w.Authors, m.Authors...)
	}
	add(w.Byline, m.Byline...)
	for _, c := range m.Creators {
		add(w.RoleName(c.Role), c.Text)
	}
	for _, c := range m.Contributors {
		add(w.RoleName(c.Role), c.Text)
	}
	add(w.Photographs, d.PhotoCredits()...)
	add(w.Publisher, m.Publisher)
	add(w.Rights, m.Rights)
	add(w.Identifier, m.ID())
	add(w.ProducedWith, generator)
	return out
}

// PhotoCredits returns each distinct figure credit, in order of first use.
func (d *Document) PhotoCredits() []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range d.Figures() {
		if f.Credit != "" && !seen[f.Credit] {
			seen[f.Credit] = true
			out = append(out, f.Credit)
		}
	}
	return out
}

// LanguageName gives "Spanish (es)" for "es"; unknown tags stay as written.
func LanguageName(tag string) string { return english.LanguageName(tag) }

// RoleName names the MARC relator codes that manuscripts use most, in
// English.
func RoleName(code string) string { return english.RoleName(code) }
