package importer

import (
	"fmt"
	"strings"
	"unicode"
)

// stopWords are frequent words that belong to one language only; counting
// them is enough to tell an English article from a Spanish one.
var stopWords = map[string]map[string]bool{
	"en": set("the and of to is was that for with on his her from at which who were are have has it this be an not by after their they"),
	"es": set("el la los las del y que un una por con para es fue se su sus al lo como más pero era son desde este esta según entre también"),
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// langSampleWords bounds the words detectLang reads: a few thousand words
// settle the language, and a book need not be read twice.
const langSampleWords = 5000

// detectLang is the language rule: the language whose stop words occur
// more often, English on a tie (with ok false, so the caller can warn).
func detectLang(lines []string) (lang, why string, ok bool) {
	en, es := stopWords["en"], stopWords["es"]
	count := map[string]int{}
	words := 0
	for _, l := range lines {
		if words >= langSampleWords {
			break
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			if en[w] {
				count["en"]++
			}
			if es[w] {
				count["es"]++
			}
		}
	}
	why = fmt.Sprintf("stop words: en %d, es %d", count["en"], count["es"])
	switch {
	case count["es"] > count["en"]:
		return "es", why, true
	case count["en"] > count["es"]:
		return "en", why, true
	}
	return "en", why, false
}
