package typeset

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

const eps = 1e-6

// mono is a fixed-width Measurer: every rune, the space included, is 1 wide
// (italic runes too), and counts its calls.
type mono struct{ calls map[string]int }

func (m *mono) Width(s string, st Style) float64 {
	if m.calls != nil {
		m.calls[fmt.Sprint(st, "|", s)]++
	}
	return float64(utf8.RuneCountInString(s))
}

// texts returns each line as its fragments joined with one space where
// there is a gap between them.
func texts(lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, lineText(l))
	}
	return out
}

func lineText(l Line) string {
	var b strings.Builder
	for i, f := range l.Fragments {
		if i > 0 {
			prev := l.Fragments[i-1]
			if f.X > prev.X+prev.W+eps {
				b.WriteByte(' ')
			}
		}
		b.WriteString(f.Text)
	}
	return b.String()
}

func lineEnd(l Line) float64 {
	if len(l.Fragments) == 0 {
		return 0
	}
	f := l.Fragments[len(l.Fragments)-1]
	return f.X + f.W
}

// greedy is first-fit line breaking on words of the mono measurer.
func greedy(words []string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range words {
		if cur != "" && utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func TestKnuthPlassBalancesWhereGreedyFails(t *testing.T) {
	// Width 12, spaces 1 wide with stretch 1/2 and shrink 1/3.
	// First fit fills "aaa bbb c d" (11 wide, ratio 2/3) and leaves
	// "e ffff gg" (9 wide, 3 short on 2 spaces: ratio 3, badness 2700).
	// Knuth–Plass shrinks the first line instead: "aaa bbb c d e" is 13 wide
	// with 4 spaces shrinking 4/3 (ratio -0.75), so "ffff gg hhhh" is exactly
	// 12 wide (ratio 0).
	text := "aaa bbb c d e ffff gg hhhh i"
	g := greedy(strings.Fields(text), 12)
	if want := []string{"aaa bbb c d", "e ffff gg", "hhhh i"}; fmt.Sprint(g) != fmt.Sprint(want) {
		t.Fatalf("greedy = %q, want %q", g, want)
	}
	lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: 12, Justify: true})
	want := []string{"aaa bbb c d e", "ffff gg hhhh", "i"}
	if got := texts(lines); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Set = %q, want %q", got, want)
	}
	for i, r := range []float64{-0.75, 0, 0} {
		if math.Abs(lines[i].Ratio-r) > eps {
			t.Errorf("line %d ratio %v, want %v", i, lines[i].Ratio, r)
		}
	}
	// The shrunk spaces: 1 - 0.75/3 = 0.75 each.
	for i, x := range []float64{0, 3.75, 7.5, 9.25, 11} {
		if f := lines[0].Fragments[i]; math.Abs(f.X-x) > eps {
			t.Errorf("fragment %q at %v, want %v", f.Text, f.X, x)
		}
	}
}

func TestLastLineNotJustified(t *testing.T) {
	lines := Set([]Run{{Text: "one two three four five six seven eight nine ten"}}, &mono{}, Options{Width: 20, Justify: true})
	if len(lines) < 2 {
		t.Fatalf("got %d lines", len(lines))
	}
	last := lines[len(lines)-1]
	if last.Ratio != 0 {
		t.Errorf("last line ratio %v", last.Ratio)
	}
	for i := 1; i < len(last.Fragments); i++ {
		prev, f := last.Fragments[i-1], last.Fragments[i]
		if math.Abs(f.X-(prev.X+prev.W+1)) > eps {
			t.Errorf("last line: %q at %v after %q ending at %v: space is not natural", f.Text, f.X, prev.Text, prev.X+prev.W)
		}
	}
	if lineEnd(last) > 20-1 {
		t.Errorf("last line %q ends at %v: it should be short here", lineText(last), lineEnd(last))
	}
	for _, l := range lines[:len(lines)-1] {
		if math.Abs(lineEnd(l)-20) > eps {
			t.Errorf("justified line %q ends at %v", lineText(l), lineEnd(l))
		}
	}
}

