package html

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/importer"
)

// header applies the header rules to the first blocks: the visible byline
// and date lines around the standfirst are metadata, not body. It looks
// at the paragraphs before the first long one (a standfirst may come
// before them), and stops at a heading. A rule that decided a block
// removes it from the body.
// platforms are the publishing platforms whose name a post's page gives
// as its site's, where the publication is the post's own.
var platforms = map[string]bool{"medium": true, "substack": true, "blogger": true, "wordpress.com": true, "ghost": true, "hashnode": true, "tumblr": true}

func (rd *reader) header(pm *pageMeta) {
	// Without an <h1>, the headline is a block like any other: the one
	// that repeats the page's title is the title.
	titles := map[string]bool{}
	if rd.h1 == nil {
		head, _ := splitTitle(pm.titleTag, firstNonEmpty(pm.ogSite.value, pm.site.value))
		for _, t := range []string{pm.title.value, head} {
			if t = strings.ToLower(clean(t)); t != "" {
				titles[t] = true
			}
		}
	}
	var out []document.Block
	inHeader, roleNext := true, false
	blocks := rd.doc.Blocks
	for i, b := range blocks {
		if t := inlinesOf(b); inHeader && t != nil && titles[strings.ToLower(clean(document.PlainText(t)))] {
			rd.redecide(rd.origin[b], KindTitle, RuleHeadline, "repeats the page's title: the headline, set apart without an <h1>")
			titles = nil
			continue
		}
		if l, ok := b.(*document.List); ok && inHeader && rd.bylineList(l) {
			continue
		}
		// A list of short labels in the header: above the headline, the
		// site's menu or a markets strip ("DJIA", "41,318.52", "+0.42%");
		// under it, with one button a rule dropped ("Share", "Resize",
		// "Reprints"), the box of buttons.
		if l, ok := b.(*document.List); ok && inHeader && labelList(l) {
			if rd.beforeTitle[l.Items[0].Blocks[0]] {
				for _, it := range l.Items {
					if n := rd.origin[it.Blocks[0]]; !rd.dropped(n) {
						rd.redecide(n, KindMeta, RuleKicker, "an item of a list of short labels above the headline: a menu or a markets strip")
					}
				}
				continue
			}
			if button := rd.droppedItem(rd.itemNode(l)); button != nil {
				rd.dropBlocks([]document.Block{l}, RuleBox, fmt.Sprintf("in a list of buttons in the header with %q, which %s dropped", button.Text, button.Rule))
				continue
			}
		}
		if h, ok := b.(*document.Heading); ok && inHeader && len(out) == 0 && rd.beforeTitle[b] && len(strings.Fields(clean(document.PlainText(h.Text)))) <= 12 {
			// A section's heading never comes before the headline: an
			// <h4> over the <h1> is a kicker or a supra-title.
			rd.redecide(rd.origin[b], KindMeta, RuleKicker, "a heading above the headline: a kicker or supra-title")
			continue
		}
		// "<p><strong>Mariana Tavares - Repórter da Agência Brasil</strong>"
		// under the lead photo, read as a heading: a name and its role.
		if h, ok := b.(*document.Heading); ok && inHeader {
			if names, role, ok := importer.Byline(clean(document.PlainText(h.Text)), true); ok && role != "" {
				if !slices.ContainsFunc(rd.byline, personal) {
					rd.byline = append(rd.byline, names...)
				}
				rd.roles = append(rd.roles, role)
				rd.redecide(rd.origin[b], KindMeta, RuleByline, "a name and its role under the header: the visible byline")
				continue
			}
			// "<p><strong>Tinashe Mhuri</strong></p>" over "<p><strong>
			// Mashonaland East Bureau</strong></p>": the author the
			// page's metadata names, and the role on the next line.
			if rd.metadataAuthor(b, clean(document.PlainText(h.Text)), pm) {
				roleNext = true
				continue
			}
		}
		if roleNext {
			roleNext = false
			if t := inlinesOf(b); t != nil {
				if text := clean(document.PlainText(t)); importer.BylineRole(text) && len(strings.Fields(text)) <= 5 {
					rd.roles = append(rd.roles, text)
					rd.redecide(rd.origin[b], KindMeta, RuleByline, "the role or bureau under the byline")
					continue
				}
			}
		}
		p, ok := b.(*document.Paragraph)
		if !ok || !inHeader {
			if _, fig := b.(*document.Figure); !fig {
				inHeader = false
			}
			out = append(out, b)
			continue
		}
		text := clean(document.PlainText(p.Text))
		n := rd.origin[b]
		// "अमर उजाला नेटवर्क, बरेली": the paper's desk where a byline
		// would be, its source.
		if desk, ok := importer.IndicNewsroom(text); ok {
			importer.CreditSources(&rd.doc.Meta, []string{desk})
			rd.redecide(n, KindMeta, RuleByline, "the paper's desk or correspondent in place of the byline: the source")
			continue
		}
		// "<div class="gs-email">camila.horn@gaz.com.br</div>" under the
		// byline: the author's address.
		if !rd.beforeTitle[b] && importer.EmailShaped(text) {
			rd.redecide(n, KindDropped, "furniture/address", "an e-mail address alone in the header: the author's")
			continue
		}
		// "<div class="provider">共同通信</div>": a Japanese, Chinese or
		// Thai newsroom where the byline would be, the source.
		if !rd.beforeTitle[b] && importer.UncasedOutlet(text) {
			importer.CreditSources(&rd.doc.Meta, []string{text})
			rd.redecide(n, KindMeta, RuleByline, "a newsroom's name alone in the header: the source")
			continue
		}
		// "<div>נועה ברקוביץ</div>" under the standfirst: the author the
		// metadata names, alone.
		if rd.metadataAuthor(b, text, pm) {
			continue
		}
		if names, _, ok := importer.Byline(text, false); ok {
			// "By Natalia Ramos" under a byline element that named only
			// the agency ("By Reuters"): the reporter is the author.
			if !slices.ContainsFunc(rd.byline, personal) {
				rd.byline = append(rd.byline, names...)
			}
			rd.redecide(n, KindMeta, RuleByline, "the visible byline")
			continue
		}
		// "| Actualizado 10:05h.": a date item that kept the separator
		// before it.
		if _, why, ok := importer.DateLine(strings.TrimLeft(text, "|·•–— ")); ok {
			rd.redecide(n, KindMeta, RuleDate, why)
			continue
		}
		if rd.beforeTitle[b] && len(strings.Fields(text)) <= 6 && !endsSentence(text) {
			rd.redecide(n, KindMeta, RuleKicker, "a short line above the headline: a section label or kicker")
			continue
		}
		// "<p class="v-mdl-ath__p--l">Bilbao</p>" over the date: the place
		// the author writes from.
		if !rd.beforeTitle[b] && len(strings.Fields(text)) <= 3 && text != "" && !endsSentence(text) && unicode.IsUpper([]rune(text)[0]) && i+1 < len(blocks) && dateBlock(blocks[i+1]) {
			rd.roles = append(rd.roles, text)
			rd.redecide(n, KindMeta, RuleByline, "a place or name over the date, in the header: the byline's place")
			continue
		}
		if !rd.beforeTitle[b] && len(strings.Fields(text)) > 40 {
			inHeader = false
		}
		out = append(out, b)
	}
	rd.doc.Blocks = out
}

