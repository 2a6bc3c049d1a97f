// Package epub writes the EPUB 3 edition of a document with go-epub, then
// finishes the package where go-epub cannot express what we need. Targets
// adapt the edition for Kobo (a kepub) and for Send to Kindle.
package epub

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	goepub "github.com/go-shiori/go-epub"
	"github.com/vincent-petithory/dataurl"

	"publish/assets"
	"publish/internal/cover"
	"publish/internal/document"
	"publish/internal/imagefile"
)

// Target is the reading system an edition is made for.
type Target string

// Targets. The zero value means Generic.
const (
	Generic Target = "generic" // any EPUB 3 reading system
	Kobo    Target = "kobo"    // a kepub, converted with kepubify
	Kindle  Target = "kindle"  // an EPUB checked against Send to Kindle's rejection causes
)

// Targets lists the targets in the order the command line shows them.
var Targets = []Target{Generic, Kobo, Kindle}

// Ext is the file extension of an edition for t.
func (t Target) Ext() string {
	if t == Kobo {
		return ".kepub.epub"
	}
	return ".epub"
}

// Options control an EPUB build. The zero value is usable.
type Options struct {
	Generator string    // tool name and version, for the credits and metadata
	Modified  time.Time // dcterms:modified and zip times; zero means the Unix epoch
	Target    Target    // empty means Generic
	// MaxImagePx is the longest side of an image in the book; 0 means
	// MaxImageSide, and below 0 no limit (see ImageLimits).
	MaxImagePx int
}

// ImageLimits are the limits an image in the book keeps within; a larger
// one is scaled down. The defaults follow what reading systems document:
// Apple asks for images inside a book of no more than 4 million pixels,
// and 3200 px on the longer side is our pick for that pixel count (a
// 16:9 picture of 4 million pixels is 2667 px wide). A MaxImagePx other
// than the default scales the pixel limit by the square of its ratio to
// 3200.
func (o *Options) ImageLimits() imagefile.Limits {
	switch {
	case o.MaxImagePx < 0:
		return imagefile.Limits{}
	case o.MaxImagePx == 0 || o.MaxImagePx == MaxImageSide:
		return imagefile.Limits{Side: MaxImageSide, Pixels: MaxImagePixels}
	}
	f := float64(o.MaxImagePx) / MaxImageSide
	return imagefile.Limits{Side: o.MaxImagePx, Pixels: int(MaxImagePixels * f * f)}
}

// go-epub assembles every book in one process-wide file system. Its
// in-memory one is a map without a lock, not safe for books assembled at
// once; its OS one writes each book into a directory of its own under the
// temporary directory (a fresh UUID), which is. Bodies and images are put
// in by finish, so what it writes there is small (a few KB a book), but
// making, writing, reading and removing its directories and files are
// about eighty system calls a book: on a disk-backed /tmp a batch of 200
// articles spent 2.2 s in them and left its two CPUs idle 17% of the
// time. So, unless TMPDIR names a directory, go-epub works in Linux's
// shared-memory directory where that is writable: the same batch took
// 26% less time, with its CPUs 92% busy.
var useFileSystem = sync.OnceValue(func() error {
	if os.Getenv("TMPDIR") == "" {
		if probe, err := os.MkdirTemp(sharedMemory, "publish-"); err == nil {
			os.Remove(probe)
			os.Setenv("TMPDIR", sharedMemory)
			defer os.Unsetenv("TMPDIR")
		}
	}
	return goepub.Use(goepub.OsFS) // it takes os.TempDir() now
})

// sharedMemory is Linux's memory-backed file system for any process.
const sharedMemory = "/dev/shm"

// File names inside the book (relative to the xhtml directory).
const (
	coverFile     = "cover.xhtml"
	titleFile     = "titlepage.xhtml"
	copyrightFile = "copyright.xhtml"
	creditsFile   = "credits.xhtml"
	coverImage    = "cover"
)

