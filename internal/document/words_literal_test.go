package document

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordsComplete: every language's literal fills every field, names
// every relator code English names, and its sentences about images read
// differently for one image than for two. Only the languages of
// ownCalendar, and all of them, have a calendar and digits of their own.
func TestWordsComplete(t *testing.T) {
	ownCalendar := map[string]bool{"fa": true}
	for lang, w := range byLang {
		v := reflect.ValueOf(w).Elem()
		for i := range v.NumField() {
			f, name := v.Field(i), v.Type().Field(i).Name
			own := name == "calendar" || name == "digits"
			if own && !ownCalendar[lang] {
				if !f.IsZero() {
					t.Errorf("%s: %s is set", lang, name)
				}
				continue
			}
			switch f.Kind() {
			case reflect.String:
				if f.String() == "" && name != "dates" { // no dates: the literal's own month names
					t.Errorf("%s: %s is empty", lang, name)
				}
			case reflect.Array:
				for j := range f.Len() {
					if f.Index(j).String() == "" {
						t.Errorf("%s: %s[%d] is empty", lang, name, j)
					}
				}
			case reflect.Map, reflect.Func, reflect.Interface:
				if f.IsNil() {
					t.Errorf("%s: %s is nil", lang, name)
				}
			default:
				t.Errorf("%s: field %s of kind %s is not checked", lang, name, f.Kind())
			}
		}
		if w.Lang != primary(lang) {
			t.Errorf("%s: Lang is %q", lang, w.Lang)
		}
		for code := range english.roles {
			if w.roles[code] == "" {
				t.Errorf("%s: no name for relator %s", lang, code)
			}
		}
		if _, ok := dateLocale(lang); ok && lang != "en" && lang != "es" && w.dates == "" {
			t.Errorf("%s: no dates locale", lang)
		} else if !ok && w.dates != "" {
			t.Errorf("%s: a dates locale monday does not have", lang)
		}
		if n := utf8.RuneCountInString(w.digits); n != 0 && n != 10 {
			t.Errorf("%s: %d digits", lang, n)
		}

		// The sentence for two, with "2" read as "1", must still differ
		// from the one for one: a singular of its own, not "1 images".
		for _, p := range [][2]string{
			{w.a11yAllAlt(1), w.a11yAllAlt(2)},
			{w.a11yLacking(1, 1), w.a11yLacking(2, 2)},
			{w.a11yLacking(1, 1), w.a11yLacking(1, 2)},
			{w.a11yMissing(1), w.a11yMissing(2)},
		} {
			if p[0] == strings.ReplaceAll(p[1], "2", "1") {
				t.Errorf("%s: the same sentence for one and two images: %q", lang, p[0])
			}
		}
		for _, s := range []string{w.a11yAllAlt(1), w.a11yAllAlt(2), w.a11yLacking(1, 1), w.a11yLacking(2, 2), w.a11yLacking(1, 3), w.a11yLacking(2, 3), w.a11yMissing(1), w.a11yMissing(2), w.a11yStructure, w.a11yNoImages, w.a11yHazards, w.a11yNoClaim} {
			if !strings.HasSuffix(s, w.FullStop()) || strings.Contains(s, "%!") || strings.Contains(s, "  ") {
				t.Errorf("%s: not a clean sentence: %q", lang, s)
			}
		}
	}
}

// TestFrenchSpaces: French puts a no-break space inside « » and before
// : ; ? !, never a breaking one.
func TestFrenchSpaces(t *testing.T) {
	v := reflect.ValueOf(french)
	var all []string
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.String {
			all = append(all, f.String())
		}
	}
	all = append(all, french.a11yAllAlt(2), french.a11yLacking(1, 1), french.a11yLacking(2, 2), french.a11yLacking(1, 3), french.a11yLacking(2, 3), french.a11yMissing(2))
	for _, s := range all {
		for _, bad := range []string{" :", " ;", " ?", " !", "« ", " »"} {
			if strings.Contains(s, bad) {
				t.Errorf("breaking space in %q", s)
			}
		}
		for _, p := range []string{":", ";", "?", "!", "»"} {
			if i := strings.Index(s, p); i > 0 && !strings.HasSuffix(s[:i], "\u00a0") {
				t.Errorf("no no-break space before %s in %q", p, s)
			}
		}
	}
}

// French sets a no-break space before a label's colon; the others do not.
func TestColon(t *testing.T) {
	for tag, want := range map[string]string{"fr-BE": "\u00a0: ", "fr": "\u00a0: ", "en": ": ", "de": ": ", "es": ": ", "ar": ": ", "fa": ": ", "hi": ": ", "ur": ": ", "he": ": ", "iw": ": ", "ja": "：", "zh-TW": "：", "ko": ": "} {
		if got := WordsFor(tag).Colon(); got != want {
			t.Errorf("WordsFor(%q).Colon() = %q, want %q", tag, got, want)
		}
	}
	d := &Document{Meta: Meta{Lang: "fr", Source: &Source{Name: "Le Soir"}}}
	if got := d.SourceLine(); got != "Source\u00a0: Le Soir" {
		t.Errorf("French source line %q", got)
	}
}

func TestRuPlural(t *testing.T) {
	for n, want := range map[int]string{1: "one", 21: "one", 101: "one", 2: "few", 4: "few", 22: "few", 5: "many", 11: "many", 12: "many", 14: "many", 20: "many", 111: "many", 112: "many", 0: "many"} {
		if got := ruPlural(n, "one", "few", "many"); got != want {
			t.Errorf("ruPlural(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestPlPlural(t *testing.T) {
	for n, want := range map[int]string{1: "one", 2: "few", 4: "few", 22: "few", 5: "many", 11: "many", 12: "many", 14: "many", 21: "many", 112: "many", 0: "many"} {
		if got := plPlural(n, "one", "few", "many"); got != want {
			t.Errorf("plPlural(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestArPlural(t *testing.T) {
	for n, want := range map[int]string{3: "few", 10: "few", 103: "few", 110: "few", 11: "many", 25: "many", 99: "many", 100: "many", 102: "many", 111: "many"} {
		if got := arPlural(n, "few", "many"); got != want {
			t.Errorf("arPlural(%d) = %s, want %s", n, got, want)
		}
	}
}

// TestArabicScriptLetters: Persian and Urdu write their own yeh and
// kaf (and Urdu its own heh), not Arabic's, and Arabic not theirs.
func TestArabicScriptLetters(t *testing.T) {
	for w, not := range map[*Words]string{&persian: "يك", &urdu: "يكه", &arabic: "یکہے"} {
		v := reflect.ValueOf(*w)
		all := []string{w.a11yAllAlt(1), w.a11yAllAlt(5), w.a11yLacking(1, 1), w.a11yLacking(5, 5), w.a11yLacking(1, 5), w.a11yLacking(2, 5), w.a11yMissing(1), w.a11yMissing(5)}
		all = append(all, w.months[:]...)
		for _, r := range w.roles {
			all = append(all, r)
		}
		for i := range v.NumField() {
			if f := v.Field(i); f.Kind() == reflect.String {
				all = append(all, f.String())
			}
		}
		for _, s := range all {
			if strings.ContainsAny(s, not) {
				t.Errorf("%s: a letter of another language in %q", w.Lang, s)
			}
		}
	}
}
