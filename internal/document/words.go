package document

import (
	"cmp"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/goodsign/monday"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Words are the fixed words and sentences that the editions print, in the
// language of the book. English serves every language without its own,
// with that language's dates.
// All the words of one language are in one literal below, so that adding
// a language is adding a literal.
type Words struct {
	Lang string // the primary language subtag these words are in: "en", "es"

	Contents, Cover, TitlePage, Copyright, Credits string
	Landmarks, StartOfText                         string // the EPUB's landmarks
	Image                                          string // before a photo credit: "Image: Ecuador Police"
	PhotoUnavailable                               string // the label of a missing photo's placeholder
	Source                                         string // before the source's name in an article's header
	Notes                                          string // the footnotes of a chapter
	TaskDone, TaskOpen                             string // a task list item's check box, for screen readers

	// Labels of the Credits section.
	SourcePublication, OriginalHeadline, OriginalLanguage, Translation string
	Author, Authors, Byline, Photographs, Publisher, Rights            string
	Identifier, ProducedWith                                           string

	and      string        // before the last item of a list of names
	months   [12]string    // for dates
	dayMonth string        // format of a full date: day, month, year
	month    string        // format of a month and year
	dates    monday.Locale // when set, dates are in this locale, not the formats above
	names    display.Namer
	roles    map[string]string // MARC relator codes
	role     string            // format for an unknown relator code

	// Dates in a calendar and digits of their own (Persian's).
	calendar func(y, mo, day int) (int, int, int) // when set, dates are in this calendar, not the Gregorian
	digits   string                               // when set, the ten digits dates are written in, not 0-9

	// Sentences of the copyright page.
	publishedBy, edition, translatedFrom, translated, publishedIn, firstPublished, producedWith string
	quote                                                                                       string // format of a quoted title

	// Sentences of the accessibility summary.
	a11yStructure, a11yNoImages, a11yHazards, a11yNoClaim, a11yClaim string
	a11yAllAlt                                                       func(images int) string
	a11yLacking                                                      func(lacking, images int) string
	a11yMissing                                                      func(missing int) string
}

// WordsFor returns the words for a BCP 47 language tag: the language's
// own, or English words, with the dates of the language's region where
// goodsign/monday has them ("18. März 2024" for de, "março" for pt-BR
// from pt_BR's calendar names).
func WordsFor(tag string) *Words {
	lang := strings.ToLower(primary(tag))
	if lang == "iw" {
		lang = "he" // Hebrew's code before 1989, which some feeds still send
	}
	if lang == "zh" {
		if s, _ := language.Make(tag).Script(); s.String() == "Hant" {
			lang = "zh-Hant" // zh-TW, zh-HK, zh-Hant
		}
	}
	w, own := byLang[lang]
	switch {
	case own && w.dates == "":
		return w // its own month names
	case !own:
		w = &english
	}
	loc, ok := dateLocale(tag)
	if !ok || loc == w.dates {
		return w
	}
	datesMu.Lock()
	defer datesMu.Unlock()
	if datesFor == nil {
		datesFor = map[monday.Locale]*Words{}
	}
	d := datesFor[loc] // a locale is of one language, so of one base
	if d == nil {
		d = new(Words)
		*d = *w
		d.dates = loc
		datesFor[loc] = d
	}
	return d
}

// byLang holds the languages with words of their own, by primary subtag;
// Chinese in Traditional characters is "zh-Hant".
var byLang = map[string]*Words{
	"en": &english, "es": &spanish, "de": &german, "fr": &french,
	"pt": &portuguese, "it": &italian, "nl": &dutch, "ca": &catalan,
	"ru": &russian, "el": &greek, "uk": &ukrainian, "pl": &polish, "tr": &turkish,
	"ar": &arabic, "fa": &persian, "hi": &hindi, "ur": &urdu, "he": &hebrew,
	"ja": &japanese, "zh": &chinese, "zh-Hant": &chineseTraditional, "ko": &korean,
}

var (
	datesMu  sync.Mutex
	datesFor map[monday.Locale]*Words // words with another region's dates
)

// dateLocale is monday's locale for tag: its region's when monday has
// it (pt-BR), else the language's first.
func dateLocale(tag string) (monday.Locale, bool) {
	lang, region, _ := strings.Cut(strings.ReplaceAll(tag, "-", "_"), "_")
	lang = strings.ToLower(lang)
	var first monday.Locale
	for _, loc := range monday.ListLocales() {
		l, r, _ := strings.Cut(string(loc), "_")
		if l != lang {
			continue
		}
		if strings.EqualFold(r, region) {
			return loc, true
		}
		if first == "" || l == strings.ToLower(r) { // de_DE, fr_FR before the others
			first = loc
		}
	}
	return first, first != ""
}

// Colon is what follows a label ("Image: X"): in French, a no-break space
// comes before the colon ("Image : X"). Arabic, Persian, Urdu, Hindi and
// Hebrew print the Latin colon, as English does; Japanese and Chinese the
// full-width one, with no space ("写真：共同").
func (w *Words) Colon() string {
	switch w.Lang {
	case "fr":
		return "\u00a0: "
	case "ja", "zh":
		return "："
	}
	return ": "
}

// FullStop ends a sentence: Hindi's is the danda (।), Urdu's the Arabic
// full stop (۔); Japanese and Chinese the ideographic one (。); Arabic,
// Persian and Korean print the Latin one.
func (w *Words) FullStop() string {
	switch w.Lang {
	case "hi":
		return "।"
	case "ur":
		return "۔"
	case "ja", "zh":
		return "。"
	}
	return "."
}

// Words returns the words for the document's language.
func (d *Document) Words() *Words { return WordsFor(d.Meta.Lang) }

var english = Words{
	Lang:     "en",
	Contents: "Contents", Cover: "Cover", TitlePage: "Title page", Copyright: "Copyright", Credits: "Credits",
	Landmarks: "Landmarks", StartOfText: "Start of the text",
	Image: "Image", PhotoUnavailable: "Photograph not available", Source: "Source",
	Notes: "Notes", TaskDone: "done", TaskOpen: "not done",
	SourcePublication: "Source publication", OriginalHeadline: "Original headline", OriginalLanguage: "Original language",
	Translation: "Translation", Author: "Author", Authors: "Authors", Byline: "Byline", Photographs: "Photographs",
	Publisher: "Publisher", Rights: "Rights", Identifier: "Identifier", ProducedWith: "Produced with",

	and:      "and",
	months:   [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	names:    display.English.Tags(),
	roles: map[string]string{
		"aut": "Author", "edt": "Editor", "trl": "Translator", "pht": "Photographer",
		"ill": "Illustrator", "bkp": "Book producer", "cov": "Cover designer",
		"nrt": "Narrator", "pbl": "Publisher", "ctb": "Contributor", "cre": "Creator",
	},
	role: "Contributor (%s)",

	publishedBy:    "Published by %s",
	edition:        "Edition: %s",
	translatedFrom: "Translated from the %s original",
	translated:     "Translated from the original",
	publishedIn:    ", published by %s",
	firstPublished: "First published by %s.",
	producedWith:   "Produced with %s.",
	quote:          "“%s”",

	a11yStructure: "This publication has a table of contents, headings that give its structure, and a single logical reading order; its text can be resized and restyled by the reading system.",
	a11yNoImages:  "It contains no images: all of its content is text.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Its one image has a text alternative, so the text alone conveys the whole content."
		}
		return fmt.Sprintf("Each of its %d images has a text alternative, so the text alone conveys the whole content.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Its one image has no text alternative; its caption describes it where there is one."
		case k == n:
			return fmt.Sprintf("None of its %d images has a text alternative; captions describe them where present.", n)
		case k == 1:
			return fmt.Sprintf("One of its %d images lacks a text alternative; a caption describes it where present.", n)
		}
		return fmt.Sprintf("%d of its %d images lack a text alternative; captions describe them where present.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "One photograph that was not supplied is replaced by a labelled placeholder with its caption and credit."
		}
		return fmt.Sprintf("%d photographs that were not supplied are replaced by labelled placeholders with their captions and credits.", m)
	},
	a11yHazards: "It presents no flashing, motion or sound hazards.",
	a11yClaim:   "Its conformance to %s was certified by %s.",
	a11yNoClaim: "No conformance to an accessibility standard is claimed, as nobody has certified it.",
}

var spanish = Words{
	Lang:     "es",
	Contents: "Índice", Cover: "Cubierta", TitlePage: "Portada", Copyright: "Página legal", Credits: "Créditos",
	Landmarks: "Puntos de referencia", StartOfText: "Comienzo del texto",
	Image: "Imagen", PhotoUnavailable: "Fotografía no disponible", Source: "Fuente",
	Notes: "Notas", TaskDone: "hecho", TaskOpen: "pendiente",
	SourcePublication: "Publicación original", OriginalHeadline: "Titular original", OriginalLanguage: "Idioma original",
	Translation: "Traducción", Author: "Autor", Authors: "Autores", Byline: "Firma", Photographs: "Fotografías",
	Publisher: "Editorial", Rights: "Derechos", Identifier: "Identificador", ProducedWith: "Producido con",

	and:      "y",
	months:   [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	dayMonth: "%[1]d de %[2]s de %[3]d",
	month:    "%[1]s de %[2]d",
	names:    display.Spanish.Tags(),
	roles: map[string]string{
		"aut": "Autor", "edt": "Edición", "trl": "Traducción", "pht": "Fotografía",
		"ill": "Ilustración", "bkp": "Producción", "cov": "Diseño de cubierta",
		"nrt": "Narración", "pbl": "Editorial", "ctb": "Colaboración", "cre": "Creación",
	},
	role: "Colaboración (%s)",

	publishedBy:    "Publicado por %s",
	edition:        "Edición: %s",
	translatedFrom: "Traducido del original en %s",
	translated:     "Traducido del original",
	publishedIn:    ", publicado por %s",
	firstPublished: "Publicado originalmente por %s.",
	producedWith:   "Producido con %s.",
	quote:          "«%s»",

	a11yStructure: "Esta publicación tiene un índice, encabezados que dan su estructura y un único orden de lectura lógico; el sistema de lectura puede cambiar el tamaño y el estilo de su texto.",
	a11yNoImages:  "No contiene imágenes: todo su contenido es texto.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Su única imagen tiene un texto alternativo, de modo que el texto por sí solo transmite todo el contenido."
		}
		return fmt.Sprintf("Cada una de sus %d imágenes tiene un texto alternativo, de modo que el texto por sí solo transmite todo el contenido.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Su única imagen no tiene texto alternativo; la describe su pie de foto, si lo tiene."
		case k == n:
			return fmt.Sprintf("Ninguna de sus %d imágenes tiene texto alternativo; los pies de foto las describen cuando existen.", n)
		case k == 1:
			return fmt.Sprintf("Una de sus %d imágenes no tiene texto alternativo; la describe su pie de foto, si lo tiene.", n)
		}
		return fmt.Sprintf("%d de sus %d imágenes no tienen texto alternativo; los pies de foto las describen cuando existen.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Una fotografía que no se proporcionó está sustituida por un marcador rotulado con su pie de foto y su crédito."
		}
		return fmt.Sprintf("%d fotografías que no se proporcionaron están sustituidas por marcadores rotulados con sus pies de foto y sus créditos.", m)
	},
	a11yHazards: "No presenta riesgos de destellos, movimiento ni sonido.",
	a11yClaim:   "Su conformidad con %s fue certificada por %s.",
	a11yNoClaim: "No se declara conformidad con ninguna norma de accesibilidad, pues nadie la ha certificado.",
}

