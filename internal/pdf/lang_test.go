package pdf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/build"
	"publish/internal/pdf"
	"publish/internal/testkit"
	"publish/internal/typeset"
)

// TestSpanLanguageHyphenates: the long German words of a span with
// lang=de in an English book are hyphenated at German hyphenation points,
// and the English words around them, after the span too, at English ones.
// (Issue 12, item 4.)
func TestSpanLanguageHyphenates(t *testing.T) {
	words := []string{"Donaudampfschifffahrtsgesellschaft", "Bundesverfassungsgericht", "Haftpflichtversicherung", "Kraftfahrzeugkennzeichen", "Arbeiterunfallversicherungsgesetz"}
	var b strings.Builder
	b.WriteString("---\ntitle: Languages\nlang: en\n---\n\n")
	for i := range 12 {
		b.WriteString("The report, written in haste, named ")
		b.WriteString("[" + strings.Join(words[i%len(words):], " und ") + "]{lang=de}")
		b.WriteString(" among the bodies that had argued about the dam for a year. ")
	}
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(b.String()+"\n"), 0o644))
	m, err := build.Load(dir)
	must(t, err)
	file := writeDoc(t, m.Doc, pdf.Options{PageSize: "a5"})
	de, err := typeset.NewHyphenator("de")
	must(t, err)
	en, err := typeset.NewHyphenator("en")
	must(t, err)
	text := testkit.Run(t, "pdftotext", "-layout", "-enc", "UTF-8", file, "-")
	lines := strings.Split(text, "\n")
	hyphenated := 0
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if !strings.HasSuffix(line, "-") || i+1 >= len(lines) {
			continue
		}
		f := strings.Fields(line)
		head := strings.TrimSuffix(f[len(f)-1], "-")
		tail := strings.Fields(lines[i+1])
		if len(tail) == 0 {
			continue
		}
		word := head + strings.TrimRight(tail[0], ".,")
		h, lang := en, "an English"
		for _, w := range words {
			if w == word {
				h, lang = de, "a German"
				hyphenated++
			}
		}
		ok := false
		for _, at := range h.Hyphenate(word) {
			ok = ok || at == len(head)
		}
		if !ok {
			t.Errorf("%s is broken as %s-%s, not at %s hyphenation point", word, head, word[len(head):], lang)
		}
	}
	if hyphenated == 0 {
		t.Errorf("no German word is hyphenated:\n%s", text)
	}
}

// TestSpanLanguageForms: a span in another language is shaped in it, so
// the face's forms for that language are drawn (OpenType locl): the
// Serbian б of a span with lang=sr in a Russian book is another glyph
// than the book's Russian б (mutool trace).
func TestSpanLanguageForms(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte("---\ntitle: Буквы\nlang: ru\n---\n\nРусская б и [сербская б]{lang=sr}.\n"), 0o644))
	m, err := build.Load(dir)
	must(t, err)
	file := writeDoc(t, m.Doc, pdf.Options{})
	trace := testkit.Run(t, testkit.Need(t, "mutool"), "trace", file)
	glyphs := map[string]bool{}
	for _, line := range strings.Split(trace, "\n") {
		if strings.Contains(line, `unicode="б"`) {
			if i := strings.Index(line, `glyph="`); i >= 0 {
				glyphs[strings.SplitN(line[i+7:], `"`, 2)[0]] = true
			}
		}
	}
	if len(glyphs) != 2 {
		t.Errorf("б drawn as glyphs %v, want two: the Russian and the Serbian form", glyphs)
	}
}
