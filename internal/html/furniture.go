package html

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"publish/internal/importer"
)

// Rule names for structural furniture, as reports print them after
// "furniture/". The text rules are the importer's ("boilerplate/NAME").
//
// furnitureWords is THE table of class, id and data-* words that mark an
// element as page furniture: what CMSs call their share bars, promotions,
// lists of other stories and comment threads. A word matches a whole word
// of the name ("share-tools" and "ShareTools" hold "share"; "shared"
// does not).
var furnitureWords = map[string]string{
	"share": "share", "sharing": "share", "follow": "share", "sharebar": "share", "social": "share", "sociallinks": "share",
	"toolbar": "share", "tools": "share", "actions": "share", "print": "share",
	"newsletter": "newsletter", "newsletters": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
	"signup": "newsletter", "abonnes": "newsletter", "butlleti": "newsletter", "boletin": "newsletter", "nieuwsbrief": "newsletter", "infolettre": "newsletter", "paywall": "newsletter", "regwall": "newsletter", "piano": "newsletter", "premium": "newsletter",
	"support": "newsletter", "plea": "newsletter", "appeal": "newsletter", "donate": "newsletter", "donation": "newsletter", "membership": "newsletter", "unterstuetzen": "newsletter",
	"abbonamento": "newsletter", "abbonamenti": "newsletter", "abonnement": "newsletter", "suscripcion": "newsletter", "subscripcio": "newsletter",
	"ad": "advertisement", "ads": "advertisement", "advert": "advertisement", "adverts": "advertisement",
	"advertisement": "advertisement", "advertising": "advertisement", "adslot": "advertisement", "adunit": "advertisement",
	"dfp": "advertisement", "gpt": "advertisement", "sponsor": "advertisement", "sponsored": "advertisement",
	"promo": "advertisement", "promotion": "advertisement", "outbrain": "advertisement", "taboola": "advertisement",
	"anzeige": "advertisement", "publicidad": "advertisement", "publicite": "advertisement", "pub": "advertisement",
	"related": "related", "recommended": "related", "recommendations": "related", "recirculation": "related",
	"recirc": "related", "popular": "related", "trending": "related", "mostread": "related", "mostviewed": "related",
	"readmore": "related", "readnext": "related", "readalso": "related", "leggianche": "related", "leesook": "related", "mehrzumthema": "related", "saibamais": "related", "leiamais": "related", "leiatambem": "related", "vejamais": "related", "vejatambem": "related", "lireaussi": "related", "teaser": "related", "teasers": "related", "more": "related",
	"rating": "rating", "stars": "rating",
	"verdict": "verdict", "verdetto": "verdict", "veredicto": "verdict", "veredito": "verdict", "stamp": "verdict", "meter": "verdict", "declaration": "verdict",
	"comments": "comments", "comment": "comments", "reactions": "comments", "reacties": "comments", "discussion": "comments", "disqus": "comments", "respond": "comments",
	"cookie": "cookie-banner", "cookies": "cookie-banner", "cookiebar": "cookie-banner", "cookiebanner": "cookie-banner", "cookienotice": "cookie-banner", "cookieconsent": "cookie-banner", "cookielaw": "cookie-banner", "consent": "cookie-banner", "gdpr": "cookie-banner", "cmp": "cookie-banner",
	"didomi": "cookie-banner", "onetrust": "cookie-banner", "usercentrics": "cookie-banner", "cookiebot": "cookie-banner", "quantcast": "cookie-banner", "sourcepoint": "cookie-banner", "iubenda": "cookie-banner", "axeptio": "cookie-banner", "tarteaucitron": "cookie-banner", "klaro": "cookie-banner", "ccm": "cookie-banner", "ccm19": "cookie-banner",
	"breadcrumb": "navigation", "breadcrumbs": "navigation", "nav": "navigation", "navigation": "navigation",
	"menu": "navigation", "masthead": "navigation", "skip": "navigation", "skiplink": "navigation", "sidebar": "navigation",
	"tags": "tags", "tag": "tags", "topics": "tags", "keywords": "tags", "taglist": "tags",
	"footer": "footer", "colophon": "footer",
	"byline": "byline", "author": "byline", "authors": "byline", "contributor": "byline", "contributors": "byline", "bio": "byline", "signature": "byline",
	"autor": "byline", "autora": "byline", "autores": "byline", "auteur": "byline", "auteurs": "byline", "autore": "byline", "autori": "byline",
	"firma": "byline", "signatura": "byline", "assinatura": "byline", "verfasser": "byline",
	"location":  "byline",
	"timestamp": "date", "dateline": "date", "pubdate": "date", "published": "date", "updated": "date", "date": "date", "datetime": "date",
	"kicker": "kicker", "eyebrow": "kicker", "overline": "kicker", "rubric": "kicker", "badge": "kicker",
	"readtime": "reading-time", "readingtime": "reading-time",
	"listen": "audio", "audio": "audio", "player": "audio", "podcast": "audio",
	"video": "video", "embed": "video",
	"pullquote": "pull-quote", "pullquotes": "pull-quote",
	"settings": "interface", "poll": "interface", "umfrage": "interface", "sondage": "interface", "encuesta": "interface", "peiling": "interface",
}

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = map[string]string{
	"navigation": "navigation", "banner": "navigation", "contentinfo": "footer", "complementary": "related",
	"search": "navigation", "menu": "navigation", "menubar": "navigation", "toolbar": "share",
	"dialog": "cookie-banner", "alertdialog": "cookie-banner", "tablist": "navigation",
}

