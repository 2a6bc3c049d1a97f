package document

import "testing"

func TestRightToLeft(t *testing.T) {
	for lang, want := range map[string]bool{
		"ar": true, "he": true, "fa": true, "ur": true, "yi": true, "ps": true, "dv": true,
		"az-Arab": true, "ar-EG": true,
		"en": false, "az": false, "zh": false, "hi": false, "": false, "not a tag!": false,
	} {
		if got := RightToLeft(lang); got != want {
			t.Errorf("RightToLeft(%q) = %v, want %v", lang, got, want)
		}
	}
}
