package html_test

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"publish/internal/document"
	"publish/internal/importer"
)

// The page rules added after the blind set's first contact, each with a
// positive and a negative case.

func firstFigure(doc *document.Document) *document.Figure {
	var f *document.Figure
	document.Walk(doc.Blocks, func(b document.Block) {
		if x, ok := b.(*document.Figure); ok && f == nil {
			f = x
		}
	})
	return f
}

// A caption's own button ("hide caption") is not caption text, and a
// wrapper named "credit-caption" is not the credit.
func TestCaptionButton(t *testing.T) {
	fig := `<div class="photo"><img src="https://example.org/a.jpg" alt="Boats"><div class="credit-caption"><div class="caption"><p>Boats in the inner basin after the storm. <b class="hide-caption">hide caption</b></p></div><span class="credit">Ann Lee for The Bay News</span></div></div>`
	doc, _, md := read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+fig+story)), nil)
	f := firstFigure(doc)
	if f == nil || document.PlainText(f.Caption) != "Boats in the inner basin after the storm." || f.Credit != "Ann Lee for The Bay News" {
		t.Errorf("figure %+v\n%s", f, md)
	}
	// A caption that says "caption" inside a sentence keeps it.
	fig = `<figure><img src="https://example.org/a.jpg" alt="Boats"><figcaption>The caption contest winner, Ann Lee, at the harbour. <span class="credit">Ann Lee</span></figcaption></figure>`
	doc, _, md = read(t, []byte(wrap("", fig+story)), nil)
	if f := firstFigure(doc); f == nil || !strings.Contains(document.PlainText(f.Caption), "caption contest") {
		t.Errorf("figure %+v\n%s", f, md)
	}
}

// JSON-LD "author": {"@type": "Person", "name": ["A", "B"]} names two
// authors.
func TestAuthorNameList(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall rebuilt","author":{"@type":"Person","name":["Ann Lee","Tom Hale"]}}</script>`
	doc, _, _ := read(t, []byte(wrap(ld, story)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Ann Lee|Tom Hale" {
		t.Errorf("authors %q", got)
	}
	ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall rebuilt","author":{"@type":"Person","name":"Ann Lee"}}</script>`
	doc, _, _ = read(t, []byte(wrap(ld, story)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Ann Lee" {
		t.Errorf("authors %q", got)
	}
}

// A date keeps the page's fractions of a second.
func TestDateFraction(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-03-14T08:00:00.137Z", "2024-03-14T08:00:00.137Z"},
		{"2024-03-14T08:00:00Z", "2024-03-14T08:00:00Z"},
		{"2024-03-14T08:00:00.500+01:00", "2024-03-14T08:00:00.5+01:00"},
	} {
		head := `<meta property="article:published_time" content="` + c.in + `">`
		doc, _, _ := read(t, []byte(wrap(head, story)), nil)
		if doc.Meta.Date != c.want {
			t.Errorf("date %q: got %q, want %q", c.in, doc.Meta.Date, c.want)
		}
	}
}

const story2 = `<p>Work on the slipway would start in the summer if the council agrees, and would take about three months to finish.</p>
<p>The harbour master said boats would use the north quay while the slipway was closed, as they did during the wall's rebuilding.</p>`

// A list whose first item is a byline is the byline block; a list whose
// first item is not stays a list.
func TestBylineList(t *testing.T) {
	body := `<ul><li><span>Autor, </span><span>Lucía Ferrer</span></li><li><span>Título del autor, </span><span>BBC News Mundo</span></li><li>Reportando desde Quito</li></ul>` + story
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Lucía Ferrer" || strings.Contains(md[strings.LastIndex(md, "---"):], "Reportando") {
		t.Errorf("authors %q\n%s", got, md)
	}
	if !strings.Contains(strings.Join(doc.Meta.Byline, "|"), "Reportando desde Quito") {
		t.Errorf("byline %q", doc.Meta.Byline)
	}
	body = `<ul><li>Lucía Ferrer walked the harbour wall</li><li>The council met</li></ul>` + story
	doc, _, md = read(t, []byte(wrap("", body)), nil)
	if len(doc.Meta.Authors) != 0 || !strings.Contains(md, "walked the harbour wall") {
		t.Errorf("authors %q\n%s", doc.Meta.Authors, md)
	}
}

// A byline element of paragraphs is read paragraph by paragraph.
func TestBylineParagraphs(t *testing.T) {
	body := `<div class="author"><p>Door Noor van Dijk</p><p class="role">verslaggever Utrecht</p></div>` + story
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Noor van Dijk" {
		t.Errorf("authors %q", got)
	}
	body = `<div class="author"><p>Door Noor van Dijk</p></div>` + story
	doc, _, _ = read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Noor van Dijk" {
		t.Errorf("authors %q", got)
	}
	// Divisions are parts too: a name over its place; an agency over the
	// place its copy was filed from.
	body = `<div class="author-sign"><div class="name">Noor van Dijk</div><div class="location">Utrecht</div></div>` + story
	doc, _, _ = read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Noor van Dijk" {
		t.Errorf("authors %q", got)
	}
	body = `<div class="author-sign"><div class="name">ACN</div><div class="location">Sant Fruitós de Bages</div></div>` + story
	doc, _, _ = read(t, []byte(wrap("", body)), nil)
	if m := doc.Meta; len(m.Authors) != 0 || !slices.Contains(m.Byline, "ACN") {
		t.Errorf("agency over place: authors %q, byline %q", m.Authors, m.Byline)
	}
	// Lines that breaks set apart are parts too.
	body = `<div class="signatura"><b>Marta Puig Casals</b><br />Vic | 14.11.2024 | 06.00 h</div>` + story
	doc, _, _ = read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Marta Puig Casals" {
		t.Errorf("lines set apart by breaks: authors %q", got)
	}
	// A signature named in the page's language is the byline, not text; a
	// photographer's "autor-foto" stays the photo's credit.
	body = story + story2 + `<div class="c-firma"><p class="c-firma__nombre">ANDREA MILENA ROZO</p><p class="c-firma__seccion">REDACCIÓN MEDIOAMBIENTE</p></div>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Andrea Milena Rozo" || strings.Contains(md, "ROZO") {
		t.Errorf("signature: authors %q\n%s", got, md)
	}
	body = `<figure><img src="https://example.org/a.jpg" alt=""><figcaption>The new harbour wall. <span class="autor-foto">ANA RUIZ</span></figcaption></figure>` + story
	doc, _, _ = read(t, []byte(wrap("", body)), nil)
	if f := firstFigure(doc); len(doc.Meta.Authors) != 0 || f == nil || f.Credit != "ANA RUIZ" {
		t.Errorf("photographer: authors %q, figure %+v", doc.Meta.Authors, f)
	}
}

// An image the page marks as decoration (alt="") outside the article's
// text is not rescued as a figure; one with alt text is.
func TestRescueDecorativeImage(t *testing.T) {
	for _, c := range []struct {
		alt  string
		figs int
	}{{`alt=""`, 0}, {`alt="The new harbour wall"`, 1}} {
		body := `<p>The harbour wall was rebuilt over the winter.</p><div class="box"><p class="title">Support us</p><div class="sig"><img src="https://example.org/sig.png" ` + c.alt + `><p>Jo Bloggs</p></div></div><div class="main-content">` + story + story2 + `</div>`
		doc, _, md := read(t, []byte(wrap("", body)), nil)
		n := 0
		document.Walk(doc.Blocks, func(b document.Block) {
			if _, ok := b.(*document.Figure); ok {
				n++
			}
		})
		if n != c.figs {
			t.Errorf("%s: %d figures, want %d\n%s", c.alt, n, c.figs, md)
		}
	}
}

// A container named "embed-image" holds the article's photo; "embed-video"
// and a bare "embed" are a player's.
func TestEmbeddedImage(t *testing.T) {
	fig := `<div class="embed-image"><figure><img src="https://example.org/a.jpg" alt="Boats"><figcaption>Boats in the inner basin after the storm. <span class="caption-credit">PHOTO: ANN LEE</span></figcaption></figure></div>`
	doc, _, md := read(t, []byte(wrap("", fig+story)), nil)
	if f := firstFigure(doc); f == nil || f.Credit != "ANN LEE" {
		t.Errorf("figure %+v\n%s", f, md)
	}
	fig = `<div class="embed-video"><figure><img src="https://example.org/a.jpg" alt="Boats"><figcaption>Watch: boats in the inner basin after the storm.</figcaption></figure></div>`
	if doc, _, md := read(t, []byte(wrap("", fig+story)), nil); firstFigure(doc) != nil {
		t.Errorf("a video's poster kept as a figure\n%s", md)
	}
}

// A <figure> with no caption of its own takes the caption and credit
// beside it in their wrapper.
func TestCaptionBesideFigure(t *testing.T) {
	fig := `<div class="content__media"><figure class="image"><img src="https://example.org/a.jpg" alt="Boats"></figure><div class="content__media__caption"><p class="caption">Boats in the inner basin after the storm</p><p class="credits">LaPresse</p></div></div>`
	doc, _, md := read(t, []byte(wrap("", fig+story)), nil)
	if f := firstFigure(doc); f == nil || document.PlainText(f.Caption) != "Boats in the inner basin after the storm" || f.Credit != "LaPresse" {
		t.Errorf("figure %+v\n%s", f, md)
	}
	if strings.Contains(md, "\nLaPresse\n") {
		t.Errorf("the credit kept as a paragraph\n%s", md)
	}
}

// A heading above the headline is a kicker or supra-title, not a
// section's heading.
func TestHeadingAboveHeadline(t *testing.T) {
	page := `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Una cooperativa recicla el telgopor | Diario</title></head><body><article><h4 class="article-prefix">Reciclado en los barrios del sur</h4><h1>Una cooperativa recicla el telgopor</h1>` + story + `<h2>Una planta nueva</h2><p>La planta abrió en marzo con doce socios y una máquina prestada por la universidad.</p></article></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	var heads []string
	document.Walk(doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok {
			heads = append(heads, document.PlainText(h.Text))
		}
	})
	if strings.Join(heads, "|") != "Una planta nueva" {
		t.Errorf("headings %q\n%s", heads, md)
	}
}

// A credit element's copyright sign, brackets and "Photo by" go, and so
// does the slash before it at the caption's end; a slash inside the
// caption stays.
func TestCreditElementForms(t *testing.T) {
	for _, c := range []struct{ caption, credit, wantCaption, wantCredit string }{
		{`Nest boxes under the eaves. <span class="credit">© (Photo NR, Anne Roux)</span>`, "", "Nest boxes under the eaves.", "NR, Anne Roux"},
		{`A pair of snowshoes at the library. <span class="photo-credit">(Photo by Ann Lee/The Bay News)</span>`, "", "A pair of snowshoes at the library.", "Ann Lee/The Bay News"},
		{`The sand bar in an archive image / <span class="credit">ACN</span>`, "", "The sand bar in an archive image", "ACN"},
		{`The 24/7 ferry at the inner basin. <span class="credit">Ann Lee</span>`, "", "The 24/7 ferry at the inner basin.", "Ann Lee"},
		{`The pool before its works. <span class="credit">© Photo Anne Roux</span>`, "", "The pool before its works.", "Anne Roux"},
		{`The marsh gardens in spring. <span class="credit">© Photo d'archives</span>`, "", "The marsh gardens in spring.", "Photo d'archives"},
		{`The marsh gardens in spring. <span class="credit">Photo d’illustration JSL /Camille Ferrand</span>`, "", "The marsh gardens in spring.", "JSL /Camille Ferrand"},
		{`The floating gardens. <span class="credit">Illustratie Gemeente Leiden</span>`, "", "The floating gardens.", "Gemeente Leiden"},
		{`The corner of the rue du Bourg. <span class="credits">Document Ville de Dijon</span>`, "", "The corner of the rue du Bourg.", "Ville de Dijon"},
		{`The handout of the works. <span class="credits">Document remis</span>`, "", "The handout of the works.", "Document remis"},
		{`Boats at the sponge docks. <span class="credit">[ ANN LEE | Times ]</span>`, "", "Boats at the sponge docks.", "ANN LEE | Times"},
		{`The canal path at night. <span class="credit">© Quelle: Jana Reuther</span>`, "", "The canal path at night.", "Jana Reuther"},
		{`Runners cross the road bridge, with no pavement on part of it. / <span class="firma-foto">Ical</span>`, "", "Runners cross the road bridge, with no pavement on part of it.", "Ical"},
		{`Children play in the street last summer. <span class="credit">© Photo News</span>`, "", "Children play in the street last summer.", "Photo News"},
		{`A dialysis chair in the new clinic. <span class="credit">Supplied: Jarrarra Health Service</span>`, "", "A dialysis chair in the new clinic.", "Supplied: Jarrarra Health Service"},
		{`The shuttle boats cross the harbour. <span class="credit">Photo Romain Espinasse.</span>`, "", "The shuttle boats cross the harbour.", "Romain Espinasse"},
	} {
		fig := `<figure><img src="https://example.org/a.jpg" alt="Boats"><figcaption>` + c.caption + `</figcaption></figure>`
		doc, _, md := read(t, []byte(wrap("", fig+story)), nil)
		f := firstFigure(doc)
		if f == nil || document.PlainText(f.Caption) != c.wantCaption || f.Credit != c.wantCredit {
			t.Errorf("%q: figure %+v\n%s", c.caption, f, md)
		}
	}
}

