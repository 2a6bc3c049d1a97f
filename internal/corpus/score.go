package corpus

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"publish/internal/document"
)

// Category is one kind of structure check.
type Category int

// The structure categories come first; the issues' targets are measured on
// them. The metadata categories follow.
const (
	Title Category = iota
	Language
	Authors
	Sources
	Contributors
	Headings
	Paragraphs
	Captions
	Credits
	Furniture

	Date
	Description
	URL
	SiteName
	Tags
	Images

	NumCategories
)

var categoryNames = [NumCategories]string{
	"title", "language", "authors", "sources", "contributors", "headings",
	"paragraphs", "figure captions", "figure credits", "furniture gone",
	"date", "description", "url", "site name", "tags", "images local/remote",
}

func (c Category) String() string { return categoryNames[c] }

// Structure reports whether c counts towards the structure score.
func (c Category) Structure() bool { return c <= Furniture }

// Count holds one category's outcome. TP, FP and FN give precision and
// recall: a furniture line kept as a paragraph is a false positive of the
// paragraphs. Checks and Passed count decisions, each mistake once: one
// check per expected item, and one per spurious item that no other
// category counts (that furniture line fails the furniture check only),
// so a wrong value is one failed check, not two.
type Count struct {
	TP, FP, FN     int
	Checks, Passed int
}

// Precision is TP/(TP+FP); ok is false when nothing was found.
func (c Count) Precision() (p float64, ok bool) {
	if c.TP+c.FP == 0 {
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FP), true
}

// Recall is TP/(TP+FN); ok is false when nothing was expected.
func (c Count) Recall() (r float64, ok bool) {
	if c.TP+c.FN == 0 {
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FN), true
}

func (c *Count) add(o Count) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.Checks += o.Checks
	c.Passed += o.Passed
}

// Result is the score of one document against its truth.
type Result struct {
	Name     string // the article's name, when the caller sets it
	Scored   [NumCategories]bool
	Counts   [NumCategories]Count
	Failures []Failure // every failed check, in category order
}

// Failure is one failed check.
type Failure struct {
	Category Category
	What     string // e.g. `missing "…"`, `spurious "…"`, `got "…", want "…"`
}

func (f Failure) String() string { return f.Category.String() + ": " + f.What }

// Structure returns the structure checks passed and made.
func (r *Result) Structure() (passed, checks int) { return r.sum(true) }

// Metadata returns the metadata checks passed and made.
func (r *Result) Metadata() (passed, checks int) { return r.sum(false) }

func (r *Result) sum(structure bool) (passed, checks int) {
	for c := Category(0); c < NumCategories; c++ {
		if c.Structure() == structure && r.Scored[c] {
			passed += r.Counts[c].Passed
			checks += r.Counts[c].Checks
		}
	}
	return passed, checks
}

// Score compares doc with exp. With exp.Page set the document is taken to
// come from the saved page, and the page's metadata is scored as well; the
// date is scored either way. Blocks are visited with document.Walk and
// their text taken with document.PlainText, so block types added to the
// model later are searched for furniture too.
func Score(doc *document.Document, exp *Expected) Result {
	s := &scorer{exp: exp, doc: doc, only: map[string]bool{}}
	s.collect()
	s.title()
	s.language()
	s.credits()
	s.headings()
	s.paragraphs()
	s.figures()
	s.furniture()
	s.metadata()
	return s.r
}

type scorer struct {
	exp *Expected
	doc *document.Document
	r   Result

	gotParagraphs []string // found, normalised, in order
	gotHeadings   []string
	gotFigures    []*document.Figure
	texts         []string        // every text of the body, folded: for furniture
	furnLines     []string        // every furniture line of exp, folded, longest first
	only          map[string]bool // onlyFurniture's answers by text
}