// german quotes with „…“, as German books and newspapers do.
var german = Words{
	Lang:     "de",
	Contents: "Inhalt", Cover: "Umschlag", TitlePage: "Titelseite", Copyright: "Impressum", Credits: "Nachweise",
	Landmarks: "Orientierungspunkte", StartOfText: "Textanfang",
	Image: "Bild", PhotoUnavailable: "Foto nicht verfügbar", Source: "Quelle",
	Notes: "Anmerkungen", TaskDone: "erledigt", TaskOpen: "offen",
	SourcePublication: "Erstveröffentlichung", OriginalHeadline: "Originalüberschrift", OriginalLanguage: "Originalsprache",
	Translation: "Übersetzung", Author: "Autor", Authors: "Autoren", Byline: "Autorenzeile", Photographs: "Fotos",
	Publisher: "Verlag", Rights: "Rechte", Identifier: "Kennung", ProducedWith: "Erstellt mit",

	and:      "und",
	months:   [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	dayMonth: "%[1]d. %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleDeDE,
	names:    display.German.Tags(),
	roles: map[string]string{
		"aut": "Autor", "edt": "Herausgabe", "trl": "Übersetzung", "pht": "Fotografie",
		"ill": "Illustration", "bkp": "Herstellung", "cov": "Umschlaggestaltung",
		"nrt": "Erzählstimme", "pbl": "Verlag", "ctb": "Mitarbeit", "cre": "Urheberschaft",
	},
	role: "Mitarbeit (%s)",

	publishedBy:    "Veröffentlicht von %s",
	edition:        "Ausgabe: %s",
	translatedFrom: "Übersetzt aus dem Original auf %s",
	translated:     "Übersetzt aus dem Original",
	publishedIn:    ", veröffentlicht von %s",
	firstPublished: "Erstmals veröffentlicht von %s.",
	producedWith:   "Erstellt mit %s.",
	quote:          "„%s“",

	a11yStructure: "Diese Publikation hat ein Inhaltsverzeichnis, Überschriften, die ihre Gliederung zeigen, und eine einzige logische Lesereihenfolge; das Lesesystem kann Größe und Darstellung ihres Textes ändern.",
	a11yNoImages:  "Sie enthält keine Bilder: Der gesamte Inhalt ist Text.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Ihr einziges Bild hat einen Alternativtext, sodass der Text allein den gesamten Inhalt vermittelt."
		}
		return fmt.Sprintf("Jedes ihrer %d Bilder hat einen Alternativtext, sodass der Text allein den gesamten Inhalt vermittelt.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Ihr einziges Bild hat keinen Alternativtext; wo es eine Bildunterschrift hat, beschreibt diese es."
		case k == n:
			return fmt.Sprintf("Keines ihrer %d Bilder hat einen Alternativtext; wo es Bildunterschriften gibt, beschreiben sie die Bilder.", n)
		case k == 1:
			return fmt.Sprintf("Eines ihrer %d Bilder hat keinen Alternativtext; wo es eine Bildunterschrift hat, beschreibt diese es.", n)
		}
		return fmt.Sprintf("%d ihrer %d Bilder haben keinen Alternativtext; wo es Bildunterschriften gibt, beschreiben sie die Bilder.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Ein nicht geliefertes Foto ist durch einen beschrifteten Platzhalter mit seiner Bildunterschrift und seinem Bildnachweis ersetzt."
		}
		return fmt.Sprintf("%d nicht gelieferte Fotos sind durch beschriftete Platzhalter mit ihren Bildunterschriften und Bildnachweisen ersetzt.", m)
	},
	a11yHazards: "Sie birgt keine Gefahren durch Blitzlicht, Bewegung oder Ton.",
	a11yClaim:   "Ihre Konformität mit %s wurde von %s zertifiziert.",
	a11yNoClaim: "Konformität mit einem Standard für Barrierefreiheit wird nicht beansprucht, da niemand sie zertifiziert hat.",
}

// french quotes with « » and puts a no-break space (U+00A0, which every
// font has, rather than the narrow U+202F) inside them and before : ; ? !.
var french = Words{
	Lang:     "fr",
	Contents: "Table des matières", Cover: "Couverture", TitlePage: "Page de titre", Copyright: "Mentions légales", Credits: "Crédits",
	Landmarks: "Repères", StartOfText: "Début du texte",
	Image: "Image", PhotoUnavailable: "Photographie non disponible", Source: "Source",
	Notes: "Notes", TaskDone: "fait", TaskOpen: "à faire",
	SourcePublication: "Publication d’origine", OriginalHeadline: "Titre original", OriginalLanguage: "Langue d’origine",
	Translation: "Traduction", Author: "Auteur", Authors: "Auteurs", Byline: "Signature", Photographs: "Photographies",
	Publisher: "Éditeur", Rights: "Droits", Identifier: "Identifiant", ProducedWith: "Réalisé avec",

	and:      "et",
	months:   [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleFrFR,
	names:    display.French.Tags(),
	roles: map[string]string{
		"aut": "Auteur", "edt": "Édition", "trl": "Traduction", "pht": "Photographie",
		"ill": "Illustration", "bkp": "Production", "cov": "Conception de la couverture",
		"nrt": "Narration", "pbl": "Éditeur", "ctb": "Contribution", "cre": "Création",
	},
	role: "Contribution (%s)",

	publishedBy:    "Publié par %s",
	edition:        "Édition\u00a0: %s",
	translatedFrom: "Traduit de l’original en %s",
	translated:     "Traduit de l’original",
	publishedIn:    ", publié par %s",
	firstPublished: "Publié pour la première fois par %s.",
	producedWith:   "Réalisé avec %s.",
	quote:          "«\u00a0%s\u00a0»",

	a11yStructure: "Cette publication comporte une table des matières, des titres qui en donnent la structure et un ordre de lecture logique unique\u00a0; le système de lecture peut modifier la taille et le style de son texte.",
	a11yNoImages:  "Elle ne contient aucune image\u00a0: tout son contenu est du texte.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Son unique image a une alternative textuelle, si bien que le texte seul transmet tout le contenu."
		}
		return fmt.Sprintf("Chacune de ses %d images a une alternative textuelle, si bien que le texte seul transmet tout le contenu.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Son unique image n’a pas d’alternative textuelle\u00a0; sa légende la décrit, s’il y en a une."
		case k == n:
			return fmt.Sprintf("Aucune de ses %d images n’a d’alternative textuelle\u00a0; les légendes les décrivent lorsqu’il y en a.", n)
		case k == 1:
			return fmt.Sprintf("L’une de ses %d images n’a pas d’alternative textuelle\u00a0; sa légende la décrit, s’il y en a une.", n)
		}
		return fmt.Sprintf("%d de ses %d images n’ont pas d’alternative textuelle\u00a0; les légendes les décrivent lorsqu’il y en a.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Une photographie qui n’a pas été fournie est remplacée par un emplacement signalé, avec sa légende et son crédit."
		}
		return fmt.Sprintf("%d photographies qui n’ont pas été fournies sont remplacées par des emplacements signalés, avec leurs légendes et leurs crédits.", m)
	},
	a11yHazards: "Elle ne présente aucun risque lié aux flashs, au mouvement ou au son.",
	a11yClaim:   "Sa conformité à %s a été certifiée par %s.",
	a11yNoClaim: "Aucune conformité à une norme d’accessibilité n’est revendiquée, personne ne l’ayant certifiée.",
}

// portuguese is one set for Portugal and Brazil: words both use, the
// agreement of 1990's spelling, no pronoun placement that only one of them
// writes, and Portugal's « » quotes. Dates come from the region's
// calendar names (pt_PT, pt_BR), in lower case.
var portuguese = Words{
	Lang:     "pt",
	Contents: "Índice", Cover: "Capa", TitlePage: "Página de rosto", Copyright: "Ficha técnica", Credits: "Créditos",
	Landmarks: "Pontos de referência", StartOfText: "Início do texto",
	Image: "Imagem", PhotoUnavailable: "Fotografia indisponível", Source: "Fonte",
	Notes: "Notas", TaskDone: "concluído", TaskOpen: "pendente",
	SourcePublication: "Publicação original", OriginalHeadline: "Título original", OriginalLanguage: "Idioma original",
	Translation: "Tradução", Author: "Autor", Authors: "Autores", Byline: "Assinatura", Photographs: "Fotografias",
	Publisher: "Editora", Rights: "Direitos", Identifier: "Identificador", ProducedWith: "Produzido com",

	and:      "e",
	months:   [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	dayMonth: "%[1]d de %[2]s de %[3]d",
	month:    "%[1]s de %[2]d",
	dates:    monday.LocalePtPT,
	names:    display.Portuguese.Tags(),
	roles: map[string]string{
		"aut": "Autor", "edt": "Edição", "trl": "Tradução", "pht": "Fotografia",
		"ill": "Ilustração", "bkp": "Produção", "cov": "Capa",
		"nrt": "Narração", "pbl": "Editora", "ctb": "Colaboração", "cre": "Criação",
	},
	role: "Colaboração (%s)",

	publishedBy:    "Publicado por %s",
	edition:        "Edição: %s",
	translatedFrom: "Traduzido do original em %s",
	translated:     "Traduzido do original",
	publishedIn:    ", publicado por %s",
	firstPublished: "Publicado originalmente por %s.",
	producedWith:   "Produzido com %s.",
	quote:          "«%s»",

	a11yStructure: "Esta publicação tem um índice, títulos que dão a sua estrutura e uma única ordem de leitura lógica; o sistema de leitura pode alterar o tamanho e o estilo do texto.",
	a11yNoImages:  "Não contém imagens: todo o seu conteúdo é texto.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "A única imagem tem texto alternativo, de modo que o texto por si só transmite todo o conteúdo."
		}
		return fmt.Sprintf("Cada uma das %d imagens tem texto alternativo, de modo que o texto por si só transmite todo o conteúdo.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "A única imagem não tem texto alternativo; é descrita pela legenda, quando existe."
		case k == n:
			return fmt.Sprintf("Nenhuma das %d imagens tem texto alternativo; são descritas pelas legendas, quando existem.", n)
		case k == 1:
			return fmt.Sprintf("Uma das %d imagens não tem texto alternativo; é descrita pela legenda, quando existe.", n)
		}
		return fmt.Sprintf("%d das %d imagens não têm texto alternativo; são descritas pelas legendas, quando existem.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Uma fotografia que não foi fornecida é substituída por um espaço reservado identificado, com a sua legenda e o seu crédito."
		}
		return fmt.Sprintf("%d fotografias que não foram fornecidas são substituídas por espaços reservados identificados, com as suas legendas e os seus créditos.", m)
	},
	a11yHazards: "Não apresenta riscos de luzes intermitentes, movimento ou som.",
	a11yClaim:   "A sua conformidade com %s foi certificada por %s.",
	a11yNoClaim: "Não se declara conformidade com nenhuma norma de acessibilidade, pois ninguém a certificou.",
}