// metadataAuthor takes block b of the header, whose text is text, for
// the visible byline when it is an author the page's metadata names (a
// person, or a newsroom: "Redazione Adnkronos"), set apart, and reports
// whether it did.
func (rd *reader) metadataAuthor(b document.Block, text string, pm *pageMeta) bool {
	named := func(a string) bool { return strings.EqualFold(a, text) }
	person := slices.ContainsFunc(pm.authors.list, named)
	if !person && !slices.ContainsFunc(pm.orgAuthors.list, named) {
		return false
	}
	// (The metadata's newsroom goes into the byline from there.)
	if person && !slices.ContainsFunc(rd.byline, personal) {
		rd.byline = append(rd.byline, text)
	}
	rd.redecide(rd.origin[b], KindMeta, RuleByline, "the author the page's metadata names, set apart in the header: the visible byline")
	return true
}

// personal reports whether a part of the visible byline names a person,
// not an agency ("Agência Brasil" has a person's shape).
func personal(b string) bool {
	_, agency := importer.Agency(b)
	return importer.IsPerson(b) && !agency
}

// dateBlock reports whether b is a paragraph that is a date line.
func dateBlock(b document.Block) bool {
	p, ok := b.(*document.Paragraph)
	if !ok {
		return false
	}
	_, _, ok = importer.DateLine(clean(document.PlainText(p.Text)))
	return ok
}

