package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"publish/internal/document"
)

// The importer's line rules, for readers of other formats (the saved-page
// reader in internal/html) that meet the same lines inside elements: one
// set of rules for furniture, bylines, dates and photo credits, whatever
// the input. Each function only calls the rule it names.

// Furniture reports whether a line is page furniture by the boilerplate
// table, with the rule's name ("boilerplate/share") and its reason.
func Furniture(text string) (rule, why string, ok bool) {
	row := matchBoilerplate(text)
	if row == nil {
		return "", "", false
	}
	return "boilerplate/" + row.Name, row.Why, true
}

// NoticeSignoff reads the sign-off at the end of a line that Furniture
// dropped by rule as a licensing or republication notice: "Este
// artículo fue publicado originalmente en inglés. Traducción de X."
func NoticeSignoff(rule, text string) ([]document.Contributor, bool) {
	return noticeSignoff(strings.TrimPrefix(rule, "boilerplate/"), text)
}

// FurnitureHeading reports whether a line heads a list of links that is
// furniture with it ("Related Topics", "Most viewed").
func FurnitureHeading(text string) bool {
	row := matchBoilerplate(text)
	return row != nil && row.List
}

// Byline splits a byline line ("By A and B", "Por A y B", "X,
// Environment correspondent") into its names, in title case, and the role
// it carries; alone says the line stands where a byline is expected (a
// byline element), so that a name alone counts. ok is false when the line
// is not one.
func Byline(text string, alone bool) (names []string, role string, ok bool) {
	return bylineLine(text, alone)
}

// LabelHeading reports a heading that is a label of one or two words
// over what follows ("In short:").
func LabelHeading(text string) bool { return labelHeading(text) }

// BylineRole reports a line that may be the role or place under a
// byline: a few words, no sentence, no date.
func BylineRole(text string) bool { return bylineRole(text) }

// RoleLabel reads a labelled role line under a byline ("Role, X",
// "Título del autor, X"): the role without its label.
func RoleLabel(text string) (role string, ok bool) { return roleLabel(text) }

// CaptionToggle reports the button of a photo's caption: "toggle
// caption", "hide caption".
func CaptionToggle(text string) bool { return captionToggleRE.MatchString(text) }

// IndicNewsroom reports an Indic paper's desk or correspondent credit in
// place of a byline ("लोकसत्ता प्रतिनिधि"), and the name it credits.
func IndicNewsroom(text string) (string, bool) { return indicNewsroom(text) }

// EmailShaped reports a line that is an e-mail address alone.
func EmailShaped(text string) bool { return emailShaped(text) }

// UncasedOutlet reports a Japanese, Chinese or Thai newsroom's name
// alone ("共同通信", "関西テレビ", "ผู้จัดการออนไลน์"), which credits the
// source where a byline would be.
func UncasedOutlet(text string) bool { return uncasedOutletRE.MatchString(text) }

// IsPerson reports whether a byline part names a person rather than a
// newsroom, an organisation or a role.
func IsPerson(name string) bool {
	// Not "2024 06:30 a.m.", nor an editor's initials in lower case ("mk").
	return classifyCredit(name) == person && !strings.ContainsAny(name, "0123456789") && !initialsOnlyRE.MatchString(name)
}

// PaperName reports a paper's name where an author's would be: "By
// Daily Guide Africa"; not a person's name with the outlet glued on
// ("Marcus Whitfield Fox News", "Ellie Prentice For Daily Mail").
func PaperName(s string) bool {
	if classifyCredit(s) != outlet || !properNoun(s) || !pressWordRE.MatchString(s) || hasRoleWord(s) {
		return false
	}
	if _, _, ok := forOutlet(s); ok {
		return false
	}
	ws := strings.Fields(s)
	for k := 2; k <= 3 && k < len(ws); k++ {
		if name := strings.Join(ws[:k], " "); nameShaped(name) && classifyCredit(name) == person {
			return false
		}
	}
	return true
}

// DateLine reports whether a line is a publication or update date alone,
// with the date it gives (W3CDTF, "" for a relative one) and the reason.
func DateLine(text string) (date, why string, ok bool) {
	date, _, why, ok = dateLine(text)
	return date, why, ok
}

// CaptionCredit splits a caption that ends with its photo credit
// ("… Photograph: X/Getty Images", "… (AP Photo/X, File)", "… X (EFE)")
// into the caption and the credit. ok is false when the text holds no
// credit.
func CaptionCredit(text string) (caption, credit string, ok bool) {
	if c, ok := figureCredit(text); ok {
		return "", c, true
	}
	return captionWithCredit(text)
}