// italian quotes with «…», without spaces inside.
var italian = Words{
	Lang:     "it",
	Contents: "Indice", Cover: "Copertina", TitlePage: "Frontespizio", Copyright: "Colophon", Credits: "Crediti",
	Landmarks: "Punti di riferimento", StartOfText: "Inizio del testo",
	Image: "Immagine", PhotoUnavailable: "Fotografia non disponibile", Source: "Fonte",
	Notes: "Note", TaskDone: "fatto", TaskOpen: "da fare",
	SourcePublication: "Pubblicazione originale", OriginalHeadline: "Titolo originale", OriginalLanguage: "Lingua originale",
	Translation: "Traduzione", Author: "Autore", Authors: "Autori", Byline: "Firma", Photographs: "Fotografie",
	Publisher: "Editore", Rights: "Diritti", Identifier: "Identificativo", ProducedWith: "Realizzato con",

	and:      "e",
	months:   [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleItIT,
	names:    display.Italian.Tags(),
	roles: map[string]string{
		"aut": "Autore", "edt": "Cura", "trl": "Traduzione", "pht": "Fotografia",
		"ill": "Illustrazioni", "bkp": "Produzione", "cov": "Progetto di copertina",
		"nrt": "Voce narrante", "pbl": "Editore", "ctb": "Collaborazione", "cre": "Ideazione",
	},
	role: "Collaborazione (%s)",

	publishedBy:    "Pubblicato da %s",
	edition:        "Edizione: %s",
	translatedFrom: "Tradotto dall’originale in %s",
	translated:     "Tradotto dall’originale",
	publishedIn:    ", pubblicato da %s",
	firstPublished: "Pubblicato originariamente da %s.",
	producedWith:   "Realizzato con %s.",
	quote:          "«%s»",

	a11yStructure: "Questa pubblicazione ha un indice, titoli che ne danno la struttura e un unico ordine di lettura logico; il sistema di lettura può cambiare la dimensione e lo stile del testo.",
	a11yNoImages:  "Non contiene immagini: tutto il suo contenuto è testo.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "La sua unica immagine ha un testo alternativo, perciò il testo da solo trasmette l’intero contenuto."
		}
		return fmt.Sprintf("Ciascuna delle sue %d immagini ha un testo alternativo, perciò il testo da solo trasmette l’intero contenuto.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "La sua unica immagine non ha un testo alternativo; la descrive la didascalia, se c’è."
		case k == n:
			return fmt.Sprintf("Nessuna delle sue %d immagini ha un testo alternativo; le descrivono le didascalie, dove presenti.", n)
		case k == 1:
			return fmt.Sprintf("Una delle sue %d immagini non ha un testo alternativo; la descrive la didascalia, se c’è.", n)
		}
		return fmt.Sprintf("%d delle sue %d immagini non hanno un testo alternativo; le descrivono le didascalie, dove presenti.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Una fotografia non fornita è sostituita da un segnaposto con un’etichetta, la sua didascalia e il suo credito."
		}
		return fmt.Sprintf("%d fotografie non fornite sono sostituite da segnaposto con un’etichetta, le loro didascalie e i loro crediti.", m)
	},
	a11yHazards: "Non presenta rischi legati a luci lampeggianti, movimento o suono.",
	a11yClaim:   "La sua conformità a %s è stata certificata da %s.",
	a11yNoClaim: "Non si dichiara alcuna conformità a uno standard di accessibilità, poiché nessuno l’ha certificata.",
}

// dutch quotes with ‘…’, as Dutch newspapers and most publishers do.
var dutch = Words{
	Lang:     "nl",
	Contents: "Inhoud", Cover: "Omslag", TitlePage: "Titelpagina", Copyright: "Colofon", Credits: "Verantwoording",
	Landmarks: "Oriëntatiepunten", StartOfText: "Begin van de tekst",
	Image: "Beeld", PhotoUnavailable: "Foto niet beschikbaar", Source: "Bron",
	Notes: "Noten", TaskDone: "gedaan", TaskOpen: "nog te doen",
	SourcePublication: "Oorspronkelijke publicatie", OriginalHeadline: "Oorspronkelijke kop", OriginalLanguage: "Oorspronkelijke taal",
	Translation: "Vertaling", Author: "Auteur", Authors: "Auteurs", Byline: "Naamregel", Photographs: "Foto’s",
	Publisher: "Uitgever", Rights: "Rechten", Identifier: "Identificatie", ProducedWith: "Gemaakt met",

	and:      "en",
	months:   [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleNlNL,
	names:    display.Dutch.Tags(),
	roles: map[string]string{
		"aut": "Auteur", "edt": "Redactie", "trl": "Vertaling", "pht": "Fotografie",
		"ill": "Illustraties", "bkp": "Productie", "cov": "Omslagontwerp",
		"nrt": "Voorgelezen door", "pbl": "Uitgever", "ctb": "Medewerking", "cre": "Maker",
	},
	role: "Medewerking (%s)",

	publishedBy:    "Uitgegeven door %s",
	edition:        "Uitgave: %s",
	translatedFrom: "Vertaald uit het %s",
	translated:     "Vertaald uit het origineel",
	publishedIn:    ", gepubliceerd door %s",
	firstPublished: "Oorspronkelijk gepubliceerd door %s.",
	producedWith:   "Gemaakt met %s.",
	quote:          "‘%s’",

	a11yStructure: "Deze publicatie heeft een inhoudsopgave, koppen die de structuur aangeven en één logische leesvolgorde; het leessysteem kan de grootte en opmaak van de tekst aanpassen.",
	a11yNoImages:  "Ze bevat geen afbeeldingen: de hele inhoud is tekst.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "De enige afbeelding heeft een tekstalternatief, zodat de tekst alleen de hele inhoud overbrengt."
		}
		return fmt.Sprintf("Elk van de %d afbeeldingen heeft een tekstalternatief, zodat de tekst alleen de hele inhoud overbrengt.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "De enige afbeelding heeft geen tekstalternatief; het bijschrift beschrijft haar, als dat er is."
		case k == n:
			return fmt.Sprintf("Geen van de %d afbeeldingen heeft een tekstalternatief; bijschriften beschrijven ze, waar die er zijn.", n)
		case k == 1:
			return fmt.Sprintf("Eén van de %d afbeeldingen heeft geen tekstalternatief; het bijschrift beschrijft haar, als dat er is.", n)
		}
		return fmt.Sprintf("%d van de %d afbeeldingen hebben geen tekstalternatief; bijschriften beschrijven ze, waar die er zijn.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Eén foto die niet is aangeleverd, is vervangen door een gemarkeerde plaatshouder met het bijschrift en de fotoverantwoording."
		}
		return fmt.Sprintf("%d foto’s die niet zijn aangeleverd, zijn vervangen door gemarkeerde plaatshouders met hun bijschriften en fotoverantwoording.", m)
	},
	a11yHazards: "Ze levert geen risico’s op door flitsen, beweging of geluid.",
	a11yClaim:   "De conformiteit met %s is gecertificeerd door %s.",
	a11yNoClaim: "Er wordt geen conformiteit met een toegankelijkheidsnorm geclaimd, omdat niemand die heeft gecertificeerd.",
}

// catalan quotes with «…», without spaces inside. Its month words are
// unused: dates come from ca_ES, with "de" elided before a vowel
// ("4 d’octubre"), as the formats here could not.
var catalan = Words{
	Lang:     "ca",
	Contents: "Índex", Cover: "Coberta", TitlePage: "Portada", Copyright: "Pàgina de crèdits", Credits: "Crèdits",
	Landmarks: "Punts de referència", StartOfText: "Inici del text",
	Image: "Imatge", PhotoUnavailable: "Fotografia no disponible", Source: "Font",
	Notes: "Notes", TaskDone: "fet", TaskOpen: "pendent",
	SourcePublication: "Publicació original", OriginalHeadline: "Titular original", OriginalLanguage: "Llengua original",
	Translation: "Traducció", Author: "Autor", Authors: "Autors", Byline: "Signatura", Photographs: "Fotografies",
	Publisher: "Editorial", Rights: "Drets", Identifier: "Identificador", ProducedWith: "Produït amb",

	and:      "i",
	months:   [12]string{"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"},
	dayMonth: "%[1]d de %[2]s de %[3]d",
	month:    "%[1]s de %[2]d",
	dates:    monday.LocaleCaES,
	names:    display.Catalan.Tags(),
	roles: map[string]string{
		"aut": "Autor", "edt": "Edició", "trl": "Traducció", "pht": "Fotografia",
		"ill": "Il·lustració", "bkp": "Producció", "cov": "Disseny de la coberta",
		"nrt": "Narració", "pbl": "Editorial", "ctb": "Col·laboració", "cre": "Creació",
	},
	role: "Col·laboració (%s)",

	publishedBy:    "Publicat per %s",
	edition:        "Edició: %s",
	translatedFrom: "Traduït de l’original en %s",
	translated:     "Traduït de l’original",
	publishedIn:    ", publicat per %s",
	firstPublished: "Publicat originalment per %s.",
	producedWith:   "Produït amb %s.",
	quote:          "«%s»",

	a11yStructure: "Aquesta publicació té un índex, encapçalaments que en donen l’estructura i un únic ordre de lectura lògic; el sistema de lectura pot canviar la mida i l’estil del text.",
	a11yNoImages:  "No conté imatges: tot el contingut és text.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "La seva única imatge té un text alternatiu, de manera que el text tot sol transmet tot el contingut."
		}
		return fmt.Sprintf("Cadascuna de les seves %d imatges té un text alternatiu, de manera que el text tot sol transmet tot el contingut.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "La seva única imatge no té text alternatiu; la descriu el peu de foto, si en té."
		case k == n:
			return fmt.Sprintf("Cap de les seves %d imatges no té text alternatiu; els peus de foto les descriuen quan n’hi ha.", n)
		case k == 1:
			return fmt.Sprintf("Una de les seves %d imatges no té text alternatiu; la descriu el peu de foto, si en té.", n)
		}
		return fmt.Sprintf("%d de les seves %d imatges no tenen text alternatiu; els peus de foto les descriuen quan n’hi ha.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Una fotografia que no es va proporcionar està substituïda per un marcador etiquetat amb el seu peu de foto i el seu crèdit."
		}
		return fmt.Sprintf("%d fotografies que no es van proporcionar estan substituïdes per marcadors etiquetats amb els seus peus de foto i els seus crèdits.", m)
	},
	a11yHazards: "No presenta riscos de llampades, moviment ni so.",
	a11yClaim:   "La seva conformitat amb %s ha estat certificada per %s.",
	a11yNoClaim: "No es declara conformitat amb cap norma d’accessibilitat, perquè ningú no l’ha certificada.",
}

