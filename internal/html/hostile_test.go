package html_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"publish/internal/document"
	"publish/internal/html"
	"publish/internal/markdown"
)

const story = `<p>The harbour wall was rebuilt over the winter with stone taken from the old customs house, which had stood empty since 1962.</p>
<p>Fishermen say the new wall already shelters the inner basin better than the old one did in the storms of January and February.</p>
<p>The council will decide in the spring whether to rebuild the slipway as well, at a cost of about two hundred thousand pounds.</p>`

func wrap(head, body string) string {
	return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour wall rebuilt | The Bay News</title>" + head +
		"</head><body><article><h1>Harbour wall rebuilt</h1>" + body + "</article></body></html>"
}

func read(t *testing.T, src []byte, files fstest.MapFS) (*document.Document, *html.Report, string) {
	t.Helper()
	opt := html.Options{}
	if files != nil {
		opt.Files = files
	}
	doc, rep, err := html.Read(bytes.NewReader(src), "page.html", opt)
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	return doc, rep, md.String()
}

// TestHostile: scripts, styles, frames, event handlers and javascript:
// links never reach the model.
func TestHostile(t *testing.T) {
	body := `<script>alert("x")</script><style>p{color:red}</style><iframe src="https://ads.example/"></iframe>
<p onclick="steal()">The harbour wall was rebuilt over the winter with <a href="javascript:steal()">stone</a> taken from the old customs house, which had stood empty since 1962.</p>
<p>Fishermen say the new wall <a href="JaVaScRiPt&#58;steal()">already</a> shelters the inner basin better than the old one did in the storms of <a href="https://example.org/jan" onmouseover="x()">January</a> and February.</p>
<noscript><p>Turn on scripts</p></noscript><object data="x.swf"></object><embed src="y.swf"><svg><script>z()</script><text>svg text</text></svg>
<p>The council will decide in the spring whether to rebuild the slipway as well, at a cost of about <a href="vbscript:x">two hundred</a> thousand pounds.</p>
<template><p>hidden template text</p></template><img src="x.jpg" onerror="alert(1)">`
	_, rep, md := read(t, []byte(wrap("", body)), nil)
	for _, bad := range []string{"alert", "steal", "color:red", "ads.example", "javascript", "vbscript", "onclick", "onmouseover", "Turn on scripts", "svg text", "template text", "x.swf", "onerror"} {
		if strings.Contains(strings.ToLower(md), strings.ToLower(bad)) {
			t.Errorf("%q reached the manuscript:\n%s", bad, md)
		}
	}
	if !strings.Contains(md, "[January](https://example.org/jan)") {
		t.Errorf("a safe link was lost:\n%s", md)
	}
	if n := rep.Count(html.KindRemoved); n < 5 {
		t.Errorf("%d elements reported removed, want the script, style, iframe, object, embed, svg...", n)
	}
}

// TestBadInput: every page gets a clear result, an error naming the file
// or a model.
func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 600) + "text" + strings.Repeat("</div>", 600)
	cases := []struct {
		name, src, err string
	}{
		{"empty", "", "page.html: is empty"},
		{"blank", " \n\t ", "page.html: is empty"},
		{"binary", "<html>\x00\x01", "page.html: is not a web page: it contains a NUL byte"},
		{"deep", wrap("", deep), "page.html: nests elements deeper than 512 levels"},
		{"too large", strings.Repeat("a", html.MaxInput+1), "page.html: is larger than 16 MiB"},
		{"no headline", "<html><body><p>text</p></body></html>", "page.html: has no headline"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := html.Read(strings.NewReader(c.src), "page.html", html.Options{})
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("got %v, want an error starting %q", err, c.err)
			}
		})
	}
	// Malformed but readable: unclosed and stray tags.
	doc, _, _ := read(t, []byte("<html><head><title>Harbour wall rebuilt</title><body><h1>Harbour wall rebuilt</h2><p>The harbour wall was rebuilt over the winter with stone from the customs house.</div></span><p>Fishermen say it shelters the basin better than the old wall did in January.<table><td>x"), nil)
	if len(doc.Blocks) == 0 || doc.Meta.Title != "Harbour wall rebuilt" {
		t.Errorf("malformed page: title %q, %d blocks", doc.Meta.Title, len(doc.Blocks))
	}
}

// TestEncodings: a declared windows-1252 or Shift_JIS page is decoded.
func TestEncodings(t *testing.T) {
	latin := wrap(``, `<p>La muralla del puerto se reconstruyó durante el invierno con piedra de la antigua aduana, vacía desde 1962.</p>`+story)
	latin = strings.Replace(latin, `<meta charset="utf-8">`, `<meta charset="windows-1252">`, 1)
	enc, _ := charmap.Windows1252.NewEncoder().String(latin)
	_, rep, md := read(t, []byte(enc), nil)
	if !strings.Contains(md, "reconstruyó") || rep.Encoding != "windows-1252" {
		t.Errorf("windows-1252: encoding %q\n%s", rep.Encoding, md)
	}
	jp := `<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>港の防波堤を再建</title></head><body><article><h1>港の防波堤を再建</h1>` +
		strings.Repeat(`<p>冬の間に、港の防波堤が古い税関の石で再建された。漁師たちは新しい防波堤が内港をよりよく守っていると話す。</p>`, 6) + `</article></body></html>`
	sj, err := japanese.ShiftJIS.NewEncoder().String(jp)
	if err != nil {
		t.Fatal(err)
	}
	doc, rep, md := read(t, []byte(sj), nil)
	if doc.Meta.Title != "港の防波堤を再建" || !strings.Contains(md, "漁師たち") || rep.Encoding != "shift_jis" {
		t.Errorf("Shift_JIS: encoding %q, title %q\n%s", rep.Encoding, doc.Meta.Title, md)
	}
}

