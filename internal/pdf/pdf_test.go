package pdf_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	stdimage "image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"publish/assets"
	"publish/internal/build"
	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

var created = time.Date(2022, 10, 4, 12, 0, 0, 0, time.UTC)

// writeSample writes the bundled sample's PDF with opt and returns the file.
func writeSample(t *testing.T, opt pdf.Options) (string, *document.Document) {
	t.Helper()
	m, err := build.Load("")
	if err != nil {
		t.Fatal(err)
	}
	return writeDoc(t, m.Doc, opt), m.Doc
}

func writeDoc(t *testing.T, doc *document.Document, opt pdf.Options) string {
	t.Helper()
	opt.Generator, opt.Created = "publish test", created
	var b bytes.Buffer
	if err := pdf.Write(&b, doc, &opt); err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("%s-%v-%v.pdf", opt.PageSize, opt.Duplex, opt.Archival)
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	testkit.Check(t, file)
	return file
}

// validate runs every PDF validator the project trusts on file.
func validate(t *testing.T, file string) {
	t.Helper()
	testkit.Run(t, "qpdf", "--check", file)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.ValidateFile(file, conf); err != nil {
		t.Errorf("pdfcpu strict: %v", err)
	}
	fonts := testkit.PDFFonts(t, file)
	if len(fonts) == 0 {
		t.Error("no fonts")
	}
	for _, f := range fonts {
		if !f.Embedded || !f.Subset || !strings.Contains(f.Type, "TrueType") || !regexp.MustCompile(`^[A-Z]{6}\+[A-Za-z0-9-]+$`).MatchString(f.Name) {
			t.Errorf("font %+v is not an embedded, tagged TrueType subset", f)
		}
	}
}

func TestPageSizes(t *testing.T) {
	for _, c := range []struct {
		size, box string
	}{{"a4", "595.28 x 841.89"}, {"letter", "612 x 792"}, {"a5", "419.53 x 595.28"}, {"6x9", "432 x 648"}} {
		for _, duplex := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s duplex=%v", c.size, duplex), func(t *testing.T) {
				file, _ := writeSample(t, pdf.Options{PageSize: c.size, Duplex: duplex})
				validate(t, file)
				info := testkit.Run(t, "pdfinfo", "-l", "99", file)
				for _, l := range strings.Split(info, "\n") {
					if strings.HasPrefix(l, "Page ") && strings.Contains(l, " size:") && !strings.Contains(l, c.box+" pts") {
						t.Errorf("%s: %s, want %s pts", c.size, l, c.box)
					}
				}
			})
		}
	}
}

func TestUnknownPageSize(t *testing.T) {
	m, err := build.Load("")
	if err != nil {
		t.Fatal(err)
	}
	err = pdf.Write(&bytes.Buffer{}, m.Doc, &pdf.Options{PageSize: "b5"})
	if err == nil || !strings.Contains(err.Error(), `"b5"`) {
		t.Errorf("err = %v", err)
	}
}

func TestMetadata(t *testing.T) {
	for _, archival := range []bool{false, true} {
		t.Run(fmt.Sprint("archival=", archival), func(t *testing.T) {
			file, doc := writeSample(t, pdf.Options{PageSize: "a5", Archival: archival})
			validate(t, file)
			info := testkit.Run(t, "pdfinfo", "-isodates", file)
			for _, want := range []string{
				"Title:           Who was Leandro Norero", "Author:          Drafting; BBC News World",
				"Subject:         Leandro Norero, known as", "Keywords:        Ecuador, Prisons",
				"Creator:         publish test", "Producer:        publish test with fpdf",
				"CreationDate:    2022-10-04T12:00:00Z", "ModDate:         2022-10-04T12:00:00Z",
				"Metadata Stream: yes",
			} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
			raw, _ := os.ReadFile(file)
			for _, want := range []string{"/Lang (en)", "/ID [<", "/OutputIntents"} {
				if got := bytes.Contains(raw, []byte(want)); got != (want != "/OutputIntents" || archival) {
					t.Errorf("%s in file: %v", want, got)
				}
			}
			meta := testkit.Run(t, "pdfinfo", "-meta", file)
			var x struct{}
			if err := xml.Unmarshal([]byte(meta[strings.Index(meta, "<x:xmpmeta"):]), &x); err != nil {
				t.Errorf("XMP is not well-formed: %v", err)
			}
			for _, want := range []string{
				"<dc:identifier>" + doc.Meta.IDURI() + "</dc:identifier>",
				"<rdf:li xml:lang=\"x-default\">Who was Leandro Norero",
				"<dc:creator><rdf:Seq><rdf:li>Drafting</rdf:li><rdf:li>BBC News World</rdf:li></rdf:Seq>",
				"<dc:publisher><rdf:Bag><rdf:li>BBC News Mundo</rdf:li>",
				"<dc:source>BBC News Mundo</dc:source>", "<dc:rights><rdf:Alt>", "<dc:language><rdf:Bag><rdf:li>en</rdf:li>",
				"<dc:description><rdf:Alt>", "<xmp:CreateDate>2022-10-04T12:00:00Z</xmp:CreateDate>",
				"<xmp:ModifyDate>2022-10-04T12:00:00Z</xmp:ModifyDate>", "<xmp:CreatorTool>publish test</xmp:CreatorTool>",
				"<pdf:Producer>publish test with fpdf</pdf:Producer>", "<xmpMM:DocumentID>uuid:",
			} {
				if !strings.Contains(meta, want) {
					t.Errorf("XMP lacks %q", want)
				}
			}
			if got := strings.Contains(meta, "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B"); got != archival {
				// the elements sit on separate lines
				if strings.Contains(meta, "<pdfaid:part>2</pdfaid:part>") != archival {
					t.Errorf("pdfaid in XMP: %v, want %v", !archival, archival)
				}
			}
		})
	}
}

