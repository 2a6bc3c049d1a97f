package document

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/goodsign/monday"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Words are the fixed words and sentences that the editions print, in the
// language of the book. English serves every language without its own.
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
// own, or English words with the language's dates where the calendar
// names of goodsign/monday have it ("18. März 2024" for de).
func WordsFor(tag string) *Words {
	switch strings.ToLower(primary(tag)) {
	case "es":
		return &spanish
	case "en", "":
		return &english
	}
	if loc, ok := dateLocale(tag); ok {
		datesOnce.Do(func() { datesFor = map[monday.Locale]*Words{} })
		datesMu.Lock()
		defer datesMu.Unlock()
		w := datesFor[loc]
		if w == nil {
			w = new(Words)
			*w = english
			w.dates = loc
			datesFor[loc] = w
		}
		return w
	}
	return &english
}

var (
	datesOnce sync.Once
	datesMu   sync.Mutex
	datesFor  map[monday.Locale]*Words // English words with another language's dates
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

// Date renders a W3CDTF date for readers: "2022-10" is "October 2022" in
// English and "octubre de 2022" in Spanish; a year, or anything else,
// stays as written.
func (w *Words) Date(d string) string {
	var y, mo, day int
	n, _ := fmt.Sscanf(d, "%4d-%2d-%2d", &y, &mo, &day)
	if w.dates != "" && n >= 2 && mo >= 1 && mo <= 12 {
		t := time.Date(y, time.Month(mo), max(day, 1), 12, 0, 0, 0, time.UTC)
		layout := monday.LongFormatsByLocale[w.dates]
		if n == 2 && strings.Contains(layout, " de ") {
			layout = "January de 2006" // Portuguese, Catalan
		} else if n == 2 {
			layout = "January 2006"
		}
		out := monday.Format(t, layout, w.dates)
		if strings.HasPrefix(string(w.dates), "pt_") {
			out = strings.ToLower(out) // monday capitalises Portugal's months, which the 1990 agreement writes in lower case
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
