package markdown

import (
	"strings"
	"testing"
)

func TestFrontMatterNesting(t *testing.T) {
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	var block strings.Builder
	block.WriteString("source:\n")
	for i := 1; i < 40; i++ {
		block.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	cases := []struct {
		src  string
		line int // 0: within the limit
	}{
		{"title: T\nsubject: " + deep(100000) + "\n", 2},
		{"title: T\nsubject: " + deep(31) + "\n", 0},
		{"title: T\nsubject: " + deep(32) + "\n", 2},
		{"title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n", 0},     // quoted text
		{"title: a[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", 0}, // plain text
		{"title: T # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", 0}, // a comment
		{"a: {b: [\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n]}\n", 2},
		{"- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x\n", 1},
		{block.String(), 33},
		{"title: T\nsource:\n  name: N\n  url: https://example.com/[x]\n", 0},
	}
	for _, c := range cases {
		line, deep := nesting([]byte(c.src), 32)
		if deep != (c.line > 0) || line != c.line {
			t.Errorf("%.40q: line %d, deep %v; want line %d", c.src, line, deep, c.line)
		}
	}
}

func TestValidDateCalendar(t *testing.T) {
	for s, want := range map[string]bool{
		"2022": true, "2022-02": true, "2022-02-28": true, "2024-02-29": true, "2022-10-04T10:00:00Z": true,
		"2022-02-30": false, "2023-02-29": false, "2022-04-31": false, "2022-13": false, "2022-10-04T24:00:00Z": false,
		"1900-02-29": false, "2000-02-29": true,
	} {
		if got := ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFrontMatterCleaned(t *testing.T) {
	src := "---\ntitle: \"A\\x01B\"\nsubtitle: C\x02D\nsource:\n  url: \"javascript:alert(1)\"\n---\n\nText.\n"
	doc, warns, err := Parse([]byte(src), "m.md")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "AB" || doc.Meta.Subtitle != "CD" || doc.Meta.Source.URL != "" {
		t.Errorf("meta %+v, source %+v", doc.Meta, doc.Meta.Source)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Error())
	}
	want := []string{
		"m.md:3: removed 1 character that XML 1.0 forbids from the front matter (the first is U+0002): no edition can carry them",
		"m.md:2:8: removed 1 character that XML 1.0 forbids from title (the first is U+0001): no edition can carry them",
		`m.md:5:8: source.url "javascript:alert(1)" removed: the scheme javascript: is not one of http, https and mailto`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !warns[2].Strict {
		t.Error("a removed link is an error under --strict")
	}
}