// TestText reads the sample back in reading order, with the hyphens that
// end lines removed.
func TestText(t *testing.T) {
	file, doc := writeSample(t, pdf.Options{PageSize: "a5"})
	// The text block only: running heads and page numbers sit outside it.
	text := testkit.Run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "40", "-W", "420", "-H", "508", file, "-")
	var items []string
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *document.Heading:
			items = append(items, document.PlainText(b.Text))
		case *document.Paragraph:
			items = append(items, document.PlainText(b.Text))
		case *document.Figure:
			items = append(items, document.PlainText(b.Caption), "Image: "+b.Credit)
		}
	}
	items = append(items, "Credits", doc.Meta.ID())
	testkit.InOrder(t, "pdf", text, items, testkit.Spaces)
}

func TestReproducible(t *testing.T) {
	opt := pdf.Options{PageSize: "6x9", Duplex: true, Archival: true}
	a, _ := writeSample(t, opt)
	b, _ := writeSample(t, opt)
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Error("two builds differ")
	}
}

// longDoc is a manuscript of n chapters, each with sections and paragraphs.
func longDoc(n int) *document.Document {
	doc := &document.Document{Meta: document.Meta{Title: "A Long Report: Twenty Chapters on Prisons", Authors: []string{"A. Writer"}, Lang: "en", Date: "2022-10-04"}}
	para := "The prison system of the country has been through a crisis that the authorities attribute to the struggles of criminal groups, who use the Andean country as a route for their shipments, according to investigators and journalists who followed the case over several years."
	for c := 1; c <= n; c++ {
		doc.Blocks = append(doc.Blocks, &document.Heading{Level: 1, Text: []document.Inline{&document.Str{Text: fmt.Sprintf("Chapter %d on the prisons", c)}}})
		for s := 1; s <= 3; s++ {
			doc.Blocks = append(doc.Blocks, &document.Heading{Level: 2, Text: []document.Inline{&document.Str{Text: fmt.Sprintf("Section %d.%d", c, s)}}})
			for p := 0; p < 2+(c+s)%4; p++ {
				doc.Blocks = append(doc.Blocks, &document.Paragraph{Text: []document.Inline{
					&document.Str{Text: strings.Repeat(para+" ", 1+p%3)},
					&document.Emph{Children: []document.Inline{&document.Str{Text: "An emphasised ending."}}},
				}})
			}
		}
	}
	return doc
}

