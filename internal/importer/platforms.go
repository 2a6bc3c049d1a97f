package importer

import (
	"fmt"
	"strings"
	"unicode"
)

// This file reads the chrome that blogging platforms (WordPress,
// Blogger, Substack, Medium, Ghost, Hashnode) set around a post, where
// it differs from a news page's: the post's author and date in a line
// under the body, the publication a post appears in, link-preview cards
// and the comments under a name and a bare date.

// entryMetaRE is a post's meta line, which WordPress themes print under
// the title or under the body: "Publié le 12 mars 2025 par Julien
// Ferrandi", "Posted on March 12, 2025 by Name".
var entryMetaRE = re(`^(?i:publié le|posted on|published on|publicado el|publicado em|pubblicato il|veröffentlicht am)\s+(.{4,40}?)\s+(?i:par|by|por|da|von)\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})$`)

// postedAtRE is Blogger's line under a post: "Pubblicato da Name alle
// 18:42", "Posted by Name at 6:42 PM".
var postedAtRE = re(`^(?i:pubblicato da|posted by|publicado por|publié par|gepostet von|postado por)\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})\s+(?i:alle|at|a las|à|às|um)\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$`)

// entryMeta reads the author and date of a post's meta line after the
// headline, when the header gave none: a blog prints them under the
// body, after the share buttons, or among the related posts.
func (im *importer) entryMeta(title int) {
	m := &im.doc.Meta
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] || i == im.standfirst {
			continue
		}
		l := im.lines[i]
		var name, date string
		if s := entryMetaRE.FindStringSubmatch(l); s != nil {
			d, ok := dateIn(s[1])
			if !ok {
				continue
			}
			name, date = s[2], d
		} else if s := postedAtRE.FindStringSubmatch(l); s != nil {
			name = s[1]
		} else {
			continue
		}
		if len(m.Authors) > 0 {
			im.drop(i, RuleBylineBy, "the post's author and time, named in the header already")
			continue
		}
		im.credit(i, "entry-meta", name)
		im.rep.Entries[i].Why = "the post's meta line: " + im.rep.Entries[i].Why
		if date != "" && m.Date == "" {
			m.Date = date
			im.rep.Entries[i].Why += fmt.Sprintf("; its date (%s) is the story's", date)
		}
		return
	}
}

// publishedIn reads Medium's "Published in" over a publication's name
// in the header: the publication is the story's source, not its author.
func (im *importer) publishedIn() {
	for i, n := 0, 0; i < len(im.lines) && n < 30; i++ {
		if im.lines[i] == "" {
			continue
		}
		n++
		if im.done[i] || !publishedInRE.MatchString(im.lines[i]) {
			continue
		}
		j := im.next(i, true)
		if j < 0 || im.done[j] || wordCount(im.lines[j]) > 6 || endsSentence(im.lines[j]) || !startsUpper(im.lines[j]) {
			continue
		}
		im.drop(i, RuleAgency, fmt.Sprintf("the label of the publication on line %d", j+1))
		im.sources(j, []string{im.lines[j]}, "the publication the story appears in")
		return
	}
}

// firstAppeared credits the outlet that a portal's copy names as the
// story's first home ("This article originally appeared on HuffPost.",
// under a story on AOL or MSN) as the source, when the header named none.
// The notice itself is dropped as licensing.
func (im *importer) firstAppeared(title int) {
	if im.doc.Meta.Source != nil {
		return
	}
	for i := title + 1; i < len(im.lines); i++ {
		var name string
		var ok bool
		switch e := im.rep.Entries[i]; {
		case e.Rule == "boilerplate/licensing":
			name, ok = FirstHome(im.lines[i], false)
		case e.Kind == KindParagraph && wordCount(im.lines[i]) <= 20:
			// "Este artículo apareció originalmente en inglés en NBC Los
			// Angeles.": a paragraph of the story, which stays.
			name, ok = FirstHome(im.lines[i], true)
		}
		if ok {
			CreditSources(&im.doc.Meta, []string{name})
			im.rep.Entries[i].Why += fmt.Sprintf("; %s, where the story first appeared, is credited as the source", name)
			return
		}
	}
}

// FirstHome reads the outlet where a story first appeared: from a
// portal's licensing notice ("This article originally appeared on
// HuffPost."), or, when kept is set, from a story's own last sentence
// ("Este artículo apareció originalmente en inglés en NBC Los Angeles.").
func FirstHome(text string, kept bool) (string, bool) {
	pat := firstAppearedRE
	if kept {
		pat = appearedInRE
	}
	// "This article was originally published in February 2024": a date,
	// no outlet.
	if m := pat.FindStringSubmatch(text); m != nil && !strings.ContainsAny(m[1], "0123456789") {
		return strings.TrimSpace(m[1]), true
	}
	return "", false
}

