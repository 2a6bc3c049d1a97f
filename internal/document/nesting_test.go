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
	d := &Document{Blocks: []Block{b, &List{Pos: Pos{Line: 200}, Items: []ListItem{{Blocks: []Block{&Paragraph{Text: []Inline{&Str{Text: "item"}}}}}}}}}
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

// The containers the Markdown model added nest as deep, and are limited
// the same way: divs, table cells, definitions, spans, notes.
func TestLimitNestingEveryContainer(t *testing.T) {
	var in Inline = &Str{Text: "deep"}
	for i := range 100 {
		switch i % 3 {
		case 0:
			in = &Span{Children: []Inline{in}}
		case 1:
			in = &Strikeout{Children: []Inline{in}}
		default:
			in = &SmallCaps{Children: []Inline{in}}
		}
	}
	var b Block = &Paragraph{Pos: Pos{Line: 500}, Text: []Inline{in, &Note{Blocks: []Block{&Paragraph{Text: []Inline{&Str{Text: "note"}}}}}}}
	for i := range 99 {
		switch i % 3 {
		case 0:
			b = &Div{Pos: Pos{Line: 400 - i}, Blocks: []Block{b}}
		case 1:
			b = &Table{Pos: Pos{Line: 400 - i}, Caption: []Inline{&Str{Text: "cap"}}, Columns: []Column{{}}, Body: []Row{{{Blocks: []Block{b}}}}}
		default:
			b = &DefinitionList{Pos: Pos{Line: 400 - i}, Items: []Definition{{Term: []Inline{&Str{Text: "term"}}, Defs: [][]Block{{b}}}}}
		}
	}
	d := &Document{Blocks: []Block{b}}
	words := func() int {
		n := 0
		WalkInlines(d.Blocks, func(in Inline) {
			if s, ok := in.(*Str); ok {
				n += len(strings.Fields(s.Text))
			}
		})
		return n
	}
	before := words()
	if _, changed := d.LimitNesting(); !changed {
		t.Fatal("nothing changed")
	}
	if got := Depth(d.Blocks); got > MaxNesting {
		t.Errorf("depth %d after, want at most %d", got, MaxNesting)
	}
	if got := words(); got != before {
		t.Errorf("%d words after, %d before", got, before)
	}
	var dump strings.Builder
	Dump(&dump, d)
	if n := strings.Count(dump.String(), "Span[") + strings.Count(dump.String(), "Strikeout[") + strings.Count(dump.String(), "SmallCaps["); n != MaxNesting {
		t.Errorf("%d inline containers kept, want %d", n, MaxNesting)
	}
}