// DashAgency splits the agency's name after a dash off the end of a
// sentence: "… in four languages. – Bernama".
func DashAgency(text string) (head, agency string, ok bool) { return dashAgency(text) }

// FilePrefix strips the "FILE - " prefix of an archive photo's caption.
func FilePrefix(caption string) (string, bool) {
	if m := fileRE.FindString(caption); m != "" {
		return caption[len(m):], true
	}
	return caption, false
}

// ArchiveCredit drops the ", File" that marks an archive photo from a
// credit ("AP Photo/X, File").
func ArchiveCredit(credit string) (string, bool) { return strings.CutSuffix(credit, ", File") }

// CreditLine reports whether a line is a photo credit alone ("Photograph:
// X", "Bild: X/dpa", "Image source, X"), and gives the credit without its
// label.
func CreditLine(text string) (credit string, ok bool) {
	if c, ok := figureCredit(text); ok {
		return c, true
	}
	return creditLine(text)
}

// CreditAfterSign is the credit that follows a copyright sign: "(Photo NR,
// X)" gives "NR, X", "Photo News" stays whole.
func CreditAfterSign(credit string) string { return creditAfterSign(credit) }

// LearnedFurniture applies the learned furniture model to text, the i-th
// of a story's n lines or blocks: whether it is worded and shaped like
// page furniture, and why.
func LearnedFurniture(text string, i, n int) (why string, ok bool) {
	if len(text) > learnedMax {
		return "", false
	}
	ok, s, words := furnitureModel().furniture(textFeatures(text, i, n))
	if !ok {
		return "", false
	}
	return fmt.Sprintf("worded and shaped like page furniture (score %.1f over %.0f; words %s)", s, learnedThreshold, strings.Join(words, ", ")), true
}

// Address reports an e-mail address or a social media handle alone: an
// author's contact, not the story's text.
func Address(text string) bool { return emailShaped(text) || handleRE.MatchString(text) }

// BodyCredit drops the label before a body's name in a credit element
// ("Document Ville de Dijon"), as in a caption's credit.
func BodyCredit(credit string) string { return bodyCredit(credit) }

// ForOutlet splits a byline of a name and the outlet the person wrote
// for: "Harriet Cole For Mailonline".
func ForOutlet(s string) (name, outlet string, ok bool) { return forOutlet(s) }

// photographsByRE is a photographer's credit in a byline, after the
// writer's.
var photographsByRE = re(`^(?i:fotografia de|fotografias de|fotografía de|fotografías de|fotos de|fotos:|fotografia:|fotografía:|photos by|photographs by|photography by|photos:)\s*(\p{Lu}.+)$`)

// zhHelpersRE is a Chinese byline, its correspondents after "通讯员" and
// its photographer after "图/" or "摄影：".
var zhHelpersRE = re(`^(.+?)\s*(?:(?:通讯员|通訊員)\s*[：:]?\s*(\p{Han}{2,4}(?:[ 、，]+\p{Han}{2,4})*))?\s*(?:(?:图|圖|摄影|攝影)\s*[/／：:]\s*(?:\p{Han}{0,10}(?:记者|記者)\s*[：:]?\s*)?(\p{Han}{2,4}))?$`)