// TestImages: the widest saved candidate is chosen, a remote one becomes a
// placeholder named in the report, a path out of the folder is refused,
// and a lazy loader's saved placeholder gives way to the remote photo.
func TestImages(t *testing.T) {
	photo := bytes.Repeat([]byte("x"), 4096)
	files := fstest.MapFS{
		"page_files/a-400.jpg":  {Data: photo},
		"page_files/a-800.jpg":  {Data: photo},
		"page_files/blank.png":  {Data: []byte("x")},
		"page_files/spacer.gif": {Data: []byte("x")},
		"secret.jpg":            {Data: photo},
	}
	body := story + `<figure><img src="page_files/a-400.jpg" srcset="page_files/a-400.jpg 400w, page_files/a-800.jpg 800w, https://cdn.example/a-1600.jpg 1600w" alt="A wall"><figcaption>The new wall at low tide.</figcaption></figure>
<figure><img data-src="https://cdn.example/b.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>The old customs house.</figcaption></figure>
<figure><img src="../secret.jpg"><figcaption>Out of the folder.</figcaption></figure>
<figure><img src="page_files/blank.png" data-src="https://cdn.example/c.jpg"><figcaption>The harbour master's office.</figcaption></figure>
<figure><img src="page_files/spacer.gif"><figcaption>Nothing else saved.</figcaption></figure>`
	doc, rep, _ := read(t, []byte(wrap(`<link rel="canonical" href="https://bay.example/news/wall">`, body)), files)
	figs := doc.Figures()
	if len(figs) != 5 {
		t.Fatalf("%d figures, want 5", len(figs))
	}
	if figs[0].Src != "page_files/a-800.jpg" || figs[1].Src != "https://cdn.example/b.jpg" || strings.Contains(figs[2].Src, "secret") ||
		figs[3].Src != "https://cdn.example/c.jpg" || figs[4].Src != "page_files/spacer.gif" {
		t.Errorf("sources %q, %q, %q, %q, %q", figs[0].Src, figs[1].Src, figs[2].Src, figs[3].Src, figs[4].Src)
	}
	if len(rep.Remote) != 2 || rep.Remote[0] != "https://cdn.example/b.jpg" || rep.Remote[1] != "https://cdn.example/c.jpg" {
		t.Errorf("remote images in the report: %v", rep.Remote)
	}
	var refused bool
	for _, w := range rep.Warnings {
		refused = refused || strings.Contains(w.Error(), "leaves the saved folder")
	}
	if !refused {
		t.Errorf("no warning for ../secret.jpg: %v", rep.Warnings)
	}
}

func TestTooManyElements(t *testing.T) {
	page := wrap("", strings.Repeat("<span>x</span>", html.MaxElements))
	_, _, err := html.Read(strings.NewReader(page), "page.html", html.Options{})
	if err == nil || !strings.Contains(err.Error(), "page.html: has more than 150000 elements") {
		t.Errorf("got %v", err)
	}
}

// TestNoH1: a page whose headline is a styled <div> takes its title from
// the metadata, and the div does not stay in the body.
func TestNoH1(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt | The Bay News</title></head>
<body><div class="story"><div class="headline-xl">Harbour wall rebuilt</div>` + story + `</div></body></html>`
	doc, rep, md := read(t, []byte(page), nil)
	if doc.Meta.Title != "Harbour wall rebuilt" || strings.Count(md, "Harbour wall rebuilt") != 1 || len(doc.Blocks) != 3 {
		t.Errorf("title %q, %d blocks:\n%s", doc.Meta.Title, len(doc.Blocks), md)
	}
	if rep.Count(html.KindTitle) != 1 {
		t.Errorf("the headline block is not reported as the title")
	}
}

// TestTimesOnly: a line of nothing but <time> elements and a label is
// the date, not body.
func TestTimesOnly(t *testing.T) {
	body := `<div class="x1"><time datetime="2024-03-12">March 12, 2024</time> | Updated <time datetime="2024-03-12T17:14">5:14 p.m. ET</time></div>` + story
	doc, _, md := read(t, []byte(wrap("", body)), nil)
	if strings.Contains(md, "Updated") || len(doc.Blocks) != 3 || doc.Meta.Date != "2024-03-12" {
		t.Errorf("date %q, %d blocks:\n%s", doc.Meta.Date, len(doc.Blocks), md)
	}
}