// A dateline in its own element at the start of the first paragraph
// stays in it; a date element outside a paragraph is the header's.
func TestDatelineSpan(t *testing.T) {
	body := `<p><span class="article__dateline">Hale - </span>The ferry that crosses the river at Hale now runs on batteries, the operator said on Monday, and the first crossing was full.</p>`
	_, _, md := read(t, []byte(wrap("", "<h1>Harbour ferry goes electric</h1>"+body+story)), nil)
	if !strings.Contains(string(md), "Hale - The ferry that crosses") {
		t.Errorf("dateline lost:\n%s", md)
	}
}

// A paragraph named as the author's is the byline, not body text, and a
// badge over the story ("Abonnés") is a label.
func TestBylineParagraphAndBadge(t *testing.T) {
	head := `<h1>Harbour ferry goes electric</h1><div class="article-badge"><span class="badge badge--abonnes">Abonnés</span></div><div class="article-meta"><p class="article-author">Ann Lee</p></div>`
	doc, _, md := read(t, []byte(wrap("", head+story)), nil)
	if strings.Contains(md, "Ann Lee") && !strings.Contains(md, "author: Ann Lee") || strings.Contains(md, "Abonnés") {
		t.Errorf("byline or badge in the body:\n%s", md)
	}
	if len(doc.Meta.Authors) != 1 || doc.Meta.Authors[0] != "Ann Lee" {
		t.Errorf("authors %q, want Ann Lee", doc.Meta.Authors)
	}
}

// news_keywords gives the tags when keywords does not.
func TestNewsKeywords(t *testing.T) {
	doc, _, md := read(t, []byte(wrap(`<meta name="news_keywords" content="Hale, ferries, Transport">`, "<h1>Harbour ferry goes electric</h1>"+story)), nil)
	if got := strings.Join(doc.Meta.Subjects, "|"); !strings.Contains(got, "ferries") || !strings.Contains(got, "Transport") {
		t.Errorf("subjects %q\n%s", got, md)
	}
}

// The article's own box of facts (an <aside> named as one) is kept, a
// sidebar is not; a JSON-LD headline that the visible headline holds
// whole keeps what follows its dash.
func TestFactBoxAndDashedHeadline(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric – without a crew"}</script>`
	box := `<aside class="park-infobox"><h3>How the ferry works</h3><p>Fare: two pounds each way, children free.</p></aside>`
	side := `<aside class="sidebar"><h3>Most read</h3><p>Fare rises at the car park, drivers say.</p></aside>`
	doc, _, md := read(t, []byte(wrap(ld, `<article><h1><span class="kicker">Hale</span> Harbour ferry goes electric – without a crew</h1>`+story+box+side+`</article>`)), nil)
	if !strings.Contains(md, "How the ferry works") || !strings.Contains(md, "Fare: two pounds") {
		t.Errorf("fact box lost:\n%s", md)
	}
	if strings.Contains(md, "Most read") || strings.Contains(md, "car park") {
		t.Errorf("sidebar kept:\n%s", md)
	}
	if doc.Meta.Title != "Harbour ferry goes electric – without a crew" {
		t.Errorf("title %q", doc.Meta.Title)
	}
}

// A heading that is all one link to another page is a card's headline; a
// heading with a link in it, or a link to its own section, is a heading.
func TestLinkedHeading(t *testing.T) {
	body := story +
		`<div class="rel"><h3><a href="https://example.org/news/ferry-fares-rise">Ferry fares rise for the first time in ten years</a></h3></div>` +
		`<h2><a href="#boat">The new boat</a></h2>` + story2 +
		`<h2>A fund for <a href="https://example.org/fund">clean transport</a></h2><p>The rest of the money came from a fund for clean transport that the county set up two years ago for its buses and boats.</p><p>The fund will pay for a second boat next year if the first one runs well through the winter, the county said.</p>`
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "Ferry fares rise") {
		t.Errorf("card headline kept:\n%s", md)
	}
	if !strings.Contains(md, "## The new boat") || !strings.Contains(md, "## A fund for") {
		t.Errorf("heading lost:\n%s", md)
	}
}

// A label of furniture over links to other pages goes, and a poll; a
// paragraph with a link in its sentence stays.
func TestLabelledLinksAndPoll(t *testing.T) {
	body := story + `<p><strong>Read more from Sky News:<br><a href="https://example.org/a">Hundreds of homes flooded after a weekend of rain</a><br><a href="https://example.org/b">Why the same streets keep flooding</a></strong></p>` +
		`<div class="Poll_poll__x1"><p class="Poll_question__u0">Would you want a ferry to your school?</p><ul><li>Yes, much safer</li><li>No</li></ul></div>` +
		`<p>The operator said more about it in <a href="https://example.org/c">its annual report</a>, published in March with the figures for the year.</p>` +
		`<p><strong><a href="https://example.org/elections/">2024 Election Guide: Where do the candidates stand? Explore Tribune coverage here.</a></strong></p>` + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "Election Guide") || strings.Contains(md, "Read more") || strings.Contains(md, "Hundreds of homes") || strings.Contains(md, "ferry to your school") || strings.Contains(md, "much safer") {
		t.Errorf("furniture kept:\n%s", md)
	}
	if !strings.Contains(md, "its annual report") {
		t.Errorf("paragraph with a link lost:\n%s", md)
	}
}

// Bold questions answered by quotations are an interview's, not headings;
// a bold question over prose is a heading.
func TestInterviewQuestions(t *testing.T) {
	qa := `<p><strong>Can you learn it in six months?</strong></p><p>“The basics, yes. Then it takes years, and I still get one in a hundred wrong.”</p>` +
		`<p><strong>What does it take first?</strong></p><p>“Hands and patience. The machines help, but the hands still decide.”</p>`
	_, _, md := read(t, []byte(wrap("", story+qa)), nil)
	if strings.Contains(md, "## Can you") || !strings.Contains(md, "Can you learn it") {
		t.Errorf("interview question as a heading, or lost:\n%s", md)
	}
	_, _, md = read(t, []byte(wrap("", story+`<p><strong>Why fruit trees?</strong></p><p>Vacant lots are a long-running problem in the west of the city, where the council owns hundreds of them.</p>`+story2)), nil)
	if !strings.Contains(md, "## Why fruit trees?") {
		t.Errorf("bold question over prose is no heading:\n%s", md)
	}
}

// The article's summary in points, which extractors take for a sidebar,
// is kept.
func TestSummaryPoints(t *testing.T) {
	sum := `<div class="Summary_root__g2Hp4"><h2>En bref:</h2><ul><li>The ferry that crosses at Hale runs on batteries from Monday.</li><li>It cost the county two million pounds, half from a fund.</li></ul></div>`
	_, _, md := read(t, []byte(wrap("", sum+story+story2)), nil)
	if !strings.Contains(md, "runs on batteries from Monday") || !strings.Contains(md, "half from a fund") {
		t.Errorf("summary lost:\n%s", md)
	}
}

// A bullet point in bold is a list item, not a heading.
func TestBoldBulletPoint(t *testing.T) {
	pts := `<ul class="mol-bullets"><li class="class-bullet"><strong>His 48 notebooks will help scientists check old readings</strong></li><li class="class-bullet"><strong>He has not missed a day since 1972</strong></li></ul>`
	_, _, md := read(t, []byte(wrap("", pts+story+story2)), nil)
	if strings.Contains(md, "## His 48") || !strings.Contains(md, "His 48 notebooks") {
		t.Errorf("bold bullet as a heading, or lost:\n%s", md)
	}
}

// An agency named as the author, in the metadata or the byline, is a
// source; a person with an agency is the author.
func TestAgencyAsAuthor(t *testing.T) {
	for _, c := range []struct{ head, body, authors, byline string }{
		{`<meta name="author" content="DPA">`, story, "", "dpa"},
		{"", `<div class="byline">CNN Portugal , com Lusa</div>` + story, "", "CNN Portugal, com Lusa"},
		{"", `<div class="byline">Mathilde Ferrand avec AFP</div>` + story, "Mathilde Ferrand", "AFP"},
	} {
		doc, _, _ := read(t, []byte(wrap(c.head, c.body)), nil)
		if m := doc.Meta; strings.Join(m.Authors, "|") != c.authors || !slices.Contains(m.Byline, c.byline) {
			t.Errorf("%s%s: authors %q, byline %q; want %q, %q", c.head, c.body[:40], m.Authors, m.Byline, c.authors, c.byline)
		}
	}
}

// A box of the outlet's plea for support goes, by its name or by its
// words.
func TestSupportBox(t *testing.T) {
	for _, class := range []string{"story__support", "box"} {
		body := story + `<div class="` + class + `"><h3>Unterstütze uns</h3><p>Dir gefällt, was wir machen? Dann unterstütze unseren unabhängigen Journalismus mit einem freiwilligen Beitrag.</p></div>` + story2
		_, _, md := read(t, []byte(wrap("", body)), nil)
		if strings.Contains(md, "Journalismus") {
			t.Errorf("%s: plea kept:\n%s", class, md)
		}
	}
}

// A small box titled "Newsletter" goes whole, whatever its name.
func TestNewsletterBoxByTitle(t *testing.T) {
	body := story + `<div class="nl-box"><p class="nl-box__title">Newsletter</p><p>Notizie e approfondimenti sugli avvenimenti politici, economici e finanziari.</p><a href="https://example.org/newsletter">Iscriviti</a></div>` + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "approfondimenti") {
		t.Errorf("newsletter box kept:\n%s", md)
	}
}

// A place named as a location in the article's meta block, and a box
// inviting tips, are not text.
func TestLocationAndTipBox(t *testing.T) {
	body := `<div class="article-meta"><div class="article-meta__author">Von Sabine Ehrlich</div><div class="article-meta__location">Emmendingen</div></div>` + story + `<div class="article-tip"><h3>Tip de redactie</h3><p>Heb je nieuws of een tip? Mail naar <a href="mailto:regio@dagblad.nl">regio@dagblad.nl</a></p></div>` + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if _, text, _ := strings.Cut(md[3:], "---"); strings.Contains(text, "Emmendingen") || strings.Contains(text, "Tip de redactie") || strings.Contains(text, "regio@") {
		t.Errorf("location or tip box kept:\n%s", md)
	}
}

// A box goes with its title when the title invites tips or pleads for
// readers, whatever the box's name, inside the article's text.
func TestBoxByTitle(t *testing.T) {
	p := func(n string) string {
		return `<p>Die kademuur ` + n + ` wordt over bijna vierhonderd meter vervangen, en de bomen op de kade blijven staan, belooft de gemeente.</p>`
	}
	page := `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kademuur krijgt opknapbeurt | De Krant</title></head><body><main><article class="a">` +
		`<header><h1>Kademuur krijgt grote opknapbeurt: straat twee jaar deels dicht</h1><p class="intro">De gemeente vervangt de oude kademuur over bijna vierhonderd meter.</p></header>` +
		`<div class="body">` + p("een") + p("twee") +
		`<div class="wall"><p>Gratis onbeperkt toegang tot al het nieuws uit jouw regio? Dat kan!</p><p>Log in of maak gratis een account aan en mis niets uit de stad.</p></div>` +
		p("drie") + `<div class="box"><p><strong>Heb jij een tip voor onze redactie?</strong></p><p>Mail ons via stad@krant.nl of stuur een bericht.</p></div>` + p("vier") +
		`</div></article></main></body></html>`
	_, _, md := read(t, []byte(page), nil)
	if strings.Contains(md, "account") || strings.Contains(md, "stad@") || !strings.Contains(md, "kademuur vier") {
		t.Errorf("boxes kept:\n%s", md)
	}
}

