package html_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io/fs"
	"mime/quotedprintable"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/corpus"
	"publish/internal/html"
)

// TestMHTMLPages saves every blind page with a folder as Chrome saves a
// page in one file (MHTML: the page quoted-printable, each file base64,
// named by its address). Read from the archive, each page scores as read
// from its folder, and every photo read from the folder is read from it.
func TestMHTMLPages(t *testing.T) {
	var pages, photos int
	for _, sp := range savedPages(t) {
		a := sp.Article
		want := corpus.Score(sp.doc, a.ForPage())
		local := len(sp.local)
		archive := mhtml(t, a)
		doc, rep, err := html.ReadMHTML(bytes.NewReader(archive), a.Name+".mhtml", html.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := corpus.Score(doc, a.ForPage())
		wp, wc := want.Structure()
		gp, gc := got.Structure()
		if gp != wp || gc != wc {
			t.Errorf("%s: structure %d/%d from the archive, %d/%d from the folder", a.Name, gp, gc, wp, wc)
		}
		embedded := 0
		for _, f := range doc.Figures() {
			if _, ok := rep.Embedded[f.Src]; ok {
				embedded++
			}
		}
		if embedded != local {
			t.Errorf("%s: %d photos from the archive, %d from the folder", a.Name, embedded, local)
		}
		pages++
		photos += embedded
	}
	t.Logf("%d archives, %d photos read from them", pages, photos)
}

// mhtml returns article a's page and folder as an MHTML archive.
func mhtml(t *testing.T, a corpus.Article) []byte {
	const boundary = "----MultipartBoundary--publishTest----"
	loc := "https://archive.example/" + a.Name + "/page.html"
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: <Saved by Blink>\r\nSnapshot-Content-Location: %s\r\nSubject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n", loc, boundary)
	page, err := os.ReadFile(a.Page)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n", boundary, loc)
	qp := quotedprintable.NewWriter(&b)
	qp.Write(page)
	qp.Close()
	base, _ := url.Parse(loc)
	err = filepath.WalkDir(a.Files, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Dir(a.Page), p)
		ref, _ := url.Parse(filepath.ToSlash(rel))
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\nContent-Location: %s\r\n\r\n", boundary, base.ResolveReference(ref))
		enc := base64Lines(data)
		b.WriteString(enc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "\r\n--%s--\r\n", boundary)
	return b.Bytes()
}

// base64Lines is data in base64, in lines of 76 characters.
func base64Lines(data []byte) string {
	s := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s)
	return b.String()
}

// TestMHTMLErrors: what is no archive a browser saves is an error that
// names the file, and an archive decoded past MaxArchive is refused.
func TestMHTMLErrors(t *testing.T) {
	head := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
	for _, src := range []string{
		"",
		"<!DOCTYPE html><html><body><p>a page, not an archive</p></body></html>",
		"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello",
		head + "--B\r\nContent-Type: image/png\r\nContent-Location: https://x.example/a.png\r\n\r\nxx\r\n--B--\r\n",
		head + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--B--\r\n",
		head + "--B\r\nContent-Type: text/html\r\n\r\n<p>never closed",
	} {
		_, _, err := html.ReadMHTML(strings.NewReader(src), "a.mhtml", html.Options{})
		if err == nil || !strings.HasPrefix(err.Error(), "a.mhtml") {
			t.Errorf("%.50q: error %v, want one naming a.mhtml", src, err)
		}
	}
}
