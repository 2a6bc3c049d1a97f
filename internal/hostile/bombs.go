package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/png"
	"strings"
)

// tinyPNG is a 2×2 PNG.
func tinyPNG() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2)))
	return b.Bytes()
}

const (
	containerXML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`
	navXHTML = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en"><head><title>Contents</title></head>
<body><nav epub:type="toc" id="toc"><ol><li><a href="text.xhtml">Text</a></li></ol></nav></body></html>`
)

// opf is a package document whose manifest holds the nav, the text and
// extra items.
func opf(extra string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="en">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:8f7d2a3e-6c1b-5e0a-9d4f-2b1c3a4e5f61</dc:identifier>
<dc:title>Hostile</dc:title><dc:language>en</dc:language><meta property="dcterms:modified">2022-10-04T10:00:00Z</meta></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>` +
		extra + `</manifest><spine><itemref idref="text"/></spine></package>`
}

// epubOf zips a minimal EPUB 3 around the body of its one text document.
func epubOf(body []byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name string, method uint16, data []byte) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		w.Write(data)
	}
	add("mimetype", zip.Store, []byte("application/epub+zip"))
	add("META-INF/container.xml", zip.Deflate, []byte(containerXML))
	add("EPUB/package.opf", zip.Deflate, []byte(opf("")))
	add("EPUB/nav.xhtml", zip.Deflate, []byte(navXHTML))
	var x bytes.Buffer
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><title>Text</title></head><body><p>`)
	x.Write(body)
	x.WriteString("</p></body></html>")
	add("EPUB/text.xhtml", zip.Deflate, x.Bytes())
	zw.Close()
	return b.Bytes()
}

// splitTextEPUB is a valid EPUB whose one paragraph is n characters of
// text, each separated from the next by a comment, so that an XML reader
// sees n pieces of text.
func splitTextEPUB(n int) []byte {
	return epubOf(bytes.Repeat([]byte("a<!---->"), n))
}

