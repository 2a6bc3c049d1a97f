package check_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"publish/internal/build"
	"publish/internal/check"
)

// lintDir lints the manuscript at p as publish check does.
func lintDir(p string) *check.Report {
	m, err := build.Load(p)
	if err != nil {
		return check.Unloadable(p, err)
	}
	return check.Manuscript(m.File, m.Doc, m.Warnings)
}

const lintSrc = `---
title: T
auther: x
---

# Chapter

### Deep

Text.

## Empty

## Next

![Cap](images/gone.jpg){credit="X"}

![Cap2](images/x.png){alt="a"}

## Last
`

func TestManuscriptLint(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(lintSrc), 0o644)
	os.Mkdir(filepath.Join(dir, "images"), 0o755)
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4)))
	os.WriteFile(filepath.Join(dir, "images", "x.png"), b.Bytes(), 0o644)

	rep := lintDir(dir)
	md := filepath.Join(dir, "manuscript.md")
	want := []string{
		md + `:3:1: warning: unknown front matter key "auther" (did you mean "author"?)`,
		md + `:16: warning: image images/gone.jpg not found; a placeholder stands in until the photo is supplied`,
		md + `:1: warning: front matter has no date (when the article was published)`,
		md + `:1: warning: front matter has no publisher`,
		md + `:16: warning: figure images/gone.jpg has no alt text; add {alt="what the photo shows"} for readers who cannot see it`,
		md + `:18: warning: figure images/x.png has no credit; add {credit="photographer / agency"}`,
		md + `:8: warning: heading level 3 follows level 1; a level is skipped`,
		md + `:12: warning: section "Empty" is empty`,
		md + `:20: warning: section "Last" is empty`,
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !rep.OK(false) || rep.OK(true) {
		t.Error("warnings only: OK unless strict")
	}
}

func TestManuscriptErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"---\ntitle: A\nlang: xx-!!\n---\n", `:3:7: error: lang "xx-!!" is not a BCP 47 language tag`},
		{"no front matter\n", ":1: error: no front matter"},
		{"---\ntitle: A\n---\n![c](../up.jpg)\n", ":4: error: image path ../up.jpg leaves the manuscript directory"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(c.src), 0o644)
		rep := lintDir(dir)
		if len(rep.Findings) != 1 || !strings.Contains(rep.Findings[0].String(), c.want) || rep.OK(false) {
			t.Errorf("%q: %v, want %q", c.src, rep.Findings, c.want)
		}
	}
	if rep := lintDir(filepath.Join(t.TempDir(), "none")); rep.OK(false) || !strings.Contains(rep.Findings[0].Msg, "no such manuscript") {
		t.Errorf("missing manuscript: %v", rep.Findings)
	}
}

// TestSampleManuscript: the bundled sample lints with only its missing
// photos to report.
func TestSampleManuscript(t *testing.T) {
	rep := lintDir("")
	for _, f := range rep.Findings {
		if !strings.Contains(f.Msg, "not found; a placeholder stands in") {
			t.Errorf("unexpected: %v", f)
		}
	}
}

func TestPDF(t *testing.T) {
	m, err := build.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var sample bytes.Buffer
	if err := build.PDF(&sample, m, build.Options{}); err != nil {
		t.Fatal(err)
	}
	core := fpdf.New("P", "mm", "A4", "")
	core.AddPage()
	core.SetFont("Helvetica", "", 12)
	core.Cell(40, 10, "Hello")
	var coreOut bytes.Buffer
	if err := core.Output(&coreOut); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want []string // each an error or warning; none means clean
	}{
		{"sample", sample.Bytes(), nil},
		{"core font, no metadata", coreOut.Bytes(), []string{
			"error: font Helvetica (Type1, object",
			"error: no document title in the Info dictionary",
			"warning: no Author in the Info dictionary",
			"warning: no XMP metadata stream in the catalog",
		}},
		{"not a PDF", []byte("hello"), []string{"error: not a PDF that can be read"}},
		{"truncated", sample.Bytes()[:sample.Len()/2], []string{"error: "}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := check.PDF(bytes.NewReader(c.data), "x.pdf")
			var got []string
			for _, f := range rep.Findings {
				got = append(got, f.String())
			}
			all := strings.Join(got, "\n")
			if c.want == nil && len(got) > 0 {
				t.Errorf("findings on a good PDF:\n%s", all)
			}
			for _, w := range c.want {
				if !strings.Contains(all, "x.pdf: "+w) {
					t.Errorf("no %q in\n%s", w, all)
				}
			}
		})
	}
}
