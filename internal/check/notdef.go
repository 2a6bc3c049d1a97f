package check

import (
	"bytes"
	"encoding/hex"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"publish/internal/diag"
)

// pdfNotdef reports pages that draw the .notdef glyph (glyph 0): the empty
// box a viewer shows for a character the font lacks. It reads the text
// operators of each page's content in fonts with two-byte codes (Type 0,
// Identity-H) whose CIDs map to glyphs through an identity or stream
// CIDToGIDMap, which is how our editions and most Unicode PDFs draw text.
func pdfNotdef(ctx *model.Context, rep *Report, at diag.Position) {
	pages := 0
	for p := 1; p <= ctx.PageCount; p++ {
		d, _, inh, err := ctx.PageDict(p, false)
		if err != nil || d == nil {
			continue
		}
		content, err := ctx.PageContent(d, p)
		if err != nil {
			continue
		}
		var fontRes types.Dict
		if inh != nil && inh.Resources != nil {
			fontRes, _ = ctx.DereferenceDict(inh.Resources["Font"])
		}
		gidMaps := map[string]func(cid int) int{}
		gidMap := func(name string) func(int) int {
			if m, ok := gidMaps[name]; ok {
				return m
			}
			m := cidToGID(ctx, fontRes, name)
			gidMaps[name] = m
			return m
		}
		if n := notdefs(content, gidMap); n > 0 {
			if pages < 10 {
				rep.errorf(at, "page %d draws the .notdef glyph %d time(s): characters its fonts lack show as empty boxes", p, n)
			}
			pages++
		}
	}
	if pages > 10 {
		rep.errorf(at, "%d more pages draw the .notdef glyph", pages-10)
	}
}

// cidToGID is how font name of res maps a two-byte code to a glyph, or
// nil when it is not a Type 0 font with Identity-H encoding.
func cidToGID(ctx *model.Context, res types.Dict, name string) func(int) int {
	if res == nil {
		return nil
	}
	f, err := ctx.DereferenceDict(res[name])
	if err != nil || f == nil || f.Subtype() == nil || *f.Subtype() != "Type0" {
		return nil
	}
	if e := f.NameEntry("Encoding"); e == nil || *e != "Identity-H" {
		return nil
	}
	arr, err := ctx.DereferenceArray(f["DescendantFonts"])
	if err != nil || len(arr) == 0 {
		return nil
	}
	desc, err := ctx.DereferenceDict(arr[0])
	if err != nil || desc == nil {
		return nil
	}
	if s := desc.Subtype(); s != nil && *s == "CIDFontType0" {
		return func(cid int) int { return cid } // CFF: CID 0 is .notdef
	}
	switch m := desc["CIDToGIDMap"].(type) {
	case nil:
		return func(cid int) int { return cid }
	case types.Name:
		if m == "Identity" {
			return func(cid int) int { return cid }
		}
		return nil
	default:
		sd, _, err := ctx.DereferenceStreamDict(m)
		if err != nil || sd == nil || sd.Decode() != nil {
			return nil
		}
		tab := sd.Content
		return func(cid int) int {
			if 2*cid+1 >= len(tab) {
				return 0
			}
			return int(tab[2*cid])<<8 | int(tab[2*cid+1])
		}
	}
}

// notdefs counts the .notdef glyphs that content shows, reading its
// operators: Tf chooses the font, and the strings of Tj, TJ, ' and " are
// shown in it.
func notdefs(content []byte, gidMap func(name string) func(int) int) int {
	n := 0
	var font func(int) int
	var operands [][]byte // strings since the last operator, decoded
	lastName := ""
	show := func() {
		if font == nil {
			return
		}
		for _, s := range operands {
			for i := 0; i+1 < len(s); i += 2 {
				if font(int(s[i])<<8|int(s[i+1])) == 0 {
					n++
				}
			}
		}
	}
	b := content
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case c == '(':
			s, end := literal(b, i)
			operands = append(operands, s)
			i = end
		case c == '<' && i+1 < len(b) && b[i+1] == '<':
			i += 2
		case c == '<':
			end := bytes.IndexByte(b[i:], '>')
			if end < 0 {
				return n
			}
			raw := bytes.Map(func(r rune) rune {
				if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
					return -1
				}
				return r
			}, b[i+1:i+end])
			if len(raw)%2 == 1 {
				raw = append(raw, '0')
			}
			s, _ := hex.DecodeString(string(raw))
			operands = append(operands, s)
			i += end + 1
		case c == '/':
			j := i + 1
			for j < len(b) && !delimiter(b[j]) {
				j++
			}
			lastName = string(b[i+1 : j])
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '"':
			j := i + 1
			for j < len(b) && !delimiter(b[j]) && b[j] != '\'' && b[j] != '"' {
				j++
			}
			switch op := string(b[i:j]); op {
			case "Tf":
				font = gidMap(lastName)
			case "Tj", "TJ", "'", "\"":
				show()
			case "ID": // inline image data: skip to EI
				k := bytes.Index(b[j:], []byte("EI"))
				if k < 0 {
					return n
				}
				j += k + 2
			}
			operands = operands[:0]
			i = j
		default:
			i++
		}
	}
	return n
}

func delimiter(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// literal decodes the literal string starting at b[i] ('('), and returns
// it and the offset after it.
func literal(b []byte, i int) ([]byte, int) {
	var out []byte
	depth := 0
	for i++; i < len(b); i++ {
		c := b[i]
		switch c {
		case '\\':
			i++
			if i >= len(b) {
				return out, i
			}
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\n', '\r':
			default:
				if e >= '0' && e <= '7' {
					v, k := 0, 0
					for ; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
						v = v*8 + int(b[i]-'0')
						i++
					}
					i--
					out = append(out, byte(v))
				} else {
					out = append(out, e)
				}
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth == 0 {
				return out, i + 1
			}
			depth--
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out, i
}
