package html

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/importer"
)

// photoCreditWords name the element that holds a photo's credit, and
// nothing else.
var photoCreditWords = map[string]bool{"copyright": true, "credit": true, "credits": true, "credito": true, "creditos": true,
	"photographer": true, "fotografo": true, "courtesy": true}

// creditWords name the element that holds a photo credit: those, and the
// words that name a byline's element too ("author", "source" and its
// other languages' words: "legenda_fonte"), which say "credit" only
// inside a figure.
var creditWords = func() map[string]bool {
	m := maps.Clone(photoCreditWords)
	for _, w := range []string{"attribution", "rights", "source", "fonte", "fuente", "quelle", "bron", "autor", "author", "byline"} {
		m[w] = true
	}
	return m
}()

func isCreditElement(n *html.Node) bool {
	if n.DataAtom == atom.Small || n.DataAtom == atom.Cite {
		return true
	}
	// Each name's last word says: "caption-credits" is a credit,
	// "credit-caption" the caption's wrapper, with its credit; and an
	// element named a caption by any of its names is one
	// ("image__caption attribution").
	credit := false
	for _, key := range []string{"class", "id", "data-component", "data-testid"} {
		for _, tok := range strings.Fields(attr(n, key)) {
			last := ""
			for _, w := range valueWords(nil, tok) {
				if w == "caption" || w == "figcaption" || creditWords[w] {
					last = w
				}
			}
			switch {
			case last == "caption" || last == "figcaption":
				return false
			case last != "":
				credit = true
			}
		}
	}
	return credit || strings.EqualFold(attr(n, "itemprop"), "copyrightHolder") || strings.EqualFold(attr(n, "itemprop"), "author")
}

// creditLeftRE is what a caption keeps of its credit's element once the
// element is taken out: empty brackets, or a label with its dash or its
// ellipsis ("… is made.Credit...").
var creditLeftRE = regexp.MustCompile(`\s*(?:[-–—|/]\s*)?(?:\(\s*\)|\[\s*\]|\b(?i:foto|fotos|photo|photos|photograph|bild|crédit|credit|crédito|image|imagem|imagen|immagine|fotografía|fotografia)\s*(?::|\.\.\.|…)|(?:^|\s)(?i:фото|сурт|surat|сурет|сүрөт)\s*:)\s*$`)