// TestOverlongWord: a word wider than the measure is broken between
// characters, with no hyphen, in the last pass only: no line runs past the
// right edge.
func TestOverlongWord(t *testing.T) {
	text := "aa bb supercalifragilistic cc dd"
	for _, h := range []*Hyphenator{nil, mustHyphenator(t, "en")} {
		lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: 10, Justify: true, Hyphenator: h})
		if h == nil {
			if got, want := texts(lines), []string{"aa bb", "supercalif", "ragilistic", "cc dd"}; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Set = %q, want %q", got, want)
			}
		}
		checkLines(t, text, lines, 10, true)
		within(t, lines, 10)
	}
	// A single word wider than the measure.
	lines := Set([]Run{{Text: "incomprehensibilities"}}, &mono{}, Options{Width: 5, Justify: true})
	if got := texts(lines); strings.Join(got, "") != "incomprehensibilities" || len(got) != 5 {
		t.Errorf("Set = %q", got)
	}
	within(t, lines, 5)
	// A word that fits is never broken between characters, even when a
	// looser paragraph would follow.
	lines = Set([]Run{{Text: "aa bb ccccccccc dd"}}, &mono{}, Options{Width: 9, Justify: true})
	if got := texts(lines); fmt.Sprint(got) != "[aa bb ccccccccc dd]" {
		t.Errorf("Set = %q", got)
	}
	// Invalid UTF-8 in a word too wide: each bad byte is one character
	// (FuzzWrite found a panic here: a byte was taken for U+FFFD's three).
	bad := "ab\xcc\xe8cdefghijkl\xff"
	lines = Set([]Run{{Text: bad}}, &mono{}, Options{Width: 5, Justify: true})
	if got := texts(lines); strings.Join(got, "") != bad {
		t.Errorf("invalid UTF-8: Set = %q", got)
	}
	// A zero measure: nothing fits, and nothing is broken for it.
	lines = Set([]Run{{Text: "a bb ccc"}}, &mono{}, Options{Width: 0, Justify: true})
	if got := texts(lines); fmt.Sprint(got) != "[a bb ccc]" {
		t.Errorf("width 0: Set = %q", got)
	}
}

// TestLongRunLinear sets runs of 10,000 and 100,000 letters with no space,
// and one of 100,000 explicit hyphens: each is broken into lines of the
// measure, with the letters in order.
func TestLongRunLinear(t *testing.T) {
	for _, text := range []string{strings.Repeat("abcdefghij", 1000), strings.Repeat("abcdefghij", 10000), strings.Repeat("ab-", 100000)} {
		lines := Set([]Run{{Text: "Before " + text + " after."}}, &mono{}, Options{Width: 60, Justify: true, Hyphenator: mustHyphenator(t, "en")})
		within(t, lines, 60)
		checkLines(t, "Before "+text+" after.", lines, 60, true)
		if n := len(text) / 60; len(lines) < n || len(lines) > n*9/8+3 {
			t.Errorf("%d letters set in %d lines of 60", len(text), len(lines))
		}
	}
}

// within fails when a line ends past the measure.
func within(t *testing.T, lines []Line, width float64) {
	t.Helper()
	for i, l := range lines {
		if end := lineEnd(l); end > width+eps {
			t.Errorf("line %d %q ends at %v, past %v", i, lineText(l), end, width)
		}
	}
}

