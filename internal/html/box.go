package html

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"publish/internal/document"
	"publish/internal/importer"
)

// boxRules are the text rules that, matching a box's own text (its
// button, its label), drop the whole box.
var boxRules = map[string]bool{
	"boilerplate/subscribe": true, "boilerplate/newsletter": true, "boilerplate/ai-summary": true,
	"boilerplate/support-box": true, "boilerplate/comments": true, RuleAppeal: true,
	"boilerplate/related-topics": true, "boilerplate/death-notices": true,
}

// boxMaxWords is the most words a box that dropBoxes drops may hold.
const boxMaxWords = 80

// dropBoxes drops the blocks inside a small box whose own text a box rule
// dropped: the title and pitch of "<div class=caixa-subscripcio><p>Subscriu-te
// al Diari de Terrassa</p><p>Rep cada matí…</p><a>Subscriu-te</a></div>",
// the points of a software summary under its label.
func (rd *reader) dropBoxes() {
	boxes := map[*html.Node]string{}
	for n, i := range rd.num {
		e := rd.rep.Entries[i-1]
		if e.Kind != KindDropped || !boxRules[e.Rule] {
			continue
		}
		// A block of its own text alone ("<p class=disclaimer>") labels
		// the box around it.
		box := n
		if !rd.smallBox(box) && n.Parent != nil && n.Parent != rd.body {
			box = n.Parent
		}
		if !rd.holdsArticle(box) && rd.smallBox(box) {
			boxes[box] = fmt.Sprintf("in the box of block %d, which %s dropped", i, e.Rule)
		}
	}
	if len(boxes) == 0 {
		return
	}
	inBox := func(n *html.Node) (string, bool) {
		for p := n.Parent; p != nil; p = p.Parent {
			if why, ok := boxes[p]; ok {
				return why, true
			}
		}
		return "", false
	}
	rd.doc.Blocks = slices.DeleteFunc(rd.doc.Blocks, func(b document.Block) bool {
		n := rd.origin[b]
		document.Walk([]document.Block{b}, func(ib document.Block) {
			if n == nil {
				n = rd.origin[ib] // a list: its first item's
			}
		})
		if n == nil {
			return false
		}
		why, ok := inBox(n)
		if ok {
			rd.dropBlocks([]document.Block{b}, RuleBox, why)
		}
		return ok
	})
}

// smallBox reports whether n holds other blocks and at most boxMaxWords
// words. It reads at most that many words.
func (rd *reader) smallBox(n *html.Node) bool {
	words, blocks := 0, false
	walk(n, func(c *html.Node) bool {
		if words > boxMaxWords {
			return false
		}
		if c != n && rd.num[c] > 0 {
			blocks = true
		}
		if c.Type == html.TextNode {
			words += len(strings.Fields(c.Data))
		}
		return true
	})
	return blocks && words <= boxMaxWords
}

// pageTail drops the short texts of <div> elements under the story's
// last paragraph (a <p>, or a long text), past furniture that a rule
// dropped: the page's tail ("Travis Lindqvist", "Get local stories you
// won't find anywhere else right to your inbox.", "Black Press Media"),
// as the text importer's rule for lines after the body drops them.
func (rd *reader) pageTail() {
	bs := rd.doc.Blocks
	last := -1
	for i, b := range bs {
		if p, ok := b.(*document.Paragraph); ok && rd.origin[b] != nil && (rd.origin[b].DataAtom == atom.P || len(strings.Fields(document.PlainText(p.Text))) >= 25) {
			last = i
		}
	}
	if last < 0 || last == len(bs)-1 {
		return
	}
	for _, b := range bs[last+1:] {
		p, ok := b.(*document.Paragraph)
		if o := rd.origin[b]; !ok || o == nil || o.DataAtom != atom.Div || len(strings.Fields(document.PlainText(p.Text))) > 14 {
			return
		}
	}
	from, to := rd.num[rd.origin[bs[last]]], rd.num[rd.origin[bs[last+1]]]
	if !slices.ContainsFunc(rd.rep.Entries[from:max(from, to-1)], func(e Entry) bool { return e.Kind == KindDropped }) {
		return
	}
	rd.dropBlocks(bs[last+1:], importer.RuleAfterBody, "a short text under the story's last paragraph, past the page's furniture")
	rd.doc.Blocks = bs[:last+1]
}