// figure maps a <figure>, or an <img> or <picture> outside one, into a
// Figure: the best image source, the caption from <figcaption> and the
// credit from its credit element or, by the importer's credit rules,
// from the caption's text.
func (rd *reader) figure(n *html.Node) *document.Figure {
	cands := candidates(n)
	if n.DataAtom != atom.Figure && decoration(n, cands) {
		rd.decide(n, KindUnreadable, RuleDecor, "an icon, logo or spacer image")
		return nil
	}
	if !rd.keptBlock(n) {
		rd.decide(n, KindDropped, RuleExtractor, "not part of the article the extractor found")
		return nil
	}
	var capNodes []*html.Node
	var credit string
	skip := map[*html.Node]bool{}
	if n.DataAtom == atom.Figure || figureLike(n) {
		walk(n, func(c *html.Node) bool {
			if c != n && c.Type == html.ElementNode && isCreditElement(c) {
				t := clean(textOf(c))
				// "<p class="copyright">Archivbild: … (Quelle: dpa/X)</p>",
				// the only text of the caption: a caption with its credit,
				// which the caption's rules split.
				if head, _, ok := importer.CaptionCredit(t); ok && len(strings.Fields(head)) >= 4 {
					return false
				}
				// "<span class="credit">Maelezo ya picha, X</span>": the
				// caption's label says what it is, whatever its class.
				if _, ok := importer.CaptionLabel(t); ok {
					return false
				}
				if t != "" && credit == "" {
					credit = t
				}
				skip[c] = true
				return false
			}
			return true
		})
		var cap *html.Node
		walk(n, func(c *html.Node) bool {
			if cap == nil && c.Type == html.ElementNode && captionElement(c) && !skip[c] {
				cap = c
			}
			return cap == nil
		})
		if cap != nil {
			capNodes = childNodes(cap)
			// A caption's own button ("hide caption"), who uploaded the
			// photo ("hochgeladen von X") and a gallery's slide counter
			// ("Bild 1 von 3") are no caption text.
			walk(cap, func(c *html.Node) bool {
				if c == cap || c.Type != html.ElementNode {
					return true
				}
				t := clean(textOf(c))
				if rule, _, ok := importer.Furniture(t); importer.CaptionToggle(t) || ok && (rule == "boilerplate/uploader" || rule == "boilerplate/gallery") {
					skip[c] = true
					return false
				}
				return true
			})
			if credit == "" {
				if last := trailingCredit(cap); last != nil {
					credit = clean(textOf(last))
					skip[last] = true
				} else if first, cr := leadingCredit(cap); first != nil {
					credit = cr
					skip[first] = true
				}
			}
		} else {
			capNodes = childNodes(n)
		}
		if credit == "" {
			// A credit line outside the caption: "Image source, X".
			walk(n, func(c *html.Node) bool {
				if c == cap || credit != "" {
					return false
				}
				if c != n && c.Type == html.ElementNode && ownText(c) {
					if cr, ok := importer.CreditLine(clean(textOf(c))); ok {
						credit = cr
						skip[c] = true
						return false
					}
				}
				return true
			})
		}
	}
	for k := range skip {
		rd.furn[k] = [2]string{"credit", ""}
	}
	ins := normalize(rd.inlines(capNodes))
	for k := range skip {
		delete(rd.furn, k)
	}
	capText := clean(document.PlainText(ins))
	var derived []string
	if cr, c, ok := importer.LabelPair(credit, capText); ok {
		credit, capText, ins = cr, c, str(c) // "Isi foto, X" and "Nkọwa foto, Y": labels not known
	} else if cr, c, ok := importer.CreditThenCaption(capText); ok && credit == "" {
		credit, capText, ins = cr, c, str(c) // "منبع تصویر, X توضیح تصویر, Y"
	} else if c, ok := importer.CaptionLabel(capText); ok {
		capText, ins = c, str(c)
	}
	if credit == "" {
		if c, cr, ok := importer.CaptionCredit(capText); ok {
			credit = cr
			capText = c
			ins = str(c)
		} else if c, cr, ok := importer.StuckCredit(capText); ok {
			credit = cr // "… in Sydney. (Nine)": a figcaption's last words
			capText = c
			ins = str(c)
		} else if c, a, ok := importer.DashAgency(capText); ok {
			credit = a // "… on Tuesday (Nov 18). — Bernama"
			capText = c
			ins = str(c)
		}
	} else {
		if c, ok := importer.CreditLine(credit); ok {
			credit = c
		}
		// "… en una imatge d’arxiu / <span>ACN</span>", "… fall.
		// (<span>X/CBC</span>)", "… (12) — Foto: <span>X</span>": the
		// separator, brackets or label around the credit's element go
		// with it.
		if strings.HasSuffix(capText, " /") || strings.HasSuffix(capText, " |") {
			c := strings.TrimSpace(capText[:len(capText)-2])
			capText, ins = c, str(c)
		}
		if m := creditLeftRE.FindStringIndex(capText); m != nil && m[0] > 0 {
			c := strings.TrimSpace(capText[:m[0]])
			capText, ins = c, str(c)
		}
	}
	credit = trimCredit(credit)
	if c, ok := importer.ArchiveCredit(credit); ok {
		credit = c
		derived = append(derived, "credit: \", File\" dropped")
	}
	if c, ok := importer.FilePrefix(capText); ok {
		capText, ins = c, str(c)
		derived = append(derived, "caption: FILE prefix dropped")
	}
	if c := strings.TrimRight(capText, " |-–—,"); c != capText && credit != "" {
		capText, ins = c, str(c) // "… de février. |", "… de clase —" or "… Boretto," before a credit element
	}
	// "…浦和FW松浦（<span>撮影・野村達也）</span>": the credit element
	// holds the closing bracket, the caption the opening one.
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if c, open := strings.CutSuffix(strings.TrimSpace(capText), b[0]); open && strings.HasSuffix(credit, b[1]) && !strings.Contains(credit, b[0]) {
			c = strings.TrimSpace(c)
			capText, ins, credit = c, str(c), strings.TrimSpace(strings.TrimSuffix(credit, b[1]))
		}
	}
	if capText == "" {
		ins = nil
	}
	if len(cands) == 0 && capText == "" && credit == "" {
		// Medium's embed of a post: a frame, never read, and no text.
		rd.decide(n, KindDropped, RuleEmbed, "a figure with no image and no caption: an embed")
		return nil
	}
	rd.nfig++
	fig := &document.Figure{Caption: ins, Credit: credit}
	if alt := imgAlt(n); alt != "" {
		fig.Alt = alt
	} else if capText != "" {
		fig.Alt = importer.AltFromCaption(capText)
		derived = append(derived, "alt")
	}
	src := pickSource(cands, rd.opt.Files, rd.resourceBase(), rd.opt.Resources)
	if key := src.local + src.remote + src.from; key != "" {
		if rd.seen == nil {
			rd.seen = map[string]bool{}
		}
		if rd.seen[key] {
			rd.nfig--
			rd.decide(n, KindDropped, RuleDuplicate, "the same image as an earlier figure")
			return nil
		}
		rd.seen[key] = true
	}
	pos := diag.Position{File: rd.name}
	why := fmt.Sprintf("figure %d", rd.nfig)
	switch {
	case src.data != nil:
		fig.Src = fmt.Sprintf("%s/figure-%d%s", EmbeddedDir, rd.nfig, src.ext)
		if rd.rep.Embedded == nil {
			rd.rep.Embedded = map[string][]byte{}
		}
		rd.rep.Embedded[fig.Src] = src.data
		why += fmt.Sprintf(", image inside the page (a data: URI of %d bytes)", len(src.data))
	case src.local != "":
		fig.Src = src.local
		why += ", image " + src.local
	case src.remote != "":
		fig.Src = src.remote
		rd.rep.Remote = append(rd.rep.Remote, src.remote)
		rd.rep.Placeholders.Addf(pos, "figure %d: its image was not saved with the page and is never fetched (%s); the editions show a placeholder", rd.nfig, src.remote)
		why += ", remote image (placeholder)"
	default:
		rd.rep.Placeholders.Addf(pos, "figure %d has no image the page saved; the editions show a placeholder", rd.nfig)
		why += ", no image (placeholder)"
	}
	if src.refused != "" {
		rd.rep.Warnings.Addf(pos, "figure %d: image path %q leaves the saved folder and is refused", rd.nfig, src.refused)
	}
	if credit != "" {
		why += ", credit " + strconv.Quote(credit)
	}
	if rd.isRescued(n) {
		why += "; kept although the extractor dropped it: it lies between the headline and the article's end"
	}
	rd.decide(n, KindFigure, RuleFigure, why, derived...)
	return fig
}

