package typeset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"publish/assets"
)

// hyphenated shows the breaks of word with "-".
func hyphenated(word string, offs []int) string {
	var b strings.Builder
	last := 0
	for _, o := range offs {
		b.WriteString(word[last:o])
		b.WriteByte('-')
		last = o
	}
	b.WriteString(word[last:])
	return b.String()
}

func TestHyphenate(t *testing.T) {
	tests := []struct {
		lang, word, want string
	}{
		{"en", "hyphenation", "hy-phen-ation"},
		{"en", "table", "ta-ble"}, // from the exception list
		{"en", "associate", "as-so-ciate"},
		{"en", "present", "present"}, // an exception without hyphens
		{"en", "developers", "de-vel-op-ers"},
		{"en", "“precipitation,”", "“pre-cip-i-ta-tion,”"},
		{"en", "Mexican", "Mex-i-can"},
		{"en", "investigations", "in-ves-ti-ga-tions"},
		{"en", "well-being", "well-be-ing"},
		{"en", "NASA", "NASA"},           // acronym
		{"en", "SNAI),", "SNAI),"},       // acronym in punctuation
		{"en", "US$7", "US$7"},           // digits
		{"en", "2018-2022", "2018-2022"}, // digits
		{"en", "https://example.com/hyphenation", "https://example.com/hyphenation"},
		{"en", "www.hyphenation.org", "www.hyphenation.org"},
		{"en", "editor@example.com", "editor@example.com"},
		{"en", "a", "a"},
		{"en", "", ""},
		{"es", "precipitación", "pre-ci-pi-ta-ción"},
		{"es", "“precipitación,”", "“pre-ci-pi-ta-ción,”"},
		{"es", "narcotraficante", "nar-co-tra-fi-can-te"},
		{"es", "Guayaquil", "Gua-ya-quil"},
		{"es", "señoría", "se-ño-ría"},
		{"es", "ahijado", "ahi-ja-do"}, // at least 2 letters before a hyphen
		{"es", "canción", "can-ción"},
		{"es", "pingüino", "pin-güino"},
		{"es", "¿Quién?", "¿Quién?"},
		// Greek, Cyrillic and Turkish; Serbian in both of its scripts.
		{"el", "δημοσιογραφία", "δη-μο-σιο-γρα-φία"},
		{"ru", "государственный", "го-су-дар-ствен-ный"},
		{"uk", "відремонтувати", "від-ре-мон-ту-ва-ти"},
		{"bg", "следващата", "след-ва-ща-та"},
		{"tr", "onarılmasına", "ona-rıl-ma-sı-na"},
		{"sr", "министарство", "ми-ни-стар-ство"},
		{"sr", "ministarstvo", "mi-ni-star-stvo"},
		// TeX's limit: a run of more than 64 letters is left whole.
		{"en", strings.Repeat("hyphenation", 5) + "hyphen", "hy-phen-ation-hy-phen-ation-hy-phen-ation-hy-phen-ation-hy-phen-ation-hy-phen"},
		{"en", strings.Repeat("hyphenation", 6), strings.Repeat("hyphenation", 6)},
	}
	for _, tt := range tests {
		h, err := NewHyphenator(tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		offs := h.Hyphenate(tt.word)
		if got := hyphenated(tt.word, offs); got != tt.want {
			t.Errorf("%s: Hyphenate(%q) = %q (%v), want %q", tt.lang, tt.word, got, offs, tt.want)
		}
	}
}

func TestHyphenateMinimums(t *testing.T) {
	for _, c := range []struct {
		lang        string
		left, right int
	}{{"en", 2, 3}, {"es", 2, 2}} {
		h, err := NewHyphenator(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields("abandon abolition academy acceptable accidentally " +
			"elephant eternity idealism obedience unusual unequal uranium " +
			"abogado océano idea aéreo ahora oía leíamos")
		for _, w := range words {
			for _, o := range h.Hyphenate(w) {
				left := utf8.RuneCountInString(w[:o])
				right := utf8.RuneCountInString(w[o:])
				if left < c.left || right < c.right {
					t.Errorf("%s: %q broken as %q", c.lang, w, hyphenated(w, h.Hyphenate(w)))
				}
			}
		}
	}
}

func TestNewHyphenator(t *testing.T) {
	us, err := NewHyphenator("en-US")
	if err != nil {
		t.Fatal(err)
	}
	// The patterns are read in the background: every language's read.
	for lang := range hyphenMins {
		h, err := NewHyphenator(lang)
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Err(); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
	for _, tag := range []string{"en", "en-GB", "EN_us", "en-Latn-US"} {
		h, err := NewHyphenator(tag)
		if err != nil || h != us {
			t.Errorf("NewHyphenator(%q) = %p, %v; want the English hyphenator", tag, h, err)
		}
	}
	es, err := NewHyphenator("es-EC")
	if err != nil || es.Lang() != "es" {
		t.Fatalf("NewHyphenator(es-EC) = %v, %v", es, err)
	}
	// Czech and Latvian patterns are GPL or LGPL only, Romanian's state no licence.
	for _, tag := range []string{"ja", "", "xx-YY", "cs", "lv", "ro"} {
		if h, err := NewHyphenator(tag); err == nil || h != nil {
			t.Errorf("NewHyphenator(%q) = %v, %v; want an error", tag, h, err)
		}
	}
	if _, err := assets.Hyphenation("ja"); err == nil || !strings.Contains(err.Error(), "en, es") {
		t.Errorf("assets.Hyphenation(ja) error = %v; want one listing en, es", err)
	}
	var none *Hyphenator
	if got := none.Hyphenate("hyphenation"); got != nil {
		t.Errorf("nil Hyphenator gave %v", got)
	}
}

func TestExpandSingleLetterPatterns(t *testing.T) {
	got := string(expandSingleLetterPatterns([]byte("1b\n2bb\n.b2\nab1c\n")))
	for _, want := range []string{"a1b\n", "2b1b\n", ".1b2\n", "ab1c\n", "ñ1b\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("expanded patterns lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\n1b\n") || strings.HasPrefix(got, "1b\n") {
		t.Errorf("one-letter pattern kept:\n%s", got)
	}
	en := []byte("hy3ph he2n hena4 hen5at 1na n2at 1tio 2io o2n")
	if string(expandSingleLetterPatterns(en)) != string(en) {
		t.Error("patterns without one-letter ones changed")
	}
}
