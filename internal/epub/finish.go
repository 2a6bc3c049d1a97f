package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"publish/internal/document"
)

// finish repairs what go-epub v1.2.1 cannot express, in one place. go-epub
// assembles the files, manifest and spine; finish then
//   - writes the package metadata from the document model: refined title
//     and subtitle, creators and contributors with MARC roles, publisher,
//     date, source, rights, subjects, accessibility, and dcterms:modified
//     from Options.Modified instead of the clock;
//   - puts xml:lang on the package and on every XHTML document;
//   - sorts the manifest (go-epub's order is random) and marks the cover
//     image (go-epub's own SetCover writes a cover page without alt text);
//   - writes the nav (headings and landmarks) and the NCX (with dtb:uid)
//     from the document, where go-epub lists files;
//   - writes numeric character references where encoding/xml wrote named
//     ones;
//   - rewrites the zip in a fixed order with one fixed time, mimetype first
//     and stored, so that builds are reproducible.
func finish(w io.Writer, raw []byte, b *book) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("epub: reading go-epub output: %w", err)
	}
	mod := zipTime(b.opt)
	f := &finisher{book: b, modified: mod, lang: lang(&b.doc.Meta)}
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
		files[zf.Name] = data
		names = append(names, zf.Name)
	}
	for _, name := range names {
		if files[name], err = f.fix(name, files[name]); err != nil {
			return fmt.Errorf("epub: finishing %s: %w", name, err)
		}
	}
	return writeZip(w, names, files, mod)
}

// zipTime is the time of every entry and of dcterms:modified.
func zipTime(opt *Options) time.Time {
	if opt.Modified.IsZero() {
		return time.Unix(0, 0).UTC()
	}
	return opt.Modified.UTC()
}

// writeZip writes an EPUB container in a fixed order (mimetype first and
// stored, then META-INF, the package, the rest by name), every entry with
// the time mod.
func writeZip(w io.Writer, names []string, files map[string][]byte, mod time.Time) error {
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
	*book
	modified time.Time
	lang     string
}

var (
	htmlOpen    = regexp.MustCompile(`<html xmlns="http://www.w3.org/1999/xhtml"`)
	packageOpen = regexp.MustCompile(`<package [^>]*`)
	metadataRE  = regexp.MustCompile(`(?s)<metadata[^>]*>.*</metadata>`)
	manifestRE  = regexp.MustCompile(`(?s)(<manifest>\n)(.*?)(\s*</manifest>)`)
	itemRE      = regexp.MustCompile(`<item id="([^"]*)" href="([^"]*)" media-type="[^"]*"`)
	navRE       = regexp.MustCompile(`(?s)<nav epub:type="toc">.*</nav>`)
	ncxHeadRE   = regexp.MustCompile(`(?s)<head>.*?</head>`)
	ncxAuthorRE = regexp.MustCompile(`(?s)\s*<docAuthor>.*?</docAuthor>`)
	ncxNavMapRE = regexp.MustCompile(`(?s)<navMap>.*</navMap>`)
	ncxOpenRE   = regexp.MustCompile(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"`)
	// encoding/xml writes these named references; we write numeric ones.
	numericRefs = strings.NewReplacer("&amp;", "&#38;", "&lt;", "&#60;", "&gt;", "&#62;", "&quot;", "&#34;", "&apos;", "&#39;")
)

func (f *finisher) fix(name string, data []byte) ([]byte, error) {
	s := string(data)
	switch {
	case strings.HasSuffix(name, ".opf"):
		var err error
		if s, err = f.fixPackage(s); err != nil {
			return nil, err
		}
	case strings.HasSuffix(name, ".ncx"):
		s = f.fixNCX(s)
	case strings.HasSuffix(name, ".xhtml"):
		s = htmlOpen.ReplaceAllString(s, `$0 xml:lang="`+esc(f.lang)+`" lang="`+esc(f.lang)+`"`)
		if strings.HasSuffix(name, "nav.xhtml") {
			s = navRE.ReplaceAllLiteralString(s, f.nav())
		}
	default:
		return data, nil
	}
	return []byte(numericRefs.Replace(s)), nil
}

func (f *finisher) fixPackage(s string) (string, error) {
	coverID := ""
	s = manifestRE.ReplaceAllStringFunc(s, func(m string) string {
		p := manifestRE.FindStringSubmatch(m)
		items := strings.Split(strings.TrimRight(p[2], "\n "), "\n")
		for i, it := range items {
			if im := itemRE.FindStringSubmatch(it); im != nil && path.Dir(im[2]) == "images" && strings.HasPrefix(path.Base(im[2]), coverImage+".") {
				coverID = im[1]
				if !strings.Contains(it, "properties=") {
					items[i] = strings.Replace(it, im[0], im[0]+` properties="cover-image"`, 1)
				}
			}
		}
		sort.SliceStable(items, func(i, j int) bool { return href(items[i]) < href(items[j]) })
		return p[1] + strings.Join(items, "\n") + p[3]
	})
	if coverID == "" {
		return "", fmt.Errorf("go-epub wrote no manifest item for the cover image")
	}
	s = packageOpen.ReplaceAllStringFunc(s, func(m string) string {
		return m + ` xml:lang="` + esc(f.lang) + `"`
	})
	if !metadataRE.MatchString(s) {
		return "", fmt.Errorf("no metadata element")
	}
	return metadataRE.ReplaceAllLiteralString(s, f.metadata(coverID)), nil
}

func href(item string) string {
	if m := itemRE.FindStringSubmatch(item); m != nil {
		return m[2]
	}
	return item
}

// tocEntry is one line of the table of contents.
type tocEntry struct {
	label, href string
	level       int
}

func (f *finisher) toc() []tocEntry {
	out := []tocEntry{{"Cover", "xhtml/" + coverFile, 1}, {"Title page", "xhtml/" + titleFile, 1}}
	for _, p := range f.parts {
		out = append(out, tocEntry{p.title(f.doc), "xhtml/" + p.file, 1})
		document.Walk(p.blocks, func(b document.Block) {
			if h, ok := b.(*document.Heading); ok {
				out = append(out, tocEntry{document.PlainText(h.Text), "xhtml/" + p.file + "#" + f.ids[h], max(h.Level, 2)})
			}
		})
	}
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
	b.WriteString("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n<h2 id=\"landmarks-title\">Landmarks</h2>\n<ol>\n")
	b.WriteString("<li><a epub:type=\"cover\" href=\"xhtml/" + coverFile + "\">Cover</a></li>\n")
	b.WriteString("<li><a epub:type=\"titlepage\" href=\"xhtml/" + titleFile + "\">Title page</a></li>\n")
	b.WriteString("<li><a epub:type=\"bodymatter\" href=\"xhtml/" + f.parts[0].file + "\">Start of the text</a></li>\n")
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
	author := ""
	if a := creatorLine(&f.doc.Meta); a != "" {
		author = "\n  <docAuthor>\n    <text>" + esc(a) + "</text>\n  </docAuthor>"
	}
	s = ncxAuthorRE.ReplaceAllLiteralString(s, author)
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
