package markdown

import (
	"strings"
	"testing"

	"publish/internal/document"
)

// TestTitleHeadingLeftOut: a manuscript that repeats its title as its
// first heading, as one written for pandoc often does, gets the title once
// in the editions, and a warning that says so.
func TestTitleHeadingLeftOut(t *testing.T) {
	src := "---\ntitle: A storm hits the coast\n---\n\n# A storm hits the coast\n\nThe storm arrived.\n\n# Afterwards\n\nIt left.\n"
	doc, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 3 {
		t.Fatalf("%d blocks, want the paragraph, the second heading and its paragraph", len(doc.Blocks))
	}
	if _, ok := doc.Blocks[0].(*document.Paragraph); !ok {
		t.Errorf("first block %T", doc.Blocks[0])
	}
	if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), "m.md:5: the first heading repeats the title") {
		t.Errorf("warnings %v", warns)
	}
}
