package pdf

import (
	"fmt"
	"testing"
)

// lines are n text lines of height h, breakable between any two.
func lines(n int, h float64) []*item {
	var out []*item
	for range n {
		out = append(out, &item{h: h})
	}
	return out
}

func noteOf(n int, h float64) *note { return &note{lines: lines(n, h)} }

// pageOfItem is the page that holds it in the text block, 0 for none.
func pageOfItem(pages []*page, it *item) int {
	for _, p := range pages {
		for _, pl := range p.items {
			if pl.it == it {
				return p.n
			}
		}
	}
	return 0
}

// notePages are the pages that hold each line of n.
func notePages(pages []*page, n *note) []int {
	var out []int
	for _, ln := range n.lines {
		for _, p := range pages {
			for _, pl := range p.notes {
				if pl.it == ln {
					out = append(out, p.n)
				}
			}
		}
	}
	return out
}

// checkPages fails when a page's text runs into its notes or past the
// foot of its text block.
func checkPages(t *testing.T, pages []*page, g geometry) {
	t.Helper()
	for _, p := range pages {
		foot := g.bottomY()
		if len(p.notes) > 0 {
			foot = p.notes[0].y - noteSkip*g.leading
			last := p.notes[len(p.notes)-1]
			if end := last.y + last.it.h; end > g.bottomY()+flowSlack {
				t.Errorf("page %d: notes end at %.1f, below the text block (%.1f)", p.n, end, g.bottomY())
			}
		}
		if p.end > foot+flowSlack {
			t.Errorf("page %d: text ends at %.1f, the notes begin at %.1f", p.n, p.end, foot)
		}
	}
}

// TestFootnoteSplit: a note too long for what is left of its page keeps
// at least two lines there, under its reference, and goes on at the foot
// of the next page, before that page's own notes.
func TestFootnoteSplit(t *testing.T) {
	g := geometry{pageSpec: pageSpecs["a5"]}
	rows := int(g.textHeight() / g.leading)
	text := lines(3*rows, g.leading)
	long, short := noteOf(14, g.leading*0.8), noteOf(2, g.leading*0.8)
	ref := text[rows-8] // near the foot of page 1
	ref.notes = []*note{long}
	next := text[rows+10] // on page 2
	next.notes = []*note{short}
	pages := flow(text, g)
	checkPages(t, pages, g)
	lp := notePages(pages, long)
	if pageOfItem(pages, ref) != 1 || lp[0] != 1 || lp[1] != 1 {
		t.Errorf("reference on page %d, its note's lines on pages %v", pageOfItem(pages, ref), lp)
	}
	if lp[len(lp)-1] != 2 || len(lp) != 14 {
		t.Errorf("the long note's lines are on pages %v, want 1 then 2", lp)
	}
	if sp := notePages(pages, short); pageOfItem(pages, next) != 2 || fmt.Sprint(sp) != "[2 2]" {
		t.Errorf("second reference on page %d, its note on %v", pageOfItem(pages, next), sp)
	}
	// On page 2 the rest of the long note comes first.
	p2 := pages[1].notes
	if p2[len(p2)-1].it != short.lines[1] || p2[0].it == short.lines[0] {
		t.Error("page 2's notes are not the long note's rest, then the short note")
	}
}

// TestFootnoteKeepsReference: a reference whose note (of three lines,
// too short to split) does not fit under it goes to the next page, its
// note with it.
func TestFootnoteKeepsReference(t *testing.T) {
	g := geometry{pageSpec: pageSpecs["a5"]}
	rows := int(g.textHeight() / g.leading)
	text := lines(2*rows, g.leading)
	n := noteOf(3, g.leading*0.8)
	ref := text[rows-1] // the last line that fits page 1 without notes
	ref.notes = []*note{n}
	pages := flow(text, g)
	checkPages(t, pages, g)
	at := pageOfItem(pages, ref)
	if np := notePages(pages, n); fmt.Sprint(np) != fmt.Sprintf("[%d %d %d]", at, at, at) {
		t.Errorf("reference on page %d, note on %v", at, np)
	}
}
