package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"
	"publish/internal/diag"
	"publish/internal/document"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// splitFrontMatter separates a leading YAML block delimited by "---" and
// "---" (or "...") from the body. It returns the YAML, the body, and the
// 1-based line on which the body starts.
func splitFrontMatter(src []byte) (fm, body []byte, bodyLine int, ok bool) {
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return nil, src, 1, false
	}
	rest := src[bytes.IndexByte(src, '\n')+1:]
	line := 2
	for off := 0; off < len(rest); line++ {
		end := bytes.IndexByte(rest[off:], '\n')
		next := len(rest)
		if end >= 0 {
			next = off + end + 1
		}
		l := bytes.TrimRight(rest[off:next], "\r\n")
		if string(l) == "---" || string(l) == "..." {
			return rest[:off], rest[next:], line + 1, true
		}
		off = next
	}
	return nil, src, 1, false
}

// knownKeys lists every front matter key; the README documents each one.
var knownKeys = []string{
	"title", "subtitle", "author", "byline", "date", "lang", "publisher",
	"rights", "identifier", "description", "subject", "cover-image",
	"creator", "contributor", "source", "certified-by",
	"mainfont", "sansfont", "monofont", "CJKmainfont",
}

var sourceKeys = []string{"name", "title", "lang", "url", "translation"}

// frontMatter decodes YAML into meta, with positions in every message.
type frontMatter struct {
	file     string
	lineBase int // line of the first YAML line in the file
	lastLine int // line just after the YAML: no position falls past it
	warnings *diag.Warnings
}

func (f *frontMatter) at(tk *token.Token) diag.Position {
	if tk == nil || tk.Position == nil {
		return diag.Position{File: f.file, Line: f.lineBase}
	}
	line := f.lineBase + tk.Position.Line - 1
	if f.lastLine > 0 && line > f.lastLine {
		return diag.Position{File: f.file, Line: f.lastLine}
	}
	return diag.Position{File: f.file, Line: line, Col: tk.Position.Column}
}

// pos is where n starts. A block mapping's own token is its first colon,
// so it is placed at its first key instead.
func (f *frontMatter) pos(n ast.Node) diag.Position {
	if m, ok := n.(*ast.MappingNode); ok && !m.IsFlowStyle && len(m.Values) > 0 {
		return f.pos(m.Values[0].Key)
	}
	if mv, ok := n.(*ast.MappingValueNode); ok {
		return f.pos(mv.Key)
	}
	return f.at(n.GetToken())
}

// Limits on front matter, checked before the YAML is parsed: the YAML
// parser's time and memory grow much faster than its input when values
// nest deeply. Real front matter nests three levels and fits in a few
// kilobytes.
const (
	maxFrontMatterBytes = 1 << 20
	maxFrontMatterDepth = document.MaxNesting
)

func (f *frontMatter) decode(src []byte, m *document.Meta) error {
	if len(src) > maxFrontMatterBytes {
		return diag.Errorf(diag.Position{File: f.file, Line: f.lineBase - 1}, "front matter is larger than the limit of %d KiB", maxFrontMatterBytes>>10)
	}
	src = f.stripNonXML(src)
	// The YAML parser counts CRLF as two lines inside quoted text and
	// after comments, so its positions would fall past the error. YAML
	// reads every line break as LF anyway.
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	f.lastLine = f.lineBase + bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r"))
	if line, deep := nesting(src, maxFrontMatterDepth); deep {
		return diag.Errorf(diag.Position{File: f.file, Line: f.lineBase + line - 1}, "front matter is nested more than %d deep", maxFrontMatterDepth)
	}
	// Duplicate keys are ours to report, with the key's position.
	file, err := parser.ParseBytes(src, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		var se *yaml.SyntaxError
		if errors.As(err, &se) && se.Token != nil {
			return diag.Errorf(f.at(se.Token), "front matter: %s", syntaxMessage(se.Message))
		}
		return diag.Errorf(diag.Position{File: f.file, Line: f.lineBase - 1}, "front matter: %v", err)
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return nil
	}
	doc := unwrap(file.Docs[0].Body)
	pairs, ok := mappingPairs(doc)
	if !ok {
		return diag.Errorf(f.pos(doc), "front matter must be a mapping of keys to values")
	}
	seen := map[string]bool{}
	for _, kv := range pairs {
		k := keyText(kv.Key)
		if seen[k] {
			return diag.Errorf(f.pos(kv.Key), "front matter key %q appears twice", k)
		}
		seen[k] = true
		if err := f.field(k, kv, unwrap(kv.Value), m); err != nil {
			return err
		}
	}
	return nil
}

