package check

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"publish/internal/diag"
	"publish/internal/document"
)

// Namespaces and media types of the OCF and the EPUB 3 package.
const (
	nsOPF     = "http://www.idpf.org/2007/opf"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsXHTML   = "http://www.w3.org/1999/xhtml"
	nsOPS     = "http://www.idpf.org/2007/ops"
	nsNCX     = "http://www.daisy.org/z3986/2005/ncx/"
	nsXLink   = "http://www.w3.org/1999/xlink"
	nsOCF     = "urn:oasis:names:tc:opendocument:xmlns:container"
	mtXHTML   = "application/xhtml+xml"
	mtSVG     = "image/svg+xml"
	mtNCX     = "application/x-dtbncx+xml"
	mtPackage = "application/oebps-package+xml"
	epubMime  = "application/epub+zip"
)

// Limits on what a checked EPUB may make us read. The build never writes
// a book past them (a manuscript has at most 10,000 headings and 20,000
// figures).
const (
	maxEntries    = 50_000
	maxEntryBytes = 64 << 20
	maxReadBytes  = 256 << 20 // in all: the documents are read whole, images only sniffed
	sniffBytes    = 512       // of an image, enough to tell its type
)

// EPUB checks the structure of the EPUB in r (size bytes) and reports
// each problem with the entry and line where it is. name is the file name
// used in messages. It covers the OCF container, the package document,
// the manifest and spine, the navigation document, the well-formedness of
// every XHTML document, ids and internal links. It does not check CSS,
// schemas beyond these rules, or accessibility.
func EPUB(r io.ReaderAt, size int64, name string) *Report {
	return epubContext(context.Background(), r, size, name)
}

func epubContext(ctx context.Context, r io.ReaderAt, size int64, name string) *Report {
	c := &epubChecker{ctx: ctx, rep: &Report{File: name, Kind: "EPUB"}, name: name, data: map[string][]byte{}, budget: maxReadBytes}
	c.run(r, size)
	return c.rep
}

type epubChecker struct {
	ctx   context.Context // cancelled: stop reading
	rep   *Report
	name  string
	zr    *zip.Reader
	files map[string]*zip.File
	data  map[string][]byte
	// budget is what may still be read out of the archive; over it, a
	// document is not read and the book fails.
	budget int64

	opf      string // path of the package document
	opfDir   string
	uid      string           // the unique identifier's value
	items    map[string]*item // by id
	byPath   map[string]*item // by resolved path
	spine    map[string]bool  // paths in the spine
	docIDs   map[string]map[string]bool
	docLinks []link
}

type item struct {
	id, href, path, mediaType, properties, fallback string
	line                                            int
	exists                                          bool
}

// link is a reference found in a content document, checked once every
// document's ids are known.
type link struct {
	from     string
	line     int
	ref      string
	targetOK func(*item) string // "" when the target item may be referred to this way
}

// at positions a finding inside the container: "book.epub/EPUB/nav.xhtml:12".
func (c *epubChecker) at(entry string, line int) diag.Position {
	if entry == "" {
		return diag.Position{File: c.name}
	}
	return diag.Position{File: c.name + "/" + entry, Line: line}
}

