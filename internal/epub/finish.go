package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"

	"publish/internal/document"
)

// finish repairs what go-epub v1.2.1 cannot express, in one place:
//   - dcterms:modified comes from the clock: set it from Options.Modified;
//   - the manifest is in random order: sort it;
//   - no publisher, date, source, rights or subjects: add them;
//   - no lang on XHTML: add xml:lang and lang;
//   - the nav and NCX list files, not headings, and the NCX has no
//     dtb:uid: write both from the document;
//   - zip entries carry no fixed time: rewrite the zip in a fixed order with
//     one fixed time, mimetype first and stored.
func finish(w io.Writer, raw []byte, doc *document.Document, opt *Options) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("epub: reading go-epub output: %w", err)
	}
	mod := opt.Modified.UTC()
	if opt.Modified.IsZero() {
		mod = time.Unix(0, 0).UTC()
	}
	f := &finisher{doc: doc, modified: mod, lang: lang(&doc.Meta)}
	files := map[string][]byte{}
	var names []string
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		files[zf.Name] = f.fix(zf.Name, data)
		names = append(names, zf.Name)
	}
	sort.Slice(names, func(i, j int) bool {
		return entryRank(names[i]) < entryRank(names[j]) || entryRank(names[i]) == entryRank(names[j]) && names[i] < names[j]
	})

	zw := zip.NewWriter(w)
	for _, name := range names {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		h.ModifiedDate, h.ModifiedTime = dosTime(mod)
		if name == "mimetype" {
			h.Method = zip.Store
		}
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(files[name]); err != nil {
			return err
		}
	}
	return zw.Close()
}

// dosTime encodes t in the zip header's MS-DOS fields. Setting
// FileHeader.Modified instead would add an extra field, which EPUB forbids
// on the mimetype entry (PKG-005).
func dosTime(t time.Time) (date, clock uint16) {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}

func entryRank(name string) int {
	switch {
	case name == "mimetype":
		return 0
	case strings.HasPrefix(name, "META-INF/"):
		return 1
	case strings.HasSuffix(name, ".opf"):
		return 2
	}
	return 3
}

type finisher struct {
	doc      *document.Document
	modified time.Time
	lang     string
}

