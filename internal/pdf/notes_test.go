package pdf_test

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"publish/internal/build"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// pageTexts is the text block of each page of file (running heads and
// page numbers left out), read back by pdftotext, with every space and
// line break taken out, so that an address broken across lines reads
// whole.
func pageTexts(t *testing.T, file, size string) []string {
	t.Helper()
	h := map[string]int{"a4": 842, "letter": 792, "a5": 595, "6x9": 648}[size]
	var out []string
	text := testkit.Run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "700", "-H", fmt.Sprint(h-50-56), file, "-")
	for _, p := range strings.Split(text, "\f") {
		out = append(out, strings.Join(strings.Fields(p), ""))
	}
	return out
}

// pageOf is the 1-based page whose text holds s, 0 when none does.
func pageOf(pages []string, s string) int {
	s = strings.Join(strings.Fields(s), "")
	for i, p := range pages {
		if strings.Contains(p, s) {
			return i + 1
		}
	}
	return 0
}

// TestLinkAddresses: with --links notes, each link's address is printed
// in a footnote on the page of the link, and with inline after its text;
// a link whose text is its address is printed once, and hidden prints no
// address. (Issue 17, item 4.)
func TestLinkAddresses(t *testing.T) {
	m := photoStory(t, 4)
	links := []struct{ text, address string }{
		{"meteorological institute", "https://hydrology.valley-weather.example.se/observations/2024/march/station-dam-precipitation-summary.html"},
		{"independent review", "https://www.regional-authority.example.se/reviews/lower-valley-2024"},
		{"written to the council", "council@lowertown.example.se"},
	}
	for _, mode := range []string{"notes", "inline", "hidden"} {
		t.Run(mode, func(t *testing.T) {
			for _, size := range []string{"a5", "6x9"} {
				file := writeDoc(t, m.Doc, pdf.Options{PageSize: size, Links: mode})
				if size == "a5" {
					validate(t, file)
				}
				pages := pageTexts(t, file, size)
				all := strings.Join(pages, "")
				for _, l := range links {
					at, addr := pageOf(pages, l.text), pageOf(pages, l.address)
					switch {
					case at == 0:
						t.Errorf("%s: %q is not in the text", size, l.text)
					case mode == "hidden" && addr != 0:
						t.Errorf("%s: the address %s is printed", size, l.address)
					case mode == "notes" && addr != at:
						t.Errorf("%s: %q is on page %d, its address on page %d", size, l.text, at, addr)
					case mode == "inline" && !follows(all, strings.ReplaceAll(l.text, " ", ""), "("+l.address+")"):
						t.Errorf("%s: %q is not followed by its address", size, l.text)
					}
				}
				if n := strings.Count(all, "fund.lowertown.example.se"); n != 1 {
					t.Errorf("%s: a link whose text is its address is printed %d times", size, n)
				}
			}
		})
	}
	if err := writeErr(t, m, pdf.Options{Links: "footnotes"}); err == nil || !strings.Contains(err.Error(), `"footnotes"`) {
		t.Errorf("--links footnotes: %v", err)
	}
}

// writeErr is the error Write gives for m's document with opt.
func writeErr(t *testing.T, m *build.Manuscript, opt pdf.Options) error {
	t.Helper()
	return pdf.Write(io.Discard, m.Doc, &opt)
}

// follows tells whether text has b right after a, or broken by a page
// (and what the next page opens with, such as a figure) anywhere in b.
func follows(text, a, b string) bool {
	for k := 1; k <= len(b); k++ {
		if strings.Contains(text, a+b[:k]) && strings.Contains(text, b[k:]) {
			return true
		}
	}
	return false
}