func (s *scorer) collect() {
	inCell := map[document.Block]bool{} // paragraphs read with their table's row
	document.Walk(s.doc.Blocks, func(b document.Block) {
		if inCell[b] {
			return
		}
		switch b := b.(type) {
		case *document.Table:
			// A table reads as its caption, then a paragraph a row, its
			// cells joined by " | ", as the expectations write it.
			var rows []string
			if t := Normalize(document.PlainText(b.Caption)); t != "" {
				rows = append(rows, t)
			}
			for _, r := range append(append([]document.Row(nil), b.Head...), b.Body...) {
				var cells []string
				for _, c := range r {
					var text []string
					document.Walk(c.Blocks, func(cb document.Block) {
						inCell[cb] = true
						if p, ok := cb.(*document.Paragraph); ok {
							text = append(text, document.PlainText(p.Text))
						}
					})
					cells = append(cells, strings.Join(text, " "))
				}
				rows = append(rows, Normalize(strings.Join(cells, " | ")))
			}
			for _, t := range rows {
				s.gotParagraphs = append(s.gotParagraphs, t)
				s.texts = append(s.texts, strings.ToLower(t))
			}
		case *document.Paragraph:
			t := Normalize(document.PlainText(b.Text))
			s.gotParagraphs = append(s.gotParagraphs, t)
			s.texts = append(s.texts, strings.ToLower(t))
		case *document.Heading:
			t := Normalize(document.PlainText(b.Text))
			s.gotHeadings = append(s.gotHeadings, t)
			s.texts = append(s.texts, strings.ToLower(t))
		case *document.Figure:
			s.gotFigures = append(s.gotFigures, b)
			s.texts = append(s.texts, fold(document.PlainText(b.Caption)), fold(b.Credit))
		default:
			for _, t := range inlineTexts(b) {
				s.texts = append(s.texts, fold(t))
			}
		}
	})
	for _, g := range s.exp.Furniture {
		for _, l := range g {
			if l = fold(l); l != "" {
				s.furnLines = append(s.furnLines, l)
			}
		}
	}
	// Longest first, so that "share this article" is taken out before "share".
	slices.SortStableFunc(s.furnLines, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
}

// inlineTexts gives the plain text of every []document.Inline field of a
// block whose type the scorer does not know (a type added to the model
// later), looking into slices and structs but not into nested blocks,
// which document.Walk visits itself.
func inlineTexts(b document.Block) []string {
	var out []string
	inlines := reflect.TypeFor[[]document.Inline]()
	block := reflect.TypeFor[document.Block]()
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		if v.Type() == inlines {
			if t := document.PlainText(v.Interface().([]document.Inline)); strings.TrimSpace(t) != "" {
				out = append(out, t)
			}
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() && !v.Elem().Type().Implements(block) {
				visit(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				visit(v.Index(i))
			}
		}
	}
	v := reflect.ValueOf(b)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		visit(v.Elem())
	}
	return out
}

func (s *scorer) fail(c Category, format string, args ...any) {
	s.r.Failures = append(s.r.Failures, Failure{c, fmt.Sprintf(format, args...)})
}

// single scores a single-valued check: equal values pass; otherwise a
// missing value is a false negative, a wrong one also a false positive.
func (s *scorer) single(c Category, got, want string, equal bool) {
	s.r.Scored[c] = true
	n := &s.r.Counts[c]
	if got == "" && want == "" {
		return
	}
	n.Checks++
	switch {
	case equal:
		n.TP++
		n.Passed++
	case got == "":
		n.FN++
		s.fail(c, "missing, want %q", want)
	default:
		if want != "" {
			n.FN++
		}
		n.FP++
		s.fail(c, "got %q, want %q", got, want)
	}
}

func (s *scorer) title() {
	got, want := Normalize(s.doc.Meta.Title), Normalize(s.exp.Title)
	s.single(Title, got, want, got == want)
}

func (s *scorer) language() {
	got, want := primary(s.doc.Meta.Lang), primary(s.exp.Lang)
	s.single(Language, got, want, got == want)
}

