package importer

import (
	"fmt"
	"strings"

	"publish/internal/document"
)

// verdictRE is a fact-check's verdict alone on a line: the label of its
// rating, in the words the fact-checkers of each language use.
var verdictRE = re(`^(?i:false|true|mostly false|mostly true|half true|half-true|pants on fire!?|misleading|missing context|needs context|unproven|unsupported|altered|fake|falso|falsa|engañoso|engañosa|bulo|verdadero|verdadera|faux|trompeur|trompeuse|vrai|manipulé|sans contexte|fuorviante|vero|pinocchio andante|pinocchio|c'eri quasi|nì|panzana pazzesca|distorcido|impreciso|verdadeiro|exagerado|insustentável|contraditório|enganoso|falsch|irreführend|richtig|teilweise falsch|fehlender kontext|onwaar|misleidend|juist|größtenteils falsch|helt feil|delvis feil|feil|helt sant|delvis sant|sant|ikke belegg|falskt|vilseledande|fałsz|prawda|manipulacja|częściowa prawda|nieweryfikowalne|fuori contesto|bufala|senza prove|sin evidencia|inchequeable|engañoso|exagerado|sem contexto)$`)

// factCheckLabelRE is a heading of a fact-check's claim box: "What was
// claimed", "Our verdict". It is no author's role.
var factCheckLabelRE = re(`^(?i:what was claimed|our verdict|if your time is short|the claim|claim|verdict|the verdict|our ruling|ce qui est affirmé|notre verdict|lo que se dice|nuestro veredicto|il verdetto|a alegação|nosso veredito|die behauptung|unser fazit)$`)

// statedOnRE is PolitiFact's line over the claim it rates: "stated on
// March 4, 2025 in an Instagram post:".
var statedOnRE = re(`^(?i:stated on)\s.{6,40}\sin\s.{2,80}:$`)

// claimSourceRE is the line under a claim that says where and when it
// was made: "Fonte: X | 9 marzo 2025", "Source : Facebook, 3 mars 2025".
var claimSourceRE = re(`^(?i:fonte|fuente|source|quelle|bron)\s?:\s*[^|,]{1,40}[|,]\s*\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}$`)

// claimCards drops the cards that set out the claim a fact-check rates:
// the quotation, the line that says who made it, where and when ("stated
// on March 4, 2025 in an Instagram post:" over it, or "Fonte: X | 9 marzo
// 2025" under it), the speaker's name and role over it, and the verdict
// under it. They run before the header, so that the speaker is no author.
func (im *importer) claimCards() {
	for i, text := range im.lines {
		if im.done[i] || !quoted(text) || wordCount(text) > 80 {
			continue
		}
		p, j := im.next(i, true), -1
		above := im.above(i)
		switch {
		case above >= 0 && statedOnRE.MatchString(im.lines[above]):
			j = above
		case p > 0 && claimSourceRE.MatchString(im.lines[p]):
			j = p
		default:
			continue
		}
		why := fmt.Sprintf("a fact-check's card of the claim it rates (line %d)", i+1)
		im.drop(i, RuleFactCheck, why)
		if !im.done[j] {
			im.drop(j, RuleFactCheck, why+": who made it, where and when")
		}
		// The speaker's name and role over the card: short lines, no
		// sentence.
		top := min(i, j)
		for k, n := im.above(top), 0; k >= 0 && n < 2 && !im.done[k] && wordCount(im.lines[k]) <= 5 && !endsSentence(im.lines[k]) && !verdictRE.MatchString(im.lines[k]); k, n = im.above(k), n+1 {
			if _, _, _, ok := dateLine(im.lines[k]); ok || byWordRE.MatchString(im.lines[k]) || byLabelRE.MatchString(im.lines[k]) {
				break // the header's own lines over the card
			}
			im.drop(k, RuleFactCheck, why+": the speaker")
		}
		if v := im.next(max(i, j), true); v > 0 && !im.done[v] && verdictRE.MatchString(im.lines[v]) {
			im.drop(v, RuleFactCheck, why+": its verdict")
		}
	}
}

// quoted reports a line that is one quotation: "«…»", "“…”", "\"…\"".
func quoted(s string) bool {
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}, {"„", "“"}} {
		if len(s) > len(q[0])+len(q[1]) && s[:len(q[0])] == q[0] && s[len(s)-len(q[1]):] == q[1] {
			return true
		}
	}
	return false
}

// sourcesHeadingRE heads the list of the sources a story used: "Our
// Sources", "Referências:", "Fuentes".
var sourcesHeadingRE = re(`^(?i:our sources|sources|links|fuentes|nuestras fuentes|referências|referencias|références|fontes|fonti|le fonti|quellen|bronnen|references)\s*:?$`)

// sourceLists keeps the list of sources under its heading at the end of
// a fact-check or an explainer ("Our Sources", "Instagram post, March 4,
// 2025 (archived)", "Phone interview, X, March 10, 2025"): a heading and
// a paragraph an item, where short lines after the body would read as
// links.
func (im *importer) sourceLists(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] || !sourcesHeadingRE.MatchString(im.lines[i]) {
			continue
		}
		var items []int
		for j := im.next(i, true); j > 0 && !im.done[j] && citationShaped(im.lines[j]); j = im.next(j, true) {
			items = append(items, j)
		}
		if len(items) < 2 {
			continue
		}
		im.blocks[i] = &document.Heading{Pos: document.Pos{Line: i + 1}, Level: 2, Text: str(im.lines[i])}
		im.decide(i, KindHeading, RuleHeading, "the heading of the story's list of sources")
		for n, j := range items {
			im.keepParagraph(j, fmt.Sprintf("item %d of the story's list of sources (line %d)", n+1, i+1))
		}
		i = items[len(items)-1]
	}
}

// citationShaped reports a line of a list of sources: short, and holding
// a date, a number, a comma, brackets or a domain ("Anatel",
// "Registro.br", "1. Facebook (arquivo)").
func citationShaped(s string) bool {
	if wordCount(s) > 30 || endsQuestion(s) {
		return false
	}
	return numberedRE.MatchString(s) || strings.ContainsAny(s, ",(0123456789") || domainRE.MatchString(s)
}
