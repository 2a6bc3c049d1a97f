package importer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Widgets are the boxes of figures that sports and markets pages set
// between paragraphs: a bookmaker's odds with the gambling notice the law
// asks for, a match's score, a live ticker's teaser. Their lines are short
// and mostly numbers, so no phrase names them, and none is body text.

// gamblingNoticeRE is the notice under a bookmaker's odds.
var gamblingNoticeRE = re(`(?i)^(?:\+?18\+?\s*(?:[|·•-]\s*)?(?:juega|jugá|gioca|joue[zr]?|gamble|spiel|speel|jogue)\b.{0,120}|.{0,40}\b(?:juega con responsabilidad|gioca (?:responsabilmente|con responsabilità)|les jeux d['’]argent comportent des risques|interdit aux moins de 18 ans|gamble responsibly|glücksspiel kann süchtig machen|spiele? verantwortungsbewusst|il gioco può causare dipendenza|il gioco è vietato ai minori|speel bewust|wat kost gokken jou|jogue com responsabilidade|cuotas sujetas a cambios|quote soggette a variazione|when the fun stops)\b.{0,200})$`)

// gamblingNotice reports a line of gamblingNoticeRE, which is tried only
// on the lines that hold one of gamblingNeeds.
func gamblingNotice(l string) bool {
	return containsAny(strings.ToLower(l), gamblingNeeds) && gamblingNoticeRE.MatchString(l)
}

var gamblingNeeds = []string{"18", "respons", "risque", "gambl", "glücksspiel", "spiel", "gioco", "gok", "cuotas", "quote", "fun stops"}

// oddsRE finds a decimal bookmaker's price: "1,55", "3.25", "41,00".
var oddsRE = re(`\b\d{1,3}[.,]\d{2}\b`)

// liveLabelRE is a live ticker's or stream's label alone on its line,
// over its title or notice.
var liveLabelRE = re(`^(?:LIVE|Live|EN DIRECT|En direct|EN VIVO|En vivo|AO VIVO|Ao vivo|DIRETTA|IN DIRETTA|LIVETICKER|Liveticker|LIVE-TICKER|Livestream|LIVESTREAM|Live-Stream|Livestream:|Live stream)$`)

// widgets drops the boxes of figures described above.
func (im *importer) widgets(title int) {
	n := len(im.lines)
	// A widget's line: short and no sentence, or a price or a score.
	small := func(j int) bool {
		l := im.lines[j]
		if j <= title || l == "" || im.done[j] && im.rep.Entries[j].Kind != KindDropped {
			return false
		}
		if len(l) > 400 {
			return gamblingNotice(l) // a paragraph, unless the notice's own sentences
		}
		w := wordCount(l)
		return w <= 10 && !endsSentence(l) || w <= 25 && strings.ContainsAny(l, ".,") && len(oddsRE.FindAllStringIndex(l, 3)) >= 2 || gamblingNotice(l)
	}
	for i := title + 1; i < n; i++ {
		if im.done[i] && im.rep.Entries[i].Kind != KindDropped || !gamblingNotice(im.lines[i]) {
			continue
		}
		from, to := i, i
		for from-1 > title && small(from-1) && i-from < 15 {
			from--
		}
		for to+1 < n && small(to+1) && to-i < 4 {
			to++
		}
		for j := from; j <= to; j++ {
			if !im.done[j] {
				im.drop(j, RuleWidget, fmt.Sprintf("a bookmaker's odds box, with its gambling notice (line %d)", i+1))
			}
		}
		i = to
	}
	// A match's score box: a block of five lines or more between blank
	// lines or paragraphs, short, two in five of them a number alone
	// ("Finale - Trophée de Nantes", "Léa Marchetti (FRA)", "4", "7",
	// "7", "Ana Kostova (BUL)", "6", "5", "6", "Terminé").
	for i := title + 1; i < n; i++ {
		if !small(i) || im.done[i] || i > 0 && small(i-1) {
			continue
		}
		to, numbers := i, 0
		for to < n && small(to) && to-i < 30 {
			if numberAlone(im.lines[to]) {
				numbers++
			}
			to++
		}
		if to-i >= 5 && numbers*5 >= (to-i)*2 {
			for j := i; j < to; j++ {
				if !im.done[j] {
					im.drop(j, RuleWidget, fmt.Sprintf("a score box: short lines, %d of %d a number alone (lines %d-%d)", numbers, to-i, i+1, to))
				}
			}
		}
		i = to
	}
	// "LIVE" over "Tre Giorni dell'Appennino, la tappa in diretta: …":
	// a live ticker's teaser.
	for i := title + 1; i+1 < n; i++ {
		if im.done[i] || !liveLabelRE.MatchString(im.lines[i]) {
			continue
		}
		if j := im.next(i, false); j == i+1 && wordCount(im.lines[j]) <= 25 {
			im.drop(i, RuleWidget, "a live ticker's label")
			im.drop(j, RuleWidget, fmt.Sprintf("the title of the live ticker of line %d", i+1))
			i = j
		}
	}
}