func mustHyphenator(t testing.TB, lang string) *Hyphenator {
	t.Helper()
	h, err := NewHyphenator(lang)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestHyphenatedLine(t *testing.T) {
	h := mustHyphenator(t, "en")
	text := "The hyphenation of words"
	lines := Set([]Run{{Text: text, Style: 3}}, &mono{}, Options{Width: 11, Justify: true, Hyphenator: h})
	want := []string{"The hyphen-", "ation of", "words"}
	if got := texts(lines); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Set = %q, want %q", got, want)
	}
	l := lines[0]
	if !l.Hyphenated || lines[1].Hyphenated {
		t.Errorf("Hyphenated = %v, %v", l.Hyphenated, lines[1].Hyphenated)
	}
	hy := l.Fragments[len(l.Fragments)-1]
	if hy.Text != "-" || hy.Style != 3 || math.Abs(hy.X+hy.W-11) > eps {
		t.Errorf("hyphen fragment %+v, want a style-3 \"-\" ending at 11", hy)
	}
	checkLines(t, text, lines, 11, true)
}

func TestExplicitHyphenAndDash(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"aaaa well-being", []string{"aaaa well-", "being"}},
		{"aaaa yes—no bb", []string{"aaaa yes—", "no bb"}},
		{"aaaa 1990–2005", []string{"aaaa 1990–", "2005"}},
		{"aaaaaa -15 bb", []string{"aaaaaa", "-15 bb"}},                            // no break after a leading minus
		{"aaaa https://a-b.example", []string{"aaaa https", "://a-b.exa", "mple"}}, // wider than the measure
	} {
		lines := Set([]Run{{Text: c.text}}, &mono{}, Options{Width: 10, Justify: true})
		if got := texts(lines); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Set(%q) = %q, want %q", c.text, got, c.want)
		}
		for _, l := range lines {
			if l.Hyphenated {
				t.Errorf("Set(%q): line %q marked hyphenated", c.text, lineText(l))
			}
		}
		checkLines(t, c.text, lines, 10, true)
	}
}

// TestNoBreakSpace: words joined by a no-break space stay together on a
// line wide enough for them; on a narrower one they are broken between
// characters as a last resort, but never at the no-break space.
func TestNoBreakSpace(t *testing.T) {
	text := "aa bb US$7\u00a0million cc dd"
	for w := 4.0; w <= 30; w++ {
		lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: w, Justify: true, Hyphenator: mustHyphenator(t, "en")})
		found := false
		for _, l := range lines {
			s := lineText(l)
			if strings.HasPrefix(s, "\u00a0") || strings.HasSuffix(s, "\u00a0") {
				t.Errorf("width %v: broken at the no-break space: %q", w, texts(lines))
			}
			for _, f := range l.Fragments {
				if f.Text == "US$7\u00a0million" {
					found = true
				}
			}
		}
		if !found && w >= 12 {
			t.Errorf("width %v: %q split: %q", w, "US$7\u00a0million", texts(lines))
		}
		checkLines(t, text, lines, w, true)
	}
}

func TestStyledRuns(t *testing.T) {
	const italic Style = 1
	runs := []Run{{Text: "The foo"}, {Text: "bar", Style: italic}, {Text: ", and “baz”"}}
	lines := Set(runs, &mono{}, Options{Width: 40, Justify: true})
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	fr := lines[0].Fragments
	want := []Fragment{{"The", 0, 0, 3}, {"foo", 0, 4, 3}, {"bar", italic, 7, 3}, {",", 0, 10, 1}, {"and", 0, 12, 3}, {"“baz”", 0, 16, 5}}
	if fmt.Sprint(fr) != fmt.Sprint(want) {
		t.Errorf("fragments %v, want %v", fr, want)
	}
	// A hyphen inside a styled word takes the style of the text before it.
	runs = []Run{{Text: "xx hyphen"}, {Text: "ation", Style: italic}}
	lines = Set(runs, &mono{}, Options{Width: 10, Justify: true, Hyphenator: mustHyphenator(t, "en")})
	if got := texts(lines); fmt.Sprint(got) != "[xx hyphen- ation]" {
		t.Fatalf("Set = %q", got)
	}
	if hy := lines[0].Fragments[2]; hy.Style != 0 || lines[1].Fragments[0].Style != italic {
		t.Errorf("styles: %v / %v", lines[0].Fragments, lines[1].Fragments)
	}
}