// dropped reports whether a rule dropped node n.
func (rd *reader) dropped(n *html.Node) bool {
	e := rd.entry(n)
	return e != nil && e.Kind == KindDropped
}

// droppedItem returns the entry of a list item beside li that a rule
// of the boilerplate table dropped, if any.
func (rd *reader) droppedItem(li *html.Node) *Entry {
	if li == nil || li.Parent == nil {
		return nil
	}
	for c := li.Parent.FirstChild; c != nil; c = c.NextSibling {
		if rd.dropped(c) && strings.HasPrefix(rd.entry(c).Rule, "boilerplate/") {
			return rd.entry(c)
		}
	}
	return nil
}

// listHead returns the entry of the first item of list l's element when
// a rule dropped it: the list's own heading ("Most Popular").
func (rd *reader) listHead(l *document.List) *Entry {
	li := rd.itemNode(l)
	if li == nil || li.Parent == nil {
		return nil
	}
	first := li.Parent.FirstChild
	for first != nil && first.Type != html.ElementNode {
		first = first.NextSibling
	}
	if first == nil || first == li || !rd.dropped(first) {
		return nil
	}
	return rd.entry(first)
}

// labelBefore returns the entry of the element right before n when a
// heading row of the boilerplate table dropped it ("A lire aussi"): a
// label over links to other stories.
func (rd *reader) labelBefore(n *html.Node) *Entry {
	if n == nil {
		return nil
	}
	s := n.PrevSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.PrevSibling
	}
	if s == nil || !rd.dropped(s) {
		return nil
	}
	e := rd.entry(s)
	if (e.Rule == "boilerplate/related-topics" || e.Rule == "boilerplate/read-also") && importer.FurnitureHeading(e.Text) {
		return e
	}
	return nil
}

// itemNode is the element of list l's first item, or nil.
func (rd *reader) itemNode(l *document.List) *html.Node {
	if len(l.Items) == 0 || len(l.Items[0].Blocks) == 0 {
		return nil
	}
	return rd.origin[l.Items[0].Blocks[0]]
}

// labelList reports a list whose items are each one short line, no
// sentence: six words at most.
func labelList(l *document.List) bool {
	for _, it := range l.Items {
		if len(it.Blocks) != 1 {
			return false
		}
		p, ok := it.Blocks[0].(*document.Paragraph)
		if !ok {
			return false
		}
		if t := clean(document.PlainText(p.Text)); len(strings.Fields(t)) > 6 || endsSentence(t) {
			return false
		}
	}
	return len(l.Items) > 0
}

// bylineList is the header rule for a list whose first item is a byline
// ("Autor, X" over "Título del autor, Y" over "Reportando desde Lima"):
// the list is the byline block, its other items the author's role and
// place. It reports whether l was taken.
func (rd *reader) bylineList(l *document.List) bool {
	if len(l.Items) == 0 || len(l.Items) > 4 {
		return false
	}
	var texts []string
	for _, it := range l.Items {
		if len(it.Blocks) != 1 {
			return false
		}
		p, ok := it.Blocks[0].(*document.Paragraph)
		if !ok {
			return false
		}
		t := clean(document.PlainText(p.Text))
		if len(strings.Fields(t)) > 8 || endsSentence(t) {
			return false
		}
		texts = append(texts, t)
	}
	names, _, ok := importer.Byline(texts[0], false)
	if !ok {
		return false
	}
	if len(rd.byline) == 0 {
		rd.byline = names
	}
	for _, t := range texts[1:] {
		if r, ok := importer.RoleLabel(t); ok {
			t = r
		}
		rd.roles = append(rd.roles, t)
	}
	rd.redecide(rd.origin[l], KindMeta, RuleByline, "a list whose first item is a byline: the visible byline, the author's role and place")
	return true
}

// learned drops the paragraphs and headings that the importer's learned
// model finds worded and shaped like page furniture, as it drops a pasted
// copy's lines: a prompt or a plea in the outlet's words that no rule
// names, left in the article by the extractor.
func (rd *reader) learned() {
	out := rd.doc.Blocks[:0]
	n := len(rd.doc.Blocks)
	for i, b := range rd.doc.Blocks {
		switch b.(type) {
		case *document.Paragraph, *document.Heading:
			if o := rd.origin[b]; o != nil && !rd.standfirst[o] {
				if why, ok := importer.LearnedFurniture(clean(blockText(b)), i, n); ok {
					rd.redecide(o, KindDropped, importer.RuleLearned, why)
					continue
				}
			}
		}
		out = append(out, b)
	}
	rd.doc.Blocks = out
}

