package html_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/html"
	"publish/internal/markdown"
)

// FuzzRead feeds the reader arbitrary pages, seeded with the corpus: it
// must return a model or an error, never panic, and a model must write
// as a manuscript that reads back.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*/page.html")
	for _, p := range pages {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(`<html><head><title>T</title></head><body><h1>T</h1><p>a <a href="javascript:x">b</a></p><figure><img srcset=", ,x 9q"><figcaption><small></small></figcaption></figure></body></html>`))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, rep, err := html.Read(bytes.NewReader(src), "page.html", html.Options{})
		if err != nil {
			return
		}
		var md bytes.Buffer
		if err := markdown.Write(&md, doc); err != nil {
			t.Fatalf("markdown.Write: %v", err)
		}
		if _, _, err := markdown.Parse(md.Bytes(), "manuscript.md"); err != nil {
			t.Fatalf("the manuscript does not read back: %v\n%s", err, md.Bytes())
		}
		for _, u := range linkURLs(doc) {
			if l := strings.ToLower(u); !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "mailto:") {
				t.Fatalf("a link to %q reached the model", u)
			}
		}
		var r bytes.Buffer
		if err := rep.WriteJSON(&r); err != nil {
			t.Fatal(err)
		}
	})
}

// linkURLs lists the destination of every link in the body.
func linkURLs(doc *document.Document) []string {
	var out []string
	var visit func([]document.Inline)
	visit = func(ins []document.Inline) {
		for _, in := range ins {
			switch n := in.(type) {
			case *document.Link:
				out = append(out, n.URL)
				visit(n.Children)
			case *document.Emph:
				visit(n.Children)
			case *document.Strong:
				visit(n.Children)
			}
		}
	}
	document.Walk(doc.Blocks, func(b document.Block) {
		switch b := b.(type) {
		case *document.Paragraph:
			visit(b.Text)
		case *document.Heading:
			visit(b.Text)
		case *document.Figure:
			visit(b.Caption)
		}
	})
	return out
}

// TestDeterministic: the same page gives the same manuscript and report.
func TestDeterministic(t *testing.T) {
	for _, p := range loadPages(t) {
		var first []byte
		for range 3 {
			doc, rep, err := html.ReadFile(filepath.Join(p.dir, "page.html"), html.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			markdown.Write(&b, doc)
			rep.WriteJSON(&b)
			if first == nil {
				first = b.Bytes()
			} else if !bytes.Equal(first, b.Bytes()) {
				t.Errorf("%s: two reads differ", p.name)
			}
		}
	}
}

// TestBylineDisagrees: JSON-LD that names an organisation as author and a
// visible byline that names a person: the person is the author, the
// organisation goes to the byline, and the report says so.
func TestBylineDisagrees(t *testing.T) {
	page := `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Tejedoras de Oaxaca | Agencia Sur</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tejedoras de Oaxaca","datePublished":"2024-03-12","author":{"@type":"Organization","name":"Redacción Agencia Sur"}}</script>
</head><body><article><h1>Tejedoras de Oaxaca</h1><div class="author-name">Lucía Méndez</div>
<p>Las tejedoras de la sierra venden ahora sus rebozos a tiendas de comercio justo en tres países, según la cooperativa.</p>
<p>La cooperativa reúne a 84 mujeres de seis comunidades, que antes vendían sus piezas a intermediarios en la ciudad.</p></article></body></html>`
	doc, rep, err := html.Read(strings.NewReader(page), "page.html", html.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Meta.Authors) != 1 || doc.Meta.Authors[0] != "Lucía Méndez" || len(doc.Meta.Byline) != 1 || doc.Meta.Byline[0] != "Redacción Agencia Sur" {
		t.Errorf("authors %q, byline %q", doc.Meta.Authors, doc.Meta.Byline)
	}
	var r bytes.Buffer
	rep.WriteText(&r)
	if !strings.Contains(r.String(), "names the organisation Redacción Agencia Sur as author, but its visible byline names Lucía Méndez") ||
		!strings.Contains(r.String(), `author = "Lucía Méndez" (from the visible byline); also JSON-LD: Redacción Agencia Sur (an organisation)`) {
		t.Errorf("the report does not say the metadata and the byline disagree:\n%s", r.String())
	}
}

// FuzzMHTML reads archives: any input is read or refused with an error
// naming the file, and never panics.
func FuzzMHTML(f *testing.F) {
	head := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
	f.Add([]byte(head + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://x.example/a\r\n\r\n<h1>T</h1><p>a=3Db</p><img src=3D\"i.png\">\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://x.example/i.png\r\n\r\niVBORw0KGgo=\r\n--B--\r\n"))
	f.Add([]byte(head + "--B\r\nContent-Type: text/html\r\n\r\n<p>never closed"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, _, err := html.ReadMHTML(bytes.NewReader(src), "a.mhtml", html.Options{})
		if err != nil && !strings.HasPrefix(err.Error(), "a.mhtml") {
			t.Fatalf("error %q does not name the file", err)
		}
	})
}
