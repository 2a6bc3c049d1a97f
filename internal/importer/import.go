package importer

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"publish/internal/diag"
	"publish/internal/document"
)

// Options adjust an import. The zero value detects everything from the text.
type Options struct {
	// Lang, when set, is the BCP 47 language of the article and overrides
	// both detection and Meta.Lang.
	Lang string
	// Meta is merged over what the text gives (see MergeMeta): its
	// non-empty fields win. It carries what a copied page cannot: date,
	// source, rights.
	Meta *document.Meta
}

// Import reads a raw article copied from a news page and returns the model
// and a report of every decision. name is the file name used in messages
// and the report. Errors are *diag.Diagnostic values naming the file.
func Import(r io.Reader, name string, opt Options) (*document.Document, *Report, error) {
	rep := &Report{File: name}
	lines, rows, err := readLines(r, name, &rep.Warnings)
	if err != nil {
		return nil, nil, err
	}
	lines, wr, wrappedCopy := unwrap(lines)
	if wrappedCopy {
		rows = wr.rows(rows) // the lines were joined: their numbers moved
	}
	if opt.Lang != "" {
		if _, err := language.Parse(opt.Lang); err != nil {
			return nil, nil, fmt.Errorf("language %q is not a BCP 47 tag (for example en, es, en-GB)", opt.Lang)
		}
	}
	im := &importer{name: name, lines: lines, rows: rows, rep: rep, doc: &document.Document{}, blocks: map[int]document.Block{}, standfirst: -1, adjacent: -1}
	rep.Entries = make([]Entry, len(lines))
	im.done = make([]bool, len(lines))
	for i, l := range lines {
		rep.Entries[i] = Entry{Line: i + 1, Text: l}
		if l == "" {
			im.blank(i)
		}
	}
	im.spaced = spacedCopy(lines)
	dense := denseCopy(lines)
	im.dropBoilerplate(dense)
	im.commentThread()
	im.dropMediaTeasers()
	im.claimCards() // before the header: a claim's speaker is no author
	im.publishedIn()
	title := im.header()
	if title < 0 {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "is empty: it has only blank lines")
	}
	im.dense = dense // after the header: over it, a name under a line is its byline
	im.turkishAuthors()
	im.headerRating(title)
	im.naByline(title)
	im.tableRows(title) // before the sign-offs: a table's source line is the table's
	im.charts(title)    // and a chart's is the chart's
	im.closingDate(title)
	im.entryMeta(title) // before the lists: a blog prints it among them
	im.moreFromSection(title)
	im.dropLists(title)
	im.signoffs(title)
	im.agencySignature(title)
	im.afterEndMark(title)
	im.letterLines(title) // before figures: a greeting under the header is no caption
	im.readerLetters(title)
	im.widgets(title) // before figures: a match's teams and kick-off are no caption and credit
	im.liveEntries(title)
	im.appealButtons(title)
	im.capsLinks(title)
	im.linkCards(title)
	im.pullQuotes(title) // before figures: a quotation over its speaker's name is no caption over its credit
	im.figures(title)
	im.sameLayoutCaptions(title)
	im.bookDetails(title)
	im.sponsoredCards(title)
	im.shopCards(title)
	im.sourceLists(title) // before the structure: a list of sources is no list of links
	im.strayDate(title)   // before the structure: a date alone is no menu or furniture
	im.structure(title)
	im.learned(title)
	im.boxPitches(title)
	im.linkedHeadlines(title)
	im.signupTops(title)
	im.endSignature(title) // again, now that the tags and buttons under the signature are gone
	im.body(title)
	im.agencyDateline()
	im.agencyTail()
	im.agencyCopyright()
	im.firstAppeared(title)
	im.language(opt)
	if opt.Meta != nil {
		MergeMeta(&im.doc.Meta, opt.Meta)
	}
	if opt.Lang != "" {
		im.doc.Meta.Lang, rep.LangWhy = opt.Lang, "set by option"
	}
	im.doc.Meta.Date = listopadDate(im.doc.Meta.Lang, im.doc.Meta.Date, im.lines)
	rep.Lang = im.doc.Meta.Lang
	if wrappedCopy {
		wr.restore(im.doc, rep)
	}
	return im.doc, rep, nil
}

// ImportFile imports the article at path; name in messages is the path.
func ImportFile(path string, opt Options) (*document.Document, *Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Import(f, filepath.Clean(path), opt)
}

type importer struct {
	name   string
	lines  []string
	rep    *Report
	doc    *document.Document
	done   []bool                 // lines already decided
	blocks map[int]document.Block // figures, by the line they start at
	rows   map[int][]string       // the cells of the lines that were a table's rows, apart by tabs
	// creditFirst says this copy sets a photo's credit over its caption
	// (creditOverCaption).
	creditFirst bool
	spaced      bool // the copy has a blank line after every block
	live        bool // the copy is a live page's: two or more entries' times (liveEntries)
	dense       bool // the copy has no blank line between its first and last lines
	adjacent    int  // pairs of long lines with no blank line between, 0 when fewer than pairs apart; -1 until counted
	nfig        int
	// forms are the layouts of the captions found with their credit
	// (captionForm), for captions laid out alike that no rule alone finds.
	forms map[captionForm]bool
	// boxFirst is the first line of the fact box each line asked about
	// belongs to (factBoxLine).
	boxFirst map[int]int
	// givenBack are the lines under a list of links that head the next
	// section (dropLists): no run of short lines takes them.
	givenBack map[int]bool
	// standfirst is the line of the standfirst, or -1: it stays the first
	// paragraph and also fills the description.
	standfirst int
	issue      string // a magazine's issue over the headline, its month: "2025-04"
	points     []int  // the standfirst's later points, above the byline
	open       int    // firstOpen's line: 0 until asked, -1 for none
	listHeads  []int  // lines that head a list of links (dropLists), in order
	// updateOnly says the header's date is that of an update, for want of
	// a publication date.
	updateOnly bool
}

func (im *importer) decide(i int, kind, rule, why string, derived ...string) {
	e := &im.rep.Entries[i]
	e.Kind, e.Rule, e.Why, e.Derived = kind, rule, why, derived
	im.done[i] = true
}

func (im *importer) drop(i int, rule, why string) { im.decide(i, KindDropped, rule, why) }

func (im *importer) warn(i int, format string, args ...any) {
	im.rep.Warnings.Addf(diag.Position{File: im.name, Line: i + 1}, format, args...)
}

func (im *importer) blank(i int) { im.decide(i, KindBlank, RuleBlank, "") }

// spacedCopy reports whether most lines are followed by a blank line, as
// browsers copy pages whose paragraphs are blocks, or nine in ten of the
// paragraphs (lines of twelve words or more) are, under menus that the
// copy glues together. Then a blank line says nothing about structure.
func spacedCopy(lines []string) bool {
	var text, spaced, long, longSpaced int
	for i, l := range lines {
		if l == "" {
			continue
		}
		apart := i+1 < len(lines) && lines[i+1] == ""
		text++
		if apart {
			spaced++
		}
		if wordCount(l) >= 12 {
			long++
			if apart {
				longSpaced++
			}
		}
	}
	return text >= 6 && (spaced*10 >= text*7 || long >= 6 && longSpaced*10 >= long*9)
}

// denseCopy reports whether the copy has no blank line between its
// first and last lines, as some browsers and editors paste a page: then
// no block sets a caption apart, and a credit is known by its line alone.
func denseCopy(lines []string) bool {
	first, last := slices.IndexFunc(lines, nonEmpty), -1
	for j := len(lines) - 1; j >= 0 && last < 0; j-- {
		if lines[j] != "" {
			last = j
		}
	}
	return first >= 0 && last-first >= 10 && !slices.Contains(lines[first:last], "")
}

// bodyLine reports a line that reads as a paragraph of the story: fifteen
// words or more, ending a sentence.
// aboutLabels open the label of an organisation's own box; aboutLabelRE
// is that label and the organisation's name: "About Mayo Clinic", "Über
// Bosch Home Comfort".
const aboutLabels = `About|ABOUT|Sobre|SOBRE|Acerca de|À propos d[e']|A propos d[e']|Über|Om|Over|Informazioni su|Chi è`

var aboutLabelRE = re(`^(?:` + aboutLabels + `) ?(\p{Lu}.{1,60})$`)

func bodyLine(text string) bool { return wordCount(text) >= 15 && endsSentence(text) }

func nonEmpty(s string) bool { return s != "" }

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// next returns the next undecided non-blank line after i, or -1. Across a
// blank line only in a spaced copy, unless any is set.
func (im *importer) next(i int, any bool) int {
	for j := i + 1; j < len(im.lines); j++ {
		switch {
		case im.lines[j] == "":
			if !im.spaced && !any {
				return -1
			}
		case im.done[j]:
			if !any {
				return -1
			}
		default:
			return j
		}
	}
	return -1
}

// prev returns the previous non-blank line before i if it is undecided,
// or -1; blank lines are crossed as in next.
func (im *importer) prev(i int) int {
	for j := i - 1; j >= 0; j-- {
		switch {
		case im.lines[j] == "":
			if !im.spaced {
				return -1
			}
		case im.done[j]:
			return -1
		default:
			return j
		}
	}
	return -1
}

// dropBoilerplate applies the boilerplate table to every line; lists under
// a heading row are dropped later, once the headline is known (dropLists).
// A box runs to the next blank line; in a dense copy, with none, it
// stops at the first paragraph of the story instead of taking the rest.
func (im *importer) dropBoilerplate(dense bool) {
	for i, text := range im.lines {
		if text == "" {
			continue
		}
		if row := matchBoilerplate(text); row != nil {
			if _, ok := bracketedCredit(text); ok && row.Name == "read-also" {
				continue // "[사진 출처 : 신안군 제공]": a photo's credit, no link
			}
			if _, ok := copyrightCredit(text); (ok && row.Name == "licensing" || row.Alone) && im.prev(i) >= 0 {
				continue // a photo's credit under its caption: the figures' rules decide it
			}
			if c, ok := copyrightCredit(text); ok && row.Name == "licensing" && c != strings.TrimSpace(strings.TrimPrefix(text, "©")) && i+1 < len(im.lines) && im.lines[i+1] != "" && !endsSentence(im.lines[i+1]) {
				continue // "© foto di X/Y" over its caption: a labelled credit, not a notice
			}
			im.drop(i, "boilerplate/"+row.Name, row.Why)
			// "About Mayo Clinic" over "Mayo Clinic is a nonprofit …": the
			// paragraphs under the organisation's label that open with its
			// name are its box (a menu's "About Us" has none).
			if row.Name == "footer" {
				if m := aboutLabelRE.FindStringSubmatch(text); m != nil {
					name := strings.ToLower(m[1]) + " "
					for j := im.next(i, true); j > 0 && !im.done[j] && strings.HasPrefix(strings.ToLower(im.lines[j]), name); j = im.next(j, true) {
						im.drop(j, "boilerplate/"+row.Name, fmt.Sprintf("the organisation's own paragraph under %q (line %d)", text, i+1))
					}
				}
			}
			// "Este artículo fue publicado originalmente en inglés.
			// Traducción de X.": the notice's last sentence credits
			// the translator.
			if cs, ok := noticeSignoff(row.Name, text); ok {
				im.rep.Entries[i].Why += "; contributors " + strings.Join(creditSignoff(&im.doc.Meta, cs), ", ")
			}
			if row.List || row.Name == "read-also" && im.spaced && readAlsoLabelRE.MatchString(text) {
				im.listHeads = append(im.listHeads, i)
			}
			for j := i + 1; row.Box && j < len(im.lines) && im.lines[j] != "" && !im.done[j] && !(dense && bodyLine(im.lines[j]) && (!row.Points || wordCount(im.lines[j]) > 25 || j-i > 5)); j++ {
				im.drop(j, "boilerplate/"+row.Name, fmt.Sprintf("in the box under %q (line %d)", text, i+1))
			}
			if row.Foot {
				im.footBox(i, text)
			}
			if j := i - 1; row.Titled && j >= 0 && im.lines[j] != "" && !im.done[j] && wordCount(im.lines[j]) <= 15 && !creditsStory(im.lines[j]) {
				im.drop(j, "boilerplate/"+row.Name, fmt.Sprintf("the title of the box of line %d", i+1))
			}
			// "Province Afternoon Headlines" right over "Get the day’s top
			// headlines … in your inbox": a newsletter's or an app's name
			// titles its box.
			if j := i - 1; (row.Name == "newsletter" || row.Name == "app-promo") && j >= 0 && boxTitle(im.lines[j]) && !im.done[j] && !creditsStory(im.lines[j]) && !namePlace(im.lines[j]) {
				im.drop(j, "boilerplate/"+row.Name, fmt.Sprintf("the title of the box of line %d", i+1))
			}
		}
	}
	im.commentsOverForm()
	// "ВКонтакте", "E-post" right under two share buttons or more, with
	// no blank line between: the row's last button, a network the table
	// does not know.
	for i := 2; i < len(im.lines); i++ {
		if im.done[i] || im.lines[i] == "" || wordCount(im.lines[i]) > 2 || endsSentence(im.lines[i]) || strings.ContainsAny(im.lines[i], "0123456789") {
			continue
		}
		// "Ruth Pennington" over "BBC News, Cumbria": the byline under
		// the buttons.
		named := nameShaped(im.lines[i]) && classifyCredit(im.lines[i]) == person && i+1 < len(im.lines) && bylineRole(im.lines[i+1]) && (strings.Contains(im.lines[i+1], ", ") || hasRoleWord(im.lines[i+1]))
		if share := func(k int) bool { return im.done[k] && im.rep.Entries[k].Rule == "boilerplate/share" }; share(i-1) && share(i-2) && !im.nameOverCaption(i) && !named {
			im.drop(i, "boilerplate/share", fmt.Sprintf("under the share buttons of lines %d-%d: another one", i-1, i))
		}
	}
	// "Literaturhinweis" over the reference of a study: its label.
	for i := range im.lines {
		if im.done[i] && im.rep.Entries[i].Rule == "boilerplate/reference" {
			j := i - 1
			if j > 0 && im.lines[j] == "" {
				j--
			}
			if j >= 0 && !im.done[j] && referenceLabelRE.MatchString(im.lines[j]) {
				im.drop(j, "boilerplate/reference", fmt.Sprintf("the label of the study's reference (line %d)", i+1))
			}
		}
	}
	// "Zurück" over "Weiter": a gallery's buttons, one line each.
	for i := 0; i+1 < len(im.lines); i++ {
		if !im.done[i] && !im.done[i+1] && wordCount(im.lines[i]) == 1 && wordCount(im.lines[i+1]) == 1 && galleryButtonsRE.MatchString(im.lines[i]+" "+im.lines[i+1]) {
			im.drop(i, "boilerplate/gallery", "a gallery's button, over the other")
			im.drop(i+1, "boilerplate/gallery", "a gallery's button, under the other")
		}
	}
	// "Here is how you can keep reading our trusted content:" right over
	// three or more lines of furniture: the plea introduces the box.
	for i := 1; i+2 < len(im.lines); i++ {
		j := i - 1
		if !im.done[i] || im.done[j] || !strings.HasSuffix(im.lines[j], ":") || wordCount(im.lines[j]) > 40 {
			continue
		}
		n := 0
		for k := i; k < len(im.lines) && im.lines[k] != "" && im.done[k] && strings.HasPrefix(im.rep.Entries[k].Rule, "boilerplate/"); k++ {
			n++
		}
		if n >= 3 {
			im.drop(j, im.rep.Entries[i].Rule, fmt.Sprintf("the introduction of the box under it (lines %d-%d)", i+1, i+n))
		}
	}
}

// footBox drops the box over the button at line i: up to three lines of
// forty words at most, with a blank line (or the top) over them and
// under the button (or a second button beside it), so that no paragraph
// of the story goes with it.
func (im *importer) footBox(i int, button string) {
	// A second button may sit beside it ("Become a member" over "Support
	// us just once"): a short line that is no sentence.
	end := i + 1
	for end < len(im.lines) && end-i <= 2 && im.lines[end] != "" && wordCount(im.lines[end]) <= 5 && !endsSentence(im.lines[end]) {
		end++
	}
	if end < len(im.lines) && im.lines[end] != "" {
		return
	}
	top := i
	for top > 0 && i-top < 3 && im.lines[top-1] != "" && (!im.done[top-1] || im.rep.Entries[top-1].Kind == KindDropped) && wordCount(im.lines[top-1]) <= 40 {
		top--
	}
	if top == i || top > 0 && im.lines[top-1] != "" {
		return
	}
	for j := top; j < end; j++ {
		if !im.done[j] {
			im.drop(j, im.rep.Entries[i].Rule, fmt.Sprintf("in the box of its button %q (line %d)", button, i+1))
		}
	}
}

// clockRE is a time of day, with "am" or "pm" glued to it or not.
var clockRE = re(`\b\d{1,2}[:.h]\d{2}(h|am|pm)?\b`)

// closingDateRE is the date a story closes with, in brackets: "(Published
// 11 March 2025, 23:48 IST)".
var closingDateRE = re(`^\((?:Published|First published|Publié|Publicado|Publicada|Veröffentlicht|Pubblicato|Gepubliceerd|Publicat)\b.{4,60}\)$`)

// closingDate reads the publication date a story closes with (among its
// last twenty lines), as the Deccan Herald prints it under the last
// paragraph. It is the story's date when the header gave none, or gave
// a later one (the last update's).
func (im *importer) closingDate(title int) {
	for i, k := len(im.lines)-1, 0; i > title && k < 20; i-- {
		if im.lines[i] == "" {
			continue
		}
		k++
		if im.done[i] || !closingDateRE.MatchString(im.lines[i]) {
			continue
		}
		d, ok := dateIn(im.lines[i])
		if !ok {
			continue
		}
		why := fmt.Sprintf("the date (%s) the story closes with", d)
		if m := &im.doc.Meta; m.Date == "" || d < m.Date[:min(len(m.Date), len(d))] {
			m.Date = d
			why += ": the story's date"
		}
		im.drop(i, RuleDateline, why)
		return
	}
}

// strayDate takes the story's date from a date line that the header's
// reading stopped short of ("13/03/2025 • 14:20" under a standfirst of
// points and the author's name), when the header gave none: the first
// line that is a date alone, before the body's third long paragraph.
func (im *importer) strayDate(title int) {
	m := &im.doc.Meta
	if m.Date != "" {
		return
	}
	for i, long := title+1, 0; i < len(im.lines) && long < 3; i++ {
		text := im.lines[i]
		if im.done[i] || text == "" {
			continue
		}
		if wordCount(text) >= 30 {
			long++
			continue
		}
		if wordCount(text) > 12 || endsSentence(text) || !opensDate(text) {
			continue
		}
		// Between two sentences of the body, a date is the body's.
		p, n := im.prev(i), im.next(i, false)
		if p > title && n > 0 && endsSentence(im.lines[p]) && endsSentence(im.lines[n]) {
			continue
		}
		if d, update, why, ok := dateLine(text); ok && !update && d != "" {
			m.Date = d
			im.drop(i, RuleDateline, why+" between the header and the body: the story's date")
			// "SDA" alone under it: the agency the story is from.
			if n > 0 && wordCount(im.lines[n]) <= 2 {
				if a, ok := Agency(im.lines[n]); ok {
					im.sources(n, []string{a}, "an agency alone under the story's date")
				}
			}
			return
		}
	}
}

// opensDate reports whether a line opens with its date: a number, a
// month's name, or one word before them, a weekday's name or a label
// ("Lunes 10 de marzo de 2025", "Sat Mar 9 2024", "Stand: 12.03.2024",
// "입력 : 2025-12-05"), or after a bar; not a fact ("Coldest night:
// -14.2C on 10 January 1982").
func opensDate(text string) bool {
	ws := strings.Fields(strings.ReplaceAll(text, " :", ":"))
	dateWord := func(w string) bool {
		_, month := monthNumber(strings.Trim(w, ".,"))
		return month || strings.ContainsFunc(w, unicode.IsDigit)
	}
	if len(ws) > 0 && (dateWord(ws[0]) || len(ws) > 1 && dateWord(ws[1])) {
		return true
	}
	// "Henrike Vossberg | 12.03.2025": the date after a bar.
	_, after, bar := strings.Cut(text, " | ")
	return bar && opensDate(after)
}

// commentThread drops the readers' comments under a count of them
// ("Comments (2)") or a comments heading: each a name, a time stamp, the
// comment and its buttons ("Recommend 0"). It needs a time stamp within
// three lines of the heading (one that names its poster under a heading
// without a count), and runs to the last comment's text and
// the short lines right under it; each comment starts within twelve
// lines of the last.
func (im *importer) commentThread() {
	for h := 0; h < len(im.lines); h++ {
		if !im.done[h] || im.rep.Entries[h].Rule != "boilerplate/comments" {
			continue
		}
		// Under a heading without a count ("Comment" may be a button in
		// the header, over the byline and date), a stamp must name its
		// poster.
		counted := strings.ContainsAny(im.lines[h], "0123456789")
		// Nor is one a thread among the share buttons ("Bookmark",
		// "Share", "Comments" over the byline, its date and the lead
		// photo).
		if !counted && im.prevRule(h, "boilerplate/share") {
			continue
		}
		// The last time stamp, and how many lines the next may be away:
		// lines of text, so that a copy with a blank line after every
		// line reads the same.
		last, budget := -1, 3
		for k, seen := h+1, 0; k < len(im.lines) && seen < budget; k++ {
			if im.lines[k] == "" {
				continue
			}
			seen++
			if commentStamp(im.lines[k], counted) || im.namedDate(k) {
				last, seen, budget = k, 0, 12
			}
		}
		if last < 0 {
			continue
		}
		// The last comment's text, and the short lines under it ("Reply").
		end := im.nextLine(last)
		if end < 0 {
			end = last
		}
		for n := im.nextLine(end); n >= 0 && wordCount(im.lines[n]) <= 3 && !bodyLine(im.lines[n]) && (n == end+1 || im.spaced); n = im.nextLine(end) {
			end = n
		}
		for k := h + 1; k <= end && k < len(im.lines); k++ {
			if !im.done[k] {
				im.drop(k, "boilerplate/comments", fmt.Sprintf("in the readers' comments under line %d", h+1))
			}
		}
		// A count inside the thread reaches the same last comment: the
		// thread is read once.
		h = end
	}
}

// commentStamp is a comment's time stamp with its poster ("1.Posté par
// Ti Zozo le 12/03/2025 09:41"), or, when bare is true, without one
// ("12 March 2025 09:41").
func commentStamp(s string, bare bool) bool {
	if wordCount(s) > 10 || !clockRE.MatchString(s) && !spacedClockRE.MatchString(s) {
		return false
	}
	if _, _, _, ok := dateLine(s); ok && bare && wordCount(s) <= 8 {
		return true
	}
	_, ok := dateIn(s)
	return ok && postedByRE.MatchString(s)
}

// spacedClockRE is a time of day as French WordPress themes print it:
// "19 h 04 min".
var spacedClockRE = re(`\b\d{1,2} h \d{2}\b`)

// postedByRE is "posted by" before a commenter's name.
var postedByRE = re(`(?i)(?:^|[^\p{L}])(?:posted by|posté par|publicado por|postado por|gepostet von|pubblicato da|geplaatst door|publicat per)\s`)

// signupTops drops the title and blurb at the top of a newsletter's
// sign-up box: a block between blank lines whose other lines, three or
// more, are furniture, one of them a newsletter's ("Weekly Agriculture",
// "The policy fights shaping farms, food and rural America, every
// Monday.", over "Email", "Sign Up", "By signing up, you agree to
// receive email newsletters …").
func (im *importer) signupTops(title int) {
	for a := title + 1; a < len(im.lines); {
		b := a
		for b < len(im.lines) && im.lines[b] != "" {
			b++
		}
		if b > a {
			var open []int
			dropped, newsletter := 0, false
			for i := a; i < b; i++ {
				switch k := im.rep.Entries[i].Kind; {
				case !im.done[i] || k == KindHeading || k == KindParagraph:
					open = append(open, i)
				case k == KindDropped:
					dropped++
					newsletter = newsletter || im.rep.Entries[i].Rule == "boilerplate/newsletter" || strings.Contains(strings.ToLower(im.lines[i]), "newsletter")
				}
			}
			if newsletter && (dropped >= 3 || dropped == 2 && signUpButtonRE.MatchString(im.lines[b-1])) && len(open) >= 1 && len(open) <= 2 && open[len(open)-1] == a+len(open)-1 {
				for _, i := range open {
					if wordCount(im.lines[i]) > 20 {
						open = nil
					}
				}
				for _, i := range open {
					im.drop(i, "boilerplate/newsletter", fmt.Sprintf("the title or blurb of the sign-up box of lines %d-%d", a+1, b))
				}
			}
		}
		a = b + 1
	}
	im.gluedSignupTops(title)
}

// gluedSignupTops drops the title and blurb of a sign-up box that a copy
// glues to the story, with no blank line around the box: over the box's
// button ("Sign Up", "S’inscrire", "Subscribe") or three lines of its
// furniture with its newsletter line, either a name and a sentence under
// a paragraph of the story ("Weekly Agriculture", "The policy fights
// shaping farms …"), or one line between the newsletter's line and its
// button ("Sign up to the Earth newsletter", "The week’s biggest stories
// …", "Sign up").
func (im *importer) gluedSignupTops(title int) {
	for i := title + 2; i < len(im.lines); i++ {
		if !im.done[i] || im.rep.Entries[i].Kind != KindDropped || im.done[i-1] || im.lines[i-1] == "" {
			continue
		}
		end, newsletter := i, false
		for ; end < len(im.lines) && im.lines[end] != "" && im.done[end] && im.rep.Entries[end].Kind == KindDropped; end++ {
			newsletter = newsletter || im.rep.Entries[end].Rule == "boilerplate/newsletter"
		}
		if !signUpButtonRE.MatchString(im.lines[i]) && !(end-i >= 3 && newsletter) {
			continue
		}
		var open []int // from the bottom up
		k := i - 1
		for ; k > title && len(open) < 2 && im.lines[k] != "" && !im.done[k] && wordCount(im.lines[k]) <= 30; k-- {
			open = append(open, k)
		}
		if k <= title || len(open) == 0 {
			continue
		}
		sandwich := len(open) == 1 && im.done[k] && (im.rep.Entries[k].Rule == "boilerplate/newsletter" || im.rep.Entries[k].Rule == "boilerplate/app-promo")
		story := len(open) == 2 && !im.done[k] && wordCount(im.lines[k]) >= 15 && wordCount(im.lines[open[1]]) <= 10 && !endsSentence(im.lines[open[1]]) && endsSentence(im.lines[open[0]])
		if !sandwich && !story {
			continue
		}
		for _, o := range open {
			im.drop(o, "boilerplate/newsletter", fmt.Sprintf("the title or blurb of the sign-up box of lines %d-%d, glued to the story", i+1, end))
		}
		i = end
	}
}

// kickerOver reports a label of one to three words over a headline and
// its standfirst, with the byline and date far below, under the page's
// tools ("Fernwärme", "Rechenzentrum heizt Leipziger Wohnviertel: …",
// "Seit Januar speist …"): the headline is six to twenty words that do
// not end like a sentence, the standfirst a sentence of fifteen or more.
// A name is a byline, unless it is in capitals under a label in
// capitals (underCaps).
func kickerOver(label, headline, standfirst string, underCaps bool) bool {
	if byWordRE.MatchString(label) || nameShaped(label) && !(underCaps && allCaps(label)) {
		return false // "Von Timo Brandner": the byline, above the headline; "SCIENCE" over "SUMMER HEAT" are labels
	}
	n := wordCount(headline)
	return wordCount(label) <= 3 && n >= 6 && n <= 20 && !endsSentence(headline) && !endsQuestion(headline) &&
		wordCount(standfirst) >= 15 && endsSentence(standfirst) && standfirst != headline
}

// authorInitials reports whether s is the initials of one of the story's
// authors, as a paragraph closes with them: "(H.M.)" for Hélio Macuácua.
func (im *importer) authorInitials(s string) bool {
	s = strings.NewReplacer(".", "", " ", "", "(", "", ")", "").Replace(s)
	if s == "" || len(s) > 6 || s != strings.ToUpper(s) {
		return false
	}
	return slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return initials(a) == s })
}

// authorIs reports a sentence that opens with the name of one of the
// story's authors and the word for "is" or "was": "Hélène Vasseur-Lamy
// est économiste des transports …", a guest author's bio.
func (im *importer) authorIs(s string) bool {
	s = strings.TrimPrefix(s, "*") // "*Helena Ribeiro é professora…", for "Por Helena Ribeiro*"
	for _, a := range im.doc.Meta.Authors {
		if rest, ok := strings.CutPrefix(s, a+" "); ok && endsSentence(s) {
			// "Elena Marchamalo (Zaragoza, 1988) es periodista.": where
			// and when the author was born, between name and verb.
			if strings.HasPrefix(rest, "(") {
				_, rest, _ = strings.Cut(rest, ") ")
			}
			verb, _, _ := strings.Cut(rest, " ")
			if bioVerbs[verb] {
				return true
			}
		}
	}
	return false
}

// guestRoleRE is a word of a guest author's role: a profession, a
// university or an elected office.
var guestRoleRE = re(`(?i)\b(?:adjointe?|maire|conseill(?:er|ère)|députée?|sénat(?:eur|rice)|concejala?|alcaldesa?|diputada?|senadora?|vereadora?|deputada?|bürgermeisterin|bürgermeister|stadträtin|stadtrat|abgeordnete|assessora?|assessore|sindac[oa]|consigliere|councillor|councilwoman|councilman|mayor|professor|professora|profesora?|professeure?|professore|professoressa|economist|economista|économiste|ökonomin|ökonom|researcher|investigador|investigadora|chercheur|chercheuse|forscherin|forscher|ricercatore|ricercatrice|lecturer|university|universidad|université|universität|università|universidade|universiteit|universitat)\b`)

// bioVerbs are the words for "is" and "was" that open an author's bio
// after the name, and those that open the disclosure statement under a
// guest's piece ("X receives funding from …", "X does not work for …").
var bioVerbs = set("is was es fue era est était ist war é foi è és receives recebe recibe reçoit erhält riceve does não ne non arbeitet")

// inMenu reports whether line i is in a block of four lines or more, with
// no blank line between, all of them labels (kickerShaped).
func (im *importer) inMenu(i int) bool {
	a, b := i, i
	for a > 0 && im.lines[a-1] != "" && kickerShaped(im.lines[a-1]) {
		a--
	}
	for b+1 < len(im.lines) && im.lines[b+1] != "" && kickerShaped(im.lines[b+1]) {
		b++
	}
	return b-a >= 3
}

// videoTitle returns the undecided line that titles the video labelled
// at line i, crossing its dropped duration, or -1 if the title was
// already taken (with its credit, in figures).
func (im *importer) videoTitle(i int) int {
	for j := i + 1; j < len(im.lines); j++ {
		switch {
		case im.lines[j] == "":
		case !im.done[j]:
			return j
		case im.rep.Entries[j].Kind != KindDropped || im.rep.Entries[j].Rule == "boilerplate/video":
			return -1
		}
	}
	return -1
}

// boxTitle reports a line shaped as a box's title: a few words in
// capitals or title case, not a sentence.
// namePlace reports a name and the place its bearer writes from, a
// story's signature: "Олена Гнатюк, Житомир".
func namePlace(s string) bool {
	name, place, found := strings.Cut(s, ", ")
	return found && nameShaped(name) && wordCount(place) <= 2 && startsUpper(place) && !strings.Contains(place, ",")
}

func boxTitle(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 6 && startsUpper(s) && !endsSentence(s) && !endsQuestion(s) && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ",")
}

// dropMediaTeasers drops the title under a video's labelled duration,
// and a video or audio teaser copied as a block of three to six short
// lines with its duration inside ("Superior Morning", "6:42", the clip's
// title and its blurb), in a copy whose blocks are set apart by blank
// lines.
func (im *importer) dropMediaTeasers() {
	// "durée de la vidéo : 00h01mn52s" over the video's title, which may
	// end with a credit as a photo's caption does.
	for i := 0; i+1 < len(im.lines); i++ {
		if im.done[i] && videoDurationRE.MatchString(im.lines[i]) && !im.done[i+1] && im.lines[i+1] != "" && wordCount(im.lines[i+1]) <= 30 {
			im.drop(i+1, "boilerplate/video", fmt.Sprintf("the title of the video of line %d", i+1))
		}
	}
	if !im.spaced {
		return
	}
	for i, text := range im.lines {
		if !durationRE.MatchString(text) {
			continue
		}
		a, b := i, i
		for a > 0 && im.lines[a-1] != "" {
			a--
		}
		for b+1 < len(im.lines) && im.lines[b+1] != "" {
			b++
		}
		// A time at the head of a block is a live page's time stamp.
		if i == a || b-a < 2 || b-a >= 6 {
			continue
		}
		// The article's own player under its byline and date ("Noluthando
		// Baxter", "12 Mar 2024", "Listen to this article", "0:00") is
		// the header's, not a teaser.
		short, header := true, false
		for k := a; k <= b; k++ {
			short = short && wordCount(im.lines[k]) <= 25
			_, _, _, date := dateLine(im.lines[k])
			header = header || k != i && date || im.rep.Entries[k].Rule == "boilerplate/audio"
		}
		if !short || header {
			continue
		}
		for k := a; k <= b; k++ {
			if !im.done[k] || im.rep.Entries[k].Kind == KindDropped {
				im.drop(k, "boilerplate/video", fmt.Sprintf("a video or audio teaser with its duration %q (line %d)", text, i+1))
			}
		}
	}
}

// titleOverDek reports a magazine's short title at line i over its dek
// at line d, sentences that a headline would not end with a full stop,
// the byline or date after them: "Mahlen auf Bestellung" over "Seit der
// Pandemie backen Zehntausende ihr Brot selbst. …" over "Text: Kerstin
// Albrecht"; "Berner wüten über Nacht-Parkgebühr" over its dek over
// "Publiziert: 18.11.2025 um 16:12 Uhr". Without it, the short title
// reads as a kicker.
func (im *importer) titleOverDek(i, d int) bool {
	t, dek := im.lines[i], im.lines[d]
	n := wordCount(t)
	j := im.next(d, true)
	return n >= 2 && n <= 6 && startsUpper(t) && !endsSentence(t) && !endsQuestion(t) && !strings.HasSuffix(t, ":") && !strings.ContainsAny(t, "0123456789|/") &&
		!nameShaped(t) && wordCount(dek) >= 15 && wordCount(dek) <= 45 && endsSentence(dek) && !im.headerLine(d) && (im.headerAfter(d) || j >= 0 && im.isDateLine(j))
}

// durationRE is a clip's duration alone on its line: "6:42", "1:02:15".
var durationRE = re(`^\d{1,2}:\d{2}(?::\d{2})?$`)

// headerRating drops a review's rating set in the header, between the
// headline and the byline or date ("★★★★☆", Télérama's "On aime
// passionnément"): the page's badge. Under the last paragraph, a rating
// is the review's own last line, and stays.
func (im *importer) headerRating(title int) {
	last := -1 // the header's last byline or date line
	for j := title + 1; j < len(im.lines) && j <= title+30; j++ {
		if r := im.rep.Entries[j].Rule; r == RuleDateline || strings.HasPrefix(r, "byline") {
			last = j
		}
	}
	for j := title + 1; j < last; j++ {
		if !im.done[j] && ratingRE.MatchString(im.lines[j]) {
			im.drop(j, RuleKicker, "a review's rating in the header, between the headline and the byline")
		}
	}
}

// ratingRE is a review's rating: stars, with a score out of five or ten,
// or Télérama's verdict.
var ratingRE = re(`^(?:[★☆✩✪⭐✰]{2,5}(?:\s*\(?\d(?:[.,]5)?\s*/\s*(?:5|10)\)?)?|(?i:on aime passionnément|on aime beaucoup|on aime bien|on aime un peu|on n['’]aime pas(?: du tout)?)|(?i:giudizio|voto|rating|note|bewertung|wertung|valoración|nota|beoordeling|cotação)\s*:\s*\d(?:[.,]5)?\s*/\s*(?:5|10))$`)

// loneNumberRE is a number standing alone, as a score's do ("Ashbourne
// Vale 0 , Kingsmere United 1"), not "3채" (three houses).
var loneNumberRE = re(`(?:^|\s)\d+(?:\s|$)`)

// topMenu drops the page's top as a copy carries it whole, before the
// headline: links, the markets' figures, a match's score and scorers, a
// video's teaser, in lines of eight words or fewer with no sentence among
// them, ten or more, over a headline that a byline or date follows
// within eight lines. Of the lines shaped as headlines there, the longest
// is the headline ("Ashbourne Vale 0 , Kingsmere United 1" is a score's).
// Dates and bylines among them are left to the header.
func (im *importer) topMenu() {
	overCredit := func(i int) bool { _, _, ok := im.overCredit(i); return ok } // a caption, no headline
	// "Rentner … liest … den Wasserstand ab | Bildquelle: WDR/X": a
	// caption with its labelled credit, no headline either.
	captioned := func(l string) bool {
		_, _, ok := captionWithCredit(l)
		return ok && containsLabel(l)
	}
	count, best, n := 0, -1, 0
	first, tagline := -1, -1
	for i := 0; i < len(im.lines) && n < 150; i++ {
		l := im.lines[i]
		if l != "" && im.done[i] && n > 0 && best < 0 && im.rep.Entries[i].Kind == KindDropped && wordCount(l) <= 8 {
			count++ // a menu that the table or a short run already dropped
			continue
		}
		if l == "" || im.done[i] {
			continue
		}
		n++
		if best >= 0 && im.headerLine(i) {
			break
		}
		w := wordCount(l)
		// A blog's name, its tagline and its menu over the post's
		// title, which the body follows: the header has no byline
		// ("Croix-Rousse Info", "L’actualité du plateau et des pentes,
		// par un journaliste indépendant", "Accueil", …).
		blog := tagline >= 0 && count >= 6 && best < 0 && im.bodyAfter(i) && im.postTitle(i)
		// Or the date and source over the headline ("12:47, 12 марта
		// 2025", "Источник: Meduza"), under a shorter menu.
		// A sentence in a script without case is no headline in title
		// case, as titleCased would have it.
		if w >= 5 && w <= 30 && (!endsSentence(l) || titleCased(l) && !uncasedText(l)) && !overCredit(i) && !captioned(l) && !im.headerLine(i) && (count >= 10 && (im.headerAfter(i) || im.dateWithin(i, 8)) || blog || count >= 5 && im.stampAbove(i) && im.bodyWithin(i, 10)) {
			// The longest is the headline, but for a dek right under a
			// headline of six words or more, over the byline (ANSA's
			// "Ditta chiede sei mesi in più, …"), or over a name and
			// the date ("Ilze Strautiņa", "Piektdiena, 2025. gada 5.
			// decembris").
			headline := func(h int) bool {
				return h >= 0 && im.above(i) == h && wordCount(im.lines[h]) >= 6 && !loneNumberRE.MatchString(im.lines[h]) && (im.headerAfter(i) || im.dateWithin(i, 3))
			}
			switch {
			case best < 0 && w >= 10 && headline(im.above(i)) && !endsSentence(im.lines[im.above(i)]):
				best = im.above(i) // the headline, counted as the menu's last line
			case best < 0 || w > wordCount(im.lines[best]) && !headline(best):
				best = i
			}
		}
		if n == 1 {
			first = i
		}
		if n == 2 && wordCount(im.lines[first]) <= 4 && w >= 4 && w <= 16 && !endsSentence(l) && !im.headerAfter(i) && !im.dateWithin(i, 3) {
			tagline = i
			count++
			continue
		}
		if w > 8 || endsSentence(l) && !strings.HasSuffix(l, ":") || utf8.RuneCountInString(l) > 60 {
			break
		}
		count++
	}
	if best < 0 {
		return
	}
	for i := 0; i < best; i++ {
		if im.lines[i] == "" || im.done[i] || im.headerLine(i) {
			continue
		}
		if _, _, _, ok := dateLine(im.lines[i]); ok && tagline >= 0 && i > tagline {
			continue // the date over a blog's post ("martedì 11 marzo 2025"): the header's
		}
		if names, _, ok := labelledSource(im.lines[i]); ok {
			im.sources(i, names, "a source line over the headline") // "Извор: РТС, Танјуг"
			continue
		}
		if d, ok := issueDate(im.lines[i]); ok {
			im.issue = d
			im.drop(i, RuleDateline, fmt.Sprintf("a magazine's issue over the headline: its month (%s) is the article's date when the header gives no day", d))
			continue
		}
		im.drop(i, RuleKicker, fmt.Sprintf("the page's top before the headline (line %d): links, figures and labels", best+1))
	}
}

// bodyWithin reports a paragraph of twenty words or more among the n
// lines after line i, decided or not.
func (im *importer) bodyWithin(i, n int) bool {
	for j := i; n > 0; n-- {
		if j = im.next(j, true); j < 0 {
			return false
		}
		if wordCount(im.lines[j]) >= 20 {
			return true
		}
	}
	return false
}

// stampAbove reports a date line, with a source line or none between,
// right over line i: the header printed above the headline.
func (im *importer) stampAbove(i int) bool {
	for j, k := i, 0; k < 2; k++ {
		if j = im.prev(j); j < 0 {
			return false
		}
		if _, _, _, ok := dateLine(im.lines[j]); ok {
			return true
		}
		if !sourceLineRE.MatchString(im.lines[j]) {
			return false
		}
	}
	return false
}

// titleCased reports a headline in English title case, which may end
// with a full stop: "This Vermont Town Just Voted To Buy Its Only Store.
// Here's How It Will Work." Every word of four letters or more is
// capitalised, and there are six words or more.
func titleCased(text string) bool {
	ws := words(text)
	if len(ws) < 6 {
		return false
	}
	long := 0
	for _, w := range ws {
		if utf8.RuneCountInString(strings.Trim(w, ".,;:!?\"'“”‘’")) < 4 {
			continue
		}
		if !startsUpper(strings.TrimLeft(w, "\"'“‘(")) {
			return false
		}
		long++
	}
	return long >= 3
}

// tickers drops the alert tickers that local stations set over the
// headline: a label in capitals before a colon ("FIRST ALERT WEATHER
// DAY: Freezing drizzle possible Thursday morning", "EN VIVO: Noticiero
// a las 6 p.m.") or the alert under a count of alerts ("1 Weather
// Alert" over "Wind Advisory for Seattle metro through 10 p.m."), when a
// line shaped as a headline follows within twelve lines and a byline or
// date follows that one. Tickers come before any line of five words or
// more but the page's first (its name may be long).
func (im *importer) tickers() {
	for i, n := 0, 0; i < len(im.lines) && n < 40; i++ {
		if im.lines[i] == "" || im.done[i] {
			continue
		}
		n++
		l := im.lines[i]
		m := tickerLabelRE.FindStringSubmatch(l)
		alert := m != nil && utf8.RuneCountInString(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, m[1])) >= 4
		if p := im.above(i); !alert && p >= 0 && alertCountRE.MatchString(im.lines[p]) && wordCount(l) <= 16 {
			alert = true
		}
		// "LUNGILE MAHLANGU-VOSLOO: Spaza owners …": a columnist's name
		// over their headline, which the byline under it names again.
		for j, k := i, 0; alert && m != nil && k < 8; k++ {
			if j = im.next(j, true); j < 0 {
				break
			}
			if strings.Contains(strings.ToLower(im.lines[j]), strings.ToLower(m[1])) {
				alert = false
			}
		}
		if !alert && wordCount(l) >= 5 && n > 1 {
			return // a line of the header or the story came first: the menu is over
		}
		if !alert {
			continue
		}
		for j, k := i, 0; k < 12; k++ {
			if j = im.next(j, true); j < 0 {
				break
			}
			h := im.lines[j]
			// "AO VIVO: Temporal em Florianópolis…" right over a longer
			// line: a live page's headline over its standfirst.
			if k == 0 && m != nil && liveLabelRE.MatchString(m[1]) && wordCount(h) > wordCount(l) {
				break
			}
			if w := wordCount(h); w >= 5 && w <= 30 && (!endsSentence(h) || titleCased(h)) && !tickerLabelRE.MatchString(h) && im.postTitle(j) && (im.headerAfter(j) || im.dateWithin(j, 8)) {
				im.drop(i, RuleKicker, fmt.Sprintf("an alert ticker over the headline (line %d)", j+1))
				break
			}
		}
	}
}

// breakingBar drops a breaking-news bar over the headline: its label
// alone on a line ("PILNE", "Ultima oră") and the other stories'
// headlines under it, when a later line is the headline, over its date.
// A label right over that headline is its kicker, which the header reads.
func (im *importer) breakingBar() {
	for i, n := 0, 0; i < len(im.lines) && n < 30; i++ {
		if im.lines[i] == "" || im.done[i] {
			continue
		}
		n++
		// "LIVE" over "Directo | Sigue la última hora del fútbol
		// catalán": a live page's teaser over another story's header,
		// which may take a standfirst, a byline and a place before its
		// date.
		live := liveLabelRE.MatchString(im.lines[i])
		if !live && !breakingLabelRE.MatchString(im.lines[i]) {
			continue
		}
		first := im.next(i, true)
		if first < 0 || im.dateWithin(first, 2) {
			return
		}
		for j, k := first, 0; k < 8; k++ {
			if j = im.next(j, true); j < 0 {
				return
			}
			h := im.lines[j]
			if w := wordCount(h); w < 5 || w > 30 || endsSentence(h) || !im.postTitle(j) || !im.dateWithin(j, 2) && !(live && im.dateWithin(j, 5) && im.headerAfter(j)) {
				continue
			}
			// "LIVE" over a live page's own headline, then its
			// standfirst: a teaser is a headline of its own, set apart
			// by a bar or a label.
			if live && (k == 0 && !strings.Contains(im.lines[first], " | ") || wordCount(im.lines[first]) < 4) {
				continue
			}
			if live && !strings.Contains(im.lines[first], " | ") && slices.ContainsFunc(im.lines[first+1:j], func(l string) bool { return wordCount(l) > 3 }) {
				return // only labels ("Voetbal") between the teaser and the headline
			}
			im.drop(i, RuleKicker, fmt.Sprintf("the label of a breaking-news bar or a live page's teaser over the headline (line %d)", j+1))
			for m := first; m < j; m++ {
				if im.lines[m] != "" && !im.done[m] && wordCount(im.lines[m]) >= 4 {
					im.drop(m, RuleKicker, fmt.Sprintf("another story's headline in the breaking-news bar of line %d", i+1))
				}
			}
			return
		}
		return
	}
}

// breakingLabelRE is the label of a bar of breaking news, alone on its
// line.
var breakingLabelRE = re(`^(?i:pilne|breaking(?: news)?|eilmeldung(?:en)?|urgente|[úu]ltima hora|[úu]ltima or[ăa]|ultim['’]ora|derni[èe]re minute|lo [úu]ltimo|[úu]ltimas noticias|срочно|терміново|z ostatniej chwili|nejnovější zprávy|najnovšie správy|legfrissebb|laatste nieuws|just in)\s*:?$`)

// tickerLabelRE is an alert's label in capitals before a colon; alertCountRE
// is a count of alerts or closings over the first one.
var (
	tickerLabelRE = re(`^(\p{Lu}[\p{Lu}\d &'’.-]{2,40}):\s+\S`)
	alertCountRE  = re(`^(?i:\d+ (?:weather alerts?|alerts?|active alerts?|closings?(?: (?:or|and|&) delays)?|alertas?(?: del clima)?|avisos?))$`)
)

// postTitle reports whether line i may be a blog post's title: no date,
// byline or photo caption.
func (im *importer) postTitle(i int) bool {
	l := im.lines[i]
	if _, _, _, ok := dateLine(l); ok {
		return false
	}
	if _, _, ok := bylineLine(l, true); ok {
		return false
	}
	_, _, ok := CaptionCredit(l)
	return !ok
}

// bodyAfter reports whether the body starts under line i: one of the
// next two lines is a paragraph of thirty words or more.
func (im *importer) bodyAfter(i int) bool {
	j := i
	for k := 0; k < 2; k++ {
		if j = im.next(j, true); j < 0 {
			return false
		}
		if wordCount(im.lines[j]) >= 30 && endsSentence(im.lines[j]) {
			return true
		}
	}
	return false
}

// header finds the headline and the header around it: kickers before it;
// standfirst, bylines, roles, dates, update lines and agency credits after
// it, in any order. The header ends at the last of these among the first
// lines; body text before it (a standfirst, a lead photo) stays body. It
// returns the headline's line, or -1 when there is no text.
func (im *importer) header() int {
	m := &im.doc.Meta
	date, updateDate := "", ""
	im.tickers()
	im.breakingBar()
	im.topMenu()
	// A menu at the top, five or more labels with no blank line between
	// ("News", "Business", "Politics", …), goes with the kickers.
	// The outlet's name and motto may stand over it, apart ("Kathpress",
	// "Katholische Presseagentur Österreich", then the menu): the longest
	// run counts.
	menu, run := 0, 0
	for i, l := range im.lines {
		if im.done[i] {
			continue // "Zum Inhalt springen", which the table dropped
		}
		if l == "" && run > 0 && im.spaced {
			menu, run = max(menu, run), 0
			continue
		}
		if l != "" && !kickerShaped(l) {
			// The site's name right over its menu counts with it.
			if menu == 0 && run == 0 && (im.overMenu(i) || im.filledAbove(i) == 0 && viMastheadRE.MatchString(l)) {
				run++
				continue
			}
			break
		}
		if l != "" {
			run++
		}
	}
	// In a copy with blank lines between all its lines, the outlet's
	// name and motto over the menu, a date among the labels.
	if f := im.next(-1, true); menu == 0 && run <= 1 && im.spaced && f >= 0 && (mastheadShaped(im.lines[f]) || im.overMenu(f)) {
		run = 1 + im.spacedMenu(f+1)
	}
	if menu = max(menu, run); menu < 5 {
		menu = 0
	}
	var cand []int // the first undecided lines
	for i := 0; i < len(im.lines) && len(cand) < 9+menu; i++ {
		if im.done[i] {
			continue
		}
		// "Notícia da edição impressa de 19/11/2025": the print edition's
		// date, the story's when the header gives none.
		if d, ok := issueDate(im.lines[i]); ok && im.aboveHeadline(i, cand) {
			im.issue = d
			im.drop(i, RuleDateline, fmt.Sprintf("the print edition's date (%s) above the headline: the article's when the header gives none", d))
			continue
		}
		// A time stamp above the headline belongs to the header.
		if d, update, why, ok := dateLine(im.lines[i]); ok && im.aboveHeadline(i, cand) {
			// "Ragnhildur Þórisdóttir | 5.12.2026 | 10:15": the author and
			// the date, above the headline.
			if names, _, by := bylineLine(im.lines[i], true); by && !update && len(names) > 0 && dotParts(im.lines[i]) != nil {
				date = cmp.Or(date, d)
				for _, n := range names {
					im.credit(i, RuleBylineBy, n)
				}
				continue
			}
			if update {
				updateDate = cmp.Or(updateDate, d)
				im.drop(i, RuleUpdate, why+" above the headline")
			} else {
				date = cmp.Or(date, d)
				im.drop(i, RuleDateline, why+" above the headline")
			}
			continue
		}
		// The lead photo's caption above the headline, its credit
		// labelled in brackets: "Archivbild: Das Spreeufer … (Quelle:
		// dpa/Jonas Reimer)". The figure goes before the story.
		if caption, credit, ok := leadCaptionAbove(im.lines[i]); ok && len(cand) < 6 {
			fig := im.figure(i, -1, credit, "")
			im.caption(fig, i, caption, fmt.Sprintf("a caption with its credit %q in labelled brackets, above the headline: the lead photo's", credit))
			continue
		}
		// The lead photo's credit and caption above the headline, under
		// the menu: "Alamy Stock Photo", "Bicycles locked outside Howth
		// Junction station.", then the headline.
		if credit, ok := creditLine(im.lines[i]); ok && len(cand) < 9 && im.lines[i] != "" {
			if j := im.next(i, true); j > 0 && endsSentence(im.lines[j]) && wordCount(im.lines[j]) >= 3 && wordCount(im.lines[j]) <= 40 && !im.isDateLine(j) {
				if k := im.next(j, true); k > 0 && headlineShaped(im.lines[k]) && !endsSentence(im.lines[k]) && wordCount(im.lines[k]) >= 5 && (im.headerAfter(k) || im.dateWithin(k, 8)) {
					fig := im.figure(j, i, credit, "the lead photo's credit above its caption and the headline")
					im.caption(fig, j, im.lines[j], "the caption under the lead photo's credit, above the headline")
					i = j
					continue
				}
			}
		}
		// The lead photo's caption over its labelled credit, above the
		// headline: "بستر خشک تالاب گاوخونی …، آبان ۱۴۰۴", "عکس: سعید
		// امیری", then the section's label and the headline over the date.
		if j, credit, ok := im.overCredit(i); ok && len(cand) < 9+menu && wordCount(im.lines[i]) >= 4 && !endsQuestion(im.lines[i]) {
			if k := im.next(j, true); k > 0 && im.dateWithin(k, 4) {
				fig := im.figure(i, j, credit, "the lead photo's credit under its caption, above the headline")
				im.caption(fig, i, im.lines[i], "the caption over the lead photo's credit, above the headline")
				i = j
				continue
			}
		}
		cand = append(cand, i)
	}
	if len(cand) == 0 {
		// Everything was furniture: the first non-empty line is the title.
		for i, l := range im.lines {
			if l != "" {
				cand = []int{i}
				break
			}
		}
		if len(cand) == 0 {
			return -1
		}
	}
	// Kickers: up to seven short labels right before a headline (a
	// breadcrumb, "Accueil", "Grand Sud", "Gers", "Auch", and the
	// section's label under it: "Startseite", "Bremen", "Stadtteile",
	// "Findorff", "Findorff"), the
	// first of which may be a page's notice, a sentence ("Sorry, this
	// feature is unavailable at the moment.").
	t := 0
	notice := func(k int) bool {
		return k == 0 && endsSentence(im.lines[cand[0]]) && wordCount(im.lines[cand[0]]) >= 6
	}
	// The outlet's name with its motto at the top ("Corse Net Infos - Pure
	// player corse"), over a headline that is no sentence.
	// Or the site's name right over its menu, with no blank line between
	// ("Médecins Sans Frontières (MSF) International", "What we do",
	// "Where we work", …).
	// Or the site's name at the page's top over a menu that the table or
	// the short-run rule already dropped ("Canaltech", "明報新聞網", "UNT").
	// Or a Vietnamese paper's name, "Báo" (newspaper) and the province
	// ("BÁO AN GIANG ĐIỆN TỬ", "Báo Quảng Ngãi điện tử").
	// Or the outlet's long name over the section's label ("Le Journal de
	// l'île de La Réunion", "Société", then the headline).
	masthead := func(k int) bool {
		return k == 0 && (mastheadShaped(im.lines[cand[0]]) || outletNameShaped(im.lines[cand[0]]) && kickerShaped(im.lines[cand[1]]) || viMastheadRE.MatchString(im.lines[cand[0]]) || im.overMenu(cand[0]) || im.overDroppedMenu(cand[0], cand[1])) && !endsSentence(im.lines[cand[1]])
	}
	// A date among them ("12.03.2025, 11:27" between the menu and the
	// keywords) is read with them.
	// Not under a notice or a name: there the header has begun.
	stamp := func(k int) bool {
		if k == 0 || notice(0) {
			return false
		}
		if _, _, ok := bylineLine(im.lines[cand[k-1]], true); ok {
			return false
		}
		d, up, _, ok := dateLine(im.lines[cand[k]])
		return ok && d != "" && !up
	}
	for k := 0; k < len(cand)-1 && k < 7+menu && (kickerShaped(im.lines[cand[k]]) || notice(k) || masthead(k) || stamp(k) || im.namedOnDate(cand[k])); k++ {
		// The header may come after the standfirst and the lead photo
		// ("Madrid", the headline, the standfirst, a caption and its
		// credit, "Telemadrid / Europa Press", "12/03/2025 - 14:32").
		if h := im.lines[cand[k+1]]; headlineShaped(h) && !newsSection(h) && !(endsSentence(h) && wordCount(h) > 20) && !im.headerLine(cand[k+1]) && !im.namedOnDate(cand[k+1]) && (im.headerAfter(cand[k+1]) || im.dateWithin(cand[k+1], 8) || im.dateBetween(cand[k], cand[k+1]) || im.datedKickers(cand[max(0, k-2):k+1], cand[k+1]) || kickerOver(im.lines[cand[k]], h, im.lines[cand[min(k+2, len(cand)-1)]], k > 0 && allCaps(im.lines[cand[k-1]]))) {
			t = k + 1
			break
		}
		if k+2 < len(cand) && im.titleOverDek(cand[k+1], cand[k+2]) {
			t = k + 1
			break
		}
	}
	// A long headline right over its date, under the state's masthead and
	// labels ("République", "Française", the ministry's name,
	// "Communiqué de presse", the headline, "Publié le 12 mars 2025"):
	// the lines above it are kickers when none is a sentence.
	// A menu may be between them, so the top's first thirty lines are
	// read, not only the candidates.
	// The first line is no headline then, and the headline is the longest
	// line so far, and no caption. The date and source may come first
	// instead ("Regional News of Wednesday, 12 March 2025", "Source: GNA",
	// then the headline).
	if t == 0 && len(cand) > 1 && !headlineShaped(im.lines[cand[0]]) {
		var top []int
		longest := 0
		for i := cand[0]; i < len(im.lines) && len(top) < 30; i++ {
			if im.lines[i] == "" || im.done[i] {
				continue
			}
			top = append(top, i)
			h := im.lines[i]
			if j := len(top) - 1; j > 0 && wordCount(h) > longest && headlineShaped(h) && !endsSentence(h) && !im.headerLine(i) && !im.figureLine(i) && (im.dateWithin(i, 1) || im.stampOrSource(top[j-1])) {
				cand, t = top, j
				break
			}
			if endsSentence(h) || wordCount(h) > 20 {
				break
			}
			longest = max(longest, wordCount(h))
		}
	}
	// The site's name at the top over its menu, eight labels or more
	// with the date among them ("Porto.", "Viver", "Visitar", …; "明報新聞網",
	// "要聞", "港聞", …), then the headline, which the body follows within
	// ten lines: the first line no label is the headline.
	if t == 0 && len(cand) > 9 && wordCount(im.lines[cand[0]]) <= 3 && !strings.ContainsAny(im.lines[cand[0]], "0123456789") {
		k := 1
		for k < len(cand) && k < 16+menu {
			if _, _, _, date := dateLine(im.lines[cand[k]]); !date && !kickerShaped(im.lines[cand[k]]) {
				break
			}
			k++
		}
		if h := im.lines[cand[min(k, len(cand)-1)]]; k >= 8 && k < len(cand) && headlineShaped(h) && !endsSentence(h) && !im.headerLine(cand[k]) && im.bodyWithin(cand[k], 10) {
			t = k
		}
	}
	// The outlet's name and its motto over a menu ("The Register",
	// "Biting the hand that feeds IT", "Topics", "Special Features", …):
	// the headline is the longer line under the menu, over the byline.
	if t == 1 {
		j := 2
		for j < len(cand) && j < 14 && kickerShaped(im.lines[cand[j]]) {
			j++
		}
		if j >= 6 && j < len(cand) && headlineShaped(im.lines[cand[j]]) && !endsSentence(im.lines[cand[j]]) && wordCount(im.lines[cand[j]]) > wordCount(im.lines[cand[1]]) && im.headerAfter(cand[j]) {
			t = j
		}
	}
	// The site's name over its menu, then the channel's label, the date
	// and the reading time, each no headline ("kumparan", the menu,
	// "kumparanNEWS", "12 Maret 2025 14:20 WIB", "·", "waktu baca 3
	// menit", the headline): under such a masthead, the headline is the
	// first headline-shaped line of four words or more before any
	// sentence.
	if t == 0 && len(cand) > 2 && masthead(0) {
		for k := 1; k < len(cand) && k < 10+menu; k++ {
			h := im.lines[cand[k]]
			if endsSentence(h) || wordCount(h) > 20 {
				break
			}
			_, credit := creditLine(h)
			_, _, captioned := captionWithCredit(h)
			if headlineShaped(h) && wordCount(h) >= 4 && !im.headerLine(cand[k]) && !credit && !captioned {
				t = k
				break
			}
		}
	}
	// A supra-title under the section's label ("Sociedad", "Reciclado en
	// los barrios del sur", then the headline): a short line without a
	// full stop over a longer one that the header follows. The label's
	// date may be between them ("Nacional", "Domingo 14 de abril de
	// 2024", the supra-title, the headline).
	supra := func(k int) bool {
		s, h := im.lines[cand[k]], im.lines[cand[k+1]]
		if englishWords(s+" "+h) >= 3 {
			return false // English pages print a headline over its standfirst, no supra-titles
		}
		// "Kundapura: ಸೌರ …" over a longer line: a headline with its
		// place, which a supra-title is not.
		if placeHeadRE.MatchString(s) {
			return false
		}
		// A line of twenty words under one of eight is the headline's
		// standfirst without its full stop, not a headline under its
		// supra-title (Novi list).
		return wordCount(s) <= 8 && !endsSentence(s) && wordCount(h) > wordCount(s) && wordCount(h) <= 20 && (wordCount(h) <= 16 || wordCount(s) <= 5) && headlineShaped(h) && !endsSentence(h) &&
			!im.headerLine(cand[k+1]) && (im.headerAfter(cand[k+1]) || im.dateAfter(cand[k+1]))
	}
	switch {
	case t >= 1 && t+1 < len(cand) && supra(t):
		t++
	case t == 0 && len(cand) > 2 && kickerShaped(im.lines[cand[0]]) && supra(1):
		t = 2
	}
	// Kickers, then the byline or date, then the headline and its
	// standfirst: "Frankfurt", "Von X", "Hitze in Frankfurt: …", as
	// some German regional papers print their header, with a date or
	// tools beside the byline. The byline lines are read by the header
	// scan below, not dropped as kickers.
	scanFrom := -1
	for k := 0; t == 0 && k < 4 && k+2 < len(cand) && kickerShaped(im.lines[cand[k]]); k++ {
		m := k + 1
		for m+1 < len(cand) && m-k <= 3 && im.headerLine(cand[m]) {
			m++
		}
		between := 0 // the header's lines and furniture between kicker and headline
		for i := cand[k] + 1; i < cand[m]; i++ {
			if im.lines[i] != "" {
				between++
			}
		}
		if h := im.lines[cand[m]]; m > k+1 && between >= 2 && m+1 < len(cand) && headlineShaped(h) && wordCount(h) <= 20 && !endsSentence(h) && !im.headerLine(cand[m]) &&
			wordCount(im.lines[cand[m+1]]) >= 12 && wordCount(im.lines[cand[m+1]]) > wordCount(h) {
			t, scanFrom = m, cand[k+1]
			break
		}
	}
	// A breadcrumb ending in the page's title, the headline with its
	// place ("Augsburg: Am Hochablass soll …", "Accueil/Régions/Ndioum :
	// une chambre froide …"), over a badge, the section's label and the
	// headline itself: the headline is the later line, and the trail goes
	// with the kickers.
	crumb := -1
	for j := t + 1; scanFrom < 0 && j < len(cand); j++ {
		if trail, ok := strings.CutSuffix(im.lines[cand[t]], im.lines[cand[j]]); ok && crumbTrail(trail) && wordCount(im.lines[cand[j]]) >= 4 &&
			!slices.ContainsFunc(cand[t+1:j], func(k int) bool { return !kickerShaped(im.lines[k]) }) {
			crumb, t = t, j
			break
		}
	}
	// A breadcrumb ending in the page's Latin slug ("Gujarati News / Local
	// / Surat / Diamond Workers Turn To Solar Panel Installation") over
	// the headline in the page's own script: the trail is a kicker.
	if hb, ok := breadcrumbTitle(im.lines[cand[t]]); ok && crumb < 0 && t+1 < len(cand) && mainScript(hb) == nil {
		if h := im.lines[cand[t+1]]; headlineShaped(h) && !endsSentence(h) && mainScript(h) != nil {
			t++
		}
	}
	// A breadcrumb of labels where the headline would be ("Home » Andhra
	// Pradesh » Krishna"), under a menu longer than the kickers read
	// above: the headline is the line under it.
	if _, ok := breadcrumbTitle(im.lines[cand[t]]); !ok && crumbPathRE.MatchString(im.lines[cand[t]]) && t+1 < len(cand) {
		if h := im.lines[cand[t+1]]; wordCount(h) >= 3 && !endsSentence(h) && !im.headerLine(cand[t+1]) {
			t++
		}
	}
	title := cand[t]
	for n, k := range cand[:t] {
		if scanFrom >= 0 && k >= scanFrom {
			break
		}
		why := "a section label or kicker before the headline"
		if notice(n) {
			why = "a notice of the page above the headline and its kickers"
		}
		if n == 0 && masthead(0) {
			why = "the outlet's name and motto above the headline"
		}
		if n == crumb {
			why = fmt.Sprintf("a breadcrumb's last item, the headline (line %d) with its place", title+1)
		}
		// The date and source over the headline are the header's.
		if d, up, dwhy, ok := dateLine(im.lines[k]); ok && d != "" && !up {
			date = cmp.Or(date, d)
			im.drop(k, RuleDateline, dwhy+" above the headline")
			continue
		}
		if names, swhy, ok := sourceLine(im.lines[k]); ok {
			im.sources(k, names, swhy+", above the headline")
			continue
		}
		// "HOÀI THƯƠNG" over "18/11/2025 09:30 GMT+7", above the
		// headline: the byline in capitals, over its date.
		if l := im.lines[k]; allCaps(l) && wordCount(l) >= 2 && wordCount(l) <= 4 && k+1 < len(im.lines) && im.isDateLine(k+1) && !newsSection(l) && nameShaped(titleCase(l)) && classifyCredit(titleCase(l)) == person {
			im.credit(k, RuleBylineBy, titleCase(l))
			im.rep.Entries[k].Why += "; a name in capitals over the date, above the headline"
			continue
		}
		im.drop(k, RuleKicker, why)
	}
	m.Title = im.lines[title]
	why := "the first non-empty line"
	if t > 0 {
		why = "the first line after the kicker"
	}
	if headline, ok := breadcrumbTitle(m.Title); ok {
		m.Title = headline // "Home / Cities / Pune News / PMC to paint…"
		why += ", after its breadcrumb"
	}
	im.decide(title, KindTitle, RuleHeadline, why)

	// The header window: bylines, dates and the rest among the first lines
	// after the headline, until body text has clearly begun.
	const window = 40
	// lastByline is the line of the last "By" or name byline, for its
	// role; resumed says a byline came after body text (a standfirst), so
	// that the dates after it are the header's too.
	content, scanned, lastByline, resumed := 0, 0, -1, false
	inList := false // under a list heading of the boilerplate table ("Related Topics")
	start := title + 1
	if scanFrom >= 0 {
		start = scanFrom
	}
	for i := start; i < len(im.lines) && scanned < window && content < 3+len(im.points); i++ {
		text := im.lines[i]
		if im.done[i] {
			_, head := slices.BinarySearch(im.listHeads, i)
			inList = inList || head
			continue
		}
		scanned++
		if im.rows[i] != nil && content > 0 {
			break // a table's rows, pasted with tabs, are the body's
		}
		if inList && shortLine(text) {
			continue // its items, dropped with it after the header
		}
		inList = false
		if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) && !nameJoinOnlyRE.MatchString(text) {
			continue // "|" between the byline and the date: no body text
		}
		// "Fotografías de Tomás Ibarra", "Fotografie: Jonas Brinkmann":
		// who took the story's photos, no author.
		if m := photographersRE.FindStringSubmatch(text); m != nil && nameShaped(titleCase(m[1])) {
			im.drop(i, RuleBylineRole, "the photographer of the story's photos, in the header: no author")
			continue
		}
		if content == 0 && sameText(text, m.Title) {
			// Pages that put the byline above the story repeat the
			// headline under it: once is enough.
			im.drop(i, RuleHeadlineAgain, "the headline again, in the header")
			continue
		}
		// "Ivan Morabito" under the byline's date, right over a short
		// line that a long paragraph follows: the lead photo's
		// photographer and caption, no second author.
		if len(m.Authors) > 0 && im.prevRule(i, RuleDateline, RuleUpdate) && im.namedCredit(i) && i+1 < len(im.lines) && !im.done[i+1] {
			c := im.lines[i+1]
			if n := im.nextLine(i + 1); n > 0 && wordCount(im.lines[n]) >= 25 && (oneSentenceCaption(c) || wordCount(c) >= 4 && wordCount(c) <= 20 && !endsSentence(c) && !endsQuestion(c)) {
				credit, _ := adjacentCredit(text)
				fig := im.figure(i+1, i, credit, "a photographer's name under the byline's date, over the lead photo's caption")
				im.caption(fig, i+1, c, "the caption under its photographer's name, under the header")
				i++
				continue
			}
		}
		// "Wexford People" under the byline's date, as it stands among
		// the kickers over the headline: the paper's name, no author.
		if len(m.Authors) > 0 && nameShaped(text) && im.prevRule(i, RuleDateline, RuleUpdate) && im.kickerAbove(text, title) {
			im.sources(i, []string{text}, "the paper's name under the byline, as it stands over the headline")
			continue
		}
		// "Symbolbild" over "Gemeinde Bozen": a stock photo's label and its
		// credit, which figures reads.
		if stockPhotoCredit(im.lines, i) != "" {
			i++
			continue
		}
		// "From:" over "Department for Transport and Office for Zero
		// Emission Vehicles": the bodies a government release is from.
		if strings.EqualFold(text, "From:") && content <= 1 {
			if j := im.nextLine(i); j > i && !im.done[j] && wordCount(im.lines[j]) <= 20 && !endsSentence(im.lines[j]) {
				var names []string
				for _, part := range strings.Split(im.lines[j], ", ") {
					for _, name := range strings.Split(part, " and ") {
						if name = strings.TrimSpace(name); name != "" {
							names = append(names, name)
						}
					}
				}
				im.decide(i, KindByline, RuleAgency, fmt.Sprintf("the label of the bodies the release is from (line %d)", j+1))
				im.sources(j, names, "the bodies the release is from, under \"From:\"")
				i = j
				continue
			}
		}
		// "Fuente: ČTK" under the byline, or over the date where no byline
		// is: the agency or paper the story comes from.
		if names, why, ok := labelledSource(text); ok && (lastByline >= 0 || content <= 1 && im.dateUnder(i)) && !im.creditAfterCaption(i) {
			im.sources(i, names, why+", in the header")
			continue
		}
		// "Dana Whitcomb," over "Patch Staff": the name, its comma, and
		// the role on the next line.
		if name, ok := strings.CutSuffix(text, ","); ok && content <= 1 && nameShaped(name) && classifyCredit(name) == person && i+1 < len(im.lines) && hasRoleWord(im.lines[i+1]) {
			im.credit(i, RuleBylineBy, name)
			lastByline, resumed = i, resumed || content > 0
			continue
		}
		// "By" over "Tessa Moreno": the label alone, the name under it.
		if byLabelRE.MatchString(text) && content <= 1 {
			if j := im.next(i, true); j > 0 && !im.done[j] && nameShaped(titleCase(im.lines[j])) && classifyCredit(titleCase(im.lines[j])) == person {
				im.decide(i, KindByline, RuleBylineBy, fmt.Sprintf("a byline's label alone, over the name (line %d)", j+1))
				im.credit(j, RuleBylineBy, titleCase(im.lines[j]))
				lastByline, resumed, i = j, resumed || content > 0, j
				continue
			}
		}
		// "von" / "Lea Schönborn" / "," / "Malte Jacobi": the comma or
		// the word that joins two names of a byline, on its own line.
		if lastByline >= 0 && nameJoinOnlyRE.MatchString(text) {
			if j := im.next(i, true); j > 0 && !im.done[j] && nameShaped(titleCase(im.lines[j])) {
				im.decide(i, KindByline, RuleBylineBy, "the comma or word that joins two names of the byline")
				continue
			}
		}
		if item, ok := bylineItem(text); ok && content == 0 {
			im.credit(i, RuleBylineList, item)
			lastByline = -1
			continue
		}
		// A date line may follow the first paragraph too when it is a
		// short time stamp with page furniture (a share menu) right
		// under it: "14 marzo 2024" over "Condividi"; or the third, when
		// no date came before (La Moncloa's summary of two sentences).
		// "di X | 14 Ottobre 2024", "X · CBC News · Posted: …", "Par X -
		// 14 mai 2024 à 17:30": a byline with its dates is read as a
		// byline below, dates and all.
		if d, update, why, ok := dateLine(text); ok && !creditLabelRE.MatchString(text) && !im.captionOverCredit(i) && !im.isCreditUnderCaption(i) && !((dotParts(text) != nil || byWordRE.MatchString(text) || midByRE.MatchString(text) || strings.Contains(text, " / ")) && im.bylineAt(i)) && !isDatedName(text) && (content == 0 || resumed || content == 1 && (wordCount(text) <= 8 && (im.droppedNext(i) || im.standfirst >= 0 || im.dateWithin(i, 1)) || dotParts(text) != nil || im.standfirst >= 0 && !im.bylineAt(i)) ||
			content <= 3 && date == "" && wordCount(text) <= 8 && (im.droppedNext(i) || im.labelAbove(i))) {
			if p := im.above(i); !update && p >= 0 && im.prevRule(i, RuleUpdate) && strings.HasSuffix(im.lines[p], ":") {
				update = true // "Última actualización:" over the date
			}
			rule := RuleDateline
			if p := im.above(i); p >= 0 && im.rep.Entries[p].Rule == "boilerplate/print-notice" {
				why += ", the print edition's," // "EDIZIONE DEL" over "14.03.2024"
			} else if update {
				rule = RuleUpdate
				if updateDate == "" {
					updateDate = d
				}
			} else if date == "" {
				date = d
			}
			im.drop(i, rule, why+" in the header")
			// Before the date, between bars: the agency ("SNS | Kolkata |
			// March 14, 2026 6:42 am"), a name in a script without case
			// ("דנה אלמוג | 17/02/2026 09:15"), or the body that published
			// the story, no person ("Instituto Nacional de los Pueblos
			// Indígenas | 05 de diciembre de 2025").
			if parts := dotParts(text); len(parts) >= 2 {
				head, m := parts[0], &im.doc.Meta
				switch a, agency := Agency(head); {
				case agency && m.Source == nil:
					im.sources(i, []string{a}, fmt.Sprintf("the agency before the date (%s) in the header", d))
				case uncasedName(head) && wordCount(head) >= 2 && len(m.Authors) == 0:
					im.credit(i, RuleBylineBy, head)
					im.rep.Entries[i].Why += fmt.Sprintf("; the byline before the date (%s)", d)
				case !update && len(m.Authors) == 0 && m.Source == nil && wordCount(head) >= 3 && wordCount(head) <= 8 && startsUpper(head) && (classifyCredit(head) != person || publicBody(head)):
					CreditSources(m, []string{head})
					im.rep.Entries[i].Why += fmt.Sprintf("; %s, before the date, credited as the source", head)
				}
			}
			// "KYODO NEWS - Dec 5, 2026 - 18:42 | Japan, All": the agency
			// that wrote the story, before its date.
			if head, _, ok := strings.Cut(text, " - "); ok && im.doc.Meta.Source == nil {
				if a, ok := Agency(head); ok {
					im.sources(i, []string{a}, fmt.Sprintf("the agency before the date (%s) in the header", d))
				}
			}
			// "2025年12月06日05:52 | 来源：人民网－人民日报", "来源：重庆日报 |
			// 2025年03月18日 06:52", "来源：新民晚报 作者：陈佳颖 发表时间：…":
			// the date, the story's sources and its author. The site's own
			// name at the top ("人民网") is no source.
			if k := strings.Index(text, "来源："); k >= 0 {
				src, _, _ := strings.Cut(text[k:], "|")
				if names, _, ok := labelledSource(strings.TrimSpace(src)); ok && (len(names) > 1 || !im.ownName(names[0])) {
					CreditSources(&im.doc.Meta, names)
					im.rep.Entries[i].Why += fmt.Sprintf("; %s credited as the source", strings.Join(names, ", "))
				}
			}
			if name, paper, ok := zhStampByline(text); ok && len(im.doc.Meta.Authors) == 0 {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, name)
				im.rep.Entries[i].Why += "; the author named on it: " + name
				if paper != "" {
					CreditSources(&im.doc.Meta, []string{paper})
					im.rep.Entries[i].Why += "; " + paper + " credited as the source"
				}
			}
			// "Maren Solberg Tuesday, March 11, 2025 - 5:25pm": the
			// author's name, then the date.
			if name, ok := nameBeforeDate(text); ok && !update && len(im.doc.Meta.Authors) == 0 {
				im.credit(i, RuleBylineBy, name)
				im.rep.Entries[i].Why += fmt.Sprintf("; the byline before the date (%s)", d)
			}
			// "12 nov, 2025 - 09:15 • Inês Falcão Rebelo com Lusa": the
			// date, and the byline after a bullet.
			if k := strings.LastIndex(text, " • "); k > 0 && len(im.doc.Meta.Authors) == 0 {
				tail := text[k+len(" • "):]
				if _, _, ok := bylineLine(tail, true); ok || agencyLineRE.MatchString(tail) {
					im.credit(i, RuleBylineBy, tail)
					im.rep.Entries[i].Why += fmt.Sprintf("; the byline after the date (%s)", d)
				}
			}
			lastByline = -1
			continue
		}
		if timeOnlyRE.MatchString(text) && im.prevRule(i, RuleDateline, RuleUpdate) {
			im.drop(i, RuleDateline, "the time of day of the date line above, in the header")
			continue // "March 13, 2024" over "5:00 AM ET"
		}
		// "İZMİR" over "March 12 2025 09:52:00": the place the story was
		// filed from, in capitals, over the date.
		// A name in capitals is the byline's ("ELISA GRIBAUDO"), an agency's
		// initials its credit ("DHNS").
		if content <= 2 && allCaps(text) && wordCount(text) == 1 && agencyNames[strings.ToLower(text)] == "" && !strings.ContainsAny(text, "0123456789.,:;|/") && im.dateNext(i) {
			im.drop(i, RuleDateline, "the place the story was filed from, in capitals over the date, in the header")
			resumed = resumed || content > 0 // the date under it is the header's
			continue
		}
		if _, ok := figureCredit(text); ok {
			continue // a label layout photo ("Image source, X") in the header
		}
		// ("Redacció / ACN" under the standfirst reads as a credit too, but
		// is the newsroom and its agency: newsroomAgency, below, takes it.)
		if _, newsroom := newsroomAgency(text); !newsroom || content > 1 {
			if _, ok := creditLine(text); ok {
				if creditLabelRE.MatchString(text) {
					continue // "PHOTO X, LA PRESSE" over its caption, in the header
				}
				if content > 0 && im.lines[i-1] != "" && !im.done[i-1] {
					// A photo's credit right under its caption, in the header:
					// the caption was no body text, nor the standfirst.
					if im.standfirst == i-1 {
						im.standfirst, m.Description = -1, ""
					}
					content--
					continue
				}
			}
		}
		if cs, ok := signoff(text); ok && (cs[0].Role == "edt" || factCheckRE.MatchString(text)) {
			// "Edited By X", "Fact Checked by X" under the byline: an
			// editor or checker, no role of the author's.
			names := creditSignoff(&im.doc.Meta, cs)
			im.drop(i, RuleSignoff, "the editor's credit in the header: contributors "+strings.Join(names, ", "))
			continue
		}
		if r, ok := roleLabel(text); ok {
			m.Byline = append(m.Byline, r)
			im.decide(i, KindByline, RuleBylineRole, "a labelled role of the author (\"Role, X\"): kept in the byline")
			lastByline = i
			continue
		}
		// "REDACCIÓ / ACN | LLEIDA": the newsroom's unsigned credit and the
		// agency whose copy it used, then the place; the agency is the
		// source.
		if agency, ok := newsroomAgency(text); ok && content <= 1 {
			im.sources(i, []string{agency}, "the newsroom and the agency whose copy it used, in the header")
			continue
		}
		// "hvg.hu" alone under the standfirst: the site's address in the
		// byline's place, its source.
		if siteAddressRE.MatchString(text) && content <= 1 && lastByline < 0 && date == "" && len(m.Authors) == 0 {
			im.sources(i, []string{text}, "the site's address in place of the byline")
			continue
		}
		// "Novinky, ČTK": the site's own name and the agency whose copy it
		// used, in the byline's place.
		if names, ok := siteAgency(text); ok && content <= 1 && lastByline < 0 {
			im.sources(i, names, "the site and the agency whose copy it used, in place of the byline")
			continue
		}
		// "DHNS", "PTI", "IANS": a news service's name alone in the
		// header, in capitals, in lower case ("sda") or spelt as the
		// agency spells it ("Adnkronos" under the headline on Libero).
		if a, ok := agencyNames[strings.ToLower(text)]; ok && (allCaps(text) || a == text || strings.ToLower(text) == text) && content <= 1 && agencyLineRE.FindStringSubmatch(text) == nil && !im.nameOverCaption(i) {
			im.agency(i, a, "a news service's name alone in the header")
			continue
		}
		// "Himalayan News Service", "Express News Service": the paper's
		// own news service in place of a byline, its source.
		if newsServiceRE.MatchString(text) && content <= 1 {
			im.sources(i, []string{text}, "a news service in place of the byline")
			continue
		}
		if name, ok := indicNewsroom(text); ok && content <= 1 {
			im.sources(i, []string{name}, "the paper's desk or correspondent in place of the byline")
			continue
		}
		if m := agencyLineRE.FindStringSubmatch(text); m != nil && !im.creditAfterCaption(i) {
			if _, _, ok := personWithAgency(m); ok {
				im.credit(i, RuleBylineBy, text) // the author, and the agency as the source
			} else if strings.Count(text, "/") == 1 && !strings.ContainsAny(text, " ()") {
				im.sources(i, strings.Split(text, "/"), "a newsroom and an agency in the header (\"DN/Lusa\")")
			} else {
				im.agency(i, strings.ReplaceAll(strings.Trim(text, "()"), " ,", ","), "an agency credit in the header")
			}
			resumed = resumed || content > 0
			continue
		}
		// "Townsville Bulletin", "La Presse de la Manche" under the
		// byline or the date: the paper's name, kept in the byline (the
		// truths do not count a paper's own name as its source).
		if (lastByline >= 0 || date != "") && wordCount(text) <= 6 && startsUpper(text) && !strings.ContainsAny(text, "0123456789.,:;!?|/") && publication(text) && !im.creditAfterCaption(i) {
			m.Byline = append(m.Byline, text)
			im.decide(i, KindByline, RuleBylineRole, "the paper's name under the byline or the date: kept in the byline")
			continue
		}
		// Under the date, a name alone over another name alone is a list of
		// authors ("Dana Whitfield" over "Marcus Oyelaran"), not a name and
		// its role or place: a place ("São Paulo") comes before the date.
		// So is one over the date, or over a place over the date:
		// "Marta Fontán", "Iago Lorenzo", "Vigo", "11 JUN 2024 6:00".
		nextName := lastByline >= 0 && nameShapedList(im.lines[lastByline]) && nameShaped(titleCase(text)) && !hasRoleWord(text) &&
			(date != "" || im.dateUnder(i) && !placeOrOutlet(text) && !im.storyNames(i, text))
		// "Helen Achterberg, University of Leeds" over "Tomasz Wierzbicki,
		// University of Leeds": a name and its role over another.
		if name, _, found := strings.Cut(text, ", "); found && lastByline >= 0 && nameShaped(name) && !placeOrOutlet(name) {
			prevName, prevRole, prevFound := strings.Cut(im.lines[lastByline], ", ")
			role := strings.TrimSpace(text[len(name)+1:])
			roleLike := role == prevRole || hasRoleWord(role) || wordCount(role) >= 2 && wordCount(prevRole) >= 2 // not "Des Moines, Iowa"
			if prevFound && nameShaped(prevName) && !byWordRE.MatchString(prevName) && roleLike {
				im.credit(i, RuleBylineBy, titleCase(name))
				m.Byline = append(m.Byline, role)
				im.rep.Entries[i].Why += "; a name and its role under another author's"
				lastByline = i
				continue
			}
		}
		if n := im.labelBlock(i); n >= 2 && (lastByline >= 0 || im.prevRule(i, RuleDateline, RuleUpdate)) {
			for k := i; k < i+n; k++ {
				im.drop(k, RuleKicker, "a block of topic labels between the header and the story: its tags")
			}
			i += n - 1
			continue
		}
		if lastByline >= 0 && (emailShaped(text) || handleRE.MatchString(text) || authorWordRE.MatchString(text)) {
			im.drop(i, RuleBylineRole, "the author's address, handle or label under the byline: no role")
			lastByline = -1
			continue
		}
		// "Eleni Mavridou, Goran Stojkovski" over "BIRN": the initials of
		// the authors' network or newsroom.
		if lastByline == i-1 && allCaps(text) && wordCount(text) == 1 && !strings.ContainsFunc(text, unicode.IsDigit) {
			m.Byline = append(m.Byline, text)
			im.decide(i, KindByline, RuleBylineRole, "the initials of the authors' newsroom or network under the byline: kept in the byline")
			continue
		}
		// "Bulo", "FALSO" under the header: the fact-check's verdict.
		if verdictRE.MatchString(text) && content <= 1 {
			im.drop(i, RuleFactCheck, "a fact-check's verdict, in the header")
			continue
		}
		if lastByline >= 0 && !nextName && bylineRole(text) && !byWordRE.MatchString(text) && !factCheckLabelRE.MatchString(text) && !im.figureLine(i) {
			m.Byline = append(m.Byline, roleText(text))
			im.decide(i, KindByline, RuleBylineRole, "the role or place under a byline: kept in the byline")
			lastByline = -1
			continue
		}
		// "By X", "Reporter", then "Business Daily": the paper the
		// author is a reporter of.
		if im.prevRule(i, RuleBylineRole) && outletShaped(text) && wordCount(text) <= 3 && pressWordRE.MatchString(text) {
			m.Byline = append(m.Byline, text)
			im.decide(i, KindByline, RuleBylineRole, "the paper under the author's role: kept in the byline")
			continue
		}
		// Not a name alone under the standfirst, over the date ("Farah
		// Nabilah", "-", "11 Mac 2025, 6:10 PM"): the byline.
		if _, ok := im.creditUnderCaption(i); ok && !byWordRE.MatchString(text) && !(content <= 1 && nameShaped(text) && !strings.Contains(text, "/") && im.dateWithin(i, 3)) {
			continue // a photo's credit under its caption, right after the header
		}
		// "ACN", "Sant Fruitós de Bages", "08·10·24": the place that agency
		// copy was filed from, between its credit and its date; or the
		// outlet's group ("France Télévisions").
		if im.prevRule(i, RuleAgency) && im.dateUnder(i) && (nameShaped(titleCase(text)) || wordCount(text) <= 3 && classifyCredit(text) == outlet) {
			m.Byline = append(m.Byline, text)
			im.decide(i, KindByline, RuleBylineRole, "the place or the outlet's group under an agency's credit, over the date: kept in the byline")
			continue
		}
		// "Redazione" over the date: the newsroom's unsigned credit.
		if newsroomRE.MatchString(text) && wordCount(text) <= 3 && lastByline < 0 && im.dateWithin(i, 2) {
			// "Redacción RPP": the outlet's own newsroom in place of the
			// byline, its initials the source ("Redacción Nacional" is a
			// desk).
			if ws := strings.Fields(text); len(ws) == 2 && capsWord(ws[1]) && utf8.RuneCountInString(ws[1]) >= 2 {
				im.sources(i, ws[1:], "the outlet's newsroom in place of the byline")
				resumed = resumed || content > 0
				continue
			}
			im.drop(i, RuleBylineRole, "the newsroom's unsigned credit over the date: no author")
			resumed = resumed || content > 0
			continue
		}
		// "RTVE.es / EFE" over the place and the date: the outlets the
		// story is from, where a byline would be.
		if names := im.headerOutlets(i); names != nil {
			im.sources(i, names, "the outlets the story is from, over the date")
			resumed = resumed || content > 0
			continue
		}
		// "OLJ / Par X": the outlet, then the byline.
		if head, tail, found := strings.Cut(text, " / "); found && wordCount(head) <= 3 && allCaps(head) && byWordRE.MatchString(tail) {
			CreditSources(&im.doc.Meta, []string{head})
			text = tail
		}
		// "Par X, sur base d'un reportage de Y": the author, and a
		// contributor after the comma.
		var helpers []document.Contributor
		if head, cs, ok := BylineHelpers(text); ok {
			text, helpers = head, cs
		}
		// "Autor: Lusa/AO": an agency's copy, with the paper's initials.
		if authorLabelRE.MatchString(text) && content <= 1 {
			if _, agencies, ok := AgencyCredit(text); ok {
				im.sources(i, agencies, "an agency named as the author, in the header")
				continue
			}
		}
		// "שירן אבוטבול" and "الفيوم - محمود الشاذلي" (the place, then the
		// name): in a script without case, a name alone is told by where
		// it stands (nameWhere).
		if name, place, ok := uncasedNamePlace(text); ok && content <= 1 {
			if where := im.nameWhere(i, place != ""); where != "" {
				im.credit(i, RuleBylineBy, name)
				im.rep.Entries[i].Why += "; a name in a script without case, " + where
				if place != "" {
					m.Byline = append(m.Byline, place)
					im.rep.Entries[i].Why += fmt.Sprintf("; %q is the place: kept in the byline", place)
				}
				lastByline, resumed = i, content > 0
				continue
			}
		}
		// "山下真理子" right under the date of a Japanese story: its
		// reporter, alone.
		if lastByline < 0 && content == 0 && jaNameRE.MatchString(text) && im.prevRule(i, RuleDateline, RuleUpdate) && strings.ContainsFunc(m.Title, isKana) {
			im.credit(i, RuleBylineBy, text)
			im.rep.Entries[i].Why += "; a name of Japanese characters alone, under the date"
			lastByline = i
			continue
		}
		// A byline, unless it is a caption under its photo's slashed
		// credit, the photographer the byline named (alone under a
		// caption: the photo's credit), the paper's photo desk and its
		// photographer ("SunStar Foto / X"), a photographer by role ("Tomás
		// Reinholt, Contributing Photographer", under the lead photo's
		// caption), or a slashed credit over a caption
		// once the byline was read ("Sofia Marchetti / The Ubyssey" under
		// the date), or a slashed credit between the lead photo's caption
		// and the byline ("GEOFF LANGDELL / Monitor staff").
		if names, role, ok := bylineLine(text, im.nearHeader(i)); ok && !im.captionUnderCredit(i) && !im.creditBetween(i) && !im.bylinePhotographer(text) && !outletSlashPhotoRE.MatchString(text) && !photographerRE.MatchString(role) && !(len(m.Authors) > 0 && (strings.Contains(text, "/") || im.nameOverCaption(i)) && im.creditOverCaption(i)) {
			if len(helpers) > 0 {
				im.rep.Entries[i].Why += "; contributors " + strings.Join(creditSignoff(&im.doc.Meta, helpers), ", ")
			}
			for _, n := range names {
				if agency, ok := Agency(n); ok && len(names) == 1 {
					im.sources(i, []string{agency}, "an agency named as the author, in the header") // "… por Lusa"
					break
				}
				// "Par Sidwaya" over "© 2025 Sidwaya": the site signs with
				// its own name, which reads as a person's, the source, as
				// "By Panay News" is (and the reporter's name may close the
				// story).
				if len(names) == 1 && len(helpers) == 0 && classifyCredit(n) == person && im.ownOutlet(n) {
					im.sources(i, names, "the site's own name, as its copyright line prints it, where a byline would be: no author")
					break
				}
				// "By Daily Guide Africa": the paper alone signs the story.
				if len(names) == 1 && len(helpers) == 0 && role == "" && byWordRE.MatchString(text) && PaperName(n) {
					im.sources(i, names, "a paper's name alone where a byline would be: no author")
					break
				}
				im.credit(i, RuleBylineBy, n)
			}
			if d, up := headerDates(text); d != "" || up != "" {
				date, updateDate = cmp.Or(date, d), cmp.Or(updateDate, up)
				im.rep.Entries[i].Why += "; its date is the article's"
			}
			if agency, ok := Agency(role); ok {
				CreditSources(m, []string{agency}) // "Ignacio Revilla (Ical)"
				im.rep.Entries[i].Why += fmt.Sprintf("; %q is the agency, credited as the source", role)
			} else if role != "" {
				m.Byline = append(m.Byline, role)
				im.rep.Entries[i].Why += fmt.Sprintf("; %q is the role: kept in the byline", role)
			}
			lastByline, resumed = i, content > 0
			continue
		}
		lastByline = -1
		if im.figureLine(i) {
			continue
		}
		// "Pirano - TV Capodistria, STA": the place, and the newsrooms
		// the story comes from.
		if names, ok := placedSources(text); ok {
			im.sources(i, names, "the place and the newsrooms the story comes from, in the header")
			continue
		}
		if (content == 0 || content == 1 && im.standfirst >= 0) && kickerShaped(text) && !nameShaped(text) {
			if j := im.next(i, true); j >= 0 && (im.headerLine(j) || im.bylineAt(j) || im.labelOverHeader(i, j)) {
				// "Binnenland" between the headline and its date;
				// "Ouest-France" between the standfirst and the byline;
				// "Tipo" over "Notícia" over the date.
				// A Japanese station or paper there ("RKB毎日放送") is the
				// story's source.
				if jaOutletRE.MatchString(text) {
					im.sources(i, []string{text}, "a Japanese station's or paper's name under the headline, over the date")
					continue
				}
				im.drop(i, RuleKicker, "a section or brand label under the headline, before the date or byline")
				continue
			}
		}
		// "In Pocket speichern", "vorlesen", "Druckansicht": a menu of
		// three or more short lines, not yet dropped, is no body text.
		if end := im.menuRun(i); end-i >= 3 {
			i = end - 1
			continue
		}
		if factCheckLabelRE.MatchString(text) {
			break // "What was claimed", "If Your Time is short": the body's first box
		}
		// The lead photo's caption and credit between the standfirst and
		// the byline ("Vrijwilligers … schuren de oude klimtoren.", "©
		// Joris Hendrikx", "Marloes van Gils", "12-03-25, 06:00"): no body
		// text yet; the figures' rules read them.
		if c := im.nextLine(i); content >= 1 && c > i && wordCount(text) <= 40 {
			_, credit := creditLine(im.lines[c])
			if rest, sign := strings.CutPrefix(im.lines[c], "©"); sign && wordCount(rest) <= 6 && creditShaped(rest) {
				credit = true // "© Joris Hendrikx"
			}
			if slashedOutlets(im.lines[c]) != nil {
				credit = false // "RTVE.es / EFE": the outlets the story is from
			}
			if _, adj := adjacentCredit(im.lines[c]); credit || adj && im.underCaption(c) {
				if b := im.next(c, true); b > c && (im.headerLine(b) || im.dateUnder(b) && im.bylineAt(b)) {
					i = c
					continue
				}
			}
		}
		content++
		// A label ("Heard on Morning Edition") is no standfirst.
		if content == 1 && !shortLine(text) && (im.headerAfter(i) || im.stampAfter(i)) {
			im.standfirst = i
			m.Description = text
		}
		// A standfirst of points, the byline still to come (the Daily
		// Mail's): the later points are no headings.
		if last := im.standfirst; content >= 2 && last >= 0 && len(im.points) < 5 {
			if len(im.points) > 0 {
				last = im.points[len(im.points)-1]
			}
			// A third point and more end like the points before, with no
			// full stop.
			if last == im.prev(i) && wordCount(text) >= 6 && (content == 2 || !endsSentence(text) && !endsSentence(im.lines[last])) && im.headerAfter(i) {
				im.points = append(im.points, i)
			}
		}
	}
	if date == "" {
		date, im.updateOnly = updateDate, updateDate != ""
	}
	m.Date = cmp.Or(date, im.issue)
	return title
}

// menuRun returns the end of the run of lines from i that are a menu's:
// short lines that are no name, date or byline, and lines already
// dropped, with no blank line between.
func (im *importer) menuRun(i int) int {
	j := i
	for ; j < len(im.lines) && im.lines[j] != ""; j++ {
		if im.done[j] {
			if im.rep.Entries[j].Kind != KindDropped {
				break
			}
			continue
		}
		text := im.lines[j]
		if _, _, _, date := dateLine(text); date || !shortLine(text) || nameShaped(text) || byWordRE.MatchString(text+" X") {
			break
		}
	}
	return j
}

// isDatedName reports a name alone before its date (see datedName), or
// after it (dateThenName).
func isDatedName(text string) bool {
	_, ok := datedName(text)
	_, _, after := dateThenName(text)
	return ok || after
}

// roleText is a role line without the separators a page prints around
// its items: "Reporter·Waikato Herald·" is "Reporter, Waikato Herald";
// "Teruel —" is "Teruel".
func roleText(s string) string {
	var parts []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '•' || r == '|' }) {
		if p = strings.Trim(p, " —–-"); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// labelBlock returns the number of lines in the block that starts at i
// when they are all labels of a word or two, and a paragraph of fifteen
// words or more follows the block: "Aveiro" over "Turismo", tags
// between the date and the story. Otherwise it returns 0.
func (im *importer) labelBlock(i int) int {
	if i == 0 || im.lines[i-1] != "" {
		return 0
	}
	n := 0
	for k := i; k < len(im.lines) && im.lines[k] != ""; k++ {
		t := im.lines[k]
		if im.done[k] || wordCount(t) > 2 || !kickerShaped(t) || nameShaped(titleCase(t)) || im.headerLine(k) {
			return 0
		}
		n++
	}
	if j := im.next(i+n-1, true); j < 0 || wordCount(im.lines[j]) < 15 {
		return 0
	}
	return n
}

// labelOverHeader reports whether line i is a label over its value j, on
// the next line, and a date or byline follows: "Tipo" over "Notícia"
// between the byline and the date.
func (im *importer) labelOverHeader(i, j int) bool {
	if j != i+1 || !kickerShaped(im.lines[j]) || nameShaped(im.lines[j]) || wordCount(im.lines[i]) > 2 {
		return false
	}
	k := im.next(j, true)
	return k >= 0 && im.headerLine(k)
}

// longCaption reports a photo's caption printed without its credit
// between two paragraphs: nine to twenty-five words, shaped as a heading
// but longer than the headings of the blind sets are (five of more than
// six hundred have nine words or more, and most captions do), under a
// paragraph that ends a sentence and over a long one. A quotation is a
// heading's, as French papers set their quoted headings; a line with
// digits ("Today's News in 90 Seconds - Tuesday, March 12th", "… entre
// 10 et 30 % de leur prix") is left to the heading rules.
func (im *importer) longCaption(i, title int) bool {
	text := im.lines[i]
	if n := wordCount(text); n < 9 || n > 25 || endsSentence(text) || endsQuestion(text) || strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") || opensQuote(text) || strings.ContainsAny(text, "0123456789") {
		return false
	}
	if ok, _ := headingShape(text); !ok {
		return false
	}
	p, n := im.above(i), im.nextLine(i)
	return p > title && !im.done[p] && wordCount(im.lines[p]) >= 15 && endsSentence(im.lines[p]) &&
		n >= 0 && !im.done[n] && wordCount(im.lines[n]) >= 15
}

// creditedBefore reports whether a figure with a credit comes before
// line i.
func (im *importer) creditedBefore(i int) bool {
	for k, b := range im.blocks {
		if f, ok := b.(*document.Figure); ok && k < i && f.Credit != "" {
			return true
		}
	}
	return false
}

// coverCredit drops a photo credit set apart under the story's last
// paragraph, over furniture or nothing ("Imagen | Universidad de
// Oviedo"): the credit of a cover photo that the copy left out, printed
// at the story's end, which no caption or photo goes with.
func (im *importer) coverCredit(i, title int) bool {
	p, n := im.above(i), im.nextLine(i)
	if p <= title || im.done[p] || p == i-1 || wordCount(im.lines[p]) < 30 || !endsSentence(im.lines[p]) || n == i+1 || n >= 0 && (!im.done[n] || im.rep.Entries[n].Kind != KindDropped) {
		return false
	}
	im.drop(i, RuleFigureCredit, "a photo credit under the story's last paragraph, with no caption or photo: the cover photo's, which the copy left out")
	return true
}

// leadCaption reports whether line i is the lead photo's caption with no
// credit: a short line right under the header's dropped furniture (the
// byline, date, reading time or share menu), with nothing but the
// standfirst before it, over the story's first long paragraph; and either
// it has no full stop and the standfirst came before the furniture, or
// that paragraph opens with a dateline ("MACERATA - ", "HORQUETA (…)."),
// which a first paragraph would not stand over.
func (im *importer) leadCaption(i, title int) bool {
	text := im.lines[i]
	if n := wordCount(text); n < 4 || n > 25 || endsQuestion(text) {
		return false
	}
	p := im.above(i)
	if k := im.rep.Entries[max(p, 0)].Kind; p <= title || !im.done[p] || k != KindDropped && k != KindByline {
		return false
	}
	if im.live && entryTimeRE.MatchString(im.lines[p]) {
		return false // "18:55" over a live entry's headline
	}
	// The first open line, or the second when the first, a standfirst
	// the rules did not name, stands above the header's furniture.
	if f := im.firstOpen(title); i != f {
		if f < 0 || f > p || wordCount(im.lines[f]) < 8 {
			return false
		}
		for j := f + 1; j < i; j++ {
			if !im.done[j] && im.lines[j] != "" {
				return false
			}
		}
	}
	n := im.nextLine(i)
	if n < 0 || im.done[n] || wordCount(im.lines[n]) < 25 {
		return false
	}
	// With no standfirst at all, a short line without a full stop under
	// the byline, the date and the reading time is the lead photo's
	// caption: "Via Trinchese in un pomeriggio di luglio dello scorso
	// anno".
	noStandfirst := im.standfirst < 0 && wordCount(text) <= 15 && !endsSentence(text) && im.droppedBetween(title, i) >= 3
	return im.standfirst >= 0 && im.standfirst < p && !endsSentence(text) || noStandfirst || capsDatelineRE.MatchString(im.lines[n])
}

// bodyAbove reports whether a paragraph of the story, an open line of 25
// words or more, stands between the headline and line i.
func (im *importer) bodyAbove(title, i int) bool {
	for j := title + 1; j < i; j++ {
		if !im.done[j] && wordCount(im.lines[j]) >= 25 {
			return true
		}
	}
	return false
}

// droppedBetween counts the lines between a and b that a rule dropped or
// read as a byline.
func (im *importer) droppedBetween(a, b int) int {
	n := 0
	for j := a + 1; j < b; j++ {
		if k := im.rep.Entries[j].Kind; im.done[j] && (k == KindDropped || k == KindByline) {
			n++
		}
	}
	return n
}

// creditLineUnder reports whether the line right under i is a photo
// credit: then a bracket that ends line i ("… am Kanal aussehen
// (Visualisierung)") is the caption's, not its credit.
func (im *importer) creditLineUnder(i int) bool {
	if i+1 >= len(im.lines) || im.lines[i+1] == "" {
		return false
	}
	if _, ok := creditLine(im.lines[i+1]); ok {
		return true
	}
	return strings.HasPrefix(im.lines[i+1], "©") && im.rep.Entries[i+1].Rule == "boilerplate/licensing"
}

// firstOpen returns the first line after the title that no rule has
// decided yet, the standfirst aside; it is found once, when the figure
// rules begin, so that asking costs nothing per line.
func (im *importer) firstOpen(title int) int {
	if im.open == 0 {
		im.open = -1
		for j := title + 1; j < len(im.lines); j++ {
			if !im.done[j] && im.lines[j] != "" && j != im.standfirst {
				im.open = j
				break
			}
		}
	}
	return im.open
}

// capsDatelineRE opens a paragraph with its dateline in capitals:
// "MACERATA - ", "DOGLIANI. ", "HORQUETA (Name, corresponsal).", and
// Malaysian papers' "RAUB: ".
var capsDatelineRE = re(`^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}(?: [-–—] |\. |, | \(|: )`)

// signatureBlock credits the name that signs an unsigned story under its
// last paragraph, over its place or desk: "Camille Gauthier" over
// "Clermont-Ferrand"; "ANDREA MILENA ROZO" over "REDACCIÓN MEDIOAMBIENTE"
// and "EL TIEMPO". Tags and links may follow; a dropped prompt may come
// between the paragraph and the name.
func (im *importer) signatureBlock(title int) bool {
	last := -1 // the last paragraph
	for i := len(im.lines) - 1; i > title && last < 0; i-- {
		if !im.done[i] && wordCount(im.lines[i]) >= 15 && endsSentence(im.lines[i]) {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	name, dropped := -1, 0
	for i := last + 1; i < len(im.lines) && name < 0 && dropped <= 3; i++ {
		switch {
		case im.lines[i] == "":
		case im.done[i]:
			dropped++
		default:
			name = i
		}
	}
	if name < 0 {
		return false
	}
	text := im.lines[name]
	if b := byWordRE.FindStringSubmatch(text); b != nil && nameShaped(b[1]) {
		text = b[1] // "Testo di Chiara Benassi"
	}
	if wordCount(text) > 4 || strings.ContainsAny(text, ".,:;!?()|/0123456789") || !nameShaped(titleCase(text)) {
		return false
	}
	under := im.next(name, true)
	if under < 0 || im.done[under] || wordCount(im.lines[under]) > 4 || endsSentence(im.lines[under]) || strings.ContainsAny(im.lines[under], "0123456789") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(im.lines[under]); unicode.IsLower(r) {
		return false // "Himachal Pradesh" over "apple": tags, no place or desk
	}
	for j, k := im.nextLine(under), 0; j >= 0 && k < 3; j, k = im.nextLine(j), k+1 {
		if endsSentence(im.lines[j]) && wordCount(im.lines[j]) >= 6 {
			return false // the author's biography under the name (structure/bio)
		}
	}
	im.credit(name, RuleBylineBy, titleCase(text))
	im.rep.Entries[name].Why += "; the name that signs the story under its last paragraph, over its place or desk"
	m := &im.doc.Meta
	m.Byline = append(m.Byline, im.lines[under])
	im.decide(under, KindByline, RuleBylineRole, "the place or desk under the signature: kept in the byline")
	return true
}

// nextParagraph reports whether a paragraph of the story (an undecided
// sentence of fifteen words or more) comes after line i.
func (im *importer) nextParagraph(i int) bool {
	for j := i + 1; j < len(im.lines); j++ {
		if !im.done[j] && wordCount(im.lines[j]) >= 15 && endsSentence(im.lines[j]) {
			return true
		}
	}
	return false
}

// bylineAt reports whether line i is a byline, a name alone counting
// when a date or "By" line is near.
func (im *importer) bylineAt(i int) bool {
	_, _, ok := bylineLine(im.lines[i], im.nearHeader(i))
	return ok
}

// sameText reports whether a and b are the same words, whatever their
// case, spacing and closing punctuation.
func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(s, ".:!?… ")), " "))
	}
	return norm(a) != "" && norm(a) == norm(b)
}

// aboveHeadline reports whether a date at line i comes before the
// headline: nothing but kickers before it, a headline-shaped line after.
func (im *importer) aboveHeadline(i int, cand []int) bool {
	for _, k := range cand {
		if !kickerShaped(im.lines[k]) {
			return false
		}
	}
	j := i
	for k := 0; k < 3; k++ {
		if j = im.next(j, true); j < 0 {
			return false
		}
		if !kickerShaped(im.lines[j]) {
			break
		}
	}
	return len(cand) <= 3 && headlineShaped(im.lines[j])
}

// headerLine reports whether line i is a byline or date line.
func (im *importer) headerLine(i int) bool {
	text := im.lines[i]
	if _, _, _, ok := dateLine(text); ok {
		return true
	}
	if _, ok := placedSources(text); ok {
		return true
	}
	if _, _, ok := bylineLine(text, false); ok {
		return true
	}
	return byWordRE.MatchString(text) && wordCount(text) <= 8 && !perNoNames(text)
}

// nearHeader reports whether a date or a "By" line is within three lines
// after i (more across names and places) or right before it: then a name
// alone is a byline.
func (im *importer) nearHeader(i int) bool {
	if j := im.next(i, true); j >= 0 && bylineRole(im.lines[j]) && hasRoleWord(im.lines[j]) {
		return true // "Tomos Price" over "BBC Wales environment correspondent"
	}
	j := i
	for k, n := 0, 3; k < n; k++ {
		if j = im.next(j, true); j < 0 {
			break
		}
		if im.headerLine(j) {
			return true
		}
		// "Joana Trindade Melo", "Brasília", "Rafael Ostermann",
		// "Goiânia", the date: more names, each with its city, between.
		if l := im.lines[j]; n < 7 && (nameShaped(l) || wordCount(l) <= 2 && startsUpper(l) && !endsSentence(l)) {
			n++
		}
	}
	// Or a share menu right under it ("Constanza Ríos Vera" over
	// "Imprimir", "Compartir"), as pages end their header, and not in it
	// ("Copy Link URL" under "WhatsApp").
	for j, seen := i+1, 0; j < len(im.lines) && seen < 2 && (i == 0 || im.rep.Entries[i-1].Rule != "boilerplate/share"); j++ {
		if im.lines[j] == "" {
			continue
		}
		seen++
		if im.rep.Entries[j].Rule == "boilerplate/share" {
			return true
		}
	}
	// Or a byline or date among the three lines before it: names on lines
	// of their own under a date and a time ("Dana Whitfield" over "Marcus
	// Oyelaran"), with a label between.
	seen := 0
	for j := i - 1; j >= 0 && seen < 3; j-- {
		if im.lines[j] == "" {
			continue
		}
		seen++
		e := im.rep.Entries[j]
		if e.Kind == KindByline || e.Rule == RuleDateline || e.Rule == RuleUpdate {
			return true
		}
	}
	return false
}

// avatarInitials reports whether line i is initials over the name they
// stand for, as pages print an author's avatar: "JB" over "Júlia Brandão".
func (im *importer) avatarInitials(i int) bool {
	j := im.next(i, true)
	if j < 0 {
		return false
	}
	in := initials(strings.TrimRight(im.lines[j], "*"))
	return utf8.RuneCountInString(in) >= 2 && in == im.lines[i] && nameShaped(titleCase(strings.TrimRight(im.lines[j], "*")))
}

// initials are the first letters of a name's words that start with a
// capital: "JB" for "Júlia Brandão", "HM" for "Hélio Macuácua".
func initials(name string) string {
	var in []rune
	for _, w := range strings.Fields(name) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			in = append(in, r[0])
		}
	}
	return string(in)
}

// creditAfterCaption reports whether line i is a photo credit alone
// ("ANP") under an undecided line, a caption, rather than an agency's
// byline.
func (im *importer) creditAfterCaption(i int) bool {
	_, ok := creditLine(im.lines[i])
	p := im.prev(i)
	if !ok || p < 0 || im.rep.Entries[p].Kind != "" || wordCount(im.lines[p]) < 4 {
		return false
	}
	// An agency's name over the date is the byline, under the standfirst
	// ("Europa Press" over "Zaragoza —" over the date).
	if _, agency := Agency(im.lines[i]); agency && im.dateWithin(i, 3) {
		return false
	}
	// A sentence over "Quelle: X" is a caption when it is short and the
	// story goes on under it; else the story's last paragraph over its
	// source, or a standfirst over "X avec AFP" and the date.
	if endsSentence(strings.TrimRight(im.lines[p], `"'”’»“`)) {
		if im.dateWithin(i, 3) {
			return false
		}
		n := im.nextLine(i)
		if n >= 0 && !im.done[n] && wordCount(im.lines[n]) < 15 {
			n = im.nextLine(n) // a heading, then the story
		}
		if wordCount(im.lines[p]) > 30 || n < 0 || im.done[n] || wordCount(im.lines[n]) < 15 {
			return false
		}
	}
	_, _, credited := captionWithCredit(im.lines[p])
	return !credited // a caption that carries its own credit takes no other
}

// droppedNext reports whether the next non-blank line after i was
// already dropped as furniture.
func (im *importer) droppedNext(i int) bool {
	for j := i + 1; j < len(im.lines); j++ {
		if im.lines[j] != "" {
			return im.done[j] && im.rep.Entries[j].Kind == KindDropped
		}
	}
	return false
}

// above returns the nearest non-blank line before i, or -1.
func (im *importer) above(i int) int {
	for i--; i >= 0 && im.lines[i] == ""; i-- {
	}
	return i
}

// stampOrSource reports a line that is a date line or a source line.
func (im *importer) stampOrSource(i int) bool {
	if _, _, _, ok := dateLine(im.lines[i]); ok {
		return true
	}
	_, _, ok := sourceLine(im.lines[i])
	return ok
}

// labelAbove reports a date's label, dropped, on the line above line i:
// "Data:" over "12 marzo 2025", "Published" over "6 December 2025".
func (im *importer) labelAbove(i int) bool {
	p := im.above(i)
	return p >= 0 && (strings.HasSuffix(im.lines[p], ":") || wordCount(im.lines[p]) == 1) && im.prevRule(i, RuleDateline, RuleUpdate)
}

// prevRule reports whether the non-blank line before i was decided by one
// of rules.
func (im *importer) prevRule(i int, rules ...string) bool {
	for j := i - 1; j >= 0; j-- {
		if im.lines[j] == "" {
			continue
		}
		for _, r := range rules {
			if im.rep.Entries[j].Rule == r {
				return true
			}
		}
		return false
	}
	return false
}

// headerAfter reports whether a byline follows line i closely, so that i
// is a headline after a kicker, or a standfirst rather than the first
// paragraph.
func (im *importer) headerAfter(i int) bool {
	j := i
	for k := 0; k < 8; k++ {
		if j = im.next(j, true); j < 0 {
			return false
		}
		if _, _, ok := bylineLine(im.lines[j], im.nearHeader(j)); ok {
			return true
		}
		if _, ok := bylineItem(im.lines[j]); ok {
			return true
		}
		if _, _, ok := sourceLine(im.lines[j]); ok {
			return true // "Quelle: ZEIT ONLINE, dpa" where a byline would be
		}
	}
	return false
}

// stampAfter reports the place in capitals over a time stamp right after
// line i ("İZMİR" over "March 12 2025 09:52:00"): the header of a story
// with no byline goes on under its standfirst. A date alone between two
// paragraphs may be the body's.
func (im *importer) stampAfter(i int) bool {
	j := im.next(i, true)
	return j >= 0 && allCaps(im.lines[j]) && wordCount(im.lines[j]) == 1 && im.dateNext(j)
}

// dateNext reports whether the line right after i, with no blank line
// between, is a time stamp: a date line of five words at most, with no
// label ("March 12 2025 09:52:00", not "Coldest night: -14.2C on 10
// January 1982").
func (im *importer) dateNext(i int) bool {
	if i+1 >= len(im.lines) {
		return false
	}
	next := im.lines[i+1]
	_, _, _, ok := dateLine(next)
	return ok && wordCount(next) <= 5 && !strings.Contains(next, ": ")
}

// creditsStory reports a sign-off or a source line ("Sursa: Agerpres"),
// which credit the story and title no box.
func creditsStory(text string) bool {
	_, _, src := sourceLine(text)
	return src || isSignoff(text)
}

// overCredit reports whether line i is right over a labelled photo
// credit ("Foto: Pelzmann", "عکس: سعید امیری"), a blank line between at
// most: a caption, no headline. It returns the credit's line and the
// credit. A sentence under the credit is the caption it credits instead
// ("Foto: X", "Een bewoner haalt tegels uit een voortuin in Utrecht.").
func (im *importer) overCredit(i int) (j int, credit string, ok bool) {
	j = im.next(i, true)
	if j < 0 || j > i+2 || !creditLabelRE.MatchString(im.lines[j]) {
		return -1, "", false
	}
	if k := im.next(j, true); k > 0 && endsSentence(im.lines[k]) {
		return -1, "", false
	}
	credit, ok = creditLine(im.lines[j])
	return j, credit, ok
}

// dateAfter reports whether a date line is among the three lines after i.
func (im *importer) dateAfter(i int) bool { return im.dateWithin(i, 3) }

// dateWithin reports whether a date line is among the n lines after i.
func (im *importer) dateWithin(i, n int) bool {
	j := i
	for k := 0; k < n; k++ {
		if j = im.next(j, true); j < 0 {
			return false
		}
		if _, _, _, ok := dateLine(im.lines[j]); ok {
			return true
		}
	}
	return false
}

// figureLine reports whether line i is part of a figure.
func (im *importer) figureLine(i int) bool {
	text := im.lines[i]
	if _, ok := figureCredit(text); ok {
		return true
	}
	if _, ok := figureCaption(text); ok {
		return true
	}
	if _, ok := creditLine(text); ok {
		return true
	}
	if j := im.next(i, false); j >= 0 {
		if _, ok := creditLine(im.lines[j]); ok && im.headerOutlets(j) == nil {
			return true
		}
	}
	// "Foto: Tanjug/X" right over it, no other caption's: the caption
	// under its credit.
	if i > 0 && !im.done[i-1] && creditLabelRE.MatchString(im.lines[i-1]) {
		if _, ok := creditLine(im.lines[i-1]); ok {
			return true
		}
	}
	_, _, ok := captionWithCredit(text)
	return ok
}

// headerOutlets returns the outlets of line i when it is "RTVE.es / EFE"
// over the date, where a byline would be; else nil.
func (im *importer) headerOutlets(i int) []string {
	if names := slashedOutlets(im.lines[i]); names != nil && im.dateWithin(i, 3) {
		return names
	}
	return nil
}

// publication reports whether s names a paper: a publication word and
// no job ("Correspondent").
func publication(s string) bool {
	pub := false
	for _, w := range words(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:()"))
		if roleWords[w] {
			return false
		}
		pub = pub || publicationWords[w]
	}
	return pub
}

// credit files one byline part as a personal author or a credit.
func (im *importer) credit(i int, rule, s string) {
	m := &im.doc.Meta
	why := ""
	if name, outlet, ok := forOutlet(s); ok {
		// "Harriet Cole for MailOnline": the author, and the outlet she
		// wrote for as the source, spelt as the article spells it.
		outlet = im.spelling(outlet)
		m.Authors = append(m.Authors, name)
		CreditSources(m, []string{outlet})
		im.decide(i, KindByline, rule, fmt.Sprintf("%q is a personal author, writing for %s (the source)", name, outlet))
		return
	}
	// "Mathilde Ferrand avec AFP": the author, and the agency as the
	// source.
	if a := agencyLineRE.FindStringSubmatch(s); a != nil {
		if who, agency, ok := personWithAgency(a); ok {
			im.credit(i, rule, who)
			CreditSources(m, []string{agency})
			im.rep.Entries[i].Why += fmt.Sprintf("; %s is the source", agency)
			return
		}
	}
	// "Dani Lanigan Global News": a name, then the outlet the copy glued
	// to it.
	if ws := strings.Fields(s); classifyCredit(s) == outlet && len(ws) >= 4 {
		for k := 2; k <= 3 && k < len(ws)-1; k++ {
			name, rest := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
			if nameShaped(name) && classifyCredit(name) == person && classifyCredit(rest) == outlet && startsUpper(rest) {
				im.credit(i, rule, name)
				m.Byline = append(m.Byline, rest)
				im.rep.Entries[i].Why += fmt.Sprintf("; %q is the outlet: kept in the byline", rest)
				return
			}
		}
	}
	// "Af Ida Marie Lauritsen og Ritzau": an agency among the names is
	// the source.
	if agency := agencyNames[strings.ToLower(s)]; agency != "" {
		CreditSources(m, []string{agency})
		why = fmt.Sprintf("%q is a news agency: the source", s)
		if e := im.rep.Entries[i]; e.Why != "" && e.Kind == KindByline {
			why = e.Why + "; " + why
		}
		im.decide(i, KindByline, rule, why)
		return
	}
	switch classifyCredit(s) {
	case person:
		why = fmt.Sprintf("%q is a personal author", s)
		if slices.ContainsFunc(m.Authors, func(a string) bool { return strings.EqualFold(a, s) }) {
			why += ", named already" // the byline again, under the story
		} else {
			m.Authors = append(m.Authors, s)
		}
	case newsroom:
		m.Byline = append(m.Byline, s)
		why = fmt.Sprintf("%q is a newsroom credit, not a personal author", s)
	case outlet:
		m.Byline = append(m.Byline, s)
		why = fmt.Sprintf("%q names an organisation or a role: kept in the byline", s)
	}
	e := &im.rep.Entries[i]
	if e.Why != "" && e.Kind == KindByline {
		why = e.Why + "; " + why
	}
	im.decide(i, KindByline, rule, why)
}

// forOutlet splits a byline part of a name and the outlet the person
// wrote for: "Harriet Cole For Mailonline" (a byline in capitals, title
// cased), "Jane Doe for The Guardian".
func forOutlet(s string) (name, outlet string, ok bool) {
	m := bylineForRE.FindStringSubmatch(s)
	if m == nil || !nameShaped(m[1]) || !properNoun(m[2]) || wordCount(m[2]) > 4 {
		return "", "", false
	}
	return m[1], m[2], true
}

var bylineForRE = re(`^(.+?) (?i:for) (.+)$`)

// spelling is s as the article spells it elsewhere.
func (im *importer) spelling(s string) string { return Spelling(s, im.lines) }

// Spelling is s as one of texts spells it, when a byline in capitals has
// lost its case ("Mailonline" for "MailOnline"); else s.
func Spelling(s string, texts []string) string {
	ls := strings.ToLower(s)
	for _, l := range texts {
		ll := strings.ToLower(l)
		i := strings.Index(ll, ls)
		if i < 0 || len(ll) != len(l) { // offsets hold only if lowering kept the lengths
			continue
		}
		if t := l[i : i+len(s)]; !allCaps(t) && (i == 0 || !isLetterByte(l[i-1])) && (i+len(s) == len(l) || !isLetterByte(l[i+len(s)])) {
			return t
		}
	}
	return s
}

// isLetterByte reports whether b is an ASCII letter or part of a
// multi-byte character (which may be one): a word goes on across it.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// agency credits an agency as the source of the text.
func (im *importer) agency(i int, name, why string) {
	m := &im.doc.Meta
	if m.Source == nil {
		m.Source = &document.Source{Name: name}
	}
	m.Byline = append(m.Byline, name)
	im.decide(i, KindByline, RuleAgency, fmt.Sprintf("%s: %q is the source", why, name))
}

// sources credits the sources that line i names, the first as the source.
func (im *importer) sources(i int, names []string, why string) {
	// "来源：新华网" under the masthead "新华网": a Chinese site names
	// itself where it names the paper or agency it took the story from.
	if len(names) == 1 && im.ownName(names[0]) && (strings.HasPrefix(im.lines[i], "来源") || strings.HasPrefix(im.lines[i], "來源")) {
		im.drop(i, RuleKicker, "a source line that names the site itself, as its masthead does")
		return
	}
	CreditSources(&im.doc.Meta, names)
	im.decide(i, KindByline, RuleAgency, fmt.Sprintf("%s: %s credited as the source", why, strings.Join(names, ", ")))
}

// ownName reports whether name is the site's own, which the page's first
// line, its masthead, prints: "新华网" over "来源：新华网".
func (im *importer) ownName(name string) bool {
	return name != "" && im.mastheadLine() == name
}

// ownOutlet reports whether name is the site's own: its masthead, or
// the owner that a copyright line names ("© 2025 Le Républicain Niger").
// A name of two words or more must open with an article, since a blog's
// author may own its copyright.
func (im *importer) ownOutlet(name string) bool {
	if im.ownName(name) {
		return true
	}
	if first, _, two := strings.Cut(name, " "); two && !articles[strings.ToLower(first)] {
		return false
	}
	for _, l := range im.lines {
		rest, ok := strings.CutPrefix(l, "©")
		if !ok || wordCount(rest) > 15 {
			continue
		}
		if k := strings.Index(rest, name); k >= 0 {
			if r, _ := utf8.DecodeRuneInString(rest[k+len(name):]); !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// mastheadLine is the page's first line, where it prints its name.
func (im *importer) mastheadLine() string {
	for _, l := range im.lines {
		if l != "" {
			return l
		}
	}
	return ""
}

// agencyDateline credits the agency of a wire dateline in the first
// paragraph ("SANTIAGO, March 12 (Reuters) - "), and its date when the
// header gave none; the paragraph keeps it.
func (im *importer) agencyDateline() {
	n := 0
	for _, b := range im.doc.Blocks {
		p, ok := b.(*document.Paragraph)
		if !ok {
			continue
		}
		n++
		text := document.PlainText(p.Text)
		if len(text) > 160 {
			text = text[:160] // a dateline is at the start
		}
		// "Monterrey, México (19 febrero 2025).- Con la meta …": the
		// dateline's date, when the header gave none; the story's first
		// paragraph may follow a standfirst.
		if d, ok := datelineDate(text); ok && n <= 2 && im.doc.Meta.Date == "" {
			im.doc.Meta.Date = d
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; its dateline's date (%s) is the article's", d)
		}
		// "新民晚报讯（记者 陈佳颖 通讯员 王磊）…": the reporters in the
		// Chinese dateline, whether or not a source is known.
		// "（中央社記者陳怡君花蓮6日電）": the agency, its reporter, the
		// place and the day.
		if m := zhAgencyDatelineRE.FindStringSubmatch(text); m != nil && n <= 3 {
			a, _ := Agency(m[1])
			CreditSources(&im.doc.Meta, []string{a})
			if len(im.doc.Meta.Authors) == 0 || len(im.doc.Meta.Authors) == 1 && im.doc.Meta.Authors[0] == m[1] {
				im.doc.Meta.Authors = strings.FieldsFunc(m[2], zhNameSep)
			}
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; its dateline names the agency, %s, and the reporters: %s", a, strings.Join(im.doc.Meta.Authors, ", "))
			return
		}
		m := zhDatelineRE.FindStringSubmatch(text)
		if m == nil {
			m = zhOpenDatelineRE.FindStringSubmatch(text)
		}
		if m != nil && n <= 3 {
			if len(im.doc.Meta.Authors) == 0 {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, strings.FieldsFunc(m[1], zhNameSep)...)
			}
			// "新华社兰州12月6日电（记者X、Y）": the agency's own copy;
			// "现代快报讯（…）": the paper's, when another site prints it.
			if strings.HasPrefix(text, "新华社") {
				CreditSources(&im.doc.Meta, []string{"新华社"})
			} else if p := zhPaperNewsRE.FindStringSubmatch(text); p != nil && !im.ownName(p[1]) {
				CreditSources(&im.doc.Meta, []string{p[1]})
			}
			for _, c := range strings.FieldsFunc(m[2], zhNameSep) {
				im.doc.Meta.Contributors = append(im.doc.Meta.Contributors, document.Contributor{Role: "ctb", Text: c})
			}
			e := &im.rep.Entries[p.Pos.Line-1]
			e.Why += fmt.Sprintf("; its dateline names the reporters: %s", strings.Join(im.doc.Meta.Authors, ", "))
			return
		}
		if n > 3 {
			return
		}
		// "به گزارش خبرگزاری تسنیم، …": "as the agency X reports".
		if m := faReportsRE.FindStringSubmatch(text); m != nil && im.doc.Meta.Source == nil {
			CreditSources(&im.doc.Meta, []string{m[1]})
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; it opens with the agency whose report it is, %s, the source", m[1])
		}
		// "نزوى ـ من خالد بن سعيد الحبسي: …": the place, and the reporter
		// after "من" (from).
		if m := arabicFromRE.FindStringSubmatch(text); m != nil && len(im.doc.Meta.Authors) == 0 && uncasedName(m[1]) {
			im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; its dateline names %s, the author", m[1])
		}
		// "Варна, 5 декември /Мария Стоянова, БТА/ Около …", "Suceava,
		// 3 dec /Agerpres/ - …": the reporter and the agency between
		// slashes after the place and the day.
		if m := slashDatelineRE.FindStringSubmatch(text); m != nil {
			if a, ok := Agency(m[2]); ok {
				e := &im.rep.Entries[p.Pos.Line-1]
				if im.doc.Meta.Source == nil {
					im.doc.Meta.Source = &document.Source{Name: a}
					e.Why += fmt.Sprintf("; its dateline credits %s as the source", a)
				}
				if m[1] != "" && len(im.doc.Meta.Authors) == 0 && nameShaped(m[1]) {
					im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
					e.Why += fmt.Sprintf("; its dateline names %s, the author", m[1])
				}
				return
			}
		}
		if im.doc.Meta.Source != nil {
			continue
		}
		// "السومرية نيوز/ البصرة …": the news site, a slash and the place.
		if m := arabicNewsDatelineRE.FindStringSubmatch(text); m != nil {
			im.doc.Meta.Source = &document.Source{Name: m[1]}
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; its dateline credits %s as the source", m[1])
			return
		}
		// "[부산=뉴시스] 이아름 기자 = …": the desk's place and the agency
		// in brackets, then the reporter.
		if m := koDatelineRE.FindStringSubmatch(text); m != nil {
			im.doc.Meta.Source = &document.Source{Name: m[1]}
			e := &im.rep.Entries[p.Pos.Line-1]
			e.Why += fmt.Sprintf("; its dateline credits %s as the source", m[1])
			if m[2] != "" && len(im.doc.Meta.Authors) == 0 {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[2])
				e.Why += fmt.Sprintf("; it names %s, the author", m[2])
			}
			return
		}
		// "به گزارش ایسنا، …": according to the agency's report.
		if m := persianAgencyRE.FindStringSubmatch(text); m != nil {
			im.doc.Meta.Source = &document.Source{Name: m[1]}
			e := &im.rep.Entries[p.Pos.Line-1]
			e.Why += fmt.Sprintf("; it opens with the report of %s, the source", m[1])
			return
		}
		if a, ok := datelineAgency(text); ok {
			im.doc.Meta.Source = &document.Source{Name: a}
			e := &im.rep.Entries[p.Pos.Line-1]
			e.Why += fmt.Sprintf("; its dateline credits %s as the source", a)
			return
		}
		// "HORQUETA (Marcos Ramírez, corresponsal). …": the correspondent
		// who signs the dateline is the author, when no byline named one.
		if m := correspondentRE.FindStringSubmatch(text); m != nil && len(im.doc.Meta.Authors) == 0 && nameShaped(m[1]) {
			im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
			e := &im.rep.Entries[p.Pos.Line-1]
			e.Why += fmt.Sprintf("; its dateline names %s, the author", m[1])
			return
		}
		// "【明報專訊】大澳棚屋…": the paper's own dispatch, its source.
		if m := zhDispatchRE.FindStringSubmatch(text); m != nil {
			im.doc.Meta.Source = &document.Source{Name: m[1]}
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; it opens as %s's own dispatch, the source", m[1])
			return
		}
		// "ਫ਼ਿਰੋਜ਼ਪੁਰ, 12 ਮਾਰਚ (ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ)-…": Indic and Urdu
		// papers sign the dateline with the reporter's name in brackets
		// ("کراچی (اسٹاف رپورٹر)" is the newsroom's, no one's), or with
		// the paper's bureau, the source ("ଜୟପୁର,୬।୧୨(ସମ୍ବାଦ ବ୍ୟୁରୋ): …").
		if m := uncasedDatelineRE.FindStringSubmatch(text); m != nil {
			e := &im.rep.Entries[p.Pos.Line-1]
			switch {
			case bureauRE.MatchString(m[1]):
				im.doc.Meta.Source = &document.Source{Name: m[1]}
				e.Why += fmt.Sprintf("; its dateline credits %s, the paper's bureau, as the source", m[1])
				return
			case len(im.doc.Meta.Authors) == 0 && uncasedName(m[1]) && !newsroomRE.MatchString(m[1]):
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
				e.Why += fmt.Sprintf("; its dateline names %s, the author", m[1])
				return
			}
		}
	}
}

// naByline credits a byline of "Na" (by) among the first lines after the
// headline, under the standfirst too: Swahili's "Na Salim Mwakyusa", "NA
// ZAWADI MSUYA, DODOMA" (the place after a comma), Māori's "Nā Hinewai
// Paora", Hawaiian's "Na Kalena Makaʻike". Only in a copy in one of
// these languages: "Na Wildzie powstanie …" is a Polish headline.
// The copy's language is asked only once such a line is found.
func (im *importer) naByline(title int) {
	for i, k := title+1, 0; i < len(im.lines) && k < 8; i++ {
		if im.lines[i] == "" {
			continue
		}
		k++
		sw := naBylineRE.FindStringSubmatch(im.lines[i])
		if sw == nil || !nameShaped(titleCase(sw[1])) {
			continue
		}
		if !writesNa(strings.Join(im.lines, "\n")) {
			return
		}
		// "NA ZAWADI MSUYA", which the header took for a name in
		// capitals: the name is what follows "Na".
		if im.done[i] {
			if a := slices.Index(im.doc.Meta.Authors, titleCase(strings.Fields(sw[0])[0]+" "+sw[1])); a >= 0 && im.rep.Entries[i].Kind == KindByline {
				im.doc.Meta.Authors[a] = titleCase(sw[1])
				im.rep.Entries[i].Why += fmt.Sprintf(`; "Na" is "by": the author is %s`, titleCase(sw[1]))
			}
			return
		}
		if len(im.doc.Meta.Authors) > 0 {
			return
		}
		im.credit(i, RuleBylineBy, titleCase(sw[1]))
		if sw[2] != "" {
			im.doc.Meta.Byline = append(im.doc.Meta.Byline, sw[2])
		}
		im.rep.Entries[i].Why += `; "Na" is "by"`
		return
	}
}

// naBylineRE is a byline of "Na" (by), the name, and the place after a
// comma.
var naBylineRE = re(`^(?:Na|NA|Nā|NĀ) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:, (\p{Lu}[\p{L} ]{1,30}))?$`)

// koDatelineRE is a Korean agency's dateline: the desk's place and the
// agency in brackets, then its reporter ("[부산=뉴시스] 이아름 기자 = ",
// "[서울=뉴스1] ").
var koDatelineRE = re(`^\[\p{Hangul}{1,10}=(\p{Hangul}{2,8}|뉴스1)\]\s*(?:(\p{Hangul}{2,4})\s*기자\s*=)?`)

// slashDatelineRE is a dateline that names its reporter and agency
// between slashes: "Варна, 5 декември /Мария Стоянова, БТА/".
var slashDatelineRE = re(`^\p{Lu}[\p{L}\p{M} .-]{1,40},\s+\d{1,2}\.?\s+\p{L}+\.?(?:\s+\d{4})?\s*/(?:([^/,]{3,40}),\s*)?([^/,]{2,20})/`)

// agencyInitialsRE is an agency's name and its editors' initials:
// "EFE lpq/fgg/rcf".
var agencyInitialsRE = re(`^(\p{L}{2,10}) [a-z]{2,5}(?:/[a-z]{2,5})+$`)

// sourceLabels are the words that label a story's source, with no colon
// after them.
var sourceLabels = set("fonte fuente quelle source bron font theo")

// dashAgency splits the agency's name after a dash off the end of a
// sentence: "… in four languages. – Bernama".
func dashAgency(text string) (head, agency string, ok bool) {
	for _, dash := range []string{" – ", " — ", " - "} {
		if i := strings.LastIndex(text, dash); i > 0 && endsSentence(text[:i]) {
			if a, ok := Agency(strings.TrimSuffix(text[i+len(dash):], ".")); ok {
				return text[:i], a, true
			}
		}
	}
	return "", "", false
}

// agencyTail credits the agency whose name, after a dash, ends the last
// paragraph ("… in four languages. – Bernama"), when nothing else named
// a source; the paragraph keeps it.
func (im *importer) agencyTail() {
	if im.doc.Meta.Source != nil {
		return
	}
	for k := len(im.doc.Blocks) - 1; k >= 0; k-- {
		p, ok := im.doc.Blocks[k].(*document.Paragraph)
		if !ok {
			continue
		}
		text := document.PlainText(p.Text)
		if _, a, ok := dashAgency(text); ok {
			im.doc.Meta.Source = &document.Source{Name: a}
			im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; %s, after a dash at its end, is the source", a)
			return
		}
		// "… nicht mehr gebraucht werde. (mwo/KNA)": the editor's
		// initials and the agency, in brackets at its end.
		if i := strings.LastIndex(text, " ("); i > 0 && endsSentence(text[:i]) {
			if m := agencySignatureRE.FindStringSubmatch(text[i+1:]); m != nil {
				a := agencyNames[strings.ToLower(m[1])]
				im.doc.Meta.Source = &document.Source{Name: a}
				im.rep.Entries[p.Pos.Line-1].Why += fmt.Sprintf("; %s, with the editor's initials in brackets at its end, is the source", a)
			}
		}
		return
	}
}

// wireEndRE is the mark that ends an agency's story: "Inforpress/Fim",
// "Lusa/Fim".
var wireEndRE = re(`^(\p{Lu}[\p{L}-]{1,20})\s?/\s?(?:Fim|FIM|fim)$`)

// capsInitialsRE is two editors' initials in capitals: "JB/AA".
var capsInitialsRE = re(`^\p{Lu}{2,3}/\p{Lu}{2,3}$`)

// wireIssuerRE names the issuer of a release that a press-release wire
// carried: "Original-Content von: Polizei Bremen, übermittelt durch news
// aktuell", "SOURCE Acme Corp".
var wireIssuerRE = re(`^(?:Original-Content von:\s*(\p{Lu}[^,]{1,80}), übermittelt durch .{2,40}|SOURCE (\p{Lu}[\p{L}\p{N}&.,' -]{1,80}))$`)

// agencyCopyright credits the agency whose copyright line closes the
// page, when nothing else named a source: the story is the agency's own
// copy, on its own site ("© Anadolu Agency 2025").
func (im *importer) agencyCopyright() {
	if im.doc.Meta.Source != nil {
		return
	}
	for i, text := range im.lines {
		if a, ok := copyrightAgency(text); ok && im.done[i] {
			CreditSources(&im.doc.Meta, []string{a})
			im.rep.Entries[i].Why += fmt.Sprintf("; %s, whose copyright closes the page, is credited as the source: the story is its own copy", a)
			return
		}
	}
}

// copyrightAgency is the agency a copyright line names with its year.
func copyrightAgency(text string) (string, bool) {
	if !strings.HasPrefix(text, "©") && !strings.HasPrefix(text, "Copyright") {
		return "", false
	}
	if m := agencyCopyrightRE.FindStringSubmatch(text); m != nil {
		a, ok := agencyNames[strings.ToLower(m[1]+m[2])]
		return a, ok
	}
	return "", false
}

// agencyCopyrightRE is a copyright line and its holder: "© Anadolu
// Agency 2025", "Copyright 2025 APA. All rights reserved."
// The year tells the page's copyright from a photo's credit ("© Belga").
var agencyCopyrightRE = re(`^(?:©|Copyright)\s*(?:©\s*)?(?:\d{4}\s+(\p{L}[\p{L} .-]{1,40}?)|(\p{L}[\p{L} .-]{1,40}?)\s+\d{4})\.?(?:\s+(?i:all rights reserved)\.?)?$`)

// datelineAgency is the agency a paragraph's dateline credits:
// "SANTIAGO, March 12 (Reuters) - ", and in capitals, "VALÈNCIA, 12
// (SERVIMEDIA) La Comunitat …", "AGI - Da venerdì …".
func datelineAgency(text string) (string, bool) {
	if m := agencyRE.FindStringSubmatch(text); m != nil {
		// "(KAP)" is Kathpress's code: the agency's own name, where
		// it is more than the code in other capitals.
		if a, ok := agencyNames[strings.ToLower(m[1])]; ok && !strings.EqualFold(a, m[1]) {
			return a, true
		}
		return m[1], true
	}
	if m := capsAgencyRE.FindStringSubmatch(text); m != nil {
		a, ok := agencyNames[strings.ToLower(m[1]+m[2])]
		return a, ok
	}
	if m := placeAgencyRE.FindStringSubmatch(text); m != nil {
		a, ok := agencyNames[strings.ToLower(m[1])]
		return a, ok
	}
	// "إربد 6 كانون الأول (بترا) - ": in a script without case, the place,
	// the day and the agency in brackets.
	if m := uncasedDatelineRE.FindStringSubmatch(text); m != nil {
		a, ok := agencyNames[m[1]]
		return a, ok
	}
	return "", false
}

// placeAgencyRE opens a paragraph with the place, maybe the day, and the
// agency after them: "ШЫМКЕНТ. KAZINFORM — ", "Каракол, 6 декабря. АКИpress
// — ", Armenian "ԳՅՈՒՄՐԻ, 6 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ ".
var placeAgencyRE = re(`^\p{Lu}[\p{L}\p{M} -]{1,30}[.,]\s+(?:\d{1,2}\s+\p{L}+[.,]\s+)?(\p{L}[\p{L}.]{2,16})(?:\s*[—–-]\s|։\s)`)

// faReportsRE opens a Persian story with the agency that reports it:
// "به گزارش خبرگزاری تسنیم، …".
var faReportsRE = re(`^به گزارش (خبرگزاری [\p{Arabic}\x{200c}]+)`)

// arabicFromRE is an Arabic dateline with its reporter: "نزوى ـ من X: ",
// "الدوحة - X: ".
var arabicFromRE = re(`^\p{Arabic}+(?: \p{Arabic}+)? (?:ـ من|[-–ـ]) (\p{Arabic}+(?: \p{Arabic}+){1,4}): `)

// arabicNewsDatelineRE is a news site's Arabic dateline: "السومرية نيوز/
// البصرة".
var arabicNewsDatelineRE = re(`^(\p{Arabic}+ نيوز) ?/ ?\p{Arabic}+ `)

// capsAgencyRE is a dateline's agency in capitals: in brackets after the
// place and day ("JEREZ DE LA FRONTERA, 6 (EUROPA PRESS) El …"), or
// alone before a dash.
var capsAgencyRE = re(`^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\d{1,2})?\s*\((\p{Lu}{2,12}(?: \p{Lu}{2,12})?)\)\s|(\p{Lu}{2,12})\s+[-–—]\s)`)

// correspondentLineRE is a correspondent's credit on a line of its own:
// "Correspondante Midi Libre : Odile Ferrand".
var correspondentLineRE = re(`^(?i:correspondante?|correspondent|corresponsal|correspondente|corrispondente)\b[^:]{0,40}:\s*(\p{Lu}[\p{L}'’. -]{2,60})$`)

// photographersRE credits the photographer of a feature's photos in its
// header: "Fotografías de X", "Photographs by X", "Fotografie: X".
var photographersRE = re(`^(?i:fotografías|fotografias|fotografie|fotografia|fotos|photographs|photography|photos|bilder|photographies|images)(?:\s+(?i:de|by|von|di|par|door)|\s?:|\s)\s*(\p{Lu}[\p{L}'’. -]{2,60})$`)

// authorPartRE is an author named with the part of the story they
// wrote, as broadcasters credit a story made from a radio or TV report:
// "Sujet radio: X", "Adaptation web: X", "TV-Beitrag: X".
var authorPartRE = re(`^(?i:sujet (?:radio|tv|télé)|reportage (?:radio|tv|télé)|adaptation web|rédaction web|texte web|radio-beitrag|tv-beitrag|online-fassung|web-adaption|servizio (?:radio|tv)|adattamento web|reportaje (?:de radio|de tv)|adaptación web|web version|radio report|tv report)\s?:\s*(\p{Lu}[\p{L}'’. -]{2,60})$`)

// ourCorrespondentRE is a correspondent's byline over the story: "Avec
// notre correspondante à Saint-Louis, X", "From our correspondent in
// Nairobi, X", "Von unserer Korrespondentin in Wien, X".
var ourCorrespondentRE = re(`^(?i:avec|from|de|desde|von|da|dal|van) (?i:notre|nos|our|nuestr[oa]|unsere[mr]|il nostro|la nostra|noss[oa]|onze) (?i:correspondante?s?|envoyée?s? spéciale?s?|correspondent|corresponsal|korrespondent(?:in|en)?|corrispondente|correspondente|inviat[oa])\b[^,]{0,60},\s*(\p{Lu}[^,;:]{2,60})$`)

// correspondentRE is a dateline signed by a correspondent: "HORQUETA
// (Marcos Ramírez, corresponsal).", "LILLE (Marie Dubois, correspondante)
// -".
// agencyCreditsRE is an agency's credits under its story: the agency,
// then in brackets the desk's initials, the author and the editors.
var agencyCreditsRE = re(`^(\p{Lu}{3,12})/\((?:\p{Lu}{1,3}\s*-\s*)?autor:\s*([^,()]+?)((?:,\s*[\p{L} ]{2,20}:\s*[^,()]+?)*)\)$`)

// nameWithAgencyRE is an author under the story with the agency she
// wrote with or for: "Amandine Collard (avec Belga)", "Katarzyna
// Lewandowska (PAP)".
var nameWithAgencyRE = re(`^(\p{Lu}[\p{L}'’. -]{2,60}?)\s*\((?:(?i:avec|with|con|com|mit|met|amb)\s+)?([^()]{2,30})\)\.?$`)

// endBylineRE is a byline with its label and a colon, as some pages print
// it under the story: "Avtor: X, STA", "Autor: X", Turkish "Haber: X"
// (news).
var endBylineRE = re(`^(?i:текст і фото|текст та фото|текст и фото|avtor|avtorica|autor|autorka|autora|author|auteur|autore|аутор|автор|автор публікації|piše|napisal|napisala|jornalista|periodista|journaliste|repórter|bài và ảnh|bài|خبرنگار|pewarta|penulis|reporter|reportagem|reportaje|reportage|haber|muhabir|mwandishi)\s*:\s*(\S.{2,80})$`)

// bracketNameRE is a name alone in brackets, after its bureau or not,
// or two: "（木村直人）", "（石巻総局・遠藤拓海）", "（十日町支局　長谷川航）",
// "（中部報道部・比嘉美咲、社会部・金城大輔）", Mainichi's "【前川美咲】".
var bracketNameRE = re(`^[（(【](?:\p{Han}{2,8}[・·　 ])?(\p{Han}{2,4})(?:、(?:\p{Han}{2,8}[・·　 ])?(\p{Han}{2,4}))?[）)】]$`)

// persianAgencyRE opens a Persian story with the agency whose report it
// is: "به گزارش ایسنا،", "به گزارش خبرگزاری مهر،".
var persianAgencyRE = re(`^(?:به گزارش|بنا بر گزارش|بنابر گزارش)\s+(?:خبرگزاری\s+)?(ایسنا|ایرنا|ایلنا|تسنیم|فارس|مهر|برنا|ایکنا|میزان)\s*[،,]`)

// zhNameSep separates the names of a Chinese byline.
func zhNameSep(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' }

// zhStampByline reads the author on a Chinese date line, after a label
// ("来源：新民晚报 作者：陈佳颖 发表时间：…") or after the paper's name
// before the date ("解放日报 林若晴 2025-03-18 06:31"), and that paper.
func zhStampByline(text string) (name, paper string, ok bool) {
	if m := zhStampAuthorRE.FindStringSubmatch(text); m != nil {
		return m[1], "", true
	}
	if m := zhStampHeadRE.FindStringSubmatch(text); m != nil {
		if p := zhPaperNameRE.FindStringSubmatch(m[1]); p != nil {
			return p[2], p[1], true
		}
	}
	return "", "", false
}

// zhStampAuthorRE is the author on a Chinese date line: "作者：陈佳颖";
// zhStampHeadRE what comes before the date and time at its end.
var (
	zhStampAuthorRE = re(`(?:作者|撰文|记者|記者)[：:]\s*(\p{Han}{2,4})(?:[\s|｜]|$)`)
	zhStampHeadRE   = re(`^(\p{Han}.*?)\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
)

// zhDatelineRE opens a Chinese story's first paragraph with its reporters
// in brackets: "新民晚报讯（记者 陈佳颖 通讯员 王磊）", "扬子晚报网11月28日讯（记者
// 吴倩 通讯员 宁萱）", "〔記者廖雅婷／台中報導〕",
// "新华社兰州12月6日电（记者马晓岚、赵一鸣）" (the agency, the place, the day
// and "wired").
var zhDatelineRE = re(`^(?:[\p{Han}\d]{2,16}[讯訊电電])?[（(〔【]\s*(?:记者|記者)\s*(\p{Han}{2,4}(?:[ 、，]+\p{Han}{2,4})*?)\s*(?:(?:通讯员|通訊員|实习生|實習生)\s*(\p{Han}{2,4}(?:[ 、，]+\p{Han}{2,4})*))?\s*(?:[／/]\s*\p{Han}{0,6}(?:报道|報導|电|電))?\s*[）)〕】]`)

// zhOpenDatelineRE is the same without brackets, the report's word and a
// colon after the names: "羊城晚报讯 记者林晓丹、通讯员黄志诚报道：".
var zhOpenDatelineRE = re(`^[\p{Han}\d]{2,16}[讯訊]\s*(?:记者|記者)\s*(\p{Han}{2,4}?(?:[、，]\p{Han}{2,4}?)*?)[、，\s]*(?:(?:通讯员|通訊員|实习生|實習生)\s*(\p{Han}{2,4}?(?:[、，]\p{Han}{2,4}?)*?))?\s*(?:报道|報導)?[：:]`)

// zhPaperNewsRE is the paper that opens such a dateline, before its
// site's "网", the day and "讯" (news): "扬子晚报网11月28日讯".
var zhPaperNewsRE = re(`^(\p{Han}{2,10}?)网?(?:\d{1,2}月\d{1,2}日)?[讯訊]`)

// zhAgencyDatelineRE opens a Chinese agency's story: in brackets, the
// agency, "記者" (reporter), the names of three characters, the place,
// the day and "電" (wired): "（中央社記者陳怡君花蓮6日電）".
var zhAgencyDatelineRE = re(`^[（(]\s*(中央社|中新社|新华社|新華社)(?:记者|記者)\s*(\p{Han}{3}(?:[、，]\p{Han}{3})*)\p{Han}{0,8}?\d{1,2}日[电電]\s*[）)]`)

// uncasedDatelineRE is a dateline of a script without case signed in
// brackets: place, date, (name), then a dash.
var uncasedDatelineRE = re(`^[^()]{2,40}\(([^()]{3,40})\)\s*[-–—:：]`)

// bureauRE ends the name of a paper's bureau: "ସମ୍ବାଦ ବ୍ୟୁରୋ" (Sambad's
// bureau), "हिन्दुस्तान ब्यूरो".
var bureauRE = re(`(?:ବ୍ୟୁରୋ|ब्यूरो|ব্যুরো|బ్యూరో|ಬ್ಯೂರೋ|ബ്യൂറോ|બ્યુરો|ਬਿਊਰੋ)$`)

var correspondentRE = re(`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40} \(([^,()]{3,60}), (?i:corresponsal|correspondent|correspondente|correspondante|corrispondente|korrespondent(?:in)?|enviad[oa] especial|envoyée? spéciale?|inviat[oa])\)`)

// namedOnDate reports whether line i is a name that a date line under it
// opens, before a bar: "Instituto Nacional de los Pueblos Indígenas"
// over "Instituto Nacional de los Pueblos Indígenas | 05 de diciembre de
// 2025", a breadcrumb's item and the publisher, no headline.
func (im *importer) namedOnDate(i int) bool {
	for j := i + 1; j < len(im.lines) && j <= i+12; j++ {
		if rest, ok := strings.CutPrefix(im.lines[j], im.lines[i]+" | "); ok {
			_, _, _, date := dateLine(rest)
			return date
		}
	}
	return false
}

// storyNames reports whether a paragraph of the story near line i, the
// standfirst above it or the text under it, holds text: "Alba de
// Tormes" under the byline, a place the story is about, and no author.
func (im *importer) storyNames(i int, text string) bool {
	for j := max(0, i-20); j < min(len(im.lines), i+40); j++ {
		if j != i && wordCount(im.lines[j]) >= 15 && strings.Contains(im.lines[j], text) {
			return true
		}
	}
	return false
}

// nameBeforeDate splits a person's name of two or three capitalized
// words from the date that follows it on its line: "Maren Solberg
// Tuesday, March 11, 2025 - 5:25pm"; not "Publié le Jeudi …". The date
// opens with a number, a month's name or a weekday and its comma.
func nameBeforeDate(text string) (string, bool) {
	ws := strings.Fields(text)
	for k := 2; k <= 3 && k < len(ws); k++ {
		name := strings.Join(ws[:k], " ")
		if !startsUpper(ws[k-1]) {
			return "", false
		}
		first := ws[k]
		_, month := monthNumber(strings.Trim(first, ".,"))
		// "Marco Ferrante pubblicata il 25 Marzo 2025": a published
		// line's label may open the date too.
		opens := month || first[0] >= '0' && first[0] <= '9' || strings.HasSuffix(first, ",") && startsUpper(first) || publishedLine(strings.Join(ws[k:], " "))
		if _, _, _, ok := dateLine(strings.Join(ws[k:], " ")); ok && opens && nameShaped(name) && classifyCredit(name) == person {
			return name, true
		}
	}
	return "", false
}

// namedCredit reports whether line i is a photographer's or agency's
// name alone, of four words at most, and no author's.
func (im *importer) namedCredit(i int) bool {
	credit, ok := adjacentCredit(im.lines[i])
	return ok && wordCount(credit) <= 4 && (nameShaped(credit) || agencyNames[strings.ToLower(credit)] != "") &&
		!slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.EqualFold(a, credit) })
}

// nameOverCaption reports whether line i is such a name right over an
// undecided caption of one sentence, five to thirty words.
func (im *importer) nameOverCaption(i int) bool {
	if i+1 >= len(im.lines) || im.done[i+1] || !im.namedCredit(i) {
		return false
	}
	return oneSentenceCaption(im.lines[i+1])
}

// oneSentenceCaption reports whether c is shaped as a photo's caption of
// one sentence: five to thirty words, a full stop at the end only.
func oneSentenceCaption(c string) bool {
	return wordCount(c) >= 5 && wordCount(c) <= 30 && endsSentence(c) && !strings.Contains(c, ". ")
}

// captionOverCredit reports whether line i is a sentence with a credit
// glued under it: a caption, whatever date it holds ("Laurelhurst Park’s
// pond, photographed April 3, 2024, has not been …" over "Mira
// Castellanos/The Oregonian").
func (im *importer) captionOverCredit(i int) bool {
	if i+1 >= len(im.lines) || wordCount(im.lines[i]) < 8 {
		return false
	}
	next := im.lines[i+1]
	_, ok := creditLine(next)
	if !ok {
		_, ok = adjacentCredit(next)
	}
	if !ok {
		_, ok = figureCredit(next) // "Photo credit: X | Nation Media Group"
	}
	// A caption with no full stop needs a credit with a slash under it
	// ("Hélio Damasceno/Poder360 - 9.abr.2024").
	return ok && (endsSentence(im.lines[i]) || strings.Contains(next, "/"))
}

// domainRE is a web site's name: "www.giornaledibrescia.it".
var domainRE = re(`^(?:www\.)?[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)+$`)

// englishWords counts the English function words in s, which no other
// language we read spells alike: a cheap sign of English before the
// language is detected.
func englishWords(s string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if englishFunctionWords[w] {
			n++
		}
	}
	return n
}

var englishFunctionWords = set("the to and of for with by from at are will be this that after")

// sourceOverDate reports a source line right under line i, and the date
// under it: "المصدر: "النهار"", then "12-03-2025 | 10:15".
func (im *importer) sourceOverDate(i int) bool {
	j := im.nextLine(i)
	if j < 0 {
		return false
	}
	_, _, ok := sourceLine(im.lines[j])
	return ok && im.dateUnder(j)
}

// dateUnder reports whether a date line is right under line i, or under
// a place right under it: "Vigo" over "11 JUN 2024 6:00".
func (im *importer) dateUnder(i int) bool {
	j := im.nextLine(i)
	if j < 0 {
		return false
	}
	if _, _, _, ok := dateLine(im.lines[j]); ok {
		return true
	}
	return j == i+1 && wordCount(im.lines[j]) <= 3 && im.roleOverDate(i)
}

// roleOverDate reports whether the line after line i, past blank lines,
// is a role of six words at most over a date line: "নিজস্ব প্রতিবেদক,
// বিডিনিউজ টোয়েন্টিফোর ডটকম" (staff reporter, and the outlet) under
// the name.
func (im *importer) roleOverDate(i int) bool {
	j := im.nextLine(i)
	if j < 0 || !bylineRole(im.lines[j]) {
		return false
	}
	k := im.nextLine(j)
	if k < 0 {
		return false
	}
	_, _, _, ok := dateLine(im.lines[k])
	return ok
}

// moreFromSection makes a list's head of "Mehr Stadtleben", "More Local
// News": the word for "more" before the name of the section the header
// labelled the story with, a kicker.
func (im *importer) moreFromSection(title int) {
	kickers := map[string]bool{}
	for i := 0; i < title; i++ {
		if im.rep.Entries[i].Rule == RuleKicker {
			kickers[strings.ToLower(im.lines[i])] = true
		}
	}
	if len(kickers) == 0 {
		return
	}
	added := false
	for i := title + 1; i < len(im.lines); i++ {
		m := moreRE.FindStringSubmatch(im.lines[i])
		if im.done[i] || m == nil || !kickers[strings.ToLower(m[1])] {
			continue
		}
		im.drop(i, "boilerplate/related-topics", "more stories from the section the story's kicker names")
		im.listHeads, added = append(im.listHeads, i), true
	}
	if added {
		slices.Sort(im.listHeads)
	}
}

// moreRE is "more" before a section's name.
var moreRE = re(`^(?i:mehr|mehr vom|more|more from|plus de|plus du|plus d['’]|más|más de|más del|mais|mais de|mais do|mais da|altro da|altre notizie da|meer|més|περισσότερα από|περισσότερα για)\s*(\p{Lu}.{1,40})$`)

// dropLists drops the list of links under each heading row of the
// boilerplate table ("Related Topics", "Más información", "Lire aussi")
// after the headline: the bullet items and short lines that are not
// sentences, blank lines between them allowed, up to the first sentence.
// When a sentence ends the list and its last item is shorter than every
// other, or follows a date (a story's card ends with its date), that
// item is a section heading and is given back.
func (im *importer) dropLists(title int) {
	for h, i := range im.listHeads {
		if i <= title {
			continue
		}
		// A list ends at the next list's head at the latest, so that
		// the lists of a page are read in one pass, however many.
		end := len(im.lines)
		if h+1 < len(im.listHeads) {
			end = im.listHeads[h+1]
		}
		var items []int
		blankAfterItem, teasers := false, 0
		interrupted := false // furniture of another kind came after the last item
		j := i + 1
		for ; j < end; j++ {
			if im.lines[j] == "" {
				// A blank line after the items ends the list, unless a
				// short line follows that heads no paragraph; in a spaced
				// copy, only when the items were not apart themselves.
				n := len(items)
				if n > 0 && (!im.spaced || n >= 2 && items[n-1] == items[n-2]+1) {
					blankAfterItem = true
				}
				continue
			}
			// "Deputados aprovam reajuste de cotas de gabinete;" over
			// "Senado renova contrato de limpeza por R$ 48 milhões.": the
			// items of a list of links punctuated as a sentence.
			semicolons := len(items) > 0 && strings.HasSuffix(im.lines[items[len(items)-1]], ";") && wordCount(im.lines[j]) <= 2*headingMaxWords
			// Cards of a label, a headline and a teaser ("Townsville",
			// "Mum's plea after …", "A backyard pool scare has prompted
			// …"): a sentence right under an item is its teaser when the
			// next card's label, an earlier item again, comes right
			// under it, or when an earlier teaser did; in a copy with
			// blank lines between paragraphs, also when a blank line
			// closes the card ("Drought pushes more West Texas towns
			// …", "Texas voters approved billions … Here's where the
			// money is going.").
			teaser := !blankAfterItem && len(items) > 0 && items[len(items)-1] == j-1 && !listEntry(im.lines[j]) && endsSentence(im.lines[j]) && wordCount(im.lines[j]) <= 30 &&
				(teasers > 0 || j+1 < end && im.lines[j+1] != "" && slices.ContainsFunc(items, func(k int) bool { return im.lines[k] == im.lines[j+1] }) ||
					im.spaced && (j+1 == len(im.lines) || im.lines[j+1] == "") && !im.figureLine(j-1))
			if teaser {
				teasers++
			}
			// "Preporučujemo" over one headline, a block of their own, then
			// a short line over a photo: the next section's heading.
			if len(items) == 1 && items[0] == i+1 && im.lines[j-1] == "" && im.overFigure(j) {
				break
			}
			if blankAfterItem && (!shortLine(im.lines[j]) || im.overParagraph(j) || im.overFacts(j)) || !listEntry(im.lines[j]) && !semicolons && !semicolonItem(im.lines[j]) && !teaser {
				break
			}
			// "Cattle gather near a headgate … (Ana Lucero, Special to The
			// Colorado Sun)" under the last item: a photo's caption with
			// its credit, no item.
			if c, _, ok := captionWithCredit(im.lines[j]); ok && len(items) > 0 && wordCount(im.lines[j]) >= 8 && endsSentence(c) {
				break
			}
			// "Crédito: Divulgação/Semae" a blank line under the last item:
			// a labelled credit opens a photo, no item.
			if _, ok := creditLine(im.lines[j]); ok && len(items) > 0 && im.lines[j-1] == "" && creditLabelRE.MatchString(im.lines[j]) {
				break
			}
			// (A numbered item that goes on from the item before is the
			// list's, whatever follows it.)
			if j+1 < len(im.lines) && im.lines[j+1] != "" && (j+2 == len(im.lines) || im.lines[j+2] == "" || im.dense) && !(len(items) > 0 && numberedNext(im.lines[items[len(items)-1]], im.lines[j])) {
				if _, ok := creditLine(im.lines[j+1]); ok {
					break // a photo's caption over its credit, a block of their own or two lines of a dense copy
				}
			}
			// In a spaced copy, the credit a blank line under the caption.
			if im.spaced && j+2 < len(im.lines) && im.lines[j+1] == "" && (j+3 == len(im.lines) || im.lines[j+3] == "") {
				if _, ok := creditLine(im.lines[j+2]); ok {
					break
				}
			}
			// "Varese - Nuovo teatro, …", "Varese - Piazza Repubblica, …",
			// then "Le preoccupazioni degli ambulanti" over a blank line
			// and a paragraph: a line without the items' shared prefix,
			// heading what follows, ends the list.
			if len(items) >= 2 && j+2 < len(im.lines) && im.lines[j+1] == "" && wordCount(im.lines[j+2]) >= 20 && itemPrefix(im.lines[j]) == "" && sharedPrefix(im.lines, items) != "" {
				break
			}
			blankAfterItem = false
			if im.done[j] {
				if r := im.rep.Entries[j].Rule; im.rep.Entries[j].Kind != KindDropped || r == "boilerplate/gallery" || r == "boilerplate/gallery-label" {
					break // "2 di 3" over the next photo's caption
				}
				interrupted = true
				continue
			}
			// "Publicidad", then "Dudas de los vecinos" over a long
			// paragraph: after other furniture, a line heading the story
			// again ends the list.
			if interrupted && len(items) > 0 {
				if n := im.next(j, true); n >= 0 && wordCount(im.lines[n]) >= 30 {
					break
				}
			}
			interrupted = false
			items = append(items, j)
		}
		// "Con información de X" under the last item: the story's.
		for len(items) > 0 && isSignoff(im.lines[items[len(items)-1]]) {
			items = items[:len(items)-1]
		}
		if n := len(items); n >= 2 && j < len(im.lines) && (!blankAfterItem || items[n-1] > items[n-2]+1) && !im.done[j] {
			last := items[n-1]
			shortest := true  // a subscriber's badge ("PREMIUM") is no item to compare
			margin := 1 << 30 // words the last item is shorter by than the shortest other
			for _, k := range items[:n-1] {
				if wordCount(im.lines[k]) <= wordCount(im.lines[last]) && !paywallBadgeRE.MatchString(im.lines[k]) {
					shortest = false
				}
				if !paywallBadgeRE.MatchString(im.lines[k]) {
					margin = min(margin, wordCount(im.lines[k])-wordCount(im.lines[last]))
				}
			}
			lt := im.lines[last]
			_, _, _, isDate := dateLine(lt)
			// A story's card ends with its date: what follows it heads
			// the next section.
			_, _, _, afterDate := dateLine(im.lines[items[n-2]])
			// Cards of a section label and a headline ("Cidades DF" over
			// each): a line where the next label should be, unlike it,
			// heads the next section.
			cards := n >= 5 && n%2 == 1
			for k := 2; cards && k < n-1; k += 2 {
				cards = im.lines[items[k]] == im.lines[items[0]]
			}
			cards = cards && lt != im.lines[items[0]]
			// A line of seven words or more is a headline of the list when
			// nearly as long as the others ("Xcel Energy warns of higher
			// winter heating bills" under items of nine and ten words).
			// A line that names what the paragraph under it is about
			// ("Des lampadaires à détection de mouvement" over "… des
			// lampadaires à DEL munis de détecteurs de mouvement") heads
			// it; the list's headlines are other stories'.
			heads := j < len(im.lines) && wordCount(im.lines[j]) >= 25 && topical(lt, im.lines[j])
			if (shortest && (wordCount(lt) <= 6 || margin >= 3) || afterDate || cards || heads) && wordCount(lt) <= 8 && !nameShaped(lt) && !isDate {
				items = items[:n-1]
				if im.givenBack == nil {
					im.givenBack = map[int]bool{}
				}
				im.givenBack[last] = true
			}
		}
		for _, k := range items {
			im.drop(k, im.rep.Entries[i].Rule, fmt.Sprintf("in the list under %q (line %d)", im.lines[i], i+1))
		}
	}
}

// appeals drops the outlet's pleas for subscribers or support (see
// appealActRE) with their box: the lines of the block around the plea
// (between blank lines, eight at most), or in a spaced copy the short
// lines and the other pleas next to it (a box title, a button). A line
// that quotes someone is not a plea.
func (im *importer) appeals(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		l := im.lines[i]
		if i == im.standfirst || !(im.done[i] && im.rep.Entries[i].Rule == "boilerplate/appeal") && (im.done[i] || !pleaLine(l)) {
			continue
		}
		from, to := i, i
		for from > title+1 && im.lines[from-1] != "" && to-from < 7 {
			from--
		}
		for to+1 < len(im.lines) && im.lines[to+1] != "" && to-from < 7 {
			to++
		}
		if from > title+1 && im.lines[from-1] != "" || to+1 < len(im.lines) && im.lines[to+1] != "" {
			from, to = im.gluedBox(i, title) // a block too long to be a box
		}
		if im.spaced && from == to {
			near := func(j int) bool {
				// A box title may trail off: "C'est maintenant que tout
				// se joue…".
				l := im.lines[j]
				return j > title && !im.done[j] && (plea(l) || wordCount(l) <= 12 && (!endsSentence(l) || strings.HasSuffix(l, "…") || strings.HasSuffix(l, "...")))
			}
			for k := 0; k < 3; k++ {
				if j := im.prev(from); j >= 0 && from-j <= 2 && near(j) {
					from = j
				}
				if j := im.next(to, false); j >= 0 && j-to <= 2 && near(j) {
					to = j
				}
			}
		}
		for x := from; x <= to; x++ {
			if !im.done[x] && im.lines[x] != "" && x != im.standfirst {
				im.drop(x, RuleAppeal, fmt.Sprintf("in the outlet's plea for support or subscribers (line %d)", i+1))
			}
		}
		i = to
	}
}

// gluedBox is the box around the plea on line i in a block too long to
// be one: its short lines, under a title, from a figure's caption or a
// blank line above to a blank line below ("Support truly", "independent journalism", …,
// "Support us to deliver journalism without an agenda.", "Louise
// Thomas", "Editor"); or the plea alone.
func (im *importer) gluedBox(i, title int) (from, to int) {
	short := func(j int) bool { return wordCount(im.lines[j]) <= 25 }
	edge := func(j int) bool { // a line the box cannot hold: blank, or kept as no furniture
		return im.lines[j] == "" || im.done[j] && im.rep.Entries[j].Kind != KindDropped
	}
	from, to = i, i
	for from-1 > title && !edge(from-1) && short(from-1) && to-from < 9 {
		from--
	}
	for to+1 < len(im.lines) && !edge(to+1) && short(to+1) && to-from < 9 {
		to++
	}
	if from-1 > title && !edge(from-1) || to+1 < len(im.lines) && !edge(to+1) || to-from < 2 || !boxTitle(im.lines[from]) {
		return i, i // not a box with its title on top
	}
	return from, to
}

// plea reports a line with a word of subscribing or supporting and one of
// news or journalism.
func plea(l string) bool {
	return containsAny(strings.ToLower(l), appealStemList) && appealActRE.MatchString(l) && appealWhatRE.MatchString(l)
}

// pleaLine reports the outlet's plea for support or subscribers: a plea
// that addresses the reader, not a quotation, at most 80 words.
func pleaLine(l string) bool {
	return l != "" && wordCount(l) <= 80 && !strings.ContainsAny(l, "“”«»„\"") && plea(l) && appealYouRE.MatchString(l)
}

// linkedHeadlines drops, in a copy whose blocks are set apart by blank
// lines, the headlines glued under a line dropped as furniture ("À lire
// aussi :" over "Le Bas-Saint-Laurent veut doubler sa production…",
// "Related Article" over a headline): a section heading stands apart.
//
// In a copy without blank lines, only the headlines under a "read also"
// label alone ("આ પણ વાંચો" over "સુરતમાં હીરાના 40 કારખાનાં બંધ, …"), up
// to three: there, no blank line tells the link from the section heading.
func (im *importer) linkedHeadlines(title int) {
	for i := title + 2; i < len(im.lines); i++ {
		above := im.rep.Entries[i-1]
		if im.done[i] || im.lines[i] == "" || im.lines[i-1] == "" || !im.done[i-1] || above.Kind != KindDropped ||
			above.Rule == "boilerplate/ad" || above.Rule == "boilerplate/summary-label" || above.Rule == RuleSignoff || !linkedHeadline(im.lines[i]) {
			continue
		}
		// "Nuno Pires Tavares/Lusa" under the date: the lead photo's
		// credit, over its caption.
		if _, credit := creditLine(im.lines[i]); credit && strings.Contains(im.lines[i], "/") {
			continue
		}
		if !im.spaced {
			// Further headlines of seven words or more go with the
			// first; a shorter line heads the story's next section.
			for j := i; j < i+3 && j < len(im.lines) && above.Rule == "boilerplate/read-also" && wordCount(im.lines[i-1]) <= 4 && !im.done[j] && linkedHeadline(im.lines[j]) && !endsSentence(im.lines[j]) && (j == i || wordCount(im.lines[j]) >= 7); j++ {
				im.drop(j, RuleTeaser, fmt.Sprintf("a headline under the label %q (line %d), in a copy without blank lines: a link to another story", im.lines[i-1], i))
			}
			continue
		}
		for j := i; j < len(im.lines) && im.lines[j] != "" && !im.done[j] && linkedHeadline(im.lines[j]); j++ {
			im.drop(j, RuleTeaser, fmt.Sprintf("a headline glued under furniture (line %d), with no blank line between: a link to another story", i))
		}
	}
}

// linkedHeadline: a list entry of one sentence at most, as a headline is.
func linkedHeadline(text string) bool {
	return listEntry(text) && wordCount(text) <= 20 && !strings.Contains(text, ". ")
}

// teasers drops the links to other stories that pages set between
// paragraphs as a label over a headline ("Hitze in der Stadt" over "Wo es
// in Düsseldorf überall kostenlos Wasser gibt"): a short label, right
// over a line of five to sixteen words without sentence punctuation, the
// two after a paragraph (not among a list's short items) and followed by a
// heading, furniture or nothing, not by the paragraph that a heading and
// its subheading would head.
func (im *importer) teasers(title int) {
	body := false // a paragraph came before
	for i := title + 1; i+1 < len(im.lines); i++ {
		text := im.lines[i]
		if im.done[i] || text == "" {
			continue
		}
		if wordCount(text) >= 15 {
			body = true
			continue
		}
		j := i + 1
		if !body || im.done[j] || wordCount(text) > 5 || i > 0 && im.lines[i-1] != "" && !im.done[i-1] && wordCount(im.lines[i-1]) < 15 {
			continue // no label, or a list's item
		}
		head := im.lines[j]
		if ok, _ := headingShape(text); !ok {
			continue
		}
		if n := wordCount(head); n < 5 || n > 16 || endsSentence(head) || endsQuestion(head) || strings.Contains(head, ":") || nameShaped(head) {
			continue
		}
		if _, _, _, ok := dateLine(head); ok {
			continue // "Por Joana Pestana" over "5 de dezembro de 2025 • 07h30": a byline and its date
		}
		// A label that ends with a colon ("Ẹ tún lè ka:", "FUNDA NOKHU:",
		// "Léigh tuilleadh:") heads no section: the paragraph may follow
		// its headline.
		colon := strings.HasSuffix(text, ":") && strings.Count(text, ":") == 1 && (j+1 == len(im.lines) || im.lines[j+1] == "" || wordCount(im.lines[j+1]) >= 15)
		if k := im.nextLine(j); k >= 0 && !im.done[k] && !colon {
			if ok, _ := headingShape(im.lines[k]); !ok || wordCount(im.lines[k]) > 12 || im.nextLine(k) == k+1 && wordCount(im.lines[k+1]) < 15 {
				continue
			}
		}
		im.drop(i, RuleTeaser, fmt.Sprintf("the label of a link to another story, over its headline (line %d)", j+1))
		im.drop(j, RuleTeaser, fmt.Sprintf("the headline of a link to another story, under its label (line %d)", i+1))
		// "Relacionados" over two headlines: the next ones of the block,
		// when the label opens a block that a blank line closes (with
		// none, a heading may follow).
		end := j
		for end+1 < len(im.lines) && end-j < 8 && !im.done[end+1] && teaserHeadline(im.lines[end+1]) {
			end++ // a box of a few headlines: a longer run is no box
		}
		if i > 0 && im.lines[i-1] == "" && (end+1 == len(im.lines) || im.lines[end+1] == "") {
			for j < end {
				j++
				im.drop(j, RuleTeaser, fmt.Sprintf("another headline under the label of links to other stories (line %d)", i+1))
			}
		}
		i = j
	}
	for i := title + 1; i < len(im.lines); i++ {
		if !im.done[i] || im.rep.Entries[i].Kind != KindDropped {
			continue
		}
		rule := im.rep.Entries[i].Rule
		// "Related article" over the headline it links to.
		if j := i + 1; rule == "boilerplate/related-card" && j < len(im.lines) && !im.done[j] && teaserHeadline(im.lines[j]) {
			im.drop(j, RuleTeaser, fmt.Sprintf("the headline of a card linking to another story, under its label (line %d)", i+1))
			continue
		}
		// A video's title over its duration ("05:41"), a gallery's over
		// its counter ("1 / 14"), in the body.
		// In a spaced copy, the title is a block of its own.
		media := rule == "boilerplate/gallery" || durationRE.MatchString(im.lines[i])
		p := i - 1
		if im.spaced {
			p = im.above(i)
		}
		if media && p > title && im.lines[p] != "" && !im.done[p] && mediaTitle(im.lines[p]) {
			im.drop(p, RuleTeaser, fmt.Sprintf("the title of a video or photo gallery, over its duration or counter (line %d)", i+1))
			// Its blurb glued under the duration, the block closed by a
			// blank line, in a copy with blank lines.
			if n := i + 1; !im.dense && n+1 < len(im.lines) && im.lines[n] != "" && !im.done[n] && im.lines[n+1] == "" && wordCount(im.lines[n]) <= 60 {
				im.drop(n, RuleTeaser, fmt.Sprintf("the blurb of the video or photo gallery of line %d", p+1))
			}
		}
	}
}

// mediaTitle is the title of a video or gallery: three to sixteen words
// that do not end like a sentence ("Bilder aus dem Kurpark").
func mediaTitle(text string) bool {
	n := wordCount(text)
	if _, _, _, date := dateLine(text); date {
		return false // "12 Marzo 2025" over "07:45": a date over its time
	}
	return n >= 3 && n <= 16 && !endsSentence(text) && !endsQuestion(text)
}

// teaserHeadline is the headline of a link to another story: five to
// sixteen words that do not end like a sentence.
func teaserHeadline(text string) bool {
	n := wordCount(text)
	return n >= 5 && n <= 16 && !endsSentence(text) && !endsQuestion(text) && !nameShaped(text)
}

// nextLine is the next non-blank line after i, decided or not, or -1.
func (im *importer) nextLine(i int) int {
	for j := i + 1; j < len(im.lines); j++ {
		if im.lines[j] != "" {
			return j
		}
	}
	return -1
}

// pullQuotes drops the quotations that pages set in large type between
// paragraphs (pullQuote), and the name under one, if any.
func (im *importer) pullQuotes(title int) {
	var earlier []string // the undecided lines before i, the last PullQuoteReach of them
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] {
			continue
		}
		if !quotedLine(im.lines[i]) {
			earlier = append(earlier, im.lines[i])
			if len(earlier) > 2*PullQuoteReach {
				earlier = append(earlier[:0], earlier[len(earlier)-PullQuoteReach:]...)
			}
			continue
		}
		var next []string
		for j, k := i, 0; k < 3; k++ {
			if j = im.next(j, true); j < 0 {
				break
			}
			next = append(next, im.lines[j])
		}
		why, ok := pullQuote(im.lines[i], earlier, next)
		if ok && quotedHeading(im.lines[i]) && (len(next) == 0 || !pullQuoteName(next[0])) {
			ok = false // a heading, with no name under it
		}
		if !ok {
			earlier = append(earlier, im.lines[i])
			continue
		}
		im.drop(i, RulePullQuote, why)
		if j := im.next(i, true); j > 0 && (j == i+1 || im.spaced) && !im.done[j] && pullQuoteName(im.lines[j]) {
			im.drop(j, RulePullQuote, fmt.Sprintf("the name under the pull quote of line %d", i+1))
		}
	}
}

// PullQuoteReach is how many paragraphs before a pull quote are searched
// for the words it repeats: pages set one near its passage, and a bound
// keeps the search linear in the page (a page of quotations and nothing
// else would otherwise compare every line with every other).
const PullQuoteReach = 30

// pullQuote reports whether text, set apart between paragraphs, is a pull
// quote, and why: one quotation whose words are all but one in five in
// one of the last PullQuoteReach paragraphs before it (earlier), and in
// none of the ones right after it (next): a heading that quotes its
// section, as Dutch and German papers write them, is kept.
func pullQuote(text string, earlier, next []string) (string, bool) {
	if !quotedLine(text) {
		return "", false
	}
	earlier = earlier[max(0, len(earlier)-PullQuoteReach):]
	qw := letterWords(text)
	if len(qw) < 4 || len(qw) > 30 {
		return "", false
	}
	for _, n := range next {
		if covered(qw, n) {
			return "", false
		}
	}
	for _, e := range earlier {
		if wordCount(e) >= 2*len(qw) && covered(qw, e) {
			ws := strings.Fields(e)
			return fmt.Sprintf("a quotation set apart that repeats %q…: a pull quote", strings.Join(ws[:min(6, len(ws))], " ")), true
		}
	}
	return "", false
}

// quotedHeading reports a few words quoted with no sentence's end, as
// Reach's papers head their sections ("‘The waiting list is four years
// long’"); a pull quote of that shape has the speaker's name under it.
func quotedHeading(text string) bool {
	inner := strings.TrimRight(text, `"”“’'»`)
	return quotedLine(text) && len(letterWords(text)) <= 8 && !endsSentence(inner) && !endsQuestion(inner) && !strings.HasSuffix(text, ".")
}

// pullQuoteName reports whether text, under a pull quote, is the name of
// the person quoted, with a role: "Gonzalo Pizarro, académico de la UCN".
func pullQuoteName(text string) bool {
	if wordCount(text) > 12 || endsSentence(text) {
		return false
	}
	_, _, ok := bylineLine(text, true)
	return ok
}

// quotedLine reports whether text is one quotation, in any quotation
// marks: "…", “…”, „…“, ‘…’, '…', «…».
func quotedLine(text string) bool {
	rs := []rune(text)
	if len(rs) < 3 {
		return false
	}
	first, last := rs[0], rs[len(rs)-1]
	if last == '.' && len(rs) > 3 {
		last = rs[len(rs)-2]
	}
	return strings.ContainsRune(`"“„‘'«`, first) && strings.ContainsRune(`"”“’'»`, last)
}

// letterWords are the lower-cased words of s, without punctuation.
func letterWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// topical reports whether two in three of a heading's words of five
// letters or more, two at least, open words of the paragraph p (by their
// first four letters, so that "rampa" finds "rampe").
func topical(heading, p string) bool {
	stem := func(w string) string {
		r := []rune(w)
		return string(r[:min(4, len(r))])
	}
	have := map[string]bool{}
	for _, w := range letterWords(p) {
		have[stem(w)] = true
	}
	n, shared := 0, 0
	for _, w := range letterWords(heading) {
		if utf8.RuneCountInString(w) < 5 {
			continue
		}
		n++
		if have[stem(w)] {
			shared++
		}
	}
	return shared >= 2 && shared*3 >= n*2
}

// covered reports whether four in five of the words ws are words of s.
func covered(ws []string, s string) bool {
	have := map[string]bool{}
	for _, w := range letterWords(s) {
		have[w] = true
	}
	n := 0
	for _, w := range ws {
		if have[w] {
			n++
		}
	}
	return n*5 >= len(ws)*4
}

// overFacts reports whether line i titles a fact box: the two lines
// after it, across blank lines, are labels with their values ("Le
// cifre" over "173 milioni: la riduzione del fondo…" over "61: gli
// atenei…").
func (im *importer) overFacts(i int) bool {
	j := im.next(i, true)
	if j < 0 || !labelValueRE.MatchString(im.lines[j]) {
		return false
	}
	k := im.next(j, true)
	return k >= 0 && labelValueRE.MatchString(im.lines[k])
}

// overParagraph reports whether the line after i is a paragraph that i,
// a short line, would head: a long line, or a sentence of five words or
// more.
func (im *importer) overParagraph(i int) bool {
	j := im.next(i, true)
	return j >= 0 && (wordCount(im.lines[j]) >= 15 || wordCount(im.lines[j]) >= 5 && endsSentence(im.lines[j]))
}

// overFigure reports a line over a photo's caption or credit: a section
// heading over the section's first photo.
func (im *importer) overFigure(i int) bool {
	j := im.nextLine(i)
	if j < 0 {
		return false
	}
	if im.done[j] {
		k := im.rep.Entries[j].Kind
		return k == KindFigureCaption || k == KindFigureCredit
	}
	return im.figureLine(j)
}

// agencySignature credits the agency whose name alone signs the story
// under its last paragraph ("Australian Associated Press"), or closes a
// Japanese story's paragraph in brackets ("…見学する。（共同）"), as its
// source.
func (im *importer) agencySignature(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if m := jaAgencyEndRE.FindStringSubmatch(im.lines[i]); m != nil && !im.done[i] {
			CreditSources(&im.doc.Meta, []string{m[1]})
			return
		}
	}
	// Under the story's last paragraph, not under a caption of sentences
	// in the body ("… en Los Remedios." over "Europa Press"): no line of
	// 15 words or more after it.
	lastLong := -1
	for i := len(im.lines) - 1; i > title && lastLong < 0; i-- {
		if wordCount(im.lines[i]) >= 15 {
			lastLong = i
		}
	}
	for i := max(title+1, lastLong+1); i < len(im.lines); i++ {
		a, ok := agencyNames[strings.ToLower(im.lines[i])]
		if !ok || wordCount(im.lines[i]) < 2 || im.done[i] {
			continue
		}
		if p := im.above(i); p > title && wordCount(im.lines[p]) >= 15 && endsSentence(im.lines[p]) {
			CreditSources(&im.doc.Meta, []string{a})
			im.decide(i, KindByline, RuleAgency, fmt.Sprintf("the agency that signs the story under its last paragraph: %s is the source", a))
			return
		}
	}
}

// jaAgencyEndRE is a Japanese paragraph closed by the agency whose copy
// it is, in brackets.
var jaAgencyEndRE = re(`。（(共同|共同通信|時事|時事通信)）$`)

// signoffs drops sign-off lines and credits the people they name.
func (im *importer) signoffs(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] {
			continue
		}
		if names, why, ok := sourceLine(im.lines[i]); ok && !im.creditAfterCaption(i) {
			im.sources(i, names, why)
			continue
		}
		if initialsRE.MatchString(im.lines[i]) {
			im.drop(i, RuleSignoff, "the editors' initials that close a wire story")
			continue
		}
		// "JB/AA" over "Inforpress/Fim": the editors' initials in
		// capitals over the agency's end mark.
		if j := im.next(i, false); j > 0 && capsInitialsRE.MatchString(im.lines[i]) && wireEndRE.MatchString(im.lines[j]) {
			im.drop(i, RuleSignoff, "the editors' initials over the agency's end mark")
			continue
		}
		if d, update, why, ok := dateLine(im.lines[i]); ok && wordCount(im.lines[i]) <= 12 && (labelRE.MatchString(im.lines[i]) || publishedLine(im.lines[i]) || updatedLine(im.lines[i])) {
			// "Published - March 19, 2024 06:47 pm IST" under the story; a
			// date alone between paragraphs stays (a live page's heading).
			switch {
			case d != "" && !update && (im.doc.Meta.Date == "" || im.updateOnly):
				im.doc.Meta.Date, im.updateOnly = d, false
				why += ", the publication date"
			case d != "" && update && im.doc.Meta.Date == "":
				// "Actualizado el 12/03/2025" under "Publicado el
				// miércoles 12 de marzo", which has no year.
				im.doc.Meta.Date, im.updateOnly = d, true
				why += ", the only full date the story gives"
			}
			im.drop(i, RuleDateline, why+" after the headline's header")
			continue
		}
		if signature(im.lines[i]) {
			im.drop(i, RuleSignoff, "the author's signature and the date, in brackets, that close the story")
			continue
		}
		// "—Kristine Mae Lacson/NB, GMA Integrated News": the writer, the
		// editor's initials and the newsroom, under the last paragraph.
		if m := newsroomSignatureRE.FindStringSubmatch(im.lines[i]); m != nil && nameShaped(m[1]) {
			why := "the writer's signature, with the editor's initials and the newsroom"
			if len(im.doc.Meta.Authors) == 0 {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
				why += "; the author"
			} else if !slices.Contains(im.doc.Meta.Authors, m[1]) {
				im.doc.Meta.Contributors = append(im.doc.Meta.Contributors, document.Contributor{Role: "ctb", Text: m[1]})
			}
			CreditSources(&im.doc.Meta, []string{m[2]})
			im.drop(i, RuleSignoff, why)
			continue
		}
		// "Wochenblatt / Última Hora / ABC Color" under the last
		// paragraph, over furniture or nothing: the outlets the story is
		// from.
		if names := slashedOutlets(im.lines[i]); names != nil {
			// "Lucien Ferrand-Baills / AFP" under a sentence with the story
			// going on below: a photographer and agency, a caption's credit.
			byPerson := nameShaped(names[0]) && classifyCredit(names[0]) == person
			if p, n := im.above(i), im.nextLine(i); p > title && !im.done[p] && wordCount(im.lines[p]) >= 15 && endsSentence(im.lines[p]) && (n < 0 || im.done[n] && im.rep.Entries[n].Kind == KindDropped) && (!byPerson || im.nothingAfter(i)) {
				im.sources(i, names, "the outlets the story is from, under its last paragraph")
				continue
			}
		}
		// "Credits" over "Brianna Whitlow, reporter" and "Marcus
		// Dunleavy, web editor": the story's people with their jobs.
		if creditsLabelRE.MatchString(im.lines[i]) {
			var lines []int
			for j := i + 1; j < len(im.lines) && len(lines) < 8; j++ {
				if im.lines[j] == "" {
					if im.spaced {
						continue
					}
					break
				}
				c, author, ok := creditsEntry(im.lines[j])
				if !ok || im.done[j] {
					break
				}
				lines = append(lines, j)
				m := &im.doc.Meta
				switch {
				case author && !slices.Contains(m.Authors, c.Text):
					m.Authors = append(m.Authors, c.Text)
				case !author:
					m.Contributors = append(m.Contributors, c)
				}
			}
			if len(lines) > 0 {
				im.drop(i, RuleSignoff, "the label of the story's credits")
				for _, j := range lines {
					im.decide(j, KindByline, RuleSignoff, fmt.Sprintf("a name and job in the story's credits (line %d)", i+1))
				}
				i = lines[len(lines)-1]
				continue
			}
		}
		// "AGERPRES/(A - autor: Mihai Pop, editor: Ioana Stan, editor
		// online: Gabriela Badea)": the agency, the author and the editors.
		if m := agencyCreditsRE.FindStringSubmatch(im.lines[i]); m != nil && nameShaped(m[2]) {
			meta := &im.doc.Meta
			if !slices.Contains(meta.Authors, m[2]) {
				meta.Authors = append(meta.Authors, m[2])
			}
			CreditSources(meta, []string{m[1]})
			var editors []document.Contributor
			for _, part := range strings.Split(m[3], ",") {
				if _, name, ok := strings.Cut(part, ":"); ok && nameShaped(strings.TrimSpace(name)) {
					editors = append(editors, document.Contributor{Role: "edt", Text: strings.TrimSpace(name)})
				}
			}
			creditSignoff(meta, editors)
			im.decide(i, KindByline, RuleSignoff, fmt.Sprintf("the agency's credits under the story: %s the author, %s the source, the editors contributors", m[2], m[1]))
			continue
		}
		// "Amandine Collard (avec Belga)": the author, and the agency
		// whose copy she used, the source.
		if m := nameWithAgencyRE.FindStringSubmatch(im.lines[i]); m != nil && nameShaped(m[1]) {
			a, ok := Agency(m[2])
			if head, _, found := strings.Cut(m[2], "/"); !ok && found {
				a, ok = Agency(head) // "Thanh Liêm (TTXVN/Vietnam+)": the agency, then its site
			}
			if ok {
				if len(im.doc.Meta.Authors) == 0 {
					im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
				}
				CreditSources(&im.doc.Meta, []string{a})
				im.decide(i, KindByline, RuleBylineBy, fmt.Sprintf("the author, and %s whose copy the story used, the source", a))
				continue
			}
		}
		// "Sujet radio: Léa Fontannaz", "Adaptation web: Julien Mercier":
		// a broadcaster's authors, each with the part they wrote.
		if m := authorPartRE.FindStringSubmatch(im.lines[i]); m != nil && nameShaped(m[1]) {
			if !slices.Contains(im.doc.Meta.Authors, m[1]) {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
			}
			im.decide(i, KindByline, RuleBylineBy, "an author named with the part they wrote")
			continue
		}
		// "Correspondante Midi Libre : Odile Ferrand": the local
		// correspondent who wrote the story, named at its end.
		if m := correspondentLineRE.FindStringSubmatch(im.lines[i]); m != nil && nameShaped(m[1]) {
			why := "the correspondent named at the end"
			if len(im.doc.Meta.Authors) == 0 {
				im.doc.Meta.Authors = append(im.doc.Meta.Authors, m[1])
				why += ", the author"
			} else {
				im.doc.Meta.Contributors = append(im.doc.Meta.Contributors, document.Contributor{Role: "ctb", Text: m[1]})
				why += ", a contributor"
			}
			im.drop(i, RuleSignoff, why)
			continue
		}
		cs, ok := signoff(im.lines[i])
		if !ok {
			continue
		}
		names := creditSignoff(&im.doc.Meta, cs)
		im.drop(i, RuleSignoff, "a sign-off: contributors "+strings.Join(names, ", "))
	}
	im.endSignature(title)
}

// endSignature credits the name alone that closes a story with no byline,
// as Italian and Spanish papers sign their pieces ("Sara Piras" under the
// last paragraph), or two names joined by "and" in any of the languages
// ("Lucie Bonnin et Rémi Vallet"): the last undecided line, right after a
// paragraph.
func (im *importer) endSignature(title int) {
	if len(im.doc.Meta.Authors) > 0 {
		return
	}
	last := -1
	for i := len(im.lines) - 1; i > title; i-- {
		if im.lines[i] != "" && !im.done[i] {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	// "Maëlle Tissandier" over "maelle.tissandier@centrefrance.com",
	// then the tags: the name over the author's address closes the story.
	for i, k := last, 0; i > title && k < 10; i-- {
		if im.lines[i] == "" {
			continue
		}
		k++
		if p := i - 1; emailShaped(im.lines[i]) && !im.done[i] && p > title && !im.done[p] && nameShaped(titleCase(im.lines[p])) {
			if q := im.above(p); q > title && !im.done[q] && wordCount(im.lines[q]) >= 15 {
				im.credit(p, RuleBylineBy, titleCase(im.lines[p]))
				im.rep.Entries[p].Why += "; the name over the author's address that closes the story, which had no byline"
				im.drop(i, RuleBio, fmt.Sprintf("the author's address under the signature (line %d)", p+1))
				return
			}
		}
	}
	if im.signatureBlock(title) {
		return
	}
	// "【川村千尋】", "괴산/윤서하 기자 yoon@hani.co.kr" right under the
	// last paragraph: a byline in a script without case signs the story.
	for i := title + 1; i < len(im.lines); i++ {
		if im.lines[i] == "" || im.done[i] && !strings.HasPrefix(im.rep.Entries[i].Rule, "structure/") {
			continue
		}
		names, _, ok := uncasedByline(im.lines[i])
		if p := im.above(i); !ok || p <= title || im.done[p] || !endsSentence(im.lines[p]) || wordCount(im.lines[p]) < 15 || im.nextParagraph(i) {
			continue
		}
		im.doc.Meta.Authors = append(im.doc.Meta.Authors, names...)
		im.decide(i, KindByline, RuleBylineBy, fmt.Sprintf("the byline that signs the story under its last paragraph: %s, personal authors", strings.Join(names, ", ")))
		return
	}
	// "Avtor: Katja Mlakar, STA" among the lines after the story, or
	// closing it: a labelled byline at the end, with the agency after a
	// comma.
	for i, k := last, 0; i < len(im.lines) && k < 12; i++ {
		if im.lines[i] == "" {
			continue
		}
		k++
		m := endBylineRE.FindStringSubmatch(im.lines[i])
		if m == nil || im.done[i] && !strings.HasPrefix(im.rep.Entries[i].Rule, "structure/") {
			continue
		}
		names, role, ok := bylineLine(m[1], true)
		if !ok || !slices.ContainsFunc(names, IsPerson) {
			continue
		}
		for _, n := range names {
			im.credit(i, RuleBylineBy, n)
		}
		if _, agency := Agency(role); agency {
			CreditSources(&im.doc.Meta, []string{role})
			im.rep.Entries[i].Why += fmt.Sprintf("; %s is the source", role)
		}
		im.rep.Entries[i].Why += "; a labelled byline after the story, which had none above it"
		return
	}
	// "（木村直人）" under the last paragraph: a Japanese or Chinese
	// paper's reporter, named in brackets where the story ends, or under
	// the story's tags that a rule dropped.
	for i := len(im.lines) - 1; i > title; i-- {
		names, ok := BracketNames(im.lines[i])
		if !ok || im.done[i] && im.rep.Entries[i].Rule != RuleAfterBody && im.rep.Entries[i].Rule != RuleShortRun {
			continue
		}
		p := im.above(i)
		for k := 0; k < 6 && p > title && im.done[p] && im.rep.Entries[p].Kind == KindDropped; k++ {
			p = im.above(p)
		}
		if p > title && wordCount(im.lines[p]) >= 15 && endsSentence(im.lines[p]) {
			for _, n := range names {
				im.credit(i, RuleBylineBy, n)
			}
			im.rep.Entries[i].Why += "; the reporter's name in brackets under the last paragraph"
			return
		}
	}
	// "Daniela Giordano" under the last paragraph, over a list of other
	// stories or the share buttons: the rule for lines after the body,
	// or for a run of short lines, took the name for a link; it is the
	// signature.
	for i := len(im.lines) - 1; i > title; i-- {
		if im.lines[i] == "" || im.done[i] {
			continue
		}
		if wordCount(im.lines[i]) < 15 || !endsSentence(im.lines[i]) {
			break
		}
		// A blank line apart, a tag may stand there too: only
		// a name in capitals ("MINH TRÍ"), a name and its place or site
		// ("Світлана Ярмолюк, Житомир.info") or a labelled one signs
		// the story.
		n := im.nextLine(i)
		if n < 0 {
			break
		}
		name := im.lines[n]
		// "Oumou Kadiatou SANGARÉ": the surname in capitals, as French
		// papers sign.
		ws := strings.Fields(name)
		signed := allCaps(name) || len(ws) >= 2 && allCaps(ws[len(ws)-1]) && !allCaps(ws[0])
		if namePlace(name) {
			name, _, _ = strings.Cut(name, ", ")
			signed = true
		} else if m := byWordRE.FindStringSubmatch(name); m != nil {
			name, signed = m[1], true // "Bài, ảnh: MỸ THANH"
		}
		// Where a blank line sets the last paragraph apart from the one
		// before, the name stands apart as a paragraph does: a block of
		// its own, not a list's heading or a tag over the next.
		alone := im.lines[i-1] == "" && len(ws) >= 2 && (n+1 == len(im.lines) || im.lines[n+1] == "")
		if (n == i+1 || n == i+2 && (signed || alone)) && (im.rep.Entries[n].Rule == RuleAfterBody || im.rep.Entries[n].Rule == RuleShortRun) && wordCount(name) <= 4 &&
			!strings.ContainsAny(name, ".,:;!?()|/0123456789") && nameShaped(titleCase(name)) && classifyCredit(name) == person {
			im.credit(n, RuleBylineBy, titleCase(name))
			im.rep.Entries[n].Why += "; the name alone under the last paragraph, which had no byline"
			return
		}
		break
	}
	text := im.lines[last]
	// "From Abena Serwaa Mensah, Cape Coast", as Ghanaian papers sign.
	if rest, ok := strings.CutPrefix(text, "From "); ok && namePlace(rest) {
		text = rest
	}
	// "Олена Гнатюк, Житомир": the name, and the place it was filed from.
	if namePlace(text) {
		text, _, _ = strings.Cut(text, ", ")
	}
	names := []string{titleCase(text)}
	// "Ange-Désiré Kouassi, Correspondant à Bouaké": the name and its job.
	name, role, withRole := nameWithJob(text)
	if withRole {
		names = []string{name}
	} else if parts := nameParts(text); len(parts) == 2 && wordCount(text) <= 9 && nameShapedList(text) && !strings.ContainsAny(text, ".:;!?()|/0123456789") {
		names = []string{titleCase(parts[0]), titleCase(parts[1])} // "Lucie Bonnin et Rémi Vallet"
	} else if wordCount(text) > 4 || strings.ContainsAny(text, ".,:;!?()|/0123456789") || !nameShaped(titleCase(text)) {
		return
	}
	p := im.above(last)
	if p <= title || im.done[p] || wordCount(im.lines[p]) < 15 {
		return
	}
	for _, n := range names {
		im.credit(last, RuleBylineBy, n)
	}
	if withRole {
		im.doc.Meta.Byline = append(im.doc.Meta.Byline, role)
		im.rep.Entries[last].Why += fmt.Sprintf("; %q is the role: kept in the byline", role)
	}
	if len(names) > 1 {
		im.rep.Entries[last].Why += "; the names alone that close the story, which had no byline"
	} else {
		im.rep.Entries[last].Why += "; the name alone that closes the story, which had no byline"
	}
}

// signature reports the author's name and the date in brackets that
// close a story in some papers: "(Katharina Pölzl, 9.7.2024)".
func signature(text string) bool {
	m := signatureRE.FindStringSubmatch(text)
	if m == nil || !nameShaped(m[1]) {
		return false
	}
	_, _, _, ok := dateLine(m[2])
	return ok
}

var signatureRE = re(`^\(([^(),]{3,60}),\s*([^()]{6,40})\)$`)

// labelledSource is sourceLine for a line with a source label
// (sourceLineRE: "Fuente: ČTK", "Извор: РТС, Танјуг"), not initials or an
// agency alone.
func labelledSource(text string) (names []string, why string, ok bool) {
	if !sourceLineRE.MatchString(text) {
		if _, ok := labelledAgency(text); !ok {
			return nil, "", false
		}
	}
	return sourceLine(text)
}

// labelledAgency is the known agency after a source's label with no
// colon: "Fonte Keystone-ATS".
func labelledAgency(text string) (string, bool) {
	label, rest, found := strings.Cut(text, " ")
	if !found || !sourceLabels[strings.ToLower(label)] {
		return "", false
	}
	return Agency(rest)
}

// sourceLine reads a line that names the story's sources: the editors'
// initials and the agency that close agency copy ("kha/dpa"), or
// "Source: Al Jazeera", "Quelle: ZEIT ONLINE, dpa, lbr" (the initials
// there are an editor's, no source).
func sourceLine(text string) (names []string, why string, ok bool) {
	if m := agencySignatureRE.FindStringSubmatch(text); m != nil {
		return []string{agencyNames[strings.ToLower(m[1])]}, "the editors' initials and the agency that close agency copy", true
	}
	if m := initialsOutletRE.FindStringSubmatch(text); m != nil {
		return []string{m[1]}, "the author's initials and the paper, in brackets, that close the story", true
	}
	// "EFE lpq/fgg/rcf": the agency, then its editors' initials.
	if m := agencyInitialsRE.FindStringSubmatch(text); m != nil {
		if a, ok := agencyNames[strings.ToLower(m[1])]; ok {
			return []string{a}, "the agency and its editors' initials that close agency copy", true
		}
	}
	inner, bracketed := inBrackets(text)
	with := text
	if bracketed {
		with = inner // "(Avec AFP)"
	}
	if m := withAgencyRE.FindStringSubmatch(with); m != nil {
		return []string{m[1]}, "an agency the story was written with (\"Com Lusa\", \"Staff writer, with CNA\")", true
	}
	if agency, ok := newsroomAgency(text); ok {
		return []string{agency}, "the newsroom and the agency whose copy it used (\"REDACCIÓ / ACN\")", true
	}
	if m := wireEndRE.FindStringSubmatch(text); m != nil {
		if a, ok := agencyNames[strings.ToLower(m[1])]; ok {
			return []string{a}, "the agency's end mark (\"Inforpress/Fim\")", true
		}
	}
	if m := wireIssuerRE.FindStringSubmatch(text); m != nil {
		return []string{m[1] + m[2]}, "the issuer of a release that a wire service carried (\"Original-Content von: X, übermittelt durch news aktuell\")", true
	}
	// "Fonte Keystone-ATS": the source's label and a known agency, with
	// no colon.
	if a, ok := labelledAgency(text); ok {
		return []string{a}, "the agency after the source's label", true
	}
	// "(AWP/cash)": the agency, then the site that carried its copy.
	if bracketed {
		if a, site, found := strings.Cut(inner, "/"); found && len(site) <= 20 && !strings.ContainsAny(site, " /") && site != "" {
			if agency, known := agencyNames[strings.ToLower(strings.TrimSpace(a))]; known {
				return []string{agency}, "the agency, then the site that carried its copy, in brackets", true
			}
		}
	}
	// "(MTI, hvg.hu)": agencies, and the site that carried their copy.
	if bracketed && strings.Contains(inner, ", ") && len(inner) <= 60 {
		var agencies []string
		for _, p := range strings.Split(inner, ", ") {
			if a, ok := agencyNames[strings.ToLower(p)]; ok {
				agencies = append(agencies, a)
			} else if !strings.Contains(p, ".") || strings.Contains(p, " ") {
				agencies = nil
				break
			}
		}
		if len(agencies) > 0 {
			return agencies, "agencies in brackets, and the site that carried their copy, closing the story", true
		}
	}
	// "(SERVIMEDIA)" alone under the story.
	if inner, ok := strings.CutPrefix(text, "("); ok && strings.HasSuffix(inner, ")") && allCaps(inner) {
		if a, ok := agencyNames[strings.ToLower(strings.TrimSuffix(inner, ")"))]; ok {
			return []string{a}, "the agency's name in brackets that closes its copy", true
		}
	}
	if outlet, agency, ok := outletAgency(text); ok {
		return []string{outlet, agency}, "the outlet and the agency whose copy it used (\"Telemadrid / Europa Press\")", true
	}
	if names, ok := placedSources(text); ok {
		return names, "the place, and the newsrooms the story comes from (\"Pirano - TV Capodistria, STA\")", true
	}
	if len(text) <= 80 && strings.Contains(text, "/") { // the pattern tried on every line is slow
		if m := agenciesSignoffRE.FindStringSubmatch(text); m != nil {
			return []string{m[1], m[2]}, "the editor's initials, the newsroom and the agencies whose copy it used (\"red, wien.ORF.at/Agenturen\")", true
		}
	}
	if len(text) <= 120 && strings.Contains(text, " Uhr") {
		if m := broadcastSourceRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) <= 5 {
			names = []string{m[1]}
			for _, p := range strings.Split(m[2], "/") {
				if a, ok := agencyNames[strings.ToLower(p)]; ok {
					names = append(names, a)
				}
			}
			return names, "the programme that broadcast the story, its time and the agencies it used (\"SRF 4 News, 12.03.2025, 14:00 Uhr ; sda/wals\")", true
		}
	}
	m := sourceLineRE.FindStringSubmatch(text)
	// "来源：新民晚报 作者：陈佳颖": the next label ends the sources;
	// "来源：作者：解放日报 林若晴" names none.
	if m != nil {
		if k := strings.Index(m[1], "："); k > 0 {
			sp := strings.LastIndexAny(m[1][:k], " 　")
			if sp < 0 {
				return nil, "", false
			}
			m[1] = strings.TrimSpace(m[1][:sp])
		}
	}
	if m == nil || wordCount(m[1]) > 6 || endsSentence(m[1]) && wordCount(m[1]) > 2 {
		return nil, "", false
	}
	for _, p := range sourceSplitRE.Split(strings.TrimSuffix(m[1], " and news agencies"), -1) {
		if p = strings.Trim(strings.TrimSpace(p), `"«»“”`); p != "" && (!initialsOnlyRE.MatchString(p) || agencyNames[p] != "") { // "المصدر: "النهار""
			names = append(names, p)
		}
	}
	return names, "a source line", len(names) > 0
}

// agenciesSignoffRE is the editor's initials, the newsroom and the
// agencies that close ORF's stories: "red, wien.ORF.at/Agenturen".
var agenciesSignoffRE = re(`^(?:[a-z]{2,5}(?:/[a-z]{2,5})*, )?(\S{2,30})/(Agenturen|agencies|agences|agencias|agenzie|agências|agentschappen)$`)

// broadcastSourceRE is the programme that broadcast a story, its date and
// time, and the agencies with the editor's initials after a semicolon:
// "SRF 4 News, 12.03.2025, 14:00 Uhr ; sda/wals".
var broadcastSourceRE = re(`^(\p{Lu}[\p{L}\d ]{1,30}), \d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}[.:]\d{2} Uhr(?:\s*;\s*([a-z/]{2,20}))?$`)

// slashedOutlets splits "Wochenblatt / Última Hora / ABC Color": three
// or four outlets' names set apart by slashes, or two when one is an
// agency's. It returns nil for anything else.
func slashedOutlets(text string) []string {
	parts := strings.Split(text, " / ")
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	agency, first := false, false // any part an agency; the first one
	for k, p := range parts {
		if !outletShaped(p) || endsQuestion(p) || strings.ContainsAny(p, ",:;") {
			return nil
		}
		_, ok := Agency(p)
		agency = agency || ok
		first = first || k == 0 && ok
	}
	if len(parts) == 2 && !agency {
		return nil
	}
	if len(parts) == 2 {
		personName := func(s string) bool { return nameShaped(s) && wordCount(s) >= 2 && classifyCredit(s) == person }
		// "Théo Chappuis / ATS": a person's name and the agency is a
		// byline; "El Debate / EFE", with an article first, the paper and
		// its agency.
		article, _, _ := strings.Cut(parts[0], " ")
		if !first && !articles[strings.ToLower(article)] && personName(parts[0]) {
			return nil
		}
		// "EFE / Andrés Molinero": the agency and its photographer is a
		// photo's credit.
		if first && personName(parts[1]) {
			return nil
		}
	}
	return parts
}

// newsroomSignatureRE is a signature that closes the story: a dash, the
// writer, a slash and the editor's initials, and the newsroom.
var newsroomSignatureRE = re(`^[-—–]\s*(\p{Lu}[\p{L}.'’ -]{2,40}?)/\p{Lu}{2,4},\s*(\p{Lu}[\p{L}&.'’ ]{2,40})$`)

// nameJoinOnlyRE is a comma, "&" or the word for "and" alone on a line.
var nameJoinOnlyRE = re(`^(?:,|&|and|y|e|et|und|en|i)$`)

// slashSignatureRE is a name and the paper's initials after a slash, or
// in brackets its site's name in lower case ("(Kadek Wiranata/balipost)").
var slashSignatureRE = re(`^(\p{Lu}[\p{L}'’. -]{2,40})/(\p{Lu}{2,6})$|^\((\p{Lu}[\p{L}'’. -]{2,40})/(\p{Ll}[\p{L}.]{2,30})\)$`)

// dashQuote reports whether content[c] is a quotation opened by a dash,
// as Scandinavian, Finnish and Portuguese papers set what people say
// ("- Jeg havde egentlig opgivet det. Man kan ikke …"): a dash, one or
// more long sentences, and no other dashed line next to it (a list).
func (im *importer) dashQuote(content []int, c int) bool {
	text := im.lines[content[c]]
	if !strings.HasPrefix(text, "- ") && !strings.HasPrefix(text, "– ") && !strings.HasPrefix(text, "— ") || wordCount(text) < 15 || !endsSentence(text) {
		return false
	}
	for _, k := range []int{c - 1, c + 1} {
		if k >= 0 && k < len(content) && im.blocks[content[k]] == nil {
			if _, ok := listItem(im.lines[content[k]]); ok && (content[k] == content[c]-1 || content[k] == content[c]+1 || im.spaced && (content[k] == content[c]-2 || content[k] == content[c]+2)) {
				return false
			}
		}
	}
	return true
}

// bylineOverStory reports whether line i is a byline over a long
// paragraph.
func (im *importer) bylineOverStory(i int) bool {
	if _, _, ok := bylineLine(im.lines[i], true); !ok {
		return false
	}
	n := im.nextLine(i)
	return n > i && wordCount(im.lines[n]) >= 25
}

// nothingAfter reports whether every line after i is blank or decided.
func (im *importer) nothingAfter(i int) bool {
	for j := i + 1; j < len(im.lines); j++ {
		if im.lines[j] != "" && !im.done[j] {
			return false
		}
	}
	return true
}

// commentFormRE is the label of the form under a page's comments.
var commentFormRE = re(`(?i)^(?:leave a (?:reply|comment)|post a comment|add a comment|deja (?:un|tu) comentario|deixe (?:um|o seu) coment[aá]rio|laissez? un commentaire|schreibe?n? sie einen kommentar|schreibe einen kommentar|lascia un commento|plaats een reactie)\.?$`)

// commentsOverForm drops the readers' comments between the comments' count
// or label and the form under them ("1 Comment", "Chisomo K", "Good move
// but security must be tight.", "Leave a Reply"): a commenter's name
// comes first, and a thread of a few lines.
func (im *importer) commentsOverForm() {
	for k, text := range im.lines {
		if !commentFormRE.MatchString(text) {
			continue
		}
		p := k - 1
		for p >= 0 && k-p <= 30 && !(im.done[p] && im.rep.Entries[p].Rule == "boilerplate/comments") {
			p--
		}
		if p < 0 || k-p > 30 {
			continue
		}
		var thread []int
		for j := p + 1; j < k; j++ {
			if im.lines[j] != "" && !im.done[j] {
				thread = append(thread, j)
			}
		}
		if len(thread) == 0 || len(thread) > 15 || wordCount(im.lines[thread[0]]) > 5 || endsSentence(im.lines[thread[0]]) {
			continue
		}
		for _, j := range thread {
			im.drop(j, "boilerplate/comments", fmt.Sprintf("a reader's comment, between %q (line %d) and %q (line %d)", im.lines[p], p+1, text, k+1))
		}
	}
}

// stockPhotoCredit is the credit on the line under lines[i] when lines[i]
// is a stock or archive photo's label alone ("Symbolbild" over "Gemeinde
// Bozen"), or "".
func stockPhotoCredit(lines []string, i int) string {
	if i+1 >= len(lines) || !stockLabelRE.MatchString(lines[i]) {
		return ""
	}
	if c := lines[i+1]; wordCount(c) <= 6 && creditShaped(c) && !endsSentence(c) {
		return c
	}
	return ""
}

// illustrationRE is the whole caption of a photo that only illustrates
// the story, in Malay and Indonesian.
var illustrationRE = re(`^(?i:gambar hiasan|foto hiasan|gambar ilustrasi|foto ilustrasi)\.?$`)

// stockLabelRE is the label a page puts for the caption of a stock or
// archive photo.
var stockLabelRE = re(`^(?i:symbolbild|symbolfoto|archivbild|archivfoto|foto de archivo|imagen de archivo|image d['’]illustration|photo d['’]illustration|immagine di repertorio|foto d['’]archivio|foto de arquivo|imagem de arquivo|stock photo|file photo|archiefbeeld|archieffoto|illustratiebeeld|illustratiefoto|foto d['’]arxiu|illustration)\.?$`)

// creditedSource reports whether text is a name the header credited as
// a source of the story, alone on its line.
func (im *importer) creditedSource(text string) bool {
	return wordCount(text) <= 4 && len(im.doc.Meta.Byline) <= 20 && slices.ContainsFunc(im.doc.Meta.Byline, func(s string) bool { return strings.EqualFold(s, text) })
}

// photographerOfSource reports a photographer's name and the outlet the
// header credited, with no mark between: "Gareth Lindqvist The Hamilton
// Spectator" (Torstar's papers).
func (im *importer) photographerOfSource(text string) bool {
	for _, s := range im.doc.Meta.Byline {
		if name, ok := strings.CutSuffix(text, " "+s); ok && wordCount(s) >= 2 && wordCount(name) <= 4 && nameShaped(name) {
			return true
		}
	}
	return false
}

// outletAgency reads "Telemadrid / Europa Press": an outlet's name (a
// few words, not a person's name) and a news agency after a slash.
func outletAgency(text string) (outlet, agency string, ok bool) {
	outlet, rest, found := strings.Cut(text, " / ")
	if !found || len(text) > 80 {
		return "", "", false
	}
	agency, ok = agencyNames[strings.ToLower(strings.TrimSpace(rest))]
	if !ok || wordCount(outlet) > 3 || !startsUpper(outlet) || endsSentence(outlet) || nameShaped(titleCase(outlet)) {
		return "", "", false
	}
	return outlet, agency, true
}

// zhDispatchRE is a Chinese paper's mark of its own dispatch at the
// start of a story: "【明報專訊】", "【星島日報報道】".
var zhDispatchRE = re(`^【(\p{Han}{2,6}?)(?:專訊|专讯|報道|报道)】`)

// siteAddressRE is a news site's address in lower case: "hvg.hu",
// "index.hr".
var siteAddressRE = re(`^[a-z0-9][a-z0-9-]{1,30}\.(?:hu|ro|md|pl|cz|sk|hr|rs|si|ba|me|mk|bg|al|lt|lv|ee|fi|se|no|dk|is|de|at|ch|it|es|pt|fr|be|nl|lu|ie|uk|ru|ua|by|kz|ge|am|az|tr|gr|cy|com|net|org|info|news)$`)

// siteAgency reads "Novinky, ČTK": a site's name of one word, not a
// person's, and an agency after a comma.
func siteAgency(text string) ([]string, bool) {
	site, rest, found := strings.Cut(text, ", ")
	if !found || strings.Contains(site, " ") || !startsUpper(site) || utf8.RuneCountInString(site) < 3 {
		return nil, false
	}
	a, ok := agencyNames[strings.ToLower(rest)]
	if !ok {
		return nil, false
	}
	return []string{site, a}, true
}

// placedSources reads "Pirano - TV Capodistria, STA", "الدوحة - قنا",
// "بنغازي - بوابة الوسط": a place, a dash, and one to three newsrooms,
// one of them an agency or named an Arabic paper or portal.
func placedSources(text string) ([]string, bool) {
	place, rest, found := strings.Cut(text, " - ")
	if !found || len(text) > 80 || !outletShaped(place) && !uncasedWords(place) || wordCount(place) > 3 {
		return nil, false
	}
	names := strings.Split(rest, ", ")
	agency := false
	for _, n := range names {
		if !outletShaped(n) && agencyNames[n] == "" {
			return nil, false
		}
		_, ok := Agency(n)
		agency = agency || ok || arabicPaperRE.MatchString(n)
	}
	return names, agency && len(names) <= 3
}

// arabicPaperRE is an Arabic newsroom's name that says what it is: a
// portal, a paper or a site ("بوابة الوسط", "صحيفة الوطن").
var arabicPaperRE = re(`^(?:بوابة|صحيفة|جريدة|موقع)\s+\S`)

// factCheckRE is the credit of the person who checked the story.
var factCheckRE = re(`^(?i:` + factChecked + `)\s`)

// withAgencyRE is a line alone under a story that names the agency it
// was written with: "Com Lusa", "Avec AFP", "Con EFE".
var withAgencyRE = re(`^(?:(?i:staff writers?|staff reporters?|staff),\s+)?(?i:com|con|avec|with|mit|met|amb)\s+(CNA|Yonhap|Kyodo|Bernama|Antara|PTI|IANS|ANI|Lusa|AFP|AP|AAP|Reuters|EFE|dpa|ANSA|ANP|APA|SDA|KNA|ACN|Belga|Europa Press|LaPresse|Adnkronos|AGI|PA|Inforpress|Angop|Télam|Notimex|Andina|Prensa Latina|APS|MENA|WAM|QNA|KUNA|Xinhua)\.?$`)

// sourceSplitRE separates the sources of a source line.
var sourceSplitRE = re(`,\s*|\s*/\s*|\s+(?:and|und|et|y|e|i)\s+|、|－`)

// initialsOnlyRE is an editor's initials in a source line ("lbr").
var initialsOnlyRE = re(`^[a-z]{2,5}$`)

// figures finds the figures in every layout and decides their lines; the
// figure blocks wait in im.blocks for the body pass.
func (im *importer) figures(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] && im.rep.Entries[i].Rule == "boilerplate/gallery-label" {
			im.gallerySlide(i)
		}
		if im.done[i] {
			// "© Tagesspiegel/Nils Hartung" under a caption, which the
			// boilerplate took for a copyright line, or "FACEBOOK" for a
			// share button.
			switch credit, c, ok := im.copyrightCredit(i); {
			case ok && c > i:
				fig := im.figure(i, i, credit, "a photo credit after \"©\" on the line before its caption")
				im.caption(fig, c, im.lines[c], "the caption under a photo credit line")
				i++
			case ok:
				fig := im.figure(c, i, credit, "a photo credit after \"©\" on a line after its caption")
				im.caption(fig, c, im.lines[c], "the caption before a photo credit line")
			}
			continue
		}
		text := im.lines[i]
		// "Phương Anh/CVN" under the last paragraph, with nothing but
		// furniture after it: the signature, not a photo's credit.
		if m := slashSignatureRE.FindStringSubmatch(text); m != nil && len(im.doc.Meta.Authors) == 0 && nameShaped(titleCase(m[1]+m[3])) {
			if p := im.above(i); p > title && !im.done[p] && wordCount(im.lines[p]) >= 25 && endsSentence(im.lines[p]) && im.nothingAfter(i) {
				im.credit(i, RuleBylineBy, titleCase(m[1]+m[3]))
				im.rep.Entries[i].Why += "; the signature that closes the story, with the paper's initials or name"
				continue
			}
		}
		if credit := stockPhotoCredit(im.lines, i); credit != "" && !im.done[i+1] {
			fig := im.figure(i, i+1, credit, "the credit under a stock photo's label")
			im.caption(fig, i, text, "a stock photo's label, its only caption")
			i++
			continue
		}
		// "Gambar hiasan" (a picture for illustration), "Foto
		// d'archivio" alone between paragraphs: a stock or archive
		// photo's caption, which credits no one.
		if (illustrationRE.MatchString(text) || stockLabelRE.MatchString(text)) && i > title {
			fig := im.figure(i, -1, "", "")
			im.caption(fig, i, text, "a stock photo's caption alone, which credits no one")
			continue
		}
		credit, labelled := figureCredit(text)
		if !labelled && i+1 < len(im.lines) && !im.done[i+1] {
			if pairCredit, caption, ok := labelPair(text, im.lines[i+1]); ok {
				fig := im.figure(i, i, pairCredit, "a photo credit after a label, over a caption after a label that shares a word with it")
				im.caption(fig, i+1, caption, "labelled caption under a labelled photo credit")
				i++
				continue
			}
		}
		if labelled {
			if im.coverCredit(i, title) {
				continue
			}
			fig := im.figure(i, i, credit, "")
			if j := im.next(i, false); j >= 0 || im.spacedNext(i) >= 0 {
				if j < 0 {
					j = im.spacedNext(i)
				}
				caption, labelled := figureCaption(im.lines[j])
				_, isCredit := figureCredit(im.lines[j])
				switch {
				case labelled:
					im.caption(fig, j, caption, "labelled caption after the credit")
				case !isCredit && j == i+1:
					im.caption(fig, j, im.lines[j], "the line right after a photo credit")
				}
			}
			// "A mechanical harvester parked at the Kisumu pier." over
			// "Photo credit: File | Nation Media Group", set apart below:
			// the caption is the line above.
			if p := i - 1; len(fig.Caption) == 0 && p > title && !im.done[p] && im.lines[p] != "" && wordCount(im.lines[p]) <= 40 && (i+1 == len(im.lines) || im.lines[i+1] == "") {
				im.caption(fig, p, im.lines[p], "the line right over a labelled photo credit")
			}
			im.noCaption(fig, i)
			continue
		}
		if caption, ok := figureCaption(text); ok {
			// "Legenda: …" over "Foto: X": a labelled caption over its
			// credit.
			if j := im.next(i, false); j >= 0 {
				if credit, ok := creditLine(im.lines[j]); ok {
					fig := im.figure(i, j, credit, "a photo credit on the line after its labelled caption")
					im.caption(fig, i, caption, "labelled caption over its photo credit")
					i = j
					continue
				}
			}
			// "Legende: … noch selten. KEYSTONE/Nadja Rüegsegger": the
			// credit at the labelled caption's end.
			if c, credit, ok := captionWithCredit(caption); ok && c != "" {
				fig := im.figure(i, -1, credit, "")
				im.caption(fig, i, c, fmt.Sprintf("labelled caption that ends with its photo credit %q", credit))
				continue
			}
			im.uncredited(i, caption, "labelled caption without a photo credit before it")
			continue
		}
		if captionToggleRE.MatchString(text) {
			// "toggle caption", then the credit, then the caption.
			if j := im.next(i, true); j >= 0 && wordCount(im.lines[j]) <= 6 && creditShaped(im.lines[j]) {
				if k := im.next(j, true); k >= 0 && wordCount(im.lines[k]) <= 60 && !captionToggleRE.MatchString(im.lines[k]) {
					im.drop(i, RuleFigureCaption, "a caption button before a photo credit and its caption")
					fig := im.figure(k, j, im.lines[j], "a photo credit after a caption button, before its caption")
					im.caption(fig, k, im.lines[k], "the caption under a photo credit after a caption button")
					i = k
					continue
				}
			}
		}
		credit, ok := creditLine(text)
		if !ok && acronymCreditRE.MatchString(text) && !im.avatarInitials(i) {
			if p := im.prev(i); p > title && wordCount(im.lines[p]) >= 5 && !endsSentence(im.lines[p]) && !endsQuestion(im.lines[p]) {
				credit, ok = text, true // "NOS" under "Schipper Henk Brouwer in de stuurhut"
			}
		}
		// "Photo Claire Mazeau" under a caption that is not English: a
		// French paper's credit, with only a space after the label
		// (English sets a colon).
		if name, found := strings.CutPrefix(text, "Photo "); !ok && found && wordCount(name) <= 3 && nameShaped(name) && classifyCredit(name) == person {
			if p := im.prev(i); p > title && wordCount(im.lines[p]) >= 4 && wordCount(im.lines[p]) <= 40 && englishWords(im.lines[p]) == 0 {
				credit, ok = name, true
			}
		}
		if !ok && im.photographerOfSource(text) {
			if p := im.prev(i); p > title && wordCount(im.lines[p]) >= 5 && wordCount(im.lines[p]) <= 40 && !endsQuestion(im.lines[p]) {
				credit, ok = text, true
			}
		}
		if !ok && im.creditedSource(text) {
			// "Telemadrid" under "La sala de estudio de la biblioteca
			// de Vallecas, este miércoles": the outlet the header
			// credited, as the photo's credit; under a sentence too when
			// the two are a block of their own in a copy with blank lines.
			if p := im.prev(i); p > title && p == i-1 && wordCount(im.lines[p]) >= 5 && !endsQuestion(im.lines[p]) &&
				(!endsSentence(im.lines[p]) || !im.dense && wordCount(im.lines[p]) <= 30 && im.lines[p-1] == "" && (i+1 == len(im.lines) || im.lines[i+1] == "")) {
				credit, ok = text, true
			}
		}
		if !ok && i > title+1 {
			credit, ok = im.creditUnderCaption(i)
		}
		if !ok && i > title+1 && im.nameOverCaption(i) && im.creditOverCaption(i) {
			credit, ok = adjacentCredit(text) // "Jasper Quill" over its caption
		}
		if p := im.prev(i); !ok && p > title && !im.done[p] && wordCount(im.lines[p]) >= 4 && im.bylinePhotographer(text) {
			credit, ok = text, true // "André Quaresma", named in the byline, under a caption
		}
		if ok && signUpButtonRE.MatchString(text) {
			ok = false // "RECÍBELO" under a newsletter's blurb: its button, no credit
		}
		// "Redacció / ACN" under the standfirst right under the headline:
		// the newsroom and its agency, the header's byline.
		if _, newsroom := newsroomAgency(text); ok && newsroom && im.above(i) > title && im.above(im.above(i)) == title {
			ok = false
		}
		// "Miriam Kolleritsch" under the standfirst right under the
		// headline, over the reading time or the date: the byline.
		if ok && credit == text && im.headerName(i, title) {
			im.credit(i, RuleBylineBy, titleCase(text))
			im.rep.Entries[i].Why += "; a name alone under the standfirst, over the reading time or the date"
			continue
		}
		// "괴산/윤서하 기자 yoon@hani.co.kr" under the last paragraph: the
		// author's sign-off, the header's byline again.
		if names, _, byline := uncasedByline(text); ok && byline && slices.ContainsFunc(names, func(n string) bool { return slices.Contains(im.doc.Meta.Authors, n) }) {
			ok = false
		}
		// "(Serambinews.com/Fikar W Eda)" under the last paragraph: the
		// outlet and the author the header named, the story's signature.
		if p := im.above(i); ok && strings.HasPrefix(text, "(") && p > title && wordCount(im.lines[p]) >= 25 && slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.Contains(credit, a) }) {
			im.drop(i, RuleSignoff, "the outlet and the author the header named, in brackets: the story's signature")
			continue
		}
		if ok {
			if _, isSignoff := signoff(text); isSignoff {
				continue // "(Con información de EFE)" under the last paragraph
			}
			if m := agencyLineRE.FindStringSubmatch(text); m != nil && im.lines[i-1] == "" && !im.creditAfterCaption(i) {
				continue // "Le Monde avec AFP" set apart under the last paragraph: the story's credit
			}
		}
		// "Автор: X" over "Фото: Y" under the story: who wrote it and
		// who took its photos, no photo's caption and credit.
		if p := im.prev(i); ok && p > title && strings.Contains(im.lines[p], ":") {
			if _, _, byline := bylineLine(im.lines[p], false); byline && byWordRE.MatchString(im.lines[p]) {
				continue
			}
		}
		if ok && im.creditOverCaption(i) {
			// "Photo: X" with the caption on the line right under it, the
			// two a block of their own (Le Devoir's layout).
			c := im.nextLine(i)
			fig := im.figure(i, i, credit, "a photo credit on the line before its caption")
			im.caption(fig, c, im.lines[c], "the caption under a photo credit")
			im.creditFirst = im.creditFirst || im.dense
			i = c
			continue
		}
		if ok && im.coverCredit(i, title) {
			continue
		}
		// "ইত্তেফাক/এমআর" (the paper and the desk's initials) under a
		// last paragraph of 25 words or more, with no body after: the
		// story's sign-off, no photo's credit.
		if p := im.prev(i); ok && p > title && strings.Contains(text, "/") && wordCount(im.lines[p]) >= 25 && endsSentence(im.lines[p]) && !im.bodyWithin(i, 8) {
			im.drop(i, RuleSignoff, "a slashed credit under a last paragraph of 25 words or more, with no body after it: the story's sign-off")
			continue
		}
		if ok {
			if p := im.prev(i); p > title && wordCount(im.lines[p]) <= 60 {
				if v := im.above(p); v > title && videoLabelRE.MatchString(im.lines[v]) {
					// "Video", the clip's title, "Quelle: ZDF": a teaser.
					im.drop(p, "boilerplate/video", fmt.Sprintf("the title of the video of line %d", v+1))
					im.drop(i, "boilerplate/video", fmt.Sprintf("the credit of the video of line %d", v+1))
					continue
				}
				fig := im.figure(p, i, credit, "a photo credit on the line after its caption")
				im.caption(fig, p, im.lines[p], "the caption before a photo credit line")
				if p == i-1 {
					im.addForm(formNextLine)
				}
				continue
			}
		}
		if caption, credit, ok := captionWithCredit(text); ok && !im.creditLineUnder(i) && !im.authorInitials(credit) && !im.colonListItem(i) && !im.wireSignoff(text, credit) && !im.agencySignoff(i, caption, credit) {
			fig := im.figure(i, -1, credit, "")
			im.caption(fig, i, caption, fmt.Sprintf("a caption that ends with its credit %q", credit))
			// The photo's text alternative, copied over its caption and
			// the same words.
			if p := i - 1; p > title && !im.done[p] && im.lines[p] == caption {
				im.drop(p, RuleFigureCaption, fmt.Sprintf("the caption of line %d again: the photo's text alternative", i+1))
			}
			if f, ok := formOf(text, credit); ok {
				im.addForm(f)
			}
			continue
		}
		if caption, credit, ok := capsCredit(text); ok && i > 0 && im.lines[i-1] == "" && (i+1 == len(im.lines) || im.lines[i+1] == "") && !im.wireSignoff(text, credit) && !im.agencySignoff(i, caption, credit) {
			// "… con bebedero para perros en la base. SUR": a word in
			// capitals after the full stop of a block of its own.
			fig := im.figure(i, -1, credit, "")
			im.caption(fig, i, caption, fmt.Sprintf("a block of its own that ends with its credit in capitals %q", credit))
			continue
		}
		if i > 0 && im.lines[i-1] == "" && (i+1 == len(im.lines) || im.lines[i+1] == "") && len(text) <= 400 && im.above(i) > title {
			if caption, credit, ok := stuckCredit(text); ok {
				// "… sul traguardo di Sestola. Ciclopress": a name stuck on
				// after the full stop of a block of its own.
				fig := im.figure(i, -1, credit, "")
				im.caption(fig, i, caption, fmt.Sprintf("a block of its own that ends with its credit after the full stop %q", credit))
				continue
			}
		}
		if !endsSentence(text) && strings.Contains(text, "(") && wordCount(text) <= 40 && picturedRE.MatchString(text) && im.above(i) > title {
			// "Dane Whitlock (pictured) says he would do the same thing
			// again": the Daily Mail's captions, with no full stop.
			im.uncredited(i, text, "a line that points at the photo (\"(pictured)\", \"(stock image)\") and ends with no full stop")
			continue
		}
		if jaCaptionRE.MatchString(text) && im.above(i) >= title && im.next(i, true) > 0 && !im.creditNext(i) {
			// "12市町が共同で導入するトイレカー＝5日、岐阜県大垣市": a Japanese
			// caption, the scene and then where or when it was taken.
			im.uncredited(i, text, "a Japanese caption: the scene, then \"＝\" or brackets with the place or day it was taken")
			continue
		}
		if screenshotRE.MatchString(text) && wordCount(text) <= 30 && im.above(i) > title && !endsQuestion(text) && im.next(i, true) > 0 {
			// "Capture d'écran d'une publication Facebook, réalisée le 11
			// mars 2025": a screenshot's caption between paragraphs.
			if c, credit, ok := captionWithCredit(text); ok && c != "" {
				fig := im.figure(i, -1, credit, "")
				im.caption(fig, i, c, fmt.Sprintf("the caption of a screenshot, with its credit %q", credit))
			} else {
				im.uncredited(i, text, "the caption of a screenshot")
			}
			continue
		}
		if fileNoteRE.MatchString(text) && wordCount(text) <= 30 && im.above(i) > title && im.next(i, true) > 0 && !im.creditNext(i) {
			im.uncredited(i, text, "a caption that says its photo is from the archive")
			continue
		}
		if coverCaptionRE.MatchString(text) && wordCount(text) <= 20 && im.above(i) > title {
			im.uncredited(i, text, "the caption of a book's or record's cover")
			continue
		}
		if im.blockCaption(i) {
			im.uncredited(i, text, "a block of its own between two paragraphs, in a copy whose paragraphs are not blocks")
			continue
		}
		if im.leadCaption(i, title) {
			if credit, ok := creditLine(text); ok {
				// "Foto: Inquam Photos / Radu Tănase" alone: the lead
				// photo's credit, with no caption.
				fig := im.figure(i, i, credit, "the lead photo's credit alone, under the header's furniture")
				im.noCaption(fig, i)
				continue
			}
			// "… on Tuesday (Nov 18). — Bernama": the agency's photo.
			if caption, a, ok := dashAgency(text); ok {
				fig := im.figure(i, -1, a, "")
				im.caption(fig, i, caption, fmt.Sprintf("a short line under the header's furniture, over the story's first paragraph: the lead photo's caption, with the agency %q after a dash as its credit", a))
				continue
			}
			im.uncredited(i, text, "a short line under the header's furniture, over the story's first paragraph: the lead photo's caption")
			continue
		}
		if im.longCaption(i, title) {
			// "It is a play that smells of brine and diesel" under "… it
			// is a play that smells of brine, diesel and wet rope. …": the
			// paragraph's own words set large, unquoted.
			if p := im.prev(i); p > title && wordCount(im.lines[p]) >= 2*wordCount(text) && covered(letterWords(text), im.lines[p]) {
				im.drop(i, RulePullQuote, fmt.Sprintf("a line set apart that repeats the words of the paragraph over it (line %d): a pull quote", p+1))
				continue
			}
			im.uncredited(i, text, "nine words or more that do not end like a sentence, between two paragraphs: a caption with no credit, longer than headings are")
		}
	}
}

// wireSignoff reports a paragraph that ends with the agency the header
// credited, after a dash, as wire copy signs its last paragraph ("…
// mulai Januari depan. - BERNAMA"): no caption and its credit.
func (im *importer) wireSignoff(text, credit string) bool {
	src := im.doc.Meta.Source
	credit = strings.TrimLeft(credit, "-–— ")
	return src != nil && strings.EqualFold(credit, src.Name) && wordCount(text) >= 12 &&
		(strings.HasSuffix(text, " - "+credit) || strings.HasSuffix(text, " – "+credit) || strings.HasSuffix(text, " — "+credit))
}

// agencySignoff reports, and credits as the source, the agency in
// brackets or alone after the last paragraph's full stop ("… Cagatin
// said. (PNA)", "… Mamani said. EFE"), as wire copy signs its story: no
// caption and its credit.
func (im *importer) agencySignoff(i int, caption, credit string) bool {
	agency, ok := Agency(credit)
	if !ok || wordCount(caption) < 15 || !endsSentence(caption) || im.lines[i] != caption+" ("+credit+")" && im.lines[i] != caption+" "+credit || im.nextParagraph(i) {
		return false
	}
	CreditSources(&im.doc.Meta, []string{agency})
	return true
}

// creditNext reports a photo credit on the next line after line i
// ("（小池真由子撮影）" under its caption).
func (im *importer) creditNext(i int) bool {
	n := im.next(i, true)
	if n < 0 {
		return false
	}
	_, ok := creditLine(im.lines[n])
	return ok
}

// jaSpeakerQuoteRE is what a Japanese broadcaster's story quotes: who
// speaks in brackets, then the words ("（屋台を始める　山下拓也さん）「…」").
var jaSpeakerQuoteRE = re(`^（[^（）]{2,30}）「.{8,}」$`)

// jaOutletRE is a Japanese broadcaster's, paper's or agency's name, by
// its last word: "RKB毎日放送", "北海道新聞", "共同通信", "テレビ朝日".
var jaOutletRE = re(`^[\p{Han}\p{Katakana}A-Z]{1,10}(?:放送|新聞|通信|テレビ|新報|日報)$|^テレビ[\p{Han}\p{Katakana}]{1,6}$`)

// jaCaptionRE is a Japanese caption with no credit: the scene, then after
// "＝" the day or the place it was taken ("＝5日、岐阜県大垣市", "＝京都市
// 上京区"), or the place in brackets ("（愛知県豊橋市）", "（先月・福岡市中央区）").
// A place names its city, ward, town, village or prefecture. The scene
// may point at people in brackets ("（中央）", "（左から）").
var jaCaptionRE = re(`^(?:[^。＝=（）]|（[^（）。]{1,8}）){6,70}(?:[＝=](?:\d{1,2}日(?:午前|午後)?(?:、[^。＝=、]{2,16})?|[^。＝=、]{1,14}(?:市|区|町|村|県|都|府|道)[^。＝=、]{0,8})|（(?:[^（）・]{1,6}・)?[^（）・。]{1,14}(?:市|区|町|村|県|都|府|道)[^（）]{0,8}）)$`)

// sameLayoutCaptions finds the captions laid out as one this copy has
// already shown with its credit, which no rule finds alone: after "… du
// kiosque. (Maxime Tardif/Le Soleil)", "… près du Musée. (Commission des
// champs de bataille nationaux)"; after "… del huerto vecinal. Arturo
// Falcón", "… la semana pasada. C7"; after "DANIEL CROWE / FREE PRESS
// Commuters wait …", "SUPPLIED A rendering of …". Each is a block of
// its own, after the header, over a paragraph.
func (im *importer) sameLayoutCaptions(title int) {
	if im.forms[formNextLine] {
		im.nextLineCaptions(title)
	}
	if len(im.forms) == 0 || !im.spaced {
		return
	}
	for i := title + 2; i+2 < len(im.lines); i++ {
		if im.done[i] || im.lines[i-1] != "" || im.lines[i+1] != "" {
			continue
		}
		p, n := i-2, im.next(i, true) // the lines around it, across dropped furniture
		for p > title && (im.lines[p] == "" || im.done[p]) {
			p--
		}
		if p <= title || n < 0 || wordCount(im.lines[n]) < 15 {
			continue
		}
		for f := range im.forms {
			if caption, credit, ok := f.split(im.lines[i]); ok {
				fig := im.figure(i, -1, credit, "")
				im.caption(fig, i, caption, fmt.Sprintf("a block of its own laid out as a caption found before, with its credit %q", credit))
				break
			}
		}
	}
}

// itemPrefix is the place or label an item of a list of links opens
// with: "Varese" of "Varese - Nuovo teatro, …".
func itemPrefix(s string) string {
	for _, sep := range []string{" - ", " – ", ": "} {
		if p, _, ok := strings.Cut(s, sep); ok && wordCount(p) <= 3 {
			return p
		}
	}
	return ""
}

// colonListItem reports whether line i is a labelled item of a list that
// a line ending with a colon opens: "Die Preise im Überblick:" over
// "Internationaler Preis: „Becken Nummer drei“ von X (Rumänien)". Its
// brackets hold no photo credit.
func (im *importer) colonListItem(i int) bool {
	if !colonLabelled(im.lines[i]) {
		return false
	}
	j := i - 1
	for j >= 0 && im.lines[j] != "" && !strings.HasSuffix(im.lines[j], ":") {
		if !colonLabelled(im.lines[j]) {
			return false
		}
		j--
	}
	if j >= 0 && im.lines[j] == "" {
		j-- // one blank line under the list's opening line
	}
	return j >= 0 && strings.HasSuffix(im.lines[j], ":") && wordCount(im.lines[j]) >= 2
}

// colonLabelled reports whether s opens with a label of three words or
// fewer and a colon: "Dader 2: man van ongeveer 1,70 meter, …".
func colonLabelled(s string) bool {
	p, _, ok := strings.Cut(s, ": ")
	return ok && wordCount(p) <= 3
}

// sharedPrefix is the prefix every item has, or "".
func sharedPrefix(lines []string, items []int) string {
	p := itemPrefix(lines[items[0]])
	if p == "" {
		return ""
	}
	for _, k := range items[1:] {
		if itemPrefix(lines[k]) != p {
			return ""
		}
	}
	return p
}

// gallerySlide reads the slide a copied photo gallery shows under its
// label ("Galleria fotografica"): its caption over its counter ("Il
// nuovo mercato del lunedì 4 di 9"), which goes.
func (im *importer) gallerySlide(label int) {
	j, k := label+1, label+2
	if k >= len(im.lines) || im.done[j] || im.done[k] || im.lines[j] == "" || wordCount(im.lines[j]) > 40 || slideCounterRE.MatchString(im.lines[j]) || !slideCounterRE.MatchString(im.lines[k]) {
		return
	}
	fig := im.figure(j, -1, "", "")
	im.caption(fig, j, im.lines[j], fmt.Sprintf("the slide's caption under the gallery's label (line %d), over its counter", label+1))
	im.drop(k, "boilerplate/gallery-label", "the gallery's title and slide counter")
}

// slideCounter tells whether line i is a gallery's slide counter, dropped
// as such: "1/3", "Foto 2 de 3".
func (im *importer) slideCounter(i int) bool {
	return im.done[i] && im.rep.Entries[i].Rule == "boilerplate/gallery" && slideCounterRE.MatchString(im.lines[i])
}

// captionSized tells whether line i is free and of a caption's length.
func (im *importer) captionSized(i int) bool {
	return i < len(im.lines) && !im.done[i] && wordCount(im.lines[i]) >= 4 && wordCount(im.lines[i]) <= 40
}

// slideCounterRE ends a gallery's title with the slide's number: "4 di
// 9", "3 of 12", "2/7".
var slideCounterRE = re(`(?i)(?:^|\s)\d{1,3}\s?(?:di|of|de|von|sur|van|/)\s?\d{1,3}$`)

func (im *importer) addForm(f captionForm) {
	if im.forms == nil {
		im.forms = map[captionForm]bool{}
	}
	im.forms[f] = true
}

// nextLineCaptions finds, in a copy that has shown a caption with its
// credit on the line right under it, the others laid out so whose credit
// names a public body that handed out the photo: "Así quedaría el cruce
// …, según el render del proyecto." over "Municipalidad de Rosario",
// between two paragraphs. A heading there ("Cómo será el tramo nuevo",
// "What Happens Next") names none.
func (im *importer) nextLineCaptions(title int) {
	for i := title + 2; i+2 < len(im.lines); i++ {
		caption, credit := im.lines[i], im.lines[i+1]
		if im.done[i] || im.done[i+1] || caption == "" || credit == "" || im.lines[i+2] == "" || wordCount(im.lines[i+2]) < 15 {
			continue
		}
		if p := im.lines[i-1]; !im.done[i-1] && wordCount(p) < 15 {
			continue
		}
		if n := wordCount(caption); n < 6 || n > 40 || !startsUpper(caption) || !endsSentence(caption) {
			continue
		}
		if n := wordCount(credit); n > 5 || !creditShaped(credit) || !properNoun(credit) || !publicBody(credit) {
			continue
		}
		fig := im.figure(i, i+1, credit, "a proper name under a caption, laid out as a caption found before with its credit on the next line")
		im.caption(fig, i, caption, "a caption over its credit's line, laid out as one found before")
		i++
	}
}

// publicBody reports whether name s names a public body by one of its
// words: a town's or a state's government, a ministry, a police force.
func publicBody(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if publicBodyWords[w] {
			return true
		}
	}
	return false
}

var publicBodyWords = set("municipalidad municipio ayuntamiento alcaldía intendencia gobierno gobern prefeitura governo câmara mairie ville municipalité préfecture département région stadt stadtverwaltung gemeinde landratsamt comune regione provincia gemeente council ministerio ministère ministero ministério ministerium polizei police policía polícia instituto institut institute istituto secretaría secretaria comisión commission")

// blockCaption reports whether line i is a photo's caption without a
// credit, by the copy's structure: a block of its own, between blank
// lines, between two paragraphs, in a copy whose paragraphs follow each
// other with no blank line (three pairs of long lines at least), as
// browsers copy a page that sets its figures apart.
func (im *importer) blockCaption(i int) bool {
	if im.spaced || i < 2 || i+2 >= len(im.lines) || im.lines[i-1] != "" || im.lines[i+1] != "" || im.done[i] || im.blocks[i] != nil {
		return false
	}
	text := im.lines[i]
	// Six or seven words with no full stop head a section ("Un ponton
	// qui suit la Loire").
	if n := wordCount(text); n < 6 || n < 8 && !endsSentence(text) || n > 50 || !startsUpper(text) || endsQuestion(text) || strings.HasSuffix(text, ":") {
		return false
	}
	// Three sentences make a paragraph, not a caption.
	if strings.Count(text, ". ") >= 2 {
		return false
	}
	if wordCount(im.lines[i-2]) < 15 || wordCount(im.lines[i+2]) < 15 {
		return false
	}
	// A copy that credits its captions ("… állomásra. Fotó: Szendi
	// Péter") sets no long caption without a credit.
	if wordCount(text) >= 20 && im.creditedBefore(i) {
		return false
	}
	if im.adjacent < 0 {
		// Paragraphs that follow each other, against paragraphs apart.
		im.adjacent = 0
		apart := 0
		for j := 1; j < len(im.lines); j++ {
			long := wordCount(im.lines[j]) >= 15
			switch {
			case long && wordCount(im.lines[j-1]) >= 15:
				im.adjacent++
			case long && j >= 2 && im.lines[j-1] == "" && wordCount(im.lines[j-2]) >= 15:
				apart++
			}
		}
		if im.adjacent <= apart {
			im.adjacent = 0
		}
	}
	return im.adjacent >= 3
}

// photographerRE is a byline's role that makes it a photo's credit.
var photographerRE = re(`(?i)\bphotographer\b|\bphoto editor\b`)

// nameWhere says where line i, a name alone in a script without case,
// stands as a byline: over the date, under it ("الأحد 16 مارس 2025" over
// "بدر الحمدان"), or with its place and a colon over the story ("الطائف
// - خالد العتيبي:"); "" where it stands as none.
func (im *importer) nameWhere(i int, placed bool) string {
	switch {
	case im.dateUnder(i) || im.sourceOverDate(i) || im.roleOverDate(i):
		return "over the date"
	case im.prevRule(i, RuleDateline) && im.nameUnderDate(i):
		return "under the date"
	case placed && strings.HasSuffix(im.lines[i], ":"):
		return "with its place, over the story"
	case im.overDesk(i):
		return "over the reporter's desk"
	}
	return ""
}

// overDesk reports whether the line under line i names a newsroom's
// desk as a byline does: "خبرنگار گروه جامعه" (reporter of the society
// desk) under the reporter's name.
func (im *importer) overDesk(i int) bool {
	j := im.nextLine(i)
	if j < 0 {
		return false
	}
	names, _, ok := bylineLine(im.lines[j], false)
	return ok && len(names) == 1 && classifyCredit(names[0]) == newsroom
}

// nameUnderDate reports whether line i under the date can be the byline:
// no author yet, a script that spaces its words (not "페이스북" or
// "分享至", share buttons), and no photo credit under it, which would make
// it a caption ("صورة من ميناء وهران" over "© أرشيف النهار").
func (im *importer) nameUnderDate(i int) bool {
	r, _ := utf8.DecodeRuneInString(im.lines[i])
	if len(im.doc.Meta.Authors) > 0 || !slices.Contains(spacedScripts, uncasedScript(r)) {
		return false
	}
	if _, _, over := im.overCredit(i); over {
		return false
	}
	j := im.nextLine(i)
	return j < 0 || !strings.HasPrefix(im.lines[j], "©")
}

// afterEndMark drops what follows a press release's end mark ("# # #",
// "-ends-"): the organisation's paragraph ("The United Nations World
// Food Programme is …", "About UNICEF"), notes to editors and contacts,
// which no release prints before its end (blind365).
func (im *importer) afterEndMark(title int) {
	end := slices.IndexFunc(im.lines[title+1:], releaseEndRE.MatchString)
	if end < 0 {
		return
	}
	end += title + 1
	for i := end + 1; i < len(im.lines); i++ {
		if !im.done[i] {
			im.drop(i, RuleAfterBody, fmt.Sprintf("after the press release's end mark (line %d): the organisation's own paragraph, notes or contacts", end+1))
		}
	}
}

// releaseEndRE is the mark that ends a press release: "# # #", "-ends-",
// "-30-". Not a bare "Fin" or "Ende", which the separator row drops too
// but which may close a story whose own notes follow.
var releaseEndRE = re(`^(?:#\s*#\s*#|[-–—]\s*` + releaseEndWords + `\s*[-–—]|[-–—]?30[-–—])$`)

// releaseEndWords are the words of a release's end mark ("-ends-"),
// which the separator row of the boilerplate reads too.
const releaseEndWords = `(?i:ends|fin|ende|fine)`

// bylinePhotographer reports whether text is the photographer the
// byline named ("Texto de X · Fotografia de Y").
func (im *importer) bylinePhotographer(text string) bool {
	return slices.ContainsFunc(im.doc.Meta.Contributors, func(c document.Contributor) bool { return c.Role == "pht" && c.Text == text })
}

// captionUnderCredit reports whether line i is a caption right under
// its photo's slashed credit ("Nuno Pires Tavares/Lusa" over "Hospital
// do Espírito Santo, em Évora"), which no byline is.
func (im *importer) captionUnderCredit(i int) bool {
	p := i - 1
	if p < 0 || im.done[p] || !strings.Contains(im.lines[p], "/") {
		return false
	}
	_, credit := creditLine(im.lines[p])
	return credit && im.creditOverCaption(p)
}

// creditBetween reports whether line i is a slashed credit under a
// one-sentence caption and over the byline, as the lead photo stands
// between the headline and the byline.
func (im *importer) creditBetween(i int) bool {
	if !strings.Contains(im.lines[i], " / ") {
		return false
	}
	if _, ok := creditLine(im.lines[i]); !ok {
		return false
	}
	p, n := im.prev(i), im.next(i, false)
	return p >= 0 && n >= 0 && im.bylineAt(n) && oneSentenceCaption(im.lines[p])
}

// creditOverCaption reports whether credit line i, labelled or naming an
// agency or outlet after a slash, heads a block of two lines, the second
// a caption: "Photo: X" or "X/Agência Brasília" over its caption, with
// blank lines around them.
func (im *importer) creditOverCaption(i int) bool {
	// In a copy with no blank lines: a labelled credit right under the
	// header's byline or date ("Door X", "Foto: RTV Utrecht / X", the
	// caption), and every labelled credit after one such ("Beeld: …" over
	// "Wethouder X tijdens het debat").
	if im.dense && i > 0 && i+1 < len(im.lines) && strings.Contains(im.lines[i], ":") && im.lines[i+1] != "" && !im.done[i+1] {
		next := im.lines[i+1]
		_, isCredit := creditLine(next)
		k := im.rep.Entries[i-1].Kind
		under := im.done[i-1] && k != KindDropped && k != KindFigureCaption && k != KindFigureCredit
		if !isCredit && wordCount(next) >= 4 && wordCount(next) <= 30 && (under || im.creditFirst || im.captionBelow(i)) {
			im.creditFirst = true
			return true
		}
	}
	// "Foto Studio Ardito", "Pic by X", "X/GMA Integrated News": a
	// labelled or slashed credit under the header's share buttons or
	// byline, over
	// the lead photo's caption (shorter than a paragraph of the story)
	// and the story or its byline.
	// Or, in a copy with no blank lines, a photographer's name alone
	// ("Pablo Segura" under "Compartir en WhatsApp").
	r, _ := utf8.DecodeRuneInString(im.lines[i])
	cjk := r >= 0x2E80 // "（陳嘉俊攝）", "圖／X提供": their form says they are credits
	// A label in brackets too: "(φωτ. Ειρήνη Βλαζάκη)".
	if creditLabelRE.MatchString(strings.TrimPrefix(im.lines[i], "(")) || strings.Contains(im.lines[i], "/") || cjk || im.dense && im.namedCredit(i) {
		p, c := im.above(i), im.nextLine(i)
		// A labelled one may stand a blank line apart from its caption
		// in any copy.
		if p >= 0 && im.done[p] && (im.rep.Entries[p].Kind == KindDropped || im.rep.Entries[p].Kind == KindByline) && c > i && (c == i+1 || im.spaced || c == i+2 && creditLabelRE.MatchString(im.lines[i])) && !im.done[c] && wordCount(im.lines[c]) >= 4 && wordCount(im.lines[c]) < 25 {
			if _, isCredit := creditLine(im.lines[c]); !isCredit {
				n := im.nextLine(c)
				for n > c && im.done[n] && im.rep.Entries[n].Kind == KindDropped {
					n = im.nextLine(n) // the share buttons under the caption
				}
				if n > c && (wordCount(im.lines[n]) >= 25 || im.bylineOverStory(n)) {
					return true
				}
			}
		}
	}
	// "Сүрөт: Азаттык", "Pic by X" over its caption, the two a block of their own
	// between blank lines: the credit goes with the line it is set with,
	// not with the paragraph across the blank line above.
	if m := creditLabelRE.FindStringSubmatch(im.lines[i]); m != nil && (strings.Contains(m[1], ":") || strings.Contains(m[1], " by ")) && !im.dense && i > 0 && im.lines[i-1] == "" && i+2 < len(im.lines) && im.lines[i+2] == "" {
		if c := im.lines[i+1]; c != "" && !im.done[i+1] && wordCount(c) >= 4 && wordCount(c) <= 30 {
			if _, isCredit := creditLine(c); !isCredit {
				return true
			}
		}
	}
	// "Jasper Quill", "Photo News" over "Volunteers set the last of the
	// new cedar steps …": a name alone over a caption of one sentence,
	// the two a block of their own, the story going on under them.
	if !im.dense && i > 0 && im.lines[i-1] == "" && i+2 < len(im.lines) && im.lines[i+2] == "" && im.nameOverCaption(i) {
		if n := im.nextLine(i + 1); n > 0 && wordCount(im.lines[n]) >= 15 {
			return true
		}
	}
	// "14:02 Uhr", "Sandsäcke in Cochem verteilt", then "Bild: SWR | X"
	// over the caption: a live entry's time and headline over its photo.
	if p, c := im.above(i), im.nextLine(i); im.live && p > 0 && c > i && !im.done[c] && !im.done[p] && wordCount(im.lines[p]) <= 12 && !endsSentence(im.lines[p]) &&
		wordCount(im.lines[c]) >= 4 && wordCount(im.lines[c]) <= 30 {
		if q := im.above(p); q >= 0 && entryTimeRE.MatchString(im.lines[q]) {
			if _, isCredit := creditLine(im.lines[c]); !isCredit {
				return true
			}
		}
	}
	// "© Estudio Marivent" over "La novia compartió en sus redes esta
	// imagen del primer baile", under a paragraph (not a caption), in a copy with blank
	// lines between all its lines: the caption has no full stop. So too a
	// labelled credit ("PHOTO: ABDUL-HAKIM YAKUBU").
	if im.spaced && (strings.HasPrefix(im.lines[i], "©") || creditLabelRE.MatchString(im.lines[i]) && strings.ContainsAny(im.lines[i], ":/")) {
		p, c := im.above(i), im.nextLine(i)
		if p >= 0 && (im.done[p] && im.rep.Entries[p].Kind == KindDropped || !im.done[p] && bodyLine(im.lines[p]) && wordCount(im.lines[p]) >= 25) && c > i && !im.done[c] &&
			wordCount(im.lines[c]) >= 4 && wordCount(im.lines[c]) <= 30 && !endsQuestion(im.lines[c]) &&
			// A caption of one short sentence may have its full stop
			// under a paragraph of thirty-five words or more.
			(!endsSentence(im.lines[c]) || wordCount(im.lines[p]) >= 35 && wordCount(im.lines[c]) <= 20 && !strings.Contains(im.lines[c], ". ")) {
			if _, isCredit := creditLine(im.lines[c]); !isCredit {
				return true
			}
		}
	}
	if i < 1 || im.lines[i-1] != "" || i+1 >= len(im.lines) || im.lines[i+1] == "" || im.done[i+1] ||
		i+2 < len(im.lines) && im.lines[i+2] != "" || !strings.Contains(im.lines[i], ":") && !capsLabel(im.lines[i]) && !strings.HasPrefix(im.lines[i], "©") && !namesAgency(im.lines[i]) && !strings.Contains(im.lines[i], " / ") && !cjk && !strings.HasPrefix(im.lines[i], "(") {
		return false
	}
	next := im.lines[i+1]
	_, isCredit := creditLine(next)
	return !isCredit && wordCount(next) >= 4 && wordCount(next) <= 60
}

// capsLabel reports a credit line whose label is in capitals with no
// colon after it: "PHOTO SIMON-PIERRE LAROCHE, LA PRESSE".
func capsLabel(text string) bool {
	return creditLabelRE.MatchString(text) && allCaps(strings.Fields(text)[0])
}

// rightsNoticeRE is the story's notice after "©", no photo's credit:
// "© RIPRODUZIONE RISERVATA". "© Tous droits réservés" under a caption
// is RTBF's credit for a photo.
var rightsNoticeRE = re(`(?i)^(?:riproduzione riservata|reproducción reservada)\.?$`)

// copyrightCredit reads line i, dropped as a copyright line or a share
// button, as the credit of the caption beside it, in a block of two lines
// between blank ones: under it ("© Michel Lardinois / Le Soir", "©
// www.giornaledibrescia.it", "FACEBOOK") or over it, as De Standaard sets
// it ("© Jelle Vermeersch"), or as a block of its own (in a spaced copy,
// or set apart by blank lines) under a caption's block and over the
// story's next paragraph ("© BRUZZ | Jef De Vriendt"). capLine is the
// caption's line.
func (im *importer) copyrightCredit(i int) (credit string, capLine int, ok bool) {
	text := im.lines[i]
	switch rule := im.rep.Entries[i].Rule; {
	case rule == "boilerplate/licensing" && strings.HasPrefix(text, "©"):
		credit = strings.TrimSpace(strings.TrimPrefix(text, "©"))
		if m := creditLabelRE.FindStringSubmatch(credit); m != nil && strings.Contains(m[1], ":") {
			credit = strings.TrimSpace(m[2]) // "© Quelle: Jana Reuther"
		}
		if wordCount(credit) > 8 || !creditShaped(credit) && !domainRE.MatchString(credit) || rightsNoticeRE.MatchString(credit) {
			return "", 0, false
		}
	case rule == "boilerplate/share" && allCaps(text) && utf8.RuneCountInString(text) > 1:
		// "FACEBOOK" under a caption: the photo's source, in capitals,
		// no share button.
		if !im.underCaption(i) {
			return "", 0, false
		}
		credit = text
	default:
		return "", 0, false
	}
	switch {
	case i > 0 && im.slideCounter(i-1) && im.captionSized(i+1):
		// A gallery's slide: its counter, its credit, its caption ("1/3",
		// "© X / Hans Lucas", "Léa Bastian cintre …").
		return credit, i + 1, true
	case im.dense && im.captionBelow(i):
		return credit, i + 1, true
	case im.dense:
		// A copyright line under the last paragraph, with no block to
		// say otherwise, is the story's; one between a caption-sized
		// line and a paragraph of the story is the photo's: "Un ménage
		// produit … selon Bruxelles-Propreté." over "© BELGA".
		if p, n := i-1, i+1; p > 0 && n < len(im.lines) && im.captionSized(p) && !im.done[n] &&
			wordCount(im.lines[n]) >= 15 && !strings.ContainsAny(credit, "0123456789") {
			return credit, p, true
		}
		// One over a caption, under the header's dropped furniture and
		// over the story's first long paragraph, is the lead photo's, as
		// WEB.DE sets it: "© picture alliance/dpa | Henrike Vogt" over
		// "Die Autofähre … darf sie nicht fahren."
		if c, n := i+1, i+2; i > 0 && n < len(im.lines) && im.done[i-1] && im.rep.Entries[i-1].Kind == KindDropped && im.captionSized(c) && !im.done[n] &&
			wordCount(im.lines[n]) >= 25 && !strings.ContainsAny(credit, "0123456789") {
			return credit, c, true
		}
		return "", 0, false
	case im.underCaption(i):
		return credit, i - 1, true
	case i >= 2 && im.lines[i-1] != "" && !im.done[i-1] && wordCount(im.lines[i-1]) >= 4 && im.prevRule(i-1, RuleDateline, RuleUpdate) && (i+1 == len(im.lines) || im.lines[i+1] == ""):
		// Under a caption glued under the header's date ("Publié le
		// 09.04.2025 à 11:20", the caption, "© Michel Duvoisin").
		return credit, i - 1, true
	case im.creditOverCaption(i):
		return credit, im.nextLine(i), true
	case strings.HasPrefix(text, "©") && (im.spaced || i+1 < len(im.lines) && im.lines[i+1] == "") && i >= 2 && im.lines[i-1] == "" && im.lines[i-2] != "" && !im.done[i-2] &&
		wordCount(im.lines[i-2]) >= 4 && wordCount(im.lines[i-2]) <= 40 && (i < 3 || im.lines[i-3] == "") && !strings.ContainsAny(credit, "0123456789"):
		// The story goes on under it, perhaps after a heading.
		story := func(j int) bool { return j >= 0 && wordCount(im.lines[j]) >= 15 }
		if j := im.nextLine(i); story(j) || j >= 0 && wordCount(im.lines[j]) <= headingMaxWords && !endsSentence(im.lines[j]) && story(im.nextLine(j)) {
			return credit, i - 2, true
		}
	}
	return "", 0, false
}

// creditUnderCaption reads line i as the credit of the caption above it
// in a block of two lines between blank ones: a name, "Name / Outlet" or
// "Gentileza X" under a caption of four words or more, the two pasted
// from a page's caption and credit elements with no blank between.
func (im *importer) creditUnderCaption(i int) (string, bool) {
	if !im.underCaption(i) {
		return "", false
	}
	credit, ok := adjacentCredit(im.lines[i])
	if ok && im.dense && !denseCredit(im.lines[i]) && !im.leadCredit(i) {
		return "", false
	}
	return credit, ok
}

// headerName reports whether line i, a personal name alone, stands
// under the standfirst right under the headline and over the header's
// reading time or date line: the byline, not the credit of a lead photo.
func (im *importer) headerName(i, title int) bool {
	p := im.above(i)
	if len(im.doc.Meta.Authors) > 0 || p <= title || im.above(p) != title || !nameShaped(im.lines[i]) || classifyCredit(im.lines[i]) != person {
		return false
	}
	n := im.nextLine(i)
	if n < 0 {
		return false
	}
	_, _, _, date := dateLine(im.lines[n])
	return date || isReadingTime(im.lines[n])
}

// leadCredit reports whether line i of a dense copy, a name alone, is
// the lead photo's credit: under its caption, which stands right under
// the header's dropped furniture (the share menu), and over the story's
// first long paragraph.
func (im *importer) leadCredit(i int) bool {
	c := i - 1
	p, n := im.above(c), im.nextLine(i)
	if c <= 0 || p < 0 || p != c-1 || !im.done[p] || im.rep.Entries[p].Kind != KindDropped || n != i+1 || im.done[n] || wordCount(im.lines[n]) < 25 {
		return false
	}
	name := im.lines[i]
	return wordCount(im.lines[c]) >= 4 && wordCount(im.lines[c]) <= 25 && nameShaped(name) && classifyCredit(name) == person &&
		!slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.EqualFold(a, name) })
}

// denseCredit reports whether text, under a line of a dense copy, is a
// credit by its words alone, with no block around it to say so: a slash
// ("Name/Agency"), a courtesy, an agency, a staff credit. A bare name
// or words in capitals could as well be a heading or a button.
func denseCredit(text string) bool {
	if head, tail, ok := strings.Cut(strings.TrimSuffix(text, "/"), "/"); ok && wordCount(text) <= 6 && creditShaped(text) {
		head, tail = strings.TrimSpace(head), strings.TrimSpace(tail)
		return nameShaped(head) || allCaps(head) || nameShaped(tail) || agencyNames[strings.ToLower(tail)] != ""
	}
	// "Santiago Oroz/": a staff photographer's name and the slash the
	// page prints before its outlet's logo.
	if name, ok := strings.CutSuffix(text, "/"); ok && nameShaped(strings.TrimSpace(name)) {
		return true
	}
	// "Gonzalo Pérez | La Razón": a name, a bar and the outlet.
	if head, tail, ok := strings.Cut(text, " | "); ok && (nameShaped(head) || allCaps(head) && wordCount(head) >= 2) && properNoun(tail) && wordCount(tail) <= 4 {
		return true
	}
	// "Carlos Vidal cvidal@elnuevoherald.com": a name and its mail.
	if m := nameMailRE.FindStringSubmatch(text); m != nil && nameShaped(m[1]) {
		return true
	}
	return courtesyRE.MatchString(text) || courtesyRE.MatchString(titleCase(text)) || agencyNames[strings.ToLower(text)] != "" || staffCredit(text)
}

// nameMailRE is a name and an e-mail address after it.
var nameMailRE = re(`^(\S.{2,50}?)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`)

// isCreditUnderCaption reports whether line i is a credit under a caption
// (creditUnderCaption).
func (im *importer) isCreditUnderCaption(i int) bool {
	_, ok := im.creditUnderCaption(i)
	return ok
}

// viMastheadRE is a Vietnamese paper's name: "Báo" and a capitalized
// name of five words at most, which may end in "điện tử" (online).
var viMastheadRE = re(`^(?:Báo|BÁO)(?: \p{Lu}[\p{L}]*){1,4}(?: (?:điện tử|ĐIỆN TỬ))?$`)

// overDroppedMenu reports a short line i at the page's top, with at most
// one line above it, over four or more lines that were dropped before
// line next: a site's name over its menu.
func (im *importer) overDroppedMenu(i, next int) bool {
	return im.filledAbove(i) <= 1 && wordCount(im.lines[i]) <= 3 && !strings.ContainsAny(im.lines[i], "0123456789") && im.droppedBetween(i, next) >= 4
}

// filledAbove counts the non-empty lines above line i.
func (im *importer) filledAbove(i int) int {
	n := 0
	for _, l := range im.lines[:i] {
		if l != "" {
			n++
		}
	}
	return n
}

// overMenu tells whether line i, no sentence and among the page's first
// three lines, sits right over a menu of four lines or more (menuRun),
// with no blank line between: the site's name, which may be one word
// with a full stop ("Porto."). Lower down, a line over
// such a run is the headline over its tools ("Écouter", "Partager").
func (im *importer) overMenu(i int) bool {
	l := im.lines[i]
	if im.filledAbove(i) > 2 || endsSentence(l) && wordCount(l) > 1 || wordCount(l) > 8 {
		return false
	}
	return im.menuRun(i+1)-(i+1) >= 4 || im.spaced && im.spacedMenu(i+1) >= 8
}

// spacedMenu counts the labels of a menu from line i in a copy with blank
// lines between its lines: short lines that are no sentence, or dropped
// already, with one date among them ("The Guardian Nigeria News - …",
// "Sunday, December 6, 2026", "Nigeria", "World", …).
func (im *importer) spacedMenu(i int) int {
	n, date := 0, false
	for j := i; j < len(im.lines) && n < 30; j++ {
		t := im.lines[j]
		if t == "" {
			continue
		}
		if im.done[j] {
			if im.rep.Entries[j].Kind != KindDropped {
				break
			}
			n++
			continue
		}
		if _, _, _, d := dateLine(t); d && !date {
			date = true
			continue
		}
		if !shortLine(t) || endsSentence(t) || nameShaped(t) {
			break
		}
		n++
	}
	return n
}

// captionBelow tells, in a copy with no blank lines, whether the credit
// at line i is over its caption rather than under one: the line above
// is a sentence of fifteen words or more, the line below is of a
// caption's length and at most two thirds as long, and a paragraph of
// the story follows it ("… to souschef i et supermarked." over "Foto:
// X" over "Preben Vestergaard har stået bag disken i 31 år.").
func (im *importer) captionBelow(i int) bool {
	p, c, n := i-1, i+1, i+2
	if p < 0 || n >= len(im.lines) || im.done[p] || im.done[c] || im.lines[c] == "" {
		return false
	}
	wp, wc := wordCount(im.lines[p]), wordCount(im.lines[c])
	// A short line with no full stop is the next part's heading.
	return wp >= 15 && endsSentence(im.lines[p]) && wc >= 4 && wc <= 30 && (wc >= 9 || endsSentence(im.lines[c])) && 3*wc <= 2*wp && wordCount(im.lines[n]) >= 25
}

// underCaption reports whether line i is the second of a block of two
// lines between blank ones, the first an undecided line of four words or
// more: where a caption's credit is pasted under it. In a dense copy,
// with no blocks, it is any line under an undecided one of four to
// thirty-five words, and the credit must show itself (denseCredit).
func (im *importer) underCaption(i int) bool {
	if im.dense {
		return i >= 1 && !im.done[i-1] && wordCount(im.lines[i-1]) >= 4 && wordCount(im.lines[i-1]) <= 35 && !im.captionBelow(i)
	}
	return i >= 2 && im.lines[i-1] != "" && im.lines[i-2] == "" && (i+1 >= len(im.lines) || im.lines[i+1] == "") &&
		!im.done[i-1] && wordCount(im.lines[i-1]) >= 4
}

// spacedNext is the next undecided line after blank lines, for the label
// layouts ("Image source, X" then the caption) in a spaced copy.
func (im *importer) spacedNext(i int) int {
	if !im.spaced {
		return -1
	}
	return im.next(i, false)
}

func (im *importer) noCaption(fig *document.Figure, i int) {
	if fig.Caption == nil {
		im.warn(i, "figure %d has no caption, and so no alt text; write one in the manuscript", im.nfig)
	}
}

// signUpButtonRE is the button of a newsletter's sign-up box, or of a
// free trial's ("Jetzt testen").
var signUpButtonRE = re(`^(?i:recíbelo|recíbela|recíbelas|apúntate|apúntate gratis|jetzt testen|jetzt gratis testen|gratis testen|kostenlos testen|quiero recibirlo|quiero recibirla|quiero suscribirme|probar gratis|prueba gratis|essayer gratuitement|je teste|start free trial|start your free trial|try for free|try it free|prova gratis|experimente grátis|quero receber|gratis proberen|probeer gratis|sign up|sign me up|sign up here|hier anmelden|inscrivez-vous ici|regístrate aquí|iscriviti qui|registe-se aqui|meld je aan|attiva|activer|aktivieren|activar|ativar|turn on|subscribe|subscribe now|subscriu-te|inscriu-te|abona[’']t|subscrever|subscreva|inscreva-se|cadastre-se|suscribirse|suscr[ií]bete|inscribirme|s['’]inscrire|je m['’]inscris|abonnieren|anmelden|jetzt anmelden|jetzt kostenlos anmelden|kostenlos anmelden|sign up for free|inscrivez-vous gratuitement|regístrate gratis|inscreva-se gratuitamente|iscriviti gratuitamente|iscriviti|iscrivimi|inschrijven|aanmelden)$`)

// keepParagraph decides line j as a paragraph of its own before the body
// is read, which no later rule takes for furniture, a heading or a
// caption.
func (im *importer) keepParagraph(j int, why string) {
	im.blocks[j] = &document.Paragraph{Pos: document.Pos{Line: j + 1}, Text: str(im.lines[j])}
	im.decide(j, KindParagraph, RuleParagraph, why)
}

// bookDetails keeps the details of the book a review is about, short
// lines together, one of them its pages or ISBN ("Los nombres del agua",
// "Lucía Arrébola", "Anagrama, 2026", "296 páginas. 19,90 euros"), as
// paragraphs: no menu, no headings, no byline.
func (im *importer) bookDetails(title int) {
	short := func(j int) bool {
		return j > title && j < len(im.lines) && im.lines[j] != "" && !im.done[j] && wordCount(im.lines[j]) <= 12
	}
	for i := title + 1; i < len(im.lines); i++ {
		if !short(i) || !bookDetail(im.lines[i]) {
			continue
		}
		from, to := i, i
		for short(from-1) && i-from < 5 {
			from--
		}
		for short(to+1) && to-i < 5 {
			to++
		}
		if from == to {
			continue
		}
		for j := from; j <= to; j++ {
			im.keepParagraph(j, fmt.Sprintf("the details of the book under review, with its pages or ISBN (line %d)", i+1))
		}
		i = to
	}
}

// stuckCredit splits a caption of one sentence from a credit of one to
// three capitalised words after its full stop, with no stop of its own: "Nico Ferrandi,
// 24 anni, alza le braccia sul traguardo di Sestola. Ciclopress".
func stuckCredit(text string) (caption, credit string, ok bool) {
	i := strings.LastIndex(text, ". ")
	if i < 0 || wordCount(text) > 45 {
		return "", "", false
	}
	caption, credit = text[:i+1], text[i+2:]
	n := wordCount(credit)
	// One sentence of a caption's length; "… on Saturday. DM", an
	// outlet's initials after a paragraph, is no credit.
	if n < 1 || n > 3 || wordCount(caption) < 6 || wordCount(caption) > 30 || strings.Contains(caption[:len(caption)-1], ". ") || utf8.RuneCountInString(credit) <= 3 || !creditShaped(credit) || endsQuestion(credit) || strings.ContainsAny(credit, "0123456789:;,\"“”«»") {
		return "", "", false
	}
	for _, w := range strings.Fields(credit) {
		if !startsUpper(w) {
			return "", "", false
		}
	}
	return caption, credit, true
}

// tableRows makes a table pasted with its cells apart by tabs, two rows
// or more, a table, with its title on the line over it as its caption and
// its source line under it as a paragraph ("Principales magnitudes",
// "Ebitda 905 827 9,4%", "Fuente: Olmeda Energía."): no headings, no
// menu, no credit. In a copy with blank lines between paragraphs, a blank
// line may part the rows too.
func (im *importer) tableRows(title int) {
	// nextRow is the row after row j, or -1.
	nextRow := func(j int) int {
		switch {
		case j+1 < len(im.lines) && im.rows[j+1] != nil && !im.done[j+1]:
			return j + 1
		case im.spaced && j+2 < len(im.lines) && im.lines[j+1] == "" && im.rows[j+2] != nil && !im.done[j+2]:
			return j + 2
		}
		return -1
	}
	for i := title + 1; i+1 < len(im.lines); i++ {
		if im.rows[i] == nil || im.done[i] || nextRow(i) < 0 {
			continue
		}
		to := i
		for n := nextRow(to); n >= 0; n = nextRow(to) {
			to = n
		}
		// "Clasificación", the rows, "Ver clasificación completa": a
		// sports page's standings box, with its link to the full table.
		if l := to + 1; l < len(im.lines) && fullTableLinkRE.MatchString(im.lines[l]) {
			why := fmt.Sprintf("a box of standings or figures with its link to the full table (line %d)", l+1)
			if t := i - 1; t > title && im.lines[t] != "" && !im.done[t] && wordCount(im.lines[t]) <= 4 {
				im.drop(t, RuleWidget, why+": its title")
			}
			for j := i; j <= l; j++ {
				im.drop(j, RuleWidget, why)
			}
			i = l
			continue
		}
		// "Titolo", "Ultimo", "Var. %": a box of share prices.
		heads := 0
		for _, c := range im.rows[i] {
			if quoteHeadRE.MatchString(c) {
				heads++
			}
		}
		if heads >= 2 {
			for j := i; j <= to; j++ {
				if im.rows[j] != nil {
					im.drop(j, RuleWidget, fmt.Sprintf("a box of share prices, its columns headed %q (lines %d-%d)", strings.Join(im.rows[i], ", "), i+1, to+1))
				}
			}
			i = to
			continue
		}
		tb := &document.Table{Pos: document.Pos{Line: i + 1}}
		at := i
		if t := i - 1; t > title && im.lines[t] != "" && im.rows[t] == nil && wordCount(im.lines[t]) <= 12 && (!im.done[t] || im.rep.Entries[t].Kind == KindDropped) {
			tb.Caption, tb.Pos.Line, at = str(im.lines[t]), t+1, t
			im.decide(t, KindTable, RuleTable, "the title over a table pasted with tabs: its caption")
		}
		cols := 0
		for j := i; j <= to; j++ {
			cols = max(cols, len(im.rows[j]))
		}
		tb.Columns = make([]document.Column, cols)
		for j, nrow := i, 0; j <= to; j++ {
			if im.rows[j] == nil {
				continue // a blank line between rows
			}
			nrow++
			row := make(document.Row, cols)
			for k, c := range im.rows[j] {
				if c != "" {
					row[k].Blocks = []document.Block{&document.Paragraph{Text: str(c)}}
				}
			}
			// A first row with no figure over rows with some is the
			// table's header ("En millones de euros", "1T 2025", …).
			if j == i && !slices.ContainsFunc(im.rows[j], figureCell) && slices.ContainsFunc(im.rows[nextRow(j)], figureCell) {
				tb.Head = append(tb.Head, row)
			} else {
				tb.Body = append(tb.Body, row)
			}
			im.decide(j, KindTable, RuleTable, fmt.Sprintf("row %d of a table pasted with tabs (lines %d-%d)", nrow, i+1, to+1))
		}
		for k := range tb.Columns {
			if figureColumn(im.rows, i, to, k) {
				tb.Columns[k].Align = document.AlignRight
			}
		}
		im.blocks[at] = tb
		if s := to + 1; s < len(im.lines) && tableSourceRE.MatchString(im.lines[s]) {
			im.keepParagraph(s, "the source line under a table pasted with tabs")
		}
		i = to
	}
}

// quoteHeadRE heads a column of a box of share prices.
var quoteHeadRE = re(`^(?i:var\.? ?%|var\.|variazione|variación|variação|ultimo|último|last|kurs|veränderung|change|% ?chg|chg|cotización|cotação|prezzo|volumi|volumen|volume)$`)

// fullTableLinkRE is the link under a box of standings or figures to the
// whole table: "Ver clasificación completa", "View full table".
var fullTableLinkRE = re(`^(?i:(?:ver|see|view|voir|vedi|guarda|mostra|zur|zu|bekijk)\s.{0,30}\b(?:completa|complete|full|complète|completo|vollständige[n]?|gesamte[n]?|volledige)\b.{0,20}|(?:full|complete) (?:table|standings|results)|classement complet|classifica completa|clasificación completa|tabelle)\s*[›»>→]?$`)

// figureCellRE is a table cell that holds a figure: "3.870", "-6,1%",
// "+0,41 %", "12,84 €".
var figureCellRE = re(`^[-+−–]?[$€£]?\s?\d[\d.,\s]*\s?(?:%|€|\$|£|pp|p\.p\.)?$`)

func figureCell(c string) bool { return figureCellRE.MatchString(c) }

// figureColumn reports whether column k of rows from..to holds figures in
// every body row that fills it: it is set right-aligned.
func figureColumn(rows map[int][]string, from, to, k int) bool {
	n := 0
	for j := from + 1; j <= to; j++ {
		if k >= len(rows[j]) || rows[j][k] == "" {
			continue
		}
		if !figureCell(rows[j][k]) {
			return false
		}
		n++
	}
	return n > 0
}

// tableSourceRE is the line that names a table's source.
var tableSourceRE = re(`^(?:Fuente|Fuentes|Source|Sources|Quelle|Fonte|Bron|Font)\s*:\s*\S.{0,100}$`)

// coverCaptionRE opens the caption of a book's or record's cover:
// "Portada de ‘Los nombres del agua’, de Lucía Arrébola.".
// picturedRE points at the photo from its caption: "(pictured)",
// "(pictured left)", "(stock image)", "(file photo)".
var picturedRE = re(`\((?:pictured(?: (?:left|right|centre|center|above|below|top|bottom|with [^)]{1,40}))?|stock image|file image|file photo|library image)\)`)

var coverCaptionRE = re(`^(?:Portada de|Cubierta de|Cover of|The cover of|Couverture de|La couverture de|Das Cover von|Cover von|Copertina di|La copertina di|Capa de|A capa de|Omslag van|Het omslag van)\s+\S`)

// rankedRE is a line of a table of results: a rank, and a figure
// after it.
var rankedRE = re(`^\d{1,2}[.)] \D.*\d`)

// bookDetail reports a line of bookDetailRE, which is tried only on
// lines with a digit and one of bookNeeds.
func bookDetail(l string) bool {
	return strings.ContainsAny(l, "0123456789") && containsAny(strings.ToLower(l), bookNeeds) && bookDetailRE.MatchString(l)
}

// bookNeeds are the texts of which a line of bookDetailRE holds one.
var bookNeeds = []string{"pág", "pag", "pp", "seiten", "s.", "blz", "isbn"}

// bookDetailRE is a line of a book's details: its pages or its ISBN.
var bookDetailRE = re(`(?i)\b\d{2,4} (?:páginas|pages|pp\.?|seiten|s\.|pagine|pág\.|blz\.|pagina['’]s)(?:[\s.,;]|$)|\bisbn\b`)

// ingredientRE is a line of a recipe's ingredients: the ingredient and
// its quantity after a comma ("Calabaza, 500 g", "Cebolla, 1"), or the
// quantity first ("300 g de lentejas", "2 cups flour", "1 EL Olivenöl").
var ingredientRE = re(`(?i)^(?:\p{Lu}[^,:]{1,40}, (?:\d+(?:[.,/]\d+)?|½|¼|¾)(?: ?` + quantityUnits + `)?|(?:\d+(?:[.,/]\d+)?|½|¼|¾) ?` + quantityUnits + `\.? (?:de |d['’]|of |di )?\p{L}.{0,40})$`)

// ingredient reports a line of ingredientRE, which is tried only on
// lines with a digit or a fraction.
func ingredient(l string) bool {
	return strings.ContainsAny(l, "0123456789½¼¾") && (ingredientRE.MatchString(l) || countedRE.MatchString(l))
}

// countedRE is an ingredient counted without a unit: "6 œufs", "2 eggs",
// "3 gousses d'ail".
var countedRE = re(`^\d{1,2} \p{Ll}[\p{L}'’]*(?: \p{L}[\p{L}'’]*){0,2}$`)

// quantityUnits are the units a recipe measures in.
const quantityUnits = `(?:g|gr|kg|mg|ml|cl|dl|l|oz|lb|lbs|cups?|tbsp|tsp|tablespoons?|teaspoons?|el|tl|cucharadas?|cucharaditas?|tazas?|colher(?:es)?(?: de (?:sopa|chá))?|cuillères?(?: à (?:soupe|café))?|cucchiai(?:o|ni|no)?|pizzico|pinch|prise|pincées?|stück|unidades?|dientes?)`

// numberedFromOne counts the lines of open numbered 1., 2., 3. … in
// turn, from the first so numbered.
func numberedFromOne(lines []string, open []int) int {
	next := 1
	for _, k := range open {
		if !numberedRE.MatchString(lines[k]) {
			continue
		}
		if n, _ := itemNumber(lines[k]); n == next {
			next++
		} else {
			return 0
		}
	}
	return next - 1
}

// shortLine is a line of interface text: a few words without sentence
// punctuation.
func shortLine(text string) bool {
	return wordCount(text) <= 4 && len([]rune(text)) <= 32 && !endsSentence(text) && !endsQuestion(text) && !bulletRE.MatchString(text)
}

// A closedBox is a box of the page between the line that opens it, which
// a boilerplate rule drops, and the line that closes it.
type closedBox struct {
	rule, open, close string // the opener's rule, its start in lower case, the closing line
	as                string // the rule that drops what lies between
}

var closedBoxes = []closedBox{
	{"boilerplate/newsletter", "sign up", "after newsletter promotion", RuleNewsletterBox},
	// ARD's pages (hessenschau, tagesschau) close a box of links with a
	// line for screen readers.
	{"boilerplate/related-topics", "weitere informationen", "ende der weiteren informationen", RuleRelatedBox},
}

// structure drops furniture that no phrase names, by its shape:
//   - a box from the line that opens it to the line that closes it ("Sign
//     up to …" to "after newsletter promotion");
//   - a run of three or more short lines without sentence punctuation
//     (menus, buttons, tags), two of them not yet decided;
//   - a short line that the page repeats ("Advertisement", a date);
//   - short lines after the last sentence of the body (tags, credits).
func (im *importer) structure(title int) {
	n := len(im.lines)
	im.teasers(title)
	im.badgedCards(title)
	im.appeals(title)
	// Boxes a page closes with a line of its own: all between is the box's.
	for i := title + 1; i < n; i++ {
		k := slices.IndexFunc(closedBoxes, func(b closedBox) bool {
			return im.rep.Entries[i].Rule == b.rule && strings.HasPrefix(strings.ToLower(im.lines[i]), b.open)
		})
		if k < 0 {
			continue
		}
		box := closedBoxes[k]
		for j, k := i+1, 0; j < n && k < 8; j++ {
			if strings.EqualFold(im.lines[j], box.close) {
				for x := i + 1; x <= j; x++ {
					if !im.done[x] {
						im.drop(x, box.as, fmt.Sprintf("inside the box that line %d opens and line %d closes", i+1, j+1))
					}
				}
				break
			}
			if im.lines[j] != "" {
				k++
			}
		}
	}
	// Sign-up boxes: a block of two to five lines between blank ones, one
	// of them a sign-up button, the others short ("Climate Coach",
	// "Practical ways to …, in your inbox every Tuesday.", "Sign up"); or
	// up to seven when the block opens with a newsletter's prompt ("Sign
	// up for the Breaking News newsletter", the button, "You’re all
	// signed up!", "Want more of our free, weekly newsletters…").
	for i := title + 1; i < n; i++ {
		if !signUpButtonRE.MatchString(im.lines[i]) {
			continue
		}
		from, to := i, i
		for from > title+1 && im.lines[from-1] != "" && i-from < 4 {
			from--
		}
		size := 4
		if im.rep.Entries[from].Rule == "boilerplate/newsletter" {
			size = 6
		}
		for to+1 < n && im.lines[to+1] != "" && to-from < size {
			to++
		}
		if to-from < 1 || to-from > size || from > 0 && im.lines[from-1] != "" || to+1 < n && im.lines[to+1] != "" {
			continue
		}
		short := true
		for x := from; x <= to; x++ {
			short = short && wordCount(im.lines[x]) <= 25 && (!im.done[x] || im.rep.Entries[x].Kind == KindDropped)
		}
		if !short {
			continue
		}
		for x := from; x <= to; x++ {
			if !im.done[x] {
				im.drop(x, RuleNewsletterBox, fmt.Sprintf("in the sign-up box of line %d", i+1))
			}
		}
		i = to
	}
	// Author bios among the last lines: "X is a reporter based in Y.",
	// "X covers mining", with the name on the line before. Lines already
	// dropped (the related and most-read lists under the box) are not
	// counted.
	for i, k := n-1, 0; i > title && k < 12; i-- {
		if im.lines[i] == "" || im.done[i] && im.rep.Entries[i].Kind == KindDropped {
			continue
		}
		k++
		// "— Corinne" under the last paragraph: the author's first name
		// after a dash, the newsletter's sign-off.
		if name, dashed := strings.CutPrefix(strings.TrimLeft(im.lines[i], "—–-"), " "); !im.done[i] && dashed && len(im.lines[i]) > len(name)+1 && slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.HasPrefix(a, name+" ") || a == name }) {
			im.drop(i, RuleSignoff, "the author's name after a dash, signing off")
			continue
		}
		// "The Ethiopian Herald Wednesday 12 March 2025" under the last
		// paragraph: the paper's name, as its masthead prints it, and
		// the day of the issue.
		if rest, ok := strings.CutPrefix(im.lines[i], im.mastheadLine()+" "); ok && !im.done[i] && i > title {
			if _, _, _, date := dateLine(rest); date {
				im.drop(i, RuleAfterBody, "the paper's name, as its masthead prints it, and the day of its issue, after the story")
				continue
			}
		}
		// "Periodista de la sección Santo Domingo. Cubre …" right under
		// an author's name: the job first, then what they cover.
		underAuthor := i > 0 && hasRoleWord(firstWords(im.lines[i], 2)) && slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.EqualFold(a, titleCase(im.lines[max(im.above(i), 0)])) })
		// "Economista e professora na Universidade Nova de Lisboa" right
		// under the last paragraph, over furniture: a guest author's role.
		if l := im.lines[i]; !im.done[i] && wordCount(l) <= 12 && !endsSentence(l) && guestRoleRE.MatchString(l) && im.droppedNext(i) {
			if p := im.above(i); p > title && wordCount(im.lines[p]) >= 25 {
				im.drop(i, RuleBio, "a guest author's role under the last paragraph")
				continue
			}
		}
		if !im.done[i] && wordCount(im.lines[i]) <= 50 && (bioRE.MatchString(im.lines[i]) || underAuthor || im.authorIs(im.lines[i])) {
			im.drop(i, RuleBio, "a sentence about the author at the end")
			if j := im.next(i, true); j > 0 && !im.done[j] && wordCount(im.lines[j]) <= 60 && (bioVerbRE.MatchString(im.lines[j]) || firstPersonBioRE.MatchString(im.lines[j])) {
				im.drop(j, RuleBio, fmt.Sprintf("what the author of line %d writes about", i+1)) // "Redakteur Berlin", "Schreibt über …"
			}
			if p := im.prev(i); p > title && nameShaped(titleCase(im.lines[p])) {
				im.drop(p, RuleBio, fmt.Sprintf("the name over the author's biography (line %d)", i+1))
				if q := im.prev(p); q > title && byLabelRE.MatchString(im.lines[q]) {
					im.drop(q, RuleBio, "the label of the author's box at the end") // "Escrito por:"
				}
				// "Dana Whitlock" over "The Sacramento Bee": the name
				// over the outlet's.
				if q := im.prev(p); q > title && placeOrOutlet(im.lines[p]) && nameShaped(titleCase(im.lines[q])) && !placeOrOutlet(im.lines[q]) {
					im.drop(q, RuleBio, fmt.Sprintf("the name over the author's biography (line %d)", i+1))
				}
			}
		}
		// "Ik onderzoek wie er betaalt …" under the author's name and
		// role, which another rule dropped with the box around them.
		if !im.done[i] && wordCount(im.lines[i]) <= 60 && firstPersonBioRE.MatchString(im.lines[i]) {
			if p := im.above(i); p > title && im.done[p] && im.rep.Entries[p].Kind == KindDropped && roleText(im.lines[p]) != "" && hasRoleWord(im.lines[p]) {
				im.drop(i, RuleBio, fmt.Sprintf("the author's word about their work, under their role (line %d)", p+1))
			}
		}
		// "Escrito por:" alone, then the name, then the role and the
		// rest of the biography: the author's box.
		if p := im.next(i, true); !im.done[i] && byLabelRE.MatchString(im.lines[i]) && p > 0 && !im.done[p] && nameShaped(titleCase(im.lines[p])) {
			im.drop(i, RuleBio, "the label of the author's box at the end")
			im.drop(p, RuleBio, fmt.Sprintf("the name in the author's box (line %d)", i+1))
			if q := im.next(p, true); q > 0 && wordCount(im.lines[q]) <= 50 && hasRoleWord(firstWords(im.lines[q], 3)) {
				im.drop(q, RuleBio, fmt.Sprintf("the role in the author's box (line %d)", i+1))
			}
		}
	}
	im.authorBoxes(title)
	// What follows a comments heading or an author box heading: the
	// comment policy, the author's name, role and biography. open is the
	// first undecided line after the heading; lines are only ever
	// decided, so it only moves on, and a thread of ten thousand dropped
	// lines is crossed once, not once per line.
	open := 0
	for i := title + 1; i < n; i++ {
		rule := im.rep.Entries[i].Rule
		if rule != "boilerplate/comments" && rule != "boilerplate/bio" || strings.HasPrefix(im.rep.Entries[i].Why, "under ") {
			continue // (what went under a heading heads nothing)
		}
		open = max(open, i+1)
		for k := 0; k < 3; k++ {
			for open < n && (im.lines[open] == "" || im.done[open]) {
				open++
			}
			j := open
			if j >= n || wordCount(im.lines[j]) > 50 {
				break
			}
			l := strings.ToLower(im.lines[j])
			if rule == "boilerplate/comments" && !strings.Contains(l, "coment") && !strings.Contains(l, "comment") &&
				!strings.Contains(l, "kommentar") && !strings.Contains(l, "reactie") && !strings.Contains(l, "koment") && !strings.Contains(l, "комент") {
				break
			}
			// "More by this Author" in the header, over the date and the
			// story: a paragraph of the story is no biography.
			if rule == "boilerplate/bio" && wordCount(im.lines[j]) >= 20 && endsSentence(im.lines[j]) && !bioRE.MatchString(im.lines[j]) {
				break
			}
			im.drop(j, rule, fmt.Sprintf("under %q (line %d)", im.lines[i], i+1))
		}
	}
	// A video label alone and the video's title under it; not a menu's
	// label among four or more ("Ofertas", "Podcast", then the headline).
	for i := title + 1; i < n; i++ {
		if im.rep.Entries[i].Rule == "boilerplate/video" && videoLabelRE.MatchString(im.lines[i]) && !im.inMenu(i) {
			if j := im.videoTitle(i); j >= 0 && wordCount(im.lines[j]) <= 20 && !endsSentence(im.lines[j]) {
				im.drop(j, "boilerplate/video", fmt.Sprintf("the title of the video of line %d", i+1))
			}
		}
	}
	// Runs of short lines.
	var run []int
	flush := func() {
		var open []int
		for _, k := range run {
			if !im.done[k] && !im.givenBack[k] {
				open = append(open, k)
			}
		}
		// Two undecided lines at least, or one among four or more
		// that the table has already dropped ("Partager", "Commenter");
		// not the items of a list that a colon opens ("Zum Start machen
		// diese Kirchen mit:" over "Dom St. Peter").
		// The colon may be one longer item up ("diese Landkreise:" over
		// "Landkreis Kassel und die Stadt Kassel" over "Werra-Meißner-Kreis").
		colonList := false
		if len(run) > 0 {
			a := im.above(run[0])
			if a >= 0 && !im.done[a] && !strings.HasSuffix(im.lines[a], ":") && wordCount(im.lines[a]) <= 8 && !endsSentence(im.lines[a]) {
				a = im.above(a)
			}
			colonList = a >= 0 && !im.done[a] && strings.HasSuffix(im.lines[a], ":")
		}
		// The run's last line, set apart by blank lines over a long
		// paragraph, is the heading of the story's next part, not one of
		// the buttons of the box above it ("Je m’abonne", "", "Des
		// producteurs partagés", "", the paragraph); or right under an
		// advertisement's notice ("This advertisement has not loaded
		// yet…", "Detour through Kenilworth access").
		spare := -1
		if k := len(run) - 1; len(open) >= 2 && open[len(open)-1] == run[k] && run[k] > 0 && (im.lines[run[k]-1] == "" || im.rep.Entries[run[k]-1].Rule == "boilerplate/ad") && run[k]+1 < len(im.lines) && im.lines[run[k]+1] == "" {
			if next := im.nextLine(run[k]); next > run[k]+1 && !im.done[next] && wordCount(im.lines[next]) >= 15 && shapedAsHeading(im.lines[run[k]]) {
				spare = run[k]
			}
		}
		// One open line set apart by blank lines over a paragraph is a
		// heading after a block of furniture (a video teaser), not one
		// of its buttons.
		// Pasted without blank lines, it is the run's last line, shaped
		// as a heading, over a paragraph ("Ende der weiteren
		// Informationen", "Schulbusse und Bahn", the paragraph).
		lone := len(open) == 1 && len(run)-len(open) >= 4
		if lone {
			k := open[0]
			next := im.nextLine(k)
			if im.spaced {
				lone = !(k > 0 && im.lines[k-1] == "" && next > k+1 && !im.done[next] && wordCount(im.lines[next]) >= 15)
			} else {
				lone = !(k == run[len(run)-1] && next == k+1 && !im.done[next] && wordCount(im.lines[next]) >= 15 && shapedAsHeading(im.lines[k]))
			}
		}
		// Half the run or more a label and a number ("Defesa Civil:
		// 199", "Samu: 192"): the numbers to call, under their heading.
		// A line with a book's pages or ISBN: the details of the book
		// a review is about ("Anagrama, 2026", "296 páginas. 19,90 euros").
		// Two ranked lines with a figure ("1. Ferrandi in 8h47'31\";",
		// "2. Basaguren a 13\";"): a table of results, not "1. Bundesliga",
		// "2. Bundesliga".
		// Three or more lines numbered from 1 ("1. Acqua ferma", "2.
		// Sulzano"): a tracklist or a ranking, the story's own list.
		drop := !colonList && (len(run) >= 3 && len(open) >= 2 || lone) && numberedFromOne(im.lines, open) < 3
		if drop {
			numbers, book, ranked := 0, false, 0
			for _, k := range run {
				if numberLine(im.lines[k]) || ingredient(im.lines[k]) {
					numbers++ // "Samu: 192"; "Calabaza, 500 g", "300 g de lentejas"
				}
				if rankedRE.MatchString(im.lines[k]) {
					ranked++
				}
				book = book || bookDetail(im.lines[k])
			}
			drop = !book && ranked < 2 && numbers*2 < len(run)
		}
		if drop {
			for _, k := range open {
				// "Por Keila Ortiz Ríos" among the caption's credit, the
				// date and "Compartir", above the story, where the header
				// found no author: the byline, no button.
				if names, _, by := bylineLine(im.lines[k], true); by && byWordRE.MatchString(im.lines[k]) && len(im.doc.Meta.Authors) == 0 && len(names) > 0 && !im.bodyAbove(title, k) &&
					!slices.ContainsFunc(names, func(n string) bool { return !nameShaped(n) || classifyCredit(n) != person }) {
					for _, n := range names {
						im.credit(k, RuleBylineBy, n)
					}
					continue
				}
				if k != spare {
					im.drop(k, RuleShortRun, fmt.Sprintf("in a run of %d short lines without sentence punctuation (lines %d-%d): menu, buttons or tags", len(run), run[0]+1, run[len(run)-1]+1))
				}
			}
		}
		run = run[:0]
	}
	for i := title + 1; i < n; i++ {
		text := im.lines[i]
		switch {
		case text == "":
			if !im.spaced {
				flush()
			}
		case im.done[i] && im.rep.Entries[i].Kind == KindDropped && im.rep.Entries[i].Rule != RuleSignoff,
			!im.done[i] && shortLine(text) && im.blocks[i] == nil:
			run = append(run, i)
		default:
			flush()
		}
	}
	flush()
	// Repeated short lines, and lines that repeat a dropped one.
	count := map[string]int{}
	droppedText := map[string]int{}
	for i, text := range im.lines {
		if text == "" {
			continue
		}
		count[text]++
		if im.done[i] && im.rep.Entries[i].Kind == KindDropped {
			if _, ok := droppedText[text]; !ok {
				droppedText[text] = i
			}
		}
	}
	for i := title + 1; i < n; i++ {
		text := im.lines[i]
		if im.done[i] || text == "" {
			continue
		}
		if k, ok := droppedText[text]; ok && k < i {
			im.drop(i, RuleRepeated, fmt.Sprintf("repeats line %d, which was dropped", k+1))
			continue
		}
		if count[text] < 2 {
			continue
		}
		// "Créditos: Nuno Alves" under two captions, or over them: one
		// photographer's two photos, no interface text.
		if _, credit := creditLine(text); credit && creditLabelRE.MatchString(text) && (i > 0 && im.lines[i-1] != "" && !im.done[i-1] || i+1 < n && im.lines[i+1] != "" && !im.done[i+1]) {
			continue
		}
		// Nor is the photographer the byline named, under each caption.
		if im.bylinePhotographer(text) {
			continue
		}
		if wordCount(text) <= 6 && !endsSentence(text) && !endsQuestion(text) && !bulletRE.MatchString(text) {
			im.drop(i, RuleRepeated, fmt.Sprintf("a short line that the page repeats %d times: interface text", count[text]))
		}
	}
	// After the body.
	last := -1
	for i := n - 1; i > title; i-- {
		if im.done[i] && im.blocks[i] == nil || im.lines[i] == "" {
			continue
		}
		if t := im.lines[i]; im.blocks[i] != nil || (endsSentence(t) || endsQuestion(t)) && wordCount(t) >= 5 || im.factBoxLine(i) || reviewLineRE.MatchString(t) {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	furniture := false // a line dropped since the body's last sentence
	for i := last + 1; i < n; i++ {
		text := im.lines[i]
		if text == "" {
			continue
		}
		if im.done[i] {
			furniture = furniture || im.rep.Entries[i].Kind == KindDropped
			continue
		}
		switch {
		case emailShaped(text):
			im.drop(i, RuleAfterBody, fmt.Sprintf("an e-mail address after the last sentence of the body (line %d): the author's", last+1))
			furniture = true
		case shortLine(text):
			im.drop(i, RuleAfterBody, fmt.Sprintf("a short line after the last sentence of the body (line %d): tags or links", last+1))
			furniture = true
		case wordCount(text) <= 3 && strings.HasSuffix(text, ":") && im.shortOrDroppedAfter(i):
			// "Tag :", "বিষয় :", "Emner:" over the tags.
			im.drop(i, RuleAfterBody, fmt.Sprintf("a label over short lines after the last sentence of the body (line %d): tags or links", last+1))
			furniture = true
		case furniture && wordCount(text) <= 4 && endsQuestion(text):
			// "Déjà inscrit sur" / "la Croix ?": a log-in prompt's question.
			im.drop(i, RuleAfterBody, fmt.Sprintf("a short question among furniture after the last sentence of the body (line %d): a prompt", last+1))
		case furniture && wordCount(text) <= 25 && !endsSentence(text) && !endsQuestion(text) && !bulletRE.MatchString(text):
			// "More Stories From NPR", "Mais do Globo": the headlines of
			// other stories under furniture, after the body's end.
			im.drop(i, RuleAfterBody, fmt.Sprintf("a headline among furniture after the last sentence of the body (line %d): a list of other stories", last+1))
		}
	}
}

// body decides every line after the headline that the earlier passes
// left, and places the figures.
func (im *importer) body(title int) {
	var prev document.Block
	add := func(b document.Block) {
		im.doc.Blocks = append(im.doc.Blocks, b)
		prev = b
	}
	for i := 0; i < title; i++ {
		if b := im.blocks[i]; b != nil {
			add(b) // the lead photo above the headline
		}
	}
	var content []int // figure starts and undecided lines, in order
	for i := title + 1; i < len(im.lines); i++ {
		if im.blocks[i] != nil || !im.done[i] {
			content = append(content, i)
		}
	}
	listOpen := -1 // a paragraph that ends with a colon, while its items follow one to a line
	lastItem := -1 // the line of the list's last item
	shortest := 0  // the words of the list's shortest item
	// An interview: two questions or more, each answered by a quotation,
	// or by a paragraph where the introduction says it is an interview
	// ("Our conversation has been edited for length and clarity").
	interview := false
	for _, i := range content[:min(len(content), 8)] {
		interview = interview || im.blocks[i] == nil && interviewNoteRE.MatchString(im.lines[i])
	}
	answered := map[int]bool{}
	for c := 0; c+1 < len(content); c++ {
		if q, a := content[c], content[c+1]; im.blocks[q] == nil && im.blocks[a] == nil && endsQuestion(im.lines[q]) && wordCount(im.lines[q]) <= 25 &&
			(opensQuote(im.lines[a]) || interview && wordCount(im.lines[a]) >= 15) {
			answered[q] = true
		}
	}
	if len(answered) < 2 {
		clear(answered)
	}
	for c := 0; c < len(content); c++ {
		i := content[c]
		// A list follows its colon on the next line, or across one blank
		// line right under it ("… nos seguintes horários:", "", "Segunda
		// a sexta-feira: das 7h às 19h").
		// In a copy with a blank line after every block, the items too
		// are a blank line apart, and the list ends over the paragraph a
		// heading would head ("Detours during construction"), unless
		// the line is as long as every item and longer than a heading
		// runs ("Run the cold water tap for five minutes after …").
		spacedItem := im.spaced && lastItem == i-2 && (c+1 == len(content) || wordCount(im.lines[content[c+1]]) <= 20 ||
			listOpen >= 0 && longItem(im.lines[i], shortest))
		if c == 0 || content[c-1] != i-1 && !(listOpen == content[c-1] && listOpen == i-2) && !spacedItem {
			listOpen = -1
		}
		if b := im.blocks[i]; b != nil {
			add(b)
			continue
		}
		text := im.lines[i]
		pos := document.Pos{Line: i + 1}
		if _, ok := listItem(text); ok && !im.dashQuote(content, c) {
			l := &document.List{Pos: pos}
			for ; c < len(content); c++ {
				j := content[c]
				item, ok := listItem(im.lines[j])
				if !ok || im.blocks[j] != nil {
					break
				}
				l.Items = append(l.Items, document.ListItem{Blocks: []document.Block{&document.Paragraph{Pos: document.Pos{Line: j + 1}, Text: str(item)}}})
				im.decide(j, KindListItem, RuleListItem, fmt.Sprintf("item %d of a bulleted list", len(l.Items)))
			}
			c--
			add(l)
			continue
		}
		if i == im.standfirst {
			add(&document.Paragraph{Pos: pos, Text: str(text)})
			im.decide(i, KindParagraph, RuleStandfirst, "the standfirst under the headline: the first paragraph, and the description", "description")
			continue
		}
		if k := slices.Index(im.points, i); k >= 0 {
			add(&document.Paragraph{Pos: pos, Text: str(text)})
			im.decide(i, KindParagraph, RuleStandfirst, fmt.Sprintf("the standfirst's point %d, above the byline: a paragraph", k+2))
			continue
		}
		if listOpen >= 0 && (wordCount(text) <= 20 || lastItem == i-1 && wordCount(text) <= 40 && colonLabelled(text) && colonLabelled(im.lines[i-1])) {
			// "The first 12 sites include:" over "Six lots along
			// Greenwood Avenue", one item to a line: no headings. An item
			// with a full stop is the last. A longer item stays in the
			// list when it is labelled like the one before ("Dader 1: …"
			// over "Dader 2: …").
			add(&document.Paragraph{Pos: pos, Text: str(text)})
			im.decide(i, KindParagraph, RuleParagraph, fmt.Sprintf("an item of the list that line %d opens with a colon", listOpen+1))
			if lastItem < listOpen {
				shortest = wordCount(text)
			}
			shortest = min(shortest, wordCount(text))
			lastItem = i
			if endsSentence(text) {
				listOpen = -1
			}
			continue
		}
		listOpen = -1
		if c > 0 && content[c-1] == i-1 && labelValueRE.MatchString(text) && labelValueRE.MatchString(im.lines[i-1]) || im.factBoxLine(i) {
			// "Coldest night: -14.2C" over "Hottest day: 33.1C": a fact
			// box's lines, one after the other, are no headings.
			add(&document.Paragraph{Pos: pos, Text: str(text)})
			im.decide(i, KindParagraph, RuleParagraph, "a label and its value, beside another: a fact box's line")
			continue
		}
		if answered[i] {
			add(&document.Paragraph{Pos: pos, Text: str(text)})
			why := "an interviewer's question, answered by a quotation"
			if interview {
				why = "an interviewer's question, where the introduction says it is an interview"
			}
			im.decide(i, KindParagraph, RuleParagraph, fmt.Sprintf("%s (one of %d)", why, len(answered)))
			continue
		}
		if a, ok := im.datelineAlone(content, c); ok {
			if a != "" && im.doc.Meta.Source == nil {
				im.sources(i, []string{a}, "a wire dateline on its own line over the first paragraph")
				continue
			}
			im.drop(i, RuleDateline, "the place the story was filed from, in capitals on its own line over the first paragraph")
			continue
		}
		ok, why := im.heading(text, prev, c+1 < len(content))
		if tickerTitleRE.MatchString(text) {
			ok, why = true, "a live page's entry title, with its time, between plus signs"
		}
		if ok && im.numberedItem(i) {
			ok, why = false, "a numbered line among others, or the label over them: a list's"
		}
		if ok && c+1 < len(content) && im.blocks[content[c+1]] == nil && citationRE.MatchString(im.lines[content[c+1]]) {
			ok, why = false, "the label of the citation under it" // "Journal reference:" over "Nature Microbiology DOI: 10.1038/…"
		}
		if ok {
			add(&document.Heading{Pos: pos, Level: 2, Text: str(text)})
			im.decide(i, KindHeading, RuleHeading, why)
			continue
		}
		// Two heading-shaped lines set apart, the second over the body
		// text: the second heads the section, and the first, a teaser, a
		// pull quote or a caption with no credit, is set as a paragraph.
		// (Glued together they are a heading and its subheading.)
		if h, isHeading := prev.(*document.Heading); isHeading && h.Pos.Line < i && im.lines[i-1] == "" && c+1 < len(content) && im.blocks[content[c+1]] == nil && wordCount(im.lines[content[c+1]]) >= 15 {
			if shaped, _ := headingShape(text); shaped && !isSignoff(text) {
				im.doc.Blocks[len(im.doc.Blocks)-1] = &document.Paragraph{Pos: h.Pos, Text: h.Text}
				im.decide(h.Pos.Line-1, KindParagraph, RuleParagraph, fmt.Sprintf("not a heading: over the heading of line %d, which heads the body text", i+1))
				add(&document.Heading{Pos: pos, Level: 2, Text: str(text)})
				im.decide(i, KindHeading, RuleHeading, fmt.Sprintf("a short line that does not end like a sentence, over the body text, under another (line %d)", h.Pos.Line))
				continue
			}
		}
		add(&document.Paragraph{Pos: pos, Text: str(text)})
		im.decide(i, KindParagraph, RuleParagraph, "not a heading: "+why)
		if strings.HasSuffix(text, ":") {
			listOpen = i
		}
	}
	if len(im.doc.Blocks) == 0 {
		im.rep.Warnings.Addf(diag.Position{File: im.name}, "no body text was found after the headline and byline")
	}
}

// datelineAlone reports a dateline on its own line over the body's first
// paragraph, and the agency it credits: the place in capitals, as
// Anadolu prints it ("ATHENS"), or the place, the date and the agency
// ("HUELVA, 12 Mar. (EUROPA PRESS) -"). Only photos and the standfirst
// come before the place alone; the agency's dateline is among the first
// lines of the body.
func (im *importer) datelineAlone(content []int, c int) (agency string, ok bool) {
	i := content[c]
	text := im.lines[i]
	if c+1 >= len(content) {
		return "", false
	}
	if agency, ok = datelineOnly(text); !ok {
		return "", false
	}
	if next := content[c+1]; im.blocks[next] != nil || wordCount(im.lines[next]) < 15 {
		return "", false
	}
	if agency != "" {
		return agency, c <= 4 // the standfirst may run to two paragraphs, as Europa Press's does
	}
	for _, j := range content[:c] {
		if im.blocks[j] == nil && j != im.standfirst && !slices.Contains(im.points, j) {
			return "", false
		}
	}
	return "", true
}

// datelineOnly reports a line that is only a dateline, and the agency it
// credits: "ATHENS", "BAIDOA, Somalia", "HUELVA, 12 Mar. (EUROPA PRESS) -".
func datelineOnly(text string) (agency string, ok bool) {
	if m := datelineAloneRE.FindStringSubmatch(text); m != nil {
		if a, found := agencyNames[strings.ToLower(m[1])]; found {
			return a, true
		}
	}
	if placeCountryRE.MatchString(text) || placeDayRE.MatchString(text) {
		return "", true // "BAIDOA, Somalia", "Paris, le 12 mars 2025"
	}
	return "", allCaps(text) && wordCount(text) <= 3 && !strings.ContainsAny(text, "0123456789.,:;|/()") && agencyNames[strings.ToLower(text)] == ""
}

// placeDayRE is a release's place and day: "Paris, le 12 mars 2025",
// "Madrid, 12 de marzo de 2025".
var placeDayRE = re(`^\p{Lu}[\p{L}'’ -]{1,30}, (?:le |el |den )?\d{1,2}(?:er|º)?\.? (?:de )?\p{L}+\.? (?:de )?\d{4}$`)

// placeCountryRE is a dateline's place in capitals and its country:
// "BAIDOA, Somalia".
var placeCountryRE = re(`^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$`)

// datelineAloneRE is a wire dateline with nothing after its dash: "HUELVA,
// 12 Mar. (EUROPA PRESS) -".
var datelineAloneRE = re(`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s*\d{1,2}(?:\s+\p{L}{3,10}\.?)?\s*\((\p{Lu}[\p{Lu} ]{0,20}\p{Lu})\)\s*[-–—]?$`)

// numberedItem reports a line of a run of numbered lines ("1. Davide
// Rota (Podisti Alzano 2010) 1h09'41\"", "2. Marco Pezzotta …"), with a
// numbered line right above or below it, or a label over such a run
// ("Uomini:"): a results table or a list printed line by line, no
// headings.
func (im *importer) numberedItem(i int) bool {
	numbered := func(j int) bool { return j >= 0 && j < len(im.lines) && numberedRE.MatchString(im.lines[j]) }
	below := func(j int) int { // the next non-blank line, decided or not
		for j++; j < len(im.lines) && im.lines[j] == ""; j++ {
		}
		return j
	}
	if numbered(i) {
		return numbered(im.above(i)) || numbered(below(i))
	}
	return strings.HasSuffix(im.lines[i], ":") && numbered(below(i)) && numbered(below(below(i)))
}

// numberedNext reports whether line b is numbered one more than line a:
// "2. …" over "3. …".
func numberedNext(a, b string) bool {
	if !numberedRE.MatchString(a) || !numberedRE.MatchString(b) {
		return false
	}
	x, _ := itemNumber(a)
	y, _ := itemNumber(b)
	return y == x+1
}

// numberedRE opens a numbered line: "1. ", "12. ".
var numberedRE = re(`^\d{1,3}\. \S`)

// opensQuote reports whether text opens with a quotation mark.
func opensQuote(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune("«“\"„‘‹", r)
}

// leadCaptionAbove splits a caption whose credit a label opens inside
// the brackets that end it ("(Quelle: dpa/X)", "(Foto: X)"): a layout
// that no headline, kicker or byline takes.
func leadCaptionAbove(text string) (caption, credit string, ok bool) {
	head, inner, _, _, found := finalBracket(text)
	if !found || wordCount(head) < 4 {
		return "", "", false
	}
	m := creditLabelRE.FindStringSubmatch(inner)
	if m == nil || !strings.Contains(m[1], ":") || !creditShaped(m[2]) && !signedCredit(m[2]) {
		return "", "", false
	}
	return strings.TrimSpace(head), strings.TrimSpace(m[2]), true
}

// dateBetween reports whether a line between a and b was read as the
// header's date: "Sociedade", "12-03-2025 10:00", then the headline.
func (im *importer) dateBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if r := im.rep.Entries[i].Rule; im.done[i] && (r == RuleDateline || r == RuleUpdate) {
			return true
		}
	}
	return false
}

// datedKickers reports a date among the kickers ks right over the line h
// ("ਬੁੱਧਵਾਰ, 12 ਮਾਰਚ 2025", "ਪੰਜਾਬ", then the headline), when what
// follows h is no kicker: the page's date over its headline.
func (im *importer) datedKickers(ks []int, h int) bool {
	if n := im.next(h, true); n < 0 || kickerShaped(im.lines[n]) {
		return false
	}
	return slices.ContainsFunc(ks, func(k int) bool {
		d, up, _, ok := dateLine(im.lines[k])
		return ok && d != "" && !up
	})
}

// crumbTrail reports whether s is what a breadcrumb puts before the
// page's title: a place and a colon ("Augsburg: "), or labels each
// followed by a slash or an arrow ("Accueil/Régions/", "Home > News > ").
func crumbTrail(s string) bool {
	if place, ok := strings.CutSuffix(s, ": "); ok {
		return kickerShaped(place)
	}
	sep := func(r rune) bool { return r == '/' || r == '>' || r == '›' || r == '»' }
	t := strings.TrimRight(s, " ")
	if last, _ := utf8.DecodeLastRuneInString(t); !sep(last) {
		return false
	}
	parts := strings.FieldsFunc(t, sep)
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !kickerShaped(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// shapedAsHeading is headingShape's verdict alone.
func shapedAsHeading(text string) bool {
	ok, _ := headingShape(text)
	return ok
}

// factBoxLine reports whether line i is a label and its value with
// another right above or below it: a fact box ("Bauzeit: 6. Mai bis Ende
// Juni" under "Neue Breite: vier Meter"), which is the story's.
func (im *importer) factBoxLine(i int) bool {
	// The line above or below, across a blank line ("Quando:
	// sexta-feira (14), às 15h", "", "Onde: …").
	near := func(k, step int) int {
		if k += step; k >= 0 && k < len(im.lines) && im.lines[k] == "" {
			k += step
		}
		if k < 0 || k >= len(im.lines) {
			return -1
		}
		return k
	}
	fact := func(k int) bool { return k >= 0 && labelValueRE.MatchString(im.lines[k]) }
	if !fact(i) || !fact(near(i, -1)) && !fact(near(i, 1)) {
		return false
	}
	// Not under a dropped line: "Mehr aus Leibnitz" over "Leibnitz: Neue
	// Radbrücke über die Sulm freigegeben" heads other stories.
	// The box's first line, found once for the box: every line of a
	// long box asks, and walking back from each would not be linear.
	first := i
	for p := near(first, -1); fact(p); p = near(first, -1) {
		if f, ok := im.boxFirst[p]; ok {
			first = f
			break
		}
		first = p
	}
	if im.boxFirst == nil {
		im.boxFirst = map[int]int{}
	}
	im.boxFirst[i] = first
	// Nor under two headline-shaped lines, where a box has one title:
	// "Mehr Linz" over "Neue Mistkübel am Donauufer sollen Krähen
	// abhalten" over "Hauptbahnhof: Rolltreppen werden …" is a list of
	// other stories.
	if above := im.lines[max(first-2, 0):first]; len(above) == 2 && above[0] != "" && above[1] != "" && listEntry(above[0]) && listEntry(above[1]) {
		return false
	}
	for j := first - 1; j >= 0; j-- {
		if im.lines[j] != "" {
			return !(im.done[j] && im.rep.Entries[j].Kind == KindDropped)
		}
	}
	return true
}

// labelValueRE is a fact box's line: a short label, a colon, its value.
var labelValueRE = re(`^[^:]{2,30}: \S[^:]{0,80}$`)

// kickerAbove reports whether text is one of the kickers dropped over
// the headline, line title.
func (im *importer) kickerAbove(text string, title int) bool {
	for k := range title {
		if im.lines[k] == text && im.done[k] && im.rep.Entries[k].Rule == RuleKicker {
			return true
		}
	}
	return false
}

// onlyFigures reports whether the body so far is figures alone.
func (im *importer) onlyFigures() bool {
	return !slices.ContainsFunc(im.doc.Blocks, func(b document.Block) bool {
		_, fig := b.(*document.Figure)
		return !fig
	})
}

// heading is the heading rule: a heading-shaped line between two parts of
// the body. It needs body text before it that is not itself a heading,
// and more body after it.
func (im *importer) heading(text string, prev document.Block, more bool) (bool, string) {
	ok, why := headingShape(text)
	switch {
	case !ok:
		return false, why
	case isSignoff(text):
		return false, "a sign-off that credits contributors"
	case jaSpeakerQuoteRE.MatchString(text):
		return false, "a speaker's words in quotation marks, under who speaks in brackets"
	case factCheckLabelRE.MatchString(text) && more:
		return true, "a heading of a fact-check's claim box"
	case prev == nil:
		return false, why + ", but no body text comes before it"
	case wordCount(text) >= 10 && im.onlyFigures():
		return false, why + ", but only the lead photo comes before it: the standfirst"
	case !more:
		return false, why + ", but no body text comes after it"
	}
	if _, isHeading := prev.(*document.Heading); isHeading {
		return false, why + ", but it follows a heading"
	}
	return true, why + ", between parts of the body"
}

// uncredited makes line i the caption of a new figure with no credit,
// and warns that the manuscript should give one.
func (im *importer) uncredited(i int, caption, why string) {
	// "Image: Idris Coyle celebrates …": the label before a caption with
	// no credit, as Sky's pages print it, is no part of the caption.
	if rest, ok := strings.CutPrefix(caption, "Image: "); ok && wordCount(rest) >= 4 && startsUpper(rest) {
		caption = rest
	}
	fig := im.figure(i, -1, "", "")
	im.caption(fig, i, caption, why)
	im.warn(i, "figure %d has no photo credit; add credit=\"...\" in the manuscript", im.nfig)
}

// figure starts figure N at line at, with its deterministic image path;
// the build shows a placeholder until a photo is put there. creditLine is
// the line that holds only the credit, or -1.
func (im *importer) figure(at, creditLine int, credit, why string) *document.Figure {
	im.nfig++
	// "(Nine)": the brackets round a whole credit are not the credit's,
	// nor the slash before it ("… 모습. /옥천군").
	if inner, ok := inBrackets(credit); ok {
		credit = inner
	}
	credit = strings.TrimSpace(strings.TrimPrefix(credit, "/"))
	fig := &document.Figure{Pos: document.Pos{Line: at + 1}, Src: fmt.Sprintf("images/figure-%d.jpg", im.nfig), Credit: credit}
	im.blocks[at] = fig
	if creditLine >= 0 {
		if why == "" {
			why = "photo credit"
		}
		why = fmt.Sprintf("%s of figure %d (%s)", why, im.nfig, fig.Src)
		if credit == "" {
			why += ", empty"
			im.warn(creditLine, "figure %d has an empty photo credit", im.nfig)
		}
		im.decide(creditLine, KindFigureCredit, RuleFigureCredit, why)
	}
	return fig
}

// caption sets the caption of fig from line i. A "FILE - " prefix, which
// wire services put on archive photos, is dropped and noted.
func (im *importer) caption(fig *document.Figure, i int, caption, why string) {
	for _, suf := range furnitureSuffixes {
		if c, found := strings.CutSuffix(caption, suf); found && wordCount(c) >= 3 {
			caption = strings.TrimSpace(c)
			why += fmt.Sprintf("; %q after it was dropped", strings.TrimSpace(suf))
			break
		}
	}
	if m := bannerLabelRE.FindString(caption); m != "" {
		caption = caption[len(m):]
		why += fmt.Sprintf("; its label %q was dropped", strings.TrimSpace(m))
	}
	// "▲南屯區…": the triangle Taiwanese sites point at the photo with.
	if c, found := strings.CutPrefix(caption, "▲"); found && c != "" {
		caption = strings.TrimSpace(c)
		why += `; the pointer "▲" was dropped`
	}
	if m := fileRE.FindString(caption); m != "" {
		caption = caption[len(m):]
		why += fmt.Sprintf("; the %q prefix of an archive photo was dropped", strings.TrimSpace(m))
	}
	if c, found := ArchiveCredit(fig.Credit); found {
		fig.Credit = c
		why += "; \", File\" (an archive photo) was dropped from the credit"
	}
	if caption == "" {
		im.decide(i, KindFigureCaption, RuleFigureCaption, fmt.Sprintf("%s of figure %d, empty", why, im.nfig))
		return
	}
	fig.Caption = str(caption)
	fig.Alt = altFromCaption(caption)
	im.decide(i, KindFigureCaption, RuleFigureCaption, fmt.Sprintf("%s: caption of figure %d; alt text derived from it", why, im.nfig), "alt")
}

// bannerLabelRE labels a caption: the story's top photo's, printed under
// the story ("Banner image: "), or any, as EurekAlert! does ("IMAGE: ").
var bannerLabelRE = re(`^(?:(?i:banner image|top image|header image|featured image|lead image)|IMAGE)\s*:\s+`)

// language applies the language rule to the text that was kept;
// Options.Lang and Meta.Lang override it.
func (im *importer) language(opt Options) {
	var kept []string
	for _, e := range im.rep.Entries {
		switch e.Kind {
		case KindTitle, KindHeading, KindParagraph, KindListItem, KindFigureCaption:
			kept = append(kept, e.Text)
		}
	}
	lang, why, ok := detectLang(kept)
	im.doc.Meta.Lang, im.rep.LangWhy = lang, "detected: "+why
	switch {
	case opt.Lang != "":
	case opt.Meta != nil && opt.Meta.Lang != "":
		im.rep.LangWhy = "from the extra metadata"
	case !ok:
		im.rep.LangWhy += "; uncertain, assumed " + lang
		im.rep.Warnings.Addf(diag.Position{File: im.name}, "could not tell the language for sure (%s); assumed %s, set it with --lang", why, lang)
	}
}

func str(s string) []document.Inline { return []document.Inline{&document.Str{Text: s}} }

// nameWithJob reads a signature that gives the name and the job on one
// line: "Ange-Désiré Kouassi, Correspondant à Bouaké".
func nameWithJob(text string) (name, role string, ok bool) {
	names, role, ok := bylineLine(text, false)
	if !ok || len(names) != 1 || !hasRoleWord(role) {
		return "", "", false
	}
	return names[0], role, true
}

// authorBoxes drops the author's box after the body: the name of an
// author already credited, alone at the head of a block, over a role, the
// outlet or a sentence about them ("Jonas Weidenhammer" / "Redakteur
// Berlin" / "Schreibt über Stadtentwicklung …"; "Myriam Lessard-Côté" /
// "Journaliste, elle couvre …"), with the rest of the block.
func (im *importer) authorBoxes(title int) {
	if len(im.doc.Meta.Authors) == 0 {
		return
	}
	body := false // a paragraph of the body came before
	for i := title + 1; i < len(im.lines); i++ {
		text := im.lines[i]
		if !body {
			body = wordCount(text) >= 20
			continue
		}
		if im.done[i] && im.rep.Entries[i].Kind != KindByline || im.lines[i-1] != "" {
			continue
		}
		// "Mamadi Kourouma Condé, correspondant régional de Guinéenews à
		// Kankan": the name with its job on one line.
		name, _, withRole := nameWithJob(text)
		if !withRole {
			name = text
		}
		if !slices.ContainsFunc(im.doc.Meta.Authors, func(a string) bool { return strings.EqualFold(a, titleCase(name)) }) {
			continue
		}
		// No more than three lines under the name, then a blank or the
		// furniture already dropped.
		dropped := func(j int) bool { return im.done[j] && im.rep.Entries[j].Kind == KindDropped }
		end := i
		for j := i + 1; j < len(im.lines) && j <= i+3 && im.lines[j] != "" && !dropped(j); j++ {
			end = j
		}
		if end == i && !withRole || end+1 < len(im.lines) && im.lines[end+1] != "" && !dropped(end+1) {
			continue
		}
		if under := im.lines[min(i+1, end)]; !withRole && !(hasRoleWord(firstWords(under, 3)) || placeOrOutlet(under) || bioRE.MatchString(under) || bioVerbRE.MatchString(under)) {
			continue
		}
		for j := i; j <= end; j++ {
			if wordCount(im.lines[j]) > 50 {
				end = -1
			}
		}
		for j := i; j <= end; j++ {
			if !im.done[j] {
				im.drop(j, RuleBio, fmt.Sprintf("the author's box after the body, under the name of an author (line %d)", i+1))
			}
		}
	}
}

// firstPersonBioRE opens an author's word about their work, under their
// name and role: "Ik onderzoek wie er betaalt …", "I cover …".
var firstPersonBioRE = re(`^(?:Ik (?:onderzoek|schrijf|volg|doe)|I (?:investigate|cover|write about|report on)|Je (?:couvre|m['’]intéresse|travaille sur|suis)|Escribo sobre|Cubro|Investigo|Ich (?:berichte|schreibe|recherchiere)|Scrivo di|Mi occupo di|Escrevo sobre|Cobro)\b`)

// bioVerbRE opens a sentence about the author that leaves out the name:
// "Schreibt über Stadtentwicklung", "Covers city hall".
var bioVerbRE = re(`^(?:Covers|Writes about|Reports on|Cubre|Escribe sobre|Couvre|Écrit sur|Cobre|Escreve sobre|Schreibt über|Berichtet über|Scrive di|Si occupa di|Schrijft over|Escriu sobre)\b`)

// badgedCards drops the card of another story that closes with a
// subscriber's badge: a block of a kicker and a headline over "Abo"
// ("Freibad Brugg" / "Sanierung für 9 Millionen: …" / "Abo"), as CH
// Media and others print their links between paragraphs.
func (im *importer) badgedCards(title int) {
	for i := title + 3; i < len(im.lines); i++ {
		if im.done[i] || !paywallBadgeRE.MatchString(im.lines[i]) || i+1 < len(im.lines) && im.lines[i+1] != "" {
			continue
		}
		from := i
		for from > title+1 && i-from < 3 && im.lines[from-1] != "" {
			from--
		}
		if from == i || im.lines[from-1] != "" {
			continue // no headline over the badge, or more than three lines
		}
		card := true
		for j := from; j < i; j++ {
			t := im.lines[j]
			card = card && !im.done[j] && wordCount(t) <= 20 && !endsSentence(strings.TrimSuffix(t, ":")) && startsUpper(t)
		}
		if !card {
			continue
		}
		for j := from; j <= i; j++ {
			im.drop(j, RuleTeaser, fmt.Sprintf("a card of another story with a subscriber's badge (line %d)", i+1))
		}
	}
}

// paywallBadgeRE is the badge that marks a story for subscribers.
var paywallBadgeRE = re(`^(?i:abo|abo\+|plus|premium|exklusiv|exclusif|exclusivo|abonnés|assinante|esclusivo)$`)

// longItem reports a list item as long as the list's shortest (shortest
// words) and longer than a heading runs, without a full stop: the last
// item of a spaced list, not the heading of what follows.
func longItem(text string, shortest int) bool {
	n := wordCount(text)
	return n > 10 && n >= shortest && n <= 20 && !endsSentence(text)
}

// shortOrDroppedAfter reports whether the next non-empty line after line
// i is a short line, undecided or dropped already: a tag.
func (im *importer) shortOrDroppedAfter(i int) bool {
	j := im.nextLine(i)
	return j >= 0 && shortLine(im.lines[j]) && (!im.done[j] || im.rep.Entries[j].Kind == KindDropped)
}

// isDateLine reports whether line i is a date line ("March 12, 2025, at
// 3:41 p.m."), which no caption is.
func (im *importer) isDateLine(i int) bool {
	_, _, _, ok := dateLine(im.lines[i])
	return ok
}
