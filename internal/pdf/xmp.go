package pdf

import (
	"encoding/xml"
	"strings"
	"time"

	"publish/internal/document"
)

// xmp is the metadata packet. It says what the Info dictionary says (PDF/A
// requires that), and adds the EPUB's identifier, language, publisher,
// source and rights.
func (f *finishing) xmp(docID string) string {
	m := f.meta
	var b strings.Builder
	esc := func(s string) string {
		var e strings.Builder
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	alt := func(name, v string) {
		if v != "" {
			b.WriteString("<" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(v) + "</rdf:li></rdf:Alt></" + name + ">\n")
		}
	}
	list := func(name, kind string, vs ...string) {
		var keep []string
		for _, v := range vs {
			if v != "" {
				keep = append(keep, v)
			}
		}
		if len(keep) == 0 {
			return
		}
		b.WriteString("<" + name + "><rdf:" + kind + ">")
		for _, v := range keep {
			b.WriteString("<rdf:li>" + esc(v) + "</rdf:li>")
		}
		b.WriteString("</rdf:" + kind + "></" + name + ">\n")
	}
	simple := func(name, v string) {
		if v != "" {
			b.WriteString("<" + name + ">" + esc(v) + "</" + name + ">\n")
		}
	}
	date := f.created.Format(time.RFC3339)
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
	simple("dc:format", "application/pdf")
	alt("dc:title", m.FullTitle())
	list("dc:creator", "Seq", f.authors...) // one entry each; Info /Author joins them
	alt("dc:description", m.Description)
	list("dc:subject", "Bag", m.Subjects...)
	list("dc:publisher", "Bag", m.Publisher)
	if s := m.Source; s != nil {
		src := s.URL
		if src == "" {
			src = s.Name
		}
		simple("dc:source", src)
	}
	alt("dc:rights", m.Rights)
	list("dc:language", "Bag", m.Lang)
	simple("dc:identifier", m.IDURI())
	list("dc:date", "Seq", m.Date)
	b.WriteString("</rdf:Description>\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpidq=\"http://ns.adobe.com/xmp/Identifier/qual/1.0/\">\n")
	// An ISBN or DOI qualified by its scheme, as Calibre writes and reads
	// it (a bare ISBN in dc:identifier, Calibre takes for a DOI). A UUID
	// is left to dc:identifier's urn:uuid: Calibre keeps a UUID as a
	// book's own id, not as an identifier, as it does the EPUB's, and it
	// never writes one here.
	if scheme, v := m.IDScheme(); scheme == document.SchemeISBN || scheme == document.SchemeDOI {
		b.WriteString("<xmp:Identifier><rdf:Bag><rdf:li rdf:parseType=\"Resource\"><xmpidq:Scheme>" + scheme + "</xmpidq:Scheme><rdf:value>" + esc(v) + "</rdf:value></rdf:li></rdf:Bag></xmp:Identifier>\n")
	}
	simple("xmp:CreateDate", date)
	simple("xmp:ModifyDate", date)
	simple("xmp:MetadataDate", date)
	simple("xmp:CreatorTool", f.generator)
	b.WriteString("</rdf:Description>\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
	simple("pdf:Producer", f.producer())
	if len(m.Subjects) > 0 {
		simple("pdf:Keywords", strings.Join(m.Subjects, ", "))
	}
	b.WriteString("</rdf:Description>\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
	simple("xmpMM:DocumentID", docID)
	simple("xmpMM:InstanceID", docID)
	b.WriteString("</rdf:Description>\n")
	if f.archival {
		b.WriteString("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
		simple("pdfaid:part", "2")
		simple("pdfaid:conformance", "B")
		b.WriteString("</rdf:Description>\n")
	}
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n")
	b.WriteString(strings.Repeat(strings.Repeat(" ", 99)+"\n", 20)) // padding for in-place edits
	b.WriteString("<?xpacket end=\"w\"?>")
	return b.String()
}
