package importer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"publish/internal/document"
)

// Sign-offs name the people behind a story at its end. They are not body
// text; the people become contributors with a MARC relator role:
//
//	rpt (Reporter)     "Reporting by X", "Additional reporting by X"
//	edt (Editor)       "Editing by X", "Edited by X"
//	ctb (Contributor)  "Fact Checked by X"
//	aut (Author)       "Writing by X", "Written by X"
//	com (Compiler)     "Compiled by X"
//	ctb (Contributor)  "X contributed to this report", "X contributed.",
//	                   "Con información de X", "Avec les informations de X",
//	                   "Avec X",
//	                   "Colaborou X", "Mitarbeit: X", "Ha collaborato X",
//	                   "With files from X", "(With inputs from PTI)",
//	                   "Mit Material von dpa",
//	                   "*Estagiária sob a supervisão de X", "*Com orientação da X",
//	                   "Faktencheck: X", "Gestaltung: X"
//	edt (Editor)       "Redigat: X", "Edição: X", "Edición: X"
var signoffLeads = []struct {
	role  string
	leads string // the words that open it: alternatives of a regular expression
}{
	{"rpt", `reporting by|reporting:?`},
	{"rpt", `(?:additional|further) reporting(?: by|:)|com reportagem adicional de|reportagem adicional de|con información adicional de|con reporteo adicional de|avec la contribution de`},
	{"edt", `editing by|edited by:?|édité par|éditée par|edición de|edição de|conteúdo editado por:?|editado por:?`},
	{"ctb", factChecked},
	{"aut", `writing by|written by`},
	{"com", `compiled by`},
	{"ctb", `estagiári[oa]s? sob (?:a )?supervisão d[aeo]|sob (?:a )?supervisão d[aeo]|(?:com|sob) (?:a )?orientação d[aeo]`},
	{"ctb", `avec la collaboration de|con la colaboración de|saken er skrevet med bidrag fra|artikkelen er skrevet med bidrag fra|con la colaboracion de|avec les informations de|colaborou:?|colaboraram:?|colaboró:?|ha collaborato|hanno collaborato`},
	{"ctb", `شارك في التغطية:|شارك في الإعداد:|ساهم في التغطية:|με πληροφορίες από|με πληροφορίες του|с информация от|по информации|по материалам|за інформацією|за матеріалами|са агенцијама|према писању|kaynak:|con información de|amb informació de|con reportes de|con reportería de|com informações d[aoe]s?|con información del|sur base d'un reportage de|d'après un reportage de|współpraca:?|közreműködött:?|közreműködő:?|mitarbeit:?|recherche-mitarbeit:?|mitarbeit an der recherche:?|avec la collaboration de|met medewerking van`},
	{"ctb", `baadhi ya taarifa hii inatoka (?:shirika la habari la|kwa)|taarifa hii imetoka (?:shirika la habari la|kwa)`},
	{"ctb", `contributing:|[—–-]*\s*with assistance from|with (?:a )?files? from|with (?:additional )?inputs? from|mit material von|mit material der`},
	// Tongan: "helped with this report".
	{"ctb", `contributing reporters?:|naʻe tokoni ki he fakamatala ni ʻa|na'e tokoni ki he fakamatala ni 'a`},
	{"ctb", `suradnja:|suradnici:|producent:|producenter:|tuottaja:|gabaasa dabalataa:`}, // "Suradnja: X" (Novi list), "Producent: X" (Sveriges Radio)
	{"pht", `additional photography by`},
	{"ctb", `[—–-]*\s*with (?:a )?reports? from|dagdag na ulat ni|may ulat ni|ulat ni|[—–-]*\s*(?:may )?dagdag na ulat mula sa`},
	{"edt", `published by:|redigat:|redaktion:|schlussredaktion:|bildredaktion:|lektorat:|edição:|edición:|édition ?:|edit:|editor ?:|éditor ?:|editing:|szerkesztő:|redakcja:|redaktor:|redaktorka:|urednik:|urednica:|редактор:|редакторка:|уредник:|уредница:|редагування:|toimetaja:|toimetajad:|editori:|revisão:|revisión:|mhariri:|دبیر:`},
	{"ctb", `faktencheck:|verifikation:|fact[- ]?check(?:ing)?:|verificação:|verificación:|vérification ?:`},
	{"ctb", `gestaltung:|datenanalyse:|datenrecherche:`}, // not "Grafik:" or "Design:", which credit a picture too
	{"trl", `trad\.|traduction ?:|traduit par|translated by|translation:|traducción de|traducción:?|traducido por|tradução de|tradução:?|traduzido por|traduzione di|traduzione:?|tradotto da|übersetzung:|übersetzt von|vertaling:|vertaald door|traducció:?`},
}

