package typeset

import (
	"testing"

	"publish/assets"
)

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
		{"pl", "niebezpieczeństwo", "nie-bez-pie-czeń-stwo"},
		{"pl", "województwo", "wo-je-wódz-two"},
		{"sk", "spravodajstvo", "spra-vo-daj-stvo"},
		{"hu", "megszentségteleníthetetlenség", "meg-szent-ség-te-le-nít-he-tet-len-ség"},
		{"hu", "önkormányzat", "ön-kor-mány-zat"},
		{"hr", "odgovornost", "od-go-vor-nost"},
		{"sr", "predsednik", "pred-sed-nik"}, // Serbo-Croatian Latin patterns
		{"bs", "stanovništvo", "sta-nov-ni-štvo"},
		{"sl", "gospodarstvo", "go-spo-dar-stvo"},
		{"lt", "nepriklausomybė", "ne-pri-klau-so-my-bė"},
		{"et", "raudteejaam", "raud-tee-jaam"},
		{"sv", "järnvägsstationen", "järn-vägs-sta-tio-nen"},
		{"da", "regeringen", "re-ge-rin-gen"},
		{"nb", "jernbanestasjonen", "jern-bane-sta-sjo-nen"},
		{"no", "regjeringen", "re-gje-rin-gen"},
		{"nn", "jernbanestasjonen", "jern-bane-sta-sjo-nen"}, // Bokmål's patterns,
		{"nb", "attende", "at-ten-de"},
		{"nn", "attende", "att-en-de"}, // and Nynorsk's own exceptions
		{"fi", "rautatieasema", "rau-ta-tie-a-se-ma"},
		{"fi", "hallitus", "hal-li-tus"},
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

// TestHyphenationLanguagesHaveMinimums: every language with patterns has
// its own hyphenmins, not the default.
func TestHyphenationLanguagesHaveMinimums(t *testing.T) {
	for _, lang := range assets.HyphenationLanguages() {
		if _, ok := hyphenMins[lang]; !ok {
			t.Errorf("%s has patterns but no entry in hyphenMins", lang)
		}
	}
}