// BylineHelpers splits a byline that credits helpers after a comma:
// "Par X, sur base d'un reportage de Y" is "Par X" and Y, a contributor.
//
// "By X edited by Y", with no comma, is "By X" and Y; "Por X | Editado
// por Y | date" is "Por X | date" and Y.
func BylineHelpers(text string) (head string, cs []document.Contributor, ok bool) {
	// "Rep: Rizky Maulana Harahap/ Red: Fitriani Kusumawardani": the
	// reporter, then the editor ("redaktur").
	if m := repRedRE.FindStringSubmatch(text); m != nil {
		return "Rep: " + m[1], []document.Contributor{{Role: "edt", Text: m[2]}}, true
	}
	// "齐鲁晚报·齐鲁壹点 记者 孙悦 通讯员 高翔", "文/广州日报新花城记者：何颖思
	// 通讯员：梁卓航 图/广州日报新花城记者：苏韵桐": the reporter, then the
	// correspondents, who contribute, and the photographer.
	if m := zhHelpersRE.FindStringSubmatch(text); m != nil && m[2]+m[3] != "" && (zhOutletReporterRE.MatchString(m[1]) || zhReporterRE.MatchString(m[1])) {
		for _, n := range strings.FieldsFunc(m[2], zhNameSep) {
			cs = append(cs, document.Contributor{Role: "ctb", Text: n})
		}
		if m[3] != "" {
			cs = append(cs, document.Contributor{Role: "pht", Text: m[3]})
		}
		return m[1], cs, true
	}
	// "作者：韩宇晨    责编：何璐": a Chinese byline, then its editor.
	if loc := zhEditorAfterRE.FindStringIndex(text); loc != nil && loc[0] > 0 {
		if cs, ok := zhSignoff(strings.TrimSpace(text[loc[0]:])); ok {
			return strings.TrimSpace(text[:loc[0]]), cs, true
		}
	}
	// "Texto de X · Fotografia de Y": the writer, and the photographer
	// after a middle dot.
	if h, t, dot := strings.Cut(text, " · "); dot && byWordRE.MatchString(h) {
		if m := photographsByRE.FindStringSubmatch(t); m != nil && nameShaped(m[1]) {
			return h, []document.Contributor{{Role: "pht", Text: m[1]}}, true
		}
	}
	head, tail, found := strings.Cut(text, ", ")
	if h, t, bar := strings.Cut(text, " | "); bar && (!found || len(h) < len(head)) {
		head, tail, found = h, t, true // "by X on 12 March 2025 | Translated by Y"
	}
	if h, t, edited := strings.Cut(text, " edited by "); !found && edited {
		head, tail, found = h, "Edited by "+t, true
	}
	if !found || !byWordRE.MatchString(head) {
		return "", nil, false
	}
	// "Por X | Editado por Y | 12 de Março de 2026 às 10h15": the date
	// stays with the byline.
	if i := strings.LastIndex(tail, " | "); i > 0 {
		if _, _, _, date := dateLine(tail[i+len(" | "):]); date {
			head, tail = head+tail[i:], tail[:i]
		}
	}
	cs, ok = signoff(tail)
	return head, cs, ok
}

// repRedRE is an Indonesian byline of a reporter and an editor.
var repRedRE = re(`^Rep:\s*(\p{Lu}[^/]{2,60}?)\s*/\s*Red:\s*(\p{Lu}.{2,60})$`)

// zhEditorAfterRE is an editor's label after a space, in a Chinese
// byline.
var zhEditorAfterRE = re(`[\s　](?:` + zhEditorLabels + `)[：:]`)

// Signoff reads a sign-off line ("Reporting by A; Editing by B", "X
// contributed to this report"): the contributors it names.
func Signoff(text string) ([]document.Contributor, bool) { return signoff(text) }

// CreditSignoff credits a sign-off's people as contributors and the
// agencies it names as the story's sources.
func CreditSignoff(m *document.Meta, cs []document.Contributor) { creditSignoff(m, cs) }

// SourceLine reads a line that names the story's sources ("kha/dpa",
// "Source: Al Jazeera", "Quelle: ZEIT ONLINE, dpa"): the sources, and why.
func SourceLine(text string) (names []string, why string, ok bool) { return sourceLine(text) }

// CreditSources credits the sources a source line names: the first is
// the source, unless one is already known; all go in the byline, once
// ("dpa" from the dateline and again from "© dpa").
func CreditSources(m *document.Meta, names []string) {
	if m.Source == nil && len(names) > 0 {
		m.Source = &document.Source{Name: names[0]}
	}
	for _, n := range names {
		if !slices.ContainsFunc(m.Byline, func(b string) bool { return strings.EqualFold(b, n) }) {
			m.Byline = append(m.Byline, n)
		}
	}
}

// Agency reports a news agency's credit alone ("ACN", "(Reuters)"), and
// the agency as it spells itself.
func Agency(text string) (string, bool) {
	if a, ok := agencyNames[strings.ToLower(strings.Trim(text, "() "))]; ok {
		return a, true // "DPA", "dpa", "(AFP)"
	}
	m := agencyLineRE.FindStringSubmatch(text)
	if m == nil || m[1] == "" {
		return "", false
	}
	return cmp.Or(agencyNames[strings.ToLower(m[1])], m[1]), true
}

