package shape

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// bidiClass is 'L' for a strong left-to-right character, 'R' for a strong
// right-to-left one (Hebrew or Arabic letters), else 0.
func bidiClass(r rune) byte {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return 'L'
	case bidi.R, bidi.AL:
		return 'R'
	}
	return 0
}

// isMark tells whether r is a combining mark, which stays with the
// character before it.
func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) }

// ScriptName names r's script for a message: "Arabic", "Han", or "emoji"
// and "symbol" for the characters of no script.
func ScriptName(r rune) string {
	for name, tab := range unicode.Scripts { // only for messages: no need to be fast
		if name != "Common" && name != "Inherited" && unicode.Is(tab, r) {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	switch {
	case unicode.Is(unicode.Co, r):
		return "private use"
	case r >= 0x1f000 && r <= 0x1faff, r >= 0x2600 && r <= 0x27bf, r >= 0x1f900 && r <= 0x1f9ff:
		return "emoji"
	case r >= 0x1d400 && r <= 0x1d7ff:
		return "mathematical letters"
	case unicode.IsSymbol(r):
		return "symbol"
	}
	return "no script"
}

// HasRTL tells whether text holds a right-to-left character or a bidi
// control, without which it is all at level 0 in a left-to-right
// paragraph.
func HasRTL(text string) bool {
	for _, r := range text {
		if r >= 0x590 && (bidiClass(r) == 'R' || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200f || r == 0x61c) {
			return true
		}
	}
	return false
}