// namedAs reports whether a word of n's name is one of furnitureWords'
// for rule, and says so.
func namedAs(n *html.Node, rule string) (why string, ok bool) {
	for _, w := range nameWords(n) {
		if furnitureWords[w] == rule {
			return "its name says " + w + ": " + describe(n), true
		}
	}
	return "", false
}

// metaRules are furniture whose text belongs in the metadata: the report
// says so, and the reader reads the visible byline from them.
var metaRules = map[string]bool{"byline": true, "date": true, "kicker": true, "reading-time": true}

// furnitureRule decides whether element n, with the page's headline h1
// somewhere below it or not, is page furniture, and by which rule. An
// element that holds the headline or most of the page's text is never
// furniture: a class on the article's own container ("has-sidebar",
// "single-post-with-comments") says nothing about its text.
func (rd *reader) furnitureRule(n *html.Node) (rule, why string) {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Figure, atom.Figcaption, atom.Picture, atom.Img, atom.P,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th:
		if n.DataAtom == atom.Table && !rd.holdsArticle(n) {
			// "<table class="signatura">" holding the author, the place
			// and the date, as older CMSs lay out a byline.
			if why, ok := namedAs(n, "byline"); ok {
				return "byline", why
			}
		}
		// "<blockquote class="publication-body-pullquote">": the story's
		// words again, set large.
		if n.DataAtom == atom.Blockquote {
			if why, ok := namedAs(n, "pull-quote"); ok {
				return "pull-quote", why
			}
		}
		if n.DataAtom != atom.P && n.DataAtom != atom.Figure && n.DataAtom != atom.Img && n.DataAtom != atom.Picture {
			return "", ""
		}
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") && !isMedia(n) {
		return "hidden", "hidden from readers (hidden or aria-hidden)"
	}
	if st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", "")); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return "hidden", "hidden by its style"
	}
	if n.DataAtom == atom.Figure && slices.ContainsFunc(nameWords(n), func(w string) bool { return w == "video" || w == "player" }) {
		// "embed--type-video": a video's poster and title, not a photo.
		return "video", "a figure that its name says is a video: " + describe(n)
	}
	if n.DataAtom == atom.Figure {
		// WordPress's "<figure class="wp-block-pullquote">", Ghost's
		// "<figure class="kg-card kg-bookmark-card">": a quotation set
		// large, and a link's preview card.
		if why, ok := namedAs(n, "pull-quote"); ok {
			return "pull-quote", why
		}
		if slices.Contains(nameWords(n), "bookmark") {
			return "related", "a link's preview card: " + describe(n)
		}
	}
	if n.DataAtom == atom.P || n.DataAtom == atom.Figure || n.DataAtom == atom.Img || n.DataAtom == atom.Picture {
		// A paragraph or figure is judged by its text, or by the
		// container it sits in; but a paragraph named as the byline
		// ("<p class="article-author">") is the byline.
		if n.DataAtom == atom.P && !rd.holdsArticle(n) {
			if why, ok := namedAs(n, "byline"); ok {
				return "byline", why
			}
		}
		return "", ""
	}
	if rd.holdsArticle(n) {
		return "", ""
	}
	switch n.DataAtom {
	case atom.Nav:
		return "navigation", "a <nav> element"
	case atom.Aside:
		// "<aside class="park-infobox">" inside the article: the story's
		// own box of facts.
		if factBox(n) {
			return "", ""
		}
		return "related", "an <aside> element"
	case atom.Footer:
		return "footer", "a <footer> element"
	case atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Dialog, atom.Menu:
		return "interface", "a <" + n.Data + "> element"
	case atom.Header:
		// The header of the article, even without an <h1>; not the
		// header of a related story's card, which is an <article> too.
		if a := ancestor(n, atom.Article); a == nil || !rd.holdsArticle(a) {
			return "navigation", "a <header> without the headline"
		}
	}
	if r := furnitureRoles[strings.ToLower(attr(n, "role"))]; r != "" {
		return r, `role="` + attr(n, "role") + `"`
	}
	words := nameWords(n)
	for _, w := range words {
		if r := furnitureWords[w]; r != "" {
			if w == "embed" && (slices.ContainsFunc(words, func(w string) bool { return imageWords[w] }) || imageOnly(n)) {
				continue // "embed-image", or an embed that holds a photo and no player: the article's own photo
			}
			if r == "footer" && holdsStandfirst(n) {
				continue // the footer of the article's header: its subtitles
			}
			if r == "byline" && (ancestor(n, atom.Figure) != nil || ancestor(n, atom.Figcaption) != nil || slices.ContainsFunc(words, func(w string) bool { return photoWords[w] })) {
				continue // "<span class="autor">" in a caption, "autor-foto": the photographer's credit
			}
			if (w == "support" || w == "teaser") && slices.ContainsFunc(words, func(w string) bool { return w == "headline" || w == "title" || w == "heading" || w == "header" }) {
				continue // "<div class="m-headline__support">", "<div class="header-teaser">": the headline's support or teaser, its standfirst
			}
			if (w == "assinatura" || w == "firma" || w == "signatura") && len(strings.Fields(textOf(n))) > 15 {
				continue // "<div class="caixa-assinatura">": a subscription's box, in Portuguese the same word
			}
			if metaRules[r] && len(strings.Fields(textOf(n))) > 150 {
				continue // Blogger's "<div class="date-outer">" around the date header and the whole post
			}
			if (w == "dateline" || w == "location") && ancestor(n, atom.P) != nil {
				continue // "<p><span class="dateline">Magdeburg - </span>Ein …": it stays in the first paragraph
			}
			if w == "location" && slices.ContainsFunc(words, func(w string) bool { return w == "header" || w == "footer" }) {
				continue // "elementor-location-header": where a template goes, the site's header, no byline's place
			}
			return r, "its name says " + w + ": " + describe(n)
		}
	}
	if n.DataAtom == atom.Div || n.DataAtom == atom.Section {
		// "<div class="nl-box"><p>Newsletter</p><p>Notizie e approfondimenti
		// …</p><a>Iscriviti</a></div>", a box under a plea for readers or
		// an invitation to send a tip: the box goes with its title.
		if title := boxTitle(n); title != "" && len(strings.Fields(clean(textOf(n)))) <= 60 {
			rule, _, ok := importer.Furniture(title)
			switch {
			case ok && (rule == "boilerplate/newsletter" || rule == "boilerplate/tip-line" || rule == "boilerplate/comments" || rule == "boilerplate/app-promo"):
				return strings.TrimPrefix(rule, "boilerplate/"), fmt.Sprintf("a small box titled %q: %s", title, describe(n))
			case importer.Plea(title):
				return "newsletter", fmt.Sprintf("a small box titled with a plea for readers %q: %s", title, describe(n))
			}
		}
		// "<div class="commerce-box">…<p>€ 24,95 bei Otto</p><a>Zum
		// Shop</a></div>": a shop's card, its product photo with it.
		if shopCard(n) {
			return "shop", "a shop's card, with a price and a shop's button: " + describe(n)
		}
		// "<div class="bloco"><h3>Mais lidas</h3><ol>…</ol></div>": a
		// list of other stories under its heading.
		if title := listBoxTitle(n); title != "" && importer.FurnitureHeading(title) {
			return "related", fmt.Sprintf("a list under the heading %q: %s", title, describe(n))
		}
		// "<div><div>Les plus lus</div><div>Bac 2027 : …</div>…</div>",
		// "<div><div>© Fraternité Matin 2026 …</div><div>Qui sommes-nous</div>…":
		// a box of small blocks led by a list's heading, a copyright line
		// or a cookie notice.
		if first, blocks := smallBlocksFirst(n); first != "" {
			rule, _, ok := importer.Furniture(first)
			switch {
			case importer.FurnitureHeading(first):
				return "related", fmt.Sprintf("a box of small blocks under the heading %q: %s", first, describe(n))
			case blocks >= 3 && ok && (rule == "boilerplate/licensing" || rule == "boilerplate/consent"):
				return strings.TrimPrefix(rule, "boilerplate/"), fmt.Sprintf("a box of small blocks led by %q: %s", first, describe(n))
			}
		}
	}
	return "", ""
}

