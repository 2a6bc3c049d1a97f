// Package epub writes the EPUB 3 edition of a document with go-epub, then
// finishes the package where go-epub cannot express what we need.
package epub

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	goepub "github.com/go-shiori/go-epub"
	"github.com/vincent-petithory/dataurl"

	"publish/assets"
	"publish/internal/document"
)

// Options control an EPUB build. The zero value is usable.
type Options struct {
	Generator string    // tool name and version, for the credits and metadata
	Modified  time.Time // dcterms:modified and zip times; zero means the Unix epoch
}

// go-epub assembles books in a process-wide in-memory file system that is
// not safe for concurrent use, so assembly runs one book at a time.
var assembly sync.Mutex

func init() {
	if err := goepub.Use(goepub.MemoryFS); err != nil {
		panic(err)
	}
}

// File names inside the book.
const (
	titleFile   = "titlepage.xhtml"
	articleFile = "article.xhtml"
	creditsFile = "credits.xhtml"
)

// Write writes doc as an EPUB 3 to w.
func Write(w io.Writer, doc *document.Document, opt *Options) error {
	if opt == nil {
		opt = &Options{}
	}
	raw, err := assemble(doc, opt)
	if err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	return finish(w, raw, doc, opt)
}

// assemble builds the book with go-epub and returns its zip bytes.
func assemble(doc *document.Document, opt *Options) ([]byte, error) {
	m := &doc.Meta
	book, err := goepub.NewEpub(m.Title)
	if err != nil {
		return nil, err
	}
	book.SetIdentifier(m.ID())
	book.SetLang(lang(m))
	if m.Description != "" {
		book.SetDescription(m.Description)
	}
	if a := creatorLine(m); a != "" {
		book.SetAuthor(a)
	}
	css, err := book.AddCSS(dataurl.New(assets.Stylesheet(), "text/css").String(), "style.css")
	if err != nil {
		return nil, err
	}
	x := &body{ids: headingIDs(doc.Blocks), images: map[*document.Figure]string{}}
	n := 0
	for _, f := range doc.Figures() {
		if f.Image == nil {
			continue
		}
		n++
		name := fmt.Sprintf("image-%d%s", n, ext(f.Image.MediaType))
		href, err := book.AddImage(dataurl.New(f.Image.Data, f.Image.MediaType).String(), name)
		if err != nil {
			return nil, err
		}
		x.images[f] = href
	}

	if _, err := book.AddSection(titlePage(doc), "Title page", titleFile, css); err != nil {
		return nil, err
	}
	x.b.WriteString("<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-labelledby=\"title\">\n")
	x.b.WriteString("<h1 id=\"title\">" + esc(m.Title) + "</h1>\n")
	x.blocks(doc.Blocks)
	x.b.WriteString("</section>\n")
	if _, err := book.AddSection(x.b.String(), m.Title, articleFile, css); err != nil {
		return nil, err
	}
	if _, err := book.AddSection(creditsPage(doc, opt.Generator), "Credits", creditsFile, css); err != nil {
		return nil, err
	}

	assembly.Lock()
	defer assembly.Unlock()
	var buf bytes.Buffer
	if _, err := book.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func lang(m *document.Meta) string {
	if m.Lang != "" {
		return m.Lang
	}
	return "en"
}

// creatorLine is the byline as one string: personal authors, else the
// newsroom byline.
func creatorLine(m *document.Meta) string {
	if len(m.Authors) > 0 {
		return strings.Join(m.Authors, ", ")
	}
	return strings.Join(m.Byline, ", ")
}

func ext(mediaType string) string {
	switch mediaType {
	case "image/png":
		return ".png"
	case "image/gif":
		return ".gif"
	}
	return ".jpg"
}

func titlePage(doc *document.Document) string {
	m := &doc.Meta
	var b strings.Builder
	b.WriteString("<section epub:type=\"titlepage\" class=\"titlepage\" aria-label=\"Title page\">\n")
	b.WriteString("<h1>" + esc(m.Title) + "</h1>\n")
	if m.Subtitle != "" {
		b.WriteString("<p class=\"subtitle\">" + esc(m.Subtitle) + "</p>\n")
	}
	if a := creatorLine(m); a != "" {
		b.WriteString("<p class=\"byline\">" + esc(a) + "</p>\n")
	}
	if m.Date != "" {
		b.WriteString("<p class=\"date\"><time datetime=\"" + esc(m.Date) + "\">" + esc(document.FormatDate(m.Date)) + "</time></p>\n")
	}
	if s := m.Source; s != nil && s.Name != "" {
		b.WriteString("<p class=\"source\">Source: " + esc(s.Name) + "</p>\n")
	}
	b.WriteString("</section>\n")
	return b.String()
}

func creditsPage(doc *document.Document, generator string) string {
	var b strings.Builder
	b.WriteString("<section epub:type=\"backmatter credits\" role=\"doc-credits\" aria-labelledby=\"credits\">\n")
	b.WriteString("<h1 id=\"credits\">Credits</h1>\n<dl class=\"credits\">\n")
	for _, c := range doc.Credits(generator) {
		b.WriteString("<dt>" + esc(c.Label) + "</dt>\n")
		for _, v := range c.Values {
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
				b.WriteString("<dd><a href=\"" + esc(v) + "\">" + esc(v) + "</a></dd>\n")
			} else {
				b.WriteString("<dd>" + esc(v) + "</dd>\n")
			}
		}
	}
	b.WriteString("</dl>\n</section>\n")
	return b.String()
}