// GenitiveMonths are the month names that follow a day in Czech, Slovak,
// Croatian and Slovene ("12. listopadu 2025"), by language: monday holds
// Czech's but does not give them out, and has none for the others.
var GenitiveMonths = map[string][12]string{
	"cs": {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
	"sk": {"januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"},
	"hr": {"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"},
	"sl": {"januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"},
}

// Date renders a W3CDTF date for readers: "2022-10" is "October 2022" in
// English, "octubre de 2022" in Spanish and "اسفند ۱۴۰۳" (the solar month
// of its 1st) in Persian; a year, or anything else, stays as written.
func (w *Words) Date(d string) string {
	var y, mo, day int
	n, _ := fmt.Sscanf(d, "%4d-%2d-%2d", &y, &mo, &day)
	if w.dates != "" && n >= 2 && mo >= 1 && mo <= 12 {
		t := time.Date(y, time.Month(mo), max(day, 1), 12, 0, 0, 0, time.UTC)
		layout := cmp.Or(monday.LongFormatsByLocale[w.dates], "2 January 2006") // monday has no long format for Polish
		if l, ok := eastAsianDates[w.Lang]; ok {
			layout = l[min(n, 3)-2]
		} else if n == 2 && strings.Contains(layout, " de ") {
			layout = "January de 2006" // Portuguese, Catalan
		} else if n == 2 {
			layout = "January 2006"
		}
		out := monday.Format(t, layout, w.dates)
		if g, ok := GenitiveMonths[string(w.dates)[:2]]; ok && n >= 3 {
			out = fmt.Sprintf("%d. %s %d", day, g[mo-1], y) // monday writes "12. listopad 2025"
		}
		if strings.HasPrefix(string(w.dates), "pt_") || w.dates == monday.LocalePlPL || w.dates == monday.LocaleRuRU || w.dates == monday.LocaleUkUA {
			out = strings.ToLower(out) // monday capitalises the months of Portugal, Poland, Russia and Ukraine, which all write them in lower case
		}
		if w.dates == monday.LocaleCaES {
			out = catalanElision.Replace(out) // monday writes "5 de octubre"
		}
		if len(out) > 1 && out[0] == '0' && out[1] >= '1' && out[1] <= '9' {
			out = out[1:] // Brazil's long format writes "05 de outubro"; prose does not
		}
		return out
	}
	if n < 2 || mo < 1 || mo > 12 {
		return d
	}
	if w.calendar != nil {
		y, mo, day = w.calendar(y, mo, max(day, 1)) // a month alone is the one its 1st falls in
	}
	if n == 2 {
		return inDigits(fmt.Sprintf(w.month, w.months[mo-1], y), w.digits)
	}
	return inDigits(fmt.Sprintf(w.dayMonth, day, w.months[mo-1], y), w.digits)
}

// eastAsianDates are the layouts of a month and of a day, where monday
// writes "3月 2025" for a month and Korean without its spaces.
var eastAsianDates = map[string][2]string{
	"ja": {"2006年1月", "2006年1月2日"}, "zh": {"2006年1月", "2006年1月2日"},
	"ko": {"2006년 1월", "2006년 1월 2일"},
}

// catalanElision elides "de" before the months that start with a vowel.
var catalanElision = strings.NewReplacer(" de abril", " d’abril", " de agost", " d’agost", " de octubre", " d’octubre")

// List joins names as a sentence does: "A", "A and B", "A, B and C".
// Arabic, Persian and Urdu separate them with the Arabic comma (،),
// Japanese and Chinese with the ideographic comma (、) and no spaces.
// Arabic and Hebrew join their "and" to a name in their script after it
// ("أحمد وسارة", "דנה כהן ויוסי לוי"); Hebrew joins it to any other name
// with a hyphen ("ו-John Smith"), as Hebrew prints its prefixes before
// Latin words and digits.
func (w *Words) List(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	comma, and, last := ", ", " "+w.and+" ", names[len(names)-1]
	switch w.Lang {
	case "ar", "fa", "ur":
		comma = "، "
	case "ja", "zh":
		comma, and = "、", w.and // "田中、鈴木と佐藤"
	}
	if script, ok := joinedAnd[w.Lang]; ok {
		if r, _ := utf8.DecodeRuneInString(last); unicode.Is(script, r) {
			and = " " + w.and
		} else if w.Lang == "he" {
			and = " " + w.and + "-"
		}
	}
	return strings.Join(names[:len(names)-1], comma) + and + last
}

// joinedAnd is the script of the names that a language's "and" is
// joined to, by language.
var joinedAnd = map[string]*unicode.RangeTable{"ar": unicode.Arabic, "he": unicode.Hebrew}

// LanguageName gives "Spanish (es)" for "es" in English, "español (es)"
// in Spanish; unknown tags stay as written.
func (w *Words) LanguageName(tag string) string {
	if tag == "" {
		return ""
	}
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	if name := w.names.Name(t); name != "" {
		return name + " (" + tag + ")"
	}
	return tag
}

// language is the name of a language alone: "Spanish", "español".
func (w *Words) language(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	return w.names.Name(t)
}

// RoleName names the MARC relator codes that manuscripts use most.
func (w *Words) RoleName(code string) string {
	if n, ok := w.roles[code]; ok {
		return n
	}
	return fmt.Sprintf(w.role, code)
}

// russian names its cases around the names it is given only where they
// do not change ("Издатель: X", "изданием X"), and counts with Russian's
// three plural forms (ruPlural).
var russian = Words{
	Lang:     "ru",
	Contents: "Содержание", Cover: "Обложка", TitlePage: "Титульный лист", Copyright: "Выходные данные", Credits: "Авторы и источники",
	Landmarks: "Ориентиры", StartOfText: "Начало текста",
	Image: "Фото", PhotoUnavailable: "Фотография недоступна", Source: "Источник",
	Notes: "Примечания", TaskDone: "выполнено", TaskOpen: "не выполнено",
	SourcePublication: "Исходная публикация", OriginalHeadline: "Исходный заголовок", OriginalLanguage: "Язык оригинала",
	Translation: "Перевод", Author: "Автор", Authors: "Авторы", Byline: "Подпись", Photographs: "Фотографии",
	Publisher: "Издатель", Rights: "Права", Identifier: "Идентификатор", ProducedWith: "Сделано с помощью",

	and:      "и",
	months:   [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	dayMonth: "%[1]d %[2]s %[3]d г.",
	month:    "%[1]s %[2]d г.",
	dates:    monday.LocaleRuRU,
	names:    display.Russian.Tags(),
	roles: map[string]string{
		"aut": "Автор", "edt": "Редактор", "trl": "Переводчик", "pht": "Фотограф",
		"ill": "Иллюстратор", "bkp": "Производство", "cov": "Дизайн обложки",
		"nrt": "Чтец", "pbl": "Издатель", "ctb": "Участник", "cre": "Создатель",
	},
	role: "Участник (%s)",

	publishedBy:    "Издатель: %s",
	edition:        "Издание: %s",
	translatedFrom: "Перевод с оригинала (%s)",
	translated:     "Перевод с оригинала",
	publishedIn:    ", опубликованного изданием %s",
	firstPublished: "Впервые опубликовано изданием %s.",
	producedWith:   "Сделано с помощью %s.",
	quote:          "«%s»",

	a11yStructure: "В этой публикации есть оглавление, заголовки, передающие её структуру, и единый логический порядок чтения; система чтения может менять размер и оформление её текста.",
	a11yNoImages:  "В ней нет изображений: всё её содержание — текст.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "У её единственного изображения есть текстовая альтернатива, поэтому один текст передаёт всё содержание."
		}
		return fmt.Sprintf("У каждого из её %d %s есть текстовая альтернатива, поэтому один текст передаёт всё содержание.", n, ruPlural(n, "изображения", "изображений", "изображений"))
	},
	a11yLacking: func(k, n int) string {
		images := ruPlural(n, "изображения", "изображений", "изображений")
		switch {
		case n == 1:
			return "У её единственного изображения нет текстовой альтернативы; его описывает подпись, если она есть."
		case k == n:
			return fmt.Sprintf("Ни у одного из её %d %s нет текстовой альтернативы; их описывают подписи, где они есть.", n, images)
		case k == 1:
			return fmt.Sprintf("У одного из её %d %s нет текстовой альтернативы; его описывает подпись, если она есть.", n, images)
		}
		return fmt.Sprintf("У %d из её %d %s нет текстовой альтернативы; их описывают подписи, где они есть.", k, n, images)
	},
	a11yMissing: func(m int) string {
		if m%10 == 1 && m%100 != 11 {
			return fmt.Sprintf("%d фотография, которая не была предоставлена, заменена обозначенной заглушкой с её подписью и указанием автора.", m)
		}
		return fmt.Sprintf("%d %s, которые не были предоставлены, заменены обозначенными заглушками с их подписями и указанием авторов.", m, ruPlural(m, "фотография", "фотографии", "фотографий"))
	},
	a11yHazards: "Она не несёт опасностей, связанных со вспышками, движением или звуком.",
	a11yClaim:   "Соответствие стандарту %s подтверждено: %s.",
	a11yNoClaim: "Соответствие стандарту доступности не заявлено, так как никто его не подтвердил.",
}

// ruPlural picks the Russian form for a count: one (1, 21, 101), few (2
// to 4, 22 to 24) or many (5 to 20, 25…).
func ruPlural(n int, one, few, many string) string {
	switch {
	case n%10 == 1 && n%100 != 11:
		return one
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return few
	}
	return many
}

// greek separates clauses with the ano teleia (·), as Greek does where
// other languages write a semicolon.
var greek = Words{
	Lang:     "el",
	Contents: "Περιεχόμενα", Cover: "Εξώφυλλο", TitlePage: "Σελίδα τίτλου", Copyright: "Στοιχεία έκδοσης", Credits: "Συντελεστές",
	Landmarks: "Ορόσημα", StartOfText: "Αρχή του κειμένου",
	Image: "Φωτογραφία", PhotoUnavailable: "Η φωτογραφία δεν είναι διαθέσιμη", Source: "Πηγή",
	Notes: "Σημειώσεις", TaskDone: "ολοκληρώθηκε", TaskOpen: "εκκρεμεί",
	SourcePublication: "Αρχική δημοσίευση", OriginalHeadline: "Αρχικός τίτλος", OriginalLanguage: "Γλώσσα του πρωτοτύπου",
	Translation: "Μετάφραση", Author: "Συντάκτης", Authors: "Συντάκτες", Byline: "Υπογραφή", Photographs: "Φωτογραφίες",
	Publisher: "Εκδότης", Rights: "Δικαιώματα", Identifier: "Αναγνωριστικό", ProducedWith: "Δημιουργήθηκε με",

	and:      "και",
	months:   [12]string{"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleElGR,
	names:    display.Greek.Tags(),
	roles: map[string]string{
		"aut": "Συντάκτης", "edt": "Επιμέλεια", "trl": "Μετάφραση", "pht": "Φωτογραφία",
		"ill": "Εικονογράφηση", "bkp": "Παραγωγή", "cov": "Σχεδιασμός εξωφύλλου",
		"nrt": "Αφήγηση", "pbl": "Εκδότης", "ctb": "Συνεργασία", "cre": "Δημιουργία",
	},
	role: "Συνεργασία (%s)",

	publishedBy:    "Εκδότης: %s",
	edition:        "Έκδοση: %s",
	translatedFrom: "Μετάφραση από το πρωτότυπο (%s)",
	translated:     "Μετάφραση από το πρωτότυπο",
	publishedIn:    ", που δημοσιεύθηκε από %s",
	firstPublished: "Πρώτη δημοσίευση από %s.",
	producedWith:   "Δημιουργήθηκε με %s.",
	quote:          "«%s»",

	a11yStructure: "Η έκδοση αυτή έχει πίνακα περιεχομένων, επικεφαλίδες που δίνουν τη δομή της και μία λογική σειρά ανάγνωσης· το σύστημα ανάγνωσης μπορεί να αλλάξει το μέγεθος και τη μορφή του κειμένου της.",
	a11yNoImages:  "Δεν περιέχει εικόνες: όλο το περιεχόμενό της είναι κείμενο.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Η μοναδική της εικόνα έχει εναλλακτικό κείμενο, οπότε το κείμενο μόνο του μεταδίδει όλο το περιεχόμενο."
		}
		return fmt.Sprintf("Καθεμία από τις %d εικόνες της έχει εναλλακτικό κείμενο, οπότε το κείμενο μόνο του μεταδίδει όλο το περιεχόμενο.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Η μοναδική της εικόνα δεν έχει εναλλακτικό κείμενο· την περιγράφει η λεζάντα της, όπου υπάρχει."
		case k == n:
			return fmt.Sprintf("Καμία από τις %d εικόνες της δεν έχει εναλλακτικό κείμενο· τις περιγράφουν οι λεζάντες, όπου υπάρχουν.", n)
		case k == 1:
			return fmt.Sprintf("Μία από τις %d εικόνες της δεν έχει εναλλακτικό κείμενο· την περιγράφει η λεζάντα της, όπου υπάρχει.", n)
		}
		return fmt.Sprintf("%d από τις %d εικόνες της δεν έχουν εναλλακτικό κείμενο· τις περιγράφουν οι λεζάντες, όπου υπάρχουν.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Μία φωτογραφία που δεν παραδόθηκε αντικαθίσταται από ένα επισημασμένο πλαίσιο με τη λεζάντα και την πίστωσή της."
		}
		return fmt.Sprintf("%d φωτογραφίες που δεν παραδόθηκαν αντικαθίστανται από επισημασμένα πλαίσια με τις λεζάντες και τις πιστώσεις τους.", m)
	},
	a11yHazards: "Δεν παρουσιάζει κινδύνους από αναλαμπές, κίνηση ή ήχο.",
	a11yClaim:   "Η συμμόρφωσή της με το %s πιστοποιήθηκε από %s.",
	a11yNoClaim: "Δεν δηλώνεται συμμόρφωση με κάποιο πρότυπο προσβασιμότητας, αφού κανείς δεν την έχει πιστοποιήσει.",
}