// stripNonXML removes the characters XML 1.0 forbids, which no edition
// can carry and YAML does not allow, with a warning at the first.
func (f *frontMatter) stripNonXML(src []byte) []byte {
	i := bytes.IndexFunc(src, func(r rune) bool { return !document.IsXMLChar(r) })
	if i < 0 {
		return src
	}
	clean, n, first := document.StripNonXML(string(src))
	line := f.lineBase + bytes.Count(src[:i], []byte("\n"))
	f.warnings.Addf(diag.Position{File: f.file, Line: line}, "removed %d character%s that XML 1.0 forbids from the front matter (the first is U+%04X): no edition can carry them", n, plural(n), first)
	return []byte(clean)
}

// nesting reports the 1-based line where YAML nests more than max deep,
// by indentation or by flow brackets, as far as can be told without
// parsing: quoted text is skipped, and a bracket counts only where a flow
// collection may start.
func nesting(src []byte, max int) (line int, deep bool) {
	var indents []int // indentation of the block levels open
	flow := 0
	line = 1
	for len(src) > 0 {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		l := src[:end]
		src = src[min(end+1, len(src)):]
		ind := len(l) - len(bytes.TrimLeft(l, " "))
		rest := bytes.TrimSpace(l)
		if flow == 0 && len(rest) > 0 && rest[0] != '#' {
			for len(indents) > 0 && indents[len(indents)-1] >= ind {
				indents = indents[:len(indents)-1]
			}
			indents = append(indents, ind)
			// "- - - x" opens a sequence in a sequence on one line.
			for bytes.HasPrefix(rest, []byte("- ")) {
				rest = bytes.TrimLeft(rest[2:], " ")
				indents = append(indents, ind)
			}
		}
		var quote byte
		prev := byte(':') // a line may open a flow collection
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case quote != 0:
				if c == '\\' && quote == '"' {
					i++
				} else if c == quote {
					quote = 0
				}
				continue
			case c == '#' && (i == 0 || rest[i-1] == ' '):
				i = len(rest) // a comment
				continue
			case (c == '"' || c == '\'') && strings.IndexByte(":-,[{? ", prev) >= 0:
				quote = c
			case (c == '[' || c == '{') && strings.IndexByte(":-,[{? ", prev) >= 0:
				if flow++; len(indents)+flow > max {
					return line, true
				}
			case (c == ']' || c == '}') && flow > 0:
				flow--
			case c == '[' || c == '{':
				c = 'a' // inside plain text: not a collection
			}
			if c != ' ' {
				prev = c
			} else if prev == ':' || prev == '-' || prev == ',' {
				prev = ' '
			}
		}
		if len(indents)+flow > max {
			return line, true
		}
		line++
	}
	return 0, false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// syntaxMessage rewords the parser's messages that would print badly.
func syntaxMessage(msg string) string {
	if strings.Contains(msg, "'\t'") {
		return "a tab character cannot indent YAML; use spaces"
	}
	if msg == "non-map value is specified" {
		return `a value where a "key: value" line was expected`
	}
	return msg
}

// unwrap looks through anchors and tags to the value they mark.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		default:
			return n
		}
	}
}

// mappingPairs returns the key-value pairs of a mapping node.
func mappingPairs(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch v := n.(type) {
	case *ast.MappingNode:
		return v.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}, true
	}
	return nil, false
}

func keyText(k ast.MapKeyNode) string {
	if s, ok := scalarText(k); ok {
		return s
	}
	return k.String()
}

