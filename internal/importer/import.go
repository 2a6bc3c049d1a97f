package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

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
	lines, err := readLines(r, name, &rep.Warnings)
	if err != nil {
		return nil, nil, err
	}
	if opt.Lang != "" {
		if _, err := language.Parse(opt.Lang); err != nil {
			return nil, nil, fmt.Errorf("language %q is not a BCP 47 tag (for example en, es, en-GB)", opt.Lang)
		}
	}
	im := &importer{name: name, lines: lines, rep: rep, doc: &document.Document{}}
	rep.Entries = make([]Entry, len(lines))
	for i, l := range lines {
		rep.Entries[i] = Entry{Line: i + 1, Text: l}
	}
	start := im.header()
	if start < 0 {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "is empty: it has only blank lines")
	}
	im.dropBoilerplate(start)
	im.body(start)
	im.language(opt)
	if opt.Meta != nil {
		MergeMeta(&im.doc.Meta, opt.Meta)
	}
	if opt.Lang != "" {
		im.doc.Meta.Lang, rep.LangWhy = opt.Lang, "set by option"
	}
	rep.Lang = im.doc.Meta.Lang
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
	name  string
	lines []string
	rep   *Report
	doc   *document.Document
	done  []bool // lines already decided by the header or boilerplate pass
	nfig  int
}

func (im *importer) decide(i int, kind, rule, why string, derived ...string) {
	e := &im.rep.Entries[i]
	e.Kind, e.Rule, e.Why, e.Derived = kind, rule, why, derived
	im.done[i] = true
}

func (im *importer) warn(i int, format string, args ...any) {
	im.rep.Warnings.Addf(diag.Position{File: im.name, Line: i + 1}, format, args...)
}

func (im *importer) blank(i int) { im.decide(i, KindBlank, RuleBlank, "") }

// header applies the headline rule and then the byline and dateline rules
// to the lines that follow it, until a line fits none of them. It returns
// the index of the first body line, or -1 when there is no text at all.
func (im *importer) header() int {
	im.done = make([]bool, len(im.lines))
	m := &im.doc.Meta
	i := 0
	for i < len(im.lines) && im.lines[i] == "" {
		im.blank(i)
		i++
	}
	if i == len(im.lines) {
		return -1
	}
	m.Title = im.lines[i]
	im.decide(i, KindTitle, RuleHeadline, "the first non-empty line")
	afterBy := false
	for i++; i < len(im.lines); i++ {
		text := im.lines[i]
		if text == "" {
			im.blank(i)
			continue
		}
		if row := matchBoilerplate(text); row != nil && !row.List {
			im.decide(i, KindDropped, "boilerplate/"+row.Name, row.Why+" in the header")
			continue
		}
		if item, ok := bylineItem(text); ok {
			im.credit(i, RuleBylineList, item)
			afterBy = false
			continue
		}
		if parts, ok := bylineBy(text); ok {
			for _, p := range parts {
				im.credit(i, RuleBylineBy, p)
			}
			afterBy = true
			continue
		}
		if afterBy && bylineRole(text) {
			m.Byline = append(m.Byline, text)
			im.decide(i, KindByline, RuleBylineRole, "the role under a \"By\" line: kept in the byline")
			afterBy = false
			continue
		}
		if why, ok := dateline(text); ok {
			im.decide(i, KindDropped, RuleDateline, why+" in the header")
			afterBy = false
			continue
		}
		break
	}
	return i
}

// credit files one byline part as a personal author or a credit.
func (im *importer) credit(i int, rule, s string) {
	m := &im.doc.Meta
	why := ""
	switch classifyCredit(s) {
	case person:
		m.Authors = append(m.Authors, s)
		why = fmt.Sprintf("%q is a personal author", s)
	case newsroom:
		m.Byline = append(m.Byline, s)
		why = fmt.Sprintf("%q is a newsroom credit, not a personal author", s)
	case outlet:
		m.Byline = append(m.Byline, s)
		why = fmt.Sprintf("%q names an organisation or a role: kept in the byline", s)
	}
	e := &im.rep.Entries[i]
	if e.Why != "" {
		why = e.Why + "; " + why
	}
	im.decide(i, KindByline, rule, why)
}

// dropBoilerplate applies the boilerplate table to the body. A row with
// List set also drops the list that follows it: the bullet items and
// short non-sentence lines after it, up to the first blank line after an
// item or the first line that reads as a sentence.
func (im *importer) dropBoilerplate(start int) {
	for i := start; i < len(im.lines); i++ {
		text := im.lines[i]
		if text == "" || im.done[i] {
			continue
		}
		row := matchBoilerplate(text)
		if row == nil {
			continue
		}
		rule := "boilerplate/" + row.Name
		im.decide(i, KindDropped, rule, row.Why)
		if !row.List {
			continue
		}
		items, head := 0, i
		for j := i + 1; j < len(im.lines); j++ {
			if im.lines[j] == "" {
				if items > 0 {
					break
				}
				continue
			}
			if !listEntry(im.lines[j]) {
				break
			}
			im.decide(j, KindDropped, rule, fmt.Sprintf("in the list under %q (line %d)", text, head+1))
			items++
			i = j
		}
	}
}