// sponsoredCards drops the title of a sponsor's card: the line under
// its label ("Sponsored" over "Why more founders are turning to
// revenue-based finance"), a few words and no sentence, with furniture or
// a blank line under it; or with the sponsor's name under it, three
// words at most, then furniture or the story ("SafeHome Deals" over
// "Learn More", "Giardino Facile" over the next paragraph).
func (im *importer) sponsoredCards(title int) {
	dropped := func(k int) bool { return k < 0 || im.done[k] && im.rep.Entries[k].Kind == KindDropped }
	for i := title + 1; i+1 < len(im.lines); i++ {
		if !im.done[i] || im.rep.Entries[i].Rule != "boilerplate/ad" || !sponsoredRE.MatchString(im.lines[i]) {
			continue
		}
		j := im.nextLine(i)
		if j < 0 || im.done[j] || wordCount(im.lines[j]) > 14 || endsSentence(im.lines[j]) {
			continue
		}
		why := fmt.Sprintf("the title of the sponsor's card of line %d", i+1)
		k, n := im.nextLine(j), -1 // under the title, and under that
		if k >= 0 {
			n = im.nextLine(k)
		}
		switch {
		case j == i+1 && (dropped(k) || !im.spaced && k != j+1), im.spaced && dropped(k):
			im.drop(j, RuleWidget, why)
		case k >= 0 && !im.done[k] && wordCount(im.lines[k]) <= 3 && !endsSentence(im.lines[k]) && !strings.ContainsAny(im.lines[k], "0123456789") &&
			n >= 0 && (dropped(n) || wordCount(im.lines[n]) >= 15):
			im.drop(j, RuleWidget, why)
			im.drop(k, RuleWidget, fmt.Sprintf("the sponsor's name on the card of line %d", i+1))
		}
	}
}

// shopCards drops a shop's card in the story: the product's name, its
// price and shop ("€ 24,95 bei Otto", "$28 at Sephora", "Trench en lin,
// Ardelle, 290 €") and the button under them ("Zum Shop", "Shop Now",
// "Acheter"): up to four short lines over the button, one a price.
func (im *importer) shopCards(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if !shopButtonRE.MatchString(im.lines[i]) || im.done[i] && im.rep.Entries[i].Kind != KindDropped {
			continue
		}
		var card []int
		price := false
		for k, n := im.above(i), 0; k > title && n < 4; k, n = im.above(k), n+1 {
			l := im.lines[k]
			if im.done[k] || wordCount(l) > 12 || endsSentence(l) || endsQuestion(l) {
				break
			}
			card = append(card, k)
			price = price || priceRE.MatchString(l)
		}
		if !price {
			continue
		}
		why := fmt.Sprintf("a shop's card, over its button (line %d)", i+1)
		im.drop(i, RuleWidget, why)
		for _, k := range card {
			im.drop(k, RuleWidget, why)
		}
	}
}

// shopButtonRE is a shop's button; priceRE a price, its currency before
// or after it.
var (
	shopButtonRE = re(`^(?i:shop now|shop it|shop|buy now|buy it|zum shop|jetzt kaufen|hier kaufen|jetzt shoppen|acheter|j['’]achète|acquista|acquista ora|compra|compra ya|comprar|comprar ahora|koop nu|kup teraz|view deal|see deal|voir l['’]offre|zum angebot|ver oferta|vedi offerta)$`)
	priceRE      = re(`[€$£]\s?\d[\d.,]*|(?:^|\s)\d[\d.,]*\s?(?:[€$£]|(?:euros?|zł|kr|CHF|EUR|USD)(?:\s|,|$))`)
)

// letterLines keeps a newsletter's greeting ("Liebe Leserinnen und
// Leser,", "Hola a todos,") and its closing with the writer's first
// name ("Herzliche Grüße aus dem Vauban, Lena", "Alla prossima,
// Giulia") as paragraphs of the letter: no caption, heading or menu.
func (im *importer) letterLines(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		l := im.lines[i]
		if im.done[i] || l == "" || wordCount(l) > 10 {
			continue
		}
		switch last := l[len(l)-1]; {
		case (last == ',' || last == '!') && greetingRE.MatchString(l):
			im.keepParagraph(i, "a letter's greeting")
		case strings.Contains(l, ", ") && closingRE.MatchString(l):
			im.keepParagraph(i, "a letter's closing, with the writer's name")
		}
	}
}

// readerLetters credits the writers of a letters page: each letter
// closes with its writer's name over the town ("Margaret Hollis" over
// "Crosthwaite, Cumbria"), under its last paragraph. The names are the
// page's authors; the towns are dropped with them, no heading.
func (im *importer) readerLetters(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] || im.lines[i] == "" || wordCount(im.lines[i]) > 5 {
			continue
		}
		j := im.next(i, true)
		if j < 0 || j > i+2 || im.done[j] || !letterTownRE.MatchString(im.lines[j]) {
			continue
		}
		if p := im.above(i); p <= title || im.done[p] || wordCount(im.lines[p]) < 15 || !endsSentence(im.lines[p]) && !endsQuestion(im.lines[p]) {
			continue
		}
		name := im.lines[i]
		bare := honorificRE.ReplaceAllString(name, "") // "Dr Peter Ansell"
		if !nameShaped(bare) || classifyCredit(bare) != person || placeOrOutlet(bare) {
			continue
		}
		if !slices.Contains(im.doc.Meta.Authors, name) {
			im.doc.Meta.Authors = append(im.doc.Meta.Authors, name)
		}
		im.decide(i, KindByline, RuleBylineBy, fmt.Sprintf("%q signs a reader's letter: the writer's name over the town, under the letter", name))
		im.drop(j, RuleBio, fmt.Sprintf("the town of the letter's writer (line %d)", i+1))
		i = j
	}
}