// labelAfterCommaRE is a comma before a sign-off's next label.
var labelAfterCommaRE = re(`,\s+(\p{Lu}[\p{L}-]{2,30}\s?:)`)

// signoffRoles read a sign-off by its lead words (signoffLeads), after an
// intern's asterisk if there is one ("*Colaborou X"), and the sign-off
// that names its people first ("X contributed to this report").
var signoffRoles = func() []struct {
	re   *lazyRegexp
	role string
} {
	out := make([]struct {
		re   *lazyRegexp
		role string
	}, 0, len(signoffLeads)+1)
	for _, l := range signoffLeads {
		out = append(out, struct {
			re   *lazyRegexp
			role string
		}{re(`^\*?\s*(?i:` + l.leads + `)\s+(.+?)\.?$`), l.role})
	}
	return append(out, struct {
		re   *lazyRegexp
		role string
	}{re(`^(.+?)\s+(?i:` + contributed + `)\.?$`), "ctb"})
}()

// factChecked opens the credit of the person who checked the story, a
// line of the header too (factCheckRE).
const factChecked = `fact[- ]checked by|medically reviewed by`

// contributedTo is what a contributor contributed to: "X contributed to
// this report", "X contributed reporting", "X contributed reporting from
// Bichi".
const contributedTo = `to this report|reporting(?: from \p{Lu}[\p{L}'’ -]{1,30})?|to this story|to this article`

// contributed ends the sign-off that names its people first.
// In Hausa and Igbo too: "X ta ba da gudummawa a wannan rahoto", "X
// nyere aka n'akụkọ a" (blind315, blind333).
const contributed = `contributed(?: (?:` + contributedTo + `))?|also contributed|` + contributedOther

// contributedOther are the other languages' words for "contributed to this
// report", after the names.
const contributedOther = `(?:ta|ya|sun) ba da gudummawa a wannan rahoto|nyere aka n['’]akụkọ a`

// signoffLeadRE and contributedEndRE are a quick test for a sign-off line
// before the parts are read: its lead words, or "contributed" at its end
// (looked for only in a line that holds the word: an unanchored pattern
// would scan every paragraph).
var (
	signoffLeadRE    = re(`(?i)^\*?\s*(?:` + allLeads() + `)(?:$|[^\p{L}])`)
	contributedEndRE = re(`(?i)(?:` + contributed + `)\.$|contributed (?:` + contributedTo + `)$`)
)

// signoffShaped reports whether text passes that quick test.
func signoffShaped(text string) bool {
	lower := strings.ToLower(text)
	return signoffLeadRE.MatchString(text) || (strings.Contains(lower, "contributed") || strings.Contains(lower, "gudummawa") || strings.Contains(lower, "nyere aka")) && contributedEndRE.MatchString(text)
}

// allLeads joins the lead words of signoffLeads.
func allLeads() string {
	alts := make([]string, len(signoffLeads))
	for i, l := range signoffLeads {
		alts[i] = l.leads
	}
	return strings.Join(alts, "|")
}