// tidy drops a heading that heads a list of other stories ("Related
// topics", "Most viewed") with the list under it, a paragraph repeated
// word for word (a pull quote), and lifts heading levels so that the
// first level used is 2.
func (rd *reader) tidy() {
	var out []document.Block
	var earlier []string // the texts of out's paragraphs, the last PullQuoteReach at least
	seen := map[string]bool{}
	blocks := rd.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch b := b.(type) {
		case *document.Quote:
			// A block quote that repeats a paragraph: a pull quote, with
			// the speaker's name under it or not ("<cite>Name, role</cite>").
			quoted := b
			if n := len(b.Blocks); n >= 2 {
				if p, ok := b.Blocks[n-1].(*document.Paragraph); ok && importer.PullQuoteName(clean(document.PlainText(p.Text))) {
					quoted = &document.Quote{Blocks: b.Blocks[:n-1]}
				}
			}
			if why, ok := importer.PullQuote(blockText(quoted), earlier, nextTexts(blocks[i+1:], 3)); ok {
				rd.dropBlocks(b.Blocks, RulePullQuote, why)
				continue
			}
		case *document.List:
			// "<ul><li>Lire aussi</li><li>headline</li>…": a list headed by
			// the label a rule dropped is a box of other stories.
			if e := rd.listHead(b); e != nil && (e.Rule == "boilerplate/related-topics" || e.Rule == "boilerplate/read-also") {
				rd.dropBlocks([]document.Block{b}, RuleBox, fmt.Sprintf("in a list headed by %q, which %s dropped", e.Text, e.Rule))
				continue
			}
		case *document.Heading, *document.Paragraph:
			text := clean(document.PlainText(inlinesOf(b)))
			if !rd.plain[text] && importer.FurnitureHeading(text) {
				rd.redecide(rd.origin[b], KindDropped, "boilerplate/related-topics", "heads a list of other stories")
				if i+1 < len(blocks) {
					if l, ok := blocks[i+1].(*document.List); ok {
						for _, item := range l.Items {
							for _, ib := range item.Blocks {
								rd.redecide(rd.origin[ib], KindDropped, "boilerplate/related-topics", fmt.Sprintf("in the list under %q", text))
							}
						}
						i++
					}
				}
				continue
			}
			_, heading := b.(*document.Heading)
			if why, ok := importer.PullQuote(text, earlier, nextTexts(blocks[i+1:], 3)); ok && !(heading && importer.QuotedHeading(text)) {
				rd.redecide(rd.origin[b], KindDropped, RulePullQuote, why)
				if i+1 < len(blocks) {
					if p, ok := blocks[i+1].(*document.Paragraph); ok && importer.PullQuoteName(clean(document.PlainText(p.Text))) {
						rd.redecide(rd.origin[p], KindDropped, RulePullQuote, "the name under a pull quote")
						i++
					}
				}
				continue
			}
			// "<p>A lire aussi</p><p>headline</p>": the one link under a
			// label a rule dropped.
			if _, isPara := b.(*document.Paragraph); isPara && len(strings.Fields(text)) <= 20 && !endsSentence(text) {
				if e := rd.labelBefore(rd.origin[b]); e != nil {
					rd.redecide(rd.origin[b], KindDropped, e.Rule, fmt.Sprintf("the headline under %q, which %s dropped", e.Text, e.Rule))
					continue
				}
			}
			if _, isPara := b.(*document.Paragraph); isPara && len(strings.Fields(text)) >= 8 {
				key := strings.ToLower(text)
				if seen[key] {
					rd.redecide(rd.origin[b], KindDropped, RuleDuplicate, "the same text as an earlier paragraph")
					continue
				}
				seen[key] = true
			}
		}
		if p, ok := b.(*document.Paragraph); ok {
			earlier = append(earlier, clean(document.PlainText(p.Text)))
			if len(earlier) > 2*importer.PullQuoteReach {
				earlier = append(earlier[:0], earlier[len(earlier)-importer.PullQuoteReach:]...)
			}
		}
		out = append(out, b)
	}
	// A section heading heads some text: one with nothing after it but
	// other headings is what a page prints over its comments or lists.
	for len(out) > 0 {
		h, ok := out[len(out)-1].(*document.Heading)
		if !ok {
			break
		}
		rd.redecide(rd.origin[h], KindDropped, RuleEmptySection, "a heading with no text of the article after it")
		out = out[:len(out)-1]
	}
	// Lists under the story with an item a rule dropped ("Most Popular",
	// "Follow", a copyright line): the page's boxes of links and its
	// footer, not the article's.
	for len(out) > 0 {
		l, ok := out[len(out)-1].(*document.List)
		if !ok {
			break
		}
		e := rd.droppedItem(rd.itemNode(l))
		if e == nil {
			break
		}
		rd.dropBlocks([]document.Block{l}, RuleBox, fmt.Sprintf("in a list under the story with %q, which %s dropped", e.Text, e.Rule))
		out = out[:len(out)-1]
	}
	top := 9
	document.Walk(out, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok && h.Level < top {
			top = h.Level
		}
	})
	if top > 2 && top < 9 {
		document.Walk(out, func(b document.Block) {
			if h, ok := b.(*document.Heading); ok {
				h.Level -= top - 2
			}
		})
	}
	rd.doc.Blocks = out
}