// AgencyCredit reads a credit with an agency as the header reads it: a
// person with an agency ("Mathilde Ferrand avec AFP") gives the person
// and the agency; a newsroom with one ("CNN Portugal, com Lusa",
// "DN/Lusa", "(Reuters)") gives the sources alone.
func AgencyCredit(text string) (person string, sources []string, ok bool) {
	// "Autor: Lusa/AO": the agency, then the paper's initials.
	if m := authorLabelRE.FindStringSubmatch(text); m != nil {
		for _, p := range strings.Split(m[1], "/") {
			if a, ok := Agency(strings.TrimSpace(p)); ok {
				sources = append(sources, a)
			}
		}
		return "", sources, len(sources) > 0
	}
	m := agencyLineRE.FindStringSubmatch(text)
	if m == nil {
		return "", nil, false
	}
	if who, agency, ok := personWithAgency(m); ok {
		return who, []string{agency}, true
	}
	if strings.Count(text, "/") == 1 && !strings.ContainsAny(text, " ()") {
		return "", strings.Split(text, "/"), true
	}
	if a, ok := Agency(text); ok {
		return "", []string{a}, true
	}
	return "", []string{strings.ReplaceAll(strings.Trim(text, "()"), " ,", ",")}, true
}

// Plea reports the outlet's plea for support or subscribers: "Dir
// gefällt, was wir machen? Dann unterstütze unseren unabhängigen
// Journalismus."
func Plea(text string) bool { return pleaLine(text) }

// DeskInitials reports the editors' initials that close agency copy
// ("rom/lpc").
func DeskInitials(text string) bool { return initialsRE.MatchString(text) }

// Signature reports the author's name and the date in brackets that
// close a story: "(Katharina Pölzl, 9.7.2024)".
func Signature(text string) bool { return signature(text) }

// BracketNames returns the reporters a Japanese or Chinese story names in
// brackets where it ends: "（木村直人）", "（石巻総局・遠藤拓海）".
func BracketNames(text string) ([]string, bool) {
	m := bracketNameRE.FindStringSubmatch(text)
	if m == nil || !uncasedName(m[1]) || m[2] != "" && !uncasedName(m[2]) || zhBracketLabels[m[1]] {
		return nil, false
	}
	if m[2] == "" {
		return m[1:2], true
	}
	return m[1:3], true
}

// NameCase sets a name printed in capitals, or with its surname in
// capitals, in title case ("ROSA DELGADO", "Carla HUAMÁN").
func NameCase(name string) string { return titleCase(name) }

// StuckCredit splits a caption of one sentence from the credit of one to
// three capitalised words after its full stop ("… in Sydney. (Nine)").
func StuckCredit(text string) (caption, credit string, ok bool) {
	caption, credit, ok = stuckCredit(text)
	if inner, found := inBrackets(credit); found {
		credit = inner
	}
	return caption, credit, ok
}

// CutCreditLabel strips a credit's label when a colon or a full stop
// ends it ("Fot. materiały ZIM", "Zdroj: Mesto Košice"), whatever case
// the credit starts with.
func CutCreditLabel(credit string) (string, bool) {
	m := creditLabelRE.FindStringSubmatch(credit)
	if m == nil || !strings.Contains(m[1], ":") && !strings.HasSuffix(credit[:len(credit)-len(m[1])-len(m[2])], ".") {
		return credit, false
	}
	return m[2], true
}

// SourcesHeading reports the heading of a story's list of sources ("Our
// Sources", "Referências:").
func SourcesHeading(text string) bool { return sourcesHeadingRE.MatchString(text) }

// Citation reports a line of a list of sources: short, with a date, a
// number, a comma, brackets or a domain.
func Citation(text string) bool { return citationShaped(text) }

// CaptionLabel strips a caption label ("Image caption, X", "IMAGE: X",
// "Banner image: X").
func CaptionLabel(text string) (caption string, ok bool) {
	if m := bannerLabelRE.FindString(text); m != "" {
		return text[len(m):], true
	}
	return figureCaption(text)
}

