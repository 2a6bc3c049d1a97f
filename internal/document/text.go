package document

import (
	"strings"
	"unicode"

	"github.com/gosimple/unidecode"
	"golang.org/x/text/unicode/norm"
)

// PlainText returns the text of inlines without markup, as pandoc's
// stringify: a line break becomes a space, code and math give their
// source, an inline image its description, and notes are left out.
func PlainText(ins []Inline) string {
	var b strings.Builder
	writePlain(&b, ins)
	return b.String()
}

func writePlain(b *strings.Builder, ins []Inline) {
	for _, in := range ins {
		switch n := in.(type) {
		case *Str:
			b.WriteString(n.Text)
		case *Code:
			b.WriteString(n.Text)
		case *Math:
			b.WriteString(n.TeX)
		case *LineBreak:
			b.WriteByte(' ')
		case *Note:
		case *InlineImage:
			if n.Figure != nil {
				writePlain(b, n.Figure.Caption)
			}
		default:
			writePlain(b, Children(in))
		}
	}
}

// Slug turns a title into a short, lower-case, ASCII file name:
// "Who was Leandro Norero, the “patron”…" becomes "who-was-leandro-norero-the-patron",
// and "Старый мост отремонтируют" "staryi-most-otremontiruiut".
// It keeps at most max runes, cut at a word boundary; max <= 0 means 40.
func Slug(s string, max int) string {
	if max <= 0 {
		max = 40
	}
	var b strings.Builder
	dash := false
	letter := func(r rune) {
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(unicode.ToLower(r))
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // drop accents: é -> e
		case r == '\'' || r == '’':
			// keep "Norero’s" as "noreros"
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			letter(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// A letter NFD does not split ("Kładka" -> "kladka"), or
			// another script, spelt in ASCII by gosimple/unidecode's
			// table: "Μαρτίου" -> "martiou", "мост" -> "most".
			for _, a := range unidecode.Unidecode(string(r)) {
				if unicode.IsLetter(a) || unicode.IsDigit(a) {
					letter(a)
				} else if a != '\'' {
					dash = true
				}
			}
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	if out == "" {
		return "untitled"
	}
	return out
}

// FormatDate renders a W3CDTF date for people, in English: "2022-10"
// becomes "October 2022" and "2022-10-04" becomes "4 October 2022".
func FormatDate(d string) string { return english.Date(d) }