// body decides every line from start on that the earlier passes left.
func (im *importer) body(start int) {
	var content []int // undecided non-blank lines, in order
	for i := start; i < len(im.lines); i++ {
		switch {
		case im.done[i]:
		case im.lines[i] == "":
			im.blank(i)
		default:
			content = append(content, i)
		}
	}
	var prev document.Block
	add := func(b document.Block) {
		im.doc.Blocks = append(im.doc.Blocks, b)
		prev = b
	}
	for c := 0; c < len(content); c++ {
		i := content[c]
		text := im.lines[i]
		pos := document.Pos{Line: i + 1}

		if credit, ok := figureCredit(text); ok {
			fig := im.figure(i, credit)
			if c+1 < len(content) {
				j := content[c+1]
				caption, labelled := figureCaption(im.lines[j])
				_, isCredit := figureCredit(im.lines[j])
				switch {
				case labelled:
					im.caption(fig, j, caption, "labelled caption after the credit")
					c++
				case !isCredit && j == i+1:
					im.caption(fig, j, im.lines[j], "the line right after a photo credit")
					c++
				}
			}
			if fig.Caption == nil {
				im.warn(i, "figure %d has no caption, and so no alt text; write one in the manuscript", im.nfig)
			}
			add(fig)
			continue
		}
		if caption, ok := figureCaption(text); ok {
			fig := im.figure(-1, "")
			fig.Pos = pos
			im.caption(fig, i, caption, "labelled caption without a photo credit before it")
			im.warn(i, "figure %d has no photo credit; add credit=\"...\" in the manuscript", im.nfig)
			add(fig)
			continue
		}
		if _, ok := listItem(text); ok {
			l := &document.List{Pos: pos}
			for ; c < len(content); c++ {
				item, ok := listItem(im.lines[content[c]])
				if !ok {
					break
				}
				j := content[c]
				l.Items = append(l.Items, []document.Block{&document.Paragraph{Pos: document.Pos{Line: j + 1}, Text: str(item)}})
				im.decide(j, KindListItem, RuleListItem, fmt.Sprintf("item %d of a bulleted list", len(l.Items)))
			}
			c--
			add(l)
			continue
		}
		ok, why := im.heading(text, prev, c+1 < len(content))
		if ok {
			add(&document.Heading{Pos: pos, Level: 2, Text: str(text)})
			im.decide(i, KindHeading, RuleHeading, why)
			continue
		}
		add(&document.Paragraph{Pos: pos, Text: str(text)})
		im.decide(i, KindParagraph, RuleParagraph, "not a heading: "+why)
	}
	if len(im.doc.Blocks) == 0 {
		im.rep.Warnings.Addf(diag.Position{File: im.name}, "no body text was found after the headline and byline")
	}
}

// heading is the heading rule: a heading-shaped line between two parts of
// the body. It needs body text before it that is not itself a heading,
// and more body after it.
func (im *importer) heading(text string, prev document.Block, more bool) (bool, string) {
	ok, why := headingShape(text)
	switch {
	case !ok:
		return false, why
	case prev == nil:
		return false, why + ", but no body text comes before it"
	case !more:
		return false, why + ", but no body text comes after it"
	}
	if _, isHeading := prev.(*document.Heading); isHeading {
		return false, why + ", but it follows a heading"
	}
	return true, why + ", between parts of the body"
}

// figure starts figure N with its deterministic image path; the build
// shows a placeholder until a photo is put there.
func (im *importer) figure(i int, credit string) *document.Figure {
	im.nfig++
	fig := &document.Figure{Pos: document.Pos{Line: i + 1}, Src: fmt.Sprintf("images/figure-%d.jpg", im.nfig), Credit: credit}
	if i >= 0 {
		why := fmt.Sprintf("photo credit of figure %d (%s)", im.nfig, fig.Src)
		if credit == "" {
			why += ", empty"
			im.warn(i, "figure %d has an empty photo credit", im.nfig)
		}
		im.decide(i, KindFigureCredit, RuleFigureCredit, why)
	}
	return fig
}

func (im *importer) caption(fig *document.Figure, i int, caption, why string) {
	if caption == "" {
		im.decide(i, KindFigureCaption, RuleFigureCaption, fmt.Sprintf("%s of figure %d, empty", why, im.nfig))
		return
	}
	fig.Caption = str(caption)
	fig.Alt = altFromCaption(caption)
	im.decide(i, KindFigureCaption, RuleFigureCaption, fmt.Sprintf("%s: caption of figure %d; alt text derived from it", why, im.nfig), "alt")
}

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
		im.rep.LangWhy += "; assumed en"
		im.rep.Warnings.Addf(diag.Position{File: im.name}, "could not tell the language (%s); assumed en, set it with --lang", why)
	}
}

func str(s string) []document.Inline { return []document.Inline{&document.Str{Text: s}} }