// dropBio drops a sentence about the author among the last three
// paragraphs: "Lorena Aguilar-Rios covers transportation and growth for
// The Arizona Republic. Reach her at …".
func (rd *reader) dropBio() {
	// The last heading of an author's box ("Sobre la firma", "About the
	// author"), by its block's number: what follows it is the box's.
	head, label := 0, 0
	for k, e := range rd.rep.Entries {
		if e.Rule == "boilerplate/bio" && e.Kind == KindDropped && len(strings.Fields(e.Text)) <= 4 {
			head = k + 1
		}
		if e.Rule == "boilerplate/byline-label" && e.Kind == KindDropped && len(strings.Fields(e.Text)) <= 3 {
			label = k + 1
		}
	}
	// "Written by" over the author's name and a sentence about them,
	// under the story: with two paragraphs after it at most.
	if label > head && rd.paragraphsAfter(label) <= 2 {
		head = label
	}
	for i, k := len(rd.doc.Blocks)-1, 0; i >= 0 && k < 3; i-- {
		p, ok := rd.doc.Blocks[i].(*document.Paragraph)
		if !ok {
			continue
		}
		k++
		if head > 0 && rd.num[rd.origin[p]] > head {
			rd.redecide(rd.origin[p], KindDropped, "structure/bio", fmt.Sprintf("under the heading of the author's box (block %d)", head))
			rd.doc.Blocks = slices.Delete(rd.doc.Blocks, i, i+1)
			continue
		}
		text := clean(document.PlainText(p.Text))
		if importer.AuthorBio(text) {
			rd.redecide(rd.origin[p], KindDropped, "structure/bio", "a sentence about the author under the story")
			rd.doc.Blocks = slices.Delete(rd.doc.Blocks, i, i+1)
			continue
		}
		// "<p class=box__title>Chiara Bonfanti</p>" over her bio: the
		// byline's name again, alone, under the story.
		if slices.ContainsFunc(rd.byline, func(b string) bool { return strings.EqualFold(b, text) }) {
			rd.redecide(rd.origin[p], KindDropped, "structure/bio", "the byline's name again, alone under the story: the author's box")
			rd.doc.Blocks = slices.Delete(rd.doc.Blocks, i, i+1)
		}
	}
}

// paragraphsAfter counts the model's paragraphs from blocks numbered
// after block.
func (rd *reader) paragraphsAfter(block int) int {
	n := 0
	for _, b := range rd.doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok && rd.num[rd.origin[p]] > block {
			n++
		}
	}
	return n
}

// signature finds the author of a page that names none in its header or
// metadata: a name alone in the <div> or <p> right under the story's last
// paragraph, which no rule or only the extractor, pageTail or the learned
// model decided ("Wendpouiré Ida KABRÉ", as the papers of West Africa
// sign), and none of the page's tags or sections.
func (rd *reader) signature(pm *pageMeta) (string, bool) {
	last := 0
	for _, b := range rd.doc.Blocks {
		if p, ok := b.(*document.Paragraph); ok && rd.origin[p] != nil {
			last = rd.num[rd.origin[p]]
		}
	}
	if last == 0 || last >= len(rd.rep.Entries) {
		return "", false
	}
	e := &rd.rep.Entries[last] // block last+1
	if e.Kind != "" && e.Rule != RuleExtractor && e.Rule != importer.RuleAfterBody && e.Rule != importer.RuleLearned || e.Element != "p" && !strings.HasPrefix(e.Element, "div") {
		return "", false
	}
	if _, _, furniture := importer.Furniture(e.Text); furniture {
		return "", false
	}
	names, _, ok := importer.Byline(e.Text, true)
	if !ok || len(names) != 1 || len(strings.Fields(e.Text)) > 5 || !importer.IsPerson(names[0]) || containsFold(pm.tags.list, e.Text) || containsFold(pm.section.list, e.Text) {
		return "", false
	}
	e.Kind, e.Rule, e.Why = KindMeta, RuleByline, "the name alone under the story's last paragraph, which had no byline: its author"
	return names[0], true
}

// closingByline drops a paragraph among the last three that is a
// labelled byline naming only authors the page's metadata names
// ("Автор: Олег Дьомін" under the story), or one such name alone: the
// byline again.
func (rd *reader) closingByline(pm *pageMeta) {
	for i, k := len(rd.doc.Blocks)-1, 0; i >= 0 && k < 3; i-- {
		p, ok := rd.doc.Blocks[i].(*document.Paragraph)
		if !ok {
			continue
		}
		k++
		text := clean(document.PlainText(p.Text))
		names, _, ok := importer.Byline(text, false)
		if !ok && containsFold(pm.authors.list, text) {
			names, ok = []string{text}, true // "Julien Mercadal" alone, in a box under the story
		}
		if ok && len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool { return !containsFold(pm.authors.list, n) }) {
			rd.redecide(rd.origin[p], KindDropped, RuleByline, "the byline again, under the story: it names only the authors the page's metadata names")
			rd.doc.Blocks = slices.Delete(rd.doc.Blocks, i, i+1)
		}
	}
}
