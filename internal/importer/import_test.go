package importer

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/markdown"
)

// wantDropped fails for every line of rep that opens with one of
// prefixes and was not dropped.
func wantDropped(t *testing.T, rep *Report, prefixes ...string) {
	t.Helper()
	for _, e := range rep.Entries {
		for _, p := range prefixes {
			if strings.HasPrefix(e.Text, p) && e.Kind != KindDropped {
				t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
			}
		}
	}
}

// headings returns the text of doc's headings, in order.
func headings(doc *document.Document) []string {
	var hs []string
	document.Walk(doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok {
			hs = append(hs, document.PlainText(h.Text))
		}
	})
	return hs
}

// kinds imports src and returns "kind/rule" for every line, space-separated.
func kinds(t *testing.T, src string) (string, *document.Document, *Report) {
	t.Helper()
	doc, rep, err := Import(strings.NewReader(src), "a.txt", Options{})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if len(rep.Entries) != strings.Count(strings.TrimSuffix(src, "\n"), "\n")+1 {
		t.Errorf("%d entries for %q", len(rep.Entries), src)
	}
	var ks []string
	for i, e := range rep.Entries {
		if e.Line != i+1 || e.Kind == "" || e.Rule == "" {
			t.Errorf("entry %d undecided: %+v", i, e)
		}
		ks = append(ks, e.Kind)
	}
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	assertRoundTrip(t, doc, md.Bytes())
	return strings.Join(ks, " "), doc, rep
}

// TestRulesInContext covers the rules that depend on the lines around a
// line: header rules only in the header, captions after credits, headings
// between body text, and the list after "Related Topics".
func TestRulesInContext(t *testing.T) {
	const T = "Title line\n"
	const idP = "Tumpukan eceng gondok yang dulu menutup hampir separuh permukaan situ kini punya nilai, dan sekelompok warga mengangkat tanaman air itu setiap akhir pekan untuk diolah.\n"
	for _, c := range []struct {
		name, src, want string
	}{
		{"headline is the first non-empty line", "\n\nHeadline\nBody text here.\n", "blank blank title paragraph"},
		{"byline list in the header", T + "- Drafting\n- BBC News World\nBody.\n", "title byline byline paragraph"},
		{"list after the header is a list, not a byline", T + "Body.\n- Drafting\n- Writing\n", "title paragraph list-item list-item"},
		{"By line and role", T + "By Jane Doe\nTransport correspondent\nBody text.\n", "title byline byline paragraph"},
		{"headline repeated under the byline", T + "By Jane Doe\ntitle line.\n3 October 2022\nBody text.\n", "title byline dropped dropped paragraph"},
		{"dates and Share dropped in the header", T + "Published\n3 October 2022\nShare\nBody.\n", "title dropped dropped dropped paragraph"},
		{"date kept in the body", T + "Body text.\n3 October 2022\nMore body.\n", "title paragraph heading paragraph"},
		{"labelled date under the story", T + "Body text.\nMore body.\nPublished - 3 October 2022 06:47 pm IST\n", "title paragraph paragraph dropped"},
		{"credit then caption", T + "Body.\nimage source, AFP / Getty\nA crowd outside the court\nMore.\n", "title paragraph figure-credit figure-caption paragraph"},
		{"labelled caption after a blank line", T + "Image source, AFP\n\nImage caption, A crowd\nBody.\n", "title figure-credit blank figure-caption paragraph"},
		{"unlabelled line after a blank is not a caption", T + "Image source, AFP\n\nBody text follows here.\n", "title figure-credit blank paragraph"},
		{"two credits in a row", T + "Image source, AFP\nImage source, EFE\nCaption two\nBody.\n", "title figure-credit figure-credit figure-caption paragraph"},
		{"caption label alone", T + "Body.\nPie de foto, Un mercado\nMás texto.\n", "title paragraph figure-caption paragraph"},
		{"heading between paragraphs", T + "Body.\nWho was she?\nMore body.\n", "title paragraph heading paragraph"},
		{"a short sentence is a paragraph", T + "Body.\nIt is.\nMore body.\n", "title paragraph paragraph paragraph"},
		{"no heading before any body", T + "Who was she?\nBody.\n", "title paragraph paragraph"},
		{"no heading at the end", T + "Body.\nWho was she?\n", "title paragraph paragraph"},
		{"no heading right after a heading", T + "Body.\nThe rules\nWhat changed\nBody.\n", "title paragraph heading paragraph paragraph"},
		{"heading before a figure", T + "Body.\nThe rules\nImage source, AFP\nA caption\n", "title paragraph heading figure-credit figure-caption"},
		{"related topics and its list", T + "Body.\nRelated Topics\nEcuador\nPrisons\n\nTop line kept after the list.\n", "title paragraph dropped dropped dropped blank paragraph"},
		{"related list stops at a sentence", T + "Body.\nTemas relacionados\nEcuador\nLa policía confirmó la cifra.\n", "title paragraph dropped dropped paragraph"},
		{"boilerplate anywhere", T + "Share\nBody.\nShare\nMore body.\n", "title dropped paragraph dropped paragraph"},
		{"headline under a masthead, a label, a date and the reading time", "kumparan\nMasuk\nBeranda\nNews\nBisnis\nTekno\nOtomotif\n\nkumparanNEWS\n\n12 Maret 2025 14:20 WIB\n\n·\n\nwaktu baca 3 menit\n\nWarga Situ Cibuntu Olah Eceng Gondok Jadi Pupuk dan Kerajinan\n\n" + idP, "dropped dropped dropped dropped dropped dropped dropped blank dropped blank dropped blank dropped blank dropped blank title blank paragraph"},
		{"breadcrumb of labels under a long menu", "ఆంధ్రజ్యోతి\n\nతాజా వార్తలు\nఆంధ్రప్రదేశ్\nతెలంగాణ\nజాతీయం\nసినిమా\nక్రీడలు\nఈ-పేపర్\n\nHome » Andhra Pradesh » Krishna\n\nగుంటుపల్లిలో రైతుల విత్తన గ్రంథాలయం\n\nదేశీ వరి రకాలను కాపాడేందుకు ఇరవై మంది రైతులు కలిసి ఏర్పాటు చేసిన విత్తన బ్యాంకు రెండేళ్లలో 64 రకాల విత్తనాలను సేకరించింది. ఇది చాలా మంచి పని అని గ్రామస్తులు అంటున్నారు.\n\nABN , Publish Date - Mar 14 , 2025 | 04:35 AM\n\nShare\nFacebook\nWhatsapp\nTwitter\n\nఇబ్రహీంపట్నం, మార్చి 13 (ఆంధ్రజ్యోతి): ఎన్టీఆర్ జిల్లా ఇబ్రహీంపట్నం మండలం గుంటుపల్లి గ్రామంలో రైతులు ఏర్పాటు చేసుకున్న విత్తన గ్రంథాలయం చుట్టుపక్కల గ్రామాల దృష్టిని ఆకర్షిస్తోంది.\n", "dropped blank dropped dropped dropped dropped dropped dropped dropped blank dropped blank title blank paragraph blank dropped blank dropped dropped dropped dropped blank paragraph"},
		{"name under the standfirst, over a dash and the date", "Penduduk Sungai Yu tanam semula bakau\n\nSejak dua tahun lalu, lebih 6,000 anak pokok bakau ditanam di sepanjang tebing yang terhakis.\nFarah Nabilah\n\n-\n11 Mac 2025, 6:10 PM\n\n" + idP, "title blank paragraph byline blank dropped dropped blank paragraph"},
		{"uncased name with its place and district, over the date", "হাওরের নৌকায় ভ্রাম্যমাণ পাঠাগার, বই পৌঁছাচ্ছে গ্রামে গ্রামে\nআবিদ হাসান, তাহিরপুর (সুনামগঞ্জ)\n১২ মার্চ, ২০২৫ ১১:৪০\nসুনামগঞ্জের তাহিরপুর উপজেলার হাওরে একটি নৌকায় ভ্রাম্যমাণ পাঠাগার চালু করেছেন স্থানীয় তরুণেরা, যাতে দূরের গ্রামের শিশুরাও বই পড়তে পারে।\n", "title byline dropped paragraph"},
		{"a tag label after the body", T + idP + "\nTag :\ndemak\nbus sekolah\n", "title paragraph blank dropped dropped dropped"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _, rep := kinds(t, c.src)
			if got != c.want {
				t.Errorf("kinds\n got %s\nwant %s", got, c.want)
				for _, e := range rep.Entries {
					t.Logf("%d %s [%s] %s", e.Line, e.Kind, e.Rule, e.Why)
				}
			}
		})
	}
}

