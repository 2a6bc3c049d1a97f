package markdown

import (
	"strings"
	"testing"
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
