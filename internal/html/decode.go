package html

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"publish/internal/diag"
)

// MaxInput is the largest page Read accepts: a saved news page is a few
// hundred kilobytes, its inline scripts included.
const MaxInput = 16 << 20

// MaxDepth is how deeply elements may nest; x/net/html refuses a page
// nested deeper, and so the page is refused with this message.
const MaxDepth = 512

// decode reads at most MaxInput bytes of a page and returns it as UTF-8,
// with the name of the encoding it was in: a BOM, a <meta charset> or
// http-equiv declaration in the first 1024 bytes, else UTF-8 when the
// bytes are UTF-8, else Windows-1252 (what browsers assume).
func decode(r io.Reader, name string, warns *diag.Warnings) (string, string, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return "", "", diag.Errorf(diag.Position{File: name}, "cannot read: %v", err)
	}
	if len(src) > MaxInput {
		return "", "", diag.Errorf(diag.Position{File: name}, "is larger than %d MiB, the limit for one page; is it the right file?", MaxInput>>20)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return "", "", diag.Errorf(diag.Position{File: name}, "is empty: there is no page to import")
	}
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		// UTF-16 with a BOM: DetermineEncoding handles it below.
	} else if i := bytes.IndexByte(src, 0); i >= 0 {
		return "", "", diag.Errorf(diag.Position{File: name}, "is not a web page: it contains a NUL byte at offset %d (is it a binary file?)", i)
	}
	enc, label, certain := charset.DetermineEncoding(src, "")
	if !certain && label == "windows-1252" && utf8.Valid(src) {
		// No declaration and valid UTF-8: browsers would guess, we know.
		return string(bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))), "utf-8", nil
	}
	if label == "utf-8" {
		if !utf8.Valid(src) {
			warns.Addf(diag.Position{File: name}, "declares UTF-8 but is not valid UTF-8; the bad bytes became U+FFFD")
		}
		return strings.ToValidUTF8(string(bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))), "\uFFFD"), label, nil
	}
	out, err := decodeWith(enc, src)
	if err != nil {
		return "", "", diag.Errorf(diag.Position{File: name}, "cannot decode it as %s: %v", label, err)
	}
	return out, label, nil
}

func decodeWith(enc encoding.Encoding, src []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// MaxElements bounds the elements of a page: a saved news page has a few
// thousand, and the extraction's time and memory grow with their number
// (measured in the README).
const MaxElements = 150_000

// parse parses the page; a page nested deeper than MaxDepth or with more
// than MaxElements elements is an error. The elements are counted by the
// tokenizer first, which holds no tree.
func parse(text, name string) (doc *html.Node, err error) {
	z := html.NewTokenizer(strings.NewReader(text))
	n := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			if n++; n > MaxElements {
				return nil, diag.Errorf(diag.Position{File: name}, "has more than %d elements, the limit for one page; a saved article has a few thousand", MaxElements)
			}
		}
	}
	doc, err = html.Parse(strings.NewReader(text))
	if err != nil {
		if strings.Contains(err.Error(), "exceeds") {
			return nil, diag.Errorf(diag.Position{File: name}, "nests elements deeper than %d levels, the limit; it is not a page a browser saved", MaxDepth)
		}
		return nil, diag.Errorf(diag.Position{File: name}, "cannot parse: %v", err)
	}
	if doc == nil {
		return nil, diag.Errorf(diag.Position{File: name}, "cannot parse: %v", errors.New("no document"))
	}
	return doc, nil
}
