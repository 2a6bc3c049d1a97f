package pdf

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/google/uuid"

	"publish/assets"
	"publish/internal/cpus"
	"publish/internal/deflate"
	"publish/internal/document"
	"publish/internal/fonts"
)

// finishing is what finish needs to know beyond fpdf's output.
type finishing struct {
	meta       *document.Meta
	authors    []string // dc:creator, one entry each
	generator  string
	created    time.Time
	archival   bool
	outline    []outlineEntry
	pageHeight float64
	fonts      []*fonts.Subset   // the text's fonts, resource /Gn being fonts[n-1]
	images     []*document.Image // stand-in k (k×1 pixels) is images[k-1]
	dests      []dest            // named destinations: the identifiers of the text
}

// finish is the one step that repairs what fpdf leaves out or gets wrong,
// working on the objects of its output:
//   - the Info dictionary is rewritten with time zones on the dates;
//   - an XMP packet that agrees with it is added and linked from the
//     catalog, with /Lang, the outline and the viewer preferences;
//   - the outline is written here, with correct /Count values (fpdf's has
//     /Count 0 and breaks when levels skip);
//   - the text's fonts are written (fpdf draws no text: see texts) and
//     named in the pages' resources;
//   - link annotations become indirect objects, flagged printable (/F 4);
//   - archival editions get the sRGB output intent of PDF/A;
//   - page contents are compressed here with compressors kept for reuse
//     (internal/deflate; fpdf starts a new one, with its large tables,
//     for every page);
//   - the trailer gets an /ID derived from the content;
//   - each image's stand-in becomes the image, written as the file is read
//     (placeImages, embed), one at a time.
func finish(w io.Writer, raw []byte, f *finishing) error {
	doc, err := parseObjects(raw)
	if err != nil {
		return err
	}
	if err := doc.sortImages(); err != nil {
		return err
	}
	if err := doc.placeImages(f.images); err != nil {
		return err
	}
	pages, err := doc.pages()
	if err != nil {
		return err
	}
	if err := doc.compressContents(pages); err != nil {
		return err
	}
	if err := doc.addFonts(f.fonts); err != nil {
		return err
	}
	sum := doc.digest()
	id := fmt.Sprintf("%X", sum)
	docID := "uuid:" + uuid.NewSHA1(uuid.NameSpaceOID, sum[:]).String()
	for _, n := range pages {
		doc.objs[n] = bytes.ReplaceAll(doc.objs[n], []byte("/Subtype /Link /Rect"), []byte("/Subtype /Link /F 4 /Rect"))
		doc.objs[n] = gotoRE.ReplaceAll(doc.objs[n], []byte("/A << /S /GoTo /D <$1> >>"))
		if err := doc.indirectAnnots(n); err != nil {
			return err
		}
	}
	info := f.infoDict()
	doc.objs[doc.info] = []byte(info)
	xmp := f.xmp(docID)
	xmpN := doc.add(fmt.Sprintf("<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream\n", len(xmp), xmp))
	var cat strings.Builder
	fmt.Fprintf(&cat, "/Metadata %d 0 R\n", xmpN)
	if f.meta.Lang != "" {
		fmt.Fprintf(&cat, "/Lang %s\n", pdfString(f.meta.Lang))
	}
	cat.WriteString("/ViewerPreferences << /DisplayDocTitle true >>\n")
	if f.archival {
		z := deflate.Zlib(assets.SRGBProfile, deflate.DefaultCompression)
		icc := doc.add(fmt.Sprintf("<< /N 3 /Alternate /DeviceRGB /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\n", len(z), z))
		fmt.Fprintf(&cat, "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile %d 0 R >>]\n", icc)
	}
	if root := doc.writeOutline(f.outline, pages, f.pageHeight); root != 0 {
		fmt.Fprintf(&cat, "/Outlines %d 0 R\n/PageMode /UseOutlines\n", root)
	}
	if names := doc.writeDests(f.dests, pages, f.pageHeight); names != 0 {
		fmt.Fprintf(&cat, "/Names << /Dests %d 0 R >>\n", names)
	}
	c := doc.objs[doc.root]
	c = namesRE.ReplaceAll(c, nil) // fpdf's empty /Names << /EmbeddedFiles >> tree
	end := bytes.LastIndex(c, []byte(">>"))
	if end < 0 {
		return fmt.Errorf("catalog %d is not a dictionary", doc.root)
	}
	doc.objs[doc.root] = slices.Concat(c[:end], []byte(cat.String()), c[end:])
	return doc.write(w, id)
}

