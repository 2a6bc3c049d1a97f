package pdf_test

import (
	"os"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestMath: formulas of the TeX subset are laid out, with no TeX left in
// the text and no warning; one texmath cannot read is shown as written,
// whole, in the monospaced face, with a warning naming its line. (Issue
// 12, item 8.)
func TestMath(t *testing.T) {
	laid := []string{`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`, `\sum_{i=1}^{n} i = \frac{n(n+1)}{2}`, `\int_0^1 x\,dx`, `\alpha + \beta = \hat{\gamma}`, `\sqrt[3]{8} = 2`, `e^{i\pi} + 1 = 0`}
	unread := `\begin{pmatrix} a & b \\ c & d \end{pmatrix}`
	var text []document.Inline
	for _, tex := range laid {
		text = append(text, &document.Str{Text: "See "}, &document.Math{TeX: tex}, &document.Str{Text: ". "})
	}
	doc := &document.Document{Meta: document.Meta{Title: "Formulas", Lang: "en"}, Blocks: []document.Block{
		&document.Paragraph{Pos: document.Pos{Line: 3}, Text: text},
		&document.Paragraph{Pos: document.Pos{Line: 5}, Text: []document.Inline{&document.Str{Text: "Displayed:"}, &document.Math{Display: true, TeX: laid[1]}}},
		&document.Paragraph{Pos: document.Pos{Line: 7}, Text: []document.Inline{&document.Str{Text: "A matrix: "}, &document.Math{TeX: unread}}},
	}}
	var warned []string
	file := writeDoc(t, doc, pdf.Options{Warn: func(line int, msg string) {
		if line != 7 {
			t.Errorf("a warning for line %d: %s", line, msg)
		}
		warned = append(warned, msg)
	}})
	validate(t, file)
	if len(warned) != 1 || !strings.Contains(warned[0], "shown as written") {
		t.Errorf("warnings: %q", warned)
	}
	got := testkit.PDFText(t, file)
	flat := strings.Join(strings.Fields(got), " ")
	for _, tex := range []string{`\frac`, `\sqrt`, `\sum`, `\int`, `\alpha`, `\pi`, `^{`, `_{`} {
		if strings.Count(flat, tex) != strings.Count(unread, tex) {
			t.Errorf("TeX %s left in the text: %s", tex, flat)
		}
	}
	if !strings.Contains(flat, strings.Join(strings.Fields(unread), " ")) {
		t.Errorf("the formula texmath cannot read is not shown whole: %s", flat)
	}
	var faces []string
	mono, math := false, false
	for _, f := range testkit.PDFFonts(t, file) {
		faces = append(faces, f.Name)
		mono = mono || strings.Contains(f.Name, "Mono")
		math = math || strings.Contains(f.Name, "Math")
	}
	if !mono {
		t.Error("the formula shown as written is not in the monospaced face")
	}
	// The symbols Noto Serif lacks (∑ ∫ −) come from a face made for
	// mathematics, when one is installed (fonts-noto-core has one).
	if _, err := os.Stat("/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf"); err == nil && !math {
		t.Errorf("no face for mathematics among %v", faces)
	}
}