func primary(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// names scores found against want as sets; ignore lists names that are
// not false positives when found (an author also named in a sign-off).
func (s *scorer) names(c Category, found, want, ignore []string) {
	s.r.Scored[c] = true
	n := &s.r.Counts[c]
	got := map[string]bool{}
	for _, f := range found {
		if f = Normalize(f); f != "" {
			got[f] = true
		}
	}
	expected := map[string]bool{}
	for _, w := range want {
		w = Normalize(w)
		expected[w] = true
		n.Checks++
		if got[w] {
			n.TP++
			n.Passed++
		} else {
			n.FN++
			s.fail(c, "missing %q", w)
		}
	}
	skip := map[string]bool{}
	for _, i := range ignore {
		skip[Normalize(i)] = true
	}
	for _, f := range sortedKeys(got) {
		if !expected[f] && !skip[f] {
			n.FP++
			n.Checks++
			s.fail(c, "spurious %q", f)
		}
	}
}

func (s *scorer) credits() {
	m := &s.doc.Meta
	authors := append([]string{}, m.Authors...)
	var others []string // creators and contributors that are not authors or photo credits
	for _, c := range m.Creators {
		if c.Role == "aut" {
			authors = append(authors, c.Text)
		} else {
			others = append(others, c.Text)
		}
	}
	for _, c := range m.Contributors {
		if c.Role != "pht" && c.Role != "bkp" {
			others = append(others, c.Text)
		}
	}
	s.names(Authors, authors, s.exp.Authors, nil)
	s.names(Contributors, others, s.exp.Contributors, append(append([]string{}, s.exp.Authors...), s.exp.Sources...))

	// Sources: an expected credit is found in the publisher, the source's
	// name, the byline as printed, or another creator or contributor, alone
	// or within a longer credit ("Le Monde avec AFP" credits AFP). Only a
	// publisher or source name that credits none of them is spurious.
	s.r.Scored[Sources] = true
	n := &s.r.Counts[Sources]
	var where []string
	var named []string // publisher and source name
	if m.Publisher != "" {
		named = append(named, m.Publisher)
	}
	if m.Source != nil && m.Source.Name != "" {
		named = append(named, m.Source.Name)
	}
	where = append(append(append(where, named...), m.Byline...), others...)
	for _, w := range s.exp.Sources {
		n.Checks++
		if anyCredits(where, w) {
			n.TP++
			n.Passed++
		} else {
			n.FN++
			s.fail(Sources, "missing %q", Normalize(w))
		}
	}
	seen := map[string]bool{}
	for _, c := range named {
		key := fold(c)
		if seen[key] {
			continue
		}
		seen[key] = true
		ok := s.exp.Page != nil && key == fold(s.exp.Page.SiteName)
		for _, w := range s.exp.Sources {
			ok = ok || credits(c, w)
		}
		if !ok {
			n.FP++
			n.Checks++
			s.fail(Sources, "spurious %q", Normalize(c))
		}
	}
}

// credits reports whether credit c names w, alone or among other words.
func credits(c, w string) bool {
	c, w = fold(c), fold(w)
	return w != "" && (c == w || containsWords(c, w))
}

func anyCredits(cs []string, w string) bool {
	for _, c := range cs {
		if credits(c, w) {
			return true
		}
	}
	return false
}

// accounted reports whether a found body text that matched nothing in its
// own category is a failure counted elsewhere, so as not to count it
// twice: furniture, or an expected title, heading, paragraph, caption or
// credit that is missing from its own place (a block of the wrong type).
func (s *scorer) accounted(t string, own Category) bool {
	if t == "" || s.isFurniture(t) {
		return true
	}
	if t == Normalize(s.exp.Title) && Normalize(s.doc.Meta.Title) != t {
		return true
	}
	if own != Headings && contains(s.exp.Headings, t) && indexOf(s.gotHeadings, t) < 0 {
		return true
	}
	if own != Paragraphs && contains(s.exp.Paragraphs, t) && indexOf(s.gotParagraphs, t) < 0 {
		return true
	}
	for _, f := range s.exp.Figures {
		if c := Normalize(f.Caption); t == c || (len(c) >= 20 && strings.Contains(t, c)) {
			return !s.hasCaption(c)
		}
		if isCredit(t, f.Credit) {
			return !s.hasCredit(f.Credit)
		}
	}
	return false
}

// isCredit reports whether t is the credit, alone or after a label of at
// most two words ("Bild:", "Credit...", "Photograph:").
func isCredit(t, credit string) bool {
	ft, fc := creditKey(t), creditKey(credit)
	if fc == "" || !strings.HasSuffix(ft, fc) {
		return false
	}
	return len(strings.Fields(strings.TrimSuffix(ft, fc))) <= 2
}

func (s *scorer) hasCredit(c string) bool {
	for _, f := range s.gotFigures {
		if creditKey(f.Credit) == creditKey(c) {
			return true
		}
	}
	return false
}

func (s *scorer) hasCaption(c string) bool {
	for _, f := range s.gotFigures {
		if Normalize(document.PlainText(f.Caption)) == c {
			return true
		}
	}
	return false
}

func contains(list []string, t string) bool {
	for _, l := range list {
		if Normalize(l) == t {
			return true
		}
	}
	return false
}

// sequence scores found against want in order: the longest common
// subsequence passes; an expected item outside it is missing (or out of
// order), a found one outside it spurious. Every spurious item lowers the
// precision; it is a failed check only when no other category counts it.
func (s *scorer) sequence(c Category, found, want []string) {
	s.r.Scored[c] = true
	n := &s.r.Counts[c]
	w := make([]string, len(want))
	for i, x := range want {
		w[i] = Normalize(x)
	}
	pairs := lcs(len(w), len(found), func(i, j int) int {
		if w[i] == found[j] {
			return 1
		}
		return 0
	})
	matchedW := make([]bool, len(w))
	matchedF := make([]bool, len(found))
	for _, p := range pairs {
		matchedW[p[0]], matchedF[p[1]] = true, true
	}
	for i, x := range w {
		n.Checks++
		if matchedW[i] {
			n.TP++
			n.Passed++
			continue
		}
		n.FN++
		if idx := indexOf(found, x); idx >= 0 {
			s.fail(c, "out of order or repeated: %q", clip(x))
		} else {
			s.fail(c, "missing %q", clip(x))
		}
	}
	for j, x := range found {
		if matchedF[j] {
			continue
		}
		n.FP++
		if s.accounted(x, c) && !contains(want, x) {
			continue // a failed check of another category already
		}
		n.Checks++
		s.fail(c, "spurious %q", clip(x))
	}
}

func indexOf(list []string, x string) int {
	for i, l := range list {
		if l == x {
			return i
		}
	}
	return -1
}

func clip(s string) string {
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

func (s *scorer) headings()   { s.sequence(Headings, s.gotHeadings, s.exp.Headings) }
func (s *scorer) paragraphs() { s.sequence(Paragraphs, s.gotParagraphs, s.exp.Paragraphs) }

// figures aligns the found figures with the expected ones in order,
// preferring equal captions, then similar captions or equal credits, and
// scores each aligned figure's caption and credit (and, for a page,
// whether its image is local or remote).
func (s *scorer) figures() {
	exp := s.exp.Figures
	page := s.exp.Page != nil
	s.r.Scored[Captions], s.r.Scored[Credits], s.r.Scored[Images] = true, true, page
	pairs := lcs(len(exp), len(s.gotFigures), func(i, j int) int {
		f := s.gotFigures[j]
		got, want := Normalize(document.PlainText(f.Caption)), Normalize(exp[i].Caption)
		switch {
		case got == want:
			return 3
		case similar(got, want) || (exp[i].Credit != "" && fold(f.Credit) == fold(exp[i].Credit)):
			return 1
		}
		return 0
	})
	aligned := make([]int, len(exp))
	for i := range aligned {
		aligned[i] = -1
	}
	used := make([]bool, len(s.gotFigures))
	for _, p := range pairs {
		aligned[p[0]], used[p[1]] = p[1], true
	}
	for i, e := range exp {
		want, wantCredit := Normalize(e.Caption), creditKey(e.Credit)
		if aligned[i] < 0 {
			s.single(Captions, "", want, false)
			s.single(Credits, "", Normalize(e.Credit), false)
			if page && e.Image != "" {
				s.single(Images, "", e.Image, false)
			}
			continue
		}
		f := s.gotFigures[aligned[i]]
		got := Normalize(document.PlainText(f.Caption))
		s.single(Captions, got, want, got == want)
		s.single(Credits, Normalize(f.Credit), Normalize(e.Credit), creditKey(f.Credit) == wantCredit)
		if page && e.Image != "" {
			kind, ok := "local", !isRemote(f.Src) && f.Src != ""
			if e.Remote() {
				kind, ok = "remote", f.Src == "" || isRemote(f.Src)
			}
			src := f.Src
			if src == "" {
				src = "(no source)"
			}
			s.single(Images, src, kind+" "+e.Image, ok)
		}
	}
	for j, f := range s.gotFigures {
		if used[j] {
			continue
		}
		s.single(Captions, Normalize(document.PlainText(f.Caption))+" (spurious figure)", "", false)
		if f.Credit != "" {
			s.single(Credits, Normalize(f.Credit)+" (spurious figure)", "", false)
		}
	}
}

// similar reports whether two captions share at least half their words.
func similar(a, b string) bool {
	wa, wb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	common := 0
	for _, w := range wa {
		if set[w] {
			common++
		}
	}
	return 2*common >= max(len(wa), len(wb))
}

// creditKey is how photo credits are compared: normalised, case folded,
// without a leading "©" and with no spaces around slashes, so
// "© LUC GARNIER / AFP" equals "Luc Garnier/AFP".
func creditKey(c string) string {
	c = fold(c)
	c = strings.TrimSpace(strings.TrimPrefix(c, "©"))
	c = strings.TrimSpace(strings.TrimPrefix(c, "(c)"))
	for strings.Contains(c, " /") || strings.Contains(c, "/ ") {
		c = strings.ReplaceAll(strings.ReplaceAll(c, " /", "/"), "/ ", "/")
	}
	return c
}

func isRemote(src string) bool {
	l := strings.ToLower(src)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "//")
}

// furniture checks each furniture entry: it passes when none of its lines
// appears in the body. A line that the page shows more than once (a
// "Share" button above and below the article) is charged to as many
// entries as the body has copies of it, in order.
func (s *scorer) furniture() {
	s.r.Scored[Furniture] = true
	n := &s.r.Counts[Furniture]
	charged := map[string]int{}
	for _, g := range s.exp.Furniture {
		n.Checks++
		var kept []string
		for _, l := range g {
			l = Normalize(l)
			if l != "" && charged[fold(l)] < s.copies(l) {
				charged[fold(l)]++
				kept = append(kept, l)
			}
		}
		if len(kept) == 0 {
			n.TP++
			n.Passed++
			continue
		}
		n.FN++
		s.fail(Furniture, "kept %q", clip(strings.Join(kept, " | ")))
	}
}

// copies counts the body texts that hold furniture line l: equal to it,
// containing it when it has four words or more, or made of nothing but
// furniture lines that include it.
func (s *scorer) copies(l string) int {
	fl := fold(l)
	long := len(strings.Fields(l)) >= 4
	n := 0
	for _, ft := range s.texts {
		if ft == fl || (containsWords(ft, fl) && (long || s.onlyFurniture(ft))) {
			n++
		}
	}
	return n
}

// isFurniture reports whether body text t is furniture: a furniture line,
// a text that contains a long one, or nothing but furniture lines.
func (s *scorer) isFurniture(t string) bool {
	ft := fold(t)
	for _, l := range s.furnLines {
		if ft == l || (len(strings.Fields(l)) >= 4 && containsWords(ft, l)) {
			return true
		}
	}
	return s.onlyFurniture(ft)
}

// onlyFurniture reports whether folded text t is left with no letter or
// digit once every furniture line in it is taken out.
func (s *scorer) onlyFurniture(t string) bool {
	if t == "" {
		return false
	}
	v, ok := s.only[t]
	if !ok {
		rest := t
		for _, l := range s.furnLines {
			rest = removeWords(rest, l)
		}
		v = !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		s.only[t] = v
	}
	return v
}

func (s *scorer) metadata() {
	m := &s.doc.Meta
	s.single(Date, m.Date, s.exp.Date, sameDate(m.Date, s.exp.Date))
	p := s.exp.Page
	if p == nil {
		return
	}
	got, want := Normalize(m.Description), Normalize(s.exp.Description)
	s.single(Description, got, want, got == want)
	url := ""
	if m.Source != nil {
		url = m.Source.URL
	}
	s.single(URL, url, p.URL, strings.TrimSuffix(url, "/") == strings.TrimSuffix(p.URL, "/"))
	site := m.Publisher
	if m.Source != nil && m.Source.Name != "" && (site == "" || fold(m.Source.Name) == fold(p.SiteName)) {
		site = m.Source.Name
	}
	s.single(SiteName, Normalize(site), Normalize(p.SiteName), fold(site) == fold(p.SiteName))

	s.r.Scored[Tags] = true
	var want2 []string
	if p.Section != "" {
		want2 = append(want2, p.Section)
	}
	want2 = append(want2, p.Tags...)
	n := &s.r.Counts[Tags]
	got2 := map[string]bool{}
	for _, t := range m.Subjects {
		got2[fold(t)] = true
	}
	expected := map[string]bool{}
	for _, w := range want2 {
		k := fold(w)
		if expected[k] {
			continue
		}
		expected[k] = true
		n.Checks++
		if got2[k] {
			n.TP++
			n.Passed++
		} else {
			n.FN++
			s.fail(Tags, "missing %q", w)
		}
	}
	for _, g := range sortedKeys(got2) {
		if !expected[g] {
			n.FP++
			n.Checks++
			s.fail(Tags, "spurious %q", g)
		}
	}
}

// sameDate reports whether a found W3CDTF date agrees with the expected
// one: the same calendar day (in the expected date's own time zone), and,
// when both give a time, the same instant (a found time without a zone is
// read in the expected date's zone).
func sameDate(got, want string) bool {
	w, err := parseW3CDTF(want)
	if err != nil || got == "" {
		return false
	}
	g, err := parseW3CDTF(got)
	if err != nil {
		return false
	}
	if w.hasTime && g.hasTime {
		if g.zoneless {
			return g.t.Format("2006-01-02T15:04:05") == w.t.Format("2006-01-02T15:04:05")
		}
		return g.t.Equal(w.t)
	}
	// At least one is a date alone: compare at the coarser precision.
	prec := min(w.prec, g.prec)
	return w.t.Format(layouts[prec]) == g.t.Format(layouts[prec])
}

type w3cdtf struct {
	t        time.Time
	prec     int // 0 year, 1 month, 2 day, 3 time
	hasTime  bool
	zoneless bool
}

var layouts = [...]string{"2006", "2006-01", "2006-01-02", "2006-01-02T15:04:05"}

// parseW3CDTF reads the W3CDTF forms of the model (a time without a zone
// is accepted too, as some readers write one).
func parseW3CDTF(s string) (w3cdtf, error) {
	s = strings.TrimSpace(s)
	for i, l := range []string{"2006", "2006-01", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return w3cdtf{t: t, prec: i}, nil
		}
	}
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(l, s); err == nil {
			return w3cdtf{t: t, prec: 3, hasTime: true}, nil
		}
	}
	for _, l := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04"} {
		if t, err := time.Parse(l, s); err == nil {
			return w3cdtf{t: t, prec: 3, hasTime: true, zoneless: true}, nil
		}
	}
	return w3cdtf{}, fmt.Errorf("%q is not a W3CDTF date", s)
}

