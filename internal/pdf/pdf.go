// Package pdf writes the PDF edition of a document: text shaped with
// internal/shape in the faces internal/fonts finds, paragraphs set with
// internal/typeset (Knuth–Plass, Liang hyphenation, UAX #14 breaks),
// pages flowed without widows, orphans or stranded headings, drawn with
// fpdf, then finished with the fonts and full metadata (finish.go).
package pdf

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"publish/internal/document"
	"publish/internal/fonts"
	"publish/internal/shape"
	"publish/internal/typeset"
)

// Options control a PDF build. The zero value is usable.
type Options struct {
	Generator string    // tool name and version, for the credits and the Creator entry
	Created   time.Time // CreationDate and ModDate; zero means the Unix epoch
	PageSize  string    // one of PageSizes; "" means a4
	Duplex    bool      // mirrored margins, chapters on recto pages
	Archival  bool      // PDF/A-2b structures: sRGB output intent, pdfaid, printable links
	Links     string    // how a link's address is printed: one of LinkModes; "" means notes

	Fonts *fonts.Library // where faces for other scripts are found; nil: fonts.Default()
	Dir   string         // the manuscript's directory, for font files its front matter names
	// Warn receives what the edition cannot do as asked (a character no
	// face has, a named font not found), with the line of the manuscript
	// it concerns (0: the front matter, or unknown).
	Warn func(line int, msg string)
	// Context stops the writer when cancelled (an interrupt): Write then
	// returns its error. Nil means never.
	Context context.Context
}

// Write writes doc as a PDF to w.
func Write(w io.Writer, doc *document.Document, opt *Options) error {
	if opt == nil {
		opt = &Options{}
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Unix(0, 0)
	}
	created = created.UTC()
	l, pages, err := compose(doc, opt)
	if err != nil {
		return err
	}
	g := l.g
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: g.w, Ht: g.h}})

	pdf.SetCompression(false) // finish compresses the page contents
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	l.at = 0
	d := &drawer{pdf: pdf, t: l.t, g: g, links: l.urls, images: map[*document.Image]string{}}
	for _, mk := range l.marks {
		mk.link = pdf.AddLink()
	}
	for _, mk := range l.tocTargets {
		if mk.link == 0 {
			mk.link = pdf.AddLink()
		}
	}
	title := shortTitle(doc.Meta.Title)
	var dests []dest
	for _, p := range pages {
		if err := l.ctx.Err(); err != nil {
			return err
		}
		pdf.AddPage()
		if p.n > 1 && len(p.items) > 0 && !p.plain {
			d.furniture(p, title)
		}
		x := g.left(p.n)
		d.drawFrames(p.items, x)
		for _, pl := range p.items {
			if pl.it.mark != nil {
				pdf.SetLink(pl.it.mark.link, pl.y, p.n)
			}
			for _, name := range pl.it.dests {
				dests = append(dests, dest{name, p.n, pl.y})
			}
			if pl.it.draw != nil {
				pl.it.draw(d, x, pl.y)
			}
		}
		for k := len(p.items) - 1; k >= 0; k-- {
			if pl := p.items[k]; !pl.it.glue && pl.it.h > 0 {
				if pl.it.foot != nil {
					pl.it.foot(d, x, pl.y+pl.it.h)
				}
				break
			}
		}
		if len(p.notes) > 0 {
			d.noteRule(x, p.notes[0].y-noteSkip*g.leading/2)
			d.drawFrames(p.notes, x)
		}
		for _, pl := range p.notes {
			if pl.it.draw != nil {
				pl.it.draw(d, x, pl.y)
			}
		}
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var raw captured
	if err := pdf.Output(&raw); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	err = finish(bw, raw, &finishing{
		meta: &doc.Meta, authors: authors(doc), generator: opt.Generator, created: created,
		archival: opt.Archival, outline: outline(l.marks), pageHeight: g.h, fonts: l.t.subsets,
		images: d.embeds, dests: dests,
	})
	if err != nil {
		return fmt.Errorf("pdf: finishing: %w", err)
	}
	return bw.Flush()
}

// compose lays doc out and cuts it into pages.
func compose(doc *document.Document, opt *Options) (*layout, []*page, error) {
	ps, err := spec(opt.PageSize)
	if err != nil {
		return nil, nil, err
	}
	links, err := parseLinks(opt.Links)
	if err != nil {
		return nil, nil, err
	}
	g := geometry{pageSpec: ps, duplex: opt.Duplex}
	warn := opt.Warn
	if warn == nil {
		warn = func(int, string) {}
	}
	lib := opt.Fonts
	if lib == nil {
		lib = fonts.Default()
	}
	m := &doc.Meta
	named := fonts.Named{Main: m.Fonts.Main, Sans: m.Fonts.Sans, Mono: m.Fonts.Mono, CJK: m.Fonts.CJK}
	chooser, errs := lib.Chooser(m.Lang, named, opt.Dir)
	for _, err := range errs {
		warn(0, err.Error())
	}
	shaper := shape.New(chooser, m.Lang)
	hyph, _ := typeset.NewHyphenator(m.Lang) // no patterns for the language: no hyphenation
	ctx := opt.Context
	if ctx == nil {
		ctx = context.Background()
	}
	l := &layout{g: g, t: newTexts(shaper), hyph: hyph, doc: doc, links: links, warn: warn, ctx: ctx}
	l.latin = named == fonts.Named{}
	l.newShaper = func() *shape.Shaper {
		c, _ := lib.Chooser(m.Lang, named, opt.Dir) // its errors were warned about above
		return shape.New(c, m.Lang)
	}
	shaper.OnMissing = func(ms shape.Missing) {
		where := ""
		if l.at == 0 {
			where = " in the front matter"
		}
		warn(l.at, missingFont(ms, where))
	}
	l.build(opt.Generator)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	pages := flow(l.items, g)
	lvl := 2
	if l.chapts {
		lvl = 1
	}
	sections(pages, lvl)
	if !l.chapts && len(pages) < 6 {
		for _, p := range pages {
			p.section = "" // a short article needs only its title overhead
		}
	}
	return l, pages, nil
}

// captured is an io.Writer that keeps what fpdf's Output hands it in one
// write, its finished buffer, without copying it.
type captured []byte

func (k *captured) Write(b []byte) (int, error) {
	if *k == nil {
		*k = b
	} else {
		*k = append(*k, b...)
	}
	return len(b), nil
}

// authors are the document's authors (role aut) as both editions name
// them: the personal authors, else the byline as printed.
func authors(doc *document.Document) []string {
	creators, _ := doc.People("")
	var out []string
	for _, c := range creators {
		if c.Role == "aut" {
			out = append(out, c.Text)
		}
	}
	return out
}

// shortTitle is the running head's title: the headline up to its first
// colon, question mark or dash, when that leaves enough to recognise it.
func shortTitle(t string) string {
	for _, sep := range []struct{ s, keep string }{{": ", ""}, {"? ", "?"}, {" – ", ""}, {" — ", ""}} {
		if i := strings.Index(t, sep.s); i >= 12 {
			return t[:i] + sep.keep
		}
	}
	return t
}