// ukrainian, like russian, keeps the names it is given out of the cases
// that would change them, and counts with three plural forms.
var ukrainian = Words{
	Lang:     "uk",
	Contents: "Зміст", Cover: "Обкладинка", TitlePage: "Титульна сторінка", Copyright: "Вихідні дані", Credits: "Автори та джерела",
	Landmarks: "Орієнтири", StartOfText: "Початок тексту",
	Image: "Фото", PhotoUnavailable: "Фотографія недоступна", Source: "Джерело",
	Notes: "Примітки", TaskDone: "виконано", TaskOpen: "не виконано",
	SourcePublication: "Вихідна публікація", OriginalHeadline: "Оригінальний заголовок", OriginalLanguage: "Мова оригіналу",
	Translation: "Переклад", Author: "Автор", Authors: "Автори", Byline: "Підпис", Photographs: "Фотографії",
	Publisher: "Видавець", Rights: "Права", Identifier: "Ідентифікатор", ProducedWith: "Створено за допомогою",

	and:      "і",
	months:   [12]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
	dayMonth: "%[1]d %[2]s %[3]d р.",
	month:    "%[1]s %[2]d р.",
	dates:    monday.LocaleUkUA,
	names:    display.Ukrainian.Tags(),
	roles: map[string]string{
		"aut": "Автор", "edt": "Редактор", "trl": "Перекладач", "pht": "Фотограф",
		"ill": "Ілюстратор", "bkp": "Виробництво", "cov": "Дизайн обкладинки",
		"nrt": "Читець", "pbl": "Видавець", "ctb": "Учасник", "cre": "Творець",
	},
	role: "Учасник (%s)",

	publishedBy:    "Видавець: %s",
	edition:        "Видання: %s",
	translatedFrom: "Переклад з оригіналу (%s)",
	translated:     "Переклад з оригіналу",
	publishedIn:    ", опублікованого виданням %s",
	firstPublished: "Уперше опубліковано виданням %s.",
	producedWith:   "Створено за допомогою %s.",
	quote:          "«%s»",

	a11yStructure: "Ця публікація має зміст, заголовки, що передають її структуру, і єдиний логічний порядок читання; система читання може змінювати розмір і оформлення її тексту.",
	a11yNoImages:  "У ній немає зображень: увесь її вміст — текст.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Її єдине зображення має текстову альтернативу, тож сам текст передає весь вміст."
		}
		return fmt.Sprintf("Кожне з її %d %s має текстову альтернативу, тож сам текст передає весь вміст.", n, ruPlural(n, "зображення", "зображень", "зображень"))
	},
	a11yLacking: func(k, n int) string {
		images := ruPlural(n, "зображення", "зображень", "зображень")
		switch {
		case n == 1:
			return "Її єдине зображення не має текстової альтернативи; його описує підпис, якщо він є."
		case k == n:
			return fmt.Sprintf("Жодне з її %d %s не має текстової альтернативи; їх описують підписи, де вони є.", n, images)
		case k == 1:
			return fmt.Sprintf("Одне з її %d %s не має текстової альтернативи; його описує підпис, якщо він є.", n, images)
		}
		return fmt.Sprintf("%d з її %d %s не мають текстової альтернативи; їх описують підписи, де вони є.", k, n, images)
	},
	a11yMissing: func(m int) string {
		if m%10 == 1 && m%100 != 11 {
			return fmt.Sprintf("%d фотографію, яку не було надано, замінено позначеною заглушкою з її підписом і зазначенням автора.", m)
		}
		return fmt.Sprintf("%d %s, яких не було надано, замінено позначеними заглушками з їхніми підписами та зазначенням авторів.", m, ruPlural(m, "фотографію", "фотографії", "фотографій"))
	},
	a11yHazards: "Вона не несе небезпек, пов’язаних зі спалахами, рухом чи звуком.",
	a11yClaim:   "Відповідність стандарту %s підтверджено: %s.",
	a11yNoClaim: "Відповідність стандарту доступності не заявлено, бо ніхто її не підтвердив.",
}

// polish quotes with „…”, as Polish books do, and counts with plPlural.
var polish = Words{
	Lang:     "pl",
	Contents: "Spis treści", Cover: "Okładka", TitlePage: "Strona tytułowa", Copyright: "Metryka", Credits: "Autorzy i źródła",
	Landmarks: "Punkty orientacyjne", StartOfText: "Początek tekstu",
	Image: "Zdjęcie", PhotoUnavailable: "Zdjęcie niedostępne", Source: "Źródło",
	Notes: "Przypisy", TaskDone: "zrobione", TaskOpen: "do zrobienia",
	SourcePublication: "Publikacja źródłowa", OriginalHeadline: "Tytuł oryginału", OriginalLanguage: "Język oryginału",
	Translation: "Przekład", Author: "Autor", Authors: "Autorzy", Byline: "Podpis", Photographs: "Zdjęcia",
	Publisher: "Wydawca", Rights: "Prawa", Identifier: "Identyfikator", ProducedWith: "Wykonano za pomocą",

	and:      "i",
	months:   [12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocalePlPL,
	names:    display.Polish.Tags(),
	roles: map[string]string{
		"aut": "Autor", "edt": "Redakcja", "trl": "Przekład", "pht": "Zdjęcia",
		"ill": "Ilustracje", "bkp": "Produkcja", "cov": "Projekt okładki",
		"nrt": "Narracja", "pbl": "Wydawca", "ctb": "Współpraca", "cre": "Twórca",
	},
	role: "Współpraca (%s)",

	publishedBy:    "Wydawca: %s",
	edition:        "Wydanie: %s",
	translatedFrom: "Przekład z oryginału (%s)",
	translated:     "Przekład z oryginału",
	publishedIn:    ", opublikowanego przez %s",
	firstPublished: "Pierwotnie opublikowane przez %s.",
	producedWith:   "Wykonano za pomocą %s.",
	quote:          "„%s”",

	a11yStructure: "Ta publikacja ma spis treści, nagłówki oddające jej strukturę i jedną logiczną kolejność czytania; system czytający może zmieniać rozmiar i wygląd jej tekstu.",
	a11yNoImages:  "Nie zawiera obrazów: cała jej treść to tekst.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Jej jedyny obraz ma tekst alternatywny, więc sam tekst przekazuje całą treść."
		}
		return fmt.Sprintf("Każdy z jej %d obrazów ma tekst alternatywny, więc sam tekst przekazuje całą treść.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Jej jedyny obraz nie ma tekstu alternatywnego; opisuje go podpis, jeśli jest."
		case k == n:
			return fmt.Sprintf("Żaden z jej %d obrazów nie ma tekstu alternatywnego; opisują je podpisy, tam gdzie są.", n)
		case k == 1:
			return fmt.Sprintf("Jeden z jej %d obrazów nie ma tekstu alternatywnego; opisuje go podpis, jeśli jest.", n)
		}
		return fmt.Sprintf("%d z jej %d obrazów nie ma tekstu alternatywnego; opisują je podpisy, tam gdzie są.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "1 zdjęcie, którego nie dostarczono, zastąpiono oznaczonym miejscem z jego podpisem i autorem."
		}
		return fmt.Sprintf("%d %s, których nie dostarczono, zastąpiono oznaczonymi miejscami z ich podpisami i autorami.", m, plPlural(m, "zdjęcie", "zdjęcia", "zdjęć"))
	},
	a11yHazards: "Nie niesie zagrożeń związanych z błyskami, ruchem ani dźwiękiem.",
	a11yClaim:   "Jej zgodność z %s poświadczył %s.",
	a11yNoClaim: "Nie deklaruje się zgodności z żadnym standardem dostępności, bo nikt jej nie poświadczył.",
}

// plPlural picks the Polish form for a count: one (1 alone), few (2 to
// 4, 22 to 24, not 12 to 14) or many (the rest: 5, 11, 21…).
func plPlural(n int, one, few, many string) string {
	if n == 1 {
		return one
	}
	if n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14) {
		return few
	}
	return many
}

// turkish counts without a plural after a number ("5 görsel"), as
// Turkish does.
var turkish = Words{
	Lang:     "tr",
	Contents: "İçindekiler", Cover: "Kapak", TitlePage: "Başlık sayfası", Copyright: "Yayın bilgileri", Credits: "Künye",
	Landmarks: "Yer imleri", StartOfText: "Metnin başı",
	Image: "Fotoğraf", PhotoUnavailable: "Fotoğraf mevcut değil", Source: "Kaynak",
	Notes: "Notlar", TaskDone: "tamamlandı", TaskOpen: "tamamlanmadı",
	SourcePublication: "Özgün yayın", OriginalHeadline: "Özgün başlık", OriginalLanguage: "Özgün dil",
	Translation: "Çeviri", Author: "Yazar", Authors: "Yazarlar", Byline: "İmza", Photographs: "Fotoğraflar",
	Publisher: "Yayıncı", Rights: "Haklar", Identifier: "Tanımlayıcı", ProducedWith: "Üretim aracı",

	and:      "ve",
	months:   [12]string{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	dates:    monday.LocaleTrTR,
	names:    display.Turkish.Tags(),
	roles: map[string]string{
		"aut": "Yazar", "edt": "Editör", "trl": "Çevirmen", "pht": "Fotoğrafçı",
		"ill": "İllüstratör", "bkp": "Yapım", "cov": "Kapak tasarımı",
		"nrt": "Anlatıcı", "pbl": "Yayıncı", "ctb": "Katkıda bulunan", "cre": "Yaratıcı",
	},
	role: "Katkıda bulunan (%s)",

	publishedBy:    "Yayıncı: %s",
	edition:        "Baskı: %s",
	translatedFrom: "Özgün metinden çeviri (%s)",
	translated:     "Özgün metinden çeviri",
	publishedIn:    ", yayıncı: %s",
	firstPublished: "İlk yayımlayan: %s.",
	producedWith:   "Üretim aracı: %s.",
	quote:          "“%s”",

	a11yStructure: "Bu yayında bir içindekiler tablosu, yapısını gösteren başlıklar ve tek bir mantıksal okuma sırası vardır; okuma sistemi metnin boyutunu ve biçimini değiştirebilir.",
	a11yNoImages:  "Hiç görsel içermez: içeriğinin tamamı metindir.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "Tek görselinin bir metin alternatifi vardır; bu nedenle metin tek başına içeriğin tamamını aktarır."
		}
		return fmt.Sprintf("%d görselinin her birinin bir metin alternatifi vardır; bu nedenle metin tek başına içeriğin tamamını aktarır.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "Tek görselinin metin alternatifi yoktur; varsa altyazısı onu betimler."
		case k == n:
			return fmt.Sprintf("%d görselinin hiçbirinin metin alternatifi yoktur; altyazılar, olduğu yerde, onları betimler.", n)
		case k == 1:
			return fmt.Sprintf("%d görselinden birinin metin alternatifi yoktur; varsa altyazısı onu betimler.", n)
		}
		return fmt.Sprintf("%[2]d görselinden %[1]d tanesinin metin alternatifi yoktur; altyazılar, olduğu yerde, onları betimler.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "Sağlanmayan bir fotoğrafın yerine, altyazısı ve künyesiyle birlikte etiketli bir yer tutucu konmuştur."
		}
		return fmt.Sprintf("Sağlanmayan %d fotoğrafın yerine, altyazıları ve künyeleriyle birlikte etiketli yer tutucular konmuştur.", m)
	},
	a11yHazards: "Yanıp sönme, hareket ya da ses tehlikesi içermez.",
	a11yClaim:   "%s uyumluluğu %s tarafından onaylanmıştır.",
	a11yNoClaim: "Hiçbir erişilebilirlik standardına uyum iddia edilmez; kimse bunu onaylamamıştır.",
}

