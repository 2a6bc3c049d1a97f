// Package pdf writes the PDF edition of a document with fpdf, using only
// the embedded TrueType fonts.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"publish/assets"
	"publish/internal/document"
)

// Options control a PDF build. The zero value is usable.
type Options struct {
	Generator string    // tool name and version, for the credits and the Creator entry
	Created   time.Time // CreationDate and ModDate; zero means the Unix epoch
}

const (
	serif = "NotoSerif"
	sans  = "NotoSans"

	bodySize    = 10.5 // pt
	leading     = 5.6  // mm between baselines of body text
	captionSize = 8.5
	creditSize  = 7
)

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
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	for _, f := range assets.Fonts {
		pdf.AddUTF8FontFromBytes(f.Family, f.Style, assets.FontBytes(f))
	}
	m := &doc.Meta
	pdf.SetTitle(m.Title, true)
	pdf.SetAuthor(byline(m), true)
	if m.Description != "" {
		pdf.SetSubject(m.Description, true)
	}
	if len(m.Subjects) > 0 {
		pdf.SetKeywords(strings.Join(m.Subjects, ", "), true)
	}
	pdf.SetCreator(opt.Generator, true)
	pdf.SetProducer(opt.Generator+" with fpdf", true)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	if m.Lang != "" {
		pdf.SetLang(m.Lang)
	}
	pdf.SetMargins(22, 20, 22)
	pdf.SetAutoPageBreak(true, 22)
	pdf.SetFooterFunc(func() {
		if pdf.PageNo() == 1 {
			return
		}
		pdf.SetY(-14)
		pdf.SetFont(serif, "", 9)
		pdf.CellFormat(0, 5, fmt.Sprint(pdf.PageNo()), "", 0, "C", false, 0, "")
	})

	p := &writer{pdf: pdf, doc: doc}
	pdf.AddPage()
	p.titleBlock()
	for _, b := range doc.Blocks {
		p.block(b, 0)
	}
	p.credits(opt.Generator)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type writer struct {
	pdf     *fpdf.Fpdf
	doc     *document.Document
	figures int
}

func byline(m *document.Meta) string {
	if len(m.Authors) > 0 {
		return strings.Join(m.Authors, ", ")
	}
	return strings.Join(m.Byline, ", ")
}

func (p *writer) width() float64 {
	w, _ := p.pdf.GetPageSize()
	l, _, r, _ := p.pdf.GetMargins()
	return w - l - r
}

// room makes sure h millimetres fit on the current page.
func (p *writer) room(h float64) {
	_, ph := p.pdf.GetPageSize()
	_, _, _, b := p.pdf.GetMargins()
	if p.pdf.GetY()+h > ph-b {
		p.pdf.AddPage()
	}
}

func (p *writer) titleBlock() {
	m := &p.doc.Meta
	pdf := p.pdf
	pdf.Bookmark(m.Title, 0, -1)
	pdf.SetFont(serif, "B", 20)
	pdf.MultiCell(0, 8.5, m.Title, "", "L", false)
	if m.Subtitle != "" {
		pdf.Ln(1)
		pdf.SetFont(serif, "I", 13)
		pdf.MultiCell(0, 6.5, m.Subtitle, "", "L", false)
	}
	pdf.Ln(3)
	pdf.SetFont(sans, "", 9.5)
	var info []string
	if b := byline(m); b != "" {
		info = append(info, b)
	}
	if m.Date != "" {
		info = append(info, document.FormatDate(m.Date))
	}
	if s := m.Source; s != nil && s.Name != "" {
		info = append(info, "Source: "+s.Name)
	}
	if len(info) > 0 {
		pdf.MultiCell(0, 5, strings.Join(info, "  ·  "), "", "L", false)
	}
	pdf.Ln(2)
	y := pdf.GetY()
	l, _, _, _ := pdf.GetMargins()
	pdf.SetLineWidth(0.3)
	pdf.Line(l, y, l+p.width(), y)
	pdf.Ln(5)
}

