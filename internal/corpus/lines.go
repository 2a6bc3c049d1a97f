package corpus

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

// Label is what the truth makes of one line of article.txt.
type Label int8

const (
	Unlabelled Label = iota
	TitleLine
	BodyLine      // a paragraph, the standfirst, a heading, a caption or a credit
	FurnitureLine // page furniture, and header lines whose content is metadata
)

// Line is one non-blank line of article.txt, with its white space
// collapsed as the importer collapses it, and its label.
type Line struct {
	Text  string
	Label Label
}

// LabelLines labels each non-blank line of the article's text from its
// truth, in order, as a reader of the truth would: the title, then each
// paragraph, heading and figure after the one before it, then furniture
// wherever it is. Problems are the truth's lines that the text lacks, a
// credit far from its caption, a "file" figure without its prefix, and
// the lines the truth leaves unlabelled.
func LabelLines(a Article) (lines []Line, problems []string, err error) {
	data, err := os.ReadFile(a.Text)
	if err != nil {
		return nil, nil, err
	}
	if !utf8.Valid(data) {
		return nil, nil, fmt.Errorf("%s is not UTF-8", a.Text)
	}
	var norm []string  // each line as Normalize makes it, for matching
	var cells []string // a table's row, its cells apart by tabs, as the truth writes it: "A | B | C"
	for _, l := range strings.Split(string(data), "\n") {
		if n := Normalize(l); n != "" {
			lines = append(lines, Line{Text: strings.Join(strings.Fields(l), " ")})
			norm = append(norm, n)
			row := ""
			if t := strings.Trim(l, "\t "); strings.Count(t, "\t") >= 2 {
				row = Normalize(strings.Join(strings.Split(t, "\t"), " | "))
			}
			cells = append(cells, row)
		}
	}
	same := func(i int, s string) bool { return norm[i] == s || cells[i] != "" && cells[i] == s }
	e := a.Expected
	find := func(what, s string, from int, whole bool, label Label) int {
		s = Normalize(s)
		for i := from; i < len(norm); i++ {
			if same(i, s) || (!whole && strings.Contains(norm[i], s)) {
				lines[i].Label = label
				return i
			}
		}
		problems = append(problems, fmt.Sprintf("%s %q is not a line of article.txt (after line %d)", what, s, from))
		return from
	}
	find("title", e.Title, 0, true, TitleLine)
	at := 0
	for _, p := range e.Paragraphs {
		at = find("paragraph", p, at, true, BodyLine) + 1
	}
	at = 0
	for _, h := range e.Headings {
		at = find("heading", h, at, true, BodyLine) + 1
	}
	at = 0
	for _, f := range e.Figures {
		i := find("caption", f.Caption, at, false, BodyLine)
		if f.File && !strings.HasPrefix(norm[i], "FILE - ") && !strings.HasPrefix(norm[i], "FILE PHOTO: ") {
			problems = append(problems, fmt.Sprintf("caption %q: no FILE prefix", f.Caption))
		}
		if f.Credit != "" {
			if j := find("credit", f.Credit, max(i-1, 0), false, BodyLine); j > i+1 {
				problems = append(problems, fmt.Sprintf("credit %q is far from its caption", f.Credit))
			}
		}
		at = i + 1
	}
	if e.Description != "" {
		find("standfirst", e.Description, 0, true, BodyLine)
	}
	for _, g := range e.Furniture {
		for _, l := range g {
			l = Normalize(l)
			found := false
			for i := range norm {
				if same(i, l) {
					found = true
					if lines[i].Label == Unlabelled {
						lines[i].Label = FurnitureLine
					}
				}
			}
			if !found {
				problems = append(problems, fmt.Sprintf("furniture %q is not a line of article.txt", l))
			}
		}
	}
	for i, l := range lines {
		if l.Label == Unlabelled {
			problems = append(problems, fmt.Sprintf("line %q is in no category of the truth", norm[i]))
		}
	}
	return lines, problems, nil
}