// scalarText is a scalar's text as written: a number, date or boolean
// stays the text it is (2024, 2022-10-04, yes, 1.0), never a typed value.
func scalarText(n ast.Node) (string, bool) {
	switch v := unwrap(n).(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return v.GetToken().Value, true
	}
	return "", false
}

func (f *frontMatter) field(k string, kv *ast.MappingValueNode, v ast.Node, m *document.Meta) error {
	var err error
	switch k {
	case "title":
		m.Title, err = f.str(k, v)
	case "subtitle":
		m.Subtitle, err = f.str(k, v)
	case "author":
		m.Authors, err = f.strs(k, v)
	case "byline":
		m.Byline, err = f.strs(k, v)
	case "date":
		if m.Date, err = f.str(k, v); err == nil && !ValidDate(m.Date) {
			err = diag.Errorf(f.pos(v), "date %q is not a W3CDTF date (2022, 2022-10, 2022-10-04 or 2022-10-04T10:00:00Z)", m.Date)
			if dateRE.MatchString(m.Date) {
				err = diag.Errorf(f.pos(v), "date %q is not a day on the calendar", m.Date)
			}
		}
	case "lang":
		if m.Lang, err = f.str(k, v); err == nil {
			if _, perr := language.Parse(m.Lang); perr != nil || m.Lang == "" {
				err = diag.Errorf(f.pos(v), "lang %q is not a BCP 47 language tag (for example en, es, en-GB)", m.Lang)
			}
		}
	case "publisher":
		m.Publisher, err = f.str(k, v)
	case "rights":
		m.Rights, err = f.str(k, v)
	case "identifier":
		m.Identifier, err = f.str(k, v)
	case "description":
		m.Description, err = f.str(k, v)
	case "subject":
		m.Subjects, err = f.strs(k, v)
	case "cover-image":
		m.CoverImage, err = f.str(k, v)
	case "certified-by":
		m.CertifiedBy, err = f.str(k, v)
	case "mainfont":
		m.Fonts.Main, err = f.str(k, v)
	case "sansfont":
		m.Fonts.Sans, err = f.str(k, v)
	case "monofont":
		m.Fonts.Mono, err = f.str(k, v)
	case "CJKmainfont":
		m.Fonts.CJK, err = f.str(k, v)
	case "creator":
		m.Creators, err = f.contributors(k, v)
	case "contributor":
		m.Contributors, err = f.contributors(k, v)
	case "source":
		m.Source, err = f.source(v)
	default:
		msg := fmt.Sprintf("unknown front matter key %q", k)
		if near := nearest(k, knownKeys); near != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", near)
		}
		f.warnings.Addf(f.pos(kv.Key), "%s", msg)
	}
	return err
}

func (f *frontMatter) str(key string, v ast.Node) (string, error) {
	s, ok := scalarText(v)
	if !ok {
		return "", diag.Errorf(f.pos(v), "front matter key %q must be a single text value", key)
	}
	// YAML's escapes (\x01, \uFFFE) can still make what XML forbids.
	if clean, n, first := document.StripNonXML(s); n > 0 {
		f.warnings.Addf(f.pos(v), "removed %d character%s that XML 1.0 forbids from %s (the first is U+%04X): no edition can carry them", n, plural(n), key, first)
		s = clean
	}
	return strings.TrimSpace(s), nil
}

