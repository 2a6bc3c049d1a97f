package document

import "golang.org/x/text/language"

// rtlScripts are the scripts written from right to left (ISO 15924).
var rtlScripts = map[string]bool{
	"Arab": true, "Hebr": true, "Syrc": true, "Thaa": true, "Nkoo": true,
	"Adlm": true, "Mand": true, "Samr": true, "Rohg": true, "Yezi": true,
}

// RightToLeft reports whether lang (a BCP 47 tag) is written from right
// to left: its script, given or the most likely one, is (ar, he, fa,
// ur, yi, ps, dv; az-Arab, but not az).
func RightToLeft(lang string) bool {
	t, err := language.Parse(lang)
	if err != nil {
		return false
	}
	s, _ := t.Script()
	return rtlScripts[s.String()]
}