// smallBlocksFirst is the text of n's first child, and how many blocks
// n holds, when n holds two to twelve small blocks (div, p, span, a or
// li of a few inline nodes and at most 30 words each) and nothing else;
// "" otherwise.
func smallBlocksFirst(n *html.Node) (first string, blocks int) {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			continue
		case c.Type != html.ElementNode || len(kids) == 12:
			return "", 0
		}
		switch c.DataAtom {
		case atom.Div, atom.P, atom.Span, atom.A, atom.Li, atom.Button:
		default:
			return "", 0
		}
		kids = append(kids, c)
	}
	if len(kids) < 2 {
		return "", 0
	}
	for _, k := range kids {
		// A few inline nodes: no block inside, so that no text is read
		// for more than one box however deep the page nests.
		size, nested := 0, false
		walk(k, func(c *html.Node) bool {
			size++
			nested = nested || c != k && (c.DataAtom == atom.Div || c.DataAtom == atom.P)
			return size <= 12 && !nested
		})
		if size > 12 || nested || len(strings.Fields(textOf(k))) > 30 {
			return "", 0
		}
	}
	return clean(textOf(kids[0])), len(kids)
}

// listBoxTitle is the text of n's heading when n holds a heading and a
// list and nothing else.
func listBoxTitle(n *html.Node) string {
	var kids []*html.Node
	for c := n.FirstChild; c != nil && len(kids) <= 2; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	if len(kids) != 2 || kids[1].DataAtom != atom.Ul && kids[1].DataAtom != atom.Ol {
		return ""
	}
	switch kids[0].DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.P, atom.Span, atom.Strong:
	default:
		return ""
	}
	// A heading of a few nodes: the check stays linear however deep the
	// page nests.
	size := 0
	walk(kids[0], func(*html.Node) bool { size++; return size <= 20 })
	if size > 20 {
		return ""
	}
	return clean(textOf(kids[0]))
}