// letterTownRE is the town and county under a letter's signature:
// "Leominster, Herefordshire", "Bishop’s Castle, Shropshire".
// honorificRE is a title before the writer's name.
var (
	letterTownRE = re(`^\p{Lu}[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}, \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$`)
	honorificRE  = re(`^(?:Dr|Prof|Rev|Revd|Cllr|Sir|Dame|Lady|Lord)\.? `)
)

// greetingRE opens a letter to the readers; closingRE closes it, the
// writer's first name after a comma.
var (
	greetingRE = re(`^(?i:liebe|lieber|hallo|hola|hello|hi|dear|cari|care|caro|cara|chers|chères|cher|chère|bonjour|queridos|queridas|querido|querida|caros|caras|olá|oi|drodzy|droga|drogi|cześć|witajcie|beste|kære|kära|hej)(?:\s[^.!?]{1,60})?[,!]$`)
	closingRE  = re(`^(?i:herzliche grüße|herzlichst|viele grüße|liebe grüße|beste grüße|bis bald|bis zum nächsten mal|alla prossima|a presto|un abbraccio|un saluto|do przeczytania|pozdrawiam|do zobaczenia|un abrazo|saludos|hasta la próxima|nos vemos|à bientôt|à la semaine prochaine|à la prochaine|bises|amitiés|até à próxima|até a próxima|abraços|um abraço|tot de volgende keer|groeten|see you next (?:week|time)|until next time|cheers|warmly)(?:\s[^.!?]{0,60})?,\s*\p{Lu}[\p{L}-]{1,20}[.!]?$`)
)

// capsLinks drops a link to another story that the page sets in
// capitals between paragraphs, as Fox News does ("SMALL TOWN POLICE
// DEPARTMENT FORCED TO DISBAND AFTER INSURANCE COSTS TRIPLE"): ten words
// or more (EFE heads its parts in capitals, in eight), no sentence's end
// and no credit's punctuation, a paragraph above it and one under it.
func (im *importer) capsLinks(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		l := im.lines[i]
		if im.done[i] || len(l) > 200 || !allCaps(l) || wordCount(l) < 10 || endsSentence(l) || strings.ContainsAny(l, ",/|()") {
			continue
		}
		if _, credit := creditLine(l); credit {
			continue // "FOURNIE PAR LA VILLE DE SHERBROOKE" under its caption
		}
		if p, n := im.above(i), im.nextLine(i); p > title && !im.done[p] && bodyLine(im.lines[p]) && n > i && !im.done[n] && bodyLine(im.lines[n]) {
			im.drop(i, RuleTeaser, "a link to another story, in capitals between paragraphs")
		}
	}
}

// appealButtons drops the button under a plea for support that the table
// dropped: "Support Civil Beat" under "Civil Beat is a nonprofit
// newsroom. …".
func (im *importer) appealButtons(title int) {
	for i := title + 1; i+1 < len(im.lines); i++ {
		r := im.rep.Entries[i].Rule
		if !im.done[i] || r != "boilerplate/support-box" && r != "boilerplate/appeal" && r != RuleAppeal {
			continue
		}
		j := im.nextLine(i)
		if j > 0 && !im.done[j] && appealButtonRE.MatchString(im.lines[j]) && wordCount(im.lines[j]) <= 5 {
			im.drop(j, RuleAppeal, fmt.Sprintf("the button under the plea for support of line %d", i+1))
		}
	}
}

// appealButtonRE is the button under a plea for support.
var appealButtonRE = re(`^(?:Support|Donate to|Give to|Join|Become a member of|Unterstützen Sie|Soutenez|Apoya|Apoie|Sostieni) \p{Lu}`)

// sponsoredRE is the label of a sponsor's card.
var sponsoredRE = re(`^(?i:sponsored|sponsored content|paid post|paid content|partner content|promoted|anzeige|publicidad|contenido patrocinado|patrocinado|contenu sponsorisé|sponsorisé|contenuto sponsorizzato|contenuti sponsorizzati|contenidos patrocinados|conteúdos patrocinados|contenus sponsorisés|gesponsord|conteúdo patrocinado)$`)

// numberAlone reports a line that is a number and nothing else: a
// score, a set, a price ("4", "2,05", "+0,28%").
func numberAlone(s string) bool {
	return s != "" && !strings.ContainsFunc(s, unicode.IsLetter) && strings.ContainsFunc(s, unicode.IsDigit) && wordCount(s) <= 2
}
