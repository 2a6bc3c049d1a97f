package testkit

import (
	"strings"
	"testing"
	"unicode"
)

// InOrder checks that each item occurs in text after the one before it,
// comparing text and items through norm.
func InOrder(t testing.TB, what, text string, items []string, norm func(string) string) {
	t.Helper()
	text = norm(text)
	at := 0
	for _, it := range items {
		it = norm(it)
		i := strings.Index(text[at:], it)
		if i < 0 {
			t.Errorf("%s: %q not found after offset %d:\n%s", what, it, at, text[at:min(len(text), at+300)])
			continue
		}
		at += i + len(it)
	}
}

// Spaces collapses every run of white space to one space.
func Spaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// NoBreaks drops white space and hyphens, so that words a PDF broke across
// lines, at a hyphenation point or at a hyphen of their own, still match.
func NoBreaks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '\u00ad' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