// overlappingEPUB is an EPUB of a few hundred kilobytes whose manifest
// lists n images, every one of them a central directory entry that points
// at the same local file: 64 MiB of zeros, deflated to 64 KB. A reader
// that trusts each entry's size reads n × 64 MiB.
func overlappingEPUB(n int) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name string, method uint16, data []byte) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		w.Write(data)
	}
	var items strings.Builder
	for i := range n {
		fmt.Fprintf(&items, `<item id="i%d" href="images/%d.png" media-type="image/png"/>`, i, i)
	}
	add("mimetype", zip.Store, []byte("application/epub+zip"))
	add("META-INF/container.xml", zip.Deflate, []byte(containerXML))
	add("EPUB/package.opf", zip.Deflate, []byte(opf(items.String())))
	add("EPUB/nav.xhtml", zip.Deflate, []byte(navXHTML))
	add("EPUB/text.xhtml", zip.Deflate, []byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><title>Text</title></head><body><p>x</p></body></html>`))
	// The one real image entry: a PNG signature, then zeros.
	const size = 64 << 20
	var data bytes.Buffer
	fw, _ := flate.NewWriter(&data, flate.BestCompression)
	fw.Write([]byte("\x89PNG\r\n\x1a\n"))
	zero := make([]byte, 1<<20)
	crc := crc32.Update(0, crc32.IEEETable, []byte("\x89PNG\r\n\x1a\n"))
	for written := 8; written < size; {
		k := min(len(zero), size-written)
		fw.Write(zero[:k])
		crc = crc32.Update(crc, crc32.IEEETable, zero[:k])
		written += k
	}
	fw.Close()
	h := &zip.FileHeader{Name: "EPUB/images/0.png", Method: zip.Deflate, CRC32: crc, CompressedSize64: uint64(data.Len()), UncompressedSize64: size}
	w, _ := zw.CreateRaw(h)
	w.Write(data.Bytes())
	zw.Close()
	// Rewrite the central directory: the real entries, then n-1 more
	// copies of the image's record, each under its own name, all pointing
	// at the same local header.
	out := b.Bytes()
	eocd := bytes.LastIndex(out, []byte("PK\x05\x06"))
	cdOff := int64(binary.LittleEndian.Uint32(out[eocd+16:]))
	cd := append([]byte(nil), out[cdOff:eocd]...)
	entries := int(binary.LittleEndian.Uint16(out[eocd+10:]))
	// The last record is the image's.
	last := bytes.LastIndex(cd, []byte("PK\x01\x02"))
	rec := cd[last:]
	off := binary.LittleEndian.Uint32(rec[42:])
	var more bytes.Buffer
	for i := 1; i < n; i++ {
		name := fmt.Sprintf("EPUB/images/%d.png", i)
		r := append([]byte(nil), rec[:46]...)
		binary.LittleEndian.PutUint16(r[28:], uint16(len(name)))
		binary.LittleEndian.PutUint16(r[30:], 0) // no extra field
		binary.LittleEndian.PutUint16(r[32:], 0) // no comment
		binary.LittleEndian.PutUint32(r[42:], off)
		more.Write(r)
		more.WriteString(name)
	}
	var z bytes.Buffer
	z.Write(out[:eocd])
	z.Write(more.Bytes())
	end := append([]byte(nil), out[eocd:eocd+22]...)
	total := entries + n - 1
	binary.LittleEndian.PutUint16(end[8:], uint16(total))
	binary.LittleEndian.PutUint16(end[10:], uint16(total))
	binary.LittleEndian.PutUint32(end[12:], uint32(len(cd)+more.Len()))
	z.Write(end)
	return z.Bytes()
}

// objStmBombPDF is a small PDF whose object streams each inflate to
// perDecode bytes of zeros: n of them, referenced from a cross-reference
// stream, so that a reader that decodes every object stream whole makes
// n × perDecode bytes out of a file of a few hundred kilobytes each.
func objStmBombPDF(n, perDecode int) []byte {
	var b bytes.Buffer
	offsets := map[int]int{}
	obj := func(num int, body string, stream []byte) {
		offsets[num] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s", num, body)
		if stream != nil {
			b.WriteString("\nstream\n")
			b.Write(stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	obj(1, "<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	var annots strings.Builder
	for i := range n {
		fmt.Fprintf(&annots, "%d 0 R ", 100+i)
	}
	// The page's annotations are the objects inside the streams, so that
	// validating the page decodes every stream.
	obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots ["+annots.String()+"] >>", nil)
	// Object stream i holds object 100+i at offset 0 of its objects, and
	// its first "object" is followed by perDecode zeros.
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	head := "100 0 " // every stream shares these bytes: the same object number
	zw.Write([]byte(head))
	zw.Write([]byte("<< /A 1 >>"))
	zero := make([]byte, 1<<20)
	for w := 0; w < perDecode; w += len(zero) {
		zw.Write(zero[:min(len(zero), perDecode-w)])
	}
	zw.Close()
	for i := range n {
		num := 10 + i
		obj(num, fmt.Sprintf("<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>", len(head), z.Len()), z.Bytes())
	}
	// The cross-reference stream: objects 0..3, the object streams, and
	// the objects inside them (type 2 entries).
	size := 100 + n
	xrefNum := size
	size++
	var rows bytes.Buffer
	row := func(t byte, f2 uint32, f3 uint16) {
		rows.WriteByte(t)
		binary.Write(&rows, binary.BigEndian, f2)
		binary.Write(&rows, binary.BigEndian, f3)
	}
	xrefOff := b.Len()
	for num := 0; num < size; num++ {
		switch {
		case num == 0:
			row(0, 0, 65535)
		case offsets[num] > 0:
			row(1, uint32(offsets[num]), 0)
		case num >= 100 && num < 100+n:
			row(2, uint32(10+num-100), 0)
		case num == xrefNum:
			row(1, uint32(xrefOff), 0)
		default:
			row(0, 0, 0)
		}
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", xrefNum, size, rows.Len())
	b.Write(rows.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	return b.Bytes()
}
