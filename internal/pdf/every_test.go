package pdf_test

import (
	"os"
	"strings"
	"testing"

	"publish/internal/document/documenttest"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestEveryNode: the PDF keeps the text of every node type of
// documenttest.Every, by its marker word, the thematic break as an
// ornament, and the line break as a new line; and it stays valid.
func TestEveryNode(t *testing.T) {
	file := writeDoc(t, documenttest.Every(), pdf.Options{})
	validate(t, file)
	text := testkit.PDFText(t, file)
	for name, word := range documenttest.Markers {
		if !strings.Contains(text, word) {
			t.Errorf("the PDF's text leaves out %s (%s)", name, word)
		}
	}
	if !strings.Contains(text, "⁂") {
		t.Error("the PDF leaves out the thematic break")
	}
	// Task boxes are characters where a face has them (fonts-noto-core's
	// Noto Sans Symbols 2), so the text read back keeps them.
	if _, err := os.Stat("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf"); err == nil {
		flat := strings.Join(strings.Fields(text), " ")
		for _, want := range []string{"☐ open task", "☒ done task"} {
			if !strings.Contains(flat, want) {
				t.Errorf("the text lacks %q", want)
			}
		}
	}
	// The paragraph breaks its line after the inline code, before the
	// strikeout.
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "KWCODEQ") && strings.Contains(line, "KWSTRIKEOUTQ") {
			t.Errorf("the line break was not kept: %q", line)
		}
	}
}
