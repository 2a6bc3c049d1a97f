package check_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"publish/internal/build"
	"publish/internal/check"
	"publish/internal/testkit"
)

// checkInvariants: EPUB returned within a second of CPU per megabyte,
// and every finding names the book.
func checkInvariants(t *testing.T, data []byte) {
	var rep *check.Report
	testkit.WithinCPU(t, len(data), func() {
		rep = check.EPUB(bytes.NewReader(data), int64(len(data)), "f.epub")
	})
	if rep == nil {
		t.Fatal("no report")
	}
	for _, f := range rep.Findings {
		if !strings.HasPrefix(f.Pos.File, "f.epub") || f.Msg == "" {
			t.Fatalf("finding not positioned in the book: %q", f)
		}
	}
}

// FuzzEPUB checks arbitrary bytes as an EPUB: it never panics, and every
// finding is positioned. Seeds: the good book and each broken one.
func FuzzEPUB(f *testing.F) {
	for i := range corpus {
		f.Add(shrink(f, corpusFile(f, i)))
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) { checkInvariants(t, data) })
}

// FuzzEPUBDocs keeps the container sound and fuzzes what is inside: the
// package document and one XHTML document, where the zip-level fuzzer
// rarely reaches.
func FuzzEPUBDocs(f *testing.F) {
	good := unzipEntries(f, shrink(f, goodEPUB(f)))
	var opfData, docData []byte
	for _, e := range good {
		switch {
		case strings.HasSuffix(e.name, ".opf"):
			opfData = e.data
		case strings.HasSuffix(e.name, "nav.xhtml"):
			docData = e.data
		}
	}
	f.Add(opfData, docData)
	f.Add([]byte(`<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest><item id="a" href="../../x" media-type="image/png"/></manifest><spine><itemref idref="a"/></spine></package>`),
		[]byte(`<html xmlns="http://www.w3.org/1999/xhtml"><body><a href="%zz#x">x</a><img src="/abs"/><a href="http://[::1"/></body></html>`))
	f.Fuzz(func(t *testing.T, opfData, docData []byte) {
		es := make([]entry, len(good))
		copy(es, good)
		for i := range es {
			switch {
			case strings.HasSuffix(es[i].name, ".opf"):
				es[i].data = opfData
			case strings.HasSuffix(es[i].name, "nav.xhtml"):
				es[i].data = docData
			}
		}
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, e := range es {
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: e.method})
			w.Write(e.data)
		}
		zw.Close()
		checkInvariants(t, b.Bytes())
	})
}

// shrink replaces every image in an EPUB with a tiny JPEG: the fuzzer
// mutates small inputs far faster, and the images' bytes are not what the
// checker parses.
func shrink(t testing.TB, data []byte) []byte {
	es := unzipEntries(t, data)
	for i := range es {
		if strings.Contains(es[i].name, "images/") {
			es[i].data = tinyJPEG
		}
	}
	return zipEntries(t, es)
}

// tinyJPEG is the smallest JPEG header http.DetectContentType knows.
var tinyJPEG = []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00")

// FuzzPDF checks arbitrary bytes as a PDF: check never panics (pdfcpu's
// panics are reported as findings), every finding names the file, and no
// input takes more than a second of CPU per megabyte. Seeds: the sample's
// PDF edition, a PDF of fpdf's core fonts, and a small object-stream bomb.
func FuzzPDF(f *testing.F) {
	m, err := build.Load("")
	if err != nil {
		f.Fatal(err)
	}
	var sample bytes.Buffer
	if err := build.PDF(&sample, m, build.Options{}); err != nil {
		f.Fatal(err)
	}
	f.Add(sample.Bytes())
	core := fpdf.New("P", "mm", "A4", "")
	core.AddPage()
	core.SetFont("Helvetica", "", 12)
	core.Cell(40, 10, "Hello")
	core.LinkString(10, 10, 30, 10, "javascript:app.alert(1)")
	var b bytes.Buffer
	if err := core.Output(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rep *check.Report
		testkit.WithinCPU(t, len(data), func() { rep = check.PDF(bytes.NewReader(data), "f.pdf") })
		for _, fd := range rep.Findings {
			if fd.Pos.File != "f.pdf" || fd.Msg == "" {
				t.Fatalf("finding not positioned in the file: %q", fd)
			}
		}
	})
}
