package hostile

import (
	"fmt"
	"strings"
)

// controls are the characters XML 1.0 forbids: C0 controls other than
// tab, line feed and carriage return, and U+FFFE and U+FFFF.
func controls() string {
	var b strings.Builder
	for r := rune(0); r < 0x20; r++ {
		if r != '\t' && r != '\n' && r != '\r' {
			b.WriteRune(r)
		}
	}
	b.WriteString("\uFFFE\uFFFF")
	return b.String()
}

func invalid() []*Case {
	nested := func(depth int) string {
		return strings.Repeat("> ", depth) + "deep text\n"
	}
	var headings strings.Builder
	for i := range 10_000 {
		fmt.Fprintf(&headings, "# Chapter %d\n\nText %d.\n\n", i+1, i+1)
	}
	var lists strings.Builder
	for i := range 200 {
		lists.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	lists.WriteString(strings.Repeat("  ", 200) + "- deep text\n")
	date := func(name, epoch string, exit int, want ...string) *Case {
		c := &Case{
			Category: "editions", Name: name,
			Setup: manuscript("Text.\n"),
			Args:  both,
			Env:   []string{"SOURCE_DATE_EPOCH=" + epoch},
			Want:  Want{Exit: exit, Stderr: want},
		}
		if exit == 0 {
			c.Want.Valid = editions
		}
		return c
	}
	return []*Case{
		{
			Category: "editions", Name: "control-characters-in-body",
			Setup: manuscript("Before" + controls() + "after, and code `a" + controls() + "b`.\n"),
			Args:  both,
			// NUL becomes U+FFFD, as CommonMark says; the rest are removed.
			Want: Want{Stderr: []string{"manuscript.md:8:", "XML"}, Valid: editions, Text: []string{"Before\uFFFDafter"}},
		},
		{
			Category: "editions", Name: "control-characters-as-references",
			Setup: manuscript("Before&#1;&#x1F;&#xFFFE;&#xFFFF;&#0;after.\n"),
			Args:  both,
			Want:  Want{Stderr: []string{"manuscript.md:8:", "XML"}, Valid: editions, Text: []string{"Before"}},
		},
		{
			Category: "editions", Name: "control-characters-in-front-matter",
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: \"Bad\\x01 title\\uFFFE\"\nsubtitle: \"Sub\\x1Ftitle\"\nauthor: [\"A\\x02uthor\"]\n"+
					"publisher: \"P\\x03\"\nrights: \"R\\x04\"\ndescription: \"D\\x05\"\nsubject: [\"S\\x06\"]\n"+
					"source: {name: \"N\\x07\", title: \"T\\x08\", url: \"https://example.com/\\x0B\", translation: \"X\\x0C\"}\n"+
					"creator: [{role: pht, text: \"C\\x0E\"}]\n---\n\nText.\n")
			},
			Args: []string{"build", "--out-dir", "{dir}/out", "{dir}"},
			Want: Want{Stderr: []string{"manuscript.md:2:", "XML"}, Valid: []string{"out/bad-title.epub", "out/bad-title.pdf"}, Text: []string{"Bad title"}},
		},
		{
			Category: "editions", Name: "raw-control-characters-in-front-matter",
			Setup: func(dir string) error {
				return files(dir, "manuscript.md", "---\ntitle: Bad\x01 title\n---\n\nText.\n")
			},
			Args: []string{"build", "--out-dir", "{dir}/out", "{dir}"},
			Want: Want{Stderr: []string{"manuscript.md:2:", "XML"}, Valid: []string{"out/bad-title.epub", "out/bad-title.pdf"}},
		},
		{
			Category: "editions", Name: "invalid-utf8-in-body",
			Setup: manuscript("Before \xff\xfe after.\n"),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"Before"}},
		},
		date("source-date-epoch-year-3170843", "99999999999999", 2, "SOURCE_DATE_EPOCH"),
		date("source-date-epoch-year-10000", "253402300800", 2, "SOURCE_DATE_EPOCH"),
		date("source-date-epoch-negative", "-1", 2, "SOURCE_DATE_EPOCH"),
		date("source-date-epoch-last-second-of-9999", "253402300799", 0),
		{
			Category: "editions", Name: "quotes-nested-10000",
			Setup: manuscript(nested(10_000)),
			Args:  both,
			Want:  Want{Stderr: []string{"manuscript.md:8:", "nested"}, Valid: editions, Text: []string{"deep text"}},
		},
		{
			Category: "editions", Name: "quotes-nested-40-pdf",
			Setup: manuscript(nested(40)),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"deep text"}},
		},
		{
			Category: "editions", Name: "lists-nested-200",
			Setup: manuscript(lists.String()),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"deep text"}},
		},
		{
			Category: "editions", Name: "emphasis-nested-5000",
			Setup: manuscript(strings.Repeat("*a **b ", 2500) + "deep text" + strings.Repeat("** b*", 2500) + "\n"),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"deep text"}},
		},
		{
			Category: "editions", Name: "headings-10000",
			Setup: manuscript(headings.String()),
			Args:  both,
			Want:  Want{Valid: editions, Text: []string{"Chapter 10000", "Text 10000."}},
		},
	}
}
