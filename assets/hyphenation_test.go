package assets

import (
	"slices"
	"testing"
)

// TestHyphenationFiles: every language listed has patterns and a licence
// file for each of its stems, and the list is sorted.
func TestHyphenationFiles(t *testing.T) {
	langs := HyphenationLanguages()
	if !slices.IsSorted(langs) {
		t.Errorf("HyphenationLanguages() not sorted: %v", langs)
	}
	if len(langs) != len(hyphenationFile) {
		t.Errorf("HyphenationLanguages() has %d languages, hyphenationFile %d", len(langs), len(hyphenationFile))
	}
	for _, lang := range langs {
		pat, err := Hyphenation(lang)
		if err != nil || len(pat) == 0 {
			t.Errorf("%s: %d bytes of patterns, %v", lang, len(pat), err)
		}
		if _, err := HyphenationExceptions(lang); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
		for _, stem := range []string{hyphenationFile[lang], otherScript[hyphenationFile[lang]]} {
			if _, err := hyphenationFiles.ReadFile("hyphenation/LICENSE-" + stem + ".txt"); stem != "" && err != nil {
				t.Errorf("%s: no licence for %s: %v", lang, stem, err)
			}
		}
	}
}