// blockText is the text of a block's paragraphs, joined by spaces.
func blockText(b document.Block) string {
	var parts []string
	document.Walk([]document.Block{b}, func(ib document.Block) {
		if t := inlinesOf(ib); t != nil {
			parts = append(parts, clean(document.PlainText(t)))
		}
	})
	return strings.Join(parts, " ")
}

// nextTexts are the texts of the first n blocks.
func nextTexts(blocks []document.Block, n int) []string {
	var out []string
	for _, b := range blocks[:min(n, len(blocks))] {
		out = append(out, blockText(b))
	}
	return out
}

func inlinesOf(b document.Block) []document.Inline {
	switch b := b.(type) {
	case *document.Heading:
		return b.Text
	case *document.Paragraph:
		return b.Text
	}
	return nil
}

func endsSentence(s string) bool {
	r, ok := lastRune(strings.TrimRight(s, `"”’»)`))
	return ok && (r == '.' || r == '!' || r == '?' || r == '…' || r == ':')
}

func (rd *reader) field(name, value, from string, others ...string) {
	if value == "" {
		return
	}
	for i, f := range rd.rep.Fields {
		if f.Name == name {
			rd.rep.Fields[i] = Field{name, value, from, others}
			return
		}
	}
	rd.rep.Fields = append(rd.rep.Fields, Field{name, value, from, others})
}

// bylineExtra is what a part of the visible byline that names no author
// adds to the byline: "Theo Marchetti, Staff writer" adds the role, "18:02
// Uhr" nothing, and "Hervé KIEFFER avec AFP" credits the agency as the
// source and adds nothing.
func bylineExtra(m *document.Meta, s string) string {
	if _, _, ok := importer.DateLine(s); ok || clockRE.MatchString(s) {
		return ""
	}
	if _, sources, ok := importer.AgencyCredit(s); ok {
		importer.CreditSources(m, sources)
		return ""
	}
	if a, ok := importer.Agency(s); ok {
		importer.CreditSources(m, []string{a}) // "Agência Brasil" as the author on Terra
		return ""
	}
	for _, a := range m.Authors {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			s = strings.TrimLeft(s[len(a):], ", ")
		}
	}
	return s
}

// clockRE is a time of day: "18:02 Uhr", "6.30pm".
var clockRE = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)

// paragraphTexts are the texts of the document's paragraphs.
func (rd *reader) paragraphTexts() []string {
	var out []string
	document.Walk(rd.doc.Blocks, func(b document.Block) {
		if p, ok := b.(*document.Paragraph); ok {
			out = append(out, document.PlainText(p.Text))
		}
	})
	return out
}

// isContributor reports whether name is one of m's contributors.
func isContributor(m *document.Meta, name string) bool {
	for _, c := range m.Contributors {
		if strings.EqualFold(c.Text, name) {
			return true
		}
	}
	return false
}