// trailingCredit returns the last element of a caption when it reads as
// the credit set apart: a few words, not a sentence, after caption text
// that ends one ("… el 5 de marzo.<span>ÁLVARO RUBIO</span>").
func trailingCredit(cap *html.Node) *html.Node {
	var last *html.Node
	for c := cap.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type == html.ElementNode && c.DataAtom != atom.A && c.DataAtom != atom.Br {
			last = c
		}
		break
	}
	if last == nil {
		return nil
	}
	t := clean(textOf(last))
	if n := len(strings.Fields(t)); n == 0 || n > 8 || endsSentence(t) {
		return nil
	}
	var before strings.Builder
	for c := cap.FirstChild; c != last; c = c.NextSibling {
		before.WriteString(textOf(c))
	}
	// A labelled credit ("Image courtesy of X") is one after any caption.
	if _, labelled := importer.CreditLine(t); !labelled && !endsSentence(clean(before.String())) && !gluedCredit(before.String(), last, t) {
		return nil
	}
	return last
}

// leadingCredit returns the first element of a caption when it is a
// credit set apart over the caption's text, on a line of its own or in
// an element of its own, and that credit: "<span>现代快报/现代+记者 顾炜
// 摄</span><br><span>居民在…</span>", "<span>Foto: Jana
// Ruhland</span><span>Die neue Gemeindepraxis …</span>".
func leadingCredit(cap *html.Node) (*html.Node, string) {
	for c := cap.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		next := c.NextSibling
		if c.Type != html.ElementNode || next == nil || next.Type != html.ElementNode || next.DataAtom == atom.Br && next.NextSibling == nil {
			return nil, ""
		}
		cr, ok := importer.CreditLine(clean(textOf(c)))
		if !ok {
			return nil, ""
		}
		return c, cr
	}
	return nil, ""
}

// gluedCredit reports a credit that only the page's style sets apart
// from the caption before it: an element right after the caption's, with
// no space between, whose text would run into the caption's last word
// ("… geslaagd zijn" and "ANP" as "zijnANP"), and that names an agency
// or a person.
func gluedCredit(before string, last *html.Node, t string) bool {
	p := last.PrevSibling
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(before)
	f, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(b) || !unicode.IsUpper(f) {
		return false
	}
	_, agency := importer.Agency(t)
	return agency || importer.IsPerson(t)
}

