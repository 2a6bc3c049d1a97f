package hostile

// unsafe is what must never reach an edition as a link: script schemes,
// data and file URLs, and the PDF's script and launch actions.
// Text may keep the words "javascript:"; a link target may not.
var unsafe = []string{
	`href="java`, `href="vbscript`, `href="data:`, `href="file:`, `href="//`, `href="%`, `href="&#`, `href=" `,
	"/URI (java", "/URI (vbscript", "/URI (data:", "/URI (file:", "/URI (//", "/URI (%", "/URI (&",
	"/JavaScript", "/JS ", "/Launch", "/GoToR", "/SubmitForm", "/ImportData",
}

// linkCase builds both editions of a paragraph with one hostile link: the
// build goes on, the text of the link stays, a warning names the line, and
// nothing of the link reaches an edition.
func linkCase(name, body string, extra ...string) *Case {
	return &Case{
		Category: "links", Name: name,
		Setup: manuscript(body, extra...),
		Args:  both,
		Want: Want{
			Stderr:    []string{"manuscript.md:8: ", "removed"},
			Valid:     editions,
			Text:      []string{"click here"},
			Forbidden: unsafe,
		},
	}
}

func links() []*Case {
	p := func(dest string) string { return "Before [click here](" + dest + ") after.\n" }
	cs := []*Case{
		linkCase("javascript", p("javascript:alert(document.cookie)")),
		linkCase("javascript-mixed-case", p("JaVaScRiPt:alert(document.cookie)")),
		linkCase("javascript-space-in-scheme", p("<java script:alert(1)>")),
		linkCase("javascript-tab-in-scheme", p("<java\tscript:alert(1)>")),
		linkCase("javascript-leading-spaces", p("<  javascript:alert(1)>")),
		linkCase("javascript-newline-entity", p("java&#10;script:alert(1)")),
		linkCase("javascript-entity-j", p("&#106;avascript:alert(1)")),
		linkCase("javascript-tab-entity", p("java&#x09;script:alert(1)")),
		linkCase("javascript-named-entity-colon", p("javascript&colon;alert(1)")),
		linkCase("javascript-percent-colon", p("javascript%3Aalert(1)")),
		linkCase("javascript-percent-j", p("%6Aavascript:alert(1)")),
		linkCase("javascript-backslash-escape", p(`javascript\:alert(1)`)),
		linkCase("vbscript", p("vbscript:msgbox(1)")),
		linkCase("data-text-html", p("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")),
		linkCase("file-url", p("file:///etc/passwd")),
		linkCase("protocol-relative", p("//evil.example/x")),
		linkCase("autolink-javascript", "Before <javascript:alert(1)> after, click here.\n"),
		linkCase("autolink-file", "Before <FILE:///etc/passwd> after, click here.\n"),
		linkCase("reference-link", "Before [click here][r] after.\n\n[r]: javascript:alert(1)\n"),
		linkCase("caption-link", "![A caption, [click here](javascript:alert(1))](images/a.png){alt=\"a\" credit=\"b\"}\n",
			"images/a.png", string(tinyPNG())),
		{
			Category: "links", Name: "credit-and-source-url",
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: Hostile input\nlang: en\nsource:\n  name: Somewhere\n  url: \"javascript:alert(1)\"\n---\n\n"+
					"![Caption, click here](images/a.png){alt=\"a\" credit=\"javascript:alert(2)\"}\n", "images/a.png", string(tinyPNG()))
			},
			Args: both,
			Want: Want{
				Stderr:    []string{"manuscript.md:6:", "source.url", "removed"},
				Valid:     editions,
				Text:      []string{"click here"},
				Forbidden: unsafe,
			},
		},
		{
			Category: "links", Name: "strict-refuses",
			Setup: manuscript(p("javascript:alert(1)")),
			Args:  []string{"build", "--strict", "--out-dir", "{dir}/out", "{dir}"},
			Want: Want{
				Exit:   1,
				Stderr: []string{"manuscript.md:8: ", "--strict"},
				Absent: editions,
			},
		},
		{
			Category: "links", Name: "safe-links-kept",
			Setup: manuscript("See [the site](https://example.com/a?b=1&c=2), [mail](mailto:desk@example.com), " +
				"[HTTP](HTTP://EXAMPLE.COM/) and <https://example.org/x>, click here.\n"),
			Args: both,
			Want: Want{Valid: editions, Text: []string{"the site"}, Stdout: []string{"wrote"}},
		},
	}
	return cs
}