// metadata fills the model's metadata from the page, most trusted source
// first, and reports where each field came from.
func (rd *reader) metadata(pm *pageMeta) {
	m := &rd.doc.Meta
	pos := diag.Position{File: rd.name}
	siteName := firstNonEmpty(pm.ogSite.value, pm.site.value)
	headTitle, outlet := splitTitle(pm.titleTag, siteName)
	h1 := ""
	if rd.h1 != nil {
		h1 = clean(textOf(rd.h1))
	}
	switch {
	case pm.title.value != "":
		t, _ := splitTitle(pm.title.value, siteName)
		// Not when the visible headline holds it whole, kicker and all:
		// "Bitburger Stadtbücherei öffnet bald auch sonntags – ohne
		// Personal" has no outlet after its dash.
		if t != pm.title.value && !strings.Contains(strings.ToLower(h1), strings.ToLower(clean(pm.title.value))) {
			m.Title = t
		} else {
			m.Title = pm.title.value
		}
		// "West Coast Main Line LIVE" in the JSON-LD of a live page whose
		// headline goes on after a colon: the visible headline is whole.
		if rest, ok := strings.CutPrefix(h1, m.Title); ok && m.Title != "" && (strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " - ")) {
			m.Title = h1
			rd.field("title", m.Title, fromH1, pm.title.from)
			break
		}
		rd.field("title", m.Title, pm.title.from, pm.title.others...)
	case h1 != "":
		m.Title = h1
		rd.field("title", h1, fromH1)
	case headTitle != "":
		m.Title = headTitle
		rd.field("title", headTitle, fromTitleTag)
	}

	// Authors: people from the metadata; an organisation named as author
	// goes to the byline; the visible byline fills what the metadata lacks.
	var visible []string
	for _, b := range rd.byline {
		// "By HARRIET COLE FOR MAILONLINE": the outlet she wrote for is
		// the source, spelt as the story spells it.
		if name, outlet, ok := importer.ForOutlet(b); ok {
			importer.CreditSources(m, []string{importer.Spelling(outlet, rd.paragraphTexts())})
			b = name
		}
		// "Por Emol", where the metadata calls Emol an organisation or
		// the site: the outlet in the byline's place, the source.
		if containsFold(pm.orgAuthors.list, b) || pm.isSite(b) {
			importer.CreditSources(m, []string{b})
			continue
		}
		if personal(b) {
			visible = append(visible, importer.NameCase(b))
		}
	}
	// <meta name="author" content="DER SPIEGEL">: the outlet, not a person.
	// A desk the metadata calls a person ("Newsroom Infobae") is none.
	var people []string
	for _, a := range pm.authors.list {
		if desk, ok := importer.IndicNewsroom(a); ok {
			importer.CreditSources(m, []string{desk}) // "लोकसत्ता प्रतिनिधि": the paper's correspondent, unsigned
			continue
		}
		if agency, ok := importer.Agency(a); ok {
			importer.CreditSources(m, []string{agency}) // <meta name="author" content="DPA">
			continue
		}
		if importer.PaperName(a) {
			importer.CreditSources(m, []string{a}) // "Daily Guide Africa"
			continue
		}
		if rd.helpers && isContributor(m, a) && !containsFold(visible, a) {
			continue // the visible byline credits the reporter whose work it used as a contributor
		}
		if !pm.isSite(a) && importer.IsPerson(a) {
			people = append(people, importer.NameCase(a))
		}
	}
	pm.authors.list = people
	switch {
	case len(pm.authors.list) > 0:
		m.Authors = pm.authors.list
		var others []string
		if len(visible) > 0 && !sameNames(visible, m.Authors) {
			others = append(others, fromByline+": "+strings.Join(visible, ", "))
			rd.rep.Warnings.Addf(pos, "the page's %s names %s as author, but its visible byline reads %s; kept the metadata's", pm.authors.from, strings.Join(m.Authors, ", "), strings.Join(visible, ", "))
		}
		rd.field("author", strings.Join(m.Authors, "; "), pm.authors.from, others...)
	case len(visible) > 0:
		m.Authors = visible
		var others []string
		if len(pm.orgAuthors.list) > 0 {
			others = append(others, pm.orgAuthors.from+": "+strings.Join(pm.orgAuthors.list, ", ")+" (an organisation)")
			rd.rep.Warnings.Addf(pos, "the page's %s names the organisation %s as author, but its visible byline names %s; the byline's names are the authors", pm.orgAuthors.from, strings.Join(pm.orgAuthors.list, ", "), strings.Join(visible, ", "))
		}
		rd.field("author", strings.Join(visible, "; "), fromByline, others...)
	default:
		if name, ok := rd.signature(pm); ok {
			m.Authors = []string{name}
			rd.field("author", name, "the name under the story's last paragraph")
		}
	}
	var extra []string
	for _, b := range rd.byline {
		if !personal(b) && !strings.ContainsAny(b, "0123456789") { // a date run into the byline is neither
			extra = append(extra, b)
		}
	}
	for _, b := range append(extra, rd.roles...) {
		if b = bylineExtra(m, b); b != "" && !containsFold(m.Byline, b) {
			m.Byline = append(m.Byline, b)
		}
	}
	for _, o := range pm.orgAuthors.list {
		if !containsFold(m.Byline, o) && !pm.isSite(o) {
			m.Byline = append(m.Byline, o)
		}
	}
	if len(m.Byline) > 0 {
		rd.field("byline", strings.Join(m.Byline, "; "), fromByline)
	}
	// "provider": AFP on a portal's page: the agency is the source.
	if p := pm.provider.value; p != "" && !pm.isSite(p) {
		importer.CreditSources(m, []string{p})
		rd.field("source", p, pm.provider.from)
	}

	m.Date = pm.date.value
	rd.field("date", m.Date, pm.date.from, pm.date.others...)

	// The site's own name (og:site_name) names it best; JSON-LD's
	// publisher is often the company behind it ("Deutsche Welle" for "DW").
	site, siteFrom, others := pm.ogSite.value, pm.ogSite.from, pm.ogSite.others
	if pm.site.value != "" {
		if site == "" {
			site, siteFrom, others = pm.site.value, pm.site.from, pm.site.others
		} else if !strings.EqualFold(site, pm.site.value) {
			others = append(others, pm.site.from+" publisher: "+pm.site.value)
		}
	}
	if site == "" && outlet != "" {
		site, siteFrom = outlet, fromTitleTag
	}
	// A story on Medium names the publication it appears in as its
	// JSON-LD publisher: the publication is the story's source.
	if platforms[strings.ToLower(site)] && pm.site.value != "" && !platforms[strings.ToLower(pm.site.value)] {
		importer.CreditSources(m, []string{pm.site.value})
		rd.field("source", pm.site.value, pm.site.from+" publisher, on the platform "+site)
	}
	if site != "" {
		m.Publisher = site
		m.Source = &document.Source{Name: site}
		rd.field("publisher", site, siteFrom, others...)
	}
	if u, err := url.Parse(pm.url.value); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		if m.Source == nil {
			m.Source = &document.Source{}
		}
		m.Source.URL = pm.url.value
		rd.field("source.url", pm.url.value, pm.url.from, pm.url.others...)
	}
	m.Description = pm.desc.value
	rd.field("description", m.Description, pm.desc.from, pm.desc.others...)
	pm.section.set(rd.section, fromSection)
	pm.tags.setList(rd.tags, fromTagList)
	if pm.tags.list == nil && rd.body != nil {
		pm.tags.setList(tagAnchors(rd.body), fromTagLinks)
	}
	var subj []string
	if pm.section.value != "" {
		subj = append(subj, pm.section.value)
	}
	for _, t := range pm.tags.list {
		if !containsFold(subj, t) {
			subj = append(subj, t)
		}
	}
	m.Subjects = subj
	from := pm.tags.from
	if from == "" {
		from = pm.section.from
	}
	rd.field("subject", strings.Join(subj, "; "), from)
	m.Lang = pm.lang.value
	rd.field("lang", m.Lang, pm.lang.from, pm.lang.others...)
}

// language detects the language from the text kept when the page names
// none.
func (rd *reader) language() {
	if rd.doc.Meta.Lang != "" || rd.opt.Lang != "" || rd.opt.Meta != nil && rd.opt.Meta.Lang != "" {
		return
	}
	var texts []string
	document.Walk(rd.doc.Blocks, func(b document.Block) {
		if t := inlinesOf(b); t != nil {
			texts = append(texts, document.PlainText(t))
		}
	})
	lang, why, ok := importer.DetectLang(texts)
	rd.doc.Meta.Lang = lang
	rd.field("lang", lang, "detected: "+why)
	if !ok {
		rd.rep.Warnings.Addf(diag.Position{File: rd.name}, "the page names no language and the text does not tell (%s); assumed %s, set it with --lang", why, lang)
	}
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !containsFold(b, x) {
			return false
		}
	}
	return true
}

func containsFold(list []string, s string) bool {
	for _, l := range list {
		if strings.EqualFold(clean(l), clean(s)) {
			return true
		}
	}
	return false
}