// gotoRE is a link to "#" and a destination's name (destName), which
// fpdf writes as a URI: it becomes a GoTo action to the destination.
var gotoRE = regexp.MustCompile(`/A <</S /URI /URI \(#([0-9a-f]+)\)>>`)

// dest is a named destination: the identifier of a heading or another
// node of the text (its name is destName's), where its item was placed.
type dest struct {
	name string
	page int
	y    float64
}

// writeDests adds the name tree of the destinations, each at the top of
// its item, and returns its object; 0 when there are none. A name given
// twice keeps its first place.
func (d *objects) writeDests(dests []dest, pages []int, pageHeight float64) int {
	if len(dests) == 0 {
		return 0
	}
	sorted := slices.Clone(dests)
	slices.SortStableFunc(sorted, func(a, b dest) int { return strings.Compare(a.name, b.name) })
	var b strings.Builder
	b.WriteString("<< /Names [")
	for i, ds := range sorted {
		if i > 0 && sorted[i-1].name == ds.name {
			continue
		}
		page := pages[min(max(ds.page, 1), len(pages))-1]
		fmt.Fprintf(&b, "\n<%s> [%d 0 R /XYZ 0 %.2f null]", ds.name, page, pageHeight-ds.y)
	}
	b.WriteString(" ] >>\n")
	return d.add(b.String())
}

var namesRE = regexp.MustCompile(`/Names <<\s*/EmbeddedFiles << /Names \[\s*\] >>\s*>>\n?`)

// pdfDate is a PDF date with its time zone.
func pdfDate(t time.Time) string {
	_, off := t.Zone()
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("D:%s%c%02d'%02d'", t.Format("20060102150405"), sign, off/3600, off%3600/60)
}

// pdfString encodes a text string: a literal for ASCII, else UTF-16BE hex.
// pdfEscaper escapes a literal string's backslashes and parentheses; made
// once (a Replacer is built on first use, and 10,000 outline entries
// spent most of their time building one each).
var pdfEscaper = strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)

