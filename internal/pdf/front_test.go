package pdf_test

import (
	"strconv"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

func para(s string) *document.Paragraph {
	return &document.Paragraph{Text: []document.Inline{&document.Str{Text: s}}}
}

func chapter(s string) *document.Heading {
	return &document.Heading{Level: 1, Text: []document.Inline{&document.Str{Text: s}}}
}

// pageText is the text of page n of file, its spaces collapsed.
func pageText(t *testing.T, file string, n int) string {
	t.Helper()
	p := testkit.Run(t, "pdftotext", "-enc", "UTF-8", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), file, "-")
	return strings.Join(strings.Fields(p), " ")
}

// TestBookFrontMatter: a book opens with a title page (title, subtitle,
// authors, publisher; no page number), a copyright page on its verso,
// and the contents on the next recto. (Issue 17, item 7.)
func TestBookFrontMatter(t *testing.T) {
	doc := &document.Document{Meta: document.Meta{
		Title: "After the flood", Subtitle: "A week in the valley", Authors: []string{"Maria Lindqvist", "Jonas Ek"},
		Date: "2024-03-18", Lang: "en", Publisher: "Northern Press", Rights: "Text © 2024 Northern Press.",
		Identifier: "978-0-306-40615-7",
		Source:     &document.Source{Name: "Dalarnas Tidning", Title: "Efter översvämningen", Lang: "sv", URL: "https://www.dt.example.se/efter"},
	}, Blocks: []document.Block{chapter("The night the river rose"), para("The river rose in the night."), chapter("Counting the cost"), para("By the end of the week.")}}
	for _, duplex := range []bool{false, true} {
		file := writeDoc(t, doc, pdf.Options{PageSize: "a5", Duplex: duplex})
		validate(t, file)
		title, verso, contents := pageText(t, file, 1), pageText(t, file, 2), pageText(t, file, 3)
		if title != "After the flood A week in the valley Maria Lindqvist and Jonas Ek Northern Press" {
			t.Errorf("title page: %q", title)
		}
		for _, want := range []string{"Text © 2024 Northern Press.", "ISBN 978-0-306-40615-7", "Published by Northern Press",
			"Edition: 18 March 2024", "Translated from the Swedish original “Efter översvämningen”, published by Dalarnas Tidning.",
			"https://www.dt.example.se/efter", "Produced with publish test."} {
			if !strings.Contains(verso, want) {
				t.Errorf("copyright page lacks %q: %q", want, verso)
			}
		}
		if strings.ContainsAny(verso, "0123456789") && strings.HasSuffix(verso, " 2") {
			t.Errorf("the copyright page has a page number: %q", verso)
		}
		if !strings.HasPrefix(contents, "Contents") {
			t.Errorf("page 3: %q", contents)
		}
	}
}

// TestArticleHeader: an article's header names its source once, in the
// book's language, with the date in that language too.
func TestArticleHeader(t *testing.T) {
	for _, c := range []struct {
		meta document.Meta
		want string
	}{
		{document.Meta{Title: "Who was Leandro Norero", Byline: []string{"Drafting", "BBC News World"}, Date: "2022-10", Lang: "en",
			Publisher: "BBC News Mundo", Source: &document.Source{Name: "BBC News Mundo"}},
			"Who was Leandro Norero Drafting, BBC News World · October 2022 BBC News Mundo A paragraph."},
		{document.Meta{Title: "Después de la inundación", Authors: []string{"Ana Ruiz", "Luis Gil"}, Date: "2024-03-18", Lang: "es",
			Publisher: "Prensa del Norte", Source: &document.Source{Name: "El Valle"}},
			"Después de la inundación Ana Ruiz y Luis Gil · 18 de marzo de 2024 Prensa del Norte Fuente: El Valle A paragraph."},
	} {
		doc := &document.Document{Meta: c.meta, Blocks: []document.Block{para("A paragraph.")}}
		file := writeDoc(t, doc, pdf.Options{PageSize: "a5"})
		if got := pageText(t, file, 1); !strings.HasPrefix(got, c.want) {
			t.Errorf("header: %q, want %q", got, c.want)
		}
	}
}