func TestRaggedRight(t *testing.T) {
	text := "Among those killed in this new episode of violence in Ecuadorian prisons is Luis Antonio Norero Tigua, better known as Leandro Norero."
	lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: 30, Hyphenator: mustHyphenator(t, "en")})
	for _, l := range lines {
		for i := 1; i < len(l.Fragments); i++ {
			prev, f := l.Fragments[i-1], l.Fragments[i]
			if gap := f.X - (prev.X + prev.W); gap > eps && math.Abs(gap-1) > eps {
				t.Errorf("ragged line %q: space %v", lineText(l), gap)
			}
		}
	}
	checkLines(t, text, lines, 30, false)
}

func TestIndentAndEmpty(t *testing.T) {
	lines := Set([]Run{{Text: "aa bb cc dd ee ff"}}, &mono{}, Options{Width: 10, Justify: true, Indent: 2})
	if f := lines[0].Fragments[0]; f.X != 2 {
		t.Errorf("first fragment at %v, want the indent 2", f.X)
	}
	if f := lines[1].Fragments[0]; f.X != 0 {
		t.Errorf("second line starts at %v", f.X)
	}
	checkLines(t, "aa bb cc dd ee ff", lines, 10, true)
	for _, runs := range [][]Run{nil, {{Text: ""}}, {{Text: "  \n "}}} {
		if lines := Set(runs, &mono{}, Options{Width: 10}); lines != nil {
			t.Errorf("Set(%v) = %v", runs, lines)
		}
	}
}

func TestSpacesCollapse(t *testing.T) {
	lines := Set([]Run{{Text: "  a \t b\n\nc  "}, {Text: " d"}}, &mono{}, Options{Width: 20, Justify: true})
	if got := texts(lines); fmt.Sprint(got) != "[a b c d]" {
		t.Errorf("Set = %q", got)
	}
}

func TestSoftHyphen(t *testing.T) {
	text := "xx abc\u00addefgh"
	lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: 7, Justify: true})
	if got := texts(lines); fmt.Sprint(got) != "[xx abc- defgh]" {
		t.Errorf("Set = %q", got)
	}
	lines = Set([]Run{{Text: text}}, &mono{}, Options{Width: 20, Justify: true})
	if got := texts(lines); fmt.Sprint(got) != "[xx abcdefgh]" {
		t.Errorf("Set = %q", got)
	}
}

func TestWidthsMeasuredOnce(t *testing.T) {
	m := &mono{calls: map[string]int{}}
	text := strings.Repeat("the hyphenation of the words of the paragraph, ", 20)
	Set([]Run{{Text: text}}, m, Options{Width: 31, Justify: true, Hyphenator: mustHyphenator(t, "en")})
	for k, n := range m.calls {
		if n != 1 {
			t.Errorf("%q measured %d times", k, n)
		}
	}
	// A shared cache measures nothing twice across paragraphs.
	m.calls = map[string]int{}
	wc := NewWidthCache(m)
	for range 3 {
		Set([]Run{{Text: text}}, wc, Options{Width: 31, Justify: true, Hyphenator: mustHyphenator(t, "en")})
	}
	for k, n := range m.calls {
		if n != 1 {
			t.Errorf("shared cache: %q measured %d times", k, n)
		}
	}
}