var (
	htmlOpen     = regexp.MustCompile(`<html xmlns="http://www.w3.org/1999/xhtml"`)
	modifiedRE   = regexp.MustCompile(`<meta property="dcterms:modified">[^<]*</meta>`)
	manifestRE   = regexp.MustCompile(`(?s)(<manifest>\n)(.*?)(\s*</manifest>)`)
	navRE        = regexp.MustCompile(`(?s)<nav epub:type="toc">.*</nav>`)
	ncxHeadRE    = regexp.MustCompile(`(?s)<head>.*?</head>`)
	ncxNavMapRE  = regexp.MustCompile(`(?s)<navMap>.*</navMap>`)
	ncxOpenRE    = regexp.MustCompile(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"`)
	metadataEnd  = "</metadata>"
	itemHrefAttr = regexp.MustCompile(`href="([^"]*)"`)
)

func (f *finisher) fix(name string, data []byte) []byte {
	s := string(data)
	switch {
	case strings.HasSuffix(name, ".opf"):
		s = f.fixPackage(s)
	case strings.HasSuffix(name, ".ncx"):
		s = f.fixNCX(s)
	case strings.HasSuffix(name, ".xhtml"):
		s = htmlOpen.ReplaceAllString(s, `$0 xml:lang="`+esc(f.lang)+`" lang="`+esc(f.lang)+`"`)
		if strings.HasSuffix(name, "nav.xhtml") {
			s = navRE.ReplaceAllLiteralString(s, f.nav())
		}
	default:
		return data
	}
	return []byte(s)
}

func (f *finisher) fixPackage(s string) string {
	s = modifiedRE.ReplaceAllLiteralString(s, `<meta property="dcterms:modified">`+f.modified.Format("2006-01-02T15:04:05Z")+`</meta>`)
	s = manifestRE.ReplaceAllStringFunc(s, func(m string) string {
		p := manifestRE.FindStringSubmatch(m)
		items := strings.Split(strings.TrimRight(p[2], "\n "), "\n")
		sort.SliceStable(items, func(i, j int) bool {
			return href(items[i]) < href(items[j])
		})
		return p[1] + strings.Join(items, "\n") + p[3]
	})
	var extra strings.Builder
	m := &f.doc.Meta
	el := func(tag, v string) {
		if v != "" {
			extra.WriteString("    <" + tag + ">" + esc(v) + "</" + tag + ">\n")
		}
	}
	el("dc:publisher", m.Publisher)
	el("dc:date", m.Date)
	if src := m.Source; src != nil {
		if src.URL != "" {
			el("dc:source", src.URL)
		} else if src.Name != "" {
			el("dc:source", strings.TrimSpace(src.Name+": "+src.Title))
		}
	}
	el("dc:rights", m.Rights)
	for _, sub := range m.Subjects {
		el("dc:subject", sub)
	}
	return strings.Replace(s, metadataEnd, strings.TrimPrefix(extra.String(), "    ")+"  "+metadataEnd, 1)
}

func href(item string) string {
	if m := itemHrefAttr.FindStringSubmatch(item); m != nil {
		return m[1]
	}
	return item
}

// tocEntry is one line of the table of contents.
type tocEntry struct {
	label, href string
	level       int
}

func (f *finisher) toc() []tocEntry {
	out := []tocEntry{{"Title page", "xhtml/" + titleFile, 1}, {f.doc.Meta.Title, "xhtml/" + articleFile, 1}}
	ids := headingIDs(f.doc.Blocks)
	document.Walk(f.doc.Blocks, func(b document.Block) {
		if h, ok := b.(*document.Heading); ok {
			out = append(out, tocEntry{document.PlainText(h.Text), "xhtml/" + articleFile + "#" + ids[h], h.Level + 1})
		}
	})
	return append(out, tocEntry{"Credits", "xhtml/" + creditsFile, 1})
}

// nestedList writes entries as nested <ol> lists by level.
func nestedList(b *strings.Builder, entries []tocEntry) {
	b.WriteString("<ol>\n")
	for i := 0; i < len(entries); {
		e := entries[i]
		b.WriteString(`<li><a href="` + esc(e.href) + `">` + esc(e.label) + "</a>")
		j := i + 1
		for j < len(entries) && entries[j].level > e.level {
			j++
		}
		if j > i+1 {
			b.WriteString("\n")
			nestedList(b, entries[i+1:j])
		}
		b.WriteString("</li>\n")
		i = j
	}
	b.WriteString("</ol>\n")
}

func (f *finisher) nav() string {
	var b strings.Builder
	b.WriteString("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">Contents</h1>\n")
	nestedList(&b, f.toc())
	b.WriteString("</nav>\n")
	b.WriteString("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n<h1 id=\"landmarks-title\">Landmarks</h1>\n<ol>\n")
	b.WriteString("<li><a epub:type=\"titlepage\" href=\"xhtml/" + titleFile + "\">Title page</a></li>\n")
	b.WriteString("<li><a epub:type=\"bodymatter\" href=\"xhtml/" + articleFile + "\">Start of the text</a></li>\n")
	b.WriteString("<li><a epub:type=\"backmatter\" href=\"xhtml/" + creditsFile + "\">Credits</a></li>\n")
	b.WriteString("</ol>\n</nav>")
	return b.String()
}

func (f *finisher) fixNCX(s string) string {
	entries := f.toc()
	depth := 1
	for _, e := range entries {
		depth = max(depth, e.level)
	}
	s = ncxOpenRE.ReplaceAllString(s, `$0 xml:lang="`+esc(f.lang)+`"`)
	s = ncxHeadRE.ReplaceAllLiteralString(s, fmt.Sprintf("<head>\n    <meta name=\"dtb:uid\" content=\"%s\"/>\n    <meta name=\"dtb:depth\" content=\"%d\"/>\n    <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n    <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n  </head>", esc(f.doc.Meta.ID()), depth))
	var b strings.Builder
	b.WriteString("<navMap>\n")
	n := 0
	var walk func(es []tocEntry, indent string)
	walk = func(es []tocEntry, indent string) {
		for i := 0; i < len(es); {
			e := es[i]
			n++
			fmt.Fprintf(&b, "%s<navPoint id=\"navPoint-%d\" playOrder=\"%d\">\n%s  <navLabel><text>%s</text></navLabel>\n%s  <content src=\"%s\"/>\n", indent, n, n, indent, esc(e.label), indent, esc(e.href))
			j := i + 1
			for j < len(es) && es[j].level > e.level {
				j++
			}
			walk(es[i+1:j], indent+"  ")
			b.WriteString(indent + "</navPoint>\n")
			i = j
		}
	}
	walk(entries, "    ")
	b.WriteString("  </navMap>")
	return ncxNavMapRE.ReplaceAllLiteralString(s, b.String())
}
