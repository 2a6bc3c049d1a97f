package corpus

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// minArticles is how many held-out articles the corpus must have.
const minArticles = 14

func load(t *testing.T) []Article {
	t.Helper()
	arts, err := Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestLoad(t *testing.T) {
	arts := load(t)
	if len(arts) < minArticles {
		t.Fatalf("%d articles, want at least %d", len(arts), minArticles)
	}
	for _, a := range arts {
		if a.Expected == nil || a.Text == "" {
			t.Errorf("%s: not loaded", a.Name)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		p := filepath.Join(dir, "a", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct{ yaml, want string }{
		{"title: T\nlang: en\nparagraphs: [x]\nauther: A\n", "auther"},
		{"lang: en\nparagraphs: [x]\n", "no title"},
		{"title: T\nlang: en\nparagraphs: [x]\ndate: 12 March\n", "W3CDTF"},
		{"title: T\nlang: en\nparagraphs: [x]\nfigures: [{caption: c, image: ../x.jpg}]\n", "not in the article's directory"},
		{"title: T\nlang: en\nparagraphs: [x]\nfurniture: [{a: b}]\n", "furniture entry"},
	}
	write("article.txt", "T\nx\n")
	for _, c := range cases {
		write("expected.yaml", c.yaml)
		_, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "expected.yaml") {
			t.Errorf("%q: error %v, want one naming expected.yaml and %q", c.yaml, err, c.want)
		}
	}
	write("expected.yaml", "title: T\nlang: en\nparagraphs: [x]\nfurniture: [Share, [A, B]]\n")
	arts, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := arts[0].Expected.Furniture; len(got) != 2 || len(got[1]) != 2 {
		t.Errorf("furniture %q", got)
	}
	if err := os.Remove(filepath.Join(dir, "a", "article.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("an article without article.txt loads")
	}
}

// TestTruthMatchesText checks each truth against its article.txt: every
// line of the text is accounted for (title, paragraph, heading, figure or
// furniture), in the truth's order, and the article has 300 to 900 words.
func TestTruthMatchesText(t *testing.T) {
	for _, a := range load(t) {
		t.Run(a.Name, func(t *testing.T) { truthMatchesText(t, a) })
	}
}

// truthMatchesText checks one article's truth against its article.txt.
func truthMatchesText(t *testing.T, a Article) {
	e := a.Expected
	_, problems, err := LabelLines(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	words := 0
	for _, p := range e.Paragraphs {
		words += countWords(p)
	}
	if words < 300 || words > 900 {
		t.Errorf("%d words, want 300 to 900", words)
	}
	if n := len(e.Figures); n < 1 || n > 4 {
		t.Errorf("%d figures, want 1 to 4", n)
	}
}

// TestPerfectScores checks that a document holding exactly the truth
// scores 100% on both the text's and the page's truth.
func TestPerfectScores(t *testing.T) {
	for _, a := range load(t) {
		for _, exp := range []*Expected{a.ForText(), a.ForPage()} {
			r := Score(perfect(exp), exp)
			if len(r.Failures) > 0 {
				t.Errorf("%s: %v", a.Name, r.Failures)
			}
		}
	}
}

// TestTruthMatchesPage checks each page.html against the truth: charset,
// language, canonical URL, site name, JSON-LD headline and date; every
// paragraph, heading, caption and furniture line in its visible text; the
// local images saved (each under 40 KB, none unused) and the remote ones
// named; and that the corpus has an HTML-only save, a windows-1252 page
// and a remote-only image in a complete save. One page (an old CMS) may
// lack JSON-LD.
func TestTruthMatchesPage(t *testing.T) {
	var htmlOnly, cp1252, remoteInComplete bool
	withoutJSONLD := 0
	for _, a := range load(t) {
		if a.Page == "" {
			continue
		}
		t.Run(a.Name, func(t *testing.T) {
			k := truthMatchesPage(t, a)
			htmlOnly = htmlOnly || k.htmlOnly
			cp1252 = cp1252 || k.cp1252
			remoteInComplete = remoteInComplete || k.remoteInComplete
			if k.noJSONLD {
				withoutJSONLD++
			}
		})
	}
	if !htmlOnly || !cp1252 || !remoteInComplete {
		t.Errorf("the corpus lacks an HTML-only save (%v), a windows-1252 page (%v) or a remote-only image in a complete save (%v)", htmlOnly, cp1252, remoteInComplete)
	}
	if withoutJSONLD > 1 {
		t.Errorf("%d pages without JSON-LD, want at most one (an old CMS)", withoutJSONLD)
	}
}

// pageKinds says what kind of save one page is, for the corpus-wide checks.
type pageKinds struct{ htmlOnly, cp1252, remoteInComplete, noJSONLD bool }

// truthMatchesPage checks one article's page.html against its truth.
func truthMatchesPage(t *testing.T, a Article) (k pageKinds) {
	e, p := a.ForPage(), a.Expected.Page
	raw, err := os.ReadFile(a.Page)
	if err != nil {
		t.Fatal(err)
	}
	declared := declaredCharset(raw)
	if !strings.EqualFold(declared, p.Charset) {
		t.Errorf("page declares charset %q, truth says %q", declared, p.Charset)
	}
	data := raw
	switch strings.ToLower(declared) {
	case "utf-8":
		if !utf8.Valid(raw) {
			t.Error("page.html declares UTF-8 but is not")
		}
	case "windows-1252":
		k.cp1252 = true
		if utf8.Valid(raw) {
			t.Error("page.html declares windows-1252 but is valid UTF-8: nothing is encoded")
		}
		if data, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
			t.Fatal(err)
		}
	default:
		t.Fatalf("charset %q", declared)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	pg := readPage(doc)
	if primary(pg.lang) != primary(e.Lang) {
		t.Errorf("html lang %q, truth %q", pg.lang, e.Lang)
	}
	if pg.canonical != p.URL {
		t.Errorf("canonical %q, truth %q", pg.canonical, p.URL)
	}
	if pg.meta["og:site_name"] != p.SiteName {
		t.Errorf("og:site_name %q, truth %q", pg.meta["og:site_name"], p.SiteName)
	}
	if e.Description != "" && Normalize(pg.meta["og:description"]) != Normalize(e.Description) {
		t.Errorf("og:description %q, truth %q", pg.meta["og:description"], e.Description)
	}
	if pg.jsonLD == "" {
		k.noJSONLD = true
		if !sameDate(pg.meta["article:published_time"], e.Date) {
			t.Errorf("no JSON-LD, and article:published_time %q is not the truth's %q", pg.meta["article:published_time"], e.Date)
		}
	} else {
		var ld struct {
			Headline      string `json:"headline"`
			DatePublished string `json:"datePublished"`
		}
		if err := json.Unmarshal([]byte(pg.jsonLD), &ld); err != nil {
			t.Errorf("JSON-LD: %v", err)
		}
		if Normalize(ld.Headline) != Normalize(e.Title) {
			t.Errorf("JSON-LD headline %q, truth %q", ld.Headline, e.Title)
		}
		if !sameDate(ld.DatePublished, e.Date) {
			t.Errorf("JSON-LD datePublished %q, truth %q", ld.DatePublished, e.Date)
		}
	}
	has := func(what, s string) {
		s = Normalize(s)
		row := strings.ReplaceAll(s, " | ", " ") // a table's row, its cells in elements of their own
		for _, l := range pg.lines {
			if strings.Contains(l, s) || strings.Contains(l, row) {
				return
			}
		}
		t.Errorf("%s %q is not in the page's text", what, s)
	}
	has("headline", e.Title)
	for _, x := range e.Paragraphs {
		has("paragraph", x)
	}
	for _, x := range e.Headings {
		has("heading", x)
	}
	for _, f := range e.Figures {
		has("caption", f.Caption)
		has("credit", f.Credit)
	}
	for _, g := range e.Furniture {
		for _, l := range g {
			has("furniture", l)
		}
	}
	// Images.
	switch p.Saved {
	case "html-only":
		k.htmlOnly = true
		if a.Files != "" || bytes.Contains(data, []byte("page_files/")) {
			t.Error("an HTML-only save has or names page_files/")
		}
	case "complete":
		if a.Files == "" {
			t.Error("a complete save without page_files/")
		}
	}
	for _, f := range e.Figures {
		if !slices.Contains(pg.urls, f.Image) {
			t.Errorf("figure %q: image %q is not named by the page", f.Caption, f.Image)
		}
		if f.Remote() && p.Saved == "complete" {
			k.remoteInComplete = true
		}
	}
	if a.Files != "" {
		files, err := os.ReadDir(a.Files)
		if err != nil {
			t.Fatal(err)
		}
		for _, fi := range files {
			rel := "page_files/" + fi.Name()
			if !slices.Contains(pg.urls, rel) && !slices.Contains(pg.urls, "./"+rel) {
				t.Errorf("%s is not used by the page", rel)
			}
			if info, _ := fi.Info(); strings.HasSuffix(fi.Name(), ".jpg") && info.Size() > 40<<10 {
				t.Errorf("%s is %d bytes, over 40 KB", rel, info.Size())
			}
		}
		for _, u := range pg.urls {
			if local := strings.TrimPrefix(u, "./"); strings.HasPrefix(local, "page_files/") {
				if _, err := os.Stat(filepath.Join(a.Dir, local)); err != nil {
					t.Errorf("the page names %s, which was not saved", u)
				}
			}
		}
	}
	return k
}

var charsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset=["']?([a-z0-9_-]+)`)

func declaredCharset(b []byte) string {
	if m := charsetRE.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

type pageFacts struct {
	lang, canonical, jsonLD string
	meta                    map[string]string
	lines                   []string // visible text, a line per block element, normalised
	urls                    []string // every src, srcset candidate, data-src and href
}

var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"figcaption": true, "figure": true, "section": true, "article": true, "header": true, "footer": true,
	"nav": true, "ul": true, "ol": true, "aside": true, "main": true, "button": true, "summary": true,
	"details": true, "form": true, "label": true, "address": true, "br": true,
	"table": true, "tr": true, "td": true, "blockquote": true,
}

func readPage(doc *html.Node) pageFacts {
	f := pageFacts{meta: map[string]string{}}
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			for _, k := range []string{"src", "data-src", "href", "data-flickity-lazyload", "data-original"} {
				if v := attr[k]; v != "" {
					f.urls = append(f.urls, v)
				}
			}
			for _, k := range []string{"srcset", "data-srcset", "data-flickity-lazyload-srcset"} {
				for _, c := range strings.Split(attr[k], ",") {
					if fs := strings.Fields(c); len(fs) > 0 {
						f.urls = append(f.urls, fs[0])
					}
				}
			}
			switch n.Data {
			case "html":
				f.lang = attr["lang"]
			case "link":
				if attr["rel"] == "canonical" {
					f.canonical = attr["href"]
				}
			case "meta":
				if k := attr["property"] + attr["name"]; k != "" {
					f.meta[k] = attr["content"]
				}
			case "script":
				if attr["type"] == "application/ld+json" && f.jsonLD == "" && n.FirstChild != nil && strings.Contains(n.FirstChild.Data, "NewsArticle") {
					f.jsonLD = n.FirstChild.Data
				}
				return
			case "style", "title", "noscript", "svg":
				return
			}
			if blockTags[n.Data] {
				text.WriteString("\n")
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			text.WriteString("\n")
		}
	}
	walk(doc)
	for _, l := range strings.Split(text.String(), "\n") {
		if l = Normalize(l); l != "" {
			f.lines = append(f.lines, l)
		}
	}
	return f
}

// countWords counts the words of a paragraph: its fields, and in Chinese
// and Japanese, which are written without spaces, one word for every two
// characters of Han, Hiragana or Katakana.
func countWords(p string) int {
	n := 0
	for _, f := range strings.Fields(p) {
		cjk := 0
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				cjk++
			}
		}
		if cjk > 1 {
			n += cjk / 2
		} else {
			n++
		}
	}
	return n
}
