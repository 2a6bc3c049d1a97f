package importer

import (
	"os"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/markdown"
)

// MergeMeta merges extra over dst: every non-empty field of extra wins, a
// list replaces the whole list, and Source is merged field by field. Lists
// are copied, so dst shares no memory with extra.
func MergeMeta(dst, extra *document.Meta) {
	if extra == nil {
		return
	}
	strs := []struct{ d, e *string }{
		{&dst.Title, &extra.Title}, {&dst.Subtitle, &extra.Subtitle}, {&dst.Date, &extra.Date},
		{&dst.Lang, &extra.Lang}, {&dst.Publisher, &extra.Publisher}, {&dst.Rights, &extra.Rights},
		{&dst.Identifier, &extra.Identifier}, {&dst.Description, &extra.Description},
		{&dst.CoverImage, &extra.CoverImage}, {&dst.CertifiedBy, &extra.CertifiedBy},
	}
	for _, s := range strs {
		if *s.e != "" {
			*s.d = *s.e
		}
	}
	lists := []struct{ d, e *[]string }{
		{&dst.Authors, &extra.Authors}, {&dst.Byline, &extra.Byline}, {&dst.Subjects, &extra.Subjects},
	}
	for _, l := range lists {
		if len(*l.e) > 0 {
			*l.d = append([]string(nil), *l.e...)
		}
	}
	if len(extra.Creators) > 0 {
		dst.Creators = append([]document.Contributor(nil), extra.Creators...)
	}
	if len(extra.Contributors) > 0 {
		dst.Contributors = append([]document.Contributor(nil), extra.Contributors...)
	}
	if e := extra.Source; e != nil {
		if dst.Source == nil {
			dst.Source = &document.Source{}
		}
		d := dst.Source
		for _, s := range []struct{ d, e *string }{
			{&d.Name, &e.Name}, {&d.Title, &e.Title}, {&d.Lang, &e.Lang}, {&d.URL, &e.URL}, {&d.Translation, &e.Translation},
		} {
			if *s.e != "" {
				*s.d = *s.e
			}
		}
	}
}

// ReadMetaFile reads a YAML file of extra front matter (the keys of a
// manuscript's front matter, title not required) for Options.Meta.
func ReadMetaFile(path string) (*document.Meta, diag.Warnings, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	m, warns, err := markdown.ParseMeta(src, path)
	if err != nil {
		return nil, warns, err
	}
	return &m, warns, nil
}
