package markdown

import (
	"bytes"
	"errors"
	"regexp"
	"testing"

	"publish/internal/diag"
	"publish/internal/document"
)

// TestYAMLSyntaxLines pins the line and column of each kind of YAML
// syntax error to the place in the manuscript where the mistake is: the
// YAML starts on line 2, after the opening "---".
func TestYAMLSyntaxLines(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"unclosed flow sequence", "title: A\ndate: [2022\n", "m.md:3:7: front matter: sequence end token ']' not found"},
		{"unclosed flow mapping", "title: A\nsource: {name: x\n", "m.md:3:9: front matter: could not find flow mapping end token '}'"},
		{"list item among keys", "title: A\n- x\n", `m.md:3:1: front matter: a value where a "key: value" line was expected`},
		{"mapping value in wrong context", "title: A\nfoo: bar: baz\n", "m.md:3:6: front matter: mapping value is not allowed in this context"},
		{"unterminated double quote", "title: A\nsubtitle: \"open\n", "m.md:3:11: front matter: could not find end character of double-quoted text"},
		{"unterminated single quote", "title: A\nlang: en\nsubtitle: 'open\n", "m.md:4:11: front matter: could not find end character of single-quoted text"},
		{"tab indentation", "title: A\nlang: en\n\tdate: x\n", "m.md:4:1: front matter: a tab character cannot indent YAML; use spaces"},
		{"bad indentation", "title: A\nsource:\n  name: x\n url: y\n", "m.md:5:2: front matter: value is not allowed in this context"},
		{"after a lone CR", "title: A\rdate: [2022\n", "m.md:3:7: front matter: sequence end token ']' not found"},
		{"after quoted text across CRLF lines", "title: 'a\r\n\r\n b'\r\n- x\r\n", `m.md:5:1: front matter: a value where a "key: value" line was expected`},
		{"after comments ending in CRLF", "# c\r\n# c\r\ntitle: a\r\n- x\r\n", `m.md:5:1: front matter: a value where a "key: value" line was expected`},
		{"column counts characters", "title: «Ñ»: x\n", "m.md:2:8: front matter: mapping value is not allowed in this context"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Parse([]byte("---\n"+c.yaml+"---\nText.\n"), "m.md")
			if err == nil || err.Error() != c.want {
				t.Errorf("%q: got %v, want %s", c.yaml, err, c.want)
			}
		})
	}
}

var (
	positioned = regexp.MustCompile(`^m\.md:\d+(:\d+)?: `)
	lineEnd    = regexp.MustCompile(`\r\n|\r|\n`)
)

// FuzzParse reads arbitrary manuscripts: Parse never panics, an error is
// always a positioned diagnostic inside the input's lines, and so is
// every warning.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\n---\nText.\n",
		"---\ntitle: A\ndate: [2022\n---\n",
		"---\ntitle: [A]\nauther: x\n---\n# H\n\n![c](i.jpg){alt=\"a\" credit=\"c\" x=1}\n",
		"---\r\ntitle: \"A\"\r\nsource:\r\n  name: N\r\n  lang: es\r\n---\r\n> q\r\n\r\n- a\r\n- b\r\n",
		"---\ntitle: A\ncreator:\n  - role: trl\n    text: T\n---\n```\ncode\n```\n<div>x</div>\n",
		"no front matter",
	} {
		f.Add([]byte(s))
	}
	// Failures found by fuzzing stay in testdata/fuzz/FuzzParse, which go
	// test runs as regression cases.
	f.Fuzz(func(t *testing.T, src []byte) {
		// Lines end in LF, CRLF or a lone CR, as in CommonMark and YAML.
		lines := len(lineEnd.FindAllIndex(src, -1)) + 1
		doc, warns, err := Parse(src, "m.md")
		check := func(what string, d *diag.Diagnostic) {
			if !positioned.MatchString(d.Error()) || d.Pos.Line < 1 || d.Pos.Line > lines {
				t.Fatalf("%s not positioned inside the input (%d lines): %q", what, lines, d.Error())
			}
		}
		for _, w := range warns {
			check("warning", w)
		}
		if err != nil {
			var d *diag.Diagnostic
			if !errors.As(err, &d) {
				t.Fatalf("error is not a diagnostic: %v", err)
			}
			check("error", d)
			return
		}
		if doc == nil || doc.Meta.Title == "" {
			t.Fatal("no error, but no document or no title")
		}
	})
}

// FuzzRoundTrip: whatever a manuscript is, writing its model and reading
// that back gives the same model.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{
		everyBlock,
		pandocManuscript,
		"---\ntitle: A\n---\n| a | b |\n|---|--:|\n| 1 | 2 |\n\nTable: cap\n",
		"---\ntitle: A\n---\n::: {.x}\ntext ^[note] [s]{.smallcaps} H~2~O 2^10^ ~~x~~ $x^2$\n:::\n",
		"---\ntitle: A\n---\n| line\n|   indented\n\nTerm\n:   def\n\n- [ ] a\n- [x] b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, _, err := Parse(src, "m.md")
		if err != nil {
			return
		}
		var md bytes.Buffer
		if err := Write(&md, doc); err != nil {
			t.Fatal(err)
		}
		back, _, err := Parse(md.Bytes(), "w.md")
		if err != nil {
			t.Fatalf("written manuscript does not parse: %v\n%s", err, md.String())
		}
		var a, b bytes.Buffer
		document.Dump(&a, doc)
		document.Dump(&b, back)
		if a.String() != b.String() {
			t.Fatalf("round trip changed the model\n--- source:\n%s\n--- before:\n%s--- after:\n%s--- written:\n%s", src, a.String(), b.String(), md.String())
		}
	})
}
