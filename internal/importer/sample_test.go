package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"publish/internal/document"
	"publish/internal/markdown"
)

var sampleDir = filepath.Join("..", "..", "manuscript", "who-was-leandro-norero-the-patron")

// TestSample checks that the bundled sample manuscript is exactly what the
// importer makes of its source.txt and meta.yaml, as `publish import --meta
// meta.yaml source.txt` does. Under -update it rewrites manuscript.md.
func TestSample(t *testing.T) {
	meta, warns, err := ReadMetaFile(filepath.Join(sampleDir, "meta.yaml"))
	if err != nil || len(warns) > 0 {
		t.Fatalf("meta.yaml: %v %v", err, warns)
	}
	src, err := os.ReadFile(filepath.Join(sampleDir, "source.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, rep, err := Import(bytes.NewReader(src), "source.txt", Options{Meta: meta})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Warnings) > 0 {
		t.Errorf("warnings: %v", rep.Warnings)
	}
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join(sampleDir, "manuscript.md"), md.Bytes())
	assertRoundTrip(t, doc, md.Bytes())

	m := doc.Meta
	if want := "Who was Leandro Norero, the “patron” accused of being one of the main drug traffickers in Ecuador who died in the last prison massacre in the country"; m.Title != want {
		t.Errorf("title = %q", m.Title)
	}
	if len(m.Authors) != 0 || len(m.Byline) != 2 || m.Byline[0] != "Drafting" || m.Byline[1] != "BBC News World" {
		t.Errorf("authors %q, byline %q; want no author and byline [Drafting, BBC News World]", m.Authors, m.Byline)
	}
	if m.Lang != "en" || m.Date != "2022-10" || m.Publisher != "BBC News Mundo" || m.Rights == "" || m.Description == "" || len(m.Subjects) != 4 {
		t.Errorf("meta facts lost: %+v", m)
	}
	if s := m.Source; s == nil || s.Name != "BBC News Mundo" || s.Lang != "es" || s.Title == "" || s.Translation == "" {
		t.Errorf("source = %+v", s)
	}

	var heads []string
	var figs []*document.Figure
	paras := 0
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *document.Heading:
			if b.Level != 2 {
				t.Errorf("heading %q has level %d", document.PlainText(b.Text), b.Level)
			}
			heads = append(heads, document.PlainText(b.Text))
		case *document.Paragraph:
			paras++
		case *document.Figure:
			figs = append(figs, b)
		default:
			t.Errorf("unexpected block %T", b)
		}
	}
	if len(heads) != 2 || heads[0] != "Who was Leandro Norero?" || heads[1] != "Why “El Patron” Norero died" {
		t.Errorf("headings = %q", heads)
	}
	if paras != 25 {
		t.Errorf("%d paragraphs, want 25", paras)
	}
	wantFigs := []struct{ credit, caption string }{
		{"Ecuador Police", "Leandro Norero was one of the most prominent criminals in Ecuador."},
		{"GALO PAGUAY / Getty", "The inmates of the Latacunga prison took refuge on the roof."},
		{"GALO PAGUAY / Getty", "Relatives of prisoners gather around the prison to find out about them."},
	}
	if len(figs) != len(wantFigs) {
		t.Fatalf("%d figures, want 3", len(figs))
	}
	for i, w := range wantFigs {
		f := figs[i]
		if f.Credit != w.credit || document.PlainText(f.Caption) != w.caption || f.Alt != w.caption || f.Image != nil {
			t.Errorf("figure %d = %s", i+1, describe(f))
		}
		if want := "images/figure-" + string(rune('1'+i)) + ".jpg"; f.Src != want {
			t.Errorf("figure %d src = %q, want %q", i+1, f.Src, want)
		}
	}
	last := rep.Entries[len(rep.Entries)-1]
	if last.Kind != KindDropped || last.Rule != "boilerplate/app-promo" {
		t.Errorf("last line: %+v, want dropped as an app promotion", last)
	}
}
