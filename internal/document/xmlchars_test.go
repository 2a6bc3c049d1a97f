package document

import (
	"strings"
	"testing"
)

func TestStripNonXMLChars(t *testing.T) {
	d := &Document{
		Meta: Meta{Title: "A\x01B", Authors: []string{"C\uFFFE"}, Source: &Source{URL: "https://x/\x02"}},
		Blocks: []Block{
			&Paragraph{Pos: Pos{Line: 3}, Text: []Inline{&Str{Text: "fine"}}},
			&Quote{Pos: Pos{Line: 5}, Blocks: []Block{
				&Paragraph{Pos: Pos{Line: 6}, Text: []Inline{&Emph{Children: []Inline{&Str{Text: "x\x00y\uFFFF"}}}}},
			}},
			&Figure{Pos: Pos{Line: 9}, Src: "a.png", Credit: "c\x1f", Image: &Image{Name: "a\x01", Data: []byte{0, 1}}},
		},
	}
	got := d.StripNonXMLChars()
	want := []Removal{{0, 3, 1}, {6, 2, 0}, {9, 1, 0x1f}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("removal %d: got %v, want %v", i, got[i], want[i])
		}
	}
	var b strings.Builder
	Dump(&b, d)
	if strings.ContainsAny(b.String(), "\x00\x01\x02\x1f\uFFFE\uFFFF") || !strings.Contains(b.String(), `"xy"`) {
		t.Errorf("left in the model:\n%s", b.String())
	}
	if d.Blocks[2].(*Figure).Image.Name != "a\x01" {
		t.Error("an image's own fields are not text of the document")
	}
}
