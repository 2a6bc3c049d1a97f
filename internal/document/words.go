package document

import (
	"cmp"
	"fmt"
	"strings"
	"sync"
	"time"

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
	w, own := byLang[strings.ToLower(primary(tag))]
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

// byLang holds the languages with words of their own, by primary subtag.
var byLang = map[string]*Words{
	"en": &english, "es": &spanish, "de": &german, "fr": &french,
	"pt": &portuguese, "it": &italian, "nl": &dutch, "ca": &catalan,
	"ru": &russian, "el": &greek, "uk": &ukrainian, "pl": &polish, "tr": &turkish,
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
// comes before the colon ("Image : X").
func (w *Words) Colon() string {
	if w.Lang == "fr" {
		return "\u00a0: "
	}
	return ": "
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
// English and "octubre de 2022" in Spanish; a year, or anything else,
// stays as written.
func (w *Words) Date(d string) string {
	var y, mo, day int
	n, _ := fmt.Sscanf(d, "%4d-%2d-%2d", &y, &mo, &day)
	if w.dates != "" && n >= 2 && mo >= 1 && mo <= 12 {
		t := time.Date(y, time.Month(mo), max(day, 1), 12, 0, 0, 0, time.UTC)
		layout := cmp.Or(monday.LongFormatsByLocale[w.dates], "2 January 2006") // monday has no long format for Polish
		if n == 2 && strings.Contains(layout, " de ") {
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
	switch {
	case n >= 3 && mo >= 1 && mo <= 12:
		return fmt.Sprintf(w.dayMonth, day, w.months[mo-1], y)
	case n == 2 && mo >= 1 && mo <= 12:
		return fmt.Sprintf(w.month, w.months[mo-1], y)
	}
	return d
}

// catalanElision elides "de" before the months that start with a vowel.
var catalanElision = strings.NewReplacer(" de abril", " d’abril", " de agost", " d’agost", " de octubre", " d’octubre")

// List joins names as a sentence does: "A", "A and B", "A, B and C".
func (w *Words) List(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + w.and + " " + names[len(names)-1]
}

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