// boxTitle is the text of n's first element child, when n is a small box:
// several children, none of them a container. So each element's text is
// read for one box at most, and the rule stays linear in the page.
func boxTitle(n *html.Node) string {
	var first *html.Node
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Aside, atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Form:
			return ""
		}
		if first == nil {
			first = c
		}
		count++
	}
	if count < 2 {
		return ""
	}
	return clean(textOf(first))
}

// photoWords, beside a byline's word, say that the author is the
// photographer's.
var photoWords = map[string]bool{"foto": true, "photo": true, "fotografo": true, "fotografia": true, "image": true, "imagen": true, "img": true, "credit": true, "credito": true}

// standfirstWords name the standfirst or subtitle under a headline.
var standfirstWords = map[string]bool{"subtitle": true, "subtitles": true, "standfirst": true, "subheadline": true, "dek": true,
	"lede": true, "sumario": true, "entradilla": true, "bajada": true, "sottotitolo": true, "chapeau": true, "chapo": true}

// holdsStandfirst reports whether an element below n is named as a
// standfirst or subtitle: elDiario.es puts its subtitles in a list named
// "footer" under the headline.
func holdsStandfirst(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		found = found || c != n && c.Type == html.ElementNode && slices.ContainsFunc(nameWords(c), func(w string) bool { return standfirstWords[w] })
		return !found
	})
	return found
}

