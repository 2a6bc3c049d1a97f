package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"publish/internal/build"
	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// scriptsCorpus is issue 13's manuscript: a paragraph in each of twenty
// languages, symbols and emoji, a long Chinese paragraph, names in Hebrew
// and Arabic inside English, decomposed Vietnamese, and such characters
// in the title, a heading, a caption, a credit and inline code.
const scriptsCorpus = "../shape/testdata/scripts"

// TestScripts writes the corpus and checks that every character is drawn
// with a face that has it (mutool trace shows no .notdef glyph, and no
// character is reported missing), that every glyph is on the page, and
// that pdftotext gives back each paragraph's characters.
func TestScripts(t *testing.T) {
	m, err := build.Load(scriptsCorpus)
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	opt := pdf.Options{Generator: "publish test", Created: created, Warn: func(line int, msg string) {
		warnings = append(warnings, strconv.Itoa(line)+": "+msg)
	}}
	var b bytes.Buffer
	if err := pdf.Write(&b, m.Doc, &opt); err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		if os.Getenv("CI") == "true" {
			t.Errorf("warning: %s (CI installs the fonts the README names)", w)
		} else {
			t.Skipf("this machine lacks fonts: %s", w)
		}
	}
	var again bytes.Buffer
	if err := pdf.Write(&again, m.Doc, &opt); err != nil || !bytes.Equal(again.Bytes(), b.Bytes()) {
		t.Errorf("a second run gives other bytes (%v)", err)
	}
	file := filepath.Join(t.TempDir(), "scripts.pdf")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	validate(t, file)

	trace := testkit.Run(t, testkit.Need(t, "mutool"), "trace", file)
	pageRE := regexp.MustCompile(`<page number="(\d+)" mediabox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"`)
	glyphRE := regexp.MustCompile(`<g unicode="[^"]*" glyph="(\d+)" x="([-\d.e]+)" y="([-\d.e]+)" adv="([-\d.e]+)"`)
	sizeRE := regexp.MustCompile(`trm="([-\d.e]+) `)
	var pw, ph, size float64
	page, glyphs := "", 0
	for _, ln := range strings.Split(trace, "\n") {
		if m := pageRE.FindStringSubmatch(ln); m != nil {
			page = m[1]
			pw, _ = strconv.ParseFloat(m[4], 64)
			ph, _ = strconv.ParseFloat(m[5], 64)
		}
		if m := sizeRE.FindStringSubmatch(ln); m != nil {
			size, _ = strconv.ParseFloat(m[1], 64)
		}
		m := glyphRE.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		glyphs++
		x, _ := strconv.ParseFloat(m[2], 64)
		y, _ := strconv.ParseFloat(m[3], 64)
		adv, _ := strconv.ParseFloat(m[4], 64)
		if m[1] == "0" {
			t.Errorf("page %s: .notdef glyph at %s,%s", page, m[2], m[3])
		}
		if x < 0 || x+adv*size > pw+0.01 || y < 0 || y > ph {
			t.Errorf("page %s: glyph %s at %g,%g (advance %g) is off the %gx%g page", page, m[1], x, y, adv*size, pw, ph)
		}
	}
	if glyphs < 2000 {
		t.Errorf("only %d glyphs drawn", glyphs)
	}

	// Each paragraph's characters come back: in order for left-to-right
	// text, and as a multiset for right-to-left text, whose order on the
	// page is for the extractor to restore.
	got := comparable(testkit.PDFText(t, file))
	for _, blk := range m.Doc.Blocks {
		p, ok := blk.(*document.Paragraph)
		if !ok {
			continue
		}
		want := comparable(document.PlainText(p.Text))
		if strings.ContainsFunc(want, func(r rune) bool { return unicode.In(r, unicode.Hebrew, unicode.Arabic) }) {
			if missing := notIn(want, got); missing != "" {
				t.Errorf("line %d: pdftotext lacks %q of %.40q", p.Line, missing, want)
			}
		} else if !strings.Contains(got, want) {
			t.Errorf("line %d: pdftotext lacks %.60q", p.Line, want)
		}
	}
}

// comparable is text without spaces, hyphens at line ends, or format
// characters (bidi marks that pdftotext adds), composed.
func comparable(s string) string {
	s = strings.ReplaceAll(s, "-\n", "")
	return norm.NFC.String(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s))
}

// notIn is what of want's characters got lacks, counting repeats.
func notIn(want, got string) string {
	have := map[rune]int{}
	for _, r := range got {
		have[r]++
	}
	var out []rune
	for _, r := range want {
		if have[r] == 0 {
			out = append(out, r)
		}
		have[r]--
	}
	slices.Sort(out)
	return string(out)
}

// TestMissingGlyph: a character no face has is reported with its line and
// script, once, and never drawn.
func TestMissingGlyph(t *testing.T) {
	doc := &document.Document{
		Meta: document.Meta{Title: "Private \U000F0001", Lang: "en"},
		Blocks: []document.Block{
			&document.Paragraph{Pos: document.Pos{Line: 7}, Text: []document.Inline{&document.Str{Text: "a \U000F0000 b \U000F0000"}}},
		},
	}
	var got []string
	opt := pdf.Options{Warn: func(line int, msg string) { got = append(got, strconv.Itoa(line)+": "+msg) }}
	var b bytes.Buffer
	if err := pdf.Write(&b, doc, &opt); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"0: no font for U+F0001 (private use) in the front matter; name the font made for it (--font-dir, or mainfont in front matter)",
		"7: no font for U+F0000 (private use); name the font made for it (--font-dir, or mainfont in front matter)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
	file := filepath.Join(t.TempDir(), "missing.pdf")
	os.WriteFile(file, b.Bytes(), 0o644)
	if trace := testkit.Run(t, testkit.Need(t, "mutool"), "trace", file); strings.Contains(trace, `glyph="0"`) {
		t.Error(".notdef drawn")
	}
}
