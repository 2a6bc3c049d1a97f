package epub_test

import (
	"strings"
	"testing"

	"publish/internal/epub"
)

// TestFrontMatter: an article opens with a compact header and says its
// title once; a book has a title page and a copyright page, and its text
// does not repeat the title; the nav uses the stylesheet.
func TestFrontMatter(t *testing.T) {
	t.Run("article", func(t *testing.T) {
		doc := load(t, "")
		_, data := writeEPUB(t, doc, epub.Generic)
		files := unzip(t, data)
		for _, name := range []string{"EPUB/xhtml/titlepage.xhtml", "EPUB/xhtml/copyright.xhtml"} {
			if _, ok := files[name]; ok {
				t.Errorf("an article has %s", name)
			}
		}
		if n := headings(t, files, doc.Meta.Title); n != 1 {
			t.Errorf("the headline is a heading %d times, want once", n)
		}
		article := string(files["EPUB/xhtml/article.xhtml"])
		header := article[strings.Index(article, "<header>"):strings.Index(article, "</header>")]
		for _, want := range []string{`<h1 id="title">Who was Leandro Norero`, `<p>Drafting, BBC News World · <time datetime="2022-10">October 2022</time></p>`, "<p>BBC News Mundo</p>"} {
			if !strings.Contains(header, want) {
				t.Errorf("header lacks %s:\n%s", want, header)
			}
		}
		if n := strings.Count(header, "BBC News Mundo"); n != 1 || strings.Contains(header, "Source") {
			t.Errorf("the source, which is the publisher, is named %d times:\n%s", n, header)
		}
	})
	t.Run("book", func(t *testing.T) {
		doc := load(t, writeAllBlocks(t))
		_, data := writeEPUB(t, doc, epub.Generic)
		files := unzip(t, data)
		title := string(files["EPUB/xhtml/titlepage.xhtml"])
		for _, want := range []string{`<h1 id="titlepage-title">Every block &#38; &#60;kind&#62;</h1>`, `<p role="doc-subtitle">A test of the EPUB writer</p>`,
			"<p>Ana Pérez</p>", "<footer><p>Test Press</p></footer>"} {
			if !strings.Contains(title, want) {
				t.Errorf("title page lacks %s", want)
			}
		}
		copyright := string(files["EPUB/xhtml/copyright.xhtml"])
		for _, want := range []string{"<p>CC BY 4.0</p>", "<p>Identifier: " + doc.Meta.ID() + "</p>", "<p>Published by Test Press</p>",
			"<p>Edition: 3 February 2024</p>", "<p>Translated from Spanish.</p>", "<p>Original headline: “Cada bloque”</p>",
			`<a href="https://example.org/cada-bloque">`, "<p>Produced with publish test.</p>"} {
			if !strings.Contains(copyright, want) {
				t.Errorf("copyright page lacks %s:\n%s", want, copyright)
			}
		}
		p := readOPF(t, files)
		var order []string
		for _, ref := range p.Spine {
			order = append(order, ref.IDRef)
		}
		if got := strings.Join(order[:3], " "); got != "cover.xhtml titlepage.xhtml copyright.xhtml" {
			t.Errorf("spine opens %s", got)
		}
		if n := headings(t, files, doc.Meta.Title); n != 1 {
			t.Errorf("the title is a heading %d times, want once (on the title page)", n)
		}
		nav := string(files["EPUB/nav.xhtml"])
		if !strings.Contains(nav, `<link rel="stylesheet" type="text/css" href="css/style.css"/>`) {
			t.Error("the nav does not use the stylesheet")
		}
	})
	t.Run("Spanish", func(t *testing.T) {
		doc := load(t, writeAllBlocks(t))
		doc.Meta.Lang = "es"
		_, data := writeEPUB(t, doc, epub.Generic)
		files := unzip(t, data)
		for _, c := range [][2]string{
			{"EPUB/nav.xhtml", `<h1 id="toc-title">Índice</h1>`},
			{"EPUB/xhtml/copyright.xhtml", "<p>Edición: 3 de febrero de 2024</p>"},
			{"EPUB/xhtml/credits.xhtml", `<h1 id="credits">Créditos</h1>`},
			{"EPUB/xhtml/credits.xhtml", "<dt>Autor</dt>"},
			{"EPUB/xhtml/chapter-1.xhtml", `<span role="doc-credit">Imagen: Photo Agency</span>`},
			{"EPUB/xhtml/chapter-2.xhtml", ">Fotografía no disponible</div>"},
			{"EPUB/package.opf", "Cada una de sus 3 imágenes tiene un texto alternativo"},
			{"EPUB/xhtml/titlepage.xhtml", `<title dir="auto">Portada</title>`},
			{"EPUB/xhtml/cover.xhtml", `aria-label="Cubierta"`},
		} {
			if !strings.Contains(string(files[c[0]]), c[1]) {
				t.Errorf("%s lacks %s", c[0], c[1])
			}
		}
	})
}

// headings counts the headings that say text along the spine.
func headings(t *testing.T, files map[string][]byte, text string) int {
	n := 0
	for _, it := range readSpine(t, files) {
		if it.kind == "h" && it.text == text {
			n++
		}
	}
	return n
}