// signoff reads a sign-off line: the contributors it names. Parts are
// separated by ";" ("Reporting by A in Santiago; Editing by B").
func signoff(text string) ([]document.Contributor, bool) {
	// "- With files from The Canadian Press": the dash the copy sets it
	// apart with.
	for _, d := range []string{"- ", "– ", "— ", "* "} {
		text = strings.TrimPrefix(text, d) // "* Com Sofia Ventura Reis": the asterisk too
	}
	text = strings.TrimLeft(text, "–—") // "—Dana Whitfield contributed to this article."
	// "(Con información de EFE)", "[Édité par X]": in brackets, as the
	// last paragraph.
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") && strings.Count(text, "(") == 1 ||
		strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") && strings.Count(text, "[") == 1 {
		text = text[1 : len(text)-1]
	}
	// "Amb informació d'Europa Press", "Avec la collaboration d'Olivier
	// Harvey": the elided "de" as a word.
	for _, w := range []string{"informació", "collaboration"} {
		for _, apos := range []string{" d'", " d’"} {
			if i := strings.Index(text, w+apos); i >= 0 {
				text = text[:i] + w + " de " + text[i+len(w+apos):]
			}
		}
	}
	if len(text) > 400 {
		return nil, false
	}
	if cs, ok := zhSignoff(text); ok {
		return cs, true
	}
	if !signoffShaped(text) {
		return avecNames(text)
	}
	var out []document.Contributor
	// "Redaktion: X, Schlussredaktion: Y": a comma before the next label
	// parts them too.
	text = labelAfterCommaRE.ReplaceAllString(text, "; $1")
	for _, part := range strings.Split(text, ";") {
		part = strings.TrimSpace(part)
		for _, r := range signoffRoles {
			m := r.re.FindStringSubmatch(part)
			if m == nil {
				continue
			}
			names := signoffNames(m[1])
			who := strings.TrimPrefix(strings.TrimSpace(strings.TrimSuffix(m[1], ".")), "The ")
			if a, ok := agencyNames[strings.ToLower(who)]; ok && len(names) == 0 {
				names = []string{a} // "Con información de EFE"
			} else if len(names) == 0 && outletInitials(who) {
				names = []string{who} // "With additional input from APP": an agency's initials
			}
			for _, name := range names {
				out = append(out, document.Contributor{Role: r.role, Text: name})
			}
			break
		}
	}
	return out, len(out) > 0
}

// avecNames reads "Avec Inès Bouaziz" under a French story, "Com Sofia
// Ventura Reis" under a Portuguese one: a colleague's help, by name only
// ("Avec la collaboration de X" is a lead of signoffLeads). "Com Estadão
// Conteúdo", "*Com Agência Alagoas" name the agency whose copy the story
// uses, which creditSignoff makes its source; "Avec AFP" names the
// agency, which the header credits.
func avecNames(text string) ([]document.Contributor, bool) {
	text = strings.TrimPrefix(text, "*")
	rest, ok := strings.CutPrefix(text, "Avec ")
	com := false
	if !ok {
		rest, ok = strings.CutPrefix(text, "Com ")
		com = ok
	}
	if !ok || wordCount(rest) > 7 || !startsUpper(rest) {
		return nil, false
	}
	if a, ok := signoffAgency(strings.TrimSuffix(rest, ".")); ok && com {
		return []document.Contributor{{Role: "ctb", Text: a}}, true
	}
	names := signoffNames(rest)
	if len(names) == 0 || slices.ContainsFunc(names, func(n string) bool { return !nameShaped(n) || namesAgency(n) }) {
		return nil, false
	}
	out := make([]document.Contributor, len(names))
	for i, n := range names {
		out[i] = document.Contributor{Role: "ctb", Text: n}
	}
	return out, true
}

// signoffNames finds the names in "Rosa Delgado in Santiago", "Associated
// Press writer Sofia Lambrou in Naxos, Greece", "A and B".
func signoffNames(s string) []string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	var out []string
	parts := nameParts(s)
	for k, p := range parts {
		if uncasedName(p) {
			out = append(out, p) // "ସୁମିତ୍ରା ସାହୁ": a script without case
			continue
		}
		// "Contributing: Jordan Ellery, USA TODAY": the outlet in
		// capitals after a name in upper and lower case.
		if k > 0 && allCaps(p) && !allCaps(parts[0]) && wordCount(p) <= 3 {
			continue
		}
		for _, cut := range []string{" in ", " en ", " em ", " à ", " from "} {
			if i := strings.Index(p, cut); i > 0 {
				p = p[:i]
			}
		}
		// The name is the run of capitalised words at the end: "Associated
		// Press writer Sofia Lambrou" gives "Sofia Lambrou".
		ws := words(p)
		start := len(ws)
		// A possessive names the outlet, not the person: "NPR's Lena
		// Ortiz", "The Post's Ann Lee".
		for start > 0 && !possessive(ws[start-1]) && (startsUpper(ws[start-1]) || nameParticles[ws[start-1]] && start < len(ws)) {
			start--
		}
		if len(ws)-start >= 2 && start > 0 && outletWords[strings.ToLower(ws[start])] {
			start++
		}
		// "News Staff Reporter Brendan Tully": the job before the name,
		// capitalised as a title, is no part of it.
		for k := start; k < len(ws)-2; k++ {
			if roleWords[strings.ToLower(ws[k])] {
				start = k + 1
			}
		}
		if name := strings.Join(ws[start:], " "); nameShaped(name) {
			out = append(out, titleCase(name))
		}
	}
	return out
}

// possessive reports a word in the possessive case: "NPR's", "Post’s",
// "News'".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// creditSignoff credits what a sign-off names: its people as
// contributors, and an agency whose copy the story uses ("Con
// información de EFE") as its source. It returns how each was credited,
// for the report: "Jane Doe (rpt)", "EFE (source)".
func creditSignoff(m *document.Meta, cs []document.Contributor) []string {
	var names, agencies []string
	for _, c := range cs {
		if a, ok := signoffAgency(c.Text); ok {
			agencies = append(agencies, a)
			continue
		}
		m.Contributors = append(m.Contributors, c)
		names = append(names, c.Text+" ("+c.Role+")")
	}
	CreditSources(m, agencies)
	for _, a := range agencies {
		names = append(names, a+" (source)")
	}
	return names
}

// isSignoff reports whether text is a sign-off line.
func isSignoff(text string) bool {
	_, ok := signoff(text)
	return ok
}

// creditsLabelRE is the label of a box that lists the story's people
// with their jobs, one to a line: "Credits", then "X, reporter".
var creditsLabelRE = re(`^(?i:credits|story credits|crédits|créditos|credits:|créditos:|crédits ?:)$`)