// TestLongManuscript checks the contents, chapter openings, links and outline
// of a 20-chapter manuscript.
func TestLongManuscript(t *testing.T) {
	doc := longDoc(20)
	for _, size := range []string{"a5", "a4"} {
		t.Run(size, func(t *testing.T) {
			file := writeDoc(t, doc, pdf.Options{PageSize: size, Duplex: size == "a5"})
			validate(t, file)
			toc := testkit.Run(t, "pdftotext", "-layout", "-f", "2", "-l", "3", file, "-")
			if !strings.Contains(toc, "Contents") {
				t.Fatalf("page 2 is not the contents:\n%s", toc)
			}
			re := regexp.MustCompile(`(Chapter \d+ on the prisons|Credits)\s*\.*\s*(\d+)`)
			entries := re.FindAllStringSubmatch(toc, -1)
			if len(entries) != 21 {
				t.Fatalf("contents has %d entries, want 21:\n%s", len(entries), toc)
			}
			for _, e := range entries {
				page := testkit.Run(t, "pdftotext", "-f", e[2], "-l", e[2], file, "-")
				if first := strings.TrimSpace(page); !strings.HasPrefix(first, e[1]) {
					t.Errorf("page %s does not open with %q:\n%.80s", e[2], e[1], first)
				}
			}
			raw, _ := os.ReadFile(file)
			if n := bytes.Count(raw, []byte("/Subtype /Link /F 4 /Rect")); n < 21 {
				t.Errorf("%d link annotations, want at least the 21 contents entries", n)
			}
			if n := bytes.Count(raw, []byte("/Dest [")); n < 21+80 {
				t.Errorf("%d destinations", n)
			}
			// The title, 20 chapters of 3 sections, and the credits.
			if root := regexp.MustCompile(`/Type /Outlines[^>]*`).Find(raw); !bytes.Contains(root, []byte("/Count 82")) {
				t.Errorf("outline root: %s; want /Count 82", root)
			}
			if n := len(regexp.MustCompile(`/Count 3\n`).FindAll(raw, -1)); n != 20 {
				t.Errorf("%d outline items with /Count 3, want the 20 chapters", n)
			}
		})
	}
}

// TestSpacing measures the gaps between words on the justified body lines of
// the A5 edition, as pdftotext reports them, with the word box height as
// the em; fpdf's greedy MultiCell on the same text is the floor.
func TestSpacing(t *testing.T) {
	file, doc := writeSample(t, pdf.Options{PageSize: "a5"})
	kp := gaps(t, file)
	greedy := gaps(t, greedyFile(t, doc))
	p95, mx := stats(kp)
	g95, gmx := stats(greedy)
	t.Logf("Knuth–Plass: %d gaps, p95 %.3f em, max %.3f em, min %.3f em", len(kp), p95, mx, slices.Min(kp))
	t.Logf("fpdf MultiCell (greedy): %d gaps, p95 %.3f em, max %.3f em", len(greedy), g95, gmx)
	if len(kp) < 200 {
		t.Fatalf("only %d gaps measured", len(kp))
	}
	if p95 > 0.41 || mx > 0.50 {
		t.Errorf("gaps p95 %.3f em, max %.3f em; want at most 0.41 and 0.50", p95, mx)
	}
	if p95 >= g95 || mx >= gmx {
		t.Errorf("not better than greedy: p95 %.3f vs %.3f, max %.3f vs %.3f", p95, g95, mx, gmx)
	}
}

func stats(g []float64) (p95, max float64) {
	if len(g) == 0 {
		return 0, 0
	}
	s := slices.Clone(g)
	slices.Sort(s)
	return s[int(0.95*float64(len(s)-1)+0.5)], s[len(s)-1]
}

// greedyFile sets the sample's paragraphs with fpdf's MultiCell, justified,
// on the same A5 page, in the same face and size.
func greedyFile(t *testing.T, doc *document.Document) string {
	f := fpdf.New("P", "mm", "A5", "")
	for _, fo := range assets.Fonts {
		f.AddUTF8FontFromBytes(fo.Family, fo.Style, assets.FontBytes(fo))
	}
	f.SetMargins(16, 18, 16)
	f.SetAutoPageBreak(true, 20)
	f.AddPage()
	f.SetFont("NotoSerif", "", 10)
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok {
			f.MultiCell(0, 13.4*25.4/72, document.PlainText(p.Text), "", "J", false)
		}
	}
	file := filepath.Join(t.TempDir(), "greedy.pdf")
	if err := f.OutputFileAndClose(file); err != nil {
		t.Fatal(err)
	}
	return file
}

type bboxWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

type bboxPage struct {
	Lines []struct {
		Words []bboxWord `xml:"word"`
	} `xml:"flow>block>line"`
}