// arabic is Modern Standard Arabic as pan-Arab publishers print it: the
// Arabic comma and semicolon, «…» quotes and Western digits. Its months
// are the Gregorian names that Egypt, the Gulf and the pan-Arab press
// (and CLDR's "ar") print, يناير to ديسمبر, not the Levant's كانون الثاني
// or the Maghreb's جانفي: they are read everywhere. After a number,
// arPlural picks the noun: the plural after 3 to 10, the singular after
// 11 and more; one and two are written as words (the dual).
var arabic = Words{
	Lang:     "ar",
	Contents: "المحتويات", Cover: "الغلاف", TitlePage: "صفحة العنوان", Copyright: "بيانات النشر", Credits: "المؤلفون والمصادر",
	Landmarks: "معالم الكتاب", StartOfText: "بداية النص",
	Image: "صورة", PhotoUnavailable: "الصورة غير متاحة", Source: "المصدر",
	Notes: "الهوامش", TaskDone: "منجز", TaskOpen: "غير منجز",
	SourcePublication: "النشر الأصلي", OriginalHeadline: "العنوان الأصلي", OriginalLanguage: "اللغة الأصلية",
	Translation: "الترجمة", Author: "المؤلف", Authors: "المؤلفون", Byline: "التوقيع", Photographs: "الصور",
	Publisher: "الناشر", Rights: "الحقوق", Identifier: "المعرّف", ProducedWith: "أداة الإنتاج",

	and:      "و",
	months:   [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	names:    display.Arabic.Tags(),
	roles: map[string]string{
		"aut": "المؤلف", "edt": "التحرير", "trl": "الترجمة", "pht": "التصوير",
		"ill": "الرسوم", "bkp": "الإنتاج", "cov": "تصميم الغلاف",
		"nrt": "الأداء الصوتي", "pbl": "الناشر", "ctb": "المساهمة", "cre": "الإعداد",
	},
	role: "المساهمة (%s)",

	publishedBy:    "الناشر: %s",
	edition:        "تاريخ النشر: %s",
	translatedFrom: "ترجمة عن الأصل باللغة %s",
	translated:     "ترجمة عن الأصل",
	publishedIn:    "، المنشور في %s",
	firstPublished: "نُشر أول مرة في %s.",
	producedWith:   "أُنتج باستخدام %s.",
	quote:          "«%s»",

	a11yStructure: "يحتوي هذا المنشور على فهرس للمحتويات، وعناوين تبيّن بنيته، وترتيب قراءة منطقي واحد؛ ويمكن لنظام القراءة تغيير حجم نصه وتنسيقه.",
	a11yNoImages:  "لا يحتوي على أي صورة: محتواه كله نص.",
	a11yAllAlt: func(n int) string {
		switch n {
		case 1:
			return "يحتوي على صورة واحدة لها نص بديل، فالنص وحده ينقل المحتوى كله."
		case 2:
			return "يحتوي على صورتين لكل منهما نص بديل، فالنص وحده ينقل المحتوى كله."
		}
		return fmt.Sprintf("يحتوي على %d %s لكل منها نص بديل، فالنص وحده ينقل المحتوى كله.", n, arPlural(n, "صور", "صورة"))
	},
	a11yLacking: func(k, n int) string {
		images := fmt.Sprintf("%d %s", n, arPlural(n, "صور", "صورة"))
		switch {
		case n == 1:
			return "يحتوي على صورة واحدة ليس لها نص بديل؛ ويصفها تعليقها إن وُجد."
		case k == n && n == 2:
			return "يحتوي على صورتين ليس لأي منهما نص بديل؛ وتصفهما التعليقات حيث وُجدت."
		case k == n:
			return fmt.Sprintf("يحتوي على %s ليس لأي منها نص بديل؛ وتصفها التعليقات حيث وُجدت.", images)
		case k == 1 && n == 2:
			return "يحتوي على صورتين إحداهما بلا نص بديل؛ ويصفها تعليقها إن وُجد."
		case k == 1:
			return fmt.Sprintf("يحتوي على %s إحداها بلا نص بديل؛ ويصفها تعليقها إن وُجد.", images)
		}
		lacking := "صورتان"
		if k > 2 {
			lacking = fmt.Sprintf("%d %s", k, arPlural(k, "صور", "صورة"))
		}
		return fmt.Sprintf("يحتوي على %s، منها %s بلا نص بديل؛ وتصفها التعليقات حيث وُجدت.", images, lacking)
	},
	a11yMissing: func(m int) string {
		switch m {
		case 1:
			return "وُضع مكان صورة لم تُسلَّم إطار بديل موسوم يحمل تعليقها ومصدرها."
		case 2:
			return "وُضع مكان صورتين لم تُسلَّما إطاران بديلان موسومان يحملان تعليقيهما ومصدريهما."
		}
		return fmt.Sprintf("وُضعت مكان %d %s لم تُسلَّم أطر بديلة موسومة تحمل تعليقاتها ومصادرها.", m, arPlural(m, "صور", "صورة"))
	},
	a11yHazards: "لا ينطوي على مخاطر الوميض أو الحركة أو الصوت.",
	a11yClaim:   "مطابقته لمعيار %s معتمدة، والجهة التي اعتمدتها: %s.",
	a11yNoClaim: "لا يُدّعى أنه مطابق لأي معيار من معايير إمكانية الوصول، إذ لم تعتمد ذلك أي جهة.",
}

// arPlural picks the Arabic noun after a count of 3 or more written in
// digits: few (the plural) when it ends in 3 to 10 (5, 104), many (the
// singular) otherwise (11, 25, 100).
func arPlural(n int, few, many string) string {
	if n%100 >= 3 && n%100 <= 10 {
		return few
	}
	return many
}

// persian is the Persian of Iran's publishers: Persian yeh and kaf, the
// zero-width non-joiner (U+200C) inside words ("می‌دهند"), «…» quotes, the
// Arabic comma, and Persian digits. Its dates are Solar Hijri (solar), in
// Persian digits ("۲۱ اسفند ۱۴۰۳"), as Iranian books print them. A noun
// after a number stays singular ("۳ تصویر").
var persian = Words{
	Lang:     "fa",
	Contents: "فهرست مطالب", Cover: "جلد", TitlePage: "صفحه\u0654 عنوان", Copyright: "شناسنامه", Credits: "منابع و پدیدآورندگان",
	Landmarks: "نشانه\u200cها", StartOfText: "آغاز متن",
	Image: "عکس", PhotoUnavailable: "عکس در دسترس نیست", Source: "منبع",
	Notes: "پانوشت\u200cها", TaskDone: "انجام\u200cشده", TaskOpen: "انجام\u200cنشده",
	SourcePublication: "محل انتشار اصلی", OriginalHeadline: "عنوان اصلی", OriginalLanguage: "زبان اصلی",
	Translation: "ترجمه", Author: "نویسنده", Authors: "نویسندگان", Byline: "امضا", Photographs: "عکس\u200cها",
	Publisher: "ناشر", Rights: "حقوق", Identifier: "شناسه", ProducedWith: "ابزار تولید",

	and:      "و",
	months:   SolarMonths,
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	calendar: solar,
	digits:   persianDigits,
	names:    display.Persian.Tags(),
	roles: map[string]string{
		"aut": "نویسنده", "edt": "ویراستار", "trl": "مترجم", "pht": "عکاس",
		"ill": "تصویرگر", "bkp": "تولید", "cov": "طراح جلد",
		"nrt": "راوی", "pbl": "ناشر", "ctb": "همکار", "cre": "پدیدآورنده",
	},
	role: "همکار (%s)",

	publishedBy:    "ناشر: %s",
	edition:        "تاریخ انتشار: %s",
	translatedFrom: "ترجمه از اصل %s",
	translated:     "ترجمه از متن اصلی",
	publishedIn:    "، منتشرشده در %s",
	firstPublished: "نخستین بار در %s منتشر شد.",
	producedWith:   "تولیدشده با %s.",
	quote:          "«%s»",

	a11yStructure: "این اثر فهرست مطالب، عنوان\u200cهایی که ساختار آن را نشان می\u200cدهند و یک ترتیب خواندن منطقی واحد دارد؛ نرم\u200cافزار کتاب\u200cخوان می\u200cتواند اندازه و سبک متن آن را تغییر دهد.",
	a11yNoImages:  "هیچ تصویری ندارد: همه\u0654 محتوای آن متن است.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "تنها تصویر آن متن جایگزین دارد، پس متن به\u200cتنهایی همه\u0654 محتوا را می\u200cرساند."
		}
		return fmt.Sprintf("هر یک از %s تصویر آن متن جایگزین دارد، پس متن به\u200cتنهایی همه\u0654 محتوا را می\u200cرساند.", faNumber(n))
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "تنها تصویر آن متن جایگزین ندارد؛ شرح تصویر، اگر باشد، آن را وصف می\u200cکند."
		case k == n:
			return fmt.Sprintf("هیچ\u200cیک از %s تصویر آن متن جایگزین ندارد؛ شرح تصویرها، هر جا باشد، آن\u200cها را وصف می\u200cکند.", faNumber(n))
		case k == 1:
			return fmt.Sprintf("یکی از %s تصویر آن متن جایگزین ندارد؛ شرح تصویر، اگر باشد، آن را وصف می\u200cکند.", faNumber(n))
		}
		return fmt.Sprintf("%s مورد از %s تصویر آن متن جایگزین ندارد؛ شرح تصویرها، هر جا باشد، آن\u200cها را وصف می\u200cکند.", faNumber(k), faNumber(n))
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "یک عکس که فراهم نشده، با کادری برچسب\u200cدار جایگزین شده است که شرح و منبع آن را دارد."
		}
		return fmt.Sprintf("%s عکس که فراهم نشده، با کادرهایی برچسب\u200cدار جایگزین شده است که شرح و منبع هر عکس را دارند.", faNumber(m))
	},
	a11yHazards: "خطری از نظر نور چشمک\u200cزن، حرکت یا صدا ندارد.",
	a11yClaim:   "انطباق آن با %s را %s تأیید کرده است.",
	a11yNoClaim: "انطباق با هیچ استاندارد دسترس\u200cپذیری ادعا نمی\u200cشود، زیرا کسی آن را تأیید نکرده است.",
}

// faNumber writes n in Persian digits.
func faNumber(n int) string { return inDigits(fmt.Sprint(n), persianDigits) }

// hindi ends its sentences with the danda (।), quotes with “…” and
// writes Western digits, as Hindi newspapers and publishers do. "लेखक" is
// both author and authors: the plural is the same word.
var hindi = Words{
	Lang:     "hi",
	Contents: "विषय-सूची", Cover: "आवरण", TitlePage: "शीर्षक पृष्ठ", Copyright: "प्रकाशन विवरण", Credits: "लेखक और स्रोत",
	Landmarks: "दिशासूचक", StartOfText: "पाठ का आरंभ",
	Image: "चित्र", PhotoUnavailable: "चित्र उपलब्ध नहीं", Source: "स्रोत",
	Notes: "टिप्पणियाँ", TaskDone: "पूर्ण", TaskOpen: "अपूर्ण",
	SourcePublication: "मूल प्रकाशन", OriginalHeadline: "मूल शीर्षक", OriginalLanguage: "मूल भाषा",
	Translation: "अनुवाद", Author: "लेखक", Authors: "लेखक", Byline: "बाइलाइन", Photographs: "छायाचित्र",
	Publisher: "प्रकाशक", Rights: "अधिकार", Identifier: "पहचानकर्ता", ProducedWith: "निर्माण साधन",

	and:      "और",
	months:   [12]string{"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	names:    display.Hindi.Tags(),
	roles: map[string]string{
		"aut": "लेखक", "edt": "संपादक", "trl": "अनुवादक", "pht": "छायाकार",
		"ill": "चित्रकार", "bkp": "निर्माण", "cov": "आवरण डिज़ाइन",
		"nrt": "वाचक", "pbl": "प्रकाशक", "ctb": "सहयोगी", "cre": "रचनाकार",
	},
	role: "सहयोगी (%s)",

	publishedBy:    "प्रकाशक: %s",
	edition:        "संस्करण: %s",
	translatedFrom: "मूल %s से अनूदित",
	translated:     "मूल से अनूदित",
	publishedIn:    ", मूलतः %s में प्रकाशित",
	firstPublished: "पहली बार %s में प्रकाशित।",
	producedWith:   "%s से निर्मित।",
	quote:          "“%s”",

	a11yStructure: "इस प्रकाशन में विषय-सूची, इसकी संरचना दर्शाने वाले शीर्षक और पढ़ने का एक ही तार्किक क्रम है; पठन प्रणाली इसके पाठ का आकार और शैली बदल सकती है।",
	a11yNoImages:  "इसमें कोई चित्र नहीं है: इसकी पूरी सामग्री पाठ है।",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "इसके एकमात्र चित्र के लिए वैकल्पिक पाठ दिया गया है, इसलिए अकेला पाठ ही पूरी सामग्री पहुँचा देता है।"
		}
		return fmt.Sprintf("इसके सभी %d चित्रों के लिए वैकल्पिक पाठ दिया गया है, इसलिए अकेला पाठ ही पूरी सामग्री पहुँचा देता है।", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "इसके एकमात्र चित्र का कोई वैकल्पिक पाठ नहीं है; कैप्शन हो तो वह उसका वर्णन करता है।"
		case k == n:
			return fmt.Sprintf("इसके %d चित्रों में से किसी का भी वैकल्पिक पाठ नहीं है; जहाँ कैप्शन हैं, वे उनका वर्णन करते हैं।", n)
		case k == 1:
			return fmt.Sprintf("इसके %d चित्रों में से एक का वैकल्पिक पाठ नहीं है; कैप्शन हो तो वह उसका वर्णन करता है।", n)
		}
		return fmt.Sprintf("इसके %[2]d चित्रों में से %[1]d का वैकल्पिक पाठ नहीं है; जहाँ कैप्शन हैं, वे उनका वर्णन करते हैं।", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "उपलब्ध न कराए गए एक छायाचित्र की जगह लेबल लगा एक रिक्त स्थान है, जिसमें उसका कैप्शन और श्रेय दिया गया है।"
		}
		return fmt.Sprintf("उपलब्ध न कराए गए %d छायाचित्रों की जगह लेबल लगे रिक्त स्थान हैं, जिनमें उनके कैप्शन और श्रेय दिए गए हैं।", m)
	},
	a11yHazards: "इसमें चमकती रोशनी, गति या ध्वनि से कोई जोखिम नहीं है।",
	a11yClaim:   "%s के अनुरूप होने का प्रमाणन %s ने किया है।",
	a11yNoClaim: "किसी सुगम्यता मानक के अनुरूप होने का दावा नहीं किया गया है, क्योंकि किसी ने इसे प्रमाणित नहीं किया है।",
}