// firstAppearedRE is the notice of where a portal's story first appeared,
// on a website: the site's name is the first group.
var firstAppearedRE = re(`^(?i:this (?:article|story) (?:originally|first) appeared (?:on|in)|this (?:article|story) is republished from|cet article est republié à partir de|este artículo fue publicado originalmente en|dieser (?:artikel|beitrag) erschien zuerst auf|cet article a d['’]abord été publié sur|este art[ií]culo se public[oó] originalmente en|questo articolo è stato pubblicato originariamente su|este artigo foi publicado originalmente (?:no|na|em)|este artigo foi republicado d[oa]|este artículo (?:fue|ha sido) republicado de|questo articolo è stato ripubblicato da)\s+(\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}?)\s*(?:[:.,]|\s(?i:and is republished|and was republished|and is reprinted|sous licence|under a creative commons|bajo licencia|bajo una licencia|sob (?:uma )?licença|con (?:una )?licenza)\b|$)`)

// appearedInRE is a story's last sentence that names the outlet it was
// first published by, as a translation says: the outlet is the first
// group.
var appearedInRE = re(`^(?i:(?:este|esta) (?:artículo|historia|nota|noticia) (?:apareció|fue publicad[oa]|se publicó) originalmente (?:en (?:inglés|español) )?(?:en|por)|this (?:article|story) was (?:first|originally) published (?:in (?:english|spanish) )?(?:by|on|in))\s+(\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}?)\s*\.?$`)

var publishedInRE = re(`^(?i:published in|publié dans|publicado en|publicado em|pubblicato in|veröffentlicht in)$`)

// linkCards drops a link-preview card in the body (Ghost's bookmark
// card, WordPress's embed): the linked story's title, its description,
// the publisher's name, which repeats the site's and so is dropped
// already, and the author's.
func (im *importer) linkCards(title int) {
	top := map[string]bool{} // the lines over the headline that were dropped: the site's name
	for i := 0; i < title; i++ {
		if im.done[i] && im.rep.Entries[i].Kind == KindDropped && im.lines[i] != "" {
			top[im.lines[i]] = true
		}
	}
	for i := title + 1; i < len(im.lines); i++ {
		if !top[im.lines[i]] || wordCount(im.lines[i]) > 5 {
			continue
		}
		d := im.prev(i)
		t := -1
		if d > title {
			t = im.prev(d)
		}
		if t <= title || im.done[d] || im.done[t] || !endsSentence(im.lines[d]) || wordCount(im.lines[d]) > 40 ||
			endsSentence(im.lines[t]) || wordCount(im.lines[t]) > 20 || !im.cardEdge(t) {
			continue
		}
		a := im.next(i, true)
		if a < 0 || im.done[a] || !nameShaped(im.lines[a]) {
			continue
		}
		for _, k := range []int{t, d, i, a} {
			if !im.done[k] {
				im.drop(k, "structure/link-card", fmt.Sprintf("a link's preview card: title, description, publisher (line %d) and author", i+1))
			}
		}
	}
}

// cardEdge reports whether a card may start at line t: a long paragraph
// of the body ends right above it, so that the card's title is no
// heading of the story's next part.
func (im *importer) cardEdge(t int) bool {
	p := im.prev(t)
	return p >= 0 && wordCount(im.lines[p]) >= 20 && endsSentence(im.lines[p])
}

// monthDayRE is a comment's bare date on a platform: "Mar 12", "12 mar".
var monthDayRE = re(`^(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$`)

// namedDate reports whether line k is a comment's date under its
// poster's name, with no time ("Theo Marchetti" over "Mar 12, 2025").
func (im *importer) namedDate(k int) bool {
	s := im.lines[k]
	if len(s) > 40 || wordCount(s) > 4 || !strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	p := im.prev(k)
	if p < 0 || wordCount(im.lines[p]) > 4 || !nameShaped(strings.TrimSpace(im.lines[p])) {
		return false
	}
	_, _, _, ok := dateLine(s)
	return ok || monthDayRE.MatchString(s)
}

// boxPitches drops the sentence of a box between its title or the
// lines over it and its button: a publication's or an author's blurb
// over "Follow", a newsletter's over "Subscribe" ("Subscribe to
// Whatcom Ledger", "Independent reporting on …", "Subscribe"); and the
// teaser between a list of stories and the furniture under it.
func (im *importer) boxPitches(title int) {
	for j := title + 1; j < len(im.lines); j++ {
		if im.done[j] || im.lines[j] == "" || j == im.standfirst || wordCount(im.lines[j]) > 40 {
			continue
		}
		p, q := im.above(j), im.nextLine(j)
		if p <= title || q < 0 || !im.done[p] || im.rep.Entries[p].Kind != KindDropped || !im.done[q] || wordCount(im.lines[q]) > 3 {
			continue
		}
		switch im.rep.Entries[q].Rule {
		case "boilerplate/follow-us", "boilerplate/subscribe", "boilerplate/newsletter":
			im.drop(j, im.rep.Entries[q].Rule, fmt.Sprintf("the blurb over the box's button %q (line %d)", im.lines[q], q+1))
			continue
		}
		// The teaser under the last item of a list of other stories,
		// over the page's footer ("Why the T still stops short …", "The
		// incline fare machines were fixed. Then the cards stopped
		// working.", "Help").
		if e := im.rep.Entries[p]; e.Rule == "boilerplate/related-topics" && strings.HasPrefix(e.Why, "in the list under") && wordCount(im.lines[j]) <= 20 {
			im.drop(j, e.Rule, fmt.Sprintf("the teaser of the last story of the list, over the page's furniture (line %d)", q+1))
		}
	}
}
