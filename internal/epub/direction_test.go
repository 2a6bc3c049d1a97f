package epub_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"publish/internal/epub"
	"publish/internal/testkit"
)

// TestDirection: a paragraph or heading whose first strong character runs
// the other way from the book's language gets a dir attribute, as the PDF
// sets it; a book in a right-to-left language is right to left in every
// document and in its spine. EPUBCheck accepts both books.
func TestDirection(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want       []string // in the chapter's XHTML or the package
		not        []string
	}{
		{"en", "An English paragraph.\n\nنص عربي في كتاب إنجليزي.\n\n## שלום עולם\n\n123 and (\u05d0) later.\n",
			[]string{`<p dir="rtl">نص عربي`, `dir="rtl">שלום עולם</h2>`, `<p>An English`, `<p>123 and`},
			[]string{`page-progression-direction`, `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir=`}},
		{"ar", "نص عربي.\n\nAn English sentence in an Arabic book.\n\n١٢٣\n",
			[]string{`<p>نص عربي`, `<p dir="ltr">An English`, `<p>١٢٣`, `lang="ar" dir="rtl"`, `<spine page-progression-direction="rtl"`},
			nil},
	} {
		t.Run(c.lang, func(t *testing.T) {
			dir := t.TempDir()
			must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte("---\ntitle: T\nlang: "+c.lang+"\nauthor: A\ndate: 2024-03-12\npublisher: P\n---\n\n"+c.body), 0o644))
			file, data := writeEPUB(t, load(t, dir), epub.Generic)
			var all strings.Builder
			for name, b := range unzip(t, data) {
				if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".opf") {
					all.Write(b)
				}
			}
			for _, w := range c.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("no %q", w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(all.String(), w) {
					t.Errorf("%q", w)
				}
			}
			if c.lang == "ar" {
				if n := len(regexp.MustCompile(`<html [^>]*dir="rtl"`).FindAllString(all.String(), -1)); n < 3 {
					t.Errorf("%d documents are right to left", n)
				}
			}
			r := testkit.EPUBCheck(t, file, false)
			if r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning != 0 {
				t.Errorf("epubcheck: %d fatal, %d errors, %d warnings: %+v", r.Checker.NFatal, r.Checker.NError, r.Checker.NWarning, r.Messages)
			}
		})
	}
}