// imageOnly reports whether n holds an image and no player or frame:
// Excélsior's "media_embed" around a photo, its credit and its caption.
func imageOnly(n *html.Node) bool {
	img, player := false, false
	walk(n, func(c *html.Node) bool {
		if c != n {
			switch c.DataAtom {
			case atom.Img, atom.Picture:
				img = true
			case atom.Iframe, atom.Video, atom.Audio, atom.Object, atom.Embed, atom.Script:
				player = true
			}
		}
		return !player
	})
	return img && !player
}

// imageWords, in a name beside "embed", say that what is embedded is an
// image.
var imageWords = map[string]bool{"image": true, "img": true, "photo": true, "picture": true, "figure": true}

// ancestor is n's nearest ancestor element a, or nil.
func ancestor(n *html.Node, a atom.Atom) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return p
		}
	}
	return nil
}

func isMedia(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Figure, atom.Source:
		return true
	}
	return false
}

// holdsArticle reports whether n holds the headline, or more than half of
// the page's paragraph text.
func (rd *reader) holdsArticle(n *html.Node) bool {
	if rd.h1 != nil {
		for p := rd.h1; p != nil; p = p.Parent {
			if p == n {
				return true
			}
		}
	}
	return rd.paraText(n)*2 > rd.totalPara
}

// paraText counts the characters of <p> text under n.
func (rd *reader) paraText(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			total += len(clean(textOf(c)))
			return false
		}
		return true
	})
	return total
}

// factBox reports whether an <aside> is the article's own box of facts:
// inside the <article> or <main>, with a name that says so ("encadre",
// "item-box--da-sapere", "infos-pratiques").
func factBox(n *html.Node) bool {
	return (ancestor(n, atom.Article) != nil || ancestor(n, atom.Main) != nil) && slices.ContainsFunc(nameWords(n), func(w string) bool { return factBoxWords[w] })
}

// factBoxWords name an article's own box of facts.
var factBoxWords = map[string]bool{"infobox": true, "factbox": true, "facts": true, "keyfacts": true, "infokasten": true, "kasten": true, "encadre": true, "recuadro": true, "riquadro": true, "kader": true,
	"pratique": true, "pratiques": true, "infospratiques": true, "sapere": true, "dasapere": true, "practical": true, "gutzuwissen": true,
	"toknow": true, "keypoints": true} // "what-to-know", "key-points": the story's points

// shopCard reports a small box (forty words at most) that holds a price
// and, among its children or theirs, a link that is a shop's button
// ("Shop Now", "Zum Shop", "Acheter"). The button is looked for first:
// every box of a page is asked, and its text costs its whole subtree.
func shopCard(n *html.Node) bool {
	if !shopButtonWithin(n, 2) {
		return false
	}
	text := clean(textOf(n))
	return len(strings.Fields(text)) <= 40 && importer.Price(text)
}

// shopButtonWithin reports a shop's button among n's descendants down to
// depth levels.
func shopButtonWithin(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil && depth > 0; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && importer.ShopButton(clean(textOf(c))) || shopButtonWithin(c, depth-1) {
			return true
		}
	}
	return false
}
