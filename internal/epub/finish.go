package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"publish/internal/cpus"
	"publish/internal/deflate"
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
//   - puts each section's body in its XHTML document: go-epub is given a
//     placeholder, because it deflates every file and cannot be told not
//     to, so the text would otherwise be deflated, inflated here and
//     deflated again;
//   - puts each image in, stored: go-epub is given only its signature (see
//     book.addImage), and each file is read when its entry is written, so
//     that one image at a time is in memory;
//   - rewrites the zip in a fixed order with one fixed time, mimetype first
//     and stored, so that builds are reproducible. Entries it does not
//     change (CSS, images) are copied still compressed; the others are
//     deflated once, on every CPU.
func finish(w io.Writer, raw []byte, b *book) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("epub: reading go-epub output: %w", err)
	}
	mod := zipTime(b.opt)
	f := &finisher{book: b, modified: mod, lang: lang(&b.doc.Meta)}
	f.rtl = document.RightToLeft(f.lang)
	var entries []entry
	images := 0
	for _, zf := range zr.File {
		if img, ok := b.media[path.Base(zf.Name)]; ok && path.Dir(zf.Name) == "EPUB/images" {
			entries = append(entries, entry{name: zf.Name, image: img})
			images++
			continue
		}
		if !changes(zf.Name) {
			e, err := keep(zf)
			if err != nil {
				return err
			}
			entries = append(entries, e)
			continue
		}
		data, err := readEntry(zf)
		if err != nil {
			return err
		}
		if data, err = f.fix(zf.Name, data); err != nil {
			return fmt.Errorf("epub: finishing %s: %w", zf.Name, err)
		}
		entries = append(entries, entry{name: zf.Name, data: data})
	}
	if images != len(b.media) {
		return fmt.Errorf("epub: go-epub wrote %d of the book's %d images", images, len(b.media))
	}
	return writeZip(w, entries, mod)
}

// bodyPlaceholder stands for a section's body in what go-epub writes.
const bodyPlaceholder = "<!--publish:body-->"

// changes reports whether finish rewrites the entry name.
func changes(name string) bool {
	return strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".ncx") || strings.HasSuffix(name, ".xhtml")
}

// zipTime is the time of every entry and of dcterms:modified.
func zipTime(opt *Options) time.Time {
	if opt.Modified.IsZero() {
		return time.Unix(0, 0).UTC()
	}
	return opt.Modified.UTC()
}

// entry is one file of a container being written: new content, an image
// read when it is written, or an entry of another zip copied as it is,
// still compressed.
type entry struct {
	name  string
	data  []byte          // new content
	image *document.Image // an image, stored: deflate saves 0-2% of a photograph, for 10 ms a megabyte
	raw   *zip.File       // content copied unchanged
}

// keep copies zf unchanged, except that a compressed mimetype is read so
// that writeZip stores it.
func keep(zf *zip.File) (entry, error) {
	if zf.Name == "mimetype" && zf.Method != zip.Store {
		data, err := readEntry(zf)
		return entry{name: zf.Name, data: data}, err
	}
	return entry{name: zf.Name, raw: zf}, nil
}

func readEntry(zf *zip.File) ([]byte, error) {
	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("epub: %s: %w", zf.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("epub: %s: %w", zf.Name, err)
	}
	return data, nil
}

// deflateLevel: on our text, level 3 was a third faster than archive/zip's
// level 5 for files 3% larger (measured with compress/flate, before
// internal/deflate).
const deflateLevel = 3

// writeZip writes an EPUB container in a fixed order (mimetype first and
// stored, then META-INF, the package, the rest by name), every entry with
// the time mod and sizes in its local header. New contents are deflated
// concurrently, each on its own, so the bytes do not depend on scheduling.
func writeZip(w io.Writer, entries []entry, mod time.Time) error {
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i].name, entries[j].name
		return entryRank(a) < entryRank(b) || entryRank(a) == entryRank(b) && a < b
	})
	packed := deflateAll(entries)
	zw := zip.NewWriter(w)
	for i, e := range entries {
		h := &zip.FileHeader{Name: e.name, CreatorVersion: 20, ReaderVersion: 20}
		h.ModifiedDate, h.ModifiedTime = dosTime(mod)
		var body io.Reader
		switch {
		case e.raw != nil:
			h.Method, h.CRC32 = e.raw.Method, e.raw.CRC32
			h.CompressedSize64, h.UncompressedSize64 = e.raw.CompressedSize64, e.raw.UncompressedSize64
			r, err := e.raw.OpenRaw()
			if err != nil {
				return fmt.Errorf("epub: %s: %w", e.name, err)
			}
			body = r
		case e.image != nil:
			data, err := e.image.Bytes()
			if err != nil {
				return fmt.Errorf("epub: %w", err)
			}
			h.Method, h.CRC32 = zip.Store, crc32.ChecksumIEEE(data)
			h.CompressedSize64, h.UncompressedSize64 = uint64(len(data)), uint64(len(data))
			body = bytes.NewReader(data)
		case packed[i] == nil:
			h.Method, h.CRC32 = zip.Store, crc32.ChecksumIEEE(e.data)
			h.CompressedSize64, h.UncompressedSize64 = uint64(len(e.data)), uint64(len(e.data))
			body = bytes.NewReader(e.data)
		default:
			h.Method, h.CRC32 = zip.Deflate, crc32.ChecksumIEEE(e.data)
			h.CompressedSize64, h.UncompressedSize64 = uint64(len(packed[i])), uint64(len(e.data))
			body = bytes.NewReader(packed[i])
		}
		fw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(fw, body); err != nil {
			return fmt.Errorf("epub: %s: %w", e.name, err)
		}
	}
	return zw.Close()
}

