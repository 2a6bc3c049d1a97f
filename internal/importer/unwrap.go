package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"publish/internal/document"
)

// A page saved by a browser as text ("Save Page As… Text Files"), dumped
// by a text-mode browser or sent by e-mail is hard-wrapped: each paragraph
// is broken into lines of at most 72 or 80 columns. Every rule reads a
// line as a paragraph, a heading or a caption, so unwrap joins the broken
// lines back before any rule runs, and wrapped.restore puts the report and
// the model back on the input's own lines.

// RuleWrapped decides a line that continues the one above it in a
// hard-wrapped copy: it takes that line's kind.
const RuleWrapped = "wrapped"

// wrapWidth returns the column at which the copy is hard-wrapped, or 0
// when it is not: no line longer than 100 columns but a few (a long link),
// and three lines in ten or more broken where the next word would not
// fit. A copy pasted from a page has paragraphs of hundreds of columns.
func wrapWidth(lines []string) int {
	// The 98th percentile of the lengths, from a count of each length up
	// to 100 columns (101 stands for any longer): linear, where sorting
	// the lengths was not.
	var counts [102]int
	n := 0
	for _, l := range lines {
		if l != "" {
			counts[min(utf8.RuneCountInString(l), 101)]++
			n++
		}
	}
	if n < 10 {
		return 0
	}
	w, below := -1, 0
	for length, c := range counts {
		if below += c; below > n*98/100 {
			w = length
			break
		}
	}
	// The percentile may fall a column or two short of the wrapper's
	// width; the longest lines of the same cluster give it.
	for w > 0 && w < 100 && (counts[w+1] > 0 || counts[w+2] > 0) {
		w++
	}
	if w < 40 || w > 100 {
		return 0
	}
	// Three in ten of the lines a paragraph could hold were broken by
	// the wrapper; a page's menu of short labels ("Home", "Formula 1")
	// counts for nothing.
	broken, long := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if utf8.RuneCountInString(lines[i]) >= 20 {
			long++
		}
		if lines[i] != "" && lines[i+1] != "" && brokenAt(lines[i], lines[i+1], w) {
			broken++
		}
	}
	if broken*10 < long*3 {
		return 0
	}
	return w
}

// brokenAt reports whether a wrapper that fills lines to w columns broke
// the line before next: next's first word would not have fitted.
func brokenAt(line, next string, w int) bool {
	return overflows(line, next, w) && !listStart(next)
}

// overflows reports whether next's first word would not have fitted on
// line in w columns.
func overflows(line, next string, w int) bool {
	first, _, _ := strings.Cut(next, " ")
	return utf8.RuneCountInString(line)+1+utf8.RuneCountInString(first) > w
}

// listStart reports a line that opens a list item, which a wrapper never
// makes: "- ", "* ", "• ", "1. ".
func listStart(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ") {
		return true
	}
	d := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	return d > 0 && d <= 3 && strings.HasPrefix(s[d:], ". ")
}

// brokenAt misses a wrapper's break before a day of the month ("… ab
// dem" over "12. April."), which opens a line as a list item's number
// does. brokenAtDate reports one: the next word would not have fitted,
// and the number is neither 1 nor one more than an item's in the ten
// lines above.
func brokenAtDate(lines []string, i, w int) bool {
	n, ok := itemNumber(lines[i+1])
	if !ok || n == 1 || !overflows(lines[i], lines[i+1], w) {
		return false
	}
	for k := i; k >= 0 && k > i-10; k-- {
		if m, ok := itemNumber(lines[k]); ok && m == n-1 {
			return false
		}
	}
	return true
}

// itemNumber returns the number that opens a numbered list item: "12. ".
func itemNumber(s string) (int, bool) {
	d := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if d <= 0 || d > 3 || !strings.HasPrefix(s[d:], ". ") && s[d:] != "." {
		return 0, false
	}
	n, err := strconv.Atoi(s[:d])
	return n, err == nil
}

// wrapped maps the joined lines of a hard-wrapped copy to the input's. A
// copy with runs of blank lines (two or three between paragraphs, as some
// browsers paste a page) is joined the same way, each run to one blank
// line, so that every rule sees one blank line between blocks.
type wrapped struct {
	width int      // the column the copy is wrapped at, 0 when only blank runs were joined
	input []string // the input's lines
	first []int    // the input line each joined line starts at, 0-based
}