// urdu is the Urdu of Pakistan's and India's Urdu press: Urdu's heh (ہ)
// and yeh barree (ے), the Arabic comma and semicolon, sentences that end
// with the Arabic full stop (۔), “…” quotes and Western digits.
var urdu = Words{
	Lang:     "ur",
	Contents: "فہرست", Cover: "سرورق", TitlePage: "عنوان کا صفحہ", Copyright: "اشاعتی تفصیلات", Credits: "مصنفین اور ماخذ",
	Landmarks: "رہنما نشانات", StartOfText: "متن کا آغاز",
	Image: "تصویر", PhotoUnavailable: "تصویر دستیاب نہیں", Source: "ماخذ",
	Notes: "حواشی", TaskDone: "مکمل", TaskOpen: "نامکمل",
	SourcePublication: "اصل اشاعت", OriginalHeadline: "اصل سرخی", OriginalLanguage: "اصل زبان",
	Translation: "ترجمہ", Author: "مصنف", Authors: "مصنفین", Byline: "بائی لائن", Photographs: "تصاویر",
	Publisher: "ناشر", Rights: "حقوق", Identifier: "شناخت کنندہ", ProducedWith: "تیاری کا ذریعہ",

	and:      "اور",
	months:   [12]string{"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"},
	dayMonth: "%[1]d %[2]s %[3]d",
	month:    "%[1]s %[2]d",
	names:    display.Urdu.Tags(),
	roles: map[string]string{
		"aut": "مصنف", "edt": "مدیر", "trl": "مترجم", "pht": "عکاس",
		"ill": "مصور", "bkp": "تیاری", "cov": "سرورق کا ڈیزائن",
		"nrt": "راوی", "pbl": "ناشر", "ctb": "معاون", "cre": "تخلیق کار",
	},
	role: "معاون (%s)",

	publishedBy:    "ناشر: %s",
	edition:        "اشاعت: %s",
	translatedFrom: "اصل %s سے ترجمہ",
	translated:     "اصل سے ترجمہ",
	publishedIn:    "، جو پہلے %s میں شائع ہوا",
	firstPublished: "پہلی بار %s میں شائع ہوا۔",
	producedWith:   "%s سے تیار کیا گیا۔",
	quote:          "“%s”",

	a11yStructure: "اس اشاعت میں فہرست، اس کی ساخت ظاہر کرنے والی سرخیاں اور پڑھنے کی ایک ہی منطقی ترتیب ہے؛ پڑھنے کا نظام اس کے متن کا سائز اور انداز بدل سکتا ہے۔",
	a11yNoImages:  "اس میں کوئی تصویر نہیں: اس کا سارا مواد متن ہے۔",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "اس کی واحد تصویر کا متبادل متن موجود ہے، اس لیے صرف متن ہی پورا مواد پہنچا دیتا ہے۔"
		}
		return fmt.Sprintf("اس کی %d تصویروں میں سے ہر ایک کا متبادل متن موجود ہے، اس لیے صرف متن ہی پورا مواد پہنچا دیتا ہے۔", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "اس کی واحد تصویر کا کوئی متبادل متن نہیں؛ اگر کیپشن ہو تو وہ اسے بیان کرتا ہے۔"
		case k == n:
			return fmt.Sprintf("اس کی %d تصویروں میں سے کسی کا بھی متبادل متن نہیں؛ جہاں کیپشن ہیں، وہ انہیں بیان کرتے ہیں۔", n)
		case k == 1:
			return fmt.Sprintf("اس کی %d تصویروں میں سے ایک کا متبادل متن نہیں؛ اگر کیپشن ہو تو وہ اسے بیان کرتا ہے۔", n)
		}
		return fmt.Sprintf("اس کی %[2]d تصویروں میں سے %[1]d کا متبادل متن نہیں؛ جہاں کیپشن ہیں، وہ انہیں بیان کرتے ہیں۔", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "فراہم نہ کی گئی ایک تصویر کی جگہ ایک نشان زدہ خالی خانہ ہے، جس میں اس کا کیپشن اور ماخذ درج ہے۔"
		}
		return fmt.Sprintf("فراہم نہ کی گئی %d تصویروں کی جگہ نشان زدہ خالی خانے ہیں، جن میں ان کے کیپشن اور ماخذ درج ہیں۔", m)
	},
	a11yHazards: "اس میں جھلملاتی روشنی، حرکت یا آواز سے کوئی خطرہ نہیں۔",
	a11yClaim:   "%s سے اس کی مطابقت کی تصدیق %s نے کی ہے۔",
	a11yNoClaim: "رسائی کے کسی معیار سے مطابقت کا دعویٰ نہیں کیا گیا، کیونکہ کسی نے اس کی تصدیق نہیں کی۔",
}

// hebrew is formal Hebrew as Israeli publishers and newspapers print it:
// Gregorian dates with the month after the prefix ב ("6 בדצמבר 2025"),
// ”…” quotes (CLDR's, both marks U+201D), Western digits and the Latin
// comma and colon. Sentences avoid a prefix before a name they are given,
// which might be in Latin letters. heImages counts the images.
var hebrew = Words{
	Lang:     "he",
	Contents: "תוכן העניינים", Cover: "כריכה", TitlePage: "עמוד השער", Copyright: "זכויות יוצרים", Credits: "יוצרים ומקורות",
	Landmarks: "ציוני דרך", StartOfText: "תחילת הטקסט",
	Image: "תמונה", PhotoUnavailable: "התמונה אינה זמינה", Source: "מקור",
	Notes: "הערות", TaskDone: "בוצע", TaskOpen: "לא בוצע",
	SourcePublication: "הפרסום המקורי", OriginalHeadline: "הכותרת המקורית", OriginalLanguage: "שפת המקור",
	Translation: "תרגום", Author: "מחבר", Authors: "מחברים", Byline: "חתימה", Photographs: "צילומים",
	Publisher: "הוצאה לאור", Rights: "זכויות", Identifier: "מזהה", ProducedWith: "הופק באמצעות",

	and:      "ו",
	months:   [12]string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"},
	dayMonth: "%[1]d ב%[2]s %[3]d",
	month:    "%[1]s %[2]d",
	names:    display.Hebrew.Tags(),
	roles: map[string]string{
		"aut": "מחבר", "edt": "עריכה", "trl": "תרגום", "pht": "צילום",
		"ill": "איור", "bkp": "הפקה", "cov": "עיצוב הכריכה",
		"nrt": "קריינות", "pbl": "הוצאה לאור", "ctb": "השתתפות", "cre": "יצירה",
	},
	role: "השתתפות (%s)",

	publishedBy:    "הוצאה לאור: %s",
	edition:        "מהדורה: %s",
	translatedFrom: "תורגם מהמקור ב%s",
	translated:     "תורגם מהמקור",
	publishedIn:    ", שפורסם על ידי %s",
	firstPublished: "פורסם לראשונה על ידי %s.",
	producedWith:   "הופק באמצעות %s.",
	quote:          "”%s”",

	a11yStructure: "לפרסום זה יש תוכן עניינים, כותרות המציגות את מבנהו וסדר קריאה הגיוני אחד; מערכת הקריאה יכולה לשנות את גודל הטקסט שלו ואת עיצובו.",
	a11yNoImages:  "אין בו תמונות: כל תוכנו הוא טקסט.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "יש בו תמונה אחת, והיא כוללת טקסט חלופי, כך שהטקסט לבדו מעביר את כל התוכן."
		}
		return fmt.Sprintf("יש בו %s, וכל אחת מהן כוללת טקסט חלופי, כך שהטקסט לבדו מעביר את כל התוכן.", heImages(n))
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "יש בו תמונה אחת, והיא אינה כוללת טקסט חלופי; הכיתוב שלה, אם יש כזה, מתאר אותה."
		case k == n:
			return fmt.Sprintf("יש בו %s, ואף אחת מהן אינה כוללת טקסט חלופי; הכיתובים, היכן שישנם, מתארים אותן.", heImages(n))
		case k == 1:
			return fmt.Sprintf("יש בו %s, ואחת מהן אינה כוללת טקסט חלופי; הכיתוב שלה, אם יש כזה, מתאר אותה.", heImages(n))
		}
		lacking := fmt.Sprint(k)
		if k == 2 {
			lacking = "שתיים"
		}
		return fmt.Sprintf("יש בו %s, ומתוכן %s אינן כוללות טקסט חלופי; הכיתובים, היכן שישנם, מתארים אותן.", heImages(n), lacking)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "תמונה אחת שלא סופקה הוחלפה במציין מקום מסומן, ובו הכיתוב והקרדיט שלה."
		}
		return fmt.Sprintf("%s שלא סופקו הוחלפו במצייני מקום מסומנים, ובהם הכיתובים והקרדיטים שלהן.", heImages(m))
	},
	a11yHazards: "אין בו סיכונים של הבהובים, תנועה או צליל.",
	a11yClaim:   "התאמתו לתקן %s אושרה על ידי %s.",
	a11yNoClaim: "אין טענה להתאמה לתקן נגישות כלשהו, שכן איש לא אישר זאת.",
}

// heImages counts images in Hebrew: "תמונה אחת", "שתי תמונות", "5 תמונות".
func heImages(n int) string {
	switch n {
	case 1:
		return "תמונה אחת"
	case 2:
		return "שתי תמונות"
	}
	return fmt.Sprintf("%d תמונות", n)
}