func TestBylineCredits(t *testing.T) {
	// A role only after a By line: after a list item's name, a role's
	// words are no role of the author's (a paragraph, or furniture as the
	// learned model weighs them).
	_, doc, rep := kinds(t, "Harbour ferry goes electric after eighty years\n- Jane Doe\nTransport correspondent\nBody text.\n")
	if e := rep.Entries[2]; e.Kind == KindByline || len(doc.Meta.Byline) > 0 {
		t.Errorf("role after a list item: %s [%s], byline %q", e.Kind, e.Rule, doc.Meta.Byline)
	}
	_, doc, _ = kinds(t, "T\n- Redacción\n- BBC News Mundo\n- Ana Ruiz\nTexto del artículo.\n")
	if !reflect.DeepEqual(doc.Meta.Authors, []string{"Ana Ruiz"}) || !reflect.DeepEqual(doc.Meta.Byline, []string{"Redacción", "BBC News Mundo"}) {
		t.Errorf("authors %q byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
	_, doc, _ = kinds(t, "T\nBy Jane Doe and John Roe\nTransport correspondent\nBody.\n")
	if !reflect.DeepEqual(doc.Meta.Authors, []string{"Jane Doe", "John Roe"}) || !reflect.DeepEqual(doc.Meta.Byline, []string{"Transport correspondent"}) {
		t.Errorf("authors %q byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
}

func TestFigures(t *testing.T) {
	_, doc, rep := kinds(t, "T\nBody.\nimage source, AFP / Getty\nA crowd outside the court\nBody.\nImage source, EFE\nImage caption, Second\nEnd.\n")
	figs := doc.Figures()
	if len(figs) != 2 {
		t.Fatalf("%d figures", len(figs))
	}
	for i, want := range []document.Figure{
		{Src: "images/figure-1.jpg", Alt: "A crowd outside the court", Credit: "AFP / Getty"},
		{Src: "images/figure-2.jpg", Alt: "Second", Credit: "EFE"},
	} {
		f := figs[i]
		if f.Src != want.Src || f.Alt != want.Alt || f.Credit != want.Credit || document.PlainText(f.Caption) != want.Alt || f.Image != nil {
			t.Errorf("figure %d: %s", i+1, describe(f))
		}
	}
	for _, e := range rep.Entries {
		if e.Kind == KindFigureCaption && !reflect.DeepEqual(e.Derived, []string{"alt"}) {
			t.Errorf("caption line %d: derived %q, want [alt]", e.Line, e.Derived)
		}
	}
}

func TestWhitespaceAndTypography(t *testing.T) {
	src := "  Why \u201cEl Patron\u201d \t died  \n\nBody\u00a0with   spaces \u2014 and \u2018quotes\u2019\u2026 \u00bfS\u00ed?\n"
	_, doc, _ := kinds(t, src)
	if doc.Meta.Title != "Why \u201cEl Patron\u201d died" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	p := doc.Blocks[0].(*document.Paragraph)
	if got := document.PlainText(p.Text); got != "Body with spaces \u2014 and \u2018quotes\u2019\u2026 \u00bfS\u00ed?" {
		t.Errorf("paragraph %q", got)
	}
}

func TestInput(t *testing.T) {
	want := "Titular\n\nEl texto del artículo, con “comillas”.\n"
	for _, c := range []struct {
		name string
		src  []byte
		warn string
	}{
		{"utf-8", []byte(want), ""},
		{"bom", append([]byte("\xEF\xBB\xBF"), want...), ""},
		{"crlf", []byte(strings.ReplaceAll(want, "\n", "\r\n")), ""},
		{"cr", []byte(strings.ReplaceAll(want, "\n", "\r")), ""},
		{"no final newline", []byte(strings.TrimSuffix(want, "\n")), ""},
		{"windows-1252", []byte("Titular\r\n\r\nEl texto del art\xedculo, con \x93comillas\x94.\r\n"), "a.txt:3:17: is not UTF-8; decoded as Windows-1252"},
		{"control characters", []byte("Titular\n\nEl texto del art\x1bículo, con “comillas”.\x7f\n"), "a.txt:3: removed 2 control character(s)"},
		// YAML drops U+FFFE and U+FFFF from a title, so the manuscript would
		// not give back the model (FuzzImport found it); XML forbids them too.
		{"noncharacters", []byte("\uFFFFTitular\n\nEl texto del art\uFFFEículo, con “comillas”.\n"), "a.txt:1: removed 2 control character(s) or noncharacter(s)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, rep, err := Import(bytes.NewReader(c.src), "a.txt", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != "Titular" || len(doc.Blocks) != 1 || document.PlainText(doc.Blocks[0].(*document.Paragraph).Text) != "El texto del artículo, con “comillas”." {
				t.Errorf("model: %q %v", doc.Meta.Title, doc.Blocks)
			}
			if len(rep.Entries) != 3 {
				t.Errorf("%d entries, want 3", len(rep.Entries))
			}
			var ws []string
			for _, w := range rep.Warnings {
				ws = append(ws, w.Error())
			}
			if c.warn == "" && len(ws) > 0 || c.warn != "" && (len(ws) != 1 || !strings.HasPrefix(ws[0], c.warn)) {
				t.Errorf("warnings %q, want %q", ws, c.warn)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestInputErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		r    io.Reader
		opt  Options
		want string
	}{
		{"empty", strings.NewReader(""), Options{}, "a.txt: is empty"},
		{"only a BOM", strings.NewReader("\xEF\xBB\xBF"), Options{}, "a.txt: is empty"},
		{"blank lines", strings.NewReader("\n \t\r\n\u00a0\n"), Options{}, "a.txt: is empty: it has only blank lines"},
		{"NUL byte", strings.NewReader("Title\nBody\x00text"), Options{}, "a.txt:2:5: is not text"},
		{"UTF-16", strings.NewReader("\xFF\xFET\x00i\x00"), Options{}, "a.txt:1:4: is not text"},
		{"not Windows-1252", strings.NewReader("Title\n\x81\x8d\x90 binary"), Options{}, "a.txt:2:1: is not text: byte 0x81"},
		{"too large", io.MultiReader(strings.NewReader("Title\n"), io.LimitReader(repeatReader('a'), MaxInput)), Options{}, "a.txt: is larger than 16 MiB"},
		{"read error", failingReader{}, Options{}, "a.txt: cannot read: disk on fire"},
		{"bad language option", strings.NewReader("Title\nBody."), Options{Lang: "not a tag!"}, `language "not a tag!" is not a BCP 47 tag`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, rep, err := Import(c.r, "a.txt", c.opt)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("err = %v, want prefix %q", err, c.want)
			}
			if doc != nil || rep != nil {
				t.Error("an error must come without a model or report")
			}
		})
	}
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func TestDiagnosticErrors(t *testing.T) {
	_, _, err := Import(strings.NewReader(""), "a.txt", Options{})
	var d *diag.Diagnostic
	if !errors.As(err, &d) || d.Pos.File != "a.txt" {
		t.Errorf("err %v is not a diagnostic naming the file", err)
	}
}

func TestLanguage(t *testing.T) {
	en := "Title\nThe council said that the money was safe.\n"
	es := "Título\nEl concejo dijo que el dinero estaba a salvo.\n"
	for _, c := range []struct {
		name, src string
		opt       Options
		want      string
		warn      bool
	}{
		{"detect en", en, Options{}, "en", false},
		{"detect es", es, Options{}, "es", false},
		{"undecided", "Title\n12345\n", Options{}, "en", true},
		{"option wins", es, Options{Lang: "en-GB"}, "en-GB", false},
		{"meta wins over detection", es, Options{Meta: &document.Meta{Lang: "pt"}}, "pt", false},
		{"option wins over meta", es, Options{Lang: "ca", Meta: &document.Meta{Lang: "pt"}}, "ca", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, rep, err := Import(strings.NewReader(c.src), "a.txt", c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Lang != c.want || rep.Lang != c.want {
				t.Errorf("lang %q (report %q, %s), want %q", doc.Meta.Lang, rep.Lang, rep.LangWhy, c.want)
			}
			if got := len(rep.Warnings) > 0; got != c.warn {
				t.Errorf("warnings %v", rep.Warnings)
			}
		})
	}
}

func TestMergeMeta(t *testing.T) {
	dst := document.Meta{Title: "From text", Byline: []string{"Drafting"}, Lang: "en", Source: &document.Source{Name: "Old", Lang: "es"}}
	extra := document.Meta{
		Title: "", Date: "2022-10", Rights: "R", Subjects: []string{"A", "B"},
		Source:   &document.Source{Name: "BBC News Mundo", URL: "https://example.org/a"},
		Creators: []document.Contributor{{Role: "trl", Text: "T. Translator"}},
	}
	MergeMeta(&dst, &extra)
	want := document.Meta{
		Title: "From text", Byline: []string{"Drafting"}, Lang: "en", Date: "2022-10", Rights: "R", Subjects: []string{"A", "B"},
		Source:   &document.Source{Name: "BBC News Mundo", Lang: "es", URL: "https://example.org/a"},
		Creators: []document.Contributor{{Role: "trl", Text: "T. Translator"}},
	}
	if !reflect.DeepEqual(dst, want) {
		t.Errorf("merged\n got %+v\nwant %+v", dst, want)
	}
	extra.Subjects[0] = "changed"
	if dst.Subjects[0] != "A" {
		t.Error("MergeMeta shares list memory with extra")
	}
	MergeMeta(&dst, nil) // no-op
	empty := document.Meta{}
	MergeMeta(&empty, &document.Meta{Source: &document.Source{Title: "Original"}})
	if empty.Source == nil || empty.Source.Title != "Original" {
		t.Errorf("source not created: %+v", empty.Source)
	}
}

// TestParseMeta covers markdown.ParseMeta, which --meta files go through.
func TestParseMeta(t *testing.T) {
	m, warns, err := markdown.ParseMeta([]byte("date: \"2022-10\"\nsubject: [A, B]\nsource:\n  name: X\n  lang: es\n"), "m.yaml")
	if err != nil || len(warns) > 0 || m.Date != "2022-10" || len(m.Subjects) != 2 || m.Source.Lang != "es" {
		t.Errorf("plain YAML: %+v %v %v", m, warns, err)
	}
	m, _, err = markdown.ParseMeta([]byte("---\ntitle: T\n---\n"), "m.yaml")
	if err != nil || m.Title != "T" {
		t.Errorf("fenced YAML: %+v %v", m, err)
	}
	_, warns, err = markdown.ParseMeta([]byte("# comment\nauther: X\n"), "m.yaml")
	if err != nil || len(warns) != 1 || !strings.Contains(warns[0].Error(), `m.yaml:2:1: unknown front matter key "auther" (did you mean "author"?)`) {
		t.Errorf("typo: %v %v", warns, err)
	}
	_, _, err = markdown.ParseMeta([]byte("a: 1\ndate: October\n"), "m.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), "m.yaml:2:7: date") {
		t.Errorf("bad date: %v", err)
	}
}

func TestDeterministic(t *testing.T) {
	src := "Title\n- Drafting\nBody.\nImage source, AFP\nCaption\nWho?\nMore.\n"
	var first []byte
	for i := 0; i < 5; i++ {
		doc, rep, err := Import(strings.NewReader(src), "a.txt", Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		markdown.Write(&b, doc)
		rep.WriteJSON(&b)
		rep.WriteText(&b)
		if i == 0 {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Fatal("same input, different bytes")
		}
	}
}

// TestMediaTeaser: in a copy whose blocks are set apart by blank lines, a
// block of short lines with a clip's duration inside is a video teaser;
// a block headed by a time keeps its text (a live page's entry).
func TestMediaTeaser(t *testing.T) {
	body := strings.Repeat("The library lends out ice-fishing kits this winter, and all of them are booked.\n\nEach kit holds an auger, two rods and a shelter for two people.\n\n", 3)
	got, _, _ := kinds(t, "Library kits booked until March\n\n"+body+"Morning Show\n6:42\nLibrary lends out gear\nA librarian explains the kits.\n\n"+body)
	para := strings.Repeat("paragraph blank ", 6)
	if want := "title blank " + para + "dropped dropped dropped dropped blank " + strings.TrimSpace(para); got != want {
		t.Errorf("teaser: got %s, want %s", got, want)
	}
	got, _, _ = kinds(t, "Library kits booked until March\n\n"+body+"14:05\nThe minister has arrived at the library.\nShe spoke to the staff for an hour.\n\n"+body)
	if strings.Count(got, "paragraph") != 14 {
		t.Errorf("live entry: got %s, want its two sentences kept", got)
	}
}

// TestDenseCopyFigures covers a copy with no blank line at all: a credit
// by its words alone (a slash, a courtesy) under a short line makes a
// figure; a bare name, a heading in title case and a copyright line
// under a paragraph do not.
func TestDenseCopyFigures(t *testing.T) {
	body := "The council voted on Tuesday night to close the old pool for good after a leak was found under its main tank, officials said.\n" +
		"Engineers will now look at the cost of a new tank, which could reach two million dollars according to early figures from the council.\n"
	src := "Pool may close after leak found\nBy Ana Ruiz\n" + body +
		"Swimmers at the outdoor pool last summer\nJuan Pérez/EFE\n" + body +
		"Why It Matters\n" + body +
		"The pool manager at the gate\nCourtesy of the city council\n" + body +
		"The new filters in the plant room.\n© BELGA\n" + body +
		"The lifeguards' hut by the deep end\nRenée Ocampo rocampo@sacbee.com\n" + body +
		"The diving boards, closed since May\nSantiago Oroz/\n" + body +
		"The kiosk at the gate\nGonzalo Pérez | La Razón\n" + body +
		"A paragraph that ends with its own short name line\nAna Ruiz\n" + body + "© Copyright 2025\n"
	_, doc, _ := kinds(t, src)
	got := figureCredits(doc)
	want := []string{"Swimmers at the outdoor pool last summer | Juan Pérez/EFE", "The pool manager at the gate | Courtesy of the city council",
		"The new filters in the plant room. | BELGA", "The lifeguards' hut by the deep end | Renée Ocampo rocampo@sacbee.com",
		"The diving boards, closed since May | Santiago Oroz", "The kiosk at the gate | Gonzalo Pérez | La Razón"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// TestDenseCopyBox covers a box's head in a copy with no blank line: the
// box ends at the story's first paragraph instead of taking the rest.
func TestDenseCopyBox(t *testing.T) {
	body := "The council voted on Tuesday night to close the old pool for good after a leak was found under its main tank, officials said.\n"
	src := "Pool may close after leak found\nBy Ana Ruiz\nJoin the conversation\nShare this article\n" + strings.Repeat(body, 10)
	_, doc, rep := kinds(t, src)
	if n := len(doc.Blocks); n != 10 {
		t.Errorf("%d blocks, want the 10 paragraphs", n)
	}
	if e := rep.Entries[3]; e.Kind != KindDropped {
		t.Errorf("line 4: %s %s, want dropped in the box", e.Kind, e.Rule)
	}
}

// TestBlind45Rules covers the rules from blind45's first contact: a
// breadcrumb of four labels and the section's label over the headline,
// "Zur Merkliste" under the byline, and a plea to subscribe that names
// journalism.
func TestBlind45Rules(t *testing.T) {
	body := "Seit dem vergangenen Herbst ist der alte Holzsteg am Torfhafen abgesperrt, jetzt rücken die Bagger an und reißen ihn ab.\n"
	src := "Startseite\nBremen\nStadtteile\nFindorff\n\nFindorff\nNeuer Anleger am Torfhafen soll bis Mai fertig sein\n\n" +
		"Jorinde Meyerholz und Timo Brakhage\n12.03.2024, 17:45 Uhr\nArtikel teilen\nZur Merkliste\n\n" + body + "\n" + body +
		"\nHelp keep independent local journalism strong. Subscribe to The Canberra Times from $1 a week.\n"
	_, doc, rep := kinds(t, src)
	if doc.Meta.Title != "Neuer Anleger am Torfhafen soll bis Mai fertig sein" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	if got := strings.Join(doc.Meta.Authors, ", "); got != "Jorinde Meyerholz, Timo Brakhage" {
		t.Errorf("authors %q", got)
	}
	for _, line := range []int{12, 18} {
		if e := rep.Entries[line-1]; e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind43Rules covers the rules from blind43's first contact: in a
// spaced copy, "© X" set apart under a caption's block and over the next
// paragraph is its credit; "Do you have a story for us?" and "Pour
// commenter, vous devez être connecté à votre compte abonné." are
// furniture.
func TestBlind43Rules(t *testing.T) {
	body := "In het Park van Vorst komt deze zomer een omheinde hondenweide van bijna een halve hectare, zo besliste de gemeenteraad.\n\n"
	src := "Hondenweide in Park van Vorst\n\nDoor Lien Claes\n\n" + body +
		"Het grasveld langs de Van Volxemlaan waar de hondenweide komt.\n\n© BRUZZ | Jef De Vriendt\n\n" + body + body +
		"Do you have a story for us? Get in touch with the newsdesk\n\nPour commenter, vous devez être connecté à votre compte abonné.\n\n© 2025 BRUZZ\n"
	_, doc, rep := kinds(t, src)
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "BRUZZ | Jef De Vriendt" || document.PlainText(figs[0].Caption) != "Het grasveld langs de Van Volxemlaan waar de hondenweide komt." {
		t.Fatalf("figures: %v", figs)
	}
	for _, line := range []int{15, 17, 19} {
		if e := rep.Entries[line-1]; e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestDenseCopyListEnd: in a dense copy, a list of links ends over a
// caption and its labelled credit, which make a figure.
func TestDenseCopyListEnd(t *testing.T) {
	src := "Schulen übernehmen leere Kleingärten\nVon Jana Wenzel\nVeröffentlicht am 18.09.2024\n" +
		"In Magdeburg stehen Hunderte Kleingärten leer, weil die Pächter älter werden und kaum junge Familien nachrücken, sagt der Verband.\n" +
		"Seit diesem Frühjahr bewirtschaften deshalb drei Grundschulen eigene Parzellen in der Anlage am Neustädter See, mit Hilfe der Vereine.\n" +
		"Lesen Sie auch\nWarum junge Familien jahrelang auf eine Laube warten\n" +
		"Schülerinnen einer Grundschule in Stadtfeld ernten Kartoffeln auf ihrer Parzelle\nQuelle: WELT/Tim Reuter\n" +
		"Die Kinder haben in diesem Sommer zum ersten Mal gesehen, wie aus einer Knolle im Frühjahr ein ganzer Eimer Kartoffeln wird.\n" +
		"Der Verband will das Modell im kommenden Jahr auf weitere Anlagen ausdehnen, wenn sich genug Schulen und Paten dafür finden.\n"
	_, doc, _ := kinds(t, src)
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "WELT/Tim Reuter" {
		t.Fatalf("figures: %v", figs)
	}
}

// TestBlind44Rules covers the rules from blind44's first contact: a
// breadcrumb whose last item is the headline with its place, over a badge
// and the section's label; a plea ending in a colon over a box of
// furniture; readers' comments under their count; a fact box whose lines
// are set apart by blank lines; "Photo Name." after a caption.
func TestBlind44Rules(t *testing.T) {
	body := "Die Stadt will am Ostufer des Flusses eine Badestelle mit Einstieg, Rettungsringen und Aufsicht an den Wochenenden einrichten.\n\n"
	src := "Startseite\nUlm\nUlm: Am Donauufer soll eine Badestelle entstehen\n\nPlus\nUlm\n\nAm Donauufer soll eine Badestelle entstehen\n\n" +
		"Von Lena Hartl\n12.03.2025 | Stand: 09:40 Uhr\n\n" + body +
		"Am Ufer liegen an heißen Tagen Hunderte Menschen in der Sonne. Photo Paul Brenner.\n\n" + body + body +
		"Die Sitzung\n\nWann: Samstag, 10 Uhr\n\nWo: Rathaus, Sitzungssaal\n\n" +
		"Our journalists work hard for the community. Here is how you can keep reading:\nBookmark example.com\nSign up for our newsletters\nDownload our app on iOS or Android\n\n" +
		"Comments (2)\nKarl Maier\nMar 12, 2025 09:14am\nEndlich eine gute Nachricht für alle Schwimmer in der Stadt.\nRecommend 0\nEva B.\nMar 12, 2025 10:02am\nUnd wer bezahlt die Aufsicht?\nRecommend 0\n\n" +
		"Die Diskussion ist geschlossen.\n"
	_, doc, rep := kinds(t, src)
	if doc.Meta.Title != "Am Donauufer soll eine Badestelle entstehen" || doc.Meta.Date != "2025-03-12" || strings.Join(doc.Meta.Authors, ", ") != "Lena Hartl" {
		t.Errorf("title %q, date %q, authors %v", doc.Meta.Title, doc.Meta.Date, doc.Meta.Authors)
	}
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "Paul Brenner" {
		t.Fatalf("figures: %v", figs)
	}
	want := map[string]string{"Ulm: Am Donauufer soll eine Badestelle entstehen": KindDropped, "Plus": KindDropped,
		"Die Sitzung": KindHeading, "Wann: Samstag, 10 Uhr": KindParagraph, "Wo: Rathaus, Sitzungssaal": KindParagraph}
	furniture := false
	for _, e := range rep.Entries {
		furniture = furniture || strings.HasPrefix(e.Text, "Our journalists")
		kind, ok := want[e.Text]
		if furniture && e.Text != "" {
			kind, ok = KindDropped, true
		}
		if ok && e.Kind != kind {
			t.Errorf("line %d %q: %s %s, want %s", e.Line, e.Text, e.Kind, e.Rule, kind)
		}
	}
}

// TestNextLineCaptions: a copy that has shown a caption with its credit on
// the next line takes a proper name under a later caption for its credit,
// but not a heading written in lower case.
func TestNextLineCaptions(t *testing.T) {
	p := "El Concejo aprobó por unanimidad el proyecto que suma siete cuadras de ciclovía sobre el bulevar y llega hasta la costa del río.\n"
	src := "La ciclovía llegará hasta el río\nPor Ana Ruiz\n" + p +
		"La ciclovía hoy termina en calle Córdoba y los ciclistas siguen por la calzada.\nVirginia Benedetto / La Capital\n" + p +
		"Cómo será el tramo nuevo\n" + p +
		"Así quedaría el cruce con la avenida, según el render del proyecto.\nMunicipalidad de Rosario\n" + p + p
	_, doc, _ := kinds(t, src)
	figs := doc.Figures()
	if len(figs) != 2 || figs[1].Credit != "Municipalidad de Rosario" {
		t.Fatalf("figures: %v", figs)
	}
	if hs := headings(doc); strings.Join(hs, "|") != "Cómo será el tramo nuevo" {
		t.Errorf("headings %q, want \"Cómo será el tramo nuevo\"", hs)
	}
}

// TestBlind46Rules covers the rules from blind46's and blind47's first
// contact: with no standfirst, a short line without a full stop under the
// byline, the date and the reading time is the lead photo's caption; a
// heading set apart under a box's buttons stays a heading; a job title
// under the author's name at the end is their bio; a paragraph ending in
// an outlet's name in capitals and a full stop ("… a O JOGO.") is no
// caption.
func TestBlind46Rules(t *testing.T) {
	long := "Una ventina di teli bianchi saranno tesi tra un palazzo e l’altro, a otto metri d’altezza, per dare respiro a chi passeggia nelle ore più calde del pomeriggio.\n\n"
	src := "Lecce\n\nLecce, le vele ombreggianti arrivano in via Trinchese\n\ndi Chiara Miglietta\n\nMartedì 12 Marzo 2024, 05:00\n\n3 Minuti di Lettura\n\n" +
		"Via Trinchese in un pomeriggio di luglio\n\n" + long +
		"Iscriviti alla newsletter\nOgni mattina le notizie di Lecce.\nIscriviti\n\nI commercianti divisi\n\n" + long +
		"«Finalmente», ha detto il presidente dei commercianti del centro, in una dichiarazione rilasciata al NUOVO QUOTIDIANO.\n\n" + long +
		"Chiara Miglietta\nGiornalista della redazione di Lecce. Si occupa di urbanistica e commercio.\n"
	_, doc, rep := kinds(t, src)
	figs := doc.Figures()
	if len(figs) != 1 || document.PlainText(figs[0].Caption) != "Via Trinchese in un pomeriggio di luglio" {
		t.Fatalf("figures: %v", figs)
	}
	want := map[string]string{"I commercianti divisi": KindHeading, "Iscriviti": KindDropped,
		"«Finalmente», ha detto il presidente dei commercianti del centro, in una dichiarazione rilasciata al NUOVO QUOTIDIANO.": KindParagraph,
		"Giornalista della redazione di Lecce. Si occupa di urbanistica e commercio.":                                            KindDropped}
	for _, e := range rep.Entries {
		if kind, ok := want[e.Text]; ok && e.Kind != kind {
			t.Errorf("line %d %q: %s %s, want %s", e.Line, e.Text, e.Kind, e.Rule, kind)
		}
	}
}

// TestBlind42Rules covers the rules from blind42: a caption over "Photo
// credit: X | Outlet" (the Daily Nation's layout), even when it holds a
// date; "What you need to know:" over the summary's points; "(Courtesy
// of X)" keeps its thanks; a list of other stories under "Articles
// similaires"; a rights notice that forbids reproduction.
func TestBlind42Rules(t *testing.T) {
	long := "More than 300 fishermen at Dunga beach in Kisumu have been unable to reach the open lake for three weeks, beach officials said on Tuesday.\n\n"
	src := "Dunga fishermen count losses as hyacinth chokes the beach\n\n" +
		"Fishermen pull a boat through water hyacinth at Dunga beach on March 11, 2025.\nPhoto credit: Ondari Ogega | Nation Media Group\n\n" +
		"By Victor Ouma\n\nMarch 12, 2025\n\nWhat you need to know:\n\n" + long + long +
		"A mechanical harvester parked at the Kisumu pier.\nPhoto credit: File | Nation Media Group\n\n" + long +
		"Buses on the avenue in the city centre, February 18, 2025. (Courtesy of Haifa Municipality)\n\n" + long + long +
		"Articles similaires\nTizi Ouzou : les travaux du barrage accusent un nouveau retard\nJijel : les quartiers de l’est alimentés un jour sur deux\n\n" +
		"All rights reserved. This material may not be reproduced, published or redistributed without prior written permission.\n"
	_, doc, rep := kinds(t, src)
	if doc.Meta.Date != "2025-03-12" {
		t.Errorf("date %q", doc.Meta.Date)
	}
	figs := doc.Figures()
	if len(figs) != 3 || document.PlainText(figs[0].Caption) != "Fishermen pull a boat through water hyacinth at Dunga beach on March 11, 2025." ||
		document.PlainText(figs[1].Caption) != "A mechanical harvester parked at the Kisumu pier." || figs[2].Credit != "Courtesy of Haifa Municipality" {
		t.Fatalf("figures: %v", figs)
	}
	for _, e := range rep.Entries {
		if (e.Text == "What you need to know:" || strings.HasPrefix(e.Text, "Tizi Ouzou") || strings.HasPrefix(e.Text, "All rights")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestGluedSignupTops: in a copy with no blank lines, the title and blurb
// of a sign-up box go with its fields and button, and a blurb between
// the newsletter's line and its button goes too; the story's paragraphs
// and heading around them stay.
func TestGluedSignupTops(t *testing.T) {
	p := "A USDA spokesperson said the department expects to announce the first round of grants to rural cooperatives before the end of the summer.\n"
	src := "Rural broadband grants stall as co-ops wait for federal money\nBy Ana Ruiz\n" + p + p + p + p +
		"Weekly Agriculture\nThe policy fights shaping farms, food and rural America, every Monday.\nEmail\nEmployer\nJob Title\nSign Up\nBy signing up, you agree to receive email newsletters or alerts from POLITICO.\n" +
		p + "Sign up to the Earth newsletter\nThe week’s biggest stories on nature and the climate, sent every Wednesday\nSign up\nWhat the co-ops want\n" + p + p
	_, _, rep := kinds(t, src)
	for _, e := range rep.Entries {
		want := KindDropped
		switch {
		case e.Text == "What the co-ops want":
			want = KindHeading
		case e.Line <= 2 || strings.HasPrefix(e.Text, "A USDA"):
			continue
		}
		if e.Kind != want {
			t.Errorf("line %d %q: %s %s, want %s", e.Line, e.Text, e.Kind, e.Rule, want)
		}
	}
}

// TestBlind48Rules covers the rules from blind48's and blind49's first
// contact: a breadcrumb glued with slashes to the headline it repeats; a
// paper's name under the author's is kept in the byline; "(Crédit photo :
// X)";
// a signature under the last paragraph, over a list of other stories;
// "Com Inforpress".
func TestBlind48Rules(t *testing.T) {
	long := "Les membres de l’union des groupements féminins ont inauguré samedi une chambre froide solaire qui doit sauver une partie des récoltes d’oignon.\n\n"
	src := "Accueil/Régions/Ndioum : une chambre froide solaire pour les récoltes d’oignon\n\nRégions\n\nNdioum : une chambre froide solaire pour les récoltes d’oignon\n\n" +
		"Par Mathilde Rouxel\nPublié le 21 févr. 25 à 17:30\nLa Presse de la Manche\nSuivre\n\n" +
		"Les membres de l’union devant la chambre froide, à Ndioum. (Crédit photo : I. NDIAYE)\n\n" + long + long + long +
		"Com Inforpress\n\n"
	_, doc, rep := kinds(t, src)
	m := doc.Meta
	if m.Title != "Ndioum : une chambre froide solaire pour les récoltes d’oignon" || m.Date != "2025-02-21" || strings.Join(m.Authors, "|") != "Mathilde Rouxel" {
		t.Errorf("title %q, date %q, authors %q", m.Title, m.Date, m.Authors)
	}
	if m.Source == nil || m.Source.Name != "Inforpress" || !slices.Contains(m.Byline, "La Presse de la Manche") {
		t.Errorf("source %+v, byline %q", m.Source, m.Byline)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "I. NDIAYE" || document.PlainText(figs[0].Caption) != "Les membres de l’union devant la chambre froide, à Ndioum." {
		t.Errorf("figures %v", figs)
	}
	for _, e := range rep.Entries {
		if (e.Text == "Régions" || e.Text == "Suivre" || strings.HasPrefix(e.Text, "Accueil/")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}

	// The name alone under the last paragraph, over other stories.
	p := "Da lunedì 7 aprile a domenica 11 maggio l'impianto che collega il rione Breo al quartiere di Piazza resterà fermo per la revisione.\n"
	src = "Mondovì, la funicolare si ferma per cinque settimane\n" + p + p + p + "Daniela Giordano\nTi potrebbero interessare anche:\nCuneo, chiude per lavori il sottopasso di corso Giolitti\nCeva, al via la stagione dei mercatini\n"
	_, doc, _ = kinds(t, src)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Daniela Giordano" {
		t.Errorf("signature: authors %q", got)
	}
}

// TestBlind50Rules covers the rules from blind50's first contact: a
// caption over "Name • Paper" or "Contributed", and over "Bild Name" or
// "Bild zVg"; a news service's name alone in the header ("DHNS"); the
// paper's name under the byline; the date a story closes with
// ("(Published …)"); "(lh/L'essentiel)"; cards of a label, a headline and
// a teaser under a list's heading.
func TestBlind50Rules(t *testing.T) {
	long := "The outdoor rink at Cole Harbour Commons could get a roof by next winter if regional council approves a staff plan to cover the ice.\n\n"
	src := "Covered outdoor rink planned for Cole Harbour after warm winters\n\nHRM staff say a roof would keep the ice open through rain.\n\nAndrew Rankin\nTownsville Bulletin\nLast Updated : 12 March 2025, 05:11 IST\n\n" +
		"Skaters on the rink on a mild evening in February, when the ice was closed.\nRyan Taplin • The Chronicle Herald\n\n" + long + long +
		"A drawing of the proposed canopy over the rink, with open sides.\nContributed\n\n" + long +
		"So soll der Badeplatz mit Steg und Liegewiese aussehen.\nBild zVg\n\n" + long +
		"Heute ein Parkplatz mit Bootsrampe am Ufer.\nBild Marco Hartmann\n\n" + long +
		"(Published 11 March 2025, 23:48 IST)\n\n(lh/L'essentiel)\n\n" +
		"More related stories\nTownsville\nMum’s plea after toddler’s near-drowning at backyard pool\nA backyard pool scare has prompted a Kirwan mum to urge parents to check their fences.\nTownsville\nStrand jetty to reopen after $2m repair\nThe popular fishing spot will reopen to the public before Easter.\n"
	_, doc, rep := kinds(t, src)
	m := doc.Meta
	if m.Date != "2025-03-11" || strings.Join(m.Authors, "|") != "Andrew Rankin" || !slices.Contains(m.Byline, "L'essentiel") || !slices.Contains(m.Byline, "Townsville Bulletin") {
		t.Errorf("date %q, authors %q, byline %q", m.Date, m.Authors, m.Byline)
	}
	var credits []string
	for _, f := range doc.Figures() {
		credits = append(credits, f.Credit)
	}
	if got := strings.Join(credits, "|"); got != "Ryan Taplin • The Chronicle Herald|Contributed|zVg|Marco Hartmann" {
		t.Errorf("credits %q", got)
	}
	for _, e := range rep.Entries {
		if e.Line > 30 && e.Text != "" && e.Kind != KindDropped && e.Kind != KindByline {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "MCC to relay Kukkarahalli lake walking path before monsoon\n\nThe project will replace the cracked paver blocks along the path.\n\nDHNS\nLast Updated : 12 March 2025, 05:11 IST\n\n"+long+long)
	if s := doc.Meta.Source; s == nil || s.Name != "DHNS" || len(doc.Meta.Authors) != 0 {
		t.Errorf("source %+v, authors %q", s, doc.Meta.Authors)
	}
}

// TestBlind52Rules covers the rules from blind51's and blind52's first
// contact: a caption with its labelled credit in brackets above the
// headline is the lead photo's, set before the story; a section label
// over the date over the headline; "Écrit par X | Publié le …" and
// "Beitrag von X" are bylines.
func TestBlind52Rules(t *testing.T) {
	long := "Der Bezirk will einen ersten Abschnitt des Uferwegs am ehemaligen Spreepark noch in diesem Sommer für Fußgänger öffnen, sagte die Stadträtin.\n"
	src := "Nachrichten\nBerlin\nArchivbild: Das Spreeufer am ehemaligen Spreepark im Plänterwald (Quelle: dpa/Jonas Reimer)\nTreptow-Köpenick\nUferweg am Spreepark soll im Sommer teilweise öffnen\nDo 13.03.25 | 06:12 Uhr\n" +
		"Seit mehr als zwanzig Jahren ist das Spreeufer hinter Bauzäunen verschwunden. Jetzt will der Bezirk einen ersten Abschnitt freigeben.\nVon Jonas Wendland\n" + long + long + long
	_, doc, _ := kinds(t, src)
	if doc.Meta.Title != "Uferweg am Spreepark soll im Sommer teilweise öffnen" || strings.Join(doc.Meta.Authors, "|") != "Jonas Wendland" {
		t.Errorf("title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	if fig, ok := doc.Blocks[0].(*document.Figure); !ok || fig.Credit != "dpa/Jonas Reimer" || document.PlainText(fig.Caption) != "Archivbild: Das Spreeufer am ehemaligen Spreepark im Plänterwald" {
		t.Errorf("first block %#v", doc.Blocks[0])
	}
	_, doc, _ = kinds(t, "Sociedade\n12-03-2025 10:00\nTorres Novas compra antiga fábrica de papel junto ao Almonda\nMunicípio quer transformar o edifício num centro de artes e ofícios.\nPartilhar\n"+
		"A Câmara de Torres Novas vai comprar as instalações da antiga fábrica de papel da Gateira, na margem do rio Almonda, por 1,2 milhões de euros.\n")
	if doc.Meta.Title != "Torres Novas compra antiga fábrica de papel junto ao Almonda" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, date %q", doc.Meta.Title, doc.Meta.Date)
	}
	for _, s := range []string{"Écrit par Sylvie Marchal | Publié le 12/03/2025 à 09:30", "Beitrag von Jonas Wendland"} {
		if names, _, ok := Byline(s, false); !ok || len(names) != 1 {
			t.Errorf("Byline(%q) = %q, %v", s, names, ok)
		}
	}
}

// TestBlind52MoreRules: "Name," over its role and a badge; "(Image via
// X)"; a gallery's slide caption and counter under its label; a list of
// "Place - headline" links ends at a line without the prefix that heads
// the next paragraph.
func TestBlind52MoreRules(t *testing.T) {
	long := "The Township Council voted 5-2 on Tuesday night to add pickleball lines to two of the park's four tennis courts under a pilot program.\n\n"
	src := "Montclair Council OKs Pickleball Lines At Edgemont Park Courts\nTwo of the park's four tennis courts will get pickleball lines this spring.\n\nDana Whitcomb,\nPatch Staff\nVerified Patch Staff Badge\nPosted Wed, Mar 12, 2025 at 1:43 pm ET\n\n" +
		long + "Residents spoke for and against the plan at the council meeting. (Image via Township of Montclair)\n\n" + long +
		"Galleria fotografica\nL'area della ex Caserma Garibaldi che ospiterà parte dei banchi\nIl nuovo mercato del lunedì 4 di 9\n\n" + long +
		"Leggi anche\nVarese - Nuovo teatro, firmato il contratto: il cantiere partirà a fine marzo\nVarese - Piazza Repubblica, cosa cambia per parcheggi e autobus\nLe preoccupazioni degli ambulanti\n\n" + long + long
	_, doc, rep := kinds(t, src)
	if strings.Join(doc.Meta.Authors, "|") != "Dana Whitcomb" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	got := figureCredits(doc)
	if want := "Residents spoke for and against the plan at the council meeting. | Township of Montclair;L'area della ex Caserma Garibaldi che ospiterà parte dei banchi | "; strings.Join(got, ";") != want {
		t.Errorf("figures %q", got)
	}
	for _, e := range rep.Entries {
		want := ""
		switch e.Text {
		case "Verified Patch Staff Badge", "Il nuovo mercato del lunedì 4 di 9":
			want = KindDropped
		case "Le preoccupazioni degli ambulanti":
			want = KindHeading
		}
		if want != "" && e.Kind != want {
			t.Errorf("line %d %q: %s %s, want %s", e.Line, e.Text, e.Kind, e.Rule, want)
		}
	}
}

// TestAddressAfterBody: an e-mail address alone under the last paragraph
// is the author's, no text of the story; a badge such as "Nordkurier+"
// goes.
func TestAddressAfterBody(t *testing.T) {
	p := "Lagos is the third Algarve municipality this year to announce new coastal works after the storms, following Albufeira and Vila Real.\n\n"
	_, _, rep := kinds(t, "Lagos approves boardwalk\n\nBy DUARTE FONSECA\nNordkurier+\n\n"+p+p+"duarte.fonseca@portugalresident.com\nSource: Lusa\n")
	for _, e := range rep.Entries {
		if (e.Text == "Nordkurier+" || strings.Contains(e.Text, "@")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind53Rules: a kicker over a headline whose header comes after the
// standfirst and the lead photo; "Outlet / Agency" credits both, and the
// outlet alone under a caption is its credit; a broadcaster's unit under
// the author's name is no author; a video's labelled duration and title,
// a broadcast note and a promotion of the outlet's channel go.
func TestBlind53Rules(t *testing.T) {
	long := "The city will open three of its public libraries until midnight during the exam season, the regional government said on Wednesday.\n\n"
	src := "Madrid\n\nTres bibliotecas públicas de la Comunidad de Madrid abrirán hasta la medianoche\n\n" +
		"El horario ampliado se aplicará del 5 de mayo al 27 de junio en las salas de estudio de tres sedes.\n\n" +
		"Estudiantes en la sala de lectura de la Biblioteca Pública Manuel Alvar, en Madrid\nEuropa Press\n\n" +
		"Telemadrid / Europa Press\n12/03/2025 - 14:32\n\n" + long +
		"La sala de estudio de la biblioteca de Vallecas, este miércoles\nTelemadrid\n\n" + long +
		"durée de la vidéo : 00h01mn52s\nPremier essai en mer pour la navette entre Brest et Le Fret, ce mercredi 12 mars. ©France 3 Bretagne\n\n" + long +
		"Sendung am Mi., 12.3.2025 19:30 Uhr, SWR Aktuell Baden-Württemberg, SWR BW\n\n" + long +
		"Watch the latest local news from the Twin Cities in our YouTube playlist:\n"
	_, doc, rep := kinds(t, src)
	if !strings.HasPrefix(doc.Meta.Title, "Tres bibliotecas") || strings.Join(doc.Meta.Byline, "|") != "Telemadrid|Europa Press" {
		t.Errorf("title %q, byline %q", doc.Meta.Title, doc.Meta.Byline)
	}
	var got []string
	for _, f := range doc.Figures() {
		got = append(got, f.Credit)
	}
	if strings.Join(got, "|") != "Europa Press|Telemadrid" {
		t.Errorf("credits %q", got)
	}
	for _, e := range rep.Entries {
		if (strings.HasPrefix(e.Text, "durée") || strings.HasPrefix(e.Text, "Premier essai") || strings.HasPrefix(e.Text, "Sendung") || strings.HasPrefix(e.Text, "Watch")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Heilbronn\n\nNeckarfähre zwischen Haßmersheim und Neckarmühlbach fährt wieder\n\nSTAND\n12.3.2025, 17:40 Uhr\n\nAutor/in\nLena Brucker\nSWR Studio Heilbronn\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Lena Brucker" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
}

// TestBlind54Rules: "Mehr:" and "Ler Mais" open links to other stories; a
// photographer's "By" is no part of the credit; "can be reached at" under
// the story is the author's address.
func TestBlind54Rules(t *testing.T) {
	long := "The dining hall has served only continental breakfast on weekdays since August, after the college cut two of its kitchen jobs.\n\n"
	src := "Quad breakfast returns\n\nBy Ariana R. Mendoza, Crimson Staff Writer\n\n" + long +
		"Pforzheimer House’s dining hall has served only continental breakfast on weekdays since August. By Lucas D. Ferreira\n\n" + long +
		"Ler Mais\nCanoagem: Portugal com seis barcos nos Europeus de maratona\n\n" + long +
		"Mehr: Maschinenbau: Warum die Branche 2025 weniger Personal braucht\n\n" + long +
		"—Staff writer Ariana R. Mendoza can be reached at ariana.mendoza@thecrimson.com.\n"
	_, doc, rep := kinds(t, src)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Lucas D. Ferreira" {
		t.Errorf("figures %+v", figs)
	}
	for _, e := range rep.Entries {
		if (e.Text == "Ler Mais" || strings.HasPrefix(e.Text, "Canoagem") || strings.HasPrefix(e.Text, "Mehr:") || strings.HasPrefix(e.Text, "—Staff")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind55Rules: "Read also" alone over a headline; the author's box
// under the story with related and most-read lists under it; "Par X -
// Publié le …" is the byline and the date; a one-line tag list; "Dans la
// même rubrique :" and its pager; readers' comments under a heading
// without a count, each "N.Posté par X le date", and the comment form.
func TestBlind55Rules(t *testing.T) {
	long := "Cars waiting to board the ferry will be able to queue in the shade by next summer, after plans for a canopy were filed.\n\n"
	src := "Saint-Paul : des barrières automatiques sur trois radiers\n\nPar Karine Maillot - Publié le Mercredi 12 Mars 2025 à 09:15 | Lu 3184 fois\n\n" + long +
		"Read also\nGozo fast ferry adds early morning trip from April\n\n" + long + long +
		"Tags : radier, Saint-Paul, saison des pluies, travaux\n\n" +
		"Nadine Camilleri\nNadine Camilleri is a journalist at MaltaToday covering Gozo, planning and transport.\nMore from Nadine Camilleri\n\n" +
		"Dans la même rubrique :\n< >\nLe Port : le marché forain déménage sur le parking de la mairie\nSaint-Leu : le parking du front de mer devient payant\n\n" +
		"Commentaires\n1.Posté par Ti Zozo le 12/03/2025 09:41\nEnfin ! Depuis le temps qu'on le demande.\n2.Posté par Citoyen974 le 12/03/2025 10:02\nEt le radier de la ravine Divon alors ? On l'oublie encore une fois.\n\nNouveau commentaire :\n\n" +
		"Related Stories\nGozo Channel fares unchanged for 2025\nPlanning Authority approves new breakwater\nMost Read\nCabinet reshuffle expected before Easter\nWeather warning issued as strong winds hit\nHamrun Spartans win the title race\nThree new buses for the island routes\nNew ferry timetable from May\nCouncil elections set for June\n"
	_, doc, rep := kinds(t, src)
	if strings.Join(doc.Meta.Authors, "|") != "Karine Maillot" || doc.Meta.Date == "" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	for _, e := range rep.Entries {
		if e.Text != "" && !strings.HasPrefix(e.Text, "Cars waiting") && !strings.HasPrefix(e.Text, "Saint-Paul") && !strings.HasPrefix(e.Text, "Par ") && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestUnwrapBrokenAt: in a copy wrapped at 72 columns, a line is joined
// to the next only where the next word would not have fitted.
func TestUnwrapBrokenAt(t *testing.T) {
	// 67 and 68 columns: "The" would have fitted in 72, so the wrapper
	// did not break there, sentence or not.
	if brokenAt("and the rest of the story goes on to the end of the wrapped line so", "The next", 72) {
		t.Error("a line the next word would have fitted: want a paragraph's end")
	}
	// 69 columns: "The" would not have fitted.
	if !brokenAt("and the rest of the story goes on to the end of the wrapped line, so.", "The next", 72) {
		t.Error("a line the next word would not have fitted: want broken")
	}
	if brokenAt("and the rest of the story goes on to the end of the wrapped line, so:", "- an item", 72) {
		t.Error("a list item: want a paragraph's end")
	}
	// A day of the month that the wrapper put at the start of a line is
	// no list item; "2. " under "1. " is.
	date := []string{"Die Fähre fährt wieder ab dem kommenden Samstag, so der Betreiber, ab dem", "12. April."}
	if !brokenAtDate(date, 0, 72) {
		t.Error("a date at the start of a wrapped line: want broken")
	}
	list := []string{"1. Die Fähre fährt wieder ab dem kommenden Samstag, so der Betreiber, und", "2. Preise bleiben."}
	if brokenAtDate(list, 0, 72) {
		t.Error("the second item of a numbered list: want a paragraph's end")
	}
}

// TestBlind56Rules: a masthead and a menu of six labels over the kicker
// and the headline; "by A and B" under the standfirst; a byline split
// over lines at its comma; a Catalan double surname; a date line after
// the standfirst and the lead photo; sign-offs by label; the outlet's
// notes on its funding, its standards and its events; a call for tips;
// related stories in square brackets or under "Read related … coverage"
// (a headline and its teaser); "Mehr <kicker>"; the cover photo's
// credit; a first-person word under the author's role.
func TestBlind56Rules(t *testing.T) {
	long := "Fort Stockton will ration water this summer as its wells run lower than at any time since the 1950s, the council said.\n\n"
	src := "The Texas Tribune\nDonate\nNewsletters\nEvents\nSearch\nAbout us\nWater supply\n\n" +
		"Fort Stockton will ration water this summer as its wells run lower than at any time since the 1950s\n\n" +
		"City leaders say residents could face fines for watering lawns during the day as the aquifer drops.\n\n" +
		"by Carmen Aldaco and Wes Pruitt\nMarch 12, 2025\n\n" + long +
		"Read related Tribune coverage\n\nDrought pushes more West Texas towns to look for new wells\nTexas voters approved billions for water projects. Here’s where the money is going.\n\n" + long +
		"[Madrid estrena un abono joven de 10 euros para los museos municipales]\n\n" + long +
		"Mitarbeit: Jonas Rebmann\nRedigat: Katarina Huth\nFaktencheck: Ole Stegemann\nGestaltung: Mira Paulsen\n\n" +
		"Hinweis: Sie haben einen Tipp zu Wasserentnahmen in Ihrer Region? Schreiben Sie uns an wasser@correctiv.org.\n\n" +
		"Foto copertina: ANSA / MATTEO CORNER | Monopattini e bici in sharing in piazza Duomo a Milano\n\n" +
		"Disclosure: The Trans-Pecos Growers Association has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization.\n\n" +
		"Big news: a founder is taking the stage at TribFest! Join him at the festival in Downtown Austin. Buy your tickets today!\n\n" +
		"De Correspondent is advertentievrij en wordt mogelijk gemaakt door ruim 70.000 leden. Zij zorgen dat dit verhaal voor iedereen gratis te lezen is.\n\n" +
		"Learn about The Texas Tribune’s policies, including our partnership with The Trust Project.\n"
	_, doc, rep := kinds(t, src)
	if !strings.HasPrefix(doc.Meta.Title, "Fort Stockton") || strings.Join(doc.Meta.Authors, "|") != "Carmen Aldaco|Wes Pruitt" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	var names []string
	for _, c := range doc.Meta.Contributors {
		names = append(names, c.Text)
	}
	if strings.Join(names, "|") != "Jonas Rebmann|Katarina Huth|Ole Stegemann|Mira Paulsen" {
		t.Errorf("contributors %q", names)
	}
	for _, e := range rep.Entries {
		if e.Line > 12 && e.Text != "" && !strings.HasPrefix(e.Text, "Fort Stockton") && e.Kind != KindDropped && e.Kind != KindByline {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, rep = kinds(t, "Barcelona\n\nBarcelona tancarà al trànsit l’entorn de 24 escoles més aquest any\n\n"+
		"L’Ajuntament destinarà 6,8 milions a pacificar els carrers de les escoles.\n\nMarta Solé i Vidal\n\nBarcelona, 11 de març de 2025\n\n"+
		"L’Ajuntament de Barcelona pacificarà l’entorn de 24 escoles més abans de l’estiu, segons ha anunciat la regidora.\n\n"+
		"Per seguir fent periodisme independent en català, necessitem el teu suport.\n")
	if strings.Join(doc.Meta.Authors, "|") != "Marta Solé i Vidal" || doc.Meta.Date != "2025-03-11" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	if e := rep.Entries[len(rep.Entries)-1]; e.Text != "" && e.Kind != KindDropped {
		t.Errorf("plea: %s %s", e.Kind, e.Rule)
	}
	_, doc, _ = kinds(t, "Wasser\n\nDurstige Heide: Wer im Landkreis Uelzen das Grundwasser abpumpt\n\n"+
		"Während Brunnen in Dörfern der Lüneburger Heide trockenfallen, dürfen Betriebe weiter pumpen.\n\nvon\nLea Schönborn\n,\nMalte Jacobi\n\n12. März 2025\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Lea Schönborn|Malte Jacobi" {
		t.Errorf("authors over a comma line %q", doc.Meta.Authors)
	}
}

// TestBlind58Rules: agency copy: the date and the update's under the
// standfirst; "AGI - "
// and "(SERVIMEDIA)" in capitals credit the agency; "(SERVIMEDIA)", the
// date and "JGR/clc/gja" close it; "Por X - Repórter da Y - Place";
// "Mehr <kicker>" over a list; "X schreibt für Y über Z" under the name.
func TestBlind58Rules(t *testing.T) {
	long := "Da venerdì 4 aprile il Minimetrò di Perugia prolungherà il servizio fino all'una di notte nei fine settimana.\n\n"
	_, doc, _ := kinds(t, "Cronaca\n\nPerugia, il Minimetrò resterà aperto fino all'una di notte nei fine settimana\n\n"+
		"La sperimentazione partirà il 4 aprile e durerà sei mesi. I commercianti del centro: \"Finalmente\"\n\n12 marzo 2025,14:20\naggiornato alle 15:02 12 marzo 2025\n\nAGI - "+long+long)
	if doc.Meta.Date != "2025-03-12" || doc.Meta.Source == nil || doc.Meta.Source.Name != "AGI" {
		t.Errorf("date %q, source %+v, description %q", doc.Meta.Date, doc.Meta.Source, doc.Meta.Description)
	}
	_, doc, rep := kinds(t, "Playas accesibles en la Comunitat\n\n12 Mar 2025\n\nVALÈNCIA, 12 (SERVIMEDIA) La Comunitat Valenciana contará este verano con 40 playas con baño asistido.\n\n"+long+"(SERVIMEDIA)\n12-MAR-25\nJGR/clc/gja\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Servimedia" {
		t.Errorf("source %+v", doc.Meta.Source)
	}
	for _, e := range rep.Entries[len(rep.Entries)-3:] {
		if e.Kind != KindDropped && e.Kind != KindByline {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Rio vai ceder terrenos ociosos para hortas comunitárias\n\nPublicado em 12/03/2025 - 14:30\nPor Luana Meireles - Repórter da Agência Brasil - Rio de Janeiro\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Luana Meireles" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	_, _, rep = kinds(t, "Stadtleben\n\nSonntags in die Bibliothek: Vier Berliner Stadtteilbibliotheken öffnen\n\nLena Brandt\n12. März 2025\n\n"+long+long+long+long+
		"Mehr Stadtleben\nNeue Freibad-Saison: Wann die Berliner Bäder öffnen\nImmer aktuell: Was heute in Berlin los ist\n\nLena Brandt\nLena Brandt schreibt für tip Berlin über Stadtleben, Nachbarschaft und Kultur.\n")
	for _, e := range rep.Entries {
		if (e.Text == "Mehr Stadtleben" || strings.HasPrefix(e.Text, "Neue Freibad") || strings.HasPrefix(e.Text, "Lena Brandt schreibt")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind57Rules: "© Crédit photo : X" after a caption, "(by X)" after
// one, and "© X" set apart under a caption, over a heading.
func TestBlind57Rules(t *testing.T) {
	long := "Le terrain en friche, au pied des escaliers du Hédas, accueillera une trentaine de parcelles dès le printemps prochain.\n\n"
	_, doc, _ := kinds(t, "Un jardin partagé au Hédas\n\nPar Anne Duval\n\n"+long+
		"Le terrain en friche, au pied des escaliers, accueillera une trentaine de parcelles. © Crédit photo : Nicolas Sabathier\n\n"+long+
		"Apple orchards covered with anti-hail nets near Alcarràs, in the Segrià region (by Oriol Bosch)\n\n"+long+
		"Am östlichen Brückenkopf, an der Ägidienkirche, soll einer der beiden Sensoren angebracht werden.\n\n© Holger Weitzel\n\nHändler befürchten sinkende Umsätze\n\n"+long)
	var got []string
	for _, f := range doc.Figures() {
		got = append(got, f.Credit)
	}
	if strings.Join(got, "|") != "Nicolas Sabathier|Oriol Bosch|Holger Weitzel" {
		t.Errorf("credits %q", got)
	}
}

// TestBlind59Rules: "©Name" glued to the end of a caption; "Publié le …
// - Mis à jour le …"; a video's title with its credit under its labelled
// duration is no figure; "(apro).-" credits the agency; a newsletter that
// "kommt jeden Werktag"; "Fout opgemerkt of meer nieuws?".
func TestBlind59Rules(t *testing.T) {
	long := "La Ville de Lyon lance une nouvelle vague de cours nature dans dix-sept écoles, qui perdront leur bitume cet été.\n\n"
	_, doc, rep := kinds(t, "Lyon : dix-sept cours d'école vont perdre leur bitume\n\nPar Mathilde Roux\nPublié le 12 mars 2024 à 16h15 - Mis à jour le 12 mars 2024 à 17h02\n\n"+
		"MORELIA, Mich. (apro).- "+long+
		"La cour de l'école Michel-Servet, dans le 1er arrondissement de Lyon ©Antoine Merlet\n\n"+long+
		"durée de la vidéo : 00h01mn52s\nPremier essai en mer pour la navette entre Brest et Le Fret, ce mercredi 12 mars. ©France 3 Bretagne\n\n"+long+
		"Sie wollen mehr über Wien lesen? Der FALTER.morgen-Newsletter kommt jeden Werktag um 6 Uhr früh.\n\nFout opgemerkt of meer nieuws? Meld het hier\n")
	if doc.Meta.Date != "2024-03-12" || doc.Meta.Source == nil || doc.Meta.Source.Name != "apro" {
		t.Errorf("date %q, source %+v", doc.Meta.Date, doc.Meta.Source)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Antoine Merlet" {
		t.Errorf("figures %+v", figs)
	}
	for _, e := range rep.Entries {
		if (strings.HasPrefix(e.Text, "Premier essai") || strings.HasPrefix(e.Text, "Sie wollen") || strings.HasPrefix(e.Text, "Fout")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind60Rules: "Name/Staff Reporter"; "… in 2023. - Contributed";
// "Texto: X | Fotos: Y" over the date; "Sigue leyendo:" and "Dans la
// même catégorie" over lists of other stories.
func TestBlind60Rules(t *testing.T) {
	long := "Fishers operating from the Yallahs beach in St Thomas say they are losing as much as a third of their catch on hot days.\n\n"
	_, doc, rep := kinds(t, "Yallahs fishers still waiting on promised ice machine\n\nPublished: Tuesday | March 18, 2025 | 12:11 AM\n\nOrville Thompson/Staff Reporter\n\n"+long+
		"The concrete base built for the ice machine at the Yallahs fishing beach in 2023. - Contributed\n\n"+long+
		"Sigue leyendo:\nMetro de Nueva York: las estaciones que cerrarán por obras este verano\n\n"+long+long+
		"Dans la même catégorie\nShippagan: un nouveau quai flottant pour les plaisanciers\nLamèque: la traverse de l’île attend toujours son horaire d’été\n")
	if strings.Join(doc.Meta.Authors, "|") != "Orville Thompson" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Contributed" {
		t.Errorf("figures %+v", figs)
	}
	for _, e := range rep.Entries {
		if (strings.HasPrefix(e.Text, "Sigue") || strings.HasPrefix(e.Text, "Metro de") || strings.HasPrefix(e.Text, "Dans la") || strings.HasPrefix(e.Text, "Shippagan")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Sociedade\n\nVendedores do Mercado Grossista do Zimpeto recebem câmaras frigoríficas\n\n"+
		"Os comerciantes de hortícolas e de peixe do maior mercado grossista da capital deixam de depender do gelo.\n\n"+
		"Texto: Alberto Cossa | Fotos: Nélia Mabote\n17/06/2025 10:25\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Alberto Cossa" || doc.Meta.Date != "2025-06-17" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
}

// TestQuotedHeadingLength: the guillemets around a French quotation are
// no words of a heading's length.
func TestQuotedHeadingLength(t *testing.T) {
	if ok, why := headingShape("« On a arraché en dix ans ce qui avait mis des siècles à pousser »"); !ok {
		t.Errorf("a quotation of fourteen words: %s", why)
	}
	if ok, _ := headingShape("« On a arraché en dix ans ce qui avait mis des siècles et des siècles à pousser »"); ok {
		t.Error("a quotation of seventeen words is no heading")
	}
}

// TestBlind61Rules: "Web Desk" is no person; "Symbolbild" over its
// credit is a stock photo's figure; "Name/CVN" under the last paragraph
// is the signature; "(Yonhap)" credits a caption.
func TestBlind61Rules(t *testing.T) {
	long := "Hanoi will test protected bicycle lanes around Hoan Kiem lake from April, the city's transport department said on Tuesday.\n\n"
	_, doc, _ := kinds(t, "Upper Town bans tour coaches\n\nWeb Desk\n12.03.2024 17:21\n\n"+long+long)
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	_, doc, rep := kinds(t, "Bozen\nBozen bekommt 25 neue Trinkbrunnen\nVon: mk\n12.03.2024 17:21 Uhr\nSymbolbild\nGemeinde Bozen\n"+long+long+
		"Commuters wait for a bus in Jongno-gu, Seoul, on a cold morning in January. (Yonhap)\n\n"+"Other large cities are watching the project closely: Ho Chi Minh City is studying cycle lanes along its canals, and Da Nang wants its own network by the end of next year.\n\nPhương Anh/CVN\n\nPartager\nFacebook\n")
	got := figureCredits(doc)
	if strings.Join(got, ";") != "Symbolbild | Gemeinde Bozen;Commuters wait for a bus in Jongno-gu, Seoul, on a cold morning in January. | Yonhap" {
		t.Errorf("figures %q", got)
	}
	if strings.Join(doc.Meta.Authors, "|") != "Phương Anh" {
		t.Errorf("authors %q\n%v", doc.Meta.Authors, rep.Entries)
	}
	if IsPerson("mk") {
		t.Error("lower-case initials are no person")
	}
}

// TestBlind62Rules: "Full article" is a tab; "di 14 mei 2024" is a date,
// not "di" and a name; "Publicado por X | …"; "VER RESUMEN"; "Lee
// también..." over a headline; "Categories: A, B."; a subscription plea;
// six words without a full stop set apart between paragraphs head them.
func TestBlind62Rules(t *testing.T) {
	long := "The Intendencia de Montevideo announced on Monday that it will run a late-night bus service along the Rambla this winter.\n\n"
	_, doc, rep := kinds(t, "Tuesday, June 4th 2024 - 09:12 UTC\nFull article\nMontevideo to trial late-night buses along the Rambla\n\n"+long+long+
		"Lee también...\nMunicipio de Talcahuano anuncia nuevo horario de ferias libres\n\n"+long+"Categories: Politics, Uruguay.\n\nAbonnez-vous et profitez de l'intégralité de nos articles en illimité.\n")
	if doc.Meta.Title != "Montevideo to trial late-night buses along the Rambla" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	for _, e := range rep.Entries {
		if (strings.HasPrefix(e.Text, "Lee") || strings.HasPrefix(e.Text, "Municipio") || strings.HasPrefix(e.Text, "Categories") || strings.HasPrefix(e.Text, "Abonnez")) && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Markt in Sittard krijgt fonteinvloer\ndi 14 mei 2024, 21:58\nDoor Noor Heijnen\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Noor Heijnen" || doc.Meta.Date != "2024-05-14" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	_, doc, rep = kinds(t, "Vecinos exigen reabrir paso peatonal sobre la vía\n\nPublicado por Fernanda Rojas Leiva | La información es de Pablo Ramírez\nMartes 12 marzo de 2024 | 10:32\n\nVER RESUMEN\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Fernanda Rojas Leiva" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	para := "Depuis des années, c'est le même rituel : fin octobre, les toues et les gabares qui animent le quai du Châtelet doivent lever l'ancre."
	_, _, rep = kinds(t, "Des toues à l'année sur le quai\nPar Anne Duval\n\n"+para+"\n"+para+"\n\nUn ponton qui suit la Loire\n\n"+para+"\n"+para+"\n\n"+para+"\n"+para+"\n\n"+para+"\n"+para+"\n")
	for _, e := range rep.Entries {
		if e.Text == "Un ponton qui suit la Loire" && e.Kind != KindHeading {
			t.Errorf("line %d %q: %s %s, want heading", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestBlind65Rules: the outlet's name and motto over the headline;
// "Rédigé par X le <date>"; "A cura di X" over a date and its time on
// two lines; boxes closed by their button ("Donate", "Hier anmelden",
// "Attiva"); a feedback box; "Mehr zum Thema <topic>" over its list;
// "(Archives X)" after a caption; the Local Journalism Initiative's
// note; "Periódico X" under the author; the publisher's company and
// its rights in the footer; one-line tags; "Envoyer à un ami".
func TestBlind65Rules(t *testing.T) {
	long := "Jusqu’ici limitée à la saison estivale, la liaison en bateau entre le port et Porticcio sera maintenue d’octobre à avril, a décidé la communauté d’agglomération.\n\n"
	_, doc, rep := kinds(t, "Corse Net Infos - Pure player corse\n\nAjaccio : la navette maritime vers Porticcio circulera toute l’année dès le mois de mai\n\n"+
		"Rédigé par Pauline Casanova le Mardi 12 Mars 2024 à 18:30\n\n"+long+"Partager\nEnvoyer à un ami\n\n"+long+
		"Une rampe de mise à l'eau du lac Boivin, en août dernier. (Archives La Voix de l'Est)\n\n"+long+
		"Ce contenu est produit dans le cadre de l'Initiative de journalisme local, financée par le gouvernement du Canada.\n\n"+
		"Gothamist is funded by sponsors and member donations\nYour donation keeps local reporting like this free for everyone in New York.\nDonate\n\n"+long+
		"Support our Nation today\nFor the price of a cup of coffee a month you can help us build an independent news service.\nSupport Nation.Cymru\n\n"+long+
		"Dresden kompakt\nDer Newsletter für Dresden: jeden Abend die wichtigsten Nachrichten aus der Stadt, kostenlos in Ihr Postfach.\nHier anmelden\n\n"+long+
		"Mehr zum Thema Dresden\nCarolabrücke: Wann der Abriss am Terrassenufer weitergeht\nNeue Radwege in der Neustadt: Was sich an der Königsbrücker Straße ändert\n\n"+
		"Feedback\nHaben Sie Anmerkungen zu diesem Artikel? Schreiben Sie uns.\n\n"+
		"Palavras-chave: Angra do Heroísmo, Porto das Pipas, turismo, obras\n\n"+
		"La Jornada: Desarrollo de Medios, S.A. de C.V.\nTodos los derechos reservados. Prohibida la reproducción total o parcial sin autorización.\n")
	if !strings.HasPrefix(doc.Meta.Title, "Ajaccio") || strings.Join(doc.Meta.Authors, "|") != "Pauline Casanova" || doc.Meta.Date != "2024-03-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	var figs []*document.Figure
	document.Walk(doc.Blocks, func(b document.Block) {
		if f, ok := b.(*document.Figure); ok {
			figs = append(figs, f)
		}
	})
	if len(figs) != 1 || figs[0].Credit != "Archives La Voix de l'Est" {
		t.Errorf("figures %+v, want one credited to the archives", figs)
	}
	for _, e := range rep.Entries {
		if e.Line > 5 && e.Text != "" && !strings.HasPrefix(e.Text, "Jusqu") && !strings.HasPrefix(e.Text, "Une rampe") && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"Corse Net Infos - Pure player corse", true},
		{"Le Petit Journal | toute l'actualité locale", true},
		{"Berlin - Streik legt Nahverkehr lahm", false},
		{"Lyon - le tram T10 ouvre en mai", false},
		{"Politique - Santé", false},
		{"La Spezia - riapre la funivia", false},
	} {
		if got := mastheadShaped(c.in); got != c.ok {
			t.Errorf("mastheadShaped(%q) = %v, want %v", c.in, got, c.ok)
		}
	}
	_, doc, rep = kinds(t, "Milano\nCronaca\n\nDarsena, stop ai tavolini sull’alzaia del Naviglio Grande\n"+
		"Il Comune di Milano ha deciso di ridurre i dehors lungo l’alzaia per lasciare libero un corridoio di tre metri.\n\n"+
		"A cura di Chiara Bellomo\n12 Marzo 2025\n07:45\n\n"+long+long+
		"Attiva le notifiche di Fanpage.it\nRicevi gli aggiornamenti sulle notizie di Milano direttamente sul tuo dispositivo.\nAttiva\n")
	if strings.Join(doc.Meta.Authors, "|") != "Chiara Bellomo" || !strings.HasPrefix(doc.Meta.Date, "2025-03-12") {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	for _, e := range rep.Entries[len(rep.Entries)-3:] {
		if e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Capital\n\nLocatarios del mercado de Jamaica rechazan cobro por el nuevo estacionamiento\n"+
		"Acusan a la alcaldía de no consultarles; la demarcación asegura que la tarifa financiará el mantenimiento\n\n"+
		"Rocío Valdespino Medina\nPeriódico La Jornada\nMartes 11 de marzo de 2025, p. 29\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Rocío Valdespino Medina" {
		t.Errorf("authors %q: a newspaper is no person", doc.Meta.Authors)
	}
	_, doc, _ = kinds(t, "Genova\nTrasporti\n\nCremagliera di Granarolo, dopo due anni di lavori riapre il 6 aprile\n\n"+
		"Amt conferma la data: nuove vetture, binari rifatti e una fermata in più a metà percorso\n\ndi Chiara Ravera\n12 Marzo 2024 - 11:20\n\n"+
		"Commenta\nStampa\nInvia notizia\n2 min\n\nLa cremagliera di Granarolo durante le prove di collaudo\n\n"+
		"Genova. Dopo quasi due anni di stop la cremagliera di Granarolo tornerà a salire da Principe verso le alture di San Teodoro sabato 6 aprile, ha annunciato Amt.\n\n"+long)
	if f, ok := doc.Blocks[1].(*document.Figure); !ok || f.Caption == nil || document.PlainText(f.Caption) != "La cremagliera di Granarolo durante le prove di collaudo" {
		t.Errorf("block 1 %T %+v, want the lead photo's caption", doc.Blocks[1], doc.Blocks[1])
	}
}

// TestBlind67Rules: a label over the headline and its standfirst with
// the byline far below, under the page's tools ("Fernwärme"; "SCIENCE"
// over "SUMMER HEAT"); a menu of short lines in the header is no body
// text; "Imagen | X" is a labelled credit, and under the last paragraph
// the credit of a cover photo the copy left out; "En Xataka | …" links;
// "… // Source : X" credits.
func TestBlind67Rules(t *testing.T) {
	long := "Ein Rechenzentrum im Leipziger Stadtteil Schönefeld liefert seit Anfang Januar Wärme für rund 620 Wohnungen, wie die Genossenschaft mitteilte.\n\n"
	_, doc, _ := kinds(t, "Fernwärme\n\nRechenzentrum heizt Leipziger Wohnviertel: Abwärme ersetzt zwei Gaskessel\n\n"+
		"Seit Januar speist ein Rechenzentrum im Leipziger Nordosten seine Abwärme in ein Nahwärmenetz ein. Nach dem ersten Monat sind die Betreiber zufrieden.\n\n"+
		"Lesezeit: 3 Min.\nIn Pocket speichern\nvorlesen\nDruckansicht\nKommentare lesen\n42 Beiträge\n\n"+
		"Das Rechenzentrum in Leipzig-Schönefeld: Die Abwärme der Server versorgt ein Wohnquartier. (Bild: Leipziger Datenhaus)\n\nVon\nKatrin Behrend\n\n12.02.2025 14:32 Uhr\n\n"+long+long)
	if !strings.HasPrefix(doc.Meta.Title, "Rechenzentrum") || strings.Join(doc.Meta.Authors, "|") != "Katrin Behrend" || doc.Meta.Date != "2025-02-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	en := "For more than a decade, planted roofs have been sold to cities as a kind of passive air conditioning for the floors beneath them, and the study put that to the test.\n\n"
	_, doc, rep := kinds(t, "SCIENCE\n\nSUMMER HEAT\n\nGreen roofs cooled Rotterdam buildings less than promised, three-year study finds\n\n"+
		"Sensors on 14 rooftops recorded a summer drop of about 2°C indoors, useful but well short of the sales pitch.\n\n"+
		"Text settings\nStory text\nSize\nSmall\nStandard\nLarge\n* Subscribers only\n  Learn more\nMinimize to nav\n\n"+
		"A planted roof on a warehouse in Rotterdam's port area. Credit: Delft University of Technology\n\nNadia Okafor\n–\nFeb 12, 2025 3:45 PM\n|\n88\n\n"+
		en+en+"The group now wants to repeat the measurements on taller buildings in the city centre, where the roofs are larger and the summers are just as dry as they were in the port, the researchers said in their report on Tuesday.\n\n"+
		"Imagen | Universidad de Oviedo\n\nEn Xataka | Las baterías de sodio ya no son una promesa: así es la primera planta que las fabrica en serie\n")
	if !strings.HasPrefix(doc.Meta.Title, "Green roofs") || strings.Join(doc.Meta.Authors, "|") != "Nadia Okafor" || doc.Meta.Date != "2025-02-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	wantDropped(t, rep, "Imagen", "En Xataka", "Minimize", "SUMMER")
	for _, c := range []struct{ in, caption, credit string }{
		{"Le bolide capté par une caméra du réseau, le 4 février 2025. // Source : Vigie-Bolides", "Le bolide capté par une caméra du réseau, le 4 février 2025.", "Vigie-Bolides"},
	} {
		if caption, credit, ok := captionWithCredit(c.in); !ok || caption != c.caption || credit != c.credit {
			t.Errorf("captionWithCredit(%q) = %q, %q, %v", c.in, caption, credit, ok)
		}
	}
	if credit, ok := creditLine("Imagen | Universidad de Oviedo"); !ok || credit != "Universidad de Oviedo" {
		t.Errorf("creditLine(Imagen | …) = %q, %v", credit, ok)
	}
}

// TestBlind66Rules: a comment thread in a copy with a blank line after
// every line; "A / B / C", the outlets a story is from, under its last
// paragraph; "Ähnliche Beiträge"; "Teilen:"; a surname in capitals
// before the given names; a role line under the author's name at the
// end, a blank line between; a comment form's consent box; a prompt to
// subscribe to read on.
func TestBlind66Rules(t *testing.T) {
	long := "Wer am Wochenende mit dem Motorrad über die Costanera von Encarnación fahren will, muss ab Dezember einen Umweg nehmen, teilte die Stadt mit.\n\n"
	_, doc, rep := kinds(t, "Regionales\n\nEncarnación: Motorräder dürfen am Wochenende nicht mehr auf die Costanera\n\n17. November 2026\n\n"+long+long+
		"Wochenblatt / Última Hora / ABC Color\n\nTeilen:\n\nFacebook\n\nÄhnliche Beiträge\n\nNeue Brücke nach Posadas: Baubeginn erneut verschoben\n\n"+
		"3 Kommentare\n\nPedro Hauser\n\n17. November 2026 um 10:02\n\nEndlich! Abends war es dort mit Kindern kaum noch auszuhalten.\n\nAntworten\n\n"+
		"Gisela M.\n\n17. November 2026 um 11:40\n\nKontrolliert wird das doch sowieso nur die ersten zwei Wochenenden.\n\nAntworten\n\n"+
		"Save my name, email, and website in this browser for the next time I comment.\n\n"+
		"Wilt u meer lezen? Neem een digitaal abonnement op De Ware Tijd en lees alle artikelen en de e-paper.\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Wochenblatt" || !slices.Contains(doc.Meta.Byline, "Última Hora") || !slices.Contains(doc.Meta.Byline, "ABC Color") {
		t.Errorf("source %+v, byline %q", doc.Meta.Source, doc.Meta.Byline)
	}
	for _, e := range rep.Entries {
		if e.Line > 10 && e.Text != "" && e.Kind != KindDropped && e.Rule != RuleAgency {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, rep = kinds(t, "Yopougon : un centre de tri des déchets plastiques ouvre ses portes à Niangon\n\nPar KOUASSI Aya Mireille et TRAORÉ Lassina\n\n"+
		"Le centre de tri de Niangon a ouvert ses portes mardi, en présence du maire de Yopougon et de plusieurs associations de quartier.\n\n"+
		"Le centre de tri de Niangon a ouvert ses portes mardi, en présence du maire de Yopougon et de plusieurs associations de quartier.\n\n"+
		"Le centre de tri de Niangon a ouvert ses portes mardi, en présence du maire de Yopougon et de plusieurs associations de quartier.\n")
	if strings.Join(doc.Meta.Authors, "|") != "Kouassi Aya Mireille|Traoré Lassina" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	_, doc, rep = kinds(t, "Caguas cerrará al tráfico el casco urbano los domingos\n\nPor Amanda Ríos Colón\n\n17 de noviembre de 2026 - 5:55 PM\n\n"+
		"La medida comenzará en enero y se extenderá por seis meses, según anunció el alcalde de Caguas en una conferencia de prensa.\n\n"+
		"La medida comenzará en enero y se extenderá por seis meses, según anunció el alcalde de Caguas en una conferencia de prensa.\n\n"+
		"Amanda Ríos Colón\n\nPeriodista de la sección de Noticias. Cubre los municipios de la región central.\n")
	if e := rep.Entries[len(rep.Entries)-1]; e.Kind != KindDropped || strings.Join(doc.Meta.Authors, "|") != "Amanda Ríos Colón" {
		t.Errorf("authors %q; the role line: %s %s", doc.Meta.Authors, e.Kind, e.Rule)
	}
	for _, c := range []struct{ in, want string }{
		{"KOUASSI Aya Mireille", "Kouassi Aya Mireille"},
		{"BBC Mundo", "BBC Mundo"},
		{"Carla HUAMÁN", "Carla Huamán"},
		{"DIOP Fatou", "Diop Fatou"},
	} {
		if got := titleCase(c.in); got != c.want {
			t.Errorf("titleCase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if !IsPerson("Ana Ruiz") || IsPerson("Redaktion") || IsPerson("Redazione") {
		t.Error("a newsroom's word is no person")
	}
	if SlashedOutlets("Pedro Hauser / Ana Ruiz") != nil || SlashedOutlets("Telemadrid / Europa Press") == nil {
		t.Error("two names are outlets only with an agency among them")
	}
}

// TestLongCaption: nine words or more that do not end like a sentence,
// between two paragraphs, are a caption with no credit; a quoted heading
// and a line with digits stay headings.
func TestLongCaption(t *testing.T) {
	para := "Non tutti però guardano al cambiamento con favore, e il consorzio di tutela ha chiesto alla Regione di fermare i nuovi impianti.\n\n"
	for _, c := range []struct {
		line    string
		caption bool
	}{
		{"Filari di Dolcetto in fiore sulle colline di Diano d'Alba", true},
		{"« On ne sait pas ce qu'on trouvera en octobre »", false},
		{"Des produits vendus entre 10 et 30 % de leur prix", false},
		{"Le preoccupazioni degli ambulanti", false},
	} {
		_, doc, _ := kinds(t, "Langhe, i noccioleti avanzano sulle vigne\n\nDi Marco Berra\n\n"+para+para+c.line+"\n\n"+para+para)
		got := len(doc.Figures()) == 1
		if got != c.caption {
			t.Errorf("%q: caption %v, want %v", c.line, got, c.caption)
		}
	}
}

// TestBlind68Rules: the article's own audio player under its byline and
// date is no teaser; "… on Saturday. DM", three sentences and the
// outlet's sign-off, is a paragraph; "Read more in <outlet>: …"; a box
// over "Join now"; "Name, le <date>"; a log-in prompt's short questions
// after the body.
func TestBlind68Rules(t *testing.T) {
	long := "Gerald Fortuin, who has died aged 82, never owned a boat, though hardly a line boat left Kalk Bay without something he had mended.\n\n"
	last := "His wife, Rachel, died in 2015. He is survived by his daughter and two sons. His funeral will be held in Kalk Bay on Saturday. DM\n\n"
	_, doc, rep := kinds(t, "OBITUARY\nGerald Fortuin, the net mender of Kalk Bay harbour, 1941–2024\n\n"+
		"For six decades the fisherman kept the harbour's boats at sea with a wooden needle and a memory for every knot.\n\n"+
		"Noluthando Baxter\n12 Mar 2024\nFollow\nListen to this article\n0:00\n\n"+long+
		"Read more in Daily Maverick: \"Kalk Bay's last wooden boats and the families who still sail them\"\n\n"+long+last+
		"Support Daily Maverick\nBecome a Maverick Insider and help us keep our journalism free for everyone.\nJoin now\n\n"+
		"Déjà inscrit sur\nla Croix ?\nPas encore abonné ?\n")
	if strings.Join(doc.Meta.Authors, "|") != "Noluthando Baxter" || doc.Meta.Date != "2024-03-12" || len(doc.Figures()) != 0 {
		t.Errorf("authors %q, date %q, %d figures", doc.Meta.Authors, doc.Meta.Date, len(doc.Figures()))
	}
	for _, e := range rep.Entries {
		switch {
		case strings.HasSuffix(e.Text, "Saturday. DM") && e.Kind != KindParagraph:
			t.Errorf("line %d %q: %s %s, want a paragraph", e.Line, e.Text, e.Kind, e.Rule)
		case (strings.HasPrefix(e.Text, "Read more") || strings.HasPrefix(e.Text, "Support") || strings.HasPrefix(e.Text, "Become") || strings.HasSuffix(e.Text, "?")) && e.Kind != KindDropped:
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
	_, doc, _ = kinds(t, "Cantines scolaires à Lyon : ce qui change avec la tarification au quotient familial\n\n"+
		"À partir de la rentrée de septembre, le prix du repas dans les écoles lyonnaises dépendra du revenu des familles.\n\n"+
		"Arnaud Keller, le 12/03/2024 à 17:05\nModifié le 12/03/2024 à 18:20\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Arnaud Keller" || doc.Meta.Date != "2024-03-12" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	if name, ok := datedName("Koen Bastiaansen 12-03-24, 06:30"); !ok || name != "Koen Bastiaansen" {
		t.Errorf("datedName: %q %v", name, ok)
	}
	for _, s := range []string{"Ciudad de Guatemala, 21 may 2024", "Actualizado Jueves, 12 de marzo de 2024", "Barcelona. Dimecres, 12 de març de 2024", "Posted Wed, March 12, 2024", "Zuletzt aktualisiert 12.03.2024"} {
		if _, ok := datedName(s); ok {
			t.Errorf("datedName(%q): a date line, no name", s)
		}
	}
}

// TestBlind69Rules: a short sentence right over "Quelle: X" with the
// story going on under it is a caption and its credit, where under the
// last paragraph it is the story's source; a subscription's promotion;
// a sign-up form's messages.
func TestBlind69Rules(t *testing.T) {
	long := "Wer im Sommer durch die Potsdamer Innenstadt läuft, soll bald nicht mehr auf Kiosk oder Café angewiesen sein, um seine Wasserflasche aufzufüllen.\n\n"
	_, doc, rep := kinds(t, "Sechs neue Trinkbrunnen für die Potsdamer Innenstadt\n\nVon Henrike Lassow\n12.03.2024, 14:32 Uhr\n\n"+long+long+
		"Der Trinkbrunnen am Bassinplatz soll im Juni in Betrieb gehen.\nQuelle: Lorenz Hagedorn\n\nKritik an den Kosten\n"+long+
		"Did you know with a Digital Subscription to Lancashire Post, you can get unlimited access to the website including our premium content. Learn More\n"+
		"Sorry, something went wrong. Please try again later.\nSubmitting...\n\n"+long+"Die Initiative will die ersten Brunnen einweihen.\nQuelle: dpa\n")
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "Lorenz Hagedorn" || doc.Meta.Source == nil || doc.Meta.Source.Name != "dpa" {
		t.Errorf("figures %+v, source %+v", figs, doc.Meta.Source)
	}
	wantDropped(t, rep, "Did you", "Sorry", "Submitting")
}

// TestBlind71Rules: numbered lines one under another, and the label over
// them, are no headings; a place opened by an article is no author;
// "Comments are now closed on this article."; "Artigos relacionados".
func TestBlind71Rules(t *testing.T) {
	long := "Davide Rota si è preso per il secondo anno di fila la Mezza delle Mura, la mezza maratona che domenica ha portato oltre 2.100 corridori in città.\n"
	_, doc, rep := kinds(t, "Mezza delle Mura, Rota fa il bis\nBergamo\n"+long+long+"Questi i primi classificati.\nUomini:\n"+
		"1. Davide Rota (Podisti Alzano 2010) 1h09'41\"\n2. Marco Pezzotta (Runners San Pellegrino 1998) 1h10'29\"\n3. Joseph Kiprono (Leonessa Corse) 1h10'52\"\n"+long+
		"Comments are now closed on this article.\n")
	if hs := headings(doc); len(hs) != 0 {
		t.Errorf("headings %q, want none", hs)
	}
	wantDropped(t, rep, "Comments")
	_, doc, _ = kinds(t, "Alerta naranja en la costa coruñesa: el Concello cierra el paseo marítimo\n\nMarta Bugallo\n\nA Coruña\n\n13·03·25 | 06:00\n\n"+long+long)
	if strings.Join(doc.Meta.Authors, "|") != "Marta Bugallo" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	if classifyCredit("Le Van Minh") != person || classifyCredit("La Jornada") == person {
		t.Error("Le opens a Vietnamese name; La a newsroom's")
	}
}

// TestBlind70Rules: "Place - Outlet, Agency" in the header credits the
// sources; "Fuente: X" under the byline is a source, not a role; a
// caption and its credit after " | Foto:" are no byline; "Caption.
// Source: X"; a name over a list of tags with a colon; "(Trad. X)"; the
// agencies of Central and Eastern Europe.
func TestBlind70Rules(t *testing.T) {
	long := "Il Comune di Pirano ha avviato i lavori per l’ampliamento del parcheggio di Fornace, all’ingresso della cittadina, con altri 420 posti.\n"
	_, doc, rep := kinds(t, "Il parcheggio di Fornace raddoppia, navetta gratuita fino a piazza Tartini\n"+
		"Entro giugno nel garage di Fornace saranno disponibili altri 420 posti auto\n12. 3. 2026 | 15:40\nPirano - TV Capodistria, STA\n"+
		long+long+"Marta Vidali\nParole chiave:\nPirano\ntraffico\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "TV Capodistria" || !slices.Contains(doc.Meta.Byline, "STA") || strings.Join(doc.Meta.Authors, "|") != "Marta Vidali" || doc.Meta.Date != "2026-03-12" {
		t.Errorf("source %+v, byline %q, authors %q, date %q", doc.Meta.Source, doc.Meta.Byline, doc.Meta.Authors, doc.Meta.Date)
	}
	wantDropped(t, rep, "Parole", "traffico")
	es := "El Ayuntamiento de Praga ha aprobado la instalación de una piscina flotante en el río Moldava, junto a la isla de Štvanice.\n"
	_, doc, rep = kinds(t, "Praga tendrá una piscina flotante en el Moldava\n12/03/2026\nAutor: Ana Belén Ortiz\nFuente: ČTK\nReproducir\n04:37\n"+es+
		"Isla de Štvanice | Foto: Ondřej Tomšů, Radio Prague International\n"+es+"Pärnu's central beach. Source: Ken Vaher/ERR\n"+es+"(Trad. Ileana Vasiliu)\n")
	if strings.Join(doc.Meta.Authors, "|") != "Ana Belén Ortiz" || doc.Meta.Source == nil || doc.Meta.Source.Name != "ČTK" {
		t.Errorf("authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "Ondřej Tomšů, Radio Prague International" || figs[1].Credit != "Ken Vaher/ERR" {
		t.Errorf("figures %+v", figs)
	}
	if len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Role != "trl" || doc.Meta.Contributors[0].Text != "Ileana Vasiliu" {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	wantDropped(t, rep, "Reproducir")
}

// TestBlind72Rules: an interview's questions, a video teaser's credit, a
// correspondent's byline, outlets over the date, a caption with an
// agency glued to it, and a related list that stops at a gallery's
// counter.
func TestBlind72Rules(t *testing.T) {
	spaced := func(lines ...string) string { return strings.Join(lines, "\n\n") + "\n" }
	de := "Hunde müssen ab April im ganzen Nationalpark an der Leine bleiben, nicht mehr nur in der Brut- und Setzzeit, und Ranger sollen das kontrollieren."
	de2 := "Für die Brockenbahn ändert sich nichts. Die Harzer Schmalspurbahnen rechnen trotzdem mit mehr Fahrgästen und setzen zwei zusätzliche Züge ein."
	_, doc, rep := kinds(t, spaced("Was Wanderer im Harz vor dem Saisonstart wissen müssen",
		"Gesperrte Pfade, ein Zeitfenster-Ticket für den Brocken und strengere Regeln für Hunde: Zum 1. April ändert sich im Nationalpark Harz einiges.",
		"von Katrin Wellmann", "12.03.2025 | 14:32",
		"Abgestorbene Fichten am Wurmberg: Viele Wege führen durch Totholzflächen.", "Quelle: dpa", de, de2,
		"Video", "Borkenkäfer im Harz: Wie sich der Wald erholt", "Quelle: ZDF", "2:58 min", "Brauche ich für den Brocken jetzt ein Ticket?", de2, de))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "dpa" || doc.Meta.Source != nil {
		t.Errorf("figures %+v, source %+v", figs, doc.Meta.Source)
	}
	wantDropped(t, rep, "Video", "Borkenkäfer", "Quelle: ZDF")
	if hs := headings(doc); strings.Join(hs, "|") != "Brauche ich für den Brocken jetzt ein Ticket?" {
		t.Errorf("headings %q", hs)
	}

	en := "Nobody argues about whether a neighborhood should get running water, and the city plans for it the way it plans for every household."
	_, doc, rep = kinds(t, spaced("Why one Phoenix forester thinks shade should be treated like a utility", "by Daniel Okafor-Reyes", "Mar 12, 2025, 7:00 AM EDT",
		"I spoke with Ontiveros about why shade has been distributed so unevenly. Our conversation has been edited for length and clarity.",
		"You’ve said shade should be treated like a utility. What do you mean by that?", en, "Why do some neighborhoods have so much less of it?", en,
		"What would you tell a city that is just starting out?", en, "See More:", "Climate Change", "Extreme Heat",
		"You’ve read 1 article in the last month", "Here at Vox, we believe that everyone deserves access to clear information about the world. Reader support helps keep our work free for everyone.",
		"Will you support our work today?"))
	if hs := headings(doc); len(hs) != 0 {
		t.Errorf("an interview's questions are paragraphs, got headings %q", hs)
	}
	wantDropped(t, rep, "See More", "Climate Change", "Extreme Heat", "You’ve read", "Here at Vox", "Will you support")

	fr := "Il est six heures du matin et la plage de Guet-Ndar est déjà noire de monde, les pirogues reviennent de la nuit en mer chargées de sardinelles."
	_, doc, rep = kinds(t, spaced("Sénégal: à Saint-Louis, le nouveau quai de pêche de Guet-Ndar se fait attendre",
		"Des pirogues sur la plage de Guet-Ndar, à Saint-Louis, le 10 mars 2025. © RFI/Aïssatou Ndoye", "Publié le : 12/03/2025 - 14:32", "Par : RFI",
		"Avec notre correspondante à Saint-Louis, Aïssatou Ndoye", fr, fr))
	if strings.Join(doc.Meta.Authors, "|") != "Aïssatou Ndoye" || !slices.Contains(doc.Meta.Byline, "RFI") || doc.Meta.Date != "2025-03-12" {
		t.Errorf("authors %q, byline %q, date %q", doc.Meta.Authors, doc.Meta.Byline, doc.Meta.Date)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "RFI/Aïssatou Ndoye" {
		t.Errorf("figures %+v", figs)
	}

	es := "La borrasca Fermín ha dejado este miércoles en Galicia rachas de viento de hasta 140 kilómetros por hora y olas de nueve metros en la costa."
	_, doc, rep = kinds(t, spaced("Resumen de la borrasca Fermín en Galicia: rachas de 140 km/h y trenes suspendidos",
		"La Aemet mantiene el aviso rojo en el litoral de A Coruña hasta las 06:00 del jueves", "Las clases presenciales se suspenden este jueves en 41 concellos de la costa",
		"RTVE.es / EFE", "Santiago de Compostela", "12.03.2025 | 21:15 horas", es,
		"Operarios retiran un árbol caído sobre la carretera AC-552 en Carballo EFE/Lucía Montero", es, "Sigue en directo la última hora del temporal"))
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "RTVE.es" || !slices.Contains(doc.Meta.Byline, "EFE") || len(doc.Meta.Authors) != 0 || doc.Meta.Date != "2025-03-12" {
		t.Errorf("source %+v, byline %q, authors %q, date %q", doc.Meta.Source, doc.Meta.Byline, doc.Meta.Authors, doc.Meta.Date)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "EFE/Lucía Montero" || document.PlainText(figs[0].Caption) != "Operarios retiran un árbol caído sobre la carretera AC-552 en Carballo" {
		t.Errorf("figures %+v", figs)
	}
	if hs := headings(doc); len(hs) != 0 {
		t.Errorf("the standfirst's second point is no heading, got %q", hs)
	}
	wantDropped(t, rep, "Sigue en directo")

	it := "Centinaia di fenicotteri rosa hanno scelto le saline di Cervia come tappa, uno spettacolo che attira fotografi e curiosi da tutta la regione."
	_, doc, _ = kinds(t, spaced("Cervia, i fenicotteri rosa tornano alle saline", it, it, "Leggi Anche", "Delta del Po, avvistata una coppia di cicogne nere",
		"2 di 3", "Gli uccelli si nutrono dei piccoli crostacei che danno alle piume il colore rosato", "© Ansa", it))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Ansa" {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind75Rules: a broadcaster's authors named with their parts, and
// the publication date, under the story.
func TestBlind75Rules(t *testing.T) {
	fr := "La commune de Lutry va créer une nouvelle plage publique sur une parcelle achetée au bord du lac, avec une pelouse et un accès pour les familles.\n"
	_, doc, rep := kinds(t, "Lutry aménagera une plage publique au bord du Léman\n"+fr+fr+"Sujet radio: Léa Fontannaz\nAdaptation web: Julien Mercier\n\nPublié le 12 mars 2024 à 10:45\nModifié le 12 mars 2024 à 11:20\n")
	if strings.Join(doc.Meta.Authors, "|") != "Léa Fontannaz|Julien Mercier" || doc.Meta.Date != "2024-03-12" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	wantDropped(t, rep, "Publié", "Modifié")
}

// TestBlind73Rules: a guest author's bio, role and spelling note after
// the story; a bare name under the lead photo's caption in a dense copy;
// a review's rating and release lines are body; the print edition's
// date is not the story's.
func TestBlind73Rules(t *testing.T) {
	fr := "Il y a en France une tradition bien établie : à chaque nouveau gouvernement son plan pour le fret ferroviaire, et à chaque plan ses milliards promis.\n\n"
	_, doc, rep := kinds(t, "Fret ferroviaire : cessons les plans, entretenons les voies\n\nPar Hélène Vasseur-Lamy\n\nPublié le 14 mars 2024 à 07:00\n\n"+fr+fr+
		"Hélène Vasseur-Lamy est économiste des transports et maîtresse de conférences à l'université Gustave-Eiffel.\n\nSur le même sujet\n\nFret ferroviaire : le gouvernement promet 4 milliards d'euros\n")
	wantDropped(t, rep, "Hélène Vasseur-Lamy est")
	if strings.Join(doc.Meta.Authors, "|") != "Hélène Vasseur-Lamy" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	pt := "Há em Portugal dezenas de milhares de casas vazias que podiam estar no mercado de arrendamento amanhã, se os proprietários confiassem nas regras do jogo.\n"
	_, doc, rep = kinds(t, "O mercado de arrendamento não se cura por decreto\nFilipa Quaresma Antunes\n14 de Março de 2024 às 23:00\nPartilhar\nFacebook\n"+
		"Prédios devolutos na Rua dos Fanqueiros, na Baixa de Lisboa.\nBruno Mascarenhas\n"+pt+pt+
		"Economista e professora na Universidade Nova de Lisboa\nA autora escreve de acordo com a antiga ortografia.\nMais lidas\nEuribor volta a descer a três e seis meses\nBolsa de Lisboa fecha no verde\n")
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Bruno Mascarenhas" {
		t.Errorf("figures %+v", figs)
	}
	wantDropped(t, rep, "Economista", "A autora")
	en := "There is a moment about halfway through The Tidewater Year when the camera simply waits on a kitchen table while a family decides not to speak.\n\n"
	_, doc, rep = kinds(t, "The Tidewater Year — a quiet, devastating family portrait\n\nNathaniel Brisco\n\nPublished March 14 2024\n\n"+en+en+
		"★★★★☆\n\nIn UK cinemas from March 15\n\nCopyright The Financial Times Limited 2024. All rights reserved.\n\nReuse this content\n")
	for _, e := range rep.Entries {
		if (e.Text == "★★★★☆" || strings.HasPrefix(e.Text, "In UK cinemas")) && e.Kind != KindParagraph {
			t.Errorf("line %d %q: %s, want a paragraph", e.Line, e.Text, e.Kind)
		}
	}
	wantDropped(t, rep, "Copyright")
	it := "Ci sono film che arrivano in sala senza far rumore e che meritano invece di essere visti, come questo esordio girato tra gli argini del Polesine.\n"
	_, doc, _ = kinds(t, "Un paese che scivola nel fiume\nLucilla Fornasari\nEDIZIONE DEL\n14.03.2024\nPUBBLICATO\n13.3.2024, 23:59\n"+it+it)
	if doc.Meta.Date != "2024-03-13" {
		t.Errorf("date %q, want the publication's, not the print edition's", doc.Meta.Date)
	}
}

// TestBlind74Rules: "Name / TNN / Updated: …" is a byline with its news
// service; a software summary's notice takes its points in a dense copy;
// "Photo from X" after a caption is its credit.
func TestBlind74Rules(t *testing.T) {
	en := "MANILA, Philippines – Quezon City will cover 25 of its busiest jeepney and bus stops with vine-covered trellises, misting fans and drinking water stations before the hottest weeks."
	_, doc, rep := kinds(t, strings.Join([]string{"Quezon City turns jeepney stops into shaded 'cool corridors'", "Neha Kulkarni / TNN / Updated: Mar 12, 2025, 04:32 IST",
		"This is AI generated summarization, which may have errors. For context, always refer to the full article.",
		"Quezon City will put up trellises, misting fans and water stations at 25 jeepney and bus stops before April.",
		"The first three stops on Commonwealth Avenue have been running since February.", en, en,
		"HEAT. A thermal camera image shared by the Quezon City government shows the difference between a shaded and an unshaded stop. Photo from Quezon City Government",
		en, "READ | Cape Town commuters turn to bicycles as taxi fares climb", en, "Independent reporting costs money. Every contribution, however small, helps us keep our journalism free."}, "\n")+"\n")
	if strings.Join(doc.Meta.Authors, "|") != "Neha Kulkarni" || doc.Meta.Source == nil || doc.Meta.Source.Name != "TNN" {
		t.Errorf("authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	wantDropped(t, rep, "This is AI", "Quezon City will put", "The first three", "READ |", "Independent reporting")
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Quezon City Government" {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind76Rules: a last paragraph closed by the author's initials in
// brackets is no caption with its credit; a pointer to the print edition
// for the rest of the story goes.
func TestBlind76Rules(t *testing.T) {
	pt := "O Conselho Municipal de Maputo anunciou, esta terça-feira, que a venda ambulante passará a ser proibida nos passeios da Avenida 25 de Setembro.\n"
	_, doc, rep := kinds(t, "Município de Maputo quer retirar vendedores ambulantes da Avenida 25 de Setembro\nEscrito por  Hélio Macuácua\nQuarta, 12 Março 2025 06:53\n"+
		"tamanho da fonte\ndiminuir o tamanho da fonte\naumentar o tamanho da fonte\n"+pt+pt+
		"Desta vez, garante o vereador, haverá agentes municipais na avenida todos os dias até ao fim do ano. (H.M.)\n"+
		"Leia este artigo na íntegra na edição semanal do Novo Jornal, nas bancas, ou através da assinatura digital.\n"+
		"Mais nesta categoria:\n« Chuvas deixam dezenas de famílias desalojadas em Boane\nEscolas de Marracuene recebem carteiras depois de dois anos de espera »\n")
	if figs := doc.Figures(); len(figs) != 0 {
		t.Errorf("figures %+v, want none", figs)
	}
	wantDropped(t, rep, "tamanho", "diminuir", "aumentar", "Leia este", "Mais nesta", "« Chuvas", "Escolas")
	for _, e := range rep.Entries {
		if strings.HasPrefix(e.Text, "Desta vez") && e.Kind != KindParagraph {
			t.Errorf("%q: %s, want a paragraph", e.Text, e.Kind)
		}
	}
}

// TestBlind77Rules: agency copy as small outlets republish it. An
// agency's name over the place and the date is its byline; "|" between
// the byline and the date is no body; a reporter's "By X" under the lead
// photo; the newsroom's "Redazione" over the date; Lusa's desk initials
// and end mark; "Copyright 2025 Thomson Reuters."
func TestBlind77Rules(t *testing.T) {
	es := "El Ayuntamiento de Zaragoza pondrá en marcha el próximo mes de junio un servicio gratuito de préstamo de bicicletas adaptadas en el Parque Grande."
	_, doc, _ := kinds(t, strings.Join([]string{"Zaragoza abrirá en junio un servicio de préstamo de bicicletas adaptadas", "",
		"El Ayuntamiento prestará gratis tándems, triciclos y bicicletas de mano a personas con discapacidad y mayores", "",
		"Europa Press", "Zaragoza —", "12 de marzo de 2025 13:42h", "", es, "", es, ""}, "\n"))
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Europa Press" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("source %+v, date %q", doc.Meta.Source, doc.Meta.Date)
	}
	en := "VALPARAISO, Chile (Reuters) - Chile's port city of Valparaiso will reopen three of its century-old hillside funiculars by the end of next year, officials said."
	_, doc, rep := kinds(t, strings.Join([]string{"Chile's Valparaiso Bets on Restored Funiculars", "", "By Reuters", "|", "March 12, 2025, at 3:41 p.m.", "",
		"FILE PHOTO: A funicular car climbs toward Cerro Artilleria in Valparaiso, Chile, January 18, 2025. REUTERS/Pablo Sanhueza/File Photo", "",
		"By Natalia Ramos", "", en, "", en, "", "Copyright 2025 Thomson Reuters.", ""}, "\n"))
	if strings.Join(doc.Meta.Authors, "|") != "Natalia Ramos" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	wantDropped(t, rep, "Copyright")
	pt := "A Câmara Municipal de Braga vai pôr a circular, a partir de maio, um autocarro noturno às sextas-feiras e aos sábados entre o centro e os bairros."
	_, doc, rep = kinds(t, strings.Join([]string{"Braga vai ter autocarro noturno às sextas e sábados", "Redazione", "12 marzo 2025 14:32", pt, pt, "JGF // JAP", "Lusa/Fim"}, "\n")+"\n")
	if doc.Meta.Date != "2025-03-12" || len(doc.Figures()) != 0 {
		t.Errorf("date %q, figures %+v", doc.Meta.Date, doc.Figures())
	}
	wantDropped(t, rep, "Redazione", "JGF", "Lusa/Fim")
}

// TestBlind79Rules: North American local copy. Two names and the outlet
// glued to the byline; "- With files from The Canadian Press"; a video
// teaser's blurb; the outlet's name glued under a caption; a list's items
// a blank line apart; a credits box of names and jobs.
func TestBlind79Rules(t *testing.T) {
	en := "Council voted 11-3 to spend $1.9 million on two standalone, year-round washrooms near 17 Avenue S.W., the city's busiest street for bars and restaurants."
	_, doc, rep := kinds(t, strings.Join([]string{"Calgary council approves year-round public washroom pilot", "", "By Jessica Tran & Dani Lanigan Global News",
		"", "Posted March 4, 2025 7:00 pm", "", "Click to play video: 'Calgary council votes on washroom pilot'", "Calgary council votes on washroom pilot", "2:06",
		"Businesses and residents along 17 Avenue S.W. have asked for more public washrooms for years.", "", en, "",
		"Tomkins Park on 17 Avenue S.W., where one of the two new washrooms will be built.", "Global News", "", en, "",
		"The work will include:", "", "Replacing about 900 feet of wooden decking", "", "A new steel railing on the bridge over Marks Creek", "",
		"Raising two low spots on the trail", "", "Detours during construction", "", en, "",
		"- With files from The Canadian Press", "", "Credits", "", "Jessica Tran, reporter", "", "Marcus Dunleavy, web editor", "", "More…", ""}, "\n"))
	if strings.Join(doc.Meta.Authors, "|") != "Jessica Tran|Dani Lanigan" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	if !slices.ContainsFunc(doc.Meta.Contributors, func(c document.Contributor) bool { return c.Text == "Marcus Dunleavy" }) {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	if !slices.Contains(doc.Meta.Byline, "The Canadian Press") && (doc.Meta.Source == nil || doc.Meta.Source.Name != "The Canadian Press") {
		t.Errorf("source %+v, byline %q", doc.Meta.Source, doc.Meta.Byline)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Global News" {
		t.Errorf("figures %+v", figs)
	}
	if hs := headings(doc); strings.Join(hs, "|") != "Detours during construction" {
		t.Errorf("headings %q", hs)
	}
	wantDropped(t, rep, "Click to play", "Businesses and residents", "Credits", "More…")
}

// TestBlind78Rules: a magazine's short title over a dek of sentences is
// the headline, not a kicker; the photographer's credit in the header is
// no author; "Traduzione di X" names the translator; the note of the
// print edition goes.
func TestBlind78Rules(t *testing.T) {
	de := "Morgens um sechs riecht es in der Mühle Reinhardt nach warmem Getreide, und im Büro neben den Walzenstühlen laufen schon die ersten Bestellungen ein."
	_, doc, rep := kinds(t, strings.Join([]string{"Menü", "Suche", "", "brand eins 03/2025", "Schwerpunkt Handwerk", "", "Mahlen auf Bestellung", "",
		"Seit der Pandemie backen Zehntausende ihr Brot selbst. Eine kleine Wassermühle an der Saale hat daraus ein Geschäftsmodell gemacht.", "",
		"Text: Kerstin Albrecht", "Fotografie: Jonas Brinkmann", "", de, "", de, "", "Traduzione di Francesca Lorenzi", "",
		"Published in the print edition of the March 17, 2025, issue, with the headline “Kelp Country.”", ""}, "\n"))
	if doc.Meta.Title != "Mahlen auf Bestellung" || strings.Join(doc.Meta.Authors, "|") != "Kerstin Albrecht" {
		t.Errorf("title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	if !slices.ContainsFunc(doc.Meta.Contributors, func(c document.Contributor) bool { return c.Role == "trl" && c.Text == "Francesca Lorenzi" }) {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	wantDropped(t, rep, "Fotografie", "Published in the print")
}

// TestBlind83Rules: English-language outlets of Eastern Europe. A menu
// of more labels than a header's kickers at the top; the place in
// capitals over the date; the network's initials under the byline; a
// support box with two buttons; the lead photo's credit after the story.
func TestBlind83Rules(t *testing.T) {
	p := "At a quarter past eight on a grey March morning, eleven passengers climbed aboard a white coach outside the bus station in Florina, in northern Greece."
	_, doc, rep := kinds(t, strings.Join([]string{"News", "Business", "Politics", "Travel", "Culture", "Events", "Premium", "Login", "", "Social", "",
		"Iași to turn former tram depot into public library", "",
		"Two family-run coach firms have restarted a direct service across the border, betting that shoppers will fill it.", "",
		"Eleni Mavridou, Goran Stojkovski", "BIRN", "Florina, Bitola", "March 12, 2025", "", p, "", p, "",
		"We've been covering the war since day one. Help us keep going.", "The Kyiv Independent is funded by its readers.", "Become a member", "Support us just once", "",
		"This feature was produced as part of a BIRN cross-border reporting programme. The views expressed are those of the authors.", "",
		"(Photo source: Inquam Photos/Liviu Grădinaru)", "", "Keywords storks, İzmir, Gediz Delta, migration, climate", ""}, "\n"))
	if doc.Meta.Title != "Iași to turn former tram depot into public library" || strings.Join(doc.Meta.Authors, "|") != "Eleni Mavridou|Goran Stojkovski" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	if !slices.Contains(doc.Meta.Byline, "BIRN") {
		t.Errorf("byline %q, want the network's initials", doc.Meta.Byline)
	}
	wantDropped(t, rep, "News", "Social", "We've been", "The Kyiv", "Support us", "This feature", "(Photo source", "Keywords")

	_, doc, rep = kinds(t, strings.Join([]string{"TÜRKİYE", "ECONOMY", "WORLD", "OPINION", "LIFE", "SPORTS", "PHOTOS", "", "LIFE", "",
		"Storks return to İzmir's bird sanctuary two weeks early", "",
		"Ornithologists counting arrivals at the Gediz Delta say the first white storks landed in late February.", "",
		"İZMİR", "March 12 2025 09:52:00", "", p, "", p, ""}, "\n"))
	if doc.Meta.Title != "Storks return to İzmir's bird sanctuary two weeks early" || doc.Meta.Date != "2025-03-12" || !strings.HasPrefix(doc.Meta.Description, "Ornithologists") {
		t.Errorf("title %q, date %q, description %q", doc.Meta.Title, doc.Meta.Date, doc.Meta.Description)
	}
	wantDropped(t, rep, "TÜRKİYE", "İZMİR")
}

// TestBlind81Rules: a fact box's title after a list of links and a blank
// line ends the list; "© RIPRODUZIONE RISERVATA" is the story's notice,
// not the credit of a photo; a correction note; "LIRE AUSSI > X".
func TestBlind81Rules(t *testing.T) {
	p := "Il fondo ordinario per le università scende quest'anno per la prima volta dal 2019, e i rettori chiedono un incontro al ministero."
	got, doc, rep := kinds(t, strings.Join([]string{"Atenei, tagli al fondo ordinario", "", p, "", "Leggi anche", "Università, le iscrizioni crescono", "Dottorati, la metà dei borsisti lascia", "",
		"Le cifre", "", "173 milioni: la riduzione del fondo ordinario", "", "61: gli atenei statali che ricevono il fondo", "", p, "",
		"19 marzo 2025 (modifica il 19 marzo 2025 | 20:14)", "© RIPRODUZIONE RISERVATA", "",
		"This article was amended on 12 March 2025. An earlier version gave the wrong figure.", "", "LIRE AUSSI > Vaccins au collège : ce que les parents doivent savoir", ""}, "\n"))
	if want := "title blank paragraph blank dropped dropped dropped blank heading blank paragraph blank paragraph blank paragraph blank"; !strings.HasPrefix(got, want) {
		t.Errorf("got  %s\nwant %s…", got, want)
	}
	if len(doc.Figures()) != 0 {
		t.Errorf("figures %+v", doc.Figures())
	}
	wantDropped(t, rep, "© RIPRODUZIONE", "This article was amended", "LIRE AUSSI")
}

// TestBlind82Rules: a free trial's box with its button ("Jetzt testen");
// an infographic's credit on the line under its caption; a badge among
// the items of a related list, which must not keep the heading after the
// list in it; an item of a colon's list longer than most, labelled as
// the one before; a stock photo's label with the credit glued on.
func TestBlind82Rules(t *testing.T) {
	p := "Das Landgericht München I hatte den Geschäftsführer im vergangenen Jahr wegen gewerbsmäßigen Betrugs in 214 Fällen verurteilt."
	got, _, rep := kinds(t, strings.Join([]string{"BGH bestätigt Haft für Pflegedienst-Chef", "", p, "",
		"Bestens informiert mit SZ Plus", "Lesen Sie alle Artikel der SZ vier Wochen lang ohne Kosten.", "Jetzt testen", "", p, "",
		"Robos y estafas virtuales denunciados en la Ciudad entre enero y octubre de cada año.", "Infografía: Clarín", "", p, ""}, "\n"))
	if want := "title blank paragraph blank dropped dropped dropped blank paragraph blank figure-caption figure-credit blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantDropped(t, rep, "Bestens", "Lesen Sie", "Jetzt testen")

	q := "Het parket heeft camerabeelden van de overval vrijgegeven en verspreidt een signalement van beide daders en van hun wagen:"
	got, doc, _ := kinds(t, strings.Join([]string{"Politie zoekt getuigen van overval op juwelier", p, "LEES OOK.", "Man (31) opgepakt na reeks inbraken in garageboxen in Wilrijk", "PREMIUM",
		"Winkeliers zien aantal overvallen stijgen: “We werken met de deur op slot”", "Signalement", q,
		"Dader 1: man van ongeveer 1,85 meter, slank, droeg een zwarte bivakmuts, een donkergroene parka en witte sneakers",
		"Dader 2: man van ongeveer 1,70 meter, stevig gebouwd, droeg een grijze bivakmuts, een zwarte trainingsbroek met witte strepen en zwarte handschoenen",
		"Vluchtwagen: een grijze Audi A4 Avant, vermoedelijk met een valse Belgische nummerplaat", "Illustratiebeeld. © BELGA", p}, "\n"))
	if want := "title paragraph dropped dropped dropped dropped heading paragraph paragraph paragraph paragraph figure-caption paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if figs := doc.Figures(); len(figs) != 1 || document.PlainText(figs[0].Caption) != "Illustratiebeeld." || figs[0].Credit != "BELGA" {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind84Rules: the numbers to call under their heading are body
// text, not a menu and not headings; a note that the story will be
// updated and a French colleague's "Avec X" are not.
func TestBlind84Rules(t *testing.T) {
	p := "A Defesa Civil do Rio Grande do Sul pediu que os moradores das áreas ribeirinhas deixem suas casas antes do anoitecer."
	got, _, _ := kinds(t, strings.Join([]string{"Cheia do Taquari obriga retirada de famílias", p, "Como pedir ajuda", "Defesa Civil: 199", "Corpo de Bombeiros: 193", "Brigada Militar: 190", "Samu: 192", p}, "\n"))
	if want := "title paragraph heading paragraph paragraph paragraph paragraph paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	q := "Sul fronte dei consumi, la domanda di elettricità in Emilia-Romagna ha toccato ieri il valore più alto dell'anno, spinta dai condizionatori."
	got, doc, rep := kinds(t, strings.Join([]string{"Caldo, bollino rosso a Bologna", "", q, "", "I numeri utili", "", "Emergenza sanitaria: 112", "Numero di pubblica utilità del ministero della Salute: 1500",
		"Servizio di ascolto e consegna farmaci per anziani soli del Comune: 051 219 4780, tutti i giorni dalle 8 alle 20", "", q, "", "This story will be updated.", "", "Avec Inès Bouaziz", ""}, "\n"))
	if want := "title blank paragraph blank heading blank paragraph paragraph paragraph blank paragraph blank dropped blank dropped"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantDropped(t, rep, "This story will be updated")
	if cs := doc.Meta.Contributors; len(cs) != 1 || cs[0].Text != "Inès Bouaziz" {
		t.Errorf("contributors %+v", cs)
	}
}

// TestBlind85Rules: a page's top copied whole, the markets' figures
// among its links, over the headline; a photographer and agency after
// the caption's full stop, as CNBC prints them; a stock chart's widget;
// a table pasted with tabs, with its title and source; a caption and its
// credit in the header, which is no byline; a sponsor's card.
func TestBlind85Rules(t *testing.T) {
	p := "Stocks fell on Wednesday as a profit warning from a trucking company dragged transport shares lower and the Dow lost more than 400 points."
	top := []string{"Skip Navigation", "Markets", "Business", "Investing", "Tech", "Politics", "Video", "Watchlist", "Menu", "DOW", "41,872.15", "-402.61", "-0.95%", "S&P 500", "5,912.37", "-42.29", "-0.71%", "MARKETS"}
	got, doc, rep := kinds(t, strings.Join(append(top, "Dow drops 400 points as freight stocks slide after Halden warns", "Published Wed, Jun 11 2025 4:02 PM EDT", "Dana Whitcombe", "", p, "",
		"Stock Chart Icon", "Halden Freight shares, 5 days", "", p, "",
		"Traders work on the floor of the New York Stock Exchange on June 11, 2025. Marcus Lindqvist | Reuters", "", p, "",
		"Sponsored", "Why more founders are turning to revenue-based finance", "Capital at risk. This content is for information only and is not investment advice.", "", p, ""), "\n"))
	if doc.Meta.Title != "Dow drops 400 points as freight stocks slide after Halden warns" || !slices.Equal(doc.Meta.Authors, []string{"Dana Whitcombe"}) {
		t.Errorf("title %q, authors %q\n%s", doc.Meta.Title, doc.Meta.Authors, got)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Marcus Lindqvist | Reuters" {
		t.Errorf("figures %+v", figs)
	}
	wantDropped(t, rep, "Skip Navigation", "41,872.15", "MARKETS", "Stock Chart Icon", "Halden Freight shares", "Sponsored", "Why more founders", "Capital at risk")

	q := "Olmeda Energía cerró el primer trimestre con un beneficio neto de 312 millones de euros, un 18,2% más que un año antes."
	got, doc, _ = kinds(t, strings.Join([]string{"Olmeda Energía gana 312 millones hasta marzo, un 18% más", "", "Sede de Olmeda Energía en Madrid. PABLO MONSALVE (EUROPA PRESS)", "", "Lucía Arrieta", "Madrid - 29 abr 2025 - 18:42 CEST", "", q, "",
		"Principales magnitudes", "En millones de euros\t1T 2025\t1T 2024\tVar.", "Cifra de negocio\t3.870\t4.121\t-6,1%", "Ebitda\t905\t827\t9,4%", "Fuente: Olmeda Energía.", "", q}, "\n"))
	if want := "title blank figure-caption blank byline dropped blank paragraph blank table table table table paragraph blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var tb *document.Table
	for _, b := range doc.Blocks {
		if x, ok := b.(*document.Table); ok {
			tb = x
		}
	}
	if tb == nil || document.PlainText(tb.Caption) != "Principales magnitudes" || len(tb.Head) != 1 || len(tb.Body) != 2 || len(tb.Columns) != 4 ||
		tb.Columns[0].Align != document.AlignDefault || tb.Columns[1].Align != document.AlignRight || document.PlainText(tb.Body[1][0].Blocks[0].(*document.Paragraph).Text) != "Ebitda" {
		t.Errorf("table %+v", tb)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "PABLO MONSALVE (EUROPA PRESS)" || !slices.Equal(doc.Meta.Authors, []string{"Lucía Arrieta"}) {
		t.Errorf("figures %+v, authors %q", figs, doc.Meta.Authors)
	}
}

// TestBlind86Rules: a bookmaker's odds box with its gambling notice, in a
// copy with no blank lines; a match's score box; a live ticker's teaser;
// a table of results ranked one to a line, which is no menu; a credit
// stuck on after a caption's full stop.
func TestBlind86Rules(t *testing.T) {
	p := "El club lo comunicó a las 12:30 a través de una nota en su web, después de la tercera derrota consecutiva del equipo en casa."
	got, _, rep := kinds(t, strings.Join([]string{"El Atlético Guadiana destituye a Francisco Liébana", p, "Próximo partido", "Racing Valdelobos - Atlético Guadiana", "Domingo 25/10 · 18:30", "1", "2,05", "X", "3,10", "2", "3,60", "+18 | Juega con responsabilidad", "Cuotas sujetas a cambios", p}, "\n"))
	if want := "title paragraph dropped dropped dropped dropped dropped dropped dropped dropped dropped dropped dropped paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantDropped(t, rep, "Próximo partido", "Racing Valdelobos", "+18")

	q := "Il 24enne toscano ha attaccato sull'ultima salita e ha preso la maglia di leader con tredici secondi di vantaggio sul gruppo."
	got, doc, _ := kinds(t, strings.Join([]string{"Ferrandi vola a Sestola", "", q, "", "Nico Ferrandi, 24 anni, alza le braccia sul traguardo di Sestola. Ciclopress", "", q, "",
		"Finale - Trophée de Nantes", "Léa Marchetti (FRA)", "4", "7", "7", "Ana Kostova (BUL)", "6", "5", "6", "Terminé", "", q, "",
		"LIVE", "Tre Giorni dell'Appennino, la tappa in diretta: tutti gli aggiornamenti", "", "Classifica generale", "", "1. Ferrandi in 8h47'31\";", "", "2. Basaguren a 13\";", "", "3. Dewulf a 22\".", "", q}, "\n"))
	if want := "title blank paragraph blank figure-caption blank paragraph blank dropped dropped dropped dropped dropped dropped dropped dropped dropped dropped blank paragraph blank dropped dropped blank heading blank paragraph blank paragraph blank paragraph blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Ciclopress" {
		t.Errorf("figures %+v", figs)
	}
	// "DM", the outlet's initials after a paragraph's last sentence, is
	// no credit.
	got, _, _ = kinds(t, "A net mender of Kalk Bay dies at 91\n\n"+q+"\n\nHis wife died in 2015. He is survived by his daughter and two sons. His funeral will be held on Saturday. DM\n\n"+q)
	if want := "title blank paragraph blank paragraph blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestBlind87Rules: the items of a colon's list whose brackets hold a
// country, not a credit; a review's rating in the header, but not under
// the last paragraph; a pull quote without quotation marks; the details
// of the book under review, and its cover's caption.
func TestBlind87Rules(t *testing.T) {
	p := "Die Jury unter dem Vorsitz der dänischen Editorin zeichnete in diesem Jahr vor allem Filme aus, die sich Zeit lassen und Fehler erlauben."
	got, doc, _ := kinds(t, strings.Join([]string{"Wo das Kino noch Fehler machen darf", "", p, "", "Die Preise im Überblick:", "",
		"Internationaler Preis: „Becken Nummer drei“ von Ioana Mărgineanu (Rumänien)", "Publikumspreis: „Vier Sommer in Sete“ von Camille Ardouin (Frankreich)", "", p}, "\n"))
	if want := "title blank paragraph blank paragraph blank paragraph paragraph blank paragraph"; got != want || len(doc.Figures()) != 0 {
		t.Errorf("got  %s\nwant %s; figures %+v", got, want, doc.Figures())
	}

	q := "But when the play works it is a play that smells of brine, diesel and wet rope, and the scenes out on the flats are staged in half-darkness."
	got, _, rep := kinds(t, strings.Join([]string{"The Salt Keepers review – a tidal family saga", "", "★★★★☆", "", "Clare Brannock", "Tue 17 Nov 2026 12.15 GMT", "", q, "",
		"It is a play that smells of brine and diesel", "", q, "", "★★★☆☆"}, "\n"))
	if want := "title blank dropped blank byline dropped blank paragraph blank dropped blank paragraph blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantDropped(t, rep, "It is a play")

	r := "La novela arranca en 2019, cuando una sequía deja al descubierto la iglesia y una anciana pide a su nieta que la lleve a verla."
	got, doc, _ = kinds(t, strings.Join([]string{"‘Los nombres del agua’: el pueblo que se negó a hundirse", "", r, "", "Los nombres del agua", "Lucía Arrébola", "Anagrama, 2026", "296 páginas. 19,90 euros", "", "Búsquelo en su librería", "", r, "",
		"Portada de ‘Los nombres del agua’, de Lucía Arrébola.", "", r}, "\n"))
	if want := "title blank paragraph blank paragraph paragraph paragraph paragraph blank dropped blank paragraph blank figure-caption blank paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("authors %q: the book's author is no byline", doc.Meta.Authors)
	}
}

// TestBlind88Rules: a menu at the top over blank lines, after a line the
// table dropped ("Zum Inhalt springen"); a byline with its date after a
// slash; a plea for support with its button; a document's link with its
// title; a stream's label and notice; credits set over their captions
// in a copy with no blank lines.
func TestBlind88Rules(t *testing.T) {
	p := "Die Wiesbadenerinnen und Wiesbadener wollen ein neues Hallenbad an der Mainzer Straße, das hat der Bürgerentscheid am Sonntag ergeben."
	_, doc, _ := kinds(t, strings.Join([]string{"Zum Inhalt springen", "", "Wiesbaden", "Rheingau-Taunus", "Rhein-Main", "Sport", "Abo", "", "Lokales", "Wiesbaden", "", "Bürgerentscheid", "",
		"Bürgerentscheid: Wiesbadener stimmen knapp für neues Hallenbad", "", "Von Henrike Voßberg", "", "12.03.2025, 22:14 Uhr", "", p, "",
		"Livestream", "Die Sitzung der Stadtverordnetenversammlung am 20. März können Sie live im Stream der Stadt verfolgen.", "", p}, "\n"))
	if doc.Meta.Title != "Bürgerentscheid: Wiesbadener stimmen knapp für neues Hallenbad" || !slices.Equal(doc.Meta.Authors, []string{"Henrike Voßberg"}) || doc.Meta.Date == "" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	if n := len(doc.Blocks); n != 2 {
		t.Errorf("%d blocks, want the two paragraphs", n)
	}

	q := "The Honolulu City Council on Wednesday approved a $3.74 billion operating budget that gives homeowners a property tax break."
	got, doc, rep := kinds(t, strings.Join([]string{"Honolulu Council Passes Budget With Property Tax Break, But Not Without A Fight", "", "By Noelani Park-Ventura / March 12, 2025", "", q, "",
		"Read the full agenda", "", "Honolulu City Council agenda, March 12 (Text)", "", q, "",
		"Civil Beat is a nonprofit newsroom. Our reporting on the council is free to read because readers like you chip in.", "Support Civil Beat", "", q}, "\n"))
	if !slices.Equal(doc.Meta.Authors, []string{"Noelani Park-Ventura"}) || doc.Meta.Date != "2025-03-12" {
		t.Errorf("authors %q, date %q\n%s", doc.Meta.Authors, doc.Meta.Date, got)
	}
	wantDropped(t, rep, "Read the full agenda", "Honolulu City Council agenda", "Civil Beat is", "Support Civil Beat")

	r := "Na een debat van bijna drie uur heeft de Amersfoortse gemeenteraad dinsdagavond het omgevingsplan voor een woontoren aangenomen."
	_, doc, _ = kinds(t, strings.Join([]string{"Raad stemt in met woontoren bij station Schothorst", "Door Sanne Brouwer-Tjoa", "Foto: RTV Utrecht / Bart Kuipers-Elzinga",
		"Op dit braakliggende terrein naast het spoor moet de woontoren verrijzen.", r, r, "Beeld: gemeente Amersfoort (livestream)", "Wethouder Annelies Verkerk-Dijkhuis tijdens het debat in de raadszaal", r, r, r}, "\n"))
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "RTV Utrecht / Bart Kuipers-Elzinga" || document.PlainText(figs[1].Caption) != "Wethouder Annelies Verkerk-Dijkhuis tijdens het debat in de raadszaal" {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestBlind89Rules: "Post Photo: X" under its caption; names each with
// their city before the date; "Staff writer, with CNA"; a box asking
// for the reader's opinion with its button under it; "Change Size".
func TestBlind89Rules(t *testing.T) {
	p := "A candidate of the Nagarik Ekata Party won the Koshi provincial by-election on Tuesday, according to the final results."
	_, doc, rep := kinds(t, strings.Join([]string{"Independent-backed alliance wins Koshi by-election", "", p, "",
		"Supporters gather outside the District Election Office in Biratnagar on Tuesday.", "Post Photo: Bimal Gautam", "", p, "",
		"Share your experiences, suggestions and any problems you have had with The Jakarta Post. We are listening.", "Your Opinion Matters", "", p}, "\n"))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Bimal Gautam" {
		t.Errorf("figures %+v", figs)
	}
	wantDropped(t, rep, "Share your experiences", "Your Opinion Matters")

	q := "O governo do Distrito Federal anunciou nesta terça-feira um rodízio no abastecimento de água em 14 regiões administrativas."
	_, doc, rep = kinds(t, strings.Join([]string{"Seca leva DF a racionar água em 14 regiões", "", q, "", "Joana Trindade Melo", "Brasília", "Rafael Ostermann", "Goiânia", "", "12.mar.2024 às 19h50", "", "Change Size", "", q, "", "Staff writer, with CNA"}, "\n"))
	if !slices.Equal(doc.Meta.Authors, []string{"Joana Trindade Melo", "Rafael Ostermann"}) || !strings.HasPrefix(doc.Meta.Date, "2024-03-12") {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	if s := doc.Meta.Source; s == nil || s.Name != "CNA" {
		t.Errorf("source %+v, want CNA", s)
	}
	wantDropped(t, rep, "Change Size")
}

// TestBlind90Rules: a byline with the outlet the name writes for; a
// count in thousands; a link in capitals between paragraphs, but not a
// credit in capitals; brackets round a whole credit.
func TestBlind90Rules(t *testing.T) {
	p := "Firefighters in Millbrook Falls will have to wait another two years for a new ladder truck after the town council voted down the purchase on Monday."
	got, _, rep := kinds(t, strings.Join([]string{"Small town votes down new ladder truck for its volunteer fire department", "", "1.4k", "", p, "",
		"SMALL TOWN POLICE DEPARTMENT FORCED TO DISBAND AFTER INSURANCE COSTS TRIPLE", "", p, "",
		"Les raquettes seront prêtées pour une semaine, comme les livres dans une bibliothèque municipale.", "FOURNIE PAR LA VILLE DE SHERBROOKE", "", p}, "\n"))
	if want := "title blank dropped blank paragraph blank dropped blank paragraph blank"; !strings.HasPrefix(got, want) {
		t.Errorf("got  %s\nwant %s…", got, want)
	}
	wantDropped(t, rep, "1.4k", "SMALL TOWN")
	for _, e := range rep.Entries {
		if strings.HasPrefix(e.Text, "FOURNIE") && e.Kind == KindDropped {
			t.Errorf("a credit in capitals dropped as a link: %+v", e)
		}
	}
	_, doc, _ := kinds(t, "Night bus trial extended to Bathurst\n\n"+p+"\n\nPassengers board the night bus at Central Station in Sydney. (Nine)\n\n"+p)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Nine" {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind91Rules: Swedish and Norwegian are told apart from German and
// Dutch; "Läs också: X" is a link.
func TestBlind91Rules(t *testing.T) {
	sv := "Länsstyrelsen i Värmland har beslutat om licensjakt på fjorton vargar i länet i vinter. Beslutet har överklagats av flera naturvårdsorganisationer, som menar att vargstammen fortfarande är för liten och att jakten strider mot EU:s regler."
	_, doc, rep := kinds(t, strings.Join([]string{"Länsstyrelsen beslutar om licensjakt på fjorton vargar", "", sv, "", "Läs också: Fåren som inte längre får gå på bete i Glaskogen", "", sv, "", sv}, "\n"))
	if doc.Meta.Lang != "sv" {
		t.Errorf("lang %q, want sv", doc.Meta.Lang)
	}
	wantDropped(t, rep, "Läs också")
	nb := "Statens vegvesen stengte riksveg 7 over Hardangervidda i natt på grunn av sterk vind og snøfokk. Vegen blir tidligst åpnet i morgen formiddag, og bilister må regne med kolonnekjøring over fjellet i flere dager."
	_, doc, _ = kinds(t, "Riksveg 7 over Hardangervidda er stengt\n\n"+nb+"\n\n"+nb+"\n\n"+nb)
	if doc.Meta.Lang != "nb" && doc.Meta.Lang != "no" {
		t.Errorf("lang %q, want nb", doc.Meta.Lang)
	}
}

// TestBlind91ResidualRules: SRF's "Legende:" caption with its credit at
// the end and its broadcast sign-off; ORF's "red, wien.ORF.at/Agenturen"
// and "Links:"; LSM's stock photo and translation note; the comments
// link.
func TestBlind91ResidualRules(t *testing.T) {
	de := "Von den 26 Kantonen unterstützen nur fünf die Pflicht in der vorgeschlagenen Form. Siebzehn Kantone lehnen sie ab, vier wollen sie nur für neue Parkplätze, wie aus den Antworten hervorgeht."
	src := strings.Join([]string{"Kantone lehnen Solarpflicht für Parkplätze ab", "", de, "",
		"Legende: Ein überdachter Parkplatz im Kanton Aargau. Solche Anlagen sind noch selten. KEYSTONE/Nadja Rüegsegger", "", de, "", de, "",
		"SRF 4 News, 12.03.2025, 14:00 Uhr ; sda/wals", "", "Diskutieren Sie mit:", "", "Hier geht es zu den Kommentaren"}, "\n")
	_, doc, rep := kinds(t, src)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "KEYSTONE/Nadja Rüegsegger" || document.PlainText(figs[0].Caption) != "Ein überdachter Parkplatz im Kanton Aargau. Solche Anlagen sind noch selten." {
		t.Errorf("figures %+v", figs)
	}
	if s := doc.Meta.Source; s == nil || s.Name != "SRF 4 News" || !slices.Contains(doc.Meta.Byline, "SDA") {
		t.Errorf("source %+v, byline %q", s, doc.Meta.Byline)
	}
	wantDropped(t, rep, "Diskutieren", "Hier geht")

	_, doc, rep = kinds(t, strings.Join([]string{"Wohnungen in Wien wieder teurer", "", de, "", de, "", "red, wien.ORF.at/Agenturen", "", "Links:", "", "Wohnwert – Wohnungspreisbericht", "", "Statistik Austria – Wohnen"}, "\n"))
	if s := doc.Meta.Source; s == nil || s.Name != "wien.ORF.at" || !slices.Contains(doc.Meta.Byline, "Agenturen") {
		t.Errorf("source %+v, byline %q", s, doc.Meta.Byline)
	}
	wantDropped(t, rep, "Links:", "Wohnwert", "Statistik Austria")

	en := "The Cabinet of Ministers on Tuesday approved a plan to merge two universities into a single one by September 2026, despite objections from student councils at both institutions, Latvian Radio reported."
	_, doc, rep = kinds(t, strings.Join([]string{"Government backs merger of two universities", "", en, "", en, "", "Illustrative photo", "", "Pixabay", "", en, "", "Please note that this article was translated from Latvian. Read the original story here."}, "\n"))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Pixabay" || document.PlainText(figs[0].Caption) != "Illustrative photo" {
		t.Errorf("figures %+v", figs)
	}
	wantDropped(t, rep, "Please note")
}

// TestLeadPhotoAboveHeadline: TheJournal prints the lead photo's credit
// and caption between its menu and the headline.
func TestLeadPhotoAboveHeadline(t *testing.T) {
	p := "Racks at Kilbarrack, Howth Junction, Clongriffin and Sydney Parade are to go by the end of April, the company said on Tuesday, after a rise in thefts at the stations."
	_, doc, _ := kinds(t, strings.Join([]string{"News", "", "Ireland", "", "Alamy Stock Photo", "", "Bicycles locked outside Howth Junction station.", "", "Irish Rail to remove bike racks from four Dart stations", "", "Aoife Ní Bhriain", "", "6.42am, 12 Mar 2024", "", p, "", p}, "\n"))
	if doc.Meta.Title != "Irish Rail to remove bike racks from four Dart stations" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Alamy Stock Photo" || document.PlainText(figs[0].Caption) != "Bicycles locked outside Howth Junction station." {
		t.Errorf("figures %+v", figs)
	}
}

// TestByLabelAlone: the New York Post's "By" over the name, and its
// photographers' "X for NY Post" credits under the captions.
func TestByLabelAlone(t *testing.T) {
	p := "Meatball, the 14-pound orange tabby who rules the counter of a 30th Avenue deli in Astoria, strolled back through the front door on Tuesday morning after eleven days away."
	_, doc, _ := kinds(t, strings.Join([]string{"Metro", "Beloved Astoria bodega cat returned after 11-day disappearance",
		"Meatball, the orange tabby who has lived at the deli since 2019, back behind the counter on Tuesday.", "Stephen Yablonski for NY Post",
		"By", "Tessa Moreno", "Published March 12, 2024, 5:42 p.m. ET", p, p,
		"Gnocchi, the kitten who followed Meatball home, has already found a favorite spot.", "Stephen Yablonski for NY Post", p}, "\n"))
	if !slices.Equal(doc.Meta.Authors, []string{"Tessa Moreno"}) {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	figs := doc.Figures()
	if len(figs) != 2 {
		t.Fatalf("figures %+v", figs)
	}
	for _, f := range figs {
		if f.Credit != "Stephen Yablonski for NY Post" {
			t.Errorf("figure %q credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestMailPoints: MailOnline's standfirst of three points over the
// byline, and its captions that point at the photo with no full stop.
func TestMailPoints(t *testing.T) {
	p := "A Gold Coast tradie who ran into the surf to save two teenagers caught in a rip returned to find his ute had been towed, and the company is refusing to waive the fee."
	_, doc, rep := kinds(t, strings.Join([]string{"Tradie's ute is towed from beachside carpark while he rescued TWO boys caught in a rip",
		"Plumber Dane Whitlock, 34, ran into the surf at Currumbin to help two teenagers",
		"He returned 50 minutes later to find his Ford Ranger had been towed away",
		"Tow operator says the signs were 'clear' and the $480 fee stands",
		"By ELLIE PRENTICE FOR DAILY MAIL AUSTRALIA", "Published: 21:04 EDT, 11 March 2024 | Updated: 23:40 EDT, 11 March 2024",
		p, p, "Dane Whitlock (pictured) says he would do the same thing again, even knowing he would be hit with the bill", p, p}, "\n"))
	for _, e := range rep.Entries[1:4] {
		if e.Kind != KindParagraph {
			t.Errorf("point %q: %s %s", e.Text, e.Kind, e.Rule)
		}
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Ellie Prentice"}) || doc.Meta.Date == "" {
		t.Errorf("authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	if figs := doc.Figures(); len(figs) != 1 || !strings.HasPrefix(document.PlainText(figs[0].Caption), "Dane Whitlock (pictured)") {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind94Rules: fact-checks. A claim's card before the headline
// (PolitiFact) and under the byline (Pagella Politica) goes, speaker and
// verdict with it, and the speaker is no author; a verdict alone in the
// header goes; the claim box's labels are headings, not roles; a list of
// sources at the end stays; numbered lines apart are no headings; a
// screenshot's caption and a chart's caption over its source are
// figures.
func TestBlind94Rules(t *testing.T) {
	p := "No bill in the Ohio General Assembly would tax backyard chickens, and the state’s agriculture department said it had no plans for any fee on small flocks this year."
	_, doc, rep := kinds(t, strings.Join([]string{"PolitiFact", "", "Instagram posts", "", "stated on March 4, 2025 in an Instagram post:", "", "“Starting this summer Ohio will tax every backyard chicken at $15 a bird.”", "", "false", "",
		"No, Ohio isn’t starting a $15-per-bird tax on backyard chickens", "", "By Caleb Winslow • March 11, 2025", "", "If Your Time is short", "", p, "", p, "",
		"Capture d’écran d’une publication Facebook, réalisée le 11 mars 2025", "", p, "", "Grafico 1. Quota di treni regionali in ritardo, 2019-2024", "", "Fonte: elaborazione Pagella Politica su dati Art", "", p, "",
		"Our Sources", "", "Instagram post, March 4, 2025 (archived)", "", "Phone interview, Rebecca Thornbury, March 10, 2025", "", "Read About Our Process"}, "\n"))
	if doc.Meta.Title != "No, Ohio isn’t starting a $15-per-bird tax on backyard chickens" || !slices.Equal(doc.Meta.Authors, []string{"Caleb Winslow"}) {
		t.Errorf("title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	wantDropped(t, rep, "stated on", "“Starting", "false", "Instagram posts")
	if h := headings(doc); !slices.Equal(h, []string{"If Your Time is short", "Our Sources"}) {
		t.Errorf("headings %q", h)
	}
	figs := doc.Figures()
	if len(figs) != 2 || figs[1].Credit != "elaborazione Pagella Politica su dati Art" || !strings.HasPrefix(document.PlainText(figs[0].Caption), "Capture d’écran") {
		t.Errorf("figures %+v", figs)
	}
	if s := doc.Meta.Source; s != nil {
		t.Errorf("source %+v: a chart's source is the chart's", s)
	}
	for _, e := range rep.Entries {
		if (strings.HasPrefix(e.Text, "Instagram post,") || strings.HasPrefix(e.Text, "Phone interview")) && e.Kind != KindParagraph {
			t.Errorf("%q: %s %s", e.Text, e.Kind, e.Rule)
		}
	}

	it := "Secondo un deputato dell’opposizione oggi un treno regionale su tre arriva in ritardo. I dati dicono che la quota è cresciuta, ma molto meno di quanto sostiene."
	_, doc, rep = kinds(t, strings.Join([]string{"No, i treni regionali in ritardo non sono raddoppiati in cinque anni", it, "12 marzo 2025", "di Irene Carbonari", "Ettore Baldassini", "Deputato",
		"«I treni regionali in ritardo sono raddoppiati in cinque anni: oggi uno su tre arriva tardi»", "Fonte: X | 9 marzo 2025", "Pinocchio andante", it, it, "1. Facebook (arquivo)", "2. Instagram (arquivo)", "3. Anatel", it}, "\n"))
	if !slices.Equal(doc.Meta.Authors, []string{"Irene Carbonari"}) {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	wantDropped(t, rep, "Ettore", "Deputato", "«I treni", "Fonte: X", "Pinocchio")
	if h := headings(doc); len(h) != 0 {
		t.Errorf("headings %q", h)
	}
}

// TestEuropaAlone: "Europa" under a related headline is a section's
// name, not Europa Press's credit.
func TestEuropaAlone(t *testing.T) {
	for s, want := range map[string]bool{"Europa": false, "Europa Press": true, "EUROPA PRESS": true, "Eduardo Parra / Europa Press": true} {
		if got := namesAgency(s); got != want {
			t.Errorf("namesAgency(%q) = %v", s, got)
		}
	}
}

// TestStandingsBox: a league table pasted with tabs over its link to the
// full table is a sports page's widget, not the story's table.
func TestStandingsBox(t *testing.T) {
	p := "El Atlético Guadiana ha destituido este lunes a Paco Liébana como entrenador del primer equipo tras la derrota del domingo ante el Barcarrota."
	_, doc, rep := kinds(t, strings.Join([]string{"El Atlético Guadiana destituye a Paco Liébana", p, p, "Clasificación", "Pos\tEquipo\tPJ\tPtos", "16\tCD Torrealba\t12\t13", "17\tUD Barcarrota\t12\t12", "Ver clasificación completa", p}, "\n"))
	wantDropped(t, rep, "Clasificación", "Pos", "16", "17", "Ver clasificación")
	for _, b := range doc.Blocks {
		if _, ok := b.(*document.Table); ok {
			t.Errorf("a table: %+v", b)
		}
	}
}

// TestBlind93Rules: Central and Eastern Europe. Polish, Czech, Slovak,
// Hungarian and Serbian in Latin script are detected; their dates (the
// genitive months, Hungarian's year first), bylines ("autoři:"), credit
// labels ("Fot.", "Zdroj:", "Fotó:") and source lines ("Izvor: N1/Beta")
// are read; a caption's date in brackets is no date line.
func TestBlind93Rules(t *testing.T) {
	for lang, p := range map[string]string{
		"pl": "Pieszo-rowerowa kładka między Dąbiem a Zabłociem miała być gotowa tej jesieni. Wykonawca przerwał prace i żąda od miasta osiemnastu milionów złotych więcej, niż przewidywała umowa.",
		"cs": "Ostravští senioři nebudou od ledna platit za jízdu městskou hromadnou dopravou už od 65 let, dosud to bylo od sedmdesáti. Rozhodli o tom ve středu zastupitelé města.",
		"sk": "Pozdĺž sídliska Nad jazerom majú od jari pribúdať stromy. Košická samospráva v utorok predstavila projekt, podľa ktorého sa dvojkilometrový úsek nábrežia zmení na park.",
		"hu": "Decembertől éjszaka és hétvégén nem lesz gyermekorvosi ügyelet a pécsi klinikán, mert nincs elég orvos. A legközelebbi ellátóhely Kaposváron van, több mint száz kilométerre.",
		"sr": "Radovi na obnovi Stambol kapije i dela bedema Niške tvrđave počeli su u sredu. Glavni ulaz u tvrđavu biće zatvoren do proleća, a posle završetka radova biće otvoren za posetioce.",
	} {
		_, doc, _ := kinds(t, "Naslov\n\n"+p+"\n\n"+p+"\n\n"+p)
		if doc.Meta.Lang != lang {
			t.Errorf("lang %q, want %q", doc.Meta.Lang, lang)
		}
	}
	for s, want := range map[string]string{"12 listopada 2025 | 10:32": "2025-11-12", "12. listopadu 2025 10:32, aktualizováno 13:05": "2025-11-12", "12. nov 2025 o 7:45": "2025-11-12",
		"2025. november 12. – 16:08": "2025-11-12", "12. novembra 2025": "2025-11-12", "12.11.2025. 14:55": "2025-11-12", "Tramvaj Dopravního podniku na zastávce Náměstí Republiky (11. listopadu 2025)": ""} {
		if d, _, _, _ := dateLine(s); d != want {
			t.Errorf("dateLine(%q) = %q, want %q", s, d, want)
		}
	}
	p := "Ostravské zastupitelstvo ve středu schválilo změnu tarifu, podle které budou lidé starší 65 let od 1. ledna 2026 jezdit zdarma. Pro návrh hlasovalo 32 z 51 přítomných zastupitelů."
	_, doc, _ := kinds(t, strings.Join([]string{"iDNES.cz", "Zprávy", "Ostrava", "Krimi", "Ekonomika", "Sport", "Senioři v Ostravě pojedou MHD zdarma už od 65 let", "12. listopadu 2025 10:32, aktualizováno 13:05",
		"autoři: Tereza Šimková, ČTK", p, "Nábrežie Hornádu pri sídlisku Nad jazerom. (Zdroj: SME – Juraj Kolenič)", p, "Budowa kładki między Dąbiem a Zabłociem, listopad 2025 r. (Fot. Jakub Sroka / Agencja Wyborcza.pl)", p, p, "Izvor: N1/Beta"}, "\n"))
	if doc.Meta.Title != "Senioři v Ostravě pojedou MHD zdarma už od 65 let" || doc.Meta.Date != "2025-11-12" || !slices.Equal(doc.Meta.Authors, []string{"Tereza Šimková"}) {
		t.Errorf("title %q, date %q, authors %q", doc.Meta.Title, doc.Meta.Date, doc.Meta.Authors)
	}
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "SME – Juraj Kolenič" || figs[1].Credit != "Jakub Sroka / Agencja Wyborcza.pl" || document.PlainText(figs[1].Caption) != "Budowa kładki między Dąbiem a Zabłociem, listopad 2025 r." {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
	if !slices.Contains(doc.Meta.Byline, "N1") || !slices.Contains(doc.Meta.Byline, "Beta") {
		t.Errorf("byline %q", doc.Meta.Byline)
	}
}

// TestLeadCreditAlone: the lead photo's credit alone under the header's
// furniture is a figure with that credit and no caption, not a caption
// that reads "Foto: …".
func TestLeadCreditAlone(t *testing.T) {
	p := "Consiliul Local Sibiu a aprobat, miercuri, o hotărâre prin care trotinetele electrice puse la dispoziție de firmele de închiriere nu mai pot circula în centrul istoric al orașului."
	_, doc, _ := kinds(t, strings.Join([]string{"Sibiul interzice trotinetele electrice închiriate în centrul istoric", "Data publicării: 12.11.2025 11:20", "Distribuie pe Facebook", "Copiază link-ul", "Foto: Inquam Photos / Radu Tănase", p, p, p}, "\n"))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Inquam Photos / Radu Tănase" || len(figs[0].Caption) != 0 {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind95Rules: the chrome of blogging platforms around a post.
func TestBlind95Rules(t *testing.T) {
	fr := "C’est officiel depuis lundi soir : une quarantaine de commerçants du marché quitteront la place jusqu’à l’automne, le temps des travaux sur les canalisations du boulevard, qui commencent le 1er avril."
	// A blog's name, tagline and menu over the post's title; its author
	// and date in the meta line under the body, among related posts.
	_, doc, rep := kinds(t, strings.Join([]string{"Croix-Rousse Info", "", "L’actualité du plateau et des pentes, par un journaliste indépendant", "",
		"Accueil", "", "Quartier", "", "Urbanisme", "", "Commerces", "", "Agenda", "", "Contact", "",
		"Travaux du boulevard : quarante étals du marché déplacés", "", fr, "", fr, "", fr, "",
		"Le plan provisoire : en bleu, les emplacements déplacés. (Document Mairie du 4e arrondissement)", "", fr, "",
		"Articles similaires", "", "Pentes : la montée de la Grande-Côte fermée deux semaines", "", "4 février 2025", "",
		"Publié le 12 mars 2025 par Julien Ferrandi", "", "Publié dans Urbanisme"}, "\n"))
	if doc.Meta.Title != "Travaux du boulevard : quarante étals du marché déplacés" || !slices.Equal(doc.Meta.Authors, []string{"Julien Ferrandi"}) || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	wantDropped(t, rep, "L’actualité du plateau", "Publié dans")
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Mairie du 4e arrondissement" {
		t.Errorf("figures %+v", figs)
	}

	// Medium: the publication is the source; the boxes and comments
	// under the story go.
	en := "On the first Monday of February, a rider walked to the bus stop at the corner of her block on the South Side Slopes, as she has done most weekday mornings for nineteen years."
	_, doc, rep = kinds(t, strings.Join([]string{"Open in app", "Member-only story", "Route 54 lost 31 stops in a month", "Ines Kowalczyk", "·", "Follow",
		"Published in", "Transit Desk PGH", "7 min read", "·", "Mar 11, 2025", en, en, en,
		"Published in Transit Desk PGH", "1.3K Followers", "·Last published 1 day ago", "Independent reporting on buses, trains and inclines in Allegheny County.", "Follow",
		"Responses (14)", "What are your thoughts?", "Theo Marchetti", "Mar 12, 2025", "Same thing happened on the 48 last spring. They put two of ours back.", "21", "Reply",
		"More from Ines Kowalczyk and Transit Desk PGH", "Why the T still stops short of Mt. Lebanon after dark", "The incline fare machines were fixed. Then the cards stopped working.", "Help", "Status", "About", "Careers", "Press"}, "\n"))
	if !slices.Equal(doc.Meta.Authors, []string{"Ines Kowalczyk"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "Transit Desk PGH" {
		t.Errorf("authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	wantDropped(t, rep, "Independent reporting", "Theo Marchetti", "Same thing happened", "The incline fare")

	// Ghost: a link's preview card, its publisher the site's name.
	es := "El centro de salud figuraba en los documentos de Osakidetza con una fecha de apertura prevista para 2024, y hoy la parcela reservada es un solar vallado."
	_, _, rep = kinds(t, strings.Join([]string{"Bilbao Abierto", "", "Barrios", "", "Zorrotzaurre ya tiene 2.400 vecinos, pero su ambulatorio sigue en el papel", "", es, "", es, "",
		"Zorrotzaurre, la isla que crece más rápido que sus servicios", "", "Guarderías, autobuses y ambulatorio: repasamos qué se prometió y qué se ha construido.", "", "Bilbao Abierto", "", "Amaia Etxeberria", "", es}, "\n"))
	wantDropped(t, rep, "Zorrotzaurre, la isla", "Guarderías", "Amaia")
}

// TestListopad: "listopad" is November in Polish and Czech, October in
// Croatian.
func TestListopad(t *testing.T) {
	hr := "Gradsko vijeće u srijedu je odlučilo da će se tramvajska pruga u Dubravi obnoviti do proljeća, a radovi će počinjati noću kako bi se promet što manje ometao."
	_, doc, _ := kinds(t, strings.Join([]string{"Tramvajska pruga u Dubravi ide u obnovu", "12. listopada 2025.", hr, hr, hr}, "\n\n"))
	if doc.Meta.Lang != "hr" || doc.Meta.Date != "2025-10-12" {
		t.Errorf("lang %q, date %q, want hr and 2025-10-12", doc.Meta.Lang, doc.Meta.Date)
	}
	pl := "Pieszo-rowerowa kładka między Dąbiem a Zabłociem miała być gotowa tej jesieni. Wykonawca przerwał prace i żąda od miasta osiemnastu milionów złotych więcej, niż przewidywała umowa."
	_, doc, _ = kinds(t, strings.Join([]string{"Kładka na Dąbiu opóźniona", "12 listopada 2025", pl, pl, pl}, "\n\n"))
	if doc.Meta.Lang != "pl" || doc.Meta.Date != "2025-11-12" {
		t.Errorf("lang %q, date %q, want pl and 2025-11-12", doc.Meta.Lang, doc.Meta.Date)
	}
}

// TestBlind97Rules: what portals (MSN, AOL, WEB.DE, Libero, Terra) set
// around another outlet's story.
func TestBlind97Rules(t *testing.T) {
	en := "The ferry across the lake stopped running in October, and the families on the east shore have been driving forty minutes around it ever since."
	spaced := func(lines ...string) string { return strings.Join(lines, "\n\n") }
	// The portal's name and menu over a headline in title case that ends
	// with a full stop; its byline with the age and reading time; a
	// sponsor's card with the sponsor's name; the related list in title
	// case; a sign-off naming an outlet; the notice of where the story
	// first appeared, which names the source.
	_, doc, rep := kinds(t, spaced("Portal", "Mail", "News", "Sports", "Money", "Weather", "Shopping", "Sign in", "Lakeside, MN", "38°F", "Cloudy",
		"This Lake Town Lost Its Ferry. Now Neighbors Row Each Other Across.",
		"Story by Ruth Okafor, The Lakeside Ledger • 3h • 4 min read",
		en, en, "Sponsored", "These Walking Shoes Are Selling Out Fast", "StrideWell Outlet", "Learn More", en,
		"RELATED...", "Small Towns Are Losing Their Ferries. Some Are Fighting Back.", "The Bridge Closed Last Spring. Then The Old Boats Came Back To The Harbor.", en,
		"Contributing: Imani Price, LAKESIDE LEDGER",
		"This article originally appeared on Lakeside Ledger: Neighbors row each other across the lake"))
	m := doc.Meta
	if m.Title != "This Lake Town Lost Its Ferry. Now Neighbors Row Each Other Across." || !slices.Equal(m.Authors, []string{"Ruth Okafor"}) {
		t.Errorf("title %q, authors %q", m.Title, m.Authors)
	}
	if len(m.Contributors) != 1 || m.Contributors[0].Text != "Imani Price" {
		t.Errorf("contributors %+v", m.Contributors)
	}
	wantDropped(t, rep, "Portal", "These Walking Shoes", "StrideWell", "Small Towns", "The Bridge Closed", "This article originally")

	// The notice names the source when the header did not.
	_, doc, _ = kinds(t, spaced("Ferry stops for the winter on the east shore", "Ruth Okafor", en, en, "This article originally appeared on Lakeside Ledger."))
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Lakeside Ledger" {
		t.Errorf("source %+v", doc.Meta.Source)
	}

	// A dense copy: the lead photo's credit over its caption, under the
	// share menu; the agency's notice; a list that an advertisement
	// interrupts, then a heading over the story again.
	de := "Die Fähre zwischen den beiden Ufern fährt seit Dienstag nicht mehr, weil der Pegel unter die Marke gefallen ist, ab der sie den Anleger sicher erreichen kann."
	_, doc, rep = kinds(t, strings.Join([]string{"Fähre stellt Betrieb ein – Pendler fahren Umweg", "Aktualisiert am 12.03.2025, 14:03 Uhr", "Teilen", "Drucken",
		"© picture alliance/dpa | Jonas Weber", "Die Fähre liegt am Anleger fest. Unter 1,10 Meter darf sie nicht fahren.", de, de,
		"Empfehlungen der Redaktion", "Pegel sinkt weiter: Schiffe fahren halb beladen", "vor 3 Std.", "Anzeige", "Wie es weitergeht", de,
		"Dieser Text wurde von der Nachrichtenagentur dpa übernommen und von der Redaktion nicht inhaltlich bearbeitet."}, "\n"))
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "picture alliance/dpa | Jonas Weber" {
		t.Errorf("figures %+v", figs)
	}
	if hs := headings(doc); !slices.Equal(hs, []string{"Wie es weitergeht"}) {
		t.Errorf("headings %q", hs)
	}
	wantDropped(t, rep, "Empfehlungen", "Pegel sinkt", "vor 3 Std.", "Dieser Text wurde")
	// A sponsor's label, a blank line and a title that ends the copy:
	// nothing under the title to read.
	kinds(t, strings.Join([]string{"Fähre stellt Betrieb ein – Pendler fahren Umweg", "Von Jonas Weber", de, "Anzeige", "", "Akku-Rasenmäher jetzt günstiger"}, "\n"))

	// An agency's name alone under the headline, spelt as it spells
	// itself; a name and its role after a dash under the lead photo.
	it := "Da lunedì la spesa al mercato si potrà ritirare anche a banchi chiusi, grazie a ventiquattro armadietti refrigerati installati nel cortile."
	_, doc, _ = kinds(t, spaced("Al mercato arrivano gli armadietti refrigerati", "Adnkronos", "12/03/2025 16:40", it, it))
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Adnkronos" {
		t.Errorf("agency alone: source %+v", doc.Meta.Source)
	}
	pt := "Quatro barcos começaram a atender nesta quarta-feira comunidades ribeirinhas do arquipélago, onde o acesso a uma unidade de saúde pode levar mais de um dia."
	_, doc, _ = kinds(t, spaced("Barcos movidos a energia solar começam a atender comunidades", "Agência Brasil", "12 mar 2025 - 14h03",
		"Uma das embarcações no porto de Breves", "Foto: Ana Lima/Agência Brasil", "Rafaela Nunes - Repórter da Agência Brasil", pt, pt))
	if !slices.Equal(doc.Meta.Authors, []string{"Rafaela Nunes"}) {
		t.Errorf("name and role after a dash: authors %q", doc.Meta.Authors)
	}
}

// TestCreditSourcesOnce: a source named twice is in the byline once.
func TestCreditSourcesOnce(t *testing.T) {
	var m document.Meta
	CreditSources(&m, []string{"dpa"})
	CreditSources(&m, []string{"DPA", "AFP"})
	if m.Source == nil || m.Source.Name != "dpa" || !slices.Equal(m.Byline, []string{"dpa", "AFP"}) {
		t.Errorf("source %+v, byline %q", m.Source, m.Byline)
	}
}

// TestBlind98Rules: local television stations' pages.
func TestBlind98Rules(t *testing.T) {
	en := "The school board voted on Tuesday to keep the old gym open through the summer, after parents asked for a place where children can play when it is too hot outside."
	spaced := func(lines ...string) string { return strings.Join(lines, "\n\n") }
	// An alert ticker over the headline, in capitals before a colon, and
	// under a count of alerts; a video's title over its duration; the
	// station's pointer to its site.
	_, doc, rep := kinds(t, spaced("Watch Live", "News", "Weather", "Sports", "3 closings or delays", "FIRST ALERT WEATHER DAY: Icy roads possible Friday morning",
		"Millbrook schools will keep the old gym open all summer", "By Dana Whitcomb", "Published: Mar. 12, 2025 at 6:14 PM CDT",
		"School board keeps the old gym open", "1:42", en, en, "For the latest news, weather, sports, and streaming video, head to WXYZ Millbrook."))
	if doc.Meta.Title != "Millbrook schools will keep the old gym open all summer" || !slices.Equal(doc.Meta.Authors, []string{"Dana Whitcomb"}) {
		t.Errorf("title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	wantDropped(t, rep, "FIRST ALERT", "School board keeps", "For the latest news")
	_, doc, rep = kinds(t, spaced("Station 4", "News", "Weather", "1 Weather Alert", "Wind Advisory for the valley through 10 p.m.", "Local",
		"Millbrook schools will keep the old gym open all summer", "by Dana Whitcomb", "Wed, March 12th 2025 at 6:14 PM", en, en))
	if doc.Meta.Title != "Millbrook schools will keep the old gym open all summer" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	wantDropped(t, rep, "Wind Advisory")

	// A publication date without its year, the year from the update
	// line; a caption's labelled source after a bar; a sign-off under a
	// list of links is no item; a translation names the outlet it is from.
	es := "La municipalidad instalará cuarenta bebederos de agua potable en los parques del distrito antes del verano, según informó este miércoles el alcalde."
	_, doc, rep = kinds(t, spaced("Bebederos de agua potable llegan a los parques del distrito", "Publicado el miércoles 12 de marzo | 6:14 p. m.", "Actualizado el 12/03/2025 | 7:02 p. m.",
		"Un vecino bebe agua en el parque central. | Fuente: Andina", es, es, "Historias recomendadas:", "Reabren el malecón tras obras de mantenimiento", "Con información de Raúl Benavides",
		"Este artículo apareció originalmente en inglés en NBC Los Angeles."))
	if doc.Meta.Date != "2025-03-12" {
		t.Errorf("date %q", doc.Meta.Date)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Andina" {
		t.Errorf("figures %+v", figs)
	}
	if len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "Raúl Benavides" {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "NBC Los Angeles" {
		t.Errorf("source %+v", doc.Meta.Source)
	}
	wantDropped(t, rep, "Publicado el", "Reabren el malecón")

	// A spaced list's last item over a long paragraph: an item when it is
	// as long as every item and longer than a heading runs.
	_, doc, _ = kinds(t, spaced("Lead pipes will be replaced on 900 streets", "By Dana Whitcomb", en, "Homeowners will be asked to:",
		"Sign a form giving crews permission to work", "Clear a path to the water meter in the basement",
		"Run the cold water tap for five minutes after the new line is connected", en))
	if hs := headings(doc); len(hs) != 0 {
		t.Errorf("headings %q: the last item is no heading", hs)
	}
}

// TestOtherScripts: headers in Greek, Cyrillic and Turkish. The language
// from the script, the byline's label or genitive, the date in the
// language's month names, an update line by its word.
func TestOtherScripts(t *testing.T) {
	for s, want := range map[string]string{"12 Μαρτίου 2025, 14:03": "2025-03-12", "12 ΜΑΡΤΙΟΥ 2025": "2025-03-12", "Τετάρτη, 12 Μαρτίου 2025": "2025-03-12",
		"12 березня 2025, 14:03": "2025-03-12", "12 марта 2025": "2025-03-12", "12 Mart 2025 Çarşamba": "2025-03-12", "12 март 2025 г.": "2025-03-12",
		"12. март 2025.": "2025-03-12", "12 Ağustos 2025": "2025-08-12", "12 серпня 2025": "2025-08-12", "12 Αυγ 2025": "2025-08-12", "12 авг. 2025": "2025-08-12",
		"١٢ مارس ٢٠٢٥": "2025-03-12", "الأربعاء 12 آذار 2025": "2025-03-12", "12 كانون الأول 2025": "2025-12-12", "12 בדצמבר 2025, 14:03": "2025-12-12",
		"2025年3月12日 14:03": "2025-03-12", "2025년 3월 12일": "2025-03-12", "۱۲ مارس ۲۰۲۵": "2025-03-12"} {
		if d, _, _, _ := dateLine(s); d != want {
			t.Errorf("dateLine(%q) = %q, want %q", s, d, want)
		}
	}
	for _, s := range []string{"Оновлено: 12 березня 2025, 15:10", "Ενημερώθηκε: 12/03/2025 - 15:10", "Güncelleme: 12.03.2025 - 15:10"} {
		if _, update, _, ok := dateLine(s); !ok || !update {
			t.Errorf("dateLine(%q): update %v, ok %v", s, update, ok)
		}
	}
	ar := "قرر مجلس المدينة إصلاح الجسر القديم فوق النهر قبل نهاية العام المقبل، وقال رئيس البلدية يوم الأربعاء إن التمويل قد تمت الموافقة عليه."
	zh := "市议会周三决定在明年年底前修复河上的旧桥，市长表示，该项目的政府资金已经获得有关部门批准，施工期间行人仍可通行。"
	el := "Ο δήμος της Θεσσαλονίκης θα φυτέψει τριακόσια δέντρα στην παραλία μέχρι το τέλος του καλοκαιριού, ανακοίνωσε την Τετάρτη ο αντιδήμαρχος πρασίνου."
	uk := "Міська рада вирішила відремонтувати старий міст через річку до кінця наступного року, повідомив у середу міський голова."
	tr := "Belediye meclisi, nehir üzerindeki eski köprünün gelecek yılın sonuna kadar onarılmasına karar verdi, dedi başkan."
	for _, c := range []struct {
		lines                     []string
		title, author, date, lang string
	}{
		{[]string{"Τριακόσια δέντρα στην παραλία", "Της Μαρίας Παπαδοπούλου", "12 Μαρτίου 2025, 14:03", el, el}, "Τριακόσια δέντρα στην παραλία", "Μαρία Παπαδοπούλου", "2025-03-12", "el"},
		{[]string{"Міст відремонтують до кінця року", "Автор: Олена Коваленко", "12 березня 2025, 14:03", uk, uk}, "Міст відремонтують до кінця року", "Олена Коваленко", "2025-03-12", "uk"},
		{[]string{"Köprü yıl sonuna kadar onarılacak", "Haber: Ayşe Yılmaz", "12 Mart 2025 Çarşamba", tr, tr}, "Köprü yıl sonuna kadar onarılacak", "Ayşe Yılmaz", "2025-03-12", "tr"},
		{[]string{"إصلاح الجسر القديم قبل نهاية العام", "بقلم: أحمد منصور", "12 مارس 2025", ar, ar, "اقرأ أيضا: افتتاح حديقة جديدة في وسط المدينة"}, "إصلاح الجسر القديم قبل نهاية العام", "أحمد منصور", "2025-03-12", "ar"},
		{[]string{"河上旧桥将在明年年底前修复", "记者 王小明", "2025年3月12日 14:03", zh, zh, "施工期间的交通安排", zh, "相关阅读：市中心新公园开放"}, "河上旧桥将在明年年底前修复", "王小明", "2025-03-12", "zh"},
	} {
		_, doc, rep := kinds(t, strings.Join(c.lines, "\n\n"))
		if last := c.lines[len(c.lines)-1]; last != tr && last != uk && last != el {
			wantDropped(t, rep, last) // a link to another story
		}
		if c.lang == "zh" && strings.Join(headings(doc), "|") != "施工期间的交通安排" {
			t.Errorf("headings %q: a caseless script's short line between paragraphs heads them", headings(doc))
		}
		if m := doc.Meta; m.Title != c.title || !slices.Equal(m.Authors, []string{c.author}) || m.Date != c.date || m.Lang != c.lang {
			t.Errorf("title %q, authors %q, date %q, lang %q; want %q, %q, %q, %q", m.Title, m.Authors, m.Date, m.Lang, c.title, c.author, c.date, c.lang)
		}
	}
}

// TestBlind101Rules: Greek, Cyrillic and Turkish pages. A masthead, a
// short menu, the date and a source line over the headline; counts of
// views and comments; sign-offs naming an agency; credits labelled in
// those scripts; prompts whose last word is Cyrillic (Go's \b knows only
// ASCII letters).
func TestBlind101Rules(t *testing.T) {
	ru := "Власти Петербурга не откроют Мойку для прогулочных катеров и этим летом — работы по укреплению набережных растянутся как минимум до октября, сообщил комитет."
	spaced := func(lines ...string) string { return strings.Join(lines, "\n\n") }
	_, doc, rep := kinds(t, spaced("Meduza", "Новости", "Истории", "Разборы", "Игры", "Подкасты", "12:47, 12 марта 2025", "Источник: Meduza",
		"В Петербурге продлят закрытие реки Мойки для прогулочных катеров", "Facebook", "Telegram", ru, ru, "Шановні читачі, підписуйтесь на наш Telegram"))
	if m := doc.Meta; m.Title != "В Петербурге продлят закрытие реки Мойки для прогулочных катеров" || m.Date != "2025-03-12" || m.Source == nil || m.Source.Name != "Meduza" {
		t.Errorf("title %q, date %q, source %+v", m.Title, m.Date, m.Source)
	}
	wantDropped(t, rep, "Новости", "Шановні читачі")

	bg := "Общината на Варна ще затвори централните алеи на Морската градина за автомобили и тротинетки през почивните дни от началото на май, реши общинският съвет."
	_, doc, rep = kinds(t, spaced("Варна затваря алеите в Морската градина за коли", "Дневник", "12 мар 2025, 14:03", "4 817 прочитания", "14 коментара", "Обновена: 12 мар 2025, 16:40",
		bg, "Главната алея на Морската градина във Варна", "Снимка: БТА", bg, "С информация от БТА", "Влезте в профила си, за да коментирате."))
	if m := doc.Meta; m.Date != "2025-03-12" || !slices.Contains(m.Byline, "БТА") {
		t.Errorf("date %q, byline %q", m.Date, m.Byline)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "БТА" {
		t.Errorf("figures %+v", figs)
	}
	wantDropped(t, rep, "4 817 прочитания", "14 коментара", "С информация от БТА", "Влезте в профила")

	// A credit after the caption's full stop, its label in Cyrillic; a
	// photographer and three agencies on the line under a caption.
	_, doc, _ = kinds(t, spaced("Мойку закроют до октября", "12 марта 2025", ru, "Тролейбус на Контрактовій площі в Києві. Фото: Укрінформ", ru,
		"Мойка у Поцелуева моста, март 2025 года", "Глеб Ардашев / ТАСС / Scanpix / LETA", ru))
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "Укрінформ" || figs[1].Credit != "Глеб Ардашев / ТАСС / Scanpix / LETA" || document.PlainText(figs[1].Caption) != "Мойка у Поцелуева моста, март 2025 года" {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestCitationNoCredit: a paper's reference under "Journal reference:"
// is no photo credit under its caption (blind100).
func TestCitationNoCredit(t *testing.T) {
	for _, s := range []string{"Nature Microbiology DOI: 10.1038/s41564-025-01873-4", "DOI: 10.1016/j.envres.2025.121377"} {
		if c, ok := creditLine(s); ok {
			t.Errorf("creditLine(%q) = %q", s, c)
		}
	}
	if _, ok := creditLine("Marta Ruiz / Getty Images"); !ok {
		t.Error("a photographer and an agency are a credit")
	}
}

// TestGallerySlides: a gallery's slides pasted as counter, "© credit" and
// caption, under its buttons one line each ("Précédent", "Suivant").
func TestGallerySlides(t *testing.T) {
	long := "Les schlitteurs du Champ du Feu descendent encore le bois de hêtre sur des traîneaux, comme le faisaient leurs grands-pères avant la guerre.\n\n"
	src := "Les derniers schlitteurs des Vosges\n\n" + long + long +
		"Diaporama\nPrécédent\nSuivant\n1/2\n© Mathilde Kessler / Hans Lucas\nLéa Bastian cintre à la vapeur un patin de frêne dans son atelier.\n2/2\n© Collection particulière\nUne schlitte chargée dans la vallée, vers 1930.\n\n" + long + long
	_, doc, rep := kinds(t, src)
	got := figureCredits(doc)
	if want := "Léa Bastian cintre à la vapeur un patin de frêne dans son atelier. | Mathilde Kessler / Hans Lucas;Une schlitte chargée dans la vallée, vers 1930. | Collection particulière"; strings.Join(got, ";") != want {
		t.Errorf("figures %q", got)
	}
	for _, e := range rep.Entries {
		if (e.Text == "Précédent" || e.Text == "Suivant") && e.Kind != KindDropped {
			t.Errorf("line %d %q: %s %s, want dropped", e.Line, e.Text, e.Kind, e.Rule)
		}
	}
}

// TestSiteNameOverMenu: the site's name right over its menu, at the top,
// is no headline; lower down, a line over its tools is.
func TestSiteNameOverMenu(t *testing.T) {
	long := "Teams have reopened two cholera treatment centres in northern Mozambique and are chlorinating wells in flooded neighbourhoods of the city.\n\n"
	_, doc, _ := kinds(t, "Skip to main content\nMédecins Sans Frontières (MSF) International\nWhat we do\nWhere we work\nLatest\nGet involved\nSearch\n\nProject Update\n\nMozambique\n\nCholera treatment units reopen in Nampula as cases rise after floods\n\n12 March 2025\n\n"+long+long)
	if doc.Meta.Title != "Cholera treatment units reopen in Nampula as cases rise after floods" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	// The name over a menu, one word with a full stop; the date among the
	// labels; and a video label that is one of the menu's labels, over a
	// byline with its editor and date after bars.
	const body = "\nThe ferry to the outer islands will run twice a day from April, the harbour board said on Tuesday, after a winter of cancelled crossings and long queues at the pier.\n\nThe board will add a second boat, leased from a yard in the south, for the summer months.\n"
	for _, c := range []struct{ name, top, authors string }{
		{"name with a full stop", "Harbour.\nLive\nVisit\nWork\nCouncil\nNews\nSearch\nEN\n\nHome\nNews\nTransport\n\nOuter islands ferry will run twice a day from April\n", ""},
		{"date among the labels", "Harbour Post\n\nNews\nSport\nCity\nBusiness\nOpinion\nWorld\nCulture\nTravel\nScience\nArts\n\nSaturday, 5 April 2026\n\nTransport\n\nOuter islands ferry will run twice a day from April\n\nShare\nFacebook\nWhatsApp\nEmail\n\nText size\nS\nM\nL\n", ""},
		{"video label in the menu", "Harbour Post\nNews\nSport\nCity\nScience\nDeals\nPodcast\n\nTransport\n\nOuter islands ferry will run twice a day from April\n\nThe board adds a boat for the summer and a late crossing on Fridays\n\nPor Irene Tostes | Editado por Davi Monte | 3 de Abril de 2026 às 09h40\n\nShare\nFollow us\n", "Irene Tostes"},
	} {
		_, doc, _ := kinds(t, c.top+body)
		if want := "Outer islands ferry will run twice a day from April"; doc.Meta.Title != want {
			t.Errorf("%s: title %q, want %q", c.name, doc.Meta.Title, want)
		}
		if got := strings.Join(doc.Meta.Authors, "|"); got != c.authors {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.authors)
		}
	}
}

// TestDenseCreditOverCaption: in a copy with no blank lines, a credit
// between a paragraph and a line half as long over the story credits
// the line below.
func TestDenseCreditOverCaption(t *testing.T) {
	p := "Butikken skal drives af en ansat uddeler, Jonas Krogh, der tidligere har været souschef i et supermarked i Nørresundby, og to deltidsansatte.\n"
	long := "Da købmanden i Ulsted meddelte, at han ville lukke til nytår, samlede byen penge ind, og nu ejer 311 borgere butikken i fællesskab med en lokal fond og to foreninger.\n"
	_, doc, _ := kinds(t, "Borgerne køber købmanden i Ulsted\n"+long+long+long+long+p+"Foto: Rasmus Kjeldgaard\nPreben Vestergaard har stået bag disken i 31 år.\n"+long+long+long+long+long)
	got := figureCredits(doc)
	if want := "Preben Vestergaard har stået bag disken i 31 år. | Rasmus Kjeldgaard"; strings.Join(got, ";") != want {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// figureCredits lists each figure of doc as "caption | credit".
func figureCredits(doc *document.Document) []string {
	var out []string
	for _, f := range doc.Figures() {
		out = append(out, document.PlainText(f.Caption)+" | "+f.Credit)
	}
	return out
}

// TestReadAlsoLabelList: in a spaced copy, a "read also" label alone
// heads a list of headlines, blank lines between them, which goes with
// it, the last headline too, though a paragraph follows it.
func TestReadAlsoLabelList(t *testing.T) {
	long := "İzmit'te sahil yürüyüş yolunun karanlık kalan bölümüne güneş enerjili aydınlatma direkleri dikilecek, belediye ihaleyi geçen hafta yaptı.\n\n"
	for _, label := range []string{"Bunları da okuyun", "Lire aussi :", "Läs också"} {
		src := "Sahil yoluna gece aydınlatması geliyor\n\n" + long + long + label + "\n\nSeka Park'a yeni bisiklet parkı yapılıyor\n\nKörfez'de sahil bandı için yeni düzenleme\n\n" + long + long
		ks, _, _ := kinds(t, src)
		if want := "title blank paragraph blank paragraph blank dropped blank dropped blank dropped blank paragraph blank paragraph blank"; ks != want {
			t.Errorf("%s:\n got %s\nwant %s", label, ks, want)
		}
	}
}

// TestBlind221Rules: the credits, bylines, sources and tables of the
// Central European, Taiwanese and Canadian sets (blind221-226).
func TestBlind221Rules(t *testing.T) {
	for text, want := range map[string]string{"記者 李昀臻、吳承翰 / 雲林 報導": "李昀臻|吳承翰", "中國時報 林志明": "林志明"} {
		if names, _, ok := uncasedByline(text); !ok || strings.Join(names, "|") != want {
			t.Errorf("uncasedByline(%q) = %q, %v", text, names, ok)
		}
	}
	for text, want := range map[string]string{"kb / PAP": "PAP", "Źródło artykułu: PAP": "PAP", "(MTI, hvg.hu)": "MTI", "(AWP/cash)": "AWP"} {
		if names, _, ok := sourceLine(text); !ok || strings.Join(names, "|") != want {
			t.Errorf("sourceLine(%q) = %q, %v", text, names, ok)
		}
	}
	if _, _, ok := sourceLine("(Budapest, Debrecen)"); ok {
		t.Error("places in brackets are no source")
	}
	// The Central News Agency's dateline names the agency and its
	// reporter; its editor's sign-off carries the day's code.
	p := "花蓮市區不少老屋在強震後出現裂縫，屋主無力修繕而閒置，一群返鄉青年組成合作社，向屋主承租後自行修繕，改造成社區共享廚房。\n\n"
	_, doc, _ := kinds(t, "花蓮老屋震後閒置 青年合作社接手修繕變共享廚房\n\n中央社\n\n2025-12-06 14:07\n\n（中央社記者陳怡君花蓮6日電）"+p+p+"（編輯：張雅婷）1141206\n")
	if !slices.Equal(doc.Meta.Authors, []string{"陳怡君"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "中央社" || len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "張雅婷" {
		t.Errorf("CNA: authors %q, source %+v, contributors %+v", doc.Meta.Authors, doc.Meta.Source, doc.Meta.Contributors)
	}
	// A Chinese byline with its editor; the editor after the paper's
	// name and a bar.
	_, doc, _ = kinds(t, "碳酸锂价格下行 动力电池回收企业转向梯次利用\n\n作者：韩宇晨    责编：何璐\n\n界面新闻编辑 | 宋楠\n\n2025-12-06 16:30:05\n\n"+p+p)
	if !slices.Equal(doc.Meta.Authors, []string{"韩宇晨"}) || len(doc.Meta.Contributors) != 2 || doc.Meta.Contributors[0].Text != "何璐" || doc.Meta.Contributors[1].Text != "宋楠" {
		t.Errorf("editors: authors %q, contributors %+v", doc.Meta.Authors, doc.Meta.Contributors)
	}
	// A live page's teaser under "LIVE", over the story's header.
	q := "El Municipal de Can Nicolau vivió este domingo una de esas tardes que se recuerdan durante años, con un penalti en el minuto 90.\n"
	_, doc, _ = kinds(t, "Fútbol Catalán\nLIVE\nDirecto | Sigue la última hora del fútbol catalán\nEl Castellbisbal tumba al líder y sueña con el ascenso\nOriol Ventosa marcó de penalti en el minuto 90 tras un partido que el rival dominó\nAlbert Mas Pujol\nCastellbisbal\n15 de febrero de 2026, 20:51\n"+q+q+q)
	if want := "El Castellbisbal tumba al líder y sueña con el ascenso"; doc.Meta.Title != want {
		t.Errorf("live teaser: title %q, want %q", doc.Meta.Title, want)
	}
	// A table pasted with tabs, blank lines between its rows, in a
	// spaced copy; a box of share prices is no table.
	long := "Le Lumo S7 reprend la base du modèle précédent, mais change de batterie, de brosse et de station, pour un prix plus élevé de 150 euros.\n\n"
	got, doc, _ := kinds(t, "Test du Lumo S7\n\n"+long+long+"Modèle\tLumo S7\tLumo S5\n\nCapacité du bac\t0,3 l\t0,4 l\n\nPrix\t549 €\t399 €\n\n"+long+"Titolo\tUltimo\tVar. %\n\nBanca Ferrandi\t8,412\t+4,10%\n\n"+long)
	if want := "title blank paragraph blank paragraph blank table blank table blank table blank paragraph blank dropped blank dropped blank paragraph blank"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var rows int
	for _, b := range doc.Blocks {
		if tb, ok := b.(*document.Table); ok {
			rows += len(tb.Head) + len(tb.Body)
		}
	}
	if rows != 3 {
		t.Errorf("%d rows in tables, want 3", rows)
	}
}

// TestBlind227Rules: the signatures, credits and mastheads of the
// Vietnamese, Gulf, Ukrainian, West African, American and review sets
// (blind227-232).
func TestBlind227Rules(t *testing.T) {
	vi := "Ông Khoa cho rằng nếu nhân rộng cho toàn bộ đội tàu câu mực của thành phố, ngư dân sẽ tiết kiệm được hàng chục tỷ đồng mỗi năm.\n\n"
	for _, c := range []struct{ sign, author string }{
		{"MINH TRÍ", "Minh Trí"},
		{"Bài, ảnh: MỸ THANH", "Mỹ Thanh"},
		{"Світлана Ярмолюк, Житомир.info", "Світлана Ярмолюк"},
	} {
		_, doc, _ := kinds(t, "Ngư dân Sơn Trà thay đèn cao áp bằng đèn LED\n\n"+vi+vi+c.sign+"\n\nChia sẻ\nFacebook\nZalo\n\nGhi rõ nguồn “Báo Đà Nẵng” khi phát hành lại thông tin từ website này.\n")
		if !slices.Equal(doc.Meta.Authors, []string{c.author}) {
			t.Errorf("%q: authors %q, want %q", c.sign, doc.Meta.Authors, c.author)
		}
	}
	_, doc, _ := kinds(t, "Trạm y tế vùng cao nhận 40 máy đo đường huyết\n\n"+vi+vi+"Theo TTXVN\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "TTXVN" || len(doc.Meta.Authors) != 0 {
		t.Errorf("Theo TTXVN: source %+v, authors %q", doc.Meta.Source, doc.Meta.Authors)
	}
	if names, place, ok := uncasedByline("عبدالله الغامدي (جدة)"); !ok || !slices.Equal(names, []string{"عبدالله الغامدي"}) || place != "جدة" {
		t.Errorf("uncasedByline = %q, %q, %v", names, place, ok)
	}
	if m := arabicFromRE.FindStringSubmatch("الدوحة - ريم الكواري: ينظم نادٍ أهلي للصيادين"); m == nil || m[1] != "ريم الكواري" {
		t.Errorf("arabicFromRE = %q", m)
	}
	if cs, ok := signoff("Sani Abubakar Gwarzo contributed reporting from Bichi."); !ok || len(cs) != 1 || cs[0].Text != "Sani Abubakar Gwarzo" {
		t.Errorf("signoff = %+v, %v", cs, ok)
	}
	if names, place, ok := bylineLine("Chinedu Okafor-Bassey in Abuja", true); !ok || !slices.Equal(names, []string{"Chinedu Okafor-Bassey"}) || place != "Abuja" {
		t.Errorf("bylineLine = %q, %q, %v", names, place, ok)
	}
	// A labelled credit between a paragraph and a caption with no full
	// stop, each line apart, credits the caption under it.
	long := "He said the cards would also make it easier for the union to trace riders who refused to pay for damage they caused, and to help families find relatives.\n\n"
	_, doc, _ = kinds(t, "Tamale riders register for union cards\n\n"+long+long+"PHOTO: ABDUL-HAKIM YAKUBU\n\nA union official takes the photograph of a rider for his card\n\nConcerns\n\n"+long)
	if got := figureCredits(doc); len(got) != 1 || got[0] != "A union official takes the photograph of a rider for his card | ABDUL-HAKIM YAKUBU" {
		t.Errorf("credit over a caption: %q", got)
	}
	// The outlet's name and motto over a menu, each line apart, a date
	// among the labels.
	en := "Ferry operators on the Ikorodu-Lagos Island route will add two late-evening trips from Monday, after a petition signed by 3,000 commuters.\n\n"
	menu := "The Guardian Nigeria News - Nigeria and World News\n\nSunday, December 6, 2026\n\nNigeria\n\nWorld\n\nPolitics\n\nBusiness\n\nSport\n\nOpinion\n\nFeatures\n\nGuardian Life\n\nGuardian TV\n\nMetro\n\n"
	_, doc, _ = kinds(t, menu+"Ferry operators add late-evening trips on Ikorodu route\n\nBy Tolulope Adebanjo\n\n06 December 2026 | 4:10 am\n\n"+en+en)
	if doc.Meta.Title != "Ferry operators add late-evening trips on Ikorodu route" || !slices.Equal(doc.Meta.Authors, []string{"Tolulope Adebanjo"}) {
		t.Errorf("masthead over a spaced menu: title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
}

// TestBlind233Rules: Korean captions, credits, section marks and
// headlines with figures; Indonesian and Persian bylines and sources
// (blind233-238).
func TestBlind233Rules(t *testing.T) {
	if ok, why := headingShape("◆ 골목의 기억, 기록으로 남긴다"); !ok {
		t.Errorf("a heading after its mark: %s", why)
	}
	// A headline with a figure in it, over its subtitle and the byline.
	ko := "대전 동구 소제동 철도관사촌의 빈집 세 채가 주민들이 함께 쓰는 공유부엌으로 다시 문을 열었다. 동구는 지난 3일 개소식을 열고 운영을 시작했다고 밝혔다.\n"
	var top strings.Builder
	for _, l := range []string{"대전일보", "뉴스", "정치", "경제", "사회", "문화", "스포츠", "세종", "충남", "오피니언", "사회", "지역사회"} {
		top.WriteString(l + "\n")
	}
	_, doc, _ := kinds(t, top.String()+"철도관사촌 빈집 3채, 주민 ‘공유부엌’으로 다시 불 켰다\n대전 동구 소제동 ‘소제 한솥’ 개소…홀몸 어르신 반찬 나눔·청년 요리교실\n이정훈 기자 ljh1204@daejonilbo.com\n입력 2025.12.05 17:52 | 수정 2025.12.05 18:05\n"+ko+ko+ko)
	if want := "철도관사촌 빈집 3채, 주민 ‘공유부엌’으로 다시 불 켰다"; doc.Meta.Title != want {
		t.Errorf("title %q, want %q", doc.Meta.Title, want)
	}
	if head, cs, ok := BylineHelpers("Rep: Rizky Maulana Harahap/ Red: Fitriani Kusumawardani"); !ok || head != "Rep: Rizky Maulana Harahap" || len(cs) != 1 || cs[0].Text != "Fitriani Kusumawardani" {
		t.Errorf("BylineHelpers = %q, %+v, %v", head, cs, ok)
	}
	if m := faReportsRE.FindStringSubmatch("به گزارش خبرگزاری تسنیم، کاروانسرای مهیار پس از مرمت بازگشایی شد."); m == nil || m[1] != "خبرگزاری تسنیم" {
		t.Errorf("faReportsRE = %q", m)
	}
	// A credit between a long paragraph and a caption of one short
	// sentence, each line apart, credits the caption under it.
	long := "Others who spoke urged caution. Kiri Maynard, a volunteer with the Wainui Dune Care group, said a longer wall could push erosion further along the beach and that the dunes needed planting more than they needed rock.\n\n"
	_, doc, _ = kinds(t, "Wainui seawall extension goes to consultation\n\n"+long+long+"Photo / Supplied\n\nVolunteers planting spinifex on the Wainui dunes during the winter.\n\n"+long)
	if got := figureCredits(doc); len(got) != 1 || got[0] != "Volunteers planting spinifex on the Wainui dunes during the winter. | Supplied" {
		t.Errorf("credit over a caption: %q", got)
	}
}

// TestBlind239Rules: bylines of live pages and regional papers
// (blind239-242).
func TestBlind239Rules(t *testing.T) {
	for text, want := range map[string]string{"Beatriz Aranha Lopes, do R7": "Beatriz Aranha Lopes|R7", "EFE | Gijón": "EFE|Gijón"} {
		names, role, ok := bylineLine(text, true)
		if got := strings.Join(append(names, role), "|"); !ok || got != want {
			t.Errorf("bylineLine(%q) = %q, %v", text, got, ok)
		}
	}
	if who, agency, ok := personWithAgency(agencyLineRE.FindStringSubmatch("Par Claire Vaudrey avec AFP")); !ok || who != "Claire Vaudrey" || agency != "AFP" {
		t.Errorf("personWithAgency = %q, %q, %v", who, agency, ok)
	}
	// "AO VIVO" over the live page's own headline, standfirst and
	// byline: no teaser.
	p := "Moradores da zona leste enfrentaram ruas alagadas e falta de energia depois da chuva forte que caiu na cidade no fim da tarde desta quarta-feira.\n\n"
	_, doc, _ := kinds(t, "AO VIVO\n\nTemporal alaga ruas da zona leste de SP e deixa 200 mil imóveis sem energia; acompanhe\n\nDefesa Civil mantém alerta para chuva forte até a madrugada\n\nBeatriz Aranha Lopes, do R7\n\n12/03/2025 - 15h40\n\n"+p+p+"Enel diz que 140 mil imóveis seguem sem luz\n\n"+p)
	if want := "Temporal alaga ruas da zona leste de SP e deixa 200 mil imóveis sem energia; acompanhe"; doc.Meta.Title != want {
		t.Errorf("title %q, want %q", doc.Meta.Title, want)
	}
}

// TestLiveEntryHeadline: under an entry's time, a live page's short line
// is the entry's headline, no photo's caption; a credit under it
// credits the caption below.
func TestLiveEntryHeadline(t *testing.T) {
	p := "An der Mosel steigt das Wasser weiter. In Trier und Cochem sind Uferstraßen gesperrt, erste Keller laufen voll, und die Feuerwehr pumpt seit dem Morgen.\n\n"
	got, doc, _ := kinds(t, "Hochwasser an der Mosel: Pegel steigen weiter\n\n"+p+p+"14:02 Uhr\n\nSandsäcke in Cochem verteilt\n\nBild: SWR | Lea Brandscheid\n\nHelfer des Technischen Hilfswerks füllen in Cochem Sandsäcke.\n\n"+p+"13:40 Uhr\n\nSchulen in Trier bleiben geschlossen\n\n"+p)
	if want := "title blank paragraph blank paragraph blank dropped blank heading blank figure-credit blank figure-caption blank paragraph blank dropped blank heading blank paragraph blank"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if figs := figureCredits(doc); len(figs) != 1 || figs[0] != "Helfer des Technischen Hilfswerks füllen in Cochem Sandsäcke. | SWR | Lea Brandscheid" {
		t.Errorf("figures %q", figs)
	}
}

// TestBlind291Mends: the Persian and Chinese copies of blind291-292 left
// over from their rules.
func TestBlind291Mends(t *testing.T) {
	// "X with AP": the newsroom and the agency, both sources.
	if _, sources, ok := AgencyCredit("یورونیوز فارسی با آسوشیتدپرس"); !ok || len(sources) != 1 || sources[0] != "یورونیوز فارسی با آسوشیتدپرس" {
		t.Errorf("AgencyCredit = %q, %v", sources, ok)
	}
	// Euronews's "Copyright" label over the caption.
	if credit, ok := creditLine("حق نشر AP Photo/Farzin Derakhshan"); !ok || credit != "AP Photo/Farzin Derakhshan" {
		t.Errorf("creditLine = %q, %v", credit, ok)
	}
}

// TestBlind297Rules: Japanese, Korean, Maghreb Arabic, Turkish and
// Brazilian copies (blind297-302).
func TestBlind297Rules(t *testing.T) {
	// Newsrooms, not people: a Japanese paper, agency or broadcaster, an
	// Algerian site.
	for _, s := range []string{"毎日新聞", "共同通信", "関西テレビ", "النهار أونلاين"} {
		if classifyCredit(s) != outlet {
			t.Errorf("classifyCredit(%q) is not an outlet", s)
		}
	}
	for text, want := range map[string]string{"（共同）": "共同", "(ت: المهدي السلاوي)": "المهدي السلاوي", "حقوق الصورة : DR": "DR"} {
		if got, ok := creditLine(text); !ok || got != want {
			t.Errorf("creditLine(%q) = %q, %v, want %q", text, got, ok, want)
		}
	}
	// "Com Estadão Conteúdo" is a sign-off crediting the agency, no
	// photo's credit.
	if _, ok := creditLine("Com Estadão Conteúdo"); ok {
		t.Error("creditLine took a sign-off")
	}
	var m document.Meta
	for text, want := range map[string]string{"Com Estadão Conteúdo": "Estadão Conteúdo", "*Com Agência Alagoas": "Agência Alagoas"} {
		cs, ok := signoff(text)
		if got := creditSignoff(&m, cs); !ok || len(got) != 1 || got[0] != want+" (source)" {
			t.Errorf("signoff(%q) credits %q, %v", text, got, ok)
		}
	}
	if cs, ok := signoff("Colaborou: Marcos Ribamar Sousa"); !ok || len(cs) != 1 || cs[0].Text != "Marcos Ribamar Sousa" {
		t.Errorf("signoff = %+v, %v", cs, ok)
	}
	if names, ok := BracketNames("（十日町支局　長谷川航）"); !ok || names[0] != "長谷川航" {
		t.Errorf("BracketNames = %q, %v", names, ok)
	}
	if _, ok := BracketNames("【関連記事】"); ok {
		t.Error("BracketNames took a label for a name")
	}
	if names, _, ok := bylineLine("기자명 최윤호 기자", true); !ok || len(names) != 1 || names[0] != "최윤호" {
		t.Errorf("bylineLine = %q, %v", names, ok)
	}
	if d, ok := dateIn("الثلاثاء 09 دجنبر 2025 - 11:42"); !ok || d != "2025-12-09" {
		t.Errorf("dateIn = %q, %v", d, ok)
	}
	if caption, credit, ok := captionWithCredit("4일 부산 사하구 골목에서 자원봉사자들이 카트를 싣고 있다. (사진=사하구 제공) 2025.12.04. photo@newsis.com *재판매 및 DB 금지"); !ok || credit != "사하구 제공" || caption != "4일 부산 사하구 골목에서 자원봉사자들이 카트를 싣고 있다." {
		t.Errorf("captionWithCredit = %q, %q, %v", caption, credit, ok)
	}
	// Kickers: a breadcrumb's mark on a line of its own.
	got, doc, _ := kinds(t, "Home\n»\nCidades\nCasarão da Rua do Giz recebe escoramento emergencial após desabamento parcial\nPor Joana Pestana\n5 de dezembro de 2025 • 07h30\nUm casarão do século XIX localizado na Rua do Giz teve parte da fachada desabada na madrugada desta sexta-feira.\n")
	if doc.Meta.Title != "Casarão da Rua do Giz recebe escoramento emergencial após desabamento parcial" {
		t.Errorf("title %q: %s", doc.Meta.Title, got)
	}
	// The Korean agency's dateline credits the agency and its reporter.
	_, doc, _ = kinds(t, "부산 사하구, 산복도로 어르신 장바구니 '배달 카트'가 나른다\n\n[부산=뉴시스] 이아름 기자 = 부산 사하구가 가파른 산복도로 마을 어르신들의 장바구니를 대신 날라 주는 '장보기 배달 카트' 사업을 시작했다.\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "뉴시스" || len(doc.Meta.Authors) != 1 || doc.Meta.Authors[0] != "이아름" {
		t.Errorf("source %+v, authors %q", doc.Meta.Source, doc.Meta.Authors)
	}
}

// TestLeadCaptionAboveHeadline: the lead photo's caption over its
// labelled credit above the headline is a figure, and a date line under
// the headline is never the headline of a page's top.
func TestLeadCaptionAboveHeadline(t *testing.T) {
	p := "Ernst Wagentristl steht auf der Leiter, ein Bündel Roggenstroh unter dem Arm, und klopft die Halme mit einem hölzernen Brett fest.\n\n"
	got, doc, _ := kinds(t, "Radio\n\nNews\n\nWelt\n\nWirtschaft\n\nVideo\n\nPodcast\n\nDas trockene Bett des Sees bei Varzaneh im November\n\nFoto: Saeed Amiri\n\nUmwelt\n\nBauern am ausgetrockneten See klagen über Salzstaub auf ihren Feldern\n\n4. Dezember 2025\n\n"+p+p)
	if want := "Bauern am ausgetrockneten See klagen über Salzstaub auf ihren Feldern"; doc.Meta.Title != want || !strings.Contains(got, "figure-caption blank figure-credit") {
		t.Errorf("title %q: %s", doc.Meta.Title, got)
	}
	got, doc, _ = kinds(t, "BVZ\n\nBurgenland\n\nBezirke\n\nSport\n\nWein\n\nE-Paper\n\nAbo\n\nHeiligenbrunn\n\nJunge Winzer decken Kellerstöckl wieder mit Stroh\n\nVon Katharina Pelzmann\n\nErstellt am 06. Dezember 2026 | 05:30\n\nAktualisiert am 06. Dezember 2026 | 09:12\n\nObmann Florian Deutsch (l.) und Dachdecker Ernst Wagentristl beim Binden der Strohbündel am Kellerstöckl Nummer 17.\n\nFoto: Pelzmann\n\n"+p+p)
	if want := "Junge Winzer decken Kellerstöckl wieder mit Stroh"; doc.Meta.Title != want {
		t.Errorf("title %q: %s", doc.Meta.Title, got)
	}
}

// TestBlind303Rules: Indian, Vietnamese, Thai, Romanian and Belarusian
// copies, and opinion and letters pages (blind303-308).
func TestBlind303Rules(t *testing.T) {
	for text, want := range map[string]string{"14 listapada 2025, 18:15": "2025-11-14", "14 лістапада 2025": "2025-11-14"} {
		if d, ok := dateIn(text); !ok || d != want {
			t.Errorf("dateIn(%q) = %q, %v", text, d, ok)
		}
	}
	if c, ok := creditLine("Фота: Кастусь Дубовік"); !ok || c != "Кастусь Дубовік" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	if names, _, ok := uncasedByline("ปิยะพงษ์ ศรีสมบูรณ์ รายงาน"); !ok || names[0] != "ปิยะพงษ์ ศรีสมบูรณ์" {
		t.Errorf("uncasedByline = %q, %v", names, ok)
	}
	for _, s := range []string{"ผู้จัดการออนไลน์", "NT NETWORK"} {
		if classifyCredit(s) != outlet {
			t.Errorf("classifyCredit(%q) is not an outlet", s)
		}
	}
	if !bylineRole("Profesora de Sociología de la Educación en la Universidad de Zaragoza") || bylineRole("La profesora dijo que la universidad cerrará el comedor en marzo.") {
		t.Error("bylineRole: a guest's profession")
	}
	if !creditsStory("Sursa: Agerpres") || creditsStory("Urmărește-ne pe Google News") {
		t.Error("creditsStory")
	}
	// A letters page: each writer's name over the town closes a letter.
	p := "Your report on the withdrawal of subsidised bus routes is right, but it understates what the cuts mean for villages.\n\n"
	q := "Could the government not at least require councils to consult the people who actually use these buses?\n\n"
	got, doc, _ := kinds(t, "Cutting rural buses leaves whole villages stranded\n\n"+p+"Margaret Hollis\n\nCrosthwaite, Cumbria\n\n"+p+q+"Dr Peter Ansell\n\nLeominster, Herefordshire\n\n"+p)
	if want := "Margaret Hollis|Dr Peter Ansell"; strings.Join(doc.Meta.Authors, "|") != want || strings.Contains(got, "heading") {
		t.Errorf("authors %q: %s", doc.Meta.Authors, got)
	}
	// "Photo: X" a blank line over its caption, under the date, in a copy
	// whose menu has no blank lines.
	got, _, _ = kinds(t, "Home\nNews\nCity\nState\nVendors at Iewduh seek sheds before the monsoon\n\nBy Our Reporter\n\nFebruary 13, 2026\n\nPhoto: Banshan Kharkongor\n\nVendors selling vegetables under plastic sheets at Iewduh on Thursday.\n\nSHILLONG, Feb 12: Around 600 street vendors at Iewduh have urged the state government to put up temporary sheds for them before the monsoon, saying their goods are spoiled every year by the rains.\n")
	if !strings.Contains(got, "figure-credit blank figure-caption") {
		t.Errorf("credit over caption: %s", got)
	}
}

// TestBlind309Rules: Swahili copies (blind310), Polish and Central
// American papers, press releases and sports pages (blind309-314).
func TestBlind309Rules(t *testing.T) {
	sw := "Wakulima wa mwani katika vijiji vya Pemba wamesema kwamba mashine hizo zitawasaidia kukausha zao hata wakati wa mvua, lakini wameiomba serikali kuongeza idadi yake. Akizungumza katika mkutano huo, mwenyekiti alisema mwaka huu wananchi wengi wameanza kilimo hicho baada ya bei kupanda, na kwamba siku za karibuni zaidi ya wakulima 600 watanufaika kutoka mradi huo pamoja na familia zao ambao wanategemea zao hilo."
	if lang, why, ok := detectLang([]string{sw}); lang != "sw" || !ok {
		t.Errorf("detectLang = %q (%s), %v", lang, why, ok)
	}
	for text, want := range map[string]string{"Jumatatu, Machi 10, 2025": "2025-03-10", "12 Machi 2025": "2025-03-12"} {
		if d, ok := dateIn(text); !ok || d != want {
			t.Errorf("dateIn(%q) = %q, %v", text, d, ok)
		}
	}
	for text, want := range map[string]string{"Picha: Josephine Akinyi/DW": "Josephine Akinyi/DW", "PICHA | KASSIM MWANGALE": "KASSIM MWANGALE", "(Picha na Juma Mwinyi)": "Juma Mwinyi"} {
		if c, ok := creditLine(text); !ok || c != want {
			t.Errorf("creditLine(%q) = %q, %v", text, c, ok)
		}
	}
	if _, ok := creditLine("Mwandishi: Josephine Akinyi/AFP"); ok {
		t.Error("a labelled author is no photo credit")
	}
	// "Na X" is a byline in a Swahili copy only.
	p := "Zaidi ya wakulima 600 wa mwani katika vijiji vitano vya Kisiwa cha Pemba wanatarajia kuongeza kipato baada ya kupokea mashine za kukausha zao hilo kutoka serikali, lakini wamesema kwamba bado wanahitaji msaada zaidi wakati wa mvua.\n\n"
	_, doc, _ := kinds(t, "Wakulima wa mwani Pemba wapata mashine za kukausha zao\n\nNa Salim Mwakyusa\n\n"+p+p)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Salim Mwakyusa" {
		t.Errorf("Swahili authors %q", got)
	}
	_, doc, _ = kinds(t, "Na Wildzie powstanie biblioteka sąsiedzka\n\nNa Feira Central\n\nMieszkańcy Wildy urządzą bibliotekę sąsiedzką w dawnej pralni przy ulicy Górnej Wildzie, a pierwsze książki przyniosą sami sąsiedzi z okolicznych kamienic.\n")
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("Polish authors %q", doc.Meta.Authors)
	}
	// A labelled credit in brackets after the caption's full stop.
	if c, cr, ok := captionWithCredit("Dk Rehema Kisanga akiwaelekeza walimu namna ya kutumia darubini jana. (Picha na Juma Mwinyi)"); !ok || cr != "Juma Mwinyi" || c != "Dk Rehema Kisanga akiwaelekeza walimu namna ya kutumia darubini jana." {
		t.Errorf("captionWithCredit = %q, %q, %v", c, cr, ok)
	}
	// A credit's abbreviated label stays out of the caption.
	if c, cr, ok := captionWithCredit("Zachodni brzeg Skandy. Tędy ma biec kładka, fot. Zbigniew Woźniak"); !ok || c != "Zachodni brzeg Skandy. Tędy ma biec kładka" || cr != "Zbigniew Woźniak" {
		t.Errorf("captionWithCredit = %q, %q, %v", c, cr, ok)
	}
}

// TestBlind363Rules holds the rules written from blind363–368.
func TestBlind363Rules(t *testing.T) {
	p := "The programme will reach 40,000 children in twelve districts this year, the agency said on Tuesday, after a survey found that one school in three had no working latrine.\n\n"
	// After a press release's end mark, the organisation's paragraph is
	// no body text.
	_, doc, rep := kinds(t, "UNICEF opens latrines in Nampula schools\n\n"+p+p+"# # #\n\nThe United Nations Children's Fund works in some of the world's toughest places to reach the world's most disadvantaged children.\n")
	if n := len(doc.Blocks); n != 2 {
		t.Errorf("body has %d blocks, want 2", n)
	}
	if last := rep.Entries[len(rep.Entries)-1]; last.Rule != RuleAfterBody {
		t.Errorf("after the end mark: %s", last.Rule)
	}
	// A name and its photographer's role under a caption is no byline.
	_, doc, _ = kinds(t, "Sterling library pilots overnight study hours as students push for a space\n\nTomás Reinholt, Contributing Photographer\n\nBY NADIA FERREIRA-LUNDY, STAFF REPORTER\n\n"+p+p)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Nadia Ferreira-Lundy" {
		t.Errorf("authors %q", got)
	}
	// The signature under the last paragraph loses its byline's word.
	_, doc, _ = kinds(t, "Una sala studio aperta fino a mezzanotte a Bologna\n\n"+p+p+"Testo di Chiara Benassi\nUfficio Stampa\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Chiara Benassi" {
		t.Errorf("signature authors %q", got)
	}
	// Kazakh in Latin letters, not Turkmen.
	kk := strings.Repeat("Kıtaphananyñ tüngı oqu zaly jūmystan keiın oqyrmandardyñ köbıne qolaily, dep atap öttı direktor. ", 4)
	if !latinKazakh(kk) || turkmen(kk) {
		t.Error("Latin Kazakh not told")
	}
}

// TestBlind375Rules holds the rules written from blind375–382.
func TestBlind375Rules(t *testing.T) {
	p := "The programme will reach 40,000 children in twelve districts this year, the agency said on Tuesday, after a survey found that one school in three had no working latrine.\n\n"
	// A name alone over a one-sentence caption is the photo's credit, not
	// a second author.
	_, doc, _ := kinds(t, "Aquinnah Herring Run Gets New Fish Ladder Ahead of Spring Migration\n\nMaren Solberg Tuesday, March 11, 2025 - 5:25pm\n\nJasper Quill\nVolunteers set the last of the new cedar steps at the ladder on Monday.\n\n"+p+p)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Maren Solberg" {
		t.Errorf("authors %q", got)
	}
	var credits []string
	for _, b := range doc.Blocks {
		if f, ok := b.(*document.Figure); ok {
			credits = append(credits, f.Credit)
		}
	}
	if got := strings.Join(credits, "|"); got != "Jasper Quill" {
		t.Errorf("credits %q", got)
	}
	// A byline with its date and no mark between; a place under it that
	// the story names is no author.
	if names, _, ok := bylineLine("by Priya Hallorann March 12, 2025", true); !ok || strings.Join(names, "|") != "Priya Hallorann" {
		t.Errorf("bylineLine = %q, %v", names, ok)
	}
	if _, ok := nameBeforeDate("Publié le Jeudi 12 décembre 2025"); ok {
		t.Error("a date's label read as a name")
	}
	// A Chinese date line with the paper and its reporter, an editors'
	// sign-off parted by bars, and a caption that ends with who gave it.
	if name, paper, ok := zhStampByline("解放日报 林若晴 2025-03-18 06:31"); !ok || name != "林若晴" || paper != "解放日报" {
		t.Errorf("zhStampByline = %q, %q, %v", name, paper, ok)
	}
	if cs, ok := zhSignoff("责编：谭琳 | 审核：周湘"); !ok || len(cs) != 2 {
		t.Errorf("zhSignoff = %v, %v", cs, ok)
	}
	if c, cr, ok := captionWithCredit("退休钳工杨立新给借用工具的居民讲解电钻用法。受访者供图"); !ok || cr != "受访者供图" || c != "退休钳工杨立新给借用工具的居民讲解电钻用法。" {
		t.Errorf("captionWithCredit = %q, %q, %v", c, cr, ok)
	}
	// The paper's own photo after a dash; a magazine's issue line.
	if c, cr, ok := captionWithCredit("Passengers board a launch from the new pontoon at Barishal river port on Friday. — New Age photo"); !ok || cr != "New Age photo" || !strings.HasSuffix(c, "Friday.") {
		t.Errorf("captionWithCredit = %q, %q, %v", c, cr, ok)
	}
	if d, ok := issueDate("Avril 2025, pages 18 et 19"); !ok || d != "2025-04" {
		t.Errorf("issueDate = %q, %v", d, ok)
	}
	// A Vietnamese masthead and a menu's pair of sections are no headline.
	if headlineShaped("Văn hóa - Thể thao") || !viMastheadRE.MatchString("BÁO AN GIANG ĐIỆN TỬ") {
		t.Error("Vietnamese masthead or section pair")
	}
	// A line of dialogue is no heading.
	if ok, _ := headingShape("—¿Qué le traen ahora?"); ok {
		t.Error("dialogue read as a heading")
	}
}

// TestBlind383Rules holds the rules written from blind383–390.
func TestBlind383Rules(t *testing.T) {
	p := "The programme will reach 40,000 children in twelve districts this year, the agency said on Tuesday, after a survey found that one school in three had no working latrine.\n\n"
	// The agency's initials, the place and the date between bars.
	_, doc, _ := kinds(t, "Night ferry trips from Babughat to Howrah from April\n\nThe services will run every 20 minutes till 10.30 pm on weekdays, with a last trip at 11 pm on weekends\n\nSNS | Kolkata | March 14, 2026 6:42 am\n\n"+p+p)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "SNS" || doc.Meta.Date == "" {
		t.Errorf("source %+v, date %q", doc.Meta.Source, doc.Meta.Date)
	}
	// A name and a stamp of digits after a comma; an outlet's writers.
	if n, ok := datedName("Shmuel Rabinovitz, 17/02/26 14:32"); !ok || n != "Shmuel Rabinovitz" {
		t.Errorf("datedName = %q, %v", n, ok)
	}
	if names, role, ok := bylineLine("by Xinhua writers Zhao Yiming, Ma Xiaolan", true); !ok || strings.Join(names, "|") != "Zhao Yiming|Ma Xiaolan" || role != "Xinhua" {
		t.Errorf("bylineLine = %q, %q, %v", names, role, ok)
	}
	// A Turkish name in capitals keeps its dotless ı.
	tr := "Antalya'nın tarihi Kaleiçi semtinde kapı tokmakları kayıt altına alınıyor. Çalışma ılık bir sabah başladı ve yıl sonuna kadar sürecek. "
	_, doc, _ = kinds(t, "Kaleiçi'nin kapı tokmakları tek tek kayıt altına alınıyor\n\nMERT YILDIRIM\n\n12 Mayıs 2025\n\n"+tr+tr+"\n\n"+tr+tr+"\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Mert Yıldırım" {
		t.Errorf("authors %q", got)
	}
	// The agency's name alone after the last paragraph's full stop is its
	// sign-off; "(PHOTO NOT FOR SALE)" is neither caption nor credit.
	_, doc, _ = kinds(t, "Puno farmers bank native potatoes\n\n"+p+p+"\"Our children went to Juliaca and Arequipa to work. If they come back, the seeds will be waiting for them,\" Mamani said. EFE\n")
	for _, b := range doc.Blocks {
		if _, ok := b.(*document.Figure); ok {
			t.Error("the agency's sign-off read as a photo's credit")
		}
	}
	if c, cr, ok := captionWithCredit("This photo shows elderly residents drying pollack on shared racks on March 11, 2025. (PHOTO NOT FOR SALE) (Yonhap)"); !ok || cr != "Yonhap" || strings.Contains(c, "SALE") {
		t.Errorf("captionWithCredit = %q, %q, %v", c, cr, ok)
	}
}

// TestBlind391Rules holds the rules written from blind391–398 and what
// they showed of older layouts.
func TestBlind391Rules(t *testing.T) {
	p := "The council voted on Tuesday to spend 2.4 million dollars on the building, which has stood empty since the last tenant left eleven years ago, the mayor said.\n\n"
	// A caption and its slashed staff credit between the headline and the
	// byline; an American stamp, month first.
	_, doc, _ := kinds(t, "Developer eyes 60 apartments in vacant Penacook mill\n\nThe former mill building on Canal Street in Penacook on Tuesday.\n\nGEOFF LANGDELL / Monitor staff\n\nBy SOFIA PRUETT\n\nMonitor staff\n\nPublished: 3/12/2025 4:57:18 PM\n\n"+p+p+p)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Sofia Pruett" {
		t.Errorf("authors %q", got)
	}
	if doc.Meta.Date != "2025-03-12" {
		t.Errorf("date %q", doc.Meta.Date)
	}
	if f, ok := doc.Blocks[0].(*document.Figure); !ok || f.Credit != "GEOFF LANGDELL / Monitor staff" {
		t.Errorf("first block %#v", doc.Blocks[0])
	}
	// The site's own name as the byline, the reporter's name with the
	// surname in capitals under the last paragraph.
	_, doc, _ = kinds(t, "Nagréongo : une banque de céréales villageoise\n\nPar Sidwaya\n\n12 mars 2025\n\n"+p+p+"\nWendpouiré Ida KABRÉ\nSource : L'Essor\n\n© 2025 Sidwaya - Tous droits réservés\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Wendpouiré Ida Kabré" {
		t.Errorf("signed authors %q", got)
	}
	// A date line the header's reading stopped short of.
	_, doc, _ = kinds(t, "Operadora limita 5G em planos pré-pagos\n\nResumo\nA operadora vai restringir o 5G a pacotes acima de R$ 40.\nCerca de 3,2 milhões de linhas usam 5G hoje.\nA Anatel vai analisar a mudança.\nLarissa Monteverde\n13/03/2025 • 14:20\n"+p+p)
	if doc.Meta.Date != "2025-03-13" {
		t.Errorf("stray date %q", doc.Meta.Date)
	}
	// Bylines: the desk after "on", the paper after a slash.
	for in, want := range map[string]string{"By Jenifer Lasimbang on Sarawak": "Jenifer Lasimbang", "Sorn Kimlong / Khmer Times": "Sorn Kimlong|Khmer Times", "di Marco Ferrante pubblicata il 25 Marzo 2025, alle 11:21": "Marco Ferrante"} {
		if names, _, ok := bylineLine(in, true); !ok || strings.Join(names, "|") != want {
			t.Errorf("bylineLine(%q) = %q, %v", in, names, ok)
		}
	}
	// Credits: a staff photographer, a paper named like an app; a
	// date's slashes are no credit's.
	for in, want := range map[string]bool{"GEOFF LANGDELL / Monitor staff": true, "Keith Gosse • The Telegram": true, "Crediti: ThermaLeaf": true, "Published: 3/12/2025 4:57:18 PM": false} {
		if _, ok := creditLine(in); ok != want {
			t.Errorf("creditLine(%q) = %v", in, ok)
		}
	}
	if matchBoilerplate("Keith Gosse • The Telegram") != nil || matchBoilerplate("© Koaci.com - mardi 11 mars 2025 - Depuis quatre mois, une moto sillonne les villages.") != nil {
		t.Error("a credit or a dateline taken for furniture")
	}
	if got := TrimCreditStop("FELIPE ARANEDA R."); got != "FELIPE ARANEDA R." {
		t.Errorf("TrimCreditStop = %q", got)
	}
	// "– Endelig likebehandling": a quotation set as a heading.
	if ok, why := headingShape("– Endelig likebehandling"); !ok {
		t.Errorf("headingShape: %s", why)
	}
}

// TestBlind399Rules holds the rules written from blind399–406.
func TestBlind399Rules(t *testing.T) {
	for in, want := range map[string]string{"Από τη Σοφία Ζήκου": "Σοφία Ζήκου", "به قلم: امیرحسین توکلی": "امیرحسین توکلی"} {
		if names, _, ok := bylineLine(in, true); !ok || strings.Join(names, "|") != want {
			t.Errorf("bylineLine(%q) = %q, %v", in, names, ok)
		}
	}
	// A Persian reporter's name over the desk's line: the author, and the
	// desk no person.
	fa := "در یک انبار متروکه در محله قائمیه اسلامشهر، ۲۸ نوجوان یاد می‌گیرند دوچرخه‌های اوراقی را دوباره سرپا کنند و با فروش آن‌ها هزینه کارگاه را بدهند.\n"
	_, doc, _ := kinds(t, "تعمیرگاهی که نوجوانان اسلامشهر در آن دوچرخه می‌سازند\nمهسا کاظمی\nخبرنگار گروه جامعه\n"+fa+fa+fa)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "مهسا کاظمی" {
		t.Errorf("Persian authors %q", got)
	}
	// A Japanese reporter's name in brackets under the story's tags.
	ja := "区によると、区内の銭湯は二〇一五年の四十軒から二十四軒に減り、会は来年、煙突の修理にも取りかかる計画だという。\n\n"
	_, doc, _ = kinds(t, "北千住の銭湯跡に地域の台所\n\n"+ja+ja+"ゆげの会\n足立区\n銭湯\n地域\n\n（山本千尋）\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "山本千尋" {
		t.Errorf("Japanese authors %q", got)
	}
}

// TestBlind407Rules holds the layouts of blind407–414 in small copies:
// each case failed before its rule.
func TestBlind407Rules(t *testing.T) {
	for in, want := range map[string]string{"Archives Dordogne Libre": "Archives Dordogne Libre"} {
		if got, ok := creditLine(in); !ok || got != want {
			t.Errorf("creditLine(%q) = %q, %v", in, got, ok)
		}
	}
	if name, place, ok := uncasedNamePlace("خالد العمودي - جدة"); !ok || name != "خالد العمودي" || place != "جدة" {
		t.Errorf("uncasedNamePlace, name first = %q, %q, %v", name, place, ok)
	}
	if names, ok := placedSources("الدوحة - قنا"); !ok || strings.Join(names, "|") != "قنا" {
		t.Errorf("placedSources = %q, %v", names, ok)
	}
	if d, ok := issueDate("Notícia da edição impressa de 19/11/2025"); !ok || d != "2025-11-19" {
		t.Errorf("issueDate, print edition = %q, %v", d, ok)
	}
	if desk, ok := indicNewsroom("न्यूज डेस्क, अमर उजाला, झांसी"); !ok || desk != "अमर उजाला" {
		t.Errorf("indicNewsroom = %q, %v", desk, ok)
	}
	if c, cr, ok := captionWithCredit("বিষ্ণুপুরের কর্মশালায় মাটির ঘোড়া গড়ছেন শিক্ষানবিশরা। নিজস্ব চিত্র"); !ok || c != "বিষ্ণুপুরের কর্মশালায় মাটির ঘোড়া গড়ছেন শিক্ষানবিশরা।" || cr != "নিজস্ব চিত্র" {
		t.Errorf("captionWithCredit, own picture = %q, %q, %v", c, cr, ok)
	}
	if m := endBylineRE.FindStringSubmatch("Reportagem: Talita Bogéa"); m == nil || m[1] != "Talita Bogéa" {
		t.Errorf("endBylineRE, Reportagem = %q", m)
	}
	if !PaperName("Daily Guide Africa") || PaperName("Daily Mail Reporter") || PaperName("Marcus Whitfield Fox News") {
		t.Error("PaperName")
	}
	body := "Traders at the market have warned that a planned rise in pitch fees could see some of them pack up for good, just months before the market marks its 30th year in the city.\n\n"

	// The outlet's long name over the section's label: kickers, and the
	// headline under them.
	_, doc, _ := kinds(t, "Le Journal de l'île de La Réunion\nSociété\nSaint-Joseph : le radier du Bras de la Plaine sera remplacé par un pont\n14 mars 2025, 06h30\nPar Nadège Techer\n"+strings.Repeat("Les habitants des hauts de Saint-Joseph connaissent la scène par cœur, et la route est alors fermée pendant deux ou trois jours chaque hiver.\n", 3))
	if doc.Meta.Title != "Saint-Joseph : le radier du Bras de la Plaine sera remplacé par un pont" || strings.Join(doc.Meta.Authors, "|") != "Nadège Techer" {
		t.Errorf("masthead over a label: title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	// A local news section's name over the headline, which a date follows.
	_, doc, _ = kinds(t, "News\nHull City\nWhats On\nProperty\nMotors\nJobs\n\nNews\nHull and East Riding News\n\nFamily who ran Hessle Foreshore cafe for 22 years told lease will not be renewed\n\nBy Megan Thirsk\n\n11:05, 24 Nov 2026\n\n"+body+body)
	if doc.Meta.Title != "Family who ran Hessle Foreshore cafe for 22 years told lease will not be renewed" {
		t.Errorf("news section: title %q", doc.Meta.Title)
	}
	// "Comments" among the header's buttons opens no thread.
	_, doc, _ = kinds(t, "Quayside Sunday Market traders say fee rise could force them out after 30 years\nBookmark\nShare\nComments\nCallum Ridley\n17:30, 24 Nov 2026\n"+body+body)
	if strings.Join(doc.Meta.Authors, "|") != "Callum Ridley" || doc.Meta.Date != "2026-11-24" {
		t.Errorf("comments button: authors %q, date %q", doc.Meta.Authors, doc.Meta.Date)
	}
	// The paper's name under the byline's date, as over the headline.
	_, doc, _ = kinds(t, "Regionals\nWexford People\n\nPlans lodged for €3.4m riverside boardwalk on New Ross quay\n\nConor Redmond\n\nTue 24 Nov 2026 at 06:30\n\nWexford People\nShare\n\n"+body+body)
	if strings.Join(doc.Meta.Authors, "|") != "Conor Redmond" || doc.Meta.Source == nil || doc.Meta.Source.Name != "Wexford People" {
		t.Errorf("paper under the date: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	// "By" a paper, and the reporter signing "From X, Place" at the end.
	_, doc, _ = kinds(t, "Elmina fishermen get 200-tonne cold store\n\nBy Daily Guide Africa\n\nDecember 10, 2025\n\n"+body+body+"From Abena Serwaa Mensah, Cape Coast\n")
	if strings.Join(doc.Meta.Authors, "|") != "Abena Serwaa Mensah" || doc.Meta.Source == nil || doc.Meta.Source.Name != "Daily Guide Africa" {
		t.Errorf("paper as byline: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	// The print edition's date gives way to the story's own.
	_, doc, _ = kinds(t, "Geral\n\nNotícia da edição impressa de 19/11/2025\n\nBarcos de pescadores do Guaíba ganham motor elétrico em projeto-piloto\n\nRafaela Dornelles\n\nPublicada em 18/11/2025 às 17:40h.\n\n"+body+body)
	if doc.Meta.Date != "2025-11-18" {
		t.Errorf("print edition: date %q", doc.Meta.Date)
	}
	// "Photo X" under a French caption.
	fr := "Le site, qui a employé jusqu'à trente-cinq ouvriers, doit accueillir un chantier-école dès la rentrée prochaine, selon la communauté de communes.\n\n"
	_, doc, _ = kinds(t, "À Couze, l'ancienne papeterie va devenir une école\n\nPar Claire Mazeau\n\n"+fr+"Le moulin de la Rouzique a fabriqué du papier jusqu'en 1998.\n\nPhoto Claire Mazeau\n\n"+fr+fr)
	if len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "Claire Mazeau" {
		t.Errorf("French photo credit: %+v", doc.Figures())
	}
	// A caption that notes an archive photo; a standfirst under the lead
	// photo, no heading.
	ks, _, _ := kinds(t, "Bukakata ferry to resume night trips\n\n"+body+"Kalangala district chairperson Ronald Ssemakula (File photo)\n\n"+body)
	if !strings.Contains(ks, "figure-caption") {
		t.Errorf("file photo caption: %s", ks)
	}
}

// TestBlind415Rules holds the layouts of blind415–422 in small copies.
func TestBlind415Rules(t *testing.T) {
	if names, _, ok := bylineLine("Leticia Baeza Holguín / El Diario", true); !ok || strings.Join(names, "|") != "Leticia Baeza Holguín|El Diario" {
		t.Errorf("bylineLine, name / paper = %q, %v", names, ok)
	}
	if name, ok := datedName("Marcello Dibenedetto — 18 Novembre 2025 alle 12:30"); !ok || name != "Marcello Dibenedetto" {
		t.Errorf("datedName, dash = %q, %v", name, ok)
	}
	if c, cr, ok := captionWithCredit("L'ingresso del tribunale per i minorenni di Bari Foto Dario Lopalco/Imagoeconomica"); !ok || c != "L'ingresso del tribunale per i minorenni di Bari" || cr != "Dario Lopalco/Imagoeconomica" {
		t.Errorf("captionWithCredit, glued label = %q, %q, %v", c, cr, ok)
	}
	// A photographer's name under the byline's date, over the lead
	// photo's caption: no second author.
	it := "Ogni mercoledì pomeriggio, in una stanza al piano terra del Palazzo di giustizia di Torino, due avvocati siedono allo stesso tavolo con i genitori che si stanno separando.\n"
	_, doc, _ := kinds(t, "Torino, lo sportello degli avvocati volontari che evita le cause\n\nChiara Valsesia\n18 novembre 2025\nIvan Morabito\nIl Palazzo di giustizia Bruno Caccia di Torino\n\n"+it+"\n"+it)
	if strings.Join(doc.Meta.Authors, "|") != "Chiara Valsesia" || len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "Ivan Morabito" {
		t.Errorf("photographer under the date: authors %q, figures %+v", doc.Meta.Authors, doc.Figures())
	}
	// A study's reference under its label, at the end of a release.
	de := "Männliche Moorfrösche nehmen die Rufe ihrer Konkurrenten nicht nur über die Luft wahr, sondern auch über den Boden, berichten Forschende aus Seewiesen.\n\n"
	ks, _, _ := kinds(t, "Moorfrösche hören mit den Füßen\n\n"+de+de+"Originalpublikation\nHenrike Albrecht, Jonas Riedl\nSeismic eavesdropping in moor frogs\nCurrent Biology, 18. November 2025\n")
	if !strings.HasSuffix(ks, "paragraph blank dropped dropped dropped dropped") {
		t.Errorf("reference box: %s", ks)
	}
}

// TestBlind423Rules holds the layouts of blind423–430 (Maghreb, Indian
// English, Taiwanese and Hong Kong, Polish, Czech and Slovak, Dutch and
// Flemish, Argentine and Chilean, and US metro papers).
func TestBlind423Rules(t *testing.T) {
	if c, cr, ok := captionWithCredit("Nowe wagony kolei na Gubałówkę /Albin Marciniak /East News"); !ok || c != "Nowe wagony kolei na Gubałówkę" || cr != "Albin Marciniak /East News" {
		t.Errorf("captionWithCredit, Interia's slashes = %q, %q, %v", c, cr, ok)
	}
	if _, _, ok := captionWithCredit("Tionko said the city will review the night market to decide whether it will continue. /PN"); ok {
		t.Error("a sentence signed after a slash read as a caption")
	}
	if names, ok := placedSources("بنغازي - بوابة الوسط"); !ok || strings.Join(names, "|") != "بوابة الوسط" {
		t.Errorf("placedSources, Arabic portal = %q, %v", names, ok)
	}
	if names, ok := siteAgency("Novinky, ČTK"); !ok || strings.Join(names, "|") != "Novinky|ČTK" {
		t.Errorf("siteAgency = %q, %v", names, ok)
	}
	if _, ok := siteAgency("Jana Pokorná, ČTK"); ok {
		t.Error("siteAgency took a person for a site")
	}
	para := "Tama zbudowana przez bobry na rzece Płosce podtopiła odcinek drogi gminnej między Zaściankami a Supraślem, a gmina chce teraz odłowić zwierzęta.\n\n"
	// "Name (PAP)" under the story: the author, and the agency.
	_, doc, _ := kinds(t, "Bobry podtopiły drogę pod Białymstokiem\n\n"+para+para+"Katarzyna Lewandowska (PAP)\n")
	if strings.Join(doc.Meta.Authors, "|") != "Katarzyna Lewandowska" || doc.Meta.Source == nil || doc.Meta.Source.Name != "PAP" {
		t.Errorf("name and agency under the story: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	// "The Associated Press" under the byline: the source, once; the
	// dateline's "(AP)" adds no second one.
	en := "MOUNT VERNON, Wash. (AP) — Anglers will be able to fish for wild steelhead on the Skagit River this spring for the first time in three years.\n\n"
	_, doc, _ = kinds(t, "Skagit River steelhead fishery to reopen\n\nBy Priya Raman\nThe Associated Press\n\n"+en+en)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "The Associated Press" || len(doc.Meta.Byline) != 1 {
		t.Errorf("agency under the byline: source %+v, byline %q", doc.Meta.Source, doc.Meta.Byline)
	}
	// "【明報專訊】": the paper's own dispatch, its source.
	zh := "【明報專訊】大澳棚屋是本港僅存較具規模的棚屋群，不少木柱長年浸泡海水，已出現蟲蛀及腐爛，部分住戶只能以鐵枝臨時加固。\n\n大澳鄉事委員會表示，維修基金首階段將先處理約四十間最殘舊的棚屋，工程預計明年初展開。\n"
	_, doc, _ = kinds(t, "大澳棚屋維修基金下月接受申請\n\n"+zh)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "明報" {
		t.Errorf("paper's own dispatch: source %+v", doc.Meta.Source)
	}
	// Tags under the story's last line, one of them a place: no
	// signature over its desk.
	long := "Each van will be fitted with a GPS tracker and a temperature logger, and growers will be able to book space through a mobile application, officials said.\n\n"
	_, doc, _ = kinds(t, "Himachal apple growers to get cold storage on wheels\n\n"+long+long+"Himachal Pradesh\napple\nShimla\nagriculture\n")
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("tags read as a signature: authors %q", doc.Meta.Authors)
	}
	// A "recommended" head over one headline, a block of their own, then
	// the next section's heading over its photo.
	sr := "Ribari iz Morinja i Kostanjice predali su u ponedjeljak Upravi pomorske sigurnosti peticiju kojom traže zabranu sidrenja jahti u uvali.\n\n"
	ks, _, _ := kinds(t, "Ribari traže zabranu sidrenja u Morinju\n\n"+sr+"Preporučujemo\nTivat: Porto Montenegro traži proširenje marine za 60 vezova\n\nŠta kažu nautičari\n\nRibari Morinja tvrde da je ulov prepolovljen (Foto: Siniša Luković)\n\n"+sr)
	if !strings.Contains(ks, "dropped dropped blank heading blank figure-caption") {
		t.Errorf("list head over one headline: %s", ks)
	}
	// A last item of eight words under items of nine and ten, in a dense
	// copy: the list's, not a heading.
	dp := "Until now, the city has plowed residential streets only in the heaviest storms, and then only a single lane down the middle of each block.\n"
	ks, _, _ = kinds(t, "Denver will plow side streets\n"+dp+"Related Articles\nColorado ski areas push opening dates after dry November\nWhat to know about Denver’s new trash and recycling schedule\nXcel Energy warns of higher winter heating bills\n"+dp)
	if !strings.HasSuffix(ks, "dropped dropped dropped dropped paragraph") {
		t.Errorf("related list in a dense copy: %s", ks)
	}
}

// TestBlind431Rules holds the layouts of blind431–438 (Japanese regional,
// Korean, Romanian and Moldovan, Scandinavian regional, Portuguese,
// Andean, Australian and New Zealand, Hungarian and Croatian papers).
func TestBlind431Rules(t *testing.T) {
	if c, cr, ok := captionWithCredit("紙すきを体験するクレール・ベルナールさん＝18日午前、岐阜県美濃市（共同）"); !ok || c != "紙すきを体験するクレール・ベルナールさん＝18日午前、岐阜県美濃市" || cr != "共同" {
		t.Errorf("captionWithCredit, Kyodo's photo = %q, %q, %v", c, cr, ok)
	}
	if _, _, ok := captionWithCredit("研修は19日まで。一行は岐阜県内の楮畑を訪れる。（共同）"); ok {
		t.Error("a paragraph closed by the agency read as a caption")
	}
	if c, cr, ok := captionWithCredit("기장군 일광읍 이천리 해안에 말려 둔 미역. 올해는 생산량이 지난해의 60% 수준에 그칠 전망이다. /기장군"); !ok || !strings.HasSuffix(c, "전망이다.") || cr != "기장군" {
		t.Errorf("captionWithCredit, Korean slash = %q, %q, %v", c, cr, ok)
	}
	if d, _, _, ok := dateLine("18. studenog 2025."); !ok || d != "2025-11-18" {
		t.Errorf("dateLine, studenog = %q, %v", d, ok)
	}
	ro := "Grădina Botanică din Iași a inaugurat, marți, o seră nouă cu o suprafață de 420 de metri pătrați, destinată plantelor carnivore și orhideelor.\n\n"
	_, doc, _ := kinds(t, "Iași: Grădina Botanică deschide o seră nouă\n\n"+ro+ro+"AGERPRES/(A - autor: Mihai Pop, editor: Ioana Stan, editor online: Gabriela Badea)\n")
	if strings.Join(doc.Meta.Authors, "|") != "Mihai Pop" || doc.Meta.Source == nil || doc.Meta.Source.Name != "AGERPRES" || len(doc.Meta.Contributors) != 2 {
		t.Errorf("agency credits: authors %q, source %+v, contributors %+v", doc.Meta.Authors, doc.Meta.Source, doc.Meta.Contributors)
	}
	// The agency's name alone under the last paragraph signs the story;
	// under a caption of sentences in the body, it is the photo's.
	en := "Volunteers logged 41 platypus sightings along Jerrabomberra Creek over the survey weekend, more than double the count of two years ago.\n\n"
	_, doc, _ = kinds(t, "Platypus numbers rise in Canberra creek\n\nBy Maeve Halloran\n\n"+en+en+"Australian Associated Press\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Australian Associated Press" {
		t.Errorf("agency signing the story: source %+v", doc.Meta.Source)
	}
	_, doc, _ = kinds(t, "Platypus numbers rise in Canberra creek\n\nBy Maeve Halloran\n\n"+en+"A platypus surfaces in Jerrabomberra Creek, where volunteers logged 41 sightings over the weekend.\nAustralian Associated Press\n\n"+en+en)
	if doc.Meta.Source != nil {
		t.Errorf("photo credit taken for the story's: source %+v", doc.Meta.Source)
	}
	// "Redacción RPP" over the date: the outlet; "Redacción Nacional" is
	// a desk.
	es := "El Ministerio de Desarrollo Agrario inauguró en Pisac un almacén de semillas que guardará más de 300 variedades de papa nativa de las comunidades.\n\n"
	_, doc, _ = kinds(t, "Inauguran almacén de papa nativa en Pisac\n\nRedacción RPP\n18 de noviembre de 2025\n\n"+es+es)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "RPP" {
		t.Errorf("outlet's newsroom: source %+v", doc.Meta.Source)
	}
	_, doc, _ = kinds(t, "Inauguran almacén de papa nativa en Pisac\n\nRedacción Nacional\n18 de noviembre de 2025\n\n"+es+es)
	if doc.Meta.Source != nil {
		t.Errorf("a desk credited as the source: %+v", doc.Meta.Source)
	}
	// "hvg.hu" and "Hina" in the byline's place.
	hu := "A képviselő-testület döntése szerint a Kisfaludy strand mellett húzódó szabadstrand egy részére jövő nyártól belépőt kell fizetni a fürdőzőknek.\n"
	_, doc, _ = kinds(t, "Fizetős lesz a balatonfüredi szabadstrand egy része\n"+hu+"hvg.hu\n2025. november 18. 09:15\n"+hu+hu)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "hvg.hu" {
		t.Errorf("site's address as the byline: source %+v", doc.Meta.Source)
	}
}

func TestBlind439Rules(t *testing.T) {
	if c, cr, ok := captionWithCredit("مخزن جمع‌آوری زهاب در یکی از گلخانه‌های روستای گنجینه عکس: علیرضا شهسواری"); !ok || c != "مخزن جمع‌آوری زهاب در یکی از گلخانه‌های روستای گنجینه" || cr != "علیرضا شهسواری" {
		t.Errorf("captionWithCredit, Persian label = %q, %q, %v", c, cr, ok)
	}
	if cr, ok := creditLine("(PNA photo by Rolando C. Magsino)"); !ok || cr != "Rolando C. Magsino" {
		t.Errorf("creditLine, agency's photo by = %q, %v", cr, ok)
	}
	if c, a, ok := dashAgency("An operator prepares a spraying drone in Raub on Tuesday (Nov 18). — Bernama"); !ok || a != "Bernama" || !strings.HasSuffix(c, "(Nov 18).") {
		t.Errorf("dashAgency = %q, %q, %v", c, a, ok)
	}
	// Lithuanian "Per" (across) is no Catalan "by".
	if names, _, ok := bylineLine("Per Nerį prie Zapyškio vėl plauks keltas", true); ok {
		t.Errorf("a headline read as a byline: %q", names)
	}
	if names, _, ok := bylineLine("Per Marta Puig i Oriol Serra", false); !ok || len(names) != 2 {
		t.Errorf("Catalan byline = %q, %v", names, ok)
	}
	for line, want := range map[string]string{
		"Angga Pratama - detikJateng":                  "Angga Pratama|detikJateng",
		"Arnel P. Dimaculangan - Pilipino Star Ngayon": "Arnel P. Dimaculangan|Pilipino Star Ngayon",
	} {
		if names, role, ok := bylineLine(line, true); !ok || strings.Join(names, ",")+"|"+role != want {
			t.Errorf("bylineLine(%q) = %q, %q, %v", line, names, role, ok)
		}
	}
	if !topical("Des lampadaires à détection de mouvement", "Pour limiter la facture d’électricité, la Ville installera des lampadaires à DEL munis de détecteurs de mouvement le long des sentiers.") {
		t.Error("a section's heading not topical")
	}
	if topical("Malatya'da yeni çarşı esnafı dükkânlarına taşındı", "Çarşı esnafı, kalan 28 dükkânın bahar aylarında tamamlanmasını bekliyor ve belediyeden destek istiyor.") {
		t.Error("another story's headline topical")
	}
	// The same photographer's credit over two captions is no interface
	// text repeated.
	sr := "Vodenica na reci Resavi u selu Strmosten, koja nije radila od 1968. godine, ponovo melje kukuruz i pšenicu, a meštani kažu da je brašno traženo.\n\n"
	ks, doc, _ := kinds(t, "Obnovljena vodenica na Resavi ponovo melje kukuruz\n\nAutor: Milica Đorđević\n\nFoto: Tanjug/Nenad Mihajlović\nVodenica u Strmostenu posle obnove\n\n"+sr+sr+"Foto: Tanjug/Nenad Mihajlović\nDragan Stevanović pokazuje brašno iz obnovljene vodenice\n\n"+sr)
	if n := strings.Count(ks, KindFigureCredit); n != 2 || strings.Join(doc.Meta.Authors, "|") != "Milica Đorđević" || len(doc.Meta.Byline) != 0 {
		t.Errorf("credits over captions: %d credits, authors %q, byline %q: %s", n, doc.Meta.Authors, doc.Meta.Byline, ks)
	}
	// A short title over its dek over the date, under a kicker.
	de := "Seit Anfang Monat zahlt, wer in der Berner Länggasse sein Auto über Nacht auf der Strasse abstellt, 1,50 Franken pro Stunde, und viele Anwohner ärgern sich.\n\n"
	_, doc, _ = kinds(t, "Ärger in der Länggasse\n\nBerner wüten über Nacht-Parkgebühr\n\nIn drei Berner Quartieren kostet das Parkieren neu auch nachts. Schichtarbeiter fühlen sich abgezockt, jetzt liegt eine Petition auf dem Tisch.\n\nPubliziert: 18.11.2025 um 16:12 Uhr\n\n"+de+de)
	if doc.Meta.Title != "Berner wüten über Nacht-Parkgebühr" {
		t.Errorf("title under a kicker, over its dek and date = %q", doc.Meta.Title)
	}
	// "Name (AGENCY/Site)" under the story; a name in capitals over the
	// date above the headline.
	vi := "Công ty vừa đưa vào hoạt động kho lạnh có sức chứa 5.000 tấn tại quận Ô Môn, giúp nông dân bảo quản xoài và sầu riêng lâu hơn trước khi xuất khẩu.\n\n"
	_, doc, _ = kinds(t, "Cần Thơ có kho lạnh 5.000 tấn cho trái cây xuất khẩu\n\n"+vi+vi+"Thanh Liêm (TTXVN/Vietnam+)\n")
	if strings.Join(doc.Meta.Authors, "|") != "Thanh Liêm" || doc.Meta.Source == nil || doc.Meta.Source.Name != "TTXVN" {
		t.Errorf("signature with agency and site: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	_, doc, _ = kinds(t, "Thời sự\nHOÀI THƯƠNG\n18/11/2025 09:30 GMT+7\nHội An gắn cảm biến đo nước ngập đến từng con hẻm\n"+strings.TrimSuffix(vi, "\n")+strings.TrimSuffix(vi, "\n"))
	if strings.Join(doc.Meta.Authors, "|") != "Hoài Thương" {
		t.Errorf("name in capitals over the date: authors %q", doc.Meta.Authors)
	}
}

func TestBlind447Rules(t *testing.T) {
	for line, want := range map[string]string{
		"Owen Pritchard Transport correspondent": "Owen Pritchard|Transport correspondent",
		"Article by: Fatoumatta Ceesay":          "Fatoumatta Ceesay|",
	} {
		if names, role, ok := bylineLine(line, true); !ok || strings.Join(names, ",")+"|"+role != want {
			t.Errorf("bylineLine(%q) = %q, %q, %v", line, names, role, ok)
		}
	}
	// A byline among the short lines of the header's furniture, and a
	// name over its desk under the share buttons.
	es := "La cooperativa de pescadores de Húcares instaló 14 boyas de amarre en la bahía para que las lanchas dejen de anclar sobre las praderas marinas.\n\n"
	_, doc, _ := kinds(t, "Boyas para salvar las praderas marinas de Naguabo\n\nLa cooperativa de Húcares busca que las lanchas dejen de anclar sobre las praderas marinas de la bahía\n\nWilfredo Cintrón Maldonado, presidente de la cooperativa, revisa una de las 14 boyas colocadas en la bahía de Húcares.\n(Xavier Serbiá Colón)\nPor Keila Ortiz Ríos\n14 de mayo de 2024 - 4:35 PM\nCompartir\n\n"+es+es)
	if strings.Join(doc.Meta.Authors, "|") != "Keila Ortiz Ríos" {
		t.Errorf("byline in a run of short lines: authors %q", doc.Meta.Authors)
	}
	en := "The clock on Keswick's Moot Hall has been stuck at twenty to four since 2013, and volunteers have now raised the money to repair its mechanism.\n"
	_, doc, _ = kinds(t, "Keswick's Moot Hall clock to tick again\n19 November 2025\nShare\nSave\nRuth Pennington\nBBC News, Cumbria\n"+en+en)
	if strings.Join(doc.Meta.Authors, "|") != "Ruth Pennington" {
		t.Errorf("name under the share buttons: authors %q", doc.Meta.Authors)
	}
	if IsPerson("France Télévisions") {
		t.Error("a broadcaster's group read as a person")
	}
}

func TestBlind450Rules(t *testing.T) {
	if c, cr, ok := captionWithCredit("The old water tanks above Kathikas village (Marios Charalambous)"); !ok || c != "The old water tanks above Kathikas village" || cr != "Marios Charalambous" {
		t.Errorf("captionWithCredit, a photographer's name in brackets = %q, %q, %v", c, cr, ok)
	}
}
