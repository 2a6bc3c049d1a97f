package document

import (
	"reflect"
	"strings"
)

// IsXMLChar reports whether XML 1.0 allows r in a document: tab, line
// feed, carriage return, and every character from U+0020 except the
// surrogates, U+FFFE and U+FFFF. EPUB's XHTML and package document and
// the PDF's XMP packet are XML, so no edition may carry any other.
func IsXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// StripNonXML returns s without the characters XML 1.0 forbids, how many
// it removed, and the first of them. Where it removes any, invalid UTF-8
// in s becomes U+FFFD, as writers write it anyway.
func StripNonXML(s string) (out string, n int, first rune) {
	i := strings.IndexFunc(s, func(r rune) bool { return !IsXMLChar(r) })
	if i < 0 {
		return s, 0, 0 // most text
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !IsXMLChar(r) {
			if n == 0 {
				first = r
			}
			n++
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), n, first
}

// Removal is where StripNonXMLChars removed characters.
type Removal struct {
	Line  int  // line of the block they were in; 0 for the metadata
	Count int  // how many
	First rune // the first of them
}

// StripNonXMLChars removes the characters XML 1.0 forbids from every text
// of d, metadata and body, and returns where, in document order. Readers
// report them; this is the one place that removes them, for any reader.
// It walks the model by reflection, so that a block or inline type added
// to the model is covered without a change here.
func (d *Document) StripNonXMLChars() []Removal {
	w := &stripper{}
	w.walk(reflect.ValueOf(&d.Meta).Elem())
	w.flush()
	for _, b := range d.Blocks {
		w.walk(reflect.ValueOf(b))
		w.flush()
	}
	return w.out
}

type stripper struct {
	out  []Removal
	cur  Removal // removals in the block being walked
	line int
}

var (
	posType   = reflect.TypeOf(Pos{})
	imageType = reflect.TypeOf(&Image{})
)

func (w *stripper) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() && v.Type() != imageType { // an image's bytes are not text
			w.walk(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == posType {
			if l := int(v.Field(0).Int()); l > 0 && w.cur.Count == 0 {
				w.line = l
			}
			return
		}
		for i := range v.NumField() {
			w.walk(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // bytes, not text
		}
		for i := range v.Len() {
			w.walk(v.Index(i))
		}
	case reflect.String:
		s, n, first := StripNonXML(v.String())
		if n == 0 {
			return
		}
		if v.CanSet() {
			v.SetString(s)
		}
		if w.cur.Count == 0 {
			w.cur.First, w.cur.Line = first, w.line
		}
		w.cur.Count += n
	}
}

// flush records the removals of the block just walked.
func (w *stripper) flush() {
	if w.cur.Count > 0 {
		w.out = append(w.out, w.cur)
	}
	w.cur, w.line = Removal{}, 0
}
