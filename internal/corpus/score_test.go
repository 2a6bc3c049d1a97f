package corpus

import (
	"strings"
	"testing"

	"publish/internal/document"
)

func para(s string) *document.Paragraph {
	return &document.Paragraph{Text: []document.Inline{&document.Str{Text: s}}}
}

func head(s string) *document.Heading {
	return &document.Heading{Level: 2, Text: []document.Inline{&document.Str{Text: s}}}
}

func fig(caption, credit, src string) *document.Figure {
	return &document.Figure{Src: src, Caption: []document.Inline{&document.Str{Text: caption}}, Credit: credit}
}

// truth is a small article in the layout of a British daily.
func truth() *Expected {
	return &Expected{
		Title:        "Council estate heat pump scheme halves bills",
		Lang:         "en",
		Authors:      []string{"Miriam Caldwell"},
		Sources:      []string{"PA Media"},
		Contributors: []string{"Tom Hale"},
		Date:         "2024-03-12T06:00:00Z",
		Description:  "Residents say they are warmer and paying less.",
		Headings:     []string{"What the study found"},
		Paragraphs: []string{
			"Residents say they are warmer and paying less.",
			"Tenants on a council estate have seen their bills fall by almost half.",
			"“People had been told heat pumps don’t work,” said Dr Aisha Khan.",
			"The scheme cost £6.3m.",
		},
		Figures: []Figure{
			{Caption: "Engineers fit a heat pump to a terrace.", Credit: "Kirsty Wigmore/Getty Images", Image: "page_files/a.jpg"},
			{Caption: "A school bus waits outside the school.", Credit: "AP Photo/Colter Briggs", File: true, Image: "https://cdn.example/b.jpg"},
		},
		Furniture: []Group{
			{"Energy"},
			{"Miriam Caldwell, Environment correspondent"},
			{"Share", "Facebook", "X", "Email"},
			{"Advertisement"},
			{"The Power Up newsletter tells you what you need to know. Sign up here."},
		},
		Page: &Page{URL: "https://example.org/2024/heat-pumps", SiteName: "The Daily", Section: "Environment", Tags: []string{"Energy", "Housing"}, Saved: "complete"},
	}
}

// perfect is the document an ideal reader makes of exp.
func perfect(exp *Expected) *document.Document {
	d := &document.Document{Meta: document.Meta{
		Title: exp.Title, Lang: exp.Lang, Authors: exp.Authors, Byline: exp.Sources,
		Date: exp.Date, Description: exp.Description,
	}}
	for _, c := range exp.Contributors {
		d.Meta.Contributors = append(d.Meta.Contributors, document.Contributor{Role: "ctb", Text: c})
	}
	if p := exp.Page; p != nil {
		d.Meta.Source = &document.Source{Name: p.SiteName, URL: p.URL}
		if p.Section != "" {
			d.Meta.Subjects = append(d.Meta.Subjects, p.Section)
		}
		d.Meta.Subjects = append(d.Meta.Subjects, p.Tags...)
	}
	for _, h := range exp.Headings {
		d.Blocks = append(d.Blocks, head(h))
	}
	for _, p := range exp.Paragraphs {
		d.Blocks = append(d.Blocks, para(p))
	}
	for i, f := range exp.Figures {
		src := "images/figure-" + string(rune('1'+i)) + ".jpg"
		if f.Remote() {
			src = f.Image
		}
		d.Blocks = append(d.Blocks, fig(f.Caption, f.Credit, src))
	}
	return d
}

func TestScorePerfect(t *testing.T) {
	exp := truth()
	r := Score(perfect(exp), exp)
	if len(r.Failures) > 0 {
		t.Fatalf("failures on a perfect document: %v", r.Failures)
	}
	for c := Category(0); c < NumCategories; c++ {
		if !r.Scored[c] {
			t.Errorf("%s not scored for a page", c)
		}
		n := r.Counts[c]
		if n.Passed != n.Checks || n.FP != 0 || n.FN != 0 {
			t.Errorf("%s: %+v", c, n)
		}
	}
	if p, c := r.Structure(); p != c || c != 1+1+1+1+1+1+4+2+2+5 {
		t.Errorf("structure %d/%d", p, c)
	}
	if p, c := r.Metadata(); p != c || c != 1+1+1+1+3+2 {
		t.Errorf("metadata %d/%d", p, c)
	}
	// The same truth for the text: no page metadata is scored.
	text := *exp
	text.Page = nil
	r = Score(perfect(&text), &text)
	for _, c := range []Category{Description, URL, SiteName, Tags, Images} {
		if r.Scored[c] {
			t.Errorf("%s scored for a text", c)
		}
	}
	if p, c := r.Metadata(); p != 1 || c != 1 {
		t.Errorf("text metadata %d/%d, want the date alone", p, c)
	}
}