func pdfString(s string) string {
	ascii := true
	for _, r := range s {
		if r > 126 || r < 32 {
			ascii = false
			break
		}
	}
	if ascii {
		return "(" + pdfEscaper.Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// info lists the Info entries; the XMP packet says the same.
func (f *finishing) info() [][2]string {
	m := f.meta
	out := [][2]string{{"Title", m.FullTitle()}}
	if len(f.authors) > 0 {
		// Several authors are separated by semicolons, as Acrobat writes
		// and splits them; XMP lists them one by one.
		out = append(out, [2]string{"Author", strings.Join(f.authors, "; ")})
	}
	if m.Description != "" {
		out = append(out, [2]string{"Subject", m.Description})
	}
	if len(m.Subjects) > 0 {
		out = append(out, [2]string{"Keywords", strings.Join(m.Subjects, ", ")})
	}
	out = append(out, [2]string{"Creator", f.generator}, [2]string{"Producer", f.producer()})
	return out
}

func (f *finishing) producer() string { return strings.TrimSpace(f.generator + " with fpdf") }

func (f *finishing) infoDict() string {
	var b strings.Builder
	b.WriteString("<<\n")
	for _, kv := range f.info() {
		fmt.Fprintf(&b, "/%s %s\n", kv[0], pdfString(kv[1]))
	}
	d := pdfString(pdfDate(f.created))
	fmt.Fprintf(&b, "/CreationDate %s\n/ModDate %s\n>>\n", d, d)
	return b.String()
}

// objects is fpdf's output split into its numbered objects.
type objects struct {
	header []byte
	objs   map[int][]byte          // body between "N 0 obj" and "endobj"
	images map[int]*document.Image // objects written as these images
	max    int
	root   int
	info   int
}

var (
	startxrefRE = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	rootRE      = regexp.MustCompile(`/Root (\d+) 0 R`)
	infoRE      = regexp.MustCompile(`/Info (\d+) 0 R`)
	objRE       = regexp.MustCompile(`^(\d+) 0 obj\s*`)
	versionRE   = regexp.MustCompile(`^%PDF-1\.\d`)
)

func parseObjects(raw []byte) (*objects, error) {
	m := startxrefRE.FindSubmatch(raw)
	if m == nil {
		return nil, fmt.Errorf("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(raw) || !bytes.HasPrefix(raw[xref:], []byte("xref")) {
		return nil, fmt.Errorf("startxref %d does not point at a cross-reference table", xref)
	}
	lines := strings.Split(string(raw[xref:]), "\n")
	if len(lines) < 3 {
		return nil, fmt.Errorf("short cross-reference table")
	}
	var first, count int
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &count); err != nil || first != 0 || len(lines) < 2+count {
		return nil, fmt.Errorf("cross-reference table: %q", lines[1])
	}
	type at struct{ n, off int }
	var offs []at
	for n := 1; n < count; n++ {
		// "0000000015 00000 n": offset, generation, in use.
		f := strings.Fields(lines[2+n])
		off, err := 0, error(nil)
		if len(f) == 3 {
			off, err = strconv.Atoi(f[0])
		}
		if len(f) != 3 || err != nil || f[2] != "n" {
			return nil, fmt.Errorf("cross-reference entry %d: %q", n, lines[2+n])
		}
		offs = append(offs, at{n, off})
	}
	sort.Slice(offs, func(i, j int) bool { return offs[i].off < offs[j].off })
	d := &objects{objs: map[int][]byte{}, max: count - 1}
	if len(offs) == 0 {
		return nil, fmt.Errorf("no objects")
	}
	// PDF 1.7 (ISO 32000-1), which PDF/A-2 builds on; fpdf writes 1.3 or 1.4
	// but uses nothing that 1.7 dropped, while we add 1.4's /Metadata.
	d.header = versionRE.ReplaceAll(raw[:offs[0].off], []byte("%PDF-1.7"))
	for i, o := range offs {
		end := xref
		if i+1 < len(offs) {
			end = offs[i+1].off
		}
		chunk := raw[o.off:end]
		h := objRE.Find(chunk)
		e := bytes.LastIndex(chunk, []byte("endobj"))
		if h == nil || e < len(h) {
			return nil, fmt.Errorf("object %d at offset %d is malformed", o.n, o.off)
		}
		d.objs[o.n] = chunk[len(h):e]
	}
	trailer := raw[xref:]
	rm, im := rootRE.FindSubmatch(trailer), infoRE.FindSubmatch(trailer)
	if rm == nil || im == nil {
		return nil, fmt.Errorf("trailer lacks /Root or /Info")
	}
	d.root, _ = strconv.Atoi(string(rm[1]))
	d.info, _ = strconv.Atoi(string(im[1]))
	if d.objs[d.root] == nil || d.objs[d.info] == nil {
		return nil, fmt.Errorf("trailer names missing objects")
	}
	return d, nil
}

// digest sums the objects in order, as the /ID and the XMP document ID.
func (d *objects) digest() [md5.Size]byte {
	h := md5.New()
	for n := 1; n <= d.max; n++ {
		h.Write(d.objs[n])
	}
	var sum [md5.Size]byte
	h.Sum(sum[:0])
	return sum
}

func (d *objects) add(body string) int {
	d.max++
	d.objs[d.max] = []byte(body)
	return d.max
}

var (
	pagesRE = regexp.MustCompile(`/Pages (\d+) 0 R`)
	kidsRE  = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
)

// pages returns the object numbers of the pages, in order.
func (d *objects) pages() ([]int, error) {
	m := pagesRE.FindSubmatch(d.objs[d.root])
	if m == nil {
		return nil, fmt.Errorf("catalog has no /Pages")
	}
	n, _ := strconv.Atoi(string(m[1]))
	k := kidsRE.FindSubmatch(d.objs[n])
	if k == nil {
		return nil, fmt.Errorf("page tree %d has no /Kids", n)
	}
	f := strings.Fields(string(k[1]))
	var out []int
	for i := 0; i+2 < len(f); i += 3 {
		p, _ := strconv.Atoi(f[i])
		out = append(out, p)
	}
	return out, nil
}

// addFonts writes the text's fonts and names them /G1, /G2... in the
// resource dictionary that fpdf shares between its pages.
func (d *objects) addFonts(subsets []*fonts.Subset) error {
	if len(subsets) == 0 {
		return nil
	}
	res := 0
	for n, body := range d.objs {
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("<<")) && bytes.Contains(body, []byte("/ProcSet [")) && bytes.Contains(body, []byte("/Font <<")) {
			if res != 0 {
				return fmt.Errorf("objects %d and %d are both resource dictionaries", res, n)
			}
			res = n
		}
	}
	if res == 0 {
		return fmt.Errorf("no resource dictionary")
	}
	var names bytes.Buffer
	for i, s := range subsets {
		n, err := s.Objects(func(body []byte) int { return d.add(string(body)) })
		if err != nil {
			return err
		}
		fmt.Fprintf(&names, "\n/G%d %d 0 R", i+1, n)
	}
	d.objs[res] = bytes.Replace(d.objs[res], []byte("/Font <<"), append([]byte("/Font <<"), names.Bytes()...), 1)
	return nil
}

// bytes serialises the objects with a new cross-reference table and a
// trailer carrying the /ID.
// write writes the document to w; image objects are read and written
// one at a time.
func (d *objects) write(w io.Writer, id string) error {
	cw := &countWriter{w: w}
	cw.Write(d.header)
	offs := make([]int64, d.max+1)
	for n := 1; n <= d.max; n++ {
		offs[n] = cw.n
		fmt.Fprintf(cw, "%d 0 obj\n", n)
		if img := d.images[n]; img != nil {
			dict, stream, err := embed(img)
			if err != nil {
				return err
			}
			fmt.Fprintf(cw, "<< %s /Length %d >>\nstream\n", dict, len(stream))
			cw.Write(stream)
			cw.Write([]byte("\nendstream\n"))
		} else {
			cw.Write(d.objs[n])
			if !bytes.HasSuffix(d.objs[n], []byte("\n")) {
				cw.Write([]byte("\n"))
			}
		}
		cw.Write([]byte("endobj\n"))
	}
	xref := cw.n
	fmt.Fprintf(cw, "xref\n0 %d\n0000000000 65535 f \n", d.max+1)
	for n := 1; n <= d.max; n++ {
		fmt.Fprintf(cw, "%010d 00000 n \n", offs[n])
	}
	fmt.Fprintf(cw, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%s> <%s>]\n>>\nstartxref\n%d\n%%%%EOF\n", d.max+1, d.root, d.info, id, id, xref)
	return cw.err
}

// countWriter counts what it writes and keeps the first error.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

var (
	widthRE   = regexp.MustCompile(`/Width (\d+)`)
	height1RE = regexp.MustCompile(`/Height 1\b`)
)

// placeImages finds the stand-in of each image (see drawer.image) and
// marks its object to be written as the image. Until then the object
// holds the image's name, size and CRC-32, which the document's /ID sums.
func (d *objects) placeImages(images []*document.Image) error {
	d.images = map[int]*document.Image{}
	for n, body := range d.objs {
		dict := dictPart(body)
		if !bytes.Contains(dict, []byte("/Subtype /Image")) {
			continue
		}
		k := 0
		if m := widthRE.FindSubmatch(dict); m != nil {
			k, _ = strconv.Atoi(string(m[1]))
		}
		if !height1RE.Match(dict) || k < 1 || k > len(images) {
			return fmt.Errorf("image object %d is not one of ours", n)
		}
		img := images[k-1]
		if d.images[n] != nil {
			return fmt.Errorf("image object %d stands for two images", n)
		}
		d.images[n] = img
		size, crc := img.Size, img.CRC32
		if img.Data != nil {
			size, crc = int64(len(img.Data)), crc32.ChecksumIEEE(img.Data)
		}
		d.objs[n] = fmt.Appendf(nil, "%% image %s, %d bytes, CRC-32 %08x\n", img.Name, size, crc)
	}
	if len(d.images) != len(images) {
		return fmt.Errorf("fpdf wrote %d of the %d images", len(d.images), len(images))
	}
	return nil
}

// indirectAnnots moves the annotations that fpdf writes inline in a page's
// /Annots array into objects of their own, as PDF requires.
func (d *objects) indirectAnnots(page int) error {
	body := d.objs[page]
	i := bytes.Index(body, []byte("/Annots ["))
	if i < 0 {
		return nil
	}
	start := i + len("/Annots [")
	var refs []string
	depth, j := 0, start
	from := -1
	for ; j < len(body); j++ {
		switch {
		case body[j] == '(': // skip a literal string, which may hold brackets
			for j++; j < len(body) && body[j] != ')'; j++ {
				if body[j] == '\\' {
					j++
				}
			}
		case bytes.HasPrefix(body[j:], []byte("<<")):
			if depth == 0 {
				from = j
			}
			depth++
			j++
		case bytes.HasPrefix(body[j:], []byte(">>")):
			depth--
			j++
			if depth == 0 {
				n := d.add(fmt.Sprintf("%s /P %d 0 R >>\n", body[from:j-1], page))
				refs = append(refs, fmt.Sprintf("%d 0 R", n))
			}
		case body[j] == ']' && depth == 0:
			d.objs[page] = slices.Concat(body[:start], []byte(strings.Join(refs, " ")), body[j:])
			return nil
		}
	}
	return fmt.Errorf("page %d: unterminated /Annots", page)
}

var (
	xobjectRE = regexp.MustCompile(`/I([0-9a-f]+) (\d+) 0 R`)
	refRE     = regexp.MustCompile(`(\d+) 0 R`)
)

// sortImages renumbers the image XObjects in the order of their names,
// which fpdf derives from their content. fpdf writes them sorted by pixel
// width alone, so images of the same width came out in random order.
// Each image keeps the objects it refers to (soft mask, palette) after it.
func (d *objects) sortImages() error {
	res := 0
	for n, body := range d.objs {
		if bytes.Contains(body, []byte("/XObject <<")) && xobjectRE.Match(body) {
			if res != 0 {
				return fmt.Errorf("objects %d and %d both list images", res, n)
			}
			res = n
		}
	}
	if res == 0 {
		return nil
	}
	var order []int // main image objects, by name
	seen := map[int]bool{}
	for _, m := range xobjectRE.FindAllSubmatch(d.objs[res], -1) {
		n, _ := strconv.Atoi(string(m[2]))
		if !seen[n] {
			seen[n] = true
			order = append(order, n)
		}
	}
	if len(order) < 2 {
		return nil
	}
	// A group is an image and every object its dictionary refers to.
	var group func(n int, into []int) ([]int, error)
	group = func(n int, into []int) ([]int, error) {
		body, ok := d.objs[n]
		if !ok || !bytes.Contains(body, []byte("/Subtype /Image")) && len(into) == 0 {
			return nil, fmt.Errorf("image object %d is missing", n)
		}
		into = append(into, n)
		for _, m := range refRE.FindAllSubmatch(dictPart(body), -1) {
			r, _ := strconv.Atoi(string(m[1]))
			if !slices.Contains(into, r) {
				var err error
				if into, err = group(r, into); err != nil {
					return nil, err
				}
			}
		}
		return into, nil
	}
	var olds []int
	var groups [][]int
	for _, n := range order {
		g, err := group(n, nil)
		if err != nil {
			return err
		}
		groups = append(groups, g)
		olds = append(olds, g...)
	}
	lo, hi := slices.Min(olds), slices.Max(olds)
	if hi-lo+1 != len(olds) {
		return fmt.Errorf("image objects %d to %d are not one block", lo, hi)
	}
	renum := map[int]int{}
	next := lo
	for _, g := range groups {
		for _, n := range g {
			renum[n] = next
			next++
		}
	}
	moved := map[int][]byte{}
	for old, n := range renum {
		body := d.objs[old]
		dict := dictPart(body)
		dict = refRE.ReplaceAllFunc(dict, func(m []byte) []byte {
			r, _ := strconv.Atoi(string(m[:bytes.IndexByte(m, ' ')]))
			return fmt.Appendf(nil, "%d 0 R", renum[r])
		})
		moved[n] = slices.Concat(dict, body[len(dictPart(body)):])
	}
	maps.Copy(d.objs, moved)
	d.objs[res] = xobjectRE.ReplaceAllFunc(d.objs[res], func(m []byte) []byte {
		sub := xobjectRE.FindSubmatch(m)
		r, _ := strconv.Atoi(string(sub[2]))
		return fmt.Appendf(nil, "/I%s %d 0 R", sub[1], renum[r])
	})
	return nil
}

// dictPart is an object's body up to its stream, if it has one.
func dictPart(body []byte) []byte {
	if i := bytes.Index(body, []byte("stream\n")); i >= 0 {
		return body[:i]
	}
	return body
}

var contentsRE = regexp.MustCompile(`/Contents (\d+) 0 R`)

// compressShare is how many bytes a compressor is worth starting for: each
// costs about a megabyte of state, and a few pages take longer to deflate
// than that takes to allocate only beyond a few hundred kilobytes.
const compressShare = 512 << 10

// compressContents compresses the pages' content streams, which fpdf was
// told to leave uncompressed, on as many goroutines as there are CPUs, with
// internal/deflate's reused compressors. Each stream's bytes depend on it
// alone.
func (d *objects) compressContents(pages []int) error {
	type job struct {
		n    int
		data []byte
	}
	jobs := make([]job, len(pages))
	for i, p := range pages {
		m := contentsRE.FindSubmatch(d.objs[p])
		if m == nil {
			return fmt.Errorf("page %d has no /Contents", p)
		}
		n, _ := strconv.Atoi(string(m[1]))
		head, rest, ok := bytes.Cut(d.objs[n], []byte("stream\n"))
		if !ok || !bytes.HasPrefix(head, []byte("<</Length ")) {
			return fmt.Errorf("page %d: contents %d is not a plain stream", p, n)
		}
		length, err := strconv.Atoi(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(head[len("<</Length "):]), []byte(">>")))))
		if err != nil || length > len(rest) {
			return fmt.Errorf("page %d: contents %d has a bad /Length", p, n)
		}
		jobs[i] = job{n, rest[:length]}
	}
	out := make([][]byte, len(jobs))
	size := 0
	for _, j := range jobs {
		size += len(j.data)
	}
	cpus.Each(len(jobs), 1+size/compressShare, func(i int) {
		z := deflate.Zlib(jobs[i].data, deflate.BestSpeed)
		out[i] = fmt.Appendf(nil, "<</Filter /FlateDecode /Length %d>>\nstream\n%s\nendstream\n", len(z), z)
	})
	for i, j := range jobs {
		d.objs[j.n] = out[i]
	}
	return nil
}
