package importer

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/markdown"
)

// zeroPos returns a copy of doc with every position cleared, so that a
// model read back from a manuscript compares equal to the imported one.
func zeroPos(doc *document.Document) *document.Document {
	out := &document.Document{Meta: doc.Meta}
	out.Blocks = zeroBlocks(doc.Blocks)
	return out
}

func zeroBlocks(bs []document.Block) []document.Block {
	var out []document.Block
	for _, b := range bs {
		switch b := b.(type) {
		case *document.Heading:
			c := *b
			c.Pos = document.Pos{}
			out = append(out, &c)
		case *document.Paragraph:
			c := *b
			c.Pos = document.Pos{}
			out = append(out, &c)
		case *document.Figure:
			c := *b
			c.Pos = document.Pos{}
			out = append(out, &c)
		case *document.Quote:
			c := *b
			c.Pos = document.Pos{}
			c.Blocks = zeroBlocks(b.Blocks)
			out = append(out, &c)
		case *document.List:
			c := *b
			c.Pos = document.Pos{}
			c.Items = nil
			for _, item := range b.Items {
				c.Items = append(c.Items, document.ListItem{Task: item.Task, Blocks: zeroBlocks(item.Blocks)})
			}
			out = append(out, &c)
		}
	}
	return out
}

// roundTripDiff parses the written manuscript md back and returns "" when
// it gives the imported model, positions aside, or else what differs.
func roundTripDiff(doc *document.Document, md []byte) string {
	back, _, err := markdown.Parse(md, "manuscript.md")
	if err != nil {
		return "written manuscript does not parse: " + err.Error()
	}
	a, b := zeroPos(doc), zeroPos(back)
	if !reflect.DeepEqual(a.Meta, b.Meta) {
		return "meta differs after the round trip"
	}
	if len(a.Blocks) != len(b.Blocks) {
		return "block count differs after the round trip"
	}
	for i := range a.Blocks {
		if !reflect.DeepEqual(a.Blocks[i], b.Blocks[i]) {
			return fmt.Sprintf("block %d differs after the round trip: %s became %s", i+1, describe(a.Blocks[i]), describe(b.Blocks[i]))
		}
	}
	return ""
}

func assertRoundTrip(t *testing.T, doc *document.Document, md []byte) {
	t.Helper()
	if d := roundTripDiff(doc, md); d != "" {
		t.Error(d)
	}
}

func describe(b document.Block) string {
	switch b := b.(type) {
	case *document.Heading:
		return fmt.Sprintf("heading %d %q", b.Level, document.PlainText(b.Text))
	case *document.Paragraph:
		return fmt.Sprintf("paragraph %q", document.PlainText(b.Text))
	case *document.Figure:
		return fmt.Sprintf("figure %q alt=%q credit=%q caption=%q", b.Src, b.Alt, b.Credit, document.PlainText(b.Caption))
	}
	return fmt.Sprintf("%T %+v", b, b)
}

// TestRoundTripCharacterReferences: text that looks like a character
// reference ("AT&amp;T") is text, and survives the round trip as written.
func TestRoundTripCharacterReferences(t *testing.T) {
	doc, _, err := Import(strings.NewReader("Title\nAT&amp;T and &#65; stay as written.\n"), "a.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	if d := roundTripDiff(doc, md.Bytes()); d != "" {
		t.Errorf("round trip changed the text: %s\n%s", d, md.Bytes())
	}
}