// TestScoreMistakes builds documents with the mistakes the issues name
// and checks that each is caught, once, in its category.
func TestScoreMistakes(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *document.Document)
		want   map[Category]Count // TP, FP, FN expected after the change
	}{
		{"kicker taken as title, headline left as a paragraph", func(d *document.Document) {
			d.Meta.Title = "Energy"
			d.Blocks = append([]document.Block{para("Council estate heat pump scheme halves bills")}, d.Blocks...)
		}, map[Category]Count{Title: {FP: 1, FN: 1}, Paragraphs: {TP: 4, FP: 1}, Furniture: {TP: 5}}},
		{"all-capital author kept in capitals", func(d *document.Document) {
			d.Meta.Authors = []string{"MIRIAM CALDWELL"}
		}, map[Category]Count{Authors: {FP: 1, FN: 1}}},
		{"role line kept as a heading", func(d *document.Document) {
			d.Blocks = append([]document.Block{head("Miriam Caldwell, Environment correspondent")}, d.Blocks...)
		}, map[Category]Count{Headings: {TP: 1, FP: 1}, Furniture: {TP: 4, FN: 1}}},
		{"a paragraph missing", func(d *document.Document) {
			d.Blocks = remove(d.Blocks, 2)
		}, map[Category]Count{Paragraphs: {TP: 3, FN: 1}}},
		{"a paragraph twice", func(d *document.Document) {
			d.Blocks = append(d.Blocks, para("The scheme cost £6.3m."))
		}, map[Category]Count{Paragraphs: {TP: 4, FP: 1}}},
		{"two paragraphs swapped", func(d *document.Document) {
			d.Blocks[2], d.Blocks[3] = d.Blocks[3], d.Blocks[2]
		}, map[Category]Count{Paragraphs: {TP: 3, FP: 1, FN: 1}}},
		{"a paragraph with a changed word", func(d *document.Document) {
			d.Blocks[4] = para("The scheme cost £6.8m.")
		}, map[Category]Count{Paragraphs: {TP: 3, FP: 1, FN: 1}}},
		{"typographic quotes straightened, spaces doubled, NFD accents", func(d *document.Document) {
			d.Blocks[3] = para(`"People had  been told heat pumps don't work," said Dr Aisha Khan.`)
			d.Meta.Title = "Council estate heat pump scheme halves bills\u00a0"
		}, map[Category]Count{Paragraphs: {TP: 4}, Title: {TP: 1}}},
		{"furniture kept as paragraphs", func(d *document.Document) {
			d.Blocks = append(d.Blocks, para("Advertisement"), para("Share"), para("Facebook"))
		}, map[Category]Count{Paragraphs: {TP: 4, FP: 3}, Furniture: {TP: 3, FN: 2}}},
		{"a share menu run into one paragraph", func(d *document.Document) {
			d.Blocks = append(d.Blocks, para("Share Facebook X Email"))
		}, map[Category]Count{Paragraphs: {TP: 4, FP: 1}, Furniture: {TP: 4, FN: 1}}},
		{"a newsletter prompt inside a paragraph", func(d *document.Document) {
			d.Blocks[4] = para("The scheme cost £6.3m. The Power Up newsletter tells you what you need to know. Sign up here.")
		}, map[Category]Count{Paragraphs: {TP: 3, FP: 1, FN: 1}, Furniture: {TP: 4, FN: 1}}},
		{"a short furniture word inside a sentence is not furniture", func(d *document.Document) {
			d.Blocks[4] = para("The scheme cost £6.3m.")
			d.Blocks = append(d.Blocks, head("Share the warmth"))
		}, map[Category]Count{Furniture: {TP: 5}, Headings: {TP: 1, FP: 1}}},
		{"a heading demoted to a paragraph", func(d *document.Document) {
			d.Blocks[0] = para("What the study found")
		}, map[Category]Count{Headings: {FN: 1}, Paragraphs: {TP: 4, FP: 1}}},
		{"a paragraph promoted to a heading", func(d *document.Document) {
			d.Blocks[4] = head("The scheme cost £6.3m.")
		}, map[Category]Count{Headings: {TP: 1, FP: 1}, Paragraphs: {TP: 3, FN: 1}}},
		{"credit left in the caption", func(d *document.Document) {
			d.Blocks[5] = fig("Engineers fit a heat pump to a terrace. Photograph: Kirsty Wigmore/Getty Images", "", "images/figure-1.jpg")
		}, map[Category]Count{Captions: {TP: 1, FP: 1, FN: 1}, Credits: {TP: 1, FN: 1}}},
		{"FILE prefix kept", func(d *document.Document) {
			d.Blocks[6] = fig("FILE - A school bus waits outside the school.", "AP Photo/Colter Briggs", "https://cdn.example/b.jpg")
		}, map[Category]Count{Captions: {TP: 1, FP: 1, FN: 1}, Credits: {TP: 2}}},
		{"credit written another way", func(d *document.Document) {
			d.Blocks[5] = fig("Engineers fit a heat pump to a terrace.", "© KIRSTY WIGMORE / GETTY IMAGES", "images/figure-1.jpg")
		}, map[Category]Count{Credits: {TP: 2}}},
		{"credit with its label", func(d *document.Document) {
			d.Blocks[5] = fig("Engineers fit a heat pump to a terrace.", "Photograph: Kirsty Wigmore/Getty Images", "images/figure-1.jpg")
		}, map[Category]Count{Credits: {TP: 1, FP: 1, FN: 1}}},
		{"a figure lost, its caption a paragraph", func(d *document.Document) {
			d.Blocks[5] = para("Engineers fit a heat pump to a terrace. Photograph: Kirsty Wigmore/Getty Images")
		}, map[Category]Count{Captions: {TP: 1, FN: 1}, Credits: {TP: 1, FN: 1}, Paragraphs: {TP: 4, FP: 1}, Images: {TP: 1, FN: 1}}},
		{"a spurious figure", func(d *document.Document) {
			d.Blocks = append(d.Blocks, fig("Logo", "", "images/logo.png"))
		}, map[Category]Count{Captions: {TP: 2, FP: 1}, Credits: {TP: 2}}},
		{"remote image made local, local left remote", func(d *document.Document) {
			d.Blocks[5] = fig("Engineers fit a heat pump to a terrace.", "Kirsty Wigmore/Getty Images", "https://example.org/a.jpg")
			d.Blocks[6] = fig("A school bus waits outside the school.", "AP Photo/Colter Briggs", "images/b.jpg")
		}, map[Category]Count{Images: {FP: 2, FN: 2}, Captions: {TP: 2}}},
		{"language", func(d *document.Document) { d.Meta.Lang = "en-GB" }, map[Category]Count{Language: {TP: 1}}},
		{"wrong language", func(d *document.Document) { d.Meta.Lang = "es" }, map[Category]Count{Language: {FP: 1, FN: 1}}},
		{"sources within a longer credit", func(d *document.Document) {
			d.Meta.Byline = nil
			d.Meta.Publisher = "The Daily with PA Media"
		}, map[Category]Count{Sources: {TP: 1}}},
		{"a wrong publisher", func(d *document.Document) {
			d.Meta.Publisher = "Reuters"
		}, map[Category]Count{Sources: {TP: 1, FP: 1}}},
		{"the site name as publisher is not a wrong source", func(d *document.Document) {
			d.Meta.Publisher = "The Daily"
		}, map[Category]Count{Sources: {TP: 1}, SiteName: {TP: 1}}},
		{"sources missing", func(d *document.Document) { d.Meta.Byline = nil }, map[Category]Count{Sources: {FN: 1}}},
		{"contributors: an author named in the sign-off is no mistake", func(d *document.Document) {
			d.Meta.Contributors = append(d.Meta.Contributors, document.Contributor{Role: "ctb", Text: "Miriam Caldwell"}, document.Contributor{Role: "pht", Text: "Kirsty Wigmore"})
		}, map[Category]Count{Contributors: {TP: 1}}},
		{"a contributor missing, another invented", func(d *document.Document) {
			d.Meta.Contributors = []document.Contributor{{Role: "edt", Text: "Editing by Tom Hale"}}
		}, map[Category]Count{Contributors: {FP: 1, FN: 1}}},
		{"date as a day", func(d *document.Document) { d.Meta.Date = "2024-03-12" }, map[Category]Count{Date: {TP: 1}}},
		{"date in another zone", func(d *document.Document) { d.Meta.Date = "2024-03-12T07:00:00+01:00" }, map[Category]Count{Date: {TP: 1}}},
		{"date an hour off", func(d *document.Document) { d.Meta.Date = "2024-03-12T07:00:00Z" }, map[Category]Count{Date: {FP: 1, FN: 1}}},
		{"date missing", func(d *document.Document) { d.Meta.Date = "" }, map[Category]Count{Date: {FN: 1}}},
		{"tags: one missing, one extra", func(d *document.Document) {
			d.Meta.Subjects = []string{"environment", "Energy", "Climate"}
		}, map[Category]Count{Tags: {TP: 2, FP: 1, FN: 1}}},
		{"url with a trailing slash", func(d *document.Document) { d.Meta.Source.URL += "/" }, map[Category]Count{URL: {TP: 1}}},
		{"description wrong", func(d *document.Document) { d.Meta.Description = "Read more" }, map[Category]Count{Description: {FP: 1, FN: 1}}},
		{"a list item and a quoted paragraph count as paragraphs", func(d *document.Document) {
			d.Blocks[3] = &document.Quote{Blocks: []document.Block{d.Blocks[3]}}
			d.Blocks[4] = &document.List{Items: []document.ListItem{{Blocks: []document.Block{d.Blocks[4]}}}}
		}, map[Category]Count{Paragraphs: {TP: 4}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			exp := truth()
			d := perfect(exp)
			c.change(d)
			r := Score(d, exp)
			for cat, want := range c.want {
				got := r.Counts[cat]
				if got.TP != want.TP || got.FP != want.FP || got.FN != want.FN {
					t.Errorf("%s: TP %d FP %d FN %d, want TP %d FP %d FN %d; failures: %v", cat, got.TP, got.FP, got.FN, want.TP, want.FP, want.FN, r.Failures)
				}
				if got.Checks-got.Passed != len(failuresIn(r, cat)) {
					t.Errorf("%s: %d failed checks but %d failures listed", cat, got.Checks-got.Passed, len(failuresIn(r, cat)))
				}
			}
			if p, n := r.Structure(); p == n && changesStructure(c.want) {
				t.Errorf("structure %d/%d: the mistake was not counted", p, n)
			}
		})
	}
}

