package document

import (
	"fmt"
	"strings"
)

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

// TrimTitleHeading removes the first block when it is a heading that says
// the title again (or "Title: Subtitle"), as manuscripts written for
// pandoc and saved web pages often begin: the editions' title page or
// header already shows the title. It returns the heading it removed, or
// nil. Readers call it, so that every edition gets the same body.
func (d *Document) TrimTitleHeading() *Heading {
	if len(d.Blocks) == 0 {
		return nil
	}
	h, ok := d.Blocks[0].(*Heading)
	if !ok {
		return nil
	}
	text := sameText(PlainText(h.Text))
	if text == "" || text != sameText(d.Meta.Title) && text != sameText(d.Meta.FullTitle()) {
		return nil
	}
	d.Blocks = d.Blocks[1:]
	return h
}

// sameText is s as compared for repetition: words joined by one space,
// case folded, without a final full stop.
func sameText(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
}

// HasChapters reports whether the document is a book: level-1 headings
// open its chapters, and the editions give it a title page and a
// copyright page. Without one it is an article, with a compact header.
func (d *Document) HasChapters() bool {
	found := false
	Walk(d.Blocks, func(b Block) {
		if h, ok := b.(*Heading); ok && h.Level == 1 {
			found = true
		}
	})
	return found
}

// Names is who wrote the text, as a title page or header prints it: the
// authors as a list ("Maria Lindqvist and Jonas Ek"), else the byline as
// printed ("Drafting, BBC News World").
func (d *Document) Names() string {
	if len(d.Meta.Authors) > 0 {
		return d.Words().List(d.Meta.Authors)
	}
	return strings.Join(d.Meta.Byline, ", ")
}

// SourceLine names the source publication for an article's header
// ("Source: BBC News Mundo"), or is empty when there is none or it is the
// publisher, which the header already names.
func (d *Document) SourceLine() string {
	s := d.Meta.Source
	if s == nil || strings.TrimSpace(s.Name) == "" || sameText(s.Name) == sameText(d.Meta.Publisher) {
		return ""
	}
	return d.Words().Source + d.Words().Colon() + strings.TrimSpace(s.Name)
}

// Copyright lists, in order, the lines of a book's copyright page (the
// verso of its title page), in the book's language: the rights; the
// identifier ("ISBN 978-0-306-40615-7"); the publisher and the edition's
// date; for a translation, what it was translated from and where the
// original appeared, or else where the text was first published, with the
// source's address; and the tool that made the edition.
func (d *Document) Copyright(generator string) []string {
	m := &d.Meta
	w := d.Words()
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	add(m.Rights)
	switch scheme, v := m.IDScheme(); scheme {
	case SchemeISBN:
		add("ISBN " + withoutPrefix(m.ID(), "urn:isbn:", "isbn:", "isbn "))
	case SchemeDOI:
		add("DOI " + v)
	default:
		add(w.Identifier + w.Colon() + m.ID())
	}
	if m.Publisher != "" {
		add(fmt.Sprintf(w.publishedBy, m.Publisher))
	}
	if m.Date != "" {
		add(fmt.Sprintf(w.edition, w.Date(m.Date)))
	}
	if s := m.Source; s != nil {
		switch {
		case d.Translated() && s.Translation != "":
			add(s.Translation)
			if s.Title != "" {
				add(w.OriginalHeadline + w.Colon() + fmt.Sprintf(w.quote, s.Title))
			}
		case d.Translated():
			line := w.translated
			if name := w.language(s.Lang); name != "" {
				line = fmt.Sprintf(w.translatedFrom, name)
			}
			if s.Title != "" {
				line += " " + fmt.Sprintf(w.quote, s.Title)
			}
			if s.Name != "" {
				line += fmt.Sprintf(w.publishedIn, s.Name)
			}
			add(line + w.FullStop())
		case s.Name != "":
			add(fmt.Sprintf(w.firstPublished, s.Name))
		}
		add(s.URL)
	}
	if generator != "" {
		add(fmt.Sprintf(w.producedWith, generator))
	}
	return out
}

// withoutPrefix is s without the first of prefixes it starts with, in any
// case.
func withoutPrefix(s string, prefixes ...string) string {
	s = strings.TrimSpace(s)
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