// Write writes doc as an EPUB 3 for opt.Target to w.
func Write(w io.Writer, doc *document.Document, opt *Options) error {
	if opt == nil {
		opt = &Options{}
	}
	switch opt.Target {
	case "", Generic:
		return write(w, doc, opt)
	case Kobo:
		var buf bytes.Buffer
		if err := write(&buf, doc, opt); err != nil {
			return err
		}
		return toKepub(w, buf.Bytes(), zipTime(opt))
	case Kindle:
		var buf bytes.Buffer
		if err := write(&buf, doc, opt); err != nil {
			return err
		}
		if errs := CheckKindle(buf.Bytes()); len(errs) > 0 {
			return fmt.Errorf("epub: the Kindle edition would be refused by Send to Kindle: %w", joinErrors(errs))
		}
		_, err := w.Write(buf.Bytes())
		return err
	}
	return fmt.Errorf("epub: unknown target %q (want %s)", opt.Target, targetList())
}

func targetList() string {
	var s []string
	for _, t := range Targets {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

func write(w io.Writer, doc *document.Document, opt *Options) error {
	b, err := newBook(doc, opt)
	if err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	raw, err := b.assemble()
	if err == nil {
		err = b.addGeneratedCover()
	}
	if err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	return finish(w, raw, b)
}

// book is what the finishing step needs to know about an assembled book.
type book struct {
	doc       *document.Document
	opt       *Options
	words     *document.Words
	chapters  bool // a book: a title page and a copyright page; else an article, with a header
	parts     []part
	ids       map[*document.Heading]string // each heading's identifier
	mathml    map[string]bool              // files that hold MathML
	cover     *document.Image              // the manuscript's cover
	generated chan generated               // else the generated cover, when drawn
	coverAlt  string
	images    int                        // images in the book, the cover included
	bodies    map[string]string          // file name -> section body, put in by finish
	media     map[string]*document.Image // file name -> image, put in by finish
}

// part is one XHTML document of the text: the lead (the blocks before the
// first level-1 heading, under the document's title) or one chapter.
type part struct {
	file    string
	heading *document.Heading // nil for the lead, which takes the title
	blocks  []document.Block
	within  bool // not the first chapter in its file
}

func (p part) title(doc *document.Document) string {
	if p.heading == nil {
		return doc.Meta.Title
	}
	return document.PlainText(p.heading.Text)
}

func newBook(doc *document.Document, opt *Options) (*book, error) {
	b := &book{doc: doc, opt: opt, words: doc.Words(), chapters: doc.HasChapters()}
	b.parts = splitParts(doc.Blocks)
	if c := doc.Meta.Cover; c != nil {
		b.cover = c
		b.coverAlt = "Cover of " + strings.TrimSpace(doc.Meta.Title)
	} else {
		// The cover is drawn while go-epub assembles the rest.
		ch := make(chan generated, 1)
		go func() {
			data, err := cover.Generate(&doc.Meta)
			ch <- generated{data, err}
		}()
		b.generated = ch
		b.coverAlt = cover.Alt(&doc.Meta)
	}
	return b, nil
}

// generated is the outcome of cover.Generate.
type generated struct {
	data []byte
	err  error
}

// pngSignature begins every PNG file.
var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// addGeneratedCover waits for the generated cover and puts it among the
// book's media, for finish.
func (b *book) addGeneratedCover() error {
	if b.generated == nil {
		return nil
	}
	g := <-b.generated
	if g.err != nil {
		return g.err
	}
	b.media[coverImage+cover.Ext] = &document.Image{Name: coverImage + cover.Ext, MediaType: cover.MediaType, Data: g.data}
	return nil
}

// maxChapterFiles is how many XHTML files the chapters get at most. A
// document with more level-1 headings puts several chapters in a file:
// go-epub takes time growing with the square of the number of files
// (10,000 chapters took minutes), and a reading system opens each file on
// its own.
const maxChapterFiles = 500

// splitParts cuts the body at level-1 headings: each is a chapter, in a
// file of its own unless there are more than maxChapterFiles of them.
func splitParts(blocks []document.Block) []part {
	lead := part{file: "article.xhtml"}
	var parts []part
	for _, bl := range blocks {
		if h, ok := bl.(*document.Heading); ok && h.Level == 1 {
			parts = append(parts, part{heading: h})
			continue
		}
		if len(parts) == 0 {
			lead.blocks = append(lead.blocks, bl)
		} else {
			parts[len(parts)-1].blocks = append(parts[len(parts)-1].blocks, bl)
		}
	}
	per := (len(parts) + maxChapterFiles - 1) / maxChapterFiles // chapters per file
	for i := range parts {
		parts[i].file = fmt.Sprintf("chapter-%d.xhtml", i/per+1)
		parts[i].within = i%per > 0
	}
	if len(lead.blocks) > 0 || len(parts) == 0 {
		parts = append([]part{lead}, parts...)
	}
	return parts
}

// href is where the contents point for p: its file, or, for a chapter
// that is not the first in its file, its heading there.
func (p part) href(ids map[*document.Heading]string) string {
	if p.within {
		return "xhtml/" + p.file + "#" + ids[p.heading]
	}
	return "xhtml/" + p.file
}

// assemble builds the book with go-epub and returns its zip bytes.
func (b *book) assemble() ([]byte, error) {
	if err := useFileSystem(); err != nil {
		return nil, err
	}
	m := &b.doc.Meta
	e, err := goepub.NewEpub(m.Title)
	if err != nil {
		return nil, err
	}
	e.SetIdentifier(m.IDURI())
	e.SetLang(lang(m))
	b.media = map[string]*document.Image{}
	limits := b.opt.ImageLimits()
	hrefs := map[*document.Image]string{} // one file per image, however many figures show it
	var coverHref string
	if b.generated != nil {
		// A generated cover is a PNG of the right size: it is not scaled.
		// It is still being drawn, so go-epub gets the PNG signature,
		// and write puts the file in before finishing.
		coverHref, err = b.addImage(e, nil, cover.MediaType, coverImage+cover.Ext)
	} else {
		img, err := forReaders(b.cover, limits)
		if err != nil {
			return nil, fmt.Errorf("cover image %s: %w", b.cover.Name, err)
		}
		coverHref, err = b.addImage(e, img, img.MediaType, coverImage+ext(img.MediaType))
		hrefs[b.cover] = coverHref
	}
	if err != nil {
		return nil, err
	}
	b.images = 1
	x := newBody(b.doc, b.parts)
	x.chapters = b.chapters
	b.ids, b.mathml = x.ids, x.math
	for _, f := range b.doc.Figures() {
		if f.Image == nil {
			continue
		}
		if href, ok := hrefs[f.Image]; ok {
			x.images[f] = href
			continue
		}
		img, err := forReaders(f.Image, limits)
		if err != nil {
			return nil, fmt.Errorf("image %s: %w", f.Src, err)
		}
		b.images++
		name := fmt.Sprintf("image-%d%s", b.images-1, ext(img.MediaType))
		href, err := b.addImage(e, img, img.MediaType, name)
		if err != nil {
			return nil, err
		}
		hrefs[f.Image] = href
		x.images[f] = href
	}

	w := b.words
	sections := []struct{ body, title, file string }{{coverPage(w, coverHref, b.coverAlt), w.Cover, coverFile}}
	if b.chapters {
		sections = append(sections, struct{ body, title, file string }{titlePage(b.doc), w.TitlePage, titleFile},
			struct{ body, title, file string }{copyrightPage(b.doc, b.opt.Generator), w.Copyright, copyrightFile})
	}
	for i, p := range b.parts {
		if !p.within {
			n := x.b.Len()
			x.b.Reset()
			x.b.Grow(n + n/4) // parts are alike in length: room for one more like the last
		}
		x.part(b.doc, p)
		if i+1 < len(b.parts) && b.parts[i+1].within {
			continue // the next chapter goes in the same file
		}
		first := i
		for b.parts[first].within {
			first--
		}
		sections = append(sections, struct{ body, title, file string }{x.b.String(), b.parts[first].title(b.doc), p.file})
	}
	sections = append(sections, struct{ body, title, file string }{creditsPage(b.doc, b.opt.Generator), w.Credits, creditsFile})
	// The stylesheet gets the rules that the parts' classes need.
	css, err := e.AddCSS(dataurl.New([]byte(x.stylesheet(string(assets.Stylesheet()))), "text/css").String(), "style.css")
	if err != nil {
		return nil, err
	}
	b.bodies = map[string]string{}
	for _, s := range sections {
		b.bodies[s.file] = s.body
		if _, err := e.AddSection(bodyPlaceholder, s.title, s.file, css); err != nil {
			return nil, err
		}
	}

	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// addImage adds an image to the book. go-epub gets only a file signature,
// enough for its media type detection, so that it does not parse a data
// URL of the whole file, write it and deflate it; finish puts the file
// itself in, read when the zip entry is written.
func (b *book) addImage(e *goepub.Epub, img *document.Image, mediaType, name string) (string, error) {
	if img != nil {
		b.media[name] = img
	}
	sig := pngSignature
	if mediaType == "image/jpeg" {
		sig = jpegSignature
	}
	return e.AddImage(dataurl.New(sig, mediaType).String(), name)
}

// jpegSignature begins every JPEG file.
var jpegSignature = []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00")

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

func coverPage(w *document.Words, href, alt string) string {
	return "<section epub:type=\"cover\" class=\"cover\" aria-label=\"" + esc(w.Cover) + "\">\n" +
		"<img role=\"doc-cover\" src=\"" + esc(href) + "\" alt=\"" + esc(alt) + "\"/>\n</section>\n"
}

// titlePage is a book's title page: title, subtitle, authors and, at its
// foot, the publisher.
func titlePage(doc *document.Document) string {
	m := &doc.Meta
	var b strings.Builder
	b.WriteString("<section epub:type=\"titlepage\" id=\"titlepage\" aria-labelledby=\"titlepage-title\">\n")
	b.WriteString("<h1 id=\"titlepage-title\">" + esc(m.Title) + "</h1>\n")
	if m.Subtitle != "" {
		b.WriteString("<p role=\"doc-subtitle\">" + esc(m.Subtitle) + "</p>\n")
	}
	if names := doc.Names(); names != "" {
		b.WriteString("<p>" + esc(names) + "</p>\n")
	}
	if m.Publisher != "" {
		b.WriteString("<footer><p>" + esc(m.Publisher) + "</p></footer>\n")
	}
	b.WriteString("</section>\n")
	return b.String()
}

// copyrightPage is the verso of a book's title page.
func copyrightPage(doc *document.Document, generator string) string {
	var b strings.Builder
	b.WriteString("<section epub:type=\"copyright-page\" id=\"copyright\" aria-label=\"" + esc(doc.Words().Copyright) + "\">\n")
	for _, line := range doc.Copyright(generator) {
		b.WriteString("<p>" + linked(line) + "</p>\n")
	}
	b.WriteString("</section>\n")
	return b.String()
}

// articleHeader opens an article: its title, subtitle, byline and date,
// the publisher, and the source when it is not the publisher.
func articleHeader(doc *document.Document) string {
	m := &doc.Meta
	var b strings.Builder
	b.WriteString("<header>\n<h1 id=\"title\">" + esc(m.Title) + "</h1>\n")
	if m.Subtitle != "" {
		b.WriteString("<p role=\"doc-subtitle\">" + esc(m.Subtitle) + "</p>\n")
	}
	var line []string
	if names := doc.Names(); names != "" {
		line = append(line, esc(names))
	}
	if m.Date != "" {
		line = append(line, "<time datetime=\""+esc(m.Date)+"\">"+esc(doc.Words().Date(m.Date))+"</time>")
	}
	if len(line) > 0 {
		b.WriteString("<p>" + strings.Join(line, " · ") + "</p>\n")
	}
	if m.Publisher != "" {
		b.WriteString("<p>" + esc(m.Publisher) + "</p>\n")
	}
	if s := doc.SourceLine(); s != "" {
		b.WriteString("<p>" + esc(s) + "</p>\n")
	}
	b.WriteString("</header>\n")
	return b.String()
}

// linked escapes s, as a link when it is a web address.
func linked(s string) string {
	if u, kind, _ := document.CheckLink(s); kind == document.LinkWeb && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) {
		return "<a href=\"" + esc(u) + "\">" + esc(s) + "</a>"
	}
	return esc(s)
}

func creditsPage(doc *document.Document, generator string) string {
	var b strings.Builder
	b.WriteString("<section epub:type=\"backmatter credits\" role=\"doc-credits\" aria-labelledby=\"credits\">\n")
	b.WriteString("<h1 id=\"credits\">" + esc(doc.Words().Credits) + "</h1>\n<dl class=\"credits\">\n")
	for _, c := range doc.Credits(generator) {
		b.WriteString("<dt>" + esc(c.Label) + "</dt>\n")
		for _, v := range c.Values {
			b.WriteString("<dd>" + linked(v) + "</dd>\n")
		}
	}
	b.WriteString("</dl>\n</section>\n")
	return b.String()
}

func joinErrors(errs []error) error {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return fmt.Errorf("%s", strings.Join(s, "; "))
}
