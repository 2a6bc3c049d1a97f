package epub

import (
	"strings"
	"testing"
)

// escRef is esc without its fast path: every rune looked at.
func escRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&#38;")
		case '<':
			b.WriteString("&#60;")
		case '>':
			b.WriteString("&#62;")
		case '"':
			b.WriteString("&#34;")
		case '\u00a0':
			b.WriteString("&#160;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestEsc(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"plain words, ‘quoted’ — ñ", "plain words, ‘quoted’ — ñ"},
		{`a & b < c > d "e" 'f'`, "a &#38; b &#60; c &#62; d &#34;e&#34; 'f'"},
		{"10\u00a0km", "10&#160;km"},
		{"Â", "Â"}, // C2 82 is not a no-break space
		{"bad \xff byte", "bad \uFFFD byte"},
		{"cut \xc2", "cut \uFFFD"},
	} {
		if got := esc(c.in); got != c.want {
			t.Errorf("esc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzEsc(f *testing.F) {
	for _, s := range []string{"", "a&b", "x\u00a0y", "\xc2", "\xff<"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := esc(s), escRef(s); got != want {
			t.Errorf("esc(%q) = %q, want %q", s, got, want)
		}
	})
}