// gaps returns the interword gaps, in ems, of the justified lines of body
// text (10 pt Noto Serif) in file: the lines that reach the right edge of
// the text block.
func gaps(t *testing.T, file string) []float64 {
	out := testkit.Run(t, "pdftotext", "-bbox-layout", file, "-")
	out = out[strings.Index(out, "<doc>"):]
	out = out[:strings.Index(out, "</doc>")+len("</doc>")]
	var d struct {
		Pages []bboxPage `xml:"page"`
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	if err := dec.Decode(&d); err != nil {
		t.Fatal(err)
	}
	const bodyEm, tol = 13.62, 0.3 // Noto Serif 10 pt word box height
	var all []float64
	for _, p := range d.Pages {
		right := 0.0
		for _, l := range p.Lines {
			if n := len(l.Words); n > 1 && abs(l.Words[0].YMax-l.Words[0].YMin-bodyEm) < tol {
				right = max(right, l.Words[n-1].XMax)
			}
		}
		for _, l := range p.Lines {
			n := len(l.Words)
			if n < 2 || abs(l.Words[n-1].XMax-right) > 0.6 {
				continue
			}
			for i := 1; i < n; i++ {
				a, b := l.Words[i-1], l.Words[i]
				em := a.YMax - a.YMin
				if abs(em-bodyEm) > tol {
					continue
				}
				if g := (b.XMin - a.XMax) / em; g > 0.02 {
					all = append(all, g)
				}
			}
		}
	}
	return all
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestFigureImage embeds a 3000-pixel PNG with transparency: it must come
// out opaque (flattened onto white), with its caption and credit.
func TestFigureImage(t *testing.T) {
	src := stdimage.NewNRGBA(stdimage.Rect(0, 0, 3000, 2000))
	for i := range src.Pix {
		src.Pix[i] = byte(i % 251)
	}
	var b bytes.Buffer
	png.Encode(&b, src)
	doc := &document.Document{Meta: document.Meta{Title: "Figures", Lang: "en"}, Blocks: []document.Block{
		&document.Figure{Src: "a.png", Caption: []document.Inline{&document.Str{Text: "A caption."}}, Credit: "A. Photographer",
			Image: &document.Image{Name: "a.png", MediaType: "image/png", Data: b.Bytes(), Width: 3000, Height: 2000}},
	}}
	file := writeDoc(t, doc, pdf.Options{PageSize: "a5", Archival: true})
	validate(t, file)
	raw, _ := os.ReadFile(file)
	if bytes.Contains(raw, []byte("/SMask")) {
		t.Error("the figure keeps its transparency")
	}
	list := testkit.Run(t, "pdfimages", "-list", file)
	if !regexp.MustCompile(`\n\s*1\s+0\s+image\s+3000\s+2000\s+rgb`).MatchString(list) {
		t.Errorf("pdfimages -list:\n%s", list)
	}
	text := testkit.PDFText(t, file)
	if !strings.Contains(strings.Join(strings.Fields(text), " "), "A caption. Image: A. Photographer") {
		t.Errorf("caption and credit: %q", text)
	}
}

// TestImagesShared: figures that show one image share one XObject and one
// resource name (qpdf --check is clean); a JPEG is its DCT stream byte for
// byte, and an opaque PNG its compressed data, neither decoded.
func TestImagesShared(t *testing.T) {
	photo := stdimage.NewRGBA(stdimage.Rect(0, 0, 640, 480))
	for p := range photo.Pix {
		photo.Pix[p] = byte(p*7%251) | 0x0f
	}
	var jb, pb bytes.Buffer
	jpeg.Encode(&jb, photo, nil)
	gray := stdimage.NewGray(stdimage.Rect(0, 0, 300, 200))
	for p := range gray.Pix {
		gray.Pix[p] = byte(p % 200)
	}
	png.Encode(&pb, gray)
	jpg := &document.Image{Name: "p.jpg", MediaType: "image/jpeg", Data: jb.Bytes(), Width: 640, Height: 480, Opaque: true}
	pngImg := &document.Image{Name: "g.png", MediaType: "image/png", Data: pb.Bytes(), Width: 300, Height: 200, Opaque: true}
	doc := &document.Document{Meta: document.Meta{Title: "Shared", Lang: "en"}}
	for i := range 6 {
		img := jpg
		if i%3 == 2 {
			img = pngImg
		}
		doc.Blocks = append(doc.Blocks, &document.Figure{Src: img.Name, Caption: []document.Inline{&document.Str{Text: "A caption."}}, Image: img})
	}
	file := writeDoc(t, doc, pdf.Options{})
	validate(t, file)
	raw, _ := os.ReadFile(file)
	if n := bytes.Count(raw, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d image objects, want 2", n)
	}
	if !bytes.Contains(raw, append([]byte("/Filter /DCTDecode /Length "+fmt.Sprint(jb.Len())+" >>\nstream\n"), jb.Bytes()...)) {
		t.Error("the JPEG is not embedded byte for byte")
	}
	if !bytes.Contains(raw, []byte("/Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns 300")) {
		t.Error("the PNG is not embedded as its compressed data")
	}
}

// TestReproducibleFigures builds a document with several different figures
// of the same pixel width many times: fpdf orders image objects by width
// alone, so ties used to come out in random order.
func TestReproducibleFigures(t *testing.T) {
	doc := &document.Document{Meta: document.Meta{Title: "Figures of one width", Lang: "en"}}
	for i := range 3 {
		src := stdimage.NewRGBA(stdimage.Rect(0, 0, 240, 160))
		for p := range src.Pix {
			src.Pix[p] = byte(p*(i+1)%251) | 0x0f
		}
		var b bytes.Buffer
		jpeg.Encode(&b, src, nil)
		name := fmt.Sprintf("f%d.jpg", i)
		doc.Blocks = append(doc.Blocks,
			&document.Paragraph{Text: []document.Inline{&document.Str{Text: "A paragraph before the figure."}}},
			&document.Figure{Src: name, Caption: []document.Inline{&document.Str{Text: "A caption."}},
				Image: &document.Image{Name: name, MediaType: "image/jpeg", Data: b.Bytes(), Width: 240, Height: 160}})
	}
	// A paletted PNG of the same width brings its palette object along.
	pal := stdimage.NewPaletted(stdimage.Rect(0, 0, 240, 160), color.Palette{color.White, color.Black, color.RGBA{200, 30, 30, 255}})
	for p := range pal.Pix {
		pal.Pix[p] = uint8(p / 7 % 3)
	}
	var pb bytes.Buffer
	png.Encode(&pb, pal)
	doc.Blocks = append(doc.Blocks, &document.Figure{Src: "p.png", Caption: []document.Inline{&document.Str{Text: "A paletted figure."}},
		Image: &document.Image{Name: "p.png", MediaType: "image/png", Data: pb.Bytes(), Width: 240, Height: 160}})
	opt := &pdf.Options{Generator: "publish test", Created: created}
	var first []byte
	for i := range 20 {
		var b bytes.Buffer
		if err := pdf.Write(&b, doc, opt); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Fatalf("build %d differs from the first", i+1)
		}
	}
	file := filepath.Join(t.TempDir(), "figures.pdf")
	os.WriteFile(file, first, 0o644)
	testkit.Check(t, file)
	validate(t, file)
	if list := testkit.Run(t, "pdfimages", "-list", file); strings.Count(list, " 240   160 ") != 4 || !strings.Contains(list, "index") {
		t.Errorf("pdfimages -list:\n%s", list)
	}
}

// TestIdentifierScheme checks that an ISBN is qualified by its scheme in
// the XMP packet, as Calibre writes it, and that several authors are one
// dc:creator entry each and one Info /Author joined by semicolons.
func TestIdentifierScheme(t *testing.T) {
	doc := &document.Document{Meta: document.Meta{
		Title: "After the flood", Subtitle: "A week in the valley", Authors: []string{"Maria Lindqvist", "Jonas Ek"},
		Identifier: "978-0-306-40615-7", Lang: "en",
	}, Blocks: []document.Block{&document.Paragraph{Text: []document.Inline{&document.Str{Text: "Text."}}}}}
	file := writeDoc(t, doc, pdf.Options{})
	meta := testkit.Run(t, "pdfinfo", "-meta", file)
	for _, want := range []string{
		"<dc:identifier>urn:isbn:9780306406157</dc:identifier>",
		`<xmp:Identifier><rdf:Bag><rdf:li rdf:parseType="Resource"><xmpidq:Scheme>isbn</xmpidq:Scheme><rdf:value>9780306406157</rdf:value></rdf:li></rdf:Bag></xmp:Identifier>`,
		"<dc:creator><rdf:Seq><rdf:li>Maria Lindqvist</rdf:li><rdf:li>Jonas Ek</rdf:li></rdf:Seq></dc:creator>",
		`<rdf:li xml:lang="x-default">After the flood: A week in the valley</rdf:li>`,
	} {
		if !strings.Contains(meta, want) {
			t.Errorf("XMP lacks %s:\n%s", want, meta)
		}
	}
	info := testkit.Run(t, "pdfinfo", file)
	for _, want := range []string{"Author:          Maria Lindqvist; Jonas Ek", "Title:           After the flood: A week in the valley"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}