// TestInvariants sets random paragraphs at random widths and checks that
// lines fit, justified lines end at the measure and no text is lost.
func TestInvariants(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := strings.Fields("the a of prison violence “El Patron” Ecuadorian hyphenation well-being " +
		"yes—no US$7\u00a0million Norero’s criminal, organizations. investigators (SNAI) " +
		"incomprehensibilities https://www.bbc.com/mundo precipitation authorities 2018")
	for trial := 0; trial < 300; trial++ {
		var words []string
		for n := 1 + rng.Intn(40); n > 0; n-- {
			words = append(words, vocab[rng.Intn(len(vocab))])
		}
		text := strings.Join(words, " ")
		width := float64(8 + rng.Intn(40))
		justify := rng.Intn(4) > 0
		var h *Hyphenator
		if rng.Intn(3) > 0 {
			h = mustHyphenator(t, "en")
		}
		// Split the text into runs of random styles at random places.
		var runs []Run
		rest := text
		for rest != "" {
			n := 1 + rng.Intn(12)
			for n < len(rest) && !utf8.RuneStart(rest[n]) {
				n++
			}
			n = min(n, len(rest))
			runs = append(runs, Run{Text: rest[:n], Style: Style(rng.Intn(2))})
			rest = rest[n:]
		}
		lines := Set(runs, &mono{}, Options{Width: width, Justify: justify, Hyphenator: h})
		checkLines(t, text, lines, width, justify)
		if t.Failed() {
			t.Fatalf("trial %d: width %v, justify %v, text %q", trial, width, justify, text)
		}
	}
}

// checkLines checks that every line fits in width (unless it holds a single
// word wider than the measure), that justified lines end exactly at width,
// and that the lines hold the words of text, less the inserted hyphens.
func checkLines(t *testing.T, text string, lines []Line, width float64, justify bool) {
	t.Helper()
	for i, l := range lines {
		if len(l.Fragments) == 0 {
			t.Errorf("line %d is empty", i)
			continue
		}
		end := lineEnd(l)
		words := strings.Count(lineText(l), " ") + 1
		switch {
		case end > width+eps && words > 1:
			t.Errorf("line %d %q ends at %v, past %v", i, lineText(l), end, width)
		case justify && i < len(lines)-1 && words > 1 && math.Abs(end-width) > eps:
			t.Errorf("justified line %d %q ends at %v, not %v", i, lineText(l), end, width)
		}
		for k := 1; k < len(l.Fragments); k++ {
			if l.Fragments[k].X < l.Fragments[k-1].X+l.Fragments[k-1].W-eps {
				t.Errorf("line %d %q: fragments overlap", i, lineText(l))
			}
		}
	}
	// Rebuild the paragraph: lines join with a space, or with nothing after
	// an inserted hyphen (dropped) or an explicit one.
	want := strings.Join(strings.FieldsFunc(text, isBreakingSpace), " ")
	var got strings.Builder
	for i, l := range lines {
		s := lineText(l)
		if l.Hyphenated {
			s = strings.TrimSuffix(s, "-")
		}
		if i > 0 {
			sofar := got.String()
			if strings.HasPrefix(want, sofar+" "+s) {
				got.WriteByte(' ')
			}
		}
		got.WriteString(s)
	}
	if got.String() != want {
		t.Errorf("text changed:\n got %q\nwant %q\nlines %q", got.String(), want, texts(lines))
	}
}

func TestWordPerLine(t *testing.T) {
	text := "aa bb-cc dd"
	b := &breaker{p: DefaultParams, opt: Options{Width: 3, Justify: true}, m: NewWidthCache(&mono{})}
	b.words = b.splitWords([]Run{{Text: text}})
	b.build(false, false)
	lines := b.lines(b.wordPerLine())
	if got := texts(lines); fmt.Sprint(got) != "[aa bb-cc dd]" {
		t.Errorf("lines %q", got)
	}
}

