package pdf_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"publish/internal/build"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// readBackManuscript is a chapter of running text with footnotes (one of
// them long enough to be split), a table of 60 rows with wrapping cells,
// and a code block of 90 lines, some too long for the measure. Each
// reference, note, cell and line of code carries a marker word.
func readBackManuscript() string {
	words := strings.Fields("the river rose over the lower town while engineers argued about the dam and its gates which had not been opened since the spring of the previous year")
	text := func(seed, n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(seed*7+i*i*3+i)%len(words)])
		}
		return b.String()
	}
	var b strings.Builder
	b.WriteString("---\ntitle: Read back\nauthor: Test Writer\nlang: en\n---\n\n# One\n\n")
	for i := range 8 {
		n := 30
		if i == 3 {
			n = 260
		}
		fmt.Fprintf(&b, "%s Qref%02dQ[^n%d] %s.\n\n[^n%d]: Qnote%02dQ %s.\n\n", text(i, 110), i, i, text(i+1, 50), i, i, text(i+2, n))
	}
	b.WriteString("Table: Levels by station and day.\n\n| Station | Day | Level | Remarks |\n|:---|---:|---:|:----------|\n")
	for r := range 60 {
		fmt.Fprintf(&b, "| R%02dA %s | R%02dB | R%02dC | R%02dD %s |\n", r, text(r, 1+r%3), r, r, r, text(r, 4+r%17))
	}
	b.WriteString("\n" + text(9, 80) + ".\n\n```go\n")
	for i := range 90 {
		switch {
		case i%13 == 5:
			fmt.Fprintf(&b, "\tc%03d := computeSomethingLong(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lambda, mu)\n", i)
		case i%11 == 0:
			fmt.Fprintf(&b, "// c%03d\n", i)
		default:
			fmt.Fprintf(&b, "\tc%03d := f(x, %d)\n", i, i)
		}
	}
	b.WriteString("```\n\n" + text(11, 120) + ".\n")
	return b.String()
}

// TestReadBack reads the pages back with pdftotext, at every page size:
// each footnote starts on the page of its reference, each row of the
// table reads across one line (and a page that goes on with the table
// repeats its header), and each line of code is a line of its own.
// (Issue 12's PDF tests.)
func TestReadBack(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(readBackManuscript()), 0o644))
	m, err := build.Load(dir)
	must(t, err)
	for _, size := range []string{"a4", "a5", "6x9"} {
		t.Run(size, func(t *testing.T) {
			file := writeDoc(t, m.Doc, pdf.Options{PageSize: size})
			if size == "a5" {
				validate(t, file)
			}
			pages := pageTexts(t, file, size)
			for i := range 8 {
				ref, note := pageOf(pages, fmt.Sprintf("Qref%02dQ", i)), pageOf(pages, fmt.Sprintf("Qnote%02dQ", i))
				if ref == 0 || ref != note {
					t.Errorf("note %d: its reference is on page %d, the note starts on page %d", i, ref, note)
				}
			}
			layout := strings.Split(testkit.Run(t, "pdftotext", "-layout", "-enc", "UTF-8", file, "-"), "\f")
			rowsOn := map[int]bool{}
			for p, text := range layout {
				for _, line := range strings.Split(text, "\n") {
					ms := regexp.MustCompile(`R(\d\d)([A-D])`).FindAllStringSubmatch(line, -1)
					if len(ms) == 0 {
						continue
					}
					rowsOn[p] = true
					got := ""
					for _, m := range ms {
						if m[1] != ms[0][1] {
							t.Errorf("page %d: two rows on one line: %q", p+1, line)
						}
						got += m[2]
					}
					if got != "ABCD" {
						t.Errorf("page %d: row %s does not read across: %q", p+1, ms[0][1], strings.TrimSpace(line))
					}
				}
			}
			for r := range 60 {
				if !strings.Contains(strings.Join(layout, ""), fmt.Sprintf("R%02dA", r)) {
					t.Errorf("row %d is missing", r)
				}
			}
			if len(rowsOn) < 2 {
				t.Errorf("the table is on %d pages; the test wants it across a page break", len(rowsOn))
			}
			for p := range rowsOn {
				if !strings.Contains(layout[p], "Remarks") {
					t.Errorf("page %d goes on with the table without its header", p+1)
				}
			}
			// Each line of code is a line of the text, in order; a long
			// line goes on, on a line of its own, to its last word.
			plain := testkit.Run(t, "pdftotext", "-enc", "UTF-8", file, "-")
			next := 0
			for _, line := range strings.Split(plain, "\n") {
				ms := regexp.MustCompile(`(?:^|[\s/])c(\d\d\d)\b`).FindAllStringSubmatch(line, -1)
				if len(ms) > 1 {
					t.Errorf("two lines of code read as one: %q", line)
				}
				if len(ms) == 1 {
					if n := atoi(ms[0][1]); n != next {
						t.Errorf("line %d of the code comes after line %d", n, next-1)
					}
					next++
				}
			}
			if next != 90 {
				t.Errorf("%d of 90 lines of code read back", next)
			}
			if n := strings.Count(strings.Join(pages, ""), "lambda,mu)"); n != 7 {
				t.Errorf("%d of 7 long lines of code read back whole", n)
			}
		})
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// TestTallRow: a row taller than the page is cut between its lines, so
// that all of its text is on the pages and none runs past the text
// block's foot.
func TestTallRow(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: Tall\nlang: en\n---\n\nBefore.\n\n| Key | Value |\n|---|---|\n| short | tiny |\n| huge |")
	for i := range 900 {
		fmt.Fprintf(&b, " w%03d", i)
	}
	b.WriteString(" |\n| after | end |\n\nAfter.\n")
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(b.String()), 0o644))
	m, err := build.Load(dir)
	must(t, err)
	file := writeDoc(t, m.Doc, pdf.Options{PageSize: "a5"})
	bbox := testkit.Run(t, "pdftotext", "-bbox", file, "-")
	words := regexp.MustCompile(`<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">w(\d\d\d)</word>`).FindAllStringSubmatch(bbox, -1)
	if len(words) != 900 {
		t.Errorf("%d of the cell's 900 words read back", len(words))
	}
	foot := 595.28 - 56 // a5: its height less its bottom margin (20 mm)
	for _, w := range words {
		var y float64
		fmt.Sscan(w[1], &y)
		if y > foot {
			t.Errorf("w%s is set at %.1f pt, past the text block's foot", w[2], y)
		}
	}
}