// A name linked to the author's page is the byline; a place between the
// byline and the date, in the header, is the byline's place, not a
// paragraph; an update time after its separator is a date.
func TestPlaceOverDate(t *testing.T) {
	p := func(n string) string {
		return `<p class="v-p">La instalación ` + n + ` tendrá una potencia de 380 kilovatios y producirá cada año alrededor de 420.000 kilovatios hora, el 40% de lo que consumen las cámaras del edificio.</p>`
	}
	page := `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El mercado cubrirá su tejado con placas | El Diario</title></head><body><main class="v-main"><article class="v-a">` +
		`<header class="v-a-hd"><h1 class="v-a-t">El mercado cubrirá su tejado con 900 placas solares</h1><h2 class="v-a-sub-t">El Ayuntamiento invertirá 1,3 millones en una instalación nueva</h2>` +
		`<figure class="v-a-fig"><picture><img src="https://example.org/a.jpg" alt="El tejado del mercado"></picture><figcaption>El tejado del mercado, visto desde la ría. <span class="v-a-fig__a">Maika Salguero</span></figcaption></figure>` +
		`<div class="v-mdl-ath"><div class="v-mdl-ath__img"><img src="https://example.org/ane.jpg" alt="" width="48" height="48"></div><div class="v-mdl-ath__inf"><p class="v-mdl-ath__p--n"><a href="https://example.org/autor/ane">Ane Etxebarria</a></p><p class="v-mdl-ath__p--l">Bilbao</p><p class="v-mdl-ath__time"><time datetime="2024-05-14T00:39:17+02:00">Martes, 14 de mayo 2024, 00:39</time> <span>| Actualizado 08:12h.</span></p></div></div><div class="v-mdl-ath__time"><span class="v-mdl-ath__time--u">| Actualizado 10:05h.</span></div>` +
		`<div class="v-a-sh"><a href="#comentarios">Comenta</a></div></header>` +
		`<div class="v-d">` + p("primera") + p("segunda") + `<h2 class="v-h2">Autoconsumo compartido</h2>` + p("tercera") + p("cuarta") + `</div></article></main></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	if _, body, _ := strings.Cut(md[3:], "---"); strings.Contains(body, "Bilbao") || strings.Contains(body, "Actualizado") || !strings.Contains(body, "Autoconsumo") || !slices.Contains(doc.Meta.Byline, "Bilbao") || strings.Join(doc.Meta.Authors, "|") != "Ane Etxebarria" {
		t.Errorf("place over the date:\n%s", md)
	}
}

// A sign-off in a byline's element, or beside the article where the
// extractor leaves it, credits its people and stays out of the text.
func TestSignoffBesideByline(t *testing.T) {
	for _, body := range []string{
		`<div class="byline-wrap"><div class="author">By Ann Lee</div><div class="fact-check">Fact Checked by Tom Hale</div></div>` + story,
		`<p class="byline">By Ann Lee</p>` + story + `<p class="article-signature"><em>Ha collaborato Tom Hale</em></p>`,
	} {
		doc, _, md := read(t, []byte(wrap("", body)), nil)
		var names []string
		for _, c := range doc.Meta.Contributors {
			names = append(names, c.Text)
		}
		if got := strings.Join(doc.Meta.Authors, "|"); got != "Ann Lee" || strings.Join(names, "|") != "Tom Hale" || strings.Contains(md[strings.LastIndex(md, "---"):], "Hale") {
			t.Errorf("authors %q, contributors %q\n%s", got, names, md)
		}
	}
}

// A small box whose own text (its button, its label) is furniture goes
// whole: its title and pitch too. A styled-component's name is read
// without "styled".
func TestBoxes(t *testing.T) {
	for _, c := range []struct{ name, box, gone string }{
		{"sign-up box", `<div class="promo"><p>Subscriu-te al Diari de Hale</p><p>Rep cada matí les notícies de la ciutat.</p><a href="https://example.org/subscripcio">Subscriu-te</a></div>`, "Rep cada matí"},
		{"summary box", `<div class="kp">AI-assisted summary<h2>Key Points</h2><ul><li>The harbour wall is rebuilt.</li><li>The slipway may follow.</li></ul></div>`, "The slipway may follow"},
		{"styled box", `<div class="Newsletterstyled__Box-sc-1k0t"><p class="Newsletterstyled__Title-sc-1k">Der Hale-Newsletter</p><p>Jeden Morgen die wichtigsten Nachrichten.</p></div>`, "Hale-Newsletter"},
	} {
		_, _, md := read(t, []byte(wrap("", story+c.box+story2)), nil)
		if strings.Contains(md, c.gone) || !strings.Contains(md, "slipway as well") {
			t.Errorf("%s:\n%s", c.name, md)
		}
	}
}

// The agency whose copy a portal prints is the source: JSON-LD's
// provider, or the agency under the byline's name.
func TestAgencySource(t *testing.T) {
	for _, c := range []struct{ name, head, body, agency string }{
		{"provider", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall rebuilt","author":{"@type":"Person","name":"Ann Lee"},"provider":{"@type":"Organization","name":"AFP"},"publisher":{"@type":"Organization","name":"The Bay News"}}</script>`, story, "AFP"},
		{"agency under the name", "", `<div class="author-block"><p class="author-block__title">Ann Lee</p><ul><li><a href="#">NCA NewsWire</a></li></ul></div>` + story, "NCA NewsWire"},
	} {
		doc, _, _ := read(t, []byte(wrap(c.head, c.body)), nil)
		if !slices.Contains(doc.Meta.Byline, c.agency) {
			t.Errorf("%s: byline %q, want the source %s in it", c.name, doc.Meta.Byline, c.agency)
		}
	}
}

// A sentence about the author under the story is no part of it.
func TestAuthorBio(t *testing.T) {
	_, _, md := read(t, []byte(wrap("", story+`<p><em>Ann Lee covers the harbour for The Bay News. Reach her at ann.lee@example.org.</em></p>`)), nil)
	if strings.Contains(md, "covers the harbour") || !strings.Contains(md, "slipway as well") {
		t.Errorf("bio kept:\n%s", md)
	}
}