func (p *writer) block(b document.Block, indent float64) {
	pdf := p.pdf
	l, _, r, _ := pdf.GetMargins()
	switch b := b.(type) {
	case *document.Heading:
		p.room(8 + 3*leading) // keep the heading with the start of its paragraph
		pdf.Ln(3)
		size := 13.0
		if b.Level == 1 {
			size = 16
		}
		pdf.Bookmark(document.PlainText(b.Text), b.Level, -1)
		pdf.SetFont(serif, "B", size)
		pdf.MultiCell(0, size*0.5, document.PlainText(b.Text), "", "L", false)
		pdf.Ln(1.5)
	case *document.Paragraph:
		pdf.SetLeftMargin(l + indent)
		pdf.SetX(l + indent)
		pdf.SetFont(serif, "", bodySize)
		pdf.MultiCell(0, leading, document.PlainText(b.Text), "", "J", false)
		pdf.SetLeftMargin(l)
		pdf.Ln(1.6)
	case *document.Figure:
		p.figure(b)
	case *document.Quote:
		pdf.SetRightMargin(r + 8)
		for _, inner := range b.Blocks {
			p.block(inner, indent+8)
		}
		pdf.SetRightMargin(r)
	case *document.List:
		for i, item := range b.Items {
			marker := "•"
			if b.Ordered {
				marker = fmt.Sprintf("%d.", b.Start+i)
			}
			pdf.SetFont(serif, "", bodySize)
			pdf.SetX(l + indent)
			pdf.CellFormat(6, leading, marker, "", 0, "L", false, 0, "")
			y := pdf.GetY()
			for j, inner := range item {
				if j == 0 {
					pdf.SetY(y)
				}
				p.block(inner, indent+6)
			}
		}
	}
}

func (p *writer) figure(f *document.Figure) {
	pdf := p.pdf
	p.figures++
	w := p.width()
	l, _, _, _ := pdf.GetMargins()
	maxH := 100.0
	imgW, imgH := w, w*0.5
	name := ""
	if f.Image != nil && f.Image.Width > 0 && f.Image.Height > 0 {
		name = fmt.Sprintf("figure-%d", p.figures)
		typ := "JPG"
		if f.Image.MediaType == "image/png" {
			typ = "PNG"
		}
		pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(f.Image.Data))
		imgH = w * float64(f.Image.Height) / float64(f.Image.Width)
		if imgH > maxH {
			imgW, imgH = imgW*maxH/imgH, maxH
		}
	}
	caption := document.PlainText(f.Caption)
	pdf.SetFont(sans, "", captionSize)
	capLines := len(pdf.SplitText(caption, w))
	p.room(imgH + float64(capLines)*4 + 10)
	pdf.Ln(1)
	y := pdf.GetY()
	x := l + (w-imgW)/2
	if name != "" {
		pdf.ImageOptions(name, x, y, imgW, imgH, false, fpdf.ImageOptions{}, 0, "")
	} else {
		p.placeholder(f, x, y, imgW, imgH)
	}
	pdf.SetY(y + imgH + 1.5)
	pdf.SetFont(sans, "", captionSize)
	pdf.MultiCell(0, 4, caption, "", "L", false)
	if f.Credit != "" {
		pdf.SetFont(sans, "", creditSize)
		pdf.SetTextColor(80, 80, 80)
		pdf.MultiCell(0, 3.5, "Image: "+f.Credit, "", "L", false)
		pdf.SetTextColor(0, 0, 0)
	}
	pdf.Ln(4)
}

// placeholder draws a labelled box where a photo will go.
func (p *writer) placeholder(f *document.Figure, x, y, w, h float64) {
	pdf := p.pdf
	pdf.SetFillColor(240, 240, 240)
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetDashPattern([]float64{1.5, 1}, 0)
	pdf.Rect(x, y, w, h, "DF")
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetFont(sans, "B", 10)
	pdf.SetXY(x, y+h/2-6)
	pdf.CellFormat(w, 6, "Photo not available", "", 2, "C", false, 0, "")
	pdf.SetFont(sans, "", 8)
	pdf.SetX(x)
	pdf.CellFormat(w, 5, f.Src, "", 2, "C", false, 0, "")
}

func (p *writer) credits(generator string) {
	pdf := p.pdf
	p.room(40)
	pdf.Ln(6)
	pdf.Bookmark("Credits", 1, -1)
	pdf.SetFont(serif, "B", 13)
	pdf.MultiCell(0, 6.5, "Credits", "", "L", false)
	pdf.Ln(1)
	for _, c := range p.doc.Credits(generator) {
		p.room(9)
		pdf.SetFont(sans, "B", 8.5)
		pdf.MultiCell(0, 4.2, c.Label, "", "L", false)
		pdf.SetFont(sans, "", 8.5)
		for _, v := range c.Values {
			pdf.MultiCell(0, 4.2, v, "", "L", false)
		}
		pdf.Ln(1.2)
	}
}
