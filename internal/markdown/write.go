package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"publish/internal/document"
)

// Write writes doc as a manuscript: front matter in a fixed key order, then
// the body, one paragraph a line. The output reads back to the same model,
// and pandoc reads the same headings and figures.
func Write(w io.Writer, doc *document.Document) error {
	bw := bufio.NewWriter(w)
	fm, err := frontMatterYAML(&doc.Meta)
	if err != nil {
		return err
	}
	bw.WriteString("---\n")
	bw.Write(fm)
	bw.WriteString("---\n")
	for _, b := range doc.Blocks {
		bw.WriteString("\n")
		writeBlock(bw, b, "")
	}
	return bw.Flush()
}

func frontMatterYAML(m *document.Meta) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	str := func(k, v string) {
		if v != "" {
			root.Content = append(root.Content, key(k), scalar(v))
		}
	}
	list := func(k string, vs []string) {
		switch len(vs) {
		case 0:
		case 1:
			str(k, vs[0])
		default:
			seq := &yaml.Node{Kind: yaml.SequenceNode}
			for _, v := range vs {
				seq.Content = append(seq.Content, scalar(v))
			}
			root.Content = append(root.Content, key(k), seq)
		}
	}
	roles := func(k string, cs []document.Contributor) {
		if len(cs) == 0 {
			return
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, c := range cs {
			seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle,
				Content: []*yaml.Node{key("role"), scalar(c.Role), key("text"), scalar(c.Text)}})
		}
		root.Content = append(root.Content, key(k), seq)
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
		src := &yaml.Node{Kind: yaml.MappingNode}
		for _, kv := range [][2]string{{"name", s.Name}, {"title", s.Title}, {"lang", s.Lang}, {"url", s.URL}, {"translation", s.Translation}} {
			if kv[1] != "" {
				src.Content = append(src.Content, key(kv[0]), scalar(kv[1]))
			}
		}
		root.Content = append(root.Content, key("source"), src)
	}
	str("certified-by", m.CertifiedBy)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	return buf.Bytes(), nil
}

func key(k string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: k} }

// scalar quotes values that YAML would otherwise read as another type
// (dates, numbers, booleans), so they stay text.
func scalar(v string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: v}
	var probe any
	if yaml.Unmarshal([]byte(v), &probe) != nil {
		n.Style = yaml.DoubleQuotedStyle
	} else if _, ok := probe.(string); !ok || probe != v {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func writeBlock(w *bufio.Writer, b document.Block, indent string) {
	switch b := b.(type) {
	case *document.Heading:
		w.WriteString(indent + strings.Repeat("#", b.Level) + " ")
		w.WriteString(inlines(b.Text, true))
		w.WriteString("\n")
	case *document.Paragraph:
		w.WriteString(indent)
		w.WriteString(escapeStart(inlines(b.Text, false)))
		w.WriteString("\n")
	case *document.Figure:
		w.WriteString(indent + "![" + inlines(b.Caption, false) + "](" + destination(b.Src) + ")")
		var attrs []string
		if b.Alt != "" {
			attrs = append(attrs, "alt="+attrValue(b.Alt))
		}
		if b.Credit != "" {
			attrs = append(attrs, "credit="+attrValue(b.Credit))
		}
		if len(attrs) > 0 {
			w.WriteString("{" + strings.Join(attrs, " ") + "}")
		}
		w.WriteString("\n")
	case *document.Quote:
		for i, inner := range b.Blocks {
			if i > 0 {
				w.WriteString(indent + ">\n")
			}
			writeBlock(w, inner, indent+"> ")
		}
	case *document.List:
		for i, item := range b.Items {
			marker := "- "
			if b.Ordered {
				marker = fmt.Sprintf("%d. ", b.Start+i)
			}
			pad := strings.Repeat(" ", len(marker))
			for j, inner := range item {
				if j > 0 {
					w.WriteString("\n")
				}
				var sub bytes.Buffer
				sw := bufio.NewWriter(&sub)
				writeBlock(sw, inner, "")
				sw.Flush()
				for k, line := range strings.SplitAfter(strings.TrimSuffix(sub.String(), "\n"), "\n") {
					switch {
					case j == 0 && k == 0:
						w.WriteString(indent + marker + line)
					case strings.TrimSpace(line) == "":
						w.WriteString(line)
					default:
						w.WriteString(indent + pad + line)
					}
				}
				w.WriteString("\n")
			}
		}
	}
}

func inlines(ins []document.Inline, heading bool) string {
	var b strings.Builder
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			b.WriteString(escapeText(n.Text))
		case *document.Emph:
			b.WriteString("*" + inlines(n.Children, heading) + "*")
		case *document.Strong:
			b.WriteString("**" + inlines(n.Children, heading) + "**")
		case *document.Link:
			b.WriteString("[" + inlines(n.Children, heading) + "](" + destination(n.URL))
			if n.Title != "" {
				b.WriteString(` "` + strings.ReplaceAll(n.Title, `"`, `\"`) + `"`)
			}
			b.WriteString(")")
		case *document.Code:
			fence := "`"
			for strings.Contains(n.Text, fence) {
				fence += "`"
			}
			pad := ""
			if strings.HasPrefix(n.Text, "`") || strings.HasSuffix(n.Text, "`") {
				pad = " "
			}
			b.WriteString(fence + pad + n.Text + pad + fence)
		case *document.LineBreak:
			if !heading {
				b.WriteString("\\\n")
			}
		}
	}
	return b.String()
}

// escapeText backslash-escapes what CommonMark or pandoc's Markdown would
// read as markup ($ math, @ citations, ^ and ~ super- and subscripts).
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '`', '[', ']', '<', '>', '&', '$', '@', '^', '~', '|', '{', '}', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeStart protects a paragraph that would start like a list item, a
// heading underline or a numbered item.
func escapeStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

func destination(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

func attrValue(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(v) + `"`
}