// deflateAll deflates the new contents of entries (not the mimetype, not
// the images) on the free CPUs; packed[i] belongs to entries[i], and is
// nil for an entry to store.
func deflateAll(entries []entry) [][]byte {
	packed := make([][]byte, len(entries))
	var todo []int
	size := 0
	for i, e := range entries {
		if e.raw == nil && e.image == nil && e.name != "mimetype" {
			todo = append(todo, i)
			size += len(e.data)
		}
	}
	cpus.Each(len(todo), 1+size/(512<<10), func(k int) {
		i := todo[k]
		packed[i] = deflate.Raw(entries[i].data, deflateLevel)
	})
	return packed
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
	rtl      bool // lang is written right to left
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
		dir := ""
		if f.rtl {
			dir = ` dir="rtl"`
		}
		s = htmlOpen.ReplaceAllString(s, `$0 xml:lang="`+esc(f.lang)+`" lang="`+esc(f.lang)+`"`+dir)
		if strings.HasSuffix(name, "nav.xhtml") {
			// go-epub links no stylesheet from the nav; readers that show
			// it as a page would set its contents as a bare numbered list.
			s = strings.Replace(s, "</head>", "  <link rel=\"stylesheet\" type=\"text/css\" href=\"css/style.css\"/>\n  </head>", 1)
			s = navRE.ReplaceAllLiteralString(s, f.nav())
			break
		}
		// The body is ours and written with numeric references already.
		body, ok := f.bodies[path.Base(name)]
		before, after, found := strings.Cut(numericRefs.Replace(s), bodyPlaceholder)
		if !ok || !found {
			return nil, fmt.Errorf("no body for this section")
		}
		return []byte(before + body + after), nil
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
			if im := itemRE.FindStringSubmatch(it); im != nil && path.Dir(im[2]) == "xhtml" && f.mathml[path.Base(im[2])] {
				// A document with MathML says so, or EPUBCheck reports it.
				items[i] = strings.Replace(it, im[0], im[0]+` properties="mathml"`, 1)
			}
			if im := itemRE.FindStringSubmatch(it); im != nil && path.Dir(im[2]) == "images" && strings.HasPrefix(path.Base(im[2]), coverImage+".") {
				coverID = im[1]
				if !strings.Contains(it, "properties=") {
					items[i] = strings.Replace(it, im[0], im[0]+` properties="cover-image"`, 1)
				}
			}
		}
		hrefs := make(map[string]string, len(items))
		for _, it := range items {
			hrefs[it] = href(it)
		}
		sort.SliceStable(items, func(i, j int) bool { return hrefs[items[i]] < hrefs[items[j]] })
		return p[1] + strings.Join(items, "\n") + p[3]
	})
	if coverID == "" {
		return "", fmt.Errorf("go-epub wrote no manifest item for the cover image")
	}
	if f.rtl {
		s = strings.Replace(s, "<spine", `<spine page-progression-direction="rtl"`, 1)
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
	out := []tocEntry{{f.words.Cover, "xhtml/" + coverFile, 1}}
	if f.chapters {
		out = append(out, tocEntry{f.words.TitlePage, "xhtml/" + titleFile, 1}, tocEntry{f.words.Copyright, "xhtml/" + copyrightFile, 1})
	}
	for _, p := range f.parts {
		out = append(out, tocEntry{p.title(f.doc), p.href(f.ids), 1})
		document.Walk(p.blocks, func(b document.Block) {
			if h, ok := b.(*document.Heading); ok {
				out = append(out, tocEntry{document.PlainText(h.Text), "xhtml/" + p.file + "#" + xmlID(f.ids[h]), max(h.Level, 2)})
			}
		})
	}
	return append(out, tocEntry{f.words.Credits, "xhtml/" + creditsFile, 1})
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
	w := f.words
	b.WriteString("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">" + esc(w.Contents) + "</h1>\n")
	nestedList(&b, f.toc())
	b.WriteString("</nav>\n")
	b.WriteString("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n<h2 id=\"landmarks-title\">" + esc(w.Landmarks) + "</h2>\n<ol>\n")
	b.WriteString("<li><a epub:type=\"cover\" href=\"xhtml/" + coverFile + "\">" + esc(w.Cover) + "</a></li>\n")
	if f.chapters {
		b.WriteString("<li><a epub:type=\"titlepage\" href=\"xhtml/" + titleFile + "\">" + esc(w.TitlePage) + "</a></li>\n")
	}
	b.WriteString("<li><a epub:type=\"bodymatter\" href=\"xhtml/" + f.parts[0].file + "\">" + esc(w.StartOfText) + "</a></li>\n")
	b.WriteString("<li><a epub:type=\"backmatter\" href=\"xhtml/" + creditsFile + "\">" + esc(w.Credits) + "</a></li>\n")
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
	s = ncxHeadRE.ReplaceAllLiteralString(s, fmt.Sprintf("<head>\n    <meta name=\"dtb:uid\" content=\"%s\"/>\n    <meta name=\"dtb:depth\" content=\"%d\"/>\n    <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n    <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n  </head>", esc(f.doc.Meta.IDURI()), depth))
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
