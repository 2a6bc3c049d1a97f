package benchdata_test

import (
	"bytes"
	"strings"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/importer"
	"publish/internal/markdown"
)

func TestManuscriptIsValidAndDeterministic(t *testing.T) {
	opt := benchdata.Options{Words: 6000, Seed: 7, FigureEvery: 1000}
	book := benchdata.Manuscript(opt)
	if book.Words < 6000 || book.Words > 6200 {
		t.Errorf("%d words, want about 6000", book.Words)
	}
	doc, warns, err := markdown.Parse(book.Markdown, "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if doc.Meta.CoverImage != "images/cover.jpg" || book.Images[doc.Meta.CoverImage] == nil {
		t.Errorf("cover-image %q is not among the images", doc.Meta.CoverImage)
	}
	figs := doc.Figures()
	if len(figs) != len(book.Images)-1 || len(figs) < 5 {
		t.Errorf("%d figures, %d images", len(figs), len(book.Images))
	}
	for _, f := range figs {
		if book.Images[f.Src] == nil || f.Alt == "" || f.Credit == "" {
			t.Errorf("figure %+v lacks its image, alt or credit", f)
		}
	}
	if again := benchdata.Manuscript(opt); !bytes.Equal(again.Markdown, book.Markdown) {
		t.Error("the same options gave different manuscripts")
	}
	if other := benchdata.Manuscript(benchdata.Options{Words: 6000, Seed: 8}); bytes.Equal(other.Markdown, book.Markdown) {
		t.Error("another seed gave the same manuscript")
	}
}

func TestArticleImports(t *testing.T) {
	doc, rep, err := importer.Import(bytes.NewReader(benchdata.Article(benchdata.Options{Words: 3000})), "article.txt", importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title == "" || len(doc.Figures()) == 0 || len(doc.Blocks) < 20 {
		t.Errorf("title %q, %d figures, %d blocks", doc.Meta.Title, len(doc.Figures()), len(doc.Blocks))
	}
	if rep.Lang != "en" {
		t.Errorf("language %q, want en", rep.Lang)
	}
}

// With Quotes, an article's pull quotes repeat its quotations, and the
// importer drops them as such.
func TestArticleQuotes(t *testing.T) {
	_, rep, err := importer.Import(bytes.NewReader(benchdata.Article(benchdata.Options{Words: 6000, Quotes: true})), "article.txt", importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pulls := 0
	for _, e := range rep.Entries {
		if e.Rule == importer.RulePullQuote {
			pulls++
		}
	}
	if pulls < 2 {
		t.Errorf("%d pull quotes dropped, want at least 2", pulls)
	}
}

// A photo book names its photographs and originals as asked: figure i
// shows photograph i mod Photos.
func TestPhotoBook(t *testing.T) {
	for _, c := range []struct {
		opt                        benchdata.PhotoOptions
		figures, photos, originals int
	}{
		{benchdata.PhotoOptions{}, 132, 124, 4},
		{benchdata.PhotoOptions{Photos: 3, Originals: -1, Figures: 600, Chapters: 200}, 600, 3, 0},
		{benchdata.PhotoOptions{Photos: 24, Originals: 1}, 32, 24, 1},
	} {
		b := benchdata.PhotoBook(c.opt)
		md := string(b.Markdown)
		originals := 0
		for name := range b.Images {
			if strings.Contains(name, "original-") {
				originals++
			}
		}
		if n := strings.Count(md, "!["); n != c.figures || len(b.Images) != c.photos || originals != c.originals || strings.Count(md, "](images/original-") > c.figures {
			t.Errorf("%+v: %d figures, %d photographs, %d originals", c.opt, n, len(b.Images), originals)
		}
	}
	if p := benchdata.Photo(240, 160, 7); !bytes.Equal(p, benchdata.Photo(240, 160, 7)) || bytes.Equal(p, benchdata.Photo(240, 160, 8)) {
		t.Error("Photo is not a function of its seed")
	}
}
