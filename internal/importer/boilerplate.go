package importer

import (
	"regexp"
	"strings"
	"sync"
)

// boilerplateRow is one kind of page furniture that a copied article
// carries and a manuscript does not want.
type boilerplateRow struct {
	Name string // rule name in reports, after "boilerplate/"
	Lang string // the language the words are in; every row applies to every text
	// Match is tried on the whole normalised line; anchor it.
	Match *lazyRegexp
	// Needs, when set, is lower-case text the line must contain before
	// Match is tried: unanchored case-insensitive patterns scan the whole
	// line, and most lines are long paragraphs.
	Needs string
	// List says the line heads a list of links (topics, stories) that is
	// dropped with it; see dropList.
	List bool
	Why  string // for the report, in English like the rest of it
}

// boilerplate is THE table of what to drop. To teach the importer a new
// promotion or prompt, add a row here and a case to TestBoilerplate.
var boilerplate = []boilerplateRow{
	// App and notification promotions.
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^now you can (receive|get) notifications\b`), Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)^ahora puedes recibir notificaciones\b`), Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)\b(receive|get|turn on) (our )?notifications\b.*\bapp\b`), Needs: "notifications", Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)\b(recibir|activar?) (las )?notificaciones\b.*\bapp\b`), Needs: "notificaciones", Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^(download|get|install) (the|our) .{0,40}\bapp\b`), Why: "app promotion"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)^(descarga|descargue|instala) (la|nuestra) .{0,40}\bapp\b`), Why: "app promotion"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(sign up|subscribe)\b.{0,80}\bnewsletter\b`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "es", Match: re(`(?i)^(suscr[ií]bete|reg[ií]strate)\b.{0,80}\b(bolet[ií]n|newsletter)\b`), Why: "newsletter promotion"},
	{Name: "more-stories", Lang: "en", Match: re(`(?i)^click here to read more\b`), Why: "link to more stories"},
	{Name: "more-stories", Lang: "es", Match: re(`(?i)^(haz|hac[eé]) clic aqu[ií] para (leer|ver) m[aá]s\b`), Why: "link to more stories"},
	{Name: "follow-us", Lang: "en", Match: re(`(?i)^follow us on\b.{0,80}$`), Why: "social media prompt"},
	{Name: "follow-us", Lang: "es", Match: re(`(?i)^s[ií]guenos en\b.{0,80}$`), Why: "social media prompt"},

	// Share prompts: a lone button label or a short call to share.
	{Name: "share", Lang: "en", Match: re(`(?i)^(share|share this( article| story| page)?|share on \w+|copy link|save)$`), Why: "share button"},
	{Name: "share", Lang: "es", Match: re(`(?i)^(compartir|comparte( esta nota| este art[ií]culo)?|comparta|copiar enlace|guardar)$`), Why: "share button"},

	// Lists of links after the article.
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(related topics|more on this story|related stories|related content|top stories)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "es", Match: re(`(?i)^(temas relacionados|m[aá]s sobre este tema|noticias relacionadas|historias relacionadas|lo m[aá]s le[ií]do|lo m[aá]s visto)$`), List: true, Why: "related links heading"},
}

// lazyRegexp compiles its pattern on first use, so that commands that
// never import an article pay nothing for these patterns at start-up.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func re(s string) *lazyRegexp { return &lazyRegexp{src: s} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) Split(s string, n int) []string       { return l.get().Split(s, n) }

// matchBoilerplate returns the first row of the table that matches text.
func matchBoilerplate(text string) *boilerplateRow {
	lower := ""
	for i := range boilerplate {
		row := &boilerplate[i]
		if row.Needs != "" {
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if !strings.Contains(lower, row.Needs) {
				continue
			}
		}
		if row.Match.MatchString(text) {
			return row
		}
	}
	return nil
}

// listEntry reports whether a line can belong to the list of links that a
// List row heads: a bullet item, or a short line that is not a sentence.
func listEntry(text string) bool {
	if _, ok := listItem(text); ok {
		return true
	}
	return len(words(text)) <= 8 && !endsSentence(text) && !endsQuestion(text)
}