// The role under the name in a byline element goes in the byline; its
// share buttons do not.
func TestBylineRoleElement(t *testing.T) {
	head := `<h1>Chapel to become a climbing centre</h1><div class="article-author"><div class="article-author__name">By <a href="/author/1">Callum Ashworth</a></div><div class="article-author__role">Local Democracy Reporting Service</div><div class="article-author__follow">Follow</div></div>`
	doc, _, _ := read(t, []byte(wrap("", head+story)), nil)
	if strings.Join(doc.Meta.Authors, "|") != "Callum Ashworth" || strings.Join(doc.Meta.Byline, "|") != "Local Democracy Reporting Service" {
		t.Errorf("authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
}

// A bold label of one or two words over what follows is a heading, as
// the text importer reads it; a bold sentence with a colon is not.
func TestStrongLabelHeading(t *testing.T) {
	body := `<p><strong>In short:</strong></p><p>The clinic will open in May with eight chairs, the health service said on Monday.</p><p><strong>The service said three things:</strong></p>` + story
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "## In short:") || strings.Contains(md, "## The service said") {
		t.Errorf("label heading:\n%s", md)
	}
}

// article:section names the section over JSON-LD's parent desk; a tag
// list in the article's footer gives the tags when the head names none,
// and not when it does.
func TestSectionAndVisibleTags(t *testing.T) {
	head := `<meta property="article:section" content="Troyes"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric","articleSection":["Aube","Troyes"]}</script>`
	tags := `<footer><div class="post-tags"><span>TAGS</span><a href="/tag/ferries">Ferries</a><a href="/tag/harbour">Harbour</a></div></footer>`
	doc, _, md := read(t, []byte(wrap(head, "<article><h1>Harbour ferry goes electric</h1>"+story+tags+"</article>")), nil)
	if got := strings.Join(doc.Meta.Subjects, "|"); got != "Troyes|Ferries|Harbour" {
		t.Errorf("subjects %q\n%s", got, md)
	}
	doc, _, _ = read(t, []byte(wrap(head+`<meta property="article:tag" content="Boats">`, "<article><h1>Harbour ferry goes electric</h1>"+story+tags+"</article>")), nil)
	if got := strings.Join(doc.Meta.Subjects, "|"); got != "Troyes|Boats" {
		t.Errorf("subjects with article:tag %q", got)
	}
}

// A block quote that repeats a paragraph goes with the speaker's name
// cited under it; a quotation found nowhere else stays.
func TestPullQuoteWithCite(t *testing.T) {
	para := `<p>«On ne voulait pas que ce téléski finisse à la ferraille, alors on s’est organisés», explique son président, Gérald Bruttin, 67 ans, au pied de la station.</p>`
	pull := `<blockquote class="article-quote"><p>«On ne voulait pas qu’il finisse à la ferraille»</p><cite>Gérald Bruttin, président des Amis du Tsâ</cite></blockquote>`
	_, _, md := read(t, []byte(wrap("", story+para+pull+story)), nil)
	if strings.Contains(md, "> ") || strings.Contains(md, "président des Amis") {
		t.Errorf("pull quote kept:\n%s", md)
	}
	other := `<blockquote><p>«Le village entier a voulu sauver ce vieux téléski des années septante»</p><cite>Anne Rey, syndique</cite></blockquote>`
	_, _, md = read(t, []byte(wrap("", story+para+other+story)), nil)
	if !strings.Contains(md, "vieux téléski") {
		t.Errorf("quotation lost:\n%s", md)
	}
}

// A source line beside the date in the header's metadata credits the
// agencies it names.
func TestSourceBesideDate(t *testing.T) {
	head := `<h1>Harbour ferry goes electric</h1><div class="metadata"><time class="metadata__date" datetime="2024-04-25T16:47:00+02:00">25. April 2024, 16:47 Uhr</time> <span class="metadata__source">Quelle: ZEIT ONLINE, dpa, lbr</span> <a href="#comments">39 Kommentare</a></div>`
	doc, _, md := read(t, []byte(wrap("", head+story)), nil)
	if !slices.Contains(doc.Meta.Byline, "dpa") || strings.Contains(md, "Quelle") {
		t.Errorf("byline %q\n%s", doc.Meta.Byline, md)
	}
}

// A reporter the visible byline credits for the report it used is a
// contributor, though JSON-LD lists them as an author.
func TestBylineHelperOverJSONLD(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric","author":[{"@type":"Person","name":"Julie Lambert"},{"@type":"Person","name":"Marc Dethier"}]}</script>`
	body := `<h1>Harbour ferry goes electric</h1><div class="byline"><span>Par Julie Lambert, sur base d'un reportage de Marc Dethier</span></div>` + story
	doc, _, _ := read(t, []byte(wrap(head, body)), nil)
	if strings.Join(doc.Meta.Authors, "|") != "Julie Lambert" || len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "Marc Dethier" {
		t.Errorf("authors %q, contributors %+v", doc.Meta.Authors, doc.Meta.Contributors)
	}
}

// "By NAME FOR OUTLET" in the visible byline: the outlet is the source,
// spelt as the story spells it.
func TestBylineForOutlet(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><p class="author-section">By <a class="author">HARRIET COLE</a> FOR <a>MAILONLINE</a></p>` + story + `<p>'It was worth it,' he told MailOnline on Tuesday, standing on the rebuilt harbour wall in the rain.</p>`
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	if strings.Join(doc.Meta.Authors, "|") != "Harriet Cole" || !slices.Contains(doc.Meta.Byline, "MailOnline") {
		t.Errorf("authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
}

// What the visible byline adds besides its names: a role without the
// name before it, an agency as the source, never a time of day.
func TestBylineExtras(t *testing.T) {
	for _, c := range []struct{ byline, want string }{
		{`<div class="byline--author"><a href="/author/theo">Theo Marchetti</a>, <span class="byline--title">Staff writer</span></div>`, "Staff writer"},
		{`<span class="authorName">Par Hervé KIEFFER avec AFP</span>`, "AFP"},
		{`<div class="author-date"><span class="author">Von <a href="/jonas">Jonas Weidenhammer</a></span><p class="date"><time datetime="2024-08-14T18:02:00+02:00">14. 8. 2024, 18:02 Uhr</time></p></div>`, ""},
	} {
		doc, _, _ := read(t, []byte(wrap("", "<h1>Harbour ferry goes electric</h1>"+c.byline+story)), nil)
		if got := strings.Join(doc.Meta.Byline, "|"); got != c.want || len(doc.Meta.Authors) != 1 {
			t.Errorf("%s: byline %q, authors %q; want byline %q", c.byline, got, doc.Meta.Authors, c.want)
		}
	}
}

// TestBlind44PageRules covers the page rules from blind44's first
// contact: a headline in an <h2> (the <h1> holds the logo) still marks
// the header, so the lead photo between it and the body is kept; a
// credit's full stop goes ("Photo Romain Espinasse."); a "VEJA MAIS" box
// is a list of other stories.
func TestBlind44PageRules(t *testing.T) {
	photo := bytes.Repeat([]byte("x"), 4096)
	files := fstest.MapFS{"page_files/lead.jpg": {Data: photo}}
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric"}</script>`
	body := `<header><h1 class="logo"><img src="page_files/logo.png" alt="The Bay"></h1></header><h2 class="story__title">Harbour ferry goes electric</h2>
<div class="share"><span>Share</span></div>
<figure class="media"><img src="page_files/lead.jpg" alt="The ferry at its berth."><figcaption>The ferry at its berth on Tuesday. <span class="credit">Photo Romain Espinasse.</span></figcaption></figure>
<div class="story__content">` + story + story2 + story + `<div class="box-veja-mais"><h3>VEJA MAIS</h3><ul><li><a href="#">Ferry fares rise in April</a></li></ul></div>` + story2 + story + story2 + `</div>`
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry goes electric | The Bay</title>` + head +
		`</head><body>` + body + `<footer><p>Contact us</p></footer></body></html>`
	doc, _, md := read(t, []byte(page), files)
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Src != "page_files/lead.jpg" || figs[0].Credit != "Romain Espinasse" {
		t.Fatalf("figures %+v\n%s", figs, md)
	}
	if strings.Contains(md, "VEJA MAIS") || strings.Contains(md, "Ferry fares") {
		t.Errorf("the box of other stories is kept:\n%s", md)
	}
}

// TestBlind46PageRules: a paragraph right under a figure that repeats its
// credit is said once; a sign-off inside an element whose name says
// furniture ("subscriber-premium") still credits its people.
func TestBlind46PageRules(t *testing.T) {
	photo := bytes.Repeat([]byte("x"), 4096)
	files := fstest.MapFS{"page_files/depot.jpg": {Data: photo}}
	body := story + `<figure><img src="page_files/depot.jpg" alt="Depot"><figcaption><p>The depot as the planners drew it.</p><p class="credit">Grafik: Planungsbüro Lindner</p></figcaption></figure><p>Grafik: Planungsbüro Lindner</p>` + story2 +
		`<div class="asset-content subscriber-premium"><p><em>News Staff Reporter Brendan Tully contributed to this report.</em></p><p><em>Kathleen Moriarty covers libraries on the West Side.</em></p></div>`
	doc, _, md := read(t, []byte(wrap("", body)), files)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Planungsbüro Lindner" || strings.Count(md, "Planungsbüro Lindner") != 1 {
		t.Errorf("figures %+v\n%s", figs, md)
	}
	if len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "Brendan Tully" {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
}

// TestBlind49PageRules: who uploaded the photo is no part of its caption;
// a photographer's initials in lower case after "foto" are the credit;
// "(BVN)" closing the story is the author's initials; "Com Inforpress" in
// a signature element credits the agency though the byline is known.
func TestBlind49PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><p class="byline">By Ann Lee</p>` + story +
		`<figure><img src="https://example.org/a.jpg" alt="Ferry"><figcaption><span class="caption-text">The ferry at its berth.</span> <span class="copyright">Foto: Stefan Gruber</span><div class="uploader">hochgeladen von <a href="/profile/anna">Anna Huber</a></div></figcaption></figure>` +
		`<figure><img src="https://example.org/b.jpg" alt="Dome"><figcaption>The oven's dome, laid brick by brick. <span class="credit">foto gf</span></figcaption></figure>` +
		story2 + `<p class="initials">(BVN)</p><p class="assinatura-agencia"><em>Com Inforpress</em></p>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	figs := doc.Figures()
	if len(figs) != 2 || document.PlainText(figs[0].Caption) != "The ferry at its berth." || figs[0].Credit != "Stefan Gruber" || figs[1].Credit != "gf" {
		t.Errorf("figures %+v\n%s", figs, md)
	}
	if strings.Contains(md, "hochgeladen") || strings.Contains(md, "(BVN)") || strings.Contains(md, "Com Inforpress") {
		t.Errorf("furniture kept:\n%s", md)
	}
	if !slices.Contains(doc.Meta.Byline, "Inforpress") {
		t.Errorf("byline %q", doc.Meta.Byline)
	}
}

// TestLearnedFurniture: a paragraph that no rule names, worded and shaped
// like page furniture ("Kindly share this news:"), goes by the importer's
// learned model, as it does from a pasted copy.
func TestLearnedFurniture(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story + story2 + `<p>Kindly share this news:</p>` + story + story2
	_, rep, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "Kindly share") {
		t.Errorf("furniture kept:\n%s", md)
	}
	dropped := false
	for _, e := range rep.Entries {
		dropped = dropped || e.Rule == importer.RuleLearned && strings.HasPrefix(e.Text, "Kindly share")
	}
	if !dropped {
		t.Errorf("no %s entry for the line", importer.RuleLearned)
	}
}

// TestTableByline: a byline laid out as a table ("<table
// class="signatura">", a cell each for the author, the place and the
// date) gives the author.
func TestTableByline(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><table class="signatura" width="100%"><tr><td class="autor">Clara Fontanet</td></tr><tr><td class="lloc">Canillo</td></tr><tr><td class="data">Publicat el 12/03/2025 a les 06:00</td></tr></table>` + story + story2
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Join(doc.Meta.Authors, "|") != "Clara Fontanet" || strings.Contains(md, "Canillo") {
		t.Errorf("authors %q\n%s", doc.Meta.Authors, md)
	}
}

// TestBlind52PageRules: a caption whose only text sits in its credit
// element ("<p class="copyright">… (Quelle: dpa/X)</p>") is split by the
// caption's rules; "Beitrag von X" under the story, X the byline's, goes.
func TestBlind52PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><p class="autor">Von Jonas Wendland</p>` + story +
		`<figure><img src="https://example.org/a.jpg" alt="Ufer"><figcaption class="imagetext"><p class="copyright">Archivbild: Das Spreeufer am ehemaligen Spreepark (Quelle: dpa/Jonas Reimer)</p></figcaption></figure>` +
		story2 + `<div class="authorbox"><p class="authorline">Beitrag von Jonas Wendland</p></div>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "dpa/Jonas Reimer" || document.PlainText(figs[0].Caption) != "Archivbild: Das Spreeufer am ehemaligen Spreepark" {
		t.Errorf("figures %+v\n%s", figs, md)
	}
	if strings.Contains(md, "Beitrag von") {
		t.Errorf("byline kept under the story:\n%s", md)
	}
}

// TestBlind51PageRules: the author's address and a source line set apart
// by a break under the story credit the source; a cookie bar named
// "cookiebar" goes; a subscription box named "caixa-assinatura" (the
// Portuguese word is also a byline's) is no byline.
func TestBlind51PageRules(t *testing.T) {
	body := `<div class="cookiebar"><p class="cookiebar__text">Met cookies kunnen we de website verbeteren en je video's laten zien.</p></div>` +
		`<h1>Harbour ferry goes electric</h1><p class="byline">By Ann Lee</p>` + story + story2 +
		`<p><a href="mailto:ann.lee@bay.example">ann.lee@bay.example</a><br>Source: Lusa</p>` +
		`<div class="caixa-assinatura"><h3>Assine o jornal</h3><p>Receba todas as semanas a edição em papel ou leia a edição digital a partir de quinta-feira.</p><a href="/assinaturas">Assinar</a></div>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "cookies") || strings.Contains(md, "ann.lee@") || strings.Contains(md, "Source: Lusa") || !slices.Contains(doc.Meta.Byline, "Lusa") {
		t.Errorf("byline %q\n%s", doc.Meta.Byline, md)
	}
	if slices.Contains(doc.Meta.Authors, "Assinar") || len(doc.Meta.Authors) != 1 {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
}

// TestBlind55PageRules: paragraphs that end with one <br> each are
// paragraphs; an address cut by breaks stays one paragraph.
func TestBlind55PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><div class="texte"><div class="access">` +
		`The harbour ferry will run on batteries from June, the port authority said on Tuesday after a year of trials.<br />` + "\n" +
		`The new boat carries forty passengers and charges at the quay in the ten minutes between two crossings.<br />` + "\n" +
		`Residents who cross every day will pay the same fare as before, the authority added in its statement.` +
		`</div></div><p>Port Authority<br>1 Quay Street<br>Harbourtown</p>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	var paras []string
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok {
			paras = append(paras, document.PlainText(p.Text))
		}
	}
	if len(paras) != 4 || !strings.HasPrefix(paras[1], "The new boat") || !strings.Contains(paras[3], "1 Quay Street") {
		t.Errorf("paragraphs %q\n%s", paras, md)
	}
}

// TestConsentAndSubscriptionBoxes: a consent manager's notice named for
// the manager ("didomi-notice") and a subscription box named in Italian
// ("abbonamento") go.
func TestConsentAndSubscriptionBoxes(t *testing.T) {
	body := `<div id="didomi-notice"><p>Utilitzem galetes pròpies i de tercers per millorar els nostres serveis i mostrar-te continguts.</p><button>Acceptar</button></div>` +
		`<h1>Harbour ferry goes electric</h1>` + story +
		`<div class="abbonamento"><b>Abbonati a Famiglia Cristiana</b><br>Ogni settimana in edicola e in digitale. <a href="/abbonamenti/">Scopri le offerte</a></div>` + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "galetes") || strings.Contains(md, "Abbonati") {
		t.Errorf("consent or subscription box kept:\n%s", md)
	}
}

// TestBlind56PageRules: a block quote named as a pull quote goes; a
// paragraph of sign-offs cut by breaks credits each person; "© Crédit
// photo : X" in a credit element is X.
func TestBlind56PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story +
		`<blockquote class="publication-body-pullquote"><p>Wie op een warmtenet zit, kan nergens anders heen</p></blockquote>` + story2 +
		`<figure><img src="https://example.org/a.jpg" alt=""><figcaption><span class="legend">Le terrain en friche, au pied des escaliers du Hédas.</span> <span class="credit">© Crédit photo : Nicolas Sabathier</span></figcaption></figure>` +
		`<p class="has-small-font-size">Mitarbeit: Jonas Rebmann<br>Redigat: Katarina Huth<br>Faktencheck: Ole Stegemann</p>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "warmtenet") || strings.Contains(md, "Mitarbeit") {
		t.Errorf("pull quote or sign-offs kept:\n%s", md)
	}
	if len(doc.Meta.Contributors) != 3 {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Nicolas Sabathier" {
		t.Errorf("figures %+v", figs)
	}
}

