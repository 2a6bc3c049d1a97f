package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/markdown"
	"publish/internal/testkit"
	"publish/manuscript"
)

const slug = "who-was-leandro-norero-the-patron"

func publish(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"publish"}, args...), &out, &errb)
	checkWritten(t, out.String())
	return code, out.String(), errb.String()
}

var wroteRE = regexp.MustCompile(`(?m)^wrote (.+\.(?:epub|pdf)) \(\d+ KB\)$`)

// checkWritten runs our own check on every edition that the command says
// it wrote.
func checkWritten(t *testing.T, stdout string) {
	t.Helper()
	for _, m := range wroteRE.FindAllStringSubmatch(stdout, -1) {
		testkit.Check(t, m[1])
	}
}

// sampleItems lists, in reading order, every heading, paragraph, caption
// and credit of the bundled sample's model.
func sampleItems(t *testing.T) []string {
	src, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := markdown.Parse(src, "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *document.Heading:
			items = append(items, document.PlainText(b.Text))
		case *document.Paragraph:
			items = append(items, document.PlainText(b.Text))
		case *document.Figure:
			items = append(items, document.PlainText(b.Caption), b.Credit)
		}
	}
	return append(items, "Credits", "BBC News Mundo", "Ecuador Police", "GALO PAGUAY / Getty", doc.Meta.ID())
}

// TestBuildSample builds both editions of the bundled sample from an empty
// directory and judges them with the real validators.
func TestBuildSample(t *testing.T) {
	t.Chdir(t.TempDir())
	code, stdout, stderr := publish(t, "build")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, w := range []string{"images/figure-1.jpg not found; a placeholder stands in", "3 warnings"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	epubFile := filepath.Join("dist", slug+".epub")
	pdfFile := filepath.Join("dist", slug+".pdf")
	if !strings.Contains(stdout, "wrote "+epubFile) || !strings.Contains(stdout, "wrote "+pdfFile) {
		t.Errorf("stdout = %q", stdout)
	}
	items := sampleItems(t)

	t.Run("epubcheck", func(t *testing.T) {
		r := testkit.EPUBCheck(t, epubFile, false)
		if r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning != 0 {
			t.Errorf("epubcheck: %d fatal, %d errors, %d warnings: %+v", r.Checker.NFatal, r.Checker.NError, r.Checker.NWarning, r.Messages)
		}
	})
	t.Run("epub text", func(t *testing.T) {
		text := strings.Join(testkit.EPUBText(t, epubFile), "\n")
		testkit.InOrder(t, "epub", text, items, testkit.NoBreaks)
		if !strings.Contains(text, "Photograph not available") {
			t.Error("epub has no labelled placeholder")
		}
		if strings.Contains(text, "images/figure-") {
			t.Error("epub shows readers a file path")
		}
		if strings.Contains(text, "Now you can receive notifications") {
			t.Error("epub carries the app promotion")
		}
	})
	t.Run("qpdf", func(t *testing.T) {
		testkit.Run(t, "qpdf", "--check", pdfFile)
	})
	t.Run("pdffonts", func(t *testing.T) {
		fonts := testkit.PDFFonts(t, pdfFile)
		if len(fonts) == 0 {
			t.Fatal("no fonts")
		}
		for _, f := range fonts {
			if !f.Embedded || !strings.Contains(f.Type, "TrueType") {
				t.Errorf("font %+v is not an embedded TrueType font", f)
			}
		}
	})
	t.Run("pdf text", func(t *testing.T) {
		// The A4 text block only: running heads and page numbers would
		// otherwise fall inside paragraphs that cross a page.
		text := testkit.Run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "595", "-H", "730", pdfFile, "-")
		testkit.InOrder(t, "pdf", text, items, testkit.NoBreaks)
		if !strings.Contains(text, "Photograph not available") {
			t.Error("pdf has no labelled placeholder")
		}
		if strings.Contains(text, "images/figure-") {
			t.Error("pdf shows readers a file path")
		}
	})
	t.Run("pdfinfo", func(t *testing.T) {
		info := testkit.Run(t, "pdfinfo", pdfFile)
		for _, want := range []string{"Title:           Who was Leandro Norero", "Author:          Drafting; BBC News World", "Creator:         publish ", "Producer:", "CreationDate:", "ModDate:"} {
			if !strings.Contains(info, want) {
				t.Errorf("pdfinfo lacks %q:\n%s", want, info)
			}
		}
	})
}

func TestReproducible(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1664841600")
	dir := t.TempDir()
	var first [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(dir, string(rune('a'+i)))
		if code, _, stderr := publish(t, "--quiet", "build", "--out-dir", out); code != 0 {
			t.Fatal(stderr)
		}
		for j, ext := range []string{".epub", ".pdf"} {
			b, err := os.ReadFile(filepath.Join(out, slug+ext))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = append(first, b)
			} else if !bytes.Equal(first[j], b) {
				t.Errorf("%s differs between two builds", ext)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-article")
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"missing manuscript", []string{"epub", "--out", filepath.Join(dir, "x.epub"), missing}, 1, missing + ": no such manuscript"},
		{"missing manuscript pdf", []string{"pdf", missing}, 1, missing},
		{"flag after manuscript", []string{"epub", "article", "--out", "x.epub"}, 2, "flags go before the manuscript: publish epub --out x.epub article"},
		{"unknown flag", []string{"pdf", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"two manuscripts", []string{"epub", "a", "b"}, 2, "epub takes one manuscript"},
		{"version", []string{"--version"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := publish(t, c.args...)
			if code != c.code || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d with %q", code, stderr, c.code, c.stderr)
			}
		})
	}
}

func TestOutNamesInput(t *testing.T) {
	dir := t.TempDir()
	src, _ := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	md := filepath.Join(dir, "manuscript.md")
	os.WriteFile(md, src, 0o644)
	code, _, stderr := publish(t, "epub", "--out", md, dir)
	if code != 2 || !strings.Contains(stderr, "names an input file") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(md); !bytes.Equal(b, src) {
		t.Error("input was changed")
	}
}

// TestQuietEitherSide: --quiet silences warnings whether it comes before
// the command or after it; without it the count of warnings is printed.
func TestQuietEitherSide(t *testing.T) {
	for _, c := range []struct {
		args  []string
		quiet bool
	}{
		{[]string{"--quiet", "epub"}, true},
		{[]string{"epub", "-q"}, true},
		{[]string{"epub"}, false},
	} {
		out := filepath.Join(t.TempDir(), "x.epub")
		code, _, stderr := publish(t, append(c.args, "-o", out)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		if got := stderr == ""; got != c.quiet {
			t.Errorf("%v: stderr %q", c.args, stderr)
		}
		if !c.quiet && !strings.Contains(stderr, "3 warnings") {
			t.Errorf("%v: no warning count in %q", c.args, stderr)
		}
	}
}
