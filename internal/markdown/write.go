package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"publish/internal/document"
)

// Write writes doc as a manuscript: front matter in a fixed key order, then
// the body in pandoc's Markdown, one paragraph a line (see body.go). The
// output reads back to the same model, and pandoc reads the same.
func Write(w io.Writer, doc *document.Document) error {
	bw := bufio.NewWriter(w)
	fm, err := frontMatterYAML(&doc.Meta)
	if err != nil {
		return err
	}
	bw.WriteString("---\n")
	bw.Write(fm)
	bw.WriteString("---\n")
	bw.WriteString(writeBody(doc.Blocks))
	return bw.Flush()
}

// frontMatterYAML writes the keys in a fixed order with a 2-space indent,
// block lists, and {role, text} entries as flow mappings. A value is
// written plain when it reads back as the same text, and double-quoted
// otherwise (numbers, dates, booleans, and text with YAML syntax in it).
func frontMatterYAML(m *document.Meta) ([]byte, error) {
	var b bytes.Buffer
	str := func(k, v string) {
		if v != "" {
			b.WriteString(k + ": " + scalar(v, false) + "\n")
		}
	}
	list := func(k string, vs []string) {
		switch len(vs) {
		case 0:
		case 1:
			str(k, vs[0])
		default:
			b.WriteString(k + ":\n")
			for _, v := range vs {
				b.WriteString("  - " + scalar(v, false) + "\n")
			}
		}
	}
	roles := func(k string, cs []document.Contributor) {
		if len(cs) == 0 {
			return
		}
		b.WriteString(k + ":\n")
		for _, c := range cs {
			if c.Role == "" { // the front matter may leave the role out
				b.WriteString("  - {text: " + scalar(c.Text, true) + "}\n")
				continue
			}
			b.WriteString("  - {role: " + scalar(c.Role, true) + ", text: " + scalar(c.Text, true) + "}\n")
		}
	}
	str("title", m.Title)
	str("subtitle", m.Subtitle)
	list("author", m.Authors)
	list("byline", m.Byline)
	str("date", m.Date)
	str("lang", m.Lang)
	str("publisher", m.Publisher)
	str("rights", m.Rights)
	str("identifier", m.Identifier)
	str("description", m.Description)
	list("subject", m.Subjects)
	str("cover-image", m.CoverImage)
	roles("creator", m.Creators)
	roles("contributor", m.Contributors)
	if s := m.Source; s != nil {
		b.WriteString("source:")
		empty := true
		for _, kv := range [][2]string{{"name", s.Name}, {"title", s.Title}, {"lang", s.Lang}, {"url", s.URL}, {"translation", s.Translation}} {
			if kv[1] != "" {
				if empty {
					b.WriteString("\n")
				}
				b.WriteString("  " + kv[0] + ": " + scalar(kv[1], false) + "\n")
				empty = false
			}
		}
		if empty {
			b.WriteString(" {}\n")
		}
	}
	str("certified-by", m.CertifiedBy)
	str("mainfont", m.Fonts.Main)
	str("sansfont", m.Fonts.Sans)
	str("monofont", m.Fonts.Mono)
	str("CJKmainfont", m.Fonts.CJK)
	if b.Len() == 0 {
		return nil, nil
	}
	return b.Bytes(), nil
}

// scalar writes v plain when the YAML parser reads it back as the same
// text, in a block value or, when flow is set, inside a flow mapping.
// Otherwise it is double-quoted, so that 2024, 1.0 or "a: b" stay text.
func scalar(v string, flow bool) string {
	if plainOK(v, flow) {
		return v
	}
	return doubleQuote(v)
}

func plainOK(v string, flow bool) bool {
	// Stricter than the parser, which takes "a: b" in a flow mapping.
	if v == "" || strings.TrimSpace(v) != v || strings.ContainsAny(v, "\n\r\t") ||
		strings.Contains(v, ": ") || strings.Contains(v, " #") || strings.HasSuffix(v, ":") {
		return false
	}
	for _, r := range v {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	src := "k: " + v + "\n"
	if flow {
		if strings.ContainsAny(v, ",[]{}") {
			return false
		}
		src = "{k: " + v + "}\n"
	}
	f, err := parser.ParseBytes([]byte(src), 0)
	if err != nil || len(f.Docs) != 1 {
		return false
	}
	pairs, ok := mappingPairs(f.Docs[0].Body)
	if !ok || len(pairs) != 1 {
		return false
	}
	s, ok := pairs[0].Value.(*ast.StringNode)
	return ok && s.Token.Type == token.StringType && s.Value == v && !timestamp(v)
}

// timestamp reports whether YAML 1.1 readers would take v for a date
// (2024-03-14, 2024-03-14T10:00:00Z), which we keep as text by quoting.
func timestamp(v string) bool {
	for _, layout := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2"} {
		if _, err := time.Parse(layout, v); err == nil {
			return true
		}
	}
	return false
}

// doubleQuote writes v as a YAML double-quoted scalar, escaping what YAML
// does not allow there as it is.
func doubleQuote(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range v {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			switch {
			case r == 0xFEFF || r == 0x2028 || r == 0x2029 || !unicode.IsPrint(r) && r != ' ':
				if r <= 0xFF {
					fmt.Fprintf(&b, `\x%02X`, r)
				} else if r <= 0xFFFF {
					fmt.Fprintf(&b, `\u%04X`, r)
				} else {
					fmt.Fprintf(&b, `\U%08X`, r)
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