// creditsEntry reads a line of a credits box: a name, a comma and a job.
// A reporter or writer is an author (author is true); an editor,
// producer or photographer a contributor with the job's relator.
func creditsEntry(text string) (c document.Contributor, author, ok bool) {
	name, job, found := strings.Cut(text, ", ")
	if !found || !nameShaped(name) || wordCount(job) > 4 {
		return c, false, false
	}
	job = strings.ToLower(job)
	switch {
	case strings.Contains(job, "reporter") || strings.Contains(job, "writer") || strings.Contains(job, "correspondent"):
		return document.Contributor{Role: "aut", Text: name}, true, true
	case strings.Contains(job, "editor") || strings.Contains(job, "producer"):
		return document.Contributor{Role: "edt", Text: name}, false, true
	case strings.Contains(job, "photographer") || strings.Contains(job, "photojournalist") || strings.Contains(job, "videographer"):
		return document.Contributor{Role: "pht", Text: name}, false, true
	}
	return c, false, false
}

// noticeSignoff reads the sign-off that ends a line of the boilerplate
// row named row, when that is a licensing or republication notice: "Este artículo fue publicado originalmente en inglés.
// Traducción de X." credits the translator.
func noticeSignoff(row string, text string) ([]document.Contributor, bool) {
	k := strings.LastIndex(text, ". ")
	if k < 0 || row != "licensing" && row != "republished" {
		return nil, false
	}
	return signoff(text[k+2:])
}

// Chinese papers end a story with its editors and proofreader:
// "责任编辑：孙琳　图片编辑：金悦", "校对：刘威", "（责任编辑：X）", "（校对
// 陈娟）", "责编：谭琳 | 审核：周湘", the source of the header's picture
// among them ("栏目主编：X 文字编辑：Y 题图来源：上观题图"), and the
// Central News Agency's "（編輯：X）1141206" with the day's code, and
// Jiemian's "界面新闻编辑 | X", the paper's name before the label.
const zhEditorLabels = `责任编辑|責任編輯|责编|責編|图片编辑|圖片編輯|编辑|編輯|主编|主編|校对|校對|审核|審核|监制|監製|题图来源|題圖來源`

// Korean broadcasters end a report with its camera and editing crew:
// "촬영기자:박준영/영상편집:김다은".
const koCrewLabels = `촬영기자|영상편집|영상취재|촬영|편집|그래픽|자료조사`

var (
	zhSignoffRE     = re(`^[（(【\[]?(?:\p{Han}{0,8}?(?:` + zhEditorLabels + `)(?:\s*[：:|｜]\s*|\s+)\p{Han}{2,4}(?:[、，]\p{Han}{2,4})*[\s　|｜]*)+[）)】\]]?(?:\d{7})?$|^(?:(?:` + koCrewLabels + `)\s*[：:]\s*\p{Hangul}{2,4}\s*/?\s*)+$`)
	zhSignoffPartRE = re(`(` + zhEditorLabels + `|` + koCrewLabels + `)(?:\s*[：:|｜]\s*|\s+)(\p{Han}{2,4}(?:[、，]\p{Han}{2,4})*|\p{Hangul}{2,4})`)
)

// zhSignoff reads such a line: editors (edt), proofreaders (pfr), and
// a Korean report's crew (its editors, edt; the others, ctb).
func zhSignoff(text string) ([]document.Contributor, bool) {
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "（(【[")); r < 0x1100 || !zhSignoffRE.MatchString(text) {
		return nil, false
	}
	var out []document.Contributor
	for _, m := range zhSignoffPartRE.FindAllStringSubmatch(text, -1) {
		role := "edt"
		switch m[1] {
		case "题图来源", "題圖來源":
			continue // a picture's source, no person
		case "校对", "校對":
			role = "pfr"
		case "촬영기자", "영상취재", "촬영", "그래픽", "자료조사":
			role = "ctb"
		}
		for _, name := range strings.FieldsFunc(m[2], func(r rune) bool { return r == '、' || r == '，' }) {
			out = append(out, document.Contributor{Role: role, Text: name}) // "（责编：陈思远、周雅琳）"
		}
	}
	return out, len(out) > 0
}

// stateAgencyRE is a government's or a state's news agency by its
// name: "Agência Alagoas", "Agência Pará", "Agencia Andina".
var stateAgencyRE = re(`^(?:Agência|Agencia|Agence|Agenzia) \p{Lu}[\p{L}-]+$`)

// signoffAgency reports an agency that a sign-off names (agencyNames, or
// stateAgencyRE), spelt as the agency spells itself.
func signoffAgency(s string) (string, bool) {
	if a, ok := agencyNames[strings.ToLower(s)]; ok {
		return a, true
	}
	return s, stateAgencyRE.MatchString(s)
}
