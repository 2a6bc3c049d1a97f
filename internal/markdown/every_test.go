package markdown

import (
	"bytes"
	"strings"
	"testing"

	"publish/internal/document/documenttest"
)

// TestWriteEveryNode: the writer keeps every node type of
// documenttest.Every, by its marker word, and the two breaks by their
// syntax.
func TestWriteEveryNode(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, documenttest.Every()); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for name, word := range documenttest.Markers {
		if !strings.Contains(s, word) {
			t.Errorf("the Markdown leaves out %s (%s)", name, word)
		}
	}
	for name, syntax := range map[string]string{"LineBreak": "\\\n", "ThematicBreak": "\n* * *\n"} {
		if !strings.Contains(s, syntax) {
			t.Errorf("the Markdown leaves out %s (%q)", name, syntax)
		}
	}
	if strings.Contains(s, brk) {
		t.Error("a fold point reached the output")
	}
	t.Log(s)
}