// strs accepts one value or a list of values, as pandoc does for author.
func (f *frontMatter) strs(key string, v ast.Node) ([]string, error) {
	seq, ok := unwrap(v).(*ast.SequenceNode)
	if !ok {
		_, isNull := unwrap(v).(*ast.NullNode)
		if _, scalar := scalarText(v); !scalar && !isNull {
			return nil, diag.Errorf(f.pos(v), "front matter key %q must be a text value or a list of them", key)
		}
		s, err := f.str(key, v)
		if s == "" {
			return nil, err // an empty value is no value
		}
		return []string{s}, err
	}
	out := make([]string, 0, len(seq.Values))
	for _, e := range seq.Values {
		s, err := f.str(key, e)
		if err != nil {
			return nil, err
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// pairs returns a mapping's pairs, refusing a key given twice.
func (f *frontMatter) pairs(what string, n ast.Node) ([]*ast.MappingValueNode, error) {
	pairs, _ := mappingPairs(n)
	seen := map[string]bool{}
	for _, kv := range pairs {
		k := keyText(kv.Key)
		if seen[k] {
			return nil, diag.Errorf(f.pos(kv.Key), "key %q appears twice in %s", k, what)
		}
		seen[k] = true
	}
	return pairs, nil
}

func (f *frontMatter) contributors(key string, v ast.Node) ([]document.Contributor, error) {
	seq, ok := unwrap(v).(*ast.SequenceNode)
	if !ok {
		return nil, diag.Errorf(f.pos(v), "front matter key %q must be a list of {role, text}", key)
	}
	var out []document.Contributor
	for _, e := range seq.Values {
		e = unwrap(e)
		if _, ok := mappingPairs(e); !ok {
			return nil, diag.Errorf(f.pos(e), "each %q entry must be a mapping with role and text", key)
		}
		pairs, err := f.pairs(key, e)
		if err != nil {
			return nil, err
		}
		var c document.Contributor
		for _, kv := range pairs {
			ek, ev := keyText(kv.Key), unwrap(kv.Value)
			s, err := f.str(key+"."+ek, ev)
			if err != nil {
				return nil, err
			}
			switch ek {
			case "role":
				if !relatorRE.MatchString(s) {
					return nil, diag.Errorf(f.pos(ev), "%s role %q is not a three-letter MARC relator code (aut, trl, pht, edt...)", key, s)
				}
				c.Role = s
			case "text":
				c.Text = s
			default:
				f.warnings.Addf(f.pos(kv.Key), "unknown key %q in %s (known: role, text)", ek, key)
			}
		}
		if c.Text == "" {
			return nil, diag.Errorf(f.pos(e), "%s entry has no text", key)
		}
		out = append(out, c)
	}
	return out, nil
}

var relatorRE = regexp.MustCompile(`^[a-z]{3}$`)

func (f *frontMatter) source(v ast.Node) (*document.Source, error) {
	if _, ok := mappingPairs(v); !ok {
		return nil, diag.Errorf(f.pos(v), "front matter key \"source\" must be a mapping (name, title, lang, url, translation)")
	}
	pairs, err := f.pairs("source", v)
	if err != nil {
		return nil, err
	}
	s := &document.Source{}
	for _, kv := range pairs {
		k, val := keyText(kv.Key), unwrap(kv.Value)
		str, err := f.str("source."+k, val)
		if err != nil {
			return nil, err
		}
		switch k {
		case "name":
			s.Name = str
		case "title":
			s.Title = str
		case "lang":
			if _, perr := language.Parse(str); perr != nil {
				return nil, diag.Errorf(f.pos(val), "source.lang %q is not a BCP 47 language tag", str)
			}
			s.Lang = str
		case "url":
			if str == "" {
				break
			}
			u, kind, why := document.CheckLink(str)
			if kind == document.LinkWeb {
				s.URL = u
				break
			}
			if kind == document.LinkLocal {
				why = "it is not an absolute http or https URL"
			}
			f.warnings.Strictf(f.pos(val), "source.url %s removed: %s", diag.Quote(str, 60), why)
		case "translation":
			s.Translation = str
		default:
			msg := fmt.Sprintf("unknown key %q in source", k)
			if near := nearest(k, sourceKeys); near != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", near)
			}
			f.warnings.Addf(f.pos(kv.Key), "%s", msg)
		}
	}
	return s, nil
}

var dateRE = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$`)

// ValidDate reports whether s is a W3CDTF date, the form EPUB and XMP
// want, of a day that is on the calendar (no 30 February).
func ValidDate(s string) bool {
	if !dateRE.MatchString(s) {
		return false
	}
	if len(s) < len("2006-01-02") {
		return true
	}
	_, err := time.Parse("2006-01-02", s[:10])
	return err == nil
}

// nearest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo.
func nearest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	for _, c := range sorted {
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	if bestD <= 2 || (bestD <= 3 && len(s) >= 8) {
		return best
	}
	return ""
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
