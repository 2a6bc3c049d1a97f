package document

import (
	"strings"
	"testing"
)

func TestLimitNesting(t *testing.T) {
	// 100 quotes, each around the next, the last with a paragraph whose
	// text is 100 emphases deep.
	var in Inline = &Str{Text: "deep"}
	for range 100 {
		in = &Emph{Children: []Inline{&Str{Text: "a "}, in}}
	}
	var b Block = &Paragraph{Pos: Pos{Line: 9}, Text: []Inline{in}}
	for i := range 100 {
		b = &Quote{Pos: Pos{Line: 100 - i}, Blocks: []Block{b}}
	}
	d := &Document{Blocks: []Block{b, &List{Pos: Pos{Line: 200}, Items: [][]Block{{&Paragraph{Text: []Inline{&Str{Text: "item"}}}}}}}}
	text := func() string {
		var all []string
		Walk(d.Blocks, func(b Block) {
			if p, ok := b.(*Paragraph); ok {
				all = append(all, PlainText(p.Text))
			}
		})
		return strings.Join(all, "|")
	}
	before := text()
	line, changed := d.LimitNesting()
	if !changed || line != 1+MaxNesting {
		t.Errorf("changed %v at line %d, want true at %d", changed, line, 1+MaxNesting)
	}
	if got := Depth(d.Blocks); got != MaxNesting {
		t.Errorf("depth %d after, want %d", got, MaxNesting)
	}
	var after strings.Builder
	Dump(&after, d)
	if text() != before { // nothing is lost
		t.Errorf("text changed: %q", text())
	}
	if strings.Count(after.String(), "Emph[") != MaxNesting {
		t.Errorf("%d emphases kept, want %d", strings.Count(after.String(), "Emph["), MaxNesting)
	}
	if _, changed := d.LimitNesting(); changed {
		t.Error("a second pass changed the document")
	}
}