// Normalize is how texts are compared: NFC; typographic quotes, primes
// and dashes as their ASCII forms; an ellipsis as three dots; soft
// hyphens and zero-width characters removed; each run of white space
// (no-break spaces included) one space; the ends trimmed. Case, accents,
// punctuation and words are kept: a difference there is a real one.
func Normalize(s string) string {
	s = typography.Replace(norm.NFC.String(s))
	return strings.Join(strings.Fields(s), " ")
}

var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...",
	"\u00AD", "", "\u200B", "", "\u200C", "", "\u200D", "", "\u2060", "", "\uFEFF", "",
)

// fold is Normalize and lower case, for credits, tags and furniture.
func fold(s string) string { return strings.ToLower(Normalize(s)) }

// containsWords reports whether t contains w starting and ending at word
// boundaries.
func containsWords(t, w string) bool {
	return wordIndex(t, w, 0) >= 0
}

func wordIndex(t, w string, from int) int {
	if w == "" {
		return -1
	}
	for i := from; i <= len(t)-len(w); {
		k := strings.Index(t[i:], w)
		if k < 0 {
			return -1
		}
		k += i
		if boundary(t, k) && boundary(t, k+len(w)) {
			return k
		}
		i = k + 1
	}
	return -1
}

// boundary reports whether byte offset i of t is not inside a word.
func boundary(t string, i int) bool {
	if i <= 0 || i >= len(t) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(t[:i])
	after, _ := utf8.DecodeRuneInString(t[i:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !isWord(before) || !isWord(after)
}

func removeWords(t, w string) string {
	for {
		k := wordIndex(t, w, 0)
		if k < 0 {
			return t
		}
		t = t[:k] + " " + t[k+len(w):]
	}
}

// lcs returns the index pairs of a maximum-weight common subsequence of
// two sequences of lengths n and m, where weight(i, j) > 0 allows pairing
// item i of the first with item j of the second.
func lcs(n, m int, weight func(i, j int) int) [][2]int {
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			b := max(best[i+1][j], best[i][j+1])
			if w := weight(i, j); w > 0 {
				b = max(b, w+best[i+1][j+1])
			}
			best[i][j] = b
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		if w := weight(i, j); w > 0 && best[i][j] == w+best[i+1][j+1] {
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		} else if best[i+1][j] >= best[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }
