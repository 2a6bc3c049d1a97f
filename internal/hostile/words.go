package hostile

func words() []*Case {
	dated := func(name, date string, exit int, want ...string) *Case {
		c := &Case{
			Category: "words", Name: name,
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: Hostile input\ndate: "+date+"\n---\n\nText.\n")
			},
			Args: both,
			Want: Want{Exit: exit, Stderr: want},
		}
		if exit == 0 {
			c.Want.Valid = editions
		}
		return c
	}
	empty := func(name string, setup func(string) error, want string, args ...string) *Case {
		return &Case{
			Category: "words", Name: name, Setup: setup, Args: args,
			Want: Want{Exit: 1, Stderr: []string{want}},
		}
	}
	emptyCheck := func(name, file string) *Case {
		return &Case{
			Category: "words", Name: name,
			Setup: func(dir string) error { return files(dir, file, "") },
			Args:  []string{"check", "{dir}/" + file},
			Want:  Want{Exit: 1, Stderr: []string{"{dir}/" + file + ": is empty"}},
		}
	}
	return []*Case{
		dated("date-february-30", "2022-02-30", 1, "manuscript.md:3:", "2022-02-30", "calendar"),
		dated("date-february-29-not-leap", "2023-02-29", 1, "2023-02-29", "calendar"),
		dated("date-february-29-leap", "2024-02-29", 0),
		dated("date-hour-24", "2022-10-04T24:00:00Z", 1, "2022-10-04T24:00:00Z"),
		empty("image-0-bytes", manuscript("![Caption](images/x.jpg){alt=\"a\" credit=\"b\"}\n", "images/x.jpg", ""),
			"images/x.jpg is empty", both...),
		empty("manuscript-0-bytes", func(dir string) error { return files(dir, "manuscript.md", "") },
			"manuscript.md: is empty", both...),
		empty("article-0-bytes", func(dir string) error { return files(dir, "a.txt", "") },
			"a.txt: is empty", "epub", "--out", "{dir}/x.epub", "{dir}/a.txt"),
		empty("png-as-manuscript", func(dir string) error { return files(dir, "manuscript.md", string(tinyPNG())) },
			"manuscript.md: not a manuscript: a PNG image", both...),
		empty("png-as-md-file", func(dir string) error { return files(dir, "photo.md", string(tinyPNG())) },
			"photo.md: not a manuscript: a PNG image", "epub", "--out", "{dir}/x.epub", "{dir}/photo.md"),
		empty("epub-as-manuscript", func(dir string) error { return files(dir, "manuscript.md", string(epubOf([]byte("x")))) },
			"manuscript.md: not a manuscript: a ZIP archive", both...),
		emptyCheck("check-epub-0-bytes", "x.epub"),
		emptyCheck("check-pdf-0-bytes", "x.pdf"),
		{
			Category: "words", Name: "directory-and-its-manuscript",
			Setup: manuscript("Text.\n"),
			Args:  []string{"build", "--out-dir", "{dir}/out", "{dir}", "{dir}/manuscript.md"},
			Want:  Want{Valid: editions, NoStderr: []string{"same name", "FAILED"}},
		},
	}
}