func (c *epubChecker) run(r io.ReaderAt, size int64) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		c.rep.errorf(c.at("", 0), "not a ZIP archive, which an EPUB must be: %v", err)
		return
	}
	c.zr = zr
	if len(zr.File) > maxEntries {
		c.rep.errorf(c.at("", 0), "%d entries, over the limit of %d", len(zr.File), maxEntries)
		return
	}
	if !c.disjoint(size) {
		return
	}
	c.files = map[string]*zip.File{}
	for _, f := range zr.File {
		if !fs.ValidPath(strings.TrimSuffix(f.Name, "/")) || strings.Contains(f.Name, `\`) {
			c.rep.errorf(c.at("", 0), "entry name %q is not a valid relative path", f.Name)
			continue
		}
		if _, dup := c.files[f.Name]; dup {
			c.rep.errorf(c.at("", 0), "entry %s appears twice in the ZIP archive", f.Name)
		}
		c.files[f.Name] = f
	}
	c.mimetype(r)
	if !c.container() {
		return
	}
	if !c.packageDoc() {
		return
	}
	c.unlisted()
	c.contentDocs()
	c.links()
}

// disjoint refuses an archive whose entries share bytes or lie outside
// it: a few kilobytes of overlapping entries can stand for gigabytes.
func (c *epubChecker) disjoint(size int64) bool {
	type span struct {
		name       string
		start, end int64
	}
	spans := make([]span, 0, len(c.zr.File))
	for _, f := range c.zr.File {
		off, err := f.DataOffset()
		if err != nil || off < 0 || f.CompressedSize64 > uint64(size) || off+int64(f.CompressedSize64) > size {
			c.rep.errorf(c.at("", 0), "entry %s lies outside the ZIP archive", truncate(f.Name, 80))
			return false
		}
		spans = append(spans, span{f.Name, off, off + int64(f.CompressedSize64)})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	for i := 1; i < len(spans); i++ {
		if spans[i].start < spans[i-1].end {
			c.rep.errorf(c.at("", 0), "entries %s and %s overlap in the ZIP archive (a zip bomb?); it was not read further",
				truncate(spans[i-1].name, 80), truncate(spans[i].name, 80))
			return false
		}
	}
	return true
}

// mimetype checks the OCF rule: the first entry is "mimetype", stored
// uncompressed, with no extra field, holding exactly application/epub+zip.
func (c *epubChecker) mimetype(r io.ReaderAt) {
	if len(c.zr.File) == 0 || c.zr.File[0].Name != "mimetype" {
		if _, ok := c.files["mimetype"]; ok {
			c.rep.errorf(c.at("mimetype", 0), "mimetype must be the first entry of the ZIP archive")
		} else {
			c.rep.errorf(c.at("", 0), "no mimetype entry: the first entry of an EPUB must be mimetype, holding %s", epubMime)
		}
		if _, ok := c.files["mimetype"]; !ok {
			return
		}
	}
	f := c.files["mimetype"]
	if f.Method != zip.Store {
		c.rep.errorf(c.at("mimetype", 0), "mimetype is compressed; it must be stored uncompressed")
	}
	// The local header of the first entry sits at offset 0: 30 fixed
	// bytes, then the name, then the extra field, whose length is at 28.
	var h [38]byte
	if _, err := r.ReadAt(h[:], 0); err == nil && binary.LittleEndian.Uint32(h[:]) == 0x04034b50 && string(h[30:38]) == "mimetype" {
		if n := binary.LittleEndian.Uint16(h[28:]); n != 0 {
			c.rep.errorf(c.at("mimetype", 0), "mimetype has a ZIP extra field of %d bytes; the OCF forbids one", n)
		}
	}
	if len(f.Extra) > 0 {
		c.rep.errorf(c.at("mimetype", 0), "mimetype has a ZIP extra field of %d bytes in the central directory; the OCF forbids one", len(f.Extra))
	}
	data, ok := c.read("mimetype")
	if ok && string(data) != epubMime {
		c.rep.errorf(c.at("mimetype", 0), "mimetype holds %q; it must hold exactly %q", truncate(string(data), 40), epubMime)
	}
}

// read returns an entry's bytes, reporting an unreadable one. Each entry
// is read once, within the budget.
func (c *epubChecker) read(name string) ([]byte, bool) {
	if b, ok := c.data[name]; ok {
		return b, b != nil
	}
	b, ok := c.readAtMost(name, maxEntryBytes, true)
	if ok {
		c.data[name] = b
	} else {
		c.data[name] = nil
	}
	return b, ok
}

// head returns at most the first sniffBytes of an entry, which is all a
// check of an image's type needs; nothing is kept.
func (c *epubChecker) head(name string) ([]byte, bool) {
	return c.readAtMost(name, sniffBytes, false)
}

// readAtMost reads up to limit bytes of an entry, out of the budget.
// whole means the entry must fit: more is an error.
func (c *epubChecker) readAtMost(name string, limit int64, whole bool) ([]byte, bool) {
	f, ok := c.files[name]
	if !ok {
		return nil, false
	}
	if c.budget <= 0 {
		return nil, false // reported once, when it ran out
	}
	rc, err := f.Open()
	if err != nil {
		c.rep.errorf(c.at(name, 0), "cannot be read from the ZIP archive: %v", err)
		return nil, false
	}
	defer rc.Close()
	n := min(limit, c.budget)
	var buf bytes.Buffer
	// The declared size is a hint, and a damaged or hostile archive may
	// declare gigabytes for a few bytes: allocate up front no more than
	// the data could hold at deflate's best ratio (1032:1), and let the
	// buffer grow with what is read.
	hint := min(n, int64(f.UncompressedSize64), int64(f.CompressedSize64)*1032+64)
	buf.Grow(int(max(hint, 0)) + 1)
	_, err = buf.ReadFrom(io.LimitReader(rc, n+1))
	c.budget -= int64(buf.Len())
	b := buf.Bytes()
	switch {
	case whole && int64(len(b)) > limit:
		c.rep.errorf(c.at(name, 0), "larger than the limit of %d MiB", maxEntryBytes>>20)
		return nil, false
	case whole && c.budget < 0:
		c.rep.errorf(c.at(name, 0), "the book holds more than %d MiB of documents to read, the limit of a check; it was not read further", maxReadBytes>>20)
		return nil, false
	case err != nil && (whole || !errors.Is(err, zip.ErrChecksum)):
		c.rep.errorf(c.at(name, 0), "cannot be read from the ZIP archive: %v", err)
		return nil, false
	}
	return b[:min(int64(len(b)), limit)], true
}

// parse reads and parses an entry as XML, reporting where it is not
// well-formed.
func (c *epubChecker) parse(name string) *node {
	b, ok := c.read(name)
	if !ok || c.ctx.Err() != nil {
		return nil
	}
	root, err := parseXML(c.ctx, b)
	if err != nil {
		var xe *xmlError
		errors.As(err, &xe)
		pos := c.at(name, xe.Line)
		pos.Col = xe.Col
		c.rep.errorf(pos, "%s", xe.Msg)
		return nil
	}
	return root
}

// container finds the package document through META-INF/container.xml.
func (c *epubChecker) container() bool {
	const name = "META-INF/container.xml"
	if _, ok := c.files[name]; !ok {
		c.rep.errorf(c.at("", 0), "no %s: the container must name the package document", name)
		return false
	}
	root := c.parse(name)
	if root == nil {
		return false
	}
	if root.Name.Space != nsOCF || root.Name.Local != "container" {
		c.rep.errorf(c.at(name, root.Line), "root element is <%s>, not an OCF <container>", root.Name.Local)
		return false
	}
	for _, rf := range root.find(nsOCF, "rootfile") {
		if mt, _ := rf.attr("", "media-type"); mt != mtPackage {
			continue
		}
		p, _ := rf.attr("", "full-path")
		if p == "" {
			c.rep.errorf(c.at(name, rf.Line), "rootfile has no full-path")
			return false
		}
		if _, ok := c.files[p]; !ok {
			c.rep.errorf(c.at(name, rf.Line), "rootfile %s is not in the container", p)
			return false
		}
		c.opf, c.opfDir = p, path.Dir(p)
		return true
	}
	c.rep.errorf(c.at(name, root.Line), "no rootfile with media-type %s", mtPackage)
	return false
}

// resolve turns an href relative to the directory dir into a container
// path; ok is false for a remote URL or one that does not parse.
func resolve(dir, href string) (p, fragment string, remote bool, err error) {
	u, err := url.Parse(href)
	if err != nil {
		return "", "", false, err
	}
	if u.Scheme != "" || u.Host != "" {
		return "", u.Fragment, true, nil
	}
	if u.Path == "" {
		return "", u.Fragment, false, nil
	}
	if strings.HasPrefix(u.Path, "/") {
		return "", "", false, errors.New("absolute path")
	}
	return path.Join(dir, u.Path), u.Fragment, false, nil
}

// packageDoc checks the package document: metadata, manifest and spine.
func (c *epubChecker) packageDoc() bool {
	root := c.parse(c.opf)
	if root == nil {
		return false
	}
	at := func(line int) diag.Position { return c.at(c.opf, line) }
	if root.Name.Space != nsOPF || root.Name.Local != "package" {
		c.rep.errorf(at(root.Line), "root element is <%s>, not an OPF <package>", root.Name.Local)
		return false
	}
	version, _ := root.attr("", "version")
	epub2 := strings.HasPrefix(version, "2")
	if version != "3.0" && !epub2 {
		c.rep.errorf(at(root.Line), "package version %q; expected 3.0 (or 2.0)", version)
	}

	ids := map[string]int{}
	root.walk(func(e *node) {
		if id, ok := e.attr("", "id"); ok {
			if first, dup := ids[id]; dup {
				c.rep.errorf(at(e.Line), "id %q is already used on line %d", id, first)
			} else {
				ids[id] = e.Line
			}
		}
	})

	metas := root.find(nsOPF, "metadata")
	if len(metas) != 1 {
		c.rep.errorf(at(root.Line), "package has %d <metadata> elements; it needs exactly one", len(metas))
		return false
	}
	md := metas[0]
	for _, k := range []string{"title", "identifier", "language"} {
		found := false
		for _, e := range md.find(nsDC, k) {
			if strings.TrimSpace(e.Text()) == "" {
				c.rep.errorf(at(e.Line), "dc:%s is empty", k)
			}
			found = true
		}
		if !found {
			c.rep.errorf(at(md.Line), "metadata has no dc:%s", k)
		}
	}
	for _, e := range md.find(nsDC, "language") {
		if v := strings.TrimSpace(e.Text()); v != "" {
			if _, err := language.Parse(v); err != nil {
				c.rep.errorf(at(e.Line), "dc:language %q is not a BCP 47 language tag", v)
			}
		}
	}
	uidRef, _ := root.attr("", "unique-identifier")
	for _, e := range md.find(nsDC, "identifier") {
		if id, _ := e.attr("", "id"); id != "" && id == uidRef {
			c.uid = strings.TrimSpace(e.Text())
		}
	}
	if uidRef == "" {
		c.rep.errorf(at(root.Line), "package has no unique-identifier attribute")
	} else if c.uid == "" {
		c.rep.errorf(at(root.Line), "unique-identifier %q names no dc:identifier", uidRef)
	}
	if !epub2 {
		n := 0
		for _, e := range md.find(nsOPF, "meta") {
			if p, _ := e.attr("", "property"); p == "dcterms:modified" {
				n++
				if v := strings.TrimSpace(e.Text()); !modifiedRE.MatchString(v) {
					c.rep.errorf(at(e.Line), "dcterms:modified %q is not of the form 2022-10-04T10:00:00Z", v)
				}
			}
		}
		if n != 1 {
			c.rep.errorf(at(md.Line), "metadata has %d dcterms:modified; EPUB 3 needs exactly one", n)
		}
	}

	if !c.manifest(root, at, epub2) {
		return false
	}
	c.spineCheck(root, at, epub2)
	return true
}

func (c *epubChecker) manifest(root *node, at func(int) diag.Position, epub2 bool) bool {
	mans := root.find(nsOPF, "manifest")
	if len(mans) != 1 {
		c.rep.errorf(at(root.Line), "package has %d <manifest> elements; it needs exactly one", len(mans))
		return false
	}
	c.items, c.byPath = map[string]*item{}, map[string]*item{}
	navs := 0
	for _, e := range mans[0].find(nsOPF, "item") {
		it := &item{line: e.Line}
		it.id, _ = e.attr("", "id")
		it.href, _ = e.attr("", "href")
		it.mediaType, _ = e.attr("", "media-type")
		it.properties, _ = e.attr("", "properties")
		it.fallback, _ = e.attr("", "fallback")
		if it.id == "" || it.href == "" || it.mediaType == "" {
			c.rep.errorf(at(e.Line), "manifest item needs id, href and media-type")
			continue
		}
		c.items[it.id] = it
		p, frag, remote, err := resolve(c.opfDir, it.href)
		switch {
		case err != nil:
			c.rep.errorf(at(e.Line), "manifest item %q: href %q is not a valid relative URL", it.id, it.href)
			continue
		case frag != "":
			c.rep.errorf(at(e.Line), "manifest item %q: href %q has a fragment", it.id, it.href)
		case remote:
			continue
		}
		it.path = p
		if prev, dup := c.byPath[p]; dup {
			c.rep.errorf(at(e.Line), "manifest items %q and %q both name %s", prev.id, it.id, it.href)
		}
		c.byPath[p] = it
		if _, ok := c.files[p]; !ok {
			c.rep.errorf(at(e.Line), "manifest item %q: %s is not in the container", it.id, it.href)
		} else {
			it.exists = true
			c.mediaType(it)
		}
		if hasProp(it.properties, "nav") {
			navs++
			if it.mediaType != mtXHTML {
				c.rep.errorf(at(e.Line), "the nav document %s must be %s", it.href, mtXHTML)
			}
		}
	}
	if !epub2 && navs != 1 {
		c.rep.errorf(at(mans[0].Line), "manifest has %d items with properties=\"nav\"; EPUB 3 needs exactly one navigation document", navs)
	}
	return true
}

// mediaType compares a raster image's declared media type with its bytes.
func (c *epubChecker) mediaType(it *item) {
	if !strings.HasPrefix(it.mediaType, "image/") || it.mediaType == mtSVG {
		return
	}
	b, ok := c.head(it.path)
	if !ok {
		return
	}
	if got := http.DetectContentType(b); strings.HasPrefix(got, "image/") && got != it.mediaType {
		c.rep.errorf(c.at(c.opf, it.line), "manifest item %q is declared %s but %s holds %s", it.id, it.mediaType, it.href, got)
	} else if !strings.HasPrefix(got, "image/") && len(b) > 0 {
		c.rep.errorf(c.at(c.opf, it.line), "manifest item %q is declared %s but %s is not an image", it.id, it.mediaType, it.href)
	}
}

func hasProp(props, p string) bool {
	for _, f := range strings.Fields(props) {
		if f == p {
			return true
		}
	}
	return false
}

func (c *epubChecker) spineCheck(root *node, at func(int) diag.Position, epub2 bool) {
	c.spine = map[string]bool{}
	spines := root.find(nsOPF, "spine")
	if len(spines) != 1 {
		c.rep.errorf(at(root.Line), "package has %d <spine> elements; it needs exactly one", len(spines))
		return
	}
	sp := spines[0]
	if toc, ok := sp.attr("", "toc"); ok {
		if it := c.items[toc]; it == nil {
			c.rep.errorf(at(sp.Line), "spine toc %q names no manifest item", toc)
		} else if it.mediaType != mtNCX {
			c.rep.errorf(at(sp.Line), "spine toc %q is %s, not an NCX", toc, it.mediaType)
		}
	} else if epub2 {
		c.rep.errorf(at(sp.Line), "EPUB 2 spine has no toc attribute naming the NCX")
	}
	refs := sp.find(nsOPF, "itemref")
	if len(refs) == 0 {
		c.rep.errorf(at(sp.Line), "the spine is empty")
	}
	seen := map[string]bool{}
	for _, e := range refs {
		id, _ := e.attr("", "idref")
		it := c.items[id]
		switch {
		case it == nil:
			c.rep.errorf(at(e.Line), "spine itemref %q names no manifest item", id)
			continue
		case seen[id]:
			c.rep.errorf(at(e.Line), "spine itemref %q appears twice", id)
		}
		seen[id] = true
		if it.mediaType != mtXHTML && it.mediaType != mtSVG {
			if _, fb := c.fallback(it); !fb {
				c.rep.errorf(at(e.Line), "spine item %q is %s, which is not a content document and has no fallback", id, it.mediaType)
			}
		}
		c.spine[it.path] = true
	}
}

// fallback reports whether it names an existing manifest item as its
// fallback, as a non-content document in the spine must.
func (c *epubChecker) fallback(it *item) (string, bool) {
	fb := c.items[it.fallback]
	if fb == nil {
		return "", false
	}
	return fb.id, true
}

// unlisted reports files in the container that the manifest leaves out.
func (c *epubChecker) unlisted() {
	var names []string
	for n := range c.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n == "mimetype" || n == c.opf || strings.HasPrefix(n, "META-INF/") || strings.HasSuffix(n, "/") {
			continue
		}
		if c.byPath[n] == nil {
			c.rep.warnf(c.at(n, 0), "is in the container but not in the manifest")
		}
	}
}

// contentDocs checks every XHTML document and the NCX: well-formed, ids
// unique, and collects their links for links().
func (c *epubChecker) contentDocs() {
	c.docIDs = map[string]map[string]bool{}
	var its []*item
	for _, it := range c.items {
		its = append(its, it)
	}
	sort.Slice(its, func(i, j int) bool { return its[i].path < its[j].path })
	for _, it := range its {
		if !it.exists {
			continue
		}
		switch it.mediaType {
		case mtXHTML:
			c.xhtml(it)
		case mtNCX:
			c.ncx(it)
		}
	}
}

func (c *epubChecker) xhtml(it *item) {
	root := c.parse(it.path)
	if root == nil {
		return
	}
	at := func(line int) diag.Position { return c.at(it.path, line) }
	if root.Name.Space != nsXHTML || root.Name.Local != "html" {
		c.rep.errorf(at(root.Line), "root element is <%s> in namespace %q, not an XHTML <html>", root.Name.Local, root.Name.Space)
		return
	}
	ids := map[string]bool{}
	first := map[string]int{}
	toc := 0
	root.walk(func(e *node) {
		if id, ok := e.attr("", "id"); ok {
			if l, dup := first[id]; dup {
				c.rep.errorf(at(e.Line), "id %q is already used on line %d", id, l)
			} else {
				first[id], ids[id] = e.Line, true
			}
		}
		if e.Name.Space == nsXHTML && e.Name.Local == "nav" {
			if t, _ := e.attr(nsOPS, "type"); hasProp(t, "toc") {
				toc++
			}
		}
		var ref string
		var hyperlink bool
		switch e.Name.Local {
		case "a", "area":
			ref, _ = e.attr("", "href")
			hyperlink = true
		case "link":
			ref, _ = e.attr("", "href")
		case "img", "audio", "video", "source", "track", "iframe", "embed", "script":
			ref, _ = e.attr("", "src")
		case "image", "use":
			if ref, _ = e.attr(nsXLink, "href"); ref == "" {
				ref, _ = e.attr("", "href")
			}
		}
		if ref == "" {
			return
		}
		l := link{from: it.path, line: e.Line, ref: ref}
		if hyperlink {
			if _, kind, why := document.CheckLink(ref); kind == document.LinkRefused {
				c.rep.errorf(at(e.Line), "link %s: %s (a link may only be http, https, mailto or relative)", diag.Quote(ref, 60), why)
				return
			}
			l.targetOK = func(t *item) string {
				if (t.mediaType == mtXHTML || t.mediaType == mtSVG) && !c.spine[t.path] && !hasProp(t.properties, "nav") {
					return "is not in the spine"
				}
				return ""
			}
		}
		c.docLinks = append(c.docLinks, l)
	})
	c.docIDs[it.path] = ids
	if hasProp(it.properties, "nav") && toc != 1 {
		c.rep.errorf(at(root.Line), "the navigation document has %d <nav epub:type=\"toc\"> elements; it needs exactly one", toc)
	}
}

func (c *epubChecker) ncx(it *item) {
	root := c.parse(it.path)
	if root == nil {
		return
	}
	at := func(line int) diag.Position { return c.at(it.path, line) }
	if root.Name.Space != nsNCX || root.Name.Local != "ncx" {
		c.rep.errorf(at(root.Line), "root element is <%s>, not an NCX <ncx>", root.Name.Local)
		return
	}
	for _, m := range root.find(nsNCX, "meta") {
		if n, _ := m.attr("", "name"); n == "dtb:uid" {
			if v, _ := m.attr("", "content"); strings.TrimSpace(v) != c.uid && c.uid != "" {
				c.rep.errorf(at(m.Line), "NCX dtb:uid %q differs from the package's unique identifier %q", v, c.uid)
			}
		}
	}
	for _, e := range root.find(nsNCX, "content") {
		if src, _ := e.attr("", "src"); src != "" {
			c.docLinks = append(c.docLinks, link{from: it.path, line: e.Line, ref: src})
		}
	}
	ids := map[string]bool{}
	root.walk(func(e *node) {
		if id, ok := e.attr("", "id"); ok {
			if ids[id] {
				c.rep.errorf(at(e.Line), "id %q is used twice", id)
			}
			ids[id] = true
		}
	})
	c.docIDs[it.path] = ids
}

// links checks every reference found in content documents: the target is
// in the container and the manifest, and a fragment names an id there.
func (c *epubChecker) links() {
	for _, l := range c.docLinks {
		at := c.at(l.from, l.line)
		p, frag, remote, err := resolve(path.Dir(l.from), l.ref)
		if err != nil {
			c.rep.errorf(at, "reference %q is not a valid relative URL", l.ref)
			continue
		}
		if remote {
			continue
		}
		if p == "" {
			p = l.from
		}
		t := c.byPath[p]
		if t != nil && !t.exists {
			continue // reported once, at the manifest item
		}
		if _, ok := c.files[p]; !ok {
			c.rep.errorf(at, "reference %q: %s is not in the container", l.ref, p)
			continue
		}
		if t == nil {
			c.rep.errorf(at, "reference %q: %s is not in the manifest", l.ref, p)
			continue
		}
		if l.targetOK != nil {
			if why := l.targetOK(t); why != "" {
				c.rep.errorf(at, "reference %q: %s %s", l.ref, p, why)
			}
		}
		if ids, ok := c.docIDs[p]; ok && frag != "" && !strings.HasPrefix(frag, "epubcfi(") && !ids[frag] {
			c.rep.errorf(at, "reference %q: no id %q in %s", l.ref, frag, p)
		}
	}
}

var modifiedRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`)

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
