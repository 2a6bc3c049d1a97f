package markdown

import (
	"strings"
	"testing"

	"publish/internal/document"
)

// TestLint: pandoc syntax we do not process is kept as text with a
// warning naming its line; text without it gets none.
func TestLint(t *testing.T) {
	src := "---\ntitle: T\n---\n\nAs @smith2020 shows, the mean is \\frac{1}{2} here.\n\nWrite to a@b.example or use 50 \\% of it.\n\nPlain text.\n"
	_, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Error())
	}
	all := strings.Join(got, "\n")
	if len(got) != 2 || !strings.Contains(all, "m.md:5: citations") || !strings.Contains(all, "m.md:5: raw TeX (\\frac)") {
		t.Errorf("warnings:\n%s", all)
	}
}

// TestManyBracketsInManuscript: past maxDocBrackets in all, brackets are
// text everywhere but in code, with one warning, and the cost stays
// linear (a kilobyte a bracket before).
func TestManyBracketsInManuscript(t *testing.T) {
	para := strings.Repeat("[x ", 3000) + "\n\n"
	src := "---\ntitle: T\n---\n\nSee [the link](https://example.org) and `a[i]`.\n\n```\nb[j] = 1\n```\n\n" + strings.Repeat(para, 20)
	doc, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "m.md:4: 60003 brackets in the manuscript") {
		t.Errorf("warnings: %v", warns)
	}
	md := document.PlainText(doc.Blocks[0].(*document.Paragraph).Text)
	if !strings.Contains(md, "[the link](https://example.org)") || !strings.Contains(md, "a[i]") {
		t.Errorf("first paragraph: %q", md)
	}
	if code, ok := doc.Blocks[1].(*document.CodeBlock); !ok || !strings.Contains(code.Text, "b[j] = 1") || strings.Contains(code.Text, `\`) {
		t.Errorf("code block: %#v", doc.Blocks[1])
	}
	if p := document.PlainText(doc.Blocks[2].(*document.Paragraph).Text); !strings.HasPrefix(p, "[x [x") {
		t.Errorf("brackets paragraph: %.40q", p)
	}
}