func remove(bs []document.Block, i int) []document.Block {
	return append(append([]document.Block{}, bs[:i]...), bs[i+1:]...)
}

func failuresIn(r Result, c Category) []Failure {
	var out []Failure
	for _, f := range r.Failures {
		if f.Category == c {
			out = append(out, f)
		}
	}
	return out
}

func changesStructure(want map[Category]Count) bool {
	for c, n := range want {
		if c.Structure() && (n.FP > 0 || n.FN > 0) {
			return true
		}
	}
	return false
}

func TestSameDate(t *testing.T) {
	cases := []struct {
		got, want string
		ok        bool
	}{
		{"2024-03-12", "2024-03-12", true},
		{"2024-03-12T06:00:00Z", "2024-03-12", true},
		{"2024-03-12", "2024-03-12T23:30:00-05:00", true}, // the expected date's own day
		{"2024-03-13", "2024-03-12T23:30:00-05:00", false},
		{"2024-03-12T05:40:00+01:00", "2024-03-12T04:40:00Z", true},
		{"2024-03-12T05:40:00.000+01:00", "2024-03-12T04:40:00Z", true},
		{"2024-03-12T05:40", "2024-03-12T05:40:00+01:00", true}, // no zone: read in the expected one
		{"2024-03-12T05:41:00+01:00", "2024-03-12T05:40:00+01:00", false},
		{"2024-03", "2024-03-12", true},
		{"2024-04", "2024-03-12", false},
		{"12 March 2024", "2024-03-12", false},
		{"", "2024-03-12", false},
	}
	for _, c := range cases {
		if got := sameDate(c.got, c.want); got != c.ok {
			t.Errorf("sameDate(%q, %q) = %v, want %v", c.got, c.want, got, c.ok)
		}
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"  “Quoted” — it’s  here…\u00a0":   `"Quoted" - it's here...`,
		"Cafe\u0301 re\u00adsumé":          "Café resumé",
		"« Texte »\u202fet\u200b suite":    "« Texte » et suite",
		"Ny Times – 12\u201313 March 2024": "Ny Times - 12-13 March 2024",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if Normalize("Rosa Delgado") == Normalize("ROSA DELGADO") {
		t.Error("Normalize hides a difference of case")
	}
}

// TestInlineTexts runs the fallback for block types added to the model
// later on the types of today: it finds every inline text, and none of a
// nested block's.
func TestInlineTexts(t *testing.T) {
	f := fig("A caption", "credit", "x.jpg")
	if got := inlineTexts(f); len(got) != 1 || got[0] != "A caption" {
		t.Errorf("figure: %q", got)
	}
	q := &document.Quote{Blocks: []document.Block{para("inside")}}
	if got := inlineTexts(q); len(got) != 0 {
		t.Errorf("quote: %q, want nothing (Walk visits the paragraph)", got)
	}
	h := &document.Heading{Text: []document.Inline{&document.Str{Text: "Read "}, &document.Emph{Children: []document.Inline{&document.Str{Text: "more"}}}}}
	if got := inlineTexts(h); len(got) != 1 || got[0] != "Read more" {
		t.Errorf("heading: %q", got)
	}
}

func TestTable(t *testing.T) {
	exp := truth()
	good := Score(perfect(exp), exp)
	good.Name = "good"
	d := perfect(exp)
	d.Meta.Title = "Energy"
	bad := Score(d, exp)
	bad.Name = "bad"
	out := Table([]Result{good, bad})
	for _, want := range []string{"good", "bad", "all", "100.0%", "structure", "metadata", "furniture gone", "title"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	all := Total([]Result{good, bad})
	if n := all.Counts[Title]; n.TP != 1 || n.FN != 1 || n.FP != 1 || n.Checks != 2 || n.Passed != 1 {
		t.Errorf("total title: %+v", n)
	}
	p, ok := all.Counts[Title].Precision()
	if !ok || p != 0.5 {
		t.Errorf("precision %v %v", p, ok)
	}
	t.Log("\n" + out)
}

// TestFurnitureRepeated: a line in two entries ("Share" above and below
// the article) fails only as many entries as the body has copies of it.
func TestFurnitureRepeated(t *testing.T) {
	exp := truth()
	exp.Furniture = []Group{{"Energy"}, {"Share"}, {"Explore more on these topics", "Energy", "Housing"}, {"Share", "Reuse this content"}}
	d := perfect(exp)
	d.Blocks = append(d.Blocks, para("Energy"), para("Share"))
	r := Score(d, exp)
	if n := r.Counts[Furniture]; n.TP != 2 || n.FN != 2 {
		t.Errorf("furniture %+v, want 2 kept and 2 gone; %v", n, r.Failures)
	}
	d.Blocks = append(d.Blocks, para("Share"))
	if n := Score(d, exp).Counts[Furniture]; n.TP != 1 || n.FN != 3 {
		t.Errorf("with a second copy of Share: %+v, want 3 kept", n)
	}
}

// TestCreditLines: a credit line left as a paragraph, with or without its
// label, is one failed check (the credit), not also a failed paragraph
// check; it still lowers the paragraphs' precision.
func TestCreditLines(t *testing.T) {
	for _, line := range []string{"Photograph: Kirsty Wigmore/Getty Images", "Kirsty Wigmore/Getty Images", "Bild: Kirsty Wigmore / Getty Images"} {
		exp := truth()
		d := perfect(exp)
		d.Blocks[5] = fig("Engineers fit a heat pump to a terrace.", "", "images/figure-1.jpg")
		d.Blocks = append(d.Blocks, para(line))
		r := Score(d, exp)
		if n := r.Counts[Paragraphs]; n.FP != 1 || n.Checks != n.Passed {
			t.Errorf("%q: paragraphs %+v, want one false positive and no failed check", line, n)
		}
		if n := r.Counts[Credits]; n.FN != 1 {
			t.Errorf("%q: credits %+v", line, n)
		}
	}
	// A paragraph that merely ends with the credit's words is spurious.
	exp := truth()
	d := perfect(exp)
	d.Blocks = append(d.Blocks, para("The photographs were taken by Kirsty Wigmore/Getty Images"))
	if n := Score(d, exp).Counts[Paragraphs]; n.FP != 1 || n.Checks-n.Passed != 1 {
		t.Errorf("a sentence ending with a credit: paragraphs %+v", n)
	}
}