// trimCredit drops the brackets around a credit, "(Name for The Post)",
// and a label the importer does not know ("Photo:", "Foto:", "Bild:"
// and the like, as a word and a colon before the name).
func trimCredit(c string) string {
	c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "/")) // "Ana Ruiz/", as some pages print their staff
	c = strings.TrimSpace(strings.TrimLeft(c, "-–—|·•/"))                // "— Foto: X", "/ ÒSCAR ROVIRA", "• X": a separator before the credit
	if a, ok := importer.Agency(c); ok {
		return a // "Photo News": an agency's name, whose first word is no label
	}
	if l, ok := importer.CreditLine(c); ok && len(l) < len(c) {
		c = l // "Foto: X"
	}
	c = importer.BodyCredit(c) // "Document Ville de Dijon"
	if name, ok := strings.CutSuffix(c, " nuotr."); ok && name != "" {
		c = name // "Jono Petraičio nuotr.": Lithuanian's "photo" after the name
	}
	// "© (Photo NR, X)", "© Photo X": the sign before a bracketed or
	// labelled credit.
	if rest, ok := strings.CutPrefix(c, "© "); ok {
		switch {
		case strings.HasPrefix(rest, "(") || labelFirst(rest):
			return importer.TrimCreditStop(importer.CreditAfterSign(rest))
		case strings.Contains(rest, ":"):
			c = importer.BodyCredit(rest) // "© Quelle: X", "© Crédit photo : X": the label goes
		}
	}
	if strings.HasPrefix(c, "(") && strings.HasSuffix(c, ")") && strings.Count(c, "(") == 1 ||
		strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") && strings.Count(c, "[") == 1 { // "[ NAME | Times ]"
		c = strings.TrimSpace(c[1 : len(c)-1])
	}
	if l, ok := importer.CutCreditLabel(c); ok {
		c = l // "(Fot. materiały ZIM)", which starts with no capital
	}
	// "(foto Ansa)", "Photo Nour Barakat", "Beeld Jakob van Vliet", "(Photo
	// by X/The Denver Post)": in a credit element, a label word before the
	// credit with only a space.
	for _, label := range creditElementLabels {
		// Not "Photo d'archives": a label over a word in lower case is
		// the credit's own first word.
		if rest, ok := cutPrefixFold(c, label); ok {
			// "Photo d'illustration JSL /X": the qualifier goes too;
			// "foto gf": a photographer's initials in lower case.
			if rest = importer.CutLabelQualifier(rest); rest != "" && (!startsLower(rest) || loneInitialsRE.MatchString(rest)) {
				c = rest
				break
			}
		}
	}
	// "Quelle: X": a one-word label goes, but not one that says how the
	// newsroom got the photo ("Supplied: X", as the text keeps it).
	if i := strings.Index(c, ":"); i > 0 && i < 20 && !strings.Contains(c[:i], " ") && i+1 < len(c) && !strings.EqualFold(c[:i], "supplied") && !strings.EqualFold(c[:i], "handout") {
		c = strings.TrimSpace(c[i+1:])
	}
	return importer.TrimCreditStop(c)
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// photoLabels are the words for "photo" that open a credit element, with
// their space; creditElementLabels are all the labels trimCredit takes
// off, the longer first.
var (
	photoLabels         = []string{"foto ", "photo ", "beeld ", "bild "}
	creditElementLabels = slices.Concat([]string{"photo by ", "foto di ", "foto de "}, photoLabels, []string{"crédit ", "credit ", "illustratie ", "illustration ", "illustrazione ", "ilustración ", "ilustração "})
)

// labelFirst reports whether c starts with a photo label word and a space
// ("Photo X", "Foto X").
func labelFirst(c string) bool {
	for _, label := range photoLabels {
		if _, ok := cutPrefixFold(c, label); ok {
			return true
		}
	}
	return false
}

// cutPrefixFold is strings.CutPrefix, ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return strings.TrimSpace(s[len(prefix):]), true
	}
	return s, false
}

// decoration reports an image that is no photograph: no source, an SVG,
// or declared at most 120 pixels wide or high.
func decoration(n *html.Node, cands []candidate) bool {
	if len(cands) == 0 {
		return true
	}
	img := n
	if n.DataAtom != atom.Img {
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.DataAtom == atom.Img {
				img = c
				return false
			}
			return true
		})
	}
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(attr(img, k), "px")); err == nil && v <= 120 {
			return true
		}
	}
	// <img class="lib-article__source-logo">: the outlet's logo beside
	// the byline, whatever its size.
	for _, w := range nameWords(img) {
		if w == "logo" || w == "icon" || w == "avatar" {
			return true
		}
	}
	return placeholderOnly(n)
}

func imgAlt(n *html.Node) string {
	alt := ""
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			alt = clean(attr(c, "alt"))
			return false
		}
		return alt == ""
	})
	return alt
}

func str(s string) []document.Inline {
	if s == "" {
		return nil
	}
	return []document.Inline{&document.Str{Text: s}}
}

func (rd *reader) isRescued(n *html.Node) bool {
	i := rd.num[n]
	for _, r := range rd.rescued {
		if r == i {
			return true
		}
	}
	return false
}