// unwrap joins each line of a hard-wrapped copy to the lines that continue
// it, and each run of blank lines to one. ok is false, and lines come
// back as they are, when the copy is neither hard-wrapped nor has runs.
func unwrap(lines []string) (joined []string, wr *wrapped, ok bool) {
	w := wrapWidth(lines)
	if w == 0 && !blankRuns(lines) {
		return lines, nil, false
	}
	wr = &wrapped{width: w, input: lines}
	for i := 0; i < len(lines); i++ {
		wr.first = append(wr.first, i)
		if lines[i] == "" {
			for i+1 < len(lines) && lines[i+1] == "" {
				i++
			}
			joined = append(joined, "")
			continue
		}
		var b strings.Builder
		b.WriteString(lines[i])
		for w > 0 && i+1 < len(lines) && lines[i+1] != "" && (brokenAt(lines[i], lines[i+1], w) || brokenAtDate(lines, i, w)) {
			i++
			b.WriteByte(' ')
			b.WriteString(lines[i])
		}
		joined = append(joined, b.String())
	}
	return joined, wr, true
}

// blankRuns reports whether two blank lines follow each other.
func blankRuns(lines []string) bool {
	for i := 1; i < len(lines); i++ {
		if lines[i] == "" && lines[i-1] == "" {
			return true
		}
	}
	return false
}

// rows moves the table rows read from the input's lines onto the joined
// lines, when only blank runs were joined; a hard-wrapped copy has none
// it can keep, its lines having moved into each other.
func (wr *wrapped) rows(rows map[int][]string) map[int][]string {
	if wr.width > 0 || rows == nil {
		return nil
	}
	out := map[int][]string{}
	for k, start := range wr.first {
		if r, ok := rows[start]; ok {
			out[k] = r
		}
	}
	return out
}

// line returns the 1-based input line of joined line n (1-based); last
// picks the last input line it spans rather than the first.
func (wr *wrapped) line(n int, last bool) int {
	if n < 1 || n > len(wr.first) {
		return n
	}
	if last && n < len(wr.first) {
		return wr.first[n]
	}
	if last {
		return len(wr.input)
	}
	return wr.first[n-1] + 1
}

// lineRefRE is a reference to a line in a rule's reason: "(line 7)",
// "lines 12-15".
var lineRefRE = regexp.MustCompile(`\b(lines?) (\d+)(?:-(\d+))?`)

// restore puts the report, its warnings and the model's positions back on
// the input's lines: one entry per input line again, each continuation
// line decided as the line it continues.
func (wr *wrapped) restore(doc *document.Document, rep *Report) {
	fix := func(why string) string {
		return lineRefRE.ReplaceAllStringFunc(why, func(m string) string {
			p := lineRefRE.FindStringSubmatch(m)
			a, _ := strconv.Atoi(p[2])
			s := p[1] + " " + strconv.Itoa(wr.line(a, false))
			if p[3] != "" {
				b, _ := strconv.Atoi(p[3])
				s += "-" + strconv.Itoa(wr.line(b, true))
			}
			return s
		})
	}
	entries := make([]Entry, 0, len(wr.input))
	for k, e := range rep.Entries {
		start := wr.first[k]
		end := len(wr.input)
		if k+1 < len(wr.first) {
			end = wr.first[k+1]
		}
		e.Line, e.Why = start+1, fix(e.Why)
		entries = append(entries, e)
		for j := start + 1; j < end; j++ {
			if e.Kind == KindBlank {
				entries = append(entries, Entry{Line: j + 1, Text: wr.input[j], Kind: KindBlank, Rule: RuleBlank})
				continue
			}
			entries = append(entries, Entry{Line: j + 1, Text: wr.input[j], Kind: e.Kind, Rule: RuleWrapped,
				Why: fmt.Sprintf("continues line %d: the copy is hard-wrapped at %d columns", start+1, wr.width)})
		}
	}
	rep.Entries = entries
	for _, d := range rep.Warnings {
		if d.Pos.Line > 0 {
			d.Pos.Line = wr.line(d.Pos.Line, false)
		}
	}
	document.Walk(doc.Blocks, func(b document.Block) {
		if p, ok := b.(interface{ SetLine(int) }); ok && b.Position().Line > 0 {
			p.SetLine(wr.line(b.Position().Line, false))
		}
	})
}
