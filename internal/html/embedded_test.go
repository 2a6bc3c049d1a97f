package html_test

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"publish/internal/corpus"
	"publish/internal/document"
	"publish/internal/html"
)

// TestEmbeddedImages saves every blind page as archiving tools do
// (SingleFile, Save Page WE): one file, each saved photo inside it as a
// data: URI, no folder. Every photo read from the folder before is read
// from the page now, byte for byte.
func TestEmbeddedImages(t *testing.T) {
	var local, embedded int
	for _, sp := range savedPages(t) {
		a, want := sp.Article, sp.local
		page := inlineImages(t, a.Page)
		doc, rep, err := html.Read(strings.NewReader(page), a.Page, html.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, f := range doc.Figures() {
			if data, ok := rep.Embedded[f.Src]; ok && strings.HasPrefix(f.Src, html.EmbeddedDir+"/") {
				got++
				if !savedAs(t, a.Dir, want, data) {
					t.Errorf("%s: %s holds none of the saved photos", a.Name, f.Src)
				}
			}
		}
		if got != len(want) {
			t.Errorf("%s: %d photos inside the page, want the %d of its folder", a.Name, got, len(want))
		}
		local += len(want)
		embedded += got
	}
	t.Logf("%d of %d saved photos read from data: URIs", embedded, local)
	if local < 400 {
		t.Errorf("only %d saved photos in the blind pages", local)
	}
}

// TestDataURIs covers what a data: URI may hold: a photograph, read;
// a lazy loader's placeholder of a few bytes, a type the bytes belie,
// an SVG, and text, each left out, the figure then a placeholder.
func TestDataURIs(t *testing.T) {
	jpeg := append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), make([]byte, 2000)...)
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 2000)...)
	b64 := base64.StdEncoding.EncodeToString
	for _, c := range []struct {
		uri  string
		want bool
	}{
		{"data:image/jpeg;base64," + b64(jpeg), true},
		{"DATA:image/png;charset=binary;base64," + b64(png)[:40] + "\n" + b64(png)[40:], true},
		{"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", false},
		{"data:image/jpeg;base64," + b64(png), false},
		{"data:image/svg+xml;base64," + b64([]byte("<svg xmlns='http://www.w3.org/2000/svg'>"+strings.Repeat(" ", 2000)+"</svg>")), false},
		{"data:text/html;base64," + b64(jpeg), false},
		{"data:image/jpeg;base64,!!!" + b64(jpeg), false},
	} {
		src := wrap("", `<figure><img src="`+c.uri+`" alt="The wall"><figcaption>The new wall at low tide.</figcaption></figure>`+story)
		doc, rep, _ := read(t, []byte(src), nil)
		figs := doc.Figures()
		if len(figs) != 1 {
			t.Fatalf("%.40s: %d figures", c.uri, len(figs))
		}
		_, got := rep.Embedded[figs[0].Src]
		if got != c.want {
			t.Errorf("%.40s: read %v (src %q), want %v", c.uri, got, figs[0].Src, c.want)
		}
	}
}

// savedPage is a blind page saved with a folder, as read from it.
type savedPage struct {
	corpus.Article
	doc   *document.Document
	local map[string]bool // the Src of each figure whose image is in the folder
}

// savedPages reads every blind page that has a folder of files.
func savedPages(t *testing.T) []savedPage {
	var out []savedPage
	for _, set := range corpus.BlindSets {
		arts, err := corpus.Load("../corpus/" + set)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			if a.Files == "" {
				continue
			}
			doc, _, err := html.ReadFile(a.Page, html.Options{})
			if err != nil {
				t.Fatal(err)
			}
			local := map[string]bool{}
			for _, f := range doc.Figures() {
				if f.Src != "" && !strings.Contains(f.Src, "://") {
					local[f.Src] = true
				}
			}
			out = append(out, savedPage{a, doc, local})
		}
	}
	return out
}

// savedAs reports whether data is one of the files named by want, under dir.
func savedAs(t *testing.T, dir string, want map[string]bool, data []byte) bool {
	for name := range want {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) == string(data) {
			return true
		}
	}
	return false
}

// inlineImages returns the page at path with every image it names in
// its folder (src, srcset and the lazy loaders' attributes) made a data:
// URI.
func inlineImages(t *testing.T, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	root, err := xhtml.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	inline := func(u string) string {
		ext := strings.ToLower(filepath.Ext(u))
		types := map[string]string{".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".webp": "image/webp"}
		if types[ext] == "" || strings.Contains(u, ":") || strings.HasPrefix(u, "/") {
			return u
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(u)))
		if err != nil {
			return u
		}
		return "data:" + types[ext] + ";base64," + base64.StdEncoding.EncodeToString(b)
	}
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		for i, a := range n.Attr {
			switch a.Key {
			case "src", "data-src", "data-lazy-src", "data-original":
				n.Attr[i].Val = inline(a.Val)
			case "srcset", "data-srcset":
				parts := strings.Split(a.Val, ",")
				for j, p := range parts {
					if f := strings.Fields(p); len(f) > 0 {
						f[0] = inline(f[0])
						parts[j] = strings.Join(f, " ")
					}
				}
				n.Attr[i].Val = strings.Join(parts, ", ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var b strings.Builder
	if err := xhtml.Render(&b, root); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSavedFromURL: with no canonical link nor og:url, the address the
// saving browser or SingleFile noted in a comment is the source URL;
// another page's comment that happens to hold "url:" is not.
func TestSavedFromURL(t *testing.T) {
	body := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt</title></head><body><article><h1>Harbour wall rebuilt</h1>` + story + `</article></body></html>`
	for _, c := range []struct{ comment, want string }{
		{"<!-- saved from url=(0041)https://www.baynews.example/harbour-wall -->\n", "https://www.baynews.example/harbour-wall"},
		{"<!--\n Page saved with SingleFile \n url: https://www.baynews.example/harbour-wall \n saved date: Tue Mar 12 2024 10:15:00 GMT+0000\n-->", "https://www.baynews.example/harbour-wall"},
		{"<!-- url: https://cdn.example/build.js -->", ""},
	} {
		doc, _, _ := read(t, []byte(c.comment+body), nil)
		got := ""
		if doc.Meta.Source != nil {
			got = doc.Meta.Source.URL
		}
		if got != c.want {
			t.Errorf("%q: source.url %q, want %q", c.comment, got, c.want)
		}
	}
}

// TestDataURISrcset: a data: URI in a srcset keeps the commas inside it,
// as the HTML standard splits a srcset, so a lazy image saved with its
// photo inlined in data-srcset is read.
func TestDataURISrcset(t *testing.T) {
	jpeg := append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), make([]byte, 2000)...)
	uri := "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(jpeg)
	src := wrap("", `<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-srcset="`+uri+` 960w, https://example.org/b.jpg 480w" alt=""><figcaption>The new wall at low tide.</figcaption></figure>`+story)
	doc, rep, _ := read(t, []byte(src), nil)
	figs := doc.Figures()
	if len(figs) != 1 {
		t.Fatalf("%d figures", len(figs))
	}
	if _, ok := rep.Embedded[figs[0].Src]; !ok {
		t.Errorf("src %q, not the inlined photo", figs[0].Src)
	}
}
