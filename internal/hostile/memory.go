package hostile

import (
	"os"
	"path/filepath"
	"strings"
)

// oneLineArticle is a raw article of about size bytes: a headline, then
// one line of words with no line break.
func oneLineArticle(size int) []byte {
	var b strings.Builder
	b.Grow(size + 64)
	b.WriteString("A headline for one very long line\n\n")
	words := strings.Fields("the quick brown fox jumps over a lazy dog while reporters write long stories about the archive and its readers")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
		if i%17 == 16 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("end.\n")
	return []byte(b.String())
}

func memory() []*Case {
	brackets := strings.Repeat("[x", 500_000)
	// Paragraphs each under the paragraph's bracket limit, a megabyte in
	// all: 2 s and 380 MB before the manuscript's limit.
	bracketParas := strings.Repeat(strings.Repeat("[x ", 3000)+"\n\n", 110)
	return []*Case{
		{
			Category: "memory", Name: "brackets-1MB",
			Setup: manuscript(brackets + "\n"),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{brackets[:40], brackets[len(brackets)-40:]}},
		},
		{
			Category: "memory", Name: "bracket-paragraphs-1MB",
			Setup: manuscript(bracketParas),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"[x [x [x"}},
		},
		{
			Category: "memory", Name: "emphasis-1MB",
			Setup: manuscript(strings.Repeat("*a _b ", 170_000) + "\n"),
			Args:  both,
			Want:  Want{Valid: editions},
		},
		{
			Category: "memory", Name: "yaml-flow-nesting-200KB",
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: Hostile input\nsubject: "+strings.Repeat("[", 100_000)+strings.Repeat("]", 100_000)+"\n---\n\nText.\n")
			},
			Args: both,
			Want: Want{Exit: 1, Stderr: []string{"manuscript.md:3:", "nested"}},
		},
		{
			Category: "memory", Name: "yaml-block-nesting-200KB",
			Setup: func(dir string) error {
				var b strings.Builder
				b.WriteString("---\ntitle: Hostile input\nsource:\n")
				for i := 1; b.Len() < 200_000; i++ {
					b.WriteString(strings.Repeat(" ", i) + "k:\n")
				}
				b.WriteString("---\n\nText.\n")
				return files(dir, "manuscript.md", b.String())
			},
			Args: both,
			Want: Want{Exit: 1, Stderr: []string{"manuscript.md:", "nested"}},
		},
		{
			Category: "memory", Name: "yaml-billion-laughs",
			Setup: func(dir string) error {
				var b strings.Builder
				b.WriteString("---\ntitle: Hostile input\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
				for i := 1; i < 10; i++ {
					b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [")
					for j := range 9 {
						if j > 0 {
							b.WriteString(",")
						}
						b.WriteString("*a" + itoa(i-1))
					}
					b.WriteString("]\n")
				}
				b.WriteString("subject: *a9\n---\n\nText.\n")
				return files(dir, "manuscript.md", b.String())
			},
			Args: both,
			Want: Want{Exit: 1, Stderr: []string{"manuscript.md:"}},
		},
		{
			Category: "memory", Name: "article-16MiB-one-line",
			Setup: func(dir string) error {
				return os.WriteFile(filepath.Join(dir, "a.txt"), oneLineArticle(16<<20-200), 0o644)
			},
			Args: []string{"build", "--out-dir", "{dir}/out", "{dir}/a.txt"},
			Want: Want{Valid: []string{"out/a-headline-for-one-very-long-line.epub", "out/a-headline-for-one-very-long-line.pdf"}},
		},
		{
			Category: "memory", Name: "check-overlapping-zip-entries",
			Setup: func(dir string) error {
				return os.WriteFile(filepath.Join(dir, "x.epub"), overlappingEPUB(5000), 0o644)
			},
			Args: []string{"check", "{dir}/x.epub"},
			Want: Want{Exit: 1, Stdout: []string{"x.epub: error: ", "overlap"}},
		},
		{
			Category: "memory", Name: "check-pdf-object-stream-bomb",
			Setup: func(dir string) error {
				return os.WriteFile(filepath.Join(dir, "x.pdf"), objStmBombPDF(4, 256<<20), 0o644)
			},
			Args: []string{"check", "{dir}/x.pdf"},
			Want: Want{Exit: 1, Stdout: []string{"x.pdf: error: "}},
		},
	}
}

func itoa(i int) string { return string(rune('0' + i)) }