// TestDatelineAgencyOnPage: an agency in the first paragraph's dateline
// is credited, as the text importer credits it.
func TestDatelineAgencyOnPage(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><p>MORELIA, Mich. (apro).- El Organismo Operador de Agua Potable anunció que a partir del lunes 43 colonias recibirán agua por tandeo.</p>` + story + story2
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	if !slices.Contains(doc.Meta.Byline, "apro") {
		t.Errorf("byline %q, source %+v", doc.Meta.Byline, doc.Meta.Source)
	}
}

// TestImageTableDesc: an old layout's photo in a table of its own, its
// caption and credit in a cell named "image_desc", is a figure.
func TestImageTableDesc(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story +
		`<table class="image center"><tbody><tr><td><img src="https://example.org/velos.jpg" alt="Des cyclistes"></td></tr>` +
		`<tr><td class="image_desc"><p>Des cyclistes près du lac Hoàn Kiếm, à Hanoï.</p><p><em>Photo : Lê Minh/CVN</em></p></td></tr></tbody></table>` + story2
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Credit != "Lê Minh/CVN" || document.PlainText(figs[0].Caption) != "Des cyclistes près du lac Hoàn Kiếm, à Hanoï." {
		t.Errorf("figures %+v\n%s", figs, md)
	}
}

// TestBlind65PageRules: a box of a heading and a list of other stories,
// a comments box with its log-in prompt and a box for the outlet's
// notifications go, whatever their class names say.
func TestBlind65PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story + story2 +
		`<div class="bloco"><h3>Mais lidas</h3><ol><li>Angra: trânsito condicionado na Rua da Sé durante a semana</li><li>Lajes do Pico recebe congresso sobre baleação</li></ol></div>` +
		`<div class="comentarios"><h3>Comentários</h3><p>Para comentar esta notícia, inicie sessão ou registe-se.</p></div>` +
		`<div class="fp-box"><h3>Attiva le notifiche di Fanpage.it</h3><p>Ricevi gli aggiornamenti sulle notizie di Milano direttamente sul tuo dispositivo.</p><button>Attiva</button></div>`
	_, _, md := read(t, []byte(wrap("", body)), nil)
	for _, s := range []string{"Mais lidas", "Angra", "Lajes", "Para comentar", "Attiva", "Ricevi"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	if !strings.Contains(md, "The harbour wall was rebuilt") || !strings.Contains(md, "Work on the slipway") {
		t.Errorf("story lost:\n%s", md)
	}
}

// TestBlind66PageRules: boxes of small blocks with no names, led by a
// list's heading, a copyright line or a cookie notice, go; "A / B / C"
// under the story credits the outlets; a JSON-LD author that is the
// newsroom's word is no person.
func TestBlind66PageRules(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric","author":{"@type":"Person","name":"Redaktion"}}</script>`
	body := `<div class="bloc"><div>Ce site utilise des cookies pour vous offrir une meilleure expérience de navigation.</div><div>J'accepte</div><div>En savoir plus</div></div>` +
		`<h1>Harbour ferry goes electric</h1>` + story + story2 + `<p>Wochenblatt / Última Hora / ABC Color</p>` +
		`<div class="bloc"><div>Les plus lus</div><div>Bac 2027 : le calendrier des examens dévoilé</div><div>Cacao : le prix bord champ fixé</div></div>` +
		`<div class="bloc"><div>© Fraternité Matin 2026 - Tous droits réservés</div><div>Qui sommes-nous</div><div>Abonnements</div><div>Contacts</div></div>`
	doc, _, md := read(t, []byte(wrap(head, body)), nil)
	for _, s := range []string{"cookies", "Les plus lus", "Bac 2027", "Qui sommes", "Wochenblatt /"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	if len(doc.Meta.Authors) != 0 || !slices.Contains(doc.Meta.Byline, "Última Hora") {
		t.Errorf("authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
}

// TestHeadlineSupport: "m-headline__support" is the headline's support,
// its standfirst, not a box asking for support.
func TestHeadlineSupport(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1><div class="m-headline__support">The council will run the new boat on the morning route first, from the harbour to the island</div>` + story + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "morning route first") {
		t.Errorf("standfirst dropped:\n%s", md)
	}
}

// TestBylineSourceParagraph: a source line among the paragraphs of a
// byline's element credits the source.
func TestBylineSourceParagraph(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story + story2 + `<div class="byline-bottom"><p class="editor">Editor: Helen Wright</p><p class="source">Source: 'Aktuaalne kaamera'</p></div>`
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	if !slices.ContainsFunc(doc.Meta.Byline, func(b string) bool { return strings.Contains(b, "Aktuaalne kaamera") }) {
		t.Errorf("byline %q, source %+v", doc.Meta.Byline, doc.Meta.Source)
	}
}

// TestBlind72PageRules: in an interview, said so by its introduction, the
// questions in bold are paragraphs; a correspondent's byline over the
// story names the author where the JSON-LD names the newsroom.
func TestBlind72PageRules(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric","author":{"@type":"Organization","name":"RFI"}}</script>`
	answer := `<p>The council will run the new boat on the morning route first, from the harbour to the island, and add the evening route in the autumn.</p>`
	body := `<h1>Harbour ferry goes electric</h1><p><strong>Avec notre correspondante à Saint-Louis, Aïssatou Ndoye</strong></p>` + story +
		`<p>I spoke with the harbour master about the new ferry. Our conversation has been edited for length and clarity.</p>` +
		`<p><strong>Why electric, and why now?</strong></p>` + answer + `<p><strong>What will passengers notice first?</strong></p>` + answer + story2
	doc, _, md := read(t, []byte(wrap(head, body)), nil)
	if strings.Contains(md, "## ") || strings.Contains(md, "Avec notre") {
		t.Errorf("questions as headings, or the correspondent's line kept:\n%s", md)
	}
	if strings.Join(doc.Meta.Authors, "|") != "Aïssatou Ndoye" {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
}

// TestBlind74PageRules: paragraphs inside a <span> are blocks; an image
// beside a short text, in elements with hashed names, is a figure and its
// caption; a software summary's notice drops the box around it.
func TestBlind74PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` +
		`<div class="ai-summary"><p class="x1">This is AI generated summarization, which may have errors. For context, always refer to the full article.</p><ul><li>The council will run the new boat on the morning route first.</li><li>The old diesel boat will be sold.</li></ul></div>` +
		`<div class="wJnIp"><div class="_3gupn"><img src="ferry.jpg" alt=""></div><div class="_2NqHO">The new ferry at the harbour wall on its first trial run, last week.</div></div>` +
		`<div class="story-content"><span class="story-text">` + story + story2 + `</span></div>`
	doc, _, md := read(t, []byte(wrap("", body)), fstest.MapFS{"ferry.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}})
	if !strings.Contains(md, "customs house") || !strings.Contains(md, "slipway") {
		t.Errorf("paragraphs in a <span> lost:\n%s", md)
	}
	if strings.Contains(md, "AI generated") || strings.Contains(md, "diesel boat") {
		t.Errorf("the summary box kept:\n%s", md)
	}
	if figs := doc.Figures(); len(figs) != 1 || document.PlainText(figs[0].Caption) != "The new ferry at the harbour wall on its first trial run, last week." {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind76PageRules: items set off by dashes, one to a line of a
// paragraph, are paragraphs of their own; "Publicado em <a>Sociedade</a>"
// names the section.
func TestBlind76PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story + `<p>– Tenders open: the second half of April.<br>– Work starts: June, if the river allows.<br>– Work ends: before the end of the year.</p>` + story2 +
		`<div class="itemCategory"><span>Published in</span> <a href="/business">Business</a></div>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "April.\n\n– Work starts") {
		t.Errorf("dash items in one paragraph:\n%s", md)
	}
	if !slices.Contains(doc.Meta.Subjects, "Business") || strings.Contains(md, "Published in") {
		t.Errorf("subjects %q:\n%s", doc.Meta.Subjects, md)
	}
}

// TestBlind77PageRules: a reporter's "By X" among the first paragraphs,
// under a byline element that named only the agency, names the author.
func TestBlind77PageRules(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry goes electric","author":{"@type":"Organization","name":"Reuters"}}</script>`
	body := `<h1>Harbour ferry goes electric</h1><div class="byline"><p>By Reuters</p><p>March 12, 2025, at 3:41 p.m.</p></div><p>By Natalia Ramos</p>` + story + story2
	doc, _, md := read(t, []byte(wrap(head, body)), nil)
	if !slices.Contains(doc.Meta.Authors, "Natalia Ramos") || strings.Contains(md, "By Natalia") {
		t.Errorf("authors %q:\n%s", doc.Meta.Authors, md)
	}
}

// TestBlind79PageRules: a box named for the story's credits gives its
// people, with their jobs, and is no body text.
func TestBlind79PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` + story + story2 +
		`<div class="story-credits"><h3>Credits</h3><ul><li>Brianna Whitlow, reporter</li><li>Marcus Dunleavy, web editor</li></ul></div>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if !slices.Contains(doc.Meta.Authors, "Brianna Whitlow") || !slices.ContainsFunc(doc.Meta.Contributors, func(c document.Contributor) bool { return c.Text == "Marcus Dunleavy" && c.Role == "edt" }) {
		t.Errorf("authors %q, contributors %+v", doc.Meta.Authors, doc.Meta.Contributors)
	}
	if strings.Contains(md, "web editor") {
		t.Errorf("credits kept:\n%s", md)
	}
}

// TestBlind81PageRules: a credit in a span of its own right after the
// caption's, set apart only by the page's style ("…geslaagd zijn" and
// "ANP"); a consent manager's modal named "ccm".
func TestBlind81PageRules(t *testing.T) {
	body := `<h1>Harbour ferry goes electric</h1>` +
		`<div class="ccm_modal"><p>De site gebruikt cookies en vergelijkbare technieken om de site te laten werken en het gebruik te meten.</p><button>Akkoord</button></div>` +
		`<figure><img src="ferry.jpg" alt="De nieuwe veerboot bij de havenmuur"><figcaption class="a1"><span class="a2">De nieuwe veerboot bij de havenmuur</span><span class="a3">ANP</span></figcaption></figure>` +
		`<figure><img src="quay.jpg" alt=""><figcaption><span>Boats at the north quay</span><span>during repairs</span></figcaption></figure>` +
		story + story2
	fs := fstest.MapFS{"ferry.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}, "quay.jpg": {Data: bytes.Repeat([]byte("y"), 4096)}}
	doc, _, md := read(t, []byte(wrap("", body)), fs)
	if strings.Contains(md, "cookies") {
		t.Errorf("the consent modal kept:\n%s", md)
	}
	figs := doc.Figures()
	if len(figs) != 2 || document.PlainText(figs[0].Caption) != "De nieuwe veerboot bij de havenmuur" || figs[0].Credit != "ANP" {
		t.Fatalf("figures %+v", figs)
	}
	if figs[1].Credit != "" {
		t.Errorf("a caption's second span in lower case taken as its credit: %q", figs[1].Credit)
	}
}

// TestBlind82PageRules: the headline in an <h2> with its kicker in the
// same element, and the lead photo before the teaser, which the extractor
// leaves out; a source line under the article, outside what it kept.
func TestBlind82PageRules(t *testing.T) {
	page := `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>BGH bestätigt Haft | SZ</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"BGH bestätigt Haft für Pflegedienst-Chef"}</script></head><body>` +
		`<main><article><header><h2><span>Abrechnungsbetrug</span> <span>BGH bestätigt Haft für Pflegedienst-Chef</span></h2></header>` +
		`<figure><img src="bgh.jpg" alt="Der Bundesgerichtshof in Karlsruhe."><figcaption><span>Der Bundesgerichtshof in Karlsruhe.</span> <small>(Foto: Tobias Hartlieb/dpa)</small></figcaption></figure>` +
		story + story2 + `</article><p class="article__source">Bron: Belga</p></main></body></html>`
	fs := fstest.MapFS{"bgh.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}}
	doc, _, _ := read(t, []byte(page), fs)
	figs := doc.Figures()
	if len(figs) != 1 || document.PlainText(figs[0].Caption) != "Der Bundesgerichtshof in Karlsruhe." || figs[0].Credit != "Tobias Hartlieb/dpa" {
		t.Errorf("figures %+v", figs)
	}
	if !slices.Contains(doc.Meta.Byline, "Belga") {
		t.Errorf("byline %q, want Belga credited as the source", doc.Meta.Byline)
	}
}

// TestBlind84PageRules: the brackets or label around a credit's element
// ("(<span>X</span>)", "— Foto: <span>X</span>") leave the caption with
// it; a box named "readalso" is furniture.
func TestBlind84PageRules(t *testing.T) {
	body := `<figure><img src="plow.jpg" alt="A plow"><figcaption><span class="figcaption-text">A city plow clears Bank Street.</span> (<span class="figcaption-credit">Jean-Luc Thibodeau/CBC</span>)</figcaption></figure>` +
		`<figure><img src="rio.jpg" alt="O rio"><figcaption><span class="content-media__description">Água do Rio Taquari invade ruas do Centro de Estrela</span> — Foto: <span class="content-media__credit">Gabriel Kunz/RBS TV</span></figcaption></figure>` +
		story + `<div class="readalso"><div>Leggi anche:</div><div>Caldo, i centri commerciali diventano rifugi climatici: ecco gli orari</div></div>` + story2
	fs := fstest.MapFS{"plow.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}, "rio.jpg": {Data: bytes.Repeat([]byte("y"), 4096)}}
	doc, _, md := read(t, []byte(wrap("", body)), fs)
	figs := doc.Figures()
	if len(figs) != 2 || document.PlainText(figs[0].Caption) != "A city plow clears Bank Street." || figs[0].Credit != "Jean-Luc Thibodeau/CBC" ||
		document.PlainText(figs[1].Caption) != "Água do Rio Taquari invade ruas do Centro de Estrela" || figs[1].Credit != "Gabriel Kunz/RBS TV" {
		t.Errorf("figures %+v", figs)
	}
	if strings.Contains(md, "rifugi climatici") {
		t.Errorf("the read-also box kept:\n%s", md)
	}
}

// TestBlind85PageRules: the header's teaser is the standfirst, not a
// teaser of another story.
func TestBlind85PageRules(t *testing.T) {
	body := `<div class="header-teaser"><p class="header-teaser__text">Cheaper energy pulls inflation down, but food and services stay dear for households across the country.</p></div>` + story + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "Cheaper energy pulls inflation down") {
		t.Errorf("the standfirst dropped:\n%s", md)
	}
}

// TestBlind86PageRules: a hashed class name ("sc-6d77a1d1-3") spells no
// words: its letters joined ("a", "d") are not "ad".
func TestBlind86PageRules(t *testing.T) {
	body := story + `<ul class="sc-6d77a1d1-3 list"><li>1st period: 3-2, the hosts open the score after ninety seconds</li><li>2nd period: 6-4, two penalties saved</li></ul>` + story2
	_, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "two penalties saved") {
		t.Errorf("the list dropped as an advertisement:\n%s", md)
	}
}

// TestBlind87PageRules: the label left by a credit's element ("…
// made.Credit..."); several article:tag metas, a tag each, commas and
// all; the canonical link over og:url; a rating's box; the details of the
// book under review beside the header; the paragraph under an author's
// box's heading.
func TestBlind87PageRules(t *testing.T) {
	head := `<link rel="canonical" href="https://example.com/story/komplettansicht"><meta property="og:url" content="https://example.com/story">` +
		`<meta property="article:tag" content="Oduya, Marguerite (1939-2026)"><meta property="article:tag" content="Quilts">`
	body := `<div class="article__rating rating"><span class="rating__label">On aime passionnément</span></div>` +
		`<figure><img src="studio.jpg" alt="In her studio"><figcaption><span>She worked on the floor, she said, "because that is where a quilt is made."</span><span>Credit...</span><span class="credit">Nia Holloway for The New York Times</span></figcaption></figure>` +
		`<div class="a_ft"><div class="a_ft_c"><p class="a_ft_t"><em>The Harbour Book</em></p><p class="a_ft_a">Ana Ruiz</p><p>Anagrama, 2026</p><p>296 pages. 19.90 euros</p></div></div>` +
		story + story2 + `<h3>Sobre la firma</h3><div><a href="/autor/x">Julia Mir</a><p>Crítica literaria. Ha sido profesora de literatura en Zaragoza durante veinte años.</p></div>`
	fs := fstest.MapFS{"studio.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}}
	doc, _, md := read(t, []byte(wrap(head, body)), fs)
	if figs := doc.Figures(); len(figs) != 1 || strings.Contains(document.PlainText(figs[0].Caption), "Credit") {
		t.Errorf("figures %+v", figs)
	}
	if m := doc.Meta; !slices.Contains(m.Subjects, "Oduya, Marguerite (1939-2026)") || m.Source == nil || m.Source.URL != "https://example.com/story/komplettansicht" {
		t.Errorf("subjects %q, source %+v", m.Subjects, m.Source)
	}
	for _, s := range []string{"On aime", "Ha sido profesora"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	for _, s := range []string{"Anagrama, 2026", "296 pages"} {
		if !strings.Contains(md, s) {
			t.Errorf("%q lost:\n%s", s, md)
		}
	}
}

// TestBlind88PageRules: a box of two small blocks led by a related
// list's heading.
func TestBlind88PageRules(t *testing.T) {
	body := story + `<div class="box"><div>À lire aussi</div><div>Chemin du Fort: les résidents attendront encore un an</div></div>` + story2 +
		`<div class="article-block"><div>Meer nieuws uit Amersfoort</div><div>Spoorwegovergang Hogeweg maandag een nacht dicht</div></div>`
	_, _, md := read(t, []byte(wrap("", body)), nil)
	for _, s := range []string{"Chemin du Fort", "Spoorwegovergang"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
}

// TestBlind89PageRules: an image outside a figure, the block under it
// repeating its alt as the caption and a credit line under that; the
// paper's short name before a caption's credit label ("Post Photo: X").
func TestBlind89PageRules(t *testing.T) {
	body := `<div class="imgboxa"><div class="imgbox"><img src="https://img.example.com/p1.jpg" alt="Passengers take photographs inside a train on the new line yesterday."></div>` +
		`<h2 class="imgtxt">Passengers take photographs inside a train on the new line yesterday.</h2><h3 class="imgauthor">Photo: CNA</h3></div>` + story +
		`<div class="post-image"><img src="count.jpg" alt=""><span class="caption">Supporters gather outside the District Election Office in Biratnagar on Tuesday. <br>Post Photo: Bimal Gautam</span></div>` + story2
	fs := fstest.MapFS{"count.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}}
	doc, _, _ := read(t, []byte(wrap("", body)), fs)
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "CNA" || document.PlainText(figs[0].Caption) != "Passengers take photographs inside a train on the new line yesterday." ||
		figs[1].Credit != "Bimal Gautam" || document.PlainText(figs[1].Caption) != "Supporters gather outside the District Election Office in Biratnagar on Tuesday." {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestBlind90PageRules: a figcaption's last words after its full stop,
// in brackets, are its credit ("… in Sydney. (Nine)"); SRF's hidden
// "Legende: " label is no part of the caption.
func TestBlind90PageRules(t *testing.T) {
	body := story + `<figure><img src="https://img.example.com/bus.jpg" alt=""><figcaption>Passengers board the night bus at Central Station in Sydney. (Nine)</figcaption></figure>` + story2 +
		`<figure><img src="https://img.example.com/park.jpg" alt=""><figcaption><span class="h-offscreen">Legende: </span>Ein überdachter Parkplatz im Kanton Aargau. <span class="credit">KEYSTONE/Nadja Rüegsegger</span></figcaption></figure>` + story
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	figs := doc.Figures()
	if len(figs) != 2 || figs[0].Credit != "Nine" || document.PlainText(figs[0].Caption) != "Passengers board the night bus at Central Station in Sydney." ||
		document.PlainText(figs[1].Caption) != "Ein überdachter Parkplatz im Kanton Aargau." {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestLiveTitleCut: a live page's JSON-LD headline cut at the colon of
// the visible one ("West Coast Main Line LIVE") gives way to the <h1>.
func TestLiveTitleCut(t *testing.T) {
	h1 := "West Coast Main Line LIVE: Trains cancelled between Preston and Lancaster after flooding"
	head := `<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"West Coast Main Line LIVE"}</script>`
	doc, _, _ := read(t, []byte(wrap(head, "<h1>"+h1+"</h1>"+story+story2)), nil)
	if doc.Meta.Title != h1 {
		t.Errorf("title %q", doc.Meta.Title)
	}
}

// TestBlind94PageRules: a fact-check's verdict stamp and claim box go by
// their names; the list of sources after the article stays; numbered
// lines set apart by <br> are a paragraph each.
func TestBlind94PageRules(t *testing.T) {
	body := `<div class="declaration-box"><div class="name">Ettore Baldassini</div><blockquote>«I treni regionali in ritardo sono raddoppiati»</blockquote></div>` +
		`<div class="stamp stamp--falso"><span>FALSO</span></div>` + story + story2 +
		`<p><strong>Referências:</strong></p><p>1. Facebook (arquivo)<br>2. Instagram (arquivo)<br>3. Anatel</p>`
	page := wrap("", body) + `<section id="sources"><h3>Our Sources</h3><p>Instagram post, March 4, 2025 (archived)</p><p>Phone interview, Rebecca Thornbury, March 10, 2025</p></section>`
	page = strings.Replace(page, "</body></html>", "", 1) + "</body></html>"
	_, _, md := read(t, []byte(page), nil)
	for _, s := range []string{"Baldassini", "FALSO", "raddoppiati"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	for _, s := range []string{"\n1\\. Facebook (arquivo)\n\n2\\. Instagram (arquivo)\n", "Our Sources", "Phone interview, Rebecca Thornbury"} {
		if !strings.Contains(md, s) {
			t.Errorf("%q missing:\n%s", s, md)
		}
	}
}

// TestPracticalBox: a box of practical details or things to know, in
// <main> when the page has no <article>, is the story's ("Pratique", "Da
// sapere").
func TestPracticalBox(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le cinéma du Morvan | Télérama</title></head><body><main class="article"><h1>Le cinéma du Morvan</h1>` + story + story2 +
		`<aside class="article__encadre"><h2>Pratique</h2><p>L’Écran des Bois, place du Marché, Lormes (Nièvre). Séances du mercredi au dimanche à 20 h 30.</p></aside>` +
		`<aside class="item-box item-box--da-sapere"><h3>Da sapere</h3><p>Circa il 90 per cento dell’ambra estratta nel mondo viene dalla regione del mar Baltico.</p></aside>` + story + `</main></body></html>`
	_, _, md := read(t, []byte(page), nil)
	for _, s := range []string{"Pratique", "L’Écran des Bois", "Da sapere", "Circa il 90"} {
		if !strings.Contains(md, s) {
			t.Errorf("%q missing:\n%s", s, md)
		}
	}
}

// TestARIATable: a data table of <div>s with ARIA roles is a table, its
// caption from role="caption" and its source line under it a paragraph
// (Cinco Días); the extractor had dropped its rows.
func TestARIATable(t *testing.T) {
	body := story + `<div class="a_tb" role="table" aria-label="Principales magnitudes"><div role="caption">Principales magnitudes</div>` +
		`<div role="row"><span role="columnheader">En millones de euros</span><span role="columnheader">1T 2025</span><span role="columnheader">1T 2024</span></div>` +
		`<div role="row"><span role="cell">Cifra de negocio</span><span role="cell">3.870</span><span role="cell">4.121</span></div>` +
		`<div role="row"><span role="cell">Ebitda</span><span role="cell">905</span><span role="cell">827</span></div>` +
		`<div class="a_tb_s">Fuente: Olmeda Energía.</div></div>` + story2
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	var tb *document.Table
	for _, b := range doc.Blocks {
		if x, ok := b.(*document.Table); ok {
			tb = x
		}
	}
	if tb == nil || document.PlainText(tb.Caption) != "Principales magnitudes" || len(tb.Head) != 1 || len(tb.Body) != 2 || len(tb.Columns) != 3 {
		t.Fatalf("table %+v", tb)
	}
	found := false
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok && document.PlainText(p.Text) == "Fuente: Olmeda Energía." {
			found = true
		}
	}
	if !found {
		t.Errorf("the source line under the table is missing")
	}
}

// TestBlind93PageRules: a container its name calls a photo is a figure,
// its "text" the caption and its "author" the credit (iDNES.cz); a
// credit's label with a full stop goes though the credit starts in lower
// case ("(Fot. materiały ZIM)").
func TestBlind93PageRules(t *testing.T) {
	body := story + `<div class="art-photo"><img src="https://img.example.com/t.jpg" width="960" height="640" alt=""><div class="text"><p>Ilustrační snímek</p></div><div class="author">Foto: Tomáš Holub, ČTK</div></div>` + story2 +
		`<figure><img src="https://img.example.com/k.jpg" alt=""><figcaption>Tak ma wyglądać kładka po zakończeniu budowy. <span class="art_photo_author">(Fot. materiały ZIM)</span></figcaption></figure>` + story
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	figs := doc.Figures()
	if len(figs) != 2 || document.PlainText(figs[0].Caption) != "Ilustrační snímek" || figs[0].Credit != "Tomáš Holub, ČTK" || figs[1].Credit != "materiały ZIM" {
		for _, f := range figs {
			t.Errorf("figure %q, credit %q", document.PlainText(f.Caption), f.Credit)
		}
	}
}

// TestBlind95PageRules: the markup of blogging platforms. Blogger sets
// the whole post inside "date-outer", its title in an <h3> under the
// blog's <h1>, and its labels as rel="tag" links; Medium names the
// publication as the JSON-LD publisher and embeds posts as frames; Ghost
// and WordPress set link cards, tweets and pull quotes in <figure>s; a
// Markdown blog sets a caption in italics under the image.
func TestBlind95PageRules(t *testing.T) {
	long := strings.Repeat("La piscina comunale resta chiusa fino a settembre, ha detto il sindaco in consiglio. ", 6)
	long2 := strings.Repeat("Il preventivo per la nuova copertura è più del doppio di quanto il Comune aveva stimato. ", 6)
	long3 := strings.Repeat("La società sportiva chiede tempi certi e un rimborso parziale delle quote pagate. ", 6)
	page := `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Cronache della Valle Scrivia: La piscina resta chiusa</title>` +
		`<script type="application/ld+json">{"@type":"BlogPosting","headline":"La piscina resta chiusa","publisher":{"@type":"Organization","name":"Blogger"}}</script></head><body>` +
		`<h1 class="title">Cronache della Valle Scrivia</h1><div class="date-outer"><h2 class="date-header">martedì 11 marzo 2025</h2><h3 class="post-title">La piscina resta chiusa</h3>` +
		`<div class="post-body">` + long + `<br><br><b>Il preventivo</b><br><br>` + long2 + `<br><br>` + long3 + `</div>` +
		`<span class="post-labels">Etichette: <a href="https://x.blogspot.com/search/label/Sport" rel="tag">Sport</a>, <a href="https://x.blogspot.com/search/label/Ronco" rel="tag">Ronco</a></span></div></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	if doc.Meta.Title != "La piscina resta chiusa" || !slices.Equal(doc.Meta.Subjects, []string{"Sport", "Ronco"}) {
		t.Errorf("title %q, subjects %q", doc.Meta.Title, doc.Meta.Subjects)
	}
	if !strings.Contains(md, "\n## Il preventivo\n\nIl preventivo per") || !strings.Contains(md, "\n\nLa società sportiva") {
		t.Errorf("the post's paragraphs and heading:\n%s", md)
	}

	head := `<meta property="og:site_name" content="Medium"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall rebuilt","publisher":{"@type":"Organization","name":"Transit Desk PGH"}}</script>`
	body := story + `<figure><iframe src="https://cdn.example.org/embed.html"></iframe></figure>` +
		`<figure class="kg-card kg-bookmark-card"><a href="https://example.org/other"><div class="kg-bookmark-title">The island that grows faster than its services</div><div class="kg-bookmark-description">Nurseries, buses and a clinic.</div></a></figure>` +
		`<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p>We have 1,870 signatures. On Thursday we take them to Parliament.</p>— Residents (@residents) March 10, 2025</blockquote></figure>` +
		`<figure class="wp-block-pullquote"><blockquote><p>“The regulars will follow us.”</p><cite>Nadia B., cheesemonger</cite></blockquote></figure>` +
		`<p><img src="page_files/chart.jpg" alt="Line chart"></p><p><em>Stations accepting rentals, March 7 to 9.</em></p>` + story2 +
		`<h2>Written by</h2><h1><a href="/@ciara">Ciara Nolan</a></h1><p>Freelance data reporter in Dublin. I write about transport and housing.</p>`
	doc, _, md = read(t, []byte(wrap(head, body)), fstest.MapFS{"page_files/chart.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}})
	if !slices.Contains(doc.Meta.Byline, "Transit Desk PGH") {
		t.Errorf("byline %q: the publication is the source", doc.Meta.Byline)
	}
	for _, s := range []string{"island that grows", "Nurseries", "regulars will follow", "cheesemonger", "(@residents)", "Freelance data reporter"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	if !strings.Contains(md, "We have 1,870 signatures.") {
		t.Errorf("the embedded post's text is missing:\n%s", md)
	}
	if figs := doc.Figures(); len(figs) != 1 || document.PlainText(figs[0].Caption) != "Stations accepting rentals, March 7 to 9." {
		t.Errorf("figures %+v", figs)
	}
}

// TestBlind97PageRules: a portal's page around a partner's story.
func TestBlind97PageRules(t *testing.T) {
	body := `<div class="author-info"><img class="source-logo" alt="Harbour Agency" src="page_files/agency-logo.jpg"><span class="author">Agência Brasil</span></div>` +
		`<h2 class="partner-title">Harbour wall rebuilt</h2>` +
		`<figure><img src="page_files/wall.jpg" alt="The wall"><figcaption>The new wall at low tide.</figcaption></figure>` +
		`<p><strong>Marta Reis - Repórter da Agência Brasil</strong></p>` + story +
		`<div class="newsroom-plea"><p><strong>Support Free Journalism</strong></p><p>Consider supporting us starting at $2 to help us keep our reporting free for everyone.</p><a>Support The Bay News</a></div>`
	files := fstest.MapFS{"page_files/agency-logo.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}, "page_files/wall.jpg": {Data: bytes.Repeat([]byte("y"), 4096)}}
	doc, _, md := read(t, []byte(wrap("", body)), files)
	if figs := doc.Figures(); len(figs) != 1 || figs[0].Src != "page_files/wall.jpg" {
		t.Errorf("figures %+v: the logo is no figure", figs)
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Marta Reis"}) || !slices.Contains(doc.Meta.Byline, "Agência Brasil") {
		t.Errorf("authors %q, byline %q: the agency is credited, no author", doc.Meta.Authors, doc.Meta.Byline)
	}
	for _, s := range []string{"## Harbour wall rebuilt", "Harbour wall rebuilt\n\n", "Marta Reis", "Support"} {
		if strings.Contains(md[strings.Index(md, "\n---\n")+5:], s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
}

// TestBlind98PageRules: a "what to know" box's points are the story's;
// the story's last line names the outlet it first appeared in.
func TestBlind98PageRules(t *testing.T) {
	body := `<aside class="what-to-know"><h2 class="what-to-know__title">Lo que debes saber</h2><ul>` +
		`<li>Las clases serán gratuitas para niños de 5 a 14 años.</li><li>Las inscripciones abren el 1 de abril.</li></ul></aside>` + story +
		`<p><em>Este artículo apareció originalmente en inglés en <a href="https://example.com/">NBC Los Angeles</a>.</em></p>`
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if !strings.Contains(md, "Las inscripciones abren el 1 de abril.") {
		t.Errorf("the box's points were dropped:\n%s", md)
	}
	if !slices.Contains(doc.Meta.Byline, "NBC Los Angeles") {
		t.Errorf("byline %q, source %+v", doc.Meta.Byline, doc.Meta.Source)
	}
}

// TestBlind101PageRules: a source line beside the <h1>, which the
// extractor leaves out, is credited (blind101's RTS page, as saved).
func TestBlind101PageRules(t *testing.T) {
	src, err := os.ReadFile("../corpus/blind101/sr-rts-palic/page.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, _ := read(t, src, fstest.MapFS{})
	if !slices.Contains(doc.Meta.Byline, "Танјуг") {
		t.Errorf("byline %q, source %+v", doc.Meta.Byline, doc.Meta.Source)
	}
}

// TestBlind124PageRules: a list of short labels above the headline (a
// markets strip) is the header's, and so is a list of buttons under it
// one of which a rule knows ("Share", "Resize", "Reprints").
func TestBlind124PageRules(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt | The Bay News</title></head><body><div class="container">` +
		`<ul><li>DJIA</li><li>41,318.52</li><li>+0.42%</li><li>Nasdaq</li><li>-0.11%</li></ul><div>Earnings</div>` +
		`<h1>Harbour wall rebuilt</h1><div>By Jane Doe</div><ul><li>Share</li><li>Resize</li><li>Reprints</li></ul>` + story + `</div></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	body := md[strings.Index(md, "\n---\n")+5:]
	for _, s := range []string{"DJIA", "41,318.52", "Earnings", "Resize", "Reprints"} {
		if strings.Contains(body, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Jane Doe"}) {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	// A list of short items in the story stays.
	doc, _, md = read(t, []byte(wrap("", story+`<ul><li>Stone walls</li><li>Slipways</li></ul>`)), nil)
	if !strings.Contains(md, "Slipways") {
		t.Errorf("the story's list was dropped:\n%s", md)
	}
}

// TestListBoxes: a small box or a list headed by a label a rule drops
// ("Weitere Informationen", "Lire aussi", "Most Popular"), and a list under the story with a button or a
// copyright line in it, are the page's boxes and footer, not the story.
func TestListBoxes(t *testing.T) {
	page := wrap("", story+`<div class="infobox"><h3>Weitere Informationen</h3><h4>Aktuelle Warnungen</h4><p>Alle Warnungen finden Sie auf unserer Wetterseite.</p></div>`+
		`<ul><li>Lire aussi</li><li>Les ports bretons face à la houle</li><li>Un phare rallumé</li></ul>`+story+
		`<ul><li>Jane Doe is a reporter for The Bay News.</li><li>Follow</li></ul>`+
		`<ul><li>Most Popular</li><li>Why your pension may shrink</li></ul>`+
		`<ul><li>Copyright © 2025 The Bay News. All rights reserved.</li><li>Terms of Use</li><li>Privacy Notice</li></ul>`)
	_, _, md := read(t, []byte(page), nil)
	for _, s := range []string{"Wetterseite", "houle", "phare", "reporter for", "pension", "Terms of Use", "Privacy"} {
		if strings.Contains(md, s) {
			t.Errorf("%q kept:\n%s", s, md)
		}
	}
	// The story's own list at its end stays.
	_, _, md = read(t, []byte(wrap("", story+`<ul><li>Stone walls</li><li>Slipways</li></ul>`)), nil)
	if !strings.Contains(md, "Slipways") {
		t.Errorf("the story's list was dropped:\n%s", md)
	}
}

// TestIndicNewsroomPage: an Indic paper's desk credit, in the page's
// JSON-LD or where the byline would be, is the source, not an author,
// and leaves the body.
func TestIndicNewsroomPage(t *testing.T) {
	p := `<p>नाशिक शहरातील रामकुंड परिसरात गोदावरी नदीत टाकले जाणारे निर्माल्य गोळा करण्यासाठी निर्मल गोदा मंचाच्या स्वयंसेवकांनी कलश ठेवले आहेत आणि त्याचे खत केले जाते.</p>`
	page := `<!DOCTYPE html><html lang="mr"><head><meta charset="utf-8"><title>निर्माल्याचे खत | लोकसत्ता</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"निर्माल्याचे खत","author":{"@type":"Person","name":"लोकसत्ता प्रतिनिधि"}}</script></head>` +
		`<body><article><h1>निर्माल्याचे खत</h1><div class="byline">अमर उजाला नेटवर्क, बरेली</div>` + p + p + p + `</article></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	if len(doc.Meta.Authors) != 0 || doc.Meta.Source == nil {
		t.Errorf("authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	if strings.Contains(md[strings.Index(md, "\n---\n")+5:], "नेटवर्क") {
		t.Errorf("the desk credit stayed in the body:\n%s", md)
	}
}

// A shop's card in the story (a price and a shop's button) goes with its
// product photo; a paragraph that names a price stays.
func TestShopCard(t *testing.T) {
	card := `<div class="commerce-box"><span>Anzeige</span><img src="https://example.org/kissen.jpg" alt=""><p>Kissenhülle aus Leinen, salbeigrün</p><p>€ 24,95 bei Otto</p><a href="https://shop.example/p" rel="sponsored">Zum Shop</a></div>`
	doc, _, md := read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+card+story)), nil)
	if f := firstFigure(doc); f != nil || strings.Contains(md, "24,95") || strings.Contains(md, "Zum Shop") {
		t.Errorf("shop card kept:\n%s", md)
	}
	para := `<p>The pass costs € 24,95 a month, and the council says <a href="https://example.org/shop">shop</a> owners will sell it.</p>`
	_, _, md = read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+para+story)), nil)
	if !strings.Contains(md, "24,95 a month") {
		t.Errorf("paragraph with a price dropped:\n%s", md)
	}
}

// A gallery's slide counter in a caption ("Bild 1 von 3") is no caption
// text.
func TestSlideCounterInCaption(t *testing.T) {
	fig := `<figure><img src="https://example.org/a.jpg" alt=""><figcaption><div class="gallery__count">Bild 1 von 3</div><div class="gallery__caption">Boats in the inner basin after the storm.</div></figcaption></figure>`
	doc, _, md := read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+fig+story)), nil)
	if f := firstFigure(doc); f == nil || document.PlainText(f.Caption) != "Boats in the inner basin after the storm." {
		t.Errorf("figure %+v\n%s", f, md)
	}
}

// A heading left open ("<h2>Standfirst</p><p>…", which a parser reads
// with the rest of the page inside the heading) ends at its first block:
// the story after it is the story's, not the heading's.
func TestHeadingLeftOpen(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt | The Bay News</title></head><body><div class="news"><h1>Harbour wall rebuilt</h1>` +
		`<h2 class="summary">The council spent two hundred thousand pounds on the work</p><div class="by">Ann Lee</div>` + story + `<h2>The slipway</h2>` + story2 + `</div></body></html>`
	doc, _, md := read(t, []byte(page), nil)
	n := 0
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok && strings.Contains(document.PlainText(p.Text), "harbour wall was rebuilt") {
			n++
		}
	}
	if n != 1 || !strings.Contains(md, "## The slipway") {
		t.Errorf("the story's first paragraph %d times, want once, and its heading:\n%s", n, md)
	}
}

// TestAuthorHeadingAndKeywords: the author the JSON-LD names, set as a
// strong paragraph under the headline with the bureau under it, is the
// byline and its role (The Herald); and keywords split at an Arabic
// comma ("ملتان،کاشی گری").
func TestAuthorHeadingAndKeywords(t *testing.T) {
	head := `<meta name="keywords" content="ملتان،کاشی گری،ہنر"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall rebuilt","author":{"@type":"Person","name":"Tinashe Mhuri"}}</script>`
	body := `<p><strong>Tinashe Mhuri</strong></p><p><strong>Mashonaland East Bureau</strong></p>` + story + story2
	doc, _, _ := read(t, []byte(wrap(head, body)), nil)
	for _, b := range doc.Blocks {
		if h, ok := b.(*document.Heading); ok {
			t.Errorf("heading %q kept in the body", document.PlainText(h.Text))
		}
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Tinashe Mhuri"}) {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	if want := []string{"ملتان", "کاشی گری", "ہنر"}; !slices.Equal(doc.Meta.Subjects, want) {
		t.Errorf("subjects %q, want %q", doc.Meta.Subjects, want)
	}
}

// A labelled credit in a block of its own right before the image is the
// image's credit, and a paragraph named a caption by its class right
// after it is its caption, credit or none; a paragraph with no such
// name and no credit stays a paragraph.
func TestCreditBeforeImageCaptionByClass(t *testing.T) {
	fig := `<p class="image-container"><span class="img-source">Photo: Ann Lee</span><img src="https://example.org/a.jpg" alt=""></p><p class="image-desc">Boats in the inner basin after the storm.</p>`
	doc, _, md := read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+fig+story)), nil)
	if f := firstFigure(doc); f == nil || document.PlainText(f.Caption) != "Boats in the inner basin after the storm." || f.Credit != "Ann Lee" {
		t.Errorf("figure %+v\n%s", f, md)
	}
	fig = `<p><img src="https://example.org/a.jpg" alt=""></p><p>Boats wait in the inner basin after the storm, the harbour master said.</p>`
	doc, _, md = read(t, []byte(wrap("", story[:strings.Index(story, "\n")]+fig+story)), nil)
	if f := firstFigure(doc); f == nil || len(f.Caption) != 0 {
		t.Errorf("figure %+v\n%s", f, md)
	}
}

// A subtitle of a few words under the headline, which the extractor
// drops, is the standfirst when the page's description says the same.
func TestShortStandfirst(t *testing.T) {
	sub := `<h2 class="nw-sub">Night shifts double at the harbour</h2><div class="main-content">` + story + story2 + `</div>`
	for _, c := range []struct {
		desc string
		want bool
	}{{"Night shifts double at the harbour", true}, {"The harbour wall was rebuilt.", false}} {
		doc, _, md := read(t, []byte(wrap(`<meta name="description" content="`+c.desc+`">`, sub)), nil)
		p, ok := doc.Blocks[0].(*document.Paragraph)
		if got := ok && document.PlainText(p.Text) == "Night shifts double at the harbour"; got != c.want {
			t.Errorf("description %q: standfirst %v, want %v\n%s", c.desc, got, c.want, md)
		}
	}
}

// Under the headline, a Japanese newsroom's name alone is the source, and
// an e-mail address alone is the author's: neither is body text.
func TestHeaderOutletAndAddress(t *testing.T) {
	body := `<div class="provider">共同通信</div><div class="gs-email">ann.lee@example.org</div>` + story + story2
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if !slices.Contains(doc.Meta.Byline, "共同通信") || strings.Contains(md, "\n共同通信\n") || strings.Contains(md, "ann.lee@") {
		t.Errorf("byline %q\n%s", doc.Meta.Byline, md)
	}
}

// A standfirst in bold that the page's description repeats is no heading.
func TestBoldStandfirst(t *testing.T) {
	sub := `<div class="sr-excerpt"><p><strong>Night shifts double at the harbour</strong></p></div>` + story + story2
	doc, _, md := read(t, []byte(wrap(`<meta name="description" content="Night shifts double at the harbour">`, sub)), nil)
	if _, heading := doc.Blocks[0].(*document.Heading); heading {
		t.Errorf("the standfirst is a heading\n%s", md)
	}
}

// A caption's label says what an element of the caption is, whatever its
// class: "<span class="credit">Maelezo ya picha, X</span>" is the caption.
func TestLabelOverClass(t *testing.T) {
	fig := `<figure><img src="https://example.org/a.jpg" alt="Mzinga"><figcaption><span class="cap">Chanzo cha picha, Amina Wekesa/BBC</span><br><span class="credit">Maelezo ya picha, Joyce Chepkoech akikagua mzinga katika shamba lake</span></figcaption></figure>`
	doc, _, md := read(t, []byte(wrap("", fig+story)), nil)
	if f := firstFigure(doc); f == nil || f.Credit != "Amina Wekesa/BBC" || document.PlainText(f.Caption) != "Joyce Chepkoech akikagua mzinga katika shamba lake" {
		t.Errorf("figure %+v\n%s", f, md)
	}
}

// A credit in an element of its own before the caption's text, or a
// labelled one after it; a photo's note by its class; the byline again
// under the story, naming the author the metadata names.
func TestCreditElementsAndClosingByline(t *testing.T) {
	for _, c := range []struct{ fig, caption, credit string }{
		{`<figure><img src="https://example.org/a.jpg" alt=""><figcaption><span>Foto: Jana Ruhland</span><span>Die neue Praxis im alten Sparkassengebäude.</span></figcaption></figure>`, "Die neue Praxis im alten Sparkassengebäude.", "Jana Ruhland"},
		{`<figure><img src="https://example.org/a.jpg" alt=""><figcaption><span>A rate book from 1874, on the dull list</span><span>Image: Tom Reed / Alamy</span></figcaption></figure>`, "A rate book from 1874, on the dull list", "Tom Reed / Alamy"},
		{`<div class="photo"><p><img src="https://example.org/a.jpg" alt=""></p><p class="pic-note"><span>孩子们在社区党群服务中心的“夜间课堂”里写作业。</span><br></p></div>`, "孩子们在社区党群服务中心的“夜间课堂”里写作业。", ""},
	} {
		doc, _, md := read(t, []byte(wrap("", c.fig+story)), nil)
		if f := firstFigure(doc); f == nil || f.Credit != c.credit || document.PlainText(f.Caption) != c.caption {
			t.Errorf("figure %+v\n%s", f, md)
		}
	}
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pool","author":{"@type":"Person","name":"Олег Дьомін"}}</script>`
	_, _, md := read(t, []byte(wrap(ld, story+story2+`<div class="signoff">Автор: Олег Дьомін</div>`)), nil)
	if strings.Contains(md, "Автор") {
		t.Errorf("the closing byline is body text\n%s", md)
	}
}

// A template's place in the site ("elementor-location-header") names no
// byline's place: its menu is no byline.
func TestTemplateLocationIsNoByline(t *testing.T) {
	nav := `<div class="elementor elementor-location-header"><ul><li><a href="#">Inicio</a></li><li><a href="#">Nosotros</a></li></ul></div>`
	doc, _, md := read(t, []byte(wrap("", nav+story+story2)), nil)
	if slices.Contains(doc.Meta.Authors, "Inicio") {
		t.Errorf("authors %q\n%s", doc.Meta.Authors, md)
	}
}

// Short <div> texts under the story's last paragraph, past furniture a
// rule dropped, are the page's tail; the name alone right under the last
// paragraph signs a story that names no author. A short <p> there stays.
func TestPageTailAndSignature(t *testing.T) {
	tail := `<div class="meta">Ann Lee</div><div class="meta">Sign up for our newsletter</div><div class="meta">Get local stories right to your inbox.</div><div class="meta">Black Press Media</div>`
	doc, _, md := read(t, []byte(wrap("", story+story2+tail)), nil)
	if strings.Contains(md, "Black Press") || strings.Contains(md, "local stories") {
		t.Errorf("the page's tail is body text\n%s", md)
	}
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Ann Lee" {
		t.Errorf("signed authors %q", got)
	}
	doc, _, md = read(t, []byte(wrap("", story+story2+`<p>The council meets again in May.</p>`)), nil)
	if !strings.Contains(md, "meets again") || len(doc.Meta.Authors) > 0 {
		t.Errorf("a short last paragraph lost, or taken for a name\n%s", md)
	}
}

// TestAuthorsOfTheMetadata holds blind412 and blind414: the author the
// metadata names, alone in a box under the story, is the byline again;
// a paper the metadata names as author is the source.
func TestAuthorsOfTheMetadata(t *testing.T) {
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall rebuilt","author":[{"@type":"Person","name":"` + name + `"}]}</script>`
	}
	doc, _, md := read(t, []byte(wrap(ld("Julien Mercadal"), story+story2+`<div class="box"><p>Julien Mercadal</p></div>`)), nil)
	if strings.Count(md, "Julien Mercadal") > 1 || strings.Join(doc.Meta.Authors, "|") != "Julien Mercadal" {
		t.Errorf("authors %q, the name kept in the body\n%s", doc.Meta.Authors, md)
	}
	doc, _, _ = read(t, []byte(wrap(ld("Daily Guide Africa"), story+story2)), nil)
	if len(doc.Meta.Authors) > 0 || !slices.Contains(doc.Meta.Byline, "Daily Guide Africa") {
		t.Errorf("authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
	// "Por Emol" where the metadata calls Emol an organisation: the
	// outlet in the byline's place, no author.
	org := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall rebuilt","author":[{"@type":"Organization","name":"Emol"}]}</script>`
	doc, _, _ = read(t, []byte(wrap(org, `<div class="byline">Por Emol</div>`+story+story2)), nil)
	if len(doc.Meta.Authors) > 0 || !slices.Contains(doc.Meta.Byline, "Emol") {
		t.Errorf("outlet as byline: authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
}

// TestImageDescription reads a photo in a div with its description and
// author beside it ("<div class="img-descr">", "<div
// class="img-author">") as a figure.
func TestImageDescription(t *testing.T) {
	files := fstest.MapFS{"page_files/tram.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}}
	body := story + `<div class="article-img"><img src="page_files/tram.jpg" alt=""><div class="img-descr">Новий трамвай на кінцевій зупинці на Сихові</div><div class="img-author">Фото: Андрій Кривенко</div></div>` + story2
	doc, _, _ := read(t, []byte(wrap("", body)), files)
	figs := doc.Figures()
	if len(figs) != 1 || document.PlainText(figs[0].Caption) != "Новий трамвай на кінцевій зупинці на Сихові" || figs[0].Credit != "Андрій Кривенко" {
		t.Errorf("figures %+v", figs)
	}
}

// TestDashAgency: an agency after a dash ends a figcaption (its credit)
// and the last paragraph (the story's source).
func TestDashAgency(t *testing.T) {
	files := fstest.MapFS{"page_files/drone.jpg": {Data: bytes.Repeat([]byte("x"), 4096)}}
	body := `<figure><img src="page_files/drone.jpg" alt=""><figcaption>An operator prepares a spraying drone at a durian orchard in Raub on Tuesday (Nov 18). — Bernama</figcaption></figure>` +
		story + story2 + `<p>Pahang exported durian worth about RM410mil last year, most of it frozen whole fruit and paste sent to China. — Bernama</p>`
	doc, _, _ := read(t, []byte(wrap("", body)), files)
	figs := doc.Figures()
	if len(figs) != 1 || figs[0].Credit != "Bernama" || !strings.HasSuffix(document.PlainText(figs[0].Caption), "(Nov 18).") {
		t.Errorf("figures %+v", figs)
	}
	if !slices.Contains(doc.Meta.Byline, "Bernama") {
		t.Errorf("byline %q, want the source Bernama in it", doc.Meta.Byline)
	}
}

// TestLabelOverOneLink: "<p>A lire aussi</p><p>headline</p>" between
// paragraphs is a link to another story under its label.
func TestLabelOverOneLink(t *testing.T) {
	body := story + `<p class="aussi-label">A lire aussi</p><p class="aussi">Gel, grêle, sécheresse : la vigne française face à l’accumulation des aléas</p>` + story2
	doc, _, _ := read(t, []byte(wrap("", body)), nil)
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok && strings.HasPrefix(document.PlainText(p.Text), "Gel, grêle") {
			t.Errorf("the link under the label kept: %q", document.PlainText(p.Text))
		}
	}
}