// japanese writes dates as 2025年3月12日, labels with the full-width
// colon (写真：共同) and lists with the ideographic comma and と.
var japanese = Words{
	Lang:     "ja",
	Contents: "目次", Cover: "表紙", TitlePage: "扉", Copyright: "奥付", Credits: "クレジット",
	Landmarks: "ガイド", StartOfText: "本文",
	Image: "写真", PhotoUnavailable: "写真は収録されていません", Source: "出典",
	Notes: "注", TaskDone: "完了", TaskOpen: "未完了",
	SourcePublication: "初出", OriginalHeadline: "原題", OriginalLanguage: "原語",
	Translation: "翻訳", Author: "著者", Authors: "著者", Byline: "署名", Photographs: "写真",
	Publisher: "発行", Rights: "権利", Identifier: "識別子", ProducedWith: "制作ツール",

	and:      "と",
	months:   [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	dayMonth: "%[3]d年%[2]s%[1]d日",
	month:    "%[2]d年%[1]s",
	dates:    monday.LocaleJaJP,
	names:    display.Japanese.Tags(),
	roles: map[string]string{
		"aut": "著者", "edt": "編集", "trl": "翻訳", "pht": "写真",
		"ill": "イラスト", "bkp": "制作", "cov": "表紙デザイン",
		"nrt": "朗読", "pbl": "発行", "ctb": "協力", "cre": "作者",
	},
	role: "協力（%s）",

	publishedBy:    "発行：%s",
	edition:        "版：%s",
	translatedFrom: "翻訳（原文：%s）",
	translated:     "翻訳",
	publishedIn:    "、発行：%s",
	firstPublished: "初出：%s。",
	producedWith:   "制作ツール：%s。",
	quote:          "「%s」",

	a11yStructure: "この出版物には目次と構成を示す見出しがあり、読む順序は一つに定まっています。文字の大きさや書体は閲覧環境で変更できます。",
	a11yNoImages:  "画像は含まれていません。内容はすべてテキストです。",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "唯一の画像には代替テキストがあり、テキストだけで内容全体が伝わります。"
		}
		return fmt.Sprintf("%d点の画像すべてに代替テキストがあり、テキストだけで内容全体が伝わります。", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "唯一の画像には代替テキストがありません。キャプションがあれば、それが画像を説明します。"
		case k == n:
			return fmt.Sprintf("%d点の画像のいずれにも代替テキストがありません。キャプションがあれば、それが画像を説明します。", n)
		case k == 1:
			return fmt.Sprintf("%d点の画像のうち1点に代替テキストがありません。キャプションがあれば、それが画像を説明します。", n)
		}
		return fmt.Sprintf("%[2]d点の画像のうち%[1]d点に代替テキストがありません。キャプションがあれば、それが画像を説明します。", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "提供されなかった写真1点は、キャプションとクレジットを添えた代替枠に置き換えています。"
		}
		return fmt.Sprintf("提供されなかった写真%d点は、それぞれキャプションとクレジットを添えた代替枠に置き換えています。", m)
	},
	a11yHazards: "点滅、動き、音による危険はありません。",
	a11yClaim:   "%sへの適合は%sが認証しています。",
	a11yNoClaim: "誰も認証していないため、アクセシビリティ基準への適合は表明していません。",
}

// chinese is Simplified Chinese, as the mainland and Singapore print it;
// chineseTraditional serves Taiwan, Hong Kong and Macau (WordsFor picks
// it by the tag's script). Both write dates as 2025年3月12日, labels with
// the full-width colon and titles in 《》.
var chinese = Words{
	Lang:     "zh",
	Contents: "目录", Cover: "封面", TitlePage: "扉页", Copyright: "版权信息", Credits: "来源与署名",
	Landmarks: "导览", StartOfText: "正文",
	Image: "图片", PhotoUnavailable: "照片未提供", Source: "来源",
	Notes: "注释", TaskDone: "已完成", TaskOpen: "未完成",
	SourcePublication: "原载", OriginalHeadline: "原标题", OriginalLanguage: "原文语言",
	Translation: "翻译", Author: "作者", Authors: "作者", Byline: "署名", Photographs: "摄影",
	Publisher: "出版者", Rights: "版权", Identifier: "标识符", ProducedWith: "制作工具",

	and:      "和",
	months:   [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	dayMonth: "%[3]d年%[2]s%[1]d日",
	month:    "%[2]d年%[1]s",
	dates:    monday.LocaleZhCN,
	names:    display.SimplifiedChinese.Tags(),
	roles: map[string]string{
		"aut": "作者", "edt": "编辑", "trl": "译者", "pht": "摄影",
		"ill": "插图", "bkp": "制作", "cov": "封面设计",
		"nrt": "朗读", "pbl": "出版者", "ctb": "贡献者", "cre": "创作者",
	},
	role: "贡献者（%s）",

	publishedBy:    "出版者：%s",
	edition:        "版本：%s",
	translatedFrom: "译自%s原文",
	translated:     "译自原文",
	publishedIn:    "，出版者：%s",
	firstPublished: "首发于%s。",
	producedWith:   "使用%s制作。",
	quote:          "《%s》",

	a11yStructure: "本出版物有目录和体现其结构的标题，阅读顺序唯一；阅读系统可以调整文字的大小和样式。",
	a11yNoImages:  "不含图片：全部内容均为文字。",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "其唯一的图片有替代文字，因此仅凭文字即可传达全部内容。"
		}
		return fmt.Sprintf("其%d张图片均有替代文字，因此仅凭文字即可传达全部内容。", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "其唯一的图片没有替代文字；如有图片说明，由说明加以描述。"
		case k == n:
			return fmt.Sprintf("其%d张图片均没有替代文字；如有图片说明，由说明加以描述。", n)
		case k == 1:
			return fmt.Sprintf("其%d张图片中有1张没有替代文字；如有图片说明，由说明加以描述。", n)
		}
		return fmt.Sprintf("其%[2]d张图片中有%[1]d张没有替代文字；如有图片说明，由说明加以描述。", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "有1张照片未提供，以带标签的占位框代替，并附其说明和署名。"
		}
		return fmt.Sprintf("有%d张照片未提供，均以带标签的占位框代替，并附各自的说明和署名。", m)
	},
	a11yHazards: "不含闪烁、动态或声音方面的危害。",
	a11yClaim:   "其对%s的符合性已由%s认证。",
	a11yNoClaim: "未声明符合任何无障碍标准，因为无人对其进行认证。",
}

var chineseTraditional = Words{
	Lang:     "zh",
	Contents: "目錄", Cover: "封面", TitlePage: "書名頁", Copyright: "版權資訊", Credits: "來源與署名",
	Landmarks: "導覽", StartOfText: "正文",
	Image: "圖片", PhotoUnavailable: "照片未提供", Source: "來源",
	Notes: "註釋", TaskDone: "已完成", TaskOpen: "未完成",
	SourcePublication: "原載", OriginalHeadline: "原標題", OriginalLanguage: "原文語言",
	Translation: "翻譯", Author: "作者", Authors: "作者", Byline: "署名", Photographs: "攝影",
	Publisher: "出版者", Rights: "版權", Identifier: "識別碼", ProducedWith: "製作工具",

	and:      "和",
	months:   [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	dayMonth: "%[3]d年%[2]s%[1]d日",
	month:    "%[2]d年%[1]s",
	dates:    monday.LocaleZhTW,
	names:    display.TraditionalChinese.Tags(),
	roles: map[string]string{
		"aut": "作者", "edt": "編輯", "trl": "譯者", "pht": "攝影",
		"ill": "插圖", "bkp": "製作", "cov": "封面設計",
		"nrt": "朗讀", "pbl": "出版者", "ctb": "貢獻者", "cre": "創作者",
	},
	role: "貢獻者（%s）",

	publishedBy:    "出版者：%s",
	edition:        "版本：%s",
	translatedFrom: "譯自%s原文",
	translated:     "譯自原文",
	publishedIn:    "，出版者：%s",
	firstPublished: "首發於%s。",
	producedWith:   "使用%s製作。",
	quote:          "《%s》",

	a11yStructure: "本出版品有目錄和呈現其結構的標題，閱讀順序唯一；閱讀系統可以調整文字的大小和樣式。",
	a11yNoImages:  "不含圖片：全部內容均為文字。",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "其唯一的圖片有替代文字，因此僅憑文字即可傳達全部內容。"
		}
		return fmt.Sprintf("其%d張圖片均有替代文字，因此僅憑文字即可傳達全部內容。", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "其唯一的圖片沒有替代文字；如有圖說，由圖說加以描述。"
		case k == n:
			return fmt.Sprintf("其%d張圖片均沒有替代文字；如有圖說，由圖說加以描述。", n)
		case k == 1:
			return fmt.Sprintf("其%d張圖片中有1張沒有替代文字；如有圖說，由圖說加以描述。", n)
		}
		return fmt.Sprintf("其%[2]d張圖片中有%[1]d張沒有替代文字；如有圖說，由圖說加以描述。", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "有1張照片未提供，以附標籤的預留框代替，並附其圖說和署名。"
		}
		return fmt.Sprintf("有%d張照片未提供，均以附標籤的預留框代替，並附各自的圖說和署名。", m)
	},
	a11yHazards: "不含閃爍、動態或聲音方面的危害。",
	a11yClaim:   "其對%s的符合性已由%s認證。",
	a11yNoClaim: "未聲明符合任何無障礙標準，因為無人對其進行認證。",
}

// korean writes dates as 2025년 3월 12일, with the spaces that monday's
// layout leaves out.
var korean = Words{
	Lang:     "ko",
	Contents: "목차", Cover: "표지", TitlePage: "속표지", Copyright: "판권", Credits: "출처와 크레디트",
	Landmarks: "길잡이", StartOfText: "본문 시작",
	Image: "사진", PhotoUnavailable: "사진 없음", Source: "출처",
	Notes: "주", TaskDone: "완료", TaskOpen: "미완료",
	SourcePublication: "원문 출처", OriginalHeadline: "원제목", OriginalLanguage: "원어",
	Translation: "번역", Author: "저자", Authors: "저자", Byline: "바이라인", Photographs: "사진",
	Publisher: "발행처", Rights: "권리", Identifier: "식별자", ProducedWith: "제작 도구",

	and:      "및",
	months:   [12]string{"1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"},
	dayMonth: "%[3]d년 %[2]s %[1]d일",
	month:    "%[2]d년 %[1]s",
	dates:    monday.LocaleKoKR,
	names:    display.Korean.Tags(),
	roles: map[string]string{
		"aut": "저자", "edt": "편집", "trl": "번역", "pht": "사진",
		"ill": "삽화", "bkp": "제작", "cov": "표지 디자인",
		"nrt": "낭독", "pbl": "발행처", "ctb": "기여자", "cre": "창작자",
	},
	role: "기여자 (%s)",

	publishedBy:    "발행처: %s",
	edition:        "판: %s",
	translatedFrom: "%s 원문에서 번역",
	translated:     "원문에서 번역",
	publishedIn:    ", 발행처: %s",
	firstPublished: "최초 발행: %s.",
	producedWith:   "제작 도구: %s.",
	quote:          "“%s”",

	a11yStructure: "이 출판물에는 목차와 구조를 나타내는 제목이 있으며, 읽는 순서는 하나로 정해져 있습니다. 읽기 시스템에서 글자 크기와 모양을 바꿀 수 있습니다.",
	a11yNoImages:  "이미지가 없으며, 모든 내용이 텍스트입니다.",
	a11yAllAlt: func(n int) string {
		if n == 1 {
			return "하나뿐인 이미지에 대체 텍스트가 있어 텍스트만으로 모든 내용이 전달됩니다."
		}
		return fmt.Sprintf("이미지 %d개 모두에 대체 텍스트가 있어 텍스트만으로 모든 내용이 전달됩니다.", n)
	},
	a11yLacking: func(k, n int) string {
		switch {
		case n == 1:
			return "하나뿐인 이미지에 대체 텍스트가 없습니다. 캡션이 있으면 캡션이 이미지를 설명합니다."
		case k == n:
			return fmt.Sprintf("이미지 %d개 모두에 대체 텍스트가 없습니다. 캡션이 있으면 캡션이 이미지를 설명합니다.", n)
		case k == 1:
			return fmt.Sprintf("이미지 %d개 중 1개에 대체 텍스트가 없습니다. 캡션이 있으면 캡션이 이미지를 설명합니다.", n)
		}
		return fmt.Sprintf("이미지 %[2]d개 중 %[1]d개에 대체 텍스트가 없습니다. 캡션이 있으면 캡션이 이미지를 설명합니다.", k, n)
	},
	a11yMissing: func(m int) string {
		if m == 1 {
			return "제공되지 않은 사진 한 장은 캡션과 크레디트를 붙인 자리표시자로 대신합니다."
		}
		return fmt.Sprintf("제공되지 않은 사진 %d장은 각각 캡션과 크레디트를 붙인 자리표시자로 대신합니다.", m)
	},
	a11yHazards: "깜박임, 움직임, 소리로 인한 위험이 없습니다.",
	a11yClaim:   "%s 준수는 %s에서 인증했습니다.",
	a11yNoClaim: "아무도 인증하지 않았으므로 어떤 접근성 표준 준수도 주장하지 않습니다.",
}
