package importer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"publish/internal/diag"
	"publish/internal/document"
)

// TestUnwrapLeavesPastedCopies checks that no article of the corpora, as
// pasted from a page, is taken for a hard-wrapped copy.
func TestUnwrapLeavesPastedCopies(t *testing.T) {
	files, _ := filepath.Glob("../corpus/*/*/article.txt")
	more, _ := filepath.Glob("testdata/*/*.txt")
	files = append(files, more...)
	files = append(files, "../../manuscript/who-was-leandro-norero-the-patron/source.txt")
	if len(files) < 300 {
		t.Fatalf("only %d articles found", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var warns diag.Warnings
		lines, _, err := readLines(strings.NewReader(string(src)), f, &warns)
		if err != nil {
			t.Fatal(err)
		}
		if w := wrapWidth(lines); w != 0 {
			t.Errorf("%s: taken for a copy wrapped at %d columns", f, w)
		}
	}
}

// wrappedSample is an article wrapped at 40 columns.
const wrappedSample = "Village buys back its forest from an\ninvestment fund\n\nBy Ana Ruiz\n\n" +
	"The 620 residents of the village raised\nmore than a million euros to buy back\nthe forest their grandparents sold.\n\n" +
	"Read more\nThe mayor who planted a thousand oaks\n\n" +
	"The fund had planned to clear a third of\nthe hillside for a new road, the mayor\nsaid on Tuesday evening in the hall.\n\n" +
	"- a list item that is not joined\n- to the one above it\n\n" +
	"A second paragraph follows here with\nenough words to be broken by the wrap.\n"

// TestUnwrap imports a copy wrapped at 40 columns: the broken lines are
// joined, every input line keeps its entry, and positions and the
// reasons' line numbers are the input's.
func TestUnwrap(t *testing.T) {
	ks, doc, rep := kinds(t, wrappedSample)
	if doc.Meta.Title != "Village buys back its forest from an investment fund" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	if e := rep.Entries[1]; e.Line != 2 || e.Rule != RuleWrapped || e.Kind != KindTitle || !strings.Contains(e.Why, "line 1") {
		t.Errorf("line 2: %+v", e)
	}
	var paras []string
	var lines []int
	for _, b := range doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok {
			paras = append(paras, document.PlainText(p.Text))
			lines = append(lines, p.Line)
		}
	}
	if len(paras) != 3 || !strings.HasPrefix(paras[0], "The 620 residents of the village raised more than") || lines[1] != 13 {
		t.Errorf("paragraphs %q at lines %v\n%s", paras, lines, ks)
	}
	if e := rep.Entries[10]; e.Line != 11 || e.Kind != KindDropped || !strings.Contains(e.Why, "line 10") {
		t.Errorf("line 11: %+v", e)
	}
}

// TestWrapWidthUnderMenu: a page's menu of short labels over a wrapped
// copy does not hide the wrap.
func TestWrapWidthUnderMenu(t *testing.T) {
	menu := strings.Repeat("Home\nNews\nSport\nWeather\nFormula 1\nTennis\nGolf\n", 5)
	if w := wrapWidth(strings.Split(menu+wrappedSample, "\n")); w != 40 {
		t.Errorf("wrap width %d under a menu, want 40", w)
	}
}

// TestBlankRuns: runs of blank lines read as one, with a decision for
// every input line on its own number, and a table's rows still read
// (its header row, in the header's reach, is no byline).
func TestBlankRuns(t *testing.T) {
	src := "Ferry stops for the winter\n\n\n\nBy Ruth Okafor\n\n\nThe ferry across the lake stopped running in October, and the families on the east shore drive around it.\n\n\n" +
		"The council has now published the timetable of the replacement bus, which stops at three places along the shore.\n\n\n" +
		"Stop\tDeparts\tArrives\nEast shore\t07:10\t07:25\nWest pier\t07:40\t07:55\nMarket square\t08:05\t08:20\n\n\n\nThe council will decide in spring whether to buy a second boat for the crossing.\n"
	got, doc, rep := kinds(t, src)
	if doc.Meta.Title != "Ferry stops for the winter" || !slices.Equal(doc.Meta.Authors, []string{"Ruth Okafor"}) {
		t.Errorf("title %q, authors %q", doc.Meta.Title, doc.Meta.Authors)
	}
	var tables int
	document.Walk(doc.Blocks, func(b document.Block) {
		if _, ok := b.(*document.Table); ok {
			tables++
		}
	})
	if tables != 1 {
		t.Errorf("%d tables, want 1: %s", tables, got)
	}
	if e := rep.Entries[3]; e.Line != 4 || e.Kind != KindBlank {
		t.Errorf("line 4: %+v", e)
	}
}
