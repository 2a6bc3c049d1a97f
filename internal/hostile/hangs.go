package hostile

import (
	"strings"

	"publish/internal/document"
)

// letters returns n lower-case letters with no space and no pattern a
// hyphenator would find easy: a linear congruential sequence.
func letters(n int) string {
	var b strings.Builder
	b.Grow(n)
	x := uint32(12345)
	for range n {
		x = x*1103515245 + 12345
		b.WriteByte('a' + byte((x>>16)%26))
	}
	return b.String()
}

// pdfOf builds the PDF edition of the case's manuscript into dir/out.pdf.
var pdfOf = []string{"pdf", "--out", "{dir}/out.pdf", "{dir}"}

func longWord(name string, n int) *Case {
	w := letters(n)
	return &Case{
		Category: "time", Name: name,
		Setup: manuscript("Before " + w + " after.\n"),
		Args:  pdfOf,
		Want:  Want{Valid: []string{"out.pdf"}, Text: []string{"Before", w[:40], w[len(w)-40:], "after."}},
	}
}

func notRegular(category, name string, setup func(string) error, args ...string) *Case {
	return &Case{
		Category: category, Name: name, Setup: setup, Args: args,
		Want: Want{Exit: 1, Stderr: []string{"is not a regular file"}},
	}
}

func hangs() []*Case {
	title := strings.Repeat("A very long headline that goes on ", 900)[:30000]
	return []*Case{
		longWord("word-3000-letters", 3000),
		longWord("word-5000-letters", 5000),
		longWord("word-10000-letters", 10000),
		longWord("word-300000-letters", 300000),
		{
			Category: "time", Name: "word-of-explicit-hyphens",
			Setup: manuscript("Before " + strings.Repeat("ab-", 200000) + "end after.\n"),
			Args:  pdfOf,
			Want:  Want{Valid: []string{"out.pdf"}, Text: []string{"Before", "after."}},
		},
		{
			Category: "time", Name: "title-30000-characters",
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: \""+title+"\"\nlang: en\n---\n\nText.\n\n# One\n\nA chapter.\n\n# Two\n\nAnother.\n")
			},
			Args: []string{"build", "--out-dir", "{dir}/out", "{dir}"},
			Want: Want{Valid: []string{"out/" + document.Slug(title, 0) + ".epub", "out/" + document.Slug(title, 0) + ".pdf"}},
		},
		notRegular("time", "fifo-as-image", fifo("images/x.jpg", manuscript("![Caption](images/x.jpg){alt=\"a\" credit=\"b\"}\n")), both...),
		notRegular("time", "fifo-as-cover", fifo("images/c.jpg", func(dir string) error {
			return files(dir, "manuscript.md", "---\ntitle: Hostile input\ncover-image: images/c.jpg\n---\n\nText.\n")
		}), both...),
		notRegular("time", "fifo-as-manuscript-md", fifo("manuscript.md", nil), both...),
		notRegular("time", "fifo-as-md-file", fifo("x.md", nil), "epub", "--out", "{dir}/x.epub", "{dir}/x.md"),
		notRegular("time", "fifo-as-article", fifo("a.txt", nil), "epub", "--out", "{dir}/x.epub", "{dir}/a.txt"),
		notRegular("time", "fifo-as-import-article", fifo("a.txt", nil), "import", "--out", "{dir}/m", "{dir}/a.txt"),
		notRegular("time", "fifo-as-import-meta", fifo("meta.yaml", func(dir string) error { return files(dir, "a.txt", untitled("🌅")) }),
			"import", "--meta", "{dir}/meta.yaml", "--out", "{dir}/m", "{dir}/a.txt"),
		{
			// The place before a date ("Barcelona. Dimecres, 26 de febrer
			// de 2025") was looked for at every full stop of a line, each
			// look cutting the rest again: 800 KB of "Ab. " took minutes.
			Category: "time", Name: "import-line-of-200000-full-stops",
			Setup: func(dir string) error {
				return files(dir, "a.txt", "Headline of the day\n\n"+strings.Repeat("Ab. ", 200_000)+"\n\nThe last paragraph of the story.\n")
			},
			Args: []string{"import", "--out", "{dir}/m", "{dir}/a.txt"},
			Want: Want{Exists: []string{"m/manuscript.md"}},
		},
		{
			// Each "Related" box's list was read on to the end of the
			// page, over every later box: 600 KB of boxes took 85 s.
			Category: "time", Name: "import-10000-related-boxes",
			Setup: func(dir string) error {
				box := "Related\nWhere to find free drinking water in Hale this summer\nHeat in schools: classrooms reach 35 degrees in June\n\n"
				return files(dir, "a.txt", "Headline of the day\n\nThe standfirst of the story, which goes on for a while.\n\n"+strings.Repeat(box, 10_000)+"The last paragraph of the story.\n")
			},
			Args: []string{"import", "--out", "{dir}/m", "{dir}/a.txt"},
			Want: Want{Exists: []string{"m/manuscript.md"}},
		},
		notRegular("time", "fifo-as-checked-epub", fifo("x.epub", nil), "check", "{dir}/x.epub"),
		notRegular("time", "fifo-as-checked-pdf", fifo("x.pdf", nil), "check", "{dir}/x.pdf"),
		{
			Category: "time", Name: "fifo-as-checked-manuscript", Setup: fifo("manuscript.md", nil), Args: []string{"check", "{dir}"},
			Want: Want{Exit: 1, Stdout: []string{"manuscript.md: is not a regular file (a named pipe)"}},
		},
		{
			Category: "time", Name: "check-epub-text-in-a-million-pieces",
			Setup: func(dir string) error { return files(dir, "x.epub", string(splitTextEPUB(1_000_000))) },
			Args:  []string{"check", "{dir}/x.epub"},
			Want:  Want{Stdout: []string{"x.epub: EPUB, 0 warnings: ok"}},
		},
	}
}