// CreditThenCaption splits "Image source, X Image caption, Y", a
// credit and a caption each after its label in one text (a BBC photo's
// elements, read whole), or "X Image caption, Y" whose credit label the
// page hid: X and Y.
func CreditThenCaption(text string) (credit, caption string, ok bool) {
	rest, labelled := figureCredit(text)
	if !labelled {
		rest = text
	}
	for i := strings.IndexByte(rest, ' '); i >= 0; {
		if c, found := figureCaption(rest[i+1:]); found && c != "" {
			if !labelled && wordCount(rest[:i]) > 6 {
				break
			}
			return strings.TrimSpace(rest[:i]), c, true
		}
		j := strings.IndexByte(rest[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return "", "", false
}

// DetectLang is the language rule on texts: a BCP 47 tag, the reason,
// and whether the detection was sure.
func DetectLang(texts []string) (lang, why string, ok bool) { return detectLang(texts) }

// AltFromCaption derives alt text from a caption as the importer does.
func AltFromCaption(caption string) string { return altFromCaption(caption) }

// AuthorBio reports a sentence about the author, as printed under a
// story: "X covers transportation for The Republic", "X is a reporter
// based in Y".
func AuthorBio(text string) bool { return wordCount(text) <= 50 && bioRE.MatchString(text) }

// QuotedHeading reports a few words quoted with no sentence's end: a
// section's heading, unless the speaker's name is under it.
func QuotedHeading(text string) bool { return quotedHeading(text) }

// PullQuote reports whether text, a block set apart between paragraphs,
// is a pull quote repeating one of the paragraphs earlier, and why; next
// are the paragraphs right after it.
func PullQuote(text string, earlier, next []string) (string, bool) {
	return pullQuote(text, earlier, next)
}

// PullQuoteName reports whether text, under a pull quote, names the person
// quoted.
func PullQuoteName(text string) bool { return pullQuoteName(text) }

// SplitNames splits names joined in one string ("Karla Menjívar y Óscar
// Reyes", "Ana Lima, Rui Costa") when every part is a name; else it
// returns s alone.
func SplitNames(s string) []string {
	if !nameShapedList(s) {
		return []string{s}
	}
	return splitNames(s)
}

// DatelineAgency is the agency a paragraph's dateline credits, as the
// text importer reads it.
func DatelineAgency(text string) (string, bool) { return datelineAgency(text) }

// CopyrightAgency is the news agency that a page's copyright line names
// with its year ("© Anadolu Agency 2025"): on an agency's own site, the
// story's source.
func CopyrightAgency(text string) (string, bool) { return copyrightAgency(text) }

// DatelineOnly reports a block that is only a wire dateline, over the
// story's first paragraph, and the agency it credits ("" for none):
// "ATHENS", "HUELVA, 12 Mar. (EUROPA PRESS) -".
func DatelineOnly(text string) (agency string, ok bool) { return datelineOnly(text) }

// SlashedOutlets splits a line of outlets' names set apart by slashes,
// the sources a story closes with ("Wochenblatt / Última Hora / ABC
// Color"); nil when the line is not one.
func SlashedOutlets(text string) []string { return slashedOutlets(text) }

// InterviewNote reports the note that introduces an interview's
// questions and answers ("Our conversation has been edited for length
// and clarity").
func InterviewNote(text string) bool { return interviewNoteRE.MatchString(text) }

// Correspondent reads a correspondent's byline over the story ("Avec
// notre correspondante à Saint-Louis, X"): the correspondent's name.
func Correspondent(text string) (string, bool) {
	if m := ourCorrespondentRE.FindStringSubmatch(text); m != nil {
		if name := titleCase(m[1]); nameShaped(name) {
			return name, true
		}
	}
	return "", false
}

// CreditsEntry reads a line of a box of the story's credits ("Marcus
// Dunleavy, web editor"): the person with the job's relator, and whether
// the job makes them an author.
func CreditsEntry(text string) (c document.Contributor, author, ok bool) { return creditsEntry(text) }

// BookDetail reports a line of the details of a book under review: its
// pages or its ISBN ("296 páginas. 19,90 euros").
func BookDetail(text string) bool { return bookDetail(text) }

// Price reports a price in text: "€ 24,95 bei Otto", "$28 at Sephora".
func Price(text string) bool { return priceRE.MatchString(text) }

// ShopButton reports a shop's button: "Shop Now", "Zum Shop", "Acheter".
func ShopButton(text string) bool { return shopButtonRE.MatchString(text) }

// LabelPair reads a figure's credit and caption, each after a label the
// other's shares a word with ("Ffynhonnell y llun, X" and "Disgrifiad
// o'r llun, Y"): the BBC's layout in a language whose labels are not
// known. With credit empty, the two are read from caption, one text.
func LabelPair(credit, caption string) (string, string, bool) {
	if credit == "" {
		return labelPairText(caption)
	}
	return labelPair(credit, caption)
}
