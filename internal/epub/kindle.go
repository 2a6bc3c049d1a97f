package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// KindleMaxBytes is the largest EPUB that Send to Kindle accepts by
// e-mail, the strictest of its routes (its app and web page take 200 MB).
const KindleMaxBytes = 50 << 20

var xmlDeclUTF8 = regexp.MustCompile(`^<\?xml version="1\.[01]" encoding="(?i:utf-8)"\s*\?>`)

// CheckKindle reports each known cause of a Send to Kindle rejection in
// the EPUB data: a document without a UTF-8 declaration (or not in UTF-8),
// a missing or invalid dc:language, an img without src, a link to the id
// of a body element, and a size over KindleMaxBytes.
func CheckKindle(data []byte) []error {
	var errs []error
	if len(data) > KindleMaxBytes {
		errs = append(errs, fmt.Errorf("the book is %d MB, over Send to Kindle's limit of %d MB", len(data)>>20, KindleMaxBytes>>20))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return append(errs, fmt.Errorf("not a zip container: %v", err))
	}
	files := map[string][]byte{}
	var docs []string
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return append(errs, fmt.Errorf("%s: %v", zf.Name, err))
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return append(errs, fmt.Errorf("%s: %v", zf.Name, err))
		}
		files[zf.Name] = b
		switch path.Ext(zf.Name) {
		case ".xhtml", ".html", ".htm", ".opf", ".ncx":
			docs = append(docs, zf.Name)
		}
	}
	for _, name := range docs {
		b := files[name]
		if !utf8.Valid(b) {
			errs = append(errs, fmt.Errorf("%s: not UTF-8", name))
		} else if !xmlDeclUTF8.Match(b) {
			errs = append(errs, fmt.Errorf("%s: no UTF-8 declaration (<?xml version=\"1.0\" encoding=\"UTF-8\"?>) at the start", name))
		}
	}

	// dc:language, in every package document.
	for _, name := range docs {
		if path.Ext(name) != ".opf" {
			continue
		}
		var opf struct {
			Lang []string `xml:"metadata>language"`
		}
		if err := xml.Unmarshal(files[name], &opf); err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", name, err))
			continue
		}
		if len(opf.Lang) == 0 {
			errs = append(errs, fmt.Errorf("%s: no dc:language", name))
		}
		for _, l := range opf.Lang {
			if t, err := language.Parse(strings.TrimSpace(l)); err != nil || t == language.Und {
				errs = append(errs, fmt.Errorf("%s: dc:language %q is not a valid language tag", name, l))
			}
		}
	}

	// img without src, and links to the id of a body element.
	bodyIDs := map[string]bool{} // "dir/file.xhtml#id"
	type link struct{ doc, href string }
	var links []link
	for _, name := range docs {
		if e := path.Ext(name); e == ".opf" || e == ".ncx" {
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(files[name]))
		d.Strict = false
		for {
			tok, err := d.Token()
			if err != nil {
				break
			}
			se, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			attr := func(local string) (string, bool) {
				for _, a := range se.Attr {
					if a.Name.Local == local && (a.Name.Space == "" || a.Name.Space == "http://www.w3.org/1999/xhtml") {
						return a.Value, true
					}
				}
				return "", false
			}
			switch se.Name.Local {
			case "img":
				if src, ok := attr("src"); !ok || strings.TrimSpace(src) == "" {
					errs = append(errs, fmt.Errorf("%s: an img has no src", name))
				}
			case "body":
				if id, ok := attr("id"); ok && id != "" {
					bodyIDs[name+"#"+id] = true
				}
			case "a":
				if h, ok := attr("href"); ok && strings.Contains(h, "#") {
					links = append(links, link{name, h})
				}
			}
		}
	}
	for _, l := range links {
		if strings.Contains(l.href, "://") {
			continue
		}
		file, frag, _ := strings.Cut(l.href, "#")
		target := l.doc
		if file != "" {
			target = path.Join(path.Dir(l.doc), file)
		}
		if bodyIDs[target+"#"+frag] {
			errs = append(errs, fmt.Errorf("%s: link %q points to the id of a body element", l.doc, l.href))
		}
	}
	return errs
}
