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
	for _, r := range norm.NFD.String(s) {
		if t, ok := noDecomposition[unicode.ToLower(r)]; ok {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteString(t) // "Kładka" -> "kladka"
			continue
		}
		if r >= 128 && !unicode.Is(unicode.Mn, r) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			// Another script, spelt in ASCII by gosimple/unidecode's
			// table: "Μαρτίου" -> "martiou", "мост" -> "most".
			for _, a := range unidecode.Unidecode(string(r)) {
				if unicode.IsLetter(a) || unicode.IsDigit(a) {
					if dash && b.Len() > 0 {
						b.WriteByte('-')
					}
					dash = false
					b.WriteRune(unicode.ToLower(a))
				} else if a != '\'' {
					dash = true
				}
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // drop accents: é -> e
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// keep "Norero’s" as "noreros"
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

// noDecomposition spells in ASCII the Latin letters that NFD does not
// split into a letter and an accent.
var noDecomposition = map[rune]string{'ł': "l", 'đ': "d", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th", 'ð': "d", 'ı': "i", 'ħ': "h"}

// FormatDate renders a W3CDTF date for people, in English: "2022-10"
// becomes "October 2022" and "2022-10-04" becomes "4 October 2022".
func FormatDate(d string) string { return english.Date(d) }
