package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"publish/internal/diag"
	"publish/internal/document"

	yaml "go.yaml.in/yaml/v3"
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
}

var sourceKeys = []string{"name", "title", "lang", "url", "translation"}

// frontMatter decodes YAML into meta, with positions in every message.
type frontMatter struct {
	file     string
	lineBase int // line of the first YAML line in the file
	warnings *diag.Warnings
}

func (f *frontMatter) pos(n *yaml.Node) diag.Position {
	return diag.Position{File: f.file, Line: f.lineBase + n.Line - 1, Col: n.Column}
}

var (
	yamlLineRE      = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlParserErrRE = regexp.MustCompile(`^did not find expected (<document start>|node content|key|'-' indicator|',' or '\]'|',' or '\}')$`)
)

func (f *frontMatter) decode(src []byte, m *document.Meta) error {
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		msg := err.Error()
		if sub := yamlLineRE.FindStringSubmatch(msg); sub != nil {
			var l int
			fmt.Sscan(sub[1], &l)
			if yamlParserErrRE.MatchString(sub[2]) {
				l++ // yaml.v3 counts lines from 0 in its parser's errors, from 1 in its scanner's
			}
			return diag.Errorf(diag.Position{File: f.file, Line: f.lineBase + l - 1}, "front matter: %s", sub[2])
		}
		return diag.Errorf(diag.Position{File: f.file, Line: f.lineBase - 1}, "front matter: %s", strings.TrimPrefix(msg, "yaml: "))
	}
	if len(root.Content) == 0 {
		return nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return diag.Errorf(f.pos(doc), "front matter must be a mapping of keys to values")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if seen[k.Value] {
			return diag.Errorf(f.pos(k), "front matter key %q appears twice", k.Value)
		}
		seen[k.Value] = true
		if err := f.field(k, v, m); err != nil {
			return err
		}
	}
	return nil
}

func (f *frontMatter) field(k, v *yaml.Node, m *document.Meta) error {
	var err error
	switch k.Value {
	case "title":
		m.Title, err = f.str(k.Value, v)
	case "subtitle":
		m.Subtitle, err = f.str(k.Value, v)
	case "author":
		m.Authors, err = f.strs(k.Value, v)
	case "byline":
		m.Byline, err = f.strs(k.Value, v)
	case "date":
		if m.Date, err = f.str(k.Value, v); err == nil && !ValidDate(m.Date) {
			err = diag.Errorf(f.pos(v), "date %q is not a W3CDTF date (2022, 2022-10, 2022-10-04 or 2022-10-04T10:00:00Z)", m.Date)
		}
	case "lang":
		if m.Lang, err = f.str(k.Value, v); err == nil {
			if _, perr := language.Parse(m.Lang); perr != nil || m.Lang == "" {
				err = diag.Errorf(f.pos(v), "lang %q is not a BCP 47 language tag (for example en, es, en-GB)", m.Lang)
			}
		}
	case "publisher":
		m.Publisher, err = f.str(k.Value, v)
	case "rights":
		m.Rights, err = f.str(k.Value, v)
	case "identifier":
		m.Identifier, err = f.str(k.Value, v)
	case "description":
		m.Description, err = f.str(k.Value, v)
	case "subject":
		m.Subjects, err = f.strs(k.Value, v)
	case "cover-image":
		m.CoverImage, err = f.str(k.Value, v)
	case "certified-by":
		m.CertifiedBy, err = f.str(k.Value, v)
	case "creator":
		m.Creators, err = f.contributors(k.Value, v)
	case "contributor":
		m.Contributors, err = f.contributors(k.Value, v)
	case "source":
		m.Source, err = f.source(v)
	default:
		msg := fmt.Sprintf("unknown front matter key %q", k.Value)
		if near := nearest(k.Value, knownKeys); near != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", near)
		}
		f.warnings.Addf(f.pos(k), "%s", msg)
	}
	return err
}

func (f *frontMatter) str(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return "", diag.Errorf(f.pos(v), "front matter key %q must be a single text value", key)
	}
	return strings.TrimSpace(v.Value), nil
}

// strs accepts one value or a list of values, as pandoc does for author.
func (f *frontMatter) strs(key string, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode {
		s, err := f.str(key, v)
		return []string{s}, err
	}
	if v.Kind != yaml.SequenceNode {
		return nil, diag.Errorf(f.pos(v), "front matter key %q must be a text value or a list of them", key)
	}
	out := make([]string, 0, len(v.Content))
	for _, e := range v.Content {
		s, err := f.str(key, e)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (f *frontMatter) contributors(key string, v *yaml.Node) ([]document.Contributor, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, diag.Errorf(f.pos(v), "front matter key %q must be a list of {role, text}", key)
	}
	var out []document.Contributor
	for _, e := range v.Content {
		if e.Kind != yaml.MappingNode {
			return nil, diag.Errorf(f.pos(e), "each %q entry must be a mapping with role and text", key)
		}
		var c document.Contributor
		for i := 0; i+1 < len(e.Content); i += 2 {
			ek, ev := e.Content[i], e.Content[i+1]
			s, err := f.str(key+"."+ek.Value, ev)
			if err != nil {
				return nil, err
			}
			switch ek.Value {
			case "role":
				if !relatorRE.MatchString(s) {
					return nil, diag.Errorf(f.pos(ev), "%s role %q is not a three-letter MARC relator code (aut, trl, pht, edt...)", key, s)
				}
				c.Role = s
			case "text":
				c.Text = s
			default:
				f.warnings.Addf(f.pos(ek), "unknown key %q in %s (known: role, text)", ek.Value, key)
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

func (f *frontMatter) source(v *yaml.Node) (*document.Source, error) {
	if v.Kind != yaml.MappingNode {
		return nil, diag.Errorf(f.pos(v), "front matter key \"source\" must be a mapping (name, title, lang, url, translation)")
	}
	s := &document.Source{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		str, err := f.str("source."+k.Value, val)
		if err != nil {
			return nil, err
		}
		switch k.Value {
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
			s.URL = str
		case "translation":
			s.Translation = str
		default:
			msg := fmt.Sprintf("unknown key %q in source", k.Value)
			if near := nearest(k.Value, sourceKeys); near != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", near)
			}
			f.warnings.Addf(f.pos(k), "%s", msg)
		}
	}
	return s, nil
}

var dateRE = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$`)

// ValidDate reports whether s is a W3CDTF date, the form EPUB and XMP want.
func ValidDate(s string) bool { return dateRE.MatchString(s) }

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
