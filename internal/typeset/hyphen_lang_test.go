package typeset

import "testing"

// TestHyphenateLanguages: each language the importer detects has patterns,
// and they break words where a dictionary of that language does.
func TestHyphenateLanguages(t *testing.T) {
	for _, tt := range []struct {
		lang, word, want string
	}{
		{"fr", "gouvernement", "gou-ver-ne-ment"},
		{"fr", "approvisionnement", "ap-pro-vi-sion-ne-ment"},
		{"de", "Wetterstationen", "Wet-ter-sta-tio-nen"},
		{"de-AT", "Temperaturdaten", "Tem-pe-ra-tur-da-ten"},
		{"pt", "produtores", "pro-du-to-res"},
		{"pt-BR", "prefeitura", "pre-fei-tura"}, // at least 3 letters after a hyphen,
		{"it", "pendolari", "pen-do-la-ri"},
		{"it", "investimenti", "in-ve-sti-men-ti"},
		{"nl", "parkeerplekken", "par-keer-plek-ken"},
		{"ca", "embassaments", "em-bas-sa-ments"},
	} {
		h, err := NewHyphenator(tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := hyphenated(tt.word, h.Hyphenate(tt.word)); got != tt.want {
			t.Errorf("%s: Hyphenate(%q) = %q, want %q", tt.lang, tt.word, got, tt.want)
		}
	}
}