// TestBreaksBetweenCharacters sets a paragraph without spaces, as Chinese
// is written, with a break allowed between any two characters: every line
// fits, justified lines fill the measure, and no character is lost.
func TestBreaksBetweenCharacters(t *testing.T) {
	text := strings.Repeat("人人生而自由在尊严和权利上一律平等", 10)
	between := func(word string, brks []Break) []Break {
		for i := range word {
			if i > 0 {
				brks = append(brks, Break{Off: i, Stretch: true})
			}
		}
		return brks
	}
	for _, justify := range []bool{false, true} {
		lines := Set([]Run{{Text: text}}, &mono{}, Options{Width: 25, Justify: justify, Breaks: between})
		var got strings.Builder
		for i, ln := range lines {
			end := 0.0
			for _, f := range ln.Fragments {
				got.WriteString(f.Text)
				end = f.X + f.W
			}
			if end > 25+1e-9 || justify && i < len(lines)-1 && end < 25-1e-9 {
				t.Errorf("justify %v: line %d ends at %g", justify, i, end)
			}
		}
		if got.String() != text || len(lines) != 7 {
			t.Errorf("justify %v: %d lines, text kept %v", justify, len(lines), got.String() == text)
		}
	}
}

// prefixMono is mono with Prefix, counting the bytes Width measures.
type prefixMono struct{ measured int }

func (m *prefixMono) Width(s string, st Style) float64 {
	m.measured += len(s)
	return float64(utf8.RuneCountInString(s))
}

func (m *prefixMono) Prefix(s string, off int, st Style) float64 {
	return float64(off / 3) // the test's text is all three-byte characters
}

// TestLongWordPrefixes: a word of 30,000 characters that may break
// between any two is measured whole once or twice, its prefixes through
// Prefix, not one by one (which is quadratic).
func TestLongWordPrefixes(t *testing.T) {
	text := strings.Repeat("人人生而自由在尊严和权利上一律平等", 1765)
	every := func(word string, brks []Break) []Break {
		for i := range word {
			if i > 0 {
				brks = append(brks, Break{Off: i, Stretch: true})
			}
		}
		return brks
	}
	m := &prefixMono{}
	lines := Set([]Run{{Text: text}}, m, Options{Width: 40, Justify: true, Breaks: every})
	if len(lines) != 751 {
		t.Errorf("%d lines", len(lines))
	}
	if m.measured > 3*len(text) {
		t.Errorf("measured %d bytes for a word of %d", m.measured, len(text))
	}
}

// TestWindows sets paragraphs longer than a window, with styled runs, and
// checks that no text is lost or repeated at the seams, and that every
// line but the last is justified.
func TestWindows(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	vocab := strings.Fields("the a of prison violence hyphenation well-being reporters archive incomprehensibilities")
	for _, size := range []int{windowBytes / 2, windowBytes * 3, windowBytes*5 + 17} {
		var runs []Run
		var all strings.Builder
		for all.Len() < size {
			var b strings.Builder
			for n := 1 + rng.Intn(30); n > 0; n-- {
				b.WriteString(vocab[rng.Intn(len(vocab))] + " ")
			}
			runs = append(runs, Run{Text: b.String(), Style: Style(rng.Intn(2))})
			all.WriteString(b.String())
		}
		lines := Set(runs, &mono{}, Options{Width: 50, Justify: true, Hyphenator: mustHyphenator(t, "en"), Indent: 3})
		var got []string
		for _, l := range lines {
			s := lineText(l)
			if l.Hyphenated {
				s = strings.TrimSuffix(s, "-")
			}
			got = append(got, s)
		}
		joined := strings.Join(got, " ")
		want := strings.Join(strings.Fields(all.String()), " ")
		// Lines join with a space, except after a hyphen: compare letters.
		strip := func(s string) string { return strings.NewReplacer(" ", "", "-", "").Replace(s) }
		if strip(joined) != strip(want) {
			t.Errorf("%d bytes: text lost or repeated at a seam", size)
		}
		within(t, lines, 50)
		for i, l := range lines[:len(lines)-1] {
			if end := lineEnd(l); math.Abs(end-50) > eps && len(l.Fragments) > 1 {
				t.Errorf("%d bytes: line %d of %d is not justified (ends at %v): %q", size, i, len(lines), end, lineText(l))
				break
			}
		}
		if lines[0].Fragments[0].X != 3 {
			t.Errorf("%d bytes: first line not indented", size)
		}
	}
}
